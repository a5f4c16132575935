//! The county fallback and the name search, on the repository's own place files.

use witaj::municipalities::Step;

use crate::common::TestSite;

#[test]
fn a_county_step_falls_back_to_the_county_file() {
    let site = TestSite::bundled();
    let m = &site.municipalities;
    let kosakowo = m.get("kosakowo").expect("kosakowo.toml");
    let legal = m
        .office(kosakowo, Step::LegalAid)
        .expect("powiat pucki's legal aid");
    assert_eq!(legal.service, "legal-aid-puck");
    assert_eq!(legal.named_by.id, "pucki");
    let own = m
        .office(kosakowo, Step::AddressRegistration)
        .expect("own town hall");
    assert_eq!(own.named_by.id, "kosakowo");
    // A city with county rights has no county above it: a step it does not name stays unknown.
    let sopot = m.get("sopot").expect("sopot.toml");
    assert_eq!(sopot.county, None);
    assert!(!sopot.steps.contains_key(&Step::LegalAid));
    assert_eq!(m.office(sopot, Step::LegalAid), None);
}

#[test]
fn names_are_found_without_polish_letters_and_in_cyrillic() {
    let site = TestSite::bundled();
    let ids = |q: &str| -> Vec<String> {
        site.municipalities
            .search(q)
            .into_iter()
            .map(|p| p.id.clone())
            .collect()
    };
    assert_eq!(ids("Rumia"), ["rumia"]);
    assert_eq!(ids("Румія"), ["rumia"]);
    assert_eq!(ids("Румия"), ["rumia"]);
    assert_eq!(ids("pruszcz gdanski"), ["pruszcz-gdanski-miasto"]);
    assert_eq!(ids("wladyslawowo"), ["wladyslawowo"]);
    // Polish spelled in Cyrillic letters, as a Ukrainian reader would type it.
    assert_eq!(ids("Косаково"), ["kosakowo"]);
    assert!(ids("Władysławowo").contains(&"wladyslawowo".to_string()));
    assert!(ids("warszawa").is_empty());
}
