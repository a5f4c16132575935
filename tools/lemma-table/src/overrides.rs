//! The hand-written overrides file, `data/lemma-overrides/<lang>.txt`: one line per lemma,
//! `lemma: form form ...`, `#` starting a comment. It exists for suppletive and irregular forms
//! that the dictionaries list as unrelated words (`dzieci` → `dziecko`).

/// A line of the overrides file that is not `lemma: form form ...`.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: expected `lemma: form form ...`, found `{text}`")]
pub struct OverridesError {
    pub line: usize,
    pub text: String,
}

/// The `(form, lemma)` pairs of an overrides file, in file order.
pub fn parse(text: &str) -> Result<Vec<(&str, &str)>, OverridesError> {
    let mut pairs = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let (lemma, forms) = line.split_once(':').ok_or_else(|| OverridesError {
            line: n + 1,
            text: line.to_owned(),
        })?;
        for form in forms.split_whitespace() {
            pairs.push((form, lemma.trim()));
        }
    }
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmas_forms_and_comments() {
        let text = "# irregular\ndziecko: dzieci dzieciom # plural\n\nczłowiek:ludzie\n";
        assert_eq!(
            parse(text).unwrap(),
            [
                ("dzieci", "dziecko"),
                ("dzieciom", "dziecko"),
                ("ludzie", "człowiek")
            ]
        );
    }

    #[test]
    fn a_line_without_a_colon_names_its_number() {
        let err = parse("dziecko: dzieci\ndziecko dzieci\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert_eq!(
            err.to_string(),
            "line 2: expected `lemma: form form ...`, found `dziecko dzieci`"
        );
    }
}
