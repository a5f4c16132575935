//! The directory's pages: `/{lang}/services` with its filters in the query string (a plain GET
//! form, so a filtered list works without JavaScript and can be shared as a link), one service at
//! `/{lang}/services/{id}`. Every time shown is Warsaw time, and "now" is the request's clock.

use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::cached::{hours_bound, valid_until};
use super::error::PageError;
use super::my_place;
use super::query::QueryPairs;
use super::reader::Reader;
use super::render::{frame, page};
use super::views::{
    Listed, PhoneView, SpokenView, StatusView, TextView, listed, localised, phones, service_status,
    spoken, state_view,
};
use crate::config::Direction;
use crate::directory::Service;
use crate::directory::filter::{Candidate, Filter, candidates};
use crate::directory::hours::{self, Hours};
use crate::site::Site;
use crate::urls;

/// A service in the list.
#[derive(Serialize)]
struct Card<'a> {
    id: &'a str,
    name: TextView<'a>,
    org: Option<TextView<'a>>,
    kind: &'static str,
    /// Municipality ids of its locations, each once.
    places: Vec<&'a str>,
    remote: bool,
    free: Option<bool>,
    status: StatusView,
    languages: Vec<SpokenView<'a>>,
}

#[derive(Serialize)]
struct Choice<'a> {
    id: &'a str,
    /// The name to show when it is not a Fluent message (languages, by their own name).
    name: &'a str,
    count: usize,
    selected: bool,
}

/// The choices of one filter: offered when they give results, or when chosen. `name` gives the
/// name to show for an id (the id itself when the template looks the name up in Fluent).
fn choices<'a, K>(
    items: &'a [(K, usize)],
    id: impl Fn(&'a K) -> &'a str,
    name: impl Fn(&'a K) -> &'a str,
    current: Option<&str>,
) -> Vec<Choice<'a>> {
    items
        .iter()
        .map(|(k, n)| (id(k), name(k), *n))
        .filter(|(id, _, n)| *n > 0 || current == Some(*id))
        .map(|(id, name, count)| Choice {
            id,
            name,
            count,
            selected: current == Some(id),
        })
        .collect()
}

#[derive(Serialize)]
struct ListPage<'a> {
    results: Vec<Card<'a>>,
    count: usize,
    total: usize,
    has_filters: bool,
    query: String,
    topics: Vec<Choice<'a>>,
    languages: Vec<Choice<'a>>,
    places: Vec<Choice<'a>>,
    orgs: Vec<Choice<'a>>,
    /// The county to narrow to: the one filtered by, else the chosen municipality's.
    near: Option<Near<'a>>,
    open_now: bool,
    open_count: usize,
    free: bool,
    free_count: usize,
}

/// "Only near me": the county of the visitor's municipality (or of `county=`), with its count and
/// whether the list is narrowed to it now.
#[derive(Serialize)]
struct Near<'a> {
    county: &'a str,
    /// The county's name, when the municipalities data has it (else the id is all there is).
    name: Option<super::views::TextView<'a>>,
    count: usize,
    selected: bool,
    /// The list narrowed to the county (or no longer narrowed, when it is), as a query string.
    toggle: String,
}

fn card<'a>(site: &'a Site, lang: &str, c: &Candidate<'a>, now: DateTime<Utc>) -> Option<Card<'a>> {
    let s = c.service;
    let places = s.places();
    let name = localised(site, lang, &s.name)?;
    Some(Card {
        id: &s.id,
        org: localised(site, lang, &s.organization.name).filter(|o| o.text != name.text),
        name,
        kind: s.organization.kind.as_str(),
        places,
        remote: s.is_remote(),
        free: s.free,
        status: service_status(site, lang, s, now),
        languages: spoken(site, s),
    })
}

/// The services, filtered and sorted by name in the reader's language, with each as a card.
pub(super) fn filtered<'a>(
    site: &'a Site,
    lang: &str,
    filter: &Filter,
    all: &[Candidate<'a>],
) -> Vec<Candidate<'a>> {
    let chain = site.config.chain(lang);
    let mut found = filter.apply(all);
    found.sort_by_cached_key(|c| {
        c.service
            .name
            .resolve(&chain)
            .map(|r| r.text.to_lowercase())
            .unwrap_or_default()
    });
    found
}

pub async fn list(
    r: Reader,
    query: QueryPairs,
    headers: axum::http::HeaderMap,
) -> Result<Response, PageError> {
    let (site, lang, now) = (&*r.site, r.lang.as_str(), r.now);
    let filter = Filter::from_pairs(query.pairs(), &site.config, &site.directory);
    let all = candidates(&site.directory, now);
    let found = filtered(site, lang, &filter, &all);
    let facets = filter.facets(&all, &site.config, &site.directory);
    let results: Vec<Card> = found
        .iter()
        .filter_map(|c| card(site, lang, c, now))
        .collect();
    let own = String::as_str;
    let topics = choices(&facets.topics, own, own, filter.topic.as_deref());
    let languages = choices(
        &facets.languages,
        own,
        |l| site.directory.language_name(l),
        filter.speaks.as_deref(),
    );
    let places = choices(&facets.places, own, own, filter.place.as_deref());
    let kind = |o: &crate::directory::OrgKind| o.as_str();
    let orgs = choices(&facets.orgs, kind, kind, filter.org.map(|o| o.as_str()));
    let near_county = filter
        .county
        .as_deref()
        .or_else(|| my_place::chosen(site, &headers).map(|p| p.county_id()));
    let near = near_county.and_then(|c| {
        let count = facets.counties.iter().find(|(id, _)| id == c)?.1;
        let selected = filter.county.as_deref() == Some(c);
        let toggle = if selected {
            filter.clone().in_county(None, &site.config)
        } else {
            filter.clone().in_county(Some(c), &site.config)
        };
        Some(Near {
            county: c,
            name: site
                .municipalities
                .get(c)
                .map(|p| super::municipalities::name(site, lang, p)),
            count,
            selected,
            toggle: toggle.to_query(),
        })
    });
    let all_langs = site.config.codes();
    let f = frame(site, lang, "services", lang, &all_langs);
    let view = ListPage {
        near,
        count: results.len(),
        results,
        total: all.len(),
        has_filters: !filter.is_empty(),
        query: filter.to_query(),
        topics,
        languages,
        places,
        orgs,
        open_now: filter.open_now,
        open_count: facets.open_now,
        free: filter.free,
        free_count: facets.free,
    };
    // Every card says whether its service is open now, and the filter counts those open.
    let until = hours_bound(
        site.directory.services.values().flat_map(|s| s.all_hours()),
        now,
    );
    // "Only near me" follows the visitor's municipality.
    page(site, "services.html", f, view).map(|p| my_place::vary(valid_until(p, until)))
}

#[derive(Serialize)]
struct DayView {
    weekday: u32,
    today: bool,
    holiday: bool,
    unknown: bool,
    /// `08:00–16:00`, one per period.
    periods: Vec<String>,
}

#[derive(Serialize)]
struct HoursView {
    /// The place these hours are for, when a service has several.
    place: Option<String>,
    status: StatusView,
    days: Vec<DayView>,
    raw: String,
}

fn hours_view(
    site: &Site,
    lang: &str,
    h: &Hours,
    place: Option<String>,
    now: DateTime<Utc>,
) -> HoursView {
    let today = hours::local_date(now);
    HoursView {
        place,
        status: state_view(site, lang, h.state(now), now),
        days: h
            .week(today)
            .into_iter()
            .enumerate()
            .map(|(i, d)| DayView {
                weekday: d.weekday,
                today: i == 0,
                holiday: d.holiday,
                unknown: d.unknown,
                periods: d.open.iter().map(|(a, b)| format!("{a}–{b}")).collect(),
            })
            .collect(),
        raw: h.raw().to_string(),
    }
}

#[derive(Serialize)]
struct LocationView<'a> {
    name: Option<TextView<'a>>,
    address: &'a str,
    postal_code: Option<&'a str>,
    city: &'a str,
    municipality: &'a str,
    /// Shown when the county is not the municipality itself.
    county: Option<&'a str>,
    map_url: String,
    accessibility: Option<TextView<'a>>,
}

#[derive(Serialize)]
struct ServicePage<'a> {
    id: &'a str,
    name: TextView<'a>,
    description: Option<TextView<'a>>,
    /// The description's paragraphs (separated by blank lines in the file).
    paragraphs: Vec<&'a str>,
    eligibility: Option<TextView<'a>>,
    application: Option<TextView<'a>>,
    org: Option<TextView<'a>>,
    org_website: Option<&'a str>,
    kind: &'static str,
    topics: &'a [String],
    status: StatusView,
    hours: Vec<HoursView>,
    hours_note: Option<TextView<'a>>,
    locations: Vec<LocationView<'a>>,
    /// Municipalities served without an address there.
    areas: &'a [String],
    remote: bool,
    phones: Vec<PhoneView<'a>>,
    email: Option<&'a str>,
    website: Option<&'a str>,
    languages: Vec<SpokenView<'a>>,
    languages_note: Option<TextView<'a>>,
    free: Option<bool>,
    cost_note: Option<TextView<'a>>,
    verified: String,
    source: &'a str,
    guides: Vec<Listed<'a>>,
    /// Some text is shown in another language than the page's.
    is_fallback: bool,
    /// The reader's-language texts were translated from older source texts.
    outdated: bool,
    source_href: String,
    short_link: String,
    /// Addresses are written as the post office writes them, in the source language.
    address_lang: &'a str,
    address_dir: Direction,
    feedback: super::feedback::FeedbackBox,
}

/// OpenStreetMap at the coordinates, or a search for the address when there are none.
fn map_url(l: &crate::directory::Location) -> String {
    match l.coordinates {
        Some(c) => format!(
            "https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=18/{lat:.5}/{lon:.5}",
            lat = c.lat,
            lon = c.lon
        ),
        None => {
            let q = format!(
                "{}, {} {}",
                l.address,
                l.postal_code.as_deref().unwrap_or(""),
                l.city
            );
            format!(
                "https://www.openstreetmap.org/search?query={}",
                percent_encoding::utf8_percent_encode(&q, percent_encoding::NON_ALPHANUMERIC)
            )
        }
    }
}

/// The service's own week and each location's, each labelled with its place.
fn hours_views(site: &Site, lang: &str, s: &Service, now: DateTime<Utc>) -> Vec<HoursView> {
    let own = s.hours.iter().map(|h| hours_view(site, lang, h, None, now));
    let places = s.locations.iter().filter_map(|l| {
        let h = l.hours.as_ref()?;
        let place = localised(site, lang, &l.name)
            .map(|n| n.text.to_string())
            .unwrap_or_else(|| format!("{}, {}", l.address, l.city));
        Some(hours_view(site, lang, h, Some(place), now))
    });
    own.chain(places).collect()
}

fn location_views<'a>(site: &'a Site, lang: &str, s: &'a Service) -> Vec<LocationView<'a>> {
    s.locations
        .iter()
        .map(|l| LocationView {
            name: localised(site, lang, &l.name),
            address: &l.address,
            postal_code: l.postal_code.as_deref(),
            city: &l.city,
            municipality: &l.municipality,
            county: (l.county != l.municipality).then_some(l.county.as_str()),
            map_url: map_url(l),
            accessibility: localised(site, lang, &l.accessibility),
        })
        .collect()
}

pub async fn show(r: Reader, query: QueryPairs) -> Result<Response, PageError> {
    let (site, lang, now) = (&*r.site, r.lang.as_str(), r.now);
    let s = site
        .directory
        .service(r.param("id")?)
        .ok_or(PageError::NotFound)?;
    let name = localised(site, lang, &s.name).ok_or(PageError::NotFound)?;
    let hours = hours_views(site, lang, s, now);
    // The guides that cite the service, each in the reader's best language, like guide lists.
    let guides = site
        .directory
        .cited_by(&site.content, &s.id)
        .into_iter()
        .filter_map(|slug| listed(site, lang, site.content.guide(slug)?))
        .collect();
    let description = localised(site, lang, &s.description);
    let eligibility = localised(site, lang, &s.eligibility);
    let is_fallback = [Some(&name), description.as_ref(), eligibility.as_ref()]
        .into_iter()
        .flatten()
        .any(|t| t.lang.is_some());
    let paragraphs = description
        .as_ref()
        .map(|d| {
            d.text
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let view = ServicePage {
        id: &s.id,
        paragraphs,
        address_lang: &site.config.source_language,
        address_dir: site.config.source().dir,
        description,
        eligibility,
        application: localised(site, lang, &s.application),
        org: localised(site, lang, &s.organization.name).filter(|o| o.text != name.text),
        org_website: s.organization.website.as_deref(),
        kind: s.organization.kind.as_str(),
        topics: &s.topics,
        status: service_status(site, lang, s, now),
        hours,
        hours_note: localised(site, lang, &s.hours_note),
        locations: location_views(site, lang, s),
        areas: &s.areas,
        remote: s.is_remote(),
        phones: phones(site, lang, &s.phones),
        email: s.email.as_deref(),
        website: s.website.as_deref(),
        languages: spoken(site, s),
        languages_note: localised(site, lang, &s.languages_note),
        free: s.free,
        cost_note: localised(site, lang, &s.cost_note),
        verified: s.verified.to_string(),
        source: &s.source,
        guides,
        is_fallback,
        outdated: s.translation_status(lang, &site.config.source_language)
            == crate::content::Status::Outdated,
        source_href: urls::service(&site.config.source_language, &s.id),
        short_link: urls::absolute(&site.config.base_url, &urls::short_service(&s.id)),
        feedback: super::feedback::FeedbackBox::new(&query, urls::service(lang, &s.id)),
        name,
    };
    let all_langs = site.config.codes();
    let f = frame(site, lang, &format!("services/{}", s.id), lang, &all_langs);
    let until = hours_bound(s.all_hours(), now);
    page(site, "service.html", f, view).map(|p| valid_until(p, until))
}
