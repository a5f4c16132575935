//! The source hash: which version of the source-language text a translation was made from.
//!
//! Only what a translator translates is hashed (title, summary, body), with line endings and
//! trailing white space normalised, so that re-dating a source file, adding a source link or saving
//! it on Windows does not mark every translation as outdated.

use sha2::{Digest, Sha256};

/// Sixteen hex digits: short enough to read in a diff, far more than enough to tell versions apart.
pub const HASH_LEN: usize = 16;

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
}
