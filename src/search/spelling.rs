//! "Did you mean": when a query finds nothing, each unknown word is replaced by the closest
//! frequent word of the language's text, ignoring diacritics, so `zasilke` suggests `zasiłek`.
//!
//! The as-you-type suggestions of `/api/suggest` are something else: they are searches
//! ([`super::SearchIndex::suggest`]).

use super::lexicon::{Lexicon, key};
use super::query::ParsedQuery;

/// The query with every unknown word replaced by the closest known word, or `None` when no word
/// changes.
pub(crate) fn did_you_mean(lexicon: &Lexicon, parsed: &ParsedQuery) -> Option<String> {
    let mut changed = false;
    let mut out = Vec::new();
    for word in parsed.words.iter().chain(parsed.phrases.iter()) {
        let mut corrected = Vec::new();
        for w in word.split_whitespace() {
            let folded = key(w);
            // A known word is offered in its usual spelling (`urzad` as `urząd`), which alone is
            // not a correction.
            if let Some(spelling) = lexicon.spelling(&folded) {
                corrected.push(spelling);
                continue;
            }
            let chars = folded.chars().count();
            if chars < 3 {
                corrected.push(w.to_lowercase());
                continue;
            }
            match lexicon.closest(&folded, if chars <= 5 { 1 } else { 2 }) {
                Some(spelling) => {
                    changed = true;
                    corrected.push(spelling);
                }
                None => corrected.push(w.to_lowercase()),
            }
        }
        out.push(corrected.join(" "));
    }
    // A question of meaning is offered again as a question: "що таке гміна", not "гміна".
    if let Some(q) = &parsed.question {
        out = q
            .before
            .iter()
            .chain(&out)
            .chain(&q.after)
            .map(|w| w.to_lowercase())
            .collect();
    }
    changed.then(|| out.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::lexicon::LexiconBuilder;

    #[test]
    fn suggests_the_nearest_frequent_word() {
        let mut v = LexiconBuilder::default();
        v.add_text("Zasiłek rodzinny. Zasiłek celowy. Urząd pracy.");
        let v = v.build();
        assert_eq!(
            did_you_mean(&v, &ParsedQuery::parse("zasilke")).as_deref(),
            Some("zasiłek")
        );
        assert_eq!(
            did_you_mean(&v, &ParsedQuery::parse("urzad prcy")).as_deref(),
            Some("urząd pracy")
        );
        assert_eq!(did_you_mean(&v, &ParsedQuery::parse("zasiłek")), None);
        assert_eq!(
            did_you_mean(&v, &ParsedQuery::parse("Co to jest zasilke")).as_deref(),
            Some("co to jest zasiłek")
        );
        assert_eq!(did_you_mean(&v, &ParsedQuery::parse("xyzxyzxyz")), None);
    }
}
