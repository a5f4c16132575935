//! witaj: a multilingual public information portal for newcomers, served from files.
//!
//! `Site::load` turns the files of a site folder into one immutable snapshot; `reload::Live` holds
//! the one being served; `web::router` serves it. Only `web` (and `main.rs`) know HTTP: `config`,
//! `content`, `directory`, `i18n`, `search`, `state`, `theme` and `urls` know nothing of it, and
//! `web` depends on them, never the other way round. See `docs/architecture.md`.

pub mod accounts;
pub mod check;
pub mod config;
pub(crate) mod confine;
pub mod content;
pub mod diagnostics;
pub mod directory;
pub mod feedback;
pub(crate) mod fs;
pub(crate) mod html;
pub(crate) mod i18n;
pub mod municipalities;
pub mod page_cache;
pub mod qr;
pub mod reload;
pub mod search;
pub mod site;
pub mod stamp;
pub mod state;
pub mod status;
pub(crate) mod theme;
pub mod translate;
pub(crate) mod translation;
pub(crate) mod urls;
pub(crate) mod validate;
pub mod watch;
pub mod web;

pub use site::Site;
