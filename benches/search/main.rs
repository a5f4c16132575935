//! Search benchmark: `cargo bench --bench search`.
//!
//! Builds an index of the generated corpus (see `corpus.rs`: 10,000 guides in 4 languages, each
//! page and section a document, as the portal indexes them) and reports the build time, the
//! process's peak memory, and query latency (p50, p99) over a mix of real queries from
//! tests/search/judged.toml in those languages. Goals on a 2-core machine: the 40,000 guide pages
//! indexed in under 10 s, p99 under 5 ms.

mod corpus;

use std::path::Path;
use std::time::{Duration, Instant};

use witaj::search::index::Analysis;
use witaj::search::{Document, SearchIndex, SearchRequest, guide_documents};

fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site = witaj::Site::load(root).unwrap_or_else(|d| panic!("bundled site:\n{d}"));
    let rss_site = peak_rss_mib().unwrap_or(0.0);
    let guides = corpus::generate(&site, 2026);
    let pages: usize = guides.iter().map(|g| g.pages.len()).sum();
    let docs: Vec<Document> = guides.iter().flat_map(guide_documents).collect();
    let documents = docs.len();
    let languages = corpus::LANGUAGES;
    let started = Instant::now();
    let index =
        SearchIndex::from_documents(&languages, docs, Analysis::PerLanguage).expect("index builds");
    let build = started.elapsed();
    let rss_built = peak_rss_mib().unwrap_or(0.0);

    // The judged queries in the corpus' languages, as a realistic mix.
    let judged: toml::Value =
        toml::from_str(&std::fs::read_to_string(root.join("tests/search/judged.toml")).unwrap())
            .unwrap();
    let queries: Vec<(String, String)> = judged["q"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| corpus::LANGUAGES.contains(&q["lang"].as_str().unwrap()))
        .map(|q| {
            (
                q["lang"].as_str().unwrap().to_string(),
                q["q"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    // Warm up, then time every query several times.
    for (lang, q) in &queries {
        index.search(&SearchRequest {
            text: q,
            lang,
            topic: None,
            page: 1,
            per_page: 10,
        });
    }
    let mut times = Vec::new();
    let mut slowest: Vec<(Duration, &str, &str)> = Vec::new();
    for _ in 0..10 {
        for (lang, q) in &queries {
            let t = Instant::now();
            let out = index.search(&SearchRequest {
                text: q,
                lang,
                topic: None,
                page: 1,
                per_page: 10,
            });
            let elapsed = t.elapsed();
            times.push(elapsed);
            slowest.push((elapsed, lang, q));
            std::hint::black_box(out);
        }
    }
    times.sort();
    let rss_end = peak_rss_mib().unwrap_or(0.0);
    println!(
        "search benchmark ({} CPUs)",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!(
        "corpus: {} guides in {} languages = {} guide pages, {} index documents (pages and sections)",
        corpus::GUIDES,
        languages.len(),
        pages,
        documents
    );
    println!("index build: {:.2} s", build.as_secs_f64());
    println!(
        "peak memory (process): {rss_site:.0} MiB after loading the site, {rss_built:.0} MiB after building, {rss_end:.0} MiB at the end"
    );
    println!(
        "queries: {} timed ({} distinct, pl/en/uk/ru)",
        times.len(),
        queries.len()
    );
    slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
    slowest.dedup_by(|a, b| a.2 == b.2);
    let worst: Vec<String> = slowest
        .iter()
        .take(5)
        .map(|(d, l, q)| format!("[{l}] {q:?} {:.2} ms", d.as_secs_f64() * 1e3))
        .collect();
    println!("slowest queries: {}", worst.join("; "));
    println!(
        "latency: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3
    );
}
