//! State that is not content: what visitors searched for and did not find, kept in an embedded
//! SQLite file so editors can see which guides are missing in which language.
//!
//! Nothing here identifies a person: no address, cookie, agent or time of day is stored, only the
//! language, the normalised query, a count and the first and last day it was seen. Queries that
//! look like they carry personal data (an e-mail address, a run of digits such as a PESEL or a
//! phone number) are not recorded at all.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{Connection, params};

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
";

/// Longest query kept, in characters.
const MAX_QUERY: usize = 100;
/// Most distinct queries kept: past it, known queries are still counted but new ones are not, so
/// nobody can grow the file without limit by sending random words.
const MAX_QUERIES: i64 = 50_000;

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
        Ok(Store {
            conn: Mutex::new(conn),
        })
    }

    /// Counts a query that found nothing. Returns whether it was recorded (it is not when it looks
    /// like personal data or is empty).
    pub fn record_search_gap(
        &self,
        lang: &str,
        query: &str,
        today: time::Date,
    ) -> Result<bool, StoreError> {
        let Some(query) = normalise(query) else {
            return Ok(false);
        };
        let day = today.to_string();
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let updated = conn.execute(
            "UPDATE search_gaps SET count = count + 1, last_seen = ?3 WHERE lang = ?1 AND query = ?2",
            params![lang, query, day],
        )?;
        if updated > 0 {
            return Ok(true);
        }
        let inserted = conn.execute(
            "INSERT INTO search_gaps (lang, query, count, first_seen, last_seen)
             SELECT ?1, ?2, 1, ?3, ?3 WHERE (SELECT COUNT(*) FROM search_gaps) < ?4",
            params![lang, query, day, MAX_QUERIES],
        )?;
        Ok(inserted > 0)
    }

    /// The most frequent gaps, optionally in one language.
    pub fn search_gaps(
        &self,
        lang: Option<&str>,
        limit: usize,
    ) -> Result<Vec<SearchGap>, StoreError> {
        let conn = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let mut stmt = conn.prepare(
            "SELECT lang, query, count, first_seen, last_seen FROM search_gaps
             WHERE ?1 IS NULL OR lang = ?1 ORDER BY count DESC, last_seen DESC, query LIMIT ?2",
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
    if q.is_empty() || q.contains('@') {
        return None;
    }
    let mut run = 0;
    for c in q.chars() {
        run = if c.is_ascii_digit() {
            run + 1
        } else if c == ' ' || c == '-' {
            run
        } else {
            0
        };
        if run >= 5 {
            return None;
        }
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
            s.record_search_gap("uk", "  Зимова   ШИНА ", day(1))
                .unwrap()
        );
        assert!(s.record_search_gap("uk", "зимова шина", day(3)).unwrap());
        assert!(s.record_search_gap("pl", "opona", day(2)).unwrap());
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
            !s.record_search_gap("pl", "jan.kowalski@example.com", day(1))
                .unwrap()
        );
        assert!(
            !s.record_search_gap("pl", "pesel 90010112345", day(1))
                .unwrap()
        );
        assert!(
            !s.record_search_gap("pl", "+48 600 123 456", day(1))
                .unwrap()
        );
        assert!(!s.record_search_gap("pl", "   ", day(1)).unwrap());
        assert!(s.record_search_gap("pl", "art. 112", day(1)).unwrap());
        assert_eq!(s.search_gaps(None, 10).unwrap().len(), 1);
    }

    #[test]
    fn a_file_database_keeps_its_counts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state/witaj.sqlite3");
        Store::open(&path)
            .unwrap()
            .record_search_gap("en", "tax", day(1))
            .unwrap();
        Store::open(&path)
            .unwrap()
            .record_search_gap("en", "tax", day(2))
            .unwrap();
        assert_eq!(
            Store::open(&path).unwrap().search_gaps(None, 5).unwrap()[0].count,
            2
        );
    }
}
