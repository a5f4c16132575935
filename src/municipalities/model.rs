//! The validated municipalities and counties, and the two rules the pages rely on: which office
//! does a step for a place (the county's when the place has none of its own), and which places a
//! name typed by a visitor means.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use time::Date;

/// What kind of unit a place is; only `county` places hold other places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A city with county rights: its own county, so every step is in its own file.
    CityCounty,
    Urban,
    UrbanRural,
    Rural,
    County,
}

impl Kind {
    /// Whether the place stands on its own, with no county above it.
    pub fn is_county_level(self) -> bool {
        matches!(self, Kind::CityCounty | Kind::County)
    }
}

/// A local step a newcomer takes; the ids are the keys of `[steps]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    AddressRegistration,
    CivilRegistry,
    SocialHelp,
    LabourOffice,
    LegalAid,
    DrivingLicences,
    SchoolEnrolment,
}

impl Step {
    /// In the order a newcomer usually meets them; pages list them so.
    pub const ALL: [Step; 7] = [
        Step::AddressRegistration,
        Step::CivilRegistry,
        Step::SocialHelp,
        Step::LabourOffice,
        Step::LegalAid,
        Step::DrivingLicences,
        Step::SchoolEnrolment,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Step::AddressRegistration => "address-registration",
            Step::CivilRegistry => "civil-registry",
            Step::SocialHelp => "social-help",
            Step::LabourOffice => "labour-office",
            Step::LegalAid => "legal-aid",
            Step::DrivingLicences => "driving-licences",
            Step::SchoolEnrolment => "school-enrolment",
        }
    }

    pub fn parse(id: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.as_str() == id)
    }

    /// The guide that explains the step, when the portal has one in mind. Fixed here rather than
    /// in the files: the guides' slugs are the portal's, not a municipality's; a page shows the
    /// guide only if it exists.
    pub fn guide(self) -> Option<&'static str> {
        match self {
            Step::AddressRegistration => Some("address-registration"),
            Step::CivilRegistry => None,
            Step::SocialHelp => Some("social-help"),
            Step::LabourOffice => Some("finding-a-job"),
            Step::LegalAid => Some("legal-aid"),
            Step::DrivingLicences => Some("driving-licence"),
            Step::SchoolEnrolment => Some("school-enrolment"),
        }
    }
}

/// One municipality (gmina) or county (powiat), as `content/municipalities/<id>.toml` says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub id: String,
    pub path: PathBuf,
    /// The official name, in Polish.
    pub name: String,
    /// The name people say, in Polish: the name shown where `names` has none for the reader.
    pub short_name: String,
    pub kind: Kind,
    /// The county above; `None` for counties and cities with county rights.
    pub county: Option<String>,
    pub website: Option<String>,
    pub bip: Option<String>,
    pub foreigners_page: Option<String>,
    pub source: String,
    pub verified: Date,
    /// The name by language code (only languages of the portal).
    pub names: BTreeMap<String, String>,
    /// The service of the directory that does each sourced step here.
    pub steps: BTreeMap<Step, String>,
}

impl Place {
    /// The county this place belongs to for county matters: itself for a county or a city with
    /// county rights.
    pub fn county_id(&self) -> &str {
        self.county.as_deref().unwrap_or(&self.id)
    }

    /// The name for a reader of `lang`, and whether it is the Polish short name standing in.
    pub fn name_in(&self, lang: &str) -> (&str, bool) {
        match self.names.get(lang) {
            Some(n) => (n, false),
            None => (&self.short_name, true),
        }
    }

    /// Every form of the name to search in, folded: the Polish names, the id, and the name in
    /// each language.
    fn name_forms(&self) -> Vec<String> {
        let fold = super::names::fold;
        let mut forms = vec![fold(&self.short_name), fold(&self.name), fold(&self.id)];
        forms.extend(self.names.values().map(|n| fold(n)));
        forms
    }

    /// The place's own address for "ask here" when the portal knows no office: its BIP, else its
    /// website.
    pub fn ask_link(&self) -> Option<&str> {
        self.bip.as_deref().or(self.website.as_deref())
    }
}

/// Who does a step for a place: the service, and the place whose file names it (the county's when
/// the place's own file has none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Office<'a> {
    pub service: &'a str,
    pub named_by: &'a Place,
}

impl Office<'_> {
    /// Whether the office is the county's, reached through the fallback.
    pub fn from_county(&self, place: &Place) -> bool {
        self.named_by.id != place.id
    }
}

/// Every place of `content/municipalities/`, by id.
#[derive(Debug, Clone, Default)]
pub struct Municipalities {
    pub places: BTreeMap<String, Place>,
}

impl Municipalities {
    pub fn get(&self, id: &str) -> Option<&Place> {
        self.places.get(id)
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The office for `step` in `place`: its own `[steps]`, else its county's (labour offices,
    /// legal aid and driving licences are written once, in the county's file). `None` means the
    /// portal does not know the office yet, not that there is none.
    pub fn office<'a>(&'a self, place: &'a Place, step: Step) -> Option<Office<'a>> {
        if let Some(service) = place.steps.get(&step) {
            return Some(Office {
                service,
                named_by: place,
            });
        }
        let county = self.places.get(place.county.as_deref()?)?;
        county.steps.get(&step).map(|service| Office {
            service,
            named_by: county,
        })
    }

    /// The places of a county, its own file excluded.
    pub fn members<'a>(&'a self, county: &'a str) -> impl Iterator<Item = &'a Place> + 'a {
        self.places
            .values()
            .filter(move |p| p.county.as_deref() == Some(county))
    }

    /// The places whose name, in any language or script, holds every word of `query`, compared
    /// without case, Polish letters or Cyrillic spelling variants (see [`super::names`]).
    pub fn search<'a>(&'a self, query: &str) -> Vec<&'a Place> {
        let queries = super::names::query_forms(query);
        if queries.is_empty() {
            return self.places.values().collect();
        }
        self.places
            .values()
            .filter(|p| {
                let forms = p.name_forms();
                queries.iter().any(|words| {
                    forms
                        .iter()
                        .any(|f| words.iter().all(|w| f.contains(w.as_str())))
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(id: &str, kind: Kind, county: Option<&str>, steps: &[(Step, &str)]) -> Place {
        Place {
            id: id.into(),
            path: PathBuf::from(format!("content/municipalities/{id}.toml")),
            name: format!("Gmina {id}"),
            short_name: id.into(),
            kind,
            county: county.map(String::from),
            website: None,
            bip: None,
            foreigners_page: None,
            source: "https://example.org".into(),
            verified: time::macros::date!(2026 - 12 - 02),
            names: BTreeMap::new(),
            steps: steps.iter().map(|(s, id)| (*s, id.to_string())).collect(),
        }
    }

    fn places(list: Vec<Place>) -> Municipalities {
        Municipalities {
            places: list.into_iter().map(|p| (p.id.clone(), p)).collect(),
        }
    }

    #[test]
    fn a_step_missing_here_is_the_countys() {
        let all = places(vec![
            place(
                "pucki",
                Kind::County,
                None,
                &[(Step::LegalAid, "legal-aid-puck")],
            ),
            place(
                "kosakowo",
                Kind::Rural,
                Some("pucki"),
                &[(Step::AddressRegistration, "town-hall-kosakowo")],
            ),
        ]);
        let kosakowo = all.get("kosakowo").unwrap();
        let own = all.office(kosakowo, Step::AddressRegistration).unwrap();
        assert_eq!(own.service, "town-hall-kosakowo");
        assert!(!own.from_county(kosakowo));
        let county = all.office(kosakowo, Step::LegalAid).unwrap();
        assert_eq!(county.service, "legal-aid-puck");
        assert!(county.from_county(kosakowo));
        assert_eq!(all.office(kosakowo, Step::SocialHelp), None);
    }

    #[test]
    fn a_city_county_has_nothing_to_fall_back_on() {
        let all = places(vec![place("sopot", Kind::CityCounty, None, &[])]);
        let sopot = all.get("sopot").unwrap();
        assert_eq!(sopot.county_id(), "sopot");
        assert_eq!(all.office(sopot, Step::LegalAid), None);
    }

    #[test]
    fn names_fall_back_to_the_polish_short_name() {
        let mut p = place("rumia", Kind::Urban, Some("wejherowski"), &[]);
        p.short_name = "Rumia".into();
        p.names.insert("uk".into(), "Румія".into());
        assert_eq!(p.name_in("uk"), ("Румія", false));
        assert_eq!(p.name_in("en"), ("Rumia", true));
        let all = places(vec![p]);
        for q in ["rumia", "Румія", "РУМІЯ", "rum"] {
            assert_eq!(all.search(q).len(), 1, "{q}");
        }
        assert!(all.search("gdynia").is_empty());
    }

    #[test]
    fn every_step_id_round_trips() {
        for s in Step::ALL {
            assert_eq!(Step::parse(s.as_str()), Some(s));
        }
        assert_eq!(Step::parse("meldunek"), None);
    }
}
