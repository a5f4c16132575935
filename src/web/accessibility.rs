//! `/{lang}/accessibility`: the accessibility statement on the ministry's template, linked from
//! every page's footer. The element ids (`a11y-…`) are the template's; monitoring tools look for
//! them, so they must not change.

use axum::response::Response;
use serde::Serialize;

use super::error::PageError;
use super::reader::Reader;
use super::render::{frame, page};
use super::views::{InLanguage, in_language};

pub async fn statement(r: Reader) -> Result<Response, PageError> {
    let (site, lang) = (&*r.site, r.lang.as_str());
    let s = &site.statement;
    let all = site.config.codes();
    let f = frame(site, lang, "accessibility", lang, &all);

    #[derive(Serialize)]
    struct StatementPage<'a> {
        s: &'a crate::content::statement::Statement,
        url: &'a str,
        published: String,
        updated: String,
        prepared: String,
        reviewed: Option<String>,
        issues: Option<InLanguage<'a, Vec<String>>>,
        method: Option<InLanguage<'a, String>>,
        architecture: Option<InLanguage<'a, String>>,
        communication: Option<InLanguage<'a, String>>,
        phone_href: Option<String>,
        is_source_language: bool,
    }
    let p = StatementPage {
        s,
        url: &site.config.base_url,
        published: s.published.to_string(),
        updated: s.updated.to_string(),
        prepared: s.prepared.to_string(),
        reviewed: s.reviewed.map(|d| d.to_string()),
        issues: in_language(site, lang, &s.issues),
        method: in_language(site, lang, &s.method),
        architecture: in_language(site, lang, &s.architecture),
        communication: in_language(site, lang, &s.communication),
        // The loader refused a phone that is not one, so this is the `tel:` form of a valid number.
        phone_href: s
            .phone
            .as_deref()
            .and_then(|p| crate::validate::phone(p).ok())
            .map(|p| p.tel),
        is_source_language: lang == site.config.source_language,
    };
    page(site, "statement.html", f, p)
}
