//! "Open now" at fixed instants: a weekday, a weekend, a public holiday, across midnight, on the
//! nights the clocks change, and a location with hours of its own.

use chrono::{DateTime, Utc};
use witaj::Site;
use witaj::directory::hours::{Hours, State};

use crate::filters::found;
use crate::{at, holiday, saturday, site, tuesday};

#[track_caller]
fn utc(s: &str) -> DateTime<Utc> {
    s.parse().expect("an RFC 3339 instant")
}

fn state_of(site: &Site, id: &str, now: DateTime<Utc>) -> State {
    site.directory.services[id]
        .hours
        .as_ref()
        .expect("hours")
        .state(now)
}

fn local(t: &DateTime<chrono_tz::Tz>) -> String {
    t.format("%Y-%m-%d %H:%M %Z").to_string()
}

#[test]
fn open_now_on_a_weekday_a_weekend_and_a_holiday() {
    let s = site();
    let site = s.site();
    match state_of(&site, "legal-gdynia-uk", tuesday()) {
        State::Open { until: Some(t) } => assert_eq!(local(&t), "2026-11-24 17:00 CET"),
        other => panic!("{other:?}"),
    }
    match state_of(&site, "legal-gdynia-uk", saturday()) {
        State::Closed { opens: Some(t) } => assert_eq!(local(&t), "2026-11-30 09:00 CET"),
        other => panic!("{other:?}"),
    }
    // Independence Day: closed, opens the next morning.
    match state_of(&site, "legal-gdynia-uk", holiday()) {
        State::Closed { opens: Some(t) } => assert_eq!(local(&t), "2026-11-12 09:00 CET"),
        other => panic!("{other:?}"),
    }
    // Christmas Eve is a public holiday in Poland from 2025.
    assert!(!state_of(&site, "legal-gdynia-uk", at(2026, 12, 24, 10, 0)).is_open());
    assert_eq!(
        state_of(&site, "always-open", holiday()),
        State::Open { until: None }
    );
    assert!(state_of(&site, "social-gdynia-saturday", saturday()).is_open());
    assert!(!state_of(&site, "social-gdynia-saturday", tuesday()).is_open());
}

#[test]
fn open_across_midnight() {
    let s = site();
    let site = s.site();
    // Fr-Sa 22:00-02:00: Friday night into Saturday, and Saturday night into Sunday.
    match state_of(&site, "night-line", at(2026, 11, 27, 23, 30)) {
        State::Open { until: Some(t) } => assert_eq!(local(&t), "2026-11-28 02:00 CET"),
        other => panic!("{other:?}"),
    }
    assert!(state_of(&site, "night-line", at(2026, 11, 28, 1, 30)).is_open());
    assert!(!state_of(&site, "night-line", at(2026, 11, 28, 3, 0)).is_open());
    assert!(state_of(&site, "night-line", at(2026, 11, 29, 1, 0)).is_open());
    assert!(!state_of(&site, "night-line", at(2026, 11, 30, 1, 0)).is_open());
    match state_of(&site, "night-line", tuesday()) {
        State::Closed { opens: Some(t) } => assert_eq!(local(&t), "2026-11-27 22:00 CET"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn open_now_follows_the_daylight_saving_changes() {
    let weekday = Hours::parse("Mo-Fr 08:00-16:00; PH off").unwrap();
    // Monday 30 March 2026, summer time (UTC+2): 06:30 UTC is 08:30 in Warsaw.
    assert!(weekday.is_open(utc("2026-03-30T06:30:00Z")));
    assert!(!weekday.is_open(utc("2026-03-30T05:30:00Z")));
    // Monday 26 October 2026, winter time again (UTC+1): 06:30 UTC is 07:30 in Warsaw.
    assert!(!weekday.is_open(utc("2026-10-26T06:30:00Z")));
    assert!(weekday.is_open(utc("2026-10-26T07:30:00Z")));

    // On the night the clocks go forward (29 March 2026, 02:00 → 03:00) a Sunday 01:00-04:00
    // schedule lasts two real hours, and closes at 04:00 summer time.
    let sunday_night = Hours::parse("Su 01:00-04:00").unwrap();
    match sunday_night.state(utc("2026-03-29T00:30:00Z")) {
        State::Open { until: Some(t) } => {
            assert_eq!(local(&t), "2026-03-29 04:00 CEST");
            assert_eq!(t.with_timezone(&Utc), utc("2026-03-29T02:00:00Z"));
        }
        other => panic!("{other:?}"),
    }
    assert!(sunday_night.is_open(utc("2026-03-29T01:30:00Z")));
    assert!(!sunday_night.is_open(utc("2026-03-29T02:30:00Z")));
    // On the night they go back (25 October 2026, 03:00 → 02:00) it lasts four.
    match sunday_night.state(utc("2026-10-25T00:30:00Z")) {
        State::Open { until: Some(t) } => {
            assert_eq!(t.with_timezone(&Utc), utc("2026-10-25T03:00:00Z"))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_location_with_its_own_hours() {
    let s = site();
    let site = s.site();
    let svc = &site.directory.services["two-places"];
    let main = svc.hours_at(&svc.locations[0]).unwrap();
    let branch = svc.hours_at(&svc.locations[1]).unwrap();
    assert!(main.is_open(tuesday()) && !branch.is_open(tuesday()));
    let afternoon = at(2026, 11, 24, 14, 0);
    assert!(!main.is_open(afternoon) && branch.is_open(afternoon));
    // Open now if any of its places is open.
    assert!(found(&site, "open=1", afternoon).contains("two-places"));
    assert!(!found(&site, "open=1", at(2026, 11, 24, 17, 0)).contains("two-places"));
}
