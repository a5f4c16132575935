//! [`ServiceDraft`]: every field an organisation may edit, as a form shows it, built from a
//! service that loaded, from an empty proposal, or from the submitted form.
//!
//! The draft is also its own form: [`ServiceDraft::fields`] gives the `(name, value)` pairs a form
//! posts and [`ServiceDraft::from_form`] reads them back, so the edit page, the stored proposal,
//! the review page's diff and the file writer all speak one set of field names.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{EditContext, FieldError, week};
use crate::directory::Service;
use crate::directory::hours::Hours;
use crate::validate;

/// Texts by language code, as in the file (`name = { pl = "…", uk = "…" }`).
pub type Texts = BTreeMap<String, String>;

/// The texts a form edits per language, in the order the form and the file list them.
pub const TEXT_FIELDS: [&str; 7] = [
    "name",
    "description",
    "eligibility",
    "application",
    "languages_note",
    "cost_note",
    "hours_note",
];

/// The most phones or places one form may carry: a bound on what a request can make us allocate.
pub const MAX_ENTRIES: usize = 20;

/// Everything an organisation edits in one service. Empty strings and empty lists mean "not
/// given" (the key is left out of the file). Serialisable, so a pending proposal can be stored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceDraft {
    /// The file name without `.toml`; fixed for an existing service, derived from the Polish name
    /// for a proposed one ([`ServiceDraft::derive_id`]).
    pub id: String,
    /// Not editable by the form: the account's organisation, written into a new file.
    pub organization: OrganizationDraft,
    /// Per [`TEXT_FIELDS`] name, the texts by language.
    pub texts: BTreeMap<String, Texts>,
    pub topics: Vec<String>,
    /// Language codes the staff speak, in the order given.
    pub languages: Vec<String>,
    /// `Some(true)` free, `Some(false)` paid, `None` not known.
    pub free: Option<bool>,
    /// The OpenStreetMap expression, as written or composed by the week editor.
    pub opening_hours: String,
    pub email: String,
    pub website: String,
    /// Where the facts come from (required by the file format).
    pub source: String,
    /// By position in the file; a blank entry is one being removed.
    pub phones: Vec<PhoneDraft>,
    /// By position in the file; a blank entry is one being removed.
    pub locations: Vec<LocationDraft>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganizationDraft {
    pub id: String,
    pub name: Texts,
    /// `city-unit`, `public-office` or `ngo`.
    pub kind: String,
    pub website: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneDraft {
    pub number: String,
    pub note: Texts,
}

/// A place's address and access; its name, coordinates and own hours are kept as the file has
/// them (coordinates are dropped when the address changes: they were read for the old one).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocationDraft {
    pub address: String,
    pub postal_code: String,
    pub city: String,
    pub municipality: String,
    pub accessibility: Texts,
}

impl PhoneDraft {
    fn is_blank(&self) -> bool {
        self.number.is_empty() && self.note.is_empty()
    }
}

impl LocationDraft {
    fn is_blank(&self) -> bool {
        self.address.is_empty()
            && self.postal_code.is_empty()
            && self.city.is_empty()
            && self.municipality.is_empty()
            && self.accessibility.is_empty()
    }
}

impl ServiceDraft {
    /// The draft of a service as it loaded (texts trimmed as loading trims them).
    pub fn from_service(s: &Service) -> ServiceDraft {
        let texts = [
            ("name", &s.name),
            ("description", &s.description),
            ("eligibility", &s.eligibility),
            ("application", &s.application),
            ("languages_note", &s.languages_note),
            ("cost_note", &s.cost_note),
            ("hours_note", &s.hours_note),
        ]
        .into_iter()
        .filter(|(_, t)| !t.is_empty())
        .map(|(k, t)| (k.to_string(), t.0.clone()))
        .collect();
        ServiceDraft {
            id: s.id.clone(),
            organization: OrganizationDraft {
                id: s.organization.id.clone(),
                name: s.organization.name.0.clone(),
                kind: s.organization.kind.as_str().to_string(),
                website: s.organization.website.clone().unwrap_or_default(),
            },
            texts,
            topics: s.topics.clone(),
            languages: s.languages.clone(),
            free: s.free,
            opening_hours: s
                .hours
                .as_ref()
                .map(|h| h.raw().to_string())
                .unwrap_or_default(),
            email: s.email.clone().unwrap_or_default(),
            website: s.website.clone().unwrap_or_default(),
            source: s.source.clone(),
            phones: s
                .phones
                .iter()
                .map(|p| PhoneDraft {
                    number: p.number.clone(),
                    note: p.note.0.clone(),
                })
                .collect(),
            locations: s
                .locations
                .iter()
                .map(|l| LocationDraft {
                    address: l.address.clone(),
                    postal_code: l.postal_code.clone().unwrap_or_default(),
                    city: l.city.clone(),
                    municipality: l.municipality.clone(),
                    accessibility: l.accessibility.0.clone(),
                })
                .collect(),
        }
    }

    /// An empty proposal of a new service by `organization`; its id comes with its name.
    pub fn proposal(organization: OrganizationDraft) -> ServiceDraft {
        ServiceDraft {
            organization,
            ..ServiceDraft::default()
        }
    }

    /// One text of the draft, empty when missing.
    pub fn text(&self, field: &str, lang: &str) -> &str {
        self.texts
            .get(field)
            .and_then(|t| t.get(lang))
            .map_or("", String::as_str)
    }

    /// The form's `(name, value)` pairs for what the draft holds, in the order of the form and
    /// the file; a multi-valued field (`topics`, `languages`) gives one pair per value. Empty
    /// values are left out: a missing pair and an empty one mean the same.
    pub fn fields(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let mut push = |k: String, v: &str| {
            if !v.is_empty() {
                out.push((k, v.to_string()));
            }
        };
        let texts = |push: &mut dyn FnMut(String, &str), field: &str, t: Option<&Texts>| {
            for (lang, v) in t.into_iter().flatten() {
                push(format!("{field}.{lang}"), v);
            }
        };
        for field in &TEXT_FIELDS[..4] {
            texts(&mut push, field, self.texts.get(*field));
        }
        for t in &self.topics {
            push("topics".into(), t);
        }
        for l in &self.languages {
            push("languages".into(), l);
        }
        texts(
            &mut push,
            "languages_note",
            self.texts.get("languages_note"),
        );
        push("free".into(), self.free.map_or("", bool_str));
        texts(&mut push, "cost_note", self.texts.get("cost_note"));
        push("opening_hours".into(), &self.opening_hours);
        texts(&mut push, "hours_note", self.texts.get("hours_note"));
        push("email".into(), &self.email);
        push("website".into(), &self.website);
        push("source".into(), &self.source);
        for (i, p) in self.phones.iter().enumerate() {
            push(format!("phones.{i}.number"), &p.number);
            texts(&mut push, &format!("phones.{i}.note"), Some(&p.note));
        }
        for (i, l) in self.locations.iter().enumerate() {
            push(format!("locations.{i}.address"), &l.address);
            push(format!("locations.{i}.postal_code"), &l.postal_code);
            push(format!("locations.{i}.city"), &l.city);
            push(format!("locations.{i}.municipality"), &l.municipality);
            texts(
                &mut push,
                &format!("locations.{i}.accessibility"),
                Some(&l.accessibility),
            );
        }
        out
    }

    /// The draft a submitted form describes, on the `base` it edits (whose id and organisation it
    /// keeps). Every editable field comes from the form: one that is missing is emptied. Unknown
    /// names (the CSRF token, buttons) are ignored. When the form carries the week editor's rows
    /// (`week.mode=rows`) the hours are composed from them, else read from `opening_hours`;
    /// rows that mean what `base`'s expression means keep its text. Errors here are the form's
    /// shape (a bad time in a row, too many phones); [`ServiceDraft::check`] judges the values.
    pub fn from_form(
        base: &ServiceDraft,
        pairs: &[(String, String)],
    ) -> (ServiceDraft, Vec<FieldError>) {
        let mut d = ServiceDraft {
            id: base.id.clone(),
            organization: base.organization.clone(),
            ..ServiceDraft::default()
        };
        let mut errors = Vec::new();
        let mut phones: BTreeMap<usize, PhoneDraft> = BTreeMap::new();
        let mut locations: BTreeMap<usize, LocationDraft> = BTreeMap::new();
        for (key, value) in pairs {
            // Browsers send a text area's line breaks as CRLF; the files and the paragraph
            // split of the service page use LF.
            let value = value.replace("\r\n", "\n");
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let parts: Vec<&str> = key.split('.').collect();
            match parts.as_slice() {
                [field, lang] if TEXT_FIELDS.contains(field) => {
                    d.texts
                        .entry(field.to_string())
                        .or_default()
                        .insert(lang.to_string(), value.to_string());
                }
                ["topics"] => push_once(&mut d.topics, value),
                ["languages"] => push_once(&mut d.languages, value),
                ["free"] => match value {
                    "true" => d.free = Some(true),
                    "false" => d.free = Some(false),
                    _ => errors.push(FieldError::new(
                        "free",
                        "choose free of charge, paid, or not known",
                    )),
                },
                ["opening_hours"] => d.opening_hours = value.to_string(),
                ["email"] => d.email = value.to_string(),
                ["website"] => d.website = value.to_string(),
                ["source"] => d.source = value.to_string(),
                ["phones", i, rest @ ..] | ["locations", i, rest @ ..] => {
                    let Some(i) = i.parse::<usize>().ok().filter(|i| *i < MAX_ENTRIES) else {
                        errors.push(FieldError::new(
                            key,
                            format_args!(
                                "a form holds at most {MAX_ENTRIES} phones and {MAX_ENTRIES} places"
                            ),
                        ));
                        continue;
                    };
                    let set = if parts[0] == "phones" {
                        set_phone(phones.entry(i).or_default(), rest, value)
                    } else {
                        set_location(locations.entry(i).or_default(), rest, value)
                    };
                    if !set {
                        errors.push(FieldError::new(key, "this form field is not known"));
                    }
                }
                _ => {}
            }
        }
        d.phones = by_position(phones, PhoneDraft::is_blank);
        d.locations = by_position(locations, LocationDraft::is_blank);
        match week::from_form(pairs) {
            None => {}
            Some(Ok(week)) => {
                let same = week::Week::decompose(&base.opening_hours).is_some_and(|b| b == week);
                d.opening_hours = if same {
                    base.opening_hours.clone()
                } else {
                    week.compose().unwrap_or_default()
                };
            }
            Some(Err(e)) => errors.extend(e),
        }
        (d, errors)
    }

    /// Every value checked with the rules loading applies (`validate`, the topic rule of
    /// `portal.toml`, the language list, `opening_hours` with the position of an error), each
    /// problem on the form field it is about; when they all pass, the whole file the draft makes
    /// is checked as `witaj check` would, and what it still finds is reported on no field (`""`).
    pub fn check(&self, ctx: &EditContext) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let config = ctx.config;
        if let Err(e) = validate::slug("service id", &self.id) {
            errors.push(FieldError::new(
                "name.".to_string() + &config.source_language,
                e,
            ));
        }
        let nested = self
            .phones
            .iter()
            .enumerate()
            .map(|(i, p)| (format!("phones.{i}.note"), &p.note))
            .chain(
                self.locations
                    .iter()
                    .enumerate()
                    .map(|(i, l)| (format!("locations.{i}.accessibility"), &l.accessibility)),
            );
        let all_texts = self.texts.iter().map(|(f, t)| (f.clone(), t)).chain(nested);
        for (field, texts) in all_texts {
            for lang in texts.keys() {
                if config.language(lang).is_none() {
                    errors.push(FieldError::new(
                        format!("{field}.{lang}"),
                        format_args!(
                            "`{lang}` is not a language of this portal (they are: {})",
                            config.codes().join(", ")
                        ),
                    ));
                }
            }
        }
        let source = &config.source_language;
        if self.text("name", source).is_empty() {
            errors.push(FieldError::new(
                format!("name.{source}"),
                format_args!("write the name in the portal's source language (`{source}`)"),
            ));
        }
        let topics: Vec<toml::Spanned<String>> = self
            .topics
            .iter()
            .map(|t| toml::Spanned::new(0..0, t.clone()))
            .collect();
        for (_, e) in config.check_topics(Some(&topics)).1 {
            errors.push(FieldError::new("topics", e));
        }
        for code in &self.languages {
            if !ctx.language_names.contains_key(code) {
                errors.push(FieldError::new(
                    "languages",
                    format_args!(
                        "unknown language code `{code}`: choose one of the listed languages"
                    ),
                ));
            }
        }
        if !self.opening_hours.is_empty()
            && let Err(e) = Hours::parse(&self.opening_hours)
        {
            errors.push(FieldError::new(
                "opening_hours",
                format_args!("the opening hours cannot be read {e}"),
            ));
        }
        if !self.email.is_empty()
            && let Err(e) = validate::email(&self.email)
        {
            errors.push(FieldError::new("email", e));
        }
        for (field, value, required) in [
            ("website", &self.website, false),
            ("source", &self.source, true),
        ] {
            if value.is_empty() {
                if required {
                    errors.push(FieldError::new(
                        field,
                        "give the https:// page these facts come from",
                    ));
                }
            } else if let Err(e) = validate::http_url(value) {
                errors.push(FieldError::new(field, e));
            }
        }
        for (i, p) in self
            .phones
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.is_blank())
        {
            if let Err(e) = validate::phone(&p.number) {
                errors.push(FieldError::new(format!("phones.{i}.number"), e));
            }
        }
        for (i, l) in self
            .locations
            .iter()
            .enumerate()
            .filter(|(_, l)| !l.is_blank())
        {
            for (f, v) in [("address", &l.address), ("city", &l.city)] {
                if v.is_empty() {
                    errors.push(FieldError::new(
                        format!("locations.{i}.{f}"),
                        format_args!("the place needs its {f}"),
                    ));
                }
            }
            if !config.municipalities.iter().any(|m| m.id == l.municipality) {
                errors.push(FieldError::new(
                    format!("locations.{i}.municipality"),
                    "choose the municipality the place is in",
                ));
            }
            if !l.postal_code.is_empty()
                && let Err(e) = validate::postal_code(&l.postal_code)
            {
                errors.push(FieldError::new(format!("locations.{i}.postal_code"), e));
            }
        }
        if self.organization.id.is_empty() {
            errors.push(FieldError::new("", "the service has no organisation"));
        }
        if errors.is_empty() {
            errors.extend(super::write::check_new_file(self, ctx));
        }
        errors
    }

    /// A proposed new service of `organization` from its form: [`ServiceDraft::from_form`] on an
    /// empty proposal, with the id derived from the name in the `source` language, unique against
    /// `taken` (the directory's ids).
    pub fn propose(
        organization: OrganizationDraft,
        pairs: &[(String, String)],
        source: &str,
        taken: impl Fn(&str) -> bool,
    ) -> (ServiceDraft, Vec<FieldError>) {
        let (mut d, mut errors) =
            ServiceDraft::from_form(&ServiceDraft::proposal(organization), pairs);
        let name = d.text("name", source).to_string();
        match ServiceDraft::derive_id(&name, taken) {
            Some(id) => d.id = id,
            None if name.is_empty() => {}
            None => errors.push(FieldError::new(
                format!("name.{source}"),
                "the name needs some Latin letters or digits: the service's address is made from them",
            )),
        }
        (d, errors)
    }

    /// A proposed service's id: its Polish name in lower-case ASCII (Polish letters without their
    /// marks, other characters as hyphens), made unique with `-2`, `-3`… against `taken`.
    pub fn derive_id(name: &str, taken: impl Fn(&str) -> bool) -> Option<String> {
        let mut slug = String::new();
        for c in name.chars().flat_map(char::to_lowercase) {
            let c = match c {
                'ą' => 'a',
                'ć' => 'c',
                'ę' => 'e',
                'ł' => 'l',
                'ń' => 'n',
                'ó' => 'o',
                'ś' => 's',
                'ź' | 'ż' => 'z',
                c if c.is_ascii_alphanumeric() => c,
                _ => '-',
            };
            if c != '-' || !slug.is_empty() && !slug.ends_with('-') {
                slug.push(c);
            }
            if slug.len() >= 60 {
                break;
            }
        }
        let slug = slug.trim_end_matches('-').to_string();
        if !validate::is_slug(&slug) {
            return None;
        }
        (1..1000)
            .map(|n| {
                if n == 1 {
                    slug.clone()
                } else {
                    format!("{slug}-{n}")
                }
            })
            .find(|id| !taken(id))
    }
}

/// Entries by their position in the form. A blanked entry before others stays, blank, in its
/// place: the file's entry at that position is the one removed, and the later ones keep what the
/// form does not show (a place's name and own hours). Blank entries at the end (the form's empty
/// row for a new phone or place) are dropped.
fn by_position<T: Default>(entries: BTreeMap<usize, T>, blank: fn(&T) -> bool) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for (i, entry) in entries {
        out.resize_with(i, T::default);
        out.push(entry);
    }
    while out.last().is_some_and(blank) {
        out.pop();
    }
    out
}

fn bool_str(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

fn push_once(list: &mut Vec<String>, value: &str) {
    if !list.iter().any(|v| v == value) {
        list.push(value.to_string());
    }
}

fn set_phone(p: &mut PhoneDraft, rest: &[&str], value: &str) -> bool {
    match rest {
        ["number"] => p.number = value.to_string(),
        ["note", lang] => {
            p.note.insert(lang.to_string(), value.to_string());
        }
        _ => return false,
    }
    true
}

fn set_location(l: &mut LocationDraft, rest: &[&str], value: &str) -> bool {
    match rest {
        ["address"] => l.address = value.to_string(),
        ["postal_code"] => l.postal_code = value.to_string(),
        ["city"] => l.city = value.to_string(),
        ["municipality"] => l.municipality = value.to_string(),
        ["accessibility", lang] => {
            l.accessibility.insert(lang.to_string(), value.to_string());
        }
        _ => return false,
    }
    true
}
