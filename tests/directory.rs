//! The directory of services on the fixture in tests/fixtures/directory-site: filters and their
//! combinations, "open now" at fixed instants (a weekday, a weekend, a public holiday, across
//! midnight, the daylight-saving changes), the pages, the JSON and HSDS API, the export, the search
//! hook and every `witaj check` error with its line.
//!
//! Every request runs through the real router with a fixed clock, so "open now" is deterministic.

#[path = "common/mod.rs"]
mod common;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde_json::Value;

use common::{TestResponse, TestSite};
use witaj::Site;
use witaj::directory::filter::{Filter, candidates};
use witaj::directory::hours::{Hours, State, warsaw};
use witaj::directory::{OrgKind, hsds};
use witaj::web::AppState;

// ---------------------------------------------------------------------------------------------
// Fixed instants, all in Warsaw time.

/// Tuesday 24 November 2026, 10:00: a working day.
fn tuesday() -> DateTime<Utc> {
    at(2026, 11, 24, 10, 0)
}
/// Saturday 28 November 2026, 12:00.
fn saturday() -> DateTime<Utc> {
    at(2026, 11, 28, 12, 0)
}
/// Wednesday 11 November 2026, 10:00: Independence Day, a public holiday.
fn holiday() -> DateTime<Utc> {
    at(2026, 11, 11, 10, 0)
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    warsaw(y, m, d, h, min).expect("a local time that exists")
}

fn utc(s: &str) -> DateTime<Utc> {
    s.parse().expect("an RFC 3339 instant")
}

fn site() -> TestSite {
    TestSite::fixture("directory-site")
}

fn load(site: &TestSite) -> Site {
    site.load()
        .unwrap_or_else(|d| panic!("fixture has errors:\n{d}"))
}

/// The router with its clock stopped at `now`.
struct App(common::TestApp);

impl App {
    fn at(site: &TestSite, now: DateTime<Utc>) -> App {
        App(common::TestApp::from_state(
            AppState::new(load(site)).with_clock(move || now),
        ))
    }

    async fn get(&self, path: &str) -> TestResponse {
        self.0.get(path).await
    }

    async fn request(&self, path: &str, headers: &[(&str, &str)]) -> TestResponse {
        self.0.request(path, headers).await
    }

    async fn json(&self, path: &str) -> Value {
        let r = self.get(path).await;
        r.assert_status(200);
        assert!(
            r.header("content-type")
                .is_some_and(|c| c.starts_with("application/json")),
            "{path}: {:?}",
            r.header("content-type")
        );
        serde_json::from_slice(&r.bytes).expect("JSON")
    }
}

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

fn ids(found: &[witaj::directory::filter::Candidate]) -> BTreeSet<String> {
    found.iter().map(|c| c.service.id.clone()).collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn filter(site: &Site, query: &str) -> Filter {
    let pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.to_string(), v.to_string())
        })
        .collect();
    Filter::from_pairs(&pairs, &site.config, &site.directory)
}

fn found(site: &Site, query: &str, now: DateTime<Utc>) -> BTreeSet<String> {
    let all = candidates(&site.directory, now);
    ids(&filter(site, query).apply(&all))
}

// ---------------------------------------------------------------------------------------------
// Filters and their combinations.

#[test]
fn each_filter_alone() {
    let s = site();
    let site = load(&s);
    let t = tuesday();
    assert_eq!(site.directory.services.len(), 8);
    assert_eq!(
        found(&site, "topic=legal-aid", t),
        set(&["legal-gdansk-uk", "legal-gdynia-pl", "legal-gdynia-uk"])
    );
    assert_eq!(
        found(&site, "speaks=uk", t),
        set(&[
            "legal-gdansk-uk",
            "legal-gdynia-uk",
            "social-gdynia-saturday"
        ])
    );
    assert_eq!(
        found(&site, "place=gdynia", t),
        set(&[
            "legal-gdynia-pl",
            "legal-gdynia-uk",
            "social-gdynia-saturday"
        ])
    );
    // A service counts in a municipality by a location there or by the areas it serves.
    assert_eq!(
        found(&site, "place=puck", t),
        set(&["always-open", "two-places"])
    );
    assert_eq!(
        found(&site, "free=1", t),
        set(&[
            "always-open",
            "legal-gdansk-uk",
            "legal-gdynia-pl",
            "legal-gdynia-uk",
            "night-line"
        ])
    );
    assert_eq!(
        found(&site, "org=ngo", t),
        set(&["legal-gdansk-uk", "legal-gdynia-uk", "night-line"])
    );
    assert_eq!(
        found(&site, "org=city-unit", t),
        set(&["legal-gdynia-pl", "social-gdynia-saturday"])
    );
    assert_eq!(
        found(&site, "open=1", t),
        set(&[
            "always-open",
            "legal-gdansk-uk",
            "legal-gdynia-pl",
            "legal-gdynia-uk",
            "two-places"
        ])
    );
    assert_eq!(found(&site, "", t).len(), 8);
}

#[test]
fn filters_combine_with_and() {
    let s = site();
    let site = load(&s);
    let q = "topic=legal-aid&speaks=uk&place=gdynia&open=1";
    // The question of the issue: Ukrainian-speaking legal help in Gdynia, open now.
    assert_eq!(found(&site, q, tuesday()), set(&["legal-gdynia-uk"]));
    assert!(found(&site, q, saturday()).is_empty());
    assert!(found(&site, q, holiday()).is_empty());
    assert_eq!(
        found(&site, "topic=legal-aid&org=city-unit", tuesday()),
        set(&["legal-gdynia-pl"])
    );
    assert_eq!(
        found(&site, "speaks=uk&place=gdynia&open=1", saturday()),
        set(&["social-gdynia-saturday"])
    );
    assert_eq!(
        found(&site, "speaks=uk&free=1", tuesday()),
        set(&["legal-gdansk-uk", "legal-gdynia-uk"])
    );
    assert!(found(&site, "topic=documents&speaks=uk", tuesday()).is_empty());
}

#[test]
fn unknown_or_garbage_values_are_ignored() {
    let s = site();
    let site = load(&s);
    let f = filter(
        &site,
        "topic=nope&speaks=xx&place=warszawa&org=government&open=maybe&free=",
    );
    assert!(f.is_empty(), "{f:?}");
    let long = "a".repeat(10_000);
    assert!(filter(&site, &format!("topic={long}")).is_empty());
    // The canonical query string keeps only what applies, in a fixed order.
    let f = filter(&site, "open=1&topic=legal-aid&junk=1&speaks=uk");
    assert_eq!(f.to_query(), "topic=legal-aid&speaks=uk&open=1");
    assert_eq!(filter(&site, "org=ngo&free=true").org, Some(OrgKind::Ngo));
}

#[test]
fn facets_count_what_each_choice_would_give() {
    let s = site();
    let site = load(&s);
    let all = candidates(&site.directory, tuesday());
    let f = filter(&site, "place=gdynia");
    let facets = f.facets(&all, &site.config, &site.directory);
    let speaks: BTreeMap<&str, usize> = facets
        .languages
        .iter()
        .map(|(l, n)| (l.as_str(), *n))
        .collect();
    assert_eq!(speaks["uk"], 2);
    assert_eq!(speaks["pl"], 2);
    assert_eq!(speaks["en"], 0);
    let places: BTreeMap<&str, usize> = facets
        .places
        .iter()
        .map(|(p, n)| (p.as_str(), *n))
        .collect();
    // Counts for other places ignore the current place filter.
    assert_eq!(places["gdansk"], 3);
    assert_eq!(places["gdynia"], 3);
    assert_eq!(facets.open_now, 2);
    assert_eq!(facets.free, 2);
}

// ---------------------------------------------------------------------------------------------
// Open now, at fixed instants.

fn state_of(site: &Site, id: &str, now: DateTime<Utc>) -> State {
    site.directory.services[id]
        .hours
        .as_ref()
        .expect("hours")
        .state(now)
}

fn local(t: &DateTime<chrono_tz::Tz>) -> String {
    t.format("%Y-%m-%d %H:%M %Z").to_string()
}

#[test]
fn open_now_on_a_weekday_a_weekend_and_a_holiday() {
    let s = site();
    let site = load(&s);
    match state_of(&site, "legal-gdynia-uk", tuesday()) {
        State::Open { until: Some(t) } => assert_eq!(local(&t), "2026-11-24 17:00 CET"),
        other => panic!("{other:?}"),
    }
    match state_of(&site, "legal-gdynia-uk", saturday()) {
        State::Closed { opens: Some(t) } => assert_eq!(local(&t), "2026-11-30 09:00 CET"),
        other => panic!("{other:?}"),
    }
    // Independence Day: closed, opens the next morning.
    match state_of(&site, "legal-gdynia-uk", holiday()) {
        State::Closed { opens: Some(t) } => assert_eq!(local(&t), "2026-11-12 09:00 CET"),
        other => panic!("{other:?}"),
    }
    // Christmas Eve is a public holiday in Poland from 2025.
    assert!(!state_of(&site, "legal-gdynia-uk", at(2026, 12, 24, 10, 0)).is_open());
    assert_eq!(
        state_of(&site, "always-open", holiday()),
        State::Open { until: None }
    );
    assert!(state_of(&site, "social-gdynia-saturday", saturday()).is_open());
    assert!(!state_of(&site, "social-gdynia-saturday", tuesday()).is_open());
}

#[test]
fn open_across_midnight() {
    let s = site();
    let site = load(&s);
    // Fr-Sa 22:00-02:00: Friday night into Saturday, and Saturday night into Sunday.
    match state_of(&site, "night-line", at(2026, 11, 27, 23, 30)) {
        State::Open { until: Some(t) } => assert_eq!(local(&t), "2026-11-28 02:00 CET"),
        other => panic!("{other:?}"),
    }
    assert!(state_of(&site, "night-line", at(2026, 11, 28, 1, 30)).is_open());
    assert!(!state_of(&site, "night-line", at(2026, 11, 28, 3, 0)).is_open());
    assert!(state_of(&site, "night-line", at(2026, 11, 29, 1, 0)).is_open());
    assert!(!state_of(&site, "night-line", at(2026, 11, 30, 1, 0)).is_open());
    match state_of(&site, "night-line", tuesday()) {
        State::Closed { opens: Some(t) } => assert_eq!(local(&t), "2026-11-27 22:00 CET"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn open_now_follows_the_daylight_saving_changes() {
    let weekday = Hours::parse("Mo-Fr 08:00-16:00; PH off").unwrap();
    // Monday 30 March 2026, summer time (UTC+2): 06:30 UTC is 08:30 in Warsaw.
    assert!(weekday.is_open(utc("2026-03-30T06:30:00Z")));
    assert!(!weekday.is_open(utc("2026-03-30T05:30:00Z")));
    // Monday 26 October 2026, winter time again (UTC+1): 06:30 UTC is 07:30 in Warsaw.
    assert!(!weekday.is_open(utc("2026-10-26T06:30:00Z")));
    assert!(weekday.is_open(utc("2026-10-26T07:30:00Z")));

    // On the night the clocks go forward (29 March 2026, 02:00 → 03:00) a Sunday 01:00-04:00
    // schedule lasts two real hours, and closes at 04:00 summer time.
    let sunday_night = Hours::parse("Su 01:00-04:00").unwrap();
    match sunday_night.state(utc("2026-03-29T00:30:00Z")) {
        State::Open { until: Some(t) } => {
            assert_eq!(local(&t), "2026-03-29 04:00 CEST");
            assert_eq!(t.with_timezone(&Utc), utc("2026-03-29T02:00:00Z"));
        }
        other => panic!("{other:?}"),
    }
    assert!(sunday_night.is_open(utc("2026-03-29T01:30:00Z")));
    assert!(!sunday_night.is_open(utc("2026-03-29T02:30:00Z")));
    // On the night they go back (25 October 2026, 03:00 → 02:00) it lasts four.
    match sunday_night.state(utc("2026-10-25T00:30:00Z")) {
        State::Open { until: Some(t) } => {
            assert_eq!(t.with_timezone(&Utc), utc("2026-10-25T03:00:00Z"))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_location_with_its_own_hours() {
    let s = site();
    let site = load(&s);
    let svc = &site.directory.services["two-places"];
    let main = svc.hours_at(&svc.locations[0]).unwrap();
    let branch = svc.hours_at(&svc.locations[1]).unwrap();
    assert!(main.is_open(tuesday()) && !branch.is_open(tuesday()));
    let afternoon = at(2026, 11, 24, 14, 0);
    assert!(!main.is_open(afternoon) && branch.is_open(afternoon));
    // Open now if any of its places is open.
    assert!(found(&site, "open=1", afternoon).contains("two-places"));
    assert!(!found(&site, "open=1", at(2026, 11, 24, 17, 0)).contains("two-places"));
}

// ---------------------------------------------------------------------------------------------
// Pages.

#[tokio::test]
async fn the_issue_question_as_a_shareable_link() {
    let s = site();
    let app = App::at(&s, tuesday());
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
    let app = App::at(&s, saturday());
    let r = app.get(q).await;
    r.assert_status(200)
        .assert_contains("Жодна послуга не відповідає");
    assert!(listed(&r.text()).is_empty());
}

#[tokio::test]
async fn the_unfiltered_list_counts_and_sorts() {
    let s = site();
    let app = App::at(&s, tuesday());
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
    let app = App::at(&s, tuesday());
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
    let app = App::at(&s, tuesday());
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
    let app = App::at(&s, tuesday());
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

#[tokio::test]
async fn each_location_is_named_in_its_own_language() {
    let s = site();
    let app = App::at(&s, tuesday());
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
    App::at(&s, saturday())
        .get("/pl/services/legal-gdynia-uk")
        .await
        .assert_contains("Teraz zamknięte, otwarcie w poniedziałek o 09:00");
    App::at(&s, saturday())
        .get("/uk/services/legal-gdynia-uk")
        .await
        .assert_contains("Зараз зачинено, відчиниться у понеділок о 09:00");
    // Sunday: tomorrow. Monday early: today.
    App::at(&s, at(2026, 11, 29, 12, 0))
        .get("/pl/services/legal-gdynia-uk")
        .await
        .assert_contains("otwarcie jutro o 09:00");
    App::at(&s, at(2026, 11, 30, 7, 0))
        .get("/ar/services/legal-gdynia-uk")
        .await
        .assert_contains("مغلق الآن، يفتح اليوم الساعة 09:00");
}

#[tokio::test]
async fn a_missing_translation_falls_back_with_a_notice() {
    let s = site();
    let app = App::at(&s, tuesday());
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
    let app = App::at(&s, tuesday());
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
    App::at(&s, tuesday())
        .get("/sitemap.xml")
        .await
        .assert_contains("<loc>https://portal.example/uk/services</loc>")
        .assert_contains("<loc>https://portal.example/ar/services/night-line</loc>")
        .assert_contains("<lastmod>2026-11-20</lastmod>");
}

#[tokio::test]
async fn the_short_link_opens_in_the_visitors_language() {
    let s = site();
    let app = App::at(&s, tuesday());
    app.request(
        "/s/legal-gdynia-uk",
        &[("accept-language", "uk-UA,uk;q=0.9")],
    )
    .await
    .assert_redirect("/uk/services/legal-gdynia-uk");
    app.get("/s/nope").await.assert_status(404);
}

/// Every `Vary` value of a response, joined (compression may add its own header).
fn vary(r: &TestResponse) -> String {
    r.headers
        .get_all("vary")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(", ")
}

#[tokio::test]
async fn the_short_links_404_is_localised_and_varies() {
    let s = site();
    let app = App::at(&s, tuesday());
    let uk = [("accept-language", "uk-UA,uk;q=0.9")];
    // Unknown, and not even UTF-8: the ordinary 404 page in the visitor's language, never axum's
    // bare 400 text.
    for path in ["/s/nope", "/s/%FF", "/s/%C3%28", "/s/a%00b"] {
        let r = app.request(path, &uk).await;
        r.assert_status(404)
            .assert_contains("<html lang=\"uk\"")
            .assert_contains("Сторінку не знайдено");
        assert!(
            r.header("content-type")
                .is_some_and(|c| c.starts_with("text/html")),
            "{path}: {:?}",
            r.header("content-type")
        );
        assert!(vary(&r).contains("Accept-Language"), "{path}: {}", vary(&r));
        assert!(vary(&r).contains("Cookie"), "{path}: {}", vary(&r));
    }
    // The cookie chooses too.
    app.request("/s/%FF", &[("cookie", "lang=ar")])
        .await
        .assert_status(404)
        .assert_contains("<html lang=\"ar\" dir=\"rtl\"");
    // The redirect varies as well.
    let r = app.request("/s/night-line", &uk).await;
    r.assert_redirect("/uk/services/night-line");
    assert!(vary(&r).contains("Accept-Language"), "{}", vary(&r));
    assert!(vary(&r).contains("Cookie"), "{}", vary(&r));
}

#[tokio::test]
async fn bad_ids_in_the_api_are_the_documented_json_404() {
    let s = site();
    let app = App::at(&s, tuesday());
    for (path, named) in [
        ("/api/services/nope", "nope"),
        ("/api/services/%FF", "%FF"),
        ("/api/services/%C3%28?lang=uk", "%C3%28"),
        ("/api/hsds/services/nope", "nope"),
        ("/api/hsds/services/%FF", "%FF"),
        ("/api/hsds/services/%ff%fe", "%ff%fe"),
    ] {
        let r = app.get(path).await;
        r.assert_status(404);
        assert!(
            r.header("content-type")
                .is_some_and(|c| c.starts_with("application/json")),
            "{path}: {:?}",
            r.header("content-type")
        );
        assert_eq!(r.header("access-control-allow-origin"), Some("*"), "{path}");
        let body: Value = serde_json::from_slice(&r.bytes).expect("a JSON body");
        assert_eq!(
            body["error"],
            format!("no service `{named}`"),
            "{path}: {body}"
        );
    }
    // A UTF-8 id that is percent-encoded still finds its service.
    app.json("/api/services/night%2Dline").await;
    app.json("/api/hsds/services/night%2Dline").await;
}

// ---------------------------------------------------------------------------------------------
// JSON and HSDS.

#[tokio::test]
async fn api_services_shape() {
    let s = site();
    let app = App::at(&s, tuesday());
    let v = app
        .json("/api/services?lang=uk&topic=legal-aid&speaks=uk&place=gdynia&open=1")
        .await;
    assert_eq!(v["lang"], "uk");
    assert_eq!(v["count"], 1);
    assert_eq!(v["generated_at"], "2026-11-24T09:00:00Z");
    assert_eq!(v["filter"]["topic"], "legal-aid");
    assert_eq!(v["filter"]["open"], true);
    let svc = &v["services"][0];
    assert_eq!(svc["id"], "legal-gdynia-uk");
    assert_eq!(
        svc["hsds_id"],
        hsds::service_uuid("legal-gdynia-uk").to_string()
    );
    assert_eq!(
        svc["url"],
        "https://portal.example/uk/services/legal-gdynia-uk"
    );
    assert_eq!(
        svc["name"]["text"],
        "Юридичні консультації українською в Гдині"
    );
    assert_eq!(svc["name"]["lang"], Value::Null);
    // Not translated: the Polish text, with its language.
    assert_eq!(svc["languages_note"]["lang"], "pl");
    assert_eq!(svc["organization"]["kind"], "ngo");
    assert_eq!(svc["languages"][1]["code"], "uk");
    assert_eq!(svc["languages"][1]["name"], "Українська");
    assert_eq!(svc["free"], true);
    assert_eq!(svc["opening_hours"], "Mo-Fr 09:00-17:00; PH off");
    assert_eq!(svc["status"]["state"], "open");
    assert_eq!(svc["status"]["next_change"], "2026-11-24T17:00:00+01:00");
    assert_eq!(svc["locations"][0]["municipality"], "gdynia");
    assert_eq!(svc["locations"][0]["county"], "gdynia");
    assert_eq!(svc["locations"][0]["lat"], 54.5189);
    assert_eq!(svc["phones"][0]["tel"], "+48580000001");
    assert_eq!(svc["verified"], "2026-11-20");
    assert_eq!(svc["guides"][0], "help");

    let all = app.json("/api/services").await;
    assert_eq!(all["lang"], "pl");
    assert_eq!(all["count"], 8);
    let one = app.json("/api/services/no-hours").await;
    assert_eq!(one["status"]["state"], "not-known");
    assert_eq!(one["opening_hours"], Value::Null);
    let missing = app.get("/api/services/nope").await;
    missing.assert_status(404);
    let body: Value = serde_json::from_slice(&missing.bytes).unwrap();
    assert!(body["error"].as_str().unwrap().contains("nope"));
    assert_eq!(
        app.get("/api/services")
            .await
            .header("access-control-allow-origin"),
        Some("*")
    );
}

#[tokio::test]
async fn hsds_root_and_pages() {
    let s = site();
    let app = App::at(&s, tuesday());
    let root = app.json("/api/hsds/").await;
    assert_eq!(root["version"], "3.0");
    assert!(
        root["openapi_url"]
            .as_str()
            .unwrap()
            .ends_with("openapi.json")
    );
    assert!(root["profile"].is_string());
    assert_eq!(app.json("/api/hsds").await, root);

    let p = app.json("/api/hsds/services?per_page=3&page=2").await;
    assert_eq!(p["total_items"], 8);
    assert_eq!(p["total_pages"], 3);
    assert_eq!(p["page_number"], 2);
    assert_eq!(p["size"], 3);
    assert_eq!(p["first_page"], false);
    assert_eq!(p["last_page"], false);
    assert_eq!(p["empty"], false);
    assert_eq!(p["contents"].as_array().unwrap().len(), 3);
    // List items carry the one-to-one fields and the organisation, not the nested lists.
    let item = &p["contents"][0];
    assert!(item["organization"]["name"].is_string());
    assert!(item.get("service_at_locations").is_none());
    let last = app.json("/api/hsds/services?per_page=3&page=3").await;
    assert_eq!(last["last_page"], true);
    assert_eq!(last["size"], 2);
    let beyond = app.json("/api/hsds/services?per_page=3&page=99").await;
    assert_eq!(beyond["size"], 0);
    assert_eq!(beyond["empty"], true);
    // HSDS's query parameters.
    let found = app.json("/api/hsds/services?search=gdyni").await;
    assert_eq!(found["total_items"], 3);
    let org = hsds::organization_uuid("fundacja-przyklad");
    let by_org = app
        .json(&format!("/api/hsds/services?organization_id={org}"))
        .await;
    assert_eq!(by_org["total_items"], 2);
    let term = hsds::topic_uuid("legal-aid");
    let by_term = app
        .json(&format!("/api/hsds/services?taxonomy_term_id={term}"))
        .await;
    assert_eq!(by_term["total_items"], 3);
    let full = app.json("/api/hsds/services?full=true&per_page=1").await;
    assert!(full["contents"][0]["attributes"].is_array());
}

#[tokio::test]
async fn hsds_page_numbers_stay_within_safe_integers() {
    let s = site();
    let app = App::at(&s, tuesday());
    // Beyond the bound, just beyond JavaScript's safe integers, beyond 64 bits: all the same page.
    for page in [
        "100001",
        "9007199254740993",
        "18446744073709551615",
        "99999999999999999999999999999",
    ] {
        let p = app.json(&format!("/api/hsds/services?page={page}")).await;
        assert_eq!(p["page_number"], 100_000, "page={page}");
        assert_eq!(p["total_items"], 8, "page={page}");
        assert_eq!(p["size"], 0, "page={page}");
        assert_eq!(p["empty"], true, "page={page}");
        assert_eq!(p["last_page"], true, "page={page}");
        assert_eq!(p["first_page"], false, "page={page}");
    }
    let at_bound = app.json("/api/hsds/services?page=100000").await;
    assert_eq!(at_bound["page_number"], 100_000);
    // Not numbers, or 0: the first page.
    for page in ["0", "-1", "x", "", "1e3"] {
        let p = app.json(&format!("/api/hsds/services?page={page}")).await;
        assert_eq!(p["page_number"], 1, "page={page}");
        assert_eq!(p["size"], 8, "page={page}");
    }
    // A huge page size is the largest allowed, not the default.
    let p = app
        .json("/api/hsds/services?per_page=99999999999999999999999&page=1")
        .await;
    assert_eq!(p["size"], 8);
    assert_eq!(p["total_pages"], 1);
    let p = app.json("/api/hsds/services?per_page=3&page=%2B2").await;
    assert_eq!(p["page_number"], 2);
}

#[tokio::test]
async fn hsds_service_and_its_schedule_rows() {
    let s = site();
    let app = App::at(&s, tuesday());
    let id = hsds::service_uuid("legal-gdynia-uk");
    // The UUID is derived with UUID v5 and pinned: other systems keep it.
    assert_eq!(id.to_string(), "9f8734c4-99d3-5f07-8617-c1e8bab43c6e");
    let by_uuid = app.json(&format!("/api/hsds/services/{id}")).await;
    let by_slug = app.json("/api/hsds/services/legal-gdynia-uk").await;
    assert_eq!(by_uuid, by_slug);
    let v = by_uuid;
    assert_eq!(v["id"], id.to_string());
    assert_eq!(v["status"], "active");
    assert_eq!(v["alternate_name"], "legal-gdynia-uk");
    let rows = v["schedules"].as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["freq"], "WEEKLY");
    assert_eq!(rows[0]["byday"], "MO,TU,WE,TH,FR");
    assert_eq!(rows[0]["opens_at"].as_str().unwrap()[..5], *"09:00");
    assert_eq!(rows[0]["closes_at"].as_str().unwrap()[..5], *"17:00");
    // The opening_hours string stays the master copy, kept in the schedule's description.
    assert_eq!(rows[0]["description"], "Mo-Fr 09:00-17:00; PH off");
    let sal = &v["service_at_locations"][0];
    assert_eq!(sal["location"]["latitude"], 54.5189);
    let address = &sal["location"]["addresses"][0];
    assert_eq!(address["address_1"], "ul. Przykładowa 1");
    assert_eq!(address["postal_code"], "81-001");
    assert_eq!(address["state_province"], "pomorskie");
    assert_eq!(address["country"], "PL");
    assert_eq!(v["languages"][1]["code"], "uk");
    assert_eq!(v["cost_options"][0]["amount"], 0);
    assert_eq!(v["attributes"][0]["taxonomy_term"]["code"], "legal-aid");
    // Location-level hours go on the service-at-location.
    let two = app.json("/api/hsds/services/two-places").await;
    assert_eq!(
        two["schedules"][0]["opens_at"].as_str().unwrap()[..5],
        *"08:00"
    );
    assert_eq!(
        two["service_at_locations"][1]["schedules"][0]["opens_at"]
            .as_str()
            .unwrap()[..5],
        *"12:00"
    );
    // Each row says the UTC offset it is written in and the season it holds for.
    let row = &two["schedules"][0];
    let offset = row["timezone"].as_i64().unwrap();
    assert!(offset == 1 || offset == 2, "{row}");
    assert!(
        row["opens_at"]
            .as_str()
            .unwrap()
            .ends_with(&format!("+0{offset}:00")),
        "{row}"
    );
    assert!(
        row["valid_from"].as_str().unwrap() <= row["valid_to"].as_str().unwrap(),
        "{row}"
    );
    // Across midnight.
    let night = app.json("/api/hsds/services/night-line").await;
    assert_eq!(night["schedules"][0]["byday"], "FR,SA");
    assert_eq!(
        night["schedules"][0]["closes_at"].as_str().unwrap()[..5],
        *"02:00"
    );
    // In another language: texts fall back along the chain.
    let uk = app.json("/api/hsds/services/legal-gdynia-uk?lang=uk").await;
    assert_eq!(uk["name"], "Юридичні консультації українською в Гдині");
    app.get("/api/hsds/services/nope").await.assert_status(404);
}

#[tokio::test]
async fn hsds_rows_of_a_service_open_day_and_night() {
    let s = site();
    let app = App::at(&s, tuesday());
    let v = app.json("/api/hsds/services/always-open").await;
    let rows = v["schedules"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["byday"], "MO,TU,WE,TH,FR,SA,SU");
    assert_eq!(rows[0]["opens_at"].as_str().unwrap()[..5], *"00:00");
    // HSDS models a full day as 00:00-23:59: 24:00 is no time other systems accept.
    assert_eq!(rows[0]["closes_at"].as_str().unwrap()[..5], *"23:59");
    assert_eq!(rows[0]["description"], "24/7");
    // The row's id keeps its name from before (`…:00:00-24:00`): ids other systems hold stay.
    assert_eq!(
        rows[0]["id"],
        hsds::uuid_for(
            "schedule",
            "always-open:service:MO,TU,WE,TH,FR,SA,SU:00:00-24:00"
        )
        .to_string()
    );
    // The page still shows the day to its end.
    app.get("/pl/services/always-open")
        .await
        .assert_contains("00:00–24:00");
    // Nowhere in the export is there a 24:00.
    let all = app.json("/api/hsds/services?full=true&per_page=200").await;
    assert!(!all.to_string().contains("\"24:00\""), "{all}");
}

#[tokio::test]
async fn hsds_leaves_empty_lists_out() {
    let s = site();
    let app = App::at(&s, tuesday());
    // No hours, phones, languages, cost or areas: none of those members at all.
    let v = app.json("/api/hsds/services/no-hours").await;
    for absent in [
        "schedules",
        "phones",
        "languages",
        "cost_options",
        "service_areas",
    ] {
        assert!(v.get(absent).is_none(), "`{absent}` in {v}");
    }
    assert_eq!(v["service_at_locations"].as_array().unwrap().len(), 1);
    // A location with no accessibility note has no `accessibility`, and no own hours no
    // `schedules`.
    let sal = &v["service_at_locations"][0];
    assert!(sal.get("schedules").is_none(), "{sal}");
    assert!(sal["location"].get("accessibility").is_none(), "{sal}");
    // No address: no `service_at_locations`.
    let v = app.json("/api/hsds/services/always-open").await;
    assert!(v.get("service_at_locations").is_none(), "{v}");
    assert!(v["service_areas"].is_array());
    // The same in the list's full records.
    let full = app.json("/api/hsds/services?full=true&per_page=200").await;
    let mut seen = BTreeMap::new();
    for svc in full["contents"].as_array().unwrap() {
        validate_hsds_service(svc, &mut seen);
    }
}

#[tokio::test]
async fn hsds_region_is_the_county_name_in_the_language() {
    let s = site();
    let app = App::at(&s, tuesday());
    let region = |v: &Value, i: usize| {
        v["service_at_locations"][i]["location"]["addresses"][0]["region"].clone()
    };
    let pl = app.json("/api/hsds/services/two-places").await;
    assert_eq!(region(&pl, 0), "Gdańsk");
    assert_eq!(region(&pl, 1), "powiat pucki");
    let uk = app.json("/api/hsds/services/two-places?lang=uk").await;
    assert_eq!(region(&uk, 1), "Пуцький повіт");
    let ar = app.json("/api/hsds/services/two-places?lang=ar").await;
    assert_eq!(region(&ar, 1), "مقاطعة بوتسك");
}

/// The documented HSDS 3.0 shape (docs/api.md): required fields of each object, UUID ids unique
/// per kind, no nulls.
fn validate_hsds_service(v: &Value, seen: &mut BTreeMap<&'static str, BTreeSet<String>>) {
    fn uuid_of(v: &Value, what: &str) -> String {
        let s = v["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{what} without id: {v}"));
        let u = uuid::Uuid::parse_str(s).unwrap_or_else(|_| panic!("{what} id {s} is not a UUID"));
        assert_eq!(u.get_version_num(), 5, "{what} id {s}");
        s.to_string()
    }
    fn require(v: &Value, what: &str, fields: &[&str]) {
        for f in fields {
            assert!(
                v.get(*f).is_some_and(|x| !x.is_null()),
                "{what} lacks required `{f}`: {v}"
            );
        }
    }
    /// No nulls and no empty arrays, at any depth: both are left out.
    fn no_nulls(v: &Value, path: &str) {
        match v {
            Value::Null => panic!("null at {path}"),
            Value::Array(a) if a.is_empty() => panic!("empty array at {path}"),
            Value::Array(a) => a.iter().for_each(|x| no_nulls(x, path)),
            Value::Object(m) => m
                .iter()
                .for_each(|(k, x)| no_nulls(x, &format!("{path}.{k}"))),
            _ => {}
        }
    }
    let mut unique = |kind: &'static str, id: String| {
        assert!(
            seen.entry(kind).or_default().insert(id.clone()),
            "duplicate {kind} id {id}"
        );
    };
    /// An HSDS `time`: `HH:MM` from 00:00 to 23:59 (never `24:00`), with Warsaw's UTC offset.
    fn time(v: &Value, what: &str) {
        let Some(t) = v.as_str() else {
            panic!("{what} is not a string: {v}")
        };
        let Some(t) = t
            .strip_suffix("+01:00")
            .or_else(|| t.strip_suffix("+02:00"))
        else {
            panic!("{what} has no Warsaw UTC offset: {t}")
        };
        let ok = t.len() == 5
            && t.as_bytes()[2] == b':'
            && t[..2].parse::<u32>().is_ok_and(|h| h < 24)
            && t[3..].parse::<u32>().is_ok_and(|m| m < 60);
        assert!(ok, "{what} is not a time of day: {t}");
    }
    fn rows(v: &Value) {
        for s in v.as_array().into_iter().flatten() {
            for f in ["opens_at", "closes_at"] {
                if let Some(t) = s.get(f) {
                    time(t, f);
                }
            }
        }
    }
    no_nulls(v, "service");
    require(v, "service", &["id", "name", "status"]);
    rows(&v["schedules"]);
    unique("service", uuid_of(v, "service"));
    let org = &v["organization"];
    require(org, "organization", &["id", "name", "description"]);
    uuid_of(org, "organization");
    assert_eq!(v["organization_id"], org["id"]);
    for (list, kind, fields) in [
        ("phones", "phone", &["id", "number"][..]),
        ("languages", "language", &["id"][..]),
        ("schedules", "schedule", &["id"][..]),
        ("cost_options", "cost_option", &["id"][..]),
        ("attributes", "attribute", &["id"][..]),
        ("service_areas", "service_area", &["id"][..]),
        ("service_at_locations", "service_at_location", &["id"][..]),
    ] {
        for item in v[list].as_array().into_iter().flatten() {
            require(item, kind, fields);
            unique(kind, uuid_of(item, kind));
        }
    }
    for a in v["attributes"].as_array().into_iter().flatten() {
        require(
            &a["taxonomy_term"],
            "taxonomy_term",
            &["id", "name", "description"],
        );
        assert_eq!(a["taxonomy_term_id"], a["taxonomy_term"]["id"]);
    }
    for sal in v["service_at_locations"].as_array().into_iter().flatten() {
        let loc = &sal["location"];
        require(loc, "location", &["id", "location_type"]);
        unique("location", uuid_of(loc, "location"));
        assert_eq!(sal["location_id"], loc["id"]);
        for s in sal["schedules"].as_array().into_iter().flatten() {
            unique("schedule", uuid_of(s, "schedule"));
        }
        rows(&sal["schedules"]);
        for a in loc["addresses"].as_array().into_iter().flatten() {
            require(
                a,
                "address",
                &[
                    "id",
                    "address_1",
                    "city",
                    "state_province",
                    "postal_code",
                    "country",
                    "address_type",
                ],
            );
            unique("address", uuid_of(a, "address"));
        }
    }
}

#[test]
fn the_export_validates_against_the_documented_shape() {
    let s = site();
    let out = s.path().join("hsds.json");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_witaj"))
        .arg("--root")
        .arg(s.path())
        .args(["export", "--format", "hsds", "--output"])
        .arg(&out)
        .env("RUST_LOG", "off")
        .output()
        .expect("run witaj");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let v: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(v["total_items"], 8);
    assert_eq!(v["total_pages"], 1);
    assert_eq!(v["size"], 8);
    assert_eq!(v["first_page"], true);
    assert_eq!(v["last_page"], true);
    assert_eq!(v["empty"], false);
    let mut seen = BTreeMap::new();
    let mut org_names: BTreeMap<String, Value> = BTreeMap::new();
    for svc in v["contents"].as_array().unwrap() {
        validate_hsds_service(svc, &mut seen);
        let org = &svc["organization"];
        let prev = org_names
            .entry(org["id"].as_str().unwrap().to_string())
            .or_insert_with(|| org["name"].clone());
        assert_eq!(*prev, org["name"], "one organisation id, one name");
    }
    assert_eq!(seen["service"].len(), 8);
    // The same export on standard output, and in another language.
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_witaj"))
        .arg("--root")
        .arg(s.path())
        .args(["export", "--lang", "uk"])
        .env("RUST_LOG", "off")
        .output()
        .unwrap();
    assert!(run.status.success());
    let uk: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(uk["total_items"], 8);
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_witaj"))
        .arg("--root")
        .arg(s.path())
        .args(["export", "--lang", "xx"])
        .output()
        .unwrap();
    assert!(!run.status.success());
}

#[test]
fn the_bundled_directory_exports_valid_hsds() {
    let site = Site::load(&common::repo_root()).unwrap_or_else(|d| panic!("{d}"));
    assert!(site.directory.services.len() >= 25);
    let message = |id: &str| site.locales.text("pl", id);
    let h = hsds::Hsds {
        config: &site.config,
        directory: &site.directory,
        lang: "pl",
        message: &message,
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        base_url: &site.config.base_url,
    };
    let v = h.export();
    let mut seen = BTreeMap::new();
    for svc in v["contents"].as_array().unwrap() {
        validate_hsds_service(svc, &mut seen);
    }
    // Every bundled entry names its source and a verification date, and at least five are
    // translated into both Ukrainian and English beyond Polish.
    let translated = site
        .directory
        .services
        .values()
        .filter(|s| s.name.get("uk").is_some() && s.name.get("en").is_some())
        .count();
    assert!(translated >= 5, "{translated}");
}

// ---------------------------------------------------------------------------------------------
// `witaj check`: every directory error, with its file and line.

const VALID: &str = r#"name = { pl = "Usługa" }
topics = ["legal-aid"]
languages = ["pl"]
opening_hours = "Mo-Fr 09:00-17:00"
source = "https://example.org"
verified = 2026-11-20

[organization]
id = "org"
name = { pl = "Organizacja" }
kind = "ngo"

[[phones]]
number = "+48 58 000 00 00"

[[locations]]
address = "ul. Testowa 1"
postal_code = "80-001"
city = "Gdańsk"
municipality = "gdansk"
lat = 54.35
lon = 18.65
"#;

/// The errors of the fixture with `content/directory/bad.toml` written from VALID, `from`
/// replaced by `to`.
#[track_caller]
fn errors_with(from: &str, to: &str) -> String {
    assert!(VALID.contains(from), "{from}");
    let s = site();
    s.write("content/directory/bad.toml", &VALID.replace(from, to));
    s.errors()
}

#[test]
fn the_valid_template_loads() {
    let s = site();
    s.write("content/directory/bad.toml", VALID);
    let site = load(&s);
    assert!(site.directory.services.contains_key("bad"));
}

#[test]
fn check_unknown_topic_municipality_and_language() {
    let e = errors_with("[\"legal-aid\"]", "[\"legal-aid\", \"nope\"]");
    assert!(
        e.contains("content/directory/bad.toml:2: error: unknown topic `nope`: use one of"),
        "{e}"
    );
    let e = errors_with("municipality = \"gdansk\"", "municipality = \"warszawa\"");
    assert!(
        e.contains("content/directory/bad.toml:20: error: unknown municipality `warszawa`"),
        "{e}"
    );
    let e = errors_with("languages = [\"pl\"]", "languages = [\"pl\", \"xx\"]");
    assert!(
        e.contains("content/directory/bad.toml:3: error: unknown language code `xx`"),
        "{e}"
    );
    let e = errors_with(
        "verified = 2026-11-20",
        "verified = 2026-11-20\nareas = [\"gdansk\", \"mars\"]",
    );
    assert!(
        e.contains("content/directory/bad.toml:7: error: unknown municipality `mars`"),
        "{e}"
    );
    // A text in a language the portal does not publish.
    let e = errors_with(
        "name = { pl = \"Usługa\" }",
        "name = { pl = \"Usługa\", de = \"Dienst\" }",
    );
    assert!(
        e.contains(
            "bad.toml:1: error: `name` has a text in `de`, which is not a language of this portal"
        ),
        "{e}"
    );
}

#[test]
fn check_invalid_opening_hours_with_the_position() {
    let e = errors_with("Mo-Fr 09:00-17:00", "Mo-Fr 09:00-1x:00");
    assert!(
        e.contains("content/directory/bad.toml:4: error: invalid opening_hours \"Mo-Fr 09:00-1x:00\" at character "),
        "{e}"
    );
    assert!(e.contains("wiki.openstreetmap.org"), "{e}");
    // Location hours are checked too.
    let e = errors_with(
        "lon = 18.65\n",
        "lon = 18.65\nopening_hours = \"Mo-Fr 25:00-26:00 nonsense\"\n",
    );
    assert!(
        e.contains("bad.toml:23: error: invalid opening_hours"),
        "{e}"
    );
}

#[test]
fn check_bad_coordinates() {
    let e = errors_with("lat = 54.35", "lat = 154.35");
    assert!(
        e.contains("bad.toml:21: error: coordinates (154.35, 18.65) are not a place on Earth"),
        "{e}"
    );
    let e = errors_with("lat = 54.35\nlon = 18.65", "lat = 18.65\nlon = 54.35");
    assert!(
        e.contains("bad.toml:21: error: coordinates (18.65, 54.35) are outside Poland: `lat` and `lon` look swapped"),
        "{e}"
    );
    let e = errors_with("lat = 54.35\n", "");
    assert!(e.contains("give both `lat` and `lon`, or neither"), "{e}");
}

#[test]
fn check_duplicate_ids() {
    let s = site();
    s.write("content/directory/one/dup.toml", VALID);
    s.write("content/directory/two/dup.toml", VALID);
    let e = s.errors();
    assert!(
        e.contains("content/directory/two/dup.toml: error: duplicate service id `dup`: content/directory/one/dup.toml has the same name"),
        "{e}"
    );
    let s = site();
    s.write("content/directory/Bad_Name.toml", VALID);
    assert!(s.errors().contains("`Bad_Name` is not a valid service id"));
}

#[test]
fn check_name_missing_in_the_source_language() {
    let e = errors_with("name = { pl = \"Usługa\" }", "name = { uk = \"Послуга\" }");
    assert!(
        e.contains("content/directory/bad.toml:1: error: `name` is missing in the source language: add `pl = \"...\"` to it"),
        "{e}"
    );
    let e = errors_with(
        "name = { pl = \"Organizacja\" }",
        "name = { uk = \"Організація\" }",
    );
    assert!(
        e.contains("bad.toml:10: error: `organization.name` is missing in the source language"),
        "{e}"
    );
}

#[test]
fn check_guides_citing_services_that_do_not_exist() {
    let s = site();
    s.write(
        "content/guides/help/pl.md",
        &s.read("content/guides/help/pl.md")
            .replace("\"always-open\"]", "\"always-open\", \"ghost\"]")
            .replace("service:legal-gdansk-uk", "service:phantom"),
    );
    let e = s.errors();
    assert!(
        e.contains("content/guides/help/pl.md:7: error: the guide cites a service that does not exist: `ghost`"),
        "{e}"
    );
    assert!(
        e.contains("content/guides/help/pl.md:12: error: the guide cites a service that does not exist: `phantom`"),
        "{e}"
    );
}

#[test]
fn check_other_field_errors() {
    for (from, to, expected) in [
        (
            "opening_hours =",
            "opening_hour =",
            "bad.toml:4: error: unknown field `opening_hour`",
        ),
        (
            "kind = \"ngo\"",
            "kind = \"company\"",
            "bad.toml:11: error: unknown variant `company`",
        ),
        (
            "source = \"https://example.org\"",
            "source = \"example.org\"",
            "bad.toml:5: error: `source` must be a full https:// address",
        ),
        (
            "verified = 2026-11-20",
            "verified = 2026-11-20T10:00:00",
            "bad.toml:6: error: `verified` must be a date like 2026-11-23",
        ),
        (
            "postal_code = \"80-001\"",
            "postal_code = \"80001\"",
            "bad.toml:18: error: postal code `80001` must look like `80-810`",
        ),
        (
            "number = \"+48 58 000 00 00\"",
            "number = \"call us\"",
            "bad.toml:14: error: `call us` is not a phone number",
        ),
        (
            "topics = [\"legal-aid\"]",
            "topics = []",
            "bad.toml: error: `topics` is empty",
        ),
        (
            "verified = 2026-11-20\n",
            "verified = 2026-11-20\nemail = \"nobody\"\n",
            "bad.toml:7: error: `nobody` is not an e-mail address",
        ),
        (
            "id = \"org\"",
            "id = \"Org Name\"",
            "bad.toml:9: error: organization id `Org Name` must be lower-case",
        ),
        (
            "source = \"https://example.org\"\n",
            "",
            "bad.toml:1: error: missing field `source`",
        ),
    ] {
        let e = errors_with(from, to);
        assert!(e.contains(expected), "{expected}\n---\n{e}");
    }
}

#[test]
fn check_the_languages_file() {
    let s = site();
    s.write(
        "content/directory/_languages.toml",
        "en = \"English\"\nEN_us = \"x\"\nfr = \"\"\n",
    );
    let e = s.errors();
    assert!(
        e.contains("content/directory/_languages.toml:2: error: `EN_us` is not a language code"),
        "{e}"
    );
    assert!(
        e.contains(
            "content/directory/_languages.toml:3: error: language `fr` needs its name in itself"
        ),
        "{e}"
    );
}

#[test]
fn a_site_without_a_directory_is_fine() {
    let s = TestSite::fixture("site");
    let site = s.load().unwrap_or_else(|d| panic!("{d}"));
    assert!(site.directory.services.is_empty());
}

#[test]
#[ignore = "measurement: run with --ignored --nocapture"]
fn measure_directory_load() {
    let root = common::repo_root();
    let mut diags = witaj::diagnostics::Diagnostics::default();
    let config = witaj::config::Config::load(&root, &mut diags).unwrap();
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..10 {
        n = witaj::directory::Directory::load(&root, &config, &mut diags)
            .services
            .len();
    }
    let load = t.elapsed() / 10;
    let d = witaj::directory::Directory::load(&root, &config, &mut diags);
    let t = std::time::Instant::now();
    let all = candidates(&d, tuesday());
    let f = Filter::default();
    let _ = f.facets(&all, &config, &d);
    let eval = t.elapsed();
    println!("directory: {n} services loaded in {load:?}; open-now + facets in {eval:?}");
}

/// Service translations carry a source hash like guide translations: unstamped or older ones are
/// shown with the outdated notice; `witaj stamp` on the file makes them current.
#[tokio::test]
async fn translated_services_say_when_they_are_outdated() {
    let site = site();
    let page = |site: &TestSite| {
        let app = common::TestApp::new(load(site));
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

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_witaj"))
        .arg("--root")
        .arg(site.path())
        .args(["stamp", "content/directory/always-open.toml"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("stamped uk"));
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
