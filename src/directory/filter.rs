//! Filtering the directory: by topic, language spoken, municipality, county, open now, free of charge and
//! kind of organisation, with the number of results each choice would give.
//!
//! A filter comes from a query string a visitor may have typed or mangled: values that are not known
//! ids are dropped (the filter is ignored), never an error. Filters combine with AND.

use chrono::{DateTime, Utc};

use super::Directory;
use super::model::{OrgKind, Service};
use crate::config::Config;

/// Longest query value looked at; anything longer cannot be one of our ids.
const MAX_VALUE_LEN: usize = 64;

/// The query-string keys, shared by the services page and `/api/services`.
pub mod keys {
    pub const TOPIC: &str = "topic";
    pub const SPEAKS: &str = "speaks";
    pub const PLACE: &str = "place";
    pub const COUNTY: &str = "county";
    pub const OPEN: &str = "open";
    pub const FREE: &str = "free";
    pub const ORG: &str = "org";
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub topic: Option<String>,
    /// A language the staff speak.
    pub speaks: Option<String>,
    /// A municipality id: services with a location there or serving it.
    pub place: Option<String>,
    /// A county id (a city with county rights is its own): services with a location in one of
    /// its municipalities or serving one ("near me" for a chosen municipality).
    pub county: Option<String>,
    /// The municipalities of `county`, from `portal.toml`.
    county_members: Vec<String>,
    pub open_now: bool,
    pub free: bool,
    pub org: Option<OrgKind>,
}

/// A service with what the filters need to know about it at this instant.
#[derive(Debug, Clone, Copy)]
pub struct Candidate<'a> {
    pub service: &'a Service,
    pub open_now: bool,
}

/// How many results each choice would give, the other filters staying as they are.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Facets {
    pub topics: Vec<(String, usize)>,
    pub languages: Vec<(String, usize)>,
    pub places: Vec<(String, usize)>,
    /// Each county of `portal.toml`, in its order.
    pub counties: Vec<(String, usize)>,
    pub orgs: Vec<(OrgKind, usize)>,
    pub open_now: usize,
    pub free: usize,
}

impl Filter {
    /// Reads the filter from query pairs; the first value of each key counts, unknown keys and
    /// values are ignored.
    pub fn from_pairs(
        pairs: &[(String, String)],
        config: &Config,
        directory: &Directory,
    ) -> Filter {
        let get = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.trim())
                .filter(|v| !v.is_empty() && v.len() <= MAX_VALUE_LEN)
        };
        let flag = |key: &str| get(key).is_some_and(|v| matches!(v, "1" | "true" | "on" | "yes"));
        Filter {
            topic: get(keys::TOPIC)
                .filter(|t| config.topics.iter().any(|x| x == t))
                .map(str::to_string),
            speaks: get(keys::SPEAKS)
                .filter(|l| directory.language_names.contains_key(*l))
                .map(str::to_string),
            place: get(keys::PLACE)
                .filter(|p| config.municipalities.iter().any(|m| m.id == *p))
                .map(str::to_string),
            open_now: flag(keys::OPEN),
            free: flag(keys::FREE),
            org: get(keys::ORG).and_then(OrgKind::parse),
            ..Filter::default()
        }
        .in_county(get(keys::COUNTY), config)
    }

    /// The same filter narrowed to `county` when `portal.toml` has it (and not narrowed by county
    /// otherwise).
    pub fn in_county(self, county: Option<&str>, config: &Config) -> Filter {
        let members: Vec<String> = county.map_or_else(Vec::new, |c| {
            config
                .municipalities
                .iter()
                .filter(|m| m.county == c)
                .map(|m| m.id.clone())
                .collect()
        });
        Filter {
            county: county.filter(|_| !members.is_empty()).map(str::to_string),
            county_members: members,
            ..self
        }
    }

    /// The counties of `portal.toml`, each once, in its order.
    pub fn counties(config: &Config) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for m in &config.municipalities {
            if !out.contains(&m.county.as_str()) {
                out.push(&m.county);
            }
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// The canonical query string (`topic=legal-aid&speaks=uk`), without `?`; ids are URL-safe.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(t) = &self.topic {
            parts.push(format!("{}={t}", keys::TOPIC));
        }
        if let Some(l) = &self.speaks {
            parts.push(format!("{}={l}", keys::SPEAKS));
        }
        if let Some(p) = &self.place {
            parts.push(format!("{}={p}", keys::PLACE));
        }
        if let Some(c) = &self.county {
            parts.push(format!("{}={c}", keys::COUNTY));
        }
        if self.open_now {
            parts.push(format!("{}=1", keys::OPEN));
        }
        if self.free {
            parts.push(format!("{}=1", keys::FREE));
        }
        if let Some(o) = self.org {
            parts.push(format!("{}={}", keys::ORG, o.as_str()));
        }
        parts.join("&")
    }

    pub fn matches(&self, c: &Candidate) -> bool {
        let s = c.service;
        let in_county = || {
            s.places()
                .iter()
                .any(|p| self.county_members.iter().any(|m| m == p))
        };
        self.topic.as_ref().is_none_or(|t| s.topics.contains(t))
            && self.speaks.as_ref().is_none_or(|l| s.languages.contains(l))
            && self
                .place
                .as_ref()
                .is_none_or(|p| s.places().contains(&p.as_str()))
            && (self.county.is_none() || in_county())
            && (!self.open_now || c.open_now)
            && (!self.free || s.free == Some(true))
            && self.org.is_none_or(|o| s.organization.kind == o)
    }

    /// The matching candidates, in the order given.
    pub fn apply<'a>(&self, candidates: &[Candidate<'a>]) -> Vec<Candidate<'a>> {
        candidates
            .iter()
            .filter(|c| self.matches(c))
            .copied()
            .collect()
    }

    /// Result counts for each value of each filter, the other filters applied.
    pub fn facets(
        &self,
        candidates: &[Candidate],
        config: &Config,
        directory: &Directory,
    ) -> Facets {
        let count = |f: &Filter| candidates.iter().filter(|c| f.matches(c)).count();
        let topics = config
            .topics
            .iter()
            .map(|t| {
                let f = Filter {
                    topic: Some(t.clone()),
                    ..self.clone()
                };
                (t.clone(), count(&f))
            })
            .collect();
        let languages = directory
            .spoken_languages(config)
            .into_iter()
            .map(|l| {
                let f = Filter {
                    speaks: Some(l.clone()),
                    ..self.clone()
                };
                let n = count(&f);
                (l, n)
            })
            .collect();
        let places = config
            .municipalities
            .iter()
            .map(|m| {
                let f = Filter {
                    place: Some(m.id.clone()),
                    ..self.clone()
                };
                (m.id.clone(), count(&f))
            })
            .collect();
        let counties = Filter::counties(config)
            .into_iter()
            .map(|c| {
                let f = self.clone().in_county(Some(c), config);
                (c.to_string(), count(&f))
            })
            .collect();
        let orgs = OrgKind::ALL
            .into_iter()
            .map(|o| {
                let f = Filter {
                    org: Some(o),
                    ..self.clone()
                };
                (o, count(&f))
            })
            .collect();
        Facets {
            topics,
            languages,
            places,
            counties,
            orgs,
            open_now: count(&Filter {
                open_now: true,
                ..self.clone()
            }),
            free: count(&Filter {
                free: true,
                ..self.clone()
            }),
        }
    }
}

/// Every service with its state at `now`, evaluated once per request.
pub fn candidates(directory: &Directory, now: DateTime<Utc>) -> Vec<Candidate<'_>> {
    directory
        .services
        .values()
        .map(|s| Candidate {
            service: s,
            open_now: s.all_hours().any(|h| h.is_open(now)),
        })
        .collect()
}
