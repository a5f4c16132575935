//! `GET/POST /account/services/{id}/edit` and `/account/services/new`: an organisation edits one
//! of its services, or proposes a new one, in one plain form (every field of issue 10 point 3;
//! the week editor for the hours, or the expression as text). Nothing is written to the site
//! here: a good form becomes a pending submission for an editor (`review.rs`); a bad one is shown
//! again (400) with what was typed and each problem next to its field.
//!
//! Another organisation's service is a 404, as if it did not exist: its data is never read into
//! the page. An editor may edit any service; proposing a new one needs an organisation account,
//! since the new file is written in the organisation's name.

use std::collections::BTreeMap;

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Serialize;

use super::super::error::PageError;
use super::blocking;
use super::field_errors::{CHANGED_MEANWHILE, NOTHING_CHANGED, localise};
use super::field_labels::label_of;
use super::form::CheckedForm;
use super::session::Account;
use super::visitor::Visitor;
use crate::accounts::token::hash_token;
use crate::config::Direction;
use crate::directory::edit::draft::TEXT_FIELDS;
use crate::directory::edit::{
    EditContext, FieldError, OrganizationDraft, ServiceDraft, WeekForm, diff,
};
use crate::directory::edit::{LocationDraft, PhoneDraft};
use crate::site::Site;
use crate::state::NewSubmission;

/// Where the form's hours come from: the week editor's rows, or the expression typed as text.
const HOURS_FROM: &str = "hours_from";
/// The hidden field that says which version of the service the form was filled on.
const BASE: &str = "base";

/// A fingerprint of the service a form shows. A form sent for a service that changed since it was
/// shown (an approval, an editor's commit) would silently put the old values back in every field
/// it did not touch; it is shown again instead, with the current version's fingerprint.
fn fingerprint(base: &ServiceDraft) -> String {
    hash_token(&serde_json::to_string(base).unwrap_or_default())
}

#[derive(Serialize)]
struct FormPage {
    /// `moderation-edit-title` or `moderation-new-title`.
    title_id: &'static str,
    service: String,
    action: String,
    back_href: String,
    /// Problems not on one field (the whole file), and "nothing changed".
    general: Vec<String>,
    /// The fingerprint of the version the form is for (`BASE`); empty for a new service.
    base: String,
    has_errors: bool,
    languages: Vec<LanguageBlock>,
    topics: Vec<Choice>,
    topics_error: Option<String>,
    staff: Vec<Choice>,
    staff_error: Option<String>,
    free: String,
    free_error: Option<String>,
    /// `week` or `text`.
    hours_from: &'static str,
    week: WeekForm,
    opening_hours: Input,
    contact: Vec<Input>,
    phones: Vec<Block>,
    places: Vec<Block>,
    /// The ids a place's municipality is chosen from.
    municipalities: Vec<String>,
    /// The source language, the language of the service's name in the heading.
    source_lang: String,
}

#[derive(Serialize)]
struct LanguageBlock {
    code: String,
    name: String,
    dir: Direction,
    /// Shown opened: the source language, and any language with text or a problem.
    open: bool,
    inputs: Vec<Input>,
}

/// One field of the form.
#[derive(Serialize)]
struct Input {
    name: String,
    /// The element id (`name` with `.` as `-`).
    id: String,
    /// The Fluent id of its label.
    label: &'static str,
    /// `text`, `textarea`, `email`, `url`, `tel` or `municipality` (a choice).
    kind: &'static str,
    value: String,
    error: Option<String>,
    /// The language of a text in one language.
    lang: Option<String>,
    dir: Option<Direction>,
    required: bool,
}

#[derive(Serialize)]
struct Choice {
    value: String,
    /// The language's own name (staff languages); topics are named by the template.
    label: String,
    checked: bool,
}

/// A phone or a place: its number in the form and its fields.
#[derive(Serialize)]
struct Block {
    number: usize,
    inputs: Vec<Input>,
}

/// Moves each input's problem from `by_field` onto the input.
fn fill(by_field: &mut BTreeMap<String, String>, inputs: &mut [Input]) {
    for i in inputs {
        i.error = by_field.remove(&i.name);
    }
}

fn dom_id(name: &str) -> String {
    format!("f-{}", name.replace('.', "-"))
}

/// The input `name`, labelled as the review page names it too (`field_labels.rs`).
fn input(name: String, kind: &'static str, value: &str) -> Input {
    Input {
        id: dom_id(&name),
        label: label_of(&name).unwrap_or_default(),
        name,
        kind,
        value: value.to_string(),
        error: None,
        lang: None,
        dir: None,
        required: false,
    }
}

/// The form for `draft`; `pairs` are the submitted fields when it is shown again (the week
/// editor's rows as typed), `errors` the problems found.
fn form_page(
    v: &Visitor,
    base: Option<&ServiceDraft>,
    draft: &ServiceDraft,
    pairs: Option<&[(String, String)]>,
    errors: &[FieldError],
) -> FormPage {
    let site = &*v.site;
    let new = base.is_none();
    let mut by_field: BTreeMap<String, String> = BTreeMap::new();
    let mut general = Vec::new();
    for e in errors {
        let text = localise(site, &v.lang, draft, e);
        if e.field.is_empty() {
            general.push(text);
        } else {
            by_field.entry(e.field.clone()).or_insert(text);
        }
    }
    let source = site.config.source_language.clone();
    let mut languages = Vec::new();
    for l in &site.config.languages {
        let mut inputs: Vec<Input> = TEXT_FIELDS
            .iter()
            .map(|f| {
                let kind = match *f {
                    "description" | "eligibility" | "application" => "textarea",
                    _ => "text",
                };
                let mut i = input(format!("{f}.{}", l.code), kind, draft.text(f, &l.code));
                i.lang = Some(l.code.clone());
                i.dir = Some(l.dir);
                i.required = *f == "name" && l.code == source;
                i
            })
            .collect();
        fill(&mut by_field, &mut inputs);
        let open = l.code == source
            || inputs
                .iter()
                .any(|i| !i.value.is_empty() || i.error.is_some());
        languages.push(LanguageBlock {
            code: l.code.clone(),
            name: l.name.clone(),
            dir: l.dir,
            open,
            inputs,
        });
    }
    let topics = site
        .config
        .topics
        .iter()
        .map(|t| Choice {
            value: t.clone(),
            label: t.clone(),
            checked: draft.topics.contains(t),
        })
        .collect();
    let staff = site
        .directory
        .language_names
        .iter()
        .map(|(code, name)| Choice {
            value: code.clone(),
            label: name.clone(),
            checked: draft.languages.contains(code),
        })
        .collect();
    let typed_as_text =
        pairs.is_some_and(|p| p.iter().any(|(k, v)| k == HOURS_FROM && v == "text"));
    let mut week = match pairs {
        Some(p) => WeekForm::submitted(p, errors),
        None => WeekForm::of(&draft.opening_hours),
    };
    if pairs.is_some() && !week.rows && !typed_as_text {
        // The rows were not sent (the expression is edited as text): show what was typed.
        week.raw = draft.opening_hours.clone();
    }
    // The editor's own messages are the library's English ones: shown localised instead.
    let mut week_errors = BTreeMap::new();
    for name in week.errors.keys() {
        if let Some(text) = by_field.get(name) {
            week_errors.insert(name.clone(), text.clone());
        }
    }
    for name in week_errors.keys() {
        if name.starts_with("week.") {
            by_field.remove(name);
        }
    }
    let mut opening_hours = input("opening_hours".into(), "text", &week.raw);
    opening_hours.id = "opening-hours-text".into();
    opening_hours.error = by_field.get("opening_hours").cloned();
    if week.rows {
        // Shown by our own text field, not twice.
        week_errors.remove("opening_hours");
    } else {
        by_field.remove("opening_hours");
    }
    week.errors = week_errors;
    let hours_from = if typed_as_text || !week.rows {
        "text"
    } else {
        "week"
    };
    let mut contact = vec![
        input("email".into(), "email", &draft.email),
        input("website".into(), "url", &draft.website),
        input("source".into(), "url", &draft.source),
    ];
    contact[2].required = true;
    fill(&mut by_field, &mut contact);
    let mut phones: Vec<PhoneDraft> = draft.phones.clone();
    phones.push(PhoneDraft::default());
    let phones = phones
        .iter()
        .enumerate()
        .map(|(n, p)| {
            let mut inputs = vec![input(format!("phones.{n}.number"), "tel", &p.number)];
            inputs.extend(texts_of(site, &p.note, &format!("phones.{n}.note")));
            fill(&mut by_field, &mut inputs);
            Block {
                number: n + 1,
                inputs,
            }
        })
        .collect();
    let mut places: Vec<LocationDraft> = draft.locations.clone();
    places.push(LocationDraft::default());
    let places = places
        .iter()
        .enumerate()
        .map(|(n, l)| {
            let mut inputs = vec![
                input(format!("locations.{n}.address"), "text", &l.address),
                input(format!("locations.{n}.postal_code"), "text", &l.postal_code),
                input(format!("locations.{n}.city"), "text", &l.city),
                input(
                    format!("locations.{n}.municipality"),
                    "municipality",
                    &l.municipality,
                ),
            ];
            inputs.extend(texts_of(
                site,
                &l.accessibility,
                &format!("locations.{n}.accessibility"),
            ));
            fill(&mut by_field, &mut inputs);
            Block {
                number: n + 1,
                inputs,
            }
        })
        .collect();
    let topics_error = by_field.remove("topics");
    let staff_error = by_field.remove("languages");
    let free_error = by_field.remove("free");
    // Whatever is left has no field of its own on the page: shown at the top, never dropped.
    general.extend(by_field.into_values());
    FormPage {
        title_id: if new {
            "moderation-new-title"
        } else {
            "moderation-edit-title"
        },
        service: draft.text("name", &source).to_string(),
        action: if new {
            v.url("services/new")
        } else {
            v.url(&format!("services/{}/edit", draft.id))
        },
        back_href: v.url(""),
        has_errors: !errors.is_empty(),
        general,
        base: base.map(fingerprint).unwrap_or_default(),
        languages,
        topics,
        topics_error,
        staff,
        staff_error,
        free: draft
            .free
            .map_or("", |f| if f { "true" } else { "false" })
            .to_string(),
        free_error,
        hours_from,
        week,
        opening_hours,
        contact,
        phones,
        places,
        municipalities: site
            .config
            .municipalities
            .iter()
            .map(|m| m.id.clone())
            .collect(),
        source_lang: source,
    }
}

/// A text in several languages (a phone's note, a place's accessibility): the source language's
/// field, and one for every other language that has a text, so nothing is lost.
fn texts_of(site: &Site, texts: &BTreeMap<String, String>, prefix: &str) -> Vec<Input> {
    site.config
        .languages
        .iter()
        .filter(|l| l.code == site.config.source_language || texts.contains_key(&l.code))
        .map(|l| {
            let mut i = input(
                format!("{prefix}.{}", l.code),
                "text",
                texts.get(&l.code).map_or("", String::as_str),
            );
            i.lang = Some(l.code.clone());
            i.dir = Some(l.dir);
            i
        })
        .collect()
}

fn context(site: &Site) -> EditContext<'_> {
    EditContext {
        config: &site.config,
        language_names: &site.directory.language_names,
    }
}

/// The service `id` as a draft, when this account may edit it; `None` (a 404) otherwise, so
/// another organisation's service looks exactly like one that does not exist.
fn editable(a: &Account, id: &str) -> Option<ServiceDraft> {
    let s = a.visitor.site.directory.services.get(id)?;
    a.may_act_for(&s.organization.id)
        .then(|| ServiceDraft::from_service(s))
}

/// The form's pairs as the draft reads them: with the hours typed as text, the week editor's
/// rows are left out, so the expression is taken as written.
fn draft_pairs(pairs: &[(String, String)]) -> Vec<(String, String)> {
    let text = pairs.iter().any(|(k, v)| k == HOURS_FROM && v == "text");
    pairs
        .iter()
        .filter(|(k, _)| !(text && k.starts_with("week.")))
        .cloned()
        .collect()
}

pub async fn edit_form(a: Account, Path(id): Path<String>) -> Result<Response, PageError> {
    let draft = editable(&a, &id).ok_or(PageError::NotFound)?;
    let v = &a.visitor;
    v.page(
        "service-form.html",
        &form_page(v, Some(&draft), &draft, None, &[]),
    )
}

pub async fn edit_submit(
    Path(id): Path<String>,
    CheckedForm { sender: a, form }: CheckedForm<Account>,
) -> Result<Response, PageError> {
    let v = &a.visitor;
    let base = editable(&a, &id).ok_or(PageError::NotFound)?;
    let pairs = form.pairs();
    let (draft, mut errors) = ServiceDraft::from_form(&base, &draft_pairs(pairs));
    let stale = form.get(BASE) != Some(fingerprint(&base).as_str());
    if stale {
        errors.push(FieldError::new("", CHANGED_MEANWHILE));
    }
    errors.extend(draft.check(&context(&v.site)));
    if errors.is_empty() && diff(&base, &draft).is_empty() {
        errors.push(FieldError::new("", NOTHING_CHANGED));
    }
    if !errors.is_empty() {
        let page = form_page(v, Some(&base), &draft, Some(pairs), &errors);
        let status = if stale {
            StatusCode::CONFLICT
        } else {
            StatusCode::BAD_REQUEST
        };
        return v.render(status, "service-form.html", &page);
    }
    let org = base.organization.id.clone();
    submit(&a, &org, Some(base), draft).await
}

/// The organisation a new service is proposed by, as the directory describes it.
fn organisation_of(site: &Site, org: &str) -> Option<OrganizationDraft> {
    site.directory
        .services
        .values()
        .find(|s| s.organization.id == org)
        .map(|s| ServiceDraft::from_service(s).organization)
}

pub async fn new_form(a: Account) -> Result<Response, PageError> {
    let Some(org) = a
        .organisation()
        .and_then(|o| organisation_of(&a.visitor.site, o))
    else {
        return Ok(a.forbidden());
    };
    let v = &a.visitor;
    let draft = ServiceDraft::proposal(org);
    v.page("service-form.html", &form_page(v, None, &draft, None, &[]))
}

pub async fn new_submit(
    CheckedForm { sender: a, form }: CheckedForm<Account>,
) -> Result<Response, PageError> {
    let v = &a.visitor;
    let Some(org) = a.organisation().and_then(|o| organisation_of(&v.site, o)) else {
        return Ok(a.forbidden());
    };
    let pairs = form.pairs();
    let site = &v.site;
    let (draft, mut errors) = ServiceDraft::propose(
        org,
        &draft_pairs(pairs),
        &site.config.source_language,
        |id| site.directory.services.contains_key(id),
    );
    errors.extend(draft.check(&context(site)));
    if !errors.is_empty() {
        let page = form_page(v, None, &draft, Some(pairs), &errors);
        return v.render(StatusCode::BAD_REQUEST, "service-form.html", &page);
    }
    let org = draft.organization.id.clone();
    submit(&a, &org, None, draft).await
}

/// Stores the submission, records it in the audit log and goes back to the dashboard.
async fn submit(
    a: &Account,
    org: &str,
    base: Option<ServiceDraft>,
    draft: ServiceDraft,
) -> Result<Response, PageError> {
    let v = &a.visitor;
    let (org_owned, account, now) = (org.to_string(), a.id, v.now);
    let service = draft.id.clone();
    let number = blocking(v.state.store_handle(), move |s| {
        s.submit(&NewSubmission {
            organisation: &org_owned,
            base: base.as_ref(),
            draft: &draft,
            submitted_by: account,
            now,
        })
    })
    .await?;
    super::audit(
        &v.state,
        Some(&a.email),
        "submit",
        &service,
        &format!("#{number} {org}"),
    )
    .await?;
    Ok(v.see_other(&v.url("")))
}
