//! `[feedback]` in `portal.toml`: how long visitors' comments on pages are kept. The counts of
//! answers and of translation demand carry nothing about a person and are kept as statistics; a
//! comment is free text, scrubbed but still written by a person, so it is deleted after a period
//! the operator states in the privacy notice (`/{lang}/privacy` shows this value).

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostics::Reporter;

/// Months a comment is kept unless `portal.toml` says otherwise.
pub const DEFAULT_COMMENT_RETENTION_MONTHS: u32 = 12;
/// Longest retention accepted: ten years is already more than any reason to keep a comment.
const MAX_COMMENT_RETENTION_MONTHS: i64 = 120;

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFeedback {
    comment_retention_months: Option<Spanned<i64>>,
}

/// The checked `[feedback]` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Feedback {
    /// Comments older than this many months are deleted.
    pub comment_retention_months: u32,
}

impl Default for Feedback {
    fn default() -> Self {
        Feedback {
            comment_retention_months: DEFAULT_COMMENT_RETENTION_MONTHS,
        }
    }
}

impl RawFeedback {
    pub(super) fn check(&self, r: &mut Reporter) -> Feedback {
        let Some(v) = &self.comment_retention_months else {
            return Feedback::default();
        };
        let n = *v.get_ref();
        if (1..=MAX_COMMENT_RETENTION_MONTHS).contains(&n) {
            Feedback {
                comment_retention_months: n as u32,
            }
        } else {
            r.error(
                v,
                format_args!(
                    "[feedback] comment_retention_months = {n} is out of range: write a number of months from 1 to {MAX_COMMENT_RETENTION_MONTHS}, or leave it out for {DEFAULT_COMMENT_RETENTION_MONTHS}"
                ),
            );
            Feedback::default()
        }
    }
}
