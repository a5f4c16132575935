//! JSON for other systems, documented field by field in `docs/api.md`: `/api/services` (our own
//! shape, with the services page's filters), the HSDS 3.0 endpoints under `/api/hsds/`, and
//! `/api/search` / `/api/suggest`.
//!
//! Every answer goes through `json`: open data that any origin may read
//! (`Access-Control-Allow-Origin: *`), `Cache-Control: no-cache` ("open now" changes by the minute,
//! and a reload may change anything), pretty-printed UTF-8. Handlers return
//! `Result<Response, ApiError>`; an error is a JSON body `{"error": "…"}`, never an HTML page. Bad
//! query values fall back to defaults, as on the pages.

mod hsds;
mod search;
mod services;

pub use hsds::{hsds_root, hsds_service, hsds_services};
pub use search::{search, suggest};
pub use services::{service, services};

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::query::QueryPairs;
use crate::site::Site;

/// What an API handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No service has this id (shown as it came, or as its URL spelling when not text).
    #[error("no service `{0}`")]
    NoService(String),
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = match &self {
            ApiError::NoService(_) => StatusCode::NOT_FOUND,
            ApiError::Internal(e) => {
                tracing::error!(error = %format!("{e:#}"), "API answer failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        #[derive(Serialize)]
        struct Body {
            error: String,
        }
        json(
            status,
            &Body {
                error: self.to_string(),
            },
        )
    }
}

/// How an answer is laid out: the directory's answers are read by people integrating with us
/// (pretty); the search answers are read by the suggestion script on every keystroke (compact).
#[derive(Clone, Copy)]
enum Layout {
    Pretty,
    Compact,
}

/// Every JSON answer, with the headers `docs/api.md` promises.
fn json(status: StatusCode, body: &impl Serialize) -> Response {
    json_laid_out(status, body, Layout::Pretty)
}

fn json_laid_out(status: StatusCode, body: &impl Serialize, layout: Layout) -> Response {
    let bytes = match layout {
        Layout::Pretty => serde_json::to_vec_pretty(body),
        Layout::Compact => serde_json::to_vec(body),
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            tracing::error!(error = %e, "JSON serialisation failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let mut r = (status, bytes).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    super::error::mark_own(&mut r);
    r
}

/// A 200 answer.
fn ok(body: &impl Serialize) -> Result<Response, ApiError> {
    Ok(json(StatusCode::OK, body))
}

/// A 200 answer without white space.
fn ok_compact(body: &impl Serialize) -> Result<Response, ApiError> {
    Ok(json_laid_out(StatusCode::OK, body, Layout::Compact))
}

/// `lang=` if it is a language of the portal, else the source language.
fn language(site: &Site, query: &QueryPairs) -> String {
    query
        .first("lang")
        .filter(|l| site.config.language(l).is_some())
        .map_or_else(|| site.config.source_language.clone(), str::to_string)
}
