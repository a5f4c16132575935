//! The words of a question that carry no subject: question words ("jak", "як", "как", "how"),
//! prepositions, conjunctions, pronouns and "can/must". A reader types "jak dostać kartę pobytu"
//! or "як записати дитину до школи"; the texts use "jak" and "до" in nearly every section, so
//! these words only add noise to the scores, and they keep a document that has every *subject*
//! word of the question from counting as one that has every word.
//!
//! They are dropped from a query only when it has other words (see [`super::query`]), and only
//! at query time: the index keeps them, so a quoted phrase (`"jak dostać"`) still matches as
//! written and a query of nothing but such words ("co") still searches. On a large site the
//! query side also drops words in most documents by their frequency; these lists do the same on
//! a small site, where frequencies say little.
//!
//! Words are compared by their lexicon key (lower case, without Polish diacritics, `ё` as `е`,
//! `ї` as `і`), so each list holds that form: `sie` stands for `się` as well.

use super::lexicon::key;

const PL: &[&str] = &[
    "a", "aby", "albo", "ale", "bo", "by", "co", "czy", "dla", "do", "gdzie", "i", "ile", "jak",
    "jaka", "jaki", "jakie", "jest", "kiedy", "kto", "ktora", "ktore", "ktory", "lub", "moge",
    "moj", "moja", "moje", "mozna", "musze", "na", "nie", "o", "od", "oraz", "po", "przez", "przy",
    "sie", "to", "u", "w", "we", "z", "za", "ze", "zeby",
];

const EN: &[&str] = &[
    "a", "an", "and", "are", "can", "could", "do", "does", "for", "from", "how", "i", "in", "is",
    "it", "me", "my", "of", "on", "or", "should", "the", "to", "what", "when", "where", "which",
    "who", "why", "with", "you", "your",
];

const UK: &[&str] = &[
    "а",
    "або",
    "але",
    "в",
    "від",
    "де",
    "для",
    "до",
    "з",
    "за",
    "і",
    "із",
    "й",
    "коли",
    "куди",
    "мені",
    "мій",
    "моя",
    "може",
    "можна",
    "моі",
    "на",
    "не",
    "о",
    "по",
    "при",
    "про",
    "скільки",
    "та",
    "треба",
    "у",
    "хто",
    "чи",
    "що",
    "щоб",
    "як",
    "яка",
    "який",
    "які",
    "якщо",
];

const RU: &[&str] = &[
    "а",
    "в",
    "во",
    "где",
    "для",
    "до",
    "и",
    "из",
    "или",
    "как",
    "какая",
    "какие",
    "какой",
    "когда",
    "кто",
    "куда",
    "ли",
    "мне",
    "мой",
    "моя",
    "можно",
    "мои",
    "на",
    "надо",
    "не",
    "нужно",
    "о",
    "об",
    "от",
    "по",
    "при",
    "про",
    "с",
    "сколько",
    "со",
    "у",
    "что",
    "чтобы",
    "это",
];

const BE: &[&str] = &[
    "а",
    "або",
    "але",
    "ў",
    "у",
    "дзе",
    "для",
    "да",
    "і",
    "з",
    "за",
    "калі",
    "куды",
    "мне",
    "мой",
    "мая",
    "можна",
    "на",
    "не",
    "па",
    "пра",
    "пры",
    "трэба",
    "хто",
    "ці",
    "што",
    "як",
    "які",
    "якая",
    "якія",
];

const KA: &[&str] = &["როგორ", "სად", "რა", "როდის", "ვინ", "და", "ან", "თუ"];

const AR: &[&str] = &[
    "كيف", "أين", "اين", "ما", "ماذا", "هو", "هي", "متى", "هل", "من", "في", "على", "إلى", "الى",
    "عن", "أو", "او",
];

/// The list of a language code, empty for a language without one.
fn list(lang: &str) -> &'static [&'static str] {
    match lang {
        "pl" => PL,
        "en" => EN,
        "uk" => UK,
        "ru" => RU,
        "be" => BE,
        "ka" => KA,
        "ar" => AR,
        _ => &[],
    }
}

/// True when `word` (as typed) is a stop word of any of `langs`.
pub(crate) fn is_stop_word(word: &str, langs: &[&str]) -> bool {
    let k = key(word);
    langs.iter().any(|l| list(l).contains(&k.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_words_in_every_language() {
        for (lang, word) in [
            ("pl", "Jak"),
            ("pl", "się"),
            ("uk", "як"),
            ("ru", "как"),
            ("be", "як"),
            ("en", "How"),
            ("ka", "როგორ"),
            ("ar", "كيف"),
        ] {
            assert!(is_stop_word(word, &[lang]), "{lang} {word}");
        }
    }

    #[test]
    fn subject_words_are_not_stop_words() {
        for (lang, word) in [
            ("pl", "karta"),
            ("pl", "dostać"),
            ("uk", "школи"),
            ("ru", "помощь"),
            ("en", "permit"),
        ] {
            assert!(!is_stop_word(word, &[lang]), "{lang} {word}");
        }
        // A language's list applies only to it: "to" is a stop word in Polish and English, "co"
        // in Polish, but not in a language without them.
        assert!(!is_stop_word("как", &["pl"]));
        assert!(!is_stop_word("jak", &["xx"]));
    }

    #[test]
    fn the_lists_hold_keys() {
        for lang in ["pl", "en", "uk", "ru", "be", "ka", "ar"] {
            for w in list(lang) {
                assert_eq!(key(w), *w, "{lang}: write {w} as its key");
            }
        }
    }
}
