//! Renders every kind of page in every language once, through the real router, before a site is
//! published: a template that only fails when it runs (an include that includes itself, a value of
//! the wrong type, a variable a view does not give) becomes a `check` error with its template's
//! file and line, and `serve` refuses to start with it, instead of a 500 for every visitor.
//!
//! It lives in `web` because `web` may depend on everything else and nothing else may depend on
//! `web` (`docs/architecture.md`); `main.rs` calls it for `check` and `serve`. The router logs the
//! cause of a 500 and answers the reader with the error page, so the check listens to the log
//! while it asks: a small `tracing` layer, set only for its own requests, collects the errors.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::http::Request;
use tower::ServiceExt;
use tracing::instrument::WithSubscriber;
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

use super::{AppState, router};
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::site::Site;
use crate::theme::TEMPLATES_DIR;
use crate::urls;

/// One address of each kind of page, in each language of the site.
pub fn pages(site: &Site) -> Vec<String> {
    pages_by_language(site).concat()
}

/// [`pages`], one list per language.
fn pages_by_language(site: &Site) -> Vec<Vec<String>> {
    let mut all = Vec::new();
    let guide = site.content.guides.values().next();
    let topic = site.config.topics.first();
    let service = site.directory.services.keys().next();
    let place = site.municipalities.places.keys().next();
    for lang in site.config.codes() {
        let mut out = Vec::new();
        out.push(urls::home(lang));
        if let Some(t) = topic {
            out.push(urls::topic(lang, t));
        }
        if let Some(g) = guide {
            out.push(urls::guide(lang, &g.slug));
        }
        out.push(urls::services(lang));
        if let Some(s) = service {
            out.push(urls::service(lang, s));
        }
        out.push(urls::search(lang));
        // A search that finds something, and one that does not.
        if let Some(word) = guide
            .and_then(|g| g.pages.values().next())
            .and_then(|p| p.title.split_whitespace().next())
        {
            out.push(format!("{}?q={}", urls::search(lang), encode(word)));
        }
        out.push(format!("{}?q=zzzqqq", urls::search(lang)));
        out.push(urls::municipalities(lang));
        if let Some(p) = place {
            out.push(urls::municipality(lang, p));
        }
        out.push(urls::accessibility(lang));
        // The 404 page.
        out.push(urls::within(lang, "selfcheck-no-such-page"));
        all.push(out);
    }
    all
}

fn encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// Requests every page of [`pages`] from `state`'s router; every answer 500 or above is an error,
/// at the template and line the router logged for it (once per distinct cause).
///
/// Each language's pages are asked for on a task of their own (they share nothing), so the check,
/// which start-up and every reload wait for, takes the time of the slowest language on a machine
/// with several cores rather than the sum of all (issue 8).
pub async fn run(state: &AppState) -> Diagnostics {
    let site = state.site();
    let app = router(state.clone());
    let mut tasks = tokio::task::JoinSet::new();
    for (i, paths) in pages_by_language(&site).into_iter().enumerate() {
        let app = app.clone();
        tasks.spawn(async move { (i, failures(app, paths).await) });
    }
    let mut found = tasks.join_all().await;
    // Reported in the order of the site's languages, whichever finished first.
    found.sort_by_key(|(i, _)| *i);

    let mut diags = Diagnostics::default();
    let mut seen = std::collections::BTreeSet::new();
    for Failure {
        path,
        status,
        causes,
    } in found.into_iter().flat_map(|(_, f)| f)
    {
        if causes.is_empty() {
            if seen.insert(format!("{status}")) {
                diags.add(
                    Diagnostic::new(
                        Severity::Error,
                        Path::new(TEMPLATES_DIR),
                        None,
                        format_args!("{path} answers {status} without a logged cause"),
                    )
                    .with_hint("run `witaj serve` with RUST_LOG=witaj=debug and open the page"),
                );
            }
            continue;
        }
        for cause in causes {
            let (file, line) = template_place(&cause);
            let cause = innermost(&cause).to_string();
            if seen.insert(cause.clone()) {
                diags.add(
                    Diagnostic::new(
                        Severity::Error,
                        &file,
                        line,
                        format_args!("the page {path} fails to render: {cause}"),
                    )
                    .with_hint("fix the template at this line; every page of this kind in every language fails the same way"),
                );
            }
        }
    }
    diags
}

/// A page answered with a server error, and the errors the router logged while answering it.
struct Failure {
    path: String,
    status: axum::http::StatusCode,
    causes: Vec<String>,
}

/// Asks `app` for each of `paths` in turn and keeps the answers of 500 or above.
async fn failures(app: axum::Router, paths: Vec<String>) -> Vec<Failure> {
    // One subscriber for the task, listening to ERROR events only: a new one per request makes
    // tracing re-register its callsites each time, and one listening at every level records every
    // span of the stack, for nothing. The task's requests run one at a time, so the log is emptied
    // before each.
    let log = Arc::new(Mutex::new(Vec::new()));
    let dispatch = tracing::Dispatch::new(
        tracing_subscriber::registry()
            .with(Collect(log.clone()).with_filter(tracing_subscriber::filter::LevelFilter::ERROR)),
    );
    let mut out = Vec::new();
    for path in paths {
        if let Ok(mut l) = log.lock() {
            l.clear();
        }
        let Ok(request) = Request::builder().uri(&path).body(Body::empty()) else {
            continue;
        };
        let started = std::time::Instant::now();
        let status = match app
            .clone()
            .oneshot(request)
            .with_subscriber(dispatch.clone())
            .await
        {
            Ok(response) => response.status(),
            Err(never) => match never {},
        };
        tracing::debug!(
            %path,
            ms = started.elapsed().as_secs_f64() * 1000.0,
            "self-check page"
        );
        if status.is_server_error() {
            let causes = log.lock().map(|l| l.clone()).unwrap_or_default();
            out.push(Failure {
                path,
                status,
                causes,
            });
        }
    }
    out
}

/// The template and line of a logged minijinja error, which ends `(in NAME:LINE)`; the last one
/// when errors are chained (the include's, not the including template's).
fn template_place(cause: &str) -> (PathBuf, Option<usize>) {
    let Some(start) = cause.rfind("(in ") else {
        return (PathBuf::from(TEMPLATES_DIR), None);
    };
    let inner = &cause[start + 4..];
    let inner = &inner[..inner.find(')').unwrap_or(inner.len())];
    match inner.rsplit_once(':') {
        Some((name, line)) => (
            Path::new(TEMPLATES_DIR).join(name),
            line.parse().ok().filter(|&l| l > 0),
        ),
        None => (Path::new(TEMPLATES_DIR).join(inner), None),
    }
}

/// The last error of a logged chain (`template a failed: x (in a:1): y (in b:2)` → `y (in b:2)`):
/// an include loop's chain is hundreds of includes long and only its end says what went wrong.
fn innermost(cause: &str) -> &str {
    let Some(last) = cause.rfind("(in ") else {
        return cause;
    };
    let end = cause[last..]
        .find(')')
        .map_or(cause.len(), |j| last + j + 1);
    let head = &cause[..last];
    let start = head
        .rfind("): ")
        .map(|i| i + 3)
        .or_else(|| head.find(" failed: ").map(|i| i + 9))
        .unwrap_or(0);
    &cause[start..end]
}

/// Keeps the `error` field of every ERROR event: the router logs the cause of a 500 there.
struct Collect(Arc<Mutex<Vec<String>>>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Collect {
    fn on_event(&self, event: &tracing::Event<'_>, _ctx: Context<'_, S>) {
        if *event.metadata().level() != tracing::Level::ERROR {
            return;
        }
        let mut fields = Fields::default();
        event.record(&mut fields);
        // Only the causes: the trace layer's own "response failed" has no `error` field.
        if let (Some(text), Ok(mut log)) = (fields.error, self.0.lock()) {
            log.push(text);
        }
    }
}

#[derive(Default)]
struct Fields {
    error: Option<String>,
}

impl tracing::field::Visit for Fields {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if field.name() == "error" {
            self.error = Some(format!("{value:?}"));
        }
    }

    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        if field.name() == "error" {
            self.error = Some(value.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_innermost_error_is_kept() {
        assert_eq!(
            innermost(
                "template a.html failed: could not render include (in a.html:2): invalid operation: loop (in b.html:9)"
            ),
            "invalid operation: loop (in b.html:9)"
        );
        assert_eq!(
            innermost("template a.html failed: undefined value (in a.html:4)"),
            "undefined value (in a.html:4)"
        );
    }

    #[test]
    fn the_innermost_template_is_named() {
        assert_eq!(
            template_place(
                "template guide.html failed: invalid operation: x (in base.html:12) (in guide.html:3)"
            ),
            (PathBuf::from("templates/guide.html"), Some(3))
        );
        assert_eq!(
            template_place("database on fire"),
            (PathBuf::from("templates"), None)
        );
    }
}
