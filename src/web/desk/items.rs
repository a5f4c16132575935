//! A chosen guide or service in two languages: the source (Polish, what the clerk reads) and the
//! visitor's, each side with the `lang` and `dir` of the language its text is really in, and the
//! short link and QR code in the visitor's language. Shared by the desk view and the handout.

use serde::Serialize;

use super::columns::{aligned, prefix_ids};
use crate::config::Direction;
use crate::content::Page;
use crate::site::Site;
use crate::urls;
use crate::web::reader::direction;
use crate::web::short_links::qr_src;
use crate::web::views::{PhoneView, TextView, localised, phones};

/// One language's side of a guide.
#[derive(Serialize)]
pub struct GuideSide<'a> {
    pub lang: &'a str,
    pub dir: Direction,
    pub language_name: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    pub bring: &'a [String],
    /// The whole text, ids prefixed (the handout prints it in one piece).
    pub html: String,
    /// When the text was last checked against its sources (or else last changed): ISO date.
    pub checked: String,
    pub checked_is_review: bool,
}

/// Two sections side by side.
#[derive(Serialize)]
pub struct Row {
    pub source: String,
    pub visitor: String,
}

#[derive(Serialize)]
pub struct GuideItem<'a> {
    pub slug: &'a str,
    pub source: GuideSide<'a>,
    pub visitor: GuideSide<'a>,
    /// The visitor's language is missing and `visitor` is its fallback.
    pub fallback: bool,
    /// The visitor's language by its own name (what was asked for).
    pub wanted_name: &'a str,
    pub rows: Vec<Row>,
    pub short_link: String,
    pub qr_src: String,
    pub href: String,
}

fn side<'a>(site: &'a Site, slug: &str, p: &'a Page) -> GuideSide<'a> {
    GuideSide {
        lang: &p.lang,
        dir: direction(site, &p.lang),
        language_name: site
            .config
            .language(&p.lang)
            .map_or("", |l| l.name.as_str()),
        title: &p.title,
        summary: &p.summary,
        bring: &p.bring,
        html: prefix_ids(&p.html, &format!("{slug}-{}", p.lang)),
        checked: p.reviewed.unwrap_or(p.updated).to_string(),
        checked_is_review: p.reviewed.is_some(),
    }
}

/// Guide `slug` for a visitor reading `visitor`; `None` when it does not exist.
pub fn guide<'a>(site: &'a Site, slug: &str, visitor: &'a str) -> Option<GuideItem<'a>> {
    let g = site.content.guide(slug)?;
    let source = &site.config.source_language;
    let sp = g.pages.get(source)?;
    let vp = g.resolve(&site.config.chain(visitor))?;
    // Rows carry their own prefixes: the same section in the two columns is two ids.
    let (sh, vh) = (
        prefix_ids(&sp.html, &format!("{}-{}-row", g.slug, sp.lang)),
        prefix_ids(&vp.html, &format!("{}-{}-row", g.slug, vp.lang)),
    );
    let rows = aligned(&sh, &vh)
        .into_iter()
        .map(|(a, b)| Row {
            source: a.to_string(),
            visitor: b.to_string(),
        })
        .collect();
    let short = urls::short_guide_in(&g.slug, visitor);
    Some(GuideItem {
        slug: &g.slug,
        source: side(site, &g.slug, sp),
        visitor: side(site, &g.slug, vp),
        fallback: vp.lang != visitor,
        wanted_name: site
            .config
            .language(visitor)
            .map_or("", |l| l.name.as_str()),
        rows,
        short_link: urls::absolute(&site.config.base_url, &short),
        qr_src: qr_src(site, &urls::qr_guide(&g.slug, visitor)),
        href: urls::guide(visitor, &g.slug),
    })
}

/// One language's side of a service: its texts, each marked when it falls back.
#[derive(Serialize)]
pub struct ServiceSide<'a> {
    pub lang: &'a str,
    pub dir: Direction,
    pub name: Option<TextView<'a>>,
    pub description: Option<TextView<'a>>,
    pub eligibility: Option<TextView<'a>>,
    pub application: Option<TextView<'a>>,
    pub phones: Vec<PhoneView<'a>>,
}

#[derive(Serialize)]
pub struct ServiceItem<'a> {
    pub id: &'a str,
    pub source: ServiceSide<'a>,
    pub visitor: ServiceSide<'a>,
    /// Some of the visitor's texts come from another language.
    pub fallback: bool,
    pub wanted_name: &'a str,
    /// Addresses as written (in the source language, as on letters and maps).
    pub addresses: Vec<String>,
    pub email: Option<&'a str>,
    pub website: Option<&'a str>,
    pub checked: String,
    pub short_link: String,
    pub qr_src: String,
    pub href: String,
}

fn service_side<'a>(
    site: &'a Site,
    s: &'a crate::directory::Service,
    lang: &'a str,
) -> ServiceSide<'a> {
    ServiceSide {
        lang,
        dir: direction(site, lang),
        name: localised(site, lang, &s.name),
        description: localised(site, lang, &s.description),
        eligibility: localised(site, lang, &s.eligibility),
        application: localised(site, lang, &s.application),
        phones: phones(site, lang, &s.phones),
    }
}

pub fn service<'a>(site: &'a Site, id: &str, visitor: &'a str) -> Option<ServiceItem<'a>> {
    let s = site.directory.service(id)?;
    let source = site.config.source_language.as_str();
    let v = service_side(site, s, visitor);
    let fallback = [&v.name, &v.description, &v.eligibility, &v.application]
        .into_iter()
        .flatten()
        .any(|t| t.lang.is_some());
    Some(ServiceItem {
        id: &s.id,
        source: service_side(site, s, source),
        visitor: v,
        fallback,
        wanted_name: site
            .config
            .language(visitor)
            .map_or("", |l| l.name.as_str()),
        addresses: s
            .locations
            .iter()
            .map(|l| match &l.postal_code {
                Some(code) => format!("{}, {code} {}", l.address, l.city),
                None => format!("{}, {}", l.address, l.city),
            })
            .collect(),
        email: s.email.as_deref(),
        website: s.website.as_deref(),
        checked: s.verified.to_string(),
        short_link: urls::absolute(
            &site.config.base_url,
            &urls::short_service_in(&s.id, visitor),
        ),
        qr_src: qr_src(site, &urls::qr_service(&s.id, visitor)),
        href: urls::service(visitor, &s.id),
    })
}
