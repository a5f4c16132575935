//! The live site: the current snapshot, swapped atomically when the files change.
//!
//! A reload builds a whole new `Site` off the request path (a blocking thread) and swaps it in;
//! requests in flight keep the snapshot they started with. When the new files have errors the old
//! snapshot keeps serving and the errors are reported, so a bad commit cannot take the portal down.
//! Reloads come from `kill -HUP` in production and from the file watcher (`serve --watch`) while
//! editing.
//!
//! What is swapped is a `Snapshot`: the site and the cache of its rendered pages together, so a
//! page rendered from the old files can never be served after the swap.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use arc_swap::ArcSwap;

use crate::diagnostics::Diagnostics;
use crate::page_cache::{DEFAULT_CAPACITY_BYTES, PageCache};
use crate::site::Site;

/// One version of the site and the pages rendered from it.
pub struct Snapshot {
    pub site: Arc<Site>,
    pub pages: PageCache,
}

/// The snapshot being served.
pub struct Live {
    current: ArcSwap<Snapshot>,
    /// The byte budget of each snapshot's page cache; 0 while editors preview (`serve --watch`).
    cache_bytes: AtomicU64,
}

impl Live {
    pub fn new(site: Site) -> Self {
        Live {
            current: ArcSwap::from_pointee(Snapshot {
                site: Arc::new(site),
                pages: PageCache::new(DEFAULT_CAPACITY_BYTES),
            }),
            cache_bytes: AtomicU64::new(DEFAULT_CAPACITY_BYTES),
        }
    }

    /// The site to answer one request with.
    pub fn current(&self) -> Arc<Site> {
        self.current.load().site.clone()
    }

    /// The site with its rendered pages, for the page cache.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.current.load_full()
    }

    pub fn replace(&self, site: Site) {
        self.swap_in(Arc::new(site));
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
    /// site keeps serving and the errors come back. Blocking: call it off the async runtime.
    pub fn reload_from(&self, root: &Path) -> Result<(), Diagnostics> {
        let site = Site::load(root)?;
        self.replace(site);
        Ok(())
    }

    /// Reloads and says how it went on standard error, for the operator's log.
    pub fn reload_and_report(&self, root: &Path) {
        match self.reload_from(root) {
            Ok(()) => eprintln!("witaj: reloaded"),
            Err(diags) => {
                eprintln!("witaj: not reloaded, still serving the previous version:\n{diags}")
            }
        }
    }
}

/// `kill -HUP` reloads the site from disk, on a blocking thread; a broken change is reported and
/// the old site stays. Must be called inside a tokio runtime.
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

/// Reloads whenever a file of the site changes (for editors: `serve --watch`). The watcher stops
/// when the returned value is dropped.
pub fn reload_on_change(
    live: Arc<Live>,
    root: &Path,
) -> notify::Result<notify::RecommendedWatcher> {
    let root_owned = root.to_path_buf();
    crate::watch::watch(root, move || live.reload_and_report(&root_owned))
}
