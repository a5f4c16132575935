//! The desk's short links and their QR codes.
//!
//! `/g/{slug}`, `/s/{id}` and `/m/{id}` open in the visitor's language (cookie, then
//! `Accept-Language`): both the redirect and the 404 for an unknown slug or id depend on the
//! visitor's headers and say so (`Vary`, through `Reader::redirect` and the error boundary).
//! `/g/{slug}/{lang}` and `/s/{id}/{lang}` force a language: what a printout or a QR code made for
//! one visitor carries; an unknown language is the 404 page. A renamed guide's old slug (an alias)
//! redirects for good (301) to the new one.
//!
//! `/qr/g/{slug}/{lang}` and `/qr/s/{id}/{lang}` are the QR codes (SVG) of the forced short links,
//! under the public address. Pages link them with `?v=` and a fingerprint of that address: such a
//! URL never changes its answer, so it is cached for a year; without the current fingerprint the
//! answer must be revalidated.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use super::error::PageError;
use super::query::QueryPairs;
use super::reader::Reader;
use crate::site::Site;
use crate::urls;

/// `/g/{slug}`.
pub async fn guide(r: Reader) -> Result<Response, PageError> {
    let slug = r.param("slug")?;
    if let Some(guide) = r.site.content.guide(slug) {
        return Ok(r.redirect(&urls::guide(&r.lang, &guide.slug)));
    }
    let renamed = r.site.content.renamed(slug).ok_or(PageError::NotFound)?;
    Ok(moved(&urls::short_guide(&renamed.slug)))
}

/// `/g/{slug}/{lang}`.
pub async fn guide_in(r: Reader) -> Result<Response, PageError> {
    let slug = r.param("slug")?;
    if let Some(guide) = r.site.content.guide(slug) {
        return Ok(r.redirect(&urls::guide(&r.lang, &guide.slug)));
    }
    let renamed = r.site.content.renamed(slug).ok_or(PageError::NotFound)?;
    Ok(moved(&urls::short_guide_in(&renamed.slug, &r.lang)))
}

/// `/s/{id}`.
pub async fn service(r: Reader) -> Result<Response, PageError> {
    let id = r.param("id")?;
    let service = r.site.directory.service(id).ok_or(PageError::NotFound)?;
    Ok(r.redirect(&urls::service(&r.lang, &service.id)))
}

/// `/s/{id}/{lang}`.
pub async fn service_in(r: Reader) -> Result<Response, PageError> {
    service(r).await
}

/// `/m/{id}`.
pub async fn municipality(r: Reader) -> Result<Response, PageError> {
    let id = r.param("id")?;
    let place = r.site.municipalities.get(id).ok_or(PageError::NotFound)?;
    Ok(r.redirect(&urls::municipality(&r.lang, &place.id)))
}

/// A permanent redirect (301): an old address that will always lead to the same new one, so
/// browsers and search engines may remember it. (axum's `Redirect::permanent` is 308.)
pub fn moved(to: &str) -> Response {
    match HeaderValue::try_from(to) {
        Ok(location) => (
            StatusCode::MOVED_PERMANENTLY,
            [(header::LOCATION, location)],
        )
            .into_response(),
        Err(_) => PageError::NotFound.into_response(),
    }
}

/// `/qr/g/{slug}/{lang}`.
pub async fn guide_qr(r: Reader, query: QueryPairs) -> Result<Response, PageError> {
    let guide = r
        .site
        .content
        .guide(r.param("slug")?)
        .ok_or(PageError::NotFound)?;
    qr_answer(&r.site, &urls::short_guide_in(&guide.slug, &r.lang), &query)
}

/// `/qr/s/{id}/{lang}`.
pub async fn service_qr(r: Reader, query: QueryPairs) -> Result<Response, PageError> {
    let service = r
        .site
        .directory
        .service(r.param("id")?)
        .ok_or(PageError::NotFound)?;
    qr_answer(
        &r.site,
        &urls::short_service_in(&service.id, &r.lang),
        &query,
    )
}

fn qr_answer(site: &Site, short: &str, query: &QueryPairs) -> Result<Response, PageError> {
    let svg = crate::qr::svg(&urls::absolute(&site.config.base_url, short))
        .map_err(|e| PageError::Internal(e.into()))?;
    let caching = if query.first("v") == Some(fingerprint(site).as_str()) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("image/svg+xml"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static(caching)),
        ],
        svg,
    )
        .into_response())
}

/// What a QR code depends on besides its path: the public address. Eight hex digits of its hash.
pub fn fingerprint(site: &Site) -> String {
    let hash = Sha256::digest(site.config.base_url.as_bytes());
    hash.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

/// The `src` of a QR code image on a page: its path and the fingerprint that lets it be cached.
pub fn qr_src(site: &Site, path: &str) -> String {
    format!("{path}?v={}", fingerprint(site))
}
