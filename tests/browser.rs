//! The browser checks: the real server on the bundled site, checked in Debian's Chromium by tools
//! no one here wrote (axe-core, the Nu HTML Checker), through `tests/browser/run.mjs`. What is
//! checked, on which pages, and how to add a page type: `tests/browser/README.md`.
//!
//! Needs `node`, `java`, `pdftotext` (poppler-utils), Chromium (`/usr/bin/chromium`, or `CHROMIUM_PATH`) and
//! `npm ci --prefix tests/browser`; `.ci/run` installs them all. Without them the test says why and
//! passes, except with `CI=true`, where it fails: in CI these checks are mandatory.

#[path = "common/mod.rs"]
mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use witaj::state::Store;
use witaj::web::{AppState, router};

use common::{TestSite, in_ci, repo_root};

fn runs(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// What is missing for the checks to run, each with how to get it.
fn missing_tools() -> Vec<String> {
    let mut missing = Vec::new();
    if !runs("node", "--version") {
        missing.push("`node` is not installed (apt-get install nodejs npm)".to_string());
    }
    if !runs("java", "-version") {
        missing.push("`java` is not installed (apt-get install default-jre-headless)".to_string());
    }
    if !runs("pdftotext", "-v") {
        missing.push(
            "`pdftotext` is not installed (apt-get install poppler-utils): the handouts' PDF is read with it"
                .to_string(),
        );
    }
    let chromium = std::env::var_os("CHROMIUM_PATH")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    if !chromium.is_file() {
        missing.push(format!(
            "no Chromium at {} (apt-get install chromium, or set CHROMIUM_PATH)",
            chromium.display()
        ));
    }
    let modules = repo_root().join("tests/browser/node_modules");
    for needed in [
        "playwright-core/package.json",
        "axe-core/axe.min.js",
        "vnu-jar/build/dist/vnu.jar",
    ] {
        if !modules.join(needed).is_file() {
            missing.push(format!(
                "tests/browser/node_modules/{needed} is missing (npm ci --prefix tests/browser --ignore-scripts)"
            ));
        }
    }
    missing
}

#[test]
fn every_page_type_passes_the_browser_accessibility_validity_link_and_weight_checks() {
    let missing = missing_tools();
    if !missing.is_empty() {
        let why = missing.join("; ");
        if in_ci() {
            panic!(
                "CI=true, and the browser checks are mandatory in CI, but they cannot run: {why}. \
                 `.ci/run` installs everything they need."
            );
        }
        // Straight to stderr: `eprintln!` is captured by the harness and shown only on failure.
        let _ = writeln!(
            std::io::stderr(),
            "browser checks skipped: {why}. `.ci/run` installs everything they need."
        );
        return;
    }

    // The bundled content, with one translation made outdated on purpose: the checks include the
    // outdated notice (pages.mjs, "outdated guide").
    let copy = TestSite::bundled_copy();
    let ru = copy.read("content/guides/pesel/ru.md");
    let stale = ru
        .lines()
        .map(|l| {
            if l.starts_with("source_hash") {
                "source_hash = \"0000000000000000\""
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    copy.write("content/guides/pesel/ru.md", &(stale + "\n"));
    // Two accounts for the signed-in checks (run.mjs, "account"), made as an operator makes them:
    // `witaj invite` on the store file the server then opens; run.mjs sets their passwords.
    let state = copy.path().join("state/witaj.sqlite3");
    let invite = |role: &[&str], email: &str| {
        let mut args = vec!["--state", state.to_str().unwrap(), "invite"];
        args.extend_from_slice(role);
        args.extend_from_slice(&["--email", email]);
        let out = copy.cli(args);
        out.assert_success();
        let link = out.stdout.trim();
        link[link.find("/account/invite/").expect("an invitation link")..].to_string()
    };
    let seed = serde_json::json!({
        "organisation": invite(&["--role", "organisation", "--org", "mopr-gdansk"], "mopr@example.org"),
        "editor": invite(&["--role", "editor"], "redakcja@example.org"),
        "password": "tramwaj jedzie przez Oliwę",
        "service": "legal-aid-gdansk",
    });
    let seed_file = copy.path().join("account-seed.json");
    std::fs::write(&seed_file, seed.to_string()).unwrap();
    let site = copy.site();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime");
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("a free local port");
    let addr = listener.local_addr().expect("local address");
    let store = Store::open(&state).expect("the store the invitations are in");
    let app = router(AppState::new(site).with_store(store));
    runtime.spawn(async move { axum::serve(listener, app).await });

    let started = Instant::now();
    let output = Command::new("node")
        .arg("tests/browser/run.mjs")
        .arg(format!("http://{addr}"))
        .env("WITAJ_ACCOUNT_SEED", &seed_file)
        .current_dir(repo_root())
        .output()
        .expect("node runs");
    let elapsed = started.elapsed();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("{stdout}");
    if !stderr.trim().is_empty() {
        println!("stderr of tests/browser/run.mjs:\n{stderr}");
    }
    println!("browser checks took {:.1} s", elapsed.as_secs_f64());
    assert!(
        output.status.success(),
        "the browser checks failed ({}): see the report above; run them against a running server \
         with `node tests/browser/run.mjs http://127.0.0.1:8080`",
        output.status
    );
}
