//! Guides: one folder per guide under `content/guides/`, one Markdown file per language.
//!
//! Shaped like `directory`: [`model`] is what the rest of the portal reads, [`load`] reads the
//! files, renders them, works out each translation's status against the source language and
//! checks what links to what. Every problem becomes a diagnostic with file and line; a broken file
//! is left out of the result, never half-loaded.

pub mod front_matter;
pub mod links;
pub mod load;
pub mod markdown;
pub mod model;
pub mod statement;

/// Kept here too for the web layer and tests, which name it `content::Status`.
pub use crate::translation::Status;
pub use load::GUIDES_DIR;
pub use model::{Content, Guide, Page, ServiceRef};
