//! `[limits]` in `portal.toml`: how big an editor's file or field may be.

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostics::Reporter;

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLimits {
    guide_file_bytes: Option<Spanned<i64>>,
    title_chars: Option<Spanned<i64>>,
    summary_chars: Option<Spanned<i64>>,
    service_file_bytes: Option<Spanned<i64>>,
    static_file_bytes: Option<Spanned<i64>>,
}

/// How big an editor's file or field may be (`[limits]` in `portal.toml`). A 10 MB title once
/// passed `check` and then broke the home page in every language, and loading a 50 MB guide took
/// minutes: so sizes are checked at load, with an error that says how to raise the limit. The
/// defaults are far above any real guide or service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// A guide's Markdown file, front matter included.
    pub guide_file_bytes: u64,
    pub title_chars: usize,
    pub summary_chars: usize,
    /// One service file of the directory.
    pub service_file_bytes: u64,
    /// One file under `static/`.
    pub static_file_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            guide_file_bytes: 1_000_000,
            title_chars: 300,
            summary_chars: 1_000,
            service_file_bytes: 256 * 1024,
            static_file_bytes: 5_000_000,
        }
    }
}

impl RawLimits {
    /// `[limits]`: each a positive whole number, the default where absent.
    pub(super) fn check(&self, r: &mut Reporter) -> Limits {
        let raw = self;
        let d = Limits::default();
        let mut one = |v: &Option<Spanned<i64>>, key: &str, default: u64| -> u64 {
            match v {
                None => default,
                Some(n) if *n.get_ref() > 0 => *n.get_ref() as u64,
                Some(n) => {
                    r.error(
                        n,
                        format_args!(
                            "`limits.{key}` is {}, not a positive whole number: set a number above 0, or remove the line for the default ({default})",
                            n.get_ref()
                        ),
                    );
                    default
                }
            }
        };
        Limits {
            guide_file_bytes: one(
                &raw.guide_file_bytes,
                "guide_file_bytes",
                d.guide_file_bytes,
            ),
            title_chars: one(&raw.title_chars, "title_chars", d.title_chars as u64) as usize,
            summary_chars: one(&raw.summary_chars, "summary_chars", d.summary_chars as u64)
                as usize,
            service_file_bytes: one(
                &raw.service_file_bytes,
                "service_file_bytes",
                d.service_file_bytes,
            ),
            static_file_bytes: one(
                &raw.static_file_bytes,
                "static_file_bytes",
                d.static_file_bytes,
            ),
        }
    }
}
