//! Turning a template and its context into a response, with what every page shares: the language
//! and direction, the switcher that keeps the reader on the same page, hreflang alternates and the
//! canonical link.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use minijinja::Value;
use serde::Serialize;

use super::dev;
use super::error::PageError;
use super::reader::direction;
use crate::config::Direction;
use crate::site::Site;
use crate::urls;

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
    pub code: String,
    pub name: String,
    pub dir: Direction,
    /// Pages outside the languages (`/account/…`) point this at themselves.
    pub href: String,
    pub current: bool,
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
    pub dir: Direction,
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
    let dir = direction(site, lang);
    let languages = site
        .config
        .languages
        .iter()
        .map(|l| Switch {
            code: l.code.clone(),
            name: l.name.clone(),
            dir: l.dir,
            href: urls::set_language(&l.code, if inner.is_empty() { "" } else { &next }),
            current: l.code == lang,
        })
        .collect();
    let mut alts: Vec<Alternate> = alternates
        .iter()
        .map(|code| Alternate {
            hreflang: code.to_string(),
            href: urls::absolute(base, &urls::within(code, inner)),
        })
        .collect();
    if !alts.is_empty() {
        alts.push(Alternate {
            hreflang: "x-default".into(),
            href: urls::absolute(base, &urls::within(&site.config.source_language, inner)),
        });
    }
    Frame {
        lang: lang.to_string(),
        dir,
        languages,
        canonical: urls::absolute(base, &urls::within(canonical_lang, inner)),
        alternates: alts,
        base_url: base.clone(),
    }
}

/// Renders `template` with the frame and the page's own context. In watch mode the context also
/// holds `dev`, the reload status the banner shows (`web/dev.rs`); elsewhere `dev` is none.
pub fn render(
    site: &Site,
    template: &str,
    frame: &Frame,
    page: &impl Serialize,
) -> Result<String, minijinja::Error> {
    let dev = dev::current().map(|d| Value::from(minijinja::value::Serde(d.as_ref())));
    let ctx = minijinja::context! {
        page => Value::from(minijinja::value::Serde(page)),
        dev => dev,
        ..Value::from(minijinja::value::Serde(frame))
    };
    site.theme.env.get_template(template)?.render(ctx)
}

/// A page answered 200; a template that fails becomes the 500 page (through `PageError`).
pub fn page(
    site: &Site,
    template: &str,
    frame: Frame,
    page: impl Serialize,
) -> Result<Response, PageError> {
    match render(site, template, &frame, &page) {
        Ok(html) => Ok(html_response(html, StatusCode::OK)),
        Err(e) => {
            // The causes too: an include's own error (with its template and line) is the source
            // of the including template's, and `web::selfcheck` names the innermost.
            let mut message = format!("template {template} failed: {e}");
            let mut cause = std::error::Error::source(&e);
            while let Some(c) = cause {
                message.push_str(&format!(": {c}"));
                cause = c.source();
            }
            Err(PageError::Internal(anyhow::anyhow!(message)))
        }
    }
}

pub fn html_response(html: String, status: StatusCode) -> Response {
    let mut r = (status, Html(html)).into_response();
    // A page of ours with an error status (a refusal, a form shown again): the localising layer
    // keeps it.
    super::error::mark_own(&mut r);
    // Pages change when the site is reloaded: let browsers keep them, but ask (cheaply, with the
    // ETag) every time.
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}
