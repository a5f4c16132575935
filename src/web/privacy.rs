//! `/{lang}/privacy`: what the portal records about visits, why, for how long, and who to ask,
//! linked from every page's footer. The periods shown are the ones the code applies (the search
//! gaps' retention, `[feedback] comment_retention_months`), so the notice cannot drift from what
//! happens; the operator is the one named in the accessibility statement
//! (`content/accessibility.toml`), whose missing fields `witaj check` already reports.

use axum::response::Response;
use serde::Serialize;

use super::error::PageError;
use super::reader::Reader;
use super::render::{frame, page};

pub async fn notice(r: Reader) -> Result<Response, PageError> {
    let (site, lang) = (&*r.site, r.lang.as_str());
    let s = &site.statement;
    let all = site.config.codes();
    let f = frame(site, lang, "privacy", lang, &all);

    #[derive(Serialize)]
    struct Operator<'a> {
        organization: Option<&'a str>,
        contact_person: Option<&'a str>,
        email: Option<&'a str>,
        phone: Option<&'a str>,
        phone_href: Option<String>,
    }
    #[derive(Serialize)]
    struct PrivacyPage<'a> {
        gap_days: u32,
        comment_months: u32,
        /// `None` when the statement names nobody to contact.
        operator: Option<Operator<'a>>,
    }
    let operator = Operator {
        organization: s.organization.as_deref(),
        contact_person: s.contact_person.as_deref(),
        email: s.email.as_deref(),
        phone: s.phone.as_deref(),
        // The loader refused a phone that is not one, so this is the `tel:` form of a valid number.
        phone_href: s
            .phone
            .as_deref()
            .and_then(|p| crate::validate::phone(p).ok())
            .map(|p| p.tel),
    };
    let named = operator.organization.is_some()
        || operator.contact_person.is_some()
        || operator.email.is_some()
        || operator.phone.is_some();
    let p = PrivacyPage {
        gap_days: crate::state::DEFAULT_RETENTION_DAYS,
        comment_months: site.config.feedback.comment_retention_months,
        operator: named.then_some(operator),
    };
    page(site, "privacy.html", f, p)
}
