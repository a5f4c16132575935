//! `GET /account/stale` (editors): services nobody has confirmed for six months, oldest first,
//! with their organisation and the day they were last verified, each linked to its public page —
//! the list `witaj stale` prints for the monthly reminder, from the same function
//! ([`crate::directory::edit::stale::stale`]).

use axum::response::Response;
use serde::Serialize;

use super::super::error::PageError;
use super::session::RequireEditor;
use crate::directory::edit::stale::{StaleService, stale};
use crate::directory::hours::local_date;
use crate::urls;

/// Months without a check that make a service stale, as `witaj stale` counts by default.
pub const STALE_MONTHS: u32 = 6;

#[derive(Serialize)]
struct StalePage {
    months: u32,
    /// The source language the names are in, for `lang` when the page is in another.
    source: String,
    services: Vec<Row>,
}

#[derive(Serialize)]
struct Row {
    #[serde(flatten)]
    service: StaleService,
    href: String,
}

pub async fn show(RequireEditor(a): RequireEditor) -> Result<Response, PageError> {
    let v = &a.visitor;
    let site = &*v.site;
    // Today in Warsaw, where the entries are checked (as `witaj stale`).
    let d = local_date(v.now);
    let today = time::Date::from_ordinal_date(
        chrono::Datelike::year(&d),
        chrono::Datelike::ordinal(&d) as u16,
    )
    .unwrap_or(time::Date::MIN);
    let source = site.config.source_language.clone();
    let services = stale(&site.directory, &source, today, STALE_MONTHS)
        .into_iter()
        .map(|s| Row {
            href: urls::service(&v.lang, &s.id),
            service: s,
        })
        .collect();
    v.page(
        "stale.html",
        &StalePage {
            months: STALE_MONTHS,
            source,
            services,
        },
    )
}
