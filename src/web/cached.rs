//! The page cache on the request path (`page_cache.rs` keeps the bytes; this turns them into
//! answers).
//!
//! Caching is opt-in per route (`router` wraps the routes whose answer depends only on the
//! snapshot, and on the clock through `ValidUntil`): a page that reads anything of the visitor
//! (accounts, the search that records gaps) must never be shared, and a route nobody marked is not.
//! What is never cached even on a marked route: requests with a query string (a random-query flood
//! must not fill memory with one-off pages; filtered lists and searches stay dynamic), answers other
//! than 200, and answers that set a cookie. Error pages are cached by the localising layer
//! (`middleware.rs`) per status and language, whatever the path.
//!
//! A hit costs a map look-up and a clone of reference-counted bytes: no rendering, no compression,
//! no hashing. The answer carries the same headers as a fresh one (type, `Cache-Control`, `Vary`,
//! the ETag), with the body in the best encoding the browser accepts; `Precompressed` tells the
//! compression layer to leave it alone.

use std::sync::Arc;

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use chrono::{DateTime, Duration, TimeZone, Utc};

use super::AppState;
use super::error::{ErrorPageWanted, PageError};
use super::my_place;
use crate::directory::hours::{self, Hours};
use crate::page_cache::{Bodies, Encoding, Key, Rendered};

/// Left on a page by a handler whose text depends on the clock: the instant it may change.
#[derive(Debug, Clone, Copy)]
pub struct ValidUntil(pub DateTime<Utc>);

/// On an answer whose body is already encoded for this browser (or deliberately not): the
/// compression layer must not compress it again per request.
#[derive(Debug, Clone, Copy)]
pub struct Precompressed;

/// Marks `response` as true only until `until` (from `hours_bound`; `None`: for the snapshot).
pub fn valid_until(mut response: Response, until: Option<DateTime<Utc>>) -> Response {
    if let Some(t) = until {
        response.extensions_mut().insert(ValidUntil(t));
    }
    response
}

/// Until when what a page says about these schedules stays true: the next change of each ("open
/// until 15:30"), and the next midnight in Warsaw, when "today", "tomorrow" and the week's table
/// move on by a day. `None` without any schedule: "hours not known" does not change with time.
pub fn hours_bound<'a>(
    schedules: impl IntoIterator<Item = &'a Hours>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    schedules
        .into_iter()
        .map(|h| h.next_change(now))
        .reduce(DateTime::min)
        .map(|t| t.min(next_midnight(now)))
}

fn next_midnight(now: DateTime<Utc>) -> DateTime<Utc> {
    let tomorrow = hours::local_date(now)
        .succ_opt()
        .unwrap_or(hours::local_date(now));
    hours::TIME_ZONE
        .from_local_datetime(&tomorrow.and_time(chrono::NaiveTime::MIN))
        .earliest()
        .map_or(now + Duration::hours(1), |t| t.with_timezone(&Utc))
}

/// Which encodings the browser takes (`Accept-Encoding`, with q-values; `*` is any).
#[derive(Debug, Clone, Copy, Default)]
pub struct Accepted {
    br: bool,
    gzip: bool,
}

impl Accepted {
    pub fn of(headers: &HeaderMap) -> Accepted {
        let mut a = Accepted::default();
        for value in headers.get_all(header::ACCEPT_ENCODING) {
            let Ok(value) = value.to_str() else { continue };
            for item in value.split(',') {
                let mut parts = item.split(';');
                let coding = parts.next().unwrap_or("").trim();
                let q = parts
                    .filter_map(|p| p.trim().strip_prefix("q="))
                    .find_map(|q| q.trim().parse::<f32>().ok())
                    .unwrap_or(1.0);
                let yes = q > 0.0;
                if coding.eq_ignore_ascii_case("br") {
                    a.br = yes;
                } else if coding.eq_ignore_ascii_case("gzip") || coding == "*" {
                    a.gzip = yes;
                    if coding == "*" {
                        a.br = yes;
                    }
                }
            }
        }
        a
    }
}

/// What of the request an answer from the cache needs, read before the request moves on.
pub struct Asked {
    pub accepted: Accepted,
    if_none_match: Option<HeaderValue>,
}

impl Asked {
    pub fn of(headers: &HeaderMap) -> Asked {
        Asked {
            accepted: Accepted::of(headers),
            if_none_match: headers.get(header::IF_NONE_MATCH).cloned(),
        }
    }
}

/// The route layer of every page that depends only on the snapshot (and the clock).
pub async fn snapshot_page(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if (req.method() != Method::GET && req.method() != Method::HEAD) || req.uri().query().is_some()
    {
        return next.run(req).await;
    }
    let snapshot = state.live.snapshot();
    if !snapshot.pages.is_enabled() {
        return next.run(req).await;
    }
    let shared = Key::path(req.uri().path());
    // "My municipality" (`my_place.rs`): a page that varies with it is kept once per place, and
    // once for everybody without a (valid) choice; a page that does not vary stays one copy.
    let mut own = None;
    if let Some(place) = my_place::chosen(&snapshot.site, req.headers()) {
        let mut key = shared.clone();
        key.variant = Some(place.id.as_str().into());
        own = Some(key);
    }
    let asked = Asked::of(req.headers());
    let now = state.now();
    if let Some(key) = &own
        && let Some(hit) = snapshot.pages.get(key, now)
    {
        return answer(&hit, &asked).await;
    }
    if let Some(hit) = snapshot.pages.get(&shared, now) {
        // The shared copy of a page that varies is the one without a choice.
        if own.is_none() || !varies_with_choice(&hit.headers) {
            return answer(&hit, &asked).await;
        }
    }
    // Only a GET is kept: whatever a HEAD's body becomes on its way must never be a page.
    if req.method() != Method::GET {
        return next.run(req).await;
    }
    let response = next.run(req).await;
    if response.status() != StatusCode::OK
        || response.extensions().get::<ErrorPageWanted>().is_some()
        || response.headers().contains_key(header::SET_COOKIE)
    {
        return response;
    }
    match keep(response).await {
        Ok(rendered) => {
            let key = match own {
                Some(key) if varies_with_choice(&rendered.headers) => key,
                _ => shared,
            };
            snapshot.pages.insert(key, rendered.clone());
            answer(&rendered, &asked).await
        }
        Err(e) => e.into_response(),
    }
}

/// Whether a kept page said it varies with the visitor's cookie (`my_place::vary`).
fn varies_with_choice(headers: &[(String, String)]) -> bool {
    headers.iter().any(|(name, value)| {
        name == "vary"
            && value
                .split(',')
                .any(|v| v.trim().eq_ignore_ascii_case("cookie"))
    })
}

/// Reads a fresh answer whole and hashes it once (off the async runtime); its compressed copies
/// are made by the first [`answer`] that needs each.
pub async fn keep(response: Response) -> Result<Arc<Rendered>, PageError> {
    let (parts, body) = response.into_parts();
    // Our own answers are already in memory: reading them has no limit to enforce.
    let body = to_bytes(body, usize::MAX)
        .await
        .map_err(|e| anyhow::anyhow!("reading a page to cache it: {e}"))?;
    let headers = parts
        .headers
        .iter()
        .filter(|(n, _)| {
            *n != header::CONTENT_LENGTH && *n != header::CONTENT_ENCODING && *n != header::ETAG
        })
        .filter_map(|(n, v)| Some((n.as_str().to_string(), v.to_str().ok()?.to_string())))
        .collect();
    let until = parts.extensions.get::<ValidUntil>().map(|v| v.0);
    let status = parts.status.as_u16();
    let rendered = tokio::task::spawn_blocking(move || Rendered::new(status, headers, body, until))
        .await
        .map_err(|e| anyhow::anyhow!("hashing a page: {e}"))?;
    Ok(Arc::new(rendered))
}

/// The answer to one request from kept bytes: 304 when the browser has this version, else the
/// body in the best encoding it takes. The first request for an encoding compresses the page
/// (on a blocking thread, never on the threads that answer); every later one sends the bytes.
pub async fn answer(kept: &Arc<Rendered>, asked: &Asked) -> Response {
    let accepted = asked.accepted;
    if needs_compressing(&kept.bodies, accepted) {
        let k = kept.clone();
        if let Err(e) = tokio::task::spawn_blocking(move || {
            choose(&k.bodies, accepted);
        })
        .await
        {
            tracing::error!(error = %e, "compressing a page");
        }
    }
    answer_now(kept, asked)
}

/// The encodings a browser takes, best first: the order [`choose`] tries them in.
fn preferred(accepted: Accepted) -> [(bool, Encoding); 2] {
    [
        (accepted.br, Encoding::Brotli),
        (accepted.gzip, Encoding::Gzip),
    ]
}

/// Whether [`choose`] would compress now. Only the encoding it would send counts: asking
/// "is every encoding the browser takes made?" stayed true for ever for `br, gzip` (gzip is never
/// made once brotli is), and sent every request through the blocking pool (issue 8: 2.5
/// thread switches per request, half nginx's throughput).
fn needs_compressing(bodies: &Bodies, accepted: Accepted) -> bool {
    for (yes, e) in preferred(accepted) {
        if !yes {
            continue;
        }
        if !bodies.ready(e) {
            return true;
        }
        // Made already, so cheap: a copy that was not smaller than the page is `None`, and the
        // next encoding is tried as `choose` does.
        if bodies.encoded(e).is_some() {
            return false;
        }
    }
    false
}

/// The body to send for `accepted`, and its encoding: brotli, else gzip, else the page itself
/// (compressing it if this is the first time).
fn choose(bodies: &Bodies, accepted: Accepted) -> (&Bytes, Option<&'static str>) {
    for (yes, e) in preferred(accepted) {
        // Only an encoding the browser takes is made: making it is the expensive part.
        if !yes {
            continue;
        }
        if let Some(body) = bodies.encoded(e) {
            return (body, Some(e.as_str()));
        }
    }
    (&bodies.identity, None)
}

fn answer_now(kept: &Rendered, asked: &Asked) -> Response {
    let status = StatusCode::from_u16(kept.status).unwrap_or(StatusCode::OK);
    let tagged = status == StatusCode::OK;
    let etag = tagged
        .then(|| HeaderValue::try_from(format!("W/\"{}\"", kept.etag)).ok())
        .flatten();
    let b = &kept.bodies;
    let varies = b.varies();
    if let (Some(tag), Some(inm)) = (&etag, asked.if_none_match.as_ref())
        && inm.to_str().is_ok_and(|inm| matches_etag(inm, &kept.etag))
    {
        let mut r = Response::new(Body::empty());
        *r.status_mut() = StatusCode::NOT_MODIFIED;
        for (name, value) in &kept.headers {
            if ["cache-control", "vary", "content-location", "expires"].contains(&name.as_str()) {
                put(r.headers_mut(), name, value);
            }
        }
        if varies {
            r.headers_mut()
                .append(header::VARY, HeaderValue::from_static("accept-encoding"));
        }
        r.headers_mut().insert(header::ETAG, tag.clone());
        r.extensions_mut().insert(Precompressed);
        return r;
    }
    let (body, encoding) = choose(b, asked.accepted);
    let mut r = Response::new(Body::from(body.clone()));
    *r.status_mut() = status;
    let h = r.headers_mut();
    for (name, value) in &kept.headers {
        put(h, name, value);
    }
    if varies {
        h.append(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    if let Some(enc) = encoding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(enc));
    }
    if let Some(tag) = etag {
        h.insert(header::ETAG, tag);
    }
    r.extensions_mut().insert(Precompressed);
    // For the static export, which must leave clock-dependent pages to the server.
    if let Some(t) = kept.valid_until {
        r.extensions_mut().insert(ValidUntil(t));
    }
    r
}

/// `If-None-Match` uses weak comparison: `W/"x"` and `"x"` match.
pub(super) fn matches_etag(header: &str, hex: &str) -> bool {
    header
        .split(',')
        .map(str::trim)
        .any(|t| t == "*" || t.trim_start_matches("W/").trim_matches('"') == hex)
}

fn put(headers: &mut HeaderMap, name: &str, value: &str) {
    if let (Ok(n), Ok(v)) = (
        HeaderName::from_bytes(name.as_bytes()),
        HeaderValue::from_str(value),
    ) {
        headers.append(n, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepted(v: &str) -> Accepted {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(v).unwrap());
        Accepted::of(&h)
    }

    #[test]
    fn weak_comparison() {
        assert!(matches_etag("W/\"abc\"", "abc"));
        assert!(matches_etag("\"x\", \"abc\"", "abc"));
        assert!(matches_etag("*", "abc"));
        assert!(!matches_etag("\"abd\"", "abc"));
    }

    // Start-up (issue 8): the self-check's requests take no encoding, and must not pay for
    // brotli's best quality; a browser that takes only gzip gets gzip without brotli being made.
    #[test]
    fn only_the_encodings_asked_for_are_made() {
        let page = "<p>Witaj w Gdańsku</p>\n".repeat(200);
        let kept = Rendered::new(
            200,
            vec![("content-type".into(), "text/html; charset=utf-8".into())],
            Bytes::from(page.clone()),
            None,
        );
        let (body, encoding) = choose(&kept.bodies, Accepted::default());
        assert_eq!((body.len(), encoding), (page.len(), None));
        assert!(!kept.bodies.ready(Encoding::Brotli) && !kept.bodies.ready(Encoding::Gzip));
        let (_, encoding) = choose(&kept.bodies, accepted("gzip"));
        assert_eq!(encoding, Some("gzip"));
        assert!(
            !kept.bodies.ready(Encoding::Brotli),
            "brotli was made for a gzip-only browser"
        );
        let (_, encoding) = choose(&kept.bodies, accepted("br, gzip"));
        assert_eq!(encoding, Some("br"));
    }

    // Issue 8: once the encoding a browser gets is made, its requests are answered without the
    // blocking pool, even though the other encoding it takes is never made.
    #[test]
    fn a_made_page_needs_no_more_compressing() {
        let page = "<p>Witaj w Gdańsku</p>\n".repeat(200);
        let kept = Rendered::new(
            200,
            vec![("content-type".into(), "text/html; charset=utf-8".into())],
            Bytes::from(page),
            None,
        );
        let both = accepted("br, gzip");
        assert!(needs_compressing(&kept.bodies, both));
        assert!(needs_compressing(&kept.bodies, accepted("gzip")));
        choose(&kept.bodies, both);
        assert!(!needs_compressing(&kept.bodies, both));
        assert!(!kept.bodies.ready(Encoding::Gzip));
        assert!(needs_compressing(&kept.bodies, accepted("gzip")));
        assert!(!needs_compressing(&kept.bodies, Accepted::default()));
        // A page that does not shrink is never compressed, and never asks to be.
        let tiny = Rendered::new(
            200,
            vec![("content-type".into(), "text/html; charset=utf-8".into())],
            Bytes::from_static(b"x"),
            None,
        );
        choose(&tiny.bodies, both);
        assert!(!needs_compressing(&tiny.bodies, both));
    }

    #[test]
    fn accept_encoding_with_q_values() {
        let a = accepted("gzip, deflate, br;q=0.9");
        assert!(a.br && a.gzip);
        let a = accepted("br;q=0, gzip");
        assert!(!a.br && a.gzip);
        let a = accepted("*");
        assert!(a.br && a.gzip);
        let a = accepted("identity");
        assert!(!a.br && !a.gzip);
        assert!(!Accepted::of(&HeaderMap::new()).gzip);
    }

    #[test]
    fn the_next_midnight_is_warsaw_midnight() {
        let now = hours::warsaw(2026, 11, 24, 23, 59).unwrap();
        assert_eq!(
            next_midnight(now),
            hours::warsaw(2026, 11, 25, 0, 0).unwrap()
        );
        // The spring change happens at 2:00, so midnight exists every day.
        let spring = hours::warsaw(2027, 3, 27, 12, 0).unwrap();
        assert_eq!(
            next_midnight(spring),
            hours::warsaw(2027, 3, 28, 0, 0).unwrap()
        );
    }
}
