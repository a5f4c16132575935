//! A guide's local steps, filled in for the reader: a `local:<step>` link of a guide (see
//! `content/markdown.rs`, [`LOCAL_STEP_START`]) becomes, on each request, the office of the
//! visitor's chosen municipality for that step (the county's when the municipality has none of its
//! own), or "the portal does not know yet" with the municipality's BIP, or, without a choice, a
//! link to find one's office. The guide's HTML is rendered once per snapshot; only this splice
//! happens per request, and the page cache keeps one copy per chosen place.

use chrono::{DateTime, Utc};

use super::reader::direction;
use super::views::{localised, service_status};
use crate::content::markdown::LOCAL_STEP_START;
use crate::directory::Service;
use crate::html::escape;
use crate::municipalities::{Place, Step};
use crate::site::Site;
use crate::urls;

/// Whether a guide's HTML has a local step, so that its page varies with the choice.
pub fn has_steps(html: &str) -> bool {
    html.contains(LOCAL_STEP_START)
}

/// `html` with every local step filled in for a reader of `lang` who chose `place` (or nobody),
/// and the offices it names, whose hours bound how long the page stays true.
pub fn fill<'a>(
    site: &'a Site,
    lang: &str,
    html: &str,
    place: Option<&'a Place>,
    now: DateTime<Utc>,
) -> (String, Vec<&'a Service>) {
    let mut out = String::with_capacity(html.len() + 512);
    let mut offices = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(LOCAL_STEP_START) {
        out.push_str(&rest[..start]);
        let after = &rest[start + LOCAL_STEP_START.len()..];
        // The renderer wrote `step">text</a>`; anything else is left as it is.
        let Some((step, text, tail)) = split_step(after) else {
            out.push_str(LOCAL_STEP_START);
            rest = after;
            continue;
        };
        out.push_str(text);
        out.push_str(" <span class=\"local-office\">(");
        match place {
            None => out.push_str(&format!(
                "<a href=\"{}\">{}</a>",
                urls::municipalities(lang),
                escape(&site.locales.text(lang, "local-find-office"))
            )),
            Some(place) => match office(site, place, step) {
                Some((service, from_county)) => {
                    offices.push(service);
                    write_office(&mut out, site, lang, place, service, from_county, now);
                }
                None => write_unknown(&mut out, site, lang, place),
            },
        }
        out.push_str(")</span>");
        rest = tail;
    }
    out.push_str(rest);
    (out, offices)
}

/// `step">text</a>…` as the step, the link's text and what follows the link.
fn split_step(after: &str) -> Option<(Step, &str, &str)> {
    let (step, rest) = after.split_once("\">")?;
    let (text, tail) = rest.split_once("</a>")?;
    Some((Step::parse(step)?, text, tail))
}

/// The directory service doing `step` for `place`, and whether it is the county's.
fn office<'a>(site: &'a Site, place: &'a Place, step: Step) -> Option<(&'a Service, bool)> {
    let o = site.municipalities.office(place, step)?;
    let service = site.directory.service(o.service)?;
    Some((service, o.from_county(place)))
}

/// The place's name for the reader, marked as Polish where it stands in.
fn place_name(site: &Site, lang: &str, place: &Place) -> String {
    let (name, stands_in) = place.name_in(lang);
    let source = &site.config.source_language;
    if stands_in && lang != source {
        format!("<span {}>{}</span>", in_source(site), escape(name))
    } else {
        escape(name)
    }
}

/// `lang` and `dir` of a text in the source language (names and addresses as the post writes them).
fn in_source(site: &Site) -> String {
    let source = site.config.source();
    format!("lang=\"{}\" dir=\"{}\"", source.code, source.dir.as_str())
}

/// `Rumia: Office (county office), address; open until 15:30; Phone: …, …`.
fn write_office(
    out: &mut String,
    site: &Site,
    lang: &str,
    place: &Place,
    service: &Service,
    from_county: bool,
    now: DateTime<Utc>,
) {
    out.push_str(&format!(
        "<a href=\"{}\">{}</a>: ",
        urls::municipality(lang, &place.id),
        place_name(site, lang, place)
    ));
    let name = localised(site, lang, &service.name);
    let (text, name_lang) = name.map_or((service.id.as_str(), None), |n| (n.text, n.lang));
    let lang_attr = name_lang.map_or(String::new(), |l| {
        format!(" lang=\"{l}\" dir=\"{}\"", direction(site, l).as_str())
    });
    out.push_str(&format!(
        "<a href=\"{}\"{lang_attr}>{}</a>",
        urls::service(lang, &service.id),
        escape(text)
    ));
    if from_county {
        out.push_str(&format!(
            " ({})",
            escape(&site.locales.text(lang, "local-county-office"))
        ));
    }
    let location = service
        .locations
        .iter()
        .find(|l| l.municipality == place.id)
        .or_else(|| service.locations.first());
    if let Some(l) = location {
        let postal = l
            .postal_code
            .as_deref()
            .map_or(String::new(), |p| format!("{p} "));
        out.push_str(&format!(
            ", <span {}>{}, {}{}</span>",
            in_source(site),
            escape(&l.address),
            escape(&postal),
            escape(&l.city)
        ));
    }
    let status = service_status(site, lang, service, now);
    out.push_str(&format!(
        "; <span class=\"status-inline\">{}</span>",
        escape(&status.text)
    ));
    if !service.phones.is_empty() {
        let numbers: Vec<String> = service
            .phones
            .iter()
            .map(|p| {
                format!(
                    "<a href=\"tel:{}\" class=\"phone\">{}</a>",
                    escape(&p.tel),
                    escape(&p.number)
                )
            })
            .collect();
        out.push_str(&format!(
            "; {}: {}",
            escape(&site.locales.text(lang, "service-phone")),
            numbers.join(", ")
        ));
    }
}

/// The portal does not know the office: say so, and where to look, never a guess.
fn write_unknown(out: &mut String, site: &Site, lang: &str, place: &Place) {
    let unknown = site.locales.text(lang, "local-office-unknown");
    // The message leads into the BIP link; without one it ends where the sentence does.
    let unknown = match place.ask_link() {
        Some(_) => unknown.as_str(),
        None => unknown.trim_end_matches([';', '؛', ' ']),
    };
    out.push_str(&format!(
        "<a href=\"{}\">{}</a>: {}",
        urls::municipality(lang, &place.id),
        place_name(site, lang, place),
        escape(unknown)
    ));
    if let Some(link) = place.ask_link() {
        out.push_str(&format!(
            " <a href=\"{}\" class=\"external\" rel=\"external noopener\">{}<span class=\"visually-hidden\"> ({})</span></a>",
            escape(link),
            escape(&site.locales.text(lang, "local-office-bip")),
            escape(&site.locales.text(lang, "external-link"))
        ));
    }
}
