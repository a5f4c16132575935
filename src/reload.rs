//! The live site: the current snapshot, swapped atomically when the files change.
//!
//! A reload builds a whole new `Site` off the request path (a blocking thread) and swaps it in;
//! requests in flight keep the snapshot they started with, so a reload never fails or drops one
//! (tests/site/reload.rs hammers the real binary through 20 reloads). When the new files have
//! errors the old snapshot keeps serving and the errors are reported, so a bad commit cannot take
//! the portal down. Reloads come from `kill -HUP` in production and from the file watcher
//! (`serve --watch`) while editing.
//!
//! `Live` also remembers how the last reload went: its generation (how many snapshots were swapped
//! in) and the errors of a failed one. In watch mode the pages show those errors in a banner and
//! refresh themselves when the generation changes (`web/dev.rs`), so an editor sees a broken save
//! in the browser at once; in production they only go to the log.
//!
//! What is swapped is a `Snapshot`: the site and the cache of its rendered pages together, so a
//! page rendered from the old files can never be served after the swap.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use arc_swap::{ArcSwap, ArcSwapOption};

use crate::diagnostics::{Diagnostics, escape_path};
use crate::page_cache::{DEFAULT_CAPACITY_BYTES, PageCache};
use crate::site::Site;

/// One error of a failed reload, as an editor reads it in the banner.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ReloadError {
    /// Relative to the site folder, control characters escaped.
    pub path: String,
    pub line: Option<usize>,
    pub message: String,
}

/// How the last reload went, for watch mode's banner and its refresh script.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ReloadStatus {
    /// Snapshots swapped in since start; the page refreshes when it changes.
    pub generation: u64,
    /// Reloads tried since start, good or bad: a failed one changes it too, so that the page
    /// refreshes to show its errors.
    pub reloads: u64,
    /// The errors of the last reload when it failed (the previous snapshot is serving); empty
    /// after a good one.
    pub errors: Vec<ReloadError>,
}

/// One version of the site and the pages rendered from it.
pub struct Snapshot {
    pub site: Arc<Site>,
    pub pages: PageCache,
}

/// A check of a newly loaded site before it is swapped in, beyond what loading checks: `main.rs`
/// gives the render self-check of `web` (every kind of page in every language), so that a
/// template that fails only when it runs keeps the old snapshot serving, as at start-up. A
/// function handed down, because this module must not depend on `web` (`web` is on top).
pub type Verify = Box<dyn Fn(&Arc<Site>) -> Diagnostics + Send + Sync>;

/// The snapshot being served.
pub struct Live {
    current: ArcSwap<Snapshot>,
    /// The byte budget of each snapshot's page cache; 0 while editors preview (`serve --watch`).
    cache_bytes: AtomicU64,
    generation: AtomicU64,
    reloads: AtomicU64,
    /// The errors of the last reload, when it failed.
    failure: ArcSwapOption<Vec<ReloadError>>,
    /// Whether a file watcher reloads this site (`serve --watch`): only then do pages show the
    /// reload status.
    watching: AtomicBool,
    /// The address the server listens on, once known: every reloaded snapshot adopts it as its
    /// public address unless `base_url` is written (`Config::serve_at`).
    listening: OnceLock<SocketAddr>,
    /// Run on every reloaded site before the swap; errors keep the old snapshot.
    verify: OnceLock<Verify>,
}

impl Live {
    pub fn new(site: Site) -> Self {
        Live::shared(Arc::new(site))
    }

    /// A live site over a snapshot already shared (the reload check renders the new site before
    /// it is swapped in).
    pub fn shared(site: Arc<Site>) -> Self {
        Live {
            current: ArcSwap::from_pointee(Snapshot {
                site,
                pages: PageCache::new(DEFAULT_CAPACITY_BYTES),
            }),
            cache_bytes: AtomicU64::new(DEFAULT_CAPACITY_BYTES),
            generation: AtomicU64::new(0),
            reloads: AtomicU64::new(0),
            failure: ArcSwapOption::empty(),
            watching: AtomicBool::new(false),
            listening: OnceLock::new(),
            verify: OnceLock::new(),
        }
    }

    /// Sets the check every reload runs before swapping (once; later calls are ignored).
    pub fn verify_reloads_with(&self, verify: Verify) {
        let _ = self.verify.set(verify);
    }

    /// Remembers the address the server listens on, for the snapshots reloads will build (the
    /// first snapshot is given it before serving).
    pub fn listening_at(&self, addr: SocketAddr) {
        let _ = self.listening.set(addr);
    }

    /// The site to answer one request with.
    pub fn current(&self) -> Arc<Site> {
        self.current.load().site.clone()
    }

    /// The site with its rendered pages, for the page cache.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.current.load_full()
    }

    /// Swaps `site` in: it is served from the next request on, and a failed reload's errors are
    /// forgotten.
    pub fn replace(&self, site: Site) {
        self.replace_checked(Arc::new(self.adopt(site)));
    }

    /// `site` with the address the server listens on, as every snapshot it serves has.
    fn adopt(&self, mut site: Site) -> Site {
        if let Some(addr) = self.listening.get() {
            site.config.serve_at(*addr);
        }
        site
    }

    fn replace_checked(&self, site: Arc<Site>) {
        self.swap_in(site);
        self.failure.store(None);
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// Gives every snapshot from now on (the current one included, emptied) a page cache of
    /// `bytes`; `0` turns caching off, for `serve --watch`.
    pub fn set_page_cache_bytes(&self, bytes: u64) {
        self.cache_bytes.store(bytes, Ordering::Relaxed);
        self.swap_in(self.current());
    }

    fn swap_in(&self, site: Arc<Site>) {
        let pages = PageCache::new(self.cache_bytes.load(Ordering::Relaxed));
        self.current.store(Arc::new(Snapshot { site, pages }));
    }

    /// Loads the site under `root` again and swaps it in; when the files have errors the current
    /// site keeps serving, the errors are remembered for watch mode's banner, and they come back.
    /// Blocking: call it off the async runtime.
    /// The check given by [`Live::verify_reloads_with`] runs on the new site first: its errors
    /// are a failed reload like loading's.
    pub fn reload_from(&self, root: &Path) -> Result<(), Diagnostics> {
        let loaded = Site::load(root).and_then(|site| {
            let site = Arc::new(self.adopt(site));
            match self.verify.get() {
                Some(verify) => {
                    let mut found = verify(&site);
                    if found.has_errors() {
                        // The load's warnings too, as `check` lists them.
                        let mut all = site.warnings.clone();
                        all.extend(std::mem::take(&mut found));
                        return Err(all);
                    }
                    Ok(site)
                }
                None => Ok(site),
            }
        });
        // Counted after the swap or the failure is recorded, so that a page refreshed for this
        // reload sees its outcome.
        let result = self.record(loaded);
        self.reloads.fetch_add(1, Ordering::SeqCst);
        result
    }

    fn record(&self, loaded: Result<Arc<Site>, Diagnostics>) -> Result<(), Diagnostics> {
        match loaded {
            Ok(site) => {
                self.replace_checked(site);
                Ok(())
            }
            Err(diags) => {
                let errors = diags
                    .sorted()
                    .into_iter()
                    .filter(|d| d.severity == crate::diagnostics::Severity::Error)
                    .map(|d| ReloadError {
                        path: escape_path(&d.path),
                        line: d.line,
                        message: d.message.clone(),
                    })
                    .collect();
                self.failure.store(Some(Arc::new(errors)));
                Err(diags)
            }
        }
    }

    /// Reloads and says how it went on standard error, for the operator's log: a failure names
    /// every error as `path:line: error: message`.
    pub fn reload_and_report(&self, root: &Path) {
        match self.reload_from(root) {
            Ok(()) => eprintln!("witaj: reloaded"),
            Err(diags) => {
                eprintln!("witaj: not reloaded, still serving the previous version:\n{diags}")
            }
        }
    }

    /// Marks this site as reloaded by a file watcher: pages then carry the reload status.
    pub fn set_watching(&self, watching: bool) {
        self.watching.store(watching, Ordering::SeqCst);
    }

    pub fn watching(&self) -> bool {
        self.watching.load(Ordering::SeqCst)
    }

    /// The generation and the last failure's errors.
    pub fn status(&self) -> ReloadStatus {
        ReloadStatus {
            generation: self.generation.load(Ordering::SeqCst),
            reloads: self.reloads.load(Ordering::SeqCst),
            errors: self
                .failure
                .load_full()
                .map(|e| e.as_ref().clone())
                .unwrap_or_default(),
        }
    }
}

/// `kill -HUP` reloads the site from disk on a blocking thread, never on the threads that answer
/// requests; a broken change is reported and the old site stays. Signals that arrive while a
/// reload runs are merged into one more reload after it. Must be called inside a tokio runtime.
pub fn reload_on_hangup(live: Arc<Live>, root: PathBuf) {
    #[cfg(unix)]
    tokio::spawn(async move {
        use tokio::signal::unix::{SignalKind, signal};
        let Ok(mut hup) = signal(SignalKind::hangup()) else {
            return;
        };
        while hup.recv().await.is_some() {
            let (live, root) = (live.clone(), root.clone());
            if let Err(e) = tokio::task::spawn_blocking(move || live.reload_and_report(&root)).await
            {
                tracing::error!(error = %e, "reload task failed");
            }
        }
    });
}

/// Reloads whenever a file of the site changes (for editors: `serve --watch`), and turns on the
/// pages' reload banner and refresh script. The watcher stops when the returned value is dropped.
pub fn reload_on_change(
    live: Arc<Live>,
    root: &Path,
) -> notify::Result<notify::RecommendedWatcher> {
    let root_owned = root.to_path_buf();
    live.set_watching(true);
    crate::watch::watch(root, move || live.reload_and_report(&root_owned))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy_dir(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).unwrap();
            }
        }
    }

    /// The small fixture site of the integration tests, completed with the repository's
    /// templates, static files and locales: quick to load, unlike the bundled content.
    pub(crate) fn fixture() -> tempfile::TempDir {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&repo.join("tests/fixtures/site"), dir.path());
        for part in ["templates", "static", "locales"] {
            copy_dir(&repo.join(part), &dir.path().join(part));
        }
        dir
    }

    // Issue 9: what the check handed down finds (the render self-check in `serve`) refuses a
    // reload like a load error, and the old snapshot keeps serving.
    #[test]
    fn a_reload_the_check_refuses_keeps_the_old_site() {
        let site = fixture();
        let live = Live::new(Site::load(site.path()).expect("the fixture loads"));
        let refuse = Arc::new(AtomicBool::new(true));
        let refusing = refuse.clone();
        live.verify_reloads_with(Box::new(move |s: &Arc<Site>| {
            let mut d = Diagnostics::default();
            if refusing.load(Ordering::SeqCst) {
                d.add(
                    crate::diagnostics::Diagnostic::new(
                        crate::diagnostics::Severity::Error,
                        Path::new("templates/home.html"),
                        Some(4),
                        format_args!(
                            "the page /pl/ of {} guides fails to render",
                            s.content.guides.len()
                        ),
                    )
                    .with_hint("fix the template at this line"),
                );
            }
            d
        }));
        let before = live.current();
        let err = live.reload_from(site.path()).expect_err("refused");
        assert!(
            err.to_string()
                .contains("templates/home.html:4: error: the page /pl/"),
            "{err}"
        );
        assert!(
            Arc::ptr_eq(&before, &live.current()),
            "the old site still serves"
        );
        let status = live.status();
        assert_eq!((status.generation, status.reloads), (0, 1));
        assert_eq!(status.errors[0].path, "templates/home.html");
        assert_eq!(status.errors[0].line, Some(4));
        refuse.store(false, Ordering::SeqCst);
        live.reload_from(site.path())
            .expect("accepted once the check passes");
        assert!(!Arc::ptr_eq(&before, &live.current()));
        assert_eq!(live.status().errors, vec![]);
    }

    #[test]
    fn a_failed_reload_is_remembered_until_a_good_one() {
        let site = fixture();
        let live = Live::new(Site::load(site.path()).expect("the fixture loads"));
        assert_eq!(live.status().generation, 0);
        std::fs::write(
            site.path().join("content/guides/gamma/pl.md"),
            "no front matter",
        )
        .unwrap();
        assert!(live.reload_from(site.path()).is_err());
        let status = live.status();
        assert_eq!((status.generation, status.reloads), (0, 1));
        assert_eq!(
            status.errors[0].path, "content/guides/gamma/pl.md",
            "{status:?}"
        );
        assert_eq!(status.errors[0].line, Some(1));
        std::fs::remove_dir_all(site.path().join("content/guides/gamma")).unwrap();
        live.reload_from(site.path()).expect("the fixture reloads");
        assert_eq!(
            live.status(),
            ReloadStatus {
                generation: 1,
                reloads: 2,
                errors: vec![]
            }
        );
    }
}
