//! The middleware stack, outermost first. The order matters:
//!
//! 1. tracing sees every request and its final status;
//! 2. compression works on the final body, error pages included;
//! 3. security headers go on every response, errors and redirects too;
//! 4. error pages are localised: a handler's `PageError` and a panic's bare 500 become the 404 or
//!    500 page in the reader's language — the one error boundary of the pages (`web/error.rs`);
//! 5. a panic in a handler becomes a 500 instead of a dropped connection;
//! 6. a timeout bounds every request;
//! 7. the ETag is computed innermost, on the uncompressed body, so every encoding shares it.

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::DefaultBodyLimit;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use super::AppState;
use super::error::ErrorPageWanted;
use super::error_page::error_page;
use super::reader::for_path;

/// Styles and scripts only from our own origin: no inline code, so an injected `<script>` in
/// content could not run even if it got past the Markdown renderer.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; \
connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Marks a 500 produced by a caught panic, for the localising layer to replace.
const PANIC_MARKER: &str = "x-witaj-panic";

/// Pages are a few tens of KB; anything bigger than this is not ours to hash.
const MAX_HASHED_BODY: usize = 8 * 1024 * 1024;

pub fn apply(router: Router, state: AppState) -> Router {
    let limits = state.site().config.server.clone();
    router.layer(
        ServiceBuilder::new()
            .layer(TraceLayer::new_for_http())
            .layer(CompressionLayer::new().quality(CompressionLevel::Precise(6)))
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
    let response = next.run(req).await;
    let wanted = if response.headers().contains_key(PANIC_MARKER) {
        tracing::error!(%path, "handler panicked");
        Some(StatusCode::INTERNAL_SERVER_ERROR)
    } else {
        response.extensions().get::<ErrorPageWanted>().map(|w| w.0)
    };
    match wanted {
        Some(status) => {
            let site = state.site();
            error_page(&site, &for_path(&site, &path, &headers), status)
        }
        None => response,
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
    let bytes = match to_bytes(body, MAX_HASHED_BODY).await {
        Ok(b) => b,
        Err(e) => {
            tracing::error!(error = %e, "response body could not be read for its ETag");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let digest = Sha256::digest(&bytes);
    let hex: String = digest.iter().take(10).map(|b| format!("{b:02x}")).collect();
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

/// `If-None-Match` uses weak comparison: `W/"x"` and `"x"` match.
fn matches_etag(header: &str, hex: &str) -> bool {
    header
        .split(',')
        .map(str::trim)
        .any(|t| t == "*" || t.trim_start_matches("W/").trim_matches('"') == hex)
}

#[cfg(test)]
mod tests {
    use super::matches_etag;

    #[test]
    fn weak_comparison() {
        assert!(matches_etag("W/\"abc\"", "abc"));
        assert!(matches_etag("\"x\", \"abc\"", "abc"));
        assert!(matches_etag("*", "abc"));
        assert!(!matches_etag("\"abd\"", "abc"));
    }
}
