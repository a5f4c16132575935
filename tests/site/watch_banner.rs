//! `serve --watch` shows a broken save in the browser (issue 9, point 5): while the last reload
//! failed, every page carries a banner with each error's file, line and message, escaped and in
//! the page's language; every page carries the script that refreshes it after a reload; and
//! neither exists when the server does not watch its files.

use crate::common::{TestApp, TestSite, repo_root};

/// A message of `locales/<lang>/dev.ftl`.
fn dev_message(lang: &str, id: &str) -> String {
    let text =
        std::fs::read_to_string(repo_root().join("locales").join(lang).join("dev.ftl")).unwrap();
    let prefix = format!("{id} = ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no `{id}` in locales/{lang}/dev.ftl"))
        .to_string()
}

const PAGES: [&str; 7] = [
    "/pl/",
    "/uk/guides/alpha",
    "/ar/topics/documents",
    "/en/search?q=alpha",
    "/uk/services",
    "/uk/accessibility",
    "/uk/no-such-page",
];

/// A fixture site with a broken guide whose folder name needs escaping, reloaded once.
fn broken(watching: bool) -> (TestSite, TestApp) {
    let site = TestSite::fixture("site");
    let app = TestApp::new(site.site());
    app.state.live().set_watching(watching);
    site.write("content/guides/gamma/pl.md", "no front matter any more");
    site.write("content/guides/<b>x/pl.md", "+++\ntitle = \"x\"\n+++\n");
    let errors = app.state.reload_from(site.path()).unwrap_err().to_string();
    assert!(
        errors.contains("content/guides/gamma/pl.md:1: error:"),
        "{errors}"
    );
    (site, app)
}

#[tokio::test]
async fn every_page_shows_the_failed_reload_in_its_language() {
    let (site, app) = broken(true);
    for path in PAGES {
        let r = app.get(path).await;
        let lang = &path[1..3];
        r.assert_contains("class=\"dev-banner\"")
            .assert_contains(&dev_message(lang, "dev-banner-title"))
            .assert_contains("<code>content/guides/gamma/pl.md:1</code>")
            .assert_contains("&lt;b&gt;x")
            .assert_not_contains("<b>x")
            .assert_contains("src=\"/__dev/reload.js\"")
            .assert_contains("href=\"/__dev/dev.css\"");
    }
    // Polish plural: 2 errors are "2 błędy".
    app.get("/pl/").await.assert_contains("2 błędy:");

    // The script, its style and the status it polls are served from our origin, under the CSP.
    let js = app.get("/__dev/reload.js").await;
    js.assert_status(200)
        .assert_content_type("text/javascript")
        .assert_contains("location.reload");
    app.get("/__dev/dev.css")
        .await
        .assert_status(200)
        .assert_content_type("text/css");
    let status = app.get_json("/__dev/reload").await;
    assert_eq!(status["generation"], 0);
    assert_eq!(status["reloads"], 1);
    assert_eq!(status["errors"][0]["path"], "content/guides/<b>x");

    // Fixed: the banner goes, the script stays, and the generation it compares with has moved.
    site.remove("content/guides/<b>x");
    let original =
        std::fs::read_to_string(repo_root().join("tests/fixtures/site/content/guides/gamma/pl.md"))
            .unwrap();
    site.write(
        "content/guides/gamma/pl.md",
        &format!("{original}\nGamma naprawiona.\n"),
    );
    app.state
        .reload_from(site.path())
        .expect("the fixed site reloads");
    for path in PAGES {
        app.get(path)
            .await
            .assert_not_contains("dev-banner\"")
            .assert_contains("data-generation=\"1\" data-reloads=\"2\"");
    }
    app.get("/pl/guides/gamma")
        .await
        .assert_contains("Gamma naprawiona.");
}

#[tokio::test]
async fn nothing_of_it_outside_watch_mode() {
    let (_site, app) = broken(false);
    for path in PAGES {
        app.get(path)
            .await
            .assert_not_contains("dev-banner")
            .assert_not_contains("__dev")
            .assert_not_contains("gamma/pl.md");
    }
    for path in ["/__dev/reload", "/__dev/reload.js", "/__dev/dev.css"] {
        app.get(path)
            .await
            .assert_status(404)
            .assert_content_type("text/html");
    }
}
