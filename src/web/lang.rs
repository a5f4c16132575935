//! Choosing the reader's language: the cookie set by the switcher, then `Accept-Language`, then
//! the source language. Only `/`, the short links and error pages choose; every other URL carries
//! its language in its path, so a link always opens in the language it was shared in.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use cookie::Cookie;
use serde::Deserialize;

use super::AppState;
use super::error;
use crate::i18n::negotiate::negotiate;
use crate::site::Site;

pub const COOKIE_NAME: &str = "lang";
/// A year: the choice is a preference, not a session.
const COOKIE_MAX_AGE: i64 = 365 * 24 * 3600;

/// The language for a reader with these headers.
pub fn choose(site: &Site, accept: Option<&HeaderValue>, cookie: Option<&HeaderValue>) -> String {
    if let Some(code) = cookie
        .and_then(|c| c.to_str().ok())
        .and_then(cookie_language)
    {
        if site.config.language(&code).is_some() {
            return code;
        }
    }
    let available: Vec<_> = site.config.languages.iter().map(|l| l.id.clone()).collect();
    let default = site.config.source().id.clone();
    let accept = accept.and_then(|v| v.to_str().ok()).unwrap_or("");
    negotiate(accept, &available, &default).to_string()
}

fn cookie_language(header: &str) -> Option<String> {
    Cookie::split_parse(header)
        .filter_map(Result::ok)
        .find(|c| c.name() == COOKIE_NAME)
        .map(|c| c.value().to_string())
}

/// The language of an error page for `path`: its prefix if it is a language, else the reader's.
pub fn for_error(
    site: &Site,
    path: &str,
    accept: Option<&HeaderValue>,
    cookie: Option<&HeaderValue>,
) -> String {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    if site.config.language(first).is_some() {
        return first.to_string();
    }
    choose(site, accept, cookie)
}

/// Redirects that depend on the reader's headers must say so, or a shared cache would send every
/// visitor the first visitor's language.
pub(super) fn negotiated_redirect(to: &str) -> Response {
    let mut r = Redirect::to(to).into_response();
    r.headers_mut().insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    r
}

pub async fn root(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let site = state.site();
    let lang = choose(
        &site,
        headers.get(header::ACCEPT_LANGUAGE),
        headers.get(header::COOKIE),
    );
    negotiated_redirect(&format!("/{lang}/"))
}

/// `/g/{slug}`: the short link a desk clerk gives out, opening the guide in the visitor's language.
pub async fn short_guide_link(
    State(state): State<AppState>,
    slug: Result<Path<String>, axum::extract::rejection::PathRejection>,
    headers: HeaderMap,
) -> Response {
    let site = state.site();
    let lang = choose(
        &site,
        headers.get(header::ACCEPT_LANGUAGE),
        headers.get(header::COOKIE),
    );
    // A slug that is not even UTF-8 is just another guide that does not exist.
    let slug = slug.map(|Path(s)| s).unwrap_or_default();
    if site.content.guide(&slug).is_none() {
        return error::vary_by_language(error::not_found_page(&site, &lang));
    }
    negotiated_redirect(&format!("/{lang}/guides/{slug}"))
}

pub async fn add_slash(params: super::params::Params) -> Response {
    Redirect::permanent(&format!("/{}/", params.lang)).into_response()
}

#[derive(Deserialize)]
pub struct Next {
    #[serde(default)]
    next: String,
}

/// The language switcher's links: remember the choice and go to the same page in that language.
/// `next` is a path inside the language (`guides/pesel`, `search?q=pesel`), never a URL, so this
/// cannot be used to send someone off-site.
pub async fn set_language(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(next): Query<Next>,
) -> Response {
    let site = state.site();
    if site.config.language(&code).is_none() {
        return error::not_found_page(&site, &site.config.source_language);
    }
    let within = safe_next(&next.next);
    let mut r = Redirect::to(&format!("/{code}/{within}")).into_response();
    let cookie = Cookie::build((COOKIE_NAME, code))
        .path("/")
        .max_age(cookie::time::Duration::seconds(COOKIE_MAX_AGE))
        .same_site(cookie::SameSite::Lax)
        .http_only(true)
        .build();
    if let Ok(v) = HeaderValue::from_str(&cookie.to_string()) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// The page to go back to: a path inside the language, checked, and its query string rebuilt from
/// its decoded pairs so nothing unencoded passes through. Anything else means the home page.
fn safe_next(next: &str) -> String {
    if next.len() > 1000 {
        return String::new();
    }
    let (path, query) = next.split_once('?').unwrap_or((next, ""));
    if !is_safe_inner_path(path) {
        return String::new();
    }
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    if pairs.is_empty() {
        return path.to_string();
    }
    let query = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    format!("{path}?{query}")
}

fn is_safe_inner_path(p: &str) -> bool {
    p.len() <= 200
        && !p.starts_with('/')
        && !p.contains("//")
        && !p.contains("..")
        && p.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_string_survives_rebuilt() {
        assert_eq!(
            safe_next("search?q=karta pobytu&topic=work"),
            "search?q=karta+pobytu&topic=work"
        );
        assert_eq!(safe_next("search?q=%3Cscript%3E"), "search?q=%3Cscript%3E");
        assert_eq!(safe_next("//evil?q=1"), "");
        assert_eq!(safe_next("services?"), "services");
    }

    #[test]
    fn only_inner_paths_are_followed() {
        assert!(is_safe_inner_path("guides/pesel"));
        assert!(is_safe_inner_path(""));
        assert!(!is_safe_inner_path("//evil.example"));
        assert!(!is_safe_inner_path("https://evil.example"));
        assert!(!is_safe_inner_path("../x"));
        assert!(!is_safe_inner_path("/x"));
    }

    #[test]
    fn cookie_is_found_among_others() {
        assert_eq!(cookie_language("a=1; lang=uk; b=2").as_deref(), Some("uk"));
        assert_eq!(cookie_language("garbage;;=").as_deref(), None);
    }
}
