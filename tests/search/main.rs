//! Search: relevance on a judged query set, the search pages and API, and hostile queries.

#[path = "../common/mod.rs"]
mod common;

mod pages;
mod relevance;
