//! `/account/insight` (editors): what visitors told the portal over a chosen period — answers per
//! page and language, the comments queue with "mark handled", searches that found nothing, the
//! demand for translations, the trend per month — and `/account/insight.csv`, the same
//! aggregates in the shape of `witaj insight --format csv`. Both read [`crate::feedback::insight`]
//! through one function ([`aggregates`]), so the page, the download and the command line cannot
//! disagree. The period comes from a GET form (a month, or since/until), the current month by
//! default; a period that cannot be read gives the form back with what is wrong (400).

use std::collections::BTreeMap;

use axum::body::Body;
use axum::extract::{Path, RawQuery};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::super::error::PageError;
use super::super::query::QueryPairs;
use super::super::reader::direction;
use super::blocking;
use super::form::CheckedForm;
use super::session::RequireEditor;
use super::visitor::Visitor;
use crate::config::Direction;
use crate::feedback::insight::{Insight, Period, PeriodError, share_useful};
use crate::state::StoreError;
use crate::urls;

/// Longest value of the period form echoed back into it.
const ECHO_MAX: usize = 40;

/// The period form's fields as sent (or the default), to show them again.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Chosen {
    pub month: String,
    pub since: String,
    pub until: String,
}

/// What was wrong with the period: a Fluent id and the values it names.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Problem {
    pub id: &'static str,
    pub value: String,
    pub since: String,
    pub until: String,
}

impl Problem {
    fn of(e: PeriodError) -> Problem {
        let mut p = Problem {
            id: "",
            value: String::new(),
            since: String::new(),
            until: String::new(),
        };
        match e {
            PeriodError::Month(v) => (p.id, p.value) = ("editor-insight-problem-month", v),
            PeriodError::Day(v) => (p.id, p.value) = ("editor-insight-problem-day", v),
            PeriodError::Reversed { since, until } => {
                (p.id, p.since, p.until) = (
                    "editor-insight-problem-reversed",
                    since.to_string(),
                    until.to_string(),
                )
            }
        }
        p.value = echo(&p.value);
        p
    }
}

fn echo(v: &str) -> String {
    v.trim().chars().take(ECHO_MAX).collect()
}

/// The period a query asks for: `month=YYYY-MM`, or `since`/`until` days (either may be empty),
/// or, with none of them, the month of `today`. Both kinds at once is a problem too, as it is for
/// `witaj insight` (`--month` conflicts with `--since`/`--until`).
pub fn choose(q: &QueryPairs, today: time::Date) -> (Chosen, Result<Period, Problem>) {
    let field = |k| echo(q.first(k).unwrap_or(""));
    let chosen = Chosen {
        month: field("month"),
        since: field("since"),
        until: field("until"),
    };
    let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let (month, since, until) = (opt(&chosen.month), opt(&chosen.since), opt(&chosen.until));
    let period = match (month, since.is_some() || until.is_some()) {
        (Some(_), true) => Err(Problem {
            id: "editor-insight-problem-both",
            value: String::new(),
            since: String::new(),
            until: String::new(),
        }),
        (Some(m), false) => Period::month(&m).map_err(Problem::of),
        (None, true) => Period::between(since.as_deref(), until.as_deref()).map_err(Problem::of),
        (None, false) => {
            let this = format!("{:04}-{:02}", today.year(), u8::from(today.month()));
            let chosen = Chosen {
                month: this.clone(),
                ..chosen
            };
            return (chosen, Period::month(&this).map_err(Problem::of));
        }
    };
    (chosen, period)
}

/// The day of the visitor's instant as the feedback store counts days (UTC, as `POST /feedback`
/// and `witaj insight` do).
fn today(v: &Visitor) -> time::Date {
    let d = v.now.date_naive();
    time::Date::from_ordinal_date(
        chrono::Datelike::year(&d),
        chrono::Datelike::ordinal(&d) as u16,
    )
    .unwrap_or(time::Date::MIN)
}

/// The aggregates of `period`, after deleting comments past the retention period, exactly as
/// `witaj insight` does: the one source of the page and of the CSV.
async fn aggregates(v: &Visitor, period: Period) -> Result<Insight, PageError> {
    let (today, retention) = (today(v), v.site.config.feedback.comment_retention_months);
    blocking(v.state.store_handle(), move |s| {
        s.purge_comments(today, retention)?;
        s.insight(period)
    })
    .await
}

#[derive(Serialize)]
struct InsightPage {
    chosen: Chosen,
    problem: Option<Problem>,
    action: String,
    /// Shown only for a period that could be read.
    shown: Option<Shown>,
}

#[derive(Serialize)]
struct Shown {
    /// `YYYY-MM-DD` or empty for an open end.
    since: String,
    until: String,
    csv_href: String,
    /// The order of `pages`, and the links that change it (the rest of the page keeps its order).
    sort: Sort,
    sort_useful_href: String,
    sort_answers_href: String,
    pages: Vec<PageRow>,
    open: Vec<CommentView>,
    handled: Vec<CommentView>,
    gaps: Vec<GapGroup>,
    demand: Vec<DemandView>,
    months: Vec<MonthView>,
}

#[derive(Serialize)]
struct PageRow {
    page: String,
    href: String,
    lang: String,
    yes: u64,
    no: u64,
    /// Whole percent useful; none without answers.
    percent: Option<u32>,
}

#[derive(Serialize)]
struct CommentView {
    id: i64,
    day: String,
    page: String,
    href: String,
    lang: String,
    dir: Direction,
    text: String,
    handled_by: Option<String>,
    /// `YYYY-MM-DD HH:MM UTC`.
    handled_at: Option<String>,
    action: String,
}

#[derive(Serialize)]
struct GapGroup {
    lang: String,
    name: String,
    dir: Direction,
    gaps: Vec<crate::feedback::insight::GapRow>,
}

#[derive(Serialize)]
struct DemandView {
    guide: String,
    href: String,
    lang: String,
    count: u64,
}

#[derive(Serialize)]
struct MonthView {
    month: String,
    yes: u64,
    no: u64,
    percent: Option<u32>,
    comments: u64,
    demand: u64,
}

/// How the answers per page are ordered: least useful first (the store's order, and the CSV's),
/// or most answered first (`?sort=answers`), to see where most readers are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    Useful,
    Answers,
}

impl Sort {
    fn of(q: &QueryPairs) -> Sort {
        match q.first("sort") {
            Some("answers") => Sort::Answers,
            _ => Sort::Useful,
        }
    }
}

fn percent(yes: u64, no: u64) -> Option<u32> {
    share_useful(yes, no).map(|s| (s * 100.0).round() as u32)
}

/// The public page a stored `page` (`guides/pesel`, `search`) of `lang` is at; none for a
/// language the site no longer has.
fn page_href(v: &Visitor, lang: &str, page: &str) -> String {
    if v.site.config.language(lang).is_some() {
        urls::within(lang, page)
    } else {
        String::new()
    }
}

/// The query of the insight page for `chosen`, to come back to after a POST.
fn period_query(v: &Visitor, chosen: &Chosen) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    q.append_pair("lang", &v.lang);
    for (k, val) in [
        ("month", &chosen.month),
        ("since", &chosen.since),
        ("until", &chosen.until),
    ] {
        if !val.is_empty() {
            q.append_pair(k, val);
        }
    }
    q.finish()
}

fn shown(v: &Visitor, chosen: &Chosen, sort: Sort, mut insight: Insight) -> Shown {
    let site = &v.site;
    if sort == Sort::Answers {
        // Stable: among equals, the least useful first as before.
        insight
            .pages
            .sort_by_key(|p| std::cmp::Reverse(p.yes + p.no));
    }
    let sorted = |by: &str| {
        format!(
            "{}?{}&sort={by}#pages",
            urls::account("insight"),
            period_query(v, chosen)
        )
    };
    let comment = |c: crate::feedback::insight::CommentRow| CommentView {
        href: page_href(v, &c.lang, &c.page),
        dir: direction(site, &c.lang),
        action: format!(
            "{}?lang={}",
            urls::account(&format!("insight/comments/{}/handled", c.id)),
            v.lang
        ),
        handled_at: c.handled_at.as_deref().map(|at| {
            chrono::DateTime::parse_from_rfc3339(at).map_or_else(
                |_| at.to_string(),
                |t| {
                    t.with_timezone(&chrono::Utc)
                        .format("%Y-%m-%d %H:%M UTC")
                        .to_string()
                },
            )
        }),
        id: c.id,
        day: c.day,
        page: c.page,
        lang: c.lang,
        text: c.text,
        handled_by: c.handled_by,
    };
    let (handled, open): (Vec<_>, Vec<_>) = insight
        .comments
        .into_iter()
        .map(comment)
        .partition(|c| c.handled_by.is_some());
    // Per language, in the order of portal.toml; a language no longer configured comes last.
    let mut by_lang: BTreeMap<(usize, String), Vec<_>> = BTreeMap::new();
    for g in insight.search_gaps {
        let order = site
            .config
            .codes()
            .iter()
            .position(|c| *c == g.lang)
            .unwrap_or(usize::MAX);
        by_lang.entry((order, g.lang.clone())).or_default().push(g);
    }
    let gaps = by_lang
        .into_iter()
        .map(|((_, lang), gaps)| GapGroup {
            name: site
                .config
                .language(&lang)
                .map_or_else(|| lang.clone(), |l| l.name.clone()),
            dir: direction(site, &lang),
            lang,
            gaps,
        })
        .collect();
    Shown {
        since: insight
            .period
            .since
            .map(|d| d.to_string())
            .unwrap_or_default(),
        until: insight
            .period
            .until
            .map(|d| d.to_string())
            .unwrap_or_default(),
        csv_href: format!(
            "{}?{}",
            urls::account("insight.csv"),
            period_query(v, chosen)
        ),
        sort,
        sort_useful_href: sorted("useful"),
        sort_answers_href: sorted("answers"),
        pages: insight
            .pages
            .into_iter()
            .map(|p| PageRow {
                href: page_href(v, &p.lang, &p.page),
                percent: percent(p.yes, p.no),
                page: p.page,
                lang: p.lang,
                yes: p.yes,
                no: p.no,
            })
            .collect(),
        open,
        handled,
        gaps,
        demand: insight
            .demand
            .into_iter()
            .map(|d| DemandView {
                href: page_href(v, &d.lang, &format!("guides/{}", d.guide)),
                guide: d.guide,
                lang: d.lang,
                count: d.count,
            })
            .collect(),
        months: insight
            .months
            .into_iter()
            .map(|m| MonthView {
                percent: percent(m.yes, m.no),
                month: m.month,
                yes: m.yes,
                no: m.no,
                comments: m.comments,
                demand: m.demand,
            })
            .collect(),
    }
}

/// `GET /account/insight`.
pub async fn show(
    RequireEditor(a): RequireEditor,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let v = &a.visitor;
    let q = QueryPairs::parse(q.as_deref().unwrap_or(""));
    let (chosen, period) = choose(&q, today(v));
    let action = urls::account("insight");
    match period {
        Err(problem) => v.render(
            StatusCode::BAD_REQUEST,
            "insight.html",
            &InsightPage {
                chosen,
                problem: Some(problem),
                action,
                shown: None,
            },
        ),
        Ok(period) => {
            let insight = aggregates(v, period).await?;
            let shown = shown(v, &chosen, Sort::of(&q), insight);
            v.page(
                "insight.html",
                &InsightPage {
                    chosen,
                    problem: None,
                    action,
                    shown: Some(shown),
                },
            )
        }
    }
}

/// `GET /account/insight.csv`: `witaj insight --format csv` for the same period, as a download.
pub async fn csv(
    RequireEditor(a): RequireEditor,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let v = &a.visitor;
    let (chosen, period) = choose(&QueryPairs::parse(q.as_deref().unwrap_or("")), today(v));
    let period = match period {
        Ok(p) => p,
        Err(problem) => {
            return v.render(
                StatusCode::BAD_REQUEST,
                "insight.html",
                &InsightPage {
                    chosen,
                    problem: Some(problem),
                    action: urls::account("insight"),
                    shown: None,
                },
            );
        }
    };
    let insight = aggregates(v, period).await?;
    let name = match (&insight.period.since, &insight.period.until) {
        _ if !chosen.month.is_empty() => chosen.month.clone(),
        (Some(s), Some(u)) => format!("{s}_{u}"),
        (Some(s), None) => format!("{s}_"),
        (None, Some(u)) => format!("_{u}"),
        (None, None) => "all".to_string(),
    };
    let mut r = Body::from(insight.to_csv()).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    // The name holds only digits and dashes of a period that was read.
    if let Ok(d) = HeaderValue::from_str(&format!(
        "attachment; filename=\"witaj-insight-{name}.csv\""
    )) {
        h.insert(header::CONTENT_DISPOSITION, d);
    }
    Ok(r)
}

/// `POST /account/insight/comments/{id}/handled`: marks a comment handled by this editor, now,
/// and records it in the audit log. A comment handled already keeps its first editor and time.
/// Back (303) to the insight page of the period the form came from.
pub async fn mark_handled(
    Path(id): Path<String>,
    CheckedForm {
        sender: RequireEditor(a),
        form,
    }: CheckedForm<RequireEditor>,
) -> Result<Response, PageError> {
    let v = &a.visitor;
    let Ok(id) = id.parse::<i64>() else {
        return Err(PageError::NotFound);
    };
    let (who, now) = (a.email.clone(), v.now);
    let found = blocking(v.state.store_handle(), move |s| {
        let Some(c) = s.comment(id)? else {
            return Ok::<_, StoreError>(false);
        };
        let at = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        if s.mark_comment_handled(id, &who, &at)? {
            s.record_audit(
                Some(&who),
                "comment-handled",
                &format!("comment {id}"),
                &format!("{}: /{}/{}", c.day, c.lang, c.page),
                now,
            )?;
        }
        Ok(true)
    })
    .await?;
    if !found {
        return Err(PageError::NotFound);
    }
    // Back to the period shown, when the form's fields still read as one.
    let pairs: Vec<(String, String)> = ["month", "since", "until"]
        .into_iter()
        .filter_map(|k| form.get(k).map(|val| (k.to_string(), val.to_string())))
        .collect();
    let (chosen, period) = choose(&QueryPairs(pairs), today(v));
    let query = if period.is_ok() {
        period_query(v, &chosen)
    } else {
        format!("lang={}", v.lang)
    };
    Ok(v.see_other(&format!("{}?{query}#comments", urls::account("insight"))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn q(s: &str) -> QueryPairs {
        QueryPairs::parse(s)
    }

    #[test]
    fn the_period_from_the_form() {
        let today = date!(2026 - 12 - 02);
        let (c, p) = choose(&q("lang=pl"), today);
        assert_eq!(c.month, "2026-12");
        assert_eq!(p.unwrap(), Period::month("2026-12").unwrap());
        let (_, p) = choose(&q("month=&since=2026-11-01&until="), today);
        assert_eq!(
            p.unwrap(),
            Period::between(Some("2026-11-01"), None).unwrap()
        );
        let (_, p) = choose(&q("month=2026-13"), today);
        assert_eq!(p.unwrap_err().id, "editor-insight-problem-month");
        let (_, p) = choose(&q("since=2026-11-31"), today);
        assert_eq!(p.unwrap_err().id, "editor-insight-problem-day");
        let (_, p) = choose(&q("since=2026-11-02&until=2026-11-01"), today);
        assert_eq!(p.unwrap_err().id, "editor-insight-problem-reversed");
        let (_, p) = choose(&q("month=2026-11&until=2026-11-01"), today);
        assert_eq!(p.unwrap_err().id, "editor-insight-problem-both");
        let (c, _) = choose(&q(&format!("month={}", "9".repeat(500))), today);
        assert_eq!(c.month.len(), ECHO_MAX);
    }
}
