//! Watch mode's help for editors (`serve --watch`): while the last reload failed, every page shows
//! its errors (file, line, message) in a banner at the top, and every page carries a small script
//! that refreshes it once the site was reloaded. Nothing here exists outside watch mode: the
//! routes answer the ordinary 404 and pages carry neither banner nor script.
//!
//! The banner is part of the page the templates render (`base.html` reads `dev` from the context
//! that `render::render` builds), not a rewrite of finished bodies, so a page cache or compression
//! sees ordinary pages. The reload status reaches `render` through a task-local set for the whole
//! request by `with_reload_status`, because the handlers build their frames from the snapshot alone
//! and the status belongs to the live site, not to a snapshot. The script and its style are served
//! from our own origin (`script-src 'self'`): the CSP stays strict in watch mode too.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::AppState;
use super::error::PageError;
use crate::reload::{ReloadError, ReloadStatus};

/// The script that polls `STATUS` and refreshes the page.
const SCRIPT: &str = include_str!("dev/reload.js");
const STYLE: &str = include_str!("dev/dev.css");

pub const SCRIPT_PATH: &str = "/__dev/reload.js";
pub const STYLE_PATH: &str = "/__dev/dev.css";
pub const STATUS_PATH: &str = "/__dev/reload";

/// What `base.html` reads as `dev` in watch mode.
#[derive(Debug, Clone, Serialize)]
pub struct DevView {
    pub generation: u64,
    pub reloads: u64,
    /// The failed reload's errors; empty when the last reload was good.
    pub errors: Vec<ReloadError>,
    pub script: &'static str,
    pub style: &'static str,
    pub status: &'static str,
}

impl DevView {
    fn new(status: ReloadStatus) -> Self {
        DevView {
            generation: status.generation,
            reloads: status.reloads,
            errors: status.errors,
            script: SCRIPT_PATH,
            style: STYLE_PATH,
            status: STATUS_PATH,
        }
    }
}

tokio::task_local! {
    static DEV: Arc<DevView>;
}

/// The watch-mode view of the request being rendered, if the server watches its files.
pub fn current() -> Option<Arc<DevView>> {
    DEV.try_with(Arc::clone).ok()
}

/// In watch mode, makes the reload status visible to every page rendered for this request
/// (error pages included: this layer is outside the localising one).
pub async fn with_reload_status(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    let live = state.live();
    if !live.watching() {
        return next.run(req).await;
    }
    let view = Arc::new(DevView::new(live.status()));
    DEV.scope(view, next.run(req)).await
}

/// `/__dev/reload`: the reload status as JSON, polled by the script.
pub async fn status(State(state): State<AppState>) -> Result<Response, PageError> {
    let live = state.live();
    if !live.watching() {
        return Err(PageError::NotFound);
    }
    let body = serde_json::to_vec(&live.status()).map_err(anyhow::Error::from)?;
    Ok(uncached(body, "application/json; charset=utf-8"))
}

/// `/__dev/reload.js`.
pub async fn script(State(state): State<AppState>) -> Result<Response, PageError> {
    watched(&state, SCRIPT, "text/javascript; charset=utf-8")
}

/// `/__dev/dev.css`: the banner's style, kept out of the theme's stylesheet that every visitor
/// downloads.
pub async fn style(State(state): State<AppState>) -> Result<Response, PageError> {
    watched(&state, STYLE, "text/css; charset=utf-8")
}

fn watched(
    state: &AppState,
    text: &'static str,
    content_type: &'static str,
) -> Result<Response, PageError> {
    if !state.live().watching() {
        return Err(PageError::NotFound);
    }
    Ok(uncached(text.as_bytes().to_vec(), content_type))
}

fn uncached(body: Vec<u8>, content_type: &'static str) -> Response {
    let mut r = body.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}
