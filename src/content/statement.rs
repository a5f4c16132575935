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
use crate::diagnostics::{Diagnostics, Reporter, read_site_text};
use crate::validate;

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
        let mut r = Reader {
            r: Reporter::new(path, &text, 1, diags),
            config,
        };
        let raw: Raw = r.r.parse("")?;
        r.missing_operator(&raw);
        let published = r.date(&raw.published, "published");
        let updated = r.date(&raw.updated, "updated");
        let prepared = r.date(&raw.prepared, "prepared");
        let reviewed = raw.reviewed.as_ref().and_then(|d| r.date(d, "reviewed"));
        r.review_deadline(today, reviewed.or(prepared));
        if let Some(issues) = &raw.issues {
            r.languages("issues", issues.get_ref().keys(), issues);
        }
        let method = r.texts("method", raw.method);
        let architecture = r.texts("architecture", raw.architecture);
        let communication = r.texts("communication", raw.communication);
        let issues = raw.issues.map(Spanned::into_inner).unwrap_or_default();
        if raw.status != Compliance::Full && issues.is_empty() {
            r.r.error_on(
                None,
                "a statement that is not `full` lists no inaccessible content: list it in [issues], or set `status = \"full\"` if everything is accessible",
            );
        }
        if raw.assessment == Assessment::Audit && raw.auditor.is_none() {
            r.r.error_on(None, "`assessment = \"audit\"` has no `auditor`: add `auditor = \"...\"`, who audited the site");
        }
        let email = raw.email.as_ref().and_then(|e| r.email(e));
        let phone = raw.phone.as_ref().and_then(|p| r.phone(p));
        for app in &raw.mobile_apps {
            r.app_url(app);
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
            email,
            phone,
            mobile_apps: raw.mobile_apps,
            issues,
            method,
            architecture,
            communication,
        })
    }
}

/// The statement's fields, checked one method each.
struct Reader<'a> {
    r: Reporter<'a>,
    config: &'a Config,
}

impl Reader<'_> {
    fn date(&mut self, raw: &Spanned<toml::value::Datetime>, field: &str) -> Option<Date> {
        validate::toml_date(field, raw.get_ref())
            .map_err(|e| self.r.error(raw, e))
            .ok()
    }

    /// The law asks for a review every year by 31 March.
    fn review_deadline(&mut self, today: Date, last_review: Option<Date>) {
        let march_31 = |year| Date::from_calendar_date(year, time::Month::March, 31).ok();
        let (Some(this_year), Some(last_year)) =
            (march_31(today.year()), march_31(today.year() - 1))
        else {
            return;
        };
        let deadline = if today > this_year {
            this_year
        } else {
            last_year
        };
        if let Some(last) = last_review
            && last < deadline
        {
            self.r.warning_on(None, format_args!("the statement was last reviewed before {deadline}: review it and update `reviewed`"));
        }
    }

    /// A table of per-language texts must be in the portal's languages, the source among them.
    fn languages<'k, T>(
        &mut self,
        name: &str,
        langs: impl Iterator<Item = &'k String>,
        at: &Spanned<T>,
    ) {
        let source = &self.config.source_language;
        let mut has_source = false;
        for l in langs {
            has_source |= l == source;
            if self.config.language(l).is_none() {
                self.r.error(
                    at,
                    format_args!(
                        "[{name}] has text for `{l}`, which is not a language of this portal: remove it, or add the language to portal.toml"
                    ),
                );
            }
        }
        if !has_source {
            self.r.error(
                at,
                format_args!("[{name}] has no text in the source language `{source}`: add `{source} = \"...\"` to it"),
            );
        }
    }

    fn texts(
        &mut self,
        name: &str,
        raw: Option<Spanned<BTreeMap<String, String>>>,
    ) -> BTreeMap<String, String> {
        let Some(t) = raw else {
            return BTreeMap::new();
        };
        self.languages(name, t.get_ref().keys(), &t);
        t.into_inner()
    }

    fn email(&mut self, raw: &Spanned<String>) -> Option<String> {
        match validate::email(raw.get_ref()) {
            Ok(e) => Some(e.to_string()),
            Err(e) => {
                self.r.error(raw, e);
                None
            }
        }
    }

    /// Kept as written: the web page makes its `tel:` link with the same rule.
    fn phone(&mut self, raw: &Spanned<String>) -> Option<String> {
        match validate::phone(raw.get_ref()) {
            Ok(p) => Some(p.number),
            Err(e) => {
                self.r.error(raw, e);
                None
            }
        }
    }

    fn app_url(&mut self, app: &MobileApp) {
        if let Err(e) = validate::http_url(&app.url) {
            self.r
                .error_on(None, format_args!("mobile app `{}`: {e}", app.name));
        }
    }

    /// Missing operator details do not stop the site, but the statement is not complete without
    /// them: say so every time.
    fn missing_operator(&mut self, raw: &Raw) {
        let mut missing = Vec::new();
        if raw.organization.is_none() {
            missing.push("organization");
        }
        if raw.email.is_none() && raw.phone.is_none() {
            missing.push("email or phone");
        }
        if !missing.is_empty() {
            self.r.warning_on(
                None,
                format_args!("the statement lacks the operator's {}; visitors see \"not provided yet\": add `organization` and `email` or `phone` at the top of the file", missing.join(" and ")),
            );
        }
    }
}
