//! Turning a template and its context into a response, with what every page shares: the language
//! and direction, the switcher that keeps the reader on the same page, hreflang alternates and the
//! canonical link.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use minijinja::Value;
use serde::Serialize;

use crate::site::Site;

/// What stays readable in the switcher's `next=`: paths keep their slashes; a query string's
/// `?`, `&`, `=` and everything else are encoded.
const NEXT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'/')
    .remove(b'-')
    .remove(b'_')
    .remove(b'.');

/// The language switcher's entry for one language.
#[derive(Serialize)]
pub struct Switch {
    code: String,
    name: String,
    dir: &'static str,
    href: String,
    current: bool,
}

#[derive(Serialize)]
pub struct Alternate {
    pub hreflang: String,
    pub href: String,
}

/// What the base template needs on every page.
#[derive(Serialize)]
pub struct Frame {
    pub lang: String,
    pub dir: &'static str,
    pub languages: Vec<Switch>,
    pub canonical: String,
    pub alternates: Vec<Alternate>,
    pub base_url: String,
}

/// `inner` is the page's path inside a language (`guides/pesel`, or empty for the home page);
/// `alternates` the languages in which the page really exists (a fallback is not an alternate).
/// `inner` may end in a query string (`search?q=pesel`): the switcher keeps it, so a reader
/// changing language stays on the same search or filtered list; canonical and alternate links do
/// not carry it.
pub fn frame(
    site: &Site,
    lang: &str,
    inner: &str,
    canonical_lang: &str,
    alternates: &[&str],
) -> Frame {
    let next = percent_encoding::utf8_percent_encode(inner, NEXT).to_string();
    let inner = inner.split_once('?').map_or(inner, |(path, _)| path);
    let base = &site.config.base_url;
    let dir = site.config.language(lang).map_or("ltr", |l| l.dir.as_str());
    let languages = site
        .config
        .languages
        .iter()
        .map(|l| Switch {
            code: l.code.clone(),
            name: l.name.clone(),
            dir: l.dir.as_str(),
            href: if inner.is_empty() {
                format!("/set-lang/{}", l.code)
            } else {
                format!("/set-lang/{}?next={next}", l.code)
            },
            current: l.code == lang,
        })
        .collect();
    let mut alts: Vec<Alternate> = alternates
        .iter()
        .map(|code| Alternate {
            hreflang: code.to_string(),
            href: format!("{base}/{code}/{inner}"),
        })
        .collect();
    if !alts.is_empty() {
        alts.push(Alternate {
            hreflang: "x-default".into(),
            href: format!("{base}/{}/{inner}", site.config.source_language),
        });
    }
    Frame {
        lang: lang.to_string(),
        dir,
        languages,
        canonical: format!("{base}/{canonical_lang}/{inner}"),
        alternates: alts,
        base_url: base.clone(),
    }
}

/// Renders `template` with the frame and page context; a template error becomes the 500 page.
pub fn page(
    site: &Site,
    template: &str,
    frame: Frame,
    page: impl Serialize,
    status: StatusCode,
) -> Response {
    let lang = frame.lang.clone();
    let ctx = minijinja::context! { page => Value::from(minijinja::value::Serde(&page)), ..Value::from(minijinja::value::Serde(&frame)) };
    match site
        .theme
        .env
        .get_template(template)
        .and_then(|t| t.render(ctx))
    {
        Ok(html) => html_response(html, status),
        Err(e) => {
            tracing::error!(template, error = %e, detail = ?e.detail(), "template failed");
            super::error::internal_page(site, &lang)
        }
    }
}

pub fn html_response(html: String, status: StatusCode) -> Response {
    let mut r = (status, Html(html)).into_response();
    // Pages change when the site is reloaded: let browsers keep them, but ask (cheaply, with the
    // ETag) every time.
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}
