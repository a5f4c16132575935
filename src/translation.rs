//! Translation status: which version of the source-language text a translation was made from.
//!
//! Guides and services are translated the same way: the translation records a hash of the source
//! texts it was made from (`source_hash`, written by `witaj stamp`), and the loader compares it
//! with the hash of the current source. This module holds that hash and the status it gives, so
//! `content` and `directory` share one rule and neither reaches into the other for it.
//!
//! Only what a translator translates is hashed, with line endings and trailing white space
//! normalised, so that re-dating a source file, adding a source link or saving it on Windows does
//! not mark every translation as outdated.

use serde::Serialize;
use sha2::{Digest, Sha256};

/// How a language's version of a guide or service stands against the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The source-language original.
    Source,
    /// Translated from the current source.
    Current,
    /// Translated from an older source, or never stamped: it may say something the source no
    /// longer says.
    Outdated,
    /// Not translated into this language.
    Missing,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Source => "source",
            Status::Current => "current",
            Status::Outdated => "outdated",
            Status::Missing => "missing",
        }
    }

    /// The status of a translation that carries `stamped` (its `source_hash`, if any) when the
    /// source's texts hash to `current`.
    pub fn of_translation(stamped: Option<&str>, current: &str) -> Status {
        match stamped {
            Some(h) if h == current => Status::Current,
            _ => Status::Outdated,
        }
    }
}

/// Sixteen hex digits: short enough to read in a diff, far more than enough to tell versions apart.
pub const HASH_LEN: usize = 16;

/// The hash of a translatable text in three parts (a guide's title, summary and body; a service's
/// name, description, and eligibility with how to apply).
pub fn source_hash(title: &str, summary: &str, body: &str) -> String {
    let mut h = Sha256::new();
    for part in [title, summary, body] {
        let normalised: String = part
            .replace("\r\n", "\n")
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n");
        h.update(normalised.trim().as_bytes());
        h.update([0u8]);
    }
    let digest = h.finalize();
    digest
        .iter()
        .take(HASH_LEN / 2)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `hash` could have been written by `witaj stamp`: a typo or a hand-made value is
/// reported rather than silently read as "outdated".
pub fn is_well_formed(hash: &str) -> bool {
    hash.len() == HASH_LEN
        && hash
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_and_trailing_space_do_not_count() {
        assert_eq!(
            source_hash("T", "S", "a  \nb\n"),
            source_hash("T", "S", "a\r\nb\r\n\r\n")
        );
        assert_ne!(source_hash("T", "S", "a"), source_hash("T", "S", "b"));
        assert_ne!(source_hash("T", "Sa", ""), source_hash("T", "S", "a"));
        assert!(is_well_formed(&source_hash("", "", "")));
    }

    #[test]
    fn only_the_current_hash_makes_a_translation_current() {
        let h = source_hash("T", "S", "B");
        assert_eq!(Status::of_translation(Some(&h), &h), Status::Current);
        assert_eq!(
            Status::of_translation(Some("0000000000000000"), &h),
            Status::Outdated
        );
        assert_eq!(Status::of_translation(None, &h), Status::Outdated);
    }
}
