//! Integration tests of the foundation: the real router, real templates, real Fluent bundles, on the
//! fixture site in tests/fixtures/site (and the bundled content, for `check`).

#[path = "../common/mod.rs"]
mod common;

mod boundary;
mod bundled;
mod check;
mod cli;
mod editors;
mod gaps;
mod guides;
mod http;
mod languages;
mod server;
mod statement;
mod watch;
