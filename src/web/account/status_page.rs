//! `GET /account/status` (editors): the translation status matrix of `witaj status` — every
//! guide in every language, current, outdated with its age, or missing, each linked to its page —
//! each language's completeness, and per language the work list of `witaj status --lang`, ordered
//! by readers' demand. The data comes from [`crate::status::report`] and [`crate::status::work`],
//! the functions the command line prints, so the page and the command cannot disagree.

use std::collections::HashMap;

use axum::response::Response;
use serde::Serialize;

use super::super::error::PageError;
use super::super::reader::direction;
use super::blocking;
use super::session::RequireEditor;
use crate::config::Direction;
use crate::state::StoreError;
use crate::status::{Summary, Work, report, work};
use crate::urls;

#[derive(Serialize)]
struct StatusPage {
    /// `YYYY-MM-DD`: the day ages are counted to.
    today: String,
    source: String,
    languages: Vec<LanguageView>,
    guides: Vec<GuideRow>,
    summaries: Vec<SummaryView>,
    /// One per language other than the source, in the order of `portal.toml`.
    work: Vec<WorkList>,
}

#[derive(Serialize)]
struct LanguageView {
    code: String,
    name: String,
    dir: Direction,
}

#[derive(Serialize)]
struct GuideRow {
    slug: String,
    /// The source-language title, with its language for `lang`.
    title: String,
    cells: Vec<CellView>,
}

#[derive(Serialize)]
struct CellView {
    lang: String,
    /// `source`, `current`, `outdated` or `missing`.
    status: &'static str,
    days_outdated: Option<i64>,
    href: String,
}

#[derive(Serialize)]
struct SummaryView {
    name: String,
    dir: Direction,
    #[serde(flatten)]
    summary: Summary,
}

#[derive(Serialize)]
struct WorkList {
    lang: String,
    name: String,
    dir: Direction,
    items: Vec<WorkItem>,
}

#[derive(Serialize)]
struct WorkItem {
    /// `status` is `missing` or `outdated` (with `days_outdated`).
    #[serde(flatten)]
    work: Work,
    href: String,
}

pub async fn show(RequireEditor(a): RequireEditor) -> Result<Response, PageError> {
    let v = &a.visitor;
    let site = &*v.site;
    let d = v.now.date_naive();
    let today = time::Date::from_ordinal_date(
        chrono::Datelike::year(&d),
        chrono::Datelike::ordinal(&d) as u16,
    )
    .unwrap_or(time::Date::MIN);
    let source = site.config.source_language.clone();
    let others: Vec<String> = site
        .config
        .codes()
        .into_iter()
        .filter(|c| *c != source)
        .map(str::to_string)
        .collect();
    // Readers' "I need this in my language", per language, as `witaj status --lang` reads it.
    let langs = others.clone();
    let demand: HashMap<String, HashMap<String, u64>> =
        blocking(v.state.store_handle(), move |s| {
            langs
                .into_iter()
                .map(|l| Ok((l.clone(), s.demand_for(&l)?)))
                .collect::<Result<_, StoreError>>()
        })
        .await?;
    let name_of = |code: &str| {
        site.config
            .language(code)
            .map_or_else(|| code.to_string(), |l| l.name.clone())
    };
    let r = report(site, today);
    let guides = r
        .guides
        .into_iter()
        .map(|row| GuideRow {
            title: site
                .content
                .guide(&row.slug)
                .and_then(|g| g.pages.get(&source))
                .map(|p| p.title.clone())
                .unwrap_or_default(),
            cells: row
                .cells
                .into_iter()
                .map(|c| CellView {
                    href: urls::guide(&c.lang, &row.slug),
                    status: c.status.as_str(),
                    days_outdated: c.days_outdated,
                    lang: c.lang,
                })
                .collect(),
            slug: row.slug,
        })
        .collect();
    let summaries = r
        .languages
        .into_iter()
        .map(|s| SummaryView {
            name: name_of(&s.lang),
            dir: direction(site, &s.lang),
            summary: s,
        })
        .collect();
    let work = others
        .iter()
        .map(|lang| WorkList {
            items: work(site, lang, today, demand.get(lang))
                .into_iter()
                .map(|w| WorkItem {
                    href: urls::guide(lang, &w.slug),
                    work: w,
                })
                .collect(),
            name: name_of(lang),
            dir: direction(site, lang),
            lang: lang.clone(),
        })
        .collect();
    let languages = site
        .config
        .codes()
        .into_iter()
        .map(|c| LanguageView {
            code: c.to_string(),
            name: name_of(c),
            dir: direction(site, c),
        })
        .collect();
    v.page(
        "status.html",
        &StatusPage {
            today: r.today,
            source: r.source,
            languages,
            guides,
            summaries,
            work,
        },
    )
}
