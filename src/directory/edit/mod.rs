//! The write path of the directory: an organisation's edit of a service becomes the same TOML file
//! an editor would write, checked as `witaj check` checks it, and committed to git.
//!
//! - [`draft`] the [`ServiceDraft`]: every editable field, from a service, an empty proposal or a
//!   submitted form, with per-field errors in plain words;
//! - [`diff`] what an edit changes, field by field, for the review page;
//! - [`week`] the week editor: day rows ↔ an `opening_hours` expression;
//! - [`write`] the draft into the file with `toml_edit`, keeping the editor's comments and layout;
//! - [`apply`] approval: check, write atomically, commit, one approval at a time per site folder;
//!   and "still correct" ([`apply::mark_verified`]);
//! - [`git`] the commit, through the `git` command line;
//! - [`stale`] the services not verified for months (`witaj stale`).
//!
//! There is no HTTP here and no session: the account pages call these functions, and the rules
//! are the loader's own ([`crate::directory::load::check_service_text`], [`crate::validate`]), so
//! the web can never accept what `witaj check` refuses.

pub mod apply;
pub mod diff;
pub mod draft;
pub mod git;
pub mod stale;
pub mod week;
pub mod write;

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::config::Config;
pub use apply::{Applied, ApplyError, Approval, apply, mark_verified};
pub use diff::{Change, diff};
pub use draft::{LocationDraft, OrganizationDraft, PhoneDraft, ServiceDraft};
pub use git::Editor;
pub use week::{Week, WeekForm};

/// What the rules need to know of the site: its configuration and the language codes staff may
/// speak (the portal's and `_languages.toml`'s). A running server takes both from its snapshot
/// (`site.config`, `site.directory.language_names`); [`apply`] reads them afresh from the files.
#[derive(Clone, Copy)]
pub struct EditContext<'a> {
    pub config: &'a Config,
    pub language_names: &'a BTreeMap<String, String>,
}

/// One problem with a submitted value, on the form field it is about (`email`, `name.pl`,
/// `phones.0.number`, `week.mo.from1`), or on none (`""`) when it is about the whole file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl fmt::Display) -> FieldError {
        FieldError {
            field: field.into(),
            message: message.to_string(),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}
