//! Every content problem `witaj check` knows, each reported as `path:line: message`.

use crate::common::TestSite;

/// Writes `contents` at `rel` in a fresh fixture and returns the load's error report.
#[track_caller]
fn errors_with(rel: &str, contents: &str) -> String {
    let site = TestSite::fixture("site");
    site.write(rel, contents);
    site.errors()
}

#[track_caller]
fn assert_reports(report: &str, expected: &str) {
    assert!(
        report.contains(expected),
        "expected {expected:?} in report:\n{report}"
    );
}

const GOOD_FRONT: &str = "title = \"T\"\nsummary = \"S\"\ntopics = [\"work\"]\nupdated = 2026-01-01\nsources = [\"https://www.gov.pl\"]\n";

#[test]
fn the_fixture_is_clean() {
    let site = TestSite::fixture("site").load().unwrap();
    assert!(site.warnings.is_empty(), "{}", site.warnings);
}

#[test]
fn missing_front_matter() {
    let r = errors_with("content/guides/bad/pl.md", "## No front matter\n");
    assert_reports(
        &r,
        "content/guides/bad/pl.md:1: error: the file must start with a `+++` line",
    );
}

#[test]
fn unclosed_front_matter() {
    let r = errors_with("content/guides/bad/pl.md", "+++\ntitle = \"x\"\n");
    assert_reports(
        &r,
        "content/guides/bad/pl.md:1: error: the front matter opened on line 1 is never closed",
    );
}

#[test]
fn toml_syntax_error_names_its_line() {
    let r = errors_with(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"S\n+++\n\nBody\n",
    );
    assert_reports(&r, "content/guides/bad/pl.md:3: error: front matter:");
}

#[test]
fn unknown_field_is_an_error() {
    let r = errors_with(
        "content/guides/bad/pl.md",
        &format!("+++\n{GOOD_FRONT}titel = \"typo\"\n+++\n\nBody\n"),
    );
    assert_reports(
        &r,
        "content/guides/bad/pl.md:7: error: front matter: unknown field `titel`",
    );
}

#[test]
fn missing_required_field() {
    let r = errors_with(
        "content/guides/bad/pl.md",
        "+++\nsummary = \"S\"\nupdated = 2026-01-01\n+++\n\nBody\n",
    );
    assert_reports(&r, "missing field `title`");
}

#[test]
fn unknown_topic_names_the_line_and_the_choices() {
    let r = errors_with(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\ntopics = [\"work\",\n  \"gardening\"]\nupdated = 2026-01-01\nsources = [\"https://www.gov.pl\"]\n+++\n\nBody\n",
    );
    assert_reports(
        &r,
        "content/guides/bad/pl.md:5: error: unknown topic `gardening`: use one of documents, work, health",
    );
}

#[test]
fn missing_topics_in_the_source() {
    let r = errors_with(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\nupdated = 2026-01-01\nsources = [\"https://www.gov.pl\"]\n+++\n\nBody\n",
    );
    assert_reports(&r, "content/guides/bad/pl.md:2: error: `topics` is missing");
}

#[test]
fn link_to_a_guide_that_does_not_exist() {
    let r = errors_with(
        "content/guides/bad/pl.md",
        &format!("+++\n{GOOD_FRONT}+++\n\nIntro.\n\nSee [x](guide:nowhere).\n"),
    );
    assert_reports(
        &r,
        "content/guides/bad/pl.md:11: error: link to a guide that does not exist: `guide:nowhere`",
    );
}

#[test]
fn empty_guide_link() {
    let r = errors_with(
        "content/guides/bad/pl.md",
        &format!("+++\n{GOOD_FRONT}+++\n\n[x](guide:)\n"),
    );
    assert_reports(
        &r,
        "content/guides/bad/pl.md:9: error: link `guide:` names no target",
    );
}

#[test]
fn translation_without_a_source_file() {
    let r = errors_with(
        "content/guides/orphan/uk.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\nupdated = 2026-01-01\n+++\n\nBody\n",
    );
    assert_reports(
        &r,
        "content/guides/orphan/uk.md: error: this translation has no source: add content/guides/orphan/pl.md",
    );
}

#[test]
fn file_in_an_unknown_language() {
    let r = errors_with(
        "content/guides/alpha/xx.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\nupdated = 2026-01-01\n+++\n\nBody\n",
    );
    assert_reports(
        &r,
        "content/guides/alpha/xx.md: error: `xx` is not a language of this portal (they are: pl, en, uk, ar)",
    );
}

#[test]
fn bad_slug() {
    let r = errors_with(
        "content/guides/Bad Slug/pl.md",
        &format!("+++\n{GOOD_FRONT}+++\n\nBody\n"),
    );
    assert_reports(&r, "`Bad Slug` is not a valid guide slug");
}

#[test]
fn date_with_a_time_or_not_a_date() {
    let r = errors_with(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\ntopics = [\"work\"]\nupdated = 2026-01-01T10:00:00\nsources = [\"https://www.gov.pl\"]\n+++\n\nBody\n",
    );
    assert_reports(
        &r,
        "content/guides/bad/pl.md:5: error: `updated` must be a date like 2026-11-23, without a time",
    );
    let r = errors_with(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\ntopics = [\"work\"]\nupdated = \"yesterday\"\n+++\n\nBody\n",
    );
    assert_reports(&r, "content/guides/bad/pl.md:5: error: front matter:");
}

#[test]
fn malformed_source_hash() {
    let r = errors_with(
        "content/guides/alpha/en.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\nupdated = 2026-01-01\nsource_hash = \"abc\"\n+++\n\nBody\n",
    );
    assert_reports(
        &r,
        "content/guides/alpha/en.md:5: error: `source_hash = \"abc\"` is not a hash written by `witaj stamp`",
    );
}

#[test]
fn empty_title_and_empty_body() {
    let r = errors_with(
        "content/guides/bad/pl.md",
        "+++\ntitle = \" \"\nsummary = \"S\"\ntopics = [\"work\"]\nupdated = 2026-01-01\nsources = [\"https://www.gov.pl\"]\n+++\n",
    );
    assert_reports(&r, "content/guides/bad/pl.md:2: error: `title` is empty");
    assert_reports(
        &r,
        "content/guides/bad/pl.md:8: error: the guide has no text after the front matter",
    );
}

#[test]
fn source_without_official_sources_or_with_a_bad_url() {
    let r = errors_with(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\ntopics = [\"work\"]\nupdated = 2026-01-01\n+++\n\nBody\n",
    );
    assert_reports(
        &r,
        "content/guides/bad/pl.md:2: error: the source file must list its official `sources`",
    );
    let r = errors_with(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\ntopics = [\"work\"]\nupdated = 2026-01-01\nsources = [\"www.gov.pl\"]\n+++\n\nBody\n",
    );
    assert_reports(
        &r,
        "content/guides/bad/pl.md:6: error: source `www.gov.pl` must be a full https:// address",
    );
}

#[test]
fn fluent_syntax_error_names_its_line() {
    let site = TestSite::fixture("site");
    let uk = site.read("locales/uk/portal.ftl");
    site.write(
        "locales/uk/portal.ftl",
        &format!(
            "site-name = Witaj\nbroken = {{ $x\n{}",
            uk.replace("site-name = Witaj\n", "")
        ),
    );
    let r = site.errors();
    assert_reports(&r, "locales/uk/portal.ftl:2: error: Fluent syntax:");
}

#[test]
fn template_syntax_error_names_its_line() {
    let site = TestSite::fixture("site");
    site.write(
        "templates/topic.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{% if %}\n{% endblock %}\n",
    );
    assert_reports(&site.errors(), "templates/topic.html:3: error: template:");
}

#[test]
fn template_using_an_unknown_interface_string() {
    let site = TestSite::fixture("site");
    let home = site.read("templates/home.html");
    site.write(
        "templates/home.html",
        &home.replace(
            "{{ t(\"home-intro\") }}</p>",
            "{{ t(\"home-intro\") }} {{ t(\"no-such-message\") }}</p>",
        ),
    );
    assert_reports(
        &site.errors(),
        "error: no interface string `no-such-message`",
    );
}

#[test]
fn configuration_errors() {
    let site = TestSite::fixture("site");
    let config = site.read("portal.toml");
    site.write(
        "portal.toml",
        &config.replace("fallback = [\"en\", \"pl\"]", "fallback = [\"en\", \"xx\"]"),
    );
    assert_reports(
        &site.errors(),
        "portal.toml:24: error: fallback `xx` of `ar` is not a configured language",
    );
    site.write(
        "portal.toml",
        &config.replace(
            "source_language = \"pl\"",
            "source_language = \"pl\"\nlanguage = \"typo\"",
        ),
    );
    assert_reports(
        &site.errors(),
        "portal.toml:3: error: unknown field `language`",
    );
}

#[test]
fn topic_without_a_name() {
    let site = TestSite::fixture("site");
    let config = site.read("portal.toml");
    site.write(
        "portal.toml",
        &format!("{config}[[topics]]\nid = \"gardening\"\n"),
    );
    assert_reports(
        &site.errors(),
        "portal.toml: error: topic `gardening` has no name: add `topic-gardening = ...`",
    );
}

#[test]
fn warnings_do_not_stop_the_site() {
    let site = TestSite::fixture("site");
    site.write(
        "content/guides/gamma/pl.md",
        &format!("+++\n{GOOD_FRONT}+++\n\nText <b>bold</b>.\n"),
    );
    site.write("content/guides/gamma/en.md", "+++\ntitle = \"T\"\nsummary = \"S\"\nupdated = 2026-01-01\n+++\n\n[a](guide:alpha#no-such-heading)\n");
    let loaded = site.load().unwrap();
    let w = loaded.warnings.to_string();
    assert_reports(
        &w,
        "content/guides/gamma/pl.md:9: warning: raw HTML is not allowed in guides and was removed",
    );
    assert_reports(
        &w,
        "content/guides/gamma/en.md: warning: no `source_hash` yet",
    );
    assert_reports(
        &w,
        "content/guides/gamma/en.md:7: warning: `guide:alpha#no-such-heading`: the en page of `alpha` has no heading with that anchor",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let site = TestSite::fixture("site");
    site.write("content/guides/one/pl.md", "no front matter");
    site.write("content/guides/two/xx.md", "no front matter either");
    site.write(
        "content/guides/alpha/en.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\nupdated = 2026-01-01\n+++\n\n[x](guide:missing)\n",
    );
    let r = site.errors();
    assert_reports(&r, "content/guides/one/pl.md:1:");
    assert_reports(&r, "content/guides/two/xx.md:");
    assert_reports(&r, "content/guides/alpha/en.md:7:");
}
