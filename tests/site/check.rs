//! Every content problem `witaj check` knows, each reported as `path:line: severity: message`,
//! the path relative to the site folder. Each test pins the whole report an editor would read, as
//! an inline snapshot, so an extra or a missing line fails too.

use insta::assert_snapshot;

use crate::common::TestSite;

/// Writes `contents` at `rel` in a fresh fixture and returns the load's error report.
#[track_caller]
fn errors_with_file(rel: &str, contents: &str) -> String {
    let site = TestSite::fixture("site");
    site.write(rel, contents);
    site.errors()
}

/// The errors of the fixture with `portal.toml` changed by `edit`.
#[track_caller]
fn config_errors(edit: impl Fn(&str) -> String) -> String {
    let site = TestSite::fixture("site");
    let config = site.read("portal.toml");
    let changed = edit(&config);
    assert_ne!(changed, config, "the edit changed nothing");
    site.write("portal.toml", &changed);
    site.errors()
}

/// The errors of a source file (`content/guides/bad/pl.md`) whose body is `body`; the body starts
/// on line 8.
#[track_caller]
fn body_errors(body: &str) -> String {
    errors_with_file(
        "content/guides/bad/pl.md",
        &format!("+++\n{GOOD_FRONT}+++\n{body}"),
    )
}

const GOOD_FRONT: &str = "title = \"T\"\nsummary = \"S\"\ntopics = [\"work\"]\nupdated = 2026-01-01\nsources = [\"https://www.gov.pl\"]\n";

#[test]
fn the_fixture_is_clean() {
    let site = TestSite::fixture("site").load().unwrap();
    assert!(site.warnings.is_empty(), "{}", site.warnings);
}

#[test]
fn missing_front_matter() {
    let r = errors_with_file("content/guides/bad/pl.md", "## No front matter\n");
    assert_snapshot!(r, @"content/guides/bad/pl.md:1: error: the file does not start with front matter: add a `+++` line at the top, then TOML front matter (title, summary, ...), then another `+++` line");
}

#[test]
fn unclosed_front_matter() {
    let r = errors_with_file("content/guides/bad/pl.md", "+++\ntitle = \"x\"\n");
    assert_snapshot!(r, @"content/guides/bad/pl.md:1: error: the front matter opened on line 1 is never closed: add a line with `+++` after it");
}

#[test]
fn toml_syntax_error_names_its_line() {
    let r = errors_with_file(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"S\n+++\n\nBody\n",
    );
    assert_snapshot!(r, @r#"content/guides/bad/pl.md:3:13: error: front matter: invalid basic string, expected `"`: fix the TOML at this column: text in "quotes", dates like 2026-11-23, lists in [ ] (https://toml.io)"#);
}

#[test]
fn unknown_field_is_an_error() {
    let r = errors_with_file(
        "content/guides/bad/pl.md",
        &format!("+++\n{GOOD_FRONT}titel = \"typo\"\n+++\n\nBody\n"),
    );
    assert_snapshot!(r, @"content/guides/bad/pl.md:7:1: error: front matter: unknown field `titel`: check the spelling; the known keys here are one of `title`, `summary`, `topics`, `updated`, `reviewed`, `sources`, `services`, `source_hash`, `aliases`, `bring`, `priority`, `glossary`");
}

#[test]
fn missing_required_field() {
    let r = errors_with_file(
        "content/guides/bad/pl.md",
        "+++\nsummary = \"S\"\nupdated = 2026-01-01\n+++\n\nBody\n",
    );
    assert_snapshot!(r, @"content/guides/bad/pl.md:2:1: error: front matter: missing field `title`: add `title = ...` (docs/editors.md says what it holds)");
}

#[test]
fn unknown_topic_names_the_line_and_the_choices() {
    let r = errors_with_file(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\ntopics = [\"work\",\n  \"gardening\"]\nupdated = 2026-01-01\nsources = [\"https://www.gov.pl\"]\n+++\n\nBody\n",
    );
    assert_snapshot!(r, @"content/guides/bad/pl.md:5: error: unknown topic `gardening`: use one of documents, work, health");
}

#[test]
fn missing_topics_in_the_source() {
    let r = errors_with_file(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\nupdated = 2026-01-01\nsources = [\"https://www.gov.pl\"]\n+++\n\nBody\n",
    );
    assert_snapshot!(r, @"content/guides/bad/pl.md:2: error: `topics` is missing: list at least one of: documents, work, health");
}

#[test]
fn link_to_a_guide_that_does_not_exist() {
    let r = errors_with_file(
        "content/guides/bad/pl.md",
        &format!("+++\n{GOOD_FRONT}+++\n\nIntro.\n\nSee [x](guide:nowhere).\n"),
    );
    assert_snapshot!(r, @"content/guides/bad/pl.md:11: error: link to a guide that does not exist: `guide:nowhere`: check the slug: it is the name of a folder of content/guides/ (there is no content/guides/nowhere/)");
}

#[test]
fn empty_guide_link() {
    let r = errors_with_file(
        "content/guides/bad/pl.md",
        &format!("+++\n{GOOD_FRONT}+++\n\n[x](guide:)\n"),
    );
    assert_snapshot!(r, @"content/guides/bad/pl.md:9:1: error: link `guide:` names no target: write `guide:<slug>` or `service:<id>`");
}

#[test]
fn translation_without_a_source_file() {
    let r = errors_with_file(
        "content/guides/orphan/uk.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\nupdated = 2026-01-01\n+++\n\nBody\n",
    );
    assert_snapshot!(r, @"content/guides/orphan/uk.md:1: error: this translation has no source: add content/guides/orphan/pl.md (the pl original) or move this file");
}

#[test]
fn file_in_an_unknown_language() {
    let r = errors_with_file(
        "content/guides/alpha/xx.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\nupdated = 2026-01-01\n+++\n\nBody\n",
    );
    assert_snapshot!(r, @"content/guides/alpha/xx.md:1: error: `xx` is not a language of this portal (they are: pl, en, uk, ar): rename the file or add the language to portal.toml");
}

#[test]
fn bad_slug() {
    let r = errors_with_file(
        "content/guides/Bad Slug/pl.md",
        &format!("+++\n{GOOD_FRONT}+++\n\nBody\n"),
    );
    assert_snapshot!(r, @"content/guides/Bad Slug: error: `Bad Slug` is not a valid guide slug: use lower-case ASCII letters, digits and hyphens, e.g. `residence-permits`");
}

#[test]
fn date_with_a_time_or_not_a_date() {
    let r = errors_with_file(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\ntopics = [\"work\"]\nupdated = 2026-01-01T10:00:00\nsources = [\"https://www.gov.pl\"]\n+++\n\nBody\n",
    );
    assert_snapshot!(r, @"content/guides/bad/pl.md:5:11: error: `updated` is not a plain date: write it like 2026-11-23, without a time");
    let r = errors_with_file(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\ntopics = [\"work\"]\nupdated = \"yesterday\"\n+++\n\nBody\n",
    );
    assert_snapshot!(r, @r#"content/guides/bad/pl.md:5:11: error: front matter: invalid type: string "yesterday", expected a TOML datetime: fix the TOML at this column: text in "quotes", dates like 2026-11-23, lists in [ ] (https://toml.io)"#);
}

#[test]
fn malformed_source_hash() {
    let r = errors_with_file(
        "content/guides/alpha/en.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\nupdated = 2026-01-01\nsource_hash = \"abc\"\n+++\n\nBody\n",
    );
    assert_snapshot!(r, @r#"content/guides/alpha/en.md:5:15: error: `source_hash = "abc"` is not a hash written by `witaj stamp`: run `witaj stamp content/guides/alpha/en.md`"#);
}

#[test]
fn empty_title_and_empty_body() {
    let r = errors_with_file(
        "content/guides/bad/pl.md",
        "+++\ntitle = \" \"\nsummary = \"S\"\ntopics = [\"work\"]\nupdated = 2026-01-01\nsources = [\"https://www.gov.pl\"]\n+++\n",
    );
    assert_snapshot!(r, @r"
        content/guides/bad/pl.md:2:9: error: `title` is empty: write the guide's title
        content/guides/bad/pl.md:8: error: the guide has no text after the front matter: write it below the closing `+++` line
        ");
}

#[test]
fn source_without_official_sources_or_with_a_bad_url() {
    let r = errors_with_file(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\ntopics = [\"work\"]\nupdated = 2026-01-01\n+++\n\nBody\n",
    );
    assert_snapshot!(r, @r#"content/guides/bad/pl.md:2: error: the source file lists no official sources: add `sources = [{ title = "...", url = "https://..." }]` to the front matter"#);
    let r = errors_with_file(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\ntopics = [\"work\"]\nupdated = 2026-01-01\nsources = [\"www.gov.pl\"]\n+++\n\nBody\n",
    );
    assert_snapshot!(r, @"content/guides/bad/pl.md:6:12: error: source `www.gov.pl` must be a full address starting with http:// or https://: write `https://www.gov.pl`");
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
    assert_snapshot!(r, @r#"locales/uk/portal.ftl:2:14: error: Fluent syntax: Expected a token starting with "}": write a message as `id = text`; a line that continues it starts with spaces (https://projectfluent.org/fluent/guide/)"#);
}

#[test]
fn interface_string_defined_twice() {
    let site = TestSite::fixture("site");
    let uk = site.read("locales/uk/portal.ftl");
    site.write(
        "locales/uk/portal.ftl",
        &format!("{uk}\nsite-name = Witaj again\n"),
    );
    // The line follows the repository's own locale file: named, not pinned by number.
    let line = uk.lines().count() + 2;
    let report = site
        .errors()
        .replace(&format!(".ftl:{line}:"), ".ftl:{line}:");
    assert_snapshot!(report, @"locales/uk/portal.ftl:{line}: error: `site-name` is defined twice for `uk`: keep one definition");
}

#[test]
fn template_syntax_error_names_its_line() {
    let site = TestSite::fixture("site");
    site.write(
        "templates/topic.html",
        "{% extends \"base.html\" %}\n{% block main %}\n{% if %}\n{% endblock %}\n",
    );
    assert_snapshot!(site.errors(), @"templates/topic.html:3: error: template: unexpected end of block: fix the template at this line: every `{% if %}`, `{% for %}` and `{% block %}` needs its `{% end... %}`, every `{{` its `}}` (https://docs.rs/minijinja/latest/minijinja/syntax/)");
}

#[test]
fn template_using_an_unknown_interface_string() {
    let site = TestSite::fixture("site");
    let home = site.read("templates/home.html");
    let at = "{{ t(\"home-intro\") }}</p>";
    let line = home
        .lines()
        .position(|l| l.contains(at))
        .expect("home-intro")
        + 1;
    site.write(
        "templates/home.html",
        &home.replace(
            at,
            "{{ t(\"home-intro\") }} {{ t(\"no-such-message\") }}</p>",
        ),
    );
    // The line follows the repository's own template: named, not pinned by number.
    let report = site
        .errors()
        .replace(&format!(".html:{line}:"), ".html:{line}:");
    assert_snapshot!(report, @"templates/home.html:{line}: error: no interface string `no-such-message`: add it to locales/<source language>/portal.ftl");
}

#[test]
fn configuration_errors() {
    let site = TestSite::fixture("site");
    let config = site.read("portal.toml");
    site.write(
        "portal.toml",
        &config.replace("fallback = [\"en\", \"pl\"]", "fallback = [\"en\", \"xx\"]"),
    );
    assert_snapshot!(site.errors(), @"portal.toml:24:19: error: fallback `xx` of `ar` is not a configured language: use a code of the [[languages]] above, or remove it");
    site.write(
        "portal.toml",
        &config.replace(
            "source_language = \"pl\"",
            "source_language = \"pl\"\nlanguage = \"typo\"",
        ),
    );
    assert_snapshot!(site.errors(), @"portal.toml:3:1: error: unknown field `language`: check the spelling; the known keys here are one of `source_language`, `base_url`, `bind`, `languages`, `topics`, `municipalities`, `region`, `server`, `limits`, `feedback`, `accounts`, `smtp`");
}

#[test]
fn topic_without_a_name() {
    let site = TestSite::fixture("site");
    let config = site.read("portal.toml");
    site.write(
        "portal.toml",
        &format!("{config}[[topics]]\nid = \"gardening\"\n"),
    );
    assert_snapshot!(site.errors(), @"portal.toml: error: topic `gardening` has no name: add `topic-gardening = ...` to locales/pl/portal.ftl");
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
    assert_snapshot!(w, @r"
        content/guides/gamma/en.md:2: warning: no `source_hash` yet: after checking the translation against the pl file, run `witaj stamp content/guides/gamma/en.md`
        content/guides/gamma/en.md:7: warning: `guide:alpha#no-such-heading`: the en page of `alpha` has no heading with that anchor: use the anchor of one of its headings (its address after `#`), or link the whole guide
        content/guides/gamma/pl.md:9: warning: raw HTML is not allowed in guides and was removed: use Markdown
        content/guides/gamma/pl.md:9: warning: raw HTML is not allowed in guides and was removed: use Markdown
        ");
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
    assert_snapshot!(r, @r"
        content/guides/alpha/en.md:2: warning: no `source_hash` yet: after checking the translation against the pl file, run `witaj stamp content/guides/alpha/en.md`
        content/guides/alpha/en.md:7: error: link to a guide that does not exist: `guide:missing`: check the slug: it is the name of a folder of content/guides/ (there is no content/guides/missing/)
        content/guides/beta/en.md:10: warning: `guide:alpha#first-section`: the en page of `alpha` has no heading with that anchor: use the anchor of one of its headings (its address after `#`), or link the whole guide
        content/guides/one/pl.md:1: error: the file does not start with front matter: add a `+++` line at the top, then TOML front matter (title, summary, ...), then another `+++` line
        content/guides/two/xx.md:1: error: `xx` is not a language of this portal (they are: pl, en, uk, ar): rename the file or add the language to portal.toml
        ");
}

#[test]
fn http_sources_are_accepted() {
    let site = TestSite::fixture("site");
    site.write(
        "content/guides/gamma/pl.md",
        &format!(
            "+++\n{}+++\n\nBody\n",
            GOOD_FRONT.replace("https://", "http://")
        ),
    );
    site.load().unwrap();
}

#[test]
fn file_that_is_not_utf8() {
    let site = TestSite::fixture("site");
    let mut bytes = b"+++\ntitle = \"T\"\nsummary = \"".to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe]);
    bytes.extend_from_slice(b"\"\n+++\n");
    std::fs::write(site.path().join("content/guides/alpha/ar.md"), &bytes).unwrap();
    std::fs::write(
        site.path().join("locales/uk/broken.ftl"),
        [b'a', b'\n', 0xc3],
    )
    .unwrap();
    let r = site.errors();
    assert_snapshot!(r, @r"
        content/guides/alpha/ar.md:3: error: the file is not valid UTF-8: save it as UTF-8
        locales/uk/broken.ftl:2: error: the file is not valid UTF-8: save it as UTF-8
        ");
}

#[test]
fn portal_toml_that_is_not_utf8() {
    let site = TestSite::fixture("site");
    std::fs::write(site.path().join("portal.toml"), [b'#', 0xff, b'\n']).unwrap();
    assert_snapshot!(site.errors(), @"portal.toml:1: error: the file is not valid UTF-8: save it as UTF-8");
}

#[test]
fn empty_summary() {
    let r = errors_with_file(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"  \"\ntopics = [\"work\"]\nupdated = 2026-01-01\nsources = [\"https://www.gov.pl\"]\n+++\n\nBody\n",
    );
    assert_snapshot!(r, @"content/guides/bad/pl.md:3:11: error: `summary` is empty: write one or two sentences, shown in lists and search results");
}

#[test]
fn date_that_is_not_in_the_calendar() {
    let r = errors_with_file(
        "content/guides/bad/pl.md",
        "+++\ntitle = \"T\"\nsummary = \"S\"\ntopics = [\"work\"]\nupdated = 2026-02-30\nsources = [\"https://www.gov.pl\"]\n+++\n\nBody\n",
    );
    assert_snapshot!(r, @r#"content/guides/bad/pl.md:5:11: error: front matter: invalid date, expected day between 01 and 28: fix the TOML at this column: text in "quotes", dates like 2026-11-23, lists in [ ] (https://toml.io)"#);
}

#[test]
fn translation_whose_source_is_broken_is_not_called_sourceless() {
    let site = TestSite::fixture("site");
    site.write("content/guides/alpha/pl.md", "no front matter");
    let r = site.errors();
    assert_snapshot!(r, @"content/guides/alpha/pl.md:1: error: the file does not start with front matter: add a `+++` line at the top, then TOML front matter (title, summary, ...), then another `+++` line");
    assert!(!r.contains("has no source"), "{r}");
}

#[test]
fn language_falling_back_to_itself() {
    let r =
        config_errors(|c| c.replace("fallback = [\"en\", \"pl\"]", "fallback = [\"ar\", \"pl\"]"));
    assert_snapshot!(r, @"portal.toml:24:13: error: `ar` cannot fall back to itself: remove `ar` from its `fallback`");
}

#[test]
fn fallback_listed_twice() {
    let r =
        config_errors(|c| c.replace("fallback = [\"en\", \"pl\"]", "fallback = [\"en\", \"en\"]"));
    assert_snapshot!(r, @"portal.toml:24:19: error: fallback `en` is listed twice: remove the second one");
}

#[test]
fn language_listed_twice() {
    let r = config_errors(|c| c.replace("code = \"uk\"", "code = \"en\""));
    assert_snapshot!(r, @"portal.toml:16:8: error: language `en` is listed twice: remove one of its [[languages]] entries");
}

#[test]
fn topic_listed_twice() {
    let r = config_errors(|c| format!("{c}[[topics]]\nid = \"work\"\n"));
    assert_snapshot!(r, @"portal.toml:33:6: error: topic `work` is listed twice: remove one of its [[topics]] entries");
}

#[test]
fn bad_language_tag() {
    let r = config_errors(|c| c.replace("code = \"uk\"", "code = \"not a tag\""));
    assert_snapshot!(r, @"portal.toml:16:8: error: `not a tag` is not a language tag: use a BCP 47 code such as `uk` or `pt-BR`");
    let r = config_errors(|c| c.replace("code = \"uk\"", "code = \"UK\""));
    assert_snapshot!(r, @"portal.toml:16:8: error: the language code `UK` is not written the standard way: write it as `uk`");
}

#[test]
fn language_without_a_name() {
    let r = config_errors(|c| c.replace("name = \"English\"", "name = \" \""));
    assert_snapshot!(r, @r#"portal.toml:11:8: error: language `en` has no `name`: give its name in itself, e.g. `name = "Українська"` for `uk`"#);
    let r = config_errors(|c| c.replace("name = \"English\"\n", ""));
    assert_snapshot!(r, @"portal.toml:10:1: error: missing field `name`: add `name = ...` (docs/editors.md says what it holds)");
}

#[test]
fn source_language_not_among_the_languages() {
    let r = config_errors(|c| c.replace("source_language = \"pl\"", "source_language = \"de\""));
    assert_snapshot!(r, @"portal.toml:2:19: error: the source language `de` is not among the [[languages]]: add a [[languages]] entry for it, or change `source_language`");
}

#[test]
fn base_url_without_a_scheme() {
    let r = config_errors(|c| {
        c.replace(
            "base_url = \"https://portal.example\"",
            "base_url = \"portal.example\"",
        )
    });
    assert_snapshot!(r, @"portal.toml:3:12: error: `base_url` must start with http:// or https://, not `portal.example`: write `https://portal.example`");
}

#[test]
fn javascript_and_data_links() {
    let r = body_errors("\n[a](javascript:alert(1))\n\n[b](<data:text/html,hi>)\n");
    assert_snapshot!(r, @r"
        content/guides/bad/pl.md:9:1: error: link `javascript:alert(1)` uses `javascript:`, which can run code or show content the portal has not checked: link to an https:// address, `guide:<slug>` or `service:<id>` instead
        content/guides/bad/pl.md:11:1: error: link `data:text/html,hi` uses `data:`, which can run code or show content the portal has not checked: link to an https:// address, `guide:<slug>` or `service:<id>` instead
        ");
}

#[test]
fn link_with_a_scheme_guides_may_not_use() {
    let r = body_errors("\n[a](ftp://x)\n");
    assert_snapshot!(r, @"content/guides/bad/pl.md:9:1: error: link `ftp://x`: `ftp:` links are not allowed: link only to `guide:<slug>`, `service:<id>`, `local:<step>`, `#<anchor>`, https:// or http:// addresses, `tel:<number>` and `mailto:<address>`");
}

#[test]
fn phone_link_that_is_not_a_number() {
    let r = body_errors("\n[a](tel:abc)\n");
    assert_snapshot!(r, @"content/guides/bad/pl.md:9:1: error: link `tel:abc` is not a phone number: write `tel:` and the digits, with an optional leading + and spaces or hyphens, e.g. `tel:+48-22-490-20-44` (the same rule as phone numbers in services)");
}

#[test]
fn mail_link_without_an_address() {
    let r = body_errors("\n[a](mailto:)\n\n[b](mailto:info)\n");
    assert_snapshot!(r, @r"
        content/guides/bad/pl.md:9:1: error: link `mailto:` has no e-mail address: write `mailto:` and the address, e.g. `mailto:info@example.org`
        content/guides/bad/pl.md:11:1: error: link `mailto:info` has no e-mail address: write `mailto:` and the address, e.g. `mailto:info@example.org`
        ");
}

#[test]
fn portal_address_instead_of_a_guide_or_service_link() {
    let r = body_errors(
        "\n[a](/pl/guides/zzz)\n\n[b](/uk/services/puw#hours)\n\n[c](/pl/topics/work)\n",
    );
    assert_snapshot!(r, @r"
        content/guides/bad/pl.md:9:1: error: link `/pl/guides/zzz` is a portal address, which breaks when the portal's addresses change: write `guide:zzz` instead
        content/guides/bad/pl.md:11:1: error: link `/uk/services/puw#hours` is a portal address, which breaks when the portal's addresses change: write `service:puw` instead
        content/guides/bad/pl.md:13:1: error: link `/pl/topics/work` is a portal address, which breaks when the portal's addresses change: link guides with `guide:<slug>`, services with `service:<id>`, or write the full https:// address
        ");
}

#[test]
fn link_without_a_scheme() {
    let r = body_errors("\n[a](www.gov.pl)\n\n[b](//www.gov.pl/x)\n\n[c](pesel)\n\n[d]()\n");
    assert_snapshot!(r, @r"
        content/guides/bad/pl.md:9:1: error: link `www.gov.pl` has no scheme: write `https://www.gov.pl` for an outside page; link only to `guide:<slug>`, `service:<id>`, `local:<step>`, `#<anchor>`, https:// or http:// addresses, `tel:<number>` and `mailto:<address>`
        content/guides/bad/pl.md:11:1: error: link `//www.gov.pl/x` has no scheme: write `https://www.gov.pl/x` instead
        content/guides/bad/pl.md:13:1: error: link `pesel` is not an address a guide can use: link only to `guide:<slug>`, `service:<id>`, `local:<step>`, `#<anchor>`, https:// or http:// addresses, `tel:<number>` and `mailto:<address>`
        content/guides/bad/pl.md:15:1: error: a link has no target: write `guide:<slug>`, `service:<id>` or an https:// address
        ");
}

#[test]
fn every_allowed_link_kind_loads() {
    let site = TestSite::fixture("site");
    site.write(
        "content/guides/gamma/pl.md",
        &format!(
            "+++\n{GOOD_FRONT}+++\n\n## Kontakt\n\n[a](guide:alpha) [b](#kontakt) [c](https://www.gov.pl) [d](http://example.org) [e](tel:112) [f](<tel:+48 22 490-20-44>) [g](mailto:info@example.org) <info@example.org>\n"
        ),
    );
    let loaded = site.load().unwrap();
    assert!(loaded.warnings.is_empty(), "{}", loaded.warnings);
}

/// One rule per kind of value, wherever it is written (code review 2026-12, §3.3): `a@b` used to
/// pass in the accessibility statement and fail in a service file, and a phone number with
/// parentheses passed in a service but not as a guide's `tel:` link.
#[test]
fn e_mail_and_phone_follow_one_rule_in_every_file() {
    let site = TestSite::fixture("site");
    let statement = site.read("content/accessibility.toml");
    site.write(
        "content/accessibility.toml",
        &statement
            .replace("dostepnosc@portal.example", "a@b")
            .replace("+48 58 000 00 00", "+48 (58) 000 00 00"),
    );
    let r = site.errors();
    assert!(
        r.contains("content/accessibility.toml:10:9: error: `a@b` is not an e-mail address"),
        "{r}"
    );
    assert!(!r.contains("accessibility.toml:11"), "{r}");

    let r = body_errors("\n[a](<tel:+48 (58) 000 00 00>) [b](mailto:a@b)\n");
    assert!(!r.contains("tel:"), "{r}");
    assert!(
        r.contains("content/guides/bad/pl.md:9:31: error: link `mailto:a@b` has no e-mail address"),
        "{r}"
    );
}

// A link out of the site is never read nor published (`static/passwd.txt -> /etc/passwd` once was
// served), a dangling one is named, and a guide file linked out is refused before it is read.
#[cfg(unix)]
#[test]
fn symbolic_links_out_of_the_site_are_errors() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("passwd"), "root:x:0:0").unwrap();
    let site = TestSite::fixture("site");
    let root = site.path();
    symlink(
        outside.path().join("passwd"),
        root.join("static/passwd.txt"),
    )
    .unwrap();
    symlink(outside.path(), root.join("static/etc")).unwrap();
    symlink("nothing", root.join("static/gone.css")).unwrap();
    symlink(
        outside.path().join("passwd"),
        root.join("content/guides/gamma/en.md"),
    )
    .unwrap();
    assert_snapshot!(site.errors(), @r"
        content/guides/gamma/en.md: error: a symbolic link that leads outside the site folder: it is not read: copy the file into the site instead
        static/etc: error: a symbolic link that leads outside the site folder: it is not read: copy the file into the site instead
        static/gone.css: error: a symbolic link to nothing (its target does not exist): remove it or fix its target
        static/passwd.txt: error: a symbolic link that leads outside the site folder: it is not read: copy the file into the site instead
        ");
}

// A file or field over its `[limits]` is an error naming the size, the limit and the key to
// raise: a 10 MB title once passed and broke the home page; a huge guide took minutes to load.
#[test]
fn files_and_fields_over_their_limits() {
    let site = TestSite::fixture("site");
    site.append("portal.toml", "[limits]\nguide_file_bytes = 3000\ntitle_chars = 25\nsummary_chars = 60\nstatic_file_bytes = 20000\n");
    site.write("static/big.txt", &"x".repeat(20_001));
    site.write(
        "content/guides/gamma/en.md",
        &format!(
            "+++\ntitle = \"{}\"\nsummary = \"{}\"\nupdated = 2026-01-01\n+++\n\nBody\n",
            "T".repeat(26),
            "S".repeat(61)
        ),
    );
    assert_snapshot!(site.errors(), @r"
        content/guides/gamma/en.md:2:9: error: `title` is 26 characters, the limit is 25: shorten it, or raise `title_chars` under [limits] in portal.toml
        content/guides/gamma/en.md:3:11: error: `summary` is 61 characters, the limit is 60: shorten it, or raise `summary_chars` under [limits] in portal.toml
        content/guides/long-guide/pl.md:1: error: the file is 3271 bytes, the limit is 3000: split it, or raise `guide_file_bytes` under [limits] in portal.toml
        static/big.txt:1: error: the file is 20001 bytes, the limit is 20000: split it, or raise `static_file_bytes` under [limits] in portal.toml
        ");
}

#[test]
fn limits_must_be_positive() {
    let r = config_errors(|c| format!("{c}\n[limits]\ntitle_chars = 0\nguide_file_bytes = -1\n"));
    assert_snapshot!(r, @r"
        portal.toml:34:15: error: `limits.title_chars` is 0, not a positive whole number: set a number above 0, or remove the line for the default (300)
        portal.toml:35:20: error: `limits.guide_file_bytes` is -1, not a positive whole number: set a number above 0, or remove the line for the default (1000000)
        ");
}
