//! HTTP: the router, handlers grouped by page family, and the middleware stack.
//!
//! `router` is a plain function of the state, so `main` and every test run the very same router.

mod api;
mod assets;
mod error;
mod lang;
mod meta;
mod middleware;
mod pages;
mod params;
mod render;
mod search;
mod segment;
mod services;
mod statement;

use std::sync::Arc;

use arc_swap::ArcSwap;
use axum::Router;
use axum::routing::get;
use chrono::{DateTime, Utc};

use crate::site::Site;
use crate::state::Store;

/// The time source of the handlers that say "open now": the real clock in `serve`, a fixed instant
/// in tests.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// What every handler reads: the current site snapshot, swapped atomically on reload.
#[derive(Clone)]
pub struct AppState {
    site: Arc<ArcSwap<Site>>,
    clock: Clock,
    /// State that is not content (search gaps), apart from the snapshot.
    store: Arc<Store>,
}

impl AppState {
    pub fn new(site: Site) -> Self {
        AppState {
            site: Arc::new(ArcSwap::from_pointee(site)),
            clock: Arc::new(Utc::now),
            store: Arc::new(Store::in_memory()),
        }
    }

    /// The same state keeping its non-content state in `store` (a SQLite file when serving).
    pub fn with_store(mut self, store: Store) -> Self {
        self.store = Arc::new(store);
        self
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The store, for work moved off the async runtime.
    pub fn store_handle(&self) -> Arc<Store> {
        self.store.clone()
    }

    /// The same state answering "now" with `clock` (tests pass a fixed instant).
    pub fn with_clock(mut self, clock: impl Fn() -> DateTime<Utc> + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// The instant a request is answered at.
    pub fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    /// The snapshot to answer one request with; it stays the same for the whole request even if a
    /// reload happens meanwhile.
    pub fn site(&self) -> Arc<Site> {
        self.site.load_full()
    }

    pub fn replace(&self, site: Site) {
        self.site.store(Arc::new(site));
    }

    /// Loads the site under `root` again and swaps it in; when the files have errors the current
    /// site keeps serving and the errors come back. Blocking: call it off the async runtime.
    pub fn reload_from(
        &self,
        root: &std::path::Path,
    ) -> Result<(), crate::diagnostics::Diagnostics> {
        let site = Site::load(root)?;
        self.replace(site);
        Ok(())
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
        .route("/s/{id}", get(services::short_link))
        .route("/api/services", get(api::services))
        .route("/api/services/{id}", get(api::service))
        .route("/api/hsds", get(api::hsds_root))
        .route("/api/hsds/", get(api::hsds_root))
        .route("/api/hsds/services", get(api::hsds_services))
        .route("/api/hsds/services/{id}", get(api::hsds_service))
        .route("/{lang}", get(lang::add_slash))
        .route("/{lang}/", get(pages::home))
        .route("/{lang}/guides/{slug}", get(pages::guide))
        .route("/{lang}/topics/{topic}", get(pages::topic))
        .route("/{lang}/accessibility", get(statement::statement))
        .route("/{lang}/search", get(search::search_page))
        .route("/api/search", get(search::search_api))
        .route("/api/suggest", get(search::suggest_api))
        .route("/{lang}/services", get(services::list))
        .route("/{lang}/services/{id}", get(services::show))
        .fallback(error::fallback)
        .with_state(state.clone());
    middleware::apply(routes, state)
}
