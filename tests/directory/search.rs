//! The search hook: the text each service gives the search index, per language, with the
//! language it is really in.

use crate::site;

#[test]
fn searchable_text_per_service_and_language() {
    let s = site();
    let site = s.site();
    let texts: Vec<_> = site.directory.search_texts(&site.config).collect();
    assert_eq!(texts.len(), 8 * 3);
    let uk = texts
        .iter()
        .find(|t| t.id == "legal-gdansk-uk" && t.lang == "uk")
        .unwrap();
    // Not translated: the Polish text, marked as such, at the Ukrainian address.
    assert_eq!(uk.content_lang, "pl");
    assert_eq!(uk.path, "/uk/services/legal-gdansk-uk");
    assert!(uk.body.contains("Porady prawne w Gdańsku"));
    assert!(uk.body.contains("Українська"));
    let translated = texts
        .iter()
        .find(|t| t.id == "legal-gdynia-uk" && t.lang == "uk")
        .unwrap();
    assert_eq!(translated.content_lang, "uk");
    assert_eq!(translated.topics, ["legal-aid"]);
}
