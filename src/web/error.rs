//! The one place where failures become error pages, always in the reader's language, always with a
//! way back (home, or the list of languages).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::AppState;
use super::render::{frame, html_response, page};
use crate::site::Site;

#[derive(Serialize)]
struct ErrorPage {
    status: u16,
    title_id: &'static str,
    text_id: &'static str,
}

pub fn not_found_page(site: &Site, lang: &str) -> Response {
    let f = frame(site, lang, "", lang, &[]);
    page(
        site,
        "error.html",
        f,
        ErrorPage {
            status: 404,
            title_id: "error-404-title",
            text_id: "error-404-text",
        },
        StatusCode::NOT_FOUND,
    )
}

pub fn internal_page(site: &Site, lang: &str) -> Response {
    let f = frame(site, lang, "", lang, &[]);
    let ctx = minijinja::context! {
        page => minijinja::Value::from(minijinja::value::Serde(ErrorPage { status: 500, title_id: "error-500-title", text_id: "error-500-text" })),
        ..minijinja::Value::from(minijinja::value::Serde(&f))
    };
    // If even the error template fails, say so plainly rather than loop.
    match site
        .theme
        .env
        .get_template("error.html")
        .and_then(|t| t.render(ctx))
    {
        Ok(html) => html_response(html, StatusCode::INTERNAL_SERVER_ERROR),
        Err(e) => {
            tracing::error!(error = %e, "the error template itself failed");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "500 Internal Server Error",
            )
                .into_response()
        }
    }
}

/// A response whose language came from the reader's headers must say so to caches.
pub fn vary_by_language(mut r: Response) -> Response {
    r.headers_mut().insert(
        header::VARY,
        axum::http::HeaderValue::from_static("Accept-Language, Cookie, Accept-Encoding"),
    );
    r
}

pub async fn fallback(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let site = state.site();
    let lang = super::lang::for_error(
        &site,
        uri.path(),
        headers.get(header::ACCEPT_LANGUAGE),
        headers.get(header::COOKIE),
    );
    vary_by_language(not_found_page(&site, &lang))
}
