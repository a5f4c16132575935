//! From what a visitor typed to a tantivy query, by code: words, quoted phrases and the word being
//! typed. There is no query syntax to get wrong, so no input can make a query fail.

use tantivy::Term;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::TextAnalyzer;

use super::analysis::analyze;
use super::lexicon::{Lexicon, key, words};
use super::schema::LangFields;

/// Longest query taken into account, in characters: a 10 KB paste is cut, not refused.
const MAX_CHARS: usize = 256;
/// Most words taken into account; a whole question rarely has more.
const MAX_WORDS: usize = 24;
/// A word in more than this share of the documents ("w", "na", "the") is left out of a query that
/// has rarer words: it would make nearly every document a candidate while ranking none of them.
const COMMON: f64 = 0.1;
/// How much more a document that has every word of the query scores, on top of its words' own
/// scores. Judged on `search/judged.toml` (see the README's search figures).
const ALL_WORDS_BOOST: f32 = 2.0;
/// How much more a document scores for each two neighbouring words of the query that it has
/// side by side ("скорая помощь", "karta pobytu"), on top of the words' own scores. Judged on
/// `search/judged.toml`.
const NEIGHBOURS_BOOST: f32 = 1.0;
/// How far apart two neighbouring words of the query may be in a text and still count as side by
/// side: one word between them ("zezwolenie *na* pobyt", the "na" left out of the query as a stop
/// word), or the two the other way round ("pomoc prawna" for "prawna pomoc"), which costs 2.
const NEIGHBOURS_SLOP: u32 = 2;

#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct ParsedQuery {
    pub(crate) words: Vec<String>,
    /// Quoted phrases: `"karta pobytu"`, also in Polish quotes `„karta pobytu”`.
    pub(crate) phrases: Vec<String>,
    /// The last word is still being typed (no space after it), so it also matches as a prefix.
    pub(crate) partial_last: bool,
    /// The words ask what a term means ("що таке гміна"): `words` hold only the term, and the
    /// glossary answers first (see [`super::meaning`]).
    pub(crate) question: Option<Question>,
}

/// The words of a question of meaning around its term, kept for "did you mean".
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Question {
    pub(crate) before: Vec<String>,
    pub(crate) after: Vec<String>,
}

impl ParsedQuery {
    pub(crate) fn parse(text: &str) -> ParsedQuery {
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
        if parsed.phrases.is_empty()
            && let Some(term) = super::meaning::asked_term(&parsed.words)
        {
            // In "гміна що це" the word being typed is a question word, not the term.
            parsed.partial_last &= term.end == parsed.words.len();
            let after = parsed.words.split_off(term.end);
            let asked = parsed.words.split_off(term.start);
            parsed.question = Some(Question {
                before: std::mem::replace(&mut parsed.words, asked),
                after,
            });
        }
        parsed
    }

    pub(crate) fn asks_meaning(&self) -> bool {
        self.question.is_some()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty()
    }
}

/// What [`build_query`] needs to know of the language it builds a query for.
pub(crate) struct QueryContext<'a> {
    /// The language's analyzer: words match by lemma.
    pub(crate) analyzer: TextAnalyzer,
    pub(crate) fields: &'a LangFields,
    /// The language of the fields: its stop words are left out, as are the reader's.
    pub(crate) lang: &'a str,
    /// The language's words, for typo tolerance and the word being typed (see
    /// [`super::lexicon`]); `None` matches words exactly, which keeps the cross-language pass
    /// cheap.
    pub(crate) lexicon: Option<&'a Lexicon>,
    /// The reader's language, which says how a word typed in Cyrillic reads in Polish.
    pub(crate) reader_lang: &'a str,
    /// The share of the language's documents a term is in (`None`: do not judge), so that words
    /// in most documents can be left out of a query with rarer ones.
    pub(crate) share: &'a dyn Fn(&Term) -> Option<f64>,
}

/// A word of the query, analysed.
struct Word {
    /// The last word, still being typed: it also matches as a prefix.
    typing: bool,
    /// A question word, preposition and the like (see [`super::stop_words`]).
    stop: bool,
    lemmas: Vec<String>,
    /// The word's terms in order, once per spelling (as typed, and its Latin transliteration):
    /// what a phrase of two neighbouring words is made of.
    spellings: Vec<Vec<String>>,
    /// The word's parts, as the lexicon's keys.
    keys: Vec<String>,
}

/// The query for one language's fields: every word as an alternative (a document needs not have
/// them all), stop words left out when there are other words, every quoted phrase required.
pub(crate) fn build_query(parsed: &ParsedQuery, cx: &mut QueryContext<'_>) -> Option<BuiltQuery> {
    let last = parsed.words.len().saturating_sub(1);
    let mut words: Vec<Word> = parsed
        .words
        .iter()
        .enumerate()
        .map(|(i, text)| cx.word(text, parsed.partial_last && i == last))
        .collect();
    if words.iter().any(|w| !w.stop) {
        words.retain(|w| !w.stop);
    }
    // A word is common when its lemma is in more than `COMMON` of the documents, rare when in some
    // but fewer; a word in none (a typo, a transliteration that does not occur) is neither.
    let shares: Vec<Option<f64>> = words
        .iter()
        .map(|w| {
            w.lemmas
                .iter()
                .filter_map(|t| (cx.share)(&Term::from_field_text(cx.fields.body, t)))
                .reduce(f64::min)
        })
        .collect();
    let is_common = |s: &Option<f64>| s.is_some_and(|s| s > COMMON);
    let has_rare = shares
        .iter()
        .any(|s| s.is_some_and(|s| s > 0.0 && s <= COMMON));

    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut every_word: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut kept: Vec<&Word> = Vec::new();
    for (word, share) in words.iter().zip(&shares) {
        if has_rare && is_common(share) {
            continue;
        }
        if let Some(q) = cx.word_query(word) {
            every_word.push((Occur::Must, q.box_clone()));
            clauses.push((Occur::Should, q));
            kept.push(word);
        }
    }
    // Words the reader typed together are usually one name ("karta pobytu", "скорая помощь"):
    // a text that has them side by side is about it, one that has them in different sentences
    // ("как можно скорее … помощи") only mentions them.
    for pair in kept.windows(2) {
        if let Some(q) = cx.neighbours_query(pair[0], pair[1]) {
            clauses.push((Occur::Should, boosted_dyn(q, NEIGHBOURS_BOOST)));
        }
    }
    // A document with every word of the query ("скорая помощь" in one section) outranks one that
    // repeats a single word in its title ("Социальная помощь"): the words' scores are added again.
    let every_word = (!every_word.is_empty()).then(|| BooleanQuery::new(every_word));
    if let Some(all) = &every_word
        && kept.len() >= 2
    {
        clauses.push((Occur::Should, boosted(all.clone(), ALL_WORDS_BOOST)));
    }
    for phrase in &parsed.phrases {
        if let Some(q) = cx.phrase_query(phrase) {
            clauses.push((Occur::Must, q));
        }
    }
    if clauses.is_empty() {
        return None;
    }
    Some(BuiltQuery {
        query: Box::new(BooleanQuery::new(clauses)),
        every_word: every_word.map(|q| Box::new(q) as Box<dyn Query>),
    })
}

/// A query and what it is made of that the ranking asks about again.
pub(crate) struct BuiltQuery {
    pub(crate) query: Box<dyn Query>,
    /// Matches the documents that have every word kept (a typo's nearest words counting as the
    /// word); `None` when only phrases were typed.
    pub(crate) every_word: Option<Box<dyn Query>>,
}

impl QueryContext<'_> {
    fn word(&mut self, text: &str, typing: bool) -> Word {
        let mut lemmas = analyze(&mut self.analyzer, text);
        let mut spellings = vec![lemmas.clone()];
        // A Polish term typed in Cyrillic also counts in its Latin spelling.
        if let Some(latin) = super::translit::to_polish_latin(text, self.reader_lang) {
            let latin = analyze(&mut self.analyzer, &latin);
            for t in &latin {
                if !lemmas.contains(t) {
                    lemmas.push(t.clone());
                }
            }
            spellings.push(latin);
        }
        spellings.retain(|s| !s.is_empty());
        spellings.dedup();
        Word {
            typing,
            stop: super::stop_words::is_stop_word(text, &[self.lang, self.reader_lang]),
            lemmas,
            spellings,
            keys: words(text).map(key).collect(),
        }
    }

    /// Two neighbouring words of the query side by side (up to [`NEIGHBOURS_SLOP`]) in any field,
    /// in each spelling of theirs.
    fn neighbours_query(&self, a: &Word, b: &Word) -> Option<Box<dyn Query>> {
        let f = self.fields;
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for first in &a.spellings {
            for second in &b.spellings {
                let terms: Vec<&String> = first.iter().chain(second).collect();
                for (field, boost) in [(f.title, 3.0), (f.heading, 2.0), (f.body, 1.0)] {
                    let ts = terms
                        .iter()
                        .enumerate()
                        .map(|(i, t)| (i, Term::from_field_text(field, t)))
                        .collect();
                    let q = PhraseQuery::new_with_offset_and_slop(ts, NEIGHBOURS_SLOP);
                    alternatives.push((Occur::Should, boosted(q, boost)));
                }
            }
        }
        (!alternatives.is_empty())
            .then(|| Box::new(BooleanQuery::new(alternatives)) as Box<dyn Query>)
    }

    /// The word's lemmas in any field; with a lexicon, also the nearest words the texts use when
    /// they do not use this one, and the completions of the word being typed, weighted lower.
    fn word_query(&mut self, word: &Word) -> Option<Box<dyn Query>> {
        let mut alternatives = Vec::new();
        self.term_queries(&word.lemmas, 1.0, &mut alternatives);
        if let Some(lexicon) = self.lexicon {
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
                for t in analyze(&mut self.analyzer, &w) {
                    if !terms.contains(&t) && !word.lemmas.contains(&t) {
                        terms.push(t);
                    }
                }
            }
            self.term_queries(&terms, 0.4, &mut alternatives);
        }
        (!alternatives.is_empty())
            .then(|| Box::new(BooleanQuery::new(alternatives)) as Box<dyn Query>)
    }

    /// Each term in the title, the headings or the body, weighted in that order.
    fn term_queries(
        &self,
        terms: &[String],
        weight: f32,
        alternatives: &mut Vec<(Occur, Box<dyn Query>)>,
    ) {
        let f = self.fields;
        for term in terms {
            for (field, boost) in [(f.title, 3.0), (f.heading, 2.0), (f.body, 1.0)] {
                let q = TermQuery::new(
                    Term::from_field_text(field, term),
                    IndexRecordOption::WithFreqs,
                );
                alternatives.push((Occur::Should, boosted(q, boost * weight)));
            }
        }
    }

    /// The phrase's lemmas in order, in any field.
    fn phrase_query(&mut self, phrase: &str) -> Option<Box<dyn Query>> {
        let terms = analyze(&mut self.analyzer, phrase);
        let f = self.fields;
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
        (!alternatives.is_empty())
            .then(|| Box::new(BooleanQuery::new(alternatives)) as Box<dyn Query>)
    }
}

fn boosted(q: impl Query + 'static, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(Box::new(q), boost))
}

fn boosted_dyn(q: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(q, boost))
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
    fn a_question_of_meaning_keeps_only_its_term() {
        let p = ParsedQuery::parse("що таке гміна");
        assert_eq!(p.words, ["гміна"]);
        assert!(p.asks_meaning() && p.partial_last);
        let p = ParsedQuery::parse("powiat co to jest");
        assert_eq!(p.words, ["powiat"]);
        assert!(p.asks_meaning() && !p.partial_last);
        let q = p.question.unwrap();
        assert!(q.before.is_empty());
        assert_eq!(q.after, ["co", "to", "jest"]);
        let p = ParsedQuery::parse("jak dostać kartę pobytu");
        assert_eq!(p.words.len(), 4);
        assert!(!p.asks_meaning());
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
