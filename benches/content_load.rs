//! Content-load benchmark: `cargo bench --bench content_load`.
//!
//! Loading guides must take time linear in their size: `witaj check`, `serve` at start-up, every
//! reload and `serve --watch` all render every guide, and a quadratic step (the line of every
//! Markdown event counted from the start of the file, a retry loop per repeated heading) once made
//! an 8 MB guide take half a minute and 100,000 links two and a half minutes. This renders guide
//! bodies of doubling size (links, identical headings, plain paragraphs) and prints the time of
//! each and its ratio to the one before: linear loading gives ratios near 2, quadratic near 4.
//!
//! `cargo bench --profile dev --bench content_load` runs it without an optimised build (slower,
//! but the ratios are what matter).

use std::hint::black_box;
use std::time::{Duration, Instant};

use witaj::content::markdown::render;

/// Renders `body` once and returns the time it took.
fn time(body: &str) -> Duration {
    let t = Instant::now();
    black_box(render(black_box(body), "external link"));
    t.elapsed()
}

/// Prints one row per size: the body's size, the time and the ratio to the previous size.
fn series(name: &str, sizes: &[usize], unit: &str, make: &dyn Fn(usize) -> String) {
    println!("{name}");
    let mut previous: Option<Duration> = None;
    for &n in sizes {
        let body = make(n);
        let took = time(&body);
        let ratio = previous.map_or(String::new(), |p| {
            format!("  x{:.2}", took.as_secs_f64() / p.as_secs_f64().max(1e-9))
        });
        println!(
            "  {n:>6} {unit:<10} {:>9} bytes  {:>9.1} ms{ratio}",
            body.len(),
            took.as_secs_f64() * 1e3
        );
        previous = Some(took);
    }
}

fn main() {
    let counts = [1_000, 2_000, 4_000, 8_000, 16_000];
    series("guide links, one per line", &counts, "links", &|n| {
        "[l](guide:pesel)\n".repeat(n)
    });
    series("external links, one per line", &counts, "links", &|n| {
        "[gov](https://www.gov.pl/web/gov)\n".repeat(n)
    });
    series("identical headings", &counts, "headings", &|n| {
        "## Same heading\n\ntext\n\n".repeat(n)
    });
    let paragraph = format!("{}\n\n", "słowo ".repeat(170));
    series("1 KB paragraphs", &[1, 2, 4, 8], "MB", &|mb| {
        paragraph.repeat(mb * 1_000)
    });
}
