//! The HSDS 3.0 endpoints under `/api/hsds/` (Open Referral's Human Services Data Specification):
//! the root, the paginated list of services and one fully nested service. The records themselves
//! are built by `directory::hsds`.

use axum::extract::State;
use axum::response::Response;

use super::super::AppState;
use super::super::query::QueryPairs;
use super::super::segment::Segment;
use super::{ApiError, language, ok};
use crate::directory::hsds::{self, ListQuery, MAX_PAGE};

/// Most records one HSDS page may hold.
const MAX_PER_PAGE: usize = 200;
const DEFAULT_PER_PAGE: usize = 50;

/// `GET /api/hsds/`: which HSDS this API follows.
pub async fn hsds_root(
    State(state): State<AppState>,
    query: QueryPairs,
) -> Result<Response, ApiError> {
    let site = state.site();
    let lang = language(&site, &query);
    let h = site.hsds(&lang, state.now());
    ok(&h.root(
        &site.locales.text(&lang, "site-tagline"),
        &site.locales.text(&lang, "site-name"),
    ))
}

/// A count from the query: digits only; one too large for a number saturates, so that it is
/// treated like any other too-large value rather than like garbage.
fn count(v: &str) -> Option<usize> {
    let v = v.trim();
    let v = v.strip_prefix('+').unwrap_or(v);
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(v.parse::<usize>().unwrap_or(usize::MAX))
}

/// The HSDS list query: `page`, `per_page`, `full`, `search`, `organization_id`,
/// `taxonomy_term_id`. Numbers that are not numbers (or 0) fall back to the defaults; too large
/// ones, however large, are the largest allowed (`MAX_PAGE`, `MAX_PER_PAGE`).
fn list_query(query: &QueryPairs) -> ListQuery {
    let first = |k: &str| query.first(k);
    let number = |k: &str| first(k).and_then(count).filter(|n| *n > 0);
    ListQuery {
        page: number("page").unwrap_or(1).min(MAX_PAGE),
        per_page: number("per_page")
            .unwrap_or(DEFAULT_PER_PAGE)
            .min(MAX_PER_PAGE),
        full: first("full").is_some_and(|v| matches!(v, "true" | "1")),
        search: first("search")
            .map(|s| s.trim().to_lowercase())
            .filter(|s| !s.is_empty() && s.len() <= 200),
        organization_id: first("organization_id").map(str::to_string),
        taxonomy_term_id: first("taxonomy_term_id").map(str::to_string),
    }
}

/// `GET /api/hsds/services`: HSDS's paginated `Page` of services.
pub async fn hsds_services(
    State(state): State<AppState>,
    query: QueryPairs,
) -> Result<Response, ApiError> {
    let site = state.site();
    let lang = language(&site, &query);
    ok(&site
        .hsds(&lang, state.now())
        .services_page(&list_query(&query)))
}

/// `GET /api/hsds/services/{id}`: the fully nested service, by its UUID or by our id.
pub async fn hsds_service(
    State(state): State<AppState>,
    id: Segment,
    query: QueryPairs,
) -> Result<Response, ApiError> {
    let site = state.site();
    let lang = language(&site, &query);
    let found = id.id().and_then(|id| {
        site.directory.service(id).or_else(|| {
            site.directory
                .services
                .values()
                .find(|s| hsds::service_uuid(&s.id).to_string() == id.to_ascii_lowercase())
        })
    });
    let s = found.ok_or_else(|| ApiError::NoService(id.shown().to_string()))?;
    ok(&site.hsds(&lang, state.now()).service(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(q: &str) -> ListQuery {
        list_query(&QueryPairs::parse(q))
    }

    #[test]
    fn page_numbers_stay_within_bounds() {
        assert_eq!(query("page=2").page, 2);
        assert_eq!(query("page=0").page, 1);
        assert_eq!(query("page=-3").page, 1);
        assert_eq!(query("page=x").page, 1);
        assert_eq!(query("page=100001").page, MAX_PAGE);
        assert_eq!(query("page=9007199254740993").page, MAX_PAGE);
        assert_eq!(query("page=99999999999999999999999999").page, MAX_PAGE);
        assert_eq!(
            query("per_page=99999999999999999999999999").per_page,
            MAX_PER_PAGE
        );
        assert_eq!(query("per_page=0").per_page, DEFAULT_PER_PAGE);
    }
}
