//! Serving the theme's fingerprinted static files. An unknown file is the ordinary 404 page in the
//! reader's language (through the error boundary).

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::error::PageError;
use super::reader::Reader;

pub async fn serve(r: Reader) -> Result<Response, PageError> {
    let asset = r
        .site
        .theme
        .assets
        .get(r.param("file")?)
        .ok_or(PageError::NotFound)?;
    let mut res = asset.bytes.clone().into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.content_type),
    );
    // The name changes with the content, so the file may be kept for a year.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    Ok(res)
}
