//! `/{lang}/accessibility`: the accessibility statement on the ministry's template, linked from
//! every page's footer. The element ids (`a11y-…`) are the template's; monitoring tools look for
//! them, so they must not change.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Serialize;

use super::AppState;
use super::params::Params;
use super::render::{frame, page};
use crate::site::Site;

/// A per-language text in the reader's language or the nearest fallback, with the language it is
/// really in (for its `lang` attribute).
#[derive(Serialize)]
struct Localised<'a, T: Serialize> {
    text: &'a T,
    lang: &'a str,
    dir: &'static str,
}

fn localise<'a, T: Serialize>(
    site: &'a Site,
    lang: &'a str,
    texts: &'a BTreeMap<String, T>,
) -> Option<Localised<'a, T>> {
    site.config.chain(lang).into_iter().find_map(|code| {
        texts.get(code).map(|text| Localised {
            text,
            lang: code,
            dir: site.config.language(code).map_or("ltr", |l| l.dir.as_str()),
        })
    })
}

pub async fn statement(State(state): State<AppState>, params: Params) -> Response {
    let site = state.site();
    let lang = params.lang.as_str();
    let s = &site.statement;
    let all = site.config.codes();
    let f = frame(&site, lang, "accessibility", lang, &all);

    #[derive(Serialize)]
    struct StatementPage<'a> {
        s: &'a crate::content::statement::Statement,
        url: &'a str,
        published: String,
        updated: String,
        prepared: String,
        reviewed: Option<String>,
        issues: Option<Localised<'a, Vec<String>>>,
        method: Option<Localised<'a, String>>,
        architecture: Option<Localised<'a, String>>,
        communication: Option<Localised<'a, String>>,
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
        issues: localise(&site, lang, &s.issues),
        method: localise(&site, lang, &s.method),
        architecture: localise(&site, lang, &s.architecture),
        communication: localise(&site, lang, &s.communication),
        phone_href: s.phone.as_ref().map(|p| {
            p.chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect()
        }),
        is_source_language: lang == site.config.source_language,
    };
    page(&site, "statement.html", f, p, StatusCode::OK)
}
