//! Reading `content/guides/<slug>/<lang>.md` into [`Content`], with every problem reported as a
//! diagnostic naming the file and line. A broken file is left out, never half-loaded.
//!
//! Loading goes in three steps: each file is read on its own ([`parse_page`]); then the checks
//! that need every file (links between guides, citations of services); then each guide is
//! assembled around its source-language file, which decides its topics, services and the status
//! of every translation.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use toml::Spanned;

use super::front_matter::{self, FrontMatter};
use super::markdown::{self, Reference};
use super::model::{Content, Guide, Page, ServiceRef};
use crate::config::Config;
use crate::diagnostics::{Diagnostics, Reporter, SizeLimit, line_of, read_site_text_within};
use crate::fs::{self, Entry};
use crate::translation::{self, Status};
use crate::validate;

pub const GUIDES_DIR: &str = "content/guides";

/// A page as read from disk, before cross-file checks.
struct Parsed {
    page: Page,
    topics: Option<Vec<Spanned<String>>>,
    services: Option<Vec<Spanned<String>>>,
    aliases: Option<Vec<Spanned<String>>>,
    source_hash: Option<(String, usize)>,
    priority: i64,
    glossary: bool,
    references: Vec<(Reference, usize)>,
    anchors: Vec<String>,
    hash_of_text: String,
    front_text: String,
    front_line: usize,
}

impl Parsed {
    /// The file line of a front-matter value.
    fn line_of<T>(&self, at: &Spanned<T>) -> usize {
        self.front_line + line_of(&self.front_text, at.span().start) - 1
    }
}

/// Every guide folder's parsed pages, by slug.
type Folders = Vec<(String, BTreeMap<String, Parsed>)>;

impl Content {
    /// Loads every guide under `root/content/guides`. `external_label(lang)` gives the hidden text
    /// that marks external links in that language.
    pub fn load(
        root: &Path,
        config: &Config,
        external_label: &dyn Fn(&str) -> String,
        diags: &mut Diagnostics,
    ) -> Content {
        let mut content = Content::default();
        // Guides whose source file exists, even if it is broken (its own errors say why): their
        // translations are not "without a source".
        let mut with_source_file: BTreeSet<String> = BTreeSet::new();
        let mut folders: Folders = Vec::new();
        for entry in fs::entries_or_report(root, &root.join(GUIDES_DIR), diags) {
            if entry.name == "README.md" {
                continue;
            }
            if let Some(pages) = read_folder(
                root,
                config,
                &entry,
                external_label,
                &mut with_source_file,
                diags,
            ) {
                folders.push((entry.name, pages));
            }
        }
        check_links(&folders, diags);
        content.service_refs = service_refs(&folders);
        content.aliases = aliases(config, &folders, diags);
        for (slug, pages) in folders {
            if let Some(guide) = assemble(config, slug, pages, &with_source_file, diags) {
                content.guides.insert(guide.slug.clone(), guide);
            }
        }
        content
    }
}

/// One guide folder's pages, by language; `None` when the entry is not a guide folder.
fn read_folder(
    root: &Path,
    config: &Config,
    entry: &Entry,
    external_label: &dyn Fn(&str) -> String,
    with_source_file: &mut BTreeSet<String>,
    diags: &mut Diagnostics,
) -> Option<BTreeMap<String, Parsed>> {
    if !entry.is_dir {
        diags.warning(
            &entry.rel,
            None,
            "not a guide folder: move it, as guides live in content/guides/<slug>/<lang>.md",
        );
        return None;
    }
    let name = &entry.name;
    if !validate::is_slug(name) {
        diags.error(
            &entry.rel,
            None,
            format_args!("`{name}` is not a valid guide slug: use lower-case ASCII letters, digits and hyphens, e.g. `residence-permits`"),
        );
        return None;
    }
    let mut pages = BTreeMap::new();
    for file in fs::entries_or_report(root, &entry.path, diags) {
        let Some(lang) = file.name.strip_suffix(".md") else {
            diags.warning(
                &file.rel,
                Some(1),
                "ignored: a guide folder holds only `<lang>.md` files; move or remove this file",
            );
            continue;
        };
        if config.language(lang).is_none() {
            diags.error(
                &file.rel,
                Some(1),
                format_args!(
                    "`{lang}` is not a language of this portal (they are: {}): rename the file or add the language to portal.toml",
                    config.codes().join(", ")
                ),
            );
            continue;
        }
        if lang == config.source_language {
            with_source_file.insert(name.clone());
        }
        if let Some(p) = parse_page(root, config, &file, lang, &external_label(lang), diags) {
            pages.insert(lang.to_string(), p);
        }
    }
    Some(pages)
}

/// Every citation of a service: the front matter's `services` and the body's `service:` links.
fn service_refs(folders: &Folders) -> Vec<ServiceRef> {
    let mut refs = Vec::new();
    for (slug, pages) in folders {
        for p in pages.values() {
            let cite = |id: &str, line: usize| ServiceRef {
                slug: slug.clone(),
                lang: p.page.lang.clone(),
                path: p.page.path.clone(),
                line,
                id: id.to_string(),
            };
            for s in p.services.iter().flatten() {
                refs.push(cite(s.get_ref(), p.line_of(s)));
            }
            for (r, line) in &p.references {
                if let Reference::Service { id } = r {
                    refs.push(cite(id, *line));
                }
            }
        }
    }
    refs
}

/// A guide from its pages: the source file decides topics, services and sources, and every
/// translation's status is worked out against it.
fn assemble(
    config: &Config,
    slug: String,
    mut pages: BTreeMap<String, Parsed>,
    with_source_file: &BTreeSet<String>,
    diags: &mut Diagnostics,
) -> Option<Guide> {
    let source = config.source_language.as_str();
    let Some(src) = pages.get_mut(source) else {
        if !pages.is_empty() && !with_source_file.contains(&slug) {
            for p in pages.values() {
                diags.error(
                    &p.page.path,
                    Some(1),
                    format_args!(
                        "this translation has no source: add {GUIDES_DIR}/{slug}/{source}.md (the {source} original) or move this file"
                    ),
                );
            }
        }
        return None;
    };
    src.page.status = Status::Source;
    let source_hash = src.hash_of_text.clone();
    let priority = src.priority;
    let glossary = src.glossary;
    if let Some((_, line)) = &src.source_hash {
        diags.warning(
            &src.page.path,
            Some(*line),
            "`source_hash` belongs in translations only; remove it from the source file",
        );
    }
    let topics = check_topics(config, src, diags);
    if src.page.sources.is_empty() {
        diags.error(
            &src.page.path,
            Some(src.front_line),
            "the source file lists no official sources: add `sources = [{ title = \"...\", url = \"https://...\" }]` to the front matter",
        );
    }
    let services: Vec<String> = src
        .services
        .iter()
        .flatten()
        .map(|x| x.get_ref().clone())
        .collect();
    let src_sources = src.page.sources.clone();
    let src_bring = src.page.bring.len();
    let aliases: Vec<String> = src
        .aliases
        .iter()
        .flatten()
        .map(|a| a.get_ref().clone())
        .collect();
    for (_, p) in pages.iter_mut().filter(|(l, _)| *l != source) {
        check_bring(source, src_bring, p, diags);
        if p.topics.is_some() && check_topics(config, p, diags) != topics {
            diags.warning(
                &p.page.path,
                Some(p.front_line),
                format_args!(
                    "topics differ from the {source} file's, whose topics are used: remove `topics` from this translation, or make them the same"
                ),
            );
        }
        let stamped = p.source_hash.as_ref().map(|(h, _)| h.as_str());
        p.page.status = Status::of_translation(stamped, &source_hash);
        if stamped.is_none() {
            diags.warning(
                &p.page.path,
                Some(p.front_line),
                format_args!("no `source_hash` yet: after checking the translation against the {source} file, run `witaj stamp {}`", p.page.path.display()),
            );
        }
        if p.page.sources.is_empty() {
            p.page.sources = src_sources.clone();
        }
    }
    Some(Guide {
        slug,
        topics,
        services,
        source_hash,
        aliases,
        priority,
        glossary,
        pages: pages.into_iter().map(|(l, p)| (l, p.page)).collect(),
    })
}

/// A translation's "what to bring" must be the source's list, item for item: a missing or extra
/// item on a printed checklist sends a visitor to the office without a document.
fn check_bring(source: &str, src_items: usize, p: &Parsed, diags: &mut Diagnostics) {
    let items = p.page.bring.len();
    if items == src_items {
        return;
    }
    let message = if items == 0 {
        format!(
            "the {source} file lists {src_items} item(s) to bring: translate its `bring` list here"
        )
    } else {
        format!(
            "`bring` has {items} item(s), the {source} file's has {src_items}: translate the same items, one for one"
        )
    };
    diags.warning(&p.page.path, Some(p.front_line), message);
}

/// Every alias of every guide, checked: an alias is a slug, names no guide, and belongs to one
/// guide only, so an old address can never lead to two places. Aliases live in the source file;
/// a translation's are reported and ignored.
fn aliases(
    config: &Config,
    folders: &Folders,
    diags: &mut Diagnostics,
) -> BTreeMap<String, String> {
    let source = config.source_language.as_str();
    let slugs: BTreeSet<&str> = folders.iter().map(|(s, _)| s.as_str()).collect();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (slug, pages) in folders {
        for (lang, p) in pages {
            for a in p.aliases.iter().flatten() {
                let (alias, line) = (a.get_ref().as_str(), p.line_of(a));
                let path = &p.page.path;
                if lang != source {
                    diags.warning(
                        path,
                        Some(line),
                        format_args!(
                            "`aliases` in a translation are ignored: move them to the {source} file, which alone lists a guide's old addresses"
                        ),
                    );
                } else if !validate::is_slug(alias) {
                    diags.error(path, Some(line), format_args!("alias `{alias}` is not a slug: write it in lower-case ASCII letters, digits and hyphens, as the guide's old folder name was"));
                } else if slugs.contains(alias) {
                    diags.error(path, Some(line), format_args!("alias `{alias}` is the slug of the guide content/guides/{alias}/: remove it; an alias must be an old slug no guide uses"));
                } else if let Some(other) = seen.get(alias) {
                    let whose = if other == slug {
                        "this guide".to_string()
                    } else {
                        format!("the guide `{other}`")
                    };
                    diags.error(path, Some(line), format_args!("alias `{alias}` is already an alias of {whose}: remove one of them, as one old address leads to one guide"));
                } else {
                    seen.insert(alias.to_string(), slug.clone());
                }
            }
        }
    }
    seen
}

/// Checks that every `guide:` link points at a guide that exists, and every anchor at a heading of
/// the target in the linking page's language.
fn check_links(folders: &Folders, diags: &mut Diagnostics) {
    let by_slug: BTreeMap<&str, &BTreeMap<String, Parsed>> =
        folders.iter().map(|(s, p)| (s.as_str(), p)).collect();
    for p in folders.iter().flat_map(|(_, pages)| pages.values()) {
        for (reference, line) in &p.references {
            let Reference::Guide { slug, anchor } = reference else {
                continue;
            };
            let Some(target) = by_slug.get(slug.as_str()) else {
                diags.error(
                    &p.page.path,
                    Some(*line),
                    format_args!("link to a guide that does not exist: `guide:{slug}`; check the slug: it is the name of a folder of content/guides/ (there is no content/guides/{slug}/)"),
                );
                continue;
            };
            if let (Some(anchor), Some(tp)) = (anchor, target.get(&p.page.lang))
                && !tp.anchors.contains(anchor)
            {
                diags.warning(
                    &p.page.path,
                    Some(*line),
                    format_args!("`guide:{slug}#{anchor}`: the {} page of `{slug}` has no heading with that anchor; use the anchor of one of its headings (its address after `#`), or link the whole guide", p.page.lang),
                );
            }
        }
    }
}

/// A page's topics, with the rule services share ([`Config::check_topics`]). Only the source file
/// must have them; a translation's are compared with the source's.
fn check_topics(config: &Config, p: &Parsed, diags: &mut Diagnostics) -> Vec<String> {
    let (topics, errors) = config.check_topics(p.topics.as_deref());
    for (at, e) in errors {
        let line = at.map_or(p.front_line, |t| p.line_of(t));
        diags.error(&p.page.path, Some(line), e);
    }
    topics
}

/// Reads one guide file: its front matter field by field, then its body.
fn parse_page(
    root: &Path,
    config: &Config,
    file: &Entry,
    lang: &str,
    external_label: &str,
    diags: &mut Diagnostics,
) -> Option<Parsed> {
    let limits = &config.limits;
    let limit = SizeLimit {
        bytes: limits.guide_file_bytes,
        key: "guide_file_bytes",
    };
    let text = read_site_text_within(root, &file.path, Some(limit), diags)?;
    let split = match front_matter::split(&text) {
        Ok(s) => s,
        Err(e) => {
            diags.error(&file.rel, Some(1), e);
            return None;
        }
    };
    let mut r = PageReader(Reporter::new(
        &file.rel,
        split.front,
        split.front_line,
        diags,
    ));
    let fm: FrontMatter = r.0.parse("front matter: ")?;
    let title = r.non_empty(&fm.title, "`title` is empty: write the guide's title");
    let summary = r.non_empty(
        &fm.summary,
        "`summary` is empty: write one or two sentences, shown in lists and search results",
    );
    r.at_most(&fm.title, "title", limits.title_chars);
    r.at_most(&fm.summary, "summary", limits.summary_chars);
    let updated = r.date(&fm.updated, "updated");
    let reviewed = fm.reviewed.as_ref().and_then(|d| r.date(d, "reviewed"));
    let sources = r.sources(fm.sources.as_deref().unwrap_or_default());
    let bring = r.bring(fm.bring.as_deref().unwrap_or_default());
    let source_hash = fm.source_hash.as_ref().and_then(|h| r.source_hash(h));
    let rendered = markdown::render(split.body, external_label);
    let body_line = |l: usize| split.body_line + l - 1;
    for l in &rendered.raw_html_lines {
        r.0.warning_on(
            Some(body_line(*l)),
            "raw HTML is not allowed in guides and was removed: use Markdown",
        );
    }
    for (l, column, e) in &rendered.bad_links {
        r.0.error_at(body_line(*l), *column, e);
    }
    if split.body.trim().is_empty() {
        r.0.error_on(
            Some(split.body_line),
            "the guide has no text after the front matter: write it below the closing `+++` line",
        );
    }
    let (true, Some(updated)) = (r.0.ok(), updated) else {
        return None;
    };
    Some(Parsed {
        hash_of_text: text_hash(&title, &summary, split.body),
        anchors: rendered.toc.iter().map(|t| t.id.clone()).collect(),
        references: rendered
            .references
            .iter()
            .map(|r| (r.reference.clone(), body_line(r.line)))
            .collect(),
        page: Page {
            lang: lang.to_string(),
            path: file.rel.clone(),
            title,
            summary,
            updated,
            reviewed,
            sources,
            bring,
            html: rendered.html,
            toc: rendered.toc,
            sections: rendered.sections,
            words: rendered.words,
            status: Status::Current,
        },
        topics: fm.topics,
        services: fm.services,
        aliases: fm.aliases,
        source_hash,
        priority: fm.priority.unwrap_or(0),
        glossary: fm.glossary.unwrap_or(false),
        front_text: split.front.to_string(),
        front_line: split.front_line,
    })
}

/// The hash of what a guide's translators translate; `witaj stamp` writes the same one.
pub(crate) fn text_hash(title: &str, summary: &str, body: &str) -> String {
    translation::source_hash(title, summary, body)
}

/// A guide's front-matter fields, checked one method each.
struct PageReader<'a>(Reporter<'a>);

impl PageReader<'_> {
    fn non_empty(&mut self, raw: &Spanned<String>, message: &str) -> String {
        let v = raw.get_ref().trim();
        if v.is_empty() {
            self.0.error(raw, message);
        }
        v.to_string()
    }

    /// A title or summary is shown on every list it appears in: a huge one breaks those pages.
    fn at_most(&mut self, raw: &Spanned<String>, field: &str, limit: usize) {
        let n = raw.get_ref().trim().chars().count();
        if n > limit {
            self.0.error(
                raw,
                format_args!(
                    "`{field}` is {n} characters, the limit is {limit}; shorten it, or raise `{field}_chars` under [limits] in portal.toml"
                ),
            );
        }
    }

    fn date(&mut self, raw: &Spanned<toml::value::Datetime>, field: &str) -> Option<time::Date> {
        validate::toml_date(field, raw.get_ref())
            .map_err(|e| self.0.error(raw, e))
            .ok()
    }

    fn sources(
        &mut self,
        raw: &[Spanned<front_matter::SourceLink>],
    ) -> Vec<front_matter::SourceLink> {
        let mut sources = Vec::new();
        for s in raw {
            let url = s.get_ref().url();
            match validate::http_url(url) {
                Ok(_) => sources.push(s.get_ref().clone()),
                Err(e) => self.0.error(
                    s,
                    format_args!(
                        "source `{url}` must be a full address starting with http:// or https://: {}",
                        e.hint()
                    ),
                ),
            }
        }
        sources
    }

    /// "What to bring": short, one line each, no duplicates (it is printed as a checklist).
    fn bring(&mut self, raw: &[Spanned<String>]) -> Vec<String> {
        const MAX_CHARS: usize = 200;
        let mut items: Vec<String> = Vec::new();
        for item in raw {
            let text = item.get_ref().trim();
            let n = text.chars().count();
            if text.is_empty() {
                self.0.error(
                    item,
                    "an empty item in `bring`: remove it or write what to bring",
                );
            } else if text.contains('\n') {
                self.0.error(
                    item,
                    "an item of `bring` is one line: split it into two items",
                );
            } else if n > MAX_CHARS {
                self.0.error(item, format_args!("an item of `bring` is {n} characters, at most {MAX_CHARS}: shorten it, as it is a checklist line"));
            } else if items.iter().any(|i| i == text) {
                self.0.error(
                    item,
                    format_args!("`{text}` is already in `bring`: remove the repeated item"),
                );
            } else {
                items.push(text.to_string());
            }
        }
        items
    }

    fn source_hash(&mut self, raw: &Spanned<String>) -> Option<(String, usize)> {
        let h = raw.get_ref();
        if translation::is_well_formed(h) {
            return Some((h.clone(), self.0.line(raw)));
        }
        let message = format!(
            "`source_hash = \"{h}\"` is not a hash written by `witaj stamp`: run `witaj stamp {}`",
            self.0.path.display()
        );
        self.0.error(raw, message);
        None
    }
}
