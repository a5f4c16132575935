//! The benchmark corpus: 10,000 guides in 4 languages (pl, en, uk, ru), made from the bundled
//! guides' own text so that word frequencies, lengths and scripts are realistic.
//!
//! Guide number `i` in language `L` takes its title from bundled guide `i mod 12` in `L` (with the
//! number appended, so titles differ), and 3 to 6 sections drawn, by a seeded generator, from all
//! bundled sections in `L`, each with its sentences in a shuffled order. Same seed, same corpus.

use witaj::Site;

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

pub struct Section {
    pub heading: String,
    pub text: String,
}

pub struct Guide {
    pub id: String,
    pub lang: &'static str,
    pub title: String,
    pub summary: String,
    pub sections: Vec<Section>,
    pub topics: Vec<String>,
}

pub fn generate(site: &Site, seed: u64) -> Vec<Guide> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::with_capacity(GUIDES * LANGUAGES.len());
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
        let sections: Vec<(&str, &str)> = pages
            .iter()
            .flat_map(|(_, p)| {
                p.sections
                    .iter()
                    .map(|s| (s.trail.last().map_or("", String::as_str), s.text.as_str()))
            })
            .filter(|(_, t)| !t.is_empty())
            .collect();
        for i in 0..GUIDES {
            let (guide, page) = pages[i % pages.len()];
            let n = 3 + rng.below(4);
            let chosen = (0..n)
                .map(|_| {
                    let (heading, text) = sections[rng.below(sections.len())];
                    let mut sentences: Vec<&str> = text.split(". ").collect();
                    for k in (1..sentences.len()).rev() {
                        sentences.swap(k, rng.below(k + 1));
                    }
                    Section {
                        heading: heading.to_string(),
                        text: sentences.join(". "),
                    }
                })
                .collect();
            out.push(Guide {
                id: format!("bench-{i}"),
                lang,
                title: format!("{} {i}", page.title),
                summary: page.summary.clone(),
                sections: chosen,
                topics: guide.topics.clone(),
            });
        }
    }
    out
}
