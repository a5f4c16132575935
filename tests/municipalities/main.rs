//! Municipalities and counties (`content/municipalities/`): every `witaj check` error a place file
//! can have (`check.rs`), the county fallback and the name search on the bundled files
//! (`model.rs`), and the pages, the short link and the sitemap (`pages.rs`).
//!
//! The check tests use `tests/fixtures/directory-site` with four place files written by
//! [`with_places`]; the others use the repository's own content.

#[path = "../common/mod.rs"]
mod common;

mod check;
mod local;
mod model;
mod pages;

use common::TestSite;

pub const GDANSK: &str = r#"name = "Gmina Miasta Gdańska"
short_name = "Gdańsk"
kind = "city-county"
website = "https://www.gdansk.pl"
source = "https://www.gdansk.pl"
verified = 2026-12-02

[names]
uk = "Гданськ"
ar = "غدانسك"

[steps]
legal-aid = "legal-gdansk-uk"
"#;

pub const PUCKI: &str = r#"name = "Powiat Pucki"
short_name = "powiat pucki"
kind = "county"
source = "https://powiat.puck.pl"
verified = 2026-12-02

[steps]
legal-aid = "two-places"
"#;

pub const PUCK: &str = r#"name = "Gmina Miasta Puck"
short_name = "Puck"
kind = "urban"
county = "pucki"
bip = "https://bip.puck.pl"
source = "https://bip.puck.pl"
verified = 2026-12-02

[steps]
social-help = "no-hours"
"#;

pub const GDYNIA: &str = r#"name = "Gmina Miasta Gdyni"
short_name = "Gdynia"
kind = "city-county"
source = "https://www.gdynia.pl"
verified = 2026-12-02
"#;

/// The directory fixture with a place file for each of its `[[municipalities]]` and the county.
pub fn with_places() -> TestSite {
    let s = TestSite::fixture("directory-site");
    for (id, text) in [
        ("gdansk", GDANSK),
        ("gdynia", GDYNIA),
        ("puck", PUCK),
        ("pucki", PUCKI),
    ] {
        s.write(&format!("content/municipalities/{id}.toml"), text);
    }
    s
}
