//! The account pages under `/account/`: sign in and out, accept an invitation, the dashboard, the
//! editors' accounts and audit pages, translation status, stale services and visitors' insight. No language prefix: the language is `?lang=` when given,
//! else the reader's (cookie, `Accept-Language`), and the switcher keeps the reader on the page.
//!
//! The seams other features build on: the [`Account`] extractor (the signed-in account with its
//! role and organisation) and [`RequireEditor`]; [`Visitor::form`], which every POST handler calls
//! to read its form and check its CSRF token; [`audit`] to record who did what. Every answer here
//! is `Cache-Control: no-store`; the CSP is the site's. docs/security.md describes the whole.

mod audit_page;
mod csrf;
mod dashboard;
mod insight_page;
mod invite;
mod login;
mod manage;
mod nav;
mod session;
mod stale_page;
mod status_page;
mod visitor;

use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::{get, post};
use tower_http::set_header::SetResponseHeaderLayer;

pub use session::{Account, RequireEditor};
pub use visitor::{FormData, Refused, Visitor};

use super::AppState;
use super::error::PageError;
use crate::state::{Store, StoreError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/account", get(dashboard::add_slash))
        .route("/account/", get(dashboard::show))
        .route("/account/login", get(login::form).post(login::submit))
        .route("/account/logout", post(login::logout))
        .route(
            "/account/invite/{token}",
            get(invite::form).post(invite::submit),
        )
        .route("/account/accounts", get(manage::list).post(manage::invite))
        .route("/account/accounts/{id}/disable", post(manage::disable))
        .route("/account/audit", get(audit_page::list))
        // The editors' pages of issues 10 and 11: status, stale services, insight.
        .route("/account/status", get(status_page::show))
        .route("/account/stale", get(stale_page::show))
        .route("/account/insight", get(insight_page::show))
        .route("/account/insight.csv", get(insight_page::csv))
        .route(
            "/account/insight/comments/{id}/handled",
            post(insight_page::mark_handled),
        )
        // Personal pages: never kept by the browser or a proxy, not even for the back button.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// Runs store work off the async runtime (SQLite and argon2 block).
pub async fn blocking<T, E>(
    store: Arc<Store>,
    work: impl FnOnce(&Store) -> Result<T, E> + Send + 'static,
) -> Result<T, PageError>
where
    T: Send + 'static,
    E: Into<anyhow::Error> + Send + 'static,
{
    match tokio::task::spawn_blocking(move || work(&store)).await {
        Ok(result) => result.map_err(|e| PageError::Internal(e.into())),
        Err(e) => Err(PageError::Internal(anyhow::anyhow!(
            "store work failed: {e}"
        ))),
    }
}

/// Records in the audit log that `actor` did `action` to `subject`.
pub async fn audit(
    state: &AppState,
    actor: Option<&str>,
    action: &str,
    subject: &str,
    detail: &str,
) -> Result<(), PageError> {
    let (actor, action, subject, detail) = (
        actor.map(str::to_string),
        action.to_string(),
        subject.to_string(),
        detail.to_string(),
    );
    let now = state.now();
    blocking(state.store_handle(), move |s| {
        s.record_audit(actor.as_deref(), &action, &subject, &detail, now)
    })
    .await?;
    Ok::<(), PageError>(())
}

impl From<StoreError> for PageError {
    fn from(e: StoreError) -> Self {
        PageError::Internal(e.into())
    }
}
