//! The reading pages: a language's home, a topic, a guide.

use axum::response::Response;
use serde::Serialize;

use super::cached::{hours_bound, valid_until};
use super::error::PageError;
use super::feedback::FeedbackBox;
use super::query::QueryPairs;
use super::reader::Reader;
use super::render::{frame, page};
use super::views::{Listed, RelatedService, listed, related};
use super::{local_steps, my_place};
use crate::config::Direction;
use crate::content::Status;
use crate::urls;

#[derive(Serialize)]
struct TopicLink {
    id: String,
    guides: usize,
}

pub async fn home(r: Reader) -> Result<Response, PageError> {
    let (site, lang) = (&r.site, r.lang.as_str());
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
        .filter_map(|g| listed(site, lang, g))
        .collect();
    let all = site.config.codes();
    let f = frame(site, lang, "", lang, &all);
    #[derive(Serialize)]
    struct Home<'a> {
        topics: Vec<TopicLink>,
        guides: Vec<Listed<'a>>,
    }
    page(site, "home.html", f, Home { topics, guides })
}

pub async fn topic(r: Reader) -> Result<Response, PageError> {
    let (site, lang) = (&r.site, r.lang.as_str());
    let topic = r.param("topic")?.to_string();
    if !site.config.topics.contains(&topic) {
        return Err(PageError::NotFound);
    }
    let guides: Vec<Listed> = site
        .content
        .on_topic(&topic)
        .filter_map(|g| listed(site, lang, g))
        .collect();
    let id = topic.clone();
    let all = site.config.codes();
    let f = frame(site, lang, &format!("topics/{topic}"), lang, &all);
    #[derive(Serialize)]
    struct Topic<'a> {
        id: String,
        guides: Vec<Listed<'a>>,
    }
    page(site, "topic.html", f, Topic { id, guides })
}

#[derive(Serialize)]
struct LanguageLink<'a> {
    code: &'a str,
    name: &'a str,
    dir: Direction,
    href: String,
}

#[derive(Serialize)]
struct SourceView<'a> {
    title: &'a str,
    url: &'a str,
}

pub async fn guide(
    r: Reader,
    query: QueryPairs,
    headers: axum::http::HeaderMap,
) -> Result<Response, PageError> {
    let (site, lang) = (&r.site, r.lang.as_str());
    let slug = r.param("slug")?;
    let Some(guide) = site.content.guide(slug) else {
        // A renamed guide's old address.
        let renamed = site.content.renamed(slug).ok_or(PageError::NotFound)?;
        return Ok(super::short_links::moved(&urls::guide(lang, &renamed.slug)));
    };
    let p = guide.resolve(&r.chain()).ok_or(PageError::NotFound)?;
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
            dir: l.dir,
            href: urls::guide(&l.code, slug),
        })
        .collect();
    let alternates: Vec<&str> = available.iter().map(|a| a.code).collect();
    let inner = format!("guides/{slug}");
    // A fallback page's text is the other language's page: that is the canonical copy.
    let f = frame(site, lang, &inner, &p.lang, &alternates);
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
        content_dir: Direction,
        content_language_name: &'a str,
        is_fallback: bool,
        outdated: bool,
        source_href: String,
        source_lang: &'a str,
        available: Vec<LanguageLink<'a>>,
        /// Related services from the directory (the front matter's `services`).
        services: Vec<RelatedService<'a>>,
        feedback: FeedbackBox,
    }
    // Local steps name the office of the reader's municipality: the page varies with the choice.
    let varies = local_steps::has_steps(&p.html);
    let (html, offices) = if varies {
        let place = my_place::chosen(site, &headers);
        local_steps::fill(site, lang, &p.html, place, r.now)
    } else {
        (String::new(), Vec::new())
    };
    let mut feedback = FeedbackBox::new(&query, urls::guide(lang, slug));
    if is_fallback {
        feedback = feedback.with_demand(&query, slug, lang);
    }
    let g = GuidePage {
        slug,
        title: &p.title,
        summary: &p.summary,
        html: if varies { &html } else { &p.html },
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
        content_dir: r.dir_of(&p.lang),
        content_language_name: content_language.map_or("", |l| l.name.as_str()),
        is_fallback,
        outdated: p.status == Status::Outdated,
        source_href: urls::guide(source, slug),
        source_lang: source,
        available,
        services: related(site, lang, &guide.services, r.now),
        feedback,
    };
    // The related services and the local offices say whether they are open now.
    let schedules = guide
        .services
        .iter()
        .filter_map(|id| site.directory.service(id))
        .chain(offices.iter().copied())
        .flat_map(|s| s.all_hours());
    let until = hours_bound(schedules, r.now);
    let response = page(site, "guide.html", f, g).map(|p| valid_until(p, until))?;
    Ok(if varies {
        my_place::vary(response)
    } else {
        response
    })
}
