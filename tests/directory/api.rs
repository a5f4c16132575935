//! The JSON API of the directory (`/api/services`, docs/api.md): its shape, its filters, and the
//! documented JSON 404 for ids that are not there.

use witaj::directory::hsds;

use crate::{site, tuesday};

#[tokio::test]
async fn bad_ids_in_the_api_are_the_documented_json_404() {
    let s = site();
    let app = s.app_at(tuesday());
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
        assert_eq!(r.header("access-control-allow-origin"), Some("*"), "{path}");
        let body = r.json();
        assert_eq!(
            body["error"],
            format!("no service `{named}`"),
            "{path}: {body}"
        );
    }
    // A UTF-8 id that is percent-encoded still finds its service.
    app.get_json("/api/services/night%2Dline").await;
    app.get_json("/api/hsds/services/night%2Dline").await;
}

#[tokio::test]
async fn api_services_shape() {
    let s = site();
    let app = s.app_at(tuesday());
    let v = app
        .get_json("/api/services?lang=uk&topic=legal-aid&speaks=uk&place=gdynia&open=1")
        .await;
    // The id other systems know the service by is the HSDS one, derived from ours.
    assert_eq!(
        v["services"][0]["hsds_id"],
        hsds::service_uuid("legal-gdynia-uk").to_string()
    );
    // The whole answer: the filter as applied, texts with the language they are in when it is
    // not the one asked for (the note is only in Polish), the status at the stopped clock.
    insta::assert_json_snapshot!(v, @r#"
        {
          "count": 1,
          "filter": {
            "county": null,
            "free": false,
            "open": true,
            "org": null,
            "place": "gdynia",
            "speaks": "uk",
            "topic": "legal-aid"
          },
          "generated_at": "2026-11-24T09:00:00Z",
          "lang": "uk",
          "services": [
            {
              "application": null,
              "areas": [],
              "cost_note": null,
              "description": {
                "dir": "ltr",
                "lang": null,
                "text": "Юридичні консультації для іноземців."
              },
              "eligibility": {
                "dir": "ltr",
                "lang": null,
                "text": "Іноземці."
              },
              "email": "porady@example.org",
              "free": true,
              "guides": [
                "help"
              ],
              "hours_note": null,
              "hsds_id": "9f8734c4-99d3-5f07-8617-c1e8bab43c6e",
              "id": "legal-gdynia-uk",
              "languages": [
                {
                  "code": "pl",
                  "name": "Polski"
                },
                {
                  "code": "uk",
                  "name": "Українська"
                }
              ],
              "languages_note": {
                "dir": "ltr",
                "lang": "pl",
                "text": "Po ukraińsku we wtorki i czwartki."
              },
              "locations": [
                {
                  "accessibility": {
                    "dir": "ltr",
                    "lang": "pl",
                    "text": "Wejście bez schodów."
                  },
                  "address": "ul. Przykładowa 1",
                  "city": "Gdynia",
                  "county": "gdynia",
                  "lat": 54.5189,
                  "lon": 18.5305,
                  "municipality": "gdynia",
                  "name": null,
                  "opening_hours": null,
                  "postal_code": "81-001"
                }
              ],
              "name": {
                "dir": "ltr",
                "lang": null,
                "text": "Юридичні консультації українською в Гдині"
              },
              "opening_hours": "Mo-Fr 09:00-17:00; PH off",
              "organization": {
                "id": "fundacja-przyklad",
                "kind": "ngo",
                "name": {
                  "dir": "ltr",
                  "lang": "pl",
                  "text": "Fundacja Przykład"
                },
                "website": null
              },
              "phones": [
                {
                  "note": {
                    "dir": "ltr",
                    "lang": null,
                    "text": "запис"
                  },
                  "number": "+48 58 000 00 01",
                  "tel": "+48580000001"
                }
              ],
              "source": "https://example.org/zrodlo",
              "status": {
                "next_change": "2026-11-24T17:00:00+01:00",
                "state": "open",
                "text": "Відчинено зараз, до 17:00"
              },
              "topics": [
                "legal-aid"
              ],
              "url": "https://portal.example/uk/services/legal-gdynia-uk",
              "verified": "2026-11-20",
              "website": "https://example.org/porady"
            }
          ]
        }
        "#);

    let all = app.get_json("/api/services").await;
    assert_eq!(all["lang"], "pl");
    assert_eq!(all["count"], 8);
    let one = app.get_json("/api/services/no-hours").await;
    assert_eq!(one["status"]["state"], "not-known");
    assert_eq!(one["opening_hours"], serde_json::Value::Null);
    let missing = app.get("/api/services/nope").await;
    missing.assert_status(404);
    let body = missing.json();
    assert!(body["error"].as_str().unwrap().contains("nope"));
    assert_eq!(
        app.get("/api/services")
            .await
            .header("access-control-allow-origin"),
        Some("*")
    );
}
