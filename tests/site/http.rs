//! HTTP behaviour: caching, compression, security headers, machine-readable pages, failures.

use crate::common::{TestSite, locale_message};

#[tokio::test]
async fn static_assets_are_fingerprinted_and_immutable() {
    let app = TestSite::fixture("site").app();
    let page = app.get("/pl/").await.text();
    let start = page.find("/static/style.").unwrap();
    let url = &page[start..start + page[start..].find('"').unwrap()];
    assert!(url.len() > "/static/style..css".len(), "{url}");
    let r = app.get(url).await;
    r.assert_status(200);
    assert_eq!(
        r.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(r.header("content-type"), Some("text/css; charset=utf-8"));
    app.get("/static/style.css").await.assert_status(404);
    app.get("/static/../portal.toml").await.assert_status(404);
}

#[tokio::test]
async fn pages_are_compressed_with_gzip_or_brotli() {
    let app = TestSite::fixture("site").app();
    let plain = app.get("/pl/guides/long-guide").await;
    let br = app
        .request("/pl/guides/long-guide", &[("accept-encoding", "br")])
        .await;
    assert_eq!(br.header("content-encoding"), Some("br"));
    assert!(
        br.bytes.len() * 3 < plain.bytes.len(),
        "{} vs {}",
        br.bytes.len(),
        plain.bytes.len()
    );
    let gz = app
        .request("/pl/guides/long-guide", &[("accept-encoding", "gzip")])
        .await;
    assert_eq!(gz.header("content-encoding"), Some("gzip"));
}

#[tokio::test]
async fn etags_give_304_when_nothing_changed() {
    let app = TestSite::fixture("site").app();
    let first = app.get("/en/guides/alpha").await;
    let etag = first.header("etag").expect("an ETag").to_string();
    assert!(etag.starts_with("W/\""), "{etag}");
    assert_eq!(first.header("cache-control"), Some("no-cache"));
    let again = app
        .request("/en/guides/alpha", &[("if-none-match", &etag)])
        .await;
    again.assert_status(304);
    assert!(again.bytes.is_empty());
    // The same ETag whatever the encoding, as the tag is of the page, not its compression.
    let br = app
        .request(
            "/en/guides/alpha",
            &[("if-none-match", &etag), ("accept-encoding", "br")],
        )
        .await;
    br.assert_status(304);
    app.request("/en/guides/alpha", &[("if-none-match", "W/\"other\"")])
        .await
        .assert_status(200);
}

#[tokio::test]
async fn security_headers_are_strict() {
    let app = TestSite::fixture("site").app();
    for path in ["/pl/", "/pl/guides/alpha", "/nope", "/"] {
        let r = app.get(path).await;
        let csp = r
            .header("content-security-policy")
            .expect("CSP on every response");
        assert!(
            !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
            "{csp}"
        );
        assert!(csp.contains("default-src 'none'"), "{csp}");
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    }
    // No inline script or style anywhere in a page.
    let page = app.get("/ar/guides/beta").await.text();
    assert!(
        !page.contains("<style") && !page.contains(" style="),
        "{page}"
    );
    // Scripts only as files from our origin, each tag empty.
    for tag in page.split("<script").skip(1) {
        let open = &tag[..tag.find('>').unwrap()];
        assert!(
            open.contains(" src=\"/static/"),
            "script without src: <script{open}>"
        );
        assert!(
            tag[open.len() + 1..].starts_with("</script>"),
            "inline script: {tag}"
        );
    }
}

#[tokio::test]
async fn sitemap_lists_canonical_pages_with_alternates() {
    let app = TestSite::fixture("site").app();
    let r = app.get("/sitemap.xml").await;
    r.assert_status(200)
        .assert_contains("<loc>https://portal.example/uk/guides/alpha</loc>")
        .assert_contains("<xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"https://portal.example/ar/guides/alpha\"/>")
        .assert_contains("<loc>https://portal.example/ar/</loc>")
        .assert_contains("<loc>https://portal.example/en/topics/work</loc>")
        .assert_contains("<lastmod>2026-11-20</lastmod>")
        // gamma is only Polish: its other-language URLs are fallbacks, not canonical pages.
        .assert_contains("<loc>https://portal.example/pl/guides/gamma</loc>")
        .assert_not_contains("<loc>https://portal.example/en/guides/gamma</loc>");
    r.assert_content_type("application/xml");
    app.get("/robots.txt")
        .await
        .assert_contains("Sitemap: https://portal.example/sitemap.xml");
    app.get("/healthz")
        .await
        .assert_status(200)
        .assert_contains("ok: 4 guides, 4 languages");
}

#[tokio::test]
async fn a_failing_template_gives_the_500_page_in_the_readers_language() {
    let site = TestSite::fixture("site");
    // A mistake that only shows when rendering: a field that does not exist.
    let guide = site.read("templates/guide.html");
    site.write(
        "templates/guide.html",
        &guide.replace("{{ page.title }}</h1>", "{{ page.no_such_field.x }}</h1>"),
    );
    let app = site.app();
    let r = app.get("/uk/guides/alpha").await;
    r.assert_status(500)
        .assert_contains("<html lang=\"uk\" dir=\"ltr\">");
    r.assert_contains(&locale_message("uk", "error-500-title"));
    // The server keeps serving.
    app.get("/uk/").await.assert_status(200);
}

#[tokio::test]
async fn hostile_requests_get_ordinary_answers() {
    let app = TestSite::fixture("site").app();
    let long = format!("/pl/guides/{}", "a".repeat(10_000));
    app.get(&long).await.assert_status(404);
    app.get("/pl/guides/%00%ff").await.assert_status(404);
    app.get("/set-lang/pl?next=%E2%80%AE")
        .await
        .assert_redirect("/pl/");
    let huge_header = "uk;q=0.9,".repeat(2000);
    app.request("/", &[("accept-language", &huge_header)])
        .await
        .assert_redirect("/uk/");
}

#[tokio::test]
async fn a_reload_swaps_the_site_and_a_broken_one_is_refused() {
    let site = TestSite::fixture("site");
    let app = site.app();
    app.get("/pl/guides/gamma")
        .await
        .assert_contains("Gamma tylko po polsku");
    site.write(
        "content/guides/gamma/pl.md",
        &site
            .read("content/guides/gamma/pl.md")
            .replace("Gamma tylko po polsku", "Gamma zmieniona"),
    );
    app.state.replace(site.load().unwrap());
    app.get("/pl/guides/gamma")
        .await
        .assert_contains("Gamma zmieniona");
    // Broken files: the load fails and the served site is untouched.
    site.write("content/guides/gamma/pl.md", "no front matter");
    assert!(site.load().is_err());
    app.get("/pl/guides/gamma")
        .await
        .assert_contains("Gamma zmieniona");
}
