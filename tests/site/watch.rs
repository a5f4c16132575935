//! `witaj serve --watch`: a saved change is served without a restart; a broken one is not.

use std::time::{Duration, Instant};

use crate::common::{TestApp, TestSite};

/// Polls `check` until it holds or `limit` passes (the watcher reacts after a quiet moment).
async fn eventually(limit: Duration, mut check: impl AsyncFnMut() -> bool) -> bool {
    let started = Instant::now();
    while started.elapsed() < limit {
        if check().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

#[tokio::test]
async fn saved_changes_are_reloaded_and_broken_ones_are_not() {
    let site = TestSite::fixture("site");
    let app = TestApp::new(site.load().unwrap());
    let (state, root) = (app.state.clone(), site.path().to_path_buf());
    let _watcher = witaj::watch::watch(site.path(), move || {
        let _ = state.reload_from(&root);
    })
    .unwrap();
    let original = site.read("content/guides/gamma/pl.md");
    site.write(
        "content/guides/gamma/pl.md",
        &original.replace("Gamma tylko po polsku", "Gamma po zmianie"),
    );
    let limit = Duration::from_secs(20);
    assert!(
        eventually(limit, async || app
            .get("/pl/guides/gamma")
            .await
            .text()
            .contains("Gamma po zmianie"))
        .await,
        "the change was not served"
    );
    // A broken file is not swapped in: the reload reports it and the last good version serves.
    site.write("content/guides/gamma/pl.md", "no front matter any more");
    let errors = app.state.reload_from(site.path()).unwrap_err();
    assert!(
        errors
            .to_string()
            .contains("content/guides/gamma/pl.md:1: error:"),
        "{errors}"
    );
    tokio::time::sleep(Duration::from_secs(1)).await;
    app.get("/pl/guides/gamma")
        .await
        .assert_status(200)
        .assert_contains("Gamma po zmianie");
}
