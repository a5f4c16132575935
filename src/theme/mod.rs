//! The theme: `templates/` (minijinja) and `static/` (CSS, icons, scripts).
//!
//! Both are part of the site snapshot, so a city can restyle the portal without touching code and
//! a broken template is caught at load with its file and line, like a content error.

pub mod assets;
pub mod check;

use std::path::Path;
use std::sync::Arc;

use minijinja::value::{Kwargs, Value};
use minijinja::{Environment, Error, ErrorKind, State};

use crate::diagnostics::{Diagnostic, Diagnostics, Severity, line_of, read_site_text};
use crate::fs;
use crate::i18n::Locales;
pub use assets::Assets;

pub const TEMPLATES_DIR: &str = "templates";

pub struct Theme {
    pub env: Environment<'static>,
    pub assets: Arc<Assets>,
}

impl std::fmt::Debug for Theme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Theme")
            .field("assets", &self.assets)
            .finish()
    }
}

impl Theme {
    /// `static_file_bytes` is the most one static file may hold (`[limits]` of `portal.toml`).
    pub fn load(
        root: &Path,
        locales: Arc<Locales>,
        static_file_bytes: u64,
        diags: &mut Diagnostics,
    ) -> Theme {
        let limit = crate::diagnostics::SizeLimit {
            bytes: static_file_bytes,
            key: "static_file_bytes",
        };
        let assets = Arc::new(Assets::load(root, limit, diags));
        let mut env = Environment::new();
        // A `*.xml` template (a feed, should a city add one) needs escaping as much as HTML does.
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") || name.ends_with(".xml") {
                minijinja::AutoEscape::Html
            } else {
                minijinja::AutoEscape::None
            }
        });
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env.set_formatter(html_formatter);
        register_functions(&mut env, locales.clone(), assets.clone());

        let dir = root.join(TEMPLATES_DIR);
        let mut compiled = Vec::new();
        // Subfolders hold partials and account pages, named by their path
        // (`partials/week-editor.html`, `account/login.html`).
        for file in fs::files_under(root, &dir, &|_| false, diags) {
            let Some(text) = read_site_text(root, &file.path, diags) else {
                continue;
            };
            check_message_ids(&file.rel, &text, &locales, diags);
            let name = file
                .path
                .strip_prefix(&dir)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_else(|_| file.name.clone());
            match env.add_template_owned(name.clone(), text.clone()) {
                Ok(()) => compiled.push((name, file.rel, text)),
                Err(e) => diags.add(
                    Diagnostic::new(
                        Severity::Error,
                        &file.rel,
                        e.line(),
                        format_args!("template: {}", e.detail().unwrap_or(&e.to_string())),
                    )
                    .with_hint("fix the template at this line: every `{% if %}`, `{% for %}` and `{% block %}` needs its `{% end... %}`, every `{{` its `}}` (https://docs.rs/minijinja/latest/minijinja/syntax/)"),
                ),
            }
        }
        let partials: std::collections::BTreeSet<String> = compiled
            .iter()
            .flat_map(|(_, _, text)| check::includes(text))
            .collect();
        for (name, rel, text) in &compiled {
            // A template in `partials/` is always a piece of others (the week editor waits for the
            // account pages that will include it), never a page of its own.
            let partial = partials.contains(name) || name.starts_with("partials/");
            check::check_template(&env, name, rel, text, partial, diags);
        }
        Theme { env, assets }
    }
}

/// Every `t("id")` / `count("id", n)` in a template must name a message of the source language:
/// otherwise a visitor would read the bare id.
fn check_message_ids(rel: &Path, text: &str, locales: &Locales, diags: &mut Diagnostics) {
    for call in ["t(\"", "count(\"", "t('", "count('"] {
        let quote = if call.ends_with('"') { '"' } else { '\'' };
        let mut from = 0;
        while let Some(pos) = text[from..].find(call) {
            let start = from + pos + call.len();
            // `t(` must not be the end of another name such as `count(` or `format(`.
            let before = text[..from + pos].chars().next_back();
            from = start;
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let Some(len) = text[start..].find(quote) else {
                break;
            };
            let id = &text[start..start + len];
            // `t("topic-" ~ id)` builds its id at run time; the loader checks those separately.
            let computed = text[start + len + 1..].trim_start().starts_with('~');
            if !computed && !locales.has_message(id) {
                diags.error(
                    rel,
                    Some(line_of(text, start)),
                    format_args!(
                        "no interface string `{id}`: add it to locales/<source language>/portal.ftl"
                    ),
                );
            }
        }
    }
}

/// Escapes `& < > " '` like MarkupSafe, leaving `/` alone: minijinja's default escaper writes every
/// slash of every URL as `&#x2f;`, which is valid but makes pages larger and harder to read. The
/// escaping itself is pulldown-cmark's, the one `crate::html` uses for Markdown.
fn html_formatter(
    out: &mut minijinja::Output,
    state: &mut State,
    value: &Value,
) -> Result<(), Error> {
    if matches!(state.auto_escape(), minijinja::AutoEscape::Html)
        && !value.is_safe()
        && let Some(s) = value.as_str()
    {
        return pulldown_cmark_escape::escape_html(pulldown_cmark_escape::FmtWriter(out), s)
            .map_err(Error::from);
    }
    minijinja::escape_formatter(out, state, value)
}

fn current_lang(state: &State) -> Result<String, Error> {
    state
        .lookup("lang")
        .and_then(|v| v.as_str().map(str::to_string))
        .ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidOperation,
                "template context has no `lang`",
            )
        })
}

fn register_functions(env: &mut Environment<'static>, locales: Arc<Locales>, assets: Arc<Assets>) {
    let l = locales.clone();
    env.add_function(
        "t",
        move |state: &State, id: String, kwargs: Kwargs| -> Result<String, Error> {
            let lang = current_lang(state)?;
            let mut args = fluent_bundle::FluentArgs::new();
            for key in kwargs.args() {
                let v: Value = kwargs.get(key)?;
                match v.as_i64() {
                    Some(n) => args.set(key.to_string(), n),
                    None => args.set(key.to_string(), v.to_string()),
                }
            }
            Ok(l.format(
                &lang,
                &id,
                if args.iter().next().is_some() {
                    Some(&args)
                } else {
                    None
                },
            ))
        },
    );
    let l = locales.clone();
    env.add_function(
        "count",
        move |state: &State, id: String, n: i64| -> Result<String, Error> {
            Ok(l.count(&current_lang(state)?, &id, n))
        },
    );
    let l = locales;
    env.add_function(
        "date",
        move |state: &State, iso: String| -> Result<String, Error> {
            let format = time::macros::format_description!("[year]-[month]-[day]");
            let d = time::Date::parse(&iso, &format).map_err(|e| {
                Error::new(
                    ErrorKind::InvalidOperation,
                    format!("not a date `{iso}`: {e}"),
                )
            })?;
            Ok(l.date(&current_lang(state)?, d))
        },
    );
    // Links to pages: `url("guide", lang, slug)`, built by the same functions as the handlers'.
    env.add_function(
        "url",
        |kind: String, lang: String, id: Option<String>| -> Result<String, Error> {
            crate::urls::template_url(&kind, &lang, id.as_deref())
        },
    );
    env.add_function("asset", move |name: String| -> Result<String, Error> {
        assets.url(&name).map(str::to_string).ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidOperation,
                format!("no static file `{name}`"),
            )
        })
    });
}
