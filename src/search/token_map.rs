//! A tantivy token filter that rewrites each token's text with a function.
//!
//! tantivy asks for three types per filter (the filter, a tokenizer wrapper and a token stream),
//! and they are the same for every filter that only rewrites text. The script normalisations
//! ([`super::normalize`]) and the lemma table ([`super::lemma`]) are both such filters, so they
//! share this one and differ only in their function.

use std::mem;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// What a [`MapFilter`] does to a token: write the new text into `out` (cleared by the function)
/// and return true, or return false to keep the token as it is (`out` is then ignored).
pub(crate) trait TokenMap:
    Fn(&str, &mut String) -> bool + Clone + Send + Sync + 'static
{
}

impl<F> TokenMap for F where F: Fn(&str, &mut String) -> bool + Clone + Send + Sync + 'static {}

/// A token filter applying a [`TokenMap`]; positions and offsets are kept.
#[derive(Clone)]
pub(crate) struct MapFilter<F>(pub(crate) F);

impl<F: TokenMap> TokenFilter for MapFilter<F> {
    type Tokenizer<T: Tokenizer> = MapTokenizer<T, F>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> MapTokenizer<T, F> {
        MapTokenizer {
            map: self.0,
            inner: tokenizer,
            buffer: String::new(),
        }
    }
}

#[derive(Clone)]
pub(crate) struct MapTokenizer<T, F> {
    map: F,
    inner: T,
    /// Reused for every token, so rewriting allocates only when a token outgrows it.
    buffer: String,
}

impl<T: Tokenizer, F: TokenMap> Tokenizer for MapTokenizer<T, F> {
    type TokenStream<'a> = MapTokenStream<'a, T::TokenStream<'a>, F>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MapTokenStream {
            map: &self.map,
            tail: self.inner.token_stream(text),
            buffer: &mut self.buffer,
        }
    }
}

pub(crate) struct MapTokenStream<'a, T, F> {
    map: &'a F,
    tail: T,
    buffer: &'a mut String,
}

impl<T: TokenStream, F: TokenMap> TokenStream for MapTokenStream<'_, T, F> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if (self.map)(&token.text, self.buffer) {
            mem::swap(&mut token.text, self.buffer);
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{SimpleTokenizer, TextAnalyzer};

    use super::*;

    #[test]
    fn rewrites_only_what_the_function_changes_and_keeps_offsets() {
        let upper_a = |text: &str, out: &mut String| {
            out.clear();
            out.push_str(&text.to_uppercase());
            text.starts_with('a')
        };
        let mut analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(MapFilter(upper_a))
            .build();
        let mut stream = analyzer.token_stream("abc def ax");
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
        }
        assert_eq!(
            out,
            [
                ("ABC".to_owned(), 0, 0, 3),
                ("def".to_owned(), 1, 4, 7),
                ("AX".to_owned(), 2, 8, 10)
            ]
        );
    }
}
