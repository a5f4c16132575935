//! Integration tests of the foundation: the real router, real templates, real Fluent bundles, on the
//! fixture site in tests/fixtures/site (and the bundled content, for `check`).

#[path = "../common/mod.rs"]
mod common;

mod boundary;
mod bundled;
mod cache;
mod check;
mod cli;
mod desk;
mod editors;
mod errors;
mod export;
mod feedback;
mod gaps;
mod guides;
mod http;
mod languages;
mod loader_proptests;
mod privacy;
mod proptests;
mod refusals;
mod reload;
mod server;
mod statement;
mod watch;
mod watch_banner;
