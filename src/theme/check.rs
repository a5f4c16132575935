//! What `witaj check` finds wrong in a template that compiles: a filter, a test or a function the
//! portal does not have, and a variable the pages never give. minijinja only notices those when
//! the line runs, which may be on one page kind in one language (`web::selfcheck` renders each
//! page kind once, but a branch it does not take would still fail in front of a visitor).
//!
//! Filters and tests are found by reading the tags of the source (`{{ … }}`, `{% … %}`, string
//! literals blanked) and asking the environment for each name; names a template reads without
//! defining come from minijinja's own `undeclared_variables`.

use std::collections::BTreeSet;
use std::path::Path;

use minijinja::{Environment, ErrorKind};

use crate::diagnostics::{Diagnostic, Diagnostics, Severity, column_of, line_of};

/// The names every page's context has at the top level: the frame of `web::render` (`lang`, `dir`,
/// `languages`, `canonical`, `alternates`, `base_url`, and `dev`, watch mode's reload status or
/// none) and the page's own view, `page`; `web`'s self-check fails if the two ever disagree.
pub const CONTEXT: &[&str] = &[
    "lang",
    "dir",
    "languages",
    "canonical",
    "alternates",
    "base_url",
    "dev",
    "page",
];

/// Names minijinja defines inside templates by itself.
const BUILT_IN: &[&str] = &["loop", "super", "caller", "varargs", "kwargs", "self"];

/// Checks one template `name` (shown as `rel`) of `env`, whose source is `text`. A `partial`
/// (a template others include) reads the variables of the template that includes it, so only
/// the names it calls are checked in it.
pub fn check_template(
    env: &Environment<'static>,
    name: &str,
    rel: &Path,
    text: &str,
    partial: bool,
    diags: &mut Diagnostics,
) {
    let code = blank_outside_code(text);
    let mut seen = BTreeSet::new();
    for (at, word) in names_after(&code, "|") {
        if seen.insert(("filter", word.to_string()))
            && !has(
                env,
                &format!("{{{{ none|{word} }}}}"),
                ErrorKind::UnknownFilter,
            )
        {
            report(
                rel,
                text,
                at,
                format_args!("unknown filter `{word}`"),
                "use one of minijinja's built-in filters (https://docs.rs/minijinja/latest/minijinja/filters/) or remove it",
                diags,
            );
        }
    }
    for (at, word) in tests(&code) {
        if seen.insert(("test", word.to_string()))
            && !has(
                env,
                &format!("{{{{ none is {word} }}}}"),
                ErrorKind::UnknownTest,
            )
        {
            report(
                rel,
                text,
                at,
                format_args!("unknown test `is {word}`"),
                "use one of minijinja's built-in tests (https://docs.rs/minijinja/latest/minijinja/tests/)",
                diags,
            );
        }
    }
    let Ok(template) = env.get_template(name) else {
        return;
    };
    let globals: BTreeSet<&str> = env.globals().map(|(k, _)| k).collect();
    let mut unknown: Vec<String> = template
        .undeclared_variables(false)
        .into_iter()
        .filter(|v| {
            !CONTEXT.contains(&v.as_str())
                && !BUILT_IN.contains(&v.as_str())
                && !globals.contains(v.as_str())
        })
        .collect();
    unknown.sort();
    for var in unknown {
        let at = first_word(&code, &var).unwrap_or(0);
        let called = code[at + var.len()..].trim_start().starts_with('(');
        if partial && !called {
            continue;
        }
        let (what, hint) = if called {
            (
                format!("unknown function `{var}()`"),
                "the portal's functions are t, count, date, url and asset (docs/editors.md), besides minijinja's own",
            )
        } else {
            (
                format!("unknown variable `{var}`"),
                "a page gives `page`, `lang`, `dir`, `languages`, `canonical`, `alternates` and `base_url`; set the variable first, or correct its name",
            )
        };
        report(rel, text, at, what, hint, diags);
    }
}

fn report(
    rel: &Path,
    text: &str,
    at: usize,
    message: impl std::fmt::Display,
    hint: &str,
    diags: &mut Diagnostics,
) {
    diags.add(
        Diagnostic::new(Severity::Error, rel, Some(line_of(text, at)), message)
            .at_column(Some(column_of(text, at)))
            .with_hint(hint),
    );
}

/// Whether `probe` (a one-line template using one filter or test) renders without `missing`.
fn has(env: &Environment<'static>, probe: &str, missing: ErrorKind) -> bool {
    match env.render_str(probe, ()) {
        Ok(_) => true,
        Err(e) => e.kind() != missing,
    }
}

/// `text` with everything that is not template code (the HTML, comments, string literals) turned
/// into spaces, byte for byte, so offsets stay those of the file.
fn blank_outside_code(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = vec![b' '; bytes.len()];
    let mut i = 0;
    while i < bytes.len() {
        let opener = &bytes[i..bytes.len().min(i + 2)];
        let close: &[u8] = match opener {
            b"{{" => b"}}",
            b"{%" => b"%}",
            b"{#" => b"#}",
            _ => {
                i += 1;
                continue;
            }
        };
        let comment = opener == b"{#";
        i += 2;
        let mut quote = None;
        while i < bytes.len() && !(quote.is_none() && bytes[i..].starts_with(close)) {
            let b = bytes[i];
            match quote {
                Some(_) if b == b'\\' => i += 1,
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None if b == b'"' || b == b'\'' => quote = Some(b),
                None if !comment => out[i] = b,
                None => {}
            }
            i += 1;
        }
        i += 2;
    }
    // Only ASCII bytes were copied, so this cannot fail; the fallback keeps the lengths anyway.
    String::from_utf8(out).unwrap_or_else(|e| " ".repeat(e.as_bytes().len()))
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The names right after each `sep` (white space allowed between), with their offsets.
fn names_after<'a>(code: &'a str, sep: &str) -> Vec<(usize, &'a str)> {
    let mut out = Vec::new();
    for (pos, _) in code.match_indices(sep) {
        let rest = &code[pos + sep.len()..];
        let start = pos + sep.len() + (rest.len() - rest.trim_start().len());
        let len = code[start..]
            .bytes()
            .take_while(|&b| is_name_byte(b))
            .count();
        if len > 0 {
            out.push((start, &code[start..start + len]));
        }
    }
    out
}

/// The tests of `x is name` and `x is not name`.
fn tests(code: &str) -> Vec<(usize, &str)> {
    names_after(code, " is ")
        .into_iter()
        .filter_map(|(at, word)| {
            if word != "not" {
                return Some((at, word));
            }
            names_after(&code[at..], "not ")
                .first()
                .map(|&(more, w)| (at + more, w))
        })
        .collect()
}

/// The templates that `text` includes by a literal name.
pub fn includes(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (pos, _) in text.match_indices("include") {
        let rest = text[pos + "include".len()..].trim_start();
        let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        if let Some(end) = rest[1..].find(quote) {
            out.push(rest[1..1 + end].to_string());
        }
    }
    out
}

/// The first offset of `word` standing alone (not part of a longer name, not after a `.`).
fn first_word(code: &str, word: &str) -> Option<usize> {
    code.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = code[..i].bytes().next_back();
        let after = code.as_bytes().get(i + word.len()).copied();
        !before.is_some_and(|b| is_name_byte(b) || b == b'.') && !after.is_some_and(is_name_byte)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(source: &str) -> Vec<String> {
        let mut env = Environment::new();
        env.add_function("t", |id: String| id);
        env.add_template_owned("x.html", source.to_string())
            .unwrap();
        let mut diags = Diagnostics::default();
        check_template(
            &env,
            "x.html",
            Path::new("templates/x.html"),
            source,
            false,
            &mut diags,
        );
        diags.iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn known_names_pass() {
        let ok = "{% for l in languages %}{{ l.name|upper }}{% if l is defined %}{{ t(\"a|b\") }}{% endif %}{% endfor %}\n{# |nope #}<p>a | b</p>{{ page.x }}";
        assert_eq!(problems(ok), Vec::<String>::new());
    }

    #[test]
    fn unknown_filters_tests_functions_and_variables_are_placed() {
        let bad =
            "<p>\n  {{ page.x|shout }} {{ tt(\"a\") }}\n{% if page is nice %}{{ pgae }}{% endif %}";
        assert_eq!(
            problems(bad),
            [
                "templates/x.html:2:13: error: unknown filter `shout`: use one of minijinja's built-in filters (https://docs.rs/minijinja/latest/minijinja/filters/) or remove it",
                "templates/x.html:3:15: error: unknown test `is nice`: use one of minijinja's built-in tests (https://docs.rs/minijinja/latest/minijinja/tests/)",
                "templates/x.html:3:25: error: unknown variable `pgae`: a page gives `page`, `lang`, `dir`, `languages`, `canonical`, `alternates` and `base_url`; set the variable first, or correct its name",
                "templates/x.html:2:25: error: unknown function `tt()`: the portal's functions are t, count, date, url and asset (docs/editors.md), besides minijinja's own",
            ]
        );
    }
}
