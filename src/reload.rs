//! The live site: the current snapshot, swapped atomically when the files change.
//!
//! A reload builds a whole new `Site` off the request path (a blocking thread) and swaps it in;
//! requests in flight keep the snapshot they started with. When the new files have errors the old
//! snapshot keeps serving and the errors are reported, so a bad commit cannot take the portal down.
//! Reloads come from `kill -HUP` in production and from the file watcher (`serve --watch`) while
//! editing.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use arc_swap::ArcSwap;

use crate::diagnostics::Diagnostics;
use crate::site::Site;

/// The snapshot being served.
pub struct Live {
    current: ArcSwap<Site>,
    /// The address the server listens on, once known: every reloaded snapshot adopts it as its
    /// public address unless `base_url` is written (`Config::serve_at`).
    listening: OnceLock<SocketAddr>,
}

impl Live {
    pub fn new(site: Site) -> Self {
        Live {
            current: ArcSwap::from_pointee(site),
            listening: OnceLock::new(),
        }
    }

    /// Remembers the address the server listens on, for the snapshots reloads will build (the
    /// first snapshot is given it before serving).
    pub fn listening_at(&self, addr: SocketAddr) {
        let _ = self.listening.set(addr);
    }

    /// The snapshot to answer one request with.
    pub fn current(&self) -> Arc<Site> {
        self.current.load_full()
    }

    pub fn replace(&self, mut site: Site) {
        if let Some(addr) = self.listening.get() {
            site.config.serve_at(*addr);
        }
        self.current.store(Arc::new(site));
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
