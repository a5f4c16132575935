//! Offline generator side of [`super::lemma`]: reads a hunspell `.aff`/`.dic` pair, expands every
//! dictionary entry into its inflected forms and writes a lemma table.
//!
//! Only the subset of the hunspell affix format that pl_PL, uk_UA and be_BY (Debian/LibreOffice
//! 7.5) use is supported: single-character flags, `PFX`/`SFX` with strip, append and condition,
//! cross products, `IGNORE`, `SET UTF-8` or `SET ISO8859-2`. Anything else (long or numeric flags,
//! two-level affixes, compounding) is rejected with an error rather than silently mis-expanded.
//! The generator is validated against the `hunspell -s` command (see REPORT.md).
//!
//! The main crate does not need this module at run time; it belongs in the generator binary.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;

use super::lemma::{FORMAT_VERSION, MAGIC, Transform};

/// Why a hunspell dictionary could not be read.
#[derive(Debug, thiserror::Error)]
pub enum HunspellError {
    #[error("unsupported dictionary encoding `SET {0}` (supported: UTF-8, ISO8859-2)")]
    UnsupportedEncoding(String),
    #[error(
        "unsupported affix feature `{0}`: this generator only handles single-character flags, PFX and SFX"
    )]
    UnsupportedFeature(String),
    #[error("affix file line {line}: {message}")]
    BadAffixLine { line: usize, message: String },
    #[error("affix condition `{0}` is malformed")]
    BadCondition(String),
}

#[derive(Debug, Clone)]
enum CondElem {
    Any,
    Char(char),
    Set { negated: bool, chars: Vec<char> },
}

impl CondElem {
    fn matches(&self, c: char) -> bool {
        match self {
            CondElem::Any => true,
            CondElem::Char(x) => *x == c,
            CondElem::Set { negated, chars } => chars.contains(&c) != *negated,
        }
    }
}

fn parse_condition(text: &str) -> Result<Vec<CondElem>, HunspellError> {
    if text == "." {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '.' => out.push(CondElem::Any),
            '[' => {
                let mut negated = false;
                let mut set = Vec::new();
                let mut closed = false;
                for (i, d) in chars.by_ref().enumerate() {
                    match d {
                        '^' if i == 0 => negated = true,
                        ']' => {
                            closed = true;
                            break;
                        }
                        other => set.push(other),
                    }
                }
                if !closed {
                    return Err(HunspellError::BadCondition(text.to_owned()));
                }
                out.push(CondElem::Set {
                    negated,
                    chars: set,
                });
            }
            other => out.push(CondElem::Char(other)),
        }
    }
    Ok(out)
}

#[derive(Debug, Clone)]
struct AffixRule {
    strip: Vec<char>,
    add: String,
    condition: Vec<CondElem>,
}

#[derive(Debug, Clone)]
struct AffixClass {
    is_prefix: bool,
    cross_product: bool,
    rules: Vec<AffixRule>,
}

/// A dictionary entry: the stem as written in the `.dic` file and its flags.
#[derive(Debug, Clone)]
pub struct DicEntry {
    pub word: String,
    pub flags: Vec<char>,
}

/// A parsed hunspell dictionary, ready to expand.
pub struct Hunspell {
    classes: HashMap<char, AffixClass>,
    pub entries: Vec<DicEntry>,
}

fn decode(bytes: &[u8], encoding: &str) -> Result<String, HunspellError> {
    match encoding.to_ascii_uppercase().as_str() {
        "UTF-8" | "UTF8" => Ok(String::from_utf8_lossy(bytes).into_owned()),
        "ISO8859-2" | "ISO-8859-2" => Ok(bytes.iter().map(|&b| latin2(b)).collect()),
        other => Err(HunspellError::UnsupportedEncoding(other.to_owned())),
    }
}

/// Decodes ISO-8859-2 bytes (for tools that need the pl_PL files as UTF-8).
pub fn decode_latin2(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| latin2(b)).collect()
}

/// ISO-8859-2 to Unicode (the pl_PL dictionary is distributed in this encoding).
fn latin2(b: u8) -> char {
    const HIGH: [u16; 96] = [
        0x00A0, 0x0104, 0x02D8, 0x0141, 0x00A4, 0x013D, 0x015A, 0x00A7, 0x00A8, 0x0160, 0x015E,
        0x0164, 0x0179, 0x00AD, 0x017D, 0x017B, 0x00B0, 0x0105, 0x02DB, 0x0142, 0x00B4, 0x013E,
        0x015B, 0x02C7, 0x00B8, 0x0161, 0x015F, 0x0165, 0x017A, 0x02DD, 0x017E, 0x017C, 0x0154,
        0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7, 0x010C, 0x00C9, 0x0118, 0x00CB,
        0x011A, 0x00CD, 0x00CE, 0x010E, 0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6,
        0x00D7, 0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF, 0x0155, 0x00E1,
        0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, 0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B,
        0x00ED, 0x00EE, 0x010F, 0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7,
        0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
    ];
    if b < 0xA0 {
        b as char
    } else {
        char::from_u32(HIGH[(b - 0xA0) as usize] as u32).unwrap_or('\u{FFFD}')
    }
}

impl Hunspell {
    /// Parses an `.aff` and `.dic` pair given as raw bytes (the encoding comes from `SET`).
    pub fn parse(aff: &[u8], dic: &[u8]) -> Result<Self, HunspellError> {
        // The SET line is ASCII, so find it before decoding.
        let encoding = aff
            .split(|&b| b == b'\n')
            .find_map(|line| line.strip_prefix(b"SET "))
            .map(|e| String::from_utf8_lossy(e).trim().to_owned())
            .unwrap_or_else(|| "ISO8859-1".to_owned());
        let aff = decode(aff, &encoding)?;
        let dic = decode(dic, &encoding)?;

        let mut ignore: Vec<char> = Vec::new();
        let mut classes: HashMap<char, AffixClass> = HashMap::new();
        for (n, raw) in aff.lines().enumerate() {
            let line = n + 1;
            let fields: Vec<&str> = raw.split_whitespace().collect();
            let Some(&keyword) = fields.first() else {
                continue;
            };
            match keyword {
                "FLAG" => {
                    return Err(HunspellError::UnsupportedFeature(format!(
                        "FLAG {}",
                        fields.get(1).unwrap_or(&"")
                    )));
                }
                "COMPLEXPREFIXES" | "CIRCUMFIX" | "NEEDAFFIX" | "COMPOUNDFLAG"
                | "COMPOUNDBEGIN" | "COMPOUNDRULE" | "AF" => {
                    return Err(HunspellError::UnsupportedFeature(keyword.to_owned()));
                }
                "IGNORE" => {
                    ignore = fields
                        .get(1)
                        .map(|s| s.chars().collect())
                        .unwrap_or_default()
                }
                "PFX" | "SFX" => {
                    let bad = |message: &str| HunspellError::BadAffixLine {
                        line,
                        message: message.to_owned(),
                    };
                    let flag = fields
                        .get(1)
                        .and_then(|f| single_char(f))
                        .ok_or_else(|| bad("flag is not one character"))?;
                    let is_prefix = keyword == "PFX";
                    if fields.len() == 4
                        && matches!(fields[2], "Y" | "N")
                        && fields[3].parse::<usize>().is_ok()
                    {
                        classes.insert(
                            flag,
                            AffixClass {
                                is_prefix,
                                cross_product: fields[2] == "Y",
                                rules: Vec::new(),
                            },
                        );
                        continue;
                    }
                    if fields.len() < 5 {
                        return Err(bad("expected: flag strip add condition"));
                    }
                    let strip = if fields[2] == "0" {
                        Vec::new()
                    } else {
                        fields[2].chars().collect()
                    };
                    let add_field = fields[3];
                    if add_field.contains('/') {
                        return Err(HunspellError::UnsupportedFeature(
                            "two-level affixes (add/flags)".to_owned(),
                        ));
                    }
                    let add = if add_field == "0" {
                        String::new()
                    } else {
                        add_field.to_owned()
                    };
                    let condition = parse_condition(fields[4])?;
                    let class = classes
                        .get_mut(&flag)
                        .ok_or_else(|| bad("rule before its header"))?;
                    class.rules.push(AffixRule {
                        strip,
                        add,
                        condition,
                    });
                }
                _ => {}
            }
        }

        let mut entries = Vec::new();
        for raw in dic.lines().skip(1) {
            // Morphological fields, if any, follow a tab or space.
            let item = raw.split(['\t', ' ']).next().unwrap_or("").trim();
            if item.is_empty() {
                continue;
            }
            let (word, flags) = split_entry(item);
            let word: String = word.chars().filter(|c| !ignore.contains(c)).collect();
            if word.is_empty() {
                continue;
            }
            entries.push(DicEntry {
                word,
                flags: flags.chars().collect(),
            });
        }
        Ok(Hunspell { classes, entries })
    }

    /// Calls `emit(form, prefix_applied)` for every form of `entry`, the entry itself included.
    ///
    /// `prefix_applied` is the entry word with the prefix (if any) applied: hunspell reports the
    /// bare entry as the stem of `nie`+word, but for search a negated word is a different word,
    /// so we lemmatise `niezależny` forms to `niezależny`, not `zależny`.
    pub fn expand(&self, entry: &DicEntry, mut emit: impl FnMut(&str, &str)) {
        let word: Vec<char> = entry.word.chars().collect();
        emit(&entry.word, &entry.word);
        let classes: Vec<&AffixClass> = entry
            .flags
            .iter()
            .filter_map(|f| self.classes.get(f))
            .collect();
        let mut buf = String::new();
        let mut lemma = String::new();
        for prefix in classes.iter().filter(|c| c.is_prefix) {
            for rule in &prefix.rules {
                if let Some(form) = apply_prefix(&word, rule, &mut buf) {
                    emit(form, form);
                }
            }
        }
        for suffix in classes.iter().filter(|c| !c.is_prefix) {
            for rule in &suffix.rules {
                let Some(form) = apply_suffix(&word, rule, &mut buf) else {
                    continue;
                };
                emit(form, &entry.word);
                if !suffix.cross_product {
                    continue;
                }
                let form_chars: Vec<char> = form.chars().collect();
                for prefix in classes.iter().filter(|c| c.is_prefix && c.cross_product) {
                    for prule in &prefix.rules {
                        // Hunspell checks the prefix condition against the root word.
                        if !prefix_applies(&word, prule) {
                            continue;
                        }
                        let mut both = String::new();
                        if apply_prefix(&form_chars, prule, &mut both).is_none() {
                            continue;
                        }
                        if apply_prefix(&word, prule, &mut lemma).is_none() {
                            continue;
                        }
                        emit(&both, &lemma);
                    }
                }
            }
        }
    }
}

fn single_char(s: &str) -> Option<char> {
    let mut it = s.chars();
    let c = it.next()?;
    it.next().is_none().then_some(c)
}

fn split_entry(item: &str) -> (String, &str) {
    // A slash escaped as `\/` belongs to the word.
    let bytes = item.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'/' && (i == 0 || bytes[i - 1] != b'\\') {
            return (item[..i].replace("\\/", "/"), &item[i + 1..]);
        }
        i += 1;
    }
    (item.replace("\\/", "/"), "")
}

fn prefix_applies(word: &[char], rule: &AffixRule) -> bool {
    word.len() > rule.strip.len()
        && word.starts_with(&rule.strip)
        && rule.condition.len() <= word.len()
        && rule
            .condition
            .iter()
            .zip(word)
            .all(|(cond, &c)| cond.matches(c))
}

fn apply_prefix<'b>(word: &[char], rule: &AffixRule, out: &'b mut String) -> Option<&'b str> {
    if !prefix_applies(word, rule) {
        return None;
    }
    out.clear();
    out.push_str(&rule.add);
    out.extend(&word[rule.strip.len()..]);
    Some(out)
}

fn apply_suffix<'b>(word: &[char], rule: &AffixRule, out: &'b mut String) -> Option<&'b str> {
    let n = word.len();
    if n <= rule.strip.len() || !word.ends_with(&rule.strip) || rule.condition.len() > n {
        return None;
    }
    let tail = &word[n - rule.condition.len()..];
    if !rule
        .condition
        .iter()
        .zip(tail)
        .all(|(cond, &c)| cond.matches(c))
    {
        return None;
    }
    out.clear();
    out.extend(&word[..n - rule.strip.len()]);
    out.push_str(&rule.add);
    Some(out)
}

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

    /// The chosen lemma of a (normalised) form, for tests and evaluation.
    pub fn lemma_of(&self, form: &str) -> Option<&str> {
        self.candidates
            .get(form)
            .map(|c| self.choose(form, c).lemma.as_str())
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

    /// Serialises the table (see the format in [`super::lemma`]).
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
    use super::*;
    use crate::search::lemma::LemmaTable;
    use crate::search::normalize::fold_polish;

    const AFF: &str = "SET UTF-8\n\nSFX R Y 2\nSFX R ek ku ek\nSFX R ek ki ek\n\nSFX S Y 1\nSFX S ąd ędzie ąd\n\nPFX b Y 1\nPFX b 0 nie .\n\nSFX a Y 1\nSFX a y ego y\n";
    const DIC: &str = "4\nzasiłek/R\nurząd/S\nkursy\nstały/ab\n";

    fn forms() -> Vec<(String, String)> {
        let h = Hunspell::parse(AFF.as_bytes(), DIC.as_bytes()).unwrap();
        let mut out = Vec::new();
        for e in &h.entries {
            h.expand(e, |f, l| out.push((f.to_owned(), l.to_owned())));
        }
        out
    }

    #[test]
    fn expands_suffixes_prefixes_and_cross_products() {
        let forms = forms();
        let has = |f: &str, l: &str| forms.iter().any(|(a, b)| a == f && b == l);
        assert!(has("zasiłku", "zasiłek"));
        assert!(has("zasiłki", "zasiłek"));
        assert!(has("urzędzie", "urząd"));
        assert!(has("kursy", "kursy"));
        assert!(has("niestały", "niestały"));
        assert!(has("stałego", "stały"));
        assert!(has("niestałego", "niestały"));
    }

    #[test]
    fn rejects_unsupported_features() {
        let err = Hunspell::parse(b"SET UTF-8\nFLAG long\n", b"0\n")
            .err()
            .unwrap();
        assert!(matches!(err, HunspellError::UnsupportedFeature(_)));
        let err = Hunspell::parse(b"SET KOI8-U\n", b"0\n").err().unwrap();
        assert!(matches!(err, HunspellError::UnsupportedEncoding(_)));
    }

    #[test]
    fn latin2_decoding() {
        assert_eq!(
            decode(&[0xB3, 0xB1, 0xEA, 0xBF, 0xA3], "ISO8859-2").unwrap(),
            "łąężŁ"
        );
    }

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

    #[test]
    fn corrupt_tables_are_typed_errors() {
        use crate::search::lemma::LemmaTableError;
        assert!(matches!(
            LemmaTable::from_vec(b"nope".to_vec()),
            Err(LemmaTableError::BadMagic)
        ));
        assert!(matches!(
            LemmaTable::from_vec(b"WLEM\x02".to_vec()),
            Err(LemmaTableError::UnsupportedVersion { found: 2 })
        ));
        assert!(matches!(
            LemmaTable::from_vec(b"WLEM\x01\x05\0\0\0".to_vec()),
            Err(LemmaTableError::Truncated { .. })
        ));
    }
}
