//! The pages on the repository's own content: the list with its name search, one place with its
//! steps, the desk short link, the sitemap.

use crate::common::{TestSite, locale_message};
use crate::with_places;
use witaj::web::AppState;

fn bundled() -> crate::common::TestApp {
    crate::common::TestApp::from_state(AppState::new(TestSite::bundled()))
}

#[tokio::test]
async fn the_list_and_a_place_in_pl_uk_ar_have_lang_and_dir() {
    let app = bundled();
    for (lang, dir) in [("pl", "ltr"), ("uk", "ltr"), ("ar", "rtl")] {
        let html = format!("<html lang=\"{lang}\" dir=\"{dir}\"");
        app.get(&format!("/{lang}/municipalities"))
            .await
            .assert_status(200)
            .assert_contains(&html)
            .assert_contains(&locale_message(lang, "municipalities-city-counties"))
            .assert_contains(&format!("href=\"/{lang}/municipalities/kosakowo\""));
        app.get(&format!("/{lang}/municipalities/kosakowo"))
            .await
            .assert_status(200)
            .assert_contains(&html)
            .assert_contains(&locale_message(lang, "step-address-registration"));
    }
}

#[tokio::test]
async fn names_are_in_the_readers_language_or_polish() {
    let app = bundled();
    app.get("/uk/municipalities/rumia")
        .await
        .assert_contains("<h1>Румія</h1>");
    // English has no name of its own for Rumia: the Polish one, marked as Polish.
    app.get("/en/municipalities/rumia")
        .await
        .assert_contains("<h1 lang=\"pl\" dir=\"ltr\">Rumia</h1>");
}

#[tokio::test]
async fn the_name_search_finds_cyrillic_and_no_diacritics() {
    let app = bundled();
    for q in ["Rumia", "%D0%A0%D1%83%D0%BC%D1%96%D1%8F", "pruszcz+gdanski"] {
        let r = app.get(&format!("/uk/municipalities?q={q}")).await;
        r.assert_status(200).assert_contains("Результатів: 1");
    }
    app.get("/pl/municipalities?q=pruszcz+gdanski")
        .await
        .assert_contains("href=\"/pl/municipalities/pruszcz-gdanski-miasto\"")
        .assert_not_contains("href=\"/pl/municipalities/rumia\"");
    app.get("/pl/municipalities?q=warszawa")
        .await
        .assert_status(200)
        .assert_contains(&locale_message("pl", "municipalities-none"));
}

#[tokio::test]
async fn a_county_step_shows_the_county_office_and_a_missing_step_says_so() {
    let s = with_places();
    let app = s.app();
    let page = app.get("/uk/municipalities/puck").await;
    page.assert_status(200)
        // Legal aid is the county's: named in pucki.toml, linked to the service.
        .assert_contains("href=\"/uk/services/two-places\"")
        .assert_contains(&locale_message("uk", "place-county-office"))
        // Its own social help office.
        .assert_contains("href=\"/uk/services/no-hours\"")
        // No civil registry is known: say so and point at the municipality's BIP.
        .assert_contains(&locale_message("uk", "place-office-unknown"))
        .assert_contains("href=\"https://bip.puck.pl\"");
}

#[tokio::test]
async fn the_short_link_redirects_and_an_unknown_one_is_the_readers_404() {
    let app = bundled();
    app.request("/m/rumia", &[("accept-language", "uk")])
        .await
        .assert_redirect("/uk/municipalities/rumia");
    app.request("/m/nope", &[("accept-language", "uk")])
        .await
        .assert_status(404)
        .assert_contains("<html lang=\"uk\"");
    app.get("/ar/municipalities/nope")
        .await
        .assert_status(404)
        .assert_contains("<html lang=\"ar\" dir=\"rtl\"");
}

#[tokio::test]
async fn the_sitemap_lists_the_places() {
    let app = bundled();
    app.get("/sitemap.xml")
        .await
        .assert_contains("/pl/municipalities</loc>")
        .assert_contains("/ar/municipalities/kosakowo</loc>");
}
