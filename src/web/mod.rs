//! HTTP: the router, handlers grouped by page family, and the middleware stack.
//!
//! `router` is a plain function of the state, so `main` and every test run the very same router.

mod assets;
mod error;
mod lang;
mod meta;
mod middleware;
mod pages;
mod params;
mod render;

use std::sync::Arc;

use arc_swap::ArcSwap;
use axum::Router;
use axum::routing::get;

use crate::site::Site;

/// What every handler reads: the current site snapshot, swapped atomically on reload.
#[derive(Clone)]
pub struct AppState {
    site: Arc<ArcSwap<Site>>,
}

impl AppState {
    pub fn new(site: Site) -> Self {
        AppState {
            site: Arc::new(ArcSwap::from_pointee(site)),
        }
    }

    /// The snapshot to answer one request with; it stays the same for the whole request even if a
    /// reload happens meanwhile.
    pub fn site(&self) -> Arc<Site> {
        self.site.load_full()
    }

    pub fn replace(&self, site: Site) {
        self.site.store(Arc::new(site));
    }
}

pub fn router(state: AppState) -> Router {
    let routes = Router::new()
        .route("/", get(lang::root))
        .route("/healthz", get(meta::healthz))
        .route("/robots.txt", get(meta::robots))
        .route("/sitemap.xml", get(meta::sitemap))
        .route("/static/{*file}", get(assets::serve))
        .route("/set-lang/{code}", get(lang::set_language))
        .route("/g/{slug}", get(lang::short_guide_link))
        .route("/{lang}", get(lang::add_slash))
        .route("/{lang}/", get(pages::home))
        .route("/{lang}/guides/{slug}", get(pages::guide))
        .route("/{lang}/topics/{topic}", get(pages::topic))
        .fallback(error::fallback)
        .with_state(state.clone());
    middleware::apply(routes, state)
}
