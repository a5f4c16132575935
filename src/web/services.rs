//! The directory's pages: `/{lang}/services` with its filters in the query string (a plain GET
//! form, so a filtered list works without JavaScript and can be shared as a link), one service at
//! `/{lang}/services/{id}`, and the desk's short link `/s/{id}`. Every time shown is Warsaw time,
//! and "now" is the state's clock.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::Response;
use chrono::{DateTime, Datelike, Utc};
use serde::Serialize;

use super::AppState;
use super::error;
use super::params::Params;
use super::render::{frame, page};
use super::segment::Segment;
use crate::directory::filter::{Candidate, Filter, candidates};
use crate::directory::hours::{self, Hours, State as HoursState};
use crate::directory::{Resolved, Service, Text};
use crate::site::Site;

/// The query's key/value pairs; a query that cannot be read counts as no query at all.
pub(super) fn query_pairs(uri: &Uri) -> Vec<(String, String)> {
    Query::<Vec<(String, String)>>::try_from_uri(uri)
        .map(|Query(v)| v)
        .unwrap_or_default()
}

/// A text in the reader's language or its fallback, with the `lang`/`dir` to mark a fallback.
#[derive(Serialize, Clone)]
pub(super) struct TextView<'a> {
    pub text: &'a str,
    /// Set only when the text is in another language than the page.
    pub lang: Option<&'a str>,
    pub dir: &'static str,
}

pub(super) fn text_view<'a>(site: &'a Site, lang: &str, text: &'a Text) -> Option<TextView<'a>> {
    let chain = site.config.chain(lang);
    text.resolve(&chain).map(|r: Resolved<'a>| TextView {
        text: r.text,
        lang: (r.lang != lang).then_some(r.lang),
        dir: site
            .config
            .language(r.lang)
            .map_or("ltr", |l| l.dir.as_str()),
    })
}

/// Where a service stands now, in words.
#[derive(Serialize, Clone)]
pub(super) struct StatusView {
    /// `open`, `closed`, `unknown` (the expression says so now) or `not-known` (no hours given).
    pub state: &'static str,
    pub text: String,
    /// The next opening or closing, in Warsaw time (RFC 3339), when known.
    pub next_change: Option<String>,
}

/// The state of a service over all its schedules: open if any place is open (until the latest
/// closing), else the earliest next opening.
pub(super) fn status(site: &Site, lang: &str, service: &Service, now: DateTime<Utc>) -> StatusView {
    let states: Vec<HoursState> = service.all_hours().map(|h| h.state(now)).collect();
    let open = states
        .iter()
        .filter_map(|s| match s {
            HoursState::Open { until } => Some(*until),
            _ => None,
        })
        // `None` (open beyond the look-ahead) wins over any closing time.
        .max_by(|a, b| match (a, b) {
            (None, None) => std::cmp::Ordering::Equal,
            (None, _) => std::cmp::Ordering::Greater,
            (_, None) => std::cmp::Ordering::Less,
            (Some(x), Some(y)) => x.cmp(y),
        });
    if let Some(until) = open {
        return state_view(site, lang, HoursState::Open { until }, now);
    }
    if states.iter().any(|s| matches!(s, HoursState::Unknown)) {
        return state_view(site, lang, HoursState::Unknown, now);
    }
    if states.is_empty() {
        return StatusView {
            state: "not-known",
            text: site.locales.text(lang, "hours-not-known"),
            next_change: None,
        };
    }
    let opens = states
        .iter()
        .filter_map(|s| match s {
            HoursState::Closed { opens } => *opens,
            _ => None,
        })
        .min();
    state_view(site, lang, HoursState::Closed { opens }, now)
}

/// The state of one schedule, in words.
pub(super) fn state_view(
    site: &Site,
    lang: &str,
    state: HoursState,
    now: DateTime<Utc>,
) -> StatusView {
    let l = &site.locales;
    let mut args = fluent_bundle::FluentArgs::new();
    match state {
        HoursState::Open { until: Some(t) } => {
            args.set("time", t.format("%H:%M").to_string());
            StatusView {
                state: "open",
                text: l.format(lang, "hours-open-until", Some(&args)),
                next_change: Some(t.to_rfc3339()),
            }
        }
        HoursState::Open { until: None } => StatusView {
            state: "open",
            text: l.text(lang, "hours-open-always"),
            next_change: None,
        },
        HoursState::Unknown => StatusView {
            state: "unknown",
            text: l.text(lang, "hours-unknown-now"),
            next_change: None,
        },
        HoursState::Closed { opens: None } => StatusView {
            state: "closed",
            text: l.text(lang, "hours-closed"),
            next_change: None,
        },
        HoursState::Closed { opens: Some(t) } => {
            args.set("time", t.format("%H:%M").to_string());
            let today = hours::local_date(now);
            let day = t.date_naive();
            let id = if day == today {
                "hours-closed-opens-today"
            } else if Some(day) == today.succ_opt() {
                "hours-closed-opens-tomorrow"
            } else {
                let weekday = day.weekday().number_from_monday();
                args.set("day", l.text(lang, &format!("day-on-{weekday}")));
                "hours-closed-opens-day"
            };
            StatusView {
                state: "closed",
                text: l.format(lang, id, Some(&args)),
                next_change: Some(t.to_rfc3339()),
            }
        }
    }
}

/// A language staff speak, by its own name.
#[derive(Serialize)]
pub(super) struct SpokenView<'a> {
    pub code: &'a str,
    pub name: &'a str,
}

fn spoken<'a>(site: &'a Site, service: &'a Service) -> Vec<SpokenView<'a>> {
    service
        .languages
        .iter()
        .map(|code| SpokenView {
            code,
            name: site.directory.language_name(code),
        })
        .collect()
}

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

/// The choices of one filter: offered when they give results, or when chosen.
fn choices<'a>(items: Vec<(&'a str, &'a str, usize)>, current: Option<&str>) -> Vec<Choice<'a>> {
    items
        .into_iter()
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
    open_now: bool,
    open_count: usize,
    free: bool,
    free_count: usize,
}

fn card<'a>(site: &'a Site, lang: &str, c: &Candidate<'a>, now: DateTime<Utc>) -> Option<Card<'a>> {
    let s = c.service;
    let places = s.places();
    let name = text_view(site, lang, &s.name)?;
    Some(Card {
        id: &s.id,
        org: text_view(site, lang, &s.organization.name).filter(|o| o.text != name.text),
        name,
        kind: s.organization.kind.as_str(),
        places,
        remote: s.is_remote(),
        free: s.free,
        status: status(site, lang, s, now),
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

pub async fn list(State(state): State<AppState>, params: Params, uri: Uri) -> Response {
    let site = state.site();
    let now = state.now();
    let lang = params.lang;
    let filter = Filter::from_pairs(&query_pairs(&uri), &site.config, &site.directory);
    let all = candidates(&site.directory, now);
    let found = filtered(&site, &lang, &filter, &all);
    let facets = filter.facets(&all, &site.config, &site.directory);
    let results: Vec<Card> = found
        .iter()
        .filter_map(|c| card(&site, &lang, c, now))
        .collect();
    let topics = choices(
        facets
            .topics
            .iter()
            .map(|(t, n)| (t.as_str(), t.as_str(), *n))
            .collect(),
        filter.topic.as_deref(),
    );
    let languages = choices(
        facets
            .languages
            .iter()
            .map(|(l, n)| (l.as_str(), site.directory.language_name(l), *n))
            .collect(),
        filter.speaks.as_deref(),
    );
    let places = choices(
        facets
            .places
            .iter()
            .map(|(p, n)| (p.as_str(), p.as_str(), *n))
            .collect(),
        filter.place.as_deref(),
    );
    let orgs = choices(
        facets
            .orgs
            .iter()
            .map(|(o, n)| (o.as_str(), o.as_str(), *n))
            .collect(),
        filter.org.map(|o| o.as_str()),
    );
    let all_langs = site.config.codes();
    let f = frame(&site, &lang, "services", &lang, &all_langs);
    let view = ListPage {
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
    page(&site, "services.html", f, view, StatusCode::OK)
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

/// A phone number as pages and the JSON API show it: as written, as a `tel:` target, and its note
/// in the reader's language.
#[derive(Serialize)]
pub(super) struct PhoneView<'a> {
    number: &'a str,
    tel: &'a str,
    note: Option<TextView<'a>>,
}

impl<'a> PhoneView<'a> {
    pub(super) fn of(site: &'a Site, lang: &str, phone: &'a crate::directory::Phone) -> Self {
        PhoneView {
            number: &phone.number,
            tel: &phone.tel,
            note: text_view(site, lang, &phone.note),
        }
    }
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
    guides: Vec<super::pages::Listed<'a>>,
    /// Some text is shown in another language than the page's.
    is_fallback: bool,
    /// The reader's-language texts were translated from older source texts.
    outdated: bool,
    source_href: String,
    short_link: String,
    /// Addresses are written as the post office writes them, in the source language.
    address_lang: &'a str,
    address_dir: &'static str,
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

pub async fn show(State(state): State<AppState>, params: Params) -> Response {
    let site = state.site();
    let now = state.now();
    let lang = params.lang.clone();
    let id = params.get("id");
    let Some(s) = site.directory.service(id) else {
        return error::not_found_page(&site, &lang);
    };
    let Some(name) = text_view(&site, &lang, &s.name) else {
        return error::not_found_page(&site, &lang);
    };
    let mut hours = Vec::new();
    if let Some(h) = &s.hours {
        hours.push(hours_view(&site, &lang, h, None, now));
    }
    for l in &s.locations {
        if let Some(h) = &l.hours {
            let place = text_view(&site, &lang, &l.name)
                .map(|n| n.text.to_string())
                .unwrap_or_else(|| format!("{}, {}", l.address, l.city));
            hours.push(hours_view(&site, &lang, h, Some(place), now));
        }
    }
    // The guides that cite the service, each in the reader's best language, like guide lists.
    let guides = site
        .directory
        .cited_by(&site.content, &s.id)
        .into_iter()
        .filter_map(|slug| super::pages::listed(&site, &lang, site.content.guide(slug)?))
        .collect();
    let description = text_view(&site, &lang, &s.description);
    let eligibility = text_view(&site, &lang, &s.eligibility);
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
        address_dir: site.config.source().dir.as_str(),
        description,
        eligibility,
        application: text_view(&site, &lang, &s.application),
        org: text_view(&site, &lang, &s.organization.name).filter(|o| o.text != name.text),
        org_website: s.organization.website.as_deref(),
        kind: s.organization.kind.as_str(),
        topics: &s.topics,
        status: status(&site, &lang, s, now),
        hours,
        hours_note: text_view(&site, &lang, &s.hours_note),
        locations: s
            .locations
            .iter()
            .map(|l| LocationView {
                name: text_view(&site, &lang, &l.name),
                address: &l.address,
                postal_code: l.postal_code.as_deref(),
                city: &l.city,
                municipality: &l.municipality,
                county: (l.county != l.municipality).then_some(l.county.as_str()),
                map_url: map_url(l),
                accessibility: text_view(&site, &lang, &l.accessibility),
            })
            .collect(),
        areas: &s.areas,
        remote: s.is_remote(),
        phones: s
            .phones
            .iter()
            .map(|p| PhoneView::of(&site, &lang, p))
            .collect(),
        email: s.email.as_deref(),
        website: s.website.as_deref(),
        languages: spoken(&site, s),
        languages_note: text_view(&site, &lang, &s.languages_note),
        free: s.free,
        cost_note: text_view(&site, &lang, &s.cost_note),
        verified: s.verified.to_string(),
        source: &s.source,
        guides,
        is_fallback,
        outdated: s.translation_status(&lang, &site.config.source_language)
            == crate::content::Status::Outdated,
        source_href: format!("/{}/services/{}", site.config.source_language, s.id),
        short_link: format!("{}/s/{}", site.config.base_url, s.id),
        name,
    };
    let all_langs = site.config.codes();
    let f = frame(
        &site,
        &lang,
        &format!("services/{}", s.id),
        &lang,
        &all_langs,
    );
    page(&site, "service.html", f, view, StatusCode::OK)
}

/// `/s/{id}`: the short link a desk clerk gives out, opening the service in the visitor's language.
/// Both answers depend on the visitor's headers and say so (`Vary`): the redirect, and the 404 page
/// in the visitor's language for an id no service has (one that is not UTF-8 included).
pub async fn short_link(
    State(state): State<AppState>,
    id: Segment,
    headers: HeaderMap,
) -> Response {
    let site = state.site();
    let lang = super::lang::choose(
        &site,
        headers.get(header::ACCEPT_LANGUAGE),
        headers.get(header::COOKIE),
    );
    match id.id().and_then(|id| site.directory.service(id)) {
        Some(s) => super::lang::negotiated_redirect(&format!("/{lang}/services/{}", s.id)),
        None => {
            let mut r = error::not_found_page(&site, &lang);
            r.headers_mut().insert(
                header::VARY,
                HeaderValue::from_static("Accept-Language, Cookie"),
            );
            r
        }
    }
}

/// The services a guide lists in its front matter, for the guide's page.
#[derive(Serialize)]
pub(super) struct RelatedService<'a> {
    pub id: &'a str,
    pub name: TextView<'a>,
    pub org: Option<TextView<'a>>,
    pub status: StatusView,
}

pub(super) fn related<'a>(
    site: &'a Site,
    lang: &str,
    ids: &'a [String],
    now: DateTime<Utc>,
) -> Vec<RelatedService<'a>> {
    ids.iter()
        .filter_map(|id| {
            let s = site.directory.service(id)?;
            Some(RelatedService {
                id: &s.id,
                name: text_view(site, lang, &s.name)?,
                org: text_view(site, lang, &s.organization.name),
                status: status(site, lang, s, now),
            })
        })
        .collect()
}
