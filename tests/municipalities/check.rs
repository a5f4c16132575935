//! `witaj check` on place files: each kind of bad reference, with its file and line.

use insta::assert_snapshot;

use crate::{GDANSK, PUCK, with_places};

/// The report with `content/municipalities/<id>.toml` written from `text`, `from` replaced by `to`.
#[track_caller]
fn errors_with_edit(id: &str, text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} is not in the file");
    let s = with_places();
    s.write(
        &format!("content/municipalities/{id}.toml"),
        &text.replace(from, to),
    );
    s.errors()
}

#[test]
fn the_fixture_with_places_loads() {
    let site = with_places().site();
    assert_eq!(site.municipalities.places.len(), 4);
    assert!(site.warnings.is_empty(), "{}", site.warnings);
}

#[test]
fn a_site_without_the_folder_has_no_places() {
    let site = crate::common::TestSite::fixture("directory-site").site();
    assert!(site.municipalities.is_empty());
}

#[test]
fn check_unknown_step_and_service() {
    assert_snapshot!(
        errors_with_edit("puck", PUCK, "social-help =", "meldunek ="),
        @"content/municipalities/puck.toml:10:1: error: unknown step `meldunek`: use one of address-registration, civil-registry, social-help, labour-office, legal-aid, driving-licences, school-enrolment"
    );
    assert_snapshot!(
        errors_with_edit("puck", PUCK, "\"no-hours\"", "\"mops-nope\""),
        @"content/municipalities/puck.toml:10:15: error: step `social-help` names `mops-nope`, which is not a service: add content/directory/mops-nope.toml or use an existing service id"
    );
}

#[test]
fn check_counties() {
    assert_snapshot!(
        errors_with_edit("puck", PUCK, "county = \"pucki\"", "county = \"nowhere\""),
        @r#"
        content/municipalities/puck.toml:4: error: county `nowhere` has no file: add content/municipalities/nowhere.toml (kind = "county"), or correct the id
        content/municipalities/puck.toml:4: error: the county here is `nowhere`, but portal.toml puts `puck` in `pucki`: make them agree
        "#
    );
    assert_snapshot!(
        errors_with_edit("puck", PUCK, "county = \"pucki\"", "county = \"gdansk\""),
        @r#"
        content/municipalities/puck.toml:4: error: `gdansk` is not a county (its file says kind = "city-county"): name the powiat's file here
        content/municipalities/puck.toml:4: error: the county here is `gdansk`, but portal.toml puts `puck` in `pucki`: make them agree
        "#
    );
    assert_snapshot!(
        errors_with_edit("puck", PUCK, "county = \"pucki\"\n", ""),
        @r#"content/municipalities/puck.toml:3:8: error: a place of kind "urban" has no county: add `county = "..."`, the id of its powiat's file"#
    );
    assert_snapshot!(
        errors_with_edit(
            "gdansk",
            GDANSK,
            "kind = \"city-county\"",
            "kind = \"city-county\"\ncounty = \"pucki\""
        ),
        @r#"content/municipalities/gdansk.toml:4:10: error: a place of kind "city-county" has no county above it: remove `county`"#
    );
}

#[test]
fn check_a_county_without_its_file_and_portal_toml_without_a_file() {
    let s = with_places();
    s.remove("content/municipalities/pucki.toml");
    s.remove("content/municipalities/gdynia.toml");
    assert_snapshot!(s.errors(), @r#"
        content/municipalities/puck.toml:4: error: county `pucki` has no file: add content/municipalities/pucki.toml (kind = "county"), or correct the id
        portal.toml: error: municipality `gdynia` has no file: add content/municipalities/gdynia.toml (see the README there)
        "#);
}

#[test]
fn check_urls_unknown_keys_kinds_and_languages() {
    assert_snapshot!(
        errors_with_edit("puck", PUCK, "bip = \"https://", "bip = \""),
        @"content/municipalities/puck.toml:5:7: error: `bip` must be a full https:// address, not `bip.puck.pl`: write `https://bip.puck.pl`"
    );
    assert_snapshot!(
        errors_with_edit("puck", PUCK, "bip =", "bipp ="),
        @"content/municipalities/puck.toml:5:1: error: unknown field `bipp`: check the spelling; the known keys here are one of `name`, `short_name`, `kind`, `county`, `website`, `bip`, `foreigners_page`, `source`, `verified`, `names`, `steps`"
    );
    assert_snapshot!(
        errors_with_edit("puck", PUCK, "kind = \"urban\"", "kind = \"village\""),
        @r#"content/municipalities/puck.toml:3:8: error: unknown variant `village`, expected one of `city-county`, `urban`, `urban-rural`, `rural`, `county`: fix the TOML at this column: text in "quotes", dates like 2026-11-23, lists in [ ] (https://toml.io)"#
    );
    assert_snapshot!(
        errors_with_edit("gdansk", GDANSK, "uk = ", "xx = "),
        @"content/municipalities/gdansk.toml:9:1: error: `names` has a name in `xx`, which is not a language of this portal: use one of pl, uk, ar"
    );
}
