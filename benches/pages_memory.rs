//! Memory with render-once at scale: `cargo bench --bench pages_memory`.
//!
//! Loads the bundled site, adds the search benchmark's corpus (10,000 guides × 4 languages, see
//! `search/corpus.rs`), builds the real search index over it, then requests guide pages through
//! the real router (`oneshot`, brotli accepted) until the page cache has been full and evicting for
//! a while, and prints the resident memory at each step. The goal (issue 8): under 1 GB resident,
//! search index and page cache included. `PAGES_MEMORY_REQUESTS` sets how many pages to ask for
//! (default 8,000: more than the default 128 MB cache holds).

#[path = "search/corpus.rs"]
mod corpus;

use std::path::Path;
use std::time::Instant;

use axum::body::Body;
use axum::http::Request;
use tower::ServiceExt;
use witaj::search::SearchIndex;
use witaj::web::{AppState, router};

fn rss_mib(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut site = witaj::Site::load(root).unwrap_or_else(|d| panic!("bundled site:\n{d}"));
    println!(
        "bundled site loaded:           RSS {:7.1} MiB",
        rss_mib("VmRSS:")
    );
    for g in corpus::generate(&site, 2026) {
        site.content.guides.insert(g.slug.clone(), g);
    }
    println!(
        "+ corpus ({} guides):       RSS {:7.1} MiB",
        corpus::GUIDES,
        rss_mib("VmRSS:")
    );
    let started = Instant::now();
    site.search = SearchIndex::build(
        &site.config,
        &site.content,
        &site.directory,
        &site.municipalities,
    )
    .expect("the index builds");
    println!(
        "+ search index ({:.1} s):       RSS {:7.1} MiB",
        started.elapsed().as_secs_f64(),
        rss_mib("VmRSS:")
    );
    let requests: usize = std::env::var("PAGES_MEMORY_REQUESTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8_000);
    let state = AppState::new(site);
    let app = router(state.clone());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let started = Instant::now();
    runtime.block_on(async {
        for i in 0..requests {
            let lang = corpus::LANGUAGES[i % corpus::LANGUAGES.len()];
            let slug = format!("bench-{}", (i / corpus::LANGUAGES.len()) % corpus::GUIDES);
            let req = Request::get(format!("/{lang}/guides/{slug}"))
                .header("accept-encoding", "br")
                .body(Body::empty())
                .expect("a request");
            let resp = app.clone().oneshot(req).await.expect("an answer");
            assert_eq!(resp.status(), 200, "/{lang}/guides/{slug}");
            let _ = axum::body::to_bytes(resp.into_body(), usize::MAX).await;
        }
    });
    let elapsed = started.elapsed().as_secs_f64();
    let kept = state.live().snapshot().pages.weighted_size() as f64 / 1024.0 / 1024.0;
    println!(
        "+ {requests} pages rendered ({:.1} ms each, brotli 11 included), {kept:.1} MiB kept: RSS {:7.1} MiB",
        elapsed * 1000.0 / requests as f64,
        rss_mib("VmRSS:")
    );
    println!(
        "peak (VmHWM):                  {:7.1} MiB",
        rss_mib("VmHWM:")
    );
}
