//! "My municipality": a visitor may tell the portal where they live, so that a guide's local step
//! names their office (`local_steps.rs`) and the services list offers their county. Never required:
//! every page works without it.
//!
//! The choice is one cookie holding only a place's id (no personal data, no session), set by a
//! plain form's POST to `/my-municipality` and answered with 303 back to the page the form was on.
//! A cookie value is trusted only as far as the current snapshot knows the id: anything else is
//! ignored as if there were no cookie, so an old, forged or malformed value can never fail a page.
//!
//! CSRF: the visitor has no session, so there is no token to tie the form to; like the feedback
//! forms, the POST must come from a page of this site by its `Origin` (or `Referer`), and the
//! cookie is `SameSite=Lax`. The worst another site could do past that is set a municipality the
//! visitor can see and change on every page that uses it.

use axum::body::{Body, to_bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use cookie::Cookie;

use super::AppState;
use super::feedback::{FORM_BODY_BYTES, is_form, same_origin};
use super::language::safe_next;
use super::query::QueryPairs;
use super::reader::negotiated;
use super::refusal::Refusal;
use crate::municipalities::Place;
use crate::site::Site;
use crate::urls;

/// The cookie that holds the chosen place's id.
pub const COOKIE_NAME: &str = "municipality";

/// A year: a place one lives in is not a session.
const COOKIE_MAX_AGE: i64 = 365 * 24 * 3600;

/// Longer than any id the data can have (ids are slugs of place names).
const MAX_ID_BYTES: usize = 64;

/// The place the visitor chose, when their cookie names one the snapshot knows.
pub fn chosen<'a>(site: &'a Site, headers: &HeaderMap) -> Option<&'a Place> {
    let id = cookie_value(headers)?;
    site.municipalities.get(&id)
}

/// The raw cookie value, if it is short; the snapshot decides whether it names a place.
fn cookie_value(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == COOKIE_NAME)
        .map(|c| c.value().to_string())
        .filter(|v| !v.is_empty() && v.len() <= MAX_ID_BYTES)
}

/// Marks a page whose text depends on the choice: shared caches keep one copy per cookie, and
/// the page cache (`cached.rs`) one per chosen place.
pub fn vary(mut response: Response) -> Response {
    response
        .headers_mut()
        .append(header::VARY, HeaderValue::from_static("Cookie"));
    response
}

/// `POST /my-municipality`: `place=<id>` chooses, `forget` (any value) forgets; `lang` and `next`
/// (a path inside the language, with its query) say where to go back to. A refusal is a page in
/// the reader's language saying what went wrong, with a link back to the list to choose again
/// ([`Refused`]): 403 from another site, 415 for something that is not a form, 413 for a big
/// body, 400 for a place the portal does not know. No refusal sets a cookie.
pub async fn choose(State(state): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    let site = state.site();
    // Until the form is read, the reader's language is the one their headers ask for.
    let refuse = |why: Refused, lang: &str| why.page(&site, lang);
    if !same_origin(&site, &headers) {
        return refuse(Refused::OtherOrigin, &negotiated(&site, &headers));
    }
    if !is_form(&headers) {
        return refuse(Refused::NotAForm, &negotiated(&site, &headers));
    }
    let Ok(bytes) = to_bytes(body, FORM_BODY_BYTES).await else {
        return refuse(Refused::TooLarge, &negotiated(&site, &headers));
    };
    let fields = QueryPairs(form_urlencoded::parse(&bytes).into_owned().collect());
    let lang = fields
        .first("lang")
        .filter(|l| site.config.language(l).is_some())
        .map_or_else(|| negotiated(&site, &headers), str::to_string);
    let back = urls::within(&lang, &safe_next(fields.first("next").unwrap_or("")));
    let secure = site.config.base_url.starts_with("https://");
    let cookie = if fields.first("forget").is_some() {
        Cookie::build((COOKIE_NAME, ""))
            .max_age(cookie::time::Duration::ZERO)
            .expires(cookie::time::OffsetDateTime::UNIX_EPOCH)
    } else {
        let Some(place) = fields
            .first("place")
            .and_then(|id| site.municipalities.get(id))
        else {
            return refuse(Refused::UnknownPlace, &lang);
        };
        Cookie::build((COOKIE_NAME, place.id.clone()))
            .max_age(cookie::time::Duration::seconds(COOKIE_MAX_AGE))
    };
    let cookie = cookie
        .path("/")
        .same_site(cookie::SameSite::Lax)
        .http_only(true)
        .secure(secure)
        .build();
    // `Redirect::to` is a 303: the browser follows it with a GET.
    let mut r = Redirect::to(&back).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie.to_string()) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// Why a choice is refused; each has its words in `locales/<lang>/refusals.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refused {
    /// The form was posted from another site's page (its `Origin` or `Referer`).
    OtherOrigin,
    /// The body is not an HTML form's.
    NotAForm,
    /// The body is larger than any form of ours.
    TooLarge,
    /// No place, or one the snapshot does not know.
    UnknownPlace,
}

impl Refused {
    fn status(self) -> StatusCode {
        match self {
            Refused::OtherOrigin => StatusCode::FORBIDDEN,
            Refused::NotAForm => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Refused::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Refused::UnknownPlace => StatusCode::BAD_REQUEST,
        }
    }

    fn message_id(self) -> &'static str {
        match self {
            Refused::OtherOrigin => "my-place-refused-origin",
            Refused::NotAForm => "my-place-refused-not-a-form",
            Refused::TooLarge => "my-place-refused-too-large",
            Refused::UnknownPlace => "my-place-refused-unknown-place",
        }
    }

    /// The refusal page in `lang`. Every refusal leads back to the list of municipalities, which
    /// has the chooser: whatever went wrong, choosing again there works.
    fn page(self, site: &Site, lang: &str) -> Response {
        Refusal::new(self.status(), "my-place-refused-title", self.message_id())
            .back(urls::municipalities(lang), "my-place-refused-back")
            .page(site, lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(cookie: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, HeaderValue::from_str(cookie).unwrap());
        h
    }

    #[test]
    fn the_cookie_is_found_among_others_and_long_values_are_ignored() {
        assert_eq!(
            cookie_value(&headers("lang=uk; municipality=rumia")).as_deref(),
            Some("rumia")
        );
        assert_eq!(cookie_value(&headers("municipality=")), None);
        let long = format!("municipality={}", "a".repeat(65));
        assert_eq!(cookie_value(&headers(&long)), None);
        assert_eq!(cookie_value(&headers(";;=garbage")), None);
    }
}
