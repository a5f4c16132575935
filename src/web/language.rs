//! The language routes: `/` goes to the reader's language, `/{lang}` gains its slash, and the
//! switcher's `/set-lang/{code}` remembers a choice. Which language a reader gets is decided in
//! `web/reader.rs`.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use cookie::Cookie;

use super::error::PageError;
use super::query::QueryPairs;
use super::reader::{COOKIE_NAME, Reader};
use crate::urls;

/// A year: the choice is a preference, not a session.
const COOKIE_MAX_AGE: i64 = 365 * 24 * 3600;

/// `/`: the home page in the reader's language.
pub async fn root(r: Reader) -> Response {
    r.redirect(&urls::home(&r.lang))
}

/// `/{lang}`: the home page's address has a slash.
pub async fn add_slash(r: Reader) -> Response {
    Redirect::permanent(&urls::home(&r.lang)).into_response()
}

/// The language switcher's links: remember the choice and go to the same page in that language.
/// `next` is a path inside the language (`guides/pesel`, `search?q=pesel`), never a URL, so this
/// cannot be used to send someone off-site.
pub async fn set_language(r: Reader, query: QueryPairs) -> Result<Response, PageError> {
    let code = r.param("code")?;
    if r.site.config.language(code).is_none() {
        return Err(PageError::NotFound);
    }
    let code = code.to_string();
    // Over https the cookie never travels in clear text.
    let secure = r.site.config.base_url.starts_with("https://");
    let within = safe_next(query.first("next").unwrap_or(""));
    let mut r = Redirect::to(&urls::within(&code, &within)).into_response();
    let cookie = Cookie::build((COOKIE_NAME, code))
        .path("/")
        .max_age(cookie::time::Duration::seconds(COOKIE_MAX_AGE))
        .same_site(cookie::SameSite::Lax)
        .http_only(true)
        .secure(secure)
        .build();
    if let Ok(v) = HeaderValue::from_str(&cookie.to_string()) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(r)
}

/// The page to go back to: a path inside the language, checked, and its query string rebuilt from
/// its decoded pairs so nothing unencoded passes through. Anything else means the home page.
pub(super) fn safe_next(next: &str) -> String {
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
}
