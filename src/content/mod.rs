//! Guides: one folder per guide under `content/guides/`, one Markdown file per language.
//!
//! Loading reads every file, renders it, works out each translation's status against the source
//! language, and checks what links to what. Every problem becomes a diagnostic with file and line;
//! a broken file is left out of the result, never half-loaded.

pub mod front_matter;
pub mod hash;
pub mod markdown;
pub mod stamp;
pub mod statement;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Serialize;
use time::Date;
use toml::Spanned;

use crate::config::{Config, is_slug};
use crate::diagnostics::{Diagnostics, line_of, read_site_text, rel};
use front_matter::{FrontMatter, SourceLink};
use markdown::{Reference, Section, TocEntry};

pub const GUIDES_DIR: &str = "content/guides";

/// How a language's version of a guide stands against the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The source-language original.
    Source,
    /// Translated from the current source.
    Current,
    /// Translated from an older source, or never stamped: it may say something the source no
    /// longer says.
    Outdated,
    /// Not translated into this language.
    Missing,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Source => "source",
            Status::Current => "current",
            Status::Outdated => "outdated",
            Status::Missing => "missing",
        }
    }
}

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

/// A page as read from disk, before cross-file checks.
struct Parsed {
    page: Page,
    topics: Option<Vec<Spanned<String>>>,
    services: Option<Vec<Spanned<String>>>,
    source_hash: Option<(String, usize)>,
    references: Vec<(Reference, usize)>,
    anchors: Vec<String>,
    hash_of_text: String,
    front_text: String,
    front_line: usize,
}

impl Content {
    /// Loads every guide under `root/content/guides`. `external_label(lang)` gives the hidden text
    /// that marks external links in that language.
    pub fn load(
        root: &Path,
        config: &Config,
        external_label: &dyn Fn(&str) -> String,
        diags: &mut Diagnostics,
    ) -> Content {
        let dir = root.join(GUIDES_DIR);
        let mut content = Content::default();
        let entries = match sorted_entries(&dir) {
            Ok(e) => e,
            Err(e) => {
                diags.error(
                    &dir,
                    None,
                    format_args!("cannot read the guides folder: {e}"),
                );
                return content;
            }
        };
        let mut parsed_guides: Vec<(String, BTreeMap<String, Parsed>)> = Vec::new();
        // Guides whose source file exists, even if it is broken (its own errors say why): their
        // translations are not "without a source".
        let mut with_source_file: BTreeSet<String> = BTreeSet::new();
        for entry in entries {
            let name = entry
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            if name.starts_with('.') || name == "README.md" {
                continue;
            }
            if !entry.is_dir() {
                diags.warning(
                    &rel(root, &entry),
                    None,
                    "not a guide folder: guides live in content/guides/<slug>/<lang>.md",
                );
                continue;
            }
            if !is_slug(&name) {
                diags.error(
                    &rel(root, &entry),
                    None,
                    format_args!("`{name}` is not a valid guide slug: use lower-case ASCII letters, digits and hyphens, e.g. `residence-permits`"),
                );
                continue;
            }
            let mut pages = BTreeMap::new();
            let files = match sorted_entries(&entry) {
                Ok(f) => f,
                Err(e) => {
                    diags.error(
                        &rel(root, &entry),
                        None,
                        format_args!("cannot read the folder: {e}"),
                    );
                    continue;
                }
            };
            for file in files {
                let fname = file
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .to_string();
                if fname.starts_with('.') {
                    continue;
                }
                let relpath = rel(root, &file);
                let Some(lang) = fname.strip_suffix(".md") else {
                    diags.warning(
                        &relpath,
                        Some(1),
                        "ignored: a guide folder holds only `<lang>.md` files",
                    );
                    continue;
                };
                if config.language(lang).is_none() {
                    let known: Vec<&str> =
                        config.languages.iter().map(|l| l.code.as_str()).collect();
                    diags.error(
                        &relpath,
                        Some(1),
                        format_args!(
                            "`{lang}` is not a language of this portal (they are: {}): rename the file or add the language to portal.toml",
                            known.join(", ")
                        ),
                    );
                    continue;
                }
                if lang == config.source_language {
                    with_source_file.insert(name.clone());
                }
                if let Some(p) = parse_page(root, &file, lang, external_label(lang), diags) {
                    pages.insert(lang.to_string(), p);
                }
            }
            parsed_guides.push((name, pages));
        }

        check_links(&parsed_guides, diags);
        let source = config.source_language.as_str();
        for (slug, pages) in &parsed_guides {
            for p in pages.values() {
                let cite = |id: &str, line: usize| ServiceRef {
                    slug: slug.clone(),
                    lang: p.page.lang.clone(),
                    path: p.page.path.clone(),
                    line,
                    id: id.to_string(),
                };
                for s in p.services.iter().flatten() {
                    let line = p.front_line + line_of(&p.front_text, s.span().start) - 1;
                    content.service_refs.push(cite(s.get_ref(), line));
                }
                for (r, line) in &p.references {
                    if let Reference::Service { id } = r {
                        content.service_refs.push(cite(id, *line));
                    }
                }
            }
        }
        for (slug, mut pages) in parsed_guides {
            let Some(src) = pages.get_mut(source) else {
                if pages.is_empty() || with_source_file.contains(&slug) {
                    continue;
                }
                for p in pages.values() {
                    diags.error(
                        &p.page.path,
                        Some(1),
                        format_args!(
                            "this translation has no source: add {GUIDES_DIR}/{slug}/{source}.md (the {source} original) or move this file"
                        ),
                    );
                }
                continue;
            };
            src.page.status = Status::Source;
            let source_hash = src.hash_of_text.clone();
            if let Some((_, line)) = &src.source_hash {
                diags.warning(
                    &src.page.path,
                    Some(*line),
                    "`source_hash` belongs in translations only; remove it from the source file",
                );
            }
            let topics = check_topics(config, src, true, diags);
            if src.page.sources.is_empty() {
                diags.error(
                    &src.page.path,
                    Some(src.front_line),
                    "the source file must list its official `sources` = [{ title = \"...\", url = \"https://...\" }]",
                );
            }
            let services: Vec<String> = src
                .services
                .as_ref()
                .map(|s| s.iter().map(|x| x.get_ref().clone()).collect())
                .unwrap_or_default();
            for (lang, p) in pages.iter_mut() {
                if lang == source {
                    continue;
                }
                if p.topics.is_some() {
                    let own = check_topics(config, p, false, diags);
                    if own != topics {
                        diags.warning(
                            &p.page.path,
                            Some(p.front_line),
                            format_args!("topics differ from the {source} file's; the {source} file's topics are used"),
                        );
                    }
                }
                p.page.status = match &p.source_hash {
                    Some((h, _)) if *h == source_hash => Status::Current,
                    Some(_) => Status::Outdated,
                    None => {
                        diags.warning(
                            &p.page.path,
                            Some(p.front_line),
                            format_args!("no `source_hash` yet: after checking the translation against the {source} file, run `witaj stamp {}`", p.page.path.display()),
                        );
                        Status::Outdated
                    }
                };
            }
            let src_sources = pages[source].page.sources.clone();
            for (lang, p) in pages.iter_mut() {
                if lang != source && p.page.sources.is_empty() {
                    p.page.sources = src_sources.clone();
                }
            }
            content.guides.insert(
                slug.clone(),
                Guide {
                    slug,
                    topics,
                    services,
                    source_hash,
                    pages: pages.into_iter().map(|(l, p)| (l, p.page)).collect(),
                },
            );
        }
        content
    }

    pub fn guide(&self, slug: &str) -> Option<&Guide> {
        self.guides.get(slug)
    }

    /// Guides on `topic`, in slug order.
    pub fn on_topic<'a>(&'a self, topic: &'a str) -> impl Iterator<Item = &'a Guide> + 'a {
        self.guides
            .values()
            .filter(move |g| g.topics.iter().any(|t| t == topic))
    }
}

/// Checks that every `guide:` link points at a guide that exists, and every anchor at a heading of
/// the target in the linking page's language.
fn check_links(parsed: &[(String, BTreeMap<String, Parsed>)], diags: &mut Diagnostics) {
    let by_slug: BTreeMap<&str, &BTreeMap<String, Parsed>> =
        parsed.iter().map(|(s, p)| (s.as_str(), p)).collect();
    for pages in by_slug.values() {
        for p in pages.values() {
            for (reference, line) in &p.references {
                let Reference::Guide { slug, anchor } = reference else {
                    continue;
                };
                match by_slug.get(slug.as_str()) {
                    None => diags.error(
                        &p.page.path,
                        Some(*line),
                        format_args!("link to a guide that does not exist: `guide:{slug}` (is there a content/guides/{slug}/ folder?)"),
                    ),
                    Some(target) => {
                        if let (Some(anchor), Some(tp)) = (anchor, target.get(&p.page.lang)) {
                            if !tp.anchors.contains(anchor) {
                                diags.warning(
                                    &p.page.path,
                                    Some(*line),
                                    format_args!("`guide:{slug}#{anchor}`: the {} page of `{slug}` has no heading with that anchor", p.page.lang),
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

fn check_topics(
    config: &Config,
    p: &Parsed,
    required: bool,
    diags: &mut Diagnostics,
) -> Vec<String> {
    let topics = p.topics.as_deref().unwrap_or_default();
    if topics.is_empty() && required {
        diags.error(
            &p.page.path,
            Some(p.front_line),
            format_args!(
                "`topics` is missing: list at least one of: {}",
                config.topics.join(", ")
            ),
        );
    }
    let mut out = Vec::new();
    for t in topics {
        if config.topics.contains(t.get_ref()) {
            out.push(t.get_ref().clone());
        } else {
            let line = p.front_line + line_of(&p.front_text, t.span().start) - 1;
            diags.error(
                &p.page.path,
                Some(line),
                format_args!(
                    "unknown topic `{}`: use one of {}",
                    t.get_ref(),
                    config.topics.join(", ")
                ),
            );
        }
    }
    out
}

fn parse_page(
    root: &Path,
    file: &Path,
    lang: &str,
    external_label: String,
    diags: &mut Diagnostics,
) -> Option<Parsed> {
    let path = rel(root, file);
    let text = read_site_text(root, file, diags)?;
    let split = match front_matter::split(&text) {
        Ok(s) => s,
        Err(e) => {
            diags.error(&path, Some(1), e);
            return None;
        }
    };
    let fm: FrontMatter = match toml::from_str(split.front) {
        Ok(fm) => fm,
        Err(e) => {
            let line = split.front_line + e.span().map_or(0, |s| line_of(split.front, s.start) - 1);
            diags.error(
                &path,
                Some(line),
                format_args!("front matter: {}", e.message()),
            );
            return None;
        }
    };
    let at = |offset: usize| split.front_line + line_of(split.front, offset) - 1;
    let mut ok = true;
    let title = fm.title.get_ref().trim().to_string();
    if title.is_empty() {
        diags.error(&path, Some(at(fm.title.span().start)), "`title` is empty");
        ok = false;
    }
    let summary = fm.summary.get_ref().trim().to_string();
    if summary.is_empty() {
        diags.error(
            &path,
            Some(at(fm.summary.span().start)),
            "`summary` is empty: one or two sentences shown in lists and search results",
        );
        ok = false;
    }
    let updated = to_date(
        &fm.updated,
        "updated",
        &path,
        at(fm.updated.span().start),
        diags,
    );
    let reviewed = fm
        .reviewed
        .as_ref()
        .and_then(|r| to_date(r, "reviewed", &path, at(r.span().start), diags));
    if fm.reviewed.is_some() && reviewed.is_none() {
        ok = false;
    }
    let mut sources = Vec::new();
    for s in fm.sources.iter().flatten() {
        let url = s.get_ref().url();
        if url.starts_with("https://") || url.starts_with("http://") {
            sources.push(s.get_ref().clone());
        } else {
            diags.error(
                &path,
                Some(at(s.span().start)),
                format_args!("source `{url}` must be a full address starting with http:// or https://, e.g. `https://www.gov.pl/...`"),
            );
            ok = false;
        }
    }
    let source_hash = match &fm.source_hash {
        Some(h) if !hash::is_well_formed(h.get_ref()) => {
            diags.error(
                &path,
                Some(at(h.span().start)),
                format_args!("`source_hash = \"{}\"` is not a hash written by `witaj stamp`: run `witaj stamp {}`", h.get_ref(), path.display()),
            );
            ok = false;
            None
        }
        Some(h) => Some((h.get_ref().clone(), at(h.span().start))),
        None => None,
    };
    let rendered = markdown::render(split.body, &external_label);
    let body_line = |l: usize| split.body_line + l - 1;
    for l in &rendered.raw_html_lines {
        diags.warning(
            &path,
            Some(body_line(*l)),
            "raw HTML is not allowed in guides and was removed: use Markdown",
        );
    }
    for (l, e) in &rendered.bad_links {
        diags.error(&path, Some(body_line(*l)), e);
        ok = false;
    }
    if split.body.trim().is_empty() {
        diags.error(
            &path,
            Some(split.body_line),
            "the guide has no text after the front matter",
        );
        ok = false;
    }
    let (Some(updated), true) = (updated, ok) else {
        return None;
    };
    let references: Vec<(Reference, usize)> = rendered
        .references
        .iter()
        .map(|r| (r.reference.clone(), body_line(r.line)))
        .collect();
    Some(Parsed {
        hash_of_text: hash::source_hash(&title, &summary, split.body),
        anchors: rendered.toc.iter().map(|t| t.id.clone()).collect(),
        page: Page {
            lang: lang.to_string(),
            path: path.clone(),
            title,
            summary,
            updated,
            reviewed,
            sources,
            html: rendered.html,
            toc: rendered.toc,
            sections: rendered.sections,
            words: rendered.words,
            status: Status::Current,
        },
        topics: fm.topics,
        services: fm.services,
        source_hash,
        references,
        front_text: split.front.to_string(),
        front_line: split.front_line,
    })
}

fn to_date(
    v: &Spanned<toml::value::Datetime>,
    field: &str,
    path: &Path,
    line: usize,
    diags: &mut Diagnostics,
) -> Option<Date> {
    let dt = v.get_ref();
    match (dt.date, dt.time) {
        (Some(d), None) => {
            match time::Month::try_from(d.month)
                .ok()
                .and_then(|m| Date::from_calendar_date(i32::from(d.year), m, d.day).ok())
            {
                Some(date) => Some(date),
                None => {
                    diags.error(
                        path,
                        Some(line),
                        format_args!("`{field}` = {dt} is not a calendar date"),
                    );
                    None
                }
            }
        }
        _ => {
            diags.error(
                path,
                Some(line),
                format_args!("`{field}` must be a date like 2026-11-23, without a time"),
            );
            None
        }
    }
}

fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    v.sort();
    Ok(v)
}
