//! Search pages: `/{lang}/search?q=` (works without JavaScript), `/api/search` (JSON) and
//! `/api/suggest` (titles as the reader types, for the small enhancing script).
//!
//! Query strings are parsed leniently: a bad `page=` or an unknown `topic=` is ignored rather than
//! answered with an error, because a reader should always get a page.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::AppState;
use super::params::Params;
use super::render::{frame, page};
use crate::search::{Hit, HitKind, SearchOutcome, SearchRequest};
use crate::site::Site;

const PER_PAGE: usize = 10;

fn query_map(raw: Option<String>) -> HashMap<String, String> {
    form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
        .into_owned()
        .collect()
}

/// The trimmed `q` of a query string.
fn query_text(query: &HashMap<String, String>) -> String {
    query.get("q").map_or("", |q| q.trim()).to_string()
}

/// The APIs' `lang`: a language of the site, else the source language.
fn api_lang(site: &Site, query: &HashMap<String, String>) -> String {
    query
        .get("lang")
        .filter(|l| site.config.language(l).is_some())
        .cloned()
        .unwrap_or_else(|| site.config.source_language.clone())
}

/// A hit as a page or the API shows it.
#[derive(Serialize)]
pub struct HitView {
    kind: HitKind,
    id: String,
    title: String,
    summary: String,
    url: String,
    lang: String,
    /// The language's own name, for hits not in the reader's language.
    language_name: String,
    dir: &'static str,
    section: Option<String>,
    /// Escaped HTML with `<mark>` around matched words.
    snippet: String,
}

fn view(site: &Site, reader_lang: &str, hit: &Hit) -> Option<HitView> {
    let own = hit.lang == reader_lang;
    // Hits in another language link to that language's page, which really has the text.
    let url_lang = if own { reader_lang } else { hit.lang.as_str() };
    let (title, summary, mut url) = match hit.kind {
        HitKind::Guide => {
            let page = site.content.guide(&hit.id)?.pages.get(&hit.lang)?;
            (
                page.title.clone(),
                page.summary.clone(),
                format!("/{url_lang}/guides/{}", hit.id),
            )
        }
        HitKind::Service => {
            let s = site.directory.service(&hit.id)?;
            let chain = site.config.chain(&hit.lang);
            let name = s
                .name
                .resolve(&chain)
                .map(|t| t.text.to_string())
                .unwrap_or_default();
            (
                name,
                String::new(),
                format!("/{url_lang}/services/{}", hit.id),
            )
        }
    };
    if let Some(anchor) = &hit.anchor {
        url.push('#');
        url.push_str(anchor);
    }
    let language = site.config.language(&hit.lang);
    Some(HitView {
        kind: hit.kind,
        id: hit.id.clone(),
        title,
        summary,
        url,
        lang: hit.lang.clone(),
        language_name: language.map_or_else(String::new, |l| l.name.clone()),
        dir: language.map_or("ltr", |l| l.dir.as_str()),
        section: hit.section.clone(),
        snippet: hit.snippet.clone(),
    })
}

/// Searches, and counts a query that found nothing for the editors' list of gaps.
async fn run(
    state: &AppState,
    site: &Site,
    lang: &str,
    q: &str,
    topic: Option<&str>,
    page: usize,
    per_page: usize,
) -> SearchOutcome {
    let topic = topic.filter(|t| site.config.topics.iter().any(|x| x == t));
    let outcome = site.search.search(&SearchRequest {
        text: q,
        lang,
        topic,
        page,
        per_page,
    });
    // Counted once per search (its first page, not its other pages or a narrowed topic), and only
    // when it has something searchable: `(((` or `*` says nothing about missing content.
    let searchable = q.chars().any(char::is_alphanumeric);
    if outcome.total == 0 && outcome.others.is_empty() && searchable && page == 1 && topic.is_none()
    {
        let today = state.now().date_naive();
        let today = time::Date::from_ordinal_date(
            chrono::Datelike::year(&today),
            chrono::Datelike::ordinal(&today) as u16,
        );
        if let Ok(today) = today {
            // SQLite blocks: write on the blocking pool, and wait there, not on the runtime.
            let (store, lang, q) = (state.store_handle(), lang.to_string(), q.to_string());
            let written =
                tokio::task::spawn_blocking(move || store.record_search_gap(&lang, &q, today))
                    .await;
            match written {
                Ok(Ok(_)) => {}
                Ok(Err(e)) => tracing::warn!(error = %e, "search gap not recorded"),
                Err(e) => tracing::warn!(error = %e, "search gap task failed"),
            }
        }
    }
    outcome
}

pub async fn search_page(
    State(state): State<AppState>,
    params: Params,
    RawQuery(raw): RawQuery,
) -> Response {
    let site = state.site();
    let lang = params.lang;
    let query = query_map(raw);
    let q = query_text(&query);
    let topic = query
        .get("topic")
        .filter(|t| site.config.topics.contains(t))
        .cloned();
    let page_no = query
        .get("page")
        .and_then(|p| p.parse::<usize>().ok())
        .filter(|p| (1..=1000).contains(p))
        .unwrap_or(1);
    let outcome = if q.is_empty() {
        SearchOutcome::default()
    } else {
        run(
            &state,
            &site,
            &lang,
            &q,
            topic.as_deref(),
            page_no,
            PER_PAGE,
        )
        .await
    };
    let pages = outcome.total.div_ceil(PER_PAGE);

    #[derive(Serialize)]
    struct Facet {
        id: String,
        count: usize,
        href: String,
        current: bool,
    }
    #[derive(Serialize)]
    struct PageLink {
        number: usize,
        href: String,
        current: bool,
    }
    #[derive(Serialize)]
    struct SearchPage {
        q: String,
        topic: Option<String>,
        searched: bool,
        total: usize,
        hits: Vec<HitView>,
        others: Vec<HitView>,
        facets: Vec<Facet>,
        all_topics_href: String,
        suggestion: Option<(String, String)>,
        browse_topics: Vec<String>,
        pages: Vec<PageLink>,
        previous: Option<String>,
        next: Option<String>,
    }
    let enc = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    let base = format!("/{lang}/search?q={}", enc(&q));
    let with_topic = |t: Option<&str>| match t {
        Some(t) => format!("{base}&topic={}", enc(t)),
        None => base.clone(),
    };
    let page_href = |n: usize| {
        let h = with_topic(topic.as_deref());
        if n == 1 { h } else { format!("{h}&page={n}") }
    };
    let facets = outcome
        .topics
        .iter()
        .map(|(id, count)| Facet {
            id: id.clone(),
            count: *count,
            href: with_topic(Some(id)),
            current: topic.as_deref() == Some(id),
        })
        .collect();
    let browse_topics = if q.is_empty() || outcome.total == 0 {
        site.config
            .topics
            .iter()
            .filter(|t| site.content.on_topic(t).next().is_some())
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    let p = SearchPage {
        searched: !q.is_empty(),
        total: outcome.total,
        hits: outcome
            .hits
            .iter()
            .filter_map(|h| view(&site, &lang, h))
            .collect(),
        others: outcome
            .others
            .iter()
            .filter_map(|h| view(&site, &lang, h))
            .collect(),
        facets,
        all_topics_href: with_topic(None),
        suggestion: outcome
            .suggestion
            .as_ref()
            .map(|s| (s.clone(), format!("/{lang}/search?q={}", enc(s)))),
        browse_topics,
        pages: if pages > 1 {
            (1..=pages)
                .map(|n| PageLink {
                    number: n,
                    href: page_href(n),
                    current: n == page_no,
                })
                .collect()
        } else {
            Vec::new()
        },
        previous: (page_no > 1 && page_no <= pages).then(|| page_href(page_no - 1)),
        next: (page_no < pages).then(|| page_href(page_no + 1)),
        topic,
        q,
    };
    let all = site.config.codes();
    // The switcher keeps the search (query, topic and page) in the other language.
    let mut keep = form_urlencoded::Serializer::new(String::new());
    if !p.q.is_empty() {
        keep.append_pair("q", &p.q);
    }
    if let Some(t) = &p.topic {
        keep.append_pair("topic", t);
    }
    if page_no > 1 {
        keep.append_pair("page", &page_no.to_string());
    }
    let keep = keep.finish();
    let inner = if keep.is_empty() {
        "search".to_string()
    } else {
        format!("search?{keep}")
    };
    let f = frame(&site, &lang, &inner, &lang, &all);
    page(&site, "search.html", f, p, StatusCode::OK)
}

#[derive(Serialize)]
struct ApiResults {
    query: String,
    lang: String,
    total: usize,
    results: Vec<HitView>,
    other_languages: Vec<HitView>,
    topics: Vec<(String, usize)>,
    suggestion: Option<String>,
}

/// `/api/search?q=&lang=&limit=&topic=`: the same search as the page, as JSON (see docs/api.md).
pub async fn search_api(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let site = state.site();
    let query = query_map(raw);
    let lang = api_lang(&site, &query);
    let q = query_text(&query);
    let limit = query
        .get("limit")
        .and_then(|l| l.parse::<usize>().ok())
        .unwrap_or(10)
        .clamp(1, 50);
    let outcome = if q.is_empty() {
        SearchOutcome::default()
    } else {
        run(
            &state,
            &site,
            &lang,
            &q,
            query.get("topic").map(String::as_str),
            1,
            limit,
        )
        .await
    };
    Json(ApiResults {
        results: outcome
            .hits
            .iter()
            .filter_map(|h| view(&site, &lang, h))
            .collect(),
        other_languages: outcome
            .others
            .iter()
            .filter_map(|h| view(&site, &lang, h))
            .collect(),
        total: outcome.total,
        topics: outcome.topics,
        suggestion: outcome.suggestion,
        query: q,
        lang,
    })
    .into_response()
}

/// `/api/suggest?q=&lang=`: a few titles for what the reader is typing.
pub async fn suggest_api(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let site = state.site();
    let query = query_map(raw);
    let lang = api_lang(&site, &query);
    let q = query.get("q").map(String::as_str).unwrap_or("");
    #[derive(Serialize)]
    struct Suggestion {
        title: String,
        url: String,
    }
    let hits = if q.trim().chars().count() < 2 {
        Vec::new()
    } else {
        site.search.suggest(q, &lang, 6)
    };
    let list: Vec<Suggestion> = hits
        .iter()
        .filter_map(|h| view(&site, &lang, h))
        .map(|v| Suggestion {
            title: v.title,
            url: v.url,
        })
        .collect();
    Json(list).into_response()
}
