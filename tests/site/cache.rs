//! Render once per snapshot (issue 8): pages are kept as bytes until the next reload, or until
//! the next change of "open now"; a reload serves the new text at once; what must stay dynamic does.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use witaj::directory::hours::warsaw;
use witaj::web::AppState;

use crate::common::{TestApp, TestSite, locale_message};

fn kept_bytes(app: &TestApp) -> u64 {
    app.state.live().snapshot().pages.weighted_size()
}

#[tokio::test]
async fn a_page_is_kept_and_a_reload_serves_the_new_text_at_once() {
    let site = TestSite::fixture("site");
    let app = site.app();
    let first = app.get("/pl/guides/gamma").await;
    first
        .assert_status(200)
        .assert_contains("Gamma tylko po polsku");
    let kept = kept_bytes(&app);
    assert!(kept > 0, "the page was not kept");
    // The second answer comes from the kept bytes: same body and ETag, nothing added.
    let second = app.get("/pl/guides/gamma").await;
    assert_eq!(second.bytes, first.bytes);
    assert_eq!(second.header("etag"), first.header("etag"));
    assert_eq!(kept_bytes(&app), kept);
    // The files change: the kept page stays until the reload, then the new text at once.
    site.write(
        "content/guides/gamma/pl.md",
        &site
            .read("content/guides/gamma/pl.md")
            .replace("Gamma tylko po polsku", "Gamma zmieniona"),
    );
    app.get("/pl/guides/gamma")
        .await
        .assert_contains("Gamma tylko po polsku");
    app.state.replace(site.load().unwrap());
    let after = app.get("/pl/guides/gamma").await;
    after
        .assert_contains("Gamma zmieniona")
        .assert_not_contains("Gamma tylko po polsku");
    assert_ne!(after.header("etag"), first.header("etag"));
}

#[tokio::test]
async fn kept_pages_have_the_headers_of_fresh_ones() {
    let app = TestSite::fixture("site").app();
    let fresh = app
        .request("/en/guides/alpha", &[("accept-encoding", "gzip")])
        .await;
    let kept = app
        .request("/en/guides/alpha", &[("accept-encoding", "gzip")])
        .await;
    for name in [
        "content-type",
        "cache-control",
        "content-security-policy",
        "x-content-type-options",
        "referrer-policy",
        "etag",
        "content-encoding",
    ] {
        assert!(fresh.header(name).is_some(), "{name} missing");
        assert_eq!(fresh.header(name), kept.header(name), "{name}");
    }
    assert_eq!(fresh.vary(), kept.vary());
    assert!(kept.vary().contains("accept-encoding"), "{}", kept.vary());
    assert_eq!(fresh.bytes, kept.bytes);
    // Brotli, gzip and none: one page, one ETag; 304 from the kept page too.
    let etag = kept.header("etag").unwrap();
    let br = app
        .request("/en/guides/alpha", &[("accept-encoding", "br")])
        .await;
    assert_eq!(br.header("content-encoding"), Some("br"));
    assert_eq!(br.header("etag"), Some(etag));
    let plain = app.get("/en/guides/alpha").await;
    assert_eq!(plain.header("content-encoding"), None);
    app.request(
        "/en/guides/alpha",
        &[("if-none-match", etag), ("accept-encoding", "br")],
    )
    .await
    .assert_status(304);
}

#[tokio::test]
async fn requests_with_a_query_are_not_kept() {
    let app = TestSite::fixture("directory-site").app();
    app.get("/pl/services").await.assert_status(200);
    let kept = kept_bytes(&app);
    for i in 0..20 {
        app.get(&format!("/pl/services?topic=x{i}"))
            .await
            .assert_status(200);
        app.get(&format!("/pl/guides/help?junk={i}"))
            .await
            .assert_status(200);
    }
    assert_eq!(kept_bytes(&app), kept);
}

#[tokio::test]
async fn error_pages_are_kept_per_language_not_per_path() {
    let app = TestSite::fixture("site").app();
    let a = app.get("/uk/no-such-page").await;
    a.assert_status(404);
    let kept = kept_bytes(&app);
    let b = app.get("/uk/another/missing/page").await;
    b.assert_status(404);
    assert_eq!(a.bytes, b.bytes);
    assert_eq!(kept_bytes(&app), kept);
    // Negotiated from the headers: in the reader's language, and it says it varies.
    let ar = app
        .request("/g/nothing-here", &[("accept-language", "ar")])
        .await;
    ar.assert_status(404).assert_contains("lang=\"ar\"");
    assert!(ar.vary().contains("Accept-Language"), "{}", ar.vary());
    let pl = app
        .request("/g/nothing-here", &[("accept-language", "pl")])
        .await;
    pl.assert_status(404).assert_contains("lang=\"pl\"");
}

#[tokio::test]
async fn while_editing_nothing_is_kept() {
    let app = TestSite::fixture("site").app();
    app.state.live().set_page_cache_bytes(0);
    app.get("/pl/guides/gamma").await.assert_status(200);
    app.get("/pl/nothing").await.assert_status(404);
    assert_eq!(kept_bytes(&app), 0);
}

// "Open now, closes at 17:00" is kept only until 17:00; then the page is rendered again.
#[tokio::test]
async fn a_service_page_is_rendered_again_when_open_now_changes() {
    let site = TestSite::fixture("directory-site");
    let now = Arc::new(Mutex::new(warsaw(2026, 11, 24, 16, 58).unwrap()));
    let clock = now.clone();
    let app =
        TestApp::from_state(AppState::new(site.site()).with_clock(move || *clock.lock().unwrap()));
    let set = |t: DateTime<Utc>| *now.lock().unwrap() = t;
    let open = locale_message("uk", "hours-open-until").replace("{ $time }", "17:00");
    let page = "/uk/services/legal-gdynia-uk";
    let first = app.get(page).await;
    first.assert_status(200).assert_contains(&open);
    set(warsaw(2026, 11, 24, 16, 59).unwrap());
    let kept = app.get(page).await;
    assert_eq!(kept.bytes, first.bytes);
    // One second past the change: rendered again.
    set(warsaw(2026, 11, 24, 17, 0).unwrap() + Duration::seconds(1));
    let closed = app.get(page).await;
    closed.assert_status(200).assert_not_contains(&open);
    assert_ne!(closed.header("etag"), first.header("etag"));
    // The list and the guide citing it say so too.
    app.get("/uk/services").await.assert_not_contains(&open);
    set(warsaw(2026, 11, 25, 10, 0).unwrap());
    app.get("/uk/services").await.assert_contains("17:00");
}

// Issue 13: a page over the old 8 MB limit of the ETag layer was an empty 500.
#[tokio::test]
async fn a_page_of_any_size_is_answered_whole() {
    let site = TestSite::fixture("site");
    site.append("portal.toml", "[limits]\nguide_file_bytes = 20000000\n");
    let text = "Zdanie, które się powtarza, aby strona była bardzo długa.\n\n".repeat(150_000);
    let original = site.read("content/guides/gamma/pl.md");
    site.write("content/guides/gamma/pl.md", &format!("{original}\n{text}"));
    let app = site.app();
    let r = app
        .request("/pl/guides/gamma", &[("accept-encoding", "gzip, br")])
        .await;
    r.assert_status(200);
    assert!(r.bytes.len() > 8 * 1024 * 1024, "{}", r.bytes.len());
    assert!(r.header("etag").is_some());
    assert!(r.text().trim_end().ends_with("</html>"));
}
