//! The middleware stack, outermost first. The order matters:
//!
//! 1. tracing sees every request and its final status;
//! 2. compression works on the final body, except of answers from the page cache, which carry
//!    their body already compressed once (`Precompressed`);
//! 3. security headers go on every response, errors and redirects too;
//! 4. error pages are localised: a handler's `PageError` and a panic's bare 500 become the 404 or
//!    500 page in the reader's language — the one error boundary of the pages (`web/error.rs`);
//!    each of those is rendered once per snapshot, status and language (`web/cached.rs`);
//! 5. a panic in a handler becomes a 500 instead of a dropped connection;
//! 6. a timeout bounds every request;
//! 7. the ETag is computed innermost, on the uncompressed body, so every encoding shares it.
//!    Cached pages (a route layer inside the router) come with their ETag and 304 already.
//!
//! Layers that read the path or the request's headers cost well under a microsecond each; what
//! cost tens of microseconds per request (rendering, gzip/brotli, SHA-256 of the body) is paid once
//! per snapshot for cached pages. `docs/deploy.md` has the measured cost of each layer.

use axum::Router;
use axum::body::{Body, HttpBody, to_bytes};
use axum::extract::DefaultBodyLimit;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::predicate::{DefaultPredicate, Predicate};
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use super::AppState;
use super::cached::{self, Asked, Precompressed, matches_etag};
use super::error::ErrorPageWanted;
use super::error_page::error_page;
use super::reader::for_path;

/// Styles and scripts only from our own origin: no inline code, so an injected `<script>` in
/// content could not run even if it got past the Markdown renderer.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; \
connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Marks a 500 produced by a caught panic, for the localising layer to replace.
const PANIC_MARKER: &str = "x-witaj-panic";

/// A body of unknown length (a stream) bigger than this is sent without an ETag rather than held
/// in memory to hash it. Bodies of known length (all of ours are in memory already) of any size
/// are hashed.
const MAX_HASHED_BODY: usize = 8 * 1024 * 1024;

/// The compression layer leaves what the page cache compressed once.
#[derive(Clone, Copy)]
struct NotPrecompressed;

impl Predicate for NotPrecompressed {
    fn should_compress<B: HttpBody>(&self, response: &axum::http::Response<B>) -> bool {
        response.extensions().get::<Precompressed>().is_none()
    }
}

pub fn apply(router: Router, state: AppState) -> Router {
    let limits = state.site().config.server.clone();
    router.layer(
        ServiceBuilder::new()
            .layer(TraceLayer::new_for_http())
            .layer(
                CompressionLayer::new()
                    .quality(CompressionLevel::Precise(6))
                    .compress_when(DefaultPredicate::new().and(NotPrecompressed)),
            )
            .layer(SetResponseHeaderLayer::if_not_present(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(CSP),
            ))
            .layer(SetResponseHeaderLayer::if_not_present(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ))
            .layer(SetResponseHeaderLayer::if_not_present(
                header::REFERRER_POLICY,
                HeaderValue::from_static("strict-origin-when-cross-origin"),
            ))
            .layer(from_fn_with_state(state, localise_errors))
            .layer(CatchPanicLayer::custom(|_| {
                let mut r = StatusCode::INTERNAL_SERVER_ERROR.into_response();
                r.headers_mut()
                    .insert(PANIC_MARKER, HeaderValue::from_static("1"));
                r
            }))
            .layer(TimeoutLayer::with_status_code(
                StatusCode::SERVICE_UNAVAILABLE,
                limits.request_timeout,
            ))
            // No page takes a body yet; forms will be small. Every body extractor refuses a larger
            // body with 413 before a handler sees it.
            .layer(DefaultBodyLimit::max(limits.max_body_bytes))
            .layer(from_fn(etag)),
    )
}

/// Renders the error page a `PageError` (or a caught panic) asked for, in the language of the URL's
/// prefix or else the reader's, varying on the reader's headers in the second case.
async fn localise_errors(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let mut headers = axum::http::HeaderMap::new();
    for name in [header::ACCEPT_LANGUAGE, header::COOKIE] {
        if let Some(v) = req.headers().get(&name) {
            headers.insert(name, v.clone());
        }
    }
    let asked = Asked::of(req.headers());
    let response = next.run(req).await;
    let wanted = if response.headers().contains_key(PANIC_MARKER) {
        tracing::error!(%path, "handler panicked");
        Some(StatusCode::INTERNAL_SERVER_ERROR)
    } else {
        response.extensions().get::<ErrorPageWanted>().map(|w| w.0)
    };
    let Some(status) = wanted else {
        return response;
    };
    let snapshot = state.live.snapshot();
    let site = &snapshot.site;
    let chosen = for_path(site, &path, &headers);
    let key = crate::page_cache::Key::error_page(status.as_u16(), &chosen.lang, chosen.negotiated);
    if let Some(hit) = snapshot.pages.get(&key, state.now()) {
        return cached::answer(&hit, &asked);
    }
    let page = error_page(site, &chosen, status);
    if !snapshot.pages.is_enabled() {
        return page;
    }
    match cached::keep(page).await {
        Ok(kept) => {
            snapshot.pages.insert(key, kept.clone());
            cached::answer(&kept, &asked)
        }
        Err(e) => {
            tracing::error!(error = %e, "the error page could not be kept");
            status.into_response()
        }
    }
}

/// Weak ETags on successful GET and HEAD answers, and 304 when the browser already has the page.
async fn etag(req: Request, next: Next) -> Response {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return next.run(req).await;
    }
    let if_none_match = req.headers().get(header::IF_NONE_MATCH).cloned();
    let response = next.run(req).await;
    if response.status() != StatusCode::OK || response.headers().contains_key(header::ETAG) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let limit = match body.size_hint().exact() {
        Some(len) => usize::try_from(len).unwrap_or(usize::MAX),
        // A stream of unknown length: sent as it comes, without an ETag.
        None if body.size_hint().lower() > MAX_HASHED_BODY as u64 => {
            return Response::from_parts(parts, body);
        }
        None => MAX_HASHED_BODY,
    };
    let bytes = match to_bytes(body, limit).await {
        Ok(b) => b,
        // A stream longer than it said: the localised 500 page, with the cause in the log.
        Err(e) => {
            return super::error::PageError::Internal(anyhow::anyhow!(
                "response body could not be read for its ETag: {e}"
            ))
            .into_response();
        }
    };
    let hex = crate::page_cache::etag_hex(&bytes);
    let tag = format!("W/\"{hex}\"");
    let Ok(value) = HeaderValue::try_from(tag) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    if let Some(inm) = if_none_match.as_ref().and_then(|v| v.to_str().ok()) {
        if matches_etag(inm, &hex) {
            let mut not_modified = Response::new(Body::empty());
            *not_modified.status_mut() = StatusCode::NOT_MODIFIED;
            for name in [
                header::CACHE_CONTROL,
                header::VARY,
                header::CONTENT_LOCATION,
                header::EXPIRES,
            ] {
                if let Some(v) = parts.headers.get(&name) {
                    not_modified.headers_mut().insert(name, v.clone());
                }
            }
            not_modified.headers_mut().insert(header::ETAG, value);
            return not_modified;
        }
    }
    parts.headers.insert(header::ETAG, value);
    Response::from_parts(parts, Body::from(bytes))
}
