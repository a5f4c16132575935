//! Reads a hunspell `.aff`/`.dic` pair and expands every dictionary entry into its inflected
//! forms.
//!
//! Only the subset of the hunspell affix format that pl_PL, uk_UA and be_BY (Debian/LibreOffice
//! 7.5) use is supported: single-character flags, `PFX`/`SFX` with strip, append and condition,
//! cross products, `IGNORE`, `SET UTF-8` or `SET ISO8859-2`. Anything else (long or numeric flags,
//! two-level affixes, compounding) is rejected with an error rather than silently mis-expanded.
//! To compare the expansion with what the `hunspell -s` command says, the tool's `--raw-sample`
//! option writes a sample of expanded forms.

use std::collections::HashMap;

use encoding_rs::Encoding;

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

/// Decodes a dictionary file in the encoding its `.aff` declares.
///
/// Only the two encodings of the dictionaries the expansion was checked against are accepted: a
/// dictionary in another one has not been tried, and `encoding_rs` would decode it without
/// complaint.
fn decode(bytes: &[u8], label: &str) -> Result<String, HunspellError> {
    let encoding: &'static Encoding = match label.to_ascii_uppercase().as_str() {
        "UTF-8" | "UTF8" => encoding_rs::UTF_8,
        "ISO8859-2" | "ISO-8859-2" => encoding_rs::ISO_8859_2,
        other => return Err(HunspellError::UnsupportedEncoding(other.to_owned())),
    };
    Ok(encoding.decode_without_bom_handling(bytes).0.into_owned())
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const AFF: &str = "SET UTF-8\n\nSFX R Y 2\nSFX R ek ku ek\nSFX R ek ki ek\n\nSFX S Y 1\nSFX S ąd ędzie ąd\n\nPFX b Y 1\nPFX b 0 nie .\n\nSFX a Y 1\nSFX a y ego y\n";
    pub(crate) const DIC: &str = "4\nzasiłek/R\nurząd/S\nkursy\nstały/ab\n";

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
    fn an_iso_8859_2_dictionary_is_read() {
        // pl_PL is distributed in ISO-8859-2: `zasiłek` is `zasi\xB3ek` there.
        let aff = b"SET ISO8859-2\nSFX R Y 1\nSFX R ek ku ek\n";
        let dic = b"1\nzasi\xB3ek/R\n";
        let h = Hunspell::parse(aff, dic).unwrap();
        let mut forms = Vec::new();
        h.expand(&h.entries[0], |f, _| forms.push(f.to_owned()));
        assert_eq!(forms, ["zasiłek", "zasiłku"]);
    }
}
