//! Which error type to use where, and the one place page errors become responses.
//!
//! - Page handlers (`/{lang}/…`, short links, `/static`) return `Result<Response, PageError>`.
//!   `PageError::NotFound` for anything a reader can mistype (an unknown slug, id, topic or
//!   language, a path segment that is not UTF-8); `PageError::Internal` for our own failures (a
//!   template that fails), with the cause for the log. Never build an error page by hand: the
//!   `localise_errors` layer (`web/middleware.rs`) turns the marker this type leaves into the 404 or
//!   500 page in the reader's language, and adds `Vary` when that language came from the
//!   reader's headers rather than the URL (`web/error_page.rs`).
//! - JSON handlers under `/api` return `Result<Response, ApiError>` (`web/api/mod.rs`): the
//!   documented JSON error body, never HTML.
//! - Loading files reports into `diagnostics::Diagnostics` (path, line, message), never a response.
//! - `anyhow` only at the edges: `main.rs`, and as the cause inside `PageError::Internal`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// A page that cannot be answered as asked.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// Nothing is published at this address.
    #[error("not found")]
    NotFound,
    /// We failed; the cause goes to the log, never to the reader.
    #[error("internal error: {0:#}")]
    Internal(#[from] anyhow::Error),
}

/// Left on a response by `PageError` (and by a caught panic) for the localising layer: the status
/// of the error page to render in its place.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPageWanted(pub StatusCode);

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let status = match &self {
            PageError::NotFound => StatusCode::NOT_FOUND,
            PageError::Internal(e) => {
                tracing::error!(error = %format!("{e:#}"), "page failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let mut r = status.into_response();
        r.extensions_mut().insert(ErrorPageWanted(status));
        r
    }
}

/// Left on every error answer the portal made itself — an error page, a refusal page, a form shown
/// again with its errors, a JSON error — by the few functions that make them
/// (`render::html_response`, `api::json`, `error_page::api_error`, the localising layer's copies
/// from the page cache). The localising layer replaces every error answer that lacks it with the
/// page (or the JSON error) of its status, so whatever the framework refuses (axum's 405, an
/// extractor's 400/413/415, the timeout's 503, a body we forgot to mark) never reaches a reader
/// as bare text. Exact, where a guess from the `Content-Type` was not: an HTML or JSON refusal
/// that no template of ours wrote would have passed for ours. Tests read it from in-process
/// answers (`tests/site/refusals.rs`, the router's property tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OwnAnswer;

/// Marks `response` as ours when it is an error answer (a success needs no mark).
pub fn mark_own(response: &mut Response) {
    let status = response.status();
    if status.is_client_error() || status.is_server_error() {
        response.extensions_mut().insert(OwnAnswer);
    }
}

/// Whether `response` is an error answer the portal did not make itself.
pub fn is_bare_error(response: &Response) -> bool {
    let status = response.status();
    (status.is_client_error() || status.is_server_error())
        && response.extensions().get::<OwnAnswer>().is_none()
}

/// The axum fallback: every path no route matches.
pub async fn not_found() -> PageError {
    PageError::NotFound
}
