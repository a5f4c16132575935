//! `witaj status`: where each guide stands in each language, how complete each language is, and
//! what one translator should do next.
//!
//! The age of an outdated translation is counted in days from the source file's `updated` date:
//! editors set it when they change what a guide says (re-dating alone does not outdate anything,
//! see `translation.rs`), it needs no git history, and it is the same on every machine.

use std::collections::HashMap;

use serde::Serialize;
use time::Date;

use crate::site::Site;
use crate::translation::Status;

/// One guide in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    pub lang: String,
    pub status: Status,
    /// For an outdated translation: days since the source was last updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_outdated: Option<i64>,
}

/// One guide across the languages.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub slug: String,
    /// Words in the source-language text.
    pub words: usize,
    pub priority: i64,
    pub cells: Vec<Cell>,
}

/// One language's completeness.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub lang: String,
    pub current: usize,
    pub outdated: usize,
    pub missing: usize,
    /// Percent of the guides translated from the current source (rounded down, so 100 means
    /// all), and the same counted in source words.
    pub guides_percent: u32,
    pub words_percent: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub today: String,
    pub source: String,
    pub languages: Vec<Summary>,
    pub guides: Vec<Row>,
}

/// A guide to translate or update into one language.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Work {
    pub slug: String,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_outdated: Option<i64>,
    /// Words of the source text.
    pub words: usize,
    pub priority: i64,
    /// The position in `portal.toml`'s topics of the guide's first topic.
    pub topic_order: usize,
    /// How many readers asked for it in this language, when that is known.
    pub demand: u64,
    /// The command that starts the work (`witaj translate …`) or the file to update.
    pub next: String,
}

/// The status of every guide in every language as of `today`.
pub fn report(site: &Site, today: Date) -> Report {
    let codes = site.config.codes();
    let source = site.config.source_language.clone();
    let mut rows = Vec::new();
    let mut totals: Vec<[usize; 3]> = vec![[0; 3]; codes.len()];
    let mut words_current = vec![0usize; codes.len()];
    let mut words_total = 0usize;
    for guide in site.content.guides.values() {
        let Some(src) = guide.pages.get(&source) else {
            continue;
        };
        words_total += src.words;
        let cells = codes
            .iter()
            .enumerate()
            .map(|(i, lang)| {
                let status = guide.status(lang);
                match status {
                    Status::Source | Status::Current => {
                        totals[i][0] += 1;
                        words_current[i] += src.words;
                    }
                    Status::Outdated => totals[i][1] += 1,
                    Status::Missing => totals[i][2] += 1,
                }
                Cell {
                    lang: lang.to_string(),
                    status,
                    days_outdated: (status == Status::Outdated)
                        .then(|| (today - src.updated).whole_days().max(0)),
                }
            })
            .collect();
        rows.push(Row {
            slug: guide.slug.clone(),
            words: src.words,
            priority: guide.priority,
            cells,
        });
    }
    let n = rows.len();
    let languages = codes
        .iter()
        .enumerate()
        .map(|(i, lang)| {
            let [current, outdated, missing] = totals[i];
            Summary {
                lang: lang.to_string(),
                current,
                outdated,
                missing,
                guides_percent: percent(current, n),
                words_percent: percent(words_current[i], words_total),
            }
        })
        .collect();
    Report {
        today: today.to_string(),
        source,
        languages,
        guides: rows,
    }
}

fn percent(part: usize, whole: usize) -> u32 {
    if whole == 0 {
        return 100;
    }
    (part * 100 / whole) as u32
}

/// What a translator into `lang` has to do: every outdated or missing guide, most important first
/// ([`order`]).
pub fn work(
    site: &Site,
    lang: &str,
    today: Date,
    demand: Option<&HashMap<String, u64>>,
) -> Vec<Work> {
    let source = &site.config.source_language;
    let mut items: Vec<Work> = site
        .content
        .guides
        .values()
        .filter_map(|guide| {
            let src = guide.pages.get(source)?;
            let status = guide.status(lang);
            let next = match status {
                Status::Missing => format!("witaj translate {} {lang}", guide.slug),
                Status::Outdated => guide.pages.get(lang)?.path.display().to_string(),
                Status::Source | Status::Current => return None,
            };
            Some(Work {
                slug: guide.slug.clone(),
                status,
                days_outdated: (status == Status::Outdated)
                    .then(|| (today - src.updated).whole_days().max(0)),
                words: src.words,
                priority: guide.priority,
                topic_order: guide
                    .topics
                    .first()
                    .and_then(|t| site.config.topics.iter().position(|c| c == t))
                    .unwrap_or(usize::MAX),
                demand: 0,
                next,
            })
        })
        .collect();
    order(&mut items, demand);
    items
}

/// Most important first: readers' demand for the guide in this language (`slug` → how many asked;
/// the feedback feature will record it), then the `priority` of the guide's front matter, then the
/// order of its first topic in `portal.toml`, then the slug. Sets each item's `demand`.
pub fn order(items: &mut [Work], demand: Option<&HashMap<String, u64>>) {
    for item in items.iter_mut() {
        item.demand = demand.and_then(|d| d.get(&item.slug)).copied().unwrap_or(0);
    }
    items.sort_by(|a, b| {
        b.demand
            .cmp(&a.demand)
            .then(b.priority.cmp(&a.priority))
            .then(a.topic_order.cmp(&b.topic_order))
            .then(a.slug.cmp(&b.slug))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(slug: &str, priority: i64, topic_order: usize) -> Work {
        Work {
            slug: slug.into(),
            status: Status::Missing,
            days_outdated: None,
            words: 1,
            priority,
            topic_order,
            demand: 0,
            next: String::new(),
        }
    }

    fn slugs(items: &[Work]) -> Vec<&str> {
        items.iter().map(|w| w.slug.as_str()).collect()
    }

    #[test]
    fn priority_then_topic_then_slug() {
        let mut items = vec![
            item("c", 0, 1),
            item("b", 0, 0),
            item("a", 0, 1),
            item("z", 5, 9),
        ];
        order(&mut items, None);
        assert_eq!(slugs(&items), ["z", "b", "a", "c"]);
    }

    #[test]
    fn demand_comes_first() {
        let mut items = vec![item("c", 0, 1), item("b", 0, 0), item("z", 5, 9)];
        let demand = HashMap::from([("c".to_string(), 3), ("b".to_string(), 1)]);
        order(&mut items, Some(&demand));
        assert_eq!(slugs(&items), ["c", "b", "z"]);
        assert_eq!(items[0].demand, 3);
    }

    #[test]
    fn percent_rounds_down() {
        assert_eq!(percent(2, 3), 66);
        assert_eq!(percent(0, 0), 100);
        assert_eq!(percent(299, 300), 99);
    }
}
