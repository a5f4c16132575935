//! The store's part for feedback: "was this page useful?" answers, their comments, and "I need
//! this in my language" presses, with the aggregates the editors read (`feedback::insight`).
//!
//! Nothing here can tell one visitor from another: answers and presses are counts per day, page
//! (or guide) and language; a comment is kept with its day, page and language only, after
//! `feedback::Scrubbed` cut out what looks like personal data, and is deleted after the retention
//! period (`[feedback] comment_retention_months`), while the counts stay as statistics. New
//! comments are capped per day ([`COMMENTS_PER_DAY`]) so that a flood from many addresses cannot
//! grow the file without bound; answers and presses need no cap, as their rows are bounded by the
//! pages and languages of the site times the days.

use std::collections::{BTreeMap, HashMap};

use rusqlite::params;
use time::Date;

use super::{Store, StoreError};
use crate::feedback::insight::{
    CommentRow, DemandRow, GapRow, Insight, MonthRow, PageVotes, Period, months_before,
    share_useful,
};
use crate::feedback::{Scrubbed, Useful};

/// The tables, created if missing. One constant, so that it can move into the list of versioned
/// migrations as it is.
pub(super) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS feedback_votes (
    day TEXT NOT NULL,
    page TEXT NOT NULL,
    lang TEXT NOT NULL,
    yes INTEGER NOT NULL DEFAULT 0,
    no INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, page, lang)
);
CREATE TABLE IF NOT EXISTS feedback_comments (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    page TEXT NOT NULL,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    handled_by TEXT,
    handled_at TEXT
);
CREATE INDEX IF NOT EXISTS feedback_comments_day ON feedback_comments (day);
CREATE TABLE IF NOT EXISTS translation_demand (
    day TEXT NOT NULL,
    guide TEXT NOT NULL,
    lang TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, guide, lang)
);
";

/// Most new comments kept on one day, from everybody together.
pub const COMMENTS_PER_DAY: i64 = 1_000;

/// Search gaps an insight lists.
const GAPS_IN_INSIGHT: usize = 200;

/// One answer to "was this page useful?", as the store takes it.
#[derive(Debug, Clone)]
pub struct Answer<'a> {
    /// The page inside its language (`guides/pesel`, `services/<id>`, `search`): checked against
    /// the site by the caller.
    pub page: &'a str,
    pub lang: &'a str,
    /// `None` for the comment that follows a "no" already counted.
    pub useful: Option<Useful>,
    /// Kept only with a "no" (the form asks for it only then).
    pub comment: Option<&'a Scrubbed>,
}

impl Store {
    /// Counts an answer and keeps its comment; deletes comments older than `retention_months`
    /// months. Returns whether the comment was kept (not when there is none, it came with a "yes",
    /// or today's cap is reached).
    pub fn record_answer(
        &self,
        answer: &Answer<'_>,
        today: Date,
        retention_months: u32,
    ) -> Result<bool, StoreError> {
        let day = today.to_string();
        let mut conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let tx = conn.transaction()?;
        if let Some(useful) = answer.useful {
            let (yes, no) = match useful {
                Useful::Yes => (1, 0),
                Useful::No => (0, 1),
            };
            tx.execute(
                "INSERT INTO feedback_votes (day, page, lang, yes, no) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (day, page, lang)
                 DO UPDATE SET yes = yes + excluded.yes, no = no + excluded.no",
                params![day, answer.page, answer.lang, yes, no],
            )?;
        }
        let mut kept = false;
        if let (Some(comment), false) = (answer.comment, answer.useful == Some(Useful::Yes)) {
            kept = tx.execute(
                "INSERT INTO feedback_comments (day, page, lang, text)
                 SELECT ?1, ?2, ?3, ?4
                 WHERE (SELECT COUNT(*) FROM feedback_comments WHERE day = ?1) < ?5",
                params![
                    day,
                    answer.page,
                    answer.lang,
                    comment.as_str(),
                    COMMENTS_PER_DAY
                ],
            )? > 0;
        }
        purge(&tx, today, retention_months)?;
        tx.commit()?;
        Ok(kept)
    }

    /// Counts one "I need this in my language" for `guide` in `lang`.
    pub fn record_demand(&self, guide: &str, lang: &str, today: Date) -> Result<(), StoreError> {
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        conn.execute(
            "INSERT INTO translation_demand (day, guide, lang, count) VALUES (?1, ?2, ?3, 1)
             ON CONFLICT (day, guide, lang) DO UPDATE SET count = count + 1",
            params![today.to_string(), guide, lang],
        )?;
        Ok(())
    }

    /// How many readers asked for each guide in `lang`, ever: what `witaj status --lang` orders
    /// missing translations by.
    pub fn demand_for(&self, lang: &str) -> Result<HashMap<String, u64>, StoreError> {
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let mut stmt = conn.prepare(
            "SELECT guide, SUM(count) FROM translation_demand WHERE lang = ?1 GROUP BY guide",
        )?;
        let rows = stmt.query_map(params![lang], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Marks a comment handled by `who` at `at` (an RFC 3339 instant). Returns whether it was
    /// open: a comment handled already keeps its first editor and time.
    pub fn mark_comment_handled(&self, id: i64, who: &str, at: &str) -> Result<bool, StoreError> {
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let changed = conn.execute(
            "UPDATE feedback_comments SET handled_by = ?2, handled_at = ?3
             WHERE id = ?1 AND handled_by IS NULL",
            params![id, who, at],
        )?;
        Ok(changed > 0)
    }

    /// One comment by its id, handled or not; `None` when there is none (never was, or deleted by
    /// retention). The editors' "mark handled" asks this first, to answer 404 for an unknown id.
    pub fn comment(&self, id: i64) -> Result<Option<CommentRow>, StoreError> {
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let mut stmt = conn.prepare(&format!(
            "SELECT {COMMENT_COLUMNS} FROM feedback_comments WHERE id = ?1"
        ))?;
        let mut rows = stmt.query_map(params![id], comment_row)?;
        Ok(rows.next().transpose()?)
    }

    /// Deletes comments older than `retention_months` months on `today`; returns how many.
    pub fn purge_comments(&self, today: Date, retention_months: u32) -> Result<usize, StoreError> {
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        purge(&conn, today, retention_months)
    }

    /// Everything the editors' insight shows for `period`.
    pub fn insight(&self, period: Period) -> Result<Insight, StoreError> {
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let (since, until) = period.bounds();
        let within = "(?1 IS NULL OR day >= ?1) AND (?2 IS NULL OR day <= ?2)";

        let mut stmt = conn.prepare(&format!(
            "SELECT page, lang, SUM(yes), SUM(no) FROM feedback_votes WHERE {within}
             GROUP BY page, lang"
        ))?;
        let mut pages = stmt
            .query_map(params![since, until], |r| {
                let (yes, no) = (r.get::<_, i64>(2)? as u64, r.get::<_, i64>(3)? as u64);
                Ok(PageVotes {
                    page: r.get(0)?,
                    lang: r.get(1)?,
                    yes,
                    no,
                    share_useful: share_useful(yes, no),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        // Least useful first; among equals, the most answered.
        pages.sort_by(|a, b| {
            let share = |p: &PageVotes| p.share_useful.unwrap_or(2.0);
            share(a)
                .total_cmp(&share(b))
                .then((b.yes + b.no).cmp(&(a.yes + a.no)))
                .then_with(|| (&a.page, &a.lang).cmp(&(&b.page, &b.lang)))
        });

        let mut stmt = conn.prepare(&format!(
            "SELECT {COMMENT_COLUMNS} FROM feedback_comments
             WHERE {within} ORDER BY day DESC, id DESC"
        ))?;
        let comments = stmt
            .query_map(params![since, until], comment_row)?
            .collect::<Result<Vec<_>, _>>()?;

        let mut stmt = conn.prepare(
            "SELECT lang, query, count, first_seen, last_seen FROM search_gaps
             WHERE (?1 IS NULL OR last_seen >= ?1) AND (?2 IS NULL OR first_seen <= ?2)
             ORDER BY days DESC, count DESC, last_seen DESC, query LIMIT ?3",
        )?;
        let search_gaps = stmt
            .query_map(params![since, until, GAPS_IN_INSIGHT as i64], |r| {
                Ok(GapRow {
                    lang: r.get(0)?,
                    query: r.get(1)?,
                    count: r.get::<_, i64>(2)? as u64,
                    first_seen: r.get(3)?,
                    last_seen: r.get(4)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;

        let mut stmt = conn.prepare(&format!(
            "SELECT guide, lang, SUM(count) FROM translation_demand WHERE {within}
             GROUP BY guide, lang ORDER BY SUM(count) DESC, guide, lang"
        ))?;
        let demand = stmt
            .query_map(params![since, until], |r| {
                Ok(DemandRow {
                    guide: r.get(0)?,
                    lang: r.get(1)?,
                    count: r.get::<_, i64>(2)? as u64,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;

        let mut months: BTreeMap<String, MonthRow> = BTreeMap::new();
        for (sql, column) in [
            (
                "SELECT substr(day, 1, 7), SUM(yes), SUM(no) FROM feedback_votes",
                0,
            ),
            (
                "SELECT substr(day, 1, 7), COUNT(*), 0 FROM feedback_comments",
                1,
            ),
            (
                "SELECT substr(day, 1, 7), SUM(count), 0 FROM translation_demand",
                2,
            ),
        ] {
            let mut stmt = conn.prepare(&format!("{sql} WHERE {within} GROUP BY 1"))?;
            let rows = stmt
                .query_map(params![since, until], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, i64>(1)? as u64,
                        r.get::<_, i64>(2)? as u64,
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            for (m, a, b) in rows {
                let row = months.entry(m.clone()).or_insert_with(|| MonthRow {
                    month: m,
                    yes: 0,
                    no: 0,
                    share_useful: None,
                    comments: 0,
                    demand: 0,
                });
                match column {
                    0 => (row.yes, row.no) = (a, b),
                    1 => row.comments = a,
                    _ => row.demand = a,
                }
            }
        }
        let months = months
            .into_values()
            .map(|mut m| {
                m.share_useful = share_useful(m.yes, m.no);
                m
            })
            .collect();
        Ok(Insight {
            period,
            pages,
            comments,
            search_gaps,
            demand,
            months,
        })
    }
}

fn purge(
    conn: &rusqlite::Connection,
    today: Date,
    retention_months: u32,
) -> Result<usize, StoreError> {
    let keep_from = months_before(today, retention_months.max(1)).to_string();
    Ok(conn.execute(
        "DELETE FROM feedback_comments WHERE day < ?1",
        params![keep_from],
    )?)
}

/// The columns [`comment_row`] reads, in its order: one list for every query of comments.
const COMMENT_COLUMNS: &str = "id, day, page, lang, text, handled_by, handled_at";

fn comment_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CommentRow> {
    Ok(CommentRow {
        id: r.get(0)?,
        day: r.get(1)?,
        page: r.get(2)?,
        lang: r.get(3)?,
        text: r.get(4)?,
        handled_by: r.get(5)?,
        handled_at: r.get(6)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u8) -> Date {
        Date::from_calendar_date(2026, time::Month::November, d).unwrap()
    }

    fn no_with(store: &Store, text: &str, on: Date) -> bool {
        let comment = Scrubbed::new(text).unwrap().unwrap();
        let answer = Answer {
            page: "guides/pesel",
            lang: "uk",
            useful: Some(Useful::No),
            comment: Some(&comment),
        };
        store.record_answer(&answer, on, 12).unwrap()
    }

    // A flood of comments on one day stops at the cap; the answers are still counted, and the
    // next day takes comments again.
    #[test]
    fn comments_are_capped_per_day_and_answers_are_not() {
        let s = Store::in_memory();
        let kept = (0..COMMENTS_PER_DAY + 50)
            .filter(|i| no_with(&s, &format!("komentarz {i}"), day(1)))
            .count();
        assert_eq!(kept as i64, COMMENTS_PER_DAY);
        assert!(no_with(&s, "następny dzień", day(2)));
        let i = s.insight(Period::default()).unwrap();
        assert_eq!(i.pages[0].no as i64, COMMENTS_PER_DAY + 51);
    }

    #[test]
    fn a_comment_with_yes_is_not_kept_and_handling_is_once() {
        let s = Store::in_memory();
        let comment = Scrubbed::new("super").unwrap().unwrap();
        let yes = Answer {
            page: "search",
            lang: "pl",
            useful: Some(Useful::Yes),
            comment: Some(&comment),
        };
        assert!(!s.record_answer(&yes, day(1), 12).unwrap());
        assert!(no_with(&s, "brak mapy", day(1)));
        let id = s.insight(Period::default()).unwrap().comments[0].id;
        assert!(
            s.mark_comment_handled(id, "ola@ngo.example", "2026-11-02T10:00:00Z")
                .unwrap()
        );
        assert!(
            !s.mark_comment_handled(id, "jan@ngo.example", "2026-11-03T10:00:00Z")
                .unwrap()
        );
        assert!(
            !s.mark_comment_handled(id + 1, "jan@ngo.example", "2026-11-03T10:00:00Z")
                .unwrap()
        );
        let c = &s.insight(Period::default()).unwrap().comments[0];
        assert_eq!(c.handled_by.as_deref(), Some("ola@ngo.example"));
        assert_eq!(s.comment(id).unwrap().as_ref(), Some(c));
        assert_eq!(s.comment(id + 1).unwrap(), None);
    }
}
