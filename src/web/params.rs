//! Path parameters of the language-prefixed pages. Any problem with them (an unknown language, a
//! segment that is not UTF-8) becomes the ordinary 404 page in the reader's language, never axum's
//! bare 400 text.

use std::collections::HashMap;

use axum::extract::{FromRequestParts, Path};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::Response;

use super::AppState;
use super::error;

pub struct Params {
    /// A language of the site, checked.
    pub lang: String,
    values: HashMap<String, String>,
}

impl Params {
    pub fn get(&self, name: &str) -> &str {
        self.values.get(name).map_or("", String::as_str)
    }
}

impl FromRequestParts<AppState> for Params {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let site = state.site();
        let error_lang = super::lang::for_error(
            &site,
            parts.uri.path(),
            parts.headers.get(header::ACCEPT_LANGUAGE),
            parts.headers.get(header::COOKIE),
        );
        // The language may come from the headers (an unknown prefix), so the answer varies.
        let not_found = || error::vary_by_language(error::not_found_page(&site, &error_lang));
        let Ok(Path(values)) =
            Path::<HashMap<String, String>>::from_request_parts(parts, state).await
        else {
            return Err(not_found());
        };
        match values.get("lang") {
            Some(lang) if site.config.language(lang).is_some() => Ok(Params {
                lang: lang.clone(),
                values,
            }),
            _ => Err(not_found()),
        }
    }
}
