//! What visitors searched for and did not find, so editors can see which guides are missing in
//! which language.
//!
//! Nothing here identifies a person: no address, cookie, agent or time of day is stored, only the
//! language, the normalised query, a count, on how many days it was seen and the first and last
//! day. Queries that look like they carry personal data (an e-mail address, a number of five
//! digits or more in any script and with any separators, such as a PESEL or a phone number) are
//! not recorded at all.
//!
//! Anonymous visitors write here, so the table must not be theirs to fill: each client records at
//! most [`PER_CLIENT_PER_DAY`] gaps a day, at most [`NEW_PER_DAY`] new queries are taken a day,
//! rows not seen for the retention period are deleted, and gaps are ranked by the number of days
//! they were seen: a flood of distinct junk on one day (41,479 queries once filled the old cap
//! and shut out every real gap) uses up that day's quota only, and a real gap seen on several days
//! stays on top.

use rusqlite::params;

use super::{Store, StoreError};

/// A query that found nothing, with how often and when.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SearchGap {
    pub lang: String,
    pub query: String,
    pub count: u64,
    pub first_seen: String,
    pub last_seen: String,
}

/// Longest query kept, in characters.
const MAX_QUERY: usize = 100;
/// Most distinct queries kept: past it, known queries are still counted but new ones are not, so
/// nobody can grow the file without limit by sending random words.
const MAX_QUERIES: i64 = 100_000;
/// Most new queries taken on one day: a flood spends this, not the whole table.
pub const NEW_PER_DAY: i64 = 1_000;
/// Most gaps one client records on one day.
pub const PER_CLIENT_PER_DAY: u32 = 30;
/// Most clients tracked on one day; past it, unknown clients are not recorded that day.
const MAX_CLIENTS: usize = 100_000;
/// Days a gap is kept after it was last seen, unless [`Store::set_retention_days`] says otherwise.
pub const DEFAULT_RETENTION_DAYS: u32 = 90;

impl Store {
    /// Keeps gaps `days` days after they were last seen (at least one).
    pub fn set_retention_days(&mut self, days: u32) {
        self.retention_days = days.max(1);
    }

    /// Whether `client` may record one more gap on `today`; counts it if so. `None` (a caller that
    /// cannot tell clients apart) is only held by the daily quota of new queries.
    fn client_allows(&self, client: Option<&str>, today: time::Date) -> bool {
        let Some(client) = client else {
            return true;
        };
        let mut guard = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        let (day, counts) = &mut *guard;
        if *day != Some(today) {
            *day = Some(today);
            counts.clear();
        }
        if counts.len() >= MAX_CLIENTS && !counts.contains_key(client) {
            return false;
        }
        let n = counts.entry(client.to_string()).or_insert(0);
        if *n >= PER_CLIENT_PER_DAY {
            return false;
        }
        *n += 1;
        true
    }

    /// Counts a query that found nothing. Returns whether it was recorded (it is not when it looks
    /// like personal data or is empty).
    ///
    /// `client` names who searched (an address or a hash of one, never stored) so that one client
    /// cannot record more than [`PER_CLIENT_PER_DAY`] gaps a day.
    pub fn record_search_gap(
        &self,
        lang: &str,
        query: &str,
        today: time::Date,
        client: Option<&str>,
    ) -> Result<bool, StoreError> {
        let Some(query) = normalise(query) else {
            return Ok(false);
        };
        if !self.client_allows(client, today) {
            return Ok(false);
        }
        let day = today.to_string();
        let conn = self.conn();
        let cutoff = today
            .checked_sub(time::Duration::days(i64::from(self.retention_days)))
            .map(|d| d.to_string());
        if let Some(cutoff) = cutoff {
            conn.execute(
                "DELETE FROM search_gaps WHERE last_seen < ?1",
                params![cutoff],
            )?;
        }
        let updated = conn.execute(
            "UPDATE search_gaps SET count = count + 1,
                 days = days + (last_seen <> ?3), last_seen = ?3
             WHERE lang = ?1 AND query = ?2",
            params![lang, query, day],
        )?;
        if updated > 0 {
            return Ok(true);
        }
        let inserted = conn.execute(
            "INSERT INTO search_gaps (lang, query, count, first_seen, last_seen, days)
             SELECT ?1, ?2, 1, ?3, ?3, 1
             WHERE (SELECT COUNT(*) FROM search_gaps WHERE first_seen = ?3) < ?5
               AND (SELECT COUNT(*) FROM search_gaps) < ?4",
            params![lang, query, day, MAX_QUERIES, NEW_PER_DAY],
        )?;
        Ok(inserted > 0)
    }

    /// The gaps seen on the most days, then the most often, optionally in one language.
    pub fn search_gaps(
        &self,
        lang: Option<&str>,
        limit: usize,
    ) -> Result<Vec<SearchGap>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT lang, query, count, first_seen, last_seen FROM search_gaps
             WHERE ?1 IS NULL OR lang = ?1 ORDER BY days DESC, count DESC, last_seen DESC, query LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![lang, limit as i64], |r| {
            Ok(SearchGap {
                lang: r.get(0)?,
                query: r.get(1)?,
                count: r.get::<_, i64>(2)? as u64,
                first_seen: r.get(3)?,
                last_seen: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Lower case, single spaces, at most [`MAX_QUERY`] characters; `None` for what must not be kept.
fn normalise(query: &str) -> Option<String> {
    let q: String = query
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_QUERY)
        .collect();
    if q.is_empty() || crate::feedback::scrub::has_personal_data(&q) {
        return None;
    }
    Some(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u8) -> time::Date {
        time::Date::from_calendar_date(2026, time::Month::November, d).unwrap()
    }

    #[test]
    fn counts_per_language_and_query() {
        let s = Store::in_memory();
        assert!(
            s.record_search_gap("uk", "  Зимова   ШИНА ", day(1), None)
                .unwrap()
        );
        assert!(
            s.record_search_gap("uk", "зимова шина", day(3), None)
                .unwrap()
        );
        assert!(s.record_search_gap("pl", "opona", day(2), None).unwrap());
        let gaps = s.search_gaps(None, 10).unwrap();
        assert_eq!(
            gaps[0],
            SearchGap {
                lang: "uk".into(),
                query: "зимова шина".into(),
                count: 2,
                first_seen: "2026-11-01".into(),
                last_seen: "2026-11-03".into()
            }
        );
        assert_eq!(s.search_gaps(Some("pl"), 10).unwrap().len(), 1);
    }

    #[test]
    fn personal_data_is_never_kept() {
        let s = Store::in_memory();
        assert!(
            !s.record_search_gap("pl", "jan.kowalski@example.com", day(1), None)
                .unwrap()
        );
        assert!(
            !s.record_search_gap("pl", "pesel 90010112345", day(1), None)
                .unwrap()
        );
        assert!(
            !s.record_search_gap("pl", "+48 600 123 456", day(1), None)
                .unwrap()
        );
        assert!(!s.record_search_gap("pl", "   ", day(1), None).unwrap());
        assert!(s.record_search_gap("pl", "art. 112", day(1), None).unwrap());
        for number in [
            "１２３４５６７８９０１",
            "٠١٢٣٤٥٦٧٨٩٠",
            "pesel ９００１０１１２３４５",
            "600x123x456",
            "600-123-456",
            "600 123 456",
            "600/123/456",
            "tel. 600.123.456",
            "ur. 12.03.1990",
        ] {
            assert!(
                !s.record_search_gap("pl", number, day(1), None).unwrap(),
                "{number}"
            );
        }
        assert!(s.record_search_gap("pl", "covid 19", day(1), None).unwrap());
        assert_eq!(s.search_gaps(None, 10).unwrap().len(), 2);
    }

    // 60,000 junk queries on one day cannot push out a gap seen on three days.
    #[test]
    fn a_flood_of_junk_on_one_day_does_not_push_out_real_gaps() {
        let s = Store::in_memory();
        for d in 1..=3 {
            assert!(
                s.record_search_gap("uk", "зимова шина", day(d), None)
                    .unwrap()
            );
        }
        for i in 0..60_000 {
            s.record_search_gap(
                "uk",
                &format!("junk q{}", i % 7919 * 13 + i / 7919),
                day(4),
                None,
            )
            .unwrap();
        }
        // A new real gap on the next day is still taken.
        assert!(s.record_search_gap("uk", "opona", day(5), None).unwrap());
        let gaps = s.search_gaps(None, 5).unwrap();
        assert_eq!(gaps[0].query, "зимова шина");
        let all = s.search_gaps(None, 100_000).unwrap();
        assert!(all.len() as i64 <= NEW_PER_DAY + 2, "{}", all.len());
        assert!(all.iter().any(|g| g.query == "opona"));
    }

    #[test]
    fn one_client_records_a_limited_number_a_day() {
        let s = Store::in_memory();
        let recorded = (0..100)
            .filter(|i| {
                s.record_search_gap("pl", &format!("q{i}"), day(1), Some("a"))
                    .unwrap()
            })
            .count();
        assert_eq!(recorded, PER_CLIENT_PER_DAY as usize);
        assert!(
            s.record_search_gap("pl", "other", day(1), Some("b"))
                .unwrap()
        );
        assert!(
            s.record_search_gap("pl", "next day", day(2), Some("a"))
                .unwrap()
        );
    }

    #[test]
    fn gaps_expire_after_the_retention_period() {
        let mut s = Store::in_memory();
        s.set_retention_days(10);
        assert!(s.record_search_gap("pl", "stara", day(1), None).unwrap());
        assert!(s.record_search_gap("pl", "nowa", day(8), None).unwrap());
        assert!(s.record_search_gap("pl", "inna", day(12), None).unwrap());
        let kept: Vec<_> = s
            .search_gaps(None, 10)
            .unwrap()
            .into_iter()
            .map(|g| g.query)
            .collect();
        assert_eq!(kept, ["inna", "nowa"]);
    }

    #[test]
    fn a_file_database_keeps_its_counts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state/witaj.sqlite3");
        Store::open(&path)
            .unwrap()
            .record_search_gap("en", "tax", day(1), None)
            .unwrap();
        Store::open(&path)
            .unwrap()
            .record_search_gap("en", "tax", day(2), None)
            .unwrap();
        assert_eq!(
            Store::open(&path).unwrap().search_gaps(None, 5).unwrap()[0].count,
            2
        );
    }
}
