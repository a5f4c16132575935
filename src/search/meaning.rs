//! Questions that ask what a word means: "co to jest gmina", "що таке гміна", "что такое повят",
//! "what does opłata skarbowa mean", "ما معنى PESEL". The answer to such a question is the
//! glossary's entry, which the ranking otherwise keeps below guides (see
//! [`super::documents::GLOSSARY_WEIGHT`]); and the words that make the question ("таке", "mean")
//! are not part of what is asked about.
//!
//! The question is recognised by its opening words, or its closing ones ("gmina co to jest",
//! "гміна що це"), compared by their lexicon key (lower case, no Polish diacritics), only when
//! one to [`MAX_TERM_WORDS`] words are left: "what is the fee for a residence card" asks about a
//! fee, not a word, and keeps its words and the usual ranking.

use std::ops::Range;

use super::lexicon::key;
use super::stop_words::is_stop_word;

/// The languages whose question words may surround the term: a question is recognised whatever
/// the reader's language, as readers mix them.
const LANGUAGES: &[&str] = &["pl", "en", "uk", "ru", "be", "ka", "ar"];

/// The words before the term, and after it, that make a question of what it means. Longer forms
/// come before the shorter ones they begin with ("co to jest" before "co to").
const FORMS: &[(&[&str], &[&str])] = &[
    // Polish
    (&["co", "to", "jest"], &[]),
    (&["co", "to", "sa"], &[]),
    (&["co", "to"], &[]),
    (&["co", "oznacza"], &[]),
    (&["co", "znaczy"], &[]),
    (&["czym", "jest"], &[]),
    (&["znaczenie"], &[]),
    (&[], &["co", "to", "jest"]),
    (&[], &["co", "to"]),
    // English
    (&["what", "does"], &["mean"]),
    (&["what", "do"], &["mean"]),
    (&["what", "is", "a"], &[]),
    (&["what", "is", "an"], &[]),
    (&["what", "is"], &[]),
    (&["what", "are"], &[]),
    (&["meaning", "of"], &[]),
    (&["define"], &[]),
    (&[], &["meaning"]),
    // Ukrainian
    (&["що", "таке"], &[]),
    (&["що", "означає"], &[]),
    (&["що", "значить"], &[]),
    (&[], &["що", "це", "таке"]),
    (&[], &["що", "це"]),
    // Russian
    (&["что", "такое"], &[]),
    (&["что", "означает"], &[]),
    (&["что", "значит"], &[]),
    (&[], &["что", "это", "такое"]),
    (&[], &["что", "это"]),
    // Belarusian
    (&["што", "такое"], &[]),
    (&["што", "азначае"], &[]),
    (&["што", "значыць"], &[]),
    (&[], &["што", "гэта"]),
    // Georgian
    (&["რა", "არის"], &[]),
    (&["რას", "ნიშნავს"], &[]),
    (&[], &["რა", "არის"]),
    (&[], &["რას", "ნიშნავს"]),
    // Arabic
    (&["ما", "هو"], &[]),
    (&["ما", "هي"], &[]),
    (&["ما", "معنى"], &[]),
    (&["ماذا", "يعني"], &[]),
    (&["ماذا", "تعني"], &[]),
];

/// Most words a term asked about may have: "opłata skarbowa", "zezwolenie na pobyt czasowy".
const MAX_TERM_WORDS: usize = 4;

/// Where in `words` the term they ask the meaning of is, when they are such a question. A term of
/// nothing but question words ("co to jest" read as "co to" + "jest") is not one.
pub(crate) fn asked_term(words: &[String]) -> Option<Range<usize>> {
    // "гміна що це?": punctuation typed with a question word does not hide it.
    let keys: Vec<String> = words
        .iter()
        .map(|w| key(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    FORMS.iter().find_map(|(before, after)| {
        let (b, a) = (before.len(), after.len());
        let term = keys.len().checked_sub(b + a)?;
        let matches = |ks: &[String], form: &[&str]| ks.iter().zip(form).all(|(k, f)| k == f);
        let range = b..words.len() - a;
        let asked = &words[range.clone()];
        ((1..=MAX_TERM_WORDS).contains(&term)
            && matches(&keys[..b], before)
            && matches(&keys[keys.len() - a..], after)
            && asked.iter().any(|w| !is_stop_word(w, LANGUAGES)))
        .then_some(range)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(q: &str) -> Option<String> {
        let words: Vec<String> = q.split_whitespace().map(str::to_string).collect();
        asked_term(&words).map(|r| words[r].join(" "))
    }

    #[test]
    fn questions_of_meaning_in_every_language() {
        assert_eq!(asked("co to jest gmina").as_deref(), Some("gmina"));
        assert_eq!(
            asked("Co to jest opłata skarbowa").as_deref(),
            Some("opłata skarbowa")
        );
        assert_eq!(asked("gmina co to jest").as_deref(), Some("gmina"));
        assert_eq!(asked("co oznacza decyzja").as_deref(), Some("decyzja"));
        assert_eq!(asked("what does powiat mean").as_deref(), Some("powiat"));
        assert_eq!(asked("what is a wojewoda").as_deref(), Some("wojewoda"));
        assert_eq!(asked("що таке гміна").as_deref(), Some("гміна"));
        assert_eq!(asked("гміна що це").as_deref(), Some("гміна"));
        assert_eq!(asked("повят, что это?").as_deref(), Some("повят,"));
        assert_eq!(asked("What is PESEL?").as_deref(), Some("PESEL?"));
        assert_eq!(asked("что такое повят").as_deref(), Some("повят"));
        assert_eq!(asked("што такое гміна").as_deref(), Some("гміна"));
        assert_eq!(asked("რა არის გმინა").as_deref(), Some("გმინა"));
        assert_eq!(asked("ما معنى PESEL").as_deref(), Some("PESEL"));
    }

    #[test]
    fn other_questions_and_bare_forms_are_not() {
        // A question about something else than a word keeps its words.
        assert_eq!(asked("what is the fee for a residence card"), None);
        assert_eq!(asked("jak dostać kartę pobytu"), None);
        // The question words alone ask nothing: the query searches for them as typed.
        assert_eq!(asked("co to jest"), None);
        assert_eq!(asked("що таке"), None);
        assert_eq!(asked("gmina"), None);
    }
}
