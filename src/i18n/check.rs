//! What `witaj check` finds wrong in the interface strings beyond their syntax: variables that a
//! translation uses but the source does not give it (the visitor would read `{$name}`), or that it
//! drops; plural selectors that lack a category the language needs (a Polish "5 usługa"); and ids
//! the Rust code asks for that no file defines.
//!
//! The facts are gathered from each file's syntax tree while the bundles load ([`facts`]), because
//! a bundle keeps its messages but not the file and line they came from.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};

/// Every message id the Rust code formats by name (not the ones built from an id, such as
/// `topic-<id>`, which `site.rs` checks against `portal.toml`): each must exist in the source
/// language, or a visitor reads the bare id. A test keeps this list in step with the code.
pub const CODE_MESSAGES: &[&str] = &[
    "account-csrf-text",
    "account-csrf-title",
    "account-forbidden-text",
    "account-forbidden-title",
    "date-format",
    "error-404-text",
    "error-404-title",
    "error-500-text",
    "error-500-title",
    "external-link",
    "hours-closed",
    "hours-closed-opens-day",
    "hours-closed-opens-today",
    "hours-closed-opens-tomorrow",
    "hours-not-known",
    "hours-open-always",
    "hours-open-until",
    "hours-unknown-now",
    "local-county-office",
    "local-find-office",
    "local-office-bip",
    "local-office-unknown",
    "moderation-apply-failed",
    "moderation-conflict",
    "moderation-decided-text",
    "moderation-decided-title",
    "moderation-decision-required",
    "moderation-edit-title",
    "moderation-error-changed-meanwhile",
    "moderation-error-email",
    "moderation-error-file",
    "moderation-error-free",
    "moderation-error-hours",
    "moderation-error-hours-unknown",
    "moderation-error-languages",
    "moderation-error-municipality",
    "moderation-error-name-id",
    "moderation-error-name-required",
    "moderation-error-nothing-changed",
    "moderation-error-phone",
    "moderation-error-place-required",
    "moderation-error-postal-code",
    "moderation-error-source-required",
    "moderation-error-text-language",
    "moderation-error-too-many",
    "moderation-error-topics",
    "moderation-error-url",
    "moderation-error-week-closed-and-hours",
    "moderation-error-week-missing",
    "moderation-error-week-overlap",
    "moderation-error-week-same",
    "moderation-error-week-time",
    "moderation-field-accessibility",
    "moderation-field-address",
    "moderation-field-application",
    "moderation-field-city",
    "moderation-field-cost-note",
    "moderation-field-description",
    "moderation-field-eligibility",
    "moderation-field-email",
    "moderation-field-free",
    "moderation-field-hours-note",
    "moderation-field-in-group",
    "moderation-field-in-language",
    "moderation-field-languages",
    "moderation-field-languages-note",
    "moderation-field-municipality",
    "moderation-field-name",
    "moderation-field-opening-hours",
    "moderation-field-phone",
    "moderation-field-phone-note",
    "moderation-field-postal-code",
    "moderation-field-source",
    "moderation-field-topics",
    "moderation-field-website",
    "moderation-new-title",
    "moderation-phone-legend",
    "moderation-place-legend",
    "moderation-reason-required",
    "moderation-reason-too-long",
    "moderation-verify-failed-text",
    "moderation-verify-failed-title",
    "my-place-refused-back",
    "my-place-refused-not-a-form",
    "my-place-refused-origin",
    "my-place-refused-title",
    "my-place-refused-too-large",
    "my-place-refused-unknown-place",
    "service-phone",
    "site-name",
    "site-tagline",
];

/// Families of ids the code builds from a number: `month-1` … `month-12`, `day-on-1` … `day-on-7`.
pub const CODE_MESSAGE_FAMILIES: &[(&str, u8)] = &[("month-", 12), ("day-on-", 7)];

/// Where one message is defined and what it uses.
#[derive(Debug, Clone)]
pub struct MessageFacts {
    pub file: PathBuf,
    pub line: usize,
    /// `$variables` referenced anywhere in the value and attributes.
    pub vars: BTreeSet<String>,
    /// The identifier keys of each selector that selects on a plural category.
    pub plural_keys: Vec<BTreeSet<String>>,
}

/// One language's messages, by id.
pub type LanguageFacts = BTreeMap<String, MessageFacts>;

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The facts of every message of one parsed file, `text` being its source (for the lines).
pub fn facts(rel: &Path, text: &str, entries: &[&ast::Entry<&str>], into: &mut LanguageFacts) {
    for entry in entries {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let mut f = MessageFacts {
            file: rel.to_path_buf(),
            line: super::definition_lines(text, m.id.name)
                .first()
                .copied()
                .unwrap_or(1),
            vars: BTreeSet::new(),
            plural_keys: Vec::new(),
        };
        if let Some(value) = &m.value {
            pattern(value, &mut f);
        }
        for a in &m.attributes {
            pattern(&a.value, &mut f);
        }
        into.entry(m.id.name.to_string()).or_insert(f);
    }
}

fn pattern(p: &ast::Pattern<&str>, f: &mut MessageFacts) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expr(expression, f);
        }
    }
}

fn expr(e: &ast::Expression<&str>, f: &mut MessageFacts) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline(selector, f);
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some(name.to_string()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            let numeric = matches!(selector, ast::InlineExpression::VariableReference { .. })
                || matches!(selector, ast::InlineExpression::FunctionReference { id, .. } if id.name == "NUMBER");
            // `[ngo]`/`*[other]` on a kind is not a plural: every key must be a category.
            let plural = keys.iter().all(|k| CATEGORIES.contains(&k.as_str()))
                && keys.iter().any(|k| k != "other");
            if numeric && plural {
                f.plural_keys.push(keys);
            }
            for v in variants {
                pattern(&v.value, f);
            }
        }
        ast::Expression::Inline(i) => inline(i, f),
    }
}

fn inline(i: &ast::InlineExpression<&str>, f: &mut MessageFacts) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            f.vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => call(arguments, f),
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => call(arguments, f),
        ast::InlineExpression::Placeable { expression } => expr(expression, f),
        _ => {}
    }
}

fn call(args: &ast::CallArguments<&str>, f: &mut MessageFacts) {
    for a in &args.positional {
        inline(a, f);
    }
    for a in &args.named {
        inline(&a.value, f);
    }
}

/// The plural categories whole numbers take in `lang` (CLDR cardinal rules, as Fluent selects
/// them), in CLDR order: what a count needs. `other` alone is for fractions in the Slavic
/// languages, and a count is a whole number, so it is only needed where whole numbers reach it.
pub fn integer_categories(lang: &LanguageIdentifier) -> Vec<&'static str> {
    let Ok(rules) = PluralRules::create(lang.clone(), PluralRuleType::CARDINAL) else {
        return Vec::new();
    };
    let mut seen = BTreeSet::new();
    // Every CLDR cardinal rule repeats within the first 1000 whole numbers (plus millions for the
    // few languages with a "many" for them, like French, which do not matter for a count here).
    for n in 0u32..1000 {
        if let Ok(c) = rules.select(n) {
            seen.insert(name(c));
        }
    }
    CATEGORIES
        .iter()
        .copied()
        .filter(|c| seen.contains(c))
        .collect()
}

fn name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// Compares every language's messages with the source language's and checks plurals and the ids
/// the code needs.
pub fn check(config: &Config, all: &HashMap<String, LanguageFacts>, diags: &mut Diagnostics) {
    let source_code = &config.source_language;
    let Some(source) = all.get(source_code) else {
        return;
    };
    for lang in &config.languages {
        let Some(own) = all.get(&lang.code) else {
            continue;
        };
        let needed = integer_categories(&lang.id);
        for (id, f) in own {
            check_plurals(&lang.code, &needed, id, f, diags);
            if lang.code == *source_code {
                continue;
            }
            let Some(src) = source.get(id) else { continue };
            for var in f.vars.difference(&src.vars) {
                diags.add(
                    Diagnostic::new(
                        Severity::Error,
                        &f.file,
                        Some(f.line),
                        format_args!(
                            "`{id}` uses `${var}`, which the {source_code} message does not have: visitors would read `{{${var}}}`"
                        ),
                    )
                    .at_column(Some(1))
                    .with_hint(format_args!(
                        "use only {} (as in {}:{})",
                        list(&src.vars),
                        src.file.display(),
                        src.line
                    )),
                );
            }
            for var in src.vars.difference(&f.vars) {
                diags.add(
                    Diagnostic::new(
                        Severity::Warning,
                        &f.file,
                        Some(f.line),
                        format_args!(
                            "`{id}` does not show `${var}`, which the {source_code} message shows"
                        ),
                    )
                    .at_column(Some(1))
                    .with_hint(format_args!(
                        "add `{{ ${var} }}` where it belongs in the sentence"
                    )),
                );
            }
        }
    }
    let source_file = Path::new(super::LOCALES_DIR)
        .join(source_code)
        .join("portal.ftl");
    let family_ids = CODE_MESSAGE_FAMILIES
        .iter()
        .flat_map(|(prefix, n)| (1..=*n).map(move |i| format!("{prefix}{i}")));
    for id in CODE_MESSAGES
        .iter()
        .map(|s| s.to_string())
        .chain(family_ids)
    {
        if !source.contains_key(&id) {
            diags.add(
                Diagnostic::new(
                    Severity::Error,
                    &source_file,
                    None,
                    format_args!(
                        "the portal's code shows the message `{id}`, which no file defines"
                    ),
                )
                .with_hint(format_args!(
                    "add `{id} = ...` to a .ftl file of locales/{source_code}/"
                )),
            );
        }
    }
}

/// Messages of the source language that a language lacks, and messages it has that the source
/// does not, each at its own place: a translator fixes one line at a time, and a CI annotation
/// lands on the file to edit. A missing message is reported in the translation's file of the
/// same name as the source's (where it belongs), after the message that comes before it in the
/// source, with the source's `path:line` to translate from; a translation file missing whole is
/// one warning, not one per message. Warnings: the page still works through the fallback chain.
pub fn untranslated(
    root: &Path,
    config: &Config,
    all: &HashMap<String, LanguageFacts>,
    diags: &mut Diagnostics,
) {
    let source_code = &config.source_language;
    let Some(source) = all.get(source_code) else {
        return;
    };
    // The source's messages in the order its files define them: a missing one goes after the
    // message before it.
    let mut in_order: Vec<(&String, &MessageFacts)> = source.iter().collect();
    in_order.sort_by(|a, b| (&a.1.file, a.1.line).cmp(&(&b.1.file, b.1.line)));
    for lang in &config.languages {
        let code = &lang.code;
        let Some(own) = all.get(code).filter(|_| *code != *source_code) else {
            continue;
        };
        let dir = Path::new(super::LOCALES_DIR).join(code);
        // A language without its folder was reported by the loader already.
        if !root.join(&dir).is_dir() {
            continue;
        }
        let mut missing_files: BTreeMap<PathBuf, (&Path, usize)> = BTreeMap::new();
        // The last message of the current source file that the translation has in its file.
        let mut previous: Option<(&str, usize)> = None;
        let mut file: Option<&Path> = None;
        for (id, f) in &in_order {
            let Some(name) = f.file.file_name() else {
                continue;
            };
            let target = dir.join(name);
            if file != Some(f.file.as_path()) {
                file = Some(f.file.as_path());
                previous = None;
            }
            if let Some(t) = own.get(*id) {
                if t.file == target {
                    previous = Some((id.as_str(), t.line));
                }
                continue;
            }
            if !root.join(&target).is_file() {
                missing_files.entry(target).or_insert((&f.file, 0)).1 += 1;
                continue;
            }
            let from = format!("{}:{}", f.file.display(), f.line);
            let (line, hint) = match previous {
                Some((before, line)) => (
                    Some(line),
                    format!("add `{id} = ...` after `{before}`, translating {from}"),
                ),
                None => (
                    None,
                    format!("add `{id} = ...` to this file, translating {from}"),
                ),
            };
            diags.add(
                Diagnostic::new(
                    Severity::Warning,
                    &target,
                    line,
                    format_args!("`{id}` is not translated into `{code}` yet: readers see it in a fallback language"),
                )
                .at_column(line.map(|_| 1))
                .with_hint(hint),
            );
        }
        for (target, (from, count)) in missing_files {
            diags.add(
                Diagnostic::new(
                    Severity::Warning,
                    &target,
                    None,
                    format_args!(
                        "the file is missing: its {count} message(s) of {} are shown to `{code}` readers in a fallback language",
                        from.display()
                    ),
                )
                .with_hint(format_args!(
                    "copy {} to {} and translate it",
                    from.display(),
                    target.display()
                )),
            );
        }
        for (id, f) in own {
            if source.contains_key(id) {
                continue;
            }
            diags.add(
                Diagnostic::new(
                    Severity::Warning,
                    &f.file,
                    Some(f.line),
                    format_args!("`{id}` is not in the {source_code} source, so no page shows it"),
                )
                .at_column(Some(1))
                .with_hint(format_args!(
                    "remove it, or rename it to the id the {source_code} files use now"
                )),
            );
        }
    }
}

fn check_plurals(code: &str, needed: &[&str], id: &str, f: &MessageFacts, diags: &mut Diagnostics) {
    for keys in &f.plural_keys {
        let missing: Vec<&str> = needed
            .iter()
            .copied()
            .filter(|c| !keys.contains(*c))
            .collect();
        if missing.is_empty() {
            continue;
        }
        diags.add(
            Diagnostic::new(
                Severity::Warning,
                &f.file,
                Some(f.line),
                format_args!(
                    "`{id}` chooses by a number but has no variant for the `{code}` plural form(s) {}: those numbers get the default variant",
                    missing.join(", ")
                ),
            )
            .at_column(Some(1))
            .with_hint(format_args!(
                "add {} (`{code}` uses {})",
                missing
                    .iter()
                    .map(|c| format!("`[{c}] ...`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                needed.join(", ")
            )),
        );
    }
}

fn list(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        return "no variables".to_string();
    }
    vars.iter()
        .map(|v| format!("`${v}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langid(s: &str) -> LanguageIdentifier {
        s.parse().unwrap()
    }

    #[test]
    fn whole_numbers_need_these_categories() {
        assert_eq!(integer_categories(&langid("pl")), ["one", "few", "many"]);
        assert_eq!(integer_categories(&langid("uk")), ["one", "few", "many"]);
        assert_eq!(integer_categories(&langid("en")), ["one", "other"]);
        assert_eq!(integer_categories(&langid("ka")), ["one", "other"]);
        assert_eq!(
            integer_categories(&langid("ar")),
            ["zero", "one", "two", "few", "many", "other"]
        );
    }

    fn facts_of(text: &str) -> LanguageFacts {
        let r = fluent_bundle::FluentResource::try_new(text.to_string()).unwrap();
        let entries: Vec<_> = r.entries().collect();
        let mut out = LanguageFacts::new();
        facts(Path::new("x.ftl"), text, &entries, &mut out);
        out
    }

    #[test]
    fn variables_and_plural_selectors_are_found() {
        let f = facts_of(
            "a = x\nn = { $count ->\n    [one] { $count } rzecz\n   *[few] { $count } rzeczy\n}\n    .title = { $who }\nt = { NUMBER($c) }\n",
        );
        assert_eq!(f["a"].line, 1);
        assert_eq!(f["n"].line, 2);
        assert_eq!(f["n"].vars.iter().collect::<Vec<_>>(), ["count", "who"]);
        assert_eq!(f["n"].plural_keys.len(), 1);
        assert_eq!(f["t"].vars.iter().collect::<Vec<_>>(), ["c"]);
        // A selector on a string (a gender, a kind) is not a plural.
        let f = facts_of("g = { $kind ->\n    [ngo] a\n   *[other] b\n}\n");
        assert!(f["g"].plural_keys.is_empty());
    }

    /// Every string literal of the code that names a message of the bundled Polish interface is
    /// in [`CODE_MESSAGES`]: a message the code shows must be checked in every site's locales.
    #[test]
    fn code_messages_are_listed() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let pl = std::fs::read_to_string(root.join("locales/pl/portal.ftl")).unwrap();
        let defined: BTreeSet<&str> = pl
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.trim()))
            .collect();
        let mut stack = vec![root.join("src")];
        let mut unlisted = Vec::new();
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                if path.ends_with("i18n/check.rs") || path.extension() != Some("rs".as_ref()) {
                    continue;
                }
                let code = std::fs::read_to_string(&path).unwrap();
                for literal in code.split('"').skip(1).step_by(2) {
                    if defined.contains(literal) && !CODE_MESSAGES.contains(&literal) {
                        unlisted.push(format!("{}: {literal}", path.display()));
                    }
                }
            }
        }
        assert!(unlisted.is_empty(), "add to CODE_MESSAGES: {unlisted:#?}");
    }

    #[test]
    fn a_missing_plural_form_is_reported() {
        let f = facts_of("n = { $count ->\n    [one] a\n   *[few] b\n}\n");
        let mut diags = Diagnostics::default();
        check_plurals("pl", &["one", "few", "many"], "n", &f["n"], &mut diags);
        let d = diags.iter().next().unwrap();
        assert_eq!((d.line, d.column), (Some(1), Some(1)));
        assert!(d.message.contains("many"), "{}", d.message);
    }
}
