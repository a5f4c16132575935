//! The desk: a clerk finds guides and services with a Polish search, picks the visitor's language,
//! and reads the Polish text beside the visitor's, section by section (`/{lang}/desk`); then prints
//! a handout for the visitor (`/{lang}/desk/handout`) or a sheet of QR codes for a counter
//! (`/{lang}/desk/sheet`).
//!
//! Two languages are at play and stay apart: the URL's `{lang}` is the clerk's interface, `for=`
//! the visitor's. Everything is GET links and forms (`choice.rs`), so it works without script and
//! a choice is a link a colleague can open.

mod choice;
mod columns;
mod items;

use axum::extract::{Extension, State};
use axum::response::Response;
use serde::Serialize;

use self::choice::Choice;
use self::items::{GuideItem, ServiceItem};
use super::AppState;
use super::error::PageError;
use super::query::QueryPairs;
use super::reader::{Reader, direction};
use super::render::{frame, page};
use super::search::{Asked, run};
use super::server::ClientAddr;
use crate::config::Direction;
use crate::search::HitKind;
use crate::site::Site;
use crate::urls;

/// How many search results the desk lists: it is a picker, not a results page.
const RESULTS: usize = 15;

/// A language in the visitor's list, by its own name.
#[derive(Serialize)]
struct LanguageOption<'a> {
    code: &'a str,
    name: &'a str,
    dir: Direction,
    selected: bool,
}

fn language_options<'a>(
    site: &'a Site,
    chosen: &[&str],
    skip_source: bool,
) -> Vec<LanguageOption<'a>> {
    site.config
        .languages
        .iter()
        .filter(|l| !(skip_source && l.code == site.config.source_language))
        .map(|l| LanguageOption {
            code: &l.code,
            name: &l.name,
            dir: l.dir,
            selected: chosen.contains(&l.code.as_str()),
        })
        .collect()
}

/// A search result or a chosen item, with the checkbox that keeps or drops it.
#[derive(Serialize)]
struct Pick {
    /// `g` or `s`: the query key.
    key: &'static str,
    kind: HitKind,
    id: String,
    title: String,
    checked: bool,
}

fn items<'a>(site: &'a Site, choice: &'a Choice) -> (Vec<GuideItem<'a>>, Vec<ServiceItem<'a>>) {
    let guides = choice
        .guides
        .iter()
        .filter_map(|slug| items::guide(site, slug, &choice.visitor))
        .collect();
    let services = choice
        .services
        .iter()
        .filter_map(|id| items::service(site, id, &choice.visitor))
        .collect();
    (guides, services)
}

/// The chosen items as checkboxes, in the source language (what the clerk reads).
fn chosen_picks(site: &Site, choice: &Choice) -> Vec<Pick> {
    let source = site.config.source_language.as_str();
    let guides = choice.guides.iter().filter_map(|slug| {
        let p = site.content.guide(slug)?.pages.get(source)?;
        Some(Pick {
            key: "g",
            kind: HitKind::Guide,
            id: slug.clone(),
            title: p.title.clone(),
            checked: true,
        })
    });
    let services = choice.services.iter().filter_map(|id| {
        let name = site
            .directory
            .service(id)?
            .name
            .resolve(&[source])?
            .text
            .to_string();
        Some(Pick {
            key: "s",
            kind: HitKind::Service,
            id: id.clone(),
            title: name,
            checked: true,
        })
    });
    guides.chain(services).collect()
}

/// `/{lang}/desk`.
pub async fn view(
    State(state): State<AppState>,
    r: Reader,
    query: QueryPairs,
    client: Option<Extension<ClientAddr>>,
) -> Result<Response, PageError> {
    let (site, lang) = (&*r.site, r.lang.as_str());
    let source = site.config.source_language.as_str();
    let choice = Choice::read(site, &query);
    // The portal's own search, in the source language: the clerk's words, gaps counted as usual.
    let asked = Asked {
        lang: source,
        q: &choice.q,
        topic: None,
        page: 1,
        per_page: RESULTS,
        client: client.map(|c| c.0),
        count_gap: true,
    };
    let outcome = run(&state, site, r.now, asked).await;
    let mut results: Vec<Pick> = Vec::new();
    for hit in &outcome.hits {
        let (key, chosen) = match hit.kind {
            HitKind::Guide => ("g", &choice.guides),
            HitKind::Service => ("s", &choice.services),
            // The desk hands out guides and services; a place is found from their pages.
            HitKind::Municipality => continue,
        };
        // One line per guide or service, however many of its sections matched; chosen ones are
        // listed once, under "chosen".
        if chosen.contains(&hit.id) || results.iter().any(|p| p.key == key && p.id == hit.id) {
            continue;
        }
        if let Some(v) = super::search::view(site, source, hit) {
            results.push(Pick {
                key,
                kind: hit.kind,
                id: hit.id.clone(),
                title: v.title,
                checked: false,
            });
        }
    }
    let (guides, services) = items(site, &choice);
    let visitor = site.config.language(&choice.visitor);
    #[derive(Serialize)]
    struct DeskPage<'a> {
        q: &'a str,
        searched: bool,
        results: Vec<Pick>,
        chosen: Vec<Pick>,
        languages: Vec<LanguageOption<'a>>,
        visitor: &'a str,
        visitor_name: &'a str,
        source: &'a str,
        source_name: &'a str,
        source_dir: Direction,
        guides: Vec<GuideItem<'a>>,
        services: Vec<ServiceItem<'a>>,
        handout_href: String,
        handout_polish_href: String,
        sheet_href: String,
    }
    let keep = choice.query(false);
    let view = DeskPage {
        q: &choice.q,
        searched: !choice.q.is_empty(),
        results,
        chosen: chosen_picks(site, &choice),
        languages: language_options(site, &[choice.visitor.as_str()], true),
        visitor: &choice.visitor,
        visitor_name: visitor.map_or("", |l| l.name.as_str()),
        source,
        source_name: &site.config.source().name,
        source_dir: direction(site, source),
        guides,
        services,
        handout_href: format!("{}?{keep}", urls::desk_handout(lang)),
        handout_polish_href: format!("{}?{keep}&pl=1", urls::desk_handout(lang)),
        sheet_href: sheet_href(lang, &choice),
    };
    let inner = format!("desk?{}", choice.query(true));
    let f = frame(site, lang, &inner, lang, &site.config.codes());
    page(site, "desk.html", f, view)
}

fn sheet_href(lang: &str, choice: &Choice) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for g in &choice.guides {
        s.append_pair("g", g);
    }
    s.append_pair("in", &choice.visitor);
    format!("{}?{}", urls::desk_sheet(lang), s.finish())
}

/// `/{lang}/desk/handout`: one printable page for the visitor, in the visitor's language (so its
/// `<html lang>` is theirs), with the Polish titles and checklist beside it.
pub async fn handout(r: Reader, query: QueryPairs) -> Result<Response, PageError> {
    let (site, lang) = (&*r.site, r.lang.as_str());
    let choice = Choice::read(site, &query);
    if choice.is_empty() {
        // Nothing to print: back to the desk to choose.
        return Ok(r.redirect(&format!("{}?{}", urls::desk(lang), choice.query(true))));
    }
    let (guides, services) = items(site, &choice);
    #[derive(Serialize)]
    struct Handout<'a> {
        source: &'a str,
        with_polish: bool,
        guides: Vec<GuideItem<'a>>,
        services: Vec<ServiceItem<'a>>,
        printed: String,
        back_href: String,
        interface_lang: &'a str,
        interface_dir: Direction,
    }
    let view = Handout {
        source: &site.config.source_language,
        with_polish: choice.with_polish,
        guides,
        services,
        printed: crate::directory::hours::local_date(r.now).to_string(),
        back_href: format!("{}?{}", urls::desk(lang), choice.query(false)),
        interface_lang: lang,
        interface_dir: direction(site, lang),
    };
    let mut keep = choice.query(false);
    if choice.with_polish {
        keep.push_str("&pl=1");
    }
    let f = frame(
        site,
        &choice.visitor,
        &format!("desk/handout?{keep}"),
        lang,
        &[],
    );
    page(site, "desk-handout.html", f, view)
}

/// A card of the desk sheet: one guide's QR code in one language.
#[derive(Serialize)]
struct Card<'a> {
    lang: &'a str,
    dir: Direction,
    language_name: &'a str,
    title: &'a str,
    /// The language the title is really in, when the guide is missing in `lang`.
    title_lang: &'a str,
    title_dir: Direction,
    short_link: String,
    qr_src: String,
}

/// `/{lang}/desk/sheet`: QR codes of the chosen guides (`g`) in the chosen languages (`in`), each
/// titled in its own language, to print and hang at a counter.
pub async fn sheet(r: Reader, query: QueryPairs) -> Result<Response, PageError> {
    let (site, lang) = (&*r.site, r.lang.as_str());
    let choice = Choice::read(site, &query);
    let langs: Vec<&str> = if choice.langs.is_empty() {
        vec![choice.visitor.as_str()]
    } else {
        choice.langs.iter().map(String::as_str).collect()
    };
    let mut cards = Vec::new();
    for slug in &choice.guides {
        let Some(g) = site.content.guide(slug) else {
            continue;
        };
        for code in &langs {
            let Some(p) = g.resolve(&site.config.chain(code)) else {
                continue;
            };
            cards.push(Card {
                lang: code,
                dir: direction(site, code),
                language_name: site.config.language(code).map_or("", |l| l.name.as_str()),
                title: &p.title,
                title_lang: &p.lang,
                title_dir: direction(site, &p.lang),
                short_link: urls::absolute(
                    &site.config.base_url,
                    &urls::short_guide_in(&g.slug, code),
                ),
                qr_src: super::short_links::qr_src(site, &urls::qr_guide(&g.slug, code)),
            });
        }
    }
    let source = site.config.source_language.as_str();
    #[derive(Serialize)]
    struct GuideOption<'a> {
        slug: &'a str,
        title: &'a str,
        checked: bool,
    }
    #[derive(Serialize)]
    struct Sheet<'a> {
        cards: Vec<Card<'a>>,
        guides: Vec<GuideOption<'a>>,
        languages: Vec<LanguageOption<'a>>,
        source: &'a str,
    }
    let view = Sheet {
        cards,
        guides: site
            .content
            .guides
            .values()
            .filter_map(|g| {
                Some(GuideOption {
                    slug: &g.slug,
                    title: &g.pages.get(source)?.title,
                    checked: choice.guides.contains(&g.slug),
                })
            })
            .collect(),
        languages: language_options(site, &langs, false),
        source,
    };
    let mut keep = form_urlencoded::Serializer::new(String::new());
    for g in &choice.guides {
        keep.append_pair("g", g);
    }
    for l in &langs {
        keep.append_pair("in", l);
    }
    let f = frame(
        site,
        lang,
        &format!("desk/sheet?{}", keep.finish()),
        lang,
        &site.config.codes(),
    );
    page(site, "desk-sheet.html", f, view)
}
