//! "Did you mean": when a query finds nothing, each unknown word is replaced by the closest frequent
//! word of the language's text, ignoring diacritics, so `zasilke` suggests `zasiłek`.

use std::collections::HashMap;

use super::query::ParsedQuery;

#[derive(Debug, Default)]
pub struct Vocabulary {
    /// Folded word to its most frequent written form and the count of all its forms.
    words: HashMap<String, (String, usize)>,
    /// Written forms seen, to pick the most frequent one per folded word.
    forms: HashMap<String, usize>,
}

impl Vocabulary {
    /// The folded words with their counts, for typo tolerance and prefixes.
    pub fn lexicon(&self) -> super::lexicon::Lexicon {
        super::lexicon::Lexicon::new(self.words.iter().map(|(k, (_, n))| (k.as_str(), *n)))
    }

    pub fn add_text(&mut self, text: &str) {
        for word in text
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| w.chars().count() >= 2)
        {
            let written = word.to_lowercase();
            let n = self.forms.entry(written.clone()).or_default();
            *n += 1;
            let n = *n;
            let entry = self
                .words
                .entry(fold(&written))
                .or_insert_with(|| (written.clone(), 0));
            entry.1 += 1;
            if n > self.forms.get(&entry.0).copied().unwrap_or(0) {
                entry.0 = written;
            }
        }
    }

    /// The query with every unknown word replaced by its nearest known word, or `None` when no word
    /// changes.
    pub fn correct(&self, parsed: &ParsedQuery) -> Option<String> {
        let mut changed = false;
        let mut out = Vec::new();
        for word in parsed.words.iter().chain(parsed.phrases.iter()) {
            let mut corrected = Vec::new();
            for w in word.split_whitespace() {
                let lower = w.to_lowercase();
                let folded = fold(&lower);
                // A known word is offered in its usual spelling (`urzad` as `urząd`), which alone is
                // not a correction.
                if let Some((form, _)) = self.words.get(&folded) {
                    corrected.push(form.clone());
                    continue;
                }
                if folded.chars().count() < 3 {
                    corrected.push(lower);
                    continue;
                }
                let max = if folded.chars().count() <= 5 { 1 } else { 2 };
                let best = self
                    .words
                    .iter()
                    .filter_map(|(k, (form, count))| {
                        let d = strsim::damerau_levenshtein(&folded, k);
                        (d <= max).then_some((d, std::cmp::Reverse(*count), form))
                    })
                    .min();
                match best {
                    Some((_, _, form)) => {
                        changed = true;
                        corrected.push(form.clone());
                    }
                    None => corrected.push(lower),
                }
            }
            out.push(corrected.join(" "));
        }
        changed.then(|| out.join(" "))
    }
}

/// Lower case without Polish diacritics (and with `ё`, `ї` as `е`, `і`), for comparing what
/// people type without those letters.
pub fn fold(s: &str) -> String {
    let mut out = String::new();
    super::normalize::fold_polish(s, &mut out);
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
    use super::*;

    #[test]
    fn suggests_the_nearest_frequent_word() {
        let mut v = Vocabulary::default();
        v.add_text("Zasiłek rodzinny. Zasiłek celowy. Urząd pracy.");
        assert_eq!(
            v.correct(&ParsedQuery::parse("zasilke")).as_deref(),
            Some("zasiłek")
        );
        assert_eq!(
            v.correct(&ParsedQuery::parse("urzad prcy")).as_deref(),
            Some("urząd pracy")
        );
        assert_eq!(v.correct(&ParsedQuery::parse("zasiłek")), None);
        assert_eq!(v.correct(&ParsedQuery::parse("xyzxyzxyz")), None);
    }
}
