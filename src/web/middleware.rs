//! The middleware stack, outermost first. The order matters:
//!
//! 1. tracing sees every request and its final status;
//! 2. compression works on the final body, except of answers from the page cache, which carry
//!    their body already compressed once (`Precompressed`);
//! 3. security headers go on every response, errors and redirects too;
//! 4. in watch mode, the reload status is made visible to every page rendered for the request, the
//!    error pages too (`web/dev.rs`);
//! 5. every error answer is the portal's own: a handler's `PageError`, a panic's bare 500 and any
//!    error answer without the `OwnAnswer` mark our pages and JSON errors carry (axum's `405`
//!    with an empty body, an extractor's `400`/`413`/`415` in plain text, the timeout's `503`)
//!    become the error page in the reader's language, or the documented JSON error under
//!    `/api/` — the one error boundary (`web/error.rs`);
//! 6. a panic in a handler becomes a 500 instead of a dropped connection;
//! 7. a timeout bounds every request;
//!    Error pages are rendered once per snapshot, status and language (`web/cached.rs`);
//! 8. the ETag is computed innermost, on the uncompressed body, so every encoding shares it.
//!    Cached pages (a route layer inside the router) come with their ETag and 304 already.
//!
//! What never reaches this stack is hyper's own: a request line or headers too long (`414`,
//! `431`) or malformed (`400`) are refused while parsing, before there is a request to route.

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
use super::dev;
use super::error::{ErrorPageWanted, OwnAnswer, PageError, is_bare_error};
use super::error_page::{api_error, error_page};
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
            .layer(from_fn_with_state(state.clone(), dev::with_reload_status))
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

/// Renders the error page a `PageError` (or a caught panic, or a framework's refusal) asked for, in
/// the language of the URL's prefix or else the reader's, varying on the reader's headers in the
/// second case; under `/api/`, the JSON error instead. A `405` keeps its `Allow` header.
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
    } else if let Some(w) = response.extensions().get::<ErrorPageWanted>() {
        Some(w.0)
    } else if is_bare_error(&response) {
        Some(response.status())
    } else {
        None
    };
    let Some(status) = wanted else {
        return response;
    };
    let mut ours = if is_api(&path) {
        api_error(status)
    } else {
        let snapshot = state.live.snapshot();
        let site = &snapshot.site;
        let chosen = for_path(site, &path, &headers);
        let key =
            crate::page_cache::Key::error_page(status.as_u16(), &chosen.lang, chosen.negotiated);
        // The page cache's copies are made from bytes: they carry the mark again.
        if let Some(hit) = snapshot.pages.get(&key, state.now()) {
            own(cached::answer(&hit, &asked).await)
        } else if !snapshot.pages.is_enabled() {
            error_page(site, &chosen, status)
        } else {
            match cached::keep(error_page(site, &chosen, status)).await {
                Ok(kept) => {
                    snapshot.pages.insert(key, kept.clone());
                    own(cached::answer(&kept, &asked).await)
                }
                Err(e) => {
                    tracing::error!(error = %e, "the error page could not be kept");
                    status.into_response()
                }
            }
        }
    };
    if let Some(allow) = response.headers().get(header::ALLOW) {
        ours.headers_mut().insert(header::ALLOW, allow.clone());
    }
    ours
}

/// An error page answered from the page cache: ours, as when it was rendered.
fn own(mut response: Response) -> Response {
    response.extensions_mut().insert(OwnAnswer);
    response
}

/// Whether `path` is under the JSON API, whose clients read errors as JSON, never as HTML.
fn is_api(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/")
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
            return PageError::Internal(anyhow::anyhow!(
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
    if let Some(inm) = if_none_match.as_ref().and_then(|v| v.to_str().ok())
        && matches_etag(inm, &hex)
    {
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
    parts.headers.insert(header::ETAG, value);
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::{is_api, matches_etag};

    #[test]
    fn the_api_is_its_prefix_only() {
        assert!(is_api("/api"));
        assert!(is_api("/api/services/x"));
        assert!(!is_api("/apiary"));
        assert!(!is_api("/pl/api/x"));
    }

    #[test]
    fn weak_comparison() {
        assert!(matches_etag("W/\"abc\"", "abc"));
        assert!(matches_etag("\"x\", \"abc\"", "abc"));
        assert!(matches_etag("*", "abc"));
        assert!(!matches_etag("\"abd\"", "abc"));
    }

    /// The refusals of extractors no route of ours uses yet (a body too large, a body that is not
    /// text, a wrong content type) and the timeout's empty 503: each becomes our own answer.
    mod refusals {
        use axum::Router;
        use axum::body::Body;
        use axum::http::{Request, StatusCode, header};
        use axum::routing::{get, post};
        use http_body_util::BodyExt;
        use tower::ServiceExt;

        use crate::web::AppState;

        fn app() -> Router {
            let root = crate::reload::tests::fixture();
            let site = crate::Site::load(root.path()).expect("the fixture loads");
            let state = AppState::new(site);
            let routes = Router::new()
                .route("/pl/form", post(|body: String| async move { body }))
                .route("/api/form", post(|body: String| async move { body }))
                .route(
                    "/pl/json",
                    post(
                        |axum::Json(v): axum::Json<serde_json::Value>| async move { v.to_string() },
                    ),
                )
                .route(
                    "/pl/slow",
                    get(|| async { StatusCode::SERVICE_UNAVAILABLE }),
                )
                .route(
                    "/pl/html",
                    get(|| async {
                        (
                            StatusCode::CONFLICT,
                            axum::response::Html("<p>not ours</p>"),
                        )
                    }),
                )
                .route(
                    "/api/json",
                    get(|| async {
                        let detail = serde_json::json!({ "detail": "not ours" });
                        (StatusCode::BAD_REQUEST, axum::Json(detail))
                    }),
                );
            super::super::apply(routes, state)
        }

        async fn ask(
            app: &Router,
            req: Request<Body>,
        ) -> (StatusCode, axum::http::HeaderMap, String) {
            let r = app.clone().oneshot(req).await.unwrap();
            let (status, headers) = (r.status(), r.headers().clone());
            let body = r.into_body().collect().await.unwrap().to_bytes();
            (status, headers, String::from_utf8_lossy(&body).into_owned())
        }

        fn post_to(path: &str, content_type: &str, body: Vec<u8>) -> Request<Body> {
            Request::post(path)
                .header(header::CONTENT_TYPE, content_type)
                .body(Body::from(body))
                .unwrap()
        }

        #[tokio::test]
        async fn extractor_refusals_are_our_pages() {
            // Before: axum's bare `413 length limit exceeded` and `400 … not valid UTF-8` as text.
            let app = app();
            let big = vec![b'a'; 200 * 1024];
            for (req, status) in [
                (post_to("/pl/form", "text/plain", big.clone()), 413),
                (post_to("/pl/form", "text/plain", vec![0xff, 0xfe]), 400),
                (post_to("/pl/json", "text/plain", b"{}".to_vec()), 415),
                (Request::get("/pl/slow").body(Body::empty()).unwrap(), 503),
            ] {
                let (got, headers, body) = ask(&app, req).await;
                assert_eq!(got.as_u16(), status, "{body}");
                assert!(
                    headers[header::CONTENT_TYPE]
                        .to_str()
                        .unwrap()
                        .starts_with("text/html"),
                    "{status}"
                );
                assert!(body.contains("<html lang=\"pl\""), "{status}: {body}");
            }
            let (got, headers, body) = ask(&app, post_to("/api/form", "text/plain", big)).await;
            assert_eq!(got, StatusCode::PAYLOAD_TOO_LARGE);
            assert_eq!(
                headers[header::CONTENT_TYPE],
                "application/json; charset=utf-8"
            );
            assert_eq!(body, r#"{"error":"payload too large"}"#);
        }

        #[tokio::test]
        async fn an_html_or_json_error_without_our_mark_is_replaced() {
            // Before: the guess from the `Content-Type` took any HTML or JSON error for ours.
            let app = app();
            let get = |path: &str| Request::get(path).body(Body::empty()).unwrap();
            let (got, _, body) = ask(&app, get("/pl/html")).await;
            assert_eq!(got, StatusCode::CONFLICT);
            assert!(body.contains("<html lang=\"pl\""), "{body}");
            assert!(!body.contains("not ours"), "{body}");
            let (got, _, body) = ask(&app, get("/api/json")).await;
            assert_eq!(got, StatusCode::BAD_REQUEST);
            assert_eq!(body, r#"{"error":"bad request"}"#);
        }
    }
}
