//! witaj: a multilingual public information portal for newcomers, served from files.
//!
//! `Site::load` turns the files of a site folder into one immutable snapshot; `web::router` serves
//! it. `content`, `directory`, `i18n` and `theme` know nothing of HTTP; `web` depends on them, never the other
//! way round.

pub mod config;
pub mod content;
pub mod diagnostics;
pub mod directory;
pub mod fs;
pub mod html;
pub mod i18n;
pub mod search;
pub mod site;
pub mod stamp;
pub mod state;
pub mod theme;
pub mod translation;
pub mod validate;
pub mod watch;
pub mod web;

pub use site::Site;
