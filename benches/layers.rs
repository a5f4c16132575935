//! What each middleware layer costs per request: `cargo bench --bench layers`.
//!
//! 1. The real router on one bundled guide page: answered from the page cache, and with the cache
//!    off (rendered, hashed and compressed on every request, as before issue 8).
//! 2. The same tower layers as `web/middleware.rs`, added one at a time (innermost first) around a
//!    handler that returns that page's bytes, so each line's difference is one layer's cost.
//!
//! Requests go in process (`oneshot`, one at a time, no socket), `Accept-Encoding: br, gzip`.
//! Figures are nanoseconds per request, the best of 3 runs. No tracing subscriber is installed,
//! so the tracing layer's line is its cost with logging below `info` filtered out.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{Next, from_fn};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use tower::ServiceExt;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use witaj::web::{AppState, router};

const ROUNDS: usize = 2_000;

async fn per_request(app: &Router, path: &str, rounds: usize) -> Duration {
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let started = Instant::now();
        for _ in 0..rounds {
            let req = Request::get(path)
                .header(header::ACCEPT_ENCODING, "br, gzip")
                .body(Body::empty())
                .unwrap();
            let resp = app.clone().oneshot(req).await.unwrap();
            assert_eq!(resp.status(), StatusCode::OK);
            black_box(to_bytes(resp.into_body(), usize::MAX).await.unwrap());
        }
        best = best.min(started.elapsed() / rounds as u32);
    }
    best
}

/// Like `middleware::etag`: the body read whole and hashed.
async fn etag(req: Request, next: Next) -> Response {
    let (mut parts, body) = next.run(req).await.into_parts();
    let bytes = to_bytes(body, usize::MAX).await.unwrap();
    let tag = format!("W/\"{}\"", witaj::page_cache::etag_hex(&bytes));
    parts.headers.insert(header::ETAG, tag.parse().unwrap());
    Response::from_parts(parts, Body::from(bytes))
}

/// Like `middleware::localise_errors` on a page that is not an error: headers copied, a look.
async fn localise(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let lang = req.headers().get(header::ACCEPT_LANGUAGE).cloned();
    let r = next.run(req).await;
    black_box((path, lang));
    r
}

fn synthetic(body: Bytes, layers: usize) -> Router {
    let mut app = Router::new().route(
        "/page",
        get(move || {
            let body = body.clone();
            async move { Html(body).into_response() }
        }),
    );
    let steps: [&dyn Fn(Router) -> Router; 8] = [
        &|r| r.layer(from_fn(etag)),
        &|r| r.layer(DefaultBodyLimit::max(64 * 1024)),
        &|r| {
            r.layer(TimeoutLayer::with_status_code(
                StatusCode::SERVICE_UNAVAILABLE,
                Duration::from_secs(15),
            ))
        },
        &|r| r.layer(CatchPanicLayer::new()),
        &|r| r.layer(from_fn(localise)),
        &|r| {
            r.layer(SetResponseHeaderLayer::if_not_present(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'"),
            ))
            .layer(SetResponseHeaderLayer::if_not_present(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ))
            .layer(SetResponseHeaderLayer::if_not_present(
                header::REFERRER_POLICY,
                HeaderValue::from_static("strict-origin-when-cross-origin"),
            ))
        },
        &|r| r.layer(CompressionLayer::new().quality(CompressionLevel::Precise(6))),
        &|r| r.layer(TraceLayer::new_for_http()),
    ];
    for step in steps.iter().take(layers) {
        app = step(app);
    }
    app
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site = witaj::Site::load(root).unwrap_or_else(|d| panic!("bundled site:\n{d}"));
    let slug = site
        .content
        .guides
        .iter()
        .max_by_key(|(_, g)| g.pages.get("pl").map_or(0, |p| p.html.len()))
        .map(|(s, _)| s.clone())
        .expect("a guide");
    let path = format!("/pl/guides/{slug}");
    let state = AppState::new(site);
    let app = router(state.clone());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let page = to_bytes(
            app.clone()
                .oneshot(Request::get(&path).body(Body::empty()).unwrap())
                .await
                .unwrap()
                .into_body(),
            usize::MAX,
        )
        .await
        .unwrap();
        println!("{path}: {} KB", page.len() / 1024);
        let cached = per_request(&app, &path, ROUNDS).await;
        println!(
            "real router, page cache hit:            {:>9} ns",
            cached.as_nanos()
        );
        state.live().set_page_cache_bytes(0);
        let fresh = per_request(&app, &path, ROUNDS / 20).await;
        println!(
            "real router, rendered + brotli per hit: {:>9} ns",
            fresh.as_nanos()
        );
        let names = [
            "bare handler",
            "+ ETag (body read and hashed)",
            "+ request body limit",
            "+ timeout",
            "+ panic catcher",
            "+ localising layer (no error)",
            "+ 3 security headers",
            "+ compression (brotli 6, per request)",
            "+ tracing",
        ];
        let mut previous = Duration::ZERO;
        for (i, name) in names.iter().enumerate() {
            let app = synthetic(page.clone(), i);
            let rounds = if i >= 7 { ROUNDS / 20 } else { ROUNDS };
            let t = per_request(&app, "/page", rounds).await;
            println!(
                "{name:<40} {:>9} ns  ({:+} ns)",
                t.as_nanos(),
                t.as_nanos() as i128 - previous.as_nanos() as i128
            );
            previous = t;
        }
    });
}
