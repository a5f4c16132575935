//! The one query-string reader of every handler. Lenient by design: a query that cannot be read
//! is no query, a repeated key means its first value everywhere (`?lang=uk&lang=ru` is Ukrainian on
//! every page and API), and a bad value is the caller's to ignore, because a reader should always
//! get a page.

use std::convert::Infallible;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;

/// The decoded `key=value` pairs of the request's query, in order.
#[derive(Debug, Default, Clone)]
pub struct QueryPairs(pub Vec<(String, String)>);

impl QueryPairs {
    pub fn parse(raw: &str) -> Self {
        QueryPairs(
            form_urlencoded::parse(raw.as_bytes())
                .into_owned()
                .collect(),
        )
    }

    /// The first value of `key`.
    pub fn first(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The first value of `key`, trimmed, when it says anything.
    pub fn text(&self, key: &str) -> Option<&str> {
        self.first(key).map(str::trim).filter(|v| !v.is_empty())
    }

    pub fn pairs(&self) -> &[(String, String)] {
        &self.0
    }
}

impl<S: Send + Sync> FromRequestParts<S> for QueryPairs {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Infallible> {
        Ok(QueryPairs::parse(parts.uri.query().unwrap_or("")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_value_wins_and_nothing_fails() {
        let q = QueryPairs::parse("lang=uk&lang=ru&q=+karta+pobytu+&x");
        assert_eq!(q.first("lang"), Some("uk"));
        assert_eq!(q.text("q"), Some("karta pobytu"));
        assert_eq!(q.first("x"), Some(""));
        assert_eq!(q.text("x"), None);
        assert_eq!(q.first("nope"), None);
        // Not UTF-8 after decoding: replaced, never an error.
        assert_eq!(QueryPairs::parse("q=%FF").first("q"), Some("\u{FFFD}"));
    }
}
