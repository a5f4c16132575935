//! The 404 and 500 pages, always in the reader's language, always with a way back (home, or the
//! list of languages). Only the localising layer calls this: handlers return a `PageError`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::reader::Chosen;
use super::render::{frame, html_response, render};
use crate::site::Site;

#[derive(Serialize)]
struct ErrorPage {
    status: u16,
    title_id: &'static str,
    text_id: &'static str,
}

/// The error page for `status` in the chosen language, varying on the reader's headers when the
/// language came from them.
pub fn error_page(site: &Site, chosen: &Chosen, status: StatusCode) -> Response {
    let (title_id, text_id) = if status == StatusCode::NOT_FOUND {
        ("error-404-title", "error-404-text")
    } else {
        ("error-500-title", "error-500-text")
    };
    let lang = &chosen.lang;
    let f = frame(site, lang, "", lang, &[]);
    let page = ErrorPage {
        status: status.as_u16(),
        title_id,
        text_id,
    };
    let mut r = match render(site, "error.html", &f, &page) {
        Ok(html) => html_response(html, status),
        // If even the error template fails, say so plainly rather than loop.
        Err(e) => {
            tracing::error!(error = %e, "the error template itself failed");
            (status, status.canonical_reason().unwrap_or("error")).into_response()
        }
    };
    if chosen.negotiated {
        super::reader::vary_on_language(&mut r);
    }
    r
}
