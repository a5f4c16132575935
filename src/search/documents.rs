//! What gets indexed: search documents made from guides, directory services and municipalities.
//!
//! One function per source, public so that the benchmark indexes exactly what the portal
//! indexes: a benchmark with its own copy of this would silently stop measuring the portal the day
//! one of them changed.

use std::borrow::Cow;

use crate::config::Config;
use crate::content::Guide;
use crate::directory::{Directory, Service};
use crate::municipalities::{Municipalities, Place, names};

/// What a document, and so a hit, points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HitKind {
    Guide,
    Service,
    /// A municipality or county page (`/{lang}/municipalities/{id}`).
    Municipality,
}

/// Services rank a little below guides with the same score: a general question ("free legal
/// advice") is first answered by the guide, which then lists the services.
pub(crate) const SERVICE_WEIGHT: f32 = 0.8;
/// The glossary ranks below guides with the same score, as services do: its entries are a few
/// lines each, which BM25 favours, and each points to the guide that explains the matter (a
/// Ukrainian reader typing "karta pobytu" wants the residence guide, and the glossary's entry
/// links there). Judged on `tests/search/judged.toml`, with the queries the glossary must answer.
pub(crate) const GLOSSARY_WEIGHT: f32 = 0.6;

/// One document to index, whatever its source.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub kind: HitKind,
    /// The guide's slug or the service's id: the documents of one guide are one hit.
    pub id: &'a str,
    /// The language the title is written in: the document is indexed in that language's fields.
    pub lang: &'a str,
    /// The heading anchor a hit on this document opens at.
    pub anchor: Option<&'a str>,
    /// The heading trail shown with a hit, `Pobyt › Karta pobytu`.
    pub trail: Option<String>,
    pub title: &'a str,
    pub heading: &'a str,
    pub body: Cow<'a, str>,
    pub topics: &'a [String],
    /// What the document's score is multiplied by: [`SERVICE_WEIGHT`], [`GLOSSARY_WEIGHT`] or 1.
    pub weight: f32,
}

/// Every page of a guide as one document (title and summary), and each of its sections as
/// another, so that a hit can open at the section that matched.
pub fn guide_documents(guide: &Guide) -> impl Iterator<Item = Document<'_>> {
    let weight = if guide.glossary { GLOSSARY_WEIGHT } else { 1.0 };
    guide.pages.values().flat_map(move |page| {
        let summary = Document {
            kind: HitKind::Guide,
            id: &guide.slug,
            lang: &page.lang,
            anchor: None,
            trail: None,
            title: &page.title,
            heading: "",
            body: Cow::Borrowed(&page.summary),
            topics: &guide.topics,
            weight,
        };
        let sections = page.sections.iter().map(move |section| Document {
            kind: HitKind::Guide,
            id: &guide.slug,
            lang: &page.lang,
            anchor: section.anchor.as_deref(),
            trail: Some(section.trail.join(" › ")),
            title: &page.title,
            heading: section.trail.last().map_or("", String::as_str),
            body: Cow::Borrowed(&section.text),
            topics: &guide.topics,
            weight,
        });
        std::iter::once(summary).chain(sections)
    })
}

/// A service as one document per portal language its name is written in. Readers of other
/// languages find it among the other-language hits, rather than as a fallback text in their
/// own language's results.
///
/// The body holds what the service's page shows in that language: description, eligibility,
/// how to apply and the organisation (each along the language's fallback chain, as on the page),
/// addresses and the languages the staff speak.
pub fn service_documents<'a>(
    service: &'a Service,
    directory: &'a Directory,
    config: &'a Config,
) -> impl Iterator<Item = Document<'a>> {
    config.languages.iter().filter_map(move |lang| {
        let title = service.name.get(&lang.code)?;
        let chain = config.chain(&lang.code);
        let mut body: Vec<&str> = Vec::new();
        for text in [
            &service.description,
            &service.eligibility,
            &service.application,
            &service.organization.name,
        ] {
            if let Some(r) = text.resolve(&chain) {
                body.push(r.text);
            }
        }
        for l in &service.locations {
            body.push(&l.address);
            body.push(&l.city);
        }
        for code in &service.languages {
            body.push(directory.language_name(code));
        }
        Some(Document {
            kind: HitKind::Service,
            id: &service.id,
            lang: &lang.code,
            anchor: None,
            trail: None,
            title,
            heading: "",
            body: Cow::Owned(body.join("\n")),
            topics: &service.topics,
            weight: SERVICE_WEIGHT,
        })
    })
}

/// A municipality or county as one document per portal language, titled with its name for that
/// language's readers (the Polish name where it has none). The body holds every form a visitor may
/// type: the official and short Polish names, the same without Polish letters (`pruszcz gdanski`),
/// its names in every language and script, and its county's, so "Rumia", "Румія" and
/// "pruszcz gdanski" find the page from any language's search.
pub fn municipality_documents<'a>(
    place: &'a Place,
    all: &'a Municipalities,
    config: &'a Config,
) -> impl Iterator<Item = Document<'a>> {
    let county = place.county.as_deref().and_then(|c| all.get(c));
    let mut forms: Vec<String> = vec![place.name.clone(), place.short_name.clone()];
    forms.extend(place.names.values().cloned());
    if let Some(c) = county {
        forms.push(c.name.clone());
        forms.push(c.short_name.clone());
        forms.extend(c.names.values().cloned());
    }
    let folded: Vec<String> = forms.iter().map(|f| names::fold(f)).collect();
    forms.extend(folded);
    forms.dedup();
    let body = forms.join("\n");
    config.languages.iter().map(move |lang| Document {
        kind: HitKind::Municipality,
        id: &place.id,
        lang: &lang.code,
        anchor: None,
        trail: None,
        title: place.name_in(&lang.code).0,
        heading: "",
        body: Cow::Owned(body.clone()),
        topics: &[],
        weight: 1.0,
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::diagnostics::Diagnostics;

    /// The directory of the integration tests' fixture: services translated or not, with staff
    /// languages.
    fn fixture() -> (Config, Directory) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/directory-site");
        let mut diags = Diagnostics::default();
        let config = Config::load(&root, &mut diags).expect("the fixture's portal.toml loads");
        let directory = Directory::load(&root, &config, &mut diags);
        (config, directory)
    }

    #[test]
    fn a_service_is_a_document_in_each_language_its_name_is_written_in() {
        let (config, directory) = fixture();
        let docs: Vec<Document> = directory
            .services
            .values()
            .flat_map(|s| service_documents(s, &directory, &config))
            .collect();
        let doc = |id: &str, lang: &str| docs.iter().find(|d| d.id == id && d.lang == lang);
        // Not translated: only the Polish document; Ukrainian readers find it among the hits in
        // other languages.
        assert!(doc("legal-gdansk-uk", "uk").is_none());
        let polish = doc("legal-gdansk-uk", "pl").expect("a Polish document");
        assert_eq!(polish.kind, HitKind::Service);
        assert!(polish.body.contains("Porady prawne w Gdańsku"));
        // The languages the staff speak, by their names.
        assert!(polish.body.contains("Українська"));
        let translated = doc("legal-gdynia-uk", "uk").expect("a Ukrainian document");
        assert_eq!(
            translated.title,
            "Юридичні консультації українською в Гдині"
        );
        assert!(
            translated
                .body
                .contains("Юридичні консультації для іноземців.")
        );
        assert_eq!(translated.topics, ["legal-aid"]);
    }
}
