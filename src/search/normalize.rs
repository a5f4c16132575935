//! Per-script character normalisation: plain functions over `&str`, and the token filter that
//! applies one of them in an analyzer ([`token_filter`]).
//!
//! The functions are shared by the analyzers (index and query time) and by the lemma-table
//! generator (`tools/lemma-table`), so the keys written into a table are produced by exactly the
//! code that later looks them up. Each function expects lower-cased input and writes into `out`
//! (cleared first) so a token stream can reuse one buffer.

use super::token_map::{MapFilter, TokenMap};

/// Which normalisation an analyzer applies. Each expects lower-cased tokens.
///
/// One enum rather than one filter type per script: the filter around each function is the
/// same (see [`token_filter`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Normalization {
    /// [`fold_polish`]: Polish diacritics to ASCII, `ł` included.
    PolishFolding,
    /// [`normalize_cyrillic`]: stress marks, NFD й/ї/ё/ў, apostrophe variants.
    Cyrillic,
    /// [`normalize_russian`]: as `Cyrillic`, plus `ё` → `е`.
    Russian,
    /// [`normalize_arabic`]: harakat, tatweel, alef variants.
    Arabic,
}

impl Normalization {
    /// The function behind this variant, for code that normalises strings outside tantivy (the
    /// lemma-table generator).
    pub fn function(self) -> fn(&str, &mut String) {
        match self {
            Normalization::PolishFolding => fold_polish,
            Normalization::Cyrillic => normalize_cyrillic,
            Normalization::Russian => normalize_russian,
            Normalization::Arabic => normalize_arabic,
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

/// The token filter applying `normalization`, or passing tokens through for `None` (languages
/// whose script needs none), so every analyzer chain has the same shape.
pub(crate) fn token_filter(normalization: Option<Normalization>) -> MapFilter<impl TokenMap> {
    MapFilter(move |text: &str, out: &mut String| match normalization {
        Some(n) if n.may_change(text) => {
            (n.function())(text, out);
            true
        }
        _ => false,
    })
}

/// Folds Polish diacritics to ASCII: `zasiłek` → `zasilek`, `źródło` → `zrodlo`.
///
/// Why explicit: `ł` has no Unicode decomposition, so NFD-and-strip would leave it alone; and
/// visitors on foreign keyboards type `zasilek`. Combining marks (U+0300–U+036F) are dropped so
/// that text stored in NFD (`a` + U+0328) folds the same as precomposed `ą`. Other non-ASCII
/// letters are kept here; tantivy's `AsciiFoldingFilter` later in the chain takes care of them
/// (names such as `Müller`), after lemmatisation, so the generator never needs to know about them.
pub fn fold_polish(text: &str, out: &mut String) {
    out.clear();
    for c in text.chars() {
        let folded = match c {
            'ą' => 'a',
            'ć' => 'c',
            'ę' => 'e',
            'ł' => 'l',
            'ń' => 'n',
            'ó' => 'o',
            'ś' => 's',
            'ź' | 'ż' => 'z',
            // Upper case only reaches us if a caller skipped the LowerCaser; keep its case.
            'Ą' => 'A',
            'Ć' => 'C',
            'Ę' => 'E',
            'Ł' => 'L',
            'Ń' => 'N',
            'Ó' => 'O',
            'Ś' => 'S',
            'Ź' | 'Ż' => 'Z',
            '\u{0300}'..='\u{036F}' => continue,
            other => other,
        };
        out.push(folded);
    }
}

/// Normalises Cyrillic text the way Ukrainian and Belarusian hunspell dictionaries spell it.
///
/// - Stress marks (U+0301, U+0300) are dropped: learning materials print them, queries never
///   contain them (the uk_UA dictionary itself declares `IGNORE ́`).
/// - Decomposed й, ї, ё, ў (base letter + U+0306/U+0308) are recomposed. We must not strip
///   *all* combining marks as for Polish: `и` + U+0306 is the distinct letter `й`.
/// - The apostrophe variants used in Ukrainian and Belarusian (’ U+2019, ʼ U+02BC, ` and ′) become
///   the ASCII `'` the dictionaries use, so `сім’я` and `сім'я` are one term.
/// - Belarusian `ў` becomes `у` (see the comment in the code).
pub fn normalize_cyrillic(text: &str, out: &mut String) {
    out.clear();
    for c in text.chars() {
        match c {
            '\u{0301}' | '\u{0300}' => {}
            '\u{0306}' => compose_last(out, c),
            '\u{0308}' => compose_last(out, c),
            '\u{2019}' | '\u{02BC}' | '`' | '\u{2032}' => out.push('\''),
            // Belarusian ў is the non-syllabic variant of у (a word-initial у becomes ў after a
            // vowel: `у Мінску` / `жыве ў Мінску`); the be_BY dictionary lists both spellings.
            // Folding makes them one term; neither Ukrainian nor Russian has ў.
            'ў' => out.push('у'),
            'Ў' => out.push('У'),
            other => out.push(other),
        }
    }
}

/// Russian: [`normalize_cyrillic`] plus `ё` → `е`. Russian text mostly omits the diaeresis, so
/// `всё`/`все` and `ёлка`/`елка` must meet; the Snowball stemmer that follows does not fold it.
pub fn normalize_russian(text: &str, out: &mut String) {
    normalize_cyrillic(text, out);
    if out.contains(['ё', 'Ё']) {
        let folded: String = out
            .chars()
            .map(|c| match c {
                'ё' => 'е',
                'Ё' => 'Е',
                other => other,
            })
            .collect();
        *out = folded;
    }
}

fn compose_last(out: &mut String, mark: char) {
    let composed = match (out.chars().last(), mark) {
        (Some('и'), '\u{0306}') => Some('й'),
        (Some('И'), '\u{0306}') => Some('Й'),
        // у + breve is ў, which we fold to у anyway.
        (Some('у'), '\u{0306}') => Some('у'),
        (Some('У'), '\u{0306}') => Some('У'),
        (Some('і'), '\u{0308}') => Some('ї'),
        (Some('І'), '\u{0308}') => Some('Ї'),
        (Some('е'), '\u{0308}') => Some('ё'),
        (Some('Е'), '\u{0308}') => Some('Ё'),
        _ => None,
    };
    // An unexpected combining mark (`None`) is dropped rather than left dangling in a term.
    if let Some(letter) = composed {
        out.pop();
        out.push(letter);
    }
}

/// Arabic orthographic normalisation, in the spirit of Lucene's `ArabicNormalizer`.
///
/// Arabic text is written with optional vowel marks and with several spellings that readers
/// treat as the same word; queries are typed without marks and often with the plain forms.
/// - harakat, tanwin, shadda, sukun, superscript alef and Quranic marks are removed;
/// - tatweel (ـ, a purely typographic stretch) is removed;
/// - hamza-carrying and madda alefs (أ إ آ ٱ) become bare alef ا;
/// - Persian/Urdu keheh ک and farsi yeh ی become Arabic ك and ي (keyboard variants).
///
/// Deliberately *not* folded: ta marbuta ة → ha ه and alef maqsura ى → ya ي. Lucene does fold
/// them, but the Snowball Arabic stemmer that follows in `lang_ar` recognises ة and ى as
/// suffixes and endings; folding them first made it conflate fewer forms (24 instead of 27 of
/// the 33 pairs of `tests/search-words/ar_groups.txt`). Hamza on waw/ya (ؤ ئ) is kept as well.
pub fn normalize_arabic(text: &str, out: &mut String) {
    out.clear();
    for c in text.chars() {
        match c {
            // Harakat, tanwin, shadda, sukun, maddah/hamza above and below as marks, etc.
            '\u{064B}'..='\u{065F}' | '\u{0670}' => {}
            // Quranic annotation marks.
            '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E8}' => {}
            '\u{06EA}'..='\u{06ED}' => {}
            // Tatweel.
            '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ک' => out.push('ك'),
            'ی' => out.push('ي'),
            other => out.push(other),
        }
    }
}

/// Lower-cased text without Polish diacritics and with `ё`, `ї` as `е`, `і`: the loose spelling
/// people type on a keyboard without those letters. The spelling lexicon is keyed on it, so that
/// `urzad` meets `urząd` and `елка` meets `ёлка`.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::new();
    fold_polish(s, &mut out);
    out.chars()
        .map(|c| match c {
            'ё' => 'е',
            'ї' => 'і',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use tantivy::tokenizer::{LowerCaser, TextAnalyzer};

    use super::*;
    use crate::search::tokenizer::WordTokenizer;

    fn run(f: fn(&str, &mut String), s: &str) -> String {
        let mut out = String::from("garbage from a previous token");
        f(s, &mut out);
        out
    }

    #[test]
    fn polish_folding_handles_l_stroke_and_nfd() {
        assert_eq!(run(fold_polish, "zasiłek"), "zasilek");
        assert_eq!(run(fold_polish, "źródło żółć"), "zrodlo zolc");
        assert_eq!(run(fold_polish, "ZAŚWIADCZENIE"), "ZASWIADCZENIE");
        // "urząd" with the ogonek as a combining mark (NFD).
        assert_eq!(run(fold_polish, "urza\u{0328}d"), "urzad");
        assert_eq!(run(fold_polish, "müller"), "müller");
    }

    #[test]
    fn cyrillic_stress_apostrophes_and_nfd() {
        assert_eq!(run(normalize_cyrillic, "до\u{0301}звіл"), "дозвіл");
        assert_eq!(run(normalize_cyrillic, "сім’я"), "сім'я");
        assert_eq!(run(normalize_cyrillic, "сімʼя"), "сім'я");
        assert_eq!(run(normalize_cyrillic, "и\u{0306}ти"), "йти");
        assert_eq!(run(normalize_cyrillic, "i\u{0308}"), "i"); // Latin i: mark dropped, no ї
        assert_eq!(run(normalize_cyrillic, "і\u{0308}жа"), "їжа");
        assert_eq!(run(normalize_cyrillic, "у\u{0306}"), "у");
        assert_eq!(run(normalize_cyrillic, "ўчыняю"), "учыняю");
    }

    #[test]
    fn russian_folds_yo() {
        assert_eq!(run(normalize_russian, "всё"), "все");
        assert_eq!(run(normalize_russian, "е\u{0308}лка"), "елка");
    }

    #[test]
    fn arabic_normalisation() {
        assert_eq!(run(normalize_arabic, "مَدْرَسَة"), "مدرسة");
        assert_eq!(run(normalize_arabic, "إقامة"), "اقامة");
        assert_eq!(run(normalize_arabic, "أطفال"), "اطفال");
        assert_eq!(run(normalize_arabic, "مستشفـــى"), "مستشفى");
        assert_eq!(run(normalize_arabic, "کتاب"), "كتاب");
    }

    fn tokens(kind: Normalization, text: &str) -> Vec<String> {
        let mut analyzer = TextAnalyzer::builder(WordTokenizer::with_apostrophes())
            .filter(LowerCaser)
            .filter(token_filter(Some(kind)))
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
            .filter(token_filter(Some(Normalization::PolishFolding)))
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
