//! The directory of services: one TOML file per service under `content/directory/`, modelled on
//! Open Referral's HSDS 3 (organisation, service, locations, contacts, languages, cost, schedule).
//!
//! - [`model`] the validated data, with texts per language;
//! - [`load`] reading and checking the files (every problem a diagnostic with file and line);
//! - [`hours`] `opening_hours` expressions evaluated in Europe/Warsaw with Polish holidays;
//! - [`filter`] the services page's filters and their result counts;
//! - [`hsds`] the HSDS 3.0 JSON shapes for the API and `witaj export --format hsds`;
//! - [`edit`] the write path: an organisation's edit, checked, written into the file, committed.
//!
//! Like `content`, this module knows nothing of HTTP. Nothing in it reads the clock: whatever
//! depends on the time takes `now` as a parameter.

pub mod edit;
pub mod filter;
pub mod hours;
pub mod hsds;
pub mod load;
pub mod model;

use std::collections::BTreeMap;
use std::path::Path;

use crate::config::Config;
use crate::content::Content;
use crate::diagnostics::Diagnostics;
pub use model::{Location, OrgKind, Organization, Phone, Resolved, Service, Text};

#[derive(Debug, Default, Clone)]
pub struct Directory {
    pub services: BTreeMap<String, Service>,
    /// Every language code a service may list, with the language's name in itself (`uk` →
    /// `Українська`): the portal's languages plus `content/directory/_languages.toml`.
    pub language_names: BTreeMap<String, String>,
}

impl Directory {
    /// Loads every service under `root/content/directory`; problems go into `diags`.
    pub fn load(root: &Path, config: &Config, diags: &mut Diagnostics) -> Directory {
        let (services, language_names) = load::load(root, config, diags);
        Directory {
            services,
            language_names,
        }
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.get(id)
    }

    /// A language's name in itself; the code when it has none.
    pub fn language_name<'a>(&'a self, code: &'a str) -> &'a str {
        self.language_names.get(code).map_or(code, String::as_str)
    }

    /// The languages some service's staff speak: the portal's languages first, in their order,
    /// then the others by code.
    pub fn spoken_languages(&self, config: &Config) -> Vec<String> {
        let mut spoken: Vec<String> = Vec::new();
        for s in self.services.values() {
            for l in &s.languages {
                if !spoken.contains(l) {
                    spoken.push(l.clone());
                }
            }
        }
        let rank = |code: &str| {
            config
                .languages
                .iter()
                .position(|l| l.code == code)
                .unwrap_or(usize::MAX)
        };
        spoken.sort_by(|a, b| (rank(a), a).cmp(&(rank(b), b)));
        spoken
    }

    /// Guides that cite service `id` (in their front matter or with a `service:` link), by slug.
    pub fn cited_by<'a>(&self, content: &'a Content, id: &str) -> Vec<&'a str> {
        let mut slugs: Vec<&str> = content
            .service_refs
            .iter()
            .filter(|r| r.id == id && content.guides.contains_key(&r.slug))
            .map(|r| r.slug.as_str())
            .collect();
        slugs.sort_unstable();
        slugs.dedup();
        slugs
    }

    /// Every guide's citation of a service must name a service that exists.
    pub fn check_citations(&self, content: &Content, diags: &mut Diagnostics) {
        for r in &content.service_refs {
            if !self.services.contains_key(&r.id) {
                diags.error(
                    &r.path,
                    Some(r.line),
                    format_args!(
                        "the guide cites a service that does not exist: `{}`; check the id: it is the name of a file of {}/ (there is no {}.toml)",
                        r.id,
                        load::DIRECTORY_DIR,
                        r.id
                    ),
                );
            }
        }
    }
}
