//! `witaj stamp PATH`: record in a translation which version of the source it now matches.
//!
//! Guides and services take the same path: read the file as the loader reads it, compute the
//! source hash with the loader's own recipe ([`crate::content::load::text_hash`],
//! [`Service::text_hash`]), so a stamp always makes the translation current, then rewrite only the
//! `source_hash` line, so the editor's formatting and comments survive, atomically
//! ([`crate::fs::write_atomic`]) so a crash cannot leave half a file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::content::front_matter::{self, FrontMatter};
use crate::diagnostics::{Diagnostic, Diagnostics, Reporter, rel};
use crate::directory::Service;
use crate::directory::load::{language_names, read_service};

#[derive(Debug, thiserror::Error)]
pub enum StampError {
    #[error(
        "{0}: expected a translation at content/guides/<slug>/<lang>.md or a service at content/directory/<id>.toml"
    )]
    NotStampable(PathBuf),
    #[error("{0}: `{1}` is not a language of this portal")]
    UnknownLanguage(PathBuf, String),
    #[error("{0}: this is the source-language file; only translations are stamped")]
    IsSource(PathBuf),
    #[error("{0}: cannot read: {1}")]
    Read(PathBuf, std::io::Error),
    #[error("{0}: cannot write: {1}")]
    Write(PathBuf, std::io::Error),
    /// The file (or its source) does not load: stamping it would record a hash of nothing the
    /// portal shows. The first problem is given; `witaj check` lists them all.
    #[error("{0}")]
    Parse(Box<Diagnostic>),
}

/// What stamping did.
#[derive(Debug, PartialEq, Eq)]
pub struct Stamped {
    /// The hash of the current source texts.
    pub hash: String,
    /// The translations now stamped with it: the guide's language, or every language a service is
    /// translated into. Empty for a service with no translation.
    pub languages: Vec<String>,
    /// Whether the file was rewritten (some hash was missing or different).
    pub changed: bool,
}

/// Stamps a guide translation (`.md`) or a service file (`.toml`) under the site folder `root`.
pub fn stamp(root: &Path, config: &Config, path: &Path) -> Result<Stamped, StampError> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("md") => stamp_guide(root, config, path),
        Some("toml") => stamp_service(root, config, path),
        _ => Err(StampError::NotStampable(path.to_path_buf())),
    }
}

/// Stamps the translation at `path` with the hash of its source-language file beside it.
pub fn stamp_guide(root: &Path, config: &Config, path: &Path) -> Result<Stamped, StampError> {
    let lang = path
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| StampError::NotStampable(path.to_path_buf()))?;
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
        .ok_or_else(|| StampError::NotStampable(path.to_path_buf()))?;
    let source_path = dir.join(format!("{}.md", config.source_language));
    let source_text = read(&source_path)?;
    let (source_fm, body) = front_matter_of(root, &source_path, &source_text)?;
    let hash = crate::content::load::text_hash(
        source_fm.title.get_ref(),
        source_fm.summary.get_ref(),
        body,
    );
    let text = read(path)?;
    // The translation must itself be well-formed before we write into it.
    front_matter_of(root, path, &text)?;
    let new_text = with_guide_hash(&text, &hash);
    let changed = new_text != text;
    if changed {
        write(path, &new_text)?;
    }
    Ok(Stamped {
        hash,
        languages: vec![lang.to_string()],
        changed,
    })
}

/// Stamps every language a service file is translated into: its translations live in the same
/// file and are reviewed together.
pub fn stamp_service(root: &Path, config: &Config, path: &Path) -> Result<Stamped, StampError> {
    let text = read(path)?;
    let service = load_service(root, config, path, &text)?;
    let source = config.source_language.as_str();
    let hash = service.text_hash(source);
    let stamped: BTreeMap<&str, &str> = service
        .translations(source)
        .map(|l| (l, hash.as_str()))
        .collect();
    let changed = stamped
        .keys()
        .any(|l| service.source_hash.get(*l) != Some(&hash));
    if changed {
        write(path, &with_service_hash(&text, &stamped))?;
    }
    Ok(Stamped {
        languages: stamped.keys().map(|l| l.to_string()).collect(),
        hash,
        changed,
    })
}

/// The service as `witaj check` reads it, or its first problem.
fn load_service(
    root: &Path,
    config: &Config,
    path: &Path,
    text: &str,
) -> Result<Service, StampError> {
    let mut diags = Diagnostics::default();
    let names = language_names(root, config, &mut diags);
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| StampError::NotStampable(path.to_path_buf()))?;
    let service = read_service(config, &names, &rel(root, path), id, text, &mut diags);
    match (service, diags.errors().next()) {
        (Some(service), None) => Ok(service),
        (_, first) => Err(parse_error(path, first)),
    }
}

/// A guide file's front matter and body, or the first problem of its front matter.
fn front_matter_of<'a>(
    root: &Path,
    path: &Path,
    text: &'a str,
) -> Result<(FrontMatter, &'a str), StampError> {
    let shown = rel(root, path);
    let mut diags = Diagnostics::default();
    let split = front_matter::split(text).map_err(|e| {
        diags.error(&shown, Some(1), e);
        parse_error(path, diags.errors().next())
    })?;
    let fm = Reporter::new(&shown, split.front, split.front_line, &mut diags)
        .parse::<FrontMatter>("front matter: ");
    match fm {
        Some(fm) => Ok((fm, split.body)),
        None => Err(parse_error(path, diags.errors().next())),
    }
}

fn parse_error(path: &Path, first: Option<&Diagnostic>) -> StampError {
    let diagnostic = first.cloned().unwrap_or_else(|| {
        Diagnostic::new(
            crate::diagnostics::Severity::Error,
            path,
            None,
            "the file does not load: run `witaj check`",
        )
    });
    StampError::Parse(Box::new(diagnostic))
}

fn read(path: &Path) -> Result<String, StampError> {
    std::fs::read_to_string(path).map_err(|e| StampError::Read(path.to_path_buf(), e))
}

fn write(path: &Path, text: &str) -> Result<(), StampError> {
    crate::fs::write_atomic(path, text).map_err(|e| StampError::Write(path.to_path_buf(), e))
}

/// The guide with its front matter's `source_hash` line set to `hash`: replaced where it is, or
/// added as the last line of the front matter.
fn with_guide_hash(text: &str, hash: &str) -> String {
    let new_line = format!("source_hash = \"{hash}\"");
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut out = String::with_capacity(text.len() + 40);
    let mut fences = 0;
    let mut done = false;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare.trim_start_matches('\u{feff}') == "+++" {
            fences += 1;
            if fences == 2 && !done {
                out.push_str(&new_line);
                out.push_str(eol);
                done = true;
            }
        } else if fences == 1 && !done && bare.trim_start().starts_with("source_hash") {
            done = true;
            out.push_str(&new_line);
            out.push_str(eol);
            continue;
        }
        out.push_str(line);
    }
    out
}

/// The service file with its top-level `source_hash` line set to `hashes`: replaced where it is,
/// or added before the first table.
fn with_service_hash(text: &str, hashes: &BTreeMap<&str, &str>) -> String {
    let list: Vec<String> = hashes
        .iter()
        .map(|(l, h)| format!("{l} = \"{h}\""))
        .collect();
    let line = format!("source_hash = {{ {} }}", list.join(", "));
    let mut out = String::with_capacity(text.len() + line.len() + 1);
    let mut done = false;
    let mut in_table = false;
    for l in text.split_inclusive('\n') {
        let bare = l.trim_start();
        if bare.starts_with('[') {
            if !done && !in_table {
                out.push_str(&line);
                out.push('\n');
                done = true;
            }
            in_table = true;
        }
        if !in_table && !done && bare.starts_with("source_hash") {
            out.push_str(&line);
            out.push('\n');
            done = true;
            continue;
        }
        out.push_str(l);
    }
    if !done {
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translation::Status;

    #[test]
    fn guide_hash_line_is_replaced_in_place_or_added_last() {
        let t = with_guide_hash(
            "+++\ntitle = \"a\"\nsource_hash = \"0000000000000000\"\nx = 1\n+++\nbody\n",
            "abcdabcdabcdabcd",
        );
        assert_eq!(
            t,
            "+++\ntitle = \"a\"\nsource_hash = \"abcdabcdabcdabcd\"\nx = 1\n+++\nbody\n"
        );
        let t = with_guide_hash(
            "+++\ntitle = \"a\"\n+++\nbody with source_hash\n",
            "abcdabcdabcdabcd",
        );
        assert_eq!(
            t,
            "+++\ntitle = \"a\"\nsource_hash = \"abcdabcdabcdabcd\"\n+++\nbody with source_hash\n"
        );
        assert_eq!(with_guide_hash(&t, "abcdabcdabcdabcd"), t);
    }

    const CONFIG: &str = "source_language = \"pl\"\nbase_url = \"https://example.org\"\n\
        [[languages]]\ncode = \"pl\"\nname = \"Polski\"\n\
        [[languages]]\ncode = \"uk\"\nname = \"Українська\"\n\
        [[topics]]\nid = \"work\"\n\
        [[municipalities]]\nid = \"gdansk\"\ncounty = \"gdansk\"\n";

    const SERVICE: &str = "name = { pl = \"  Porady \", uk = \"Поради\" }\n\
        description = { pl = \"Opis\\r\\n\", uk = \"Опис\" }\n\
        eligibility = { pl = \"Każdy\" }\n\
        topics = [\"work\"]\nsource = \"https://example.org\"\nverified = 2026-11-20\n\
        [organization]\nid = \"org\"\nname = { pl = \"Org\" }\nkind = \"ngo\"\n";

    /// The latent bug of the review (§3.3): `witaj stamp` once computed the service hash with its
    /// own copy of the recipe, which could drift from the one the loader compares against. Texts
    /// with untrimmed white space and Windows line endings are where two copies would differ.
    #[test]
    fn stamping_a_service_makes_its_translation_current() {
        let mut diags = Diagnostics::default();
        let config = Config::parse(Path::new("portal.toml"), CONFIG, &mut diags).unwrap();
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("content/directory");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("porady.toml");
        std::fs::write(&path, SERVICE).unwrap();

        let status = |diags: &mut Diagnostics| {
            let text = std::fs::read_to_string(&path).unwrap();
            let names = language_names(root.path(), &config, diags);
            let s = read_service(
                &config,
                &names,
                Path::new("porady.toml"),
                "porady",
                &text,
                diags,
            )
            .unwrap_or_else(|| panic!("{diags}"));
            s.translation_status("uk", "pl")
        };
        assert_eq!(status(&mut diags), Status::Outdated);
        let stamped = stamp(root.path(), &config, &path).unwrap();
        assert_eq!(stamped.languages, ["uk"]);
        assert!(stamped.changed);
        assert_eq!(status(&mut diags), Status::Current);
        let again = stamp(root.path(), &config, &path).unwrap();
        assert!(!again.changed);
        assert!(diags.is_empty(), "{diags}");
    }

    #[test]
    fn a_service_that_does_not_load_is_not_stamped() {
        let mut diags = Diagnostics::default();
        let config = Config::parse(Path::new("portal.toml"), CONFIG, &mut diags).unwrap();
        let root = tempfile::tempdir().unwrap();
        let path = root.path().join("x.toml");
        let broken = SERVICE.replace("topics = [\"work\"]", "topics = [\"nope\"]");
        std::fs::write(&path, &broken).unwrap();
        let e = stamp(root.path(), &config, &path).unwrap_err().to_string();
        assert!(
            e.starts_with("x.toml:4:11: error: unknown topic `nope`"),
            "{e}"
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
        let e = stamp(root.path(), &config, &root.path().join("notes.txt"));
        assert!(matches!(e, Err(StampError::NotStampable(_))));
    }
}
