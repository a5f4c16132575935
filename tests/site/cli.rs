//! The command line as an editor uses it: check, status, stamp, and serve refusing broken files.

use insta::assert_snapshot;

use crate::common::TestSite;

#[test]
fn check_passes_on_good_content_and_fails_with_the_report_on_bad() {
    let site = TestSite::fixture("site");
    let run = site.cli(["check"]);
    run.assert_success();
    let out = run.stdout;
    assert!(
        out.contains("ok: 4 guides, 9 pages in 4 languages"),
        "{out}"
    );
    site.write("content/guides/bad/pl.md", "+++\ntitle = \"T\"\nsummary = \"S\"\ntopics = [\"nope\"]\nupdated = 2026-01-01\nsources = [\"https://x.pl\"]\n+++\n\nBody\n");
    let run = site.cli(["check"]);
    run.assert_failure();
    // The report, then the count.
    assert_snapshot!(run.stderr, @r"
        content/guides/bad/pl.md:4: error: unknown topic `nope`: use one of documents, work, health
        1 error(s), 0 warning(s)
        ");
}

#[test]
fn serve_refuses_to_start_on_errors() {
    let site = TestSite::fixture("site");
    site.write("content/guides/bad/pl.md", "nothing");
    let run = site.cli(["serve", "--bind", "127.0.0.1:0"]);
    run.assert_failure();
    assert_snapshot!(run.stderr, @r"
        content/guides/bad/pl.md:1: error: the file does not start with front matter: add a `+++` line at the top, then TOML front matter (title, summary, ...), then another `+++` line
        1 error(s), 0 warning(s)
        witaj: not starting: fix the errors above (run `witaj check` to see them again)
        ");
}

#[test]
fn status_prints_each_guide_in_each_language() {
    let site = TestSite::fixture("site");
    let run = site.cli(["status", "--today", "2026-12-02"]);
    run.assert_success();
    let out = run.stdout;
    let row = |slug: &str| {
        out.lines()
            .find(|l| l.starts_with(slug))
            .unwrap()
            .split_whitespace()
            .skip(1)
            .collect::<Vec<_>>()
    };
    assert_eq!(row("alpha"), ["source", "current", "current", "current"]);
    // The Polish beta was updated on 2026-11-20.
    assert_eq!(
        row("beta"),
        ["source", "current", "outdated", "12d", "missing"]
    );
    assert_eq!(row("gamma"), ["source", "missing", "missing", "missing"]);
    assert!(
        out.contains("uk: 1 current, 1 outdated, 2 missing"),
        "{out}"
    );
}

#[test]
fn stamp_makes_an_outdated_translation_current() {
    let site = TestSite::fixture("site");
    let run = site.cli(["stamp", "content/guides/beta/uk.md"]);
    run.assert_success();
    assert!(run.stdout.contains("stamped"), "{}", run.stdout);
    let text = site.read("content/guides/beta/uk.md");
    assert_eq!(text.matches("source_hash").count(), 1, "{text}");
    assert!(!text.contains("0123456789abcdef"));
    let out = site.cli(["status"]).stdout;
    assert!(
        out.contains("uk: 2 current, 0 outdated, 2 missing"),
        "{out}"
    );
    let run = site.cli(["stamp", "content/guides/beta/uk.md"]);
    run.assert_success();
    assert!(run.stdout.contains("already current"), "{}", run.stdout);
    // The source itself and unknown paths are refused with a reason.
    let run = site.cli(["stamp", "content/guides/beta/pl.md"]);
    run.assert_failure();
    assert!(
        run.stderr.contains("source-language file"),
        "{}",
        run.stderr
    );
    let run = site.cli(["stamp", "content/guides/beta/notes.txt"]);
    run.assert_failure();
    assert!(
        run.stderr.contains("expected a translation"),
        "{}",
        run.stderr
    );
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
    let out = site.cli(["status"]).stdout;
    assert!(
        out.contains("en: 2 current, 0 outdated, 2 missing"),
        "{out}"
    );
    // ...but a new sentence is.
    site.write(
        "content/guides/alpha/pl.md",
        &format!("{pl}\nNowe zdanie.\n"),
    );
    let out = site.cli(["status"]).stdout;
    assert!(
        out.contains("en: 1 current, 1 outdated, 2 missing"),
        "{out}"
    );
}
