//! Directory benchmark: `cargo bench --bench directory_load`.
//!
//! Loads the bundled directory of services (`content/directory/`) ten times and reports the mean
//! load time, then the time to work out "open now" for every service and the facet counts of the
//! unfiltered services page, as one request to `/{lang}/services` does. Both must stay far below
//! a request's budget, since a reload re-reads the whole directory and every list request
//! recomputes the facets.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use witaj::config::Config;
use witaj::diagnostics::Diagnostics;
use witaj::directory::Directory;
use witaj::directory::filter::{Filter, candidates};
use witaj::directory::hours::warsaw;

const ROUNDS: u32 = 10;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut diags = Diagnostics::default();
    let Some(config) = Config::load(root, &mut diags) else {
        panic!("portal.toml:\n{diags}");
    };

    let t = Instant::now();
    let mut services = 0;
    for _ in 0..ROUNDS {
        services = black_box(Directory::load(root, &config, &mut diags))
            .services
            .len();
    }
    let load = t.elapsed() / ROUNDS;

    let directory = Directory::load(root, &config, &mut diags);
    // Tuesday 24 November 2026, 10:00 in Warsaw: a working day, so most services are open.
    let now = warsaw(2026, 11, 24, 10, 0).expect("a local time that exists");
    let t = Instant::now();
    for _ in 0..ROUNDS {
        let all = candidates(&directory, now);
        black_box(Filter::default().facets(&all, &config, &directory));
    }
    let eval = t.elapsed() / ROUNDS;
    println!("directory: {services} services loaded in {load:?}; open-now + facets in {eval:?}");
}
