//! `witaj stamp PATH`: record in a translation which version of the source it now matches.
//!
//! Only the `source_hash` line of the front matter is touched, so the editor's formatting and
//! comments survive, and the file is replaced atomically so a crash cannot leave half a file.

use std::path::{Path, PathBuf};

use super::front_matter::{self, FrontMatter};
use super::hash::source_hash;
use crate::config::Config;

#[derive(Debug, thiserror::Error)]
pub enum StampError {
    #[error("{0}: expected a translation at content/guides/<slug>/<lang>.md")]
    NotAGuideFile(PathBuf),
    #[error("{0}: `{1}` is not a language of this portal")]
    UnknownLanguage(PathBuf, String),
    #[error("{0}: this is the source-language file; only translations are stamped")]
    IsSource(PathBuf),
    #[error("{0}: cannot read: {1}")]
    Read(PathBuf, std::io::Error),
    #[error("{0}: cannot write: {1}")]
    Write(PathBuf, std::io::Error),
    #[error("{path}:{line}: {message}")]
    FrontMatter {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

/// What stamping changed.
#[derive(Debug, PartialEq, Eq)]
pub enum Stamped {
    /// The hash was written (it was missing or different).
    Updated { hash: String },
    /// The translation already carried the current hash.
    AlreadyCurrent { hash: String },
}

/// Stamps the translation at `path` with the hash of its source-language file.
pub fn stamp(config: &Config, path: &Path) -> Result<Stamped, StampError> {
    let lang = path
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|_| path.extension().is_some_and(|e| e == "md"))
        .ok_or_else(|| StampError::NotAGuideFile(path.to_path_buf()))?;
    if config.language(lang).is_none() {
        return Err(StampError::UnknownLanguage(
            path.to_path_buf(),
            lang.to_string(),
        ));
    }
    if lang == config.source_language {
        return Err(StampError::IsSource(path.to_path_buf()));
    }
    let dir = path
        .parent()
        .ok_or_else(|| StampError::NotAGuideFile(path.to_path_buf()))?;
    let source_path = dir.join(format!("{}.md", config.source_language));
    let source_text = std::fs::read_to_string(&source_path)
        .map_err(|e| StampError::Read(source_path.clone(), e))?;
    let (title, summary, body) = text_parts(&source_path, &source_text)?;
    let hash = source_hash(&title, &summary, body);

    let text =
        std::fs::read_to_string(path).map_err(|e| StampError::Read(path.to_path_buf(), e))?;
    // The translation must itself be well-formed before we write into it.
    text_parts(path, &text)?;
    let (new_text, changed) = with_hash(&text, &hash);
    if !changed {
        return Ok(Stamped::AlreadyCurrent { hash });
    }
    let tmp = path.with_extension("md.stamp-tmp");
    std::fs::write(&tmp, new_text).map_err(|e| StampError::Write(tmp.clone(), e))?;
    std::fs::rename(&tmp, path).map_err(|e| StampError::Write(path.to_path_buf(), e))?;
    Ok(Stamped::Updated { hash })
}

fn text_parts<'a>(path: &Path, text: &'a str) -> Result<(String, String, &'a str), StampError> {
    let split = front_matter::split(text).map_err(|e| StampError::FrontMatter {
        path: path.to_path_buf(),
        line: 1,
        message: e.to_string(),
    })?;
    let fm: FrontMatter = toml::from_str(split.front).map_err(|e| StampError::FrontMatter {
        path: path.to_path_buf(),
        line: split.front_line
            + e.span()
                .map_or(0, |s| crate::diagnostics::line_of(split.front, s.start) - 1),
        message: e.message().to_string(),
    })?;
    Ok((fm.title.into_inner(), fm.summary.into_inner(), split.body))
}

/// The file with its `source_hash` line set to `hash`: replaced where it is, or added as the last
/// line of the front matter. Returns whether anything changed.
fn with_hash(text: &str, hash: &str) -> (String, bool) {
    let new_line = format!("source_hash = \"{hash}\"");
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = String::with_capacity(text.len() + 40);
    let mut fences = 0;
    let mut done = false;
    let mut changed = false;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare.trim_start_matches('\u{feff}') == "+++" {
            fences += 1;
            if fences == 2 && !done {
                out.push_str(&new_line);
                out.push_str(eol);
                done = true;
                changed = true;
            }
        } else if fences == 1 && !done && bare.trim_start().starts_with("source_hash") {
            done = true;
            if bare.trim() != new_line {
                changed = true;
                out.push_str(&new_line);
                out.push_str(eol);
            } else {
                out.push_str(line);
            }
            continue;
        }
        out.push_str(line);
    }
    (out, changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_line_is_replaced_in_place_or_added_last() {
        let (t, c) = with_hash(
            "+++\ntitle = \"a\"\nsource_hash = \"0000000000000000\"\nx = 1\n+++\nbody\n",
            "abcdabcdabcdabcd",
        );
        assert!(c);
        assert_eq!(
            t,
            "+++\ntitle = \"a\"\nsource_hash = \"abcdabcdabcdabcd\"\nx = 1\n+++\nbody\n"
        );
        let (t, c) = with_hash(
            "+++\ntitle = \"a\"\n+++\nbody with source_hash\n",
            "abcdabcdabcdabcd",
        );
        assert!(c);
        assert_eq!(
            t,
            "+++\ntitle = \"a\"\nsource_hash = \"abcdabcdabcdabcd\"\n+++\nbody with source_hash\n"
        );
        let (_, c) = with_hash(&t, "abcdabcdabcdabcd");
        assert!(!c);
    }
}
