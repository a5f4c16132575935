//! Each language's vocabulary: typo tolerance and as-you-type prefixes for queries, and the
//! spelling that "did you mean" offers (see [`super::spelling`]).
//!
//! A typo in an inflected word (`zezwolenei`) is one edit from the form in the text
//! (`zezwolenie`) but further from its lemma, which is what the index holds. So instead of fuzzy
//! queries against the index, a misspelt word is first matched against the words the texts really
//! use (an `fst` map of folded words to their frequency, walked with a Levenshtein automaton); the
//! few nearest real words are then searched exactly, through the language's own analysis. This
//! needs no second copy of the text in the index and keeps queries fast.

//!
//! Words are keyed loosely ([`key`]: lower case, no Polish diacritics), so `urzad` is a known word,
//! offered in its usual spelling `urząd`. One lexicon per language serves both the query side and
//! "did you mean": there is one typo engine and one vocabulary in memory.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use fst::{Automaton, IntoStreamer, Map, Streamer};
use levenshtein_automata::{DFA, Distance, LevenshteinAutomatonBuilder, SINK_STATE};

use super::normalize::fold;

/// At most this many entries are looked at for one prefix: enough for the frequent completions.
const PREFIX_SCAN: usize = 5_000;

/// The words of a text as the lexicon counts them and as a query's words are looked up in it:
/// letters, digits and apostrophes (`сім'я`, `сім’я`), split at everything else.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
}

/// The word keyed as the lexicon's words are.
pub(crate) fn key(word: &str) -> String {
    fold(&word.to_lowercase())
}

/// Counts the words of a language's texts; [`LexiconBuilder::build`] makes the [`Lexicon`].
///
/// Only written forms are counted while the texts are read, and keyed once each when the lexicon
/// is built: the texts have a few thousand distinct forms but hundreds of thousands of words, and
/// this counting is on the critical path of start-up (it runs beside tantivy's indexing threads).
#[derive(Debug, Default)]
pub(crate) struct LexiconBuilder {
    /// Each written form, in lower case, and how often it occurs.
    forms: HashMap<String, u64>,
    /// The word being counted, lower-cased, reused so that a known form costs no allocation.
    lowered: String,
}

impl LexiconBuilder {
    pub(crate) fn add_text(&mut self, text: &str) {
        for word in words(text) {
            let mut chars = word.chars();
            if chars.next().is_none() || chars.next().is_none() {
                continue;
            }
            // Letter by letter, as `str::to_lowercase` does apart from the Greek final sigma,
            // which no portal language writes.
            self.lowered.clear();
            for c in word.chars() {
                self.lowered.extend(c.to_lowercase());
            }
            match self.forms.get_mut(self.lowered.as_str()) {
                Some(n) => *n += 1,
                None => {
                    self.forms.insert(self.lowered.clone(), 1);
                }
            }
        }
    }

    /// The lexicon: each key with the count of all its written forms and its most frequent form
    /// (on a tie, one with the letters the key folds away, so `urząd` rather than `urzad`; then
    /// the first in alphabetical order, so that the choice never depends on hashing). The counts
    /// of single written forms are dropped: they matter only while counting.
    pub(crate) fn build(self) -> Lexicon {
        // Key -> (chosen form, its count, the count of all forms).
        let mut keyed: HashMap<String, (String, u64, u64)> = HashMap::new();
        for (written, n) in self.forms {
            let key = fold(&written);
            let better = |chosen: &(String, u64, u64)| {
                (n, written != key, Reverse(&written))
                    > (chosen.1, chosen.0 != key, Reverse(&chosen.0))
            };
            match keyed.get_mut(&key) {
                Some(chosen) => {
                    chosen.2 += n;
                    if better(chosen) {
                        chosen.0 = written;
                        chosen.1 = n;
                    }
                }
                None => {
                    keyed.insert(key, (written, n, n));
                }
            }
        }
        let sorted: BTreeMap<String, (String, u64, u64)> = keyed.into_iter().collect();
        let mut words = Vec::with_capacity(sorted.len());
        let mut keys = fst::MapBuilder::memory();
        for (index, (key, (written, _, count))) in sorted.into_iter().enumerate() {
            keys.insert(&key, index as u64)
                .expect("keys come sorted and unique from a BTreeMap");
            words.push(Word {
                count,
                written: (written != key).then(|| written.into_boxed_str()),
            });
        }
        let keys = Map::new(keys.into_inner().expect("an in-memory fst builds"))
            .expect("a freshly built fst reads");
        Lexicon { keys, words }
    }
}

/// What the lexicon knows of one key.
#[derive(Debug)]
struct Word {
    /// How often the key occurs, all its written forms together.
    count: u64,
    /// Its most frequent written form, when that is not the key itself (`urząd` for `urzad`).
    written: Option<Box<str>>,
}

/// A language's words: an `fst` map from key to an index into `words`.
pub(crate) struct Lexicon {
    keys: Map<Vec<u8>>,
    words: Vec<Word>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("words", &self.words.len())
            .finish()
    }
}

/// A key found by a search of the lexicon.
struct Found<'l> {
    key: String,
    word: &'l Word,
    /// Edits from the word searched for.
    distance: u8,
}

impl Found<'_> {
    fn spelling(&self) -> &str {
        self.word.written.as_deref().unwrap_or(&self.key)
    }
}

impl Lexicon {
    pub(crate) fn contains(&self, key: &str) -> bool {
        self.keys.contains_key(key)
    }

    /// The usual spelling of a known key (`urząd` for `urzad`).
    pub(crate) fn spelling(&self, key: &str) -> Option<String> {
        let word = self.word(self.keys.get(key)?)?;
        Some(word.written.as_deref().unwrap_or(key).to_owned())
    }

    /// Up to `limit` keys within `distance` edits of `key` (a transposition counts as one), most
    /// frequent first: what a query tries for a word the texts do not use.
    pub(crate) fn near(&self, key: &str, distance: u8, limit: usize) -> Vec<String> {
        most_frequent(self.within(key, distance), limit)
    }

    /// The usual spelling of the closest word within `distance` edits of `key`: the fewest edits,
    /// then the most frequent, then the first in alphabetical order. What "did you mean" offers.
    pub(crate) fn closest(&self, key: &str, distance: u8) -> Option<String> {
        self.within(key, distance)
            .iter()
            .min_by(|a, b| {
                (a.distance, Reverse(a.word.count), a.spelling()).cmp(&(
                    b.distance,
                    Reverse(b.word.count),
                    b.spelling(),
                ))
            })
            .map(|f| f.spelling().to_owned())
    }

    /// Up to `limit` keys starting with `key`, most frequent first.
    pub(crate) fn starting_with(&self, key: &str, limit: usize) -> Vec<String> {
        let automaton = fst::automaton::Str::new(key).starts_with();
        let mut stream = self.keys.search(automaton).into_stream();
        let mut found = Vec::new();
        while let Some((k, index)) = stream.next() {
            if let Some(word) = self.word(index) {
                found.push(Found {
                    key: String::from_utf8_lossy(k).into_owned(),
                    word,
                    distance: 0,
                });
            }
            if found.len() >= PREFIX_SCAN {
                break;
            }
        }
        most_frequent(found, limit)
    }

    /// Every key within `distance` edits of `key`.
    fn within(&self, key: &str, distance: u8) -> Vec<Found<'_>> {
        let dfa = Lev(builder(distance).build_dfa(key));
        let mut stream = self.keys.search_with_state(&dfa).into_stream();
        let mut found = Vec::new();
        while let Some((k, index, state)) = stream.next() {
            let (Some(word), Distance::Exact(distance)) = (self.word(index), dfa.0.distance(state))
            else {
                continue;
            };
            found.push(Found {
                key: String::from_utf8_lossy(k).into_owned(),
                word,
                distance,
            });
        }
        found
    }

    fn word(&self, index: u64) -> Option<&Word> {
        self.words.get(usize::try_from(index).ok()?)
    }
}

fn most_frequent(mut found: Vec<Found<'_>>, limit: usize) -> Vec<String> {
    found.sort_by(|a, b| {
        b.word
            .count
            .cmp(&a.word.count)
            .then_with(|| a.key.cmp(&b.key))
    });
    found.into_iter().take(limit).map(|f| f.key).collect()
}

/// Building a Levenshtein automaton builder is costly; there is one per distance, for good.
fn builder(distance: u8) -> &'static LevenshteinAutomatonBuilder {
    static ONE: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    static TWO: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    match distance {
        0 | 1 => ONE.get_or_init(|| LevenshteinAutomatonBuilder::new(1, true)),
        _ => TWO.get_or_init(|| LevenshteinAutomatonBuilder::new(2, true)),
    }
}

/// A Levenshtein DFA walked over the `fst` map's bytes.
struct Lev(DFA);

impl Automaton for Lev {
    type State = u32;

    fn start(&self) -> u32 {
        self.0.initial_state()
    }

    fn is_match(&self, state: &u32) -> bool {
        matches!(self.0.distance(*state), Distance::Exact(_))
    }

    fn can_match(&self, state: &u32) -> bool {
        *state != SINK_STATE
    }

    fn accept(&self, state: &u32, byte: u8) -> u32 {
        self.0.transition(*state, byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        let mut builder = LexiconBuilder::default();
        for (word, n) in [
            ("zezwolenie", 9),
            ("zezwolenia", 5),
            ("zasiłek", 7),
            ("pesel", 20),
            ("pesele", 1),
            ("praca", 3),
        ] {
            builder.add_text(&format!("{word} ").repeat(n));
        }
        builder.build()
    }

    #[test]
    fn typos_find_the_real_words_most_frequent_first() {
        let l = lexicon();
        assert_eq!(l.near("zezwolenei", 2, 3), ["zezwolenie", "zezwolenia"]);
        assert_eq!(l.near("pesl", 1, 3), ["pesel"]);
        assert!(l.near("xyzxyz", 1, 3).is_empty());
        assert!(l.contains("zasilek") && !l.contains("zasilk"));
    }

    #[test]
    fn prefixes_complete_to_frequent_words() {
        let l = lexicon();
        assert_eq!(l.starting_with("pes", 5), ["pesel", "pesele"]);
        assert_eq!(l.starting_with("zez", 1), ["zezwolenie"]);
        assert_eq!(key("Zasiłek"), "zasilek");
    }

    #[test]
    fn known_words_are_offered_in_their_usual_spelling() {
        let mut builder = LexiconBuilder::default();
        builder.add_text("Urząd pracy. urząd, URZĄD; urzad.");
        let l = builder.build();
        assert_eq!(l.spelling("urzad").as_deref(), Some("urząd"));
        assert_eq!(l.spelling("pracy").as_deref(), Some("pracy"));
        assert_eq!(l.spelling("urzedu"), None);
    }

    #[test]
    fn a_tie_between_spellings_offers_the_one_with_its_letters_whatever_the_order() {
        for text in ["urząd urzad", "urzad urząd", "Urzad URZĄD"] {
            let mut builder = LexiconBuilder::default();
            builder.add_text(text);
            assert_eq!(builder.build().spelling("urzad").as_deref(), Some("urząd"));
        }
        // Two spellings of one key that both differ from it: the first alphabetically.
        let mut builder = LexiconBuilder::default();
        builder.add_text("żółw zółw");
        assert_eq!(builder.build().spelling("zolw").as_deref(), Some("zółw"));
    }

    #[test]
    fn the_closest_word_has_the_fewest_edits_then_the_most_uses() {
        let l = lexicon();
        // `pesela` is one edit from `pesel` (20 uses) and from `pesele` (1 use).
        assert_eq!(l.closest("pesela", 1).as_deref(), Some("pesel"));
        // `zezwolenai`: one transposition from `zezwolenia`, two edits from `zezwolenie`, which
        // is more frequent but further.
        assert_eq!(l.closest("zezwolenai", 2).as_deref(), Some("zezwolenia"));
        assert_eq!(l.closest("zasilke", 1).as_deref(), Some("zasiłek"));
        assert_eq!(l.closest("xyzxyz", 2), None);
    }

    #[test]
    fn words_keep_apostrophes_and_split_at_the_rest() {
        let w: Vec<&str> = words("сім’я, сім'ї — 500+ Łódź").collect();
        assert_eq!(w, ["сім’я", "сім'ї", "500", "Łódź"]);
    }
}
