//! What pages and the JSON API show of the snapshot, in the reader's language: texts with the
//! `lang`/`dir` of the language they are really in, a service's state in words, phones, the
//! languages staff speak, guides as listed. Shared here so that a fallback is marked, and a state
//! worded, the same way on every page and in every answer.

use chrono::{DateTime, Datelike, Utc};
use serde::Serialize;

use crate::config::Direction;
use crate::content::Guide;
use crate::directory::hours::{self, State as HoursState};
use crate::directory::{Phone, Service, Text};
use crate::site::Site;

use super::reader::direction;

/// A text in the reader's language or its fallback, with the `lang`/`dir` to mark a fallback.
#[derive(Serialize, Clone)]
pub struct TextView<'a> {
    pub text: &'a str,
    /// Set only when the text is in another language than the page.
    pub lang: Option<&'a str>,
    pub dir: Direction,
}

/// `text` for a reader of `lang`: the first language along the reader's chain that has it.
pub fn localised<'a>(site: &'a Site, lang: &str, text: &'a Text) -> Option<TextView<'a>> {
    let chain = site.config.chain(lang);
    text.resolve(&chain).map(|r| TextView {
        text: r.text,
        lang: (r.lang != lang).then_some(r.lang),
        dir: direction(site, r.lang),
    })
}

/// A language-keyed value (the accessibility statement's texts) for a reader of `lang`, with the
/// language it is really in.
#[derive(Serialize)]
pub struct InLanguage<'a, T: Serialize> {
    pub text: &'a T,
    pub lang: &'a str,
    pub dir: Direction,
}

pub fn in_language<'a, T: Serialize>(
    site: &'a Site,
    lang: &'a str,
    texts: &'a std::collections::BTreeMap<String, T>,
) -> Option<InLanguage<'a, T>> {
    site.config.chain(lang).into_iter().find_map(|code| {
        texts.get(code).map(|text| InLanguage {
            text,
            lang: code,
            dir: direction(site, code),
        })
    })
}

/// Where a service stands now, as pages and the API put it.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum OpenState {
    Open,
    Closed,
    /// The expression says the state is unknown now.
    Unknown,
    /// No hours are given at all.
    NotKnown,
}

/// Where a service stands now, in words.
#[derive(Serialize, Clone)]
pub struct StatusView {
    pub state: OpenState,
    pub text: String,
    /// The next opening or closing, in Warsaw time (RFC 3339), when known.
    pub next_change: Option<String>,
}

/// A service's state over all its schedules (see `hours::overall`), in words.
pub fn service_status(
    site: &Site,
    lang: &str,
    service: &Service,
    now: DateTime<Utc>,
) -> StatusView {
    match hours::overall(service.all_hours(), now) {
        Some(state) => state_view(site, lang, state, now),
        None => StatusView {
            state: OpenState::NotKnown,
            text: site.locales.text(lang, "hours-not-known"),
            next_change: None,
        },
    }
}

/// The state of one schedule, in words.
pub fn state_view(site: &Site, lang: &str, state: HoursState, now: DateTime<Utc>) -> StatusView {
    let l = &site.locales;
    let mut args = fluent_bundle::FluentArgs::new();
    match state {
        HoursState::Open { until: Some(t) } => {
            args.set("time", t.format("%H:%M").to_string());
            StatusView {
                state: OpenState::Open,
                text: l.format(lang, "hours-open-until", Some(&args)),
                next_change: Some(t.to_rfc3339()),
            }
        }
        HoursState::Open { until: None } => StatusView {
            state: OpenState::Open,
            text: l.text(lang, "hours-open-always"),
            next_change: None,
        },
        HoursState::Unknown => StatusView {
            state: OpenState::Unknown,
            text: l.text(lang, "hours-unknown-now"),
            next_change: None,
        },
        HoursState::Closed { opens: None } => StatusView {
            state: OpenState::Closed,
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
                state: OpenState::Closed,
                text: l.format(lang, id, Some(&args)),
                next_change: Some(t.to_rfc3339()),
            }
        }
    }
}

/// A language staff speak, by its own name.
#[derive(Serialize)]
pub struct SpokenView<'a> {
    pub code: &'a str,
    pub name: &'a str,
}

pub fn spoken<'a>(site: &'a Site, service: &'a Service) -> Vec<SpokenView<'a>> {
    service
        .languages
        .iter()
        .map(|code| SpokenView {
            code,
            name: site.directory.language_name(code),
        })
        .collect()
}

/// A phone number as pages and the JSON API show it: as written, as a `tel:` target, and its note
/// in the reader's language.
#[derive(Serialize)]
pub struct PhoneView<'a> {
    number: &'a str,
    tel: &'a str,
    note: Option<TextView<'a>>,
}

pub fn phones<'a>(site: &'a Site, lang: &str, phones: &'a [Phone]) -> Vec<PhoneView<'a>> {
    phones
        .iter()
        .map(|p| PhoneView {
            number: &p.number,
            tel: &p.tel,
            note: localised(site, lang, &p.note),
        })
        .collect()
}

/// A guide as listed on home, topic and service pages, in the best language available to the
/// reader.
#[derive(Serialize)]
pub struct Listed<'a> {
    slug: &'a str,
    title: &'a str,
    summary: &'a str,
    /// Set when the listing falls back to another language, so the link text gets its own `lang`.
    content_lang: Option<&'a str>,
    content_dir: Direction,
}

pub fn listed<'a>(site: &'a Site, lang: &str, guide: &'a Guide) -> Option<Listed<'a>> {
    let chain = site.config.chain(lang);
    let p = guide.resolve(&chain)?;
    Some(Listed {
        slug: &guide.slug,
        title: &p.title,
        summary: &p.summary,
        content_lang: (p.lang != lang).then_some(p.lang.as_str()),
        content_dir: direction(site, &p.lang),
    })
}

/// A service named on another page (a guide's related services).
#[derive(Serialize)]
pub struct RelatedService<'a> {
    pub id: &'a str,
    pub name: TextView<'a>,
    pub org: Option<TextView<'a>>,
    pub status: StatusView,
}

/// The services of `ids` that exist, in the reader's language.
pub fn related<'a>(
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
                name: localised(site, lang, &s.name)?,
                org: localised(site, lang, &s.organization.name),
                status: service_status(site, lang, s, now),
            })
        })
        .collect()
}
