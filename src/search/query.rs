//! From what a visitor typed to a tantivy query, by code: words, quoted phrases and the word being
//! typed. There is no query syntax to get wrong, so no input can make a query fail.

use tantivy::Term;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::TextAnalyzer;

use super::analysis::analyze;
use super::index::LangFields;
use super::lexicon::Lexicon;

/// Longest query taken into account, in characters: a 10 KB paste is cut, not refused.
const MAX_CHARS: usize = 256;
/// Most words taken into account; a whole question rarely has more.
const MAX_WORDS: usize = 24;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    pub words: Vec<String>,
    /// Quoted phrases: `"karta pobytu"`, also in Polish quotes `„karta pobytu”`.
    pub phrases: Vec<String>,
    /// The last word is still being typed (no space after it), so it also matches as a prefix.
    pub partial_last: bool,
}

impl ParsedQuery {
    pub fn parse(text: &str) -> ParsedQuery {
        let text: String = text
            .chars()
            .take(MAX_CHARS)
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let mut parsed = ParsedQuery::default();
        let mut outside = String::new();
        let mut phrase: Option<String> = None;
        for c in text.chars() {
            let quote = matches!(c, '"' | '„' | '”' | '“' | '«' | '»');
            match (&mut phrase, quote) {
                (None, true) => phrase = Some(String::new()),
                (Some(p), true) => {
                    let p = std::mem::take(p);
                    if !p.trim().is_empty() {
                        parsed.phrases.push(p.trim().to_string());
                    }
                    phrase = None;
                    outside.push(' ');
                }
                (Some(p), false) => p.push(c),
                (None, false) => outside.push(c),
            }
        }
        // An unclosed quote is not a phrase: its words count as words.
        if let Some(p) = phrase {
            outside.push(' ');
            outside.push_str(&p);
        }
        parsed.partial_last = !text.ends_with(char::is_whitespace)
            && !text.trim_end().ends_with(['"', '”', '“', '»']);
        parsed.words = outside
            .split_whitespace()
            .take(MAX_WORDS)
            .map(str::to_string)
            .collect();
        parsed
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty()
    }
}

/// The query for one language's fields. Words match by lemma (`analyzer`). With `fuzzy` (the
/// reader's own language), a word the texts do not use also matches the nearest words they do use
/// (`lexicon`, see [`super::lexicon`]), and the word being typed its frequent completions; other
/// languages are matched exactly, which keeps the cross-language pass cheap. `share` tells how
/// common a term is, so that words in most documents can be left out of a query with rarer ones.
#[allow(clippy::too_many_arguments)]
pub fn build_query(
    parsed: &ParsedQuery,
    analyzer: &mut TextAnalyzer,
    lexicon: Option<&Lexicon>,
    f: &LangFields,
    fuzzy: bool,
    reader_lang: &str,
    share: &dyn Fn(&Term) -> Option<f64>,
) -> Option<Box<dyn Query>> {
    struct Word {
        typing: bool,
        lemmas: Vec<String>,
        /// The word's parts, folded as the lexicon's keys.
        keys: Vec<String>,
    }
    let last = parsed.words.len().saturating_sub(1);
    let mut words = Vec::new();
    for (i, text) in parsed.words.iter().enumerate() {
        let mut lemmas = analyze(analyzer, text);
        // A Polish term typed in Cyrillic also counts in its Latin spelling.
        if let Some(latin) = super::translit::to_polish_latin(text, reader_lang) {
            for t in analyze(analyzer, &latin) {
                if !lemmas.contains(&t) {
                    lemmas.push(t);
                }
            }
        }
        let keys = text
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|k| !k.is_empty())
            .map(super::lexicon::key)
            .collect();
        words.push(Word {
            typing: parsed.partial_last && i == last,
            lemmas,
            keys,
        });
    }
    // A word is common when its lemma is in more than `COMMON` of the documents, rare when in some
    // but fewer; a word in none (a typo, a transliteration that does not occur) is neither.
    let shares: Vec<Option<f64>> = words
        .iter()
        .map(|w| {
            w.lemmas
                .iter()
                .filter_map(|t| share(&Term::from_field_text(f.body, t)))
                .reduce(f64::min)
        })
        .collect();
    let is_common = |s: &Option<f64>| s.is_some_and(|s| s > super::index::COMMON);
    let has_rare = shares
        .iter()
        .any(|s| s.is_some_and(|s| s > 0.0 && s <= super::index::COMMON));

    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for (word, share) in words.iter().zip(&shares) {
        if has_rare && is_common(share) {
            continue;
        }
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let exact =
            |terms: &[String], weight: f32, alternatives: &mut Vec<(Occur, Box<dyn Query>)>| {
                for term in terms {
                    for (field, boost) in [(f.title, 3.0), (f.heading, 2.0), (f.body, 1.0)] {
                        let q = TermQuery::new(
                            Term::from_field_text(field, term),
                            IndexRecordOption::WithFreqs,
                        );
                        alternatives.push((Occur::Should, boosted(q, boost * weight)));
                    }
                }
            };
        exact(&word.lemmas, 1.0, &mut alternatives);
        if let (true, Some(lexicon)) = (fuzzy, lexicon) {
            let mut near: Vec<String> = Vec::new();
            for key in &word.keys {
                let chars = key.chars().count();
                // Typo tolerance from four letters (`pesl`); on shorter words one edit reaches too
                // many others. A word the texts use is not a typo.
                if chars >= 4 && !lexicon.contains(key) {
                    near.extend(lexicon.near(key, if chars >= 9 { 2 } else { 1 }, 4));
                }
                if word.typing && chars >= 2 {
                    near.extend(lexicon.starting_with(key, 6));
                }
            }
            let mut terms: Vec<String> = Vec::new();
            for w in near {
                for t in analyze(analyzer, &w) {
                    if !terms.contains(&t) && !word.lemmas.contains(&t) {
                        terms.push(t);
                    }
                }
            }
            exact(&terms, 0.4, &mut alternatives);
        }
        if !alternatives.is_empty() {
            clauses.push((Occur::Should, Box::new(BooleanQuery::new(alternatives))));
        }
    }
    for phrase in &parsed.phrases {
        let terms = analyze(analyzer, phrase);
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (field, boost) in [(f.title, 3.0), (f.heading, 2.0), (f.body, 1.0)] {
            let q: Box<dyn Query> = if terms.len() >= 2 {
                let ts = terms
                    .iter()
                    .map(|t| Term::from_field_text(field, t))
                    .collect();
                Box::new(PhraseQuery::new(ts))
            } else if let Some(t) = terms.first() {
                Box::new(TermQuery::new(
                    Term::from_field_text(field, t),
                    IndexRecordOption::WithFreqs,
                ))
            } else {
                continue;
            };
            alternatives.push((Occur::Should, Box::new(BoostQuery::new(q, boost))));
        }
        if !alternatives.is_empty() {
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(alternatives))));
        }
    }
    if clauses.is_empty() {
        return None;
    }
    Some(Box::new(BooleanQuery::new(clauses)))
}

fn boosted(q: impl Query + 'static, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(Box::new(q), boost))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_phrases_and_the_word_being_typed() {
        let p = ParsedQuery::parse("jak dostać \"karta pobytu\" zasił");
        assert_eq!(p.words, ["jak", "dostać", "zasił"]);
        assert_eq!(p.phrases, ["karta pobytu"]);
        assert!(p.partial_last);
        assert!(!ParsedQuery::parse("pesel ").partial_last);
    }

    #[test]
    fn polish_quotes_and_unbalanced_quotes() {
        assert_eq!(ParsedQuery::parse("„urząd pracy”").phrases, ["urząd pracy"]);
        let p = ParsedQuery::parse("\"karta pobytu");
        assert!(p.phrases.is_empty());
        assert_eq!(p.words, ["karta", "pobytu"]);
    }

    #[test]
    fn hostile_input_is_just_words() {
        let p = ParsedQuery::parse("title:x OR \u{0}\u{7}");
        assert_eq!(p.words, ["title:x", "OR"]);
        let long = "a ".repeat(10_000);
        assert!(ParsedQuery::parse(&long).words.len() <= MAX_WORDS);
        assert!(ParsedQuery::parse("   ").is_empty());
        assert!(ParsedQuery::parse("\"\"").is_empty());
    }
}
