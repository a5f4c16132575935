//! Integration tests of the foundation: the real router, real templates, real Fluent bundles, on the
//! fixture site in tests/fixtures/site (and the bundled content, for `check`).

#[path = "../common/mod.rs"]
mod common;

mod boundary;
mod bundled;
mod check;
mod cli;
mod feedback;
mod gaps;
mod guides;
mod http;
mod languages;
mod privacy;
mod server;
mod statement;
mod watch;
