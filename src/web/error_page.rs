//! The error pages (404, 500, and the server's refusals: 400, 405, 413, 503…), always in the
//! reader's language, always with a way back (home, or the list of languages); and the JSON error
//! of the same statuses under `/api/`. Only the localising layer calls this: handlers return a
//! `PageError` or an `ApiError`.

use axum::http::{HeaderValue, StatusCode, header};
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

/// The interface strings of the page for `status`: the statuses a reader can meet have their own
/// words; any other client error reads as a bad request, any other server error as ours.
fn messages(status: StatusCode) -> (&'static str, &'static str) {
    match status.as_u16() {
        404 | 410 => ("error-404-title", "error-404-text"),
        405 => ("error-405-title", "error-405-text"),
        413 => ("error-413-title", "error-413-text"),
        503 | 504 => ("error-503-title", "error-503-text"),
        400..=499 => ("error-400-title", "error-400-text"),
        _ => ("error-500-title", "error-500-text"),
    }
}

/// The error page for `status` in the chosen language, varying on the reader's headers when the
/// language came from them.
pub fn error_page(site: &Site, chosen: &Chosen, status: StatusCode) -> Response {
    let (title_id, text_id) = messages(status);
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

/// The JSON error of `status` under `/api/`, with the headers of every JSON answer (docs/api.md):
/// `{"error": "method not allowed"}`.
pub fn api_error(status: StatusCode) -> Response {
    let reason = status
        .canonical_reason()
        .unwrap_or("error")
        .to_ascii_lowercase();
    let body = serde_json::json!({ "error": reason }).to_string();
    let mut r = (status, body).into_response();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_words() {
        assert_eq!(
            messages(StatusCode::METHOD_NOT_ALLOWED).0,
            "error-405-title"
        );
        assert_eq!(messages(StatusCode::URI_TOO_LONG).0, "error-400-title");
        assert_eq!(messages(StatusCode::GATEWAY_TIMEOUT).0, "error-503-title");
        assert_eq!(messages(StatusCode::NOT_IMPLEMENTED).0, "error-500-title");
    }
}
