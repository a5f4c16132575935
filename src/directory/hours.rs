//! Opening hours: OpenStreetMap `opening_hours` expressions, evaluated in Europe/Warsaw with
//! Polish public holidays as `PH`.
//!
//! The expression an editor writes is the master copy; everything else (the state "open now", the
//! next change, the week's table, HSDS schedule rows) is computed from it by the `opening-hours`
//! crate. Nothing here reads the clock: every function takes the instant to evaluate at, so tests
//! use fixed instants and the web handlers pass the real time.

use std::fmt;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use opening_hours::localization::{Country, TzLocation};
use opening_hours::{Context, OpeningHours, RuleKind};
use serde::Serialize;

/// Where every service in the directory keeps its hours.
pub const TIME_ZONE: Tz = chrono_tz::Europe::Warsaw;

/// How far ahead "opens Monday 8:00" looks; beyond it the page says only "closed".
const LOOKAHEAD_DAYS: i64 = 8;

/// A parsed `opening_hours` expression, ready to evaluate in Warsaw with Polish holidays.
#[derive(Clone)]
pub struct Hours {
    raw: String,
    oh: OpeningHours<TzLocation<Tz>>,
}

impl fmt::Debug for Hours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Hours").field(&self.raw).finish()
    }
}

/// Why an expression could not be read; `column` (1-based, in characters) when the parser knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursError {
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for HoursError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(c) => write!(f, "at character {c}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Where a service stands at one instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Open; `until` is when it closes, `None` when it stays open for the whole look-ahead (24/7).
    Open { until: Option<DateTime<Tz>> },
    /// Closed; `opens` is the next opening within the look-ahead, if any.
    Closed { opens: Option<DateTime<Tz>> },
    /// The expression says the state is unknown now (e.g. "by appointment" written as `unknown`).
    Unknown,
}

impl State {
    pub fn is_open(&self) -> bool {
        matches!(self, State::Open { .. })
    }
}

/// One day of the week's table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Day {
    /// ISO date (`2026-11-23`).
    pub date: String,
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u32,
    /// Opening periods as `("08:00", "16:00")`; a period past midnight ends at e.g. `"02:00"`.
    pub open: Vec<(String, String)>,
    /// Part of the day is marked unknown by the expression.
    pub unknown: bool,
    /// A Polish public holiday.
    pub holiday: bool,
}

impl Hours {
    /// Parses `raw`. Comments and other free text inside the expression are allowed by the syntax
    /// but are never shown to readers (they would not be translated): use `hours_note` for that.
    pub fn parse(raw: &str) -> Result<Hours, HoursError> {
        let oh: OpeningHours = raw.parse().map_err(|e| error_of(raw, &e))?;
        let ctx = Context::default()
            .with_holidays(Country::PL.holidays())
            .with_locale(TzLocation::new(TIME_ZONE));
        Ok(Hours {
            raw: raw.to_string(),
            oh: oh.with_context(ctx),
        })
    }

    /// The expression as the editor wrote it.
    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// The state at `now`, with the next change.
    pub fn state(&self, now: DateTime<Utc>) -> State {
        let local = now.with_timezone(&TIME_ZONE);
        let horizon = local + Duration::days(LOOKAHEAD_DAYS);
        let mut ranges = self.oh.iter_range(local, horizon).peekable();
        let Some(first) = ranges.next() else {
            return State::Closed { opens: None };
        };
        match first.kind {
            RuleKind::Open => {
                let mut end = first.range.end;
                // Adjacent periods of the same state (e.g. two rules meeting at midnight) are one.
                while let Some(next) = ranges.next_if(|r| r.kind == RuleKind::Open) {
                    end = next.range.end;
                }
                State::Open {
                    until: (end < horizon).then_some(end),
                }
            }
            RuleKind::Unknown => State::Unknown,
            RuleKind::Closed => State::Closed {
                opens: ranges
                    .find(|r| r.kind == RuleKind::Open)
                    .map(|r| r.range.start),
            },
        }
    }

    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        self.state(now).is_open()
    }

    /// Seven days from `from` (a date in Warsaw), each with its opening periods.
    pub fn week(&self, from: NaiveDate) -> Vec<Day> {
        (0..7)
            .filter_map(|i| from.checked_add_signed(Duration::days(i)))
            .map(|date| self.day(date))
            .collect()
    }

    fn day(&self, date: NaiveDate) -> Day {
        let mut open = Vec::new();
        let mut unknown = false;
        for range in self.oh.schedule_at(date) {
            // A period carried over from the day before starts at 00:00 and is listed there.
            if range.range.start.hour() >= 24 {
                continue;
            }
            match range.kind {
                RuleKind::Open => open.push((
                    hhmm(range.range.start.hour(), range.range.start.minute()),
                    hhmm(range.range.end.hour(), range.range.end.minute()),
                )),
                RuleKind::Unknown => unknown = true,
                RuleKind::Closed => {}
            }
        }
        Day {
            date: date.to_string(),
            weekday: date.weekday().number_from_monday(),
            open,
            unknown,
            holiday: is_public_holiday(date),
        }
    }
}

/// Whether `date` is a public holiday in Poland (the `PH` of the expressions).
pub fn is_public_holiday(date: NaiveDate) -> bool {
    Country::PL.holidays().get_public().contains(date)
}

/// Today's date in Warsaw at `now`.
pub fn local_date(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&TIME_ZONE).date_naive()
}

/// A local time in Warsaw as an instant, for tests and fixed clocks; `None` in the hour skipped by
/// the spring daylight-saving change.
pub fn warsaw(y: i32, m: u32, d: u32, h: u32, min: u32) -> Option<DateTime<Utc>> {
    TIME_ZONE
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// `HH:MM`, wrapping hours past midnight (`26:00` is `02:00` the next day).
pub fn hhmm(hour: u8, minute: u8) -> String {
    format!("{:02}:{minute:02}", hour % 24)
}

fn error_of(raw: &str, e: &opening_hours_syntax::Error) -> HoursError {
    match e {
        opening_hours_syntax::Error::Syntax(pest_err) => {
            let column = match pest_err.line_col {
                pest::error::LineColLocation::Pos((_, c)) => c,
                pest::error::LineColLocation::Span((_, c), _) => c,
            };
            let near: String = raw
                .chars()
                .skip(column.saturating_sub(1))
                .take(12)
                .collect();
            let message = if near.is_empty() {
                "the expression ends too early".to_string()
            } else {
                format!("cannot read the expression from `{near}` on")
            };
            HoursError {
                column: Some(column),
                message,
            }
        }
        other => HoursError {
            column: None,
            message: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        warsaw(y, m, d, h, min).expect("a real local time")
    }

    fn local(t: Option<DateTime<Tz>>) -> Option<String> {
        t.map(|t| t.format("%Y-%m-%d %H:%M").to_string())
    }

    #[test]
    fn open_on_a_weekday_and_closing_time() {
        let h = Hours::parse("Mo-Fr 08:00-15:30; PH off").unwrap();
        // Tuesday 24 November 2026, 10:00.
        match h.state(at(2026, 11, 24, 10, 0)) {
            State::Open { until } => assert_eq!(local(until).unwrap(), "2026-11-24 15:30"),
            s => panic!("{s:?}"),
        }
    }

    #[test]
    fn weekend_opens_monday() {
        let h = Hours::parse("Mo-Fr 08:00-15:30; PH off").unwrap();
        match h.state(at(2026, 11, 28, 12, 0)) {
            State::Closed { opens } => assert_eq!(local(opens).unwrap(), "2026-11-30 08:00"),
            s => panic!("{s:?}"),
        }
    }

    #[test]
    fn polish_public_holiday_is_ph() {
        let h = Hours::parse("Mo-Fr 08:00-16:00; PH off").unwrap();
        // Wednesday 11 November 2026, Independence Day.
        assert!(!h.is_open(at(2026, 11, 11, 10, 0)));
        assert!(h.is_open(at(2026, 11, 12, 10, 0)));
        // Christmas Eve is a public holiday from 2025.
        assert!(!h.is_open(at(2026, 12, 24, 10, 0)));
        assert!(is_public_holiday(
            NaiveDate::from_ymd_opt(2026, 11, 11).unwrap()
        ));
    }

    #[test]
    fn syntax_error_has_a_column() {
        let e = Hours::parse("Mo-Fr 08:00-16:00; Sa 10:00-1x:00").unwrap_err();
        assert!(e.column.is_some(), "{e:?}");
    }
}
