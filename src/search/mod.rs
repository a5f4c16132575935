//! Full-text search over guides (one document per page and one per section) and services, in every
//! language, each with its own analysis (see [`analysis`]).
//!
//! The index is built from the site snapshot when the site loads, in memory, so a reload builds a
//! new index off the request path and requests keep using the old one until the swap. Queries are
//! built from the visitor's words by code, never by tantivy's query parser, so nothing a visitor
//! types is syntax: `title:x OR`, unbalanced quotes or control characters are just words.

pub mod analysis;
pub mod filters;
pub mod index;
pub mod lemma;
#[cfg(feature = "lemma-tools")]
pub mod lemma_build;
pub mod lexicon;
pub mod normalize;
pub mod query;
pub mod suggest;
pub mod tokenizer;
pub mod translit;

pub use index::{Hit, HitKind, SearchIndex, SearchOutcome, SearchRequest};
