//! The aggregates editors read — per page and language, the comments queue, the searches that
//! found nothing, the demand for translations, the trend per month — and their two export shapes.
//! The store (`state/feedback.rs`) fills an [`Insight`]; `witaj insight` prints it, and the editors'
//! page will show the same struct, so the CLI and the page cannot disagree.

use serde::Serialize;
use time::{Date, Month};

/// The days an export covers, both ends included; an open end is unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Period {
    #[serde(serialize_with = "day_or_null")]
    pub since: Option<Date>,
    #[serde(serialize_with = "day_or_null")]
    pub until: Option<Date>,
}

fn day_or_null<S: serde::Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&d.to_string()),
        None => s.serialize_none(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error("`{0}` is not a month: write it as YYYY-MM, e.g. 2026-11")]
    Month(String),
    #[error("`{0}` is not a day: write it as YYYY-MM-DD, e.g. 2026-11-30")]
    Day(String),
    #[error("the period starts ({since}) after it ends ({until})")]
    Reversed { since: Date, until: Date },
}

impl Period {
    /// From `--since`/`--until` days (`2026-11-01`), either optional.
    pub fn between(since: Option<&str>, until: Option<&str>) -> Result<Period, PeriodError> {
        let day = |s: &str| parse_day(s).ok_or_else(|| PeriodError::Day(s.to_string()));
        let period = Period {
            since: since.map(day).transpose()?,
            until: until.map(day).transpose()?,
        };
        match period {
            Period {
                since: Some(since),
                until: Some(until),
            } if since > until => Err(PeriodError::Reversed { since, until }),
            p => Ok(p),
        }
    }

    /// One calendar month, from `2026-11`.
    pub fn month(text: &str) -> Result<Period, PeriodError> {
        let bad = || PeriodError::Month(text.to_string());
        let (y, m) = text.split_once('-').ok_or_else(bad)?;
        let (Ok(year), Ok(month)) = (y.parse::<i32>(), m.parse::<u8>()) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 {
            return Err(bad());
        }
        let month = Month::try_from(month).map_err(|_| bad())?;
        let first = Date::from_calendar_date(year, month, 1).map_err(|_| bad())?;
        let last = Date::from_calendar_date(year, month, month.length(year)).map_err(|_| bad())?;
        Ok(Period {
            since: Some(first),
            until: Some(last),
        })
    }

    /// The bounds as the store compares them (`YYYY-MM-DD` text).
    pub fn bounds(&self) -> (Option<String>, Option<String>) {
        (
            self.since.map(|d| d.to_string()),
            self.until.map(|d| d.to_string()),
        )
    }
}

fn parse_day(s: &str) -> Option<Date> {
    Date::parse(
        s,
        &time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()
}

/// The first day that is kept when things older than `months` months are deleted on `today`:
/// 2027-03-31 minus one month is 2027-02-28 (the day is clamped to the month's length).
pub fn months_before(today: Date, months: u32) -> Date {
    let total = today.year() * 12 + i32::from(u8::from(today.month())) - 1 - months as i32;
    let (year, month0) = (total.div_euclid(12), total.rem_euclid(12));
    let month = Month::try_from(month0 as u8 + 1).unwrap_or(Month::January);
    let day = today.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).unwrap_or(Date::MIN)
}

/// The share of "yes", rounded to three decimals; `None` with no answers.
pub fn share_useful(yes: u64, no: u64) -> Option<f64> {
    let total = yes + no;
    (total > 0).then(|| (yes as f64 / total as f64 * 1000.0).round() / 1000.0)
}

/// One page in one language: its answers over the period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageVotes {
    /// The page inside its language: `guides/pesel`, `services/<id>`, `search`.
    pub page: String,
    pub lang: String,
    pub yes: u64,
    pub no: u64,
    pub share_useful: Option<f64>,
}

/// A comment in the queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommentRow {
    pub id: i64,
    pub day: String,
    pub page: String,
    pub lang: String,
    pub text: String,
    /// Who marked it handled (an editor's account), and when (an RFC 3339 instant).
    pub handled_by: Option<String>,
    pub handled_at: Option<String>,
}

/// A search that found nothing, as the gaps store counts it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapRow {
    pub lang: String,
    pub query: String,
    pub count: u64,
    pub first_seen: String,
    pub last_seen: String,
}

/// How many readers asked for a guide in a language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DemandRow {
    pub guide: String,
    pub lang: String,
    pub count: u64,
}

/// One month of the trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthRow {
    /// `YYYY-MM`.
    pub month: String,
    pub yes: u64,
    pub no: u64,
    pub share_useful: Option<f64>,
    /// Comments received (and not yet deleted by retention).
    pub comments: u64,
    /// "I need this in my language" presses.
    pub demand: u64,
}

/// Everything the editors' insight shows for a period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Insight {
    pub period: Period,
    /// Least useful first (lowest share, then most answers).
    pub pages: Vec<PageVotes>,
    /// Newest first; handled ones included, marked.
    pub comments: Vec<CommentRow>,
    /// Searches that found nothing and were seen within the period.
    pub search_gaps: Vec<GapRow>,
    /// Most wanted first.
    pub demand: Vec<DemandRow>,
    /// Oldest first.
    pub months: Vec<MonthRow>,
}

/// The CSV columns: one table for all sections, so that a spreadsheet opens it as one sheet and
/// filters by `section`; each section fills the columns that mean something for it.
pub const CSV_HEADER: &str = "section,when,page,lang,yes,no,share_useful,comments,demand,count,id,text,handled_by,handled_at";

impl Insight {
    pub fn to_json(&self) -> String {
        // Serialising plain structs of strings and numbers cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    pub fn to_csv(&self) -> String {
        let mut out = String::from(CSV_HEADER);
        out.push_str("\r\n");
        let n = |v: u64| v.to_string();
        let share = |s: Option<f64>| s.map(|s| s.to_string()).unwrap_or_default();
        let mut row = |cells: [&str; 14]| {
            let cells: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
            out.push_str(&cells.join(","));
            out.push_str("\r\n");
        };
        for p in &self.pages {
            row([
                "page",
                "",
                &p.page,
                &p.lang,
                &n(p.yes),
                &n(p.no),
                &share(p.share_useful),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]);
        }
        for c in &self.comments {
            row([
                "comment",
                &c.day,
                &c.page,
                &c.lang,
                "",
                "",
                "",
                "",
                "",
                "",
                &c.id.to_string(),
                &c.text,
                c.handled_by.as_deref().unwrap_or(""),
                c.handled_at.as_deref().unwrap_or(""),
            ]);
        }
        for g in &self.search_gaps {
            row([
                "search_gap",
                &g.last_seen,
                "",
                &g.lang,
                "",
                "",
                "",
                "",
                "",
                &n(g.count),
                "",
                &g.query,
                "",
                "",
            ]);
        }
        for d in &self.demand {
            row([
                "demand",
                "",
                &format!("guides/{}", d.guide),
                &d.lang,
                "",
                "",
                "",
                "",
                &n(d.count),
                "",
                "",
                "",
                "",
                "",
            ]);
        }
        for m in &self.months {
            row([
                "month",
                &m.month,
                "",
                "",
                &n(m.yes),
                &n(m.no),
                &share(m.share_useful),
                &n(m.comments),
                &n(m.demand),
                "",
                "",
                "",
                "",
                "",
            ]);
        }
        out
    }
}

/// One CSV cell (RFC 4180: quoted when it holds a comma, quote or line break). Visitors write the
/// comments and the queries, and editors open the file in a spreadsheet: a cell starting with
/// `=`, `+`, `-`, `@` or a tab would run as a formula there, so it gets a leading `'` (OWASP's
/// advice on CSV injection).
fn csv_cell(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn periods_from_the_command_line() {
        assert_eq!(
            Period::month("2026-02").unwrap(),
            Period {
                since: Some(date!(2026 - 02 - 01)),
                until: Some(date!(2026 - 02 - 28))
            }
        );
        for bad in ["2026-13", "2026", "26-11", "2026-1x", "november"] {
            assert!(Period::month(bad).is_err(), "{bad}");
        }
        assert_eq!(
            Period::between(Some("2026-11-02"), None).unwrap().since,
            Some(date!(2026 - 11 - 02))
        );
        assert!(Period::between(Some("2026-11-31"), None).is_err());
        assert!(matches!(
            Period::between(Some("2026-11-02"), Some("2026-11-01")),
            Err(PeriodError::Reversed { .. })
        ));
    }

    #[test]
    fn months_back_clamp_the_day() {
        assert_eq!(
            months_before(date!(2027 - 03 - 31), 1),
            date!(2027 - 02 - 28)
        );
        assert_eq!(
            months_before(date!(2027 - 12 - 02), 12),
            date!(2026 - 12 - 02)
        );
        assert_eq!(
            months_before(date!(2027 - 01 - 15), 13),
            date!(2025 - 12 - 15)
        );
    }

    #[test]
    fn shares_and_cells() {
        assert_eq!(share_useful(2, 1), Some(0.667));
        assert_eq!(share_useful(0, 0), None);
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("-1"), "'-1");
    }
}
