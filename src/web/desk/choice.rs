//! What the clerk has chosen, all of it in the query string so that every step is a plain link or
//! a GET form (no script, no session): `q` the Polish search, `for` the visitor's language, `g`
//! guides, `s` services, `pl=1` the Polish text on the handout too, `in` the sheet's languages.

use crate::site::Site;
use crate::web::query::QueryPairs;

/// More than this many items is no longer a handout; the rest are ignored.
const MAX_ITEMS: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub q: String,
    /// The visitor's language: a language of the site, never the source itself unless the site
    /// has no other.
    pub visitor: String,
    pub guides: Vec<String>,
    pub services: Vec<String>,
    pub with_polish: bool,
    /// The desk sheet's languages.
    pub langs: Vec<String>,
}

impl Choice {
    /// Reads the query leniently: unknown guides, services and languages are dropped, repeats
    /// kept once, the order kept.
    pub fn read(site: &Site, query: &QueryPairs) -> Choice {
        fn all<'q>(query: &'q QueryPairs, key: &'static str) -> impl Iterator<Item = &'q str> {
            query
                .pairs()
                .iter()
                .filter(move |(k, _)| k == key)
                .map(|(_, v)| v.trim())
        }
        let mut guides: Vec<String> = Vec::new();
        for slug in all(query, "g") {
            let slug = site.content.renamed(slug).map_or(slug, |g| g.slug.as_str());
            if site.content.guide(slug).is_some() && !guides.iter().any(|g| g == slug) {
                guides.push(slug.to_string());
            }
        }
        let mut services: Vec<String> = Vec::new();
        for id in all(query, "s") {
            if site.directory.service(id).is_some() && !services.iter().any(|s| s == id) {
                services.push(id.to_string());
            }
        }
        guides.truncate(MAX_ITEMS);
        services.truncate(MAX_ITEMS.saturating_sub(guides.len()));
        let mut langs: Vec<String> = Vec::new();
        for code in all(query, "in") {
            if site.config.language(code).is_some() && !langs.iter().any(|l| l == code) {
                langs.push(code.to_string());
            }
        }
        let visitor = query
            .text("for")
            .filter(|code| site.config.language(code).is_some())
            .map(str::to_string)
            .unwrap_or_else(|| default_visitor(site));
        Choice {
            q: query.text("q").unwrap_or("").chars().take(256).collect(),
            visitor,
            guides,
            services,
            with_polish: query.first("pl") == Some("1"),
            langs,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.guides.is_empty() && self.services.is_empty()
    }

    /// The query string of this choice (without `?`): `q` only when `with_search`.
    pub fn query(&self, with_search: bool) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        if with_search && !self.q.is_empty() {
            s.append_pair("q", &self.q);
        }
        s.append_pair("for", &self.visitor);
        for g in &self.guides {
            s.append_pair("g", g);
        }
        for id in &self.services {
            s.append_pair("s", id);
        }
        s.finish()
    }
}

/// The first language of the site that is not the source: a visitor at the desk reads another.
fn default_visitor(site: &Site) -> String {
    let source = &site.config.source_language;
    site.config
        .languages
        .iter()
        .map(|l| &l.code)
        .find(|c| *c != source)
        .unwrap_or(source)
        .clone()
}
