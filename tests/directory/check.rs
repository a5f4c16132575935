//! `witaj check` on the directory: every error a service file can have, each with its file and
//! line, as the whole report an editor reads (inline snapshots: `tests/README.md` says how to
//! update them).

use insta::assert_snapshot;

use crate::common::TestSite;
use crate::site;

/// A service file that loads: each test below breaks one thing in it.
const VALID: &str = r#"name = { pl = "Usługa" }
topics = ["legal-aid"]
languages = ["pl"]
opening_hours = "Mo-Fr 09:00-17:00"
source = "https://example.org"
verified = 2026-11-20

[organization]
id = "org"
name = { pl = "Organizacja" }
kind = "ngo"

[[phones]]
number = "+48 58 000 00 00"

[[locations]]
address = "ul. Testowa 1"
postal_code = "80-001"
city = "Gdańsk"
municipality = "gdansk"
lat = 54.35
lon = 18.65
"#;

/// The report of the directory fixture with `content/directory/bad.toml` written from `VALID`,
/// `from` replaced by `to`.
#[track_caller]
fn errors_with_edit(from: &str, to: &str) -> String {
    assert!(VALID.contains(from), "{from:?} is not in VALID");
    let s = site();
    s.write("content/directory/bad.toml", &VALID.replace(from, to));
    s.errors()
}

#[test]
fn the_valid_template_loads() {
    let s = site();
    s.write("content/directory/bad.toml", VALID);
    assert!(s.site().directory.services.contains_key("bad"));
}

#[test]
fn check_unknown_topic_municipality_and_language() {
    assert_snapshot!(errors_with_edit("[\"legal-aid\"]", "[\"legal-aid\", \"nope\"]"), @"content/directory/bad.toml:2:24: error: unknown topic `nope`: use one of documents, legal-aid, social-help, safety, health");
    assert_snapshot!(
        errors_with_edit("municipality = \"gdansk\"", "municipality = \"warszawa\""),
        @"content/directory/bad.toml:20:16: error: unknown municipality `warszawa`: use one of the [[municipalities]] in portal.toml (gdansk, gdynia, puck)"
    );
    assert_snapshot!(errors_with_edit("languages = [\"pl\"]", "languages = [\"pl\", \"xx\"]"), @"content/directory/bad.toml:3:20: error: unknown language code `xx`: use an ISO 639 code listed in portal.toml or in content/directory/_languages.toml (add it there with its name in itself)");
    assert_snapshot!(
        errors_with_edit(
            "verified = 2026-11-20",
            "verified = 2026-11-20\nareas = [\"gdansk\", \"mars\"]",
        ),
        @"content/directory/bad.toml:7:20: error: unknown municipality `mars`: use one of the [[municipalities]] in portal.toml (gdansk, gdynia, puck)"
    );
    // A text in a language the portal does not publish.
    assert_snapshot!(
        errors_with_edit(
            "name = { pl = \"Usługa\" }",
            "name = { pl = \"Usługa\", de = \"Dienst\" }",
        ),
        @"content/directory/bad.toml:1:8: error: `name` has a text in `de`, which is not a language of this portal: use one of pl, uk, ar, or add the language to portal.toml first"
    );
}

#[test]
fn check_invalid_opening_hours_with_the_position() {
    // The position of the mistake, and where the syntax is explained.
    assert_snapshot!(errors_with_edit("Mo-Fr 09:00-17:00", "Mo-Fr 09:00-1x:00"), @r#"content/directory/bad.toml:4:17: error: invalid opening_hours "Mo-Fr 09:00-1x:00" at character 13: cannot read the expression from `1x:00` on: see https://wiki.openstreetmap.org/wiki/Key:opening_hours"#);
    // Location hours are checked too.
    assert_snapshot!(
        errors_with_edit(
            "lon = 18.65\n",
            "lon = 18.65\nopening_hours = \"Mo-Fr 25:00-26:00 nonsense\"\n",
        ),
        @r#"content/directory/bad.toml:23:17: error: invalid opening_hours "Mo-Fr 25:00-26:00 nonsense" at character 7: cannot read the expression from `25:00-26:00 ` on: see https://wiki.openstreetmap.org/wiki/Key:opening_hours"#
    );
}

#[test]
fn check_bad_coordinates() {
    assert_snapshot!(errors_with_edit("lat = 54.35", "lat = 154.35"), @"content/directory/bad.toml:21:7: error: coordinates (154.35, 18.65) are not a place on Earth: check `lat` (from -90 to 90) and `lon` (from -180 to 180), in that order; Gdańsk is about lat 54.35, lon 18.65");
    assert_snapshot!(
        errors_with_edit("lat = 54.35\nlon = 18.65", "lat = 18.65\nlon = 54.35"),
        @"content/directory/bad.toml:21:7: error: coordinates (18.65, 54.35) are outside Poland: `lat` and `lon` look swapped: write the latitude (about 54 here) as `lat`, the longitude (about 18) as `lon`"
    );
    assert_snapshot!(errors_with_edit("lat = 54.35\n", ""), @"content/directory/bad.toml:21:7: error: only one of `lat` and `lon` is given: give both, or neither");
}

#[test]
fn check_duplicate_ids() {
    let s = site();
    s.write("content/directory/one/dup.toml", VALID);
    s.write("content/directory/two/dup.toml", VALID);
    assert_snapshot!(s.errors(), @"content/directory/two/dup.toml: error: duplicate service id `dup`: content/directory/one/dup.toml has the same name: rename one of the files, as ids must be unique across all folders");
    let s = site();
    s.write("content/directory/Bad_Name.toml", VALID);
    assert_snapshot!(s.errors(), @"content/directory/Bad_Name.toml: error: `Bad_Name` is not a valid service id: name the file with lower-case ASCII letters, digits and hyphens, e.g. `mopr-gdansk.toml`");
}

#[test]
fn check_name_missing_in_the_source_language() {
    assert_snapshot!(
        errors_with_edit("name = { pl = \"Usługa\" }", "name = { uk = \"Послуга\" }"),
        @r#"content/directory/bad.toml:1:8: error: `name` is missing in the source language: add `pl = "..."` to it"#
    );
    assert_snapshot!(
        errors_with_edit(
            "name = { pl = \"Organizacja\" }",
            "name = { uk = \"Організація\" }",
        ),
        @r#"content/directory/bad.toml:10:8: error: `organization.name` is missing in the source language: add `pl = "..."` to it"#
    );
}

#[test]
fn check_guides_citing_services_that_do_not_exist() {
    let s = site();
    s.write(
        "content/guides/help/pl.md",
        &s.read("content/guides/help/pl.md")
            .replace("\"always-open\"]", "\"always-open\", \"ghost\"]")
            .replace("service:legal-gdansk-uk", "service:phantom"),
    );
    assert_snapshot!(s.errors(), @r"
        content/guides/help/pl.md:7: error: the guide cites a service that does not exist: `ghost`: check the id: it is the name of a file of content/directory/ (there is no ghost.toml)
        content/guides/help/pl.md:12: error: the guide cites a service that does not exist: `phantom`: check the id: it is the name of a file of content/directory/ (there is no phantom.toml)
        ");
}

#[test]
fn check_other_field_errors() {
    assert_snapshot!(errors_with_edit("opening_hours =", "opening_hour ="), @"content/directory/bad.toml:4:1: error: unknown field `opening_hour`: check the spelling; the known keys here are one of `name`, `description`, `eligibility`, `application`, `topics`, `languages`, `languages_note`, `free`, `cost_note`, `opening_hours`, `hours_note`, `email`, `website`, `source`, `verified`, `organization`, `phones`, `locations`, `remote`, `areas`, `source_hash`");
    assert_snapshot!(errors_with_edit("kind = \"ngo\"", "kind = \"company\""), @r#"content/directory/bad.toml:11:8: error: unknown variant `company`, expected one of `city-unit`, `public-office`, `ngo`: fix the TOML at this column: text in "quotes", dates like 2026-11-23, lists in [ ] (https://toml.io)"#);
    assert_snapshot!(
        errors_with_edit("source = \"https://example.org\"", "source = \"example.org\""),
        @"content/directory/bad.toml:5:10: error: `source` must be a full https:// address, not `example.org`: write `https://example.org`"
    );
    assert_snapshot!(
        errors_with_edit("verified = 2026-11-20", "verified = 2026-11-20T10:00:00"),
        @"content/directory/bad.toml:6:12: error: `verified` is not a plain date: write it like 2026-11-23, without a time"
    );
    assert_snapshot!(
        errors_with_edit("postal_code = \"80-001\"", "postal_code = \"80001\""),
        @"content/directory/bad.toml:18:15: error: postal code `80001` is not written like `80-810`: write two digits, a hyphen, three digits"
    );
    assert_snapshot!(
        errors_with_edit("number = \"+48 58 000 00 00\"", "number = \"call us\""),
        @"content/directory/bad.toml:14:10: error: `call us` is not a phone number: write digits and spaces, e.g. `+48 58 123 45 67` or `116 123` (hyphens and parentheses are allowed too)"
    );
    assert_snapshot!(errors_with_edit("topics = [\"legal-aid\"]", "topics = []"), @"content/directory/bad.toml: error: `topics` is empty: list at least one of: documents, legal-aid, social-help, safety, health");
    assert_snapshot!(
        errors_with_edit(
            "verified = 2026-11-20\n",
            "verified = 2026-11-20\nemail = \"nobody\"\n",
        ),
        @"content/directory/bad.toml:7:9: error: `nobody` is not an e-mail address: write it like `info@example.org`"
    );
    assert_snapshot!(errors_with_edit("id = \"org\"", "id = \"Org Name\""), @"content/directory/bad.toml:9:6: error: organization id `Org Name` is not a slug: use lower-case ASCII letters, digits and hyphens, not starting or ending with a hyphen, e.g. `legal-aid`");
    assert_snapshot!(errors_with_edit("source = \"https://example.org\"\n", ""), @"content/directory/bad.toml:1:1: error: missing field `source`: add `source = ...` (docs/editors.md says what it holds)");
}

#[test]
fn check_the_languages_file() {
    let s = site();
    s.write(
        "content/directory/_languages.toml",
        "en = \"English\"\nEN_us = \"x\"\nfr = \"\"\n",
    );
    assert_snapshot!(s.errors(), @r"
        content/directory/_languages.toml:2:9: error: `EN_us` is not a language code: use an ISO 639 code such as `uk` or `hy`
        content/directory/_languages.toml:3:6: error: language `fr` has no name: write its name in that language itself, as a reader of it would look for it
        ");
}

#[test]
fn a_site_without_a_directory_is_fine() {
    let site = TestSite::fixture("site").site();
    assert!(site.directory.services.is_empty());
}

// A service file over `limits.service_file_bytes` is refused before it is read.
#[test]
fn a_service_file_over_its_limit() {
    let site = site();
    site.append("portal.toml", "[limits]\nservice_file_bytes = 500\n");
    assert_snapshot!(site.errors(), @r"
        content/directory/gdynia/legal-gdynia-uk.toml:1: error: the file is 1186 bytes, the limit is 500: split it, or raise `service_file_bytes` under [limits] in portal.toml
        content/directory/legal-gdansk-uk.toml:1: error: the file is 557 bytes, the limit is 500: split it, or raise `service_file_bytes` under [limits] in portal.toml
        content/directory/two-places.toml:1: error: the file is 600 bytes, the limit is 500: split it, or raise `service_file_bytes` under [limits] in portal.toml
        content/guides/help/pl.md:7: error: the guide cites a service that does not exist: `legal-gdynia-uk`: check the id: it is the name of a file of content/directory/ (there is no legal-gdynia-uk.toml)
        content/guides/help/pl.md:12: error: the guide cites a service that does not exist: `legal-gdansk-uk`: check the id: it is the name of a file of content/directory/ (there is no legal-gdansk-uk.toml)
        ");
}
