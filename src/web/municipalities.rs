//! The municipalities' pages: `/{lang}/municipalities` lists them by county, with a plain GET
//! name search (`?q=`, works without JavaScript, found in any script); one place at
//! `/{lang}/municipalities/{id}` says, for each local step, which office of the directory does it
//! there (the county's when the place has none of its own) or that the portal does not know yet.

use axum::http::HeaderMap;
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::error::PageError;
use super::my_place;
use super::query::QueryPairs;
use super::reader::{Reader, direction};
use super::render::{frame, page};
use super::views::{
    Listed, PhoneView, StatusView, TextView, listed, localised, phones, service_status,
};
use crate::config::Direction;
use crate::municipalities::{Kind, Place, Step};
use crate::site::Site;
use crate::urls;

/// A place's name for the reader: `names.<lang>`, or the Polish short name marked as Polish.
pub(super) fn name<'a>(site: &'a Site, lang: &str, p: &'a Place) -> TextView<'a> {
    let (text, stands_in) = p.name_in(lang);
    let source = site.config.source_language.as_str();
    let foreign = stands_in && lang != source;
    TextView {
        text,
        lang: foreign.then_some(source),
        dir: direction(site, if foreign { source } else { lang }),
    }
}

#[derive(Serialize)]
struct PlaceLink<'a> {
    id: &'a str,
    name: TextView<'a>,
}

fn link<'a>(site: &'a Site, lang: &str, p: &'a Place) -> PlaceLink<'a> {
    PlaceLink {
        id: &p.id,
        name: name(site, lang, p),
    }
}

/// One county and its municipalities; `county` is `None` for the cities with county rights.
#[derive(Serialize)]
struct Group<'a> {
    county: Option<PlaceLink<'a>>,
    places: Vec<PlaceLink<'a>>,
}

#[derive(Serialize)]
struct ListPage<'a> {
    query: &'a str,
    groups: Vec<Group<'a>>,
    count: usize,
    my_place: MyPlaceView<'a>,
    /// Every place, by the name the reader sees, for the chooser.
    options: Vec<PlaceLink<'a>>,
}

/// The "my municipality" forms (`templates/partials/my-place.html`): where they post, the page to
/// come back to, and the visitor's current choice.
#[derive(Serialize)]
struct MyPlaceView<'a> {
    action: String,
    /// The page, inside the language, the form came from.
    next: String,
    chosen: Option<PlaceLink<'a>>,
}

fn my_place_view<'a>(
    site: &'a Site,
    lang: &str,
    headers: &HeaderMap,
    next: String,
) -> MyPlaceView<'a> {
    MyPlaceView {
        action: urls::my_municipality(),
        next,
        chosen: my_place::chosen(site, headers).map(|p| link(site, lang, p)),
    }
}

/// Sorted by the name the reader sees, compared folded so `Ż` sorts with `Z`.
fn sort_links(links: &mut [PlaceLink<'_>]) {
    links.sort_by_cached_key(|l| crate::municipalities::names::fold(l.name.text));
}

/// The list's path inside a language, with the search typed, its query encoded as a form's
/// (`municipalities?q=pruszcz+gda%C5%84ski`); `my_place::choose` checks it again before going back.
fn list_path(q: &str) -> String {
    if q.is_empty() {
        return "municipalities".to_string();
    }
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair("q", q)
        .finish();
    format!("municipalities?{query}")
}

pub async fn list(r: Reader, query: QueryPairs, headers: HeaderMap) -> Result<Response, PageError> {
    let (site, lang) = (&*r.site, r.lang.as_str());
    let q = query.text("q").unwrap_or("");
    let m = &site.municipalities;
    let found = m.search(q);
    let found_id = |id: &str| found.iter().any(|p| p.id == id);
    let cities: Vec<PlaceLink> = found
        .iter()
        .filter(|p| p.kind == Kind::CityCounty)
        .map(|p| link(site, lang, p))
        .collect();
    let mut groups: Vec<Group> = m
        .places
        .values()
        .filter(|c| c.kind == Kind::County)
        .filter_map(|c| {
            let mut places: Vec<PlaceLink> = m
                .members(&c.id)
                .filter(|p| found_id(&p.id))
                .map(|p| link(site, lang, p))
                .collect();
            if places.is_empty() && !found_id(&c.id) {
                return None;
            }
            sort_links(&mut places);
            Some(Group {
                county: Some(link(site, lang, c)),
                places,
            })
        })
        .collect();
    groups.sort_by_cached_key(|g| {
        g.county
            .as_ref()
            .map(|c| crate::municipalities::names::fold(c.name.text))
    });
    if !cities.is_empty() {
        let mut cities = cities;
        sort_links(&mut cities);
        groups.insert(
            0,
            Group {
                county: None,
                places: cities,
            },
        );
    }
    let mut options: Vec<PlaceLink> = m.places.values().map(|p| link(site, lang, p)).collect();
    sort_links(&mut options);
    // Choosing from a search's results comes back to the same results, and so does the language
    // switcher: the search is part of the page.
    let inner = list_path(q);
    let view = ListPage {
        query: q,
        count: found.len(),
        groups,
        my_place: my_place_view(site, lang, &headers, inner.clone()),
        options,
    };
    let all_langs = site.config.codes();
    let f = frame(site, lang, &inner, lang, &all_langs);
    page(site, "municipalities.html", f, view).map(my_place::vary)
}

#[derive(Serialize)]
struct AddressView<'a> {
    address: &'a str,
    postal_code: Option<&'a str>,
    city: &'a str,
}

#[derive(Serialize)]
struct OfficeView<'a> {
    id: &'a str,
    name: TextView<'a>,
    /// Set when the office is the county's, found through the fallback.
    county: Option<PlaceLink<'a>>,
    address: Option<AddressView<'a>>,
    status: StatusView,
    phones: Vec<PhoneView<'a>>,
}

#[derive(Serialize)]
struct StepView<'a> {
    step: &'static str,
    office: Option<OfficeView<'a>>,
    guide: Option<Listed<'a>>,
}

#[derive(Serialize)]
struct PlacePage<'a> {
    id: &'a str,
    name: TextView<'a>,
    official_name: &'a str,
    kind: Kind,
    county: Option<PlaceLink<'a>>,
    /// A county's municipalities.
    members: Vec<PlaceLink<'a>>,
    steps: Vec<StepView<'a>>,
    /// Where to ask when the portal does not know an office: the BIP, else the website.
    ask_link: Option<&'a str>,
    website: Option<&'a str>,
    bip: Option<&'a str>,
    foreigners_page: Option<&'a str>,
    source: &'a str,
    verified: String,
    short_link: String,
    /// Addresses are written as the post office writes them, in the source language.
    address_lang: &'a str,
    address_dir: Direction,
    my_place: MyPlaceView<'a>,
}

/// The office's address: its location in this place if it has one there, else its first.
fn address<'a>(s: &'a crate::directory::Service, place: &Place) -> Option<AddressView<'a>> {
    let l = s
        .locations
        .iter()
        .find(|l| l.municipality == place.id)
        .or_else(|| s.locations.first())?;
    Some(AddressView {
        address: &l.address,
        postal_code: l.postal_code.as_deref(),
        city: &l.city,
    })
}

fn step_view<'a>(
    site: &'a Site,
    lang: &str,
    place: &'a Place,
    step: Step,
    now: DateTime<Utc>,
) -> StepView<'a> {
    let office = site.municipalities.office(place, step).and_then(|o| {
        let s = site.directory.service(o.service)?;
        Some(OfficeView {
            id: &s.id,
            name: localised(site, lang, &s.name)?,
            county: o.from_county(place).then(|| link(site, lang, o.named_by)),
            address: address(s, place),
            status: service_status(site, lang, s, now),
            phones: phones(site, lang, &s.phones),
        })
    });
    let guide = step
        .guide()
        .and_then(|slug| site.content.guide(slug))
        .and_then(|g| listed(site, lang, g));
    StepView {
        step: step.as_str(),
        office,
        guide,
    }
}

pub async fn show(r: Reader, headers: HeaderMap) -> Result<Response, PageError> {
    let (site, lang, now) = (&*r.site, r.lang.as_str(), r.now);
    let m = &site.municipalities;
    let place = m.get(r.param("id")?).ok_or(PageError::NotFound)?;
    let mut members: Vec<PlaceLink> = m.members(&place.id).map(|p| link(site, lang, p)).collect();
    sort_links(&mut members);
    let view = PlacePage {
        id: &place.id,
        name: name(site, lang, place),
        official_name: &place.name,
        kind: place.kind,
        county: place
            .county
            .as_deref()
            .and_then(|c| m.get(c))
            .map(|c| link(site, lang, c)),
        members,
        steps: Step::ALL
            .into_iter()
            .map(|s| step_view(site, lang, place, s, now))
            .collect(),
        ask_link: place.ask_link(),
        website: place.website.as_deref(),
        bip: place.bip.as_deref(),
        foreigners_page: place.foreigners_page.as_deref(),
        source: &place.source,
        verified: place.verified.to_string(),
        short_link: urls::absolute(&site.config.base_url, &urls::short_municipality(&place.id)),
        address_lang: &site.config.source_language,
        address_dir: site.config.source().dir,
        my_place: my_place_view(site, lang, &headers, format!("municipalities/{}", place.id)),
    };
    let all_langs = site.config.codes();
    let inner = format!("municipalities/{}", place.id);
    let f = frame(site, lang, &inner, lang, &all_langs);
    // Each step's office says whether it is open now.
    let offices = Step::ALL
        .into_iter()
        .filter_map(|s| m.office(place, s))
        .filter_map(|o| site.directory.service(o.service));
    let until = super::cached::hours_bound(offices.flat_map(|s| s.all_hours()), now);
    page(site, "municipality.html", f, view)
        .map(|p| my_place::vary(super::cached::valid_until(p, until)))
}
