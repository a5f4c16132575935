//! Typo tolerance and as-you-type prefixes through each language's vocabulary.
//!
//! A typo in an inflected word (`zezwolenei`) is one edit from the form in the text
//! (`zezwolenie`) but further from its lemma, which is what the index holds. So instead of fuzzy
//! queries against the index, a misspelt word is first matched against the words the texts really
//! use (an `fst` map of folded words to their frequency, walked with a Levenshtein automaton); the
//! few nearest real words are then searched exactly, through the language's own analysis. This
//! needs no second copy of the text in the index and keeps queries fast.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fst::{Automaton, IntoStreamer, Map, Streamer};
use levenshtein_automata::{DFA, Distance, LevenshteinAutomatonBuilder, SINK_STATE};

use super::suggest::fold;

/// At most this many entries are looked at for one prefix: enough for the frequent completions.
const PREFIX_SCAN: usize = 5_000;

pub struct Lexicon {
    /// Folded word → how often it occurs.
    words: Map<Vec<u8>>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("words", &self.words.len())
            .finish()
    }
}

impl Lexicon {
    /// From folded words and their counts, in any order.
    pub fn new<'a>(words: impl IntoIterator<Item = (&'a str, usize)>) -> Lexicon {
        let mut sorted: BTreeMap<&str, u64> = BTreeMap::new();
        for (w, n) in words {
            *sorted.entry(w).or_default() += n as u64;
        }
        let words = Map::from_iter(sorted).expect("keys come sorted and unique from a BTreeMap");
        Lexicon { words }
    }

    pub fn contains(&self, folded: &str) -> bool {
        self.words.contains_key(folded)
    }

    /// Up to `limit` words within `distance` edits of `folded` (a transposition counts as one),
    /// most frequent first.
    pub fn near(&self, folded: &str, distance: u8, limit: usize) -> Vec<String> {
        let dfa = Lev(builder(distance).build_dfa(folded));
        let mut stream = self.words.search(&dfa).into_stream();
        let mut found = Vec::new();
        while let Some((word, count)) = stream.next() {
            found.push((count, String::from_utf8_lossy(word).into_owned()));
        }
        best(found, limit)
    }

    /// Up to `limit` words starting with `folded`, most frequent first.
    pub fn starting_with(&self, folded: &str, limit: usize) -> Vec<String> {
        let automaton = fst::automaton::Str::new(folded).starts_with();
        let mut stream = self.words.search(automaton).into_stream();
        let mut found = Vec::new();
        while let Some((word, count)) = stream.next() {
            found.push((count, String::from_utf8_lossy(word).into_owned()));
            if found.len() >= PREFIX_SCAN {
                break;
            }
        }
        best(found, limit)
    }
}

fn best(mut found: Vec<(u64, String)>, limit: usize) -> Vec<String> {
    found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    found.into_iter().take(limit).map(|(_, w)| w).collect()
}

/// The word folded as the lexicon's keys are.
pub fn key(word: &str) -> String {
    fold(&word.to_lowercase())
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
        Lexicon::new([
            ("zezwolenie", 9),
            ("zezwolenia", 5),
            ("zasilek", 7),
            ("pesel", 20),
            ("pesele", 1),
            ("praca", 3),
        ])
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
}
