//! The accessibility statement: the ministry template's element ids, the operator's parts from
//! content, and its checks.

use insta::assert_snapshot;

use crate::common::TestSite;

/// The ids the ministry's template prescribes; monitoring tools look for them.
const TEMPLATE_IDS: &[&str] = &[
    "a11y-deklaracja",
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-zakres",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-data-sporzadzenie",
    "a11y-data-przeglad",
    "a11y-ocena",
    "a11y-kontakt",
    "a11y-osoba",
    "a11y-email",
    "a11y-telefon",
    "a11y-procedura",
    "a11y-architektura",
    "a11y-komunikacja",
    "a11y-aplikacje",
];

#[tokio::test]
async fn the_statement_follows_the_template_in_every_language() {
    let app = TestSite::fixture("site").app();
    for lang in ["pl", "en", "uk", "ar"] {
        let r = app.get(&format!("/{lang}/accessibility")).await;
        r.assert_status(200);
        let html = r.text();
        for id in TEMPLATE_IDS {
            assert_eq!(
                html.matches(&format!("id=\"{id}\"")).count(),
                1,
                "{id} once in /{lang}/accessibility"
            );
        }
        r.assert_contains("<span id=\"a11y-podmiot\">Urząd Testowy</span>")
            .assert_contains(
                "<time id=\"a11y-data-publikacja\" datetime=\"2026-01-15\">2026-01-15</time>",
            )
            .assert_contains("<a id=\"a11y-email\" href=\"mailto:dostepnosc@portal.example\">")
            .assert_contains(
                "<a id=\"a11y-telefon\" href=\"tel:+48580000000\">+48 58 000 00 00</a>",
            );
    }
    // Free text in the reader's language where given, otherwise the fallback, marked as such.
    app.get("/en/accessibility")
        .await
        .assert_contains("No videos in Polish Sign Language yet.")
        .assert_contains("<p lang=\"pl\" dir=\"ltr\">Budynek testowy ma windę.</p>");
    app.get("/pl/accessibility")
        .await
        .assert_not_contains("wiążąca jest wersja polska");
    app.get("/en/accessibility")
        .await
        .assert_contains("the Polish version is binding");
}

#[tokio::test]
async fn every_page_links_to_the_statement() {
    let app = TestSite::fixture("site").app();
    for path in ["/pl/", "/uk/guides/alpha", "/ar/topics/work", "/en/nowhere"] {
        let lang = &path[1..3];
        app.get(path)
            .await
            .assert_contains(&format!("<a href=\"/{lang}/accessibility\">"));
    }
}

#[test]
fn statement_problems_are_reported() {
    let site = TestSite::fixture("site");
    site.remove("content/accessibility.toml");
    assert_snapshot!(site.errors(), @"content/accessibility.toml: error: the accessibility statement is missing: public bodies must publish one (create this file: see the comments in the bundled one)");

    let site = TestSite::fixture("site");
    let s = site.read("content/accessibility.toml");
    site.write(
        "content/accessibility.toml",
        &s.replace(
            "email = \"dostepnosc@portal.example\"",
            "email = \"not an address\"",
        ),
    );
    assert_snapshot!(site.errors(), @"content/accessibility.toml:10:9: error: `not an address` is not an e-mail address: remove the spaces; an address has none");

    site.write("content/accessibility.toml", &s.replace("[issues]\npl = [\"Brak filmów w polskim języku migowym.\"]\nen = [\"No videos in Polish Sign Language yet.\"]\n", ""));
    assert_snapshot!(site.errors(), @r#"content/accessibility.toml: error: a statement that is not `full` lists no inaccessible content: list it in [issues], or set `status = "full"` if everything is accessible"#);

    site.write(
        "content/accessibility.toml",
        &s.replace("pl = \"Budynek testowy ma windę.\"", "en = \"Lift.\""),
    );
    assert_snapshot!(site.errors(), @r#"content/accessibility.toml:18:1: error: [architecture] has no text in the source language `pl`: add `pl = "..."` to it"#);

    site.write(
        "content/accessibility.toml",
        &s.replace("reviewed = 2026-11-01", "reviewed = 2020-01-01")
            .replace("prepared = 2026-01-15", "prepared = 2020-01-01"),
    );
    // The limit moves with today's date, so the date is redacted.
    let warnings = site.site().warnings.to_string();
    let (head, tail) = warnings
        .split_once("reviewed before ")
        .expect("the warning names the limit");
    let redacted = format!(
        "{head}reviewed before [date]{}",
        tail.get(10..).unwrap_or_default()
    );
    assert_snapshot!(redacted, @"content/accessibility.toml: warning: the statement was last reviewed before [date]: review it and update `reviewed`");

    site.write(
        "content/accessibility.toml",
        &s.replace("organization = \"Urząd Testowy\"\n", ""),
    );
    assert_snapshot!(site.site().warnings.to_string(), @r#"content/accessibility.toml: warning: the statement lacks the operator's organization; visitors see "not provided yet": add `organization` and `email` or `phone` at the top of the file"#);
}
