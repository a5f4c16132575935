//! The error boundary and the shared request parsing (issue 16, review §3.3 and §3.10): every
//! page error is the portal's own page in the reader's language, every JSON answer carries the
//! headers docs/api.md promises, and a repeated query key means its first value everywhere.

use crate::common::TestSite;

const UK: &[(&str, &str)] = &[("accept-language", "uk-UA,uk;q=0.9")];

#[tokio::test]
async fn a_missing_static_file_is_the_readers_404() {
    let app = TestSite::fixture("site").app();
    // Before: the 404 of /static/ was always in the source language.
    let r = app.request("/static/no-such-file.css", UK).await;
    r.assert_status(404).assert_contains("<html lang=\"uk\"");
    assert!(
        r.header("vary")
            .unwrap_or_default()
            .contains("Accept-Language")
    );
}

#[tokio::test]
async fn bad_segments_outside_the_languages_are_localised_404s() {
    let app = TestSite::fixture("site").app();
    // Before: axum's bare `400 text/plain` for a segment that is not UTF-8.
    for path in ["/set-lang/%FF", "/static/%FF", "/set-lang/xx"] {
        let r = app.request(path, UK).await;
        r.assert_status(404).assert_contains("<html lang=\"uk\"");
        assert!(
            r.header("content-type")
                .is_some_and(|c| c.starts_with("text/html")),
            "{path}"
        );
    }
    // An unknown language prefix is a 404 in the negotiated language, and says it varies.
    let r = app.request("/xx/", UK).await;
    r.assert_status(404).assert_contains("<html lang=\"uk\"");
    assert!(r.header("vary").unwrap_or_default().contains("Cookie"));
    // A known prefix decides the language, whatever the headers say.
    app.request("/en/guides/no-such-guide", UK)
        .await
        .assert_status(404)
        .assert_contains("<html lang=\"en\"");
}

#[tokio::test]
async fn every_json_answer_has_the_promised_headers() {
    let app = TestSite::fixture("site").app();
    // Before: /api/search and /api/suggest had neither CORS nor Cache-Control.
    for path in [
        "/api/search?q=pesel",
        "/api/suggest?q=pes",
        "/api/services",
        "/api/services/no-such-service",
        "/api/hsds/services",
    ] {
        let r = app.get(path).await;
        assert_eq!(r.header("access-control-allow-origin"), Some("*"), "{path}");
        assert_eq!(r.header("cache-control"), Some("no-cache"), "{path}");
        assert!(
            r.header("content-type")
                .is_some_and(|c| c.starts_with("application/json")),
            "{path}"
        );
    }
    app.get("/api/services/no-such-service")
        .await
        .assert_status(404)
        .assert_contains("no service `no-such-service`");
}

#[tokio::test]
async fn a_repeated_key_means_its_first_value_everywhere() {
    let app = TestSite::fixture("site").app();
    // Before: the last `lang` won on /api/search, the first on /api/services.
    app.get("/api/search?q=pesel&lang=uk&lang=en")
        .await
        .assert_contains("\"lang\":\"uk\"");
    app.get("/api/services?lang=uk&lang=en")
        .await
        .assert_contains("\"lang\": \"uk\"");
    app.get("/pl/search?q=pesel&q=zzzz")
        .await
        .assert_contains("value=\"pesel\"");
}

#[tokio::test]
async fn the_language_cookie_is_secure_over_https_only() {
    // Before: never `Secure`, so over https it could still be sent in clear text.
    let site = TestSite::fixture("site");
    let https = site.app();
    let c = https.get("/set-lang/uk").await;
    assert!(
        c.header("set-cookie")
            .unwrap_or_default()
            .contains("Secure")
    );
    let config = site.read("portal.toml");
    site.write(
        "portal.toml",
        &config.replace("https://portal.example", "http://127.0.0.1:8080"),
    );
    let http = site.app();
    let r = http.get("/set-lang/uk").await;
    let c = r.header("set-cookie").unwrap_or_default();
    assert!(c.contains("lang=uk") && !c.contains("Secure"), "{c}");
}
