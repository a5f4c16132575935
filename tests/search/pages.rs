//! The search page without JavaScript, the JSON API, zero-result help, and queries that must not
//! break anything.

use crate::common::{TestApp, TestSite};

fn app() -> TestApp {
    TestApp::new(TestSite::bundled())
}

#[tokio::test]
async fn the_search_page_works_without_javascript() {
    let app = app();
    let r = app.get("/pl/search?q=zasi%C5%82ku").await;
    r.assert_status(200)
        .assert_contains(
            "<form class=\"search-big\" role=\"search\" action=\"/pl/search\" method=\"get\">",
        )
        .assert_contains("value=\"zasiłku\"")
        .assert_contains("<ol class=\"results\">")
        .assert_contains("href=\"/pl/guides/social-help#")
        .assert_contains("<mark>");
    // Every page carries the search form in its header.
    app.get("/uk/guides/pesel")
        .await
        .assert_contains("action=\"/uk/search\"");
}

#[tokio::test]
async fn the_api_returns_json() {
    let app = app();
    let r = app.get("/api/search?q=karta+pobytu&lang=uk&limit=2").await;
    let v = r.assert_status(200).json();
    assert_eq!(v["lang"], "uk");
    assert_eq!(v["query"], "karta pobytu");
    let results = v["results"].as_array().unwrap();
    assert!(!results.is_empty() && results.len() <= 2, "{v}");
    let first = &results[0];
    for key in ["kind", "id", "title", "url", "lang", "snippet"] {
        assert!(first.get(key).is_some(), "result has `{key}`: {first}");
    }
    assert!(
        first["url"].as_str().unwrap().starts_with("/uk/"),
        "{first}"
    );
    // Unknown language and limit: defaults, not errors.
    app.get("/api/search?q=pesel&lang=xx&limit=zzz")
        .await
        .assert_status(200)
        .assert_contains("\"lang\":\"pl\"");
    let s = app.get("/api/suggest?q=pes&lang=pl").await;
    s.assert_status(200).assert_contains("PESEL");
}

#[tokio::test]
async fn other_languages_follow_when_the_readers_has_few() {
    let app = app();
    // The bank-account guide is not in Georgian yet; a query for BLIK finds it in other languages,
    // marked, following Georgian's fallback chain: English first, then Polish. (Before the
    // Georgian translations of December 2026 this test searched the social-help guide.)
    let r = app.get("/ka/search?q=BLIK").await;
    r.assert_status(200)
        .assert_contains("id=\"other-languages\"")
        .assert_contains("<bdi lang=\"en\">English</bdi>");
    let html = r.text();
    let others = &html[html.find("id=\"other-languages\"").unwrap()..];
    let first_en = others.find("lang=\"en\"").unwrap();
    if let Some(first_pl) = others.find("<bdi lang=\"pl\">") {
        assert!(
            first_en < first_pl,
            "English hits come before Polish ones for a Georgian reader"
        );
    }
    // The same guide is listed once, in the language the chain prefers.
    assert_eq!(
        others.matches("/en/guides/bank-account").count(),
        1,
        "{others}"
    );
    assert!(!others.contains("/pl/guides/bank-account"), "{others}");
}

#[tokio::test]
async fn no_results_suggests_a_spelling_and_topics_and_is_counted() {
    let app = app();
    let r = app.get("/pl/search?q=qwxz+vvbnm").await;
    r.assert_status(200)
        .assert_contains("id=\"browse-topics\"")
        .assert_contains("href=\"/pl/topics/documents\"");
    app.get("/pl/search?q=Qwxz++VVBNM").await.assert_status(200);
    let gaps = app.state.store().search_gaps(Some("pl"), 10).unwrap();
    assert!(
        gaps.iter().any(|g| g.query == "qwxz vvbnm" && g.count == 2),
        "{gaps:?}"
    );
    // A short misspelling (too short for typo tolerance) finds nothing and gets a "did you mean".
    let v = app.get_json("/api/search?q=mps&lang=pl").await;
    assert_eq!(v["total"], 0, "{v}");
    // "mos" (the MOS system) and "mops" are both one letter away; the more frequent word wins.
    let suggestion = v["suggestion"].as_str().expect("a suggestion");
    assert!(["mos", "mops"].contains(&suggestion), "{v}");
    app.get("/pl/search?q=mps")
        .await
        .assert_contains("class=\"suggestion\"")
        .assert_contains(&format!("href=\"/pl/search?q={suggestion}\""));
}

#[tokio::test]
async fn facets_and_pages_narrow_the_results() {
    let app = app();
    let r = app.get("/pl/search?q=pomoc").await;
    r.assert_status(200)
        .assert_contains("class=\"facets\"")
        .assert_contains("&amp;topic=");
    let narrowed = app.get("/pl/search?q=pomoc&topic=legal-aid").await;
    narrowed
        .assert_status(200)
        .assert_contains("href=\"/pl/guides/legal-aid");
    // Paging past the end is an empty page, not an error.
    app.get("/pl/search?q=pomoc&page=999")
        .await
        .assert_status(200);
    app.get("/pl/search?q=pomoc&page=-1&topic=%ff")
        .await
        .assert_status(200);
}

#[tokio::test]
async fn bad_queries_give_a_normal_page() {
    let app = app();
    let long = "a".repeat(10 * 1024);
    for q in [
        String::new(),
        long,
        "\"karta pobytu".to_string(),
        "title:x OR".to_string(),
        "\u{0}\u{1}\u{1b}\u{7f}".to_string(),
        "(((AND NOT".to_string(),
        "*?~^2".to_string(),
        "\u{202e}😀".to_string(),
    ] {
        let q: String = form_urlencoded::byte_serialize(q.as_bytes()).collect();
        app.get(&format!("/pl/search?q={q}"))
            .await
            .assert_status(200);
        app.get(&format!("/api/search?lang=uk&q={q}"))
            .await
            .assert_status(200);
        app.get(&format!("/api/suggest?lang=ar&q={q}"))
            .await
            .assert_status(200);
    }
    app.get("/pl/search")
        .await
        .assert_status(200)
        .assert_contains("id=\"browse-topics\"");
    app.get("/pl/search?q=%").await.assert_status(200);
}
