//! The word tokenizer shared by every language analyzer.
//!
//! tantivy's `SimpleTokenizer` splits on every char that is not alphanumeric. That is wrong for
//! two of our scripts: Arabic vowel marks (harakat) and decomposed Latin/Cyrillic diacritics are
//! combining marks, not alphanumerics, so `مَدْرَسَة` came out as single letters; and the
//! Ukrainian/Belarusian apostrophe is part of a word (`сім'я`, `з'ява`, `сям'я`), which it cut in
//! two. This tokenizer keeps combining marks inside words and, when asked, an apostrophe that
//! sits between two letters. Offsets are byte offsets into the original text, as tantivy expects
//! for snippets.

use std::str::CharIndices;

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Splits text into words; see the module documentation.
#[derive(Clone, Default)]
pub struct WordTokenizer {
    keep_apostrophes: bool,
    token: Token,
}

impl WordTokenizer {
    /// A tokenizer that splits at apostrophes (Polish, English, Russian, Georgian, Arabic).
    pub fn new() -> Self {
        WordTokenizer::default()
    }

    /// A tokenizer that keeps an apostrophe between two letters inside the word (Ukrainian,
    /// Belarusian). The apostrophe variant is normalised later by the Cyrillic normaliser.
    pub fn with_apostrophes() -> Self {
        WordTokenizer {
            keep_apostrophes: true,
            token: Token::default(),
        }
    }
}

/// True for the combining marks that belong inside a word in the scripts we serve.
///
/// Rust's `char::is_alphanumeric` is false for them, so a tokenizer that only keeps
/// alphanumerics (tantivy's `SimpleTokenizer`) cuts a vocalised Arabic word such as `مَدْرَسَة`
/// into single letters and a Polish word stored in NFD into pieces.
fn is_word_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'   // combining diacritics (Latin NFD, Cyrillic stress, breve)
        | '\u{0483}'..='\u{0489}' // Cyrillic combining marks
        | '\u{0610}'..='\u{061A}' // Arabic marks
        | '\u{064B}'..='\u{065F}' // Arabic harakat
        | '\u{0670}'              // superscript alef
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{0640}'              // tatweel (Lm, already alphanumeric, listed for clarity)
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_word_mark(c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '`')
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        WordTokenStream {
            text,
            chars: text.char_indices(),
            keep_apostrophes: self.keep_apostrophes,
            token: &mut self.token,
        }
    }
}

pub struct WordTokenStream<'a> {
    text: &'a str,
    chars: CharIndices<'a>,
    keep_apostrophes: bool,
    token: &'a mut Token,
}

impl WordTokenStream<'_> {
    /// Byte offset just past the word that started before the iterator's current position.
    fn word_end(&mut self) -> usize {
        loop {
            let rest = self.chars.clone();
            match self.chars.next() {
                Some((_, c)) if is_word_char(c) => continue,
                Some((offset, c)) if self.keep_apostrophes && is_apostrophe(c) => {
                    // Keep it only if a letter follows; otherwise the word ends here.
                    match self.chars.clone().next() {
                        Some((_, next)) if is_word_char(next) => continue,
                        _ => {
                            self.chars = rest;
                            return offset;
                        }
                    }
                }
                Some((offset, _)) => return offset,
                None => return self.text.len(),
            }
        }
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.token.text.clear();
        self.token.position = self.token.position.wrapping_add(1);
        while let Some((offset_from, c)) = self.chars.next() {
            // A word starts with a letter or digit, never with a stray combining mark.
            if c.is_alphanumeric() {
                let offset_to = self.word_end();
                self.token.offset_from = offset_from;
                self.token.offset_to = offset_to;
                self.token.text.push_str(&self.text[offset_from..offset_to]);
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(mut tokenizer: WordTokenizer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut stream = tokenizer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
        }
        out
    }

    fn texts(tokenizer: WordTokenizer, text: &str) -> Vec<String> {
        words(tokenizer, text).into_iter().map(|w| w.0).collect()
    }

    #[test]
    fn positions_and_byte_offsets() {
        let w = words(WordTokenizer::new(), "Urząd, pobyt!");
        assert_eq!(w[0], ("Urząd".to_owned(), 0, 0, 6));
        assert_eq!(w[1], ("pobyt".to_owned(), 1, 8, 13));
    }

    #[test]
    fn keeps_arabic_harakat_inside_words() {
        assert_eq!(
            texts(WordTokenizer::new(), "مَدْرَسَة ابتدائية"),
            ["مَدْرَسَة", "ابتدائية"]
        );
    }

    #[test]
    fn keeps_decomposed_diacritics() {
        assert_eq!(
            texts(WordTokenizer::new(), "urza\u{0328}d pracy"),
            ["urza\u{0328}d", "pracy"]
        );
    }

    #[test]
    fn apostrophes_only_when_asked_and_only_inside_words() {
        assert_eq!(
            texts(WordTokenizer::with_apostrophes(), "сім’я, 'лапки' сім'ї"),
            ["сім’я", "лапки", "сім'ї"]
        );
        assert_eq!(texts(WordTokenizer::new(), "сім'я"), ["сім", "я"]);
    }

    #[test]
    fn georgian_words() {
        assert_eq!(
            texts(WordTokenizer::new(), "ბინის ქირა, დასაქმება."),
            ["ბინის", "ქირა", "დასაქმება"]
        );
    }
}
