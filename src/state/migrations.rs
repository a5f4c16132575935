//! The schema, as a list of migrations applied in order and counted in SQLite's `user_version`
//! (`rusqlite_migration`). A migration, once released, is never edited: a change is a new one at
//! the end. Tests check that the list is valid and that an old file is adopted.

use rusqlite::{Connection, Transaction};
use rusqlite_migration::{HookResult, M, Migrations};

/// Search gaps. Files written before migrations existed (`user_version` 0, the table made with
/// `IF NOT EXISTS`, perhaps without the `days` column added later) are adopted as they are: the
/// statements are idempotent and the hook adds the missing column.
const SEARCH_GAPS: &str = "
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

fn search_gaps_days(tx: &Transaction) -> HookResult {
    let has_days = tx
        .prepare("SELECT 1 FROM pragma_table_info('search_gaps') WHERE name = 'days'")?
        .exists([])?;
    if !has_days {
        tx.execute_batch("ALTER TABLE search_gaps ADD COLUMN days INTEGER NOT NULL DEFAULT 1")?;
    }
    Ok(())
}

/// Accounts, invitations, sessions, login failures, the audit log and server secrets. E-mail
/// addresses are the only personal data; instants are seconds since the epoch.
const ACCOUNTS: &str = "
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('editor', 'organisation')),
    organisation TEXT,
    password_hash TEXT,
    disabled_at INTEGER,
    created_at INTEGER NOT NULL,
    CHECK ((role = 'organisation') = (organisation IS NOT NULL))
);
CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('editor', 'organisation')),
    organisation TEXT,
    invited_by INTEGER REFERENCES accounts (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    CHECK ((role = 'organisation') = (organisation IS NOT NULL))
);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);
CREATE TABLE login_failures (
    key TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (key, at);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE TABLE secrets (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
";

fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up_with_hook(SEARCH_GAPS, search_gaps_days),
        M::up(ACCOUNTS),
        // 3: page feedback, comments and translation demand (`feedback.rs`); `IF NOT EXISTS`, so
        // files of the days when feedback created its own tables at start-up are adopted.
        M::up(super::feedback::SCHEMA),
        // 4: organisations' submissions and editors' decisions (`submissions.rs`).
        M::up(super::submissions::SCHEMA),
    ])
}

/// Brings `conn` to the newest schema, in one transaction per migration.
pub(super) fn apply(conn: &mut Connection) -> Result<(), rusqlite_migration::Error> {
    migrations().to_latest(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_migrations_are_valid() {
        assert!(migrations().validate().is_ok());
    }

    // A file from before migrations: user_version 0, the gaps table without `days`, a row in it.
    #[test]
    fn an_old_file_is_adopted_with_its_rows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite3");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(
                "CREATE TABLE search_gaps (lang TEXT NOT NULL, query TEXT NOT NULL,
                 count INTEGER NOT NULL DEFAULT 0, first_seen TEXT NOT NULL,
                 last_seen TEXT NOT NULL, PRIMARY KEY (lang, query));
                 INSERT INTO search_gaps VALUES ('uk', 'шина', 3, '2026-11-01', '2026-11-02');",
            )
            .unwrap();
        }
        let store = crate::state::Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), 4);
        let gaps = store.search_gaps(None, 10).unwrap();
        assert_eq!((gaps[0].query.as_str(), gaps[0].count), ("шина", 3));
        drop(store);
        // Opening again applies nothing twice.
        let store = crate::state::Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), 4);
    }
}
