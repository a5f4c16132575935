//! Who is reading: the snapshot to answer with, the reader's language, whether that language was
//! negotiated from their headers, and the instant of the request.
//!
//! Language choice lives here and only here: the language prefix of the URL when there is one
//! (a link always opens in the language it was shared in); otherwise the cookie set by the switcher,
//! then `Accept-Language`, then the source language. An answer whose language was negotiated must
//! say so to caches (`Vary`), which `vary_on_language` does for redirects and error pages alike.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{FromRequestParts, Path, rejection::PathRejection};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use cookie::Cookie;

use super::AppState;
use super::error::PageError;
use crate::config::Direction;
use crate::i18n::negotiate::negotiate;
use crate::site::Site;

/// The cookie the language switcher sets.
pub const COOKIE_NAME: &str = "lang";

/// The request headers a negotiated answer depends on.
const VARY_LANGUAGE: &str = "Accept-Language, Cookie";

/// A language chosen for a reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen {
    pub lang: String,
    /// From the reader's headers (cookie or `Accept-Language`), not from the URL.
    pub negotiated: bool,
}

/// The language for a reader with these headers: cookie, then `Accept-Language`, then the source.
pub fn negotiated(site: &Site, headers: &HeaderMap) -> String {
    if let Some(code) = headers
        .get(header::COOKIE)
        .and_then(|c| c.to_str().ok())
        .and_then(cookie_language)
        && site.config.language(&code).is_some()
    {
        return code;
    }
    let available: Vec<_> = site.config.languages.iter().map(|l| l.id.clone()).collect();
    let default = site.config.source().id.clone();
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    negotiate(accept, &available, &default).to_string()
}

/// The language of an answer for `path`: its prefix if that is a language, else the reader's.
pub fn for_path(site: &Site, path: &str, headers: &HeaderMap) -> Chosen {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    if site.config.language(first).is_some() {
        return Chosen {
            lang: first.to_string(),
            negotiated: false,
        };
    }
    Chosen {
        lang: negotiated(site, headers),
        negotiated: true,
    }
}

fn cookie_language(header: &str) -> Option<String> {
    Cookie::split_parse(header)
        .filter_map(Result::ok)
        .find(|c| c.name() == COOKIE_NAME)
        .map(|c| c.value().to_string())
}

/// Marks an answer whose language came from the reader's headers, so that a shared cache does not
/// send every visitor the first visitor's language.
pub fn vary_on_language(r: &mut Response) {
    r.headers_mut()
        .append(header::VARY, HeaderValue::from_static(VARY_LANGUAGE));
}

/// The reader of one request. As an extractor it fails with `PageError::NotFound` when the URL's
/// language is not one of the site's, or a path segment is not UTF-8: both are addresses nothing
/// is published at.
pub struct Reader {
    /// The snapshot for the whole request, even if a reload happens meanwhile.
    pub site: Arc<Site>,
    pub lang: String,
    pub negotiated: bool,
    /// The instant the request is answered at (the state's clock: fixed in tests).
    pub now: DateTime<Utc>,
    params: HashMap<String, String>,
}

impl Reader {
    /// A route parameter. A name the route does not have is our bug, not the reader's.
    pub fn param(&self, name: &str) -> Result<&str, PageError> {
        self.params.get(name).map(String::as_str).ok_or_else(|| {
            PageError::Internal(anyhow::anyhow!("the route has no parameter `{name}`"))
        })
    }

    /// The reader's language and its fallbacks, in order.
    pub fn chain(&self) -> Vec<&str> {
        self.site.config.chain(&self.lang)
    }

    /// The writing direction of `code` (a language of the site; others read left to right).
    pub fn dir_of(&self, code: &str) -> Direction {
        direction(&self.site, code)
    }

    /// A redirect to `to`; when the target was chosen from the reader's headers it varies on them
    /// and may be kept only by the reader's own browser.
    pub fn redirect(&self, to: &str) -> Response {
        let mut r = Redirect::to(to).into_response();
        if self.negotiated {
            vary_on_language(&mut r);
            r.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-cache"),
            );
        }
        r
    }
}

/// The writing direction of `code` on `site`.
pub fn direction(site: &Site, code: &str) -> Direction {
    site.config.language(code).map_or(Direction::Ltr, |l| l.dir)
}

impl FromRequestParts<AppState> for Reader {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let site = state.site();
        let params = match Path::<HashMap<String, String>>::from_request_parts(parts, state).await {
            Ok(Path(p)) => p,
            // A route without parameters.
            Err(PathRejection::MissingPathParams(_)) => HashMap::new(),
            // Not UTF-8, or otherwise not a segment any page has.
            Err(_) => return Err(PageError::NotFound),
        };
        let (lang, negotiated) = match params.get("lang") {
            Some(lang) if site.config.language(lang).is_some() => (lang.clone(), false),
            Some(_) => return Err(PageError::NotFound),
            None => (negotiated(&site, &parts.headers), true),
        };
        Ok(Reader {
            now: state.now(),
            site,
            lang,
            negotiated,
            params,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_is_found_among_others() {
        assert_eq!(cookie_language("a=1; lang=uk; b=2").as_deref(), Some("uk"));
        assert_eq!(cookie_language("garbage;;=").as_deref(), None);
    }
}
