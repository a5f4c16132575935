//! Shared by the integration tests: a site folder assembled in a temporary directory from a
//! fixture plus the repository's real templates, locales and static files, and in-process requests
//! through the very router `witaj serve` uses.
//!
//! To add a test: pick or add a fixture under `tests/fixtures/`, then
//! `let site = TestSite::fixture("site"); site.write("content/guides/x/pl.md", "...");`
//! and either `site.load()` (for check errors) or `site.app().get("/pl/").await` (for pages).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;
use witaj::Site;
use witaj::diagnostics::Diagnostics;
use witaj::web::{AppState, router};

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub struct TestSite {
    dir: tempfile::TempDir,
}

impl TestSite {
    /// A copy of `tests/fixtures/<name>`, completed with the repository's `templates/`, `static/`
    /// and `locales/` wherever the fixture has none of its own.
    pub fn fixture(name: &str) -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        copy_dir(&repo_root().join("tests/fixtures").join(name), dir.path());
        for shared in ["templates", "static", "locales"] {
            if !dir.path().join(shared).exists() {
                copy_dir(&repo_root().join(shared), &dir.path().join(shared));
            }
        }
        TestSite { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, contents: &str) {
        let p = self.dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, contents).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(rel)).unwrap()
    }

    pub fn remove(&self, rel: &str) {
        let p = self.dir.path().join(rel);
        if p.is_dir() {
            std::fs::remove_dir_all(p).unwrap();
        } else {
            std::fs::remove_file(p).unwrap();
        }
    }

    pub fn load(&self) -> Result<Site, Diagnostics> {
        Site::load(self.dir.path())
    }

    /// Loads the site, failing the test with the full report if it has errors.
    #[track_caller]
    pub fn app(&self) -> TestApp {
        match self.load() {
            Ok(site) => TestApp::new(site),
            Err(d) => panic!("fixture site has errors:\n{d}"),
        }
    }

    /// The errors of a load that must fail.
    #[track_caller]
    pub fn errors(&self) -> String {
        match self.load() {
            Ok(_) => panic!("expected the site to have errors"),
            Err(d) => d.to_string(),
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

pub struct TestApp {
    router: Router,
    pub state: AppState,
}

impl TestApp {
    pub fn new(site: Site) -> TestApp {
        Self::from_state(AppState::new(site))
    }

    /// The router over a prepared state (e.g. with its clock stopped).
    pub fn from_state(state: AppState) -> TestApp {
        TestApp {
            router: router(state.clone()),
            state,
        }
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        self.request(path, &[]).await
    }

    pub async fn request(&self, path: &str, headers: &[(&str, &str)]) -> TestResponse {
        let mut req = Request::get(path);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let resp = self
            .router
            .clone()
            .oneshot(req.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = resp.status();
        let headers = resp.headers().clone();
        let bytes = resp
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec();
        TestResponse {
            status,
            headers,
            bytes,
        }
    }
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub bytes: Vec<u8>,
}

impl TestResponse {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    #[track_caller]
    pub fn assert_status(&self, status: u16) -> &Self {
        assert_eq!(self.status.as_u16(), status, "body:\n{}", self.text());
        self
    }

    #[track_caller]
    pub fn assert_contains(&self, needle: &str) -> &Self {
        let text = self.text();
        assert!(text.contains(needle), "expected {needle:?} in:\n{text}");
        self
    }

    #[track_caller]
    pub fn assert_not_contains(&self, needle: &str) -> &Self {
        let text = self.text();
        assert!(
            !text.contains(needle),
            "did not expect {needle:?} in:\n{text}"
        );
        self
    }

    #[track_caller]
    pub fn assert_redirect(&self, to: &str) -> &Self {
        assert!(
            self.status.is_redirection(),
            "expected a redirect, got {}",
            self.status
        );
        assert_eq!(self.header("location"), Some(to));
        self
    }
}
