//! Reading `content/directory/**/<id>.toml` into [`Service`]s, with every problem reported as a
//! diagnostic naming the file and line. A file with errors is left out, never half-loaded.
//!
//! [`raw`] holds the files' shape as serde reads it, [`reader`] checks it field by field, and
//! [`languages`] reads the `_languages.toml` side file; this module walks the folder and checks
//! what needs every file (unique ids, organisations described alike).

mod languages;
mod raw;
mod reader;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::model::{Organization, Service};
use crate::config::Config;
use crate::diagnostics::{Diagnostics, Reporter, SizeLimit, read_site_text_within};
use crate::fs;
pub use languages::language_names;
use reader::Reader;

pub const DIRECTORY_DIR: &str = "content/directory";
/// Names of languages staff may speak beyond the portal's own, in themselves: `code = "name"`.
pub const LANGUAGES_FILE: &str = "_languages.toml";

/// Reads the directory under `root`. A missing folder is an empty directory, not an error.
pub fn load(
    root: &Path,
    config: &Config,
    diags: &mut Diagnostics,
) -> (BTreeMap<String, Service>, BTreeMap<String, String>) {
    let dir = root.join(DIRECTORY_DIR);
    let mut services = BTreeMap::new();
    let language_names = language_names(root, config, diags);
    if !dir.is_dir() {
        return (services, language_names);
    }
    let mut orgs: BTreeMap<String, (PathBuf, Organization)> = BTreeMap::new();
    for (file, id) in service_files(root, diags) {
        let id = id.as_str();
        let Some(text) = read_site_text_within(root, &file.path, Some(size_limit(config)), diags)
        else {
            continue;
        };
        let Some(service) = read_service(config, &language_names, &file.rel, id, &text, diags)
        else {
            continue;
        };
        check_organization(&service, &file.rel, &mut orgs, diags);
        services.insert(id.to_string(), service);
    }
    (services, language_names)
}

/// Every service file under `root/content/directory` with its id, named and deduplicated as
/// loading does: the directory editor finds the file of an id (and refuses an id in use) through
/// here, so it can never write a second file with an id that loading would reject.
pub(crate) fn service_files(root: &Path, diags: &mut Diagnostics) -> Vec<(fs::Entry, String)> {
    let dir = root.join(DIRECTORY_DIR);
    if !dir.is_dir() {
        return Vec::new();
    }
    let folder = fs::RecordFolder {
        what: "service",
        one_per: "service",
        example: "mopr-gdansk.toml",
    };
    fs::record_files(root, &dir, &folder, diags)
}

/// The most one service file may hold (`[limits]` of `portal.toml`).
fn size_limit(config: &Config) -> SizeLimit {
    SizeLimit {
        bytes: config.limits.service_file_bytes,
        key: "service_file_bytes",
    }
}

/// One service file's text checked exactly as loading checks each file (its size, then every
/// field), before it exists on disk: the directory editor refuses to write anything `witaj check`
/// would reject, and must not keep a second copy of the rules to do so.
pub fn check_service_text(
    config: &Config,
    language_names: &BTreeMap<String, String>,
    path: &Path,
    id: &str,
    text: &str,
    diags: &mut Diagnostics,
) -> Option<Service> {
    if !size_limit(config).check(path, text.len() as u64, diags) {
        return None;
    }
    read_service(config, language_names, path, id, text, diags)
}

/// Reads one service file's text; `path` is the file as editors see it, for diagnostics. Loading
/// and `witaj stamp` both read services through here, so they agree on what a service is.
pub fn read_service(
    config: &Config,
    language_names: &BTreeMap<String, String>,
    path: &Path,
    id: &str,
    text: &str,
    diags: &mut Diagnostics,
) -> Option<Service> {
    Reader {
        r: Reporter::new(path, text, 1, diags),
        config,
        language_names,
    }
    .service(id)
}

/// Services of one organisation must describe it alike: the HSDS export and the filters treat it
/// as one.
fn check_organization(
    service: &Service,
    path: &Path,
    orgs: &mut BTreeMap<String, (PathBuf, Organization)>,
    diags: &mut Diagnostics,
) {
    let org = &service.organization;
    match orgs.get(&org.id) {
        Some((other, first)) if first.kind != org.kind || first.name != org.name => {
            diags.warning(
                path,
                None,
                format_args!(
                    "organization `{}` is described differently in {}: give it the same name and kind everywhere",
                    first.id,
                    other.display()
                ),
            );
        }
        Some(_) => {}
        None => {
            orgs.insert(org.id.clone(), (path.to_path_buf(), org.clone()));
        }
    }
}
