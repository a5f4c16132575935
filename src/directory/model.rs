//! The directory's data model, after validation: what a service is, who runs it, where and when.
//!
//! Shaped after Open Referral's Human Services Data Specification (HSDS 3): an organisation runs a
//! service, delivered at locations, with contacts, languages, costs and a schedule. Texts a reader
//! reads (names, descriptions, eligibility, notes) are [`Text`]s: one string per language, resolved
//! along the reader's fallback chain like guides.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;
use time::Date;

use super::hours::Hours;
use crate::translation::{self, Status};

/// One text in several languages, keyed by language code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

/// A text resolved for a reader: the words and the language they are really in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Resolved<'a> {
    pub text: &'a str,
    pub lang: &'a str,
}

impl Text {
    /// The first language along `chain` (the reader's language, then its fallbacks) that has it.
    pub fn resolve<'a>(&'a self, chain: &[&str]) -> Option<Resolved<'a>> {
        chain.iter().find_map(|lang| {
            self.0.get_key_value(*lang).map(|(l, t)| Resolved {
                text: t.as_str(),
                lang: l.as_str(),
            })
        })
    }

    pub fn get(&self, lang: &str) -> Option<&str> {
        self.0.get(lang).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every language's text, for search and the export.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(l, t)| (l.as_str(), t.as_str()))
    }
}

/// Who runs a service: the three kinds a visitor can filter by.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum OrgKind {
    /// A unit of a city or county (social help centre, county labour office, city hall).
    CityUnit,
    /// The state administration (voivodeship office, national health fund, a ministry's line).
    PublicOffice,
    /// A non-governmental organisation (foundation, association, church charity).
    Ngo,
}

impl OrgKind {
    pub const ALL: [OrgKind; 3] = [OrgKind::CityUnit, OrgKind::PublicOffice, OrgKind::Ngo];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::CityUnit => "city-unit",
            OrgKind::PublicOffice => "public-office",
            OrgKind::Ngo => "ngo",
        }
    }

    pub fn parse(s: &str) -> Option<OrgKind> {
        OrgKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Organization {
    /// Shared by every service of the organisation (`puw-gdansk`): the HSDS organisation id is
    /// derived from it.
    pub id: String,
    pub name: Text,
    pub kind: OrgKind,
    pub description: Text,
    pub website: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Phone {
    /// As written for people (`+48 58 307 77 77`).
    pub number: String,
    /// The `tel:` form: digits and a leading `+` only.
    pub tel: String,
    pub note: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Location {
    pub name: Text,
    /// Street and number, as on an envelope (`ul. Okopowa 21/27`).
    pub address: String,
    pub postal_code: Option<String>,
    pub city: String,
    /// Municipality id from `portal.toml`.
    pub municipality: String,
    /// County id, taken from the municipality's entry in `portal.toml`.
    pub county: String,
    pub coordinates: Option<Coordinates>,
    pub accessibility: Text,
    /// Hours of this location when they differ from the service's.
    #[serde(skip)]
    pub hours: Option<Hours>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Service {
    /// The file name without `.toml`: the service's identity and address (`/pl/services/<id>`).
    pub id: String,
    /// Relative to the site root, as editors see it.
    pub path: PathBuf,
    pub name: Text,
    pub description: Text,
    pub eligibility: Text,
    /// How to get the service: booking, documents to bring.
    pub application: Text,
    pub organization: Organization,
    pub topics: Vec<String>,
    /// Languages the staff speak, as language codes (`uk`), in the order written.
    pub languages: Vec<String>,
    pub languages_note: Text,
    /// `Some(true)` free of charge, `Some(false)` paid, `None` not known.
    pub free: Option<bool>,
    pub cost_note: Text,
    /// The service's hours; `None` when nobody has verified them.
    #[serde(skip)]
    pub hours: Option<Hours>,
    pub hours_note: Text,
    pub locations: Vec<Location>,
    /// Declared in the file: reached only by phone or online. A service with no locations that
    /// is not remote is an office whose address nobody has sourced yet, and pages must say
    /// "not known yet", never "no address to visit".
    pub remote: bool,
    /// Municipalities served without an address there (a booking line, a county-wide office).
    pub areas: Vec<String>,
    pub phones: Vec<Phone>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// Where the facts were read.
    pub source: String,
    /// When someone last checked the entry against its source.
    pub verified: Date,
    /// Per translated language, the hash of the source-language texts it was translated from
    /// (written by `witaj stamp`), as for guides.
    pub source_hash: BTreeMap<String, String>,
}

impl Service {
    /// The hash of what translators translate in the source language: name, description,
    /// eligibility and how to apply. Contacts, hours and dates are facts, not translations.
    pub fn text_hash(&self, source: &str) -> String {
        let get = |t: &Text| t.get(source).unwrap_or("").to_string();
        let body = format!("{}\n\n{}", get(&self.eligibility), get(&self.application));
        translation::source_hash(&get(&self.name), &get(&self.description), &body)
    }

    /// The languages other than `source` the service is translated into (it has a name in them).
    pub fn translations<'a>(&'a self, source: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.name
            .0
            .keys()
            .map(String::as_str)
            .filter(move |l| *l != source)
    }

    /// How the `lang` texts stand against the source language's, like a guide's translation.
    pub fn translation_status(&self, lang: &str, source: &str) -> Status {
        if lang == source {
            return Status::Source;
        }
        if self.name.get(lang).is_none() {
            return Status::Missing;
        }
        let stamped = self.source_hash.get(lang).map(String::as_str);
        Status::of_translation(stamped, &self.text_hash(source))
    }

    /// Every schedule of the service: its own, and each location's that has its own.
    pub fn all_hours(&self) -> impl Iterator<Item = &Hours> {
        self.hours
            .iter()
            .chain(self.locations.iter().filter_map(|l| l.hours.as_ref()))
    }

    /// The hours that apply at `location` (its own, else the service's).
    pub fn hours_at<'a>(&'a self, location: &'a Location) -> Option<&'a Hours> {
        location.hours.as_ref().or(self.hours.as_ref())
    }

    /// Whether it is reached only by phone or online (a help line): no address to go to.
    pub fn is_remote(&self) -> bool {
        self.remote
    }

    /// The municipalities where the service is: its locations' and the areas it serves, each once.
    pub fn places(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for m in self
            .locations
            .iter()
            .map(|l| l.municipality.as_str())
            .chain(self.areas.iter().map(String::as_str))
        {
            if !out.contains(&m) {
                out.push(m);
            }
        }
        out
    }
}
