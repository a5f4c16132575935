//! Language choice, the switcher, plurals, and adding a language without code.

use crate::common::TestSite;

#[tokio::test]
async fn accept_language_picks_the_language_and_varies() {
    let app = TestSite::fixture("site").app();
    let r = app
        .request("/", &[("accept-language", "uk-UA,uk;q=0.9")])
        .await;
    r.assert_redirect("/uk/");
    let vary = r.vary().to_ascii_lowercase();
    assert!(
        vary.contains("accept-language") && vary.contains("cookie"),
        "{vary}"
    );
    app.request("/", &[("accept-language", "xx")])
        .await
        .assert_redirect("/pl/");
    app.request("/", &[]).await.assert_redirect("/pl/");
    app.request("/", &[("accept-language", "de-DE, ar;q=0.7, en;q=0.5")])
        .await
        .assert_redirect("/ar/");
    // Garbage is not an error, only no preference.
    app.request("/", &[("accept-language", ";;q=ü,,,*")])
        .await
        .assert_redirect("/pl/");
}

#[tokio::test]
async fn the_cookie_wins_over_the_header_and_bad_cookies_are_ignored() {
    let app = TestSite::fixture("site").app();
    app.request(
        "/",
        &[("accept-language", "uk"), ("cookie", "x=1; lang=en")],
    )
    .await
    .assert_redirect("/en/");
    app.request("/", &[("accept-language", "uk"), ("cookie", "lang=zz")])
        .await
        .assert_redirect("/uk/");
    app.request("/", &[("accept-language", "uk"), ("cookie", "%%%;;==")])
        .await
        .assert_redirect("/uk/");
}

#[tokio::test]
async fn switcher_lists_every_language_by_its_own_name_and_keeps_the_page() {
    let app = TestSite::fixture("site").app();
    let r = app.get("/uk/guides/alpha").await;
    r.assert_status(200);
    for (code, name) in [
        ("pl", "Polski"),
        ("en", "English"),
        ("uk", "Українська"),
        ("ar", "العربية"),
    ] {
        r.assert_contains(&format!(
            "href=\"/set-lang/{code}?next=guides/alpha\" lang=\"{code}\""
        ));
        r.assert_contains(&format!(">{name}</a>"));
    }
    r.assert_contains("lang=\"ar\" dir=\"rtl\"");
    r.assert_contains("aria-current=\"true\">Українська</a>");
}

#[tokio::test]
async fn choosing_a_language_sets_the_cookie_and_stays_on_the_page() {
    let app = TestSite::fixture("site").app();
    let r = app.get("/set-lang/ar?next=guides/alpha").await;
    r.assert_redirect("/ar/guides/alpha");
    let cookie = r.header("set-cookie").unwrap();
    assert!(
        cookie.starts_with("lang=ar;") && cookie.contains("Path=/"),
        "{cookie}"
    );
    // The next visit to / follows the choice.
    app.request("/", &[("cookie", "lang=ar"), ("accept-language", "pl")])
        .await
        .assert_redirect("/ar/");
    // Never an open redirect.
    app.get("/set-lang/en?next=//evil.example")
        .await
        .assert_redirect("/en/");
    app.get("/set-lang/en?next=https://evil.example")
        .await
        .assert_redirect("/en/");
    app.get("/set-lang/xx").await.assert_status(404);
}

#[tokio::test]
async fn unknown_language_prefix_is_a_404_listing_the_languages() {
    let app = TestSite::fixture("site").app();
    for path in ["/xx/", "/xx/guides/alpha", "/de/topics/work", "/zz"] {
        let r = app.get(path).await;
        r.assert_status(404);
        for name in ["Polski", "English", "Українська", "العربية"] {
            r.assert_contains(name);
        }
        r.assert_contains("href=\"/uk/\"");
    }
}

#[tokio::test]
async fn error_pages_speak_the_readers_language() {
    let app = TestSite::fixture("site").app();
    app.get("/uk/guides/no-such-guide")
        .await
        .assert_status(404)
        .assert_contains("<html lang=\"uk\" dir=\"ltr\">");
    app.get("/ar/nothing/here")
        .await
        .assert_status(404)
        .assert_contains("<html lang=\"ar\" dir=\"rtl\">");
    app.request("/nothing", &[("accept-language", "en")])
        .await
        .assert_status(404)
        .assert_contains("Page not found");
}

#[test]
fn plurals_follow_each_languages_rules() {
    // The bundled site: it has all seven languages.
    let site = TestSite::bundled();
    let l = &site.locales;
    let pl: Vec<String> = [1, 2, 5, 22, 12, 0]
        .iter()
        .map(|n| l.count("pl", "services-count", *n))
        .collect();
    assert_eq!(
        pl,
        [
            "1 usługa",
            "2 usługi",
            "5 usług",
            "22 usługi",
            "12 usług",
            "0 usług"
        ]
    );
    let uk: Vec<String> = [1, 3, 11, 21]
        .iter()
        .map(|n| l.count("uk", "services-count", *n))
        .collect();
    assert_eq!(uk, ["1 послуга", "3 послуги", "11 послуг", "21 послуга"]);
    let ru: Vec<String> = [1, 4, 5, 101]
        .iter()
        .map(|n| l.count("ru", "services-count", *n))
        .collect();
    assert_eq!(ru, ["1 услуга", "4 услуги", "5 услуг", "101 услуга"]);
    // Arabic has six forms; 0, 1, 2, 3-10, 11-99 and 100 each pick their own.
    let ar: Vec<String> = [0, 1, 2, 3, 11, 100]
        .iter()
        .map(|n| l.count("ar", "services-count", *n))
        .collect();
    let distinct: std::collections::HashSet<&String> = ar.iter().collect();
    assert_eq!(distinct.len(), 6, "{ar:?}");
    assert_eq!(l.count("en", "guides-count", 1), "1 guide");
    assert_eq!(l.count("en", "guides-count", 2), "2 guides");
}

#[tokio::test]
async fn topic_pages_count_with_plurals() {
    let app = TestSite::fixture("site").app();
    // `documents` has alpha and long-guide: 2 in Polish is "przewodniki".
    app.get("/pl/topics/documents")
        .await
        .assert_status(200)
        .assert_contains("2 przewodniki");
    app.get("/en/topics/health")
        .await
        .assert_contains("1 guide<");
    app.get("/pl/topics/no-such-topic").await.assert_status(404);
}

#[tokio::test]
async fn dates_are_written_in_the_readers_language() {
    let app = TestSite::fixture("site").app();
    app.get("/pl/guides/alpha")
        .await
        .assert_contains("5 marca 2026")
        .assert_contains("2 listopada 2026");
    app.get("/en/guides/alpha")
        .await
        .assert_contains("5 March 2026");
    app.get("/uk/guides/alpha")
        .await
        .assert_contains("5 березня 2026");
}

/// Adding a language is adding files: a `[[languages]]` entry and a locales folder, no code.
#[tokio::test]
async fn a_new_language_needs_only_files() {
    let site = TestSite::fixture("site");
    let config = site.read("portal.toml");
    site.write(
        "portal.toml",
        &config.replace("[[topics]]\nid = \"documents\"", "[[languages]]\ncode = \"de\"\nname = \"Deutsch\"\nfallback = [\"en\"]\n\n[[topics]]\nid = \"documents\""),
    );
    let en = site.read("locales/en/portal.ftl");
    site.write(
        "locales/de/portal.ftl",
        &en.replace(
            "skip-to-content = Skip to content",
            "skip-to-content = Zum Inhalt springen",
        )
        .replace(
            "home-title = Information for people arriving in Pomerania",
            "home-title = Informationen für Neuankömmlinge in Pommern",
        ),
    );
    site.write(
        "content/guides/gamma/de.md",
        "+++\ntitle = \"Gamma auf Deutsch\"\nsummary = \"Testleitfaden.\"\nupdated = 2026-07-15\n+++\n\n## Einzige Version\n\nText.\n",
    );
    let app = site.app();
    app.request("/", &[("accept-language", "de-AT,de;q=0.9")])
        .await
        .assert_redirect("/de/");
    app.get("/de/")
        .await
        .assert_status(200)
        .assert_contains("<html lang=\"de\" dir=\"ltr\">")
        .assert_contains("Zum Inhalt springen")
        .assert_contains("Informationen für Neuankömmlinge");
    app.get("/de/guides/gamma")
        .await
        .assert_contains("Gamma auf Deutsch");
    // A guide missing in German falls back to English, as configured.
    app.get("/de/guides/alpha")
        .await
        .assert_contains("Alpha in English");
    app.get("/pl/").await.assert_contains(">Deutsch</a>");
}

#[tokio::test]
async fn the_switcher_keeps_a_search_and_negotiated_404s_vary() {
    let app = TestSite::fixture("site").app();
    let r = app.get("/uk/search?q=karta+pobytu&topic=work").await;
    r.assert_contains("href=\"/set-lang/pl?next=search%3Fq%3Dkarta%2Bpobytu%26topic%3Dwork\"");
    app.get("/set-lang/pl?next=search%3Fq%3Dkarta%2Bpobytu%26topic%3Dwork")
        .await
        .assert_redirect("/pl/search?q=karta+pobytu&topic=work");
    // Canonical links never carry the query.
    r.assert_contains("<link rel=\"canonical\" href=\"https://portal.example/uk/search\">");
    for path in [
        "/nothing/here",
        "/g/no-such-guide",
        "/g/%FF",
        "/xx/guides/alpha",
    ] {
        let r = app.request(path, &[("accept-language", "en")]).await;
        r.assert_status(404).assert_contains("<html lang=\"en\"");
        assert!(r.vary().contains("Accept-Language"), "{path}: {}", r.vary());
    }
}
