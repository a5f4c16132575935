//! `witaj build --out DIR` (issue 8): the exported files are byte for byte what the server sends,
//! and pages that say "open now" are left to the server.

use std::path::Path;

use witaj::web::AppState;
use witaj::web::export::{MARKER, build};

use crate::common::TestSite;

/// Every file under `dir`, relative, with `/` separators.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push(rel);
            }
        }
    }
    out.sort();
    out
}

/// The address and the encoding a file of the export answers.
fn address_of(rel: &str) -> (String, Option<&'static str>) {
    let (rel, enc) = if let Some(r) = rel.strip_suffix(".br") {
        (r, Some("br"))
    } else if let Some(r) = rel.strip_suffix(".gz") {
        (r, Some("gzip"))
    } else {
        (rel, None)
    };
    let url = match rel.strip_suffix("index.html") {
        Some(dir) if dir.is_empty() || dir.ends_with('/') => {
            let dir = dir.trim_end_matches('/');
            // A language's home keeps its slash; other pages have none.
            if dir.contains('/') {
                format!("/{dir}")
            } else {
                format!("/{dir}/")
            }
        }
        _ => format!("/{rel}"),
    };
    (url, enc)
}

#[tokio::test]
async fn the_export_is_byte_for_byte_what_the_server_sends() {
    let site = TestSite::fixture("site");
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("public");
    let built = build(AppState::new(site.site()), &dir).await.unwrap();
    let written = files(&dir);
    for must in [
        "pl/index.html",
        "pl/index.html.br",
        "pl/index.html.gz",
        "uk/guides/alpha/index.html",
        "ar/guides/gamma/index.html",
        "en/accessibility/index.html",
        "sitemap.xml",
        "robots.txt",
    ] {
        assert!(
            written.iter().any(|f| f == must),
            "{must} not in {written:?}"
        );
    }
    assert!(
        written
            .iter()
            .any(|f| f.starts_with("static/") && f.ends_with(".css"))
    );
    assert!(built.pages >= 4 * 4, "{built:?}");
    // A fresh server, so that nothing is shared with the build but the files.
    let app = site.app();
    let mut compared = 0;
    for rel in written.iter().filter(|f| *f != MARKER) {
        let (url, enc) = address_of(rel);
        let headers: Vec<(&str, &str)> = enc.map(|e| ("accept-encoding", e)).into_iter().collect();
        let served = app.request(&url, &headers).await;
        served.assert_status(200);
        assert_eq!(served.header("content-encoding"), enc, "{url}");
        let file = std::fs::read(dir.join(rel)).unwrap();
        assert!(file == served.bytes, "{rel} differs from {url} ({enc:?})");
        compared += 1;
    }
    assert!(compared > 50, "{compared}");
}

#[tokio::test]
async fn pages_that_say_open_now_are_left_to_the_server() {
    let site = TestSite::fixture("directory-site");
    let out = tempfile::tempdir().unwrap();
    let built = build(AppState::new(site.site()), out.path()).await.unwrap();
    assert!(
        built
            .clock_dependent
            .contains(&"/pl/services/legal-gdynia-uk".to_string())
    );
    assert!(built.clock_dependent.contains(&"/uk/services".to_string()));
    assert!(
        !out.path()
            .join("pl/services/legal-gdynia-uk/index.html")
            .exists()
    );
    assert!(out.path().join("pl/index.html").exists());
}

#[tokio::test]
async fn a_folder_not_written_by_a_build_is_never_emptied() {
    let site = TestSite::fixture("site");
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("precious.txt"), "keep me").unwrap();
    let err = build(AppState::new(site.site()), out.path())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("not empty"), "{err}");
    assert!(out.path().join("precious.txt").exists());
    // A folder of an earlier build is replaced.
    let dir = out.path().join("public");
    build(AppState::new(site.site()), &dir).await.unwrap();
    std::fs::write(dir.join("stale.html"), "old").unwrap();
    build(AppState::new(site.site()), &dir).await.unwrap();
    assert!(!dir.join("stale.html").exists());
}
