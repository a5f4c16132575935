//! The two kinds of account. An organisation account is bound to one `[organization] id` of the
//! directory and may only ever see and change that organisation's data; an editor moderates and
//! manages accounts.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "organisation", rename_all = "lowercase")]
pub enum Role {
    Editor,
    /// The `[organization] id` of the directory this account speaks for.
    Organisation(String),
}

impl Role {
    /// The name stored and shown in the command line (`editor`, `organisation`).
    pub fn kind(&self) -> &'static str {
        match self {
            Role::Editor => "editor",
            Role::Organisation(_) => "organisation",
        }
    }

    pub fn organisation(&self) -> Option<&str> {
        match self {
            Role::Editor => None,
            Role::Organisation(org) => Some(org),
        }
    }

    /// The role stored as `kind` and `organisation`; `None` for a pair that cannot be.
    pub fn from_parts(kind: &str, organisation: Option<String>) -> Option<Role> {
        match (kind, organisation) {
            ("editor", None) => Some(Role::Editor),
            ("organisation", Some(org)) => Some(Role::Organisation(org)),
            _ => None,
        }
    }
}
