//! `GET /account/`: an organisation sees its own services (and only those), each with the date it
//! was last verified and a warning when that is more than six months ago, since stale entries are
//! what makes people stop trusting a directory; an editor sees the editors' pages.

use axum::response::Response;
use serde::Serialize;

use super::super::error::PageError;
use super::super::views::{TextView, localised};
use super::session::Account;
use super::visitor::Visitor;
use crate::urls;

#[derive(Serialize)]
struct Dashboard<'a> {
    editor: bool,
    organisation: Option<TextView<'a>>,
    services: Vec<ServiceRow<'a>>,
    accounts_href: String,
    audit_href: String,
    logout_action: String,
}

#[derive(Serialize)]
struct ServiceRow<'a> {
    name: Option<TextView<'a>>,
    href: String,
    /// `YYYY-MM-DD`, for the template's `date()`.
    verified: String,
    stale: bool,
}

/// `/account` → `/account/`.
pub async fn add_slash(v: Visitor) -> Response {
    v.see_other(&v.url(""))
}

/// The day six calendar months before `today` (the last day of that month when it is shorter).
pub(super) fn six_months_before(today: time::Date) -> time::Date {
    let months = today.year() * 12 + i32::from(u8::from(today.month())) - 1 - 6;
    let (year, month0) = (months.div_euclid(12), months.rem_euclid(12));
    let month = time::Month::try_from(month0 as u8 + 1).unwrap_or(time::Month::January);
    let day = today.day().min(month.length(year));
    time::Date::from_calendar_date(year, month, day).unwrap_or(today)
}

pub async fn show(a: Account) -> Result<Response, PageError> {
    let v = &a.visitor;
    let site = &*v.site;
    let today = time::OffsetDateTime::from_unix_timestamp(v.now.timestamp())
        .map(|t| t.date())
        .unwrap_or(time::Date::MIN);
    let limit = six_months_before(today);
    let mut organisation = None;
    let mut services = Vec::new();
    if let Some(org) = a.organisation() {
        // Only this organisation's services, whatever the request says.
        for s in site
            .directory
            .services
            .values()
            .filter(|s| s.organization.id == org)
        {
            organisation = localised(site, &v.lang, &s.organization.name);
            services.push(ServiceRow {
                name: localised(site, &v.lang, &s.name),
                href: urls::service(&v.lang, &s.id),
                verified: s.verified.to_string(),
                stale: s.verified < limit,
            });
        }
    }
    v.page(
        "dashboard.html",
        &Dashboard {
            editor: a.is_editor(),
            organisation,
            services,
            accounts_href: v.url("accounts"),
            audit_href: v.url("audit"),
            logout_action: v.url("logout"),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn six_months_back_in_the_calendar() {
        assert_eq!(
            six_months_before(date!(2026 - 12 - 02)),
            date!(2026 - 06 - 02)
        );
        assert_eq!(
            six_months_before(date!(2026 - 03 - 15)),
            date!(2025 - 09 - 15)
        );
        assert_eq!(
            six_months_before(date!(2026 - 08 - 31)),
            date!(2026 - 02 - 28)
        );
    }
}
