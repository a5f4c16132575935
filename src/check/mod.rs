//! Checks across a loaded site that no single loader can make: content that has grown old (a guide
//! not reviewed, a service not verified, for a year), and translations started with
//! `witaj translate` but not finished (a `TRANSLATE:` mark left, or the source's text unchanged).
//!
//! They run on every load (`check`, `serve`, reloads) with the day passed in, so tests and a CI
//! job can fix "today".

use std::path::Path;

use time::Date;

use crate::config::Config;
use crate::content::Content;
use crate::content::front_matter;
use crate::diagnostics::{Diagnostic, Diagnostics, Severity, column_of, line_of};
use crate::directory::Directory;

/// How `witaj translate` marks a value still to be translated; `check` refuses it.
pub const TRANSLATE_MARK: &str = "TRANSLATE: ";

/// The day a year before `today` (the 28th for a 29 February): anything older is stale.
pub fn a_year_before(today: Date) -> Date {
    today
        .replace_year(today.year() - 1)
        .or_else(|_| Date::from_calendar_date(today.year() - 1, today.month(), 28))
        .unwrap_or(today)
}

/// How a load judges what depends on the day and on the purpose.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The day against which "a year ago" is counted (the statement's review too).
    pub today: Date,
    /// How an unfinished translation counts: an error when publishing (`check`, `serve`), a
    /// warning for `status`, which must work while a translator is in the middle of one.
    pub unfinished: Severity,
}

impl Options {
    /// Today (UTC), unfinished translations refused: what `serve` and `check` use.
    pub fn publishing() -> Options {
        Options {
            today: time::OffsetDateTime::now_utc().date(),
            unfinished: Severity::Error,
        }
    }
}

/// Every check of this module.
pub fn run(
    root: &Path,
    config: &Config,
    content: &Content,
    directory: &Directory,
    options: Options,
    diags: &mut Diagnostics,
) {
    let today = options.today;
    let limit = a_year_before(today);
    let source = &config.source_language;
    for guide in content.guides.values() {
        let Some(page) = guide.pages.get(source) else {
            continue;
        };
        let source_text = std::fs::read_to_string(root.join(&page.path)).unwrap_or_default();
        let (date, key) = match page.reviewed {
            Some(d) => (d, "reviewed"),
            None => (page.updated, "updated"),
        };
        if date < limit {
            let (line, column) = key_position(&source_text, key);
            diags.add(
                Diagnostic::new(
                    Severity::Warning,
                    &page.path,
                    line,
                    format_args!("not reviewed for more than a year (last on {date})"),
                )
                .at_column(column)
                .with_hint(format_args!(
                    "check the guide against its sources, then set `reviewed = {today}`"
                )),
            );
        }
        for (lang, translation) in &guide.pages {
            if lang == source {
                continue;
            }
            unfinished(
                root,
                &translation.path,
                &source_text,
                source,
                options.unfinished,
                diags,
            );
        }
    }
    for service in directory.services.values() {
        if service.verified < limit {
            let text = std::fs::read_to_string(root.join(&service.path)).unwrap_or_default();
            let (line, column) = key_position(&text, "verified");
            diags.add(
                Diagnostic::new(
                    Severity::Warning,
                    &service.path,
                    line,
                    format_args!(
                        "not verified for more than a year (last on {})",
                        service.verified
                    ),
                )
                .at_column(column)
                .with_hint(format_args!(
                    "check every fact against `source`, then set `verified = {today}`"
                )),
            );
        }
    }
}

/// A translation `witaj translate` started: a marked value, or the source body unchanged.
fn unfinished(
    root: &Path,
    path: &Path,
    source_text: &str,
    source: &str,
    severity: Severity,
    diags: &mut Diagnostics,
) {
    let Ok(text) = std::fs::read_to_string(root.join(path)) else {
        return;
    };
    for (offset, _) in text.match_indices(TRANSLATE_MARK) {
        let key_end = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let key = text[key_end..offset]
            .split('=')
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        diags.add(
            Diagnostic::new(
                severity,
                path,
                Some(line_of(&text, offset)),
                format_args!("`{key}` is not translated yet"),
            )
            .at_column(Some(column_of(&text, offset)))
            .with_hint("replace the value with its translation, without `TRANSLATE: `"),
        );
    }
    let body = |t: &str| {
        front_matter::split(t)
            .ok()
            .map(|s| (s.body.trim().to_string(), s.body_line))
    };
    if let (Some((own, line)), Some((original, _))) = (body(&text), body(source_text))
        && !own.is_empty()
        && own == original
    {
        diags.add(
            Diagnostic::new(
                severity,
                path,
                Some(line),
                format_args!("the text is still the {source} original"),
            )
            .at_column(Some(1))
            .with_hint("translate the text below the front matter"),
        );
    }
}

/// The line and column of `key = ` at the start of a line of `text`.
fn key_position(text: &str, key: &str) -> (Option<usize>, Option<usize>) {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            let value = offset + line.find('=').map_or(0, |i| i + 1);
            let value = value + (text[value..].len() - text[value..].trim_start().len());
            return (Some(line_of(text, value)), Some(column_of(text, value)));
        }
        offset += line.len();
    }
    (None, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_year_before_handles_the_leap_day() {
        assert_eq!(a_year_before(date!(2026 - 12 - 02)), date!(2025 - 12 - 02));
        assert_eq!(a_year_before(date!(2028 - 02 - 29)), date!(2027 - 02 - 28));
    }

    #[test]
    fn keys_are_found_at_their_value() {
        let text = "+++\ntitle = \"x\"\nreviewed = 2025-01-01\n";
        assert_eq!(key_position(text, "reviewed"), (Some(3), Some(12)));
        assert_eq!(key_position(text, "verified"), (None, None));
    }
}
