//! The account pages under `/account/`: sign in and out, accept an invitation, the dashboard, the
//! editors' accounts and audit pages, translation status, stale services and visitors' insight;
//! an organisation's edits and proposals (`edit.rs`, "still correct" in `verify.rs`) and the
//! editors' moderation of them (`review.rs`). No language prefix: the language is `?lang=` when given,
//! else the reader's (cookie, `Accept-Language`), and the switcher keeps the reader on the page.
//!
//! The seams other features build on: the [`Account`] extractor (the signed-in account with its
//! role and organisation) and [`RequireEditor`]; [`CheckedForm`], the extractor every POST handler
//! takes to read its form with its sender, body limit and CSRF token checked, its refusals typed
//! ([`Refusal`]) and answered in one place (`refusal.rs`); [`audit`] to record who did what. Every answer here
//! is `Cache-Control: no-store`; the CSP is the site's. docs/security.md describes the whole.

mod audit_page;
mod csrf;
mod dashboard;
mod edit;
mod field_errors;
mod field_labels;
mod form;
mod insight_page;
mod invite;
mod login;
mod manage;
mod nav;
mod refusal;
mod review;
mod session;
mod stale_page;
mod status_page;
mod verify;
mod visitor;

use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::{get, post};
use tower_http::set_header::SetResponseHeaderLayer;

pub use form::{CheckedForm, Sender};
pub use refusal::{Refusal, Refused};
pub use session::{Account, RequireEditor};
pub use visitor::{FormData, Visitor};

use super::AppState;
use super::error::PageError;
use crate::directory::edit::{Applied, ApplyError};
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
        .route(
            "/account/services/new",
            get(edit::new_form).post(edit::new_submit),
        )
        .route(
            "/account/services/{id}/edit",
            get(edit::edit_form).post(edit::edit_submit),
        )
        .route(
            "/account/services/{id}/verified",
            post(verify::still_correct),
        )
        .route("/account/review", get(review::list))
        .route(
            "/account/review/{n}",
            get(review::show).post(review::decide),
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

/// Writes to the site folder (an approval, "still correct") off the async runtime, then, when a
/// file changed, reloads the live site from it on the same thread, so the public page, the
/// filters and the API show the change from the next request on. The write's own error comes
/// back as it is, for the page to explain; a reload that fails leaves the old site serving and
/// is logged (the file passed `witaj check`'s rules, so only another broken file can cause it).
pub async fn publish(
    state: &AppState,
    work: impl FnOnce(&std::path::Path) -> Result<Applied, ApplyError> + Send + 'static,
) -> Result<Result<Applied, ApplyError>, PageError> {
    let (state, root) = (state.clone(), state.site().root.clone());
    tokio::task::spawn_blocking(move || {
        let result = work(&root);
        if result.as_ref().is_ok_and(|a| a.changed)
            && let Err(diags) = state.reload_from(&root)
        {
            tracing::error!(errors = %diags, "written, but the site did not reload");
        }
        result
    })
    .await
    .map_err(|e| PageError::Internal(anyhow::anyhow!("site write failed: {e}")))
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
