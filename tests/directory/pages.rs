//! The services list, a service page, the sitemap and the `/s/{id}` short link, in the reader's
//! language, and a translated service that says when it is outdated.

use crate::common::TestSite;
use crate::{at, saturday, site, tuesday};

/// Ids of the services listed on a services page, in order.
fn listed(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let Some(start) = html.find("class=\"service-cards\"") else {
        return out;
    };
    let rest = &html[start..];
    let rest = &rest[..rest.find("</ul>").unwrap_or(rest.len())];
    for part in rest.split("<h3><a href=\"/").skip(1) {
        let href = &part[..part.find('"').unwrap()];
        out.push(href.rsplit('/').next().unwrap().to_string());
    }
    out
}

#[tokio::test]
async fn the_issue_question_as_a_shareable_link() {
    let s = site();
    let app = s.app_at(tuesday());
    let q = "/uk/services?topic=legal-aid&speaks=uk&place=gdynia&open=1";
    let r = app.get(q).await;
    r.assert_status(200)
        .assert_contains("Юридичні консультації українською в Гдині")
        .assert_contains("Відчинено зараз, до 17:00")
        .assert_contains("<option value=\"legal-aid\" selected>")
        .assert_contains("<option value=\"uk\" lang=\"uk\" selected>")
        .assert_contains("<option value=\"gdynia\" selected>")
        .assert_contains("id=\"f-open\" name=\"open\" value=\"1\" checked");
    assert_eq!(listed(&r.text()), vec!["legal-gdynia-uk"]);
    // Polish plural: 1 usługa.
    let r = app
        .get("/pl/services?topic=legal-aid&speaks=uk&place=gdynia&open=1")
        .await;
    r.assert_contains("1 usługa");
    // On Saturday nothing is open: the page says so and how to widen the search.
    let app = s.app_at(saturday());
    let r = app.get(q).await;
    r.assert_status(200)
        .assert_contains("Жодна послуга не відповідає");
    assert!(listed(&r.text()).is_empty());
}

#[tokio::test]
async fn the_unfiltered_list_counts_and_sorts() {
    let s = site();
    let app = s.app_at(tuesday());
    let r = app.get("/pl/services").await;
    r.assert_status(200).assert_contains("8 usług");
    let ids = listed(&r.text());
    assert_eq!(ids.len(), 8);
    // Sorted by name in the reader's language.
    assert_eq!(ids[0], "always-open");
    // Result counts beside every choice.
    r.assert_contains("Pomoc prawna (3)")
        .assert_contains("Українська (3)")
        .assert_contains("Gdynia (3)")
        .assert_contains("otwarte teraz (5)")
        .assert_contains("bezpłatne (5)")
        .assert_contains("Organizacja pozarządowa (3)")
        .assert_not_contains("Wyczyść filtry");
}

#[tokio::test]
async fn bad_query_values_never_fail() {
    let s = site();
    let app = s.app_at(tuesday());
    let long = "x".repeat(20_000);
    for q in [
        "topic=nope&speaks=%FF%FE&place=%3Cscript%3E&open=maybe&org=1",
        "topic[]=a&&&==&open",
        &format!("place={long}"),
        "%ZZ=%ZZ",
    ] {
        let r = app.get(&format!("/pl/services?{q}")).await;
        r.assert_status(200).assert_not_contains("<script>");
        assert_eq!(listed(&r.text()).len(), 8, "{q}");
    }
    app.get("/api/services?open=%FF&lang=zz")
        .await
        .assert_status(200);
    app.get("/api/hsds/services?page=-1&per_page=abc")
        .await
        .assert_status(200);
}

#[tokio::test]
async fn the_services_page_is_small_accessible_and_without_inline_code() {
    let s = site();
    let app = s.app_at(tuesday());
    let r = app.get("/pl/services").await;
    let html = r.text();
    // Every form control has a label.
    for tag in ["<select id=\"", "<input type=\"checkbox\" id=\""] {
        for part in html.split(tag).skip(1) {
            let id = &part[..part.find('"').unwrap()];
            assert!(
                html.contains(&format!("<label for=\"{id}\">")),
                "no label for {id}"
            );
        }
    }
    assert!(html.contains("<fieldset") && html.contains("<legend>"));
    assert!(html.contains("method=\"get\""));
    // No inline style or script: scripts only from files.
    assert!(!html.contains(" style=") && !html.contains("<style"));
    for part in html.split("<script").skip(1) {
        let tag = &part[..part.find('>').unwrap()];
        assert!(tag.contains(" src="), "inline script: <script{tag}>");
    }
    // The page and its stylesheet together stay well under 50 KB, even uncompressed.
    let css_href = html
        .split("rel=\"stylesheet\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("stylesheet link")
        .to_string();
    let css = app.get(&css_href).await;
    css.assert_status(200);
    let weight = r.bytes.len() + css.bytes.len();
    assert!(weight < 50_000, "{weight} bytes");
    // Right to left in Arabic, logical CSS does the rest.
    app.get("/ar/services").await.assert_contains("dir=\"rtl\"");
}

#[tokio::test]
async fn a_service_page_shows_everything() {
    let s = site();
    let app = s.app_at(tuesday());
    let r = app.get("/pl/services/legal-gdynia-uk").await;
    r.assert_status(200)
        .assert_contains("<h1>Porady prawne po ukraińsku w Gdyni</h1>")
        .assert_contains("Otwarte teraz, do 17:00")
        .assert_contains("ul. Przykładowa 1<br>81-001 Gdynia")
        .assert_contains(
            "https://www.openstreetmap.org/?mlat=54.51890&amp;mlon=18.53050#map=18/54.51890/18.53050",
        )
        .assert_contains("href=\"tel:+48580000001\"")
        .assert_contains("href=\"mailto:porady@example.org\"")
        .assert_contains("<li lang=\"uk\">Українська</li>")
        .assert_contains("Po ukraińsku we wtorki i czwartki.")
        .assert_contains("Wejście bez schodów.")
        .assert_contains("Sprawdzono ze źródłem: 20 listopada 2026")
        .assert_contains("href=\"https://example.org/zrodlo\"")
        .assert_contains("wtorek (dziś)")
        .assert_contains("09:00–17:00")
        .assert_contains("/pl/guides/help")
        .assert_contains("Gdzie szukać pomocy prawnej");
    assert_eq!(r.text().matches("<th scope=\"row\">").count(), 7);
    // No hours known: the page says so instead of guessing.
    app.get("/pl/services/no-hours")
        .await
        .assert_contains("Godziny otwarcia nieznane")
        .assert_contains("Nie sprawdziliśmy jeszcze godzin otwarcia");
    // A phone line has no address and says so.
    app.get("/pl/services/night-line")
        .await
        .assert_contains("nie ma adresu do odwiedzenia")
        .assert_contains("Teraz zamknięte, otwarcie w piątek o 22:00");
    app.get("/pl/services/nope").await.assert_status(404);
}

/// Issue 15 point 6: "no address to visit" is a fact only a help line declares; an office whose
/// address nobody has sourced says the address is not checked yet, in the list and on its page.
#[tokio::test]
async fn an_unknown_address_is_never_called_no_address() {
    let s = site();
    let line = s.read("content/directory/night-line.toml");
    s.write(
        "content/directory/office.toml",
        &line.replace("remote = true\n", ""),
    );
    let app = s.app_at(tuesday());
    app.get("/pl/services/office")
        .await
        .assert_status(200)
        .assert_contains("Nie sprawdziliśmy jeszcze adresu tego miejsca")
        .assert_not_contains("nie ma adresu do odwiedzenia");
    app.get("/uk/services/office")
        .await
        .assert_contains("Ми ще не перевірили адресу цього місця");
    let list = app.get("/pl/services").await;
    let office = list
        .text()
        .split("/pl/services/office")
        .nth(1)
        .unwrap_or_default()
        .to_string();
    let line_card = list
        .text()
        .split("/pl/services/night-line")
        .nth(1)
        .unwrap_or_default()
        .to_string();
    let first_facts = |card: &str| {
        card.split("service-facts\">")
            .nth(1)
            .and_then(|f| f.split("</p>").next())
            .unwrap_or_default()
            .to_string()
    };
    assert!(
        first_facts(&office).starts_with("Adres jeszcze niesprawdzony"),
        "{}",
        first_facts(&office)
    );
    assert!(
        first_facts(&line_card).starts_with("Telefonicznie lub przez internet"),
        "{}",
        first_facts(&line_card)
    );
}

#[test]
fn remote_with_locations_is_an_error() {
    let s = site();
    let two = s.read("content/directory/two-places.toml");
    s.write(
        "content/directory/two-places.toml",
        &two.replacen("source = ", "remote = true\nsource = ", 1),
    );
    let errors = s.errors();
    assert!(
        errors.contains("two-places.toml:5:10: error: `remote = true` says the service has no address to visit, yet the file lists `[[locations]]`"),
        "{errors}"
    );
}

#[tokio::test]
async fn each_location_is_named_in_its_own_language() {
    let s = site();
    let app = s.app_at(tuesday());
    for lang in ["pl", "uk", "ar"] {
        // Named locations: the section is labelled by its heading, which carries the name's
        // language when it is not the page's.
        let r = app.get(&format!("/{lang}/services/two-places")).await;
        let mark = if lang == "pl" {
            String::new()
        } else {
            " lang=\"pl\" dir=\"ltr\"".to_string()
        };
        r.assert_status(200)
            .assert_contains("<section class=\"location\" aria-labelledby=\"location-1-name\">")
            .assert_contains(&format!("<h3 id=\"location-1-name\"{mark}>Siedziba</h3>"))
            .assert_contains("<section class=\"location\" aria-labelledby=\"location-2-name\">")
            .assert_contains(&format!(
                "<h3 id=\"location-2-name\"{mark}>Filia w Pucku</h3>"
            ))
            // No label in Polish without its language.
            .assert_not_contains("aria-label=\"ul.");
        // An unnamed location: labelled by its address, which is marked as Polish.
        app.get(&format!("/{lang}/services/legal-gdynia-uk"))
            .await
            .assert_contains("<section class=\"location\" aria-labelledby=\"location-1-address\">")
            .assert_contains(
                "<address id=\"location-1-address\" lang=\"pl\" dir=\"ltr\">ul. Przykładowa 1<br>",
            )
            .assert_not_contains("aria-label=\"ul.");
    }
}

#[tokio::test]
async fn when_it_opens_is_said_in_the_readers_language() {
    let s = site();
    // Saturday: opens on Monday.
    s.app_at(saturday())
        .get("/pl/services/legal-gdynia-uk")
        .await
        .assert_contains("Teraz zamknięte, otwarcie w poniedziałek o 09:00");
    s.app_at(saturday())
        .get("/uk/services/legal-gdynia-uk")
        .await
        .assert_contains("Зараз зачинено, відчиниться у понеділок о 09:00");
    // Sunday: tomorrow. Monday early: today.
    s.app_at(at(2026, 11, 29, 12, 0))
        .get("/pl/services/legal-gdynia-uk")
        .await
        .assert_contains("otwarcie jutro o 09:00");
    s.app_at(at(2026, 11, 30, 7, 0))
        .get("/ar/services/legal-gdynia-uk")
        .await
        .assert_contains("مغلق الآن، يفتح اليوم الساعة 09:00");
}

#[tokio::test]
async fn a_missing_translation_falls_back_with_a_notice() {
    let s = site();
    let app = s.app_at(tuesday());
    // Translated into Ukrainian: no notice.
    app.get("/uk/services/legal-gdynia-uk")
        .await
        .assert_not_contains("notice-fallback");
    // Only in Polish: shown in Polish, marked as such, with the notice in Ukrainian.
    app.get("/uk/services/legal-gdansk-uk")
        .await
        .assert_contains("notice-fallback")
        .assert_contains("Частину цього запису ще не перекладено українською")
        .assert_contains("<h1 lang=\"pl\" dir=\"ltr\">Porady prawne po ukraińsku w Gdańsku</h1>");
}

#[tokio::test]
async fn guides_and_services_point_at_each_other() {
    let s = site();
    let app = s.app_at(tuesday());
    app.get("/pl/guides/help")
        .await
        .assert_status(200)
        .assert_contains("related-services")
        .assert_contains("href=\"/pl/services/legal-gdynia-uk\"")
        .assert_contains("href=\"/pl/services/always-open\"")
        .assert_contains("Otwarte całą dobę");
    // Cited by a `service:` link in the body.
    app.get("/pl/services/legal-gdansk-uk")
        .await
        .assert_contains("href=\"/pl/guides/help\"");
    // For a reader of another language the guide (only in Polish) says which language it is in.
    app.get("/uk/services/legal-gdansk-uk")
        .await
        .assert_contains("href=\"/uk/guides/help\" lang=\"pl\" dir=\"ltr\"");
    // Not cited anywhere: no such section.
    app.get("/pl/services/night-line")
        .await
        .assert_not_contains("Przewodniki, które wskazują tę usługę");
}

#[tokio::test]
async fn the_sitemap_lists_the_services() {
    let s = site();
    s.app_at(tuesday())
        .get("/sitemap.xml")
        .await
        .assert_contains("<loc>https://portal.example/uk/services</loc>")
        .assert_contains("<loc>https://portal.example/ar/services/night-line</loc>")
        .assert_contains("<lastmod>2026-11-20</lastmod>");
}

#[tokio::test]
async fn the_short_link_opens_in_the_visitors_language() {
    let s = site();
    let app = s.app_at(tuesday());
    app.request(
        "/s/legal-gdynia-uk",
        &[("accept-language", "uk-UA,uk;q=0.9")],
    )
    .await
    .assert_redirect("/uk/services/legal-gdynia-uk");
    app.get("/s/nope").await.assert_status(404);
}

#[tokio::test]
async fn the_short_links_404_is_localised_and_varies() {
    let s = site();
    let app = s.app_at(tuesday());
    let uk = [("accept-language", "uk-UA,uk;q=0.9")];
    // Unknown, and not even UTF-8: the ordinary 404 page in the visitor's language, never axum's
    // bare 400 text.
    for path in ["/s/nope", "/s/%FF", "/s/%C3%28", "/s/a%00b"] {
        let r = app.request(path, &uk).await;
        r.assert_status(404)
            .assert_contains("<html lang=\"uk\"")
            .assert_contains("Сторінку не знайдено");
        r.assert_content_type("text/html");
        assert!(r.vary().contains("Accept-Language"), "{path}: {}", r.vary());
        assert!(r.vary().contains("Cookie"), "{path}: {}", r.vary());
    }
    // The cookie chooses too.
    app.request("/s/%FF", &[("cookie", "lang=ar")])
        .await
        .assert_status(404)
        .assert_contains("<html lang=\"ar\" dir=\"rtl\"");
    // The redirect varies as well.
    let r = app.request("/s/night-line", &uk).await;
    r.assert_redirect("/uk/services/night-line");
    assert!(r.vary().contains("Accept-Language"), "{}", r.vary());
    assert!(r.vary().contains("Cookie"), "{}", r.vary());
}

/// Service translations carry a source hash like guide translations: unstamped or older ones are
/// shown with the outdated notice; `witaj stamp` on the file makes them current.
#[tokio::test]
async fn translated_services_say_when_they_are_outdated() {
    let site = site();
    let page = |site: &TestSite| {
        let app = site.app();
        async move {
            (
                app.get("/uk/services/always-open").await.text(),
                app.get("/pl/services/always-open").await.text(),
            )
        }
    };
    let (uk, pl) = page(&site).await;
    assert!(uk.contains("notice-outdated"), "never stamped: {uk}");
    assert!(!pl.contains("notice-outdated"));

    let out = site.cli(["stamp", "content/directory/always-open.toml"]);
    out.assert_success();
    assert!(out.stdout.contains("stamped uk"), "{}", out.stdout);
    let file = site.read("content/directory/always-open.toml");
    assert_eq!(file.matches("source_hash = { uk = \"").count(), 1, "{file}");
    assert!(
        file.find("source_hash").unwrap() < file.find("[organization]").unwrap(),
        "{file}"
    );
    let (uk, _) = page(&site).await;
    assert!(!uk.contains("notice-outdated"), "{uk}");

    // Changing the Polish name makes the translation outdated again; re-dating does not.
    site.write(
        "content/directory/always-open.toml",
        &file.replace("verified = 2026-11-20", "verified = 2026-11-22"),
    );
    assert!(!page(&site).await.0.contains("notice-outdated"));
    site.write(
        "content/directory/always-open.toml",
        &file.replace(
            "pl = \"Całodobowy telefon\"",
            "pl = \"Całodobowy telefon zaufania\"",
        ),
    );
    assert!(page(&site).await.0.contains("notice-outdated"));

    site.write(
        "content/directory/always-open.toml",
        &file.replace(
            "source_hash = { uk = \"",
            "source_hash = { xx = \"0000000000000000\", uk = \"",
        ),
    );
    let errors = site.load().unwrap_err().to_string();
    assert!(
        errors.contains("`source_hash` has `xx`, which is not a translation language"),
        "{errors}"
    );
}
