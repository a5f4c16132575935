//! Dictionary lemmatisation: a precomputed `inflected form → lemma` table and the token filter
//! that applies it.
//!
//! Why a table and not hunspell at run time: the Polish and Ukrainian hunspell dictionaries stem
//! well, but binding libhunspell needs a C++ toolchain plus libclang (bindgen) at
//! build time and the dictionaries at run time, and the pure-Rust readers either cannot stem
//! (`spellbook`) or expand the whole dictionary into a hash map at start-up (`zspell`). Expanding
//! the dictionary once, offline (`tools/lemma-table`), and storing the result as an `fst` map gives
//! the same answers, is a few MB in the repository, and costs nothing at start-up because the map
//! is read in place from bytes embedded in the binary.
//!
//! # File format (`*.lemmas`, version 1)
//! ```text
//! b"WLEM" | version: u8 = 1 | transform count: u32 LE
//! transforms: { strip: u8 (chars removed from the end of the form), len: u16 LE, suffix: UTF-8 }*
//! fst map bytes (rest of the file): normalised form → transform index
//! ```
//! Storing "remove n characters, append s" instead of the lemma itself (the trick morfologik uses)
//! lets thousands of forms share one output, so the automaton stays small. Forms whose lemma is
//! the form itself are not stored at all: a miss means "keep the token".

use std::borrow::Cow;
use std::sync::Arc;

use super::token_map::{MapFilter, TokenMap};

/// Magic bytes at the start of a lemma table.
pub const MAGIC: &[u8; 4] = b"WLEM";
/// The only format version this code reads and writes.
pub const FORMAT_VERSION: u8 = 1;

/// Why a lemma table could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LemmaTableError {
    #[error("not a lemma table: the file does not start with {MAGIC:?}")]
    BadMagic,
    #[error(
        "lemma table format version {found} is not supported (this build reads version {FORMAT_VERSION})"
    )]
    UnsupportedVersion { found: u8 },
    #[error("lemma table is truncated: {what} ends past the end of the data")]
    Truncated { what: &'static str },
    #[error("lemma table transform #{index} is not valid UTF-8")]
    TransformNotUtf8 { index: usize },
    #[error("lemma table maps a form to transform #{index}, but the table has only {count}")]
    TransformOutOfRange { index: u64, count: usize },
    #[error("lemma table's fst map is corrupt: {0}")]
    Fst(#[from] fst::Error),
}

/// One "remove `strip` chars from the end, then append `suffix`" rewrite.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Transform {
    pub strip: u8,
    pub suffix: String,
}

/// A read-only `normalised form → normalised lemma` table.
pub struct LemmaTable {
    transforms: Vec<Transform>,
    map: fst::Map<Cow<'static, [u8]>>,
}

impl std::fmt::Debug for LemmaTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LemmaTable")
            .field("forms", &self.map.len())
            .field("transforms", &self.transforms.len())
            .finish()
    }
}

impl LemmaTable {
    /// Reads a table in place from bytes embedded with `include_bytes!` (no copy).
    pub fn from_static(bytes: &'static [u8]) -> Result<Self, LemmaTableError> {
        Self::parse(Cow::Borrowed(bytes))
    }

    /// Reads a table from owned bytes (e.g. a file read at start-up).
    pub fn from_vec(bytes: Vec<u8>) -> Result<Self, LemmaTableError> {
        Self::parse(Cow::Owned(bytes))
    }

    fn parse(bytes: Cow<'static, [u8]>) -> Result<Self, LemmaTableError> {
        let data: &[u8] = &bytes;
        let mut pos = 0usize;
        let mut take = |n: usize, what: &'static str| -> Result<&[u8], LemmaTableError> {
            let slice = data
                .get(pos..pos + n)
                .ok_or(LemmaTableError::Truncated { what })?;
            pos += n;
            Ok(slice)
        };
        if take(4, "magic").map_err(|_| LemmaTableError::BadMagic)? != MAGIC {
            return Err(LemmaTableError::BadMagic);
        }
        let version = take(1, "version")?[0];
        if version != FORMAT_VERSION {
            return Err(LemmaTableError::UnsupportedVersion { found: version });
        }
        let count = u32::from_le_bytes(take(4, "transform count")?.try_into().unwrap()) as usize;
        let mut transforms = Vec::with_capacity(count);
        for index in 0..count {
            let strip = take(1, "transform")?[0];
            let len = u16::from_le_bytes(take(2, "transform")?.try_into().unwrap()) as usize;
            let suffix = std::str::from_utf8(take(len, "transform suffix")?)
                .map_err(|_| LemmaTableError::TransformNotUtf8 { index })?
                .to_owned();
            transforms.push(Transform { strip, suffix });
        }
        let fst_bytes = match bytes {
            Cow::Borrowed(all) => Cow::Borrowed(&all[pos..]),
            Cow::Owned(mut all) => {
                all.drain(..pos);
                Cow::Owned(all)
            }
        };
        let map = fst::Map::new(fst_bytes)?;
        // Outputs are bounds-checked at lookup rather than by walking the whole automaton here:
        // the walk took seconds in debug builds, on every load. `validate` still exists for the
        // test that guards the committed tables.
        Ok(LemmaTable { transforms, map })
    }

    /// Checks every stored output against the transform list (a full walk of the table).
    pub fn validate(&self) -> Result<(), LemmaTableError> {
        use fst::Streamer;
        let count = self.transforms.len();
        let mut stream = self.map.stream();
        while let Some((_, index)) = stream.next() {
            if index as usize >= count {
                return Err(LemmaTableError::TransformOutOfRange { index, count });
            }
        }
        Ok(())
    }

    /// Number of forms stored (forms that are their own lemma are not stored).
    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Writes the lemma of `form` into `out` and returns true, or returns false (leaving `out`
    /// untouched) when the form is unknown or is its own lemma.
    pub fn lemmatize_into(&self, form: &str, out: &mut String) -> bool {
        let Some(index) = self.map.get(form) else {
            return false;
        };
        // An out-of-range output can only come from a corrupt table, which `validate` (run by the
        // tests on the committed tables) rejects; here it leaves the word as it is.
        let Some(transform) = self.transforms.get(index as usize) else {
            return false;
        };
        out.clear();
        // `strip` counts characters and the suffix is UTF-8, so the cut is found by walking chars.
        let keep = match transform.strip {
            0 => form.len(),
            n => form
                .char_indices()
                .rev()
                .nth(n as usize - 1)
                .map_or(0, |(at, _)| at),
        };
        out.push_str(&form[..keep]);
        out.push_str(&transform.suffix);
        true
    }

    /// Convenience wrapper around [`Self::lemmatize_into`] for tests and tools.
    pub fn lemmatize<'a>(&self, form: &'a str) -> Cow<'a, str> {
        let mut out = String::new();
        if self.lemmatize_into(form, &mut out) {
            Cow::Owned(out)
        } else {
            Cow::Borrowed(form)
        }
    }
}

/// The token filter replacing each token by its lemma when `table` knows it; other tokens pass
/// unchanged.
///
/// Expects tokens already lower-cased and normalised with the function the table was built
/// with (for Polish: [`crate::search::normalize::fold_polish`]).
pub(crate) fn token_filter(table: Arc<LemmaTable>) -> MapFilter<impl TokenMap> {
    MapFilter(move |form: &str, out: &mut String| table.lemmatize_into(form, out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrupt_tables_are_typed_errors() {
        assert!(matches!(
            LemmaTable::from_vec(b"nope".to_vec()),
            Err(LemmaTableError::BadMagic)
        ));
        assert!(matches!(
            LemmaTable::from_vec(b"WLEM\x02".to_vec()),
            Err(LemmaTableError::UnsupportedVersion { found: 2 })
        ));
        assert!(matches!(
            LemmaTable::from_vec(b"WLEM\x01\x05\0\0\0".to_vec()),
            Err(LemmaTableError::Truncated { .. })
        ));
    }
}
