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
/// The glossary's weight when the reader asks what a word means ("co to jest powiat"): then its
/// entry is the answer, above the guides and the places whose names hold the word (every county's
/// name has "powiat" in it). Judged on `tests/search/judged.toml`'s question queries.
pub(crate) const ASKED_GLOSSARY_WEIGHT: f32 = 3.0;

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
    /// Indexed as the title; what a hit shows as its title comes from the guide or service.
    pub title: Cow<'a, str>,
    pub heading: &'a str,
    pub body: Cow<'a, str>,
    pub topics: &'a [String],
    /// What the document's score is multiplied by: [`SERVICE_WEIGHT`], [`GLOSSARY_WEIGHT`] or 1.
    pub weight: f32,
    /// The glossary's: weighted [`ASKED_GLOSSARY_WEIGHT`] for a question of what a word means.
    pub glossary: bool,
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
            title: Cow::Borrowed(&page.title),
            heading: "",
            body: Cow::Borrowed(&page.summary),
            topics: &guide.topics,
            weight,
            glossary: guide.glossary,
        };
        let sections = page.sections.iter().map(move |section| Document {
            kind: HitKind::Guide,
            id: &guide.slug,
            lang: &page.lang,
            anchor: section.anchor.as_deref(),
            trail: Some(section.trail.join(" › ")),
            title: Cow::Borrowed(&page.title),
            heading: section.trail.last().map_or("", String::as_str),
            body: Cow::Borrowed(&section.text),
            topics: &guide.topics,
            weight,
            glossary: guide.glossary,
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
/// addresses and the languages the staff speak. Its title is also indexed with the abbreviations
/// its name goes by (see [`abbreviations`]).
pub fn service_documents<'a>(
    service: &'a Service,
    directory: &'a Directory,
    config: &'a Config,
) -> impl Iterator<Item = Document<'a>> {
    let known_as = abbreviations(&service.name).join(" ");
    config.languages.iter().filter_map(move |lang| {
        let name = service.name.get(&lang.code)?;
        let title = if known_as.is_empty() {
            Cow::Borrowed(name)
        } else {
            Cow::Owned(format!("{name}\n{known_as}"))
        };
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
            glossary: false,
        })
    })
}

/// The abbreviations an office's name goes by, for every language's document: people type
/// "mops gdynia", "pup wejherowo" or "usc gdańsk", and the Polish names spell the words out
/// ("Miejski Ośrodek Pomocy Społecznej w Gdyni") while translations add the letters in brackets.
/// They are the words of two to six capital letters in any language's name ("(MOPS)", "KCIK");
/// where no name gives one, the initials of the Polish name's leading capitalised words, when
/// there are at least three of them ("Fundacja Dajemy Dzieciom Siłę": FDDS).
fn abbreviations(name: &crate::directory::Text) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for (_, text) in name.iter() {
        for word in super::lexicon::words(text) {
            let letters = word.chars().count();
            if (2..=6).contains(&letters)
                && word.chars().all(char::is_uppercase)
                && !found.iter().any(|f| f == word)
            {
                found.push(word.to_string());
            }
        }
    }
    if found.is_empty()
        && let Some(polish) = name.get("pl")
    {
        let initials: String = polish
            .split_whitespace()
            .take_while(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().skip(1).any(char::is_lowercase)
            })
            .filter_map(|w| w.chars().next())
            .collect();
        if initials.chars().count() >= 3 {
            found.push(initials);
        }
    }
    found
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
        title: Cow::Borrowed(place.name_in(&lang.code).0),
        heading: "",
        body: Cow::Owned(body.clone()),
        topics: &[],
        weight: 1.0,
        glossary: false,
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

    fn name(texts: &[(&str, &str)]) -> crate::directory::Text {
        crate::directory::Text(
            texts
                .iter()
                .map(|(l, t)| (l.to_string(), t.to_string()))
                .collect(),
        )
    }

    #[test]
    fn an_office_is_also_known_by_its_abbreviations() {
        let mops = name(&[
            ("pl", "Miejski Ośrodek Pomocy Społecznej w Gdyni"),
            ("en", "Municipal Social Help Centre in Gdynia (MOPS)"),
        ]);
        assert_eq!(abbreviations(&mops), ["MOPS"]);
        let oik = name(&[
            ("pl", "Ośrodek Interwencji Kryzysowej MOPR w Gdańsku"),
            ("en", "Crisis Intervention Centre of MOPR Gdańsk (OIK)"),
        ]);
        assert_eq!(abbreviations(&oik), ["MOPR", "OIK"]);
        // No name gives one: the Polish name's initials.
        let fdds = name(&[
            ("pl", "Fundacja Dajemy Dzieciom Siłę"),
            ("en", "Empowering Children Foundation"),
        ]);
        assert_eq!(abbreviations(&fdds), ["FDDS"]);
        let rpo = name(&[
            ("pl", "Infolinia Rzecznika Praw Obywatelskich 800 676 676"),
            (
                "en",
                "Information line of the Commissioner for Human Rights (RPO) 800 676 676",
            ),
        ]);
        assert_eq!(abbreviations(&rpo), ["RPO"]);
        // Fewer than three leading capitalised words make no abbreviation; a number is not one.
        let lines = name(&[("pl", "Numer alarmowy 112"), ("en", "Emergency number 112")]);
        assert!(abbreviations(&lines).is_empty());
        let office = name(&[("pl", "Starostwo Powiatowe w Pucku")]);
        assert!(abbreviations(&office).is_empty());
    }
}
