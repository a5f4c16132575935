//! The search page `/{lang}/search?q=` (works without JavaScript), and what it shares with
//! `/api/search` and `/api/suggest` (`web/api/search.rs`): a hit as readers see it, and the search
//! that records a query which found nothing for the editors' list of gaps.
//!
//! Query strings are parsed leniently: a bad `page=` or an unknown `topic=` is ignored rather than
//! answered with an error, because a reader should always get a page.

use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::AppState;
use super::error::PageError;
use super::query::QueryPairs;
use super::reader::{Reader, direction};
use super::render::{frame, page};
use crate::config::Direction;
use crate::search::{Hit, HitKind, SearchOutcome, SearchRequest};
use crate::site::Site;
use crate::urls;

const PER_PAGE: usize = 10;

/// A hit as a page or the API shows it.
#[derive(Serialize)]
pub(super) struct HitView {
    kind: HitKind,
    id: String,
    pub title: String,
    summary: String,
    pub url: String,
    lang: String,
    /// The language's own name, for hits not in the reader's language.
    language_name: String,
    dir: Direction,
    section: Option<String>,
    /// Escaped HTML with `<mark>` around matched words.
    snippet: String,
}

pub(super) fn view(site: &Site, reader_lang: &str, hit: &Hit) -> Option<HitView> {
    let own = hit.lang == reader_lang;
    // Hits in another language link to that language's page, which really has the text.
    let url_lang = if own { reader_lang } else { hit.lang.as_str() };
    let (title, summary, mut url) = match hit.kind {
        HitKind::Guide => {
            let page = site.content.guide(&hit.id)?.pages.get(&hit.lang)?;
            (
                page.title.clone(),
                page.summary.clone(),
                urls::guide(url_lang, &hit.id),
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
            (name, String::new(), urls::service(url_lang, &hit.id))
        }
        HitKind::Municipality => {
            let m = &site.municipalities;
            let place = m.get(&hit.id)?;
            // The official name, and the county it is in.
            let county = place.county.as_deref().and_then(|c| m.get(c));
            let summary = match county {
                Some(c) => format!("{} · {}", place.name, c.name_in(&hit.lang).0),
                None => place.name.clone(),
            };
            (
                place.name_in(&hit.lang).0.to_string(),
                summary,
                urls::municipality(url_lang, &hit.id),
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
        dir: direction(site, &hit.lang),
        section: hit.section.clone(),
        snippet: hit.snippet.clone(),
    })
}

/// One search as the page or the API asks it.
pub(super) struct Asked<'a> {
    pub lang: &'a str,
    /// Trimmed; empty means no search at all.
    pub q: &'a str,
    pub topic: Option<&'a str>,
    pub page: usize,
    pub per_page: usize,
    /// Who asked, for the store's per-client share of new gaps.
    pub client: Option<super::server::ClientAddr>,
    /// Whether a search that finds nothing counts as a gap: not when the reader comes back to the
    /// same results from the feedback form.
    pub count_gap: bool,
}

/// Searches (nothing for an empty query), and counts a query that found nothing for the editors'
/// list of gaps.
pub(super) async fn run(
    state: &AppState,
    site: &Site,
    now: DateTime<Utc>,
    asked: Asked<'_>,
) -> SearchOutcome {
    let Asked {
        lang,
        q,
        topic,
        page,
        per_page,
        client,
        count_gap,
    } = asked;
    if q.is_empty() {
        return SearchOutcome::default();
    }
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
    if outcome.total == 0
        && outcome.others.is_empty()
        && searchable
        && page == 1
        && topic.is_none()
        && count_gap
    {
        let today = now.date_naive();
        let today = time::Date::from_ordinal_date(
            chrono::Datelike::year(&today),
            chrono::Datelike::ordinal(&today) as u16,
        );
        if let Ok(today) = today {
            // SQLite blocks: write on the blocking pool, and wait there, not on the runtime.
            let (store, lang, q) = (state.store_handle(), lang.to_string(), q.to_string());
            let client = client.map(|c| c.0.to_string());
            let written = tokio::task::spawn_blocking(move || {
                store.record_search_gap(&lang, &q, today, client.as_deref())
            })
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
    axum::extract::State(state): axum::extract::State<AppState>,
    r: Reader,
    query: QueryPairs,
    client: Option<axum::Extension<super::server::ClientAddr>>,
) -> Result<Response, PageError> {
    let (site, lang) = (&*r.site, r.lang.as_str());
    let q = query.text("q").unwrap_or("").to_string();
    let topic = query
        .first("topic")
        .filter(|t| site.config.topics.iter().any(|x| x == t))
        .map(str::to_string);
    let page_no = query
        .first("page")
        .and_then(|p| p.parse::<usize>().ok())
        .filter(|p| (1..=1000).contains(p))
        .unwrap_or(1);
    let asked = Asked {
        lang,
        q: &q,
        topic: topic.as_deref(),
        page: page_no,
        per_page: PER_PAGE,
        client: client.map(|c| c.0),
        count_gap: query.first("feedback").is_none(),
    };
    let outcome = run(&state, site, r.now, asked).await;
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
        feedback: super::feedback::FeedbackBox,
    }
    let enc = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    let base = format!("{}?q={}", urls::search(lang), enc(&q));
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
            .filter_map(|h| view(site, lang, h))
            .collect(),
        others: outcome
            .others
            .iter()
            .filter_map(|h| view(site, lang, h))
            .collect(),
        facets,
        all_topics_href: with_topic(None),
        suggestion: outcome
            .suggestion
            .as_ref()
            .map(|s| (s.clone(), format!("{}?q={}", urls::search(lang), enc(s)))),
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
        feedback: super::feedback::FeedbackBox::new(&query, base.clone()),
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
    let f = frame(site, lang, &inner, lang, &all);
    page(site, "search.html", f, p)
}
