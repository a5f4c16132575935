//! The directory in Open Referral's Human Services Data Specification, version 3.0: the JSON that
//! `/api/hsds/` serves and `witaj export --format hsds` writes, so other systems can take our data.
//!
//! - Ids: HSDS wants UUIDs. Each is a UUID v5 of [`NAMESPACE`] and a name such as
//!   `service:mopr-gdansk` or `location:mopr-gdansk:0`, so the same entry always gets the same id,
//!   in every export, on every machine.
//! - Texts: HSDS records hold one language. Each text is taken in the requested language, falling
//!   back along that language's chain like the pages do.
//! - Schedules: the `opening_hours` expression stays the master copy. Weekly rows (`freq`,
//!   `byday`, `opens_at`, `closes_at`) are generated from it for a regular week (one without
//!   public holidays), and every row carries the expression itself in `description`. Times are
//!   local time in Europe/Warsaw with the UTC offset of the current daylight-saving season,
//!   valid for that season (`valid_from`, `valid_to`); a period to the end of the day closes at `23:59`, as HSDS models
//!   a full day (`24:00` is not a time other systems accept).
//! - Empty values (`null`, empty arrays) are left out.
//!
//! The shapes follow `schema/compiled/service.json` (fully nested service), `service_list.json`
//! (the list's one-to-one fields) and the OpenAPI `Page` object of the HSDS 3.0 specification;
//! docs/api.md documents them field by field.
//!
//! Why one file of about 560 lines: every function here writes one HSDS record kind from the
//! same `Service`, and they share the id, text and schedule helpers; split by record kind, the
//! pieces would each import all the others. The tests are at the bottom.

use chrono::{Datelike, Duration, NaiveDate};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::Directory;
use super::hours::{Hours, is_public_holiday};
use super::model::{OrgKind, Service, Text};
use crate::config::Config;

/// The HSDS version these shapes follow.
pub const HSDS_VERSION: &str = "3.0";
/// The specification's profile page, given in the API's root answer.
pub const HSDS_PROFILE: &str = "https://docs.openreferral.org/en/3.0/";
/// The specification's OpenAPI file for the 3.0 API.
pub const HSDS_OPENAPI: &str =
    "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

/// The namespace of every HSDS id we derive. Chosen once at random (2026-11-23); changing it would
/// change every id other systems hold, so never change it.
pub const NAMESPACE: Uuid = Uuid::from_u128(0xbdbf7c85_e7bc_4077_915d_6aa281879fc7);

/// The taxonomy our topics form, named in each topic's `taxonomy_term`.
pub const TOPIC_TAXONOMY: &str = "witaj-topics";

/// The highest page number a list answers with: a larger (or overflowing) `page` is this one, so
/// `page_number` stays a small integer every client can hold (JavaScript's safe integers end at
/// 2^53). With at most 200 records a page, that is room for 20 million services.
pub const MAX_PAGE: usize = 100_000;

/// The stable UUID of `kind:key` (`service:mopr-gdansk`).
pub fn uuid_for(kind: &str, key: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("{kind}:{key}").as_bytes())
}

pub fn service_uuid(id: &str) -> Uuid {
    uuid_for("service", id)
}

pub fn organization_uuid(id: &str) -> Uuid {
    uuid_for("organization", id)
}

pub fn topic_uuid(topic: &str) -> Uuid {
    uuid_for("taxonomy_term", topic)
}

/// What `/api/hsds/services` was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListQuery {
    /// 1-based.
    pub page: usize,
    pub per_page: usize,
    /// Fully nested services instead of their one-to-one fields.
    pub full: bool,
    /// Lower-case words to find in the name, description or organisation.
    pub search: Option<String>,
    pub organization_id: Option<String>,
    pub taxonomy_term_id: Option<String>,
}

impl Default for ListQuery {
    fn default() -> Self {
        ListQuery {
            page: 1,
            per_page: 50,
            full: false,
            search: None,
            organization_id: None,
            taxonomy_term_id: None,
        }
    }
}

/// Builds HSDS records in one language.
pub struct Hsds<'a> {
    pub config: &'a Config,
    pub directory: &'a Directory,
    /// The language of the texts; missing texts come from its fallback chain.
    pub lang: &'a str,
    /// Interface messages in `lang`, by Fluent id: topic names (`topic-<id>`) for taxonomy
    /// terms, municipality names (`municipality-<id>`) for service areas, county names
    /// (`county-<id>`) for the `region` of addresses.
    pub locales: &'a crate::i18n::Locales,
    /// The day whose week (or the next regular week) the schedule rows describe.
    pub today: NaiveDate,
    /// The portal's address, for each service's page (`alternate` links are not in HSDS; the page
    /// goes in `url` when the service has no website of its own).
    pub base_url: &'a str,
}

impl Hsds<'_> {
    fn message(&self, id: &str) -> String {
        self.locales.text(self.lang, id)
    }

    fn text(&self, t: &Text) -> Option<String> {
        let chain = self.config.chain(self.lang);
        t.resolve(&chain).map(|r| r.text.to_string())
    }

    /// `GET /api/hsds/`: what this API is and which HSDS it follows.
    pub fn root(&self, description: &str, publisher: &str) -> Value {
        compact(json!({
            "version": HSDS_VERSION,
            "profile": HSDS_PROFILE,
            "openapi_url": HSDS_OPENAPI,
            "description": description,
            "publisher": { "name": publisher, "website": self.base_url },
        }))
    }

    /// A `Page` of services for `q`; `page` is taken between 1 and [`MAX_PAGE`].
    pub fn services_page(&self, q: &ListQuery) -> Value {
        let chain = self.config.chain(self.lang);
        let matching: Vec<&Service> = self
            .directory
            .services
            .values()
            .filter(|s| {
                q.organization_id.as_deref().is_none_or(|o| {
                    organization_uuid(&s.organization.id).to_string() == o.to_ascii_lowercase()
                })
            })
            .filter(|s| {
                q.taxonomy_term_id.as_deref().is_none_or(|t| {
                    s.topics
                        .iter()
                        .any(|x| topic_uuid(x).to_string() == t.to_ascii_lowercase())
                })
            })
            .filter(|s| {
                q.search.as_deref().is_none_or(|words| {
                    [&s.name, &s.description, &s.organization.name]
                        .iter()
                        .filter_map(|t| t.resolve(&chain))
                        .any(|r| r.text.to_lowercase().contains(words))
                })
            })
            .collect();
        let per_page = q.per_page.max(1);
        let page_number = q.page.clamp(1, MAX_PAGE);
        let contents: Vec<Value> = matching
            .iter()
            .skip((page_number - 1).saturating_mul(per_page))
            .take(per_page)
            .map(|s| {
                if q.full {
                    self.service(s)
                } else {
                    self.service_list_item(s)
                }
            })
            .collect();
        page(contents, matching.len(), page_number, per_page)
    }

    /// What `witaj export --format hsds` writes: every service fully nested, in one `Page`.
    pub fn export(&self) -> Value {
        let contents: Vec<Value> = self
            .directory
            .services
            .values()
            .map(|s| self.service(s))
            .collect();
        let n = contents.len();
        page(contents, n, 1, n.max(1))
    }

    /// The organisation, with HSDS's required `description` (empty when we have none).
    pub fn organization(&self, s: &Service) -> Value {
        let o = &s.organization;
        let legal_status = match o.kind {
            OrgKind::CityUnit => "local government unit",
            OrgKind::PublicOffice => "government administration",
            OrgKind::Ngo => "non-governmental organization",
        };
        compact(json!({
            "id": organization_uuid(&o.id),
            "name": self.text(&o.name).unwrap_or_default(),
            "description": self.text(&o.description).unwrap_or_default(),
            "website": o.website,
            "legal_status": legal_status,
        }))
    }

    /// The one-to-one fields of a service: an item of `/api/hsds/services`.
    pub fn service_list_item(&self, s: &Service) -> Value {
        let mut v = self.one_to_one(s);
        if let Value::Object(m) = &mut v {
            m.insert("organization".into(), self.organization(s));
        }
        v
    }

    fn one_to_one(&self, s: &Service) -> Value {
        let page = crate::urls::absolute(self.base_url, &crate::urls::service(self.lang, &s.id));
        compact(json!({
            "id": service_uuid(&s.id),
            "organization_id": organization_uuid(&s.organization.id),
            "name": self.text(&s.name).unwrap_or_else(|| s.id.clone()),
            "alternate_name": s.id,
            "description": self.text(&s.description),
            "url": s.website.clone().unwrap_or(page),
            "email": s.email,
            "status": "active",
            "interpretation_services": self.text(&s.languages_note),
            "application_process": self.text(&s.application),
            "fees_description": self.text(&s.cost_note),
            "eligibility_description": self.text(&s.eligibility),
            "assured_date": s.verified.to_string(),
        }))
    }

    /// The fully nested service: `/api/hsds/services/{id}` and each record of the export. Lists
    /// with nothing in them are left out, like empty values.
    pub fn service(&self, s: &Service) -> Value {
        let sid = service_uuid(&s.id);
        let mut v = self.one_to_one(s);
        let Value::Object(m) = &mut v else {
            return v;
        };
        m.insert("organization".into(), self.organization(s));
        let schedules = s
            .hours
            .as_ref()
            .map(|h| self.schedules(h, &format!("{}:service", s.id), Some(sid), None, None))
            .unwrap_or_default();
        m.insert("schedules".into(), Value::Array(schedules));
        let languages: Vec<Value> = s
            .languages
            .iter()
            .map(|code| {
                compact(json!({
                    "id": uuid_for("language", &format!("{}:{code}", s.id)),
                    "service_id": sid,
                    "name": self.directory.language_name(code),
                    "code": code,
                }))
            })
            .collect();
        m.insert("languages".into(), Value::Array(languages));
        let mut sals = Vec::new();
        for (i, l) in s.locations.iter().enumerate() {
            let key = format!("{}:{i}", s.id);
            let lid = uuid_for("location", &key);
            let salid = uuid_for("service_at_location", &key);
            let accessibility: Vec<Value> = self
                .text(&l.accessibility)
                .map(|d| {
                    vec![json!({
                        "id": uuid_for("accessibility", &key),
                        "location_id": lid,
                        "description": d,
                    })]
                })
                .unwrap_or_default();
            let location = compact(json!({
                "id": lid,
                "location_type": "physical",
                "organization_id": organization_uuid(&s.organization.id),
                "name": self.text(&l.name).or_else(|| self.text(&s.organization.name)),
                "latitude": l.coordinates.map(|c| c.lat),
                "longitude": l.coordinates.map(|c| c.lon),
                "addresses": [compact(json!({
                    "id": uuid_for("address", &key),
                    "location_id": lid,
                    "address_1": l.address,
                    "city": l.city,
                    "region": self.message(&format!("county-{}", l.county)),
                    "state_province": self.config.region.clone().unwrap_or_default(),
                    "postal_code": l.postal_code.clone().unwrap_or_default(),
                    "country": "PL",
                    "address_type": "physical",
                }))],
                "accessibility": accessibility,
            }));
            let schedules = l
                .hours
                .as_ref()
                .map(|h| self.schedules(h, &key, None, Some(lid), Some(salid)))
                .unwrap_or_default();
            sals.push(compact(json!({
                "id": salid,
                "service_id": sid,
                "location_id": lid,
                "schedules": schedules,
                "location": location,
            })));
        }
        m.insert("service_at_locations".into(), Value::Array(sals));
        let phones: Vec<Value> = s
            .phones
            .iter()
            .enumerate()
            .map(|(i, p)| {
                compact(json!({
                    "id": uuid_for("phone", &format!("{}:{i}", s.id)),
                    "service_id": sid,
                    "number": p.number,
                    "type": "voice",
                    "description": self.text(&p.note),
                }))
            })
            .collect();
        m.insert("phones".into(), Value::Array(phones));
        let cost_options: Vec<Value> = match s.free {
            Some(true) => vec![compact(json!({
                "id": uuid_for("cost_option", &s.id),
                "service_id": sid,
                "option": "free",
                "currency": "PLN",
                "amount": 0,
                "amount_description": self.text(&s.cost_note),
            }))],
            _ => Vec::new(),
        };
        m.insert("cost_options".into(), Value::Array(cost_options));
        let attributes: Vec<Value> = s
            .topics
            .iter()
            .map(|t| {
                let term = topic_uuid(t);
                json!({
                    "id": uuid_for("attribute", &format!("{}:{t}", s.id)),
                    "link_id": sid,
                    "link_type": "topic",
                    "link_entity": "service",
                    "taxonomy_term_id": term,
                    "taxonomy_term": {
                        "id": term,
                        "code": t,
                        "name": self.message(&format!("topic-{t}")),
                        "description": self.message(&format!("topic-{t}")),
                        "taxonomy": TOPIC_TAXONOMY,
                    },
                })
            })
            .collect();
        m.insert("attributes".into(), Value::Array(attributes));
        let areas: Vec<Value> = s
            .areas
            .iter()
            .map(|a| {
                json!({
                    "id": uuid_for("service_area", &format!("{}:{a}", s.id)),
                    "service_id": sid,
                    "name": self.message(&format!("municipality-{a}")),
                })
            })
            .collect();
        m.insert("service_areas".into(), Value::Array(areas));
        compact(v)
    }

    /// Weekly rows generated from `hours`, each keeping the expression in `description`. A
    /// schedule that is never open in a regular week is one row with the expression alone.
    fn schedules(
        &self,
        hours: &Hours,
        key: &str,
        service_id: Option<Uuid>,
        location_id: Option<Uuid>,
        service_at_location_id: Option<Uuid>,
    ) -> Vec<Value> {
        let notes = "Generated from the OpenStreetMap opening_hours expression in `description`, \
                     which is the master copy; times are local time in Europe/Warsaw with the UTC \
                     offset in force from valid_from to valid_to (it changes with daylight-saving \
                     time: fetch again after valid_to); PH means Polish public holidays.";
        let season = Season::of(self.today);
        let base = |id: Uuid| {
            compact(json!({
                "id": id,
                "service_id": service_id,
                "location_id": location_id,
                "service_at_location_id": service_at_location_id,
                "description": hours.raw(),
                "notes": notes,
            }))
        };
        let rows = weekly_rows(hours, self.today);
        if rows.is_empty() {
            return vec![base(uuid_for("schedule", key))];
        }
        rows.into_iter()
            .map(|r| {
                let mut v = base(uuid_for(
                    "schedule",
                    &format!("{key}:{}:{}-{}", r.byday, r.opens_at, r.closes_at),
                ));
                if let Value::Object(m) = &mut v {
                    m.insert("freq".into(), json!("WEEKLY"));
                    m.insert("interval".into(), json!(1));
                    m.insert("wkst".into(), json!("MO"));
                    m.insert("byday".into(), json!(r.byday));
                    m.insert("opens_at".into(), json!(season.time(&r.opens_at)));
                    m.insert(
                        "closes_at".into(),
                        json!(season.time(hsds_time(&r.closes_at))),
                    );
                    m.insert("timezone".into(), json!(season.offset_hours));
                    m.insert("valid_from".into(), json!(season.from.to_string()));
                    m.insert("valid_to".into(), json!(season.to.to_string()));
                }
                v
            })
            .collect()
    }
}

/// The stretch of days around `today` with one UTC offset in Europe/Warsaw (winter +01:00, summer
/// +02:00). HSDS reads a time without an offset as UTC, so each row carries the offset and is
/// valid only while it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Season {
    pub offset_hours: i32,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Season {
    pub fn of(today: NaiveDate) -> Season {
        /// Midday: never inside a daylight-saving jump, so every date has exactly one.
        const NOON: chrono::NaiveTime = match chrono::NaiveTime::from_hms_opt(12, 0, 0) {
            Some(t) => t,
            None => unreachable!(),
        };
        let offset = |d: NaiveDate| -> i32 {
            use chrono::{Offset, TimeZone};
            let noon = d.and_time(NOON);
            super::hours::TIME_ZONE
                .from_local_datetime(&noon)
                .earliest()
                .map_or(3600, |t| t.offset().fix().local_minus_utc())
                / 3600
        };
        let now = offset(today);
        // Offsets change twice a year: walk to the days either side where it changes.
        let mut from = today;
        while from > today - Duration::days(366) && offset(from - Duration::days(1)) == now {
            from -= Duration::days(1);
        }
        let mut to = today;
        while to < today + Duration::days(366) && offset(to + Duration::days(1)) == now {
            to += Duration::days(1);
        }
        Season {
            offset_hours: now,
            from,
            to,
        }
    }

    /// `08:00` as `08:00+01:00`.
    pub fn time(&self, t: &str) -> String {
        format!("{t}{:+03}:00", self.offset_hours)
    }
}

/// One generated schedule row: days sharing the same opening period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeeklyRow {
    /// `MO,TU,WE`.
    pub byday: String,
    pub opens_at: String,
    pub closes_at: String,
}

/// The opening periods of the first week from `today`'s that has no public holiday, grouped by
/// period: `Mo-Fr 08:00-16:00; Sa 10:00-14:00` gives two rows.
pub fn weekly_rows(hours: &Hours, today: NaiveDate) -> Vec<WeeklyRow> {
    const CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let regular = (0..12)
        .map(|w| monday + Duration::weeks(w))
        .find(|m| (0..7).all(|d| !is_public_holiday(*m + Duration::days(d))))
        .unwrap_or(monday);
    let mut periods: Vec<((String, String), Vec<&str>)> = Vec::new();
    for day in hours.week(regular) {
        let code = CODES[(day.weekday - 1) as usize];
        for period in day.open {
            match periods.iter_mut().find(|(p, _)| *p == period) {
                Some((_, days)) => days.push(code),
                None => periods.push((period, vec![code])),
            }
        }
    }
    periods
        .into_iter()
        .map(|((opens_at, closes_at), days)| WeeklyRow {
            byday: days.join(","),
            opens_at,
            closes_at,
        })
        .collect()
}

/// A time for an HSDS `opens_at`/`closes_at`: the end of the day, `24:00` in our rows (and on the
/// pages), is `23:59`, the last minute HSDS's `time` values can name. Row ids keep `24:00`, so they
/// stay what they were.
fn hsds_time(t: &str) -> &str {
    if t == "24:00" { "23:59" } else { t }
}

/// HSDS's `Page` object around `contents`: page numbers start at 1.
pub fn page(
    contents: Vec<Value>,
    total_items: usize,
    page_number: usize,
    per_page: usize,
) -> Value {
    let total_pages = total_items.div_ceil(per_page.max(1));
    json!({
        "total_items": total_items,
        "total_pages": total_pages,
        "page_number": page_number,
        "size": contents.len(),
        "first_page": page_number <= 1,
        "last_page": page_number >= total_pages,
        "empty": contents.is_empty(),
        "contents": contents,
    })
}

/// Drops `null` members and empty arrays, recursively: HSDS types fields as strings, numbers or
/// arrays, never null, and an empty list says nothing.
pub fn compact(v: Value) -> Value {
    match v {
        Value::Object(m) => {
            let m: Map<String, Value> = m
                .into_iter()
                .filter(|(_, v)| !v.is_null() && !matches!(v, Value::Array(a) if a.is_empty()))
                .map(|(k, v)| (k, compact(v)))
                .collect();
            Value::Object(m)
        }
        Value::Array(a) => Value::Array(a.into_iter().map(compact).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_uuid_v5() {
        let a = service_uuid("mopr-gdansk");
        assert_eq!(a, service_uuid("mopr-gdansk"));
        assert_ne!(a, service_uuid("mops-gdynia"));
        assert_eq!(a.get_version_num(), 5);
        // Pinned: other systems hold these ids.
        assert_eq!(
            NAMESPACE.to_string(),
            "bdbf7c85-e7bc-4077-915d-6aa281879fc7"
        );
    }

    #[test]
    fn rows_group_days_with_the_same_hours() {
        let h = Hours::parse("Mo-Fr 08:00-16:00; We 10:00-18:00; Sa 09:00-13:00; PH off").unwrap();
        // The week of 9 November 2026 has Independence Day: the next regular week is used.
        let rows = weekly_rows(&h, NaiveDate::from_ymd_opt(2026, 11, 11).unwrap());
        assert_eq!(
            rows,
            vec![
                WeeklyRow {
                    byday: "MO,TU,TH,FR".into(),
                    opens_at: "08:00".into(),
                    closes_at: "16:00".into()
                },
                WeeklyRow {
                    byday: "WE".into(),
                    opens_at: "10:00".into(),
                    closes_at: "18:00".into()
                },
                WeeklyRow {
                    byday: "SA".into(),
                    opens_at: "09:00".into(),
                    closes_at: "13:00".into()
                },
            ]
        );
    }

    #[test]
    fn rows_carry_the_offset_of_their_season() {
        let winter = Season::of(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        assert_eq!(winter.offset_hours, 1);
        // Daylight-saving time ends on the last Sunday of October and starts on the last of March.
        assert_eq!(winter.from, NaiveDate::from_ymd_opt(2026, 10, 25).unwrap());
        assert_eq!(winter.to, NaiveDate::from_ymd_opt(2027, 3, 27).unwrap());
        assert_eq!(winter.time("08:00"), "08:00+01:00");
        let summer = Season::of(NaiveDate::from_ymd_opt(2026, 7, 1).unwrap());
        assert_eq!(summer.offset_hours, 2);
        assert_eq!(summer.from, NaiveDate::from_ymd_opt(2026, 3, 29).unwrap());
        assert_eq!(summer.to, NaiveDate::from_ymd_opt(2026, 10, 24).unwrap());
        assert_eq!(summer.time("23:59"), "23:59+02:00");
    }

    #[test]
    fn the_end_of_the_day_is_23_59_in_hsds() {
        assert_eq!(hsds_time("24:00"), "23:59");
        assert_eq!(hsds_time("02:00"), "02:00");
        assert_eq!(hsds_time("17:30"), "17:30");
    }

    #[test]
    fn page_object() {
        let p = page(vec![json!(1), json!(2)], 5, 1, 2);
        assert_eq!(p["total_pages"], 3);
        assert_eq!(p["first_page"], true);
        assert_eq!(p["last_page"], false);
        assert_eq!(p["empty"], false);
        let p = page(vec![], 0, 1, 50);
        assert_eq!(p["empty"], true);
        assert_eq!(p["last_page"], true);
    }
}
