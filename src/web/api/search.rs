//! `/api/search` and `/api/suggest`: the search page's search as JSON, and titles as the reader
//! types for the small enhancing script (see docs/api.md).

use axum::extract::State;
use axum::response::Response;
use serde::Serialize;

use super::super::AppState;
use super::super::query::QueryPairs;
use super::super::search::{Asked, HitView, run, view};
use super::{ApiError, language, ok_compact};

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

/// `/api/search?q=&lang=&limit=&topic=`: the same search as the page.
pub async fn search(
    State(state): State<AppState>,
    query: QueryPairs,
    client: Option<axum::Extension<super::super::server::ClientAddr>>,
) -> Result<Response, ApiError> {
    let site = state.site();
    let lang = language(&site, &query);
    let q = query.text("q").unwrap_or("").to_string();
    let limit = query
        .first("limit")
        .and_then(|l| l.parse::<usize>().ok())
        .unwrap_or(10)
        .clamp(1, 50);
    let asked = Asked {
        lang: &lang,
        q: &q,
        topic: query.first("topic"),
        page: 1,
        per_page: limit,
        client: client.map(|c| c.0),
        count_gap: true,
    };
    let outcome = run(&state, &site, state.now(), asked).await;
    ok_compact(&ApiResults {
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
}

/// `/api/suggest?q=&lang=`: a few titles for what the reader is typing.
pub async fn suggest(
    State(state): State<AppState>,
    query: QueryPairs,
) -> Result<Response, ApiError> {
    let site = state.site();
    let lang = language(&site, &query);
    let q = query.first("q").unwrap_or("");
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
    ok_compact(&list)
}
