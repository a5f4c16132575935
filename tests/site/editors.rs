//! The editors' tools of issue 9: what `check` finds in Fluent files and templates (with line and
//! column), dates a year old, unfinished translations, pages that fail when rendered, and the
//! machine-readable reports of `check`, `status` and `translate`.

use std::collections::HashMap;

use insta::{assert_json_snapshot, assert_snapshot};
use time::macros::date;
use witaj::Site;
use witaj::check::Options;
use witaj::diagnostics::{Diagnostics, Severity};

use crate::common::TestSite;

/// The fixture loaded for publishing as of `today`.
fn load_on(site: &TestSite, today: time::Date) -> Result<Site, Diagnostics> {
    Site::load_with(
        site.path(),
        Options {
            today,
            unfinished: Severity::Error,
        },
    )
}

/// The report (errors and warnings) of the fixture as of the day the tests were written.
#[track_caller]
fn report(site: &TestSite) -> String {
    let loaded = load_on(site, date!(2026 - 12 - 02));
    let diags = match &loaded {
        Ok(s) => &s.warnings,
        Err(d) => d,
    };
    crate::common::assert_every_hint(diags);
    diags.to_string()
}

#[test]
fn fluent_syntax_errors_have_line_and_column() {
    let site = TestSite::fixture("site");
    site.write("locales/uk/zz.ftl", "zz-ok = так\nzz-bad = { $count\n");
    assert_snapshot!(report(&site), @r#"
        locales/uk/zz.ftl:1:1: warning: `zz-ok` is not in the pl source, so no page shows it: remove it, or rename it to the id the pl files use now
        locales/uk/zz.ftl:2:18: error: Fluent syntax: Expected a token starting with "}": write a message as `id = text`; a line that continues it starts with spaces (https://projectfluent.org/fluent/guide/)
        "#);
}

// Issue 9: a message a translation lacks is reported in the file that should have it, after the
// message that comes before it in the source, with the source's line to translate; a translation
// file missing whole is one warning, not one per message.
#[test]
fn missing_messages_are_reported_one_by_one_and_a_missing_file_once() {
    let site = TestSite::fixture("site");
    site.write(
        "locales/pl/zz.ftl",
        "zz-one = Jeden\nzz-two = Dwa\nzz-three = Trzy\n",
    );
    site.write("locales/en/zz.ftl", "zz-one = One\nzz-three = Three\n");
    site.write("locales/uk/zz.ftl", "# Ukrainian\n\nzz-two = Два\n");
    assert_snapshot!(report(&site), @r"
        locales/ar/zz.ftl: warning: the file is missing: its 3 message(s) of locales/pl/zz.ftl are shown to `ar` readers in a fallback language: copy locales/pl/zz.ftl to locales/ar/zz.ftl and translate it
        locales/en/zz.ftl:1:1: warning: `zz-two` is not translated into `en` yet: readers see it in a fallback language: add `zz-two = ...` after `zz-one`, translating locales/pl/zz.ftl:2
        locales/uk/zz.ftl: warning: `zz-one` is not translated into `uk` yet: readers see it in a fallback language: add `zz-one = ...` to this file, translating locales/pl/zz.ftl:1
        locales/uk/zz.ftl:3:1: warning: `zz-three` is not translated into `uk` yet: readers see it in a fallback language: add `zz-three = ...` after `zz-two`, translating locales/pl/zz.ftl:3
        ");
}

#[test]
fn variables_that_differ_from_the_source() {
    let site = TestSite::fixture("site");
    site.write("locales/pl/zz.ftl", "zz-hello = Cześć, { $name }!\n");
    site.write("locales/en/zz.ftl", "zz-hello = Hello!\n");
    site.write("locales/uk/zz.ftl", "\nzz-hello = Привіт, { $user }!\n");
    site.write("locales/ar/zz.ftl", "zz-hello = مرحبا { $name }\n");
    assert_snapshot!(report(&site), @r"
        locales/en/zz.ftl:1:1: warning: `zz-hello` does not show `$name`, which the pl message shows: add `{ $name }` where it belongs in the sentence
        locales/uk/zz.ftl:2:1: error: `zz-hello` uses `$user`, which the pl message does not have: visitors would read `{$user}`: use only `$name` (as in locales/pl/zz.ftl:1)
        locales/uk/zz.ftl:2:1: warning: `zz-hello` does not show `$name`, which the pl message shows: add `{ $name }` where it belongs in the sentence
        ");
}

#[test]
fn plural_forms_a_language_needs() {
    let site = TestSite::fixture("site");
    let polish = "zz-n = { $count ->\n    [one] { $count } rzecz\n    [few] { $count } rzeczy\n   *[other] { $count } rzeczy\n}\n";
    site.write("locales/pl/zz.ftl", polish);
    site.write(
        "locales/en/zz.ftl",
        "zz-n = { $count ->\n    [one] one thing\n   *[other] { $count } things\n}\n",
    );
    site.write(
        "locales/uk/zz.ftl",
        "zz-n = { $count ->\n   *[one] { $count } річ\n}\n",
    );
    site.write(
        "locales/ar/zz.ftl",
        "zz-n = { $count ->\n    [0] لا شيء\n   *[other] { $count }\n}\n",
    );
    assert_snapshot!(report(&site), @r"
        locales/pl/zz.ftl:1:1: warning: `zz-n` chooses by a number but has no variant for the `pl` plural form(s) many: those numbers get the default variant: add `[many] ...` (`pl` uses one, few, many)
        locales/uk/zz.ftl:1:1: warning: `zz-n` chooses by a number but has no variant for the `uk` plural form(s) few, many: those numbers get the default variant: add `[few] ...`, `[many] ...` (`uk` uses one, few, many)
        ");
}

#[test]
fn templates_with_unknown_filters_functions_and_variables() {
    let site = TestSite::fixture("site");
    site.write(
        "templates/zz.html",
        "{% extends \"base.html\" %}\n{% block main %}\n<p>{{ page.x|shout }} {{ translate(\"a\") }}</p>\n{% if page is nice %}{{ pgae }}{% endif %}\n{% endblock %}\n",
    );
    assert_snapshot!(report(&site), @r"
        templates/zz.html:3:14: error: unknown filter `shout`: use one of minijinja's built-in filters (https://docs.rs/minijinja/latest/minijinja/filters/) or remove it
        templates/zz.html:3:26: error: unknown function `translate()`: the portal's functions are t, count, date, url and asset (docs/editors.md), besides minijinja's own
        templates/zz.html:4:15: error: unknown test `is nice`: use one of minijinja's built-in tests (https://docs.rs/minijinja/latest/minijinja/tests/)
        templates/zz.html:4:25: error: unknown variable `pgae`: a page gives `page`, `lang`, `dir`, `languages`, `canonical`, `alternates` and `base_url`; set the variable first, or correct its name
        ");
}

// Issue 13 point 5: a template that fails only when it runs is a check error at its line, and
// serve refuses it.
#[test]
fn a_page_that_fails_to_render_is_a_check_error() {
    let site = TestSite::fixture("site");
    let home = site.read("templates/home.html");
    site.write(
        "templates/home.html",
        &home.replacen(
            "{% block main %}",
            "{% block main %}{{ page.no_such_field.x }}",
            1,
        ),
    );
    // Loading alone does not see it: only rendering does.
    load_on(&site, date!(2026 - 12 - 02)).expect("the template compiles");
    let run = site.cli(["check", "--today", "2026-12-02"]);
    run.assert_failure();
    assert_snapshot!(run.stderr, @r"
        templates/home.html:4: error: the page /pl/ fails to render: undefined value: `page.no_such_field` is undefined (in home.html:4): fix the template at this line; every page of this kind in every language fails the same way
        1 error(s), 0 warning(s)
        ");
    let run = site.cli(["serve", "--bind", "127.0.0.1:0"]);
    run.assert_failure();
    assert!(run.stderr.contains("not starting"), "{}", run.stderr);
}

// The probe of 2026-12 (issue 13, finding 6): a template that includes itself passed `check`.
#[test]
fn a_template_that_includes_itself_is_a_check_error() {
    let site = TestSite::fixture("site");
    let list = site.read("templates/guide-list.html");
    site.write(
        "templates/guide-list.html",
        &format!("{list}{{% include \"guide-list.html\" %}}\n"),
    );
    let run = site.cli(["check", "--today", "2026-12-02"]);
    run.assert_failure();
    assert_snapshot!(run.stderr, @r"
        templates/guide-list.html:9: error: the page /pl/ fails to render: invalid operation: recursion limit exceeded (in guide-list.html:9): fix the template at this line; every page of this kind in every language fails the same way
        1 error(s), 0 warning(s)
        ");
}

#[test]
fn the_bundled_templates_render_in_every_language() {
    let site = TestSite::fixture("site");
    let state = witaj::web::AppState::new(site.site());
    let pages = witaj::web::selfcheck::pages(&state.site());
    // Home, topic, guide, services, three searches, municipalities, accessibility and 404 in
    // four languages (the fixture has no service and no municipality of its own to show).
    assert_eq!(pages.len(), 4 * 10, "{pages:#?}");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let diags = runtime.block_on(witaj::web::selfcheck::run(&state));
    assert!(diags.is_empty(), "{diags}");
}

#[test]
fn guides_not_reviewed_for_a_year_are_warned_about() {
    let site = TestSite::fixture("site");
    // alpha was reviewed on 2026-11-02, gamma updated on 2026-07-15 (never reviewed); beta and
    // long-guide changed later in November.
    let loaded = load_on(&site, date!(2027 - 11 - 10)).unwrap();
    assert_snapshot!(loaded.warnings.to_string(), @r"
        content/accessibility.toml: warning: the statement was last reviewed before 2027-03-31: review it and update `reviewed`
        content/guides/alpha/pl.md:6:12: warning: not reviewed for more than a year (last on 2026-11-02): check the guide against its sources, then set `reviewed = 2027-11-10`
        content/guides/gamma/pl.md:5:11: warning: not reviewed for more than a year (last on 2026-07-15): check the guide against its sources, then set `reviewed = 2027-11-10`
        ");
    let loaded = load_on(&site, date!(2026 - 12 - 02)).unwrap();
    assert!(loaded.warnings.is_empty(), "{}", loaded.warnings);
}

#[test]
fn services_not_verified_for_a_year_are_warned_about() {
    let site = TestSite::fixture("directory-site");
    let text = site.read("content/directory/no-hours.toml");
    site.write(
        "content/directory/no-hours.toml",
        &text.replace("verified = 2026-11-20", "verified = 2025-10-01"),
    );
    let loaded = load_on(&site, date!(2026 - 12 - 02)).unwrap();
    assert_snapshot!(loaded.warnings.to_string(), @"content/directory/no-hours.toml:5:12: warning: not verified for more than a year (last on 2025-10-01): check every fact against `source`, then set `verified = 2026-12-02`");
}

#[test]
fn check_as_json() {
    let site = TestSite::fixture("site");
    site.write("content/guides/bad/pl.md", "+++\ntitle = \"T\"\nsummary = \"S\"\ntopics = [\"nope\"]\nupdated = 2026-01-01\nsources = [\"https://x.pl\"]\n+++\n\nBody\n");
    let run = site.cli(["check", "--format", "json", "--today", "2026-12-02"]);
    run.assert_failure();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_json_snapshot!(json, @r#"
        [
          {
            "column": null,
            "hint": "use one of documents, work, health",
            "line": 4,
            "message": "unknown topic `nope`",
            "path": "content/guides/bad/pl.md",
            "severity": "error"
          }
        ]
        "#);
    // A clean site is an empty array, and exit code 0.
    site.remove("content/guides/bad");
    let run = site.cli(["check", "--format", "json", "--today", "2026-12-02"]);
    run.assert_success();
    assert_eq!(run.stdout.trim(), "[]");
}

#[test]
fn status_as_text_and_json() {
    let site = TestSite::fixture("site");
    let run = site.cli(["status", "--today", "2026-12-02"]);
    run.assert_success();
    assert_snapshot!(run.stdout, @r"
        guide       pl              en              uk              ar
        alpha       source          current         current         current
        beta        source          current         outdated 12d    missing
        gamma       source          missing         missing         missing
        long-guide  source          missing         missing         missing

        pl: 4 current, 0 outdated, 0 missing; 100% of guides, 100% of words
        en: 2 current, 0 outdated, 2 missing; 50% of guides, 6% of words
        uk: 1 current, 1 outdated, 2 missing; 25% of guides, 3% of words
        ar: 1 current, 0 outdated, 3 missing; 25% of guides, 3% of words
        ");
    let run = site.cli(["status", "--today", "2026-12-02", "--format", "json"]);
    run.assert_success();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_json_snapshot!(json["languages"], @r#"
        [
          {
            "current": 4,
            "guides_percent": 100,
            "lang": "pl",
            "missing": 0,
            "outdated": 0,
            "words_percent": 100
          },
          {
            "current": 2,
            "guides_percent": 50,
            "lang": "en",
            "missing": 2,
            "outdated": 0,
            "words_percent": 6
          },
          {
            "current": 1,
            "guides_percent": 25,
            "lang": "uk",
            "missing": 2,
            "outdated": 1,
            "words_percent": 3
          },
          {
            "current": 1,
            "guides_percent": 25,
            "lang": "ar",
            "missing": 3,
            "outdated": 0,
            "words_percent": 3
          }
        ]
        "#);
    assert_json_snapshot!(json["guides"][1], @r#"
        {
          "cells": [
            {
              "lang": "pl",
              "status": "source"
            },
            {
              "lang": "en",
              "status": "current"
            },
            {
              "days_outdated": 12,
              "lang": "uk",
              "status": "outdated"
            },
            {
              "lang": "ar",
              "status": "missing"
            }
          ],
          "priority": 0,
          "slug": "beta",
          "words": 12
        }
        "#);
}

#[test]
fn one_translators_work_in_order() {
    let site = TestSite::fixture("site");
    // gamma is more important than the others.
    let gamma = site.read("content/guides/gamma/pl.md");
    site.write(
        "content/guides/gamma/pl.md",
        &gamma.replacen("+++\n", "+++\npriority = 5\n", 1),
    );
    let run = site.cli(["status", "--lang", "uk", "--today", "2026-12-02"]);
    run.assert_success();
    assert_snapshot!(run.stdout, @r"
        gamma                    missing                                       6 words  witaj translate gamma uk
        long-guide               missing                                     400 words  witaj translate long-guide uk
        beta                     outdated, source changed 12 days ago         12 words  content/guides/beta/uk.md
        ");
    let run = site.cli([
        "status",
        "--lang",
        "uk",
        "--today",
        "2026-12-02",
        "--format",
        "json",
    ]);
    run.assert_success();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_json_snapshot!(json, @r#"
        [
          {
            "demand": 0,
            "next": "witaj translate gamma uk",
            "priority": 5,
            "slug": "gamma",
            "status": "missing",
            "topic_order": 2,
            "words": 6
          },
          {
            "demand": 0,
            "next": "witaj translate long-guide uk",
            "priority": 0,
            "slug": "long-guide",
            "status": "missing",
            "topic_order": 0,
            "words": 400
          },
          {
            "days_outdated": 12,
            "demand": 0,
            "next": "content/guides/beta/uk.md",
            "priority": 0,
            "slug": "beta",
            "status": "outdated",
            "topic_order": 1,
            "words": 12
          }
        ]
        "#);
    // Readers' demand comes before priority.
    let loaded = site.site();
    let demand = HashMap::from([("long-guide".to_string(), 7)]);
    let work = witaj::status::work(&loaded, "uk", date!(2026 - 12 - 02), Some(&demand));
    let order: Vec<&str> = work.iter().map(|w| w.slug.as_str()).collect();
    assert_eq!(order, ["long-guide", "gamma", "beta"]);
    let run = site.cli(["status", "--lang", "xx"]);
    run.assert_failure();
    assert_snapshot!(run.stderr, @"witaj: `xx` is not a language of this portal (they are: pl, en, uk, ar)");
}

#[test]
fn translate_writes_a_marked_draft_and_refuses_to_overwrite() {
    let site = TestSite::fixture("site");
    let run = site.cli(["translate", "gamma", "uk"]);
    run.assert_success();
    let draft = site.read("content/guides/gamma/uk.md");
    // Today's date is the only thing that changes from run to run.
    let today = time::OffsetDateTime::now_utc().date().to_string();
    assert_snapshot!(draft.replace(&today, "[today]"), @r#"
        +++
        title = "TRANSLATE: Gamma tylko po polsku"
        summary = "TRANSLATE: Przewodnik testowy, który istnieje tylko po polsku."
        topics = ["health"]
        updated = [today]
        sources = ["https://pacjent.gov.pl"]
        source_hash = "fee679710449221d"
        +++

        ## Jedyna wersja

        Ten przewodnik nie ma jeszcze tłumaczeń.
        "#);
    // The draft cannot be published...
    let run = site.cli(["check", "--today", "2026-12-02"]);
    run.assert_failure();
    assert_snapshot!(run.stderr, @r"
        content/guides/gamma/uk.md:2:10: error: `title` is not translated yet: replace the value with its translation, without `TRANSLATE: `
        content/guides/gamma/uk.md:3:12: error: `summary` is not translated yet: replace the value with its translation, without `TRANSLATE: `
        content/guides/gamma/uk.md:9:1: error: the text is still the pl original: translate the text below the front matter
        3 error(s), 0 warning(s)
        ");
    // ...but status still works, and counts it as current.
    let run = site.cli(["status", "--lang", "uk", "--today", "2026-12-02"]);
    run.assert_success();
    assert!(!run.stdout.contains("gamma"), "{}", run.stdout);
    // Never overwritten; unknown guides and languages are named.
    let run = site.cli(["translate", "gamma", "uk"]);
    run.assert_failure();
    assert_eq!(site.read("content/guides/gamma/uk.md"), draft);
    let mut errors = run.stderr;
    for args in [
        ["nowhere", "uk"],
        ["gamma", "xx"],
        ["gamma", "pl"],
        ["../x", "uk"],
    ] {
        let run = site.cli(["translate", args[0], args[1]]);
        run.assert_failure();
        errors.push_str(&run.stderr);
    }
    assert_snapshot!(errors, @r"
        witaj: content/guides/gamma/uk.md already exists: edit it, or delete it first to start again
        witaj: there is no guide `nowhere`: content/guides/nowhere/pl.md does not exist (see `witaj status` for the guides)
        witaj: `xx` is not a language of this portal (they are: pl, en, uk, ar)
        witaj: `pl` is the source language: guides are written in it, not translated into it
        witaj: there is no guide `../x`: content/guides/../x/pl.md does not exist (see `witaj status` for the guides)
        ");
}

#[test]
fn translate_works_for_a_language_without_translations() {
    let site = TestSite::fixture("site");
    let config = site.read("portal.toml");
    assert!(!config.contains("code = \"ka\""));
    site.write(
        "portal.toml",
        &format!("{config}\n[[languages]]\ncode = \"ka\"\nname = \"ქართული\"\ndir = \"ltr\"\nfallback = [\"en\"]\n"),
    );
    let run = site.cli(["translate", "alpha", "ka"]);
    run.assert_success();
    assert!(
        site.read("content/guides/alpha/ka.md")
            .contains("TRANSLATE: ")
    );
}

/// Issue 11 point 2: what readers asked for with "I need this in my language" comes first in a
/// translator's list, before `priority` and the topic order, and the list says how often.
#[test]
fn status_for_one_language_puts_readers_demand_first() {
    let site = TestSite::fixture("site");
    let store = witaj::state::Store::open(&site.path().join("state/witaj.sqlite3")).unwrap();
    let day = time::Date::from_calendar_date(2026, time::Month::December, 1).unwrap();
    store.record_demand("long-guide", "uk", day).unwrap();
    store.record_demand("long-guide", "uk", day).unwrap();
    store.record_demand("gamma", "en", day).unwrap();
    drop(store);
    let run = site.cli(["status", "--lang", "uk", "--today", "2026-12-02"]);
    run.assert_success();
    let first = run.stdout.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("long-guide") && first.ends_with("asked for 2 time(s)"),
        "{}",
        run.stdout
    );
    // Demand in another language does not count for this one.
    assert!(!run.stdout.contains("asked for 1"), "{}", run.stdout);
}
