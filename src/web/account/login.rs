//! `GET/POST /account/login` and `POST /account/logout`.
//!
//! A wrong address, a wrong password, a disabled account and an account without a password get the
//! same answer in about the same time (a hash is verified in every case), so the form never tells
//! whether an address has an account. Failures are counted per account and per client address in
//! the store; past `[accounts]`'s limits the answer is 429 with `Retry-After`. A login always makes
//! a new session (the old one, if any, is deleted): a session id planted before login is useless.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Duration;
use serde::Serialize;

use super::super::error::PageError;
use super::blocking;
use super::form::CheckedForm;
use super::visitor::{SESSION_COOKIE, Visitor, set_cookie};
use crate::accounts::password;
use crate::accounts::token::{hash_token, random_token};
use crate::state::AccountRow;

#[derive(Serialize)]
struct LoginPage {
    action: String,
    email: String,
    failed: bool,
}

pub async fn form(v: Visitor) -> Result<Response, PageError> {
    if v.session.is_some() {
        return Ok(v.see_other(&v.url("")));
    }
    v.page(
        "login.html",
        &LoginPage {
            action: v.url("login"),
            email: String::new(),
            failed: false,
        },
    )
}

pub async fn submit(
    CheckedForm { sender: v, form }: CheckedForm<Visitor>,
) -> Result<Response, PageError> {
    let typed = form.get("email").unwrap_or("").trim().to_string();
    let password = form.get("password").unwrap_or("").to_string();
    let email = crate::accounts::normalise_email(&typed).unwrap_or_else(|_| typed.to_lowercase());
    let settings = v.site.config.accounts;
    let window = Duration::from_std(settings.login_window).unwrap_or(Duration::minutes(15));
    let account_key = format!("account:{}", hash_token(&email));
    let client_key = v.client.clone();
    let now = v.now;
    let keys = [
        (account_key.clone(), settings.login_failures_per_account),
        (client_key.clone(), settings.login_failures_per_client),
    ];
    let (blocked, account) = {
        let keys = keys.clone();
        let email = email.clone();
        blocking(v.state.store_handle(), move |s| {
            let k: Vec<(&str, u32)> = keys.iter().map(|(k, n)| (k.as_str(), *n)).collect();
            let blocked = s.login_blocked_for(&k, now, window)?;
            let account = s.account_by_email(&email)?;
            Ok::<_, crate::state::StoreError>((blocked, account))
        })
        .await?
    };
    if let Some(wait) = blocked {
        return Ok(too_many(&v, wait));
    }
    let ok = verify(account.clone(), password).await?;
    let Some(account) = account.filter(|_| ok) else {
        let keys = [account_key, client_key];
        blocking(v.state.store_handle(), move |s| {
            let k: Vec<&str> = keys.iter().map(String::as_str).collect();
            s.record_login_failure(&k, now, window)
        })
        .await?;
        let page = LoginPage {
            action: v.url("login"),
            email: typed,
            failed: true,
        };
        return v.render(StatusCode::OK, "login.html", &page);
    };
    let cookie = start_session(&v, &account, Some(account_key)).await?;
    let mut r = v.see_other(&v.url(""));
    r.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(r)
}

/// Whether `password` is the account's; the same work when there is no usable account.
async fn verify(account: Option<AccountRow>, password: String) -> Result<bool, PageError> {
    let work = move || match account {
        Some(AccountRow {
            password_hash: Some(hash),
            disabled: false,
            ..
        }) => password::verify(&password, &hash),
        _ => {
            password::verify_nothing(&password);
            false
        }
    };
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| PageError::Internal(anyhow::anyhow!("password check failed: {e}")))
}

/// Ends the visitor's old session, starts one for `account`, clears the account's failed logins
/// and records the login. Returns the session cookie to set.
pub(super) async fn start_session(
    v: &Visitor,
    account: &AccountRow,
    clear: Option<String>,
) -> Result<HeaderValue, PageError> {
    let token = random_token().map_err(|e| PageError::Internal(e.into()))?;
    let csrf = random_token().map_err(|e| PageError::Internal(e.into()))?;
    let (hash, old, id, email, now) = (
        hash_token(&token),
        v.session_token.as_deref().map(hash_token),
        account.id,
        account.email.clone(),
        v.now,
    );
    blocking(v.state.store_handle(), move |s| {
        if let Some(old) = old {
            s.delete_session(&old)?;
        }
        if let Some(key) = clear {
            s.clear_login_failures(&key)?;
        }
        s.create_session(&hash, id, &csrf, now)?;
        s.record_audit(Some(&email), "login", &email, "", now)
    })
    .await?;
    Ok(set_cookie(&v.site, SESSION_COOKIE, Some(&token)))
}

fn too_many(v: &Visitor, wait: Duration) -> Response {
    let mut r = v.message(
        StatusCode::TOO_MANY_REQUESTS,
        "account-login-limited-title",
        "account-login-limited-text",
    );
    if let Ok(secs) = HeaderValue::from_str(&wait.num_seconds().max(1).to_string()) {
        r.headers_mut().insert(header::RETRY_AFTER, secs);
    }
    r
}

pub async fn logout(
    CheckedForm { sender: v, .. }: CheckedForm<Visitor>,
) -> Result<Response, PageError> {
    if let Some(token) = v.session_token.as_deref() {
        let hash = hash_token(token);
        blocking(v.state.store_handle(), move |s| s.delete_session(&hash)).await?;
    }
    let mut r = v.see_other(&v.url("login"));
    r.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&v.site, SESSION_COOKIE, None),
    );
    Ok(r.into_response())
}
