//! The harness every integration test binary shares (`tests/site`, `tests/directory`,
//! `tests/search`): a site folder assembled in a temporary directory from a fixture plus the
//! repository's real templates, locales and static files; in-process requests through the very
//! router `witaj serve` uses (`oneshot`, as crates.io's tests do); and the `witaj` binary for the
//! CLI. Reports of `witaj check` are asserted whole, as inline snapshots
//! (`insta::assert_snapshot!(site.errors(), @"…")`). `tests/README.md` tells how to add a test.
//!
//! Every helper that checks something is `#[track_caller]`, so a failure points at the test's line,
//! not at this file.
#![allow(dead_code)]

pub mod git;
pub mod server;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use chrono::{DateTime, Utc};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;
use witaj::Site;
use witaj::diagnostics::Diagnostics;
use witaj::web::{AppState, router};

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Whether this run is CI's (`CI=true`, as `.ci/run` sets it): there a check that cannot run must
/// fail rather than skip, or a green run would hide that it checked nothing.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1")
}

/// The day the fixtures are judged on (their dates were written around it).
pub const TODAY: time::Date = time::macros::date!(2026 - 12 - 02);

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

    /// The content that ships with the portal, loaded in place (not copied: it is read-only here),
    /// failing the test with the full report if it has errors.
    #[track_caller]
    /// A copy of the bundled site (configuration, content, locales, templates, static files) to
    /// change for one test, e.g. to make a translation outdated on purpose.
    pub fn bundled_copy() -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        for part in ["content", "locales", "templates", "static"] {
            copy_dir(&repo_root().join(part), &dir.path().join(part));
        }
        std::fs::copy(
            repo_root().join("portal.toml"),
            dir.path().join("portal.toml"),
        )
        .unwrap();
        TestSite { dir }
    }

    pub fn bundled() -> Site {
        Site::load(&repo_root()).unwrap_or_else(|d| panic!("the bundled site has errors:\n{d}"))
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

    /// Adds `text` at the end of a file, e.g. a `[server]` or `[limits]` section to
    /// `portal.toml`, on a line of its own.
    pub fn append(&self, rel: &str, text: &str) {
        let before = self.read(rel);
        self.write(rel, &format!("{before}\n{text}"));
    }

    pub fn remove(&self, rel: &str) {
        let p = self.dir.path().join(rel);
        if p.is_dir() {
            std::fs::remove_dir_all(p).unwrap();
        } else {
            std::fs::remove_file(p).unwrap();
        }
    }

    /// Loads the site for publishing as of [`TODAY`], so that "not reviewed for a year" does not
    /// depend on when the tests run.
    /// Every diagnostic of the load, error or warning, must say what to do (issue 9): so every
    /// fixture of broken content in every test binary checks that its messages have a hint.
    #[track_caller]
    pub fn load(&self) -> Result<Site, Diagnostics> {
        let loaded = Site::load_with(
            self.dir.path(),
            witaj::check::Options {
                today: TODAY,
                unfinished: witaj::diagnostics::Severity::Error,
            },
        );
        match &loaded {
            Ok(site) => assert_every_hint(&site.warnings),
            Err(diags) => assert_every_hint(diags),
        }
        loaded
    }

    /// Loads the site, failing the test with the full report if it has errors.
    #[track_caller]
    pub fn site(&self) -> Site {
        self.load()
            .unwrap_or_else(|d| panic!("fixture site has errors:\n{d}"))
    }

    /// The router over this site, its clock running.
    #[track_caller]
    pub fn app(&self) -> TestApp {
        TestApp::new(self.site())
    }

    /// The router over this site with its clock stopped at `now`, so that "open now" and dates
    /// in answers do not depend on when the test runs.
    #[track_caller]
    pub fn app_at(&self, now: DateTime<Utc>) -> TestApp {
        TestApp::from_state(AppState::new(self.site()).with_clock(move || now))
    }

    /// The report of a load that must fail, as `witaj check` prints it.
    #[track_caller]
    pub fn errors(&self) -> String {
        match self.load() {
            Ok(_) => panic!("expected the site to have errors"),
            Err(d) => d.to_string(),
        }
    }

    /// Runs `witaj --root <this site> <args>`.
    pub fn cli<S: AsRef<OsStr>>(&self, args: impl IntoIterator<Item = S>) -> CliOutput {
        let mut all = vec![
            OsStr::new("--root").to_os_string(),
            self.path().as_os_str().to_os_string(),
        ];
        all.extend(args.into_iter().map(|a| a.as_ref().to_os_string()));
        run_cli(all)
    }
}

/// Fails the test naming every diagnostic of `diags` that has no hint (`hint: null` in
/// `witaj check --format json`): an editor must always learn what to do, not only what is wrong.
#[track_caller]
pub fn assert_every_hint(diags: &Diagnostics) {
    let bare: Vec<String> = diags
        .iter()
        .filter(|d| d.hint.as_deref().is_none_or(|h| h.trim().is_empty()))
        .map(|d| d.to_string())
        .collect();
    assert!(
        bare.is_empty(),
        "diagnostics without a hint (give each a `what to do`):\n{}",
        bare.join("\n")
    );
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

/// A message of the portal's interface, as `locales/<lang>/portal.ftl` of the repository spells
/// it: tests compare pages with the translators' words instead of copying them, so a reworded
/// message does not break the test. Only simple one-line messages (`id = text`) can be read.
#[track_caller]
pub fn locale_message(lang: &str, id: &str) -> String {
    let file = repo_root().join("locales").join(lang).join("portal.ftl");
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let prefix = format!("{id} = ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no one-line message `{id}` in {}", file.display()))
        .to_string()
}

/// `"a=1&b=2"` as `[("a", "1"), ("b", "2")]`, taken literally (no percent-decoding), the shape
/// `Filter::from_pairs` reads. A key without `=` has an empty value.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.to_string(), v.to_string())
        })
        .collect()
}

/// What a run of the `witaj` binary printed, and whether it succeeded.
pub struct CliOutput {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

impl CliOutput {
    #[track_caller]
    pub fn assert_success(&self) -> &Self {
        assert!(
            self.success,
            "witaj failed:\n{}\nstdout:\n{}",
            self.stderr, self.stdout
        );
        self
    }

    #[track_caller]
    pub fn assert_failure(&self) -> &Self {
        assert!(!self.success, "witaj should have failed:\n{}", self.stdout);
        self
    }
}

/// Runs the `witaj` binary that cargo built for this test run, with logging off so that stderr
/// holds only what the command itself reports.
#[track_caller]
pub fn run_cli<S: AsRef<OsStr>>(args: impl IntoIterator<Item = S>) -> CliOutput {
    let out = Command::new(env!("CARGO_BIN_EXE_witaj"))
        .args(args)
        .env("RUST_LOG", "off")
        .output()
        .expect("run witaj");
    CliOutput {
        success: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
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

    /// A `200 OK` JSON answer, parsed.
    pub async fn get_json(&self, path: &str) -> Value {
        self.get(path).await.assert_status(200).json()
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
        TestResponse::read(resp).await
    }
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub bytes: Vec<u8>,
    /// Whether the answer carries the mark of the portal's own error pages and JSON errors
    /// (`witaj::web::OwnAnswer`): exact, where the `Content-Type` is only a guess.
    pub own: bool,
}

impl TestResponse {
    /// The whole answer, for a request a test built itself (a POST, a form, odd headers).
    pub async fn read(resp: axum::response::Response) -> TestResponse {
        let (status, headers) = (resp.status(), resp.headers().clone());
        let own = resp.extensions().get::<witaj::web::OwnAnswer>().is_some();
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
            own,
        }
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Every `Vary` value of the response, joined with `, `: compression adds a header of its
    /// own beside the one the handler sets, so `header("vary")` would see only the first.
    pub fn vary(&self) -> String {
        self.headers
            .get_all("vary")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The body as JSON, after checking that the response says it is JSON.
    #[track_caller]
    pub fn json(&self) -> Value {
        self.assert_content_type("application/json");
        serde_json::from_slice(&self.bytes)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.text()))
    }

    /// The `Content-Type` starts with `expected` (parameters such as `charset` may follow).
    #[track_caller]
    pub fn assert_content_type(&self, expected: &str) -> &Self {
        let actual = self.header("content-type");
        assert!(
            actual.is_some_and(|c| c.starts_with(expected)),
            "expected content type {expected}, got {actual:?}"
        );
        self
    }

    /// An error answer the portal made itself (an error page, a refusal page, a JSON error),
    /// never the framework's bare text: it carries the `OwnAnswer` mark.
    #[track_caller]
    pub fn assert_own_error(&self) -> &Self {
        assert!(
            self.status.is_client_error() || self.status.is_server_error(),
            "expected an error answer, got {}",
            self.status
        );
        assert!(
            self.own,
            "{} without the portal's mark:\n{}",
            self.status,
            self.text()
        );
        self
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
