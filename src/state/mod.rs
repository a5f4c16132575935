//! The store: everything that is not content, in one embedded SQLite file (`state/witaj.sqlite3`):
//! search gaps, accounts and invitations, sessions and login failures, the audit log, and the
//! organisations' submissions with the editors' decisions.
//!
//! This module is the only place that speaks SQL and the only owner of the connection. Its API is
//! made of functions by meaning (`create_invitation`, `session`, `record_search_gap`), one file per
//! group of tables, so that a PostgreSQL backend for several replicas could implement the same
//! methods without any caller changing. The schema is versioned (`migrations.rs`, counted in
//! SQLite's `user_version`).
//!
//! Nothing that identifies a visitor is kept: search gaps (`search_gaps.rs`) and page feedback
//! and translation demand (`feedback.rs`) go through one personal-data rule (`feedback::scrub`).
//!
//! Durability: WAL with `synchronous = FULL`, so a write that returned has reached the disk and a
//! killed process (`kill -9`) loses nothing acknowledged; foreign keys are enforced. Every method
//! blocks: async handlers call them through `spawn_blocking` (`web::account::blocking`, and the
//! search page's own), never on the runtime's threads.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use rusqlite::Connection;

pub mod accounts;
pub mod audit;
mod migrations;
pub mod search_gaps;
pub mod sessions;
pub mod submissions;

pub use accounts::{AccountRow, NewInvitation, PendingInvitation};
pub use audit::AuditEntry;
pub use search_gaps::{DEFAULT_RETENTION_DAYS, NEW_PER_DAY, PER_CLIENT_PER_DAY, SearchGap};
pub use sessions::{SessionLimits, SessionRow};
pub use submissions::{Decision, NewSubmission, Submission};

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
    #[error("state database: cannot bring the schema up to date: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("backup: {path} exists already; name a new file")]
    BackupExists { path: String },
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

impl Store {
    /// Opens (or creates) the database file, creating its folder, and brings its schema up to
    /// date.
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
        // WAL lets `witaj search-gaps` and `witaj backup` read while the server writes; FULL makes
        // every acknowledged write survive a crash of the process or of the machine.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        // Two writers (the server and `witaj invite`) wait for each other instead of failing.
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Self::init(conn)
    }

    /// A database that lives as long as the process: for tests and when no file can be written.
    pub fn in_memory() -> Store {
        let conn =
            Connection::open_in_memory().expect("SQLite can always open an in-memory database");
        Self::init(conn).expect("the schema applies to an empty database")
    }

    fn init(mut conn: Connection) -> Result<Store, StoreError> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrations::apply(&mut conn)?;
        Ok(Store {
            conn: Mutex::new(conn),
            clients: Mutex::new((None, HashMap::new())),
            retention_days: DEFAULT_RETENTION_DAYS,
        })
    }

    /// The one connection, for the methods of this module's files. A panic while it was held
    /// leaves nothing half-written (each method is one transaction), so a poisoned lock is taken.
    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A consistent copy of the whole database in a new file, taken while the server runs
    /// (`VACUUM INTO` reads one snapshot, so writes meanwhile are either all in it or not at all).
    pub fn backup_to(&self, target: &Path) -> Result<(), StoreError> {
        if target.exists() {
            return Err(StoreError::BackupExists {
                path: target.display().to_string(),
            });
        }
        let target = target.to_string_lossy().into_owned();
        self.conn().execute("VACUUM INTO ?1", [target])?;
        Ok(())
    }

    /// SQLite's own check of every page and index: `["ok"]` when the file is sound.
    pub fn integrity_check(&self) -> Result<Vec<String>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The schema version the file is at (the number of migrations applied).
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn()
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}

/// Seconds since the Unix epoch: how instants are stored (an integer compares and indexes well in
/// SQLite and PostgreSQL alike).
fn secs(t: chrono::DateTime<chrono::Utc>) -> i64 {
    t.timestamp()
}

fn instant(secs: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(secs, 0).unwrap_or_default()
}
