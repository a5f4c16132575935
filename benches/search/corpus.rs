//! The benchmark corpus: 10,000 guides, each with a page in 4 languages (pl, en, uk, ru), made
//! from the bundled guides' own text so that word frequencies, lengths and scripts are realistic.
//!
//! Guide number `i`'s page in language `L` takes its title from bundled guide `i mod 12` in `L` (with the
//! number appended, so titles differ), and 3 to 6 sections drawn, by a seeded generator, from all
//! bundled sections in `L`, each with its sentences in a shuffled order. Same seed, same corpus.

use std::collections::BTreeMap;

use witaj::Site;
use witaj::content::markdown::Section;
use witaj::content::{Guide, Page};

pub const GUIDES: usize = 10_000;
pub const LANGUAGES: [&str; 4] = ["pl", "en", "uk", "ru"];

/// A tiny xorshift generator: enough to vary the corpus reproducibly without a dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// Guide `bench-{i}` has a page in each language, made from bundled guide `i mod 12` in that
/// language; the pages are real `content::Guide` pages, so the benchmark indexes them with the
/// portal's own [`witaj::search::guide_documents`].
pub fn generate(site: &Site, seed: u64) -> Vec<Guide> {
    let mut rng = Rng::new(seed);
    let mut out: Vec<Guide> = Vec::with_capacity(GUIDES);
    for lang in LANGUAGES {
        // Every bundled page in this language (falling back to Polish for ru's missing ones).
        let pages: Vec<_> = site
            .content
            .guides
            .values()
            .map(|g| {
                (
                    g,
                    g.pages
                        .get(lang)
                        .or_else(|| g.pages.get("pl"))
                        .expect("every guide has pl"),
                )
            })
            .collect();
        let sections: Vec<&Section> = pages
            .iter()
            .flat_map(|(_, p)| &p.sections)
            .filter(|s| !s.text.is_empty())
            .collect();
        for i in 0..GUIDES {
            let (guide, page) = pages[i % pages.len()];
            let n = 3 + rng.below(4);
            let chosen = (0..n)
                .map(|_| {
                    let section = sections[rng.below(sections.len())];
                    let mut sentences: Vec<&str> = section.text.split(". ").collect();
                    for k in (1..sentences.len()).rev() {
                        sentences.swap(k, rng.below(k + 1));
                    }
                    Section {
                        anchor: section.anchor.clone(),
                        trail: section.trail.clone(),
                        text: sentences.join(". "),
                    }
                })
                .collect();
            let page = Page {
                lang: lang.to_string(),
                path: page.path.clone(),
                title: format!("{} {i}", page.title),
                summary: page.summary.clone(),
                updated: page.updated,
                reviewed: page.reviewed,
                sources: Vec::new(),
                bring: Vec::new(),
                html: String::new(),
                toc: Vec::new(),
                sections: chosen,
                words: 0,
                status: page.status,
            };
            if out.len() <= i {
                out.push(Guide {
                    slug: format!("bench-{i}"),
                    topics: guide.topics.clone(),
                    services: Vec::new(),
                    source_hash: String::new(),
                    aliases: Vec::new(),
                    priority: 0,
                    glossary: false,
                    pages: BTreeMap::new(),
                });
            }
            out[i].pages.insert(lang.to_string(), page);
        }
    }
    out
}
