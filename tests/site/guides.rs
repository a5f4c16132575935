//! Guide pages: Markdown features, fallback, outdated notices, right-to-left.

use crate::common::{TestSite, locale_message};

#[tokio::test]
async fn a_guide_page_has_what_a_reader_needs() {
    let app = TestSite::fixture("site").app();
    let r = app.get("/pl/guides/alpha").await;
    r.assert_status(200)
        .assert_contains("<html lang=\"pl\" dir=\"ltr\">")
        .assert_contains("<title>Alfa po polsku · Witaj</title>")
        .assert_contains("<h2 id=\"pierwsza-sekcja\">Pierwsza sekcja</h2>")
        // Links between guides follow the reader's language prefix.
        .assert_contains("<a href=\"beta\">beta</a>")
        .assert_contains("class=\"external\" rel=\"external noopener\">stronę rządową<span class=\"visually-hidden\"> (strona zewnętrzna)</span></a>")
        .assert_contains("<a href=\"tel:112\">112</a>")
        .assert_contains("<div class=\"table-wrap\" tabindex=\"0\"><table>")
        .assert_contains("https://www.gov.pl/alfa")
        // Breadcrumbs: home, the first topic, the page.
        .assert_contains("<li><a href=\"/pl/topics/documents\">Dokumenty i pobyt</a></li>")
        .assert_contains("<link rel=\"canonical\" href=\"https://portal.example/pl/guides/alpha\">")
        .assert_contains("<link rel=\"alternate\" hreflang=\"uk\" href=\"https://portal.example/uk/guides/alpha\">")
        .assert_contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://portal.example/pl/guides/alpha\">")
        .assert_not_contains("notice-fallback")
        .assert_not_contains("notice-outdated");
}

#[tokio::test]
async fn long_guides_get_a_table_of_contents_and_short_ones_do_not() {
    let app = TestSite::fixture("site").app();
    app.get("/pl/guides/long-guide")
        .await
        .assert_contains("<nav class=\"toc\"")
        .assert_contains("<a href=\"#kiedy\">Kiedy</a>");
    app.get("/pl/guides/alpha")
        .await
        .assert_not_contains("<nav class=\"toc\"");
}

#[tokio::test]
async fn a_missing_translation_falls_back_and_says_so() {
    let app = TestSite::fixture("site").app();
    // Arabic falls back to English (its chain is en, pl) for beta.
    let r = app.get("/ar/guides/beta").await;
    r.assert_status(200)
        .assert_contains("<html lang=\"ar\" dir=\"rtl\">")
        .assert_contains("notice-fallback")
        .assert_contains("<bdi lang=\"en\">English</bdi>")
        .assert_contains("<div class=\"guide-body\" lang=\"en\" dir=\"ltr\">")
        .assert_contains("<h1>Beta in English</h1>")
        // The languages the guide exists in, by their own names.
        .assert_contains(
            "<a href=\"/pl/guides/beta\" lang=\"pl\" dir=\"ltr\" hreflang=\"pl\">Polski</a>",
        )
        .assert_contains(
            "<a href=\"/uk/guides/beta\" lang=\"uk\" dir=\"ltr\" hreflang=\"uk\">Українська</a>",
        )
        // The canonical copy of fallback text is the page it comes from.
        .assert_contains("<link rel=\"canonical\" href=\"https://portal.example/en/guides/beta\">");
    // The notice is in Arabic, the visitor's language.
    r.assert_contains(&locale_message("ar", "notice-fallback"));
    // Ukrainian falls back straight to Polish for gamma.
    app.get("/uk/guides/gamma")
        .await
        .assert_contains("<bdi lang=\"pl\">Polski</bdi>")
        .assert_contains("<div class=\"guide-body\" lang=\"pl\" dir=\"ltr\">");
}

#[tokio::test]
async fn an_outdated_translation_is_flagged_with_a_link_to_the_source() {
    let app = TestSite::fixture("site").app();
    app.get("/uk/guides/beta")
        .await
        .assert_status(200)
        .assert_contains("notice-outdated")
        .assert_contains("<a href=\"/pl/guides/beta\" hreflang=\"pl\">")
        .assert_contains("Бета українською");
    app.get("/en/guides/beta")
        .await
        .assert_not_contains("notice-outdated");
}

#[tokio::test]
async fn right_to_left_pages_say_so_everywhere() {
    let app = TestSite::fixture("site").app();
    app.get("/ar/")
        .await
        .assert_contains("<html lang=\"ar\" dir=\"rtl\">");
    app.get("/ar/guides/alpha")
        .await
        .assert_contains("<div class=\"guide-body\" lang=\"ar\" dir=\"rtl\">")
        .assert_contains("<h1>ألفا بالعربية</h1>")
        .assert_not_contains("notice-fallback");
}

#[tokio::test]
async fn home_lists_topics_and_guides_in_the_best_language() {
    let app = TestSite::fixture("site").app();
    let r = app.get("/uk/").await;
    r.assert_status(200)
        .assert_contains("Альфа українською")
        // gamma exists only in Polish: listed, its title marked with its own language (not the
        // list item, whose bullet stays on the reader's side).
        .assert_contains(
            "<li>\n<a href=\"/uk/guides/gamma\" lang=\"pl\" dir=\"ltr\">Gamma tylko po polsku</a>",
        )
        .assert_contains("href=\"/uk/topics/work\"")
        .assert_contains("<a href=\"tel:112\" class=\"phone\">112</a>");
    app.get("/uk").await.assert_redirect("/uk/");
}
