//! The label of every field of the service form, in one table: the form (`edit.rs`) shows each
//! input with it, and the review page (`review.rs`) names each changed field and each field of a
//! conflict with it, so an editor reads "Phone 1: Note on the phone (Українська)" where the file
//! and the form say `phones.0.note.uk`, in the editor's own language.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::directory::edit::draft::TEXT_FIELDS;
use crate::site::Site;

/// The Fluent id of the label of a field's own name (`description`, `email`, a phone's `number`,
/// a place's `postal_code`).
fn label_id(own: &str) -> Option<&'static str> {
    Some(match own {
        "name" => "moderation-field-name",
        "description" => "moderation-field-description",
        "eligibility" => "moderation-field-eligibility",
        "application" => "moderation-field-application",
        "languages_note" => "moderation-field-languages-note",
        "cost_note" => "moderation-field-cost-note",
        "hours_note" => "moderation-field-hours-note",
        "topics" => "moderation-field-topics",
        "languages" => "moderation-field-languages",
        "free" => "moderation-field-free",
        "opening_hours" => "moderation-field-opening-hours",
        "email" => "moderation-field-email",
        "website" => "moderation-field-website",
        "source" => "moderation-field-source",
        "number" => "moderation-field-phone",
        "note" => "moderation-field-phone-note",
        "address" => "moderation-field-address",
        "postal_code" => "moderation-field-postal-code",
        "city" => "moderation-field-city",
        "municipality" => "moderation-field-municipality",
        "accessibility" => "moderation-field-accessibility",
        _ => return None,
    })
}

/// A form field's name read as the form writes it.
#[derive(Debug, PartialEq, Eq)]
struct Field<'a> {
    /// The Fluent id of its label.
    label: &'static str,
    /// The phone or place it belongs to: the legend's id and its number (from 1).
    group: Option<(&'static str, usize)>,
    /// The language of a text in one language.
    lang: Option<&'a str>,
}

fn read(name: &str) -> Option<Field<'_>> {
    let parts: Vec<&str> = name.split('.').collect();
    let phone = |n: &str| Some(("moderation-phone-legend", n.parse::<usize>().ok()? + 1));
    let place = |n: &str| Some(("moderation-place-legend", n.parse::<usize>().ok()? + 1));
    let (own, group, lang) = match parts[..] {
        [own] => (own, None, None),
        [own, lang] if TEXT_FIELDS.contains(&own) => (own, None, Some(lang)),
        ["phones", n, own @ "number"] => (own, Some(phone(n)?), None),
        ["phones", n, own @ "note", lang] => (own, Some(phone(n)?), Some(lang)),
        [
            "locations",
            n,
            own @ ("address" | "postal_code" | "city" | "municipality"),
        ] => (own, Some(place(n)?), None),
        ["locations", n, own @ "accessibility", lang] => (own, Some(place(n)?), Some(lang)),
        _ => return None,
    };
    Some(Field {
        label: label_id(own)?,
        group,
        lang,
    })
}

/// The Fluent id of the label the form shows for the field `name` (`description.uk`,
/// `phones.0.number`); `None` for a name the service form does not have.
pub fn label_of(name: &str) -> Option<&'static str> {
    read(name).map(|f| f.label)
}

/// The field `name` as a reader of `lang` names it: its label, the language of a text in one
/// language, and the phone or place it belongs to. A name the form does not have stays as it is.
pub fn describe(site: &Site, lang: &str, name: &str) -> String {
    let Some(f) = read(name) else {
        return name.to_string();
    };
    let say = |id: &str, args: &[(&'static str, FluentValue<'static>)]| {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        site.locales.format(lang, id, Some(&fa))
    };
    let mut text = say(f.label, &[]);
    if let Some(code) = f.lang {
        let language = site
            .config
            .language(code)
            .map_or_else(|| code.to_string(), |l| l.name.clone());
        text = say(
            "moderation-field-in-language",
            &[
                ("field", FluentValue::from(text)),
                ("language", FluentValue::from(language)),
            ],
        );
    }
    if let Some((legend, number)) = f.group {
        let group = say(legend, &[("number", FluentValue::from(number as i64))]);
        text = say(
            "moderation-field-in-group",
            &[
                ("group", FluentValue::from(group)),
                ("field", FluentValue::from(text)),
            ],
        );
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_of_the_form_is_read() {
        let cases = [
            (
                "opening_hours",
                "moderation-field-opening-hours",
                None,
                None,
            ),
            (
                "description.uk",
                "moderation-field-description",
                None,
                Some("uk"),
            ),
            ("phones.0.number", "moderation-field-phone", Some(1), None),
            (
                "phones.2.note.ar",
                "moderation-field-phone-note",
                Some(3),
                Some("ar"),
            ),
            (
                "locations.1.postal_code",
                "moderation-field-postal-code",
                Some(2),
                None,
            ),
            (
                "locations.0.accessibility.pl",
                "moderation-field-accessibility",
                Some(1),
                Some("pl"),
            ),
        ];
        for (name, label, number, lang) in cases {
            let f = read(name).unwrap_or_else(|| panic!("{name}"));
            assert_eq!(f.label, label, "{name}");
            assert_eq!(f.group.map(|g| g.1), number, "{name}");
            assert_eq!(f.lang, lang, "{name}");
        }
        for unknown in [
            "csrf",
            "email.pl",
            "phones.x.number",
            "phones.0.city",
            "locations.0",
        ] {
            assert_eq!(read(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn every_field_a_draft_gives_has_a_label() {
        use crate::directory::edit::{LocationDraft, PhoneDraft, ServiceDraft};
        let mut d = ServiceDraft::default();
        for field in TEXT_FIELDS {
            d.texts
                .entry(field.into())
                .or_default()
                .insert("uk".into(), "x".into());
        }
        d.topics = vec!["x".into()];
        d.languages = vec!["uk".into()];
        d.free = Some(true);
        d.opening_hours = "24/7".into();
        d.email = "x".into();
        d.website = "x".into();
        d.source = "x".into();
        let mut phone = PhoneDraft {
            number: "x".into(),
            ..PhoneDraft::default()
        };
        phone.note.insert("uk".into(), "x".into());
        d.phones = vec![phone];
        let mut place = LocationDraft {
            address: "x".into(),
            postal_code: "x".into(),
            city: "x".into(),
            municipality: "x".into(),
            ..LocationDraft::default()
        };
        place.accessibility.insert("uk".into(), "x".into());
        d.locations = vec![place];
        let fields = d.fields();
        assert!(fields.len() >= 21, "{fields:?}");
        for (name, _) in fields {
            assert!(label_of(&name).is_some(), "no label for `{name}`");
        }
    }
}
