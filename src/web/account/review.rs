//! Moderation (editors only; an organisation gets the 403 page): `GET /account/review`, the
//! pending submissions oldest first; `GET /account/review/{n}`, each changed field before and
//! after, each field named by its label on the form, in the editor's language; `POST
//! /account/review/{n}` with `decision=approve|reject` and a `reason` (required to reject; the
//! organisation reads it on its dashboard).
//!
//! Approving runs [`apply`] (exactly `witaj check`'s rules, an atomic write, the git commit with
//! the approving editor as author) and reloads the site ([`super::publish`]); a field changed in
//! the file since the proposal is a conflict shown to the editor, and nothing is written. The
//! decision is stored after the file: if the server dies in between, the submission is still
//! pending and approving it again writes nothing new (the file already says it) and commits what
//! the commit had not (an edit, or a new service whose file is there: [`finish_cut_short`]).
//! Every decision goes into the audit log.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use super::super::error::PageError;
use super::field_labels::describe;
use super::form::CheckedForm;
use super::session::{Account, RequireEditor};
use super::verify::{editor_of, today};
use super::visitor::Visitor;
use super::{audit, blocking, publish};
use crate::directory::edit::{ApplyError, Approval, ServiceDraft, apply, diff};
use crate::state::{Decision, Submission};

/// The longest reason kept: a few paragraphs, not a file.
const REASON_CHARS: usize = 2000;

#[derive(Serialize)]
struct ListPage {
    items: Vec<Row>,
}

#[derive(Serialize)]
struct Row {
    number: i64,
    href: String,
    organisation: String,
    service: String,
    new: bool,
    submitted_by: String,
    /// `YYYY-MM-DD HH:MM` UTC.
    submitted: String,
    /// Whole days since it was submitted.
    age_days: i64,
}

#[derive(Serialize)]
struct ItemPage {
    #[serde(flatten)]
    row: Row,
    service_id: String,
    changes: Vec<ChangeView>,
    action: String,
    back_href: String,
    /// What is wrong with the decision just posted, in the reader's language.
    problem: Option<String>,
    reason: String,
}

#[derive(Serialize)]
struct ChangeView {
    /// The field as the form labels it, in the reader's language (`field_labels.rs`).
    field: String,
    before: String,
    after: String,
}

fn name_in(texts: &std::collections::BTreeMap<String, String>, lang: &str, source: &str) -> String {
    texts
        .get(lang)
        .or_else(|| texts.get(source))
        .cloned()
        .unwrap_or_default()
}

fn row(v: &Visitor, s: &Submission) -> Row {
    let source = &v.site.config.source_language;
    let org = &s.draft.organization;
    let organisation = match name_in(&org.name, &v.lang, source) {
        n if n.is_empty() => s.organisation.clone(),
        n => format!("{n} ({})", s.organisation),
    };
    let service = match s.draft.texts.get("name") {
        Some(t) => name_in(t, &v.lang, source),
        None => String::new(),
    };
    Row {
        number: s.id,
        href: v.url(&format!("review/{}", s.id)),
        organisation,
        service: if service.is_empty() {
            s.service_id().to_string()
        } else {
            service
        },
        new: s.service.is_none(),
        submitted_by: s.submitted_by.clone(),
        submitted: s.submitted_at.format("%Y-%m-%d %H:%M").to_string(),
        age_days: (v.now - s.submitted_at).num_days().max(0),
    }
}

pub async fn list(RequireEditor(a): RequireEditor) -> Result<Response, PageError> {
    let v = &a.visitor;
    let pending = blocking(v.state.store_handle(), |s| s.pending_submissions()).await?;
    let items = pending.iter().map(|s| row(v, s)).collect();
    v.page("review.html", &ListPage { items })
}

async fn pending(v: &Visitor, n: &str) -> Result<Submission, PageError> {
    let n: i64 = n.parse().map_err(|_| PageError::NotFound)?;
    blocking(v.state.store_handle(), move |s| s.submission(n))
        .await?
        .ok_or(PageError::NotFound)
}

fn item_page(v: &Visitor, s: &Submission, problem: Option<String>, reason: &str) -> ItemPage {
    let empty = ServiceDraft::default();
    let changes = diff(s.base.as_ref().unwrap_or(&empty), &s.draft)
        .into_iter()
        .map(|c| ChangeView {
            field: describe(&v.site, &v.lang, &c.field),
            before: c.before.join("\n"),
            after: c.after.join("\n"),
        })
        .collect();
    ItemPage {
        row: row(v, s),
        service_id: s.service_id().to_string(),
        changes,
        action: v.url(&format!("review/{}", s.id)),
        back_href: v.url("review"),
        problem,
        reason: reason.to_string(),
    }
}

/// The submission's page, or the "already decided" one.
fn item_or_decided(
    a: &Account,
    s: &Submission,
    status: StatusCode,
    problem: Option<String>,
    reason: &str,
) -> Result<Response, PageError> {
    let v = &a.visitor;
    if s.decision.is_some() {
        return Ok(v.message(
            StatusCode::CONFLICT,
            "moderation-decided-title",
            "moderation-decided-text",
        ));
    }
    v.render(
        status,
        "review-item.html",
        &item_page(v, s, problem, reason),
    )
}

pub async fn show(
    RequireEditor(a): RequireEditor,
    Path(n): Path<String>,
) -> Result<Response, PageError> {
    let s = pending(&a.visitor, &n).await?;
    item_or_decided(&a, &s, StatusCode::OK, None, "")
}

fn text(v: &Visitor, id: &str, args: &[(&'static str, String)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, val) in args {
        fa.set(*k, FluentValue::from(val.clone()));
    }
    v.site.locales.format(&v.lang, id, Some(&fa))
}

pub async fn decide(
    Path(n): Path<String>,
    CheckedForm {
        sender: RequireEditor(a),
        form,
    }: CheckedForm<RequireEditor>,
) -> Result<Response, PageError> {
    let v = &a.visitor;
    let s = pending(v, &n).await?;
    let reason = form.get("reason").unwrap_or("").trim().to_string();
    let problem = |id: &str, args: &[(&'static str, String)]| Some(text(v, id, args));
    match form.get("decision") {
        Some("reject") => {
            if reason.is_empty() {
                let p = problem("moderation-reason-required", &[]);
                return item_or_decided(&a, &s, StatusCode::BAD_REQUEST, p, &reason);
            }
            if reason.chars().count() > REASON_CHARS {
                let p = problem(
                    "moderation-reason-too-long",
                    &[("max", REASON_CHARS.to_string())],
                );
                return item_or_decided(&a, &s, StatusCode::BAD_REQUEST, p, &reason);
            }
            if !record(&a, &s, Decision::Rejected, &reason).await? {
                return item_or_decided(&a, &s, StatusCode::CONFLICT, None, "");
            }
            audit(
                &v.state,
                Some(&a.email),
                "reject",
                s.service_id(),
                &format!("#{} {}: {reason}", s.id, s.organisation),
            )
            .await?;
            Ok(v.see_other(&v.url("review")))
        }
        Some("approve") => {
            if s.decision.is_some() {
                return item_or_decided(&a, &s, StatusCode::CONFLICT, None, "");
            }
            let (editor, date, sub) = (editor_of(&a), today(&a), s.clone());
            let written = publish(&v.state, move |root| {
                apply(
                    root,
                    &Approval {
                        base: sub.base.as_ref(),
                        draft: &sub.draft,
                        editor: &editor,
                        date,
                    },
                )
            })
            .await?;
            let written = match written {
                Err(ApplyError::IdTaken(_)) if s.service.is_none() => {
                    finish_cut_short(&a, &s).await?.unwrap_or(written)
                }
                other => other,
            };
            let applied = match written {
                Ok(applied) => applied,
                Err(ApplyError::Conflict(fields)) => {
                    let named: Vec<String> = fields
                        .iter()
                        .map(|f| describe(&v.site, &v.lang, f))
                        .collect();
                    let p = problem("moderation-conflict", &[("fields", named.join(", "))]);
                    return item_or_decided(&a, &s, StatusCode::CONFLICT, p, "");
                }
                Err(e) => {
                    tracing::warn!(submission = s.id, error = %e, "approval not written");
                    let p = problem("moderation-apply-failed", &[("detail", e.to_string())]);
                    return item_or_decided(&a, &s, StatusCode::UNPROCESSABLE_ENTITY, p, "");
                }
            };
            record(&a, &s, Decision::Approved, "").await?;
            let commit = applied.commit.unwrap_or_default();
            audit(
                &v.state,
                Some(&a.email),
                "approve",
                s.service_id(),
                &format!("#{} {} {commit}", s.id, s.organisation),
            )
            .await?;
            Ok(v.see_other(&v.url("review")))
        }
        _ => {
            let p = problem("moderation-decision-required", &[]);
            item_or_decided(&a, &s, StatusCode::BAD_REQUEST, p, &reason)
        }
    }
}

/// A proposed service whose file is there already, saying what the proposal says: an approval
/// cut short after the write (the server died before the decision was stored). Approving it
/// again finishes it as an edit that changes nothing, which commits the file if the commit was
/// cut short too. `None` when the file says something else: then the id is really taken.
async fn finish_cut_short(
    a: &Account,
    s: &Submission,
) -> Result<Option<Result<crate::directory::edit::Applied, ApplyError>>, PageError> {
    let v = &a.visitor;
    let existing = v
        .site
        .directory
        .services
        .get(&s.draft.id)
        .filter(|svc| svc.organization.id == s.organisation)
        .map(ServiceDraft::from_service)
        .filter(|d| diff(d, &s.draft).is_empty());
    let Some(existing) = existing else {
        return Ok(None);
    };
    let (editor, date, draft) = (editor_of(a), today(a), s.draft.clone());
    let written = publish(&v.state, move |root| {
        apply(
            root,
            &Approval {
                base: Some(&existing),
                draft: &draft,
                editor: &editor,
                date,
            },
        )
    })
    .await?;
    Ok(Some(written))
}

/// Stores the decision; `false` when another editor decided first.
async fn record(
    a: &Account,
    s: &Submission,
    decision: Decision,
    reason: &str,
) -> Result<bool, PageError> {
    let (id, reason, editor, now) = (s.id, reason.to_string(), a.id, a.visitor.now);
    blocking(a.visitor.state.store_handle(), move |st| {
        st.decide_submission(id, decision, &reason, editor, now)
    })
    .await
}
