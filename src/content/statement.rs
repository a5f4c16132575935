//! The accessibility statement's organisation-specific parts, from `content/accessibility.toml`.
//!
//! Polish law (act of 4 April 2019 on digital accessibility) requires every public body's site to
//! publish a statement on the ministry's template. The fixed legal text lives in the locales; what
//! belongs to the body running the portal (its name, contact, buildings) lives here, so a city
//! fills it in without touching code or templates.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use time::Date;
use toml::Spanned;

use crate::config::Config;
use crate::diagnostics::{Diagnostics, line_of, read_site_text};

pub const STATEMENT_FILE: &str = "content/accessibility.toml";

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Compliance {
    Full,
    Partial,
    None,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Assessment {
    /// The body's own assessment (samoocena).
    #[serde(rename = "self")]
    SelfAssessment,
    /// An outside auditor's examination.
    Audit,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MobileApp {
    pub name: String,
    pub url: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    organization: Option<String>,
    site_name: String,
    published: Spanned<toml::value::Datetime>,
    updated: Spanned<toml::value::Datetime>,
    prepared: Spanned<toml::value::Datetime>,
    reviewed: Option<Spanned<toml::value::Datetime>>,
    status: Compliance,
    assessment: Assessment,
    auditor: Option<String>,
    contact_person: Option<String>,
    email: Option<Spanned<String>>,
    phone: Option<Spanned<String>>,
    #[serde(default)]
    mobile_apps: Vec<MobileApp>,
    issues: Option<Spanned<BTreeMap<String, Vec<String>>>>,
    method: Option<Spanned<BTreeMap<String, String>>>,
    architecture: Option<Spanned<BTreeMap<String, String>>>,
    communication: Option<Spanned<BTreeMap<String, String>>>,
}

/// The statement's data, with per-language texts keyed by language code.
#[derive(Debug, Clone, Serialize)]
pub struct Statement {
    pub organization: Option<String>,
    pub site_name: String,
    pub published: Date,
    pub updated: Date,
    pub prepared: Date,
    pub reviewed: Option<Date>,
    pub status: Compliance,
    pub assessment: Assessment,
    pub auditor: Option<String>,
    pub contact_person: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub mobile_apps: Vec<MobileApp>,
    pub issues: BTreeMap<String, Vec<String>>,
    pub method: BTreeMap<String, String>,
    pub architecture: BTreeMap<String, String>,
    pub communication: BTreeMap<String, String>,
}

impl Statement {
    pub fn load(
        root: &Path,
        config: &Config,
        today: Date,
        diags: &mut Diagnostics,
    ) -> Option<Statement> {
        let path = Path::new(STATEMENT_FILE);
        let full = root.join(path);
        if !full.exists() {
            diags.error(
                path,
                None,
                "the accessibility statement is missing: public bodies must publish one (create this file; see the comments in the bundled one)",
            );
            return None;
        }
        let text = read_site_text(root, &full, diags)?;
        let raw: Raw = match toml::from_str(&text) {
            Ok(r) => r,
            Err(e) => {
                diags.error(path, e.span().map(|s| line_of(&text, s.start)), e.message());
                return None;
            }
        };
        let at = |offset: usize| Some(line_of(&text, offset));
        let date = |v: &Spanned<toml::value::Datetime>,
                    field: &str,
                    diags: &mut Diagnostics|
         -> Option<Date> {
            let dt = v.get_ref();
            let d = dt.date.filter(|_| dt.time.is_none()).and_then(|d| {
                let month = time::Month::try_from(d.month).ok()?;
                Date::from_calendar_date(i32::from(d.year), month, d.day).ok()
            });
            if d.is_none() {
                diags.error(
                    path,
                    at(v.span().start),
                    format_args!("`{field}` must be a date like 2026-11-23"),
                );
            }
            d
        };
        let published = date(&raw.published, "published", diags);
        let updated = date(&raw.updated, "updated", diags);
        let prepared = date(&raw.prepared, "prepared", diags);
        let reviewed = raw
            .reviewed
            .as_ref()
            .and_then(|r| date(r, "reviewed", diags));

        // The law asks for a review every year by 31 March.
        let last_deadline = {
            let this_year = Date::from_calendar_date(today.year(), time::Month::March, 31)
                .expect("a valid date");
            if today > this_year {
                this_year
            } else {
                this_year
                    .replace_year(today.year() - 1)
                    .expect("a valid date")
            }
        };
        let last_review = reviewed.or(prepared);
        if last_review.is_some_and(|d| d < last_deadline) {
            diags.warning(path, None, format_args!("the statement was last reviewed before {last_deadline}: review it and update `reviewed`"));
        }

        let source = &config.source_language;
        let check_langs =
            |name: &str, langs: Vec<&String>, span_start: usize, diags: &mut Diagnostics| {
                for l in &langs {
                    if config.language(l).is_none() {
                        diags.error(
                        path,
                        at(span_start),
                        format_args!(
                            "[{name}] has text for `{l}`, which is not a language of this portal"
                        ),
                    );
                    }
                }
                if !langs.contains(&source) {
                    diags.error(
                        path,
                        at(span_start),
                        format_args!("[{name}] needs its text in the source language `{source}`"),
                    );
                }
            };
        if let Some(issues) = &raw.issues {
            check_langs(
                "issues",
                issues.get_ref().keys().collect(),
                issues.span().start,
                diags,
            );
        }
        let issues = raw.issues.map(Spanned::into_inner).unwrap_or_default();
        let texts =
            |name: &str, t: Option<Spanned<BTreeMap<String, String>>>, diags: &mut Diagnostics| {
                let Some(t) = t else { return BTreeMap::new() };
                check_langs(name, t.get_ref().keys().collect(), t.span().start, diags);
                t.into_inner()
            };
        let method = texts("method", raw.method, diags);
        let architecture = texts("architecture", raw.architecture, diags);
        let communication = texts("communication", raw.communication, diags);
        if raw.status != Compliance::Full && issues.is_empty() {
            diags.error(
                path,
                None,
                "a statement that is not `full` must list the inaccessible content in [issues]",
            );
        }
        if raw.assessment == Assessment::Audit && raw.auditor.is_none() {
            diags.error(
                path,
                None,
                "`assessment = \"audit\"` needs the `auditor`'s name",
            );
        }
        if let Some(email) = &raw.email {
            let e = email.get_ref();
            if !e.contains('@') || e.contains(char::is_whitespace) {
                diags.error(
                    path,
                    at(email.span().start),
                    format_args!("`{e}` is not an e-mail address"),
                );
            }
        }
        if let Some(phone) = &raw.phone {
            let p = phone.get_ref();
            if !p.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c))
                || !p.chars().any(|c| c.is_ascii_digit())
            {
                diags.error(
                    path,
                    at(phone.span().start),
                    format_args!("`{p}` is not a phone number: digits, spaces and + only"),
                );
            }
        }
        // Missing operator details do not stop the site, but the statement is not complete without
        // them: say so every time.
        let mut missing = Vec::new();
        if raw.organization.is_none() {
            missing.push("organization");
        }
        if raw.email.is_none() && raw.phone.is_none() {
            missing.push("email or phone");
        }
        if !missing.is_empty() {
            diags.warning(
                path,
                None,
                format_args!("the statement lacks the operator's {}: visitors see \"not provided yet\" until you fill it in", missing.join(" and ")),
            );
        }
        Some(Statement {
            organization: raw.organization,
            site_name: raw.site_name,
            published: published?,
            updated: updated?,
            prepared: prepared?,
            reviewed,
            status: raw.status,
            assessment: raw.assessment,
            auditor: raw.auditor,
            contact_person: raw.contact_person,
            email: raw.email.map(Spanned::into_inner),
            phone: raw.phone.map(Spanned::into_inner),
            mobile_apps: raw.mobile_apps,
            issues,
            method,
            architecture,
            communication,
        })
    }
}
