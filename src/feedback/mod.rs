//! What visitors tell the editors, without being tracked: "was this page useful?" with an optional
//! comment, and "I need this in my language". This module holds what needs no HTTP and no SQL:
//! the personal-data scrubber (`scrub`), the answer types the store takes, and the aggregates the
//! editors read with their CSV and JSON shapes (`insight`). The counts live in the store
//! (`state/feedback.rs`); the forms in `web/feedback.rs`.

pub mod insight;
pub mod scrub;

use serde::Serialize;

/// Longest comment accepted, in characters; the form says so and the server refuses longer ones.
pub const MAX_COMMENT_CHARS: usize = 1000;

/// The answer to "was this page useful?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Useful {
    Yes,
    No,
}

impl Useful {
    /// `yes` or `no`, as the form sends it; anything else is not an answer.
    pub fn parse(s: &str) -> Option<Useful> {
        match s {
            "yes" => Some(Useful::Yes),
            "no" => Some(Useful::No),
            _ => None,
        }
    }
}

/// A comment with personal data cut out: the only form in which the store takes one, so nothing
/// can write a comment that was not scrubbed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scrubbed(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommentError {
    #[error("the comment is {chars} characters long; at most {max} are accepted")]
    TooLong { chars: usize, max: usize },
}

impl Scrubbed {
    /// The comment as it will be kept: `None` when nothing is left (empty, or only personal data
    /// and spaces); an error when it is longer than [`MAX_COMMENT_CHARS`] as written.
    pub fn new(written: &str) -> Result<Option<Scrubbed>, CommentError> {
        let chars = written.chars().count();
        if chars > MAX_COMMENT_CHARS {
            return Err(CommentError::TooLong {
                chars,
                max: MAX_COMMENT_CHARS,
            });
        }
        let kept = scrub::scrub(written);
        let nothing_left = kept.split(' ').all(|w| w == scrub::REMOVED);
        Ok((!kept.is_empty() && !nothing_left).then_some(Scrubbed(kept)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_scrubbed_capped_and_may_be_empty() {
        assert_eq!(
            Scrubbed::new("brak telefonu 58 524 45 00")
                .unwrap()
                .unwrap()
                .as_str(),
            "brak telefonu […]"
        );
        assert_eq!(Scrubbed::new("   ").unwrap(), None);
        assert_eq!(Scrubbed::new("jan@example.com 600123456").unwrap(), None);
        assert!(
            Scrubbed::new(&"a".repeat(MAX_COMMENT_CHARS))
                .unwrap()
                .is_some()
        );
        assert_eq!(
            Scrubbed::new(&"ą".repeat(MAX_COMMENT_CHARS + 1)),
            Err(CommentError::TooLong {
                chars: MAX_COMMENT_CHARS + 1,
                max: MAX_COMMENT_CHARS
            })
        );
    }
}
