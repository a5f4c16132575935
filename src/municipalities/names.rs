//! Matching a place name as a visitor types it: without Polish letters (`pruszcz gdanski`), in
//! Cyrillic (`Румія`), or a Polish name typed in Cyrillic (`Косаково`). The search index's
//! per-script normalisers and its Cyrillic-to-Polish transliteration are reused, so a name folds
//! here exactly as it does in full-text search.

use crate::search::normalize::{fold_polish, normalize_arabic, normalize_cyrillic};
use crate::search::translit::to_polish_latin;

/// Lower case, Polish letters folded to ASCII, Cyrillic spelling variants (`ё`, `ў`, apostrophes)
/// and Arabic marks normalised, and every run of other characters (hyphens, dots) one space.
pub fn fold(text: &str) -> String {
    let lower = text.to_lowercase();
    let (mut a, mut b) = (String::new(), String::new());
    normalize_cyrillic(&lower, &mut a);
    normalize_arabic(&a, &mut b);
    fold_polish(&b, &mut a);
    let folded: String = a
        .chars()
        .map(|c| match c {
            'ё' => 'е',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The query's words, folded; then, for a query in Cyrillic, the same words in Polish spelling as
/// a Ukrainian and as a Russian reader would transliterate them (`Косаково` → `kosakowo`). Empty
/// for a query with no words.
pub fn query_forms(query: &str) -> Vec<Vec<String>> {
    let folded = fold(query);
    let words: Vec<String> = folded
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut forms = vec![words.clone()];
    for lang in ["uk", "ru"] {
        let latin: Option<Vec<String>> = words
            .iter()
            .map(|w| {
                let mut out = String::new();
                fold_polish(&to_polish_latin(w, lang)?, &mut out);
                Some(out)
            })
            .collect();
        if let Some(latin) = latin.filter(|l| !forms.contains(l)) {
            forms.push(latin);
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_polish_letters_and_punctuation() {
        assert_eq!(fold("Pruszcz Gdański"), "pruszcz gdanski");
        assert_eq!(fold("Władysławowo"), "wladyslawowo");
        assert_eq!(fold("Прущ-Гданський"), "прущ гданський");
        assert_eq!(fold("Вейхерово"), "вейхерово");
        assert_eq!(fold("  Żukowo. "), "zukowo");
    }

    #[test]
    fn a_cyrillic_query_is_also_read_as_polish() {
        let forms = query_forms("Косаково");
        assert!(forms.contains(&vec!["косаково".to_string()]));
        assert!(forms.contains(&vec!["kosakowo".to_string()]));
        assert_eq!(query_forms("Rumia"), vec![vec!["rumia".to_string()]]);
        assert!(query_forms(" - ").is_empty());
    }
}
