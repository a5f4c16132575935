//! The command line as an editor uses it: check, status, stamp, and serve refusing broken files.

use std::process::Command;

use crate::common::TestSite;

fn witaj(site: &TestSite, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_witaj"))
        .arg("--root")
        .arg(site.path())
        .args(args)
        .env("RUST_LOG", "off")
        .output()
        .expect("run witaj");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_passes_on_good_content_and_fails_with_the_report_on_bad() {
    let site = TestSite::fixture("site");
    let (ok, out, _) = witaj(&site, &["check"]);
    assert!(ok);
    assert!(
        out.contains("ok: 4 guides, 9 pages in 4 languages"),
        "{out}"
    );
    site.write("content/guides/bad/pl.md", "+++\ntitle = \"T\"\nsummary = \"S\"\ntopics = [\"nope\"]\nupdated = 2026-01-01\nsources = [\"https://x.pl\"]\n+++\n\nBody\n");
    let (ok, _, err) = witaj(&site, &["check"]);
    assert!(!ok);
    assert!(
        err.contains("content/guides/bad/pl.md:4: error: unknown topic `nope`"),
        "{err}"
    );
    assert!(err.contains("1 error(s)"), "{err}");
}

#[test]
fn serve_refuses_to_start_on_errors() {
    let site = TestSite::fixture("site");
    site.write("content/guides/bad/pl.md", "nothing");
    let (ok, _, err) = witaj(&site, &["serve", "--bind", "127.0.0.1:0"]);
    assert!(!ok);
    assert!(err.contains("content/guides/bad/pl.md:1: error:"), "{err}");
    assert!(err.contains("not starting"), "{err}");
}

#[test]
fn status_prints_each_guide_in_each_language() {
    let site = TestSite::fixture("site");
    let (ok, out, _) = witaj(&site, &["status"]);
    assert!(ok);
    let row = |slug: &str| {
        out.lines()
            .find(|l| l.starts_with(slug))
            .unwrap()
            .split_whitespace()
            .skip(1)
            .collect::<Vec<_>>()
    };
    assert_eq!(row("alpha"), ["source", "current", "current", "current"]);
    assert_eq!(row("beta"), ["source", "current", "outdated", "missing"]);
    assert_eq!(row("gamma"), ["source", "missing", "missing", "missing"]);
    assert!(
        out.contains("uk: 1 current, 1 outdated, 2 missing"),
        "{out}"
    );
}

#[test]
fn stamp_makes_an_outdated_translation_current() {
    let site = TestSite::fixture("site");
    let (ok, out, err) = witaj(&site, &["stamp", "content/guides/beta/uk.md"]);
    assert!(ok, "{err}");
    assert!(out.contains("stamped"), "{out}");
    let text = site.read("content/guides/beta/uk.md");
    assert_eq!(text.matches("source_hash").count(), 1, "{text}");
    assert!(!text.contains("0123456789abcdef"));
    let (_, out, _) = witaj(&site, &["status"]);
    assert!(
        out.contains("uk: 2 current, 0 outdated, 2 missing"),
        "{out}"
    );
    let (ok, out, _) = witaj(&site, &["stamp", "content/guides/beta/uk.md"]);
    assert!(ok && out.contains("already current"), "{out}");
    // The source itself and unknown paths are refused with a reason.
    let (ok, _, err) = witaj(&site, &["stamp", "content/guides/beta/pl.md"]);
    assert!(!ok && err.contains("source-language file"), "{err}");
    let (ok, _, err) = witaj(&site, &["stamp", "content/guides/beta/notes.txt"]);
    assert!(!ok && err.contains("expected a translation"), "{err}");
}

#[test]
fn a_changed_source_makes_its_translations_outdated() {
    let site = TestSite::fixture("site");
    let pl = site.read("content/guides/alpha/pl.md");
    // Re-dating or re-sourcing the original is not a change of text...
    site.write(
        "content/guides/alpha/pl.md",
        &pl.replace("updated = 2026-03-05", "updated = 2026-04-01"),
    );
    let (_, out, _) = witaj(&site, &["status"]);
    assert!(
        out.contains("en: 2 current, 0 outdated, 2 missing"),
        "{out}"
    );
    // ...but a new sentence is.
    site.write(
        "content/guides/alpha/pl.md",
        &format!("{pl}\nNowe zdanie.\n"),
    );
    let (_, out, _) = witaj(&site, &["status"]);
    assert!(
        out.contains("en: 1 current, 1 outdated, 2 missing"),
        "{out}"
    );
}
