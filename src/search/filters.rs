//! A token filter that applies one of the per-script normalisations of [`super::normalize`].
//!
//! One filter type with an enum, rather than one type per script, because the wrapper and stream
//! boilerplate tantivy needs is identical; the functions themselves live in `normalize` so the
//! lemma-table generator can call them directly.

use std::mem;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

use super::normalize;

/// Which normalisation a [`Normalizer`] applies. Each expects lower-cased tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Normalization {
    /// [`normalize::fold_polish`]: Polish diacritics to ASCII, `ł` included.
    PolishFolding,
    /// [`normalize::normalize_cyrillic`]: stress marks, NFD й/ї/ё/ў, apostrophe variants.
    Cyrillic,
    /// [`normalize::normalize_russian`]: as `Cyrillic`, plus `ё` → `е`.
    Russian,
    /// [`normalize::normalize_arabic`]: harakat, tatweel, alef variants.
    Arabic,
}

impl Normalization {
    /// The function behind this variant, for code that normalises strings outside tantivy
    /// (the lemma-table generator, query-side helpers).
    pub fn function(self) -> fn(&str, &mut String) {
        match self {
            Normalization::PolishFolding => normalize::fold_polish,
            Normalization::Cyrillic => normalize::normalize_cyrillic,
            Normalization::Russian => normalize::normalize_russian,
            Normalization::Arabic => normalize::normalize_arabic,
        }
    }

    /// Cheap test that lets ASCII tokens (numbers, Latin names) skip the rewrite.
    fn may_change(self, text: &str) -> bool {
        match self {
            // Only `\`` among ASCII chars is rewritten (to `'`).
            Normalization::Cyrillic | Normalization::Russian => {
                !text.is_ascii() || text.contains('`')
            }
            Normalization::PolishFolding | Normalization::Arabic => !text.is_ascii(),
        }
    }
}

/// Token filter applying a [`Normalization`].
#[derive(Clone, Copy, Debug)]
pub struct Normalizer(pub Normalization);

impl TokenFilter for Normalizer {
    type Tokenizer<T: Tokenizer> = NormalizerWrapper<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> NormalizerWrapper<T> {
        NormalizerWrapper {
            kind: self.0,
            inner: tokenizer,
            buffer: String::new(),
        }
    }
}

#[derive(Clone)]
pub struct NormalizerWrapper<T> {
    kind: Normalization,
    inner: T,
    buffer: String,
}

impl<T: Tokenizer> Tokenizer for NormalizerWrapper<T> {
    type TokenStream<'a> = NormalizerTokenStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        NormalizerTokenStream {
            kind: self.kind,
            tail: self.inner.token_stream(text),
            buffer: &mut self.buffer,
        }
    }
}

pub struct NormalizerTokenStream<'a, T> {
    kind: Normalization,
    tail: T,
    buffer: &'a mut String,
}

impl<T: TokenStream> TokenStream for NormalizerTokenStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if self.kind.may_change(&token.text) {
            (self.kind.function())(&token.text, self.buffer);
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
    use tantivy::tokenizer::{LowerCaser, TextAnalyzer};

    use super::*;
    use crate::search::tokenizer::WordTokenizer;

    fn tokens(kind: Normalization, text: &str) -> Vec<String> {
        let mut analyzer = TextAnalyzer::builder(WordTokenizer::with_apostrophes())
            .filter(LowerCaser)
            .filter(Normalizer(kind))
            .build();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn polish_folding_in_a_chain() {
        assert_eq!(
            tokens(Normalization::PolishFolding, "Zasiłek ŁÓDŹ 500+"),
            ["zasilek", "lodz", "500"]
        );
    }

    #[test]
    fn cyrillic_in_a_chain() {
        assert_eq!(
            tokens(Normalization::Cyrillic, "Сім’я ДО\u{0301}ЗВІЛ"),
            ["сім'я", "дозвіл"]
        );
        assert_eq!(tokens(Normalization::Russian, "ВСЁ"), ["все"]);
    }

    #[test]
    fn arabic_in_a_chain() {
        assert_eq!(tokens(Normalization::Arabic, "الإِقَامَة"), ["الاقامة"]);
    }

    #[test]
    fn keeps_positions_and_offsets() {
        let mut analyzer = TextAnalyzer::builder(WordTokenizer::new())
            .filter(LowerCaser)
            .filter(Normalizer(Normalization::PolishFolding))
            .build();
        let mut stream = analyzer.token_stream("a Łódź");
        assert!(stream.advance());
        assert!(stream.advance());
        let t = stream.token();
        assert_eq!(
            (t.text.as_str(), t.position, t.offset_from, t.offset_to),
            ("lodz", 1, 2, 9)
        );
    }
}
