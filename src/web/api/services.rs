//! `/api/services` and `/api/services/{id}`: services in our own shape, filtered like the services
//! page (docs/api.md).

use axum::response::Response;
use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use super::super::AppState;
use super::super::query::QueryPairs;
use super::super::segment::Segment;
use super::super::services::filtered;
use super::super::views::{
    PhoneView, SpokenView, StatusView, TextView, localised, phones, service_status, spoken,
};
use super::{ApiError, language, ok};
use crate::directory::filter::{Filter, candidates};
use crate::directory::hsds;
use crate::directory::{Service, Text};
use crate::site::Site;
use crate::urls;
use axum::extract::State;

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
    let tv = |t: &'a Text| localised(site, lang, t);
    ServiceJson {
        id: &s.id,
        hsds_id: hsds::service_uuid(&s.id).to_string(),
        url: urls::absolute(&site.config.base_url, &urls::service(lang, &s.id)),
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
        languages: spoken(site, s),
        languages_note: tv(&s.languages_note),
        free: s.free,
        cost_note: tv(&s.cost_note),
        opening_hours: s.hours.as_ref().map(|h| h.raw()),
        hours_note: tv(&s.hours_note),
        status: service_status(site, lang, s, now),
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
        phones: phones(site, lang, &s.phones),
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
    county: Option<&'a str>,
    open: bool,
    free: bool,
    org: Option<&'static str>,
}

/// `GET /api/services`: the services in our own shape, filtered like the services page.
pub async fn services(
    State(state): State<AppState>,
    query: QueryPairs,
) -> Result<Response, ApiError> {
    let site = state.site();
    let now = state.now();
    let lang = language(&site, &query);
    let filter = Filter::from_pairs(query.pairs(), &site.config, &site.directory);
    let all = candidates(&site.directory, now);
    let found = filtered(&site, &lang, &filter, &all);
    let services: Vec<ServiceJson> = found
        .iter()
        .map(|c| service_json(&site, &lang, c.service, now))
        .collect();
    #[derive(Serialize)]
    struct List<'a> {
        lang: &'a str,
        generated_at: String,
        filter: FilterJson<'a>,
        count: usize,
        services: Vec<ServiceJson<'a>>,
    }
    ok(&List {
        lang: &lang,
        generated_at: now.to_rfc3339_opts(SecondsFormat::Secs, true),
        filter: FilterJson {
            topic: filter.topic.as_deref(),
            speaks: filter.speaks.as_deref(),
            place: filter.place.as_deref(),
            county: filter.county.as_deref(),
            open: filter.open_now,
            free: filter.free,
            org: filter.org.map(|o| o.as_str()),
        },
        count: services.len(),
        services,
    })
}

/// `GET /api/services/{id}`.
pub async fn service(
    State(state): State<AppState>,
    id: Segment,
    query: QueryPairs,
) -> Result<Response, ApiError> {
    let site = state.site();
    let lang = language(&site, &query);
    let s = id
        .id()
        .and_then(|id| site.directory.service(id))
        .ok_or_else(|| ApiError::NoService(id.shown().to_string()))?;
    ok(&service_json(&site, &lang, s, state.now()))
}
