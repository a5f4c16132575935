//! `POST /account/services/{id}/verified`: "still correct". One click by the organisation (or an
//! editor) sets the service's `verified` date to today in its file, commits it when the site is a
//! git repository, and reloads the site: a fresh date is what keeps a directory trusted, so it
//! must cost nothing. No moderation: only the date changes, and the account speaks for the
//! organisation that owns the facts.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;

use super::super::error::PageError;
use super::form::CheckedForm;
use super::session::Account;
use super::{audit, publish};
use crate::directory::edit::{Editor, mark_verified};

/// The account as the commit's author: its address is the only name the portal knows.
pub(super) fn editor_of(a: &Account) -> Editor {
    Editor {
        name: a.email.clone(),
        email: a.email.clone(),
    }
}

/// Today, as the date a decision or confirmation is recorded with.
pub(super) fn today(a: &Account) -> time::Date {
    time::OffsetDateTime::from_unix_timestamp(a.visitor.now.timestamp())
        .map(|t| t.date())
        .unwrap_or(time::Date::MIN)
}

pub async fn still_correct(
    Path(id): Path<String>,
    CheckedForm { sender: a, .. }: CheckedForm<Account>,
) -> Result<Response, PageError> {
    let v = &a.visitor;
    let allowed = v
        .site
        .directory
        .services
        .get(&id)
        .is_some_and(|s| a.may_act_for(&s.organization.id));
    if !allowed {
        return Err(PageError::NotFound);
    }
    let (editor, date, service) = (editor_of(&a), today(&a), id.clone());
    match publish(&v.state, move |root| {
        mark_verified(root, &service, date, &editor)
    })
    .await?
    {
        Ok(applied) => {
            let detail = applied.commit.unwrap_or_default();
            audit(&v.state, Some(&a.email), "verify", &id, &detail).await?;
            Ok(v.see_other(&v.url("")))
        }
        Err(e) => {
            tracing::warn!(service = %id, error = %e, "\"still correct\" not recorded");
            Ok(v.message(
                StatusCode::CONFLICT,
                "moderation-verify-failed-title",
                "moderation-verify-failed-text",
            ))
        }
    }
}
