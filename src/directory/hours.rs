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

/// Opening periods of one day in minutes from its midnight.
type Periods = Vec<(u16, u16)>;

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

/// Where a service with several schedules (its own and its locations') stands at `now`: open if
/// any place is open, until the latest closing (a place open beyond the look-ahead wins); else
/// unknown if any place says so; else closed until the earliest next opening. `None` when the
/// service gives no hours at all, which readers must see as "not known", never as "closed".
pub fn overall<'a>(
    schedules: impl IntoIterator<Item = &'a Hours>,
    now: DateTime<Utc>,
) -> Option<State> {
    let states: Vec<State> = schedules.into_iter().map(|h| h.state(now)).collect();
    if states.is_empty() {
        return None;
    }
    let open = states
        .iter()
        .filter_map(|s| match s {
            State::Open { until } => Some(*until),
            _ => None,
        })
        // `None` (open beyond the look-ahead) wins over any closing time.
        .max_by(|a, b| match (a, b) {
            (None, None) => std::cmp::Ordering::Equal,
            (None, _) => std::cmp::Ordering::Greater,
            (_, None) => std::cmp::Ordering::Less,
            (Some(x), Some(y)) => x.cmp(y),
        });
    if let Some(until) = open {
        return Some(State::Open { until });
    }
    if states.iter().any(|s| matches!(s, State::Unknown)) {
        return Some(State::Unknown);
    }
    let opens = states
        .iter()
        .filter_map(|s| match s {
            State::Closed { opens } => *opens,
            _ => None,
        })
        .min();
    Some(State::Closed { opens })
}

/// One day of the week's table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Day {
    /// ISO date (`2026-11-23`).
    pub date: String,
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u32,
    /// Opening periods as `("08:00", "16:00")`; a period past midnight ends at e.g. `"02:00"`,
    /// one to the end of the day at `"24:00"`.
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

    /// The first instant after `after` at which `state` may answer differently: the next change
    /// between open, closed and unknown, or earlier, when a change beyond the look-ahead comes into
    /// it (a closing or opening then appears in "open until …" / "opens …"). Never later than the
    /// look-ahead, beyond which this cannot tell; an instant too early only costs a render, one
    /// too late would show a stale "open now". Pages that say "open now" are cached until then.
    pub fn next_change(&self, after: DateTime<Utc>) -> DateTime<Utc> {
        let lookahead = Duration::days(LOOKAHEAD_DAYS);
        let local = after.with_timezone(&TIME_ZONE);
        let latest = after + lookahead;
        // `state` shows the first change (closing, or the next opening) only once it is strictly
        // within the look-ahead: a second after it comes that close.
        let visible = |at: DateTime<Utc>| {
            if at > latest {
                at - lookahead + Duration::seconds(1)
            } else {
                at
            }
        };
        let mut ranges = self.oh.iter_range(local, local + lookahead * 2);
        let Some(first) = ranges.next() else {
            return latest;
        };
        let mut change = None;
        for r in ranges {
            if r.kind == first.kind {
                continue;
            }
            let at = r.range.start.with_timezone(&Utc);
            let at_visible = visible(at);
            change = Some(change.map_or(at_visible, |c: DateTime<Utc>| c.min(at_visible)));
            // "Closed, opens …" names the next opening even across unknown periods.
            if first.kind != RuleKind::Closed || r.kind == RuleKind::Open {
                break;
            }
        }
        change.map_or(latest, |c| c.min(latest))
    }

    /// Seven days from `from` (a date in Warsaw), each with its opening periods. A period that
    /// runs past midnight is listed once, on the day it starts (`Fr 22:00-02:00`), not split.
    pub fn week(&self, from: NaiveDate) -> Vec<Day> {
        const DAY: u16 = 24 * 60;
        // The day before too, so that its night's tail is not listed as today's own period.
        let mut days: Vec<(NaiveDate, Periods, bool)> = (-1..7)
            .filter_map(|i| from.checked_add_signed(Duration::days(i)))
            .map(|date| {
                let (periods, unknown) = self.periods(date);
                (date, periods, unknown)
            })
            .collect();
        for i in 0..days.len().saturating_sub(1) {
            let last = days[i].1.last().copied();
            let first = days[i + 1].1.first().copied();
            if let (Some((start, DAY)), Some((0, end))) = (last, first)
                && start > 0
                && end < DAY
            {
                if let Some(p) = days[i].1.last_mut() {
                    p.1 = DAY + end;
                }
                days[i + 1].1.remove(0);
            }
        }
        days.into_iter()
            .skip(1)
            .map(|(date, periods, unknown)| Day {
                date: date.to_string(),
                weekday: date.weekday().number_from_monday(),
                open: periods
                    .into_iter()
                    .map(|(a, b)| (clock(a), clock(b)))
                    .collect(),
                unknown,
                holiday: is_public_holiday(date),
            })
            .collect()
    }

    /// One day's opening periods in minutes from its midnight (the end may be 1440, 24:00), and
    /// whether part of the day is unknown.
    fn periods(&self, date: NaiveDate) -> (Periods, bool) {
        let mut open = Vec::new();
        let mut unknown = false;
        for range in self.oh.schedule_at(date) {
            let minutes = |t: opening_hours_syntax::ExtendedTime| {
                u16::from(t.hour()) * 60 + u16::from(t.minute())
            };
            let (start, end) = (
                minutes(range.range.start),
                minutes(range.range.end).min(24 * 60),
            );
            if start >= end {
                continue;
            }
            match range.kind {
                RuleKind::Open => open.push((start, end)),
                RuleKind::Unknown => unknown = true,
                RuleKind::Closed => {}
            }
        }
        (open, unknown)
    }
}

/// `HH:MM` for minutes from a day's midnight: 1440 is `24:00` (the end of a day), beyond that the
/// time on the next day (`26:00` is `02:00`).
fn clock(minutes: u16) -> String {
    let m = if minutes > 24 * 60 {
        minutes - 24 * 60
    } else {
        minutes
    };
    format!("{:02}:{:02}", m / 60, m % 60)
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
    fn the_week_lists_a_night_once_on_the_day_it_starts() {
        let h = Hours::parse("Fr-Sa 22:00-02:00").unwrap();
        let week = h.week(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        let open: Vec<(u32, Vec<(String, String)>)> =
            week.into_iter().map(|d| (d.weekday, d.open)).collect();
        let night = vec![("22:00".to_string(), "02:00".to_string())];
        assert_eq!(open[4], (5, night.clone()));
        assert_eq!(open[5], (6, night));
        assert_eq!(open[6], (7, vec![]));
        let always = Hours::parse("24/7").unwrap();
        let day = &always.week(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())[0];
        assert_eq!(day.open, vec![("00:00".to_string(), "24:00".to_string())]);
    }

    #[test]
    fn next_change_is_the_next_opening_or_closing() {
        let h = Hours::parse("Mo-Fr 08:00-15:30; PH off").unwrap();
        let change = |t| h.next_change(t).with_timezone(&TIME_ZONE);
        let local = |t: DateTime<Tz>| t.format("%Y-%m-%d %H:%M").to_string();
        // Tuesday 24 November 2026: open at 10:00 until 15:30, then closed until Wednesday 8:00.
        assert_eq!(local(change(at(2026, 11, 24, 10, 0))), "2026-11-24 15:30");
        assert_eq!(local(change(at(2026, 11, 24, 15, 30))), "2026-11-25 08:00");
        // Friday evening: the next change is Monday's opening.
        assert_eq!(local(change(at(2026, 11, 27, 18, 0))), "2026-11-30 08:00");
        // Just before the change, the state really is the same; at it, it differs.
        let t = h.next_change(at(2026, 11, 24, 10, 0));
        assert_eq!(
            h.state(t - Duration::seconds(1)),
            h.state(at(2026, 11, 24, 10, 0))
        );
        assert_ne!(h.state(t), h.state(at(2026, 11, 24, 10, 0)));
    }

    #[test]
    fn next_change_sees_a_change_coming_into_the_look_ahead() {
        // Open only on one day, 20 days ahead: "closed" with no opening shown until the opening
        // is within the look-ahead, 8 days before it.
        let h = Hours::parse("2026 Dec 14 10:00-12:00").unwrap();
        let now = at(2026, 11, 24, 9, 0);
        assert_eq!(h.state(now), State::Closed { opens: None });
        let t = h.next_change(now);
        assert_eq!(t, now + Duration::days(LOOKAHEAD_DAYS));
        // Nearer: the opening enters the look-ahead exactly 8 days before it.
        let nearer = at(2026, 12, 4, 9, 0);
        let t = h.next_change(nearer);
        assert_eq!(t, at(2026, 12, 6, 10, 0) + Duration::seconds(1));
        assert_eq!(
            h.state(t - Duration::seconds(1)),
            State::Closed { opens: None }
        );
        assert!(matches!(h.state(t), State::Closed { opens: Some(_) }));
        // Always open: nothing changes, so the answer is the look-ahead.
        let always = Hours::parse("24/7").unwrap();
        assert_eq!(
            always.next_change(now),
            now + Duration::days(LOOKAHEAD_DAYS)
        );
    }

    #[test]
    fn syntax_error_has_a_column() {
        let e = Hours::parse("Mo-Fr 08:00-16:00; Sa 10:00-1x:00").unwrap_err();
        assert!(e.column.is_some(), "{e:?}");
    }

    #[test]
    fn overall_state_over_several_places() {
        let office = Hours::parse("Mo-Fr 08:00-15:30; PH off").unwrap();
        let late = Hours::parse("Mo-Fr 10:00-18:00; PH off").unwrap();
        let always = Hours::parse("24/7").unwrap();
        let asked = Hours::parse("Mo-Fr unknown").unwrap();
        // Tuesday 24 November 2026.
        let tuesday = |h, m| at(2026, 11, 24, h, m);
        // No hours at all: not known, never "closed".
        assert_eq!(overall([], tuesday(10, 0)), None);
        // Open until the latest closing of the places open now.
        match overall([&office, &late], tuesday(11, 0)) {
            Some(State::Open { until }) => assert_eq!(local(until).unwrap(), "2026-11-24 18:00"),
            s => panic!("{s:?}"),
        }
        // A place open beyond the look-ahead wins.
        assert_eq!(
            overall([&office, &always], tuesday(11, 0)),
            Some(State::Open { until: None })
        );
        // One place open, another unknown: open.
        assert!(matches!(
            overall([&asked, &office], tuesday(11, 0)),
            Some(State::Open { .. })
        ));
        // Closed everywhere: the earliest next opening.
        match overall([&late, &office], tuesday(20, 0)) {
            Some(State::Closed { opens }) => {
                assert_eq!(local(opens).unwrap(), "2026-11-25 08:00")
            }
            s => panic!("{s:?}"),
        }
        // Closed, and one place unknown: unknown.
        assert_eq!(
            overall([&office, &asked], tuesday(7, 0)),
            Some(State::Unknown)
        );
    }
}
