//! The desk's short links: `/g/{slug}` for a guide, `/s/{id}` for a service and `/m/{id}` for a
//! municipality's page, opening in the visitor's language (cookie, then `Accept-Language`). Both
//! the redirect and the 404 for an unknown slug or id depend on the visitor's headers and say so
//! (`Vary`, through `Reader::redirect` and the error boundary).

use axum::response::Response;

use super::error::PageError;
use super::reader::Reader;
use crate::urls;

/// `/g/{slug}`.
pub async fn guide(r: Reader) -> Result<Response, PageError> {
    let slug = r.param("slug")?;
    let guide = r.site.content.guide(slug).ok_or(PageError::NotFound)?;
    Ok(r.redirect(&urls::guide(&r.lang, &guide.slug)))
}

/// `/s/{id}`.
pub async fn service(r: Reader) -> Result<Response, PageError> {
    let id = r.param("id")?;
    let service = r.site.directory.service(id).ok_or(PageError::NotFound)?;
    Ok(r.redirect(&urls::service(&r.lang, &service.id)))
}

/// `/m/{id}`.
pub async fn municipality(r: Reader) -> Result<Response, PageError> {
    let id = r.param("id")?;
    let place = r.site.municipalities.get(id).ok_or(PageError::NotFound)?;
    Ok(r.redirect(&urls::municipality(&r.lang, &place.id)))
}
