//! Interface strings: Fluent bundles per language, loaded from `locales/<lang>/*.ftl`.
//!
//! A message missing in one language is taken from the next language of its fallback chain, like a
//! missing guide, so a half-translated locale still gives a usable page; `witaj check` lists what is
//! missing as warnings. Adding a language is adding its folder and a `[[languages]]` entry.

pub mod check;
pub mod negotiate;

use std::collections::HashMap;
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use time::Date;

use crate::config::{Config, Language};
use crate::diagnostics::{Diagnostic, Diagnostics, Severity, column_of, line_of, read_site_text};
use crate::fs;

pub const LOCALES_DIR: &str = "locales";

type Bundle = FluentBundle<FluentResource>;

pub struct Locales {
    bundles: HashMap<String, Bundle>,
    chains: HashMap<String, Vec<String>>,
    source: String,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field("languages", &self.chains.keys())
            .finish()
    }
}

impl Locales {
    pub fn load(root: &Path, config: &Config, diags: &mut Diagnostics) -> Locales {
        let mut bundles = HashMap::new();
        let mut facts = HashMap::new();
        for lang in &config.languages {
            let (bundle, lang_facts) = load_language(root, config, lang, diags);
            bundles.insert(lang.code.clone(), bundle);
            facts.insert(lang.code.clone(), lang_facts);
        }
        check::untranslated(root, config, &facts, diags);
        check::check(config, &facts, diags);
        Locales {
            bundles,
            chains: config.chains(),
            source: config.source_language.clone(),
        }
    }

    /// Whether the source language defines message `id`: templates are checked against this.
    pub fn has_message(&self, id: &str) -> bool {
        self.bundles
            .get(&self.source)
            .is_some_and(|b| b.has_message(id))
    }

    pub fn text(&self, lang: &str, id: &str) -> String {
        self.format(lang, id, None)
    }

    /// Formats message `id` in `lang`, or the first language of its chain that has it. An id no
    /// language has comes back as itself, which `witaj check` prevents for the templates.
    pub fn format(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
        let chain = self.chains.get(lang).map(Vec::as_slice).unwrap_or_default();
        let fallback_to_source = [self.source.clone()];
        for code in chain.iter().chain(fallback_to_source.iter()) {
            let Some(bundle) = self.bundles.get(code) else {
                continue;
            };
            let Some(msg) = bundle.get_message(id) else {
                continue;
            };
            let Some(pattern) = msg.value() else { continue };
            let mut errors = Vec::new();
            let s = bundle.format_pattern(pattern, args, &mut errors);
            if errors.is_empty() {
                return s.into_owned();
            }
            tracing::warn!(lang = %code, id, ?errors, "Fluent formatting error");
            return s.into_owned();
        }
        tracing::warn!(lang, id, "message missing in every language");
        id.to_string()
    }

    /// `count` with the language's plural rules: `services-count` with 22 in Polish is "22 usługi".
    pub fn count(&self, lang: &str, id: &str, count: i64) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        self.format(lang, id, Some(&args))
    }

    /// A date in the reader's language, from the `month-N` and `date-format` messages, so word
    /// order and the month's grammatical case stay with the translators.
    pub fn date(&self, lang: &str, date: Date) -> String {
        let month = self.text(lang, &format!("month-{}", u8::from(date.month())));
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(i64::from(date.day())));
        args.set("month", FluentValue::from(month));
        args.set("year", FluentValue::from(date.year().to_string()));
        self.format(lang, "date-format", Some(&args))
    }
}

/// One language's bundle from `locales/<lang>/*.ftl`, and the messages it defines.
fn load_language(
    root: &Path,
    config: &Config,
    lang: &Language,
    diags: &mut Diagnostics,
) -> (Bundle, check::LanguageFacts) {
    let dir = root.join(LOCALES_DIR).join(&lang.code);
    let mut bundle = Bundle::new_concurrent(vec![lang.id.clone()]);
    // Isolation marks would end up inside attributes and <title>; bidi isolation is done in the
    // templates with <bdi> where mixed directions meet.
    bundle.set_use_isolating(false);
    let mut ids = check::LanguageFacts::new();
    let files = match fs::entries(root, &dir, diags) {
        Ok(files) => files,
        Err(_) => {
            let rel_dir = Path::new(LOCALES_DIR).join(&lang.code);
            diags.error(
                &rel_dir,
                None,
                format_args!("no interface strings for `{}`: add {}/portal.ftl (copy the {} one and translate it)", lang.code, rel_dir.display(), config.source_language),
            );
            return (bundle, ids);
        }
    };
    for file in files
        .iter()
        .filter(|f| f.name.ends_with(".ftl") && !f.is_dir)
    {
        let Some(text) = read_site_text(root, &file.path, diags) else {
            continue;
        };
        let resource = parse_resource(&file.rel, text.clone(), diags);
        let entries: Vec<_> = resource.entries().collect();
        check::facts(&file.rel, &text, &entries, &mut ids);
        if let Err(errors) = bundle.add_resource(resource) {
            report_overrides(&file.rel, &text, &lang.code, errors, diags);
        }
    }
    (bundle, ids)
}

/// A Fluent file, with its syntax errors reported; the entries that parse are kept.
fn parse_resource(rel: &Path, text: String, diags: &mut Diagnostics) -> FluentResource {
    match FluentResource::try_new(text) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                // Where the parser stopped understanding, moved back over white space to just
                // after the last thing written: a missing `}` at the end of a line is reported
                // there, not at the start of the next entry.
                let source = r.source();
                let start = e.pos.start.min(source.len());
                let entry_start = e.slice.as_ref().map_or(0, |s| s.start);
                let at = source[..start].trim_end().len().max(entry_start);
                diags.add(
                    Diagnostic::new(
                        Severity::Error,
                        rel,
                        Some(line_of(source, at)),
                        format_args!("Fluent syntax: {}", e.kind),
                    )
                    .at_column(Some(column_of(source, at)))
                    .with_hint("write a message as `id = text`; a line that continues it starts with spaces (https://projectfluent.org/fluent/guide/)"),
                );
            }
            r
        }
    }
}

/// Messages defined twice for one language: the second definition is an error.
fn report_overrides(
    rel: &Path,
    text: &str,
    code: &str,
    errors: Vec<FluentError>,
    diags: &mut Diagnostics,
) {
    let mut reported: HashMap<String, usize> = HashMap::new();
    for e in errors {
        let FluentError::Overriding { id, .. } = &e else {
            diags.error(rel, Some(1), format_args!("{e}"));
            continue;
        };
        // The id is defined in an earlier file of this language, or earlier in this one: point at
        // this file's second definition, or its only one.
        let lines = definition_lines(text, id);
        let seen = reported.entry(id.clone()).or_default();
        let at = if lines.len() > 1 { 1 + *seen } else { 0 };
        *seen += 1;
        let line = lines.get(at).or(lines.last()).copied().unwrap_or(1);
        diags.error(
            rel,
            Some(line),
            format_args!("`{id}` is defined twice for `{code}`: keep one definition"),
        );
    }
}

/// The lines on which `text` defines the message `id` or the term `-id`.
fn definition_lines(text: &str, id: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let l = l.strip_prefix('-').unwrap_or(l);
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|(i, _)| i + 1)
        .collect()
}
