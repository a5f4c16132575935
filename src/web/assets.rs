//! Serving the theme's fingerprinted static files.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::error;

pub async fn serve(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let site = state.site();
    let Some(asset) = site.theme.assets.get(&file) else {
        return error::not_found_page(&site, &site.config.source_language);
    };
    let mut r = asset.bytes.clone().into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.content_type),
    );
    // The name changes with the content, so the file may be kept for a year.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    r
}
