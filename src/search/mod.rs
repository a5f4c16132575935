//! Full-text search over guides (one document per page and one per section) and services, in every
//! language, each with its own analysis (see [`analysis`]).
//!
//! The index is built from the site snapshot when the site loads, in memory, so a reload builds a
//! new index off the request path and requests keep using the old one until the swap. Queries are
//! built from the visitor's words by code, never by tantivy's query parser, so nothing a visitor
//! types is syntax: `title:x OR`, unbalanced quotes or control characters are just words.
//!
//! Public beyond the crate: the index and what it is built from, and for the lemma-table
//! generator (`tools/lemma-table`) the analyzers, the table format and the normalisations.

pub mod analysis;
mod documents;
mod explain;
pub mod index;
pub mod lemma;
mod lexicon;
mod meaning;
pub mod normalize;
mod query;
mod schema;
mod spelling;
mod stats;
mod stop_words;
mod token_map;
mod tokenizer;
pub(crate) mod translit;

pub use documents::{Document, HitKind, guide_documents, service_documents};
pub use index::{Explained, Hit, SearchIndex, SearchOutcome, SearchRequest};
