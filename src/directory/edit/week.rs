//! The week editor: seven day rows (up to two periods a day, or closed) and a choice for public
//! holidays, composed into an OpenStreetMap `opening_hours` expression, and an existing expression
//! decomposed back into rows when it says no more than rows can (else it is kept and edited as
//! text, never silently simplified).
//!
//! The expression stays the master copy (see [`crate::directory::hours`]); rows are only a way to
//! write it without knowing the syntax. Decomposition reads the parsed rules of
//! `opening-hours-syntax`, the crate that evaluates the hours, so what counts as "simple" is what
//! that crate understands, not a second parser.

use std::collections::BTreeMap;

use opening_hours_syntax::rules::day::{HolidayKind, WeekDayRange};
use opening_hours_syntax::rules::time::Time;
use opening_hours_syntax::rules::{RuleKind, RuleOperator};
use serde::Serialize;

use super::FieldError;

/// The form's day codes, Monday first (the names of `week.<day>.…` fields).
pub const DAYS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];
/// The same days as the expression writes them.
const OSM_DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const DAY_MINUTES: u16 = 24 * 60;

/// A period in minutes from the day's midnight; an `end` past 1440 runs into the next day
/// (`22:00-02:00` is `(1320, 1560)`).
pub type Period = (u16, u16);

/// A week as rows: the periods of each day (none: closed), and whether public holidays are closed
/// (`PH off`) or kept like the weekday they fall on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Week {
    pub days: [Vec<Period>; 7],
    pub holidays_closed: bool,
}

impl Week {
    /// The expression for these rows, days with the same periods grouped (`Mo-Fr 08:00-16:00;
    /// Sa 10:00-14:00; PH off`); `None` when no day is open: then the hours are not given.
    pub fn compose(&self) -> Option<String> {
        let mut rules: Vec<String> = Vec::new();
        let mut done = [false; 7];
        for i in 0..7 {
            if done[i] || self.days[i].is_empty() {
                continue;
            }
            let same: Vec<usize> = (i..7).filter(|j| self.days[*j] == self.days[i]).collect();
            for j in &same {
                done[*j] = true;
            }
            let times: Vec<String> = self.days[i]
                .iter()
                .map(|(a, b)| format!("{}-{}", clock(*a), clock(*b)))
                .collect();
            rules.push(format!("{} {}", day_list(&same), times.join(",")));
        }
        if rules.is_empty() {
            return None;
        }
        if self.holidays_closed {
            rules.push("PH off".to_string());
        }
        Some(rules.join("; "))
    }

    /// The rows an expression means, when it uses only weekdays (no dates, weeks, months or
    /// comments), fixed times, at most two periods a day, open or `off` rules, and `PH off` as its
    /// last rule. `None` otherwise: the editor then keeps the expression as text.
    pub fn decompose(expr: &str) -> Option<Week> {
        let parsed = opening_hours_syntax::parse(expr.trim()).ok()?;
        let mut week = Week::default();
        for rule in &parsed.rules {
            if week.holidays_closed || !rule.comment.is_empty() {
                return None;
            }
            let ds = &rule.day_selector;
            if !ds.year.is_empty() || !ds.monthday.is_empty() || !ds.week.is_empty() {
                return None;
            }
            let whole_day = rule.time_selector.spans.len() == 1
                && periods(&rule.time_selector.spans)? == [(0, DAY_MINUTES)];
            if let [
                WeekDayRange::Holiday {
                    kind: HolidayKind::Public,
                    offset: 0,
                },
            ] = ds.weekday.as_slice()
            {
                let off = rule.kind == RuleKind::Closed
                    && whole_day
                    && rule.operator == RuleOperator::Normal;
                if !off {
                    return None;
                }
                week.holidays_closed = true;
                continue;
            }
            let days = weekdays(&ds.weekday)?;
            match (rule.kind, rule.operator) {
                (RuleKind::Open, RuleOperator::Normal) => {
                    let p = periods(&rule.time_selector.spans)?;
                    for d in days {
                        week.days[d] = p.clone();
                    }
                }
                (RuleKind::Open, RuleOperator::Additional) => {
                    let p = periods(&rule.time_selector.spans)?;
                    for d in days {
                        week.days[d].extend(p.iter().copied());
                    }
                }
                (RuleKind::Closed, RuleOperator::Normal) if whole_day => {
                    for d in days {
                        week.days[d].clear();
                    }
                }
                _ => return None,
            }
        }
        for day in &mut week.days {
            day.sort_unstable();
            let overlapping = day.windows(2).any(|w| w[0].1 > w[1].0);
            if day.len() > 2 || overlapping {
                return None;
            }
        }
        Some(week)
    }
}

/// The periods of a time selector, when every one is a fixed `HH:MM-HH:MM`.
fn periods(spans: &[opening_hours_syntax::rules::time::TimeSpan]) -> Option<Vec<Period>> {
    spans
        .iter()
        .map(
            |s| match (&s.range.start, &s.range.end, s.open_end, s.repeats) {
                (Time::Fixed(a), Time::Fixed(b), false, None) => {
                    let (a, mut b) = (a.mins_from_midnight(), b.mins_from_midnight());
                    if b <= a {
                        b += DAY_MINUTES;
                    }
                    (a < DAY_MINUTES).then_some((a, b))
                }
                _ => None,
            },
        )
        .collect()
}

/// The weekdays (0 = Monday) of a selector of plain weekday ranges; every day when it is empty.
fn weekdays(ranges: &[WeekDayRange]) -> Option<Vec<usize>> {
    if ranges.is_empty() {
        return Some((0..7).collect());
    }
    let mut out = Vec::new();
    for r in ranges {
        let WeekDayRange::Fixed {
            range,
            offset: 0,
            nth_from_start,
            nth_from_end,
        } = r
        else {
            return None;
        };
        if nth_from_start.contains(&false) || nth_from_end.contains(&false) {
            return None;
        }
        let (a, b) = (
            range.start().num_days_from_monday() as usize,
            range.end().num_days_from_monday() as usize,
        );
        let mut d = a;
        loop {
            if !out.contains(&d) {
                out.push(d);
            }
            if d == b {
                break;
            }
            d = (d + 1) % 7;
        }
    }
    Some(out)
}

/// `Mo-We,Fr` for days 0, 1, 2 and 4: runs of three or more as ranges, the rest listed.
fn day_list(days: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < days.len() {
        let mut j = i;
        while j + 1 < days.len() && days[j + 1] == days[j] + 1 {
            j += 1;
        }
        if j - i >= 2 {
            parts.push(format!("{}-{}", OSM_DAYS[days[i]], OSM_DAYS[days[j]]));
        } else {
            parts.extend(days[i..=j].iter().map(|d| OSM_DAYS[*d].to_string()));
        }
        i = j + 1;
    }
    parts.join(",")
}

/// `HH:MM` of minutes from midnight; 1440 is `24:00`, later times are the next day's.
fn clock(minutes: u16) -> String {
    let m = if minutes > DAY_MINUTES {
        minutes - DAY_MINUTES
    } else {
        minutes
    };
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// `8:00`, `08:00` (and `24:00` for a closing time) as minutes from midnight.
fn parse_clock(s: &str, closing: bool) -> Option<u16> {
    let (h, m) = s.trim().split_once(':')?;
    let all_digits =
        |x: &str| !x.is_empty() && x.len() <= 2 && x.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(h) || m.len() != 2 || !all_digits(m) {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    let ok = (h < 24 && m < 60) || (closing && h == 24 && m == 0);
    ok.then_some(h * 60 + m)
}

/// The problem of a day ticked "closed" that also has times (on its `week.<day>.closed` field).
pub const CLOSED_WITH_HOURS: &str =
    "you ticked closed and also gave hours: untick closed or clear the hours";

/// The rows a submitted form gives, when it carries the week editor (`week.mode=rows`); every
/// problem on its field (`week.mo.to1`; a day ticked closed with times on `week.mo.closed`).
pub fn from_form(pairs: &[(String, String)]) -> Option<Result<Week, Vec<FieldError>>> {
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map_or("", |(_, v)| v.trim())
    };
    if get("week.mode") != "rows" {
        return None;
    }
    let mut week = Week {
        holidays_closed: get("week.holidays") != "open",
        ..Week::default()
    };
    let mut errors = Vec::new();
    for (i, day) in DAYS.iter().enumerate() {
        if !get(&format!("week.{day}.closed")).is_empty() {
            // Times under a ticked "closed" would be lost without a word: which one was meant is
            // the organisation's to say.
            let typed = ["from1", "to1", "from2", "to2"]
                .iter()
                .any(|k| !get(&format!("week.{day}.{k}")).is_empty());
            if typed {
                errors.push(FieldError::new(
                    format!("week.{day}.closed"),
                    CLOSED_WITH_HOURS,
                ));
            }
            continue;
        }
        for n in [1, 2] {
            let (fk, tk) = (format!("week.{day}.from{n}"), format!("week.{day}.to{n}"));
            let (from, to) = (get(&fk), get(&tk));
            match (from.is_empty(), to.is_empty()) {
                (true, true) => continue,
                (false, true) => errors.push(FieldError::new(tk, "give the closing time too")),
                (true, false) => errors.push(FieldError::new(fk, "give the opening time too")),
                (false, false) => match (parse_clock(from, false), parse_clock(to, true)) {
                    (None, _) => errors.push(FieldError::new(
                        fk,
                        format_args!("`{from}` is not a time: write it like 08:00"),
                    )),
                    (_, None) => errors.push(FieldError::new(
                        tk,
                        format_args!("`{to}` is not a time: write it like 16:00"),
                    )),
                    (Some(a), Some(b)) if a == b => errors.push(FieldError::new(
                        tk,
                        "the closing time must differ from the opening time",
                    )),
                    // A closing time before the opening one runs past midnight.
                    (Some(a), Some(b)) => {
                        week.days[i].push((a, if b < a { b + DAY_MINUTES } else { b }))
                    }
                },
            }
        }
        let p = &mut week.days[i];
        p.sort_unstable();
        if p.len() == 2 && p[0].1 > p[1].0 {
            errors.push(FieldError::new(
                format!("week.{day}.from2"),
                "the two periods overlap: the second must start after the first ends",
            ));
        }
    }
    Some(if errors.is_empty() {
        Ok(week)
    } else {
        Err(errors)
    })
}

/// The week editor as the template `partials/week-editor.html` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct WeekForm {
    /// Rows are shown; `false` when the expression says more than rows can, and is edited as text.
    pub rows: bool,
    pub days: Vec<DayRow>,
    pub holidays_closed: bool,
    /// The expression, for the text field (always sent, so nothing is lost).
    pub raw: String,
    /// Problems by field name (`week.mo.to1`, `opening_hours`).
    pub errors: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DayRow {
    /// `mo` … `su`.
    pub code: &'static str,
    /// 1 = Monday … 7 = Sunday (the `day-N` messages).
    pub weekday: usize,
    pub closed: bool,
    pub from1: String,
    pub to1: String,
    pub from2: String,
    pub to2: String,
}

impl WeekForm {
    /// The editor for an expression (empty: no hours yet, so rows, and holidays closed as offices
    /// are).
    pub fn of(expr: &str) -> WeekForm {
        let expr = expr.trim();
        let week = if expr.is_empty() {
            Some(Week {
                holidays_closed: true,
                ..Week::default()
            })
        } else {
            Week::decompose(expr)
        };
        let rows = week.is_some();
        let week = week.unwrap_or_default();
        let days = DAYS
            .iter()
            .enumerate()
            .map(|(i, code)| {
                let p = &week.days[i];
                let at = |n: usize, end: bool| {
                    p.get(n)
                        .map(|(a, b)| clock(if end { *b } else { *a }))
                        .unwrap_or_default()
                };
                DayRow {
                    code,
                    weekday: i + 1,
                    closed: rows && !expr.is_empty() && p.is_empty(),
                    from1: at(0, false),
                    to1: at(0, true),
                    from2: at(1, false),
                    to2: at(1, true),
                }
            })
            .collect();
        WeekForm {
            rows,
            days,
            holidays_closed: week.holidays_closed,
            raw: expr.to_string(),
            errors: BTreeMap::new(),
        }
    }

    /// The editor showing what was submitted, with its problems, so nothing typed is lost.
    pub fn submitted(pairs: &[(String, String)], errors: &[FieldError]) -> WeekForm {
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| n == k)
                .map_or(String::new(), |(_, v)| v.trim().to_string())
        };
        let rows = get("week.mode") == "rows";
        let days = DAYS
            .iter()
            .enumerate()
            .map(|(i, code)| DayRow {
                code,
                weekday: i + 1,
                closed: !get(&format!("week.{code}.closed")).is_empty(),
                from1: get(&format!("week.{code}.from1")),
                to1: get(&format!("week.{code}.to1")),
                from2: get(&format!("week.{code}.from2")),
                to2: get(&format!("week.{code}.to2")),
            })
            .collect();
        WeekForm {
            rows,
            days,
            holidays_closed: get("week.holidays") != "open",
            raw: get("opening_hours"),
            errors: errors
                .iter()
                .filter(|e| e.field.starts_with("week.") || e.field == "opening_hours")
                .map(|e| (e.field.clone(), e.message.clone()))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn week(days: &[(usize, &[Period])], holidays_closed: bool) -> Week {
        let mut w = Week {
            holidays_closed,
            ..Week::default()
        };
        for (d, p) in days {
            w.days[*d] = p.to_vec();
        }
        w
    }

    const OFFICE: Period = (480, 960);

    #[test]
    fn compose_table() {
        let cases: Vec<(Week, Option<&str>)> = vec![
            (Week::default(), None),
            (week(&[], true), None),
            (
                week(
                    &[
                        (0, &[OFFICE]),
                        (1, &[OFFICE]),
                        (2, &[OFFICE]),
                        (3, &[OFFICE]),
                        (4, &[OFFICE]),
                    ],
                    true,
                ),
                Some("Mo-Fr 08:00-16:00; PH off"),
            ),
            (
                week(
                    &[
                        (0, &[(480, 1080)]),
                        (1, &[OFFICE]),
                        (2, &[OFFICE]),
                        (3, &[OFFICE]),
                        (4, &[OFFICE]),
                    ],
                    false,
                ),
                Some("Mo 08:00-18:00; Tu-Fr 08:00-16:00"),
            ),
            (
                week(
                    &[
                        (0, &[(540, 720), (780, 1020)]),
                        (2, &[(540, 720), (780, 1020)]),
                    ],
                    false,
                ),
                Some("Mo,We 09:00-12:00,13:00-17:00"),
            ),
            (
                week(&[(4, &[(1320, 1560)]), (5, &[(1320, 1560)])], false),
                Some("Fr,Sa 22:00-02:00"),
            ),
            (
                week(
                    &[
                        (0, &[OFFICE]),
                        (1, &[OFFICE]),
                        (2, &[OFFICE]),
                        (4, &[OFFICE]),
                        (5, &[(600, 840)]),
                    ],
                    true,
                ),
                Some("Mo-We,Fr 08:00-16:00; Sa 10:00-14:00; PH off"),
            ),
            (week(&[(6, &[(0, 1440)])], false), Some("Su 00:00-24:00")),
        ];
        for (w, expected) in cases {
            let composed = w.compose();
            assert_eq!(composed.as_deref(), expected, "{w:?}");
            if let Some(c) = composed {
                // What is composed is read by the evaluating crate, and back into the same rows.
                crate::directory::hours::Hours::parse(&c).unwrap();
                assert_eq!(Week::decompose(&c).as_ref(), Some(&w), "{c}");
            }
        }
    }

    #[test]
    fn decompose_table() {
        let all = |p: &[Period]| -> Week {
            let mut w = Week::default();
            for d in 0..7 {
                w.days[d] = p.to_vec();
            }
            w
        };
        let cases: Vec<(&str, Option<Week>)> = vec![
            (
                "Mo-Fr 08:00-16:00; PH off",
                Some(week(
                    &[
                        (0, &[OFFICE]),
                        (1, &[OFFICE]),
                        (2, &[OFFICE]),
                        (3, &[OFFICE]),
                        (4, &[OFFICE]),
                    ],
                    true,
                )),
            ),
            (
                "Mo-Fr 08:00-16:00; We off",
                Some(week(
                    &[
                        (0, &[OFFICE]),
                        (1, &[OFFICE]),
                        (3, &[OFFICE]),
                        (4, &[OFFICE]),
                    ],
                    false,
                )),
            ),
            (
                "Mo 08:00-12:00, Mo 13:00-16:00",
                Some(week(&[(0, &[(480, 720), (780, 960)])], false)),
            ),
            ("24/7", Some(all(&[(0, 1440)]))),
            (
                "Su-Tu 10:00-12:00",
                Some(week(
                    &[(0, &[(600, 720)]), (1, &[(600, 720)]), (6, &[(600, 720)])],
                    false,
                )),
            ),
            (
                "Fr-Sa 22:00-02:00",
                Some(week(&[(4, &[(1320, 1560)]), (5, &[(1320, 1560)])], false)),
            ),
            // Beyond rows: kept as text.
            ("PH off; Mo-Fr 08:00-16:00", None),
            ("Mo-Fr 08:00-10:00,11:00-12:00,13:00-14:00", None),
            ("Mo-Fr 08:00-16:00 \"by appointment\"", None),
            ("Jan-Mar Mo-Fr 08:00-16:00", None),
            ("Mo[1] 10:00-12:00", None),
            ("Mo-Fr sunrise-sunset", None),
            ("Mo-Fr 08:00+", None),
            ("Mo-Fr unknown", None),
            ("Mo-Fr 08:00-16:00 || Sa unknown", None),
            ("Mo 08:00-12:00, Mo 11:00-16:00", None),
            ("PH 10:00-12:00", None),
            ("not hours", None),
        ];
        for (expr, expected) in cases {
            assert_eq!(Week::decompose(expr), expected, "{expr}");
        }
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn rows_from_a_form_with_their_errors() {
        assert!(from_form(&pairs(&[("opening_hours", "24/7")])).is_none());
        let ok = from_form(&pairs(&[
            ("week.mode", "rows"),
            ("week.mo.from1", "8:00"),
            ("week.mo.to1", "16:00"),
            ("week.tu.closed", "on"),
            ("week.fr.from1", "22:00"),
            ("week.fr.to1", "02:00"),
            ("week.holidays", "open"),
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(
            ok.compose().as_deref(),
            Some("Mo 08:00-16:00; Fr 22:00-02:00")
        );
        let errors = from_form(&pairs(&[
            ("week.mode", "rows"),
            ("week.mo.from1", "8"),
            ("week.mo.to1", "16:00"),
            ("week.tu.from1", "08:00"),
            ("week.we.from1", "09:00"),
            ("week.we.to1", "13:00"),
            ("week.we.from2", "12:00"),
            ("week.we.to2", "15:00"),
            ("week.th.from1", "24:00"),
            ("week.th.to1", "24:00"),
        ]))
        .unwrap()
        .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "week.mo.from1",
                "week.tu.to1",
                "week.we.from2",
                "week.th.from1"
            ]
        );
    }

    // Issue 10's leftover: times typed under a ticked "closed" were dropped without a word.
    #[test]
    fn times_under_a_ticked_closed_are_refused_on_that_day() {
        for typed in [
            "week.sa.from1",
            "week.sa.to1",
            "week.sa.from2",
            "week.sa.to2",
        ] {
            let errors = from_form(&pairs(&[
                ("week.mode", "rows"),
                ("week.mo.from1", "08:00"),
                ("week.mo.to1", "16:00"),
                ("week.sa.closed", "on"),
                (typed, "10:00"),
                ("week.su.closed", "on"),
            ]))
            .unwrap()
            .unwrap_err();
            assert_eq!(errors.len(), 1, "{typed}: {errors:?}");
            assert_eq!(errors[0].field, "week.sa.closed", "{typed}");
            assert_eq!(errors[0].message, CLOSED_WITH_HOURS);
        }
        // Blank times (a browser sends the empty fields) under "closed" are no times.
        let week = from_form(&pairs(&[
            ("week.mode", "rows"),
            ("week.mo.from1", "08:00"),
            ("week.mo.to1", "16:00"),
            ("week.sa.closed", "on"),
            ("week.sa.from1", " "),
            ("week.sa.to1", ""),
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(week.compose().as_deref(), Some("Mo 08:00-16:00; PH off"));
    }

    #[test]
    fn the_form_shows_rows_or_keeps_the_text() {
        let f = WeekForm::of("Mo-Fr 08:00-16:00; PH off");
        assert!(f.rows && f.holidays_closed);
        assert_eq!(
            (f.days[0].from1.as_str(), f.days[0].to1.as_str()),
            ("08:00", "16:00")
        );
        assert!(f.days[6].closed && !f.days[0].closed);
        let f = WeekForm::of("Mo-Fr 08:00-16:00 \"by appointment\"");
        assert!(!f.rows);
        assert_eq!(f.raw, "Mo-Fr 08:00-16:00 \"by appointment\"");
        let f = WeekForm::of("");
        assert!(f.rows && f.holidays_closed && !f.days[0].closed);
    }
}
