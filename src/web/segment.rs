//! The one `{id}` of the routes outside the language prefix (`/s/{id}`, `/api/services/{id}`,
//! `/api/hsds/services/{id}`), read without ever failing: axum's `Path<String>` answers a segment
//! that is not UTF-8 (`/s/%FF`) with its own bare `400 text/plain`, while such a segment is simply
//! an id that no entry has. Each handler then answers its own "not found" (the localised page, or
//! the JSON 404 the API documents).

use std::convert::Infallible;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;

/// The route's single path parameter.
pub struct Segment {
    /// The decoded text; `None` when it is not UTF-8 (no id can match it).
    pub text: Option<String>,
    /// The segment as it came in the URL (still percent-encoded), to name a bad one.
    pub raw: String,
}

impl Segment {
    /// The id to look up, when it can be one.
    pub fn id(&self) -> Option<&str> {
        self.text.as_deref()
    }

    /// The segment to name in a message: its text, or the URL's spelling when it is not text.
    pub fn shown(&self) -> &str {
        self.text.as_deref().unwrap_or(&self.raw)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Segment {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Infallible> {
        let raw = parts
            .uri
            .path()
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_string();
        let text = Path::<String>::from_request_parts(parts, state)
            .await
            .ok()
            .map(|Path(t)| t);
        Ok(Segment { text, raw })
    }
}
