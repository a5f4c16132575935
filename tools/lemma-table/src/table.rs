//! Turns `(form, lemma)` pairs into a lemma table in the format of [`witaj::search::lemma`]: one
//! lemma chosen per form, forms that are their own lemma left out, and each lemma stored as a
//! "strip n characters, append s" transform.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;

use witaj::search::lemma::{FORMAT_VERSION, MAGIC, Transform};

/// How one candidate lemma for a form was found.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Candidate {
    lemma: String,
    /// The lemma is a dictionary entry with affix flags, i.e. the head of a paradigm. Entries
    /// without flags are often lone inflected forms (`kursy`, `pomocy`, `szpitala` in pl_PL)
    /// and make poor lemmas when a paradigm head also claims the form.
    paradigm: bool,
    /// From the hand-written overrides file: always wins.
    forced: bool,
    /// Every entry giving this lemma is capitalised (a name: `Urzędów`, `Mieszko`, `Kursa`);
    /// lower-casing made it
    /// collide with common words, which visitors search far more often.
    proper: bool,
}

/// Counts reported by [`LemmaTableBuilder::write`].
#[derive(Debug, Default, Clone)]
pub struct BuildStats {
    pub forms: usize,
    pub ambiguous_forms: usize,
    pub stored_forms: usize,
    pub transforms: usize,
    pub bytes: usize,
}

/// Collects `(form, lemma)` pairs and writes a lemma table.
///
/// Keys and lemmas are lower-cased and passed through `normalize`, the same function the
/// analyzer applies before the lemma filter, so lookups at run time see the same strings.
pub struct LemmaTableBuilder {
    normalize: fn(&str, &mut String),
    candidates: BTreeMap<String, Vec<Candidate>>,
    /// Lemmas whose every form is also a form of another single lemma (see [`Self::finish`]).
    dominated: HashSet<String>,
    /// Number of distinct normalised forms of each lemma.
    paradigm_size: HashMap<String, usize>,
    buf: String,
}

impl LemmaTableBuilder {
    pub fn new(normalize: fn(&str, &mut String)) -> Self {
        LemmaTableBuilder {
            normalize,
            candidates: BTreeMap::new(),
            dominated: HashSet::new(),
            paradigm_size: HashMap::new(),
            buf: String::new(),
        }
    }

    fn key(&mut self, s: &str) -> String {
        let lower = s.to_lowercase();
        (self.normalize)(&lower, &mut self.buf);
        self.buf.clone()
    }

    /// Records that `form` may be an inflection of `lemma`.
    pub fn add(&mut self, form: &str, lemma: &str, paradigm: bool) {
        let proper = lemma.chars().next().is_some_and(char::is_uppercase);
        self.add_candidate(form, lemma, paradigm, false, proper);
    }

    /// Records a hand-written mapping that wins over the dictionary (suppletive forms such as
    /// `dzieci` → `dziecko`, which hunspell lists as an unrelated entry).
    pub fn force(&mut self, form: &str, lemma: &str) {
        self.add_candidate(form, lemma, true, true, false);
    }

    fn add_candidate(
        &mut self,
        form: &str,
        lemma: &str,
        paradigm: bool,
        forced: bool,
        proper: bool,
    ) {
        // Multi-word or punctuated entries never come out of the word tokenizer.
        if form.chars().any(|c| !(c.is_alphanumeric() || c == '\'')) {
            return;
        }
        let key = self.key(form);
        let lemma = self.key(lemma);
        let list = self.candidates.entry(key).or_default();
        if let Some(existing) = list.iter_mut().find(|c| c.lemma == lemma) {
            existing.paradigm |= paradigm;
            existing.forced |= forced;
            existing.proper &= proper;
        } else {
            list.push(Candidate {
                lemma,
                paradigm,
                forced,
                proper,
            });
        }
    }

    /// Finds the *dominated* lemmas: those whose every form is also a form of one same other
    /// lemma. sjp.pl lists plural-only senses as their own entries (`karty`, `prace`,
    /// `podatki`, `świadczenia`) and uk_UA/sjp.pl list verbal nouns inside the verb's paradigm
    /// (`mieszkanie` within `mieszkać`). Such an entry would otherwise win for its own forms and
    /// split `karta`/`karty` apart; dropping it sends all those forms to the covering lemma.
    /// Call after the last `add`/`force`, before `write`.
    pub fn finish(&mut self) {
        let mut forms_of: HashMap<&str, Vec<&str>> = HashMap::new();
        for (form, candidates) in &self.candidates {
            for c in candidates.iter().filter(|c| !c.forced) {
                forms_of
                    .entry(c.lemma.as_str())
                    .or_default()
                    .push(form.as_str());
            }
        }
        let mut dominated = HashSet::new();
        for (lemma, forms) in &forms_of {
            let lemmas_of = |form: &str| -> HashSet<&str> {
                self.candidates[form]
                    .iter()
                    .filter(|c| c.paradigm && c.lemma != *lemma)
                    .map(|c| c.lemma.as_str())
                    .collect()
            };
            let mut common = lemmas_of(forms[0]);
            for form in &forms[1..] {
                if common.is_empty() {
                    break;
                }
                let next = lemmas_of(form);
                common.retain(|l| next.contains(l));
            }
            // Two entries with identical paradigms would dominate each other; keep one of them.
            common.retain(|other| !(forms_of[other].len() == forms.len() && *other > *lemma));
            if !common.is_empty() {
                dominated.insert((*lemma).to_owned());
            }
        }
        self.paradigm_size = forms_of
            .iter()
            .map(|(l, f)| ((*l).to_owned(), f.len()))
            .collect();
        self.dominated = dominated;
    }

    /// Picks one lemma per form, deterministically.
    ///
    /// One lemma (not all of them at the same position) keeps the index small and the query
    /// side simple (fuzzy and prefix queries work on one term). The order, most important first:
    /// forced; not dominated (see [`Self::finish`]); not a proper name; paradigm head; the *smaller* paradigm (a
    /// noun has about 14 forms, a verb with its participles and verbal nouns over 100: for the
    /// ambiguous `ochronie`, `mieście` the noun `ochrona`, `miasto` is what visitors search
    /// for, not `ochronić`, `miesić`); longest common prefix with the form; the form itself;
    /// the longer lemma; alphabetical. Remaining mistakes on important words are fixed in the
    /// overrides file.
    fn choose<'c>(&self, form: &str, candidates: &'c [Candidate]) -> &'c Candidate {
        let lcp = |lemma: &str| {
            form.chars()
                .zip(lemma.chars())
                .take_while(|(a, b)| a == b)
                .count()
        };
        candidates
            .iter()
            .min_by(|a, b| {
                let key = |c: &Candidate| {
                    (
                        !c.forced,
                        self.dominated.contains(&c.lemma),
                        c.proper,
                        !c.paradigm,
                        self.paradigm_size.get(&c.lemma).copied().unwrap_or(0),
                        std::cmp::Reverse(lcp(&c.lemma)),
                        c.lemma != form,
                        std::cmp::Reverse(c.lemma.chars().count()),
                    )
                };
                key(a).cmp(&key(b)).then_with(|| a.lemma.cmp(&b.lemma))
            })
            .expect("a form always has at least one candidate")
    }

    /// Every normalised form seen, in order.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        self.candidates.keys().map(String::as_str)
    }

    /// Human-readable list of the candidates of a form and their flags, for `--explain`.
    pub fn explain(&mut self, form: &str) -> String {
        let key = self.key(form);
        match self.candidates.get(&key) {
            None => format!("{key}: not in the dictionary"),
            Some(list) => {
                let items: Vec<String> = list
                    .iter()
                    .map(|c| {
                        let mut flags = Vec::new();
                        if c.forced {
                            flags.push("forced")
                        }
                        if c.paradigm {
                            flags.push("paradigm")
                        }
                        if c.proper {
                            flags.push("proper")
                        }
                        if self.dominated.contains(&c.lemma) {
                            flags.push("dominated")
                        }
                        let size = self.paradigm_size.get(&c.lemma).copied().unwrap_or(0);
                        format!("{} [{}; {size} forms]", c.lemma, flags.join(","))
                    })
                    .collect();
                format!(
                    "{key}: {} => {}",
                    items.join("; "),
                    self.choose(&key, list).lemma
                )
            }
        }
    }

    /// Serialises the table (see the format in [`witaj::search::lemma`]).
    pub fn write(&self, mut out: impl Write) -> std::io::Result<BuildStats> {
        let mut stats = BuildStats {
            forms: self.candidates.len(),
            ..Default::default()
        };
        let mut transform_ids: BTreeMap<Transform, u64> = BTreeMap::new();
        let mut pairs: Vec<(&str, Transform)> = Vec::new();
        for (form, candidates) in &self.candidates {
            if candidates.len() > 1 {
                stats.ambiguous_forms += 1;
            }
            let chosen = self.choose(form, candidates);
            if chosen.lemma == *form {
                continue;
            }
            let common = form
                .chars()
                .zip(chosen.lemma.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let strip = form.chars().count() - common;
            let Ok(strip) = u8::try_from(strip) else {
                continue;
            };
            let suffix: String = chosen.lemma.chars().skip(common).collect();
            let transform = Transform { strip, suffix };
            let next = transform_ids.len() as u64;
            transform_ids.entry(transform.clone()).or_insert(next);
            pairs.push((form, transform));
        }
        // Give the most frequent transforms the smallest ids (smaller outputs in the fst).
        let mut usage: HashMap<&Transform, usize> = HashMap::new();
        for (_, t) in &pairs {
            *usage.entry(t).or_default() += 1;
        }
        let mut ordered: Vec<&Transform> = transform_ids.keys().collect();
        ordered.sort_by(|a, b| usage[b].cmp(&usage[a]).then(a.cmp(b)));
        let ids: HashMap<&Transform, u64> = ordered
            .iter()
            .enumerate()
            .map(|(i, t)| (*t, i as u64))
            .collect();

        let mut header = Vec::new();
        header.extend_from_slice(MAGIC);
        header.push(FORMAT_VERSION);
        header.extend_from_slice(&(ordered.len() as u32).to_le_bytes());
        for t in &ordered {
            header.push(t.strip);
            header.extend_from_slice(&(t.suffix.len() as u16).to_le_bytes());
            header.extend_from_slice(t.suffix.as_bytes());
        }
        let mut map = fst::MapBuilder::memory();
        for (form, t) in &pairs {
            map.insert(form, ids[t]).map_err(std::io::Error::other)?;
        }
        let fst_bytes = map.into_inner().map_err(std::io::Error::other)?;
        out.write_all(&header)?;
        out.write_all(&fst_bytes)?;
        stats.stored_forms = pairs.len();
        stats.transforms = ordered.len();
        stats.bytes = header.len() + fst_bytes.len();
        Ok(stats)
    }
}

#[cfg(test)]
mod tests {
    use witaj::search::lemma::LemmaTable;
    use witaj::search::normalize::fold_polish;

    use super::*;
    use crate::hunspell::Hunspell;
    use crate::hunspell::tests::{AFF, DIC};

    #[test]
    fn table_round_trip_with_folded_keys() {
        let h = Hunspell::parse(AFF.as_bytes(), DIC.as_bytes()).unwrap();
        let mut b = LemmaTableBuilder::new(fold_polish);
        // `kursy` is its own (flagless) entry in sjp.pl: it must lose to the paradigm of `kurs`.
        b.add("kursy", "kurs", true);
        for e in &h.entries {
            let paradigm = !e.flags.is_empty();
            h.expand(e, |f, l| b.add(f, l, paradigm));
        }
        b.force("dzieci", "dziecko");
        b.finish();
        let mut bytes = Vec::new();
        b.write(&mut bytes).unwrap();
        let table = LemmaTable::from_vec(bytes).unwrap();
        assert_eq!(table.lemmatize("zasilku"), "zasilek");
        assert_eq!(table.lemmatize("urzedzie"), "urzad");
        assert_eq!(table.lemmatize("dzieci"), "dziecko");
        assert_eq!(table.lemmatize("zasilek"), "zasilek");
        assert_eq!(table.lemmatize("nieznane"), "nieznane");
        assert_eq!(table.lemmatize("kursy"), "kurs");
    }
}
