//! HTTP: the router, handlers grouped by page family, and the middleware stack.
//!
//! `router` is a plain function of the state, so `main` and every test run the very same router.
//! How a request flows: the middleware stack (`middleware.rs`) → the route → a handler that takes a
//! `Reader` (snapshot, language, clock) and returns `Result<Response, PageError>` (pages) or
//! `Result<Response, ApiError>` (`api/`) → views (`views.rs`) and a minijinja template
//! (`render.rs`). See `docs/architecture.md` and `docs/adding-a-page.md`.

mod accessibility;
pub mod account;
mod api;
mod assets;
mod cached;
mod connections;
mod desk;
mod dev;
mod error;
mod error_page;
pub mod export;
mod feedback;
mod health;
mod language;
mod local_steps;
mod middleware;
mod municipalities;
mod my_place;
mod pages;
mod privacy;
mod query;
mod reader;
mod refusal;
mod render;
mod search;
mod segment;
pub mod selfcheck;
mod server;
mod services;
mod short_links;
mod sitemap;
mod views;

use std::sync::Arc;

use axum::Router;
use axum::middleware::from_fn_with_state;
use axum::routing::{MethodRouter, get, post};
use chrono::{DateTime, Utc};

pub use error::OwnAnswer;
pub use feedback::{FORM_BODY_BYTES, Guard as FeedbackGuard, HONEYPOT};
pub use server::{ClientAddr, serve};

use crate::reload::Live;
use crate::site::Site;
use crate::state::Store;

/// The time source of the handlers that say "open now": the real clock in `serve`, a fixed instant
/// in tests.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// What every handler reads: the live site, the clock, and the state that is not content.
#[derive(Clone)]
pub struct AppState {
    live: Arc<Live>,
    clock: Clock,
    /// State that is not content (search gaps, feedback), apart from the snapshot.
    store: Arc<Store>,
    /// The feedback forms' per-client rate limit, in memory.
    feedback_guard: Arc<feedback::Guard>,
}

impl AppState {
    pub fn new(site: Site) -> Self {
        AppState::shared(Arc::new(site))
    }

    /// The state over a snapshot already shared (the render check of a reload, in `main.rs`).
    pub fn shared(site: Arc<Site>) -> Self {
        AppState {
            live: Arc::new(Live::shared(site)),
            clock: Arc::new(Utc::now),
            store: Arc::new(Store::in_memory()),
            feedback_guard: Arc::new(feedback::Guard::default()),
        }
    }

    /// The same state with another feedback rate limit (tests use a small one).
    pub fn with_feedback_guard(mut self, guard: feedback::Guard) -> Self {
        self.feedback_guard = Arc::new(guard);
        self
    }

    fn feedback_guard(&self) -> &feedback::Guard {
        &self.feedback_guard
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
        self.live.current()
    }

    /// The live site, for reloads (SIGHUP, the file watcher, tests).
    pub fn live(&self) -> Arc<Live> {
        self.live.clone()
    }

    pub fn replace(&self, site: Site) {
        self.live.replace(site);
    }

    /// See `Live::reload_from`. Blocking: call it off the async runtime.
    pub fn reload_from(
        &self,
        root: &std::path::Path,
    ) -> Result<(), crate::diagnostics::Diagnostics> {
        self.live.reload_from(root)
    }
}

pub fn router(state: AppState) -> Router {
    // Opt-in: a page that depends only on the snapshot (and the clock, through
    // `cached::ValidUntil`) is rendered once per snapshot; see `web/cached.rs`. Never for a page
    // that depends on who asks (accounts) or has side effects (search records gaps).
    let once = |route: MethodRouter<AppState>| {
        route.layer(from_fn_with_state(state.clone(), cached::snapshot_page))
    };
    let routes = Router::new()
        // Outside the languages: the entry, machines, assets, the switcher.
        .route("/", get(language::root))
        .route("/healthz", get(health::healthz))
        .route("/robots.txt", once(get(sitemap::robots)))
        .route("/sitemap.xml", once(get(sitemap::sitemap)))
        .route("/static/{*file}", once(get(assets::serve)))
        .route("/set-lang/{code}", get(language::set_language))
        // Watch mode only (`serve --watch`): the reload status, polled by the page's script.
        .route(dev::STATUS_PATH, get(dev::status))
        .route(dev::SCRIPT_PATH, get(dev::script))
        .route(dev::STYLE_PATH, get(dev::style))
        // Visitors' feedback: plain forms posting here, answered with 303 back to the page.
        .route("/feedback", post(feedback::submit))
        .route("/feedback/demand", post(feedback::demand))
        // "My municipality": a plain form's choice, remembered in a cookie (web/my_place.rs).
        .route("/my-municipality", post(my_place::choose))
        // The desk's short links, in the visitor's language.
        .route("/g/{slug}", get(short_links::guide))
        .route("/s/{id}", get(short_links::service))
        .route("/m/{id}", get(short_links::municipality))
        // ...and in the language they were printed for, with their QR codes.
        .route("/g/{slug}/{lang}", get(short_links::guide_in))
        .route("/s/{id}/{lang}", get(short_links::service_in))
        .route("/qr/g/{slug}/{lang}", get(short_links::guide_qr))
        .route("/qr/s/{id}/{lang}", get(short_links::service_qr))
        // JSON for other systems (docs/api.md).
        .route("/api/services", get(api::services))
        .route("/api/services/{id}", get(api::service))
        .route("/api/hsds", get(api::hsds_root))
        .route("/api/hsds/", get(api::hsds_root))
        .route("/api/hsds/services", get(api::hsds_services))
        .route("/api/hsds/services/{id}", get(api::hsds_service))
        .route("/api/search", get(api::search))
        .route("/api/suggest", get(api::suggest))
        // The reading pages, one prefix per language.
        .route("/{lang}", get(language::add_slash))
        .route("/{lang}/", once(get(pages::home)))
        .route("/{lang}/guides/{slug}", once(get(pages::guide)))
        .route("/{lang}/topics/{topic}", once(get(pages::topic)))
        .route("/{lang}/accessibility", once(get(accessibility::statement)))
        .route("/{lang}/privacy", once(get(privacy::notice)))
        .route("/{lang}/search", get(search::search_page))
        .route("/{lang}/services", once(get(services::list)))
        .route("/{lang}/services/{id}", once(get(services::show)))
        .route("/{lang}/municipalities", once(get(municipalities::list)))
        .route(
            "/{lang}/municipalities/{id}",
            once(get(municipalities::show)),
        )
        // The desk: a clerk's bilingual view, its printable handout and a counter's QR sheet.
        .route("/{lang}/desk", get(desk::view))
        .route("/{lang}/desk/handout", get(desk::handout))
        .route("/{lang}/desk/sheet", get(desk::sheet))
        // Accounts, sessions and the editors' pages (web/account/).
        .merge(account::routes())
        .fallback(error::not_found)
        .with_state(state.clone());
    middleware::apply(routes, state)
}
