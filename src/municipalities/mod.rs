//! The municipalities (gminy) and counties (powiaty) of the metropolis: `content/municipalities/
//! <id>.toml`, one file per place, saying what it is called in every script and which office of
//! the directory does each local step there (format in that folder's README).
//!
//! - [`model`] the validated places, the county fallback for a step and the name search;
//! - [`load`] reading and checking the files, and what they must agree on with `portal.toml` and
//!   the directory;
//! - [`names`] folding names as visitors type them.
//!
//! `portal.toml`'s `[[municipalities]]` stays the list the services filter and the directory's
//! locations use (with their Fluent names); when this folder exists, every one of them must have a
//! file here with the same county, so the two lists cannot drift apart. Knows nothing of HTTP.

pub mod load;
pub mod model;
pub mod names;

pub use load::MUNICIPALITIES_DIR;
pub use model::{Kind, Municipalities, Office, Place, Step};
