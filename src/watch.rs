//! Reloading the site when its files change, for editors working on a local copy (`witaj serve
//! --watch`). In production a signal (SIGHUP) does the same on purpose, after a deploy.
//!
//! Editors save in bursts (an editor writes a temporary file, renames it, touches another), so a
//! change is acted on once things have been quiet for a moment.

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

/// How long the files must stay unchanged before a reload.
const QUIET: Duration = Duration::from_millis(300);

/// The parts of a site folder whose changes matter.
const WATCHED: [&str; 5] = ["portal.toml", "content", "locales", "templates", "static"];

/// Watches the site under `root` and calls `on_change` (on its own thread) after each burst of
/// changes. Dropping the returned watcher stops it.
pub fn watch(
    root: &Path,
    on_change: impl Fn() + Send + 'static,
) -> notify::Result<RecommendedWatcher> {
    let (tx, rx) = mpsc::channel::<()>();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && relevant(&event)
        {
            let _ = tx.send(());
        }
    })?;
    for part in WATCHED {
        let path = root.join(part);
        if path.exists() {
            watcher.watch(&path, RecursiveMode::Recursive)?;
        }
    }
    std::thread::spawn(move || {
        while rx.recv().is_ok() {
            while rx.recv_timeout(QUIET).is_ok() {}
            on_change();
        }
    });
    Ok(watcher)
}

/// Writes and renames of real files; not reads, nor editors' and `witaj stamp`'s temporary files.
fn relevant(event: &notify::Event) -> bool {
    if matches!(event.kind, EventKind::Access(_)) {
        return false;
    }
    event.paths.iter().any(|p| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        !(name.ends_with('~')
            || name.ends_with(".swp")
            || name.ends_with("-tmp")
            || name.starts_with(".#"))
    })
}
