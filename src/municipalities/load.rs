//! Reading `content/municipalities/<id>.toml` into [`Place`]s, field by field like the directory's
//! reader, every problem a diagnostic with its file and line; then what needs every file: each
//! municipality's county has a file and is a county, and `portal.toml`'s `[[municipalities]]`
//! agree with the files. A file with errors is left out, never half-loaded.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::model::{Kind, Municipalities, Place, Step};
use crate::config::{CONFIG_FILE, Config};
use crate::diagnostics::{Diagnostics, Reporter, read_site_text};
use crate::directory::Directory;
use crate::fs;
use crate::validate;

pub const MUNICIPALITIES_DIR: &str = "content/municipalities";

/// A file as serde reads it; spans kept so every problem can name its line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    name: Spanned<String>,
    short_name: Spanned<String>,
    kind: Spanned<Kind>,
    #[serde(default)]
    county: Option<Spanned<String>>,
    #[serde(default)]
    website: Option<Spanned<String>>,
    #[serde(default)]
    bip: Option<Spanned<String>>,
    #[serde(default)]
    foreigners_page: Option<Spanned<String>>,
    source: Spanned<String>,
    verified: Spanned<toml::value::Datetime>,
    #[serde(default)]
    names: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    steps: BTreeMap<Spanned<String>, Spanned<String>>,
}

/// A loaded place and the line of its `county` (or `kind` when it has none), for the checks that
/// need every file.
struct Loaded {
    place: Place,
    county_line: usize,
}

/// Reads every place under `root`, checking step services against `directory`. A missing folder
/// is no places, not an error: `portal.toml`'s list alone then says where services are.
pub fn load(
    root: &Path,
    config: &Config,
    directory: &Directory,
    diags: &mut Diagnostics,
) -> Municipalities {
    let dir = root.join(MUNICIPALITIES_DIR);
    if !dir.is_dir() {
        return Municipalities::default();
    }
    let mut loaded: BTreeMap<String, Loaded> = BTreeMap::new();
    let mut first_seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    let folder = fs::RecordFolder {
        what: "municipality",
        one_per: "municipality or county",
        example: "wejherowo-gmina.toml",
    };
    for (file, id) in fs::record_files(root, &dir, &folder, diags) {
        let id = id.as_str();
        first_seen.insert(id.to_string(), file.rel.clone());
        let Some(text) = read_site_text(root, &file.path, diags) else {
            continue;
        };
        let mut reader = Reader {
            r: Reporter::new(&file.rel, &text, 1, diags),
            config,
            directory,
        };
        if let Some(l) = reader.place(id) {
            loaded.insert(id.to_string(), l);
        }
    }
    // A file with errors is reported already; it still exists for the checks across files.
    check_counties(&loaded, &first_seen, diags);
    check_config(config, &loaded, &first_seen, diags);
    Municipalities {
        places: loaded.into_iter().map(|(id, l)| (id, l.place)).collect(),
    }
}

/// A municipality's `county` must name a file of kind `county`.
fn check_counties(
    loaded: &BTreeMap<String, Loaded>,
    files: &BTreeMap<String, PathBuf>,
    diags: &mut Diagnostics,
) {
    for l in loaded.values() {
        let Some(county) = &l.place.county else {
            continue;
        };
        match loaded.get(county) {
            None if files.contains_key(county) => {}
            None => diags.error(
                &l.place.path,
                Some(l.county_line),
                format_args!("county `{county}` has no file: add {MUNICIPALITIES_DIR}/{county}.toml (kind = \"county\"), or correct the id"),
            ),
            Some(c) if c.place.kind != Kind::County => diags.error(
                &l.place.path,
                Some(l.county_line),
                format_args!("`{county}` is not a county (its file says kind = \"{}\"): name the powiat's file here", kind_str(c.place.kind)),
            ),
            Some(_) => {}
        }
    }
}

/// `portal.toml`'s `[[municipalities]]` (where services can be) must each have a file, in the same
/// county, so the services filter and these pages speak of the same places.
fn check_config(
    config: &Config,
    loaded: &BTreeMap<String, Loaded>,
    files: &BTreeMap<String, PathBuf>,
    diags: &mut Diagnostics,
) {
    for m in &config.municipalities {
        match loaded.get(&m.id) {
            None if files.contains_key(&m.id) => {}
            None => diags.error(
                Path::new(CONFIG_FILE),
                None,
                format_args!("municipality `{}` has no file: add {MUNICIPALITIES_DIR}/{}.toml (see the README there)", m.id, m.id),
            ),
            Some(l) if l.place.county_id() != m.county => diags.error(
                &l.place.path,
                Some(l.county_line),
                format_args!(
                    "the county here is `{}`, but {CONFIG_FILE} puts `{}` in `{}`: make them agree",
                    l.place.county_id(),
                    m.id,
                    m.county
                ),
            ),
            Some(_) => {}
        }
    }
}

fn kind_str(kind: Kind) -> &'static str {
    match kind {
        Kind::CityCounty => "city-county",
        Kind::Urban => "urban",
        Kind::UrbanRural => "urban-rural",
        Kind::Rural => "rural",
        Kind::County => "county",
    }
}

/// Turns one file's raw TOML into a place, reporting as it goes: one method per field.
struct Reader<'a> {
    r: Reporter<'a>,
    config: &'a Config,
    directory: &'a Directory,
}

impl Reader<'_> {
    fn place(&mut self, id: &str) -> Option<Loaded> {
        let raw: RawPlace = self.r.parse("")?;
        let name = self.text(&raw.name, "name");
        let short_name = self.text(&raw.short_name, "short_name");
        let kind = *raw.kind.get_ref();
        let county = self.county(&raw, kind);
        let website = raw.website.as_ref().and_then(|u| self.url(u, "website"));
        let bip = raw.bip.as_ref().and_then(|u| self.url(u, "bip"));
        let foreigners_page = raw
            .foreigners_page
            .as_ref()
            .and_then(|u| self.url(u, "foreigners_page"));
        let source = self.url(&raw.source, "source");
        let verified = validate::toml_date("verified", raw.verified.get_ref())
            .map_err(|e| self.r.error(&raw.verified, e))
            .ok();
        let names = self.names(&raw.names);
        let steps = self.steps(&raw.steps);
        let county_line = match &raw.county {
            Some(c) => self.r.line(c),
            None => self.r.line(&raw.kind),
        };
        if !self.r.ok() {
            return None;
        }
        Some(Loaded {
            place: Place {
                id: id.to_string(),
                path: self.r.path.to_path_buf(),
                name,
                short_name,
                kind,
                county,
                website,
                bip,
                foreigners_page,
                source: source?,
                verified: verified?,
                names,
                steps,
            },
            county_line,
        })
    }

    fn text(&mut self, raw: &Spanned<String>, field: &str) -> String {
        let t = raw.get_ref().trim();
        if t.is_empty() {
            self.r.error(
                raw,
                format_args!("`{field}` is empty: write it, or remove the line"),
            );
        }
        t.to_string()
    }

    /// Counties and cities with county rights stand alone; every other place names its county.
    fn county(&mut self, raw: &RawPlace, kind: Kind) -> Option<String> {
        match (&raw.county, kind.is_county_level()) {
            (Some(c), true) => {
                self.r.error(
                    c,
                    format_args!(
                        "a place of kind \"{}\" has no county above it: remove `county`",
                        kind_str(kind)
                    ),
                );
                None
            }
            (None, false) => {
                self.r.error(
                    &raw.kind,
                    format_args!(
                        "a place of kind \"{}\" has no county: add `county = \"...\"`, the id of its powiat's file",
                        kind_str(kind)
                    ),
                );
                None
            }
            (Some(c), false) => match validate::slug("county id", c.get_ref()) {
                Ok(id) => Some(id.to_string()),
                Err(e) => {
                    self.r.error(c, e);
                    None
                }
            },
            (None, true) => None,
        }
    }

    fn url(&mut self, raw: &Spanned<String>, field: &str) -> Option<String> {
        match validate::http_url(raw.get_ref()) {
            Ok(u) => Some(u.to_string()),
            Err(e) => {
                let u = raw.get_ref().trim();
                self.r.error(
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

    /// `[names]`: keys are languages of the portal.
    fn names(
        &mut self,
        raw: &BTreeMap<Spanned<String>, Spanned<String>>,
    ) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for (lang, name) in raw {
            let code = lang.get_ref();
            if self.config.language(code).is_none() {
                let known = self.config.codes().join(", ");
                self.r.error(
                    lang,
                    format_args!("`names` has a name in `{code}`, which is not a language of this portal: use one of {known}"),
                );
            } else if name.get_ref().trim().is_empty() {
                self.r.error(
                    name,
                    format_args!("`names.{code}` is empty: write the name, or remove the line"),
                );
            } else {
                out.insert(code.clone(), name.get_ref().trim().to_string());
            }
        }
        out
    }

    /// `[steps]`: known step ids, each naming a service of the directory.
    fn steps(
        &mut self,
        raw: &BTreeMap<Spanned<String>, Spanned<String>>,
    ) -> BTreeMap<Step, String> {
        let mut out = BTreeMap::new();
        for (step, service) in raw {
            let Some(s) = Step::parse(step.get_ref()) else {
                let known: Vec<&str> = Step::ALL.iter().map(|s| s.as_str()).collect();
                self.r.error(
                    step,
                    format_args!(
                        "unknown step `{}`: use one of {}",
                        step.get_ref(),
                        known.join(", ")
                    ),
                );
                continue;
            };
            let id = service.get_ref();
            if self.directory.service(id).is_none() {
                self.r.error(
                    service,
                    format_args!("step `{}` names `{id}`, which is not a service: add content/directory/{id}.toml or use an existing service id", s.as_str()),
                );
                continue;
            }
            out.insert(s, id.clone());
        }
        out
    }
}
