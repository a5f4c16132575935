//! The directory files as written: what serde reads before the field reader checks it. Spans are
//! kept so every problem can name its line.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::directory::model::OrgKind;

pub(super) type RawText = Spanned<BTreeMap<String, String>>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawService {
    pub(super) name: RawText,
    #[serde(default)]
    pub(super) description: Option<RawText>,
    #[serde(default)]
    pub(super) eligibility: Option<RawText>,
    #[serde(default)]
    pub(super) application: Option<RawText>,
    pub(super) topics: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) languages: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) languages_note: Option<RawText>,
    #[serde(default)]
    pub(super) free: Option<bool>,
    #[serde(default)]
    pub(super) cost_note: Option<RawText>,
    #[serde(default)]
    pub(super) opening_hours: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) hours_note: Option<RawText>,
    #[serde(default)]
    pub(super) email: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) website: Option<Spanned<String>>,
    pub(super) source: Spanned<String>,
    pub(super) verified: Spanned<toml::value::Datetime>,
    pub(super) organization: RawOrganization,
    #[serde(default)]
    pub(super) phones: Vec<RawPhone>,
    #[serde(default)]
    pub(super) locations: Vec<RawLocation>,
    /// `remote = true`: reached only by phone or online, so "no address to visit" is a fact.
    #[serde(default)]
    pub(super) remote: Option<Spanned<bool>>,
    #[serde(default)]
    pub(super) areas: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) source_hash: Option<Spanned<BTreeMap<String, String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOrganization {
    pub(super) id: Spanned<String>,
    pub(super) name: RawText,
    pub(super) kind: OrgKind,
    #[serde(default)]
    pub(super) description: Option<RawText>,
    #[serde(default)]
    pub(super) website: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPhone {
    pub(super) number: Spanned<String>,
    #[serde(default)]
    pub(super) note: Option<RawText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLocation {
    #[serde(default)]
    pub(super) name: Option<RawText>,
    pub(super) address: Spanned<String>,
    #[serde(default)]
    pub(super) postal_code: Option<Spanned<String>>,
    pub(super) city: Spanned<String>,
    pub(super) municipality: Spanned<String>,
    #[serde(default)]
    pub(super) lat: Option<Spanned<f64>>,
    #[serde(default)]
    pub(super) lon: Option<Spanned<f64>>,
    #[serde(default)]
    pub(super) accessibility: Option<RawText>,
    #[serde(default)]
    pub(super) opening_hours: Option<Spanned<String>>,
}
