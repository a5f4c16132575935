//! A [`FieldError`] of the write path in the reader's language. The library's messages are plain
//! English for `witaj` on the command line; the form shows a Fluent message chosen by the field
//! the error is on (each field has few ways to be wrong), with the position for the hours, which
//! comes from parsing the expression again rather than from the English text.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::directory::edit::{FieldError, ServiceDraft};
use crate::directory::hours::Hours;
use crate::site::Site;

/// The message of an edit that changes nothing (on no field): there is nothing to review.
pub const NOTHING_CHANGED: &str = "nothing changed";

/// The message of a form sent for a version of the service that is not the current one.
pub const CHANGED_MEANWHILE: &str = "changed since the form was shown";

/// The message for `e`, a problem of `draft`, in `lang`.
pub fn localise(site: &Site, lang: &str, draft: &ServiceDraft, e: &FieldError) -> String {
    let (id, args) = message_of(site, draft, e);
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(k, v);
    }
    site.locales.format(lang, id, Some(&fa))
}

fn message_of(
    site: &Site,
    draft: &ServiceDraft,
    e: &FieldError,
) -> (&'static str, Vec<(&'static str, FluentValue<'static>)>) {
    let (f, m) = (e.field.as_str(), e.message.as_str());
    let parts: Vec<&str> = f.split('.').collect();
    let plain = |id| (id, Vec::new());
    let source = &site.config.source_language;
    match parts.as_slice() {
        [""] if m == NOTHING_CHANGED => plain("moderation-error-nothing-changed"),
        [""] if m == CHANGED_MEANWHILE => plain("moderation-error-changed-meanwhile"),
        ["free"] => plain("moderation-error-free"),
        ["topics"] => plain("moderation-error-topics"),
        ["languages"] => plain("moderation-error-languages"),
        ["opening_hours"] => match Hours::parse(&draft.opening_hours)
            .err()
            .and_then(|h| h.column)
        {
            Some(column) => (
                "moderation-error-hours",
                vec![("column", FluentValue::from(column as i64))],
            ),
            None => plain("moderation-error-hours-unknown"),
        },
        ["email"] => plain("moderation-error-email"),
        ["website"] => plain("moderation-error-url"),
        ["source"] if draft.source.is_empty() => plain("moderation-error-source-required"),
        ["source"] => plain("moderation-error-url"),
        ["week", _, "closed"] => plain("moderation-error-week-closed-and-hours"),
        ["week", ..] if m.starts_with("give the") => plain("moderation-error-week-missing"),
        ["week", ..] if m.contains("overlap") => plain("moderation-error-week-overlap"),
        ["week", ..] if m.contains("differ") => plain("moderation-error-week-same"),
        ["week", ..] => plain("moderation-error-week-time"),
        ["phones" | "locations", ..] if m.contains("at most") => plain("moderation-error-too-many"),
        ["phones", _, "number"] => plain("moderation-error-phone"),
        ["locations", _, "address" | "city"] => plain("moderation-error-place-required"),
        ["locations", _, "municipality"] => plain("moderation-error-municipality"),
        ["locations", _, "postal_code"] => plain("moderation-error-postal-code"),
        [.., lang] if m.contains("not a language") && site.config.language(lang).is_none() => {
            plain("moderation-error-text-language")
        }
        ["name", lang] if lang == source && draft.text("name", source).is_empty() => {
            let language = site
                .config
                .language(source)
                .map_or(source.clone(), |l| l.name.clone());
            (
                "moderation-error-name-required",
                vec![("language", FluentValue::from(language))],
            )
        }
        ["name", lang] if lang == source => plain("moderation-error-name-id"),
        _ => (
            "moderation-error-file",
            vec![("detail", FluentValue::from(m.to_string()))],
        ),
    }
}
