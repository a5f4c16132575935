//! `witaj translate SLUG LANG`: starts a translation by writing `content/guides/SLUG/LANG.md` from
//! the source file, so a translator begins with the right keys, the right `source_hash` and the
//! text in front of them.
//!
//! The title and summary keep their source values behind [`TRANSLATE_MARK`], and the body is the
//! source body: `witaj check` reports both as errors (see `check/mod.rs`), so a file that is only
//! started can never be published by accident, while `witaj status` counts it as work in progress.

use std::path::{Path, PathBuf};

use crate::check::TRANSLATE_MARK;
use crate::config::Config;
use crate::content::front_matter::{self, FrontMatter};
use crate::content::load::GUIDES_DIR;

#[derive(Debug, thiserror::Error)]
pub enum TranslateError {
    #[error("`{0}` is not a language of this portal (they are: {1})")]
    UnknownLanguage(String, String),
    #[error("`{0}` is the source language: guides are written in it, not translated into it")]
    IsSource(String),
    #[error(
        "there is no guide `{slug}`: {path} does not exist (see `witaj status` for the guides)"
    )]
    UnknownGuide { slug: String, path: String },
    #[error("{0} already exists: edit it, or delete it first to start again")]
    Exists(String),
    #[error("{0}: the source file does not load ({1}): run `witaj check`")]
    BadSource(String, String),
    #[error("cannot write {0}: {1}")]
    Write(String, std::io::Error),
}

/// What was written.
#[derive(Debug)]
pub struct Started {
    /// Relative to the site folder.
    pub path: PathBuf,
    pub source_hash: String,
}

/// Writes the new translation of guide `slug` into `lang`; `today` becomes its `updated` date.
pub fn translate(
    root: &Path,
    config: &Config,
    slug: &str,
    lang: &str,
    today: time::Date,
) -> Result<Started, TranslateError> {
    if config.language(lang).is_none() {
        return Err(TranslateError::UnknownLanguage(
            lang.to_string(),
            config.codes().join(", "),
        ));
    }
    let source = &config.source_language;
    if lang == source {
        return Err(TranslateError::IsSource(lang.to_string()));
    }
    let dir = Path::new(GUIDES_DIR).join(slug);
    let source_rel = dir.join(format!("{source}.md"));
    // A slug is a folder name: anything else (`..`, a slash) cannot name a guide.
    if crate::validate::slug("guide", slug).is_err() {
        return Err(TranslateError::UnknownGuide {
            slug: slug.to_string(),
            path: source_rel.display().to_string(),
        });
    }
    let target_rel = dir.join(format!("{lang}.md"));
    let source_text = std::fs::read_to_string(root.join(&source_rel)).map_err(|_| {
        TranslateError::UnknownGuide {
            slug: slug.to_string(),
            path: source_rel.display().to_string(),
        }
    })?;
    let bad = |e: String| TranslateError::BadSource(source_rel.display().to_string(), e);
    let split = front_matter::split(&source_text).map_err(|e| bad(e.to_string()))?;
    let fm: FrontMatter = toml::from_str(split.front).map_err(|e| bad(e.message().to_string()))?;
    let hash =
        crate::content::load::text_hash(fm.title.get_ref(), fm.summary.get_ref(), split.body);
    let text = draft(split.front, split.body, &hash, today);
    let target = root.join(&target_rel);
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&target)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(TranslateError::Exists(target_rel.display().to_string()));
        }
        Err(e) => return Err(TranslateError::Write(target_rel.display().to_string(), e)),
    };
    std::io::Write::write_all(&mut file, text.as_bytes())
        .map_err(|e| TranslateError::Write(target_rel.display().to_string(), e))?;
    Ok(Started {
        path: target_rel,
        source_hash: hash,
    })
}

/// The new file: the source's front matter with `title` and `summary` marked, `updated` set to
/// `today`, `reviewed` and `priority` left out (they are facts about the source), the hash added;
/// then the source body.
fn draft(front: &str, body: &str, hash: &str, today: time::Date) -> String {
    let mut out = String::from("+++\n");
    for line in front.lines() {
        let key = line.split('=').next().unwrap_or("").trim();
        match key {
            "title" | "summary" => out.push_str(&mark(line)),
            "updated" => out.push_str(&format!("updated = {today}")),
            "reviewed" | "priority" | "source_hash" => continue,
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out.push_str(&format!("source_hash = \"{hash}\"\n+++\n"));
    out.push_str(body);
    out
}

/// `title = "Text"` → `title = "TRANSLATE: Text"`, whatever the kind of TOML string.
fn mark(line: &str) -> String {
    let Some(eq) = line.find('=') else {
        return line.to_string();
    };
    let value = &line[eq + 1..];
    let start = eq + 1 + (value.len() - value.trim_start().len());
    let rest = &line[start..];
    let quote = ["\"\"\"", "'''", "\"", "'"]
        .into_iter()
        .find(|q| rest.starts_with(q));
    match quote {
        Some(q) => format!("{}{q}{TRANSLATE_MARK}{}", &line[..start], &rest[q.len()..]),
        None => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn values_to_translate_are_marked() {
        assert_eq!(mark("title = \"PESEL\""), "title = \"TRANSLATE: PESEL\"");
        assert_eq!(mark("summary='x'"), "summary='TRANSLATE: x'");
    }

    #[test]
    fn the_draft_keeps_keys_and_body() {
        let d = draft(
            "title = \"T\"\nsummary = \"S\"\ntopics = [\"work\"]\nupdated = 2026-01-01\nreviewed = 2026-02-01\npriority = 3\n",
            "\nBody\n",
            "0123456789abcdef",
            date!(2026 - 12 - 02),
        );
        assert_eq!(
            d,
            "+++\ntitle = \"TRANSLATE: T\"\nsummary = \"TRANSLATE: S\"\ntopics = [\"work\"]\nupdated = 2026-12-02\nsource_hash = \"0123456789abcdef\"\n+++\n\nBody\n"
        );
    }
}
