//! Approval: an edit becomes `content/directory/<id>.toml`, checked exactly as `witaj check`
//! checks it, written atomically, and committed when the site folder is a git repository.
//!
//! Only the fields the edit changed (its base against its draft) are written, onto the file as it
//! is now: two edits of one service made from the same page, approved one after the other, both
//! land. A field that changed in the file since the proposal was made, and differently, is a
//! [`ApplyError::Conflict`]: the editor re-reads it rather than overwriting someone's work.
//!
//! One approval at a time per site folder (a lock in this process, and a file lock on the folder
//! against other processes), so two approvals at once cannot read the same old file. These functions block (file system, `git`): a server calls
//! them from `spawn_blocking`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use time::Date;
use toml_edit::DocumentMut;

use super::ServiceDraft;
use super::diff::{diff, grouped};
use super::git::{self, Editor, GitError};
use super::write::{self, ShapeError};
use crate::config::Config;
use crate::diagnostics::{Diagnostics, rel};
use crate::directory::Service;
use crate::directory::load::{self, DIRECTORY_DIR};
use crate::fs;
use crate::validate;

/// One decision to write.
#[derive(Debug, Clone, Copy)]
pub struct Approval<'a> {
    /// The service as it was when the edit was made; `None` for a proposed new service.
    pub base: Option<&'a ServiceDraft>,
    pub draft: &'a ServiceDraft,
    pub editor: &'a Editor,
    /// The day of the approval: the entry's new `verified` date, since its facts were just
    /// confirmed by the organisation and an editor.
    pub date: Date,
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The file, relative to the site folder.
    pub path: PathBuf,
    /// Whether the file changed (an edit that changes nothing writes nothing).
    pub changed: bool,
    /// The commit, when the site folder is a git repository and the file changed.
    pub commit: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error("the site's configuration does not load:\n{0}")]
    Config(Diagnostics),
    #[error("there is no service `{0}` in {DIRECTORY_DIR}")]
    NotFound(String),
    #[error("a service with the id `{0}` exists already")]
    IdTaken(String),
    #[error("{0}")]
    BadId(#[from] validate::SlugError),
    #[error("the edit of `{0}` was made on another service")]
    IdChanged(String),
    #[error("the editor's name and e-mail address are needed for the commit")]
    BadEditor,
    #[error("changed in the file since the edit was proposed: {}; review the edit again", .0.join(", "))]
    Conflict(Vec<String>),
    /// What `witaj check` would say of the file: it is not written.
    #[error("`witaj check` would refuse the file, so it was not written:\n{0}")]
    Rejected(Diagnostics),
    #[error(transparent)]
    Shape(#[from] ShapeError),
    #[error("{path}: {message}")]
    Toml { path: PathBuf, message: String },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file was put back as it was: nothing changed.
    #[error("{0}; the file was left as it was")]
    Git(#[from] GitError),
}

/// Writes an approved edit or new service under the site folder `root`.
pub fn apply(root: &Path, approval: &Approval) -> Result<Applied, ApplyError> {
    let draft = approval.draft;
    check_editor(approval.editor)?;
    validate::slug("service id", &draft.id)?;
    if approval.base.is_some_and(|b| b.id != draft.id) {
        return Err(ApplyError::IdChanged(draft.id.clone()));
    }
    let lock = site_lock(root);
    let _held = lock.lock().unwrap_or_else(PoisonError::into_inner);
    let _across = lock_across_processes(root)?;
    let site = SiteRules::load(root)?;
    let found = find(root, &draft.id);
    let (path, before, doc) = match (approval.base, found) {
        (None, Some(_)) => return Err(ApplyError::IdTaken(draft.id.clone())),
        (Some(_), None) => return Err(ApplyError::NotFound(draft.id.clone())),
        (None, None) => {
            let doc = write::new_document(draft, approval.date)?;
            (root.join(write::new_file_path(&draft.id)), None, doc)
        }
        (Some(base), Some(path)) => {
            let text = read(&path)?;
            let current = site.service(root, &path, &draft.id, &text)?;
            let current = ServiceDraft::from_service(&current);
            let changes = diff(base, draft);
            let now = grouped(current.fields());
            let value = |k: &str| {
                now.iter()
                    .find(|(n, _)| n == k)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default()
            };
            let conflicts: Vec<String> = changes
                .iter()
                .filter(|c| value(&c.field) != c.before && value(&c.field) != c.after)
                .map(|c| c.field.clone())
                .collect();
            if !conflicts.is_empty() {
                return Err(ApplyError::Conflict(conflicts));
            }
            let mut doc = parse(&path, &text, root)?;
            let fields: Vec<(String, Vec<String>)> =
                changes.into_iter().map(|c| (c.field, c.after)).collect();
            write::set_fields(&mut doc, &fields)?;
            write::set_verified(&mut doc, approval.date);
            (path, Some(text), doc)
        }
    };
    let (name, org) = names(draft, &site.config.source_language);
    let what = if before.is_some() {
        "edit"
    } else {
        "new service"
    };
    let message = format!(
        "directory: {what} {id} ({name}), {org}\n\nProposed by the organisation `{org_id}`; approved by {editor}.",
        id = draft.id,
        org_id = draft.organization.id,
        editor = approval.editor.name,
    );
    write_checked(
        root,
        &site,
        &path,
        &draft.id,
        before.as_deref(),
        &doc.to_string(),
        approval.editor,
        &message,
    )
}

/// "Still correct": sets only `verified` of service `id` to `date`, and commits it as `editor`.
pub fn mark_verified(
    root: &Path,
    id: &str,
    date: Date,
    editor: &Editor,
) -> Result<Applied, ApplyError> {
    check_editor(editor)?;
    let lock = site_lock(root);
    let _held = lock.lock().unwrap_or_else(PoisonError::into_inner);
    let _across = lock_across_processes(root)?;
    let site = SiteRules::load(root)?;
    let path = find(root, id).ok_or_else(|| ApplyError::NotFound(id.to_string()))?;
    let text = read(&path)?;
    let service = site.service(root, &path, id, &text)?;
    let mut doc = parse(&path, &text, root)?;
    write::set_verified(&mut doc, date);
    let (name, org) = names(
        &ServiceDraft::from_service(&service),
        &site.config.source_language,
    );
    let message = format!(
        "directory: {id} ({name}) still correct, verified {date}, {org}\n\nConfirmed by {}.",
        editor.name
    );
    write_checked(
        root,
        &site,
        &path,
        id,
        Some(&text),
        &doc.to_string(),
        editor,
        &message,
    )
}

/// The rules of `witaj check` for one service file, read afresh from the site's files.
struct SiteRules {
    config: Config,
    language_names: std::collections::BTreeMap<String, String>,
}

impl SiteRules {
    fn load(root: &Path) -> Result<SiteRules, ApplyError> {
        let mut diags = Diagnostics::default();
        let config = Config::load(root, &mut diags);
        let language_names = config
            .as_ref()
            .map(|c| load::language_names(root, c, &mut diags));
        match (config, language_names, diags.has_errors()) {
            (Some(config), Some(language_names), false) => Ok(SiteRules {
                config,
                language_names,
            }),
            _ => Err(ApplyError::Config(diags)),
        }
    }

    /// The service in `text` (at `path`), or what check says against it.
    fn service(
        &self,
        root: &Path,
        path: &Path,
        id: &str,
        text: &str,
    ) -> Result<Service, ApplyError> {
        let mut diags = Diagnostics::default();
        let shown = rel(root, path);
        let service = load::check_service_text(
            &self.config,
            &self.language_names,
            &shown,
            id,
            text,
            &mut diags,
        );
        match service {
            Some(s) if !diags.has_errors() => Ok(s),
            _ => Err(ApplyError::Rejected(diags)),
        }
    }
}

/// Checks `text`, writes it atomically and commits it; puts `before` back if the commit fails.
#[allow(clippy::too_many_arguments)]
fn write_checked(
    root: &Path,
    site: &SiteRules,
    path: &Path,
    id: &str,
    before: Option<&str>,
    text: &str,
    editor: &Editor,
    message: &str,
) -> Result<Applied, ApplyError> {
    let shown = rel(root, path);
    if before == Some(text) {
        // The file already says it. If it is not committed (an approval cut short between the
        // write and the commit, by a crash), approving again commits it now.
        let commit = if git::is_repository(root)? && git::is_uncommitted(root, &shown)? {
            Some(git::commit_file(root, &shown, editor, message)?)
        } else {
            None
        };
        return Ok(Applied {
            path: shown,
            changed: false,
            commit,
        });
    }
    site.service(root, path, id, text)?;
    let io = |source| ApplyError::Io {
        path: shown.clone(),
        source,
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let in_git = git::is_repository(root)?;
    fs::write_atomic(path, text).map_err(io)?;
    let commit = if in_git {
        match git::commit_file(root, &shown, editor, message) {
            Ok(c) => Some(c),
            Err(e) => {
                git::unstage(root, &shown);
                match before {
                    Some(old) => fs::write_atomic(path, old).map_err(io)?,
                    None => std::fs::remove_file(path).map_err(io)?,
                }
                return Err(ApplyError::Git(e));
            }
        }
    } else {
        None
    };
    Ok(Applied {
        path: shown,
        changed: true,
        commit,
    })
}

fn check_editor(e: &Editor) -> Result<(), ApplyError> {
    let bad = |c: char| c.is_control() || c == '<' || c == '>';
    if e.name.trim().is_empty() || e.name.contains(bad) || validate::email(&e.email).is_err() {
        return Err(ApplyError::BadEditor);
    }
    Ok(())
}

/// The service's and organisation's names in the source language, for the commit message.
fn names(d: &ServiceDraft, source: &str) -> (String, String) {
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    (
        one_line(d.text("name", source)),
        one_line(
            d.organization
                .name
                .get(source)
                .map_or(&d.organization.id, |n| n),
        ),
    )
}

/// The file of service `id`, found as loading finds it (in any subfolder).
fn find(root: &Path, id: &str) -> Option<PathBuf> {
    load::service_files(root, &mut Diagnostics::default())
        .into_iter()
        .find(|(_, i)| i == id)
        .map(|(e, _)| e.path)
}

fn read(path: &Path) -> Result<String, ApplyError> {
    std::fs::read_to_string(path).map_err(|source| ApplyError::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn parse(path: &Path, text: &str, root: &Path) -> Result<DocumentMut, ApplyError> {
    text.parse::<DocumentMut>().map_err(|e| ApplyError::Toml {
        path: rel(root, path),
        message: e.to_string(),
    })
}

/// The lock of the site folder against other processes (a second server on the same checkout,
/// `witaj` run by hand): an advisory `flock` on the folder itself, so no lock file appears in the
/// editors' checkout. Released when the returned handle is dropped, also when the process dies.
/// (`File::lock` is why the crate's own code needs Rust 1.89.)
fn lock_across_processes(root: &Path) -> Result<std::fs::File, ApplyError> {
    let io = |source| ApplyError::Io {
        path: root.to_path_buf(),
        source,
    };
    let folder = std::fs::File::open(root).map_err(io)?;
    folder.lock().map_err(io)?;
    Ok(folder)
}

/// The lock of one site folder, shared by every approval in this process.
fn site_lock(root: &Path) -> Arc<Mutex<()>> {
    static LOCKS: OnceLock<Mutex<HashMap<PathBuf, Arc<Mutex<()>>>>> = OnceLock::new();
    let key = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut locks = LOCKS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    locks.entry(key).or_default().clone()
}
