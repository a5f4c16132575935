//! The privacy notice (issue 11): in every language, linked from every page, with the periods the
//! code applies and the operator of the accessibility statement.

use crate::common::{TestSite, repo_root};

fn message(lang: &str, id: &str) -> String {
    let file = repo_root().join("locales").join(lang).join("feedback.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let prefix = format!("{id} = ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no one-line message `{id}` in {}", file.display()))
        .replace('\'', "&#39;")
}

#[tokio::test]
async fn the_notice_is_in_every_language_and_linked_from_the_footer() {
    let site = TestSite::fixture("site");
    let app = site.app();
    for lang in ["pl", "en", "uk", "ar"] {
        let r = app.get(&format!("/{lang}/privacy")).await;
        r.assert_status(200)
            .assert_contains(&format!("<html lang=\"{lang}\""))
            .assert_contains(&format!("<h1>{}</h1>", message(lang, "privacy-title")))
            // The operator named in content/accessibility.toml.
            .assert_contains("<li>Urząd Testowy</li>")
            .assert_contains(r#"<a href="mailto:dostepnosc@portal.example">"#)
            .assert_contains(r#"<a href="tel:+48580000000">"#);
        app.get(&format!("/{lang}/guides/alpha"))
            .await
            .assert_contains(&format!(
                r#"<a href="/{lang}/privacy">{}</a>"#,
                message(lang, "footer-privacy")
            ));
    }
    app.get("/en/privacy")
        .await
        .assert_contains("Comments are deleted after 12 months.")
        .assert_contains("A search not repeated for 90 days is deleted.");
    app.get("/pl/privacy")
        .await
        .assert_contains("Komentarze usuwamy po 12 miesiącach.");
}

#[tokio::test]
async fn the_notice_follows_the_configuration_and_says_when_nobody_is_named() {
    let site = TestSite::fixture("site");
    site.append("portal.toml", "[feedback]\ncomment_retention_months = 1\n");
    let statement: String = site
        .read("content/accessibility.toml")
        .lines()
        .filter(|l| {
            !["organization", "contact_person", "email", "phone"]
                .iter()
                .any(|k| l.starts_with(k))
        })
        .map(|l| format!("{l}\n"))
        .collect();
    site.write("content/accessibility.toml", &statement);
    let app = site.app();
    app.get("/en/privacy")
        .await
        .assert_contains("Comments are deleted after 1 month.")
        .assert_contains(&message("en", "privacy-contact-missing"));
    app.get("/uk/privacy")
        .await
        .assert_contains("Коментарі видаляються через 1 місяць.");
}

// The bundled site in its seven languages: every one has the page.
#[tokio::test]
async fn the_bundled_notice_exists_in_all_seven_languages() {
    let app = crate::common::TestApp::new(TestSite::bundled());
    for lang in ["pl", "en", "uk", "ru", "be", "ka", "ar"] {
        app.get(&format!("/{lang}/privacy"))
            .await
            .assert_status(200)
            .assert_contains(&message(lang, "privacy-limits"));
    }
}

// "My municipality" (issue 12): every language says what its cookie holds, and no longer that the
// language is the only cookie.
#[tokio::test]
async fn the_notice_says_what_the_municipality_cookie_holds_in_every_language() {
    let app = crate::common::TestApp::new(TestSite::bundled());
    for lang in ["pl", "en", "uk", "ru", "be", "ka", "ar"] {
        let file = repo_root().join("locales").join(lang).join("local.ftl");
        let text = std::fs::read_to_string(&file).unwrap();
        let held = text
            .lines()
            .find_map(|l| l.strip_prefix("privacy-place = "))
            .unwrap();
        assert!(held.contains("municipality"), "{lang}: {held}");
        app.get(&format!("/{lang}/privacy"))
            .await
            .assert_status(200)
            .assert_contains(&format!("<p>{}</p>", held.replace('\'', "&#39;")))
            .assert_contains(&message(lang, "privacy-not-collected"));
    }
}
