//! Services whose facts nobody has confirmed for months: stale records are the main reason people
//! stop trusting a directory, so `witaj stale` lists them for a monthly reminder, oldest first.

use serde::Serialize;
use time::{Date, Month};

use crate::directory::Directory;

/// One service not verified since before the cut-off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaleService {
    pub id: String,
    /// In the source language.
    pub name: String,
    pub organization_id: String,
    pub organization: String,
    /// ISO date (`2026-03-01`).
    pub verified: String,
    /// The file, relative to the site folder.
    pub path: String,
}

/// Services last verified before `today` minus `months`, oldest first (then by id).
pub fn stale(directory: &Directory, source: &str, today: Date, months: u32) -> Vec<StaleService> {
    let cutoff = months_before(today, months);
    let mut out: Vec<(Date, StaleService)> = directory
        .services
        .values()
        .filter(|s| s.verified < cutoff)
        .map(|s| {
            let name = |t: &crate::directory::Text| t.get(source).unwrap_or_default().to_string();
            (
                s.verified,
                StaleService {
                    id: s.id.clone(),
                    name: name(&s.name),
                    organization_id: s.organization.id.clone(),
                    organization: name(&s.organization.name),
                    verified: s.verified.to_string(),
                    path: s.path.to_string_lossy().replace('\\', "/"),
                },
            )
        })
        .collect();
    out.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    out.into_iter().map(|(_, s)| s).collect()
}

/// The same day `months` calendar months earlier, or the month's last day when it is shorter
/// (31 August minus 6 months is 28 or 29 February).
pub fn months_before(date: Date, months: u32) -> Date {
    let total = date.year() * 12 + i32::from(u8::from(date.month())) - 1 - months as i32;
    let (year, month) = (total.div_euclid(12), total.rem_euclid(12) + 1);
    let month = u8::try_from(month)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .unwrap_or(Month::January);
    let day = date.day().min(time::util::days_in_month(month, year));
    Date::from_calendar_date(year, month, day).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn months_back_keep_the_day_or_take_the_last_one() {
        assert_eq!(
            months_before(date!(2026 - 12 - 02), 6),
            date!(2026 - 06 - 02)
        );
        assert_eq!(
            months_before(date!(2026 - 08 - 31), 6),
            date!(2026 - 02 - 28)
        );
        assert_eq!(
            months_before(date!(2026 - 03 - 15), 3),
            date!(2025 - 12 - 15)
        );
        assert_eq!(
            months_before(date!(2026 - 03 - 15), 0),
            date!(2026 - 03 - 15)
        );
        assert_eq!(
            months_before(date!(2024 - 08 - 31), 30),
            date!(2022 - 02 - 28)
        );
    }
}
