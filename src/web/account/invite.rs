//! `GET/POST /account/invite/{token}`: the invited person chooses a password and is signed in.
//! An unknown, used or expired link is the same 404 message, so links cannot be probed.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::Response;
use serde::Serialize;

use super::super::error::PageError;
use super::blocking;
use super::form::CheckedForm;
use super::login::start_session;
use super::visitor::Visitor;
use crate::accounts::password::{self, PasswordError};
use crate::accounts::token::hash_token;

#[derive(Serialize)]
struct InvitePage {
    action: String,
    email: String,
    organisation: Option<String>,
    /// The Fluent id of what was wrong with the password, if it was.
    problem: Option<&'static str>,
    min: usize,
}

fn problem_id(e: &PasswordError) -> &'static str {
    match e {
        PasswordError::TooShort => "account-password-too-short",
        PasswordError::TooLong => "account-password-too-long",
        PasswordError::Common => "account-password-common",
        PasswordError::IsTheEmail => "account-password-is-email",
        PasswordError::Hash(_) => "account-password-failed",
    }
}

fn gone(v: &Visitor) -> Response {
    v.message(
        StatusCode::NOT_FOUND,
        "account-invite-invalid-title",
        "account-invite-invalid-text",
    )
}

pub async fn form(v: Visitor, Path(token): Path<String>) -> Result<Response, PageError> {
    let (hash, now) = (hash_token(&token), v.now);
    let Some(inv) = blocking(v.state.store_handle(), move |s| s.invitation(&hash, now)).await?
    else {
        return Ok(gone(&v));
    };
    let page = InvitePage {
        action: v.url(&format!("invite/{token}")),
        email: inv.email,
        organisation: inv.role.organisation().map(str::to_string),
        problem: None,
        min: password::MIN_CHARS,
    };
    v.page("invite.html", &page)
}

pub async fn submit(
    Path(token): Path<String>,
    CheckedForm { sender: v, form }: CheckedForm<Visitor>,
) -> Result<Response, PageError> {
    let (hash, now) = (hash_token(&token), v.now);
    let h = hash.clone();
    let Some(inv) = blocking(v.state.store_handle(), move |s| s.invitation(&h, now)).await? else {
        return Ok(gone(&v));
    };
    let new = form.get("password").unwrap_or("").to_string();
    let again = form.get("password2").unwrap_or("");
    let problem = if new != again {
        Some("account-password-mismatch")
    } else {
        password::check_new(&new, &inv.email)
            .err()
            .map(|e| problem_id(&e))
    };
    if problem.is_some() {
        let page = InvitePage {
            action: v.url(&format!("invite/{token}")),
            email: inv.email,
            organisation: inv.role.organisation().map(str::to_string),
            problem,
            min: password::MIN_CHARS,
        };
        return v.render(StatusCode::UNPROCESSABLE_ENTITY, "invite.html", &page);
    }
    let stored = tokio::task::spawn_blocking(move || password::hash(&new))
        .await
        .map_err(|e| PageError::Internal(anyhow::anyhow!("hashing failed: {e}")))?
        .map_err(|e| PageError::Internal(e.into()))?;
    let accepted = blocking(v.state.store_handle(), move |s| {
        let account = s.accept_invitation(&hash, &stored, now)?;
        if let Some(a) = &account {
            s.record_audit(Some(&a.email), "accept-invitation", &a.email, "", now)?;
        }
        Ok::<_, crate::state::StoreError>(account)
    })
    .await?;
    let Some(account) = accepted else {
        return Ok(gone(&v));
    };
    let cookie = start_session(&v, &account, None).await?;
    let mut r = v.see_other(&v.url(""));
    r.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(r)
}
