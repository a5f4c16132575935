//! The directory of services on the fixture in `tests/fixtures/directory-site`: filters and their
//! combinations, "open now" at fixed instants (a weekday, a weekend, a public holiday, across
//! midnight, the daylight-saving changes), the pages, the JSON and HSDS API (judged by Open
//! Referral's published schemas), the export, the search hook and every `witaj check` error with
//! its line.
//!
//! Every request runs through the real router with its clock stopped (`TestSite::app_at`), so
//! "open now" is deterministic.

#[path = "../common/mod.rs"]
mod common;

mod api;
mod check;
mod edit;
mod filters;
mod hours;
mod hsds;
mod hsds_schema;
mod pages;

use chrono::{DateTime, Utc};

use common::TestSite;
use witaj::directory::hours::warsaw;

// Fixed instants, all in Warsaw time.

/// Tuesday 24 November 2026, 10:00: a working day.
fn tuesday() -> DateTime<Utc> {
    at(2026, 11, 24, 10, 0)
}

/// Saturday 28 November 2026, 12:00.
fn saturday() -> DateTime<Utc> {
    at(2026, 11, 28, 12, 0)
}

/// Wednesday 11 November 2026, 10:00: Independence Day, a public holiday.
fn holiday() -> DateTime<Utc> {
    at(2026, 11, 11, 10, 0)
}

/// An instant given as a Warsaw wall-clock time.
#[track_caller]
fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    warsaw(y, m, d, h, min).expect("a local time that exists")
}

/// A fresh copy of the directory fixture.
fn site() -> TestSite {
    TestSite::fixture("directory-site")
}
