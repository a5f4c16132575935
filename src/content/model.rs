//! Guides after loading: what the web layer and search read.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;
use time::Date;

use super::front_matter::SourceLink;
use super::markdown::{Section, TocEntry};
use crate::translation::Status;

/// One language's version of a guide.
#[derive(Debug, Clone, Serialize)]
pub struct Page {
    pub lang: String,
    /// Relative to the site root, as editors see it.
    pub path: PathBuf,
    pub title: String,
    pub summary: String,
    pub updated: Date,
    pub reviewed: Option<Date>,
    pub sources: Vec<SourceLink>,
    /// "What to bring", in this page's language (empty when the guide has no such list).
    pub bring: Vec<String>,
    pub html: String,
    pub toc: Vec<TocEntry>,
    pub sections: Vec<Section>,
    pub words: usize,
    pub status: Status,
}

#[derive(Debug, Clone, Serialize)]
pub struct Guide {
    pub slug: String,
    /// Taken from the source-language file: topics and related services are facts about the guide,
    /// not about one translation.
    pub topics: Vec<String>,
    pub services: Vec<String>,
    pub source_hash: String,
    /// Old slugs that redirect to this guide (from the source file's `aliases`).
    pub aliases: Vec<String>,
    /// The source file's `priority`: higher is translated first (`witaj status --lang`).
    pub priority: i64,
    /// The source file's `glossary`: the guide defines words rather than explaining a matter.
    pub glossary: bool,
    pub pages: BTreeMap<String, Page>,
}

impl Guide {
    /// The first page along `chain` (the reader's language, then its fallbacks).
    pub fn resolve(&self, chain: &[&str]) -> Option<&Page> {
        chain.iter().find_map(|lang| self.pages.get(*lang))
    }

    pub fn status(&self, lang: &str) -> Status {
        self.pages.get(lang).map_or(Status::Missing, |p| p.status)
    }
}

#[derive(Debug, Default, Clone)]
pub struct Content {
    pub guides: BTreeMap<String, Guide>,
    /// Every citation of a directory service, in any language's file: the front matter's
    /// `services` and `service:` links. The site checks them against the directory.
    pub service_refs: Vec<ServiceRef>,
    /// Every alias (an old slug) and the slug it now stands for: published links never break.
    pub aliases: BTreeMap<String, String>,
}

/// Where a guide cites a service, for checking and for "guides that cite this service".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceRef {
    pub slug: String,
    pub lang: String,
    pub path: PathBuf,
    pub line: usize,
    pub id: String,
}

impl Content {
    pub fn guide(&self, slug: &str) -> Option<&Guide> {
        self.guides.get(slug)
    }

    /// The guide an old slug (an alias) now stands for.
    pub fn renamed(&self, alias: &str) -> Option<&Guide> {
        self.aliases
            .get(alias)
            .and_then(|slug| self.guides.get(slug))
    }

    /// Guides on `topic`, in slug order.
    pub fn on_topic<'a>(&'a self, topic: &'a str) -> impl Iterator<Item = &'a Guide> + 'a {
        self.guides
            .values()
            .filter(move |g| g.topics.iter().any(|t| t == topic))
    }
}
