//! The `Site`: one immutable snapshot of everything the portal publishes, computed from its files.
//!
//! Handlers only ever read a snapshot. A reload builds a whole new one off the request path and
//! swaps it in; when the new files have errors the old snapshot keeps serving, so a bad commit
//! cannot take the portal down.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::config::Config;
use crate::content::Content;
use crate::content::statement::Statement;
use crate::diagnostics::Diagnostics;
use crate::directory::Directory;
use crate::i18n::Locales;
use crate::municipalities::Municipalities;
use crate::search::SearchIndex;
use crate::theme::Theme;

#[derive(Debug)]
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    pub content: Content,
    pub directory: Directory,
    /// The municipalities and counties, with the office of each local step.
    pub municipalities: Municipalities,
    /// The accessibility statement's organisation-specific parts.
    pub statement: Statement,
    pub locales: Arc<Locales>,
    /// The full-text index of guides and services, built from the rest of the snapshot.
    pub search: SearchIndex,
    pub theme: Theme,
    /// Problems that did not stop publication, for `witaj check` and the log.
    pub warnings: Diagnostics,
    pub load_time: std::time::Duration,
}

impl Site {
    /// Loads and validates everything under `root` for publishing, as of today. Errors come back
    /// all at once.
    pub fn load(root: &Path) -> Result<Site, Diagnostics> {
        Site::load_with(root, crate::check::Options::publishing())
    }

    /// [`Site::load`] with the day and the purpose given: tests and `check --today` fix the day;
    /// `status` takes an unfinished translation as a warning.
    pub fn load_with(root: &Path, options: crate::check::Options) -> Result<Site, Diagnostics> {
        let started = Instant::now();
        let mut lap = Lap(started);
        let mut diags = Diagnostics::default();
        let Some(config) = Config::load(root, &mut diags) else {
            return Err(diags);
        };
        lap.done("config");
        let locales = Arc::new(Locales::load(root, &config, &mut diags));
        lap.done("fluent");
        let label = |lang: &str| locales.text(lang, "external-link");
        let content = Content::load(root, &config, &label, &mut diags);
        check_names(&config, &locales, &mut diags);
        lap.done("guides");
        let directory = Directory::load(root, &config, &mut diags);
        directory.check_citations(&content, &mut diags);
        lap.done("directory");
        // The places are quick to load and the search index finds them too, so they come first.
        let municipalities =
            crate::municipalities::load::load(root, &config, &directory, &mut diags);
        lap.done("municipalities");
        // The search index needs only the guides, the directory and the places, and is the longest
        // part of a load: it is built on a thread of its own while the rest loads (start-up,
        // issue 8). A site with errors throws it away, as it always did.
        let (search, statement, theme) = std::thread::scope(|scope| {
            let search = scope.spawn(|| {
                let started = Instant::now();
                let index = SearchIndex::build(&config, &content, &directory, &municipalities);
                tracing::debug!(
                    phase = "search index",
                    ms = started.elapsed().as_millis() as u64,
                    "loaded"
                );
                index
            });
            let today = options.today;
            let statement = Statement::load(root, &config, today, &mut diags);
            crate::check::run(root, &config, &content, &directory, options, &mut diags);
            lap.done("statement, checks");
            let theme = Theme::load(
                root,
                locales.clone(),
                config.limits.static_file_bytes,
                &mut diags,
            );
            lap.done("templates and static files");
            let search = search.join();
            lap.done("waiting for the search index");
            (search, statement, theme)
        });
        let Some(statement) = statement.filter(|_| !diags.has_errors()) else {
            return Err(diags);
        };
        let search = match search {
            Ok(Ok(index)) => index,
            Ok(Err(e)) => {
                diags.error(
                    std::path::Path::new("content"),
                    None,
                    format_args!("the search index could not be built: {e}"),
                );
                return Err(diags);
            }
            // A panic while indexing is a bug of ours, not of the site: the same as before threads.
            Err(panic) => std::panic::resume_unwind(panic),
        };
        tracing::debug!(ms = started.elapsed().as_millis() as u64, "site loaded");
        Ok(Site {
            root: root.to_path_buf(),
            config,
            content,
            directory,
            municipalities,
            statement,
            search,
            locales,
            theme,
            warnings: diags,
            load_time: started.elapsed(),
        })
    }
}

/// Logs (at debug level, `RUST_LOG=witaj=debug`) how long each phase of a load took since the
/// previous one: where start-up time goes (issue 8).
struct Lap(Instant);

impl Lap {
    fn done(&mut self, phase: &str) {
        let now = Instant::now();
        tracing::debug!(
            phase,
            ms = now.duration_since(self.0).as_secs_f64() * 1000.0,
            "loaded"
        );
        self.0 = now;
    }
}

/// Every topic, municipality and county of `portal.toml` needs a name in the source language's
/// interface strings: templates and the export show `topic-<id>`, `municipality-<id>` and
/// `county-<id>`, and a missing one would show the bare id.
fn check_names(config: &Config, locales: &Locales, diags: &mut Diagnostics) {
    let source = &config.source_language;
    for topic in &config.topics {
        if !locales.has_message(&format!("topic-{topic}")) {
            diags.error(
                &config.path,
                None,
                format_args!("topic `{topic}` has no name: add `topic-{topic} = ...` to locales/{source}/portal.ftl"),
            );
        }
    }
    for m in &config.municipalities {
        for id in [
            format!("municipality-{}", m.id),
            format!("county-{}", m.county),
        ] {
            if !locales.has_message(&id) {
                diags.error(
                    &config.path,
                    None,
                    format_args!(
                        "`{id}` has no name: add `{id} = ...` to locales/{source}/portal.ftl"
                    ),
                );
            }
        }
    }
}

impl Site {
    /// The HSDS writer for texts in `lang` (a language of the site), with schedules for the week of
    /// `now`: shared by the API and `witaj export`.
    pub fn hsds<'a>(
        &'a self,
        lang: &'a str,
        now: chrono::DateTime<chrono::Utc>,
    ) -> crate::directory::hsds::Hsds<'a> {
        crate::directory::hsds::Hsds {
            config: &self.config,
            directory: &self.directory,
            lang,
            locales: &self.locales,
            today: crate::directory::hours::local_date(now),
            base_url: &self.config.base_url,
        }
    }
}
