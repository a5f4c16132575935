//! The HSDS 3.0 API (`/api/hsds/…`) and `witaj export --format hsds`: paging, query parameters,
//! schedule rows, empty lists left out, and every record judged by Open Referral's published
//! schemas (`hsds_schema`).

use std::collections::BTreeMap;

use serde_json::Value;
use witaj::directory::hsds;

use crate::common::TestSite;
use crate::hsds_schema::{Schema, SeenIds, assert_valid, assert_valid_service, violations};
use crate::{site, tuesday};

#[tokio::test]
async fn hsds_root_and_pages() {
    let s = site();
    let app = s.app_at(tuesday());
    let root = app.get_json("/api/hsds/").await;
    assert_eq!(root["version"], "3.0");
    assert!(
        root["openapi_url"]
            .as_str()
            .unwrap()
            .ends_with("openapi.json")
    );
    assert!(root["profile"].is_string());
    assert_eq!(app.get_json("/api/hsds").await, root);

    let p = app.get_json("/api/hsds/services?per_page=3&page=2").await;
    assert_eq!(p["total_items"], 8);
    assert_eq!(p["total_pages"], 3);
    assert_eq!(p["page_number"], 2);
    assert_eq!(p["size"], 3);
    assert_eq!(p["first_page"], false);
    assert_eq!(p["last_page"], false);
    assert_eq!(p["empty"], false);
    assert_eq!(p["contents"].as_array().unwrap().len(), 3);
    for item in p["contents"].as_array().unwrap() {
        assert_valid(Schema::ServiceListItem, item);
    }
    // List items carry the one-to-one fields and the organisation, not the nested lists.
    let item = &p["contents"][0];
    assert!(item["organization"]["name"].is_string());
    assert!(item.get("service_at_locations").is_none());
    let last = app.get_json("/api/hsds/services?per_page=3&page=3").await;
    assert_eq!(last["last_page"], true);
    assert_eq!(last["size"], 2);
    let beyond = app.get_json("/api/hsds/services?per_page=3&page=99").await;
    assert_eq!(beyond["size"], 0);
    assert_eq!(beyond["empty"], true);
    // HSDS's query parameters.
    let found = app.get_json("/api/hsds/services?search=gdyni").await;
    assert_eq!(found["total_items"], 3);
    let org = hsds::organization_uuid("fundacja-przyklad");
    let by_org = app
        .get_json(&format!("/api/hsds/services?organization_id={org}"))
        .await;
    assert_eq!(by_org["total_items"], 2);
    let term = hsds::topic_uuid("legal-aid");
    let by_term = app
        .get_json(&format!("/api/hsds/services?taxonomy_term_id={term}"))
        .await;
    assert_eq!(by_term["total_items"], 3);
    let full = app
        .get_json("/api/hsds/services?full=true&per_page=1")
        .await;
    assert!(full["contents"][0]["attributes"].is_array());
}

#[tokio::test]
async fn hsds_page_numbers_stay_within_safe_integers() {
    let s = site();
    let app = s.app_at(tuesday());
    // Beyond the bound, just beyond JavaScript's safe integers, beyond 64 bits: all the same page.
    for page in [
        "100001",
        "9007199254740993",
        "18446744073709551615",
        "99999999999999999999999999999",
    ] {
        let p = app
            .get_json(&format!("/api/hsds/services?page={page}"))
            .await;
        assert_eq!(p["page_number"], 100_000, "page={page}");
        assert_eq!(p["total_items"], 8, "page={page}");
        assert_eq!(p["size"], 0, "page={page}");
        assert_eq!(p["empty"], true, "page={page}");
        assert_eq!(p["last_page"], true, "page={page}");
        assert_eq!(p["first_page"], false, "page={page}");
    }
    let at_bound = app.get_json("/api/hsds/services?page=100000").await;
    assert_eq!(at_bound["page_number"], 100_000);
    // Not numbers, or 0: the first page.
    for page in ["0", "-1", "x", "", "1e3"] {
        let p = app
            .get_json(&format!("/api/hsds/services?page={page}"))
            .await;
        assert_eq!(p["page_number"], 1, "page={page}");
        assert_eq!(p["size"], 8, "page={page}");
    }
    // A huge page size is the largest allowed, not the default.
    let p = app
        .get_json("/api/hsds/services?per_page=99999999999999999999999&page=1")
        .await;
    assert_eq!(p["size"], 8);
    assert_eq!(p["total_pages"], 1);
    let p = app
        .get_json("/api/hsds/services?per_page=3&page=%2B2")
        .await;
    assert_eq!(p["page_number"], 2);
}

#[tokio::test]
async fn hsds_service_and_its_schedule_rows() {
    let s = site();
    let app = s.app_at(tuesday());
    let id = hsds::service_uuid("legal-gdynia-uk");
    // The UUID is derived with UUID v5 and pinned: other systems keep it.
    assert_eq!(id.to_string(), "9f8734c4-99d3-5f07-8617-c1e8bab43c6e");
    let by_uuid = app.get_json(&format!("/api/hsds/services/{id}")).await;
    let by_slug = app.get_json("/api/hsds/services/legal-gdynia-uk").await;
    assert_eq!(by_uuid, by_slug);
    let v = by_uuid;
    assert_valid_service(&v, &mut SeenIds::new());
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
    let two = app.get_json("/api/hsds/services/two-places").await;
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
    let night = app.get_json("/api/hsds/services/night-line").await;
    assert_eq!(night["schedules"][0]["byday"], "FR,SA");
    assert_eq!(
        night["schedules"][0]["closes_at"].as_str().unwrap()[..5],
        *"02:00"
    );
    // In another language: texts fall back along the chain.
    let uk = app
        .get_json("/api/hsds/services/legal-gdynia-uk?lang=uk")
        .await;
    assert_eq!(uk["name"], "Юридичні консультації українською в Гдині");
    app.get("/api/hsds/services/nope").await.assert_status(404);
}

#[tokio::test]
async fn hsds_rows_of_a_service_open_day_and_night() {
    let s = site();
    let app = s.app_at(tuesday());
    let v = app.get_json("/api/hsds/services/always-open").await;
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
    let all = app
        .get_json("/api/hsds/services?full=true&per_page=200")
        .await;
    assert!(!all.to_string().contains("\"24:00\""), "{all}");
}

#[tokio::test]
async fn hsds_leaves_empty_lists_out() {
    let s = site();
    let app = s.app_at(tuesday());
    // No hours, phones, languages, cost or areas: none of those members at all.
    let v = app.get_json("/api/hsds/services/no-hours").await;
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
    let v = app.get_json("/api/hsds/services/always-open").await;
    assert!(v.get("service_at_locations").is_none(), "{v}");
    assert!(v["service_areas"].is_array());
    // The same in the list's full records.
    let full = app
        .get_json("/api/hsds/services?full=true&per_page=200")
        .await;
    let mut seen = SeenIds::new();
    for svc in full["contents"].as_array().unwrap() {
        assert_valid_service(svc, &mut seen);
    }
}

#[tokio::test]
async fn hsds_region_is_the_county_name_in_the_language() {
    let s = site();
    let app = s.app_at(tuesday());
    let region = |v: &Value, i: usize| {
        v["service_at_locations"][i]["location"]["addresses"][0]["region"].clone()
    };
    let pl = app.get_json("/api/hsds/services/two-places").await;
    assert_eq!(region(&pl, 0), "Gdańsk");
    assert_eq!(region(&pl, 1), "powiat pucki");
    let uk = app.get_json("/api/hsds/services/two-places?lang=uk").await;
    assert_eq!(region(&uk, 1), "Пуцький повіт");
    let ar = app.get_json("/api/hsds/services/two-places?lang=ar").await;
    assert_eq!(region(&ar, 1), "مقاطعة بوتسك");
}

#[test]
fn the_export_validates_against_the_documented_shape() {
    let s = site();
    let out = s.path().join("hsds.json");
    let path = out.to_str().expect("a UTF-8 temporary path");
    s.cli(["export", "--format", "hsds", "--output", path])
        .assert_success();
    let v: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(v["total_items"], 8);
    assert_eq!(v["total_pages"], 1);
    assert_eq!(v["size"], 8);
    assert_eq!(v["first_page"], true);
    assert_eq!(v["last_page"], true);
    assert_eq!(v["empty"], false);
    let mut seen = SeenIds::new();
    let mut org_names: BTreeMap<String, Value> = BTreeMap::new();
    for svc in v["contents"].as_array().unwrap() {
        assert_valid_service(svc, &mut seen);
        let org = &svc["organization"];
        let prev = org_names
            .entry(org["id"].as_str().unwrap().to_string())
            .or_insert_with(|| org["name"].clone());
        assert_eq!(*prev, org["name"], "one organisation id, one name");
    }
    assert_eq!(seen["service"].len(), 8);
    // The same export on standard output, and in another language.
    let run = s.cli(["export", "--lang", "uk"]);
    run.assert_success();
    let uk: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(uk["total_items"], 8);
    s.cli(["export", "--lang", "xx"]).assert_failure();
}

#[test]
fn the_bundled_directory_exports_valid_hsds() {
    let site = TestSite::bundled();
    assert!(site.directory.services.len() >= 25);
    let h = site.hsds(
        "pl",
        witaj::directory::hours::warsaw(2026, 11, 24, 12, 0).unwrap(),
    );
    let v = h.export();
    let mut seen = SeenIds::new();
    for svc in v["contents"].as_array().unwrap() {
        assert_valid_service(svc, &mut seen);
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

// The judge can fail: HSDS's own rules refuse a status it does not know, an id that is not a
// UUID and an address without its required fields, so a valid answer means something.
#[tokio::test]
async fn the_published_schema_refuses_what_hsds_does_not_allow() {
    let s = site();
    let app = s.app_at(tuesday());
    let good = app.get_json("/api/hsds/services/legal-gdynia-uk").await;
    let Some(none) = violations(Schema::Service, &good) else {
        return; // No schemas here: hsds_schema printed why.
    };
    assert!(none.is_empty(), "{none:?}");
    let mut bad = good.clone();
    bad["status"] = "open".into();
    bad["id"] = "legal-gdynia-uk".into();
    let address = &mut bad["service_at_locations"][0]["location"]["addresses"][0];
    address.as_object_mut().unwrap().remove("postal_code");
    let found = violations(Schema::Service, &bad).unwrap().join("\n");
    for place in [
        "at /status:",
        "at /id:",
        "at /service_at_locations/0/location/addresses/0:",
    ] {
        assert!(found.contains(place), "{place} in:\n{found}");
    }
}
