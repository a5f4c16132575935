//! JSON for other systems: `/api/services` (our own shape, with the services page's filters) and
//! the HSDS 3.0 endpoints under `/api/hsds/`. docs/api.md documents both.
//!
//! Answers are open data: any origin may read them (`Access-Control-Allow-Origin: *`). Bad query
//! values fall back to defaults; an unknown id, even one that is not UTF-8, is a 404 with a JSON
//! body.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use serde_json::json;

use super::AppState;
use super::segment::Segment;
use super::services::{
    PhoneView, SpokenView, StatusView, TextView, filtered, query_pairs, status, text_view,
};
use crate::directory::filter::{Filter, candidates};
use crate::directory::hours;
use crate::directory::hsds::{self, Hsds, ListQuery, MAX_PAGE};
use crate::directory::{Service, Text};
use crate::site::Site;

/// Most records one HSDS page may hold.
const MAX_PER_PAGE: usize = 200;
const DEFAULT_PER_PAGE: usize = 50;

fn json_response(status: StatusCode, body: &impl Serialize) -> Response {
    let bytes = match serde_json::to_vec_pretty(body) {
        Ok(b) => b,
        Err(e) => {
            tracing::error!(error = %e, "JSON serialisation failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let mut r = (status, bytes).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    // "Open now" changes by the minute.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}

fn not_found(what: &str) -> Response {
    json_response(
        StatusCode::NOT_FOUND,
        &json!({ "error": format!("no service `{what}`") }),
    )
}

fn first<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// `lang=` if it is a language of the portal, else the source language.
fn language(site: &Site, pairs: &[(String, String)]) -> String {
    first(pairs, "lang")
        .filter(|l| site.config.language(l).is_some())
        .map_or_else(|| site.config.source_language.clone(), str::to_string)
}

#[derive(Serialize)]
struct LocationJson<'a> {
    name: Option<TextView<'a>>,
    address: &'a str,
    postal_code: Option<&'a str>,
    city: &'a str,
    municipality: &'a str,
    county: &'a str,
    lat: Option<f64>,
    lon: Option<f64>,
    accessibility: Option<TextView<'a>>,
    opening_hours: Option<&'a str>,
}

#[derive(Serialize)]
struct OrgJson<'a> {
    id: &'a str,
    name: Option<TextView<'a>>,
    kind: &'static str,
    website: Option<&'a str>,
}

#[derive(Serialize)]
struct ServiceJson<'a> {
    id: &'a str,
    hsds_id: String,
    url: String,
    name: Option<TextView<'a>>,
    description: Option<TextView<'a>>,
    eligibility: Option<TextView<'a>>,
    application: Option<TextView<'a>>,
    organization: OrgJson<'a>,
    topics: &'a [String],
    languages: Vec<SpokenView<'a>>,
    languages_note: Option<TextView<'a>>,
    free: Option<bool>,
    cost_note: Option<TextView<'a>>,
    opening_hours: Option<&'a str>,
    hours_note: Option<TextView<'a>>,
    status: StatusView,
    locations: Vec<LocationJson<'a>>,
    areas: &'a [String],
    phones: Vec<PhoneView<'a>>,
    email: Option<&'a str>,
    website: Option<&'a str>,
    source: &'a str,
    verified: String,
    guides: Vec<&'a str>,
}

fn service_json<'a>(
    site: &'a Site,
    lang: &str,
    s: &'a Service,
    now: DateTime<Utc>,
) -> ServiceJson<'a> {
    let tv = |t: &'a Text| text_view(site, lang, t);
    ServiceJson {
        id: &s.id,
        hsds_id: hsds::service_uuid(&s.id).to_string(),
        url: format!("{}/{lang}/services/{}", site.config.base_url, s.id),
        name: tv(&s.name),
        description: tv(&s.description),
        eligibility: tv(&s.eligibility),
        application: tv(&s.application),
        organization: OrgJson {
            id: &s.organization.id,
            name: tv(&s.organization.name),
            kind: s.organization.kind.as_str(),
            website: s.organization.website.as_deref(),
        },
        topics: &s.topics,
        languages: s
            .languages
            .iter()
            .map(|code| SpokenView {
                code,
                name: site.directory.language_name(code),
            })
            .collect(),
        languages_note: tv(&s.languages_note),
        free: s.free,
        cost_note: tv(&s.cost_note),
        opening_hours: s.hours.as_ref().map(|h| h.raw()),
        hours_note: tv(&s.hours_note),
        status: status(site, lang, s, now),
        locations: s
            .locations
            .iter()
            .map(|l| LocationJson {
                name: tv(&l.name),
                address: &l.address,
                postal_code: l.postal_code.as_deref(),
                city: &l.city,
                municipality: &l.municipality,
                county: &l.county,
                lat: l.coordinates.map(|c| c.lat),
                lon: l.coordinates.map(|c| c.lon),
                accessibility: tv(&l.accessibility),
                opening_hours: l.hours.as_ref().map(|h| h.raw()),
            })
            .collect(),
        areas: &s.areas,
        phones: s
            .phones
            .iter()
            .map(|p| PhoneView::of(site, lang, p))
            .collect(),
        email: s.email.as_deref(),
        website: s.website.as_deref(),
        source: &s.source,
        verified: s.verified.to_string(),
        guides: site.directory.cited_by(&site.content, &s.id),
    }
}

#[derive(Serialize)]
struct FilterJson<'a> {
    topic: Option<&'a str>,
    speaks: Option<&'a str>,
    place: Option<&'a str>,
    open: bool,
    free: bool,
    org: Option<&'static str>,
}

/// `GET /api/services`: the services in our own shape, filtered like the services page.
pub async fn services(State(state): State<AppState>, uri: Uri) -> Response {
    let site = state.site();
    let now = state.now();
    let pairs = query_pairs(&uri);
    let lang = language(&site, &pairs);
    let filter = Filter::from_pairs(&pairs, &site.config, &site.directory);
    let all = candidates(&site.directory, now);
    let found = filtered(&site, &lang, &filter, &all);
    let services: Vec<ServiceJson> = found
        .iter()
        .map(|c| service_json(&site, &lang, c.service, now))
        .collect();
    json_response(
        StatusCode::OK,
        &json!({
            "lang": lang,
            "generated_at": now.to_rfc3339_opts(SecondsFormat::Secs, true),
            "filter": FilterJson {
                topic: filter.topic.as_deref(),
                speaks: filter.speaks.as_deref(),
                place: filter.place.as_deref(),
                open: filter.open_now,
                free: filter.free,
                org: filter.org.map(|o| o.as_str()),
            },
            "count": services.len(),
            "services": services,
        }),
    )
}

/// `GET /api/services/{id}`.
pub async fn service(State(state): State<AppState>, id: Segment, uri: Uri) -> Response {
    let site = state.site();
    let now = state.now();
    let lang = language(&site, &query_pairs(&uri));
    match id.id().and_then(|id| site.directory.service(id)) {
        Some(s) => json_response(StatusCode::OK, &service_json(&site, &lang, s, now)),
        None => not_found(id.shown()),
    }
}

/// The HSDS builder for a request in `lang`.
fn with_hsds<T>(site: &Site, lang: &str, now: DateTime<Utc>, f: impl FnOnce(&Hsds) -> T) -> T {
    let message = |id: &str| site.locales.text(lang, id);
    let h = Hsds {
        config: &site.config,
        directory: &site.directory,
        lang,
        message: &message,
        today: hours::local_date(now),
        base_url: &site.config.base_url,
    };
    f(&h)
}

/// `GET /api/hsds/`: which HSDS this API follows.
pub async fn hsds_root(State(state): State<AppState>, uri: Uri) -> Response {
    let site = state.site();
    let lang = language(&site, &query_pairs(&uri));
    let body = with_hsds(&site, &lang, state.now(), |h| {
        h.root(
            &site.locales.text(&lang, "site-tagline"),
            &site.locales.text(&lang, "site-name"),
        )
    });
    json_response(StatusCode::OK, &body)
}

/// A count from the query: digits only; one too large for a number saturates, so that it is
/// treated like any other too-large value rather than like garbage.
fn count(v: &str) -> Option<usize> {
    let v = v.trim();
    let v = v.strip_prefix('+').unwrap_or(v);
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(v.parse::<usize>().unwrap_or(usize::MAX))
}

/// The HSDS list query: `page`, `per_page`, `full`, `search`, `organization_id`,
/// `taxonomy_term_id`. Numbers that are not numbers (or 0) fall back to the defaults; too large
/// ones, however large, are the largest allowed (`MAX_PAGE`, `MAX_PER_PAGE`).
fn list_query(pairs: &[(String, String)]) -> ListQuery {
    let number = |k: &str| first(pairs, k).and_then(count).filter(|n| *n > 0);
    ListQuery {
        page: number("page").unwrap_or(1).min(MAX_PAGE),
        per_page: number("per_page")
            .unwrap_or(DEFAULT_PER_PAGE)
            .min(MAX_PER_PAGE),
        full: first(pairs, "full").is_some_and(|v| matches!(v, "true" | "1")),
        search: first(pairs, "search")
            .map(|s| s.trim().to_lowercase())
            .filter(|s| !s.is_empty() && s.len() <= 200),
        organization_id: first(pairs, "organization_id").map(str::to_string),
        taxonomy_term_id: first(pairs, "taxonomy_term_id").map(str::to_string),
    }
}

/// `GET /api/hsds/services`: HSDS's paginated `Page` of services.
pub async fn hsds_services(State(state): State<AppState>, uri: Uri) -> Response {
    let site = state.site();
    let pairs = query_pairs(&uri);
    let lang = language(&site, &pairs);
    let body = with_hsds(&site, &lang, state.now(), |h| {
        h.services_page(&list_query(&pairs))
    });
    json_response(StatusCode::OK, &body)
}

/// `GET /api/hsds/services/{id}`: the fully nested service, by its UUID or by our id.
pub async fn hsds_service(State(state): State<AppState>, id: Segment, uri: Uri) -> Response {
    let site = state.site();
    let lang = language(&site, &query_pairs(&uri));
    let found = id.id().and_then(|id| {
        site.directory.service(id).or_else(|| {
            site.directory
                .services
                .values()
                .find(|s| hsds::service_uuid(&s.id).to_string() == id.to_ascii_lowercase())
        })
    });
    match found {
        Some(s) => json_response(
            StatusCode::OK,
            &with_hsds(&site, &lang, state.now(), |h| h.service(s)),
        ),
        None => not_found(id.shown()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(q: &str) -> ListQuery {
        let pairs: Vec<(String, String)> = q
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        list_query(&pairs)
    }

    #[test]
    fn page_numbers_stay_within_bounds() {
        assert_eq!(query("page=2").page, 2);
        assert_eq!(query("page=0").page, 1);
        assert_eq!(query("page=-3").page, 1);
        assert_eq!(query("page=x").page, 1);
        assert_eq!(query("page=100001").page, MAX_PAGE);
        assert_eq!(query("page=9007199254740993").page, MAX_PAGE);
        assert_eq!(query("page=99999999999999999999999999").page, MAX_PAGE);
        assert_eq!(
            query("per_page=99999999999999999999999999").per_page,
            MAX_PER_PAGE
        );
        assert_eq!(query("per_page=0").per_page, DEFAULT_PER_PAGE);
    }
}
