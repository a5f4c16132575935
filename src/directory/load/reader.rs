//! The field reader: one service file's raw TOML checked field by field into a [`Service`], each
//! problem reported at its line.

use std::collections::BTreeMap;

use time::Date;
use toml::Spanned;

use super::raw::{RawLocation, RawOrganization, RawPhone, RawService, RawText};
use super::{DIRECTORY_DIR, LANGUAGES_FILE};
use crate::config::Config;
use crate::diagnostics::Reporter;
use crate::directory::hours::Hours;
use crate::directory::model::{Coordinates, Location, Organization, Phone, Service, Text};
use crate::translation;
use crate::validate;

/// Turns one file's raw TOML into a service, reporting as it goes: one method per field.
pub(super) struct Reader<'a> {
    pub(super) r: Reporter<'a>,
    pub(super) config: &'a Config,
    pub(super) language_names: &'a BTreeMap<String, String>,
}

impl Reader<'_> {
    fn error<T>(&mut self, at: &Spanned<T>, message: impl std::fmt::Display) {
        self.r.error(at, message);
    }

    pub(super) fn service(&mut self, id: &str) -> Option<Service> {
        let raw: RawService = self.r.parse("")?;
        let name = self.text_field(Some(&raw.name), "name", true);
        let description = self.text_field(raw.description.as_ref(), "description", false);
        let eligibility = self.text_field(raw.eligibility.as_ref(), "eligibility", false);
        let application = self.text_field(raw.application.as_ref(), "application", false);
        let languages_note = self.text_field(raw.languages_note.as_ref(), "languages_note", false);
        let cost_note = self.text_field(raw.cost_note.as_ref(), "cost_note", false);
        let hours_note = self.text_field(raw.hours_note.as_ref(), "hours_note", false);
        let topics = self.topics(&raw.topics);
        let languages = self.languages(&raw.languages);
        let hours = raw.opening_hours.as_ref().and_then(|h| self.hours(h));
        let email = raw.email.as_ref().and_then(|e| self.email(e));
        let website = raw.website.as_ref().and_then(|w| self.url(w, "website"));
        let source = self.url(&raw.source, "source");
        let verified = self.date(&raw.verified, "verified");
        let organization = self.organization(&raw.organization);
        let phones = raw.phones.iter().filter_map(|p| self.phone(p)).collect();
        let locations = raw
            .locations
            .iter()
            .filter_map(|l| self.location(l))
            .collect();
        let areas = self.areas(&raw.areas);
        let remote = raw.remote.as_ref().is_some_and(|r| *r.get_ref());
        if let Some(r) = raw.remote.as_ref().filter(|r| *r.get_ref())
            && !raw.locations.is_empty()
        {
            self.error(r, format_args!("`remote = true` says the service has no address to visit, yet the file lists `[[locations]]`: remove `remote` or the locations"));
        }
        let source_hash = self.source_hash(raw.source_hash.as_ref());
        if !self.r.ok() {
            return None;
        }
        Some(Service {
            id: id.to_string(),
            path: self.r.path.to_path_buf(),
            name,
            description,
            eligibility,
            application,
            organization: organization?,
            topics,
            languages,
            languages_note,
            free: raw.free,
            cost_note,
            hours,
            hours_note,
            locations,
            remote,
            areas,
            phones,
            email,
            website,
            source: source?,
            verified: verified?,
            source_hash,
        })
    }

    /// `source_hash = { uk = "…" }`: written by `witaj stamp`, one per translated language.
    fn source_hash(
        &mut self,
        raw: Option<&Spanned<BTreeMap<String, String>>>,
    ) -> BTreeMap<String, String> {
        let Some(raw) = raw else {
            return BTreeMap::new();
        };
        for (lang, hash) in raw.get_ref() {
            if self.config.language(lang).is_none() || *lang == self.config.source_language {
                self.error(raw, format_args!("`source_hash` has `{lang}`, which is not a translation language of this portal: remove it, or correct the language code"));
            } else if !translation::is_well_formed(hash) {
                let path = self.r.path.display().to_string();
                self.error(raw, format_args!("`source_hash` for `{lang}` is not a hash written by `witaj stamp`: run `witaj stamp {path}`"));
            }
        }
        raw.get_ref().clone()
    }

    /// A translatable text: keys must be the portal's languages; `required` texts must exist in
    /// the source language.
    fn text_field(&mut self, raw: Option<&RawText>, field: &str, required: bool) -> Text {
        let source = self.config.source_language.clone();
        let Some(raw) = raw else {
            return Text::default();
        };
        let mut out = BTreeMap::new();
        for (lang, text) in raw.get_ref() {
            if self.config.language(lang).is_none() {
                let known = self.config.codes();
                self.r.error(
                    raw,
                    format_args!(
                        "`{field}` has a text in `{lang}`, which is not a language of this portal: use one of {}, or add the language to portal.toml first",
                        known.join(", ")
                    ),
                );
            } else if text.trim().is_empty() {
                self.error(
                    raw,
                    format_args!("`{field}.{lang}` is empty: write the text, or remove the line"),
                );
            } else {
                out.insert(lang.clone(), text.trim().to_string());
            }
        }
        if required && !out.contains_key(&source) {
            self.error(
                raw,
                format_args!(
                    "`{field}` is missing in the source language: add `{source} = \"...\"` to it"
                ),
            );
        }
        Text(out)
    }

    /// The rule guides share: [`Config::check_topics`].
    fn topics(&mut self, raw: &[Spanned<String>]) -> Vec<String> {
        let (topics, errors) = self.config.check_topics(Some(raw));
        for (at, e) in errors {
            match at {
                Some(at) => self.r.error(at, e),
                None => self.r.error_on(None, e),
            }
        }
        topics
    }

    fn languages(&mut self, raw: &[Spanned<String>]) -> Vec<String> {
        let mut out = Vec::new();
        for l in raw {
            let code = l.get_ref();
            if self.language_names.contains_key(code) {
                if !out.contains(code) {
                    out.push(code.clone());
                }
            } else {
                self.error(
                    l,
                    format_args!(
                        "unknown language code `{code}`: use an ISO 639 code listed in portal.toml or in {DIRECTORY_DIR}/{LANGUAGES_FILE} (add it there with its name in itself)"
                    ),
                );
            }
        }
        out
    }

    /// Municipalities a service serves without an address there (a booking line, a county office).
    fn areas(&mut self, raw: &[Spanned<String>]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for a in raw {
            let id = a.get_ref();
            if self.municipality_county(id).is_none() {
                self.unknown_municipality(a);
            } else if !out.contains(id) {
                out.push(id.clone());
            }
        }
        out
    }

    fn municipality_county(&self, id: &str) -> Option<String> {
        self.config
            .municipalities
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.county.clone())
    }

    fn unknown_municipality(&mut self, at: &Spanned<String>) {
        let known: Vec<&str> = self
            .config
            .municipalities
            .iter()
            .map(|m| m.id.as_str())
            .collect();
        let message = format!(
            "unknown municipality `{}`: use one of the [[municipalities]] in portal.toml ({})",
            at.get_ref(),
            known.join(", ")
        );
        self.error(at, message);
    }

    fn hours(&mut self, raw: &Spanned<String>) -> Option<Hours> {
        match Hours::parse(raw.get_ref()) {
            Ok(h) => Some(h),
            Err(e) => {
                self.error(
                    raw,
                    format_args!(
                        "invalid opening_hours \"{}\" {e}; see https://wiki.openstreetmap.org/wiki/Key:opening_hours",
                        raw.get_ref()
                    ),
                );
                None
            }
        }
    }

    fn email(&mut self, raw: &Spanned<String>) -> Option<String> {
        match validate::email(raw.get_ref()) {
            Ok(e) => Some(e.to_string()),
            Err(e) => {
                self.error(raw, e);
                None
            }
        }
    }

    fn url(&mut self, raw: &Spanned<String>, field: &str) -> Option<String> {
        match validate::http_url(raw.get_ref()) {
            Ok(u) => Some(u.to_string()),
            Err(e) => {
                let u = raw.get_ref().trim();
                self.error(
                    raw,
                    format_args!(
                        "`{field}` must be a full https:// address, not `{u}`: {}",
                        e.hint()
                    ),
                );
                None
            }
        }
    }

    fn date(&mut self, raw: &Spanned<toml::value::Datetime>, field: &str) -> Option<Date> {
        validate::toml_date(field, raw.get_ref())
            .map_err(|e| self.error(raw, e))
            .ok()
    }

    fn organization(&mut self, raw: &RawOrganization) -> Option<Organization> {
        if let Err(e) = validate::slug("organization id", raw.id.get_ref()) {
            self.error(&raw.id, e);
        }
        let name = self.text_field(Some(&raw.name), "organization.name", true);
        let description =
            self.text_field(raw.description.as_ref(), "organization.description", false);
        let website = raw
            .website
            .as_ref()
            .and_then(|w| self.url(w, "organization.website"));
        Some(Organization {
            id: raw.id.get_ref().clone(),
            name,
            kind: raw.kind,
            description,
            website,
        })
    }

    fn phone(&mut self, raw: &RawPhone) -> Option<Phone> {
        let checked = match validate::phone(raw.number.get_ref()) {
            Ok(p) => p,
            Err(e) => {
                self.error(&raw.number, e);
                return None;
            }
        };
        let note = self.text_field(raw.note.as_ref(), "phones.note", false);
        Some(Phone {
            number: checked.number,
            tel: checked.tel,
            note,
        })
    }

    fn location(&mut self, raw: &RawLocation) -> Option<Location> {
        let name = self.text_field(raw.name.as_ref(), "locations.name", false);
        let accessibility =
            self.text_field(raw.accessibility.as_ref(), "locations.accessibility", false);
        let municipality = raw.municipality.get_ref();
        let county = match self.municipality_county(municipality) {
            Some(c) => c,
            None => {
                self.unknown_municipality(&raw.municipality);
                String::new()
            }
        };
        if let Some(pc) = &raw.postal_code
            && let Err(e) = validate::postal_code(pc.get_ref())
        {
            self.error(pc, e);
        }
        for (field, v) in [("address", &raw.address), ("city", &raw.city)] {
            if v.get_ref().trim().is_empty() {
                self.error(
                    v,
                    format_args!("`locations.{field}` is empty: write it, or remove the line"),
                );
            }
        }
        let coordinates = match (&raw.lat, &raw.lon) {
            (Some(lat), Some(lon)) => self.coordinates(lat, lon),
            (None, None) => None,
            (Some(at), None) | (None, Some(at)) => {
                self.error(
                    at,
                    "only one of `lat` and `lon` is given: give both, or neither",
                );
                None
            }
        };
        let hours = raw.opening_hours.as_ref().and_then(|h| self.hours(h));
        Some(Location {
            name,
            address: raw.address.get_ref().trim().to_string(),
            postal_code: raw.postal_code.as_ref().map(|p| p.get_ref().clone()),
            city: raw.city.get_ref().trim().to_string(),
            municipality: municipality.clone(),
            county,
            coordinates,
            accessibility,
            hours,
        })
    }

    fn coordinates(&mut self, lat: &Spanned<f64>, lon: &Spanned<f64>) -> Option<Coordinates> {
        let (la, lo) = (*lat.get_ref(), *lon.get_ref());
        if !(-90.0..=90.0).contains(&la) || !(-180.0..=180.0).contains(&lo) {
            self.error(
                lat,
                format_args!("coordinates ({la}, {lo}) are not a place on Earth: check `lat` (from -90 to 90) and `lon` (from -180 to 180), in that order; Gdańsk is about lat 54.35, lon 18.65"),
            );
            return None;
        }
        // Poland lies within 49.0-54.9 N, 14.1-24.2 E; a swapped pair lands far outside.
        if !(49.0..=54.9).contains(&la) || !(14.1..=24.2).contains(&lo) {
            let hint = if (49.0..=54.9).contains(&lo) && (14.1..=24.2).contains(&la) {
                ": `lat` and `lon` look swapped; write the latitude (about 54 here) as `lat`, the longitude (about 18) as `lon`"
            } else {
                ": check them on a map; Gdańsk is about lat 54.35, lon 18.65"
            };
            self.error(
                lat,
                format_args!("coordinates ({la}, {lo}) are outside Poland{hint}"),
            );
            return None;
        }
        Some(Coordinates { lat: la, lon: lo })
    }
}
