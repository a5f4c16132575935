//! `GET /account/`: an organisation sees its own services (and only those), each with the date it
//! was last verified and a warning when that is more than six months ago, since stale entries are
//! what makes people stop trusting a directory; each with "edit", "still correct" and the state of
//! its newest submission (pending, or refused with the editor's reason). An editor sees the
//! editors' pages and how many submissions wait for review.

use std::collections::HashMap;

use axum::response::Response;
use serde::Serialize;

use super::super::error::PageError;
use super::super::views::{TextView, localised};
use super::blocking;
use super::session::Account;
use super::visitor::Visitor;
use crate::state::{Decision, Submission};
use crate::urls;

#[derive(Serialize)]
struct Dashboard<'a> {
    editor: bool,
    organisation: Option<TextView<'a>>,
    services: Vec<ServiceRow<'a>>,
    /// New services this organisation proposed that are pending or were refused.
    proposals: Vec<Proposal>,
    new_href: String,
    accounts_href: String,
    audit_href: String,
    review_href: String,
    /// Editors: how many submissions wait.
    pending: usize,
    logout_action: String,
}

#[derive(Serialize)]
struct ServiceRow<'a> {
    name: Option<TextView<'a>>,
    /// The id, for the buttons' accessible names.
    id: String,
    href: String,
    edit_href: String,
    verify_action: String,
    /// `YYYY-MM-DD`, for the template's `date()`.
    verified: String,
    stale: bool,
    /// The newest submission's state, when it is pending or was refused.
    submission: Option<SubmissionState>,
}

#[derive(Serialize)]
struct SubmissionState {
    pending: bool,
    /// The editor's reason, when refused.
    reason: String,
}

#[derive(Serialize)]
struct Proposal {
    name: String,
    submission: SubmissionState,
}

/// What the organisation should see of its newest submission: pending, or refused with the
/// reason; nothing once approved (the page shows the new facts).
fn state_of(s: &Submission) -> Option<SubmissionState> {
    match s.decision {
        None => Some(SubmissionState {
            pending: true,
            reason: String::new(),
        }),
        Some(Decision::Rejected) => Some(SubmissionState {
            pending: false,
            reason: s.reason.clone(),
        }),
        Some(Decision::Approved) => None,
    }
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
    let mut proposals = Vec::new();
    let org_id = a.organisation().map(str::to_string);
    let editor = a.is_editor();
    let (mine, pending) = blocking(v.state.store_handle(), move |s| {
        let mine = match &org_id {
            Some(org) => s.submissions_of(org, 500)?,
            None => Vec::new(),
        };
        let pending = if editor {
            s.pending_submissions()?.len()
        } else {
            0
        };
        Ok::<_, crate::state::StoreError>((mine, pending))
    })
    .await?;
    // Newest first: the first one seen per service is its state.
    let mut newest: HashMap<&str, &Submission> = HashMap::new();
    for s in &mine {
        newest.entry(s.service_id()).or_insert(s);
    }
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
                id: s.id.clone(),
                href: urls::service(&v.lang, &s.id),
                edit_href: v.url(&format!("services/{}/edit", s.id)),
                verify_action: v.url(&format!("services/{}/verified", s.id)),
                verified: s.verified.to_string(),
                stale: s.verified < limit,
                submission: newest.get(s.id.as_str()).and_then(|s| state_of(s)),
            });
        }
        let source = &site.config.source_language;
        for s in &mine {
            let proposed = s.service.is_none()
                && !site.directory.services.contains_key(&s.draft.id)
                && newest.get(s.service_id()).is_some_and(|n| n.id == s.id);
            if let Some(state) = proposed.then(|| state_of(s)).flatten() {
                proposals.push(Proposal {
                    name: s.draft.text("name", source).to_string(),
                    submission: state,
                });
            }
        }
    }
    v.page(
        "dashboard.html",
        &Dashboard {
            editor: a.is_editor(),
            organisation,
            services,
            proposals,
            new_href: v.url("services/new"),
            accounts_href: v.url("accounts"),
            audit_href: v.url("audit"),
            review_href: v.url("review"),
            pending,
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
