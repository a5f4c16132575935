//! State that is not content: what visitors searched for and did not find, kept in an embedded
//! SQLite file so editors can see which guides are missing in which language.
//!
//! Nothing here identifies a person: no address, cookie, agent or time of day is stored, only the
//! language, the normalised query, a count, on how many days it was seen and the first and last
//! day. Queries that look like they carry personal data (an e-mail address, a number of five
//! digits or more in any script and with any separators, such as a PESEL or a phone number: the
//! rule of `feedback::scrub`, shared with the comments) are not recorded at all. Feedback on pages
//! and translation demand are in `feedback.rs`.
//!
//! Anonymous visitors write here, so the table must not be theirs to fill: each client records at
//! most [`PER_CLIENT_PER_DAY`] gaps a day, at most [`NEW_PER_DAY`] new queries are taken a day,
//! rows not seen for the retention period are deleted, and gaps are ranked by the number of days
//! they were seen: a flood of distinct junk on one day (41,479 queries once filled the old cap
//! and shut out every real gap) uses up that day's quota only, and a real gap seen on several days
//! stays on top.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use rusqlite::{Connection, params};

mod feedback;

pub use feedback::{Answer, COMMENTS_PER_DAY};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("state database {path}: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    #[error("cannot create the folder for {path}: {source}")]
    Folder {
        path: String,
        source: std::io::Error,
    },
    #[error("state database: {0}")]
    Sql(#[from] rusqlite::Error),
}

/// A query that found nothing, with how often and when.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SearchGap {
    pub lang: String,
    pub query: String,
    pub count: u64,
    pub first_seen: String,
    pub last_seen: String,
}

pub struct Store {
    conn: Mutex<Connection>,
    /// Gaps recorded today per client, and the day they count for.
    clients: Mutex<(Option<time::Date>, HashMap<String, u32>)>,
    /// Days a gap not seen again is kept.
    retention_days: u32,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Store")
    }
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS search_gaps (
    lang TEXT NOT NULL,
    query TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (lang, query)
);
CREATE INDEX IF NOT EXISTS search_gaps_first_seen ON search_gaps (first_seen);
CREATE INDEX IF NOT EXISTS search_gaps_last_seen ON search_gaps (last_seen);
";

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
    /// Opens (or creates) the database file, creating its folder.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Folder {
                path: path.display().to_string(),
                source,
            })?;
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        // WAL lets `witaj search-gaps` read while the server writes.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        Self::init(conn)
    }

    /// A database that lives as long as the process: for tests and when no file can be written.
    pub fn in_memory() -> Store {
        let conn =
            Connection::open_in_memory().expect("SQLite can always open an in-memory database");
        Self::init(conn).expect("the schema applies to an empty database")
    }

    fn init(conn: Connection) -> Result<Store, StoreError> {
        conn.execute_batch(SCHEMA)?;
        conn.execute_batch(feedback::SCHEMA)?;
        // Files written before gaps were ranked by days get the column, each row seen on one day.
        let has_days = conn
            .prepare("SELECT 1 FROM pragma_table_info('search_gaps') WHERE name = 'days'")?
            .exists([])?;
        if !has_days {
            conn.execute_batch(
                "ALTER TABLE search_gaps ADD COLUMN days INTEGER NOT NULL DEFAULT 1",
            )?;
        }
        Ok(Store {
            conn: Mutex::new(conn),
            clients: Mutex::new((None, HashMap::new())),
            retention_days: DEFAULT_RETENTION_DAYS,
        })
    }

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
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
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
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
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
