//! Per-language text analysis for the search index: one tantivy `TextAnalyzer` per content
//! language, registered under `lang_<code>`.
//!
//! The same analyzer runs at index time and at query time, so whatever it does to a word it does
//! to both sides. Every chain is: [`WordTokenizer`] → drop absurdly long tokens → lower-case →
//! script normalisation → stemming or lemmatisation → ASCII folding of any remaining Latin letters
//! (so `Urząd` quoted in a Ukrainian guide still meets a query typed as `urzad`).
//!
//! | lang | normalisation | reduction |
//! |------|---------------|-----------|
//! | pl | Polish folding (ł included) | hunspell pl_PL lemma table, keyed on folded forms |
//! | uk | Cyrillic (stress, apostrophes) | hunspell uk_UA lemma table |
//! | be | Cyrillic | hunspell be_BY lemma table |
//! | ru | Cyrillic + ё→е | Snowball Russian (tantivy `Stemmer`) |
//! | en | — | Snowball English (tantivy `Stemmer`) |
//! | ka | — (lower-casing maps Mtavruli capitals to Mkhedruli) | none: no stemmer exists; rely on prefix queries |
//! | ar | Arabic (harakat, tatweel, alef variants) | Snowball Arabic (tantivy `Stemmer`) |
//!
//! Why the lemma tables key on *folded* Polish forms: a visitor typing `zasilku` on a keyboard
//! without Polish letters must reach `zasiłek`, and folding after lemmatisation would only have
//! given them `zasilek` itself. Query-time typo tolerance and prefix matching are built on these
//! tokens by the query layer; nothing here depends on it.

use std::sync::{Arc, OnceLock};

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, Stemmer, TextAnalyzer,
    TokenizerManager,
};

use super::lemma::{self, LemmaTable, LemmaTableError};
use super::normalize::{self, Normalization};
use super::tokenizer::WordTokenizer;

/// Longest token kept, in bytes. tantivy's default of 40 bytes is only 13 Georgian or 20
/// Cyrillic letters, too short for `დასაქმებისთვის` or `працевлаштування`.
const MAX_TOKEN_BYTES: usize = 120;

/// The content languages the portal serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Pl,
    En,
    Uk,
    Ru,
    Be,
    Ka,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 7] = [
        Lang::Pl,
        Lang::En,
        Lang::Uk,
        Lang::Ru,
        Lang::Be,
        Lang::Ka,
        Lang::Ar,
    ];

    /// The BCP 47 code used in `portal.toml` and URLs.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Pl => "pl",
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
            Lang::Be => "be",
            Lang::Ka => "ka",
            Lang::Ar => "ar",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The script normalisation the analyzer applies after lower-casing. A lemma table is keyed on
    /// forms normalised this way, so the table generator (`tools/lemma-table`) takes it from here.
    pub fn normalization(self) -> Option<Normalization> {
        match self {
            Lang::Pl => Some(Normalization::PolishFolding),
            Lang::Uk | Lang::Be => Some(Normalization::Cyrillic),
            Lang::Ru => Some(Normalization::Russian),
            Lang::Ar => Some(Normalization::Arabic),
            Lang::En | Lang::Ka => None,
        }
    }

    /// Name under which the analyzer is registered, to put in the schema's
    /// `TextFieldIndexing::set_tokenizer`.
    pub fn analyzer_name(self) -> &'static str {
        match self {
            Lang::Pl => "lang_pl",
            Lang::En => "lang_en",
            Lang::Uk => "lang_uk",
            Lang::Ru => "lang_ru",
            Lang::Be => "lang_be",
            Lang::Ka => "lang_ka",
            Lang::Ar => "lang_ar",
        }
    }
}

/// Why the analyzers could not be set up.
#[derive(Debug, Clone, thiserror::Error)]
pub enum AnalysisError {
    #[error(
        "the built-in {lang} lemma table is unreadable (rebuild it with tools/lemma-table): {source}"
    )]
    EmbeddedTable {
        lang: &'static str,
        source: Arc<LemmaTableError>,
    },
}

/// The dictionary lemma tables used by the `pl`, `uk` and `be` analyzers.
///
/// Cheap to clone (the tables are shared); build once at start-up and reuse for every index
/// rebuild.
#[derive(Clone, Debug)]
pub(crate) struct LemmaTables {
    pl: Arc<LemmaTable>,
    uk: Arc<LemmaTable>,
    be: Arc<LemmaTable>,
}

impl LemmaTables {
    /// The tables compiled into the binary from `data/lemmas/*.lemmas`.
    ///
    /// They are embedded, not read from `/usr/share/hunspell`, so that `cargo run --release` on
    /// a fresh machine searches Polish and Ukrainian properly with no system package; an error
    /// here means a corrupt file was committed, and the test suite catches it.
    pub(crate) fn embedded() -> Result<Self, AnalysisError> {
        // Validating the tables walks every entry: do it once per process, not on every reload
        // (or every test that loads a site).
        static TABLES: OnceLock<Result<LemmaTables, AnalysisError>> = OnceLock::new();
        static PL: &[u8] = include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/lemmas/pl.lemmas"
        ));
        static UK: &[u8] = include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/lemmas/uk.lemmas"
        ));
        static BE: &[u8] = include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/lemmas/be.lemmas"
        ));
        let load = |lang: &'static str, bytes: &'static [u8]| {
            LemmaTable::from_static(bytes)
                .map(Arc::new)
                .map_err(|source| AnalysisError::EmbeddedTable {
                    lang,
                    source: Arc::new(source),
                })
        };
        TABLES
            .get_or_init(|| {
                Ok(LemmaTables {
                    pl: load("pl", PL)?,
                    uk: load("uk", UK)?,
                    be: load("be", BE)?,
                })
            })
            .clone()
    }
}

/// The first stage of every analyzer: words (with apostrophes inside Ukrainian and Belarusian
/// ones), overlong tokens dropped, lower case, the language's script normalisation.
fn words(
    lang: Lang,
) -> tantivy::tokenizer::TextAnalyzerBuilder<impl tantivy::tokenizer::Tokenizer> {
    let tokenizer = if matches!(lang, Lang::Uk | Lang::Be) {
        WordTokenizer::with_apostrophes()
    } else {
        WordTokenizer::new()
    };
    TextAnalyzer::builder(tokenizer)
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(normalize::token_filter(lang.normalization()))
}

/// Builds the analyzer for one language.
pub(crate) fn analyzer(lang: Lang, tables: &LemmaTables) -> TextAnalyzer {
    let base = words(lang);
    match lang {
        Lang::Pl => base
            .filter(lemma::token_filter(tables.pl.clone()))
            .filter(AsciiFoldingFilter)
            .build(),
        Lang::Uk => base
            .filter(lemma::token_filter(tables.uk.clone()))
            .filter(AsciiFoldingFilter)
            .build(),
        Lang::Be => base
            .filter(lemma::token_filter(tables.be.clone()))
            .filter(AsciiFoldingFilter)
            .build(),
        Lang::Ru => base
            .filter(Stemmer::new(Language::Russian))
            .filter(AsciiFoldingFilter)
            .build(),
        Lang::En => base
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(Language::English))
            .build(),
        Lang::Ka => base.filter(AsciiFoldingFilter).build(),
        Lang::Ar => base
            .filter(Stemmer::new(Language::Arabic))
            .filter(AsciiFoldingFilter)
            .build(),
    }
}

/// The analyzer for a language a site adds through `portal.toml` alone, with no analysis of its
/// own yet: words, lower case, Latin letters folded. Search works in it, without stemming.
pub(crate) const GENERIC_ANALYZER: &str = "lang_generic";

/// The registered analyzer's name for a language code, the generic one for languages without
/// their own.
pub(crate) fn analyzer_name_for(code: &str) -> &'static str {
    Lang::from_code(code).map_or(GENERIC_ANALYZER, Lang::analyzer_name)
}

/// Registers `lang_pl`, `lang_en`, `lang_uk`, `lang_ru`, `lang_be`, `lang_ka`, `lang_ar` and
/// `lang_generic` on the index's tokenizer manager (`index.tokenizers()`). Call it before
/// indexing and before building queries for the index.
pub(crate) fn register_analyzers(manager: &TokenizerManager, tables: &LemmaTables) {
    for lang in Lang::ALL {
        manager.register(lang.analyzer_name(), analyzer(lang, tables));
    }
    let generic = TextAnalyzer::builder(WordTokenizer::new())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    manager.register(GENERIC_ANALYZER, generic);
}

/// Runs `text` through the analyzer of `lang` and returns the terms, for tests, debugging and
/// the query side (e.g. to build fuzzy or prefix term queries from analysed words).
pub(crate) fn analyze(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(lang: Lang, text: &str) -> Vec<String> {
        let tables = LemmaTables::embedded().expect("embedded tables load");
        analyze(&mut analyzer(lang, &tables), text)
    }

    fn same(lang: Lang, a: &str, b: &str) {
        assert_eq!(terms(lang, a), terms(lang, b), "{a} vs {b} ({lang:?})");
    }

    #[test]
    fn polish_forms_meet_with_and_without_diacritics() {
        same(Lang::Pl, "zasiłek", "zasiłku");
        same(Lang::Pl, "zasiłek", "zasilki");
        same(Lang::Pl, "urząd", "urzędzie");
        same(Lang::Pl, "zasilek", "Zasiłków");
        same(Lang::Pl, "dziecko", "dzieci");
        assert_eq!(
            terms(Lang::Pl, "Urzędzie Wojewódzkim"),
            ["urzad", "wojewodzki"]
        );
    }

    #[test]
    fn ukrainian_forms_meet() {
        same(Lang::Uk, "дозвіл", "дозволу");
        same(Lang::Uk, "посвідка", "посвідки");
        same(Lang::Uk, "сім’я", "сім'ї");
        same(Lang::Uk, "дитина", "дітей");
    }

    #[test]
    fn russian_english_arabic_georgian() {
        same(Lang::Ru, "разрешение", "разрешения");
        same(Lang::En, "permit", "permits");
        same(Lang::Ar, "الإقامة", "اقامة");
        assert_eq!(terms(Lang::Ka, "ბინის ქირა"), ["ბინის", "ქირა"]);
    }

    #[test]
    fn latin_words_inside_cyrillic_text_are_folded() {
        assert_eq!(terms(Lang::Uk, "Urząd Wojewódzki"), ["urzad", "wojewodzki"]);
    }

    #[test]
    fn the_committed_tables_are_whole() {
        let tables = LemmaTables::embedded().unwrap();
        for table in [&tables.pl, &tables.uk, &tables.be] {
            table.validate().expect("every output names a transform");
            assert!(table.len() > 100_000);
        }
    }

    /// The word lists of `tests/search-words/`: `<lang>_groups.txt` lines are forms that must
    /// meet the line's first word, `<lang>_distinct.txt` lines pairs that must not. A form marked
    /// `!` is a known gap, expected to behave the other way: once the analysis improves, the test
    /// fails until the mark is removed, so the lists always say what the analyzers really do.
    #[test]
    fn the_search_word_lists_hold() {
        let tables = LemmaTables::embedded().unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/search-words");
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        let mut failures = Vec::new();
        let mut checked = 0;
        for path in &paths {
            let name = path.file_name().unwrap().to_string_lossy();
            let (code, kind) = name
                .strip_suffix(".txt")
                .and_then(|stem| stem.split_once('_'))
                .unwrap_or_else(|| {
                    panic!("{name}: expected <lang>_groups.txt or <lang>_distinct.txt")
                });
            let lang = Lang::from_code(code).unwrap_or_else(|| panic!("{name}: unknown language"));
            let must_meet = match kind {
                "groups" => true,
                "distinct" => false,
                _ => panic!("{name}: expected <lang>_groups.txt or <lang>_distinct.txt"),
            };
            let mut analyzer = analyzer(lang, &tables);
            let text = std::fs::read_to_string(path).unwrap();
            for (n, line) in text.lines().enumerate() {
                let mut words = line.split_whitespace();
                let Some(first) = words.next().filter(|w| !w.starts_with('#')) else {
                    continue;
                };
                let first_terms = analyze(&mut analyzer, first);
                for word in words {
                    let (word, gap) = match word.strip_prefix('!') {
                        Some(w) => (w, true),
                        None => (word, false),
                    };
                    checked += 1;
                    let meet = analyze(&mut analyzer, word) == first_terms;
                    if meet != (must_meet != gap) {
                        let verb = if meet { "meets" } else { "does not meet" };
                        let hint = if gap {
                            " (marked `!` as a gap: remove the mark)"
                        } else {
                            ""
                        };
                        failures.push(format!("{name}:{}: {word} {verb} {first}{hint}", n + 1));
                    }
                }
            }
        }
        assert!(
            paths.len() >= 7 && checked > 300,
            "{} files, {checked} words",
            paths.len()
        );
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn registers_every_language() {
        let manager = TokenizerManager::default();
        register_analyzers(&manager, &LemmaTables::embedded().unwrap());
        for lang in Lang::ALL {
            assert!(manager.get(lang.analyzer_name()).is_some(), "{lang:?}");
        }
    }
}
