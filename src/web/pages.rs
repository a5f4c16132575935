//! The reading pages: a language's home, a topic, a guide.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Serialize;

use super::AppState;
use super::error;
use super::params::Params;
use super::render::{frame, page};
use crate::content::{Guide, Status};
use crate::site::Site;

/// A guide as listed on home and topic pages, in the best language available to the reader.
#[derive(Serialize)]
pub(super) struct Listed<'a> {
    slug: &'a str,
    title: &'a str,
    summary: &'a str,
    /// Set when the listing falls back to another language, so the link text gets its own `lang`.
    content_lang: Option<&'a str>,
    content_dir: &'static str,
}

pub(super) fn listed<'a>(site: &'a Site, lang: &str, guide: &'a Guide) -> Option<Listed<'a>> {
    let chain = site.config.chain(lang);
    let p = guide.resolve(&chain)?;
    Some(Listed {
        slug: &guide.slug,
        title: &p.title,
        summary: &p.summary,
        content_lang: (p.lang != lang).then_some(p.lang.as_str()),
        content_dir: site
            .config
            .language(&p.lang)
            .map_or("ltr", |l| l.dir.as_str()),
    })
}

#[derive(Serialize)]
struct TopicLink {
    id: String,
    guides: usize,
}

pub async fn home(State(state): State<AppState>, params: Params) -> Response {
    let site = state.site();
    let lang = params.lang;
    let topics: Vec<TopicLink> = site
        .config
        .topics
        .iter()
        .map(|t| TopicLink {
            id: t.clone(),
            guides: site.content.on_topic(t).count(),
        })
        .filter(|t| t.guides > 0)
        .collect();
    let guides: Vec<Listed> = site
        .content
        .guides
        .values()
        .filter_map(|g| listed(&site, &lang, g))
        .collect();
    let all = site.config.codes();
    let f = frame(&site, &lang, "", &lang, &all);
    #[derive(Serialize)]
    struct Home<'a> {
        topics: Vec<TopicLink>,
        guides: Vec<Listed<'a>>,
    }
    page(
        &site,
        "home.html",
        f,
        Home { topics, guides },
        StatusCode::OK,
    )
}

pub async fn topic(State(state): State<AppState>, params: Params) -> Response {
    let site = state.site();
    let topic = params.get("topic").to_string();
    let lang = params.lang;
    if !site.config.topics.contains(&topic) {
        return error::not_found_page(&site, &lang);
    }
    let guides: Vec<Listed> = site
        .content
        .on_topic(&topic)
        .filter_map(|g| listed(&site, &lang, g))
        .collect();
    let id = topic.clone();
    let all = site.config.codes();
    let f = frame(&site, &lang, &format!("topics/{topic}"), &lang, &all);
    #[derive(Serialize)]
    struct Topic<'a> {
        id: String,
        guides: Vec<Listed<'a>>,
    }
    page(&site, "topic.html", f, Topic { id, guides }, StatusCode::OK)
}

#[derive(Serialize)]
struct LanguageLink<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'static str,
    href: String,
}

#[derive(Serialize)]
struct SourceView<'a> {
    title: &'a str,
    url: &'a str,
}

pub async fn guide(State(state): State<AppState>, params: Params) -> Response {
    let site = state.site();
    let slug = params.get("slug").to_string();
    let lang = params.lang;
    let Some(guide) = site.content.guide(&slug) else {
        return error::not_found_page(&site, &lang);
    };
    let chain = site.config.chain(&lang);
    let Some(p) = guide.resolve(&chain) else {
        return error::not_found_page(&site, &lang);
    };
    let source = &site.config.source_language;
    let content_language = site.config.language(&p.lang);
    let is_fallback = p.lang != lang;
    // Languages the guide really exists in, in the configured order.
    let available: Vec<LanguageLink> = site
        .config
        .languages
        .iter()
        .filter(|l| guide.pages.contains_key(&l.code))
        .map(|l| LanguageLink {
            code: &l.code,
            name: &l.name,
            dir: l.dir.as_str(),
            href: format!("/{}/guides/{slug}", l.code),
        })
        .collect();
    let alternates: Vec<&str> = available.iter().map(|a| a.code).collect();
    let inner = format!("guides/{slug}");
    // A fallback page's text is the other language's page: that is the canonical copy.
    let f = frame(&site, &lang, &inner, &p.lang, &alternates);
    let h2 = p.toc.iter().filter(|t| t.level == 2).count();

    #[derive(Serialize)]
    struct GuidePage<'a> {
        slug: &'a str,
        title: &'a str,
        summary: &'a str,
        html: &'a str,
        toc: Vec<&'a crate::content::markdown::TocEntry>,
        updated: String,
        reviewed: Option<String>,
        sources: Vec<SourceView<'a>>,
        topics: &'a [String],
        content_lang: &'a str,
        content_dir: &'static str,
        content_language_name: &'a str,
        is_fallback: bool,
        outdated: bool,
        source_href: String,
        source_lang: &'a str,
        available: Vec<LanguageLink<'a>>,
        /// Related services from the directory (the front matter's `services`).
        services: Vec<super::services::RelatedService<'a>>,
    }
    let g = GuidePage {
        slug: &slug,
        title: &p.title,
        summary: &p.summary,
        html: &p.html,
        // Long guides (several sections, a few screens of text) get a table of contents.
        toc: if h2 >= 4 && p.words >= 300 {
            p.toc.iter().filter(|t| t.level == 2).collect()
        } else {
            Vec::new()
        },
        updated: p.updated.to_string(),
        reviewed: p.reviewed.map(|d| d.to_string()),
        sources: p
            .sources
            .iter()
            .map(|s| SourceView {
                title: s.title(),
                url: s.url(),
            })
            .collect(),
        topics: &guide.topics,
        content_lang: &p.lang,
        content_dir: content_language.map_or("ltr", |l| l.dir.as_str()),
        content_language_name: content_language.map_or("", |l| l.name.as_str()),
        is_fallback,
        outdated: p.status == Status::Outdated,
        source_href: format!("/{source}/guides/{slug}"),
        source_lang: source,
        available,
        services: super::services::related(&site, &lang, &guide.services, state.now()),
    };
    page(&site, "guide.html", f, g, StatusCode::OK)
}
