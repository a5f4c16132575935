//! "My municipality" and a guide's local steps (issue 12 points 3 and 5): the inline office with
//! and without a choice, the county fallback, "not known yet", cookie values the portal does not
//! know, the choice's POST and its refusals, the page cache's copy per place, `local:` check
//! errors, the services narrowed to a county, and the search finding a municipality.

use axum::body::Body;
use axum::http::Request;
use tower::ServiceExt;
use witaj::web::{AppState, router};

use crate::common::{TestApp, TestResponse, TestSite, locale_message, repo_root};
use crate::with_places;

/// A guide of the directory fixture with three local steps: legal aid (the county's in Puck),
/// social help (Puck's own) and the civil registry (known nowhere).
const GUIDE: &str = r#"+++
title = "Gdzie iść"
summary = "Przewodnik testowy z krokami lokalnymi."
topics = ["legal-aid"]
updated = 2026-11-20
sources = ["https://np.ms.gov.pl"]
+++

## Kroki

Porada: [punkt w twoim powiecie](local:legal-aid).

Pomoc: [ośrodek pomocy](local:social-help).

Ślub: [urząd stanu cywilnego](local:civil-registry).
"#;

/// A message of `locales/<lang>/local.ftl` (one-line messages).
fn message(lang: &str, id: &str) -> String {
    one_line_message("local.ftl", lang, id)
}

/// A message of `locales/<lang>/refusals.ftl` (one-line messages).
fn refusal(lang: &str, id: &str) -> String {
    one_line_message("refusals.ftl", lang, id)
}

/// A one-line message `id` of the bundled `locales/<lang>/<file>`.
fn one_line_message(file: &str, lang: &str, id: &str) -> String {
    let file = repo_root().join("locales").join(lang).join(file);
    let text = std::fs::read_to_string(&file).unwrap();
    let prefix = format!("{id} = ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no one-line message `{id}` in {}", file.display()))
        .to_string()
}

fn site() -> TestSite {
    let s = with_places();
    s.write("content/guides/local/pl.md", GUIDE);
    // Puck's social help office with two phones, so that the inline office lists both.
    let no_hours = s.read("content/directory/no-hours.toml");
    s.write(
        "content/directory/no-hours.toml",
        &format!("{no_hours}\n[[phones]]\nnumber = \"58 111 22 33\"\n\n[[phones]]\nnumber = \"+48 600 100 200\"\n"),
    );
    s
}

fn cookie(id: &str) -> String {
    format!("lang=uk; municipality={id}")
}

async fn guide_as(app: &TestApp, lang: &str, cookie: Option<&str>) -> TestResponse {
    let path = format!("/{lang}/guides/local");
    match cookie {
        Some(c) => app.request(&path, &[("cookie", c)]).await,
        None => app.get(&path).await,
    }
}

#[tokio::test]
async fn without_a_choice_each_step_links_to_finding_ones_office() {
    let s = site();
    let app = s.app();
    let page = guide_as(&app, "uk", None).await;
    page.assert_status(200)
        .assert_contains(&format!(
            "punkt w twoim powiecie <span class=\"local-office\">(<a href=\"/uk/municipalities\">{}</a>)</span>",
            message("uk", "local-find-office")
        ))
        .assert_not_contains("/uk/services/two-places");
    assert!(
        page.vary().to_lowercase().contains("cookie"),
        "{}",
        page.vary()
    );
}

#[tokio::test]
async fn with_a_choice_the_office_is_inline_with_the_county_fallback_and_unknowns_said() {
    let s = site();
    let app = s.app();
    let page = guide_as(&app, "uk", Some(&cookie("puck"))).await;
    page.assert_status(200)
        // Legal aid is the county's (pucki.toml): the office, marked as the county's, with its
        // address in Puck, its state and a link to its page.
        .assert_contains("<a href=\"/uk/municipalities/puck\"><span lang=\"pl\" dir=\"ltr\">Puck</span></a>: <a href=\"/uk/services/two-places\" lang=\"pl\" dir=\"ltr\">Urząd w dwóch miejscach</a>")
        .assert_contains(&format!("({})", message("uk", "local-county-office")))
        // The location in Puck, not the head office in Gdańsk.
        .assert_contains("<span lang=\"pl\" dir=\"ltr\">ul. Druga 2, Puck</span>")
        // Puck's own social help office.
        .assert_contains("href=\"/uk/services/no-hours\"")
        .assert_contains("<a href=\"tel:581112233\" class=\"phone\">58 111 22 33</a>, <a href=\"tel:+48600100200\" class=\"phone\">+48 600 100 200</a>")
        .assert_contains(&locale_message("uk", "hours-not-known"))
        // The civil registry is known nowhere: said, with the BIP, never a guess.
        .assert_contains(&message("uk", "local-office-unknown"))
        .assert_contains("<a href=\"https://bip.puck.pl\" class=\"external\"")
        .assert_not_contains(&message("uk", "local-find-office"));
    // Gdynia's file has no BIP nor website: the sentence ends without pointing anywhere.
    let unknown = message("uk", "local-office-unknown");
    guide_as(&app, "uk", Some(&cookie("gdynia")))
        .await
        .assert_contains(&format!("{})</span>", unknown.trim_end_matches(';')))
        .assert_not_contains(&message("uk", "local-office-bip"));
    // Gdańsk has legal aid of its own and no county to fall back on.
    guide_as(&app, "pl", Some(&cookie("gdansk")))
        .await
        .assert_contains("href=\"/pl/services/legal-gdansk-uk\"")
        .assert_not_contains(&message("pl", "local-county-office"));
}

#[tokio::test]
async fn an_unknown_or_malformed_cookie_is_no_choice_and_never_fails() {
    let s = site();
    let app = s.app();
    let plain = guide_as(&app, "uk", None).await.text();
    for value in [
        "municipality=warszawa",
        "municipality=",
        "municipality=%3Cscript%3E",
        "municipality=\"puck\"",
        "municipality=../puck",
        "municipality=pucki; municipality=puck",
    ] {
        let long = format!("municipality={}", "p".repeat(5000));
        for c in [value, long.as_str()] {
            let page = guide_as(&app, "uk", Some(c)).await;
            page.assert_status(200);
            if c.starts_with("municipality=pucki;") {
                // The first value counts: the county itself may be chosen.
                page.assert_contains("href=\"/uk/services/two-places\"");
            } else {
                assert_eq!(page.text(), plain, "{c}");
            }
        }
    }
    for path in [
        "/uk/municipalities",
        "/uk/municipalities/puck",
        "/uk/services",
    ] {
        app.request(path, &[("cookie", "municipality=%00%ff")])
            .await
            .assert_status(200);
    }
}

#[tokio::test]
async fn two_visitors_never_see_each_others_page_and_no_choice_gets_the_shared_one() {
    let s = site();
    let app = s.app();
    // Twice each, interleaved, so that the second answers come from the page cache.
    for _ in 0..2 {
        guide_as(&app, "uk", Some(&cookie("puck")))
            .await
            .assert_contains("/uk/services/two-places")
            .assert_not_contains("/uk/services/legal-gdansk-uk");
        guide_as(&app, "uk", Some(&cookie("gdansk")))
            .await
            .assert_contains("/uk/services/legal-gdansk-uk")
            .assert_not_contains("/uk/services/two-places");
        guide_as(&app, "uk", None)
            .await
            .assert_contains(&message("uk", "local-find-office"))
            .assert_not_contains("/uk/services/legal-gdansk-uk")
            .assert_not_contains("/uk/services/two-places");
        // An unknown place shares the page of nobody's choice.
        guide_as(&app, "uk", Some(&cookie("warszawa")))
            .await
            .assert_contains(&message("uk", "local-find-office"));
    }
    // A page without local steps does not vary: one copy for everybody.
    let help = app
        .request("/uk/guides/help", &[("cookie", &cookie("puck"))])
        .await;
    help.assert_status(200);
    assert!(
        !help.vary().to_lowercase().contains("cookie"),
        "{}",
        help.vary()
    );
}

/// The router, for posts.
async fn post(state: &AppState, body: &str, headers: &[(&str, &str)]) -> TestResponse {
    let mut req = Request::post("/my-municipality")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(body.to_string()))
        .unwrap();
    for (k, v) in headers {
        req.headers_mut().insert(
            axum::http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
            v.parse().unwrap(),
        );
    }
    TestResponse::read(router(state.clone()).oneshot(req).await.unwrap()).await
}

const ORIGIN: (&str, &str) = ("origin", "https://portal.example");

#[tokio::test]
async fn choosing_sets_a_years_lax_cookie_and_goes_back() {
    let state = AppState::new(site().site());
    let r = post(&state, "place=puck&lang=uk&next=guides/local", &[ORIGIN]).await;
    r.assert_status(303).assert_redirect("/uk/guides/local");
    let set = r.header("set-cookie").unwrap();
    for part in [
        "municipality=puck",
        "SameSite=Lax",
        "Path=/",
        "Max-Age=31536000",
        "HttpOnly",
        // base_url is https: the cookie never travels in clear text.
        "Secure",
    ] {
        assert!(set.contains(part), "{set} lacks {part}");
    }
    assert_eq!(r.header("cache-control"), Some("no-store"));
    // Forgetting removes it.
    let r = post(&state, "forget=1&lang=pl&next=municipalities", &[ORIGIN]).await;
    r.assert_status(303).assert_redirect("/pl/municipalities");
    let set = r.header("set-cookie").unwrap();
    assert!(
        set.starts_with("municipality=;") && set.contains("Max-Age=0"),
        "{set}"
    );
    // Only our own paths: anything else goes to the language's home page.
    for next in ["//evil.example", "https://evil.example/", "../x", "/pl/x"] {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs([("place", "puck"), ("lang", "pl"), ("next", next)])
            .finish();
        post(&state, &body, &[ORIGIN])
            .await
            .assert_status(303)
            .assert_redirect("/pl/");
    }
}

/// A refused choice: the portal's page in `lang` with the status, its title, why and the way
/// back to the list, never a cookie and never kept by a cache.
#[track_caller]
fn assert_refused(r: &TestResponse, status: u16, lang: &str, why: &str) {
    r.assert_status(status)
        .assert_own_error()
        .assert_content_type("text/html")
        .assert_contains(&format!("<html lang=\"{lang}\""))
        .assert_contains(&refusal(lang, "my-place-refused-title"))
        .assert_contains(&refusal(lang, why))
        .assert_contains(&format!(
            "<a href=\"/{lang}/municipalities\">{}</a>",
            refusal(lang, "my-place-refused-back")
        ));
    assert!(r.header("set-cookie").is_none(), "a refusal set a cookie");
    assert_eq!(r.header("cache-control"), Some("no-store"));
}

#[tokio::test]
async fn the_choice_is_refused_from_another_site_or_for_an_unknown_place() {
    // Before: each refusal was the generic error page of its status ("Bad request"), saying
    // nothing of the municipality or what to do.
    let state = AppState::new(site().site());
    for headers in [
        [
            ("origin", "https://evil.example"),
            ("accept-language", "uk"),
        ],
        [("origin", "null"), ("accept-language", "uk")],
        [
            ("referer", "https://evil.example/pl/guides/local"),
            ("accept-language", "uk"),
        ],
    ] {
        // The form's `lang` is not read from another site's post: the reader's headers decide.
        let r = post(&state, "place=puck&lang=pl&next=guides/local", &headers).await;
        assert_refused(&r, 403, "uk", "my-place-refused-origin");
    }
    for (body, lang) in [
        ("place=warszawa&lang=pl", "pl"),
        ("place=&lang=ar", "ar"),
        ("lang=uk", "uk"),
        ("place=puck%00&lang=pl", "pl"),
        ("place=..%2Fpuck&lang=pl", "pl"),
    ] {
        let r = post(&state, body, &[ORIGIN]).await;
        assert_refused(&r, 400, lang, "my-place-refused-unknown-place");
    }
    // Not a form, or too big: refused with the reader's language, never a 5xx.
    for content_type in [
        "application/json",
        "text/plain",
        "multipart/form-data; boundary=x",
    ] {
        let req = Request::post("/my-municipality")
            .header("content-type", content_type)
            .header("origin", "https://portal.example")
            .header("accept-language", "uk")
            .body(Body::from("{\"place\":\"puck\"}"))
            .unwrap();
        let r = TestResponse::read(router(state.clone()).oneshot(req).await.unwrap()).await;
        assert_refused(&r, 415, "uk", "my-place-refused-not-a-form");
    }
    let big = format!("place=puck&x={}", "a".repeat(100_000));
    let r = post(&state, &big, &[ORIGIN, ("accept-language", "ar")]).await;
    assert_refused(&r, 413, "ar", "my-place-refused-too-large");
}

#[tokio::test]
async fn the_list_form_keeps_the_search_and_never_leaves_the_site() {
    let s = site();
    let app = s.app();
    // Before: the chooser on a search's results sent the visitor back to the whole list.
    let page = app.get("/pl/municipalities?q=pruszcz%20gda%C5%84ski").await;
    page.assert_status(200).assert_contains(
        "<input type=\"hidden\" name=\"next\" value=\"municipalities?q=pruszcz+gda%C5%84ski\">",
    );
    // The language switcher keeps it too, and comes back to the same search.
    page.assert_contains(
        "href=\"/set-lang/uk?next=municipalities%3Fq%3Dpruszcz%2Bgda%25C5%2584ski\"",
    );
    app.get("/set-lang/uk?next=municipalities%3Fq%3Dpruszcz%2Bgda%25C5%2584ski")
        .await
        .assert_redirect("/uk/municipalities?q=pruszcz+gda%C5%84ski");
    // A search that is markup stays text: encoded in the form, escaped in the page.
    app.get("/pl/municipalities?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await
        .assert_contains("value=\"municipalities?q=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E\"")
        .assert_not_contains("<script>alert");
    let state = AppState::new(s.site());
    let choose = |next: &str| {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs([("place", "puck"), ("lang", "pl"), ("next", next)])
            .finish()
    };
    let back = post(
        &state,
        &choose("municipalities?q=pruszcz+gda%C5%84ski"),
        &[ORIGIN],
    )
    .await;
    back.assert_status(303)
        .assert_redirect("/pl/municipalities?q=pruszcz+gda%C5%84ski");
    assert!(
        back.header("set-cookie")
            .unwrap()
            .contains("municipality=puck")
    );
    // An attacker's `next`: never off the site. Paths that are not ours go to the home page;
    // a query is decoded and encoded again, so nothing in it can become a host or a header.
    for (next, to) in [
        ("//evil.example", "/pl/"),
        ("//evil.example/pl/municipalities", "/pl/"),
        ("/\\evil.example", "/pl/"),
        ("\\\\evil.example", "/pl/"),
        ("\\/evil.example", "/pl/"),
        ("%2F%2Fevil.example", "/pl/"),
        ("%2f%2fevil.example", "/pl/"),
        ("%5C%5Cevil.example", "/pl/"),
        ("municipalities/%2F%2Fevil.example", "/pl/"),
        ("municipalities/..%2F..%2F%2Fevil.example", "/pl/"),
        ("https://evil.example/", "/pl/"),
        ("http:evil.example", "/pl/"),
        ("\tmunicipalities", "/pl/"),
        (" //evil.example", "/pl/"),
        ("../x", "/pl/"),
        ("/pl/x", "/pl/"),
        (
            "municipalities?q=//evil.example",
            "/pl/municipalities?q=%2F%2Fevil.example",
        ),
        (
            "municipalities?q=\\\\evil.example",
            "/pl/municipalities?q=%5C%5Cevil.example",
        ),
        (
            "municipalities?q=%2F%2Fevil.example",
            "/pl/municipalities?q=%2F%2Fevil.example",
        ),
        (
            "municipalities?q=a%0D%0ALocation:%20//evil.example",
            "/pl/municipalities?q=a%0D%0ALocation%3A+%2F%2Fevil.example",
        ),
        (
            "municipalities?q=x#@evil.example",
            "/pl/municipalities?q=x%23%40evil.example",
        ),
    ] {
        let r = post(&state, &choose(next), &[ORIGIN]).await;
        r.assert_status(303);
        let location = r.header("location").unwrap();
        assert_eq!(location, to, "next={next:?}");
        assert!(
            location.starts_with("/pl/") && !location.contains('\\'),
            "{location}"
        );
    }
}

#[tokio::test]
async fn the_municipality_pages_offer_the_choice_and_show_it() {
    let s = site();
    let app = s.app();
    app.get("/pl/municipalities/puck")
        .await
        .assert_contains("<form method=\"post\" action=\"/my-municipality\">")
        .assert_contains("<input type=\"hidden\" name=\"place\" value=\"puck\">")
        .assert_contains(&message("pl", "my-place-choose-this"));
    app.request(
        "/pl/municipalities/puck",
        &[("cookie", "municipality=puck")],
    )
    .await
    .assert_contains(&message("pl", "my-place-this-is-yours"))
    .assert_contains(&message("pl", "my-place-forget"))
    .assert_not_contains(&message("pl", "my-place-choose-this"));
    app.request("/pl/municipalities", &[("cookie", "municipality=gdynia")])
        .await
        .assert_contains("<label for=\"my-place-select\">")
        .assert_contains("<option value=\"gdynia\" selected>")
        .assert_contains(&message("pl", "my-place-forget"));
    // The privacy notice says what the cookie holds.
    app.get("/pl/privacy")
        .await
        .assert_contains(&message("pl", "privacy-place"));
}

#[tokio::test]
async fn an_unknown_local_step_is_a_check_error_at_its_line_and_column() {
    let s = site();
    s.write(
        "content/guides/local/pl.md",
        &GUIDE.replace("(local:social-help)", "(local:meldunek)"),
    );
    let errors = s.errors();
    assert!(
        errors.contains(
            "content/guides/local/pl.md:13:8: error: link `local:meldunek` names no local step: write one of `local:address-registration`"
        ),
        "{errors}"
    );
}

#[tokio::test]
async fn services_narrow_to_a_county_with_or_without_the_cookie() {
    let s = site();
    let app = s.app();
    let page = app.get("/pl/services?county=pucki").await;
    page.assert_status(200)
        .assert_contains("href=\"/pl/services/two-places\"")
        .assert_contains("href=\"/pl/services/always-open\"")
        .assert_not_contains("href=\"/pl/services/legal-gdansk-uk\"")
        .assert_not_contains("href=\"/pl/services/social-gdynia-saturday\"");
    let json = app.get_json("/api/services?county=pucki").await;
    assert_eq!(json["filter"]["county"], "pucki");
    let mut ids: Vec<&str> = json["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    ids.sort();
    assert_eq!(ids, ["always-open", "two-places"]);
    // An unknown county is no filter.
    let all = app.get_json("/api/services").await["count"].clone();
    assert_eq!(
        app.get_json("/api/services?county=mazowiecki").await["count"],
        all
    );
    // With a chosen municipality, the list offers its county, counted.
    app.request("/pl/services", &[("cookie", "municipality=puck")])
        .await
        .assert_contains("<a href=\"/pl/services?county=pucki\">")
        .assert_contains("powiat pucki</span> (2)</a>");
    app.get("/pl/services").await.assert_not_contains("county=");
}

#[tokio::test]
async fn search_finds_a_municipality_in_latin_cyrillic_and_without_diacritics() {
    let app = TestApp::new(TestSite::bundled());
    for q in ["Rumia", "%D0%A0%D1%83%D0%BC%D1%96%D1%8F", "rumia"] {
        app.get(&format!("/uk/search?q={q}"))
            .await
            .assert_status(200)
            .assert_contains("href=\"/uk/municipalities/rumia\"");
    }
    app.get("/pl/search?q=pruszcz+gdanski")
        .await
        .assert_contains("href=\"/pl/municipalities/pruszcz-gdanski-miasto\"")
        .assert_contains(&message("pl", "search-municipality-label"));
    let json = app.get_json("/api/search?lang=en&q=Kosakowo").await;
    let hit = json["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["kind"] == "municipality")
        .expect("a municipality hit");
    assert_eq!(hit["url"], "/en/municipalities/kosakowo");
}

#[tokio::test]
async fn the_export_holds_the_no_choice_page_and_the_server_the_chosen_one() {
    let s = site();
    let out = tempfile::tempdir().unwrap();
    witaj::web::export::build(AppState::new(s.site()), out.path())
        .await
        .unwrap();
    let file = std::fs::read_to_string(out.path().join("uk/guides/local/index.html")).unwrap();
    let app = s.app();
    // The file is what a visitor without a choice gets: "find your office", no office.
    assert_eq!(file, guide_as(&app, "uk", None).await.text());
    assert!(file.contains(&message("uk", "local-find-office")), "{file}");
    assert!(!file.contains("/uk/services/two-places"), "{file}");
    // A visitor with the cookie goes to the server (docs/deploy.md), which names the office.
    guide_as(&app, "uk", Some(&cookie("puck")))
        .await
        .assert_contains("/uk/services/two-places");
}

#[tokio::test]
async fn the_page_cache_keeps_a_copy_per_place_only_for_pages_that_vary() {
    use witaj::page_cache::Key;
    let s = site();
    let app = s.app();
    let kept = |path: &str, variant: Option<&str>| {
        let mut key = Key::path(path);
        key.variant = variant.map(Into::into);
        let snapshot = app.state.live().snapshot();
        snapshot.pages.get(&key, app.state.now()).is_some()
    };
    guide_as(&app, "uk", Some(&cookie("puck"))).await;
    assert!(kept("/uk/guides/local", Some("puck")));
    assert!(!kept("/uk/guides/local", None));
    guide_as(&app, "uk", None).await;
    assert!(kept("/uk/guides/local", None));
    assert!(!kept("/uk/guides/local", Some("gdansk")));
    // A page without local steps is one copy, whoever asks.
    app.request("/uk/guides/help", &[("cookie", &cookie("puck"))])
        .await;
    assert!(kept("/uk/guides/help", None));
    assert!(!kept("/uk/guides/help", Some("puck")));
}
