//! Property tests of the loader (issue 13, point 8): generated guide files (front matter and
//! Markdown) and service files written into a copy of the fixture site, then the whole site loaded
//! as `check`, `serve` and every reload do. Whatever an editor commits: the loader never panics,
//! never takes longer than `SLOW`, and every problem it reports names the file it is in, so the
//! editor knows where to look.
//!
//! The strategies mix the formats' real keys, link kinds and Markdown constructs with hostile text
//! (control characters, unbalanced quotes and delimiters, very long lines), so generated files get
//! past the first parser and reach the later checks. Run longer with
//! `PROPTEST_CASES=2000 cargo test --test site loader_proptests`.

use std::time::{Duration, Instant};

use proptest::prelude::*;

use crate::common::TestSite;

/// Cases per property when `PROPTEST_CASES` is not set: each case copies and loads a whole site.
const CASES: u32 = 24;

/// The slowest load allowed (a debug build on a busy machine; the fixture loads in milliseconds).
const SLOW: Duration = Duration::from_secs(20);

fn config() -> ProptestConfig {
    crate::proptests::config_with(CASES)
}

/// Bits of text an editor (or an accident) puts in a file.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\n".to_string()),
        Just("## Nagłówek\n".to_string()),
        Just("# Tytuł\n".to_string()),
        Just("[link](guide:alpha)".to_string()),
        Just("[link](guide:nope#x)".to_string()),
        Just("[tel](tel:+48 58 000 00 00)".to_string()),
        Just("[service](service:nope)".to_string()),
        Just("[x](javascript:alert(1))".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("| a | b |\n|---|---|\n| 1 | 2 |\n".to_string()),
        Just("```\ncode\n".to_string()),
        Just("+++".to_string()),
        Just("\"".to_string()),
        Just("[".to_string()),
        Just("{".to_string()),
        Just("\u{0}\u{7}\u{1b}[31m".to_string()),
        Just("\u{202e}ﺎﻠﻋﺮﺒﻳﺓ".to_string()),
        "[a-zA-Z0-9ąęłóśżźćń ]{0,40}",
        any::<String>().prop_map(|s| s.chars().take(60).collect()),
        "x{200,3000}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..30).prop_map(|v| v.concat())
}

/// A front-matter line: a real key with a generated value, or a generated line.
fn front_line() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "title",
        "summary",
        "topics",
        "updated",
        "reviewed",
        "sources",
        "services",
        "source_hash",
        "aliases",
        "bring",
        "weight",
        "nope",
    ]);
    let value = prop_oneof![
        Just("\"Tytuł\"".to_string()),
        Just("[\"documents\"]".to_string()),
        Just("2026-12-02".to_string()),
        Just("[\"https://www.gov.pl\"]".to_string()),
        Just("[]".to_string()),
        Just("{ }".to_string()),
        Just("\"\"".to_string()),
        "\"[^\"\\\\\\n]{0,80}\"",
        "[0-9]{1,12}",
        fragment(),
    ];
    prop_oneof![
        3 => (key, value).prop_map(|(k, v)| format!("{k} = {v}\n")),
        1 => fragment().prop_map(|f| format!("{f}\n")),
    ]
}

fn guide_file() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(front_line(), 0..10),
        any::<bool>(),
        text(),
    )
        .prop_map(|(front, closed, body)| {
            let end = if closed { "+++\n" } else { "" };
            format!("+++\n{}{end}{body}", front.concat())
        })
}

fn service_file() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("name = { pl = \"Usługa\" }\n".to_string()),
        Just("topics = [\"documents\"]\n".to_string()),
        Just("languages = [\"pl\", \"uk\", \"xx\"]\n".to_string()),
        Just("opening_hours = \"Mo-Fr 09:00-17:00\"\n".to_string()),
        "opening_hours = \"[A-Za-z0-9:;, -]{0,40}\"\n",
        Just("source = \"https://example.org\"\n".to_string()),
        Just("verified = 2026-11-20\n".to_string()),
        Just("remote = true\n".to_string()),
        Just("[organization]\nid = \"org\"\nname = { pl = \"Org\" }\nkind = \"ngo\"\n".to_string()),
        Just("[[phones]]\nnumber = \"+48 58 000 00 00\"\n".to_string()),
        Just("[[locations]]\naddress = \"ul. Testowa 1\"\ncity = \"Gdańsk\"\nmunicipality = \"gdansk\"\n".to_string()),
        fragment().prop_map(|f| format!("{f}\n")),
    ];
    prop::collection::vec(line, 0..14).prop_map(|v| v.concat())
}

/// Loads the site with `files` written into it, and checks the loader's promises.
fn load_with(files: &[(&str, &str)]) -> Result<(), TestCaseError> {
    let site = TestSite::fixture("site");
    for (rel, contents) in files {
        site.write(rel, contents);
    }
    let start = Instant::now();
    let result = site.load();
    let took = start.elapsed();
    prop_assert!(took < SLOW, "loading took {took:?}");
    if let Err(diags) = result {
        prop_assert!(!diags.is_empty(), "a failed load reported nothing");
        for d in diags.iter() {
            prop_assert!(
                !d.path.as_os_str().is_empty(),
                "a problem without a file: {d:?}"
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// A translation of an existing guide, and a new guide in the source language.
    #[test]
    fn any_guide_file_loads_or_is_reported_with_its_path(
        translation in guide_file(),
        new_guide in guide_file(),
    ) {
        load_with(&[
            ("content/guides/alpha/en.md", &translation),
            ("content/guides/generated/pl.md", &new_guide),
        ])?;
    }

    /// A service file of the directory.
    #[test]
    fn any_service_file_loads_or_is_reported_with_its_path(service in service_file()) {
        load_with(&[("content/directory/generated.toml", &service)])?;
    }
}
