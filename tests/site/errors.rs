//! Every answer the portal sends is its own (issue 13, finding 7 of the robustness review): a
//! method the route does not take, a hostile path, an unknown address under `/api/` — each gets
//! the localised error page with the right status and the security headers, or under `/api/` the
//! JSON error docs/api.md documents. (Extractor refusals, 413/415/400, are tested beside the layer
//! in `src/web/middleware.rs`: no route of ours reads a body yet.)

use axum::body::Body;
use axum::http::{Method, Request};
use tower::ServiceExt;
use witaj::web::router;

use crate::common::{TestResponse, TestSite, repo_root};

/// A message of `locales/<lang>/errors.ftl`, as the translators wrote it.
fn errors_message(lang: &str, id: &str) -> String {
    let text =
        std::fs::read_to_string(repo_root().join("locales").join(lang).join("errors.ftl")).unwrap();
    let prefix = format!("{id} = ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no `{id}` in locales/{lang}/errors.ftl"))
        .to_string()
}

async fn send(app: &axum::Router, method: Method, path: &str, lang: &str) -> TestResponse {
    let req = Request::builder()
        .method(method)
        .uri(path)
        .header("accept-language", lang)
        .body(Body::from("x=1"))
        .unwrap();
    let resp = app.clone().oneshot(req).await.unwrap();
    TestResponse::read(resp).await
}

#[tokio::test]
async fn other_methods_get_the_readers_405_with_allow() {
    let app = router(TestSite::fixture("site").app().state);
    // Before: axum's 405 with an empty body, no page, no language.
    for method in [Method::POST, Method::PUT, Method::DELETE, Method::PATCH] {
        for (path, lang) in [
            ("/pl/", "pl"),
            ("/uk/guides/alpha", "uk"),
            ("/", "uk"),
            ("/set-lang/en", "uk"),
            ("/healthz", "uk"),
        ] {
            let r = send(&app, method.clone(), path, "uk").await;
            r.assert_status(405)
                .assert_own_error()
                .assert_content_type("text/html")
                .assert_contains(&format!("<html lang=\"{lang}\""))
                .assert_contains(&errors_message(lang, "error-405-title"));
            assert_eq!(r.header("allow"), Some("GET,HEAD"), "{method} {path}");
            assert!(
                r.header("content-security-policy")
                    .is_some_and(|c| c.contains("default-src 'none'")),
                "{method} {path}"
            );
        }
    }
}

#[tokio::test]
async fn api_errors_are_json() {
    let app = router(TestSite::fixture("site").app().state);
    // Before: a 405 with an empty body, and the HTML 404 page for an unknown API address.
    let r = send(&app, Method::POST, "/api/services", "pl").await;
    r.assert_status(405);
    assert_eq!(r.json()["error"], "method not allowed");
    assert_eq!(r.header("allow"), Some("GET,HEAD"));
    assert_eq!(r.header("access-control-allow-origin"), Some("*"));
    for path in ["/api/nothing-here", "/api/hsds/services/a/b", "/api/%FF"] {
        let r = send(&app, Method::GET, path, "pl").await;
        r.assert_status(404);
        assert_eq!(r.json()["error"], "not found", "{path}");
        assert!(r.header("content-security-policy").is_some(), "{path}");
    }
    // A handler's own error keeps its words.
    let r = send(&app, Method::GET, "/api/services/nope", "pl").await;
    r.assert_status(404);
    assert_eq!(r.json()["error"], "no service `nope`");
}

#[tokio::test]
async fn hostile_paths_are_localised_404s() {
    let app = router(TestSite::fixture("site").app().state);
    let long = "a".repeat(20_000);
    let paths = [
        "/../../etc/passwd".to_string(),
        "/static/..%2F..%2Fportal.toml".to_string(),
        "/static/%2e%2e/%2e%2e/portal.toml".to_string(),
        "/uk/guides/..%2Falpha".to_string(),
        "/uk/guides/alpha%00".to_string(),
        "/uk/%00".to_string(),
        "/g/%00%FF".to_string(),
        "/uk/guides/%C0%AE%C0%AE".to_string(),
        format!("/uk/guides/{long}"),
        format!("/uk/{long}/{long}"),
        "/uk/guides/alpha/extra/segments".to_string(),
        "/uk//guides//alpha".to_string(),
        "/__dev/reload".to_string(),
    ];
    for path in &paths {
        let r = send(&app, Method::GET, path, "uk").await;
        r.assert_status(404)
            .assert_own_error()
            .assert_content_type("text/html")
            .assert_contains("<html lang=\"uk\"")
            .assert_not_contains("source_language");
        assert!(r.header("content-security-policy").is_some(), "{path:.60}");
    }
}
