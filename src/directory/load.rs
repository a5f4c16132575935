//! Reading `content/directory/**/<id>.toml` into [`Service`]s, with every problem reported as a
//! diagnostic naming the file and line. A file with errors is left out, never half-loaded.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use time::Date;
use toml::Spanned;

use super::hours::Hours;
use super::model::{Coordinates, Location, OrgKind, Organization, Phone, Service, Text};
use crate::config::{Config, is_slug};
use crate::diagnostics::{Diagnostics, line_of, read_site_text, rel};

pub const DIRECTORY_DIR: &str = "content/directory";
/// Names of languages staff may speak beyond the portal's own, in themselves: `code = "name"`.
pub const LANGUAGES_FILE: &str = "_languages.toml";

type RawText = Spanned<BTreeMap<String, String>>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    name: RawText,
    #[serde(default)]
    description: Option<RawText>,
    #[serde(default)]
    eligibility: Option<RawText>,
    #[serde(default)]
    application: Option<RawText>,
    topics: Vec<Spanned<String>>,
    #[serde(default)]
    languages: Vec<Spanned<String>>,
    #[serde(default)]
    languages_note: Option<RawText>,
    #[serde(default)]
    free: Option<bool>,
    #[serde(default)]
    cost_note: Option<RawText>,
    #[serde(default)]
    opening_hours: Option<Spanned<String>>,
    #[serde(default)]
    hours_note: Option<RawText>,
    #[serde(default)]
    email: Option<Spanned<String>>,
    #[serde(default)]
    website: Option<Spanned<String>>,
    source: Spanned<String>,
    verified: Spanned<toml::value::Datetime>,
    organization: RawOrganization,
    #[serde(default)]
    phones: Vec<RawPhone>,
    #[serde(default)]
    locations: Vec<RawLocation>,
    #[serde(default)]
    areas: Vec<Spanned<String>>,
    #[serde(default)]
    source_hash: Option<Spanned<BTreeMap<String, String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganization {
    id: Spanned<String>,
    name: RawText,
    kind: OrgKind,
    #[serde(default)]
    description: Option<RawText>,
    #[serde(default)]
    website: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhone {
    number: Spanned<String>,
    #[serde(default)]
    note: Option<RawText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocation {
    #[serde(default)]
    name: Option<RawText>,
    address: Spanned<String>,
    #[serde(default)]
    postal_code: Option<Spanned<String>>,
    city: Spanned<String>,
    municipality: Spanned<String>,
    #[serde(default)]
    lat: Option<Spanned<f64>>,
    #[serde(default)]
    lon: Option<Spanned<f64>>,
    #[serde(default)]
    accessibility: Option<RawText>,
    #[serde(default)]
    opening_hours: Option<Spanned<String>>,
}

/// Reads the directory under `root`. A missing folder is an empty directory, not an error.
pub fn load(
    root: &Path,
    config: &Config,
    diags: &mut Diagnostics,
) -> (BTreeMap<String, Service>, BTreeMap<String, String>) {
    let dir = root.join(DIRECTORY_DIR);
    let mut services = BTreeMap::new();
    let mut language_names: BTreeMap<String, String> = config
        .languages
        .iter()
        .map(|l| (l.code.clone(), l.name.clone()))
        .collect();
    if !dir.is_dir() {
        return (services, language_names);
    }
    let names_file = dir.join(LANGUAGES_FILE);
    if names_file.is_file() {
        load_language_names(root, &names_file, &mut language_names, diags);
    }
    let mut files = Vec::new();
    collect_files(root, &dir, &mut files, diags);
    files.sort();
    let mut first_seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut orgs: BTreeMap<String, (PathBuf, Organization)> = BTreeMap::new();
    for file in files {
        let rel = rel(root, &file);
        let id = file
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        if !is_slug(&id) {
            diags.error(
                &rel,
                None,
                format_args!("`{id}` is not a valid service id: name the file with lower-case ASCII letters, digits and hyphens, e.g. `mopr-gdansk.toml`"),
            );
            continue;
        }
        if let Some(first) = first_seen.get(&id) {
            diags.error(
                &rel,
                None,
                format_args!(
                    "duplicate service id `{id}`: {} has the same name; ids must be unique across all folders",
                    first.display()
                ),
            );
            continue;
        }
        first_seen.insert(id.clone(), rel.clone());
        let Some(text) = read_site_text(root, &file, diags) else {
            continue;
        };
        let mut reader = Reader {
            path: &rel,
            text: &text,
            config,
            language_names: &language_names,
            diags: &mut *diags,
            ok: true,
        };
        if let Some(service) = reader.service(&id) {
            match orgs.get(&service.organization.id) {
                Some((other, org))
                    if org.kind != service.organization.kind
                        || org.name != service.organization.name =>
                {
                    diags.warning(
                        &rel,
                        None,
                        format_args!(
                            "organization `{}` is described differently in {}: give it the same name and kind everywhere",
                            org.id,
                            other.display()
                        ),
                    );
                }
                Some(_) => {}
                None => {
                    orgs.insert(
                        service.organization.id.clone(),
                        (rel.clone(), service.organization.clone()),
                    );
                }
            }
            services.insert(id, service);
        }
    }
    (services, language_names)
}

fn load_language_names(
    root: &Path,
    file: &Path,
    names: &mut BTreeMap<String, String>,
    diags: &mut Diagnostics,
) {
    let rel = rel(root, file);
    let Some(text) = read_site_text(root, file, diags) else {
        return;
    };
    let raw: BTreeMap<String, Spanned<String>> = match toml::from_str(&text) {
        Ok(r) => r,
        Err(e) => {
            let line = e.span().map(|s| line_of(&text, s.start));
            diags.error(&rel, line, e.message());
            return;
        }
    };
    for (code, name) in raw {
        let line = Some(line_of(&text, name.span().start));
        let valid = code
            .parse::<unic_langid::LanguageIdentifier>()
            .is_ok_and(|id| id.to_string() == code);
        if !valid {
            diags.error(
                &rel,
                line,
                format_args!(
                    "`{code}` is not a language code: use an ISO 639 code such as `uk` or `hy`"
                ),
            );
        } else if name.get_ref().trim().is_empty() {
            diags.error(
                &rel,
                line,
                format_args!("language `{code}` needs its name in itself"),
            );
        } else {
            names.entry(code).or_insert_with(|| name.into_inner());
        }
    }
}

fn collect_files(root: &Path, dir: &Path, out: &mut Vec<PathBuf>, diags: &mut Diagnostics) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            diags.error(
                &rel(root, dir),
                None,
                format_args!("cannot read the folder: {e}"),
            );
            return;
        }
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') || name.starts_with('_') || name == "README.md" {
            continue;
        }
        if path.is_dir() {
            collect_files(root, &path, out, diags);
        } else if name.ends_with(".toml") {
            out.push(path);
        } else {
            diags.warning(
                &rel(root, &path),
                None,
                "ignored: the directory holds only `<id>.toml` files, one per service",
            );
        }
    }
}

/// Turns one file's raw TOML into a service, reporting as it goes.
struct Reader<'a> {
    path: &'a Path,
    text: &'a str,
    config: &'a Config,
    language_names: &'a BTreeMap<String, String>,
    diags: &'a mut Diagnostics,
    ok: bool,
}

impl Reader<'_> {
    fn line<T>(&self, v: &Spanned<T>) -> Option<usize> {
        Some(line_of(self.text, v.span().start))
    }

    fn error<T>(&mut self, at: &Spanned<T>, message: impl std::fmt::Display) {
        let line = self.line(at);
        self.diags.error(self.path, line, message);
        self.ok = false;
    }

    fn service(&mut self, id: &str) -> Option<Service> {
        let raw: RawService = match toml::from_str(self.text) {
            Ok(raw) => raw,
            Err(e) => {
                let line = e.span().map(|s| line_of(self.text, s.start));
                self.diags.error(self.path, line, e.message().trim_end());
                return None;
            }
        };
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
        let source_hash = self.source_hash(raw.source_hash.as_ref());
        if !self.ok {
            return None;
        }
        Some(Service {
            id: id.to_string(),
            path: self.path.to_path_buf(),
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
                self.error(raw, format_args!("`source_hash` has `{lang}`, which is not a translation language of this portal"));
            } else if !crate::content::hash::is_well_formed(hash) {
                self.error(raw, format_args!("`source_hash` for `{lang}` is not a hash written by `witaj stamp`: run `witaj stamp {}`", self.path.display()));
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
                let known: Vec<&str> = self
                    .config
                    .languages
                    .iter()
                    .map(|l| l.code.as_str())
                    .collect();
                self.error(
                    raw,
                    format_args!(
                        "`{field}` has a text in `{lang}`, which is not a language of this portal (they are: {})",
                        known.join(", ")
                    ),
                );
            } else if text.trim().is_empty() {
                self.error(raw, format_args!("`{field}.{lang}` is empty"));
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

    fn topics(&mut self, raw: &[Spanned<String>]) -> Vec<String> {
        let mut out = Vec::new();
        if raw.is_empty() {
            self.diags.error(
                self.path,
                None,
                format_args!(
                    "`topics` is empty: list at least one of {}",
                    self.config.topics.join(", ")
                ),
            );
            self.ok = false;
        }
        for t in raw {
            if self.config.topics.contains(t.get_ref()) {
                if !out.contains(t.get_ref()) {
                    out.push(t.get_ref().clone());
                }
            } else {
                let known = self.config.topics.join(", ");
                self.error(
                    t,
                    format_args!("unknown topic `{}`: use one of {known}", t.get_ref()),
                );
            }
        }
        out
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
        let e = raw.get_ref().trim();
        let valid = e.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !host.starts_with('.')
        }) && !e.contains(char::is_whitespace);
        if valid {
            Some(e.to_string())
        } else {
            self.error(raw, format_args!("`{e}` is not an e-mail address"));
            None
        }
    }

    fn url(&mut self, raw: &Spanned<String>, field: &str) -> Option<String> {
        let u = raw.get_ref().trim();
        if (u.starts_with("https://") || u.starts_with("http://"))
            && u.len() > "https://".len()
            && !u.contains(char::is_whitespace)
        {
            Some(u.to_string())
        } else {
            self.error(
                raw,
                format_args!("`{field}` must be a full https:// address, not `{u}`"),
            );
            None
        }
    }

    fn date(&mut self, raw: &Spanned<toml::value::Datetime>, field: &str) -> Option<Date> {
        let dt = raw.get_ref();
        let date = match (dt.date, dt.time) {
            (Some(d), None) => time::Month::try_from(d.month)
                .ok()
                .and_then(|m| Date::from_calendar_date(i32::from(d.year), m, d.day).ok()),
            _ => None,
        };
        if date.is_none() {
            self.error(
                raw,
                format_args!("`{field}` must be a date like 2026-11-23, without a time"),
            );
        }
        date
    }

    fn organization(&mut self, raw: &RawOrganization) -> Option<Organization> {
        if !is_slug(raw.id.get_ref()) {
            self.error(
                &raw.id,
                format_args!(
                    "organization id `{}` must be lower-case letters, digits and hyphens",
                    raw.id.get_ref()
                ),
            );
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
        let number = raw.number.get_ref().trim().to_string();
        let allowed = |c: char| c.is_ascii_digit() || " +-()".contains(c);
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        let plus_ok = !number[1.min(number.len())..].contains('+');
        if number.is_empty() || !number.chars().all(allowed) || digits.len() < 3 || !plus_ok {
            self.error(
                &raw.number,
                format_args!("`{number}` is not a phone number: write digits and spaces, e.g. `+48 58 123 45 67` or `116 123`"),
            );
            return None;
        }
        let tel = if number.starts_with('+') {
            format!("+{digits}")
        } else {
            digits
        };
        let note = self.text_field(raw.note.as_ref(), "phones.note", false);
        Some(Phone { number, tel, note })
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
        if let Some(pc) = &raw.postal_code {
            let b = pc.get_ref().as_bytes();
            let valid = b.len() == 6
                && b[2] == b'-'
                && b.iter()
                    .enumerate()
                    .all(|(i, c)| i == 2 || c.is_ascii_digit());
            if !valid {
                self.error(
                    pc,
                    format_args!("postal code `{}` must look like `80-810`", pc.get_ref()),
                );
            }
        }
        for (field, v) in [("address", &raw.address), ("city", &raw.city)] {
            if v.get_ref().trim().is_empty() {
                self.error(v, format_args!("`locations.{field}` is empty"));
            }
        }
        let coordinates = match (&raw.lat, &raw.lon) {
            (Some(lat), Some(lon)) => self.coordinates(lat, lon),
            (None, None) => None,
            (Some(at), None) | (None, Some(at)) => {
                self.error(at, "give both `lat` and `lon`, or neither");
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
                format_args!("coordinates ({la}, {lo}) are not a place on Earth: `lat` is from -90 to 90, `lon` from -180 to 180"),
            );
            return None;
        }
        // Poland lies within 49.0-54.9 N, 14.1-24.2 E; a swapped pair lands far outside.
        if !(49.0..=54.9).contains(&la) || !(14.1..=24.2).contains(&lo) {
            let hint = if (49.0..=54.9).contains(&lo) && (14.1..=24.2).contains(&la) {
                ": `lat` and `lon` look swapped"
            } else {
                ""
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

/// `witaj stamp content/directory/<id>.toml`: records, for every language the entry is translated
/// into, that its texts match the current source-language texts. Only the `source_hash` line is
/// written; the rest of the file is kept as the editor wrote it.
pub fn stamp(
    config: &Config,
    path: &Path,
) -> Result<BTreeMap<String, String>, crate::content::stamp::StampError> {
    use crate::content::stamp::StampError;
    let text =
        std::fs::read_to_string(path).map_err(|e| StampError::Read(path.to_path_buf(), e))?;
    let raw: RawService = toml::from_str(&text).map_err(|e| StampError::FrontMatter {
        path: path.to_path_buf(),
        line: e.span().map_or(1, |s| line_of(&text, s.start)),
        message: e.message().to_string(),
    })?;
    let source = &config.source_language;
    let texts = |t: Option<&RawText>| Text(t.map(|t| t.get_ref().clone()).unwrap_or_default());
    let (name, description, eligibility, application) = (
        texts(Some(&raw.name)),
        texts(raw.description.as_ref()),
        texts(raw.eligibility.as_ref()),
        texts(raw.application.as_ref()),
    );
    let get = |t: &Text| t.get(source).unwrap_or("").to_string();
    let body = format!("{}\n\n{}", get(&eligibility), get(&application));
    let hash = crate::content::hash::source_hash(&get(&name), &get(&description), &body);
    let stamped: BTreeMap<String, String> = name
        .0
        .keys()
        .filter(|l| *l != source && config.language(l).is_some())
        .map(|l| (l.clone(), hash.clone()))
        .collect();
    if stamped.is_empty() {
        return Ok(stamped);
    }
    let line = format!(
        "source_hash = {{ {} }}",
        stamped
            .iter()
            .map(|(l, h)| format!("{l} = \"{h}\""))
            .collect::<Vec<_>>()
            .join(", ")
    );
    // Replace a top-level `source_hash` line, or add one before the first table.
    let mut out = String::with_capacity(text.len() + line.len() + 1);
    let mut done = false;
    let mut in_table = false;
    for l in text.split_inclusive('\n') {
        let bare = l.trim_start();
        if bare.starts_with('[') {
            if !done && !in_table {
                out.push_str(&line);
                out.push('\n');
                done = true;
            }
            in_table = true;
        }
        if !in_table && !done && bare.starts_with("source_hash") {
            out.push_str(&line);
            out.push('\n');
            done = true;
            continue;
        }
        out.push_str(l);
    }
    if !done {
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&line);
        out.push('\n');
    }
    let tmp = path.with_extension("toml.stamp-tmp");
    std::fs::write(&tmp, out).map_err(|e| StampError::Write(tmp.clone(), e))?;
    std::fs::rename(&tmp, path).map_err(|e| StampError::Write(path.to_path_buf(), e))?;
    Ok(stamped)
}
