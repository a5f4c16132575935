//! Server-side sessions, failed logins, and the server's own secrets.
//!
//! A session is found by the hash of its cookie's token (a copy of the database holds no usable
//! cookie) and ends at the first of: its idle timeout since it was last used, its absolute timeout
//! since the login, a logout, the account being disabled or invited again.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{OptionalExtension, params};

use super::accounts::AccountRow;
use super::{Store, StoreError, instant, secs};

/// A live session with its account.
#[derive(Debug, Clone)]
pub struct SessionRow {
    pub account: AccountRow,
    /// The synchronizer token every POST form of this session must carry.
    pub csrf: String,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
}

/// How long a session lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionLimits {
    /// Since it was last used.
    pub idle: Duration,
    /// Since the login, however busy.
    pub absolute: Duration,
}

/// Last use is written at most this often, so reading pages does not write on every request.
const TOUCH_EVERY_SECS: i64 = 60;

impl Store {
    pub fn create_session(
        &self,
        token_hash: &str,
        account_id: i64,
        csrf: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn().execute(
            "INSERT INTO sessions (token_hash, account_id, csrf, created_at, last_seen_at)
             VALUES (?1, ?2, ?3, ?4, ?4)",
            params![token_hash, account_id, csrf, secs(now)],
        )?;
        Ok(())
    }

    /// The live session with this token hash at `now`, its last use updated. An expired session
    /// is deleted; a session of a disabled account is none.
    pub fn session(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
        limits: SessionLimits,
    ) -> Result<Option<SessionRow>, StoreError> {
        let conn = self.conn();
        let found = conn
            .query_row(
                "SELECT s.csrf, s.created_at, s.last_seen_at, a.id
                 FROM sessions s JOIN accounts a ON a.id = s.account_id
                 WHERE s.token_hash = ?1",
                [token_hash],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, i64>(3)?,
                    ))
                },
            )
            .optional()?;
        let Some((csrf, created, last_seen, account_id)) = found else {
            return Ok(None);
        };
        let now_s = secs(now);
        if now_s - last_seen >= limits.idle.num_seconds()
            || now_s - created >= limits.absolute.num_seconds()
        {
            conn.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
            return Ok(None);
        }
        drop(conn);
        let Some(account) = self.account(account_id)? else {
            return Ok(None);
        };
        if account.disabled {
            return Ok(None);
        }
        let mut last = last_seen;
        if now_s - last_seen >= TOUCH_EVERY_SECS {
            self.conn().execute(
                "UPDATE sessions SET last_seen_at = ?2 WHERE token_hash = ?1",
                params![token_hash, now_s],
            )?;
            last = now_s;
        }
        Ok(Some(SessionRow {
            account,
            csrf,
            created_at: instant(created),
            last_seen_at: instant(last),
        }))
    }

    pub fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        self.conn()
            .execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
        Ok(())
    }

    /// Whether a login may be tried now: for each `(key, max)` at most `max` failures within
    /// `window`. When one is used up, how long until one of its failures is old enough.
    pub fn login_blocked_for(
        &self,
        keys: &[(&str, u32)],
        now: DateTime<Utc>,
        window: Duration,
    ) -> Result<Option<Duration>, StoreError> {
        let conn = self.conn();
        let since = secs(now) - window.num_seconds();
        let mut longest: Option<i64> = None;
        for (key, max) in keys {
            let count: i64 = conn.query_row(
                "SELECT COUNT(*) FROM login_failures WHERE key = ?1 AND at > ?2",
                params![key, since],
                |r| r.get(0),
            )?;
            if count < i64::from(*max) {
                continue;
            }
            // The failure whose ageing out brings the count below `max`.
            let at: i64 = conn.query_row(
                "SELECT at FROM login_failures WHERE key = ?1 AND at > ?2
                 ORDER BY at LIMIT 1 OFFSET ?3",
                params![key, since, count - i64::from(*max)],
                |r| r.get(0),
            )?;
            let wait = (at + window.num_seconds() - secs(now)).max(1);
            longest = Some(longest.map_or(wait, |l| l.max(wait)));
        }
        Ok(longest.map(Duration::seconds))
    }

    /// Counts a failed login against each key, forgetting failures older than `window`.
    pub fn record_login_failure(
        &self,
        keys: &[&str],
        now: DateTime<Utc>,
        window: Duration,
    ) -> Result<(), StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "DELETE FROM login_failures WHERE at <= ?1",
            [secs(now) - window.num_seconds()],
        )?;
        for key in keys {
            tx.execute(
                "INSERT INTO login_failures (key, at) VALUES (?1, ?2)",
                params![key, secs(now)],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Forgets the failures of `key` (an account that has just signed in).
    pub fn clear_login_failures(&self, key: &str) -> Result<(), StoreError> {
        self.conn()
            .execute("DELETE FROM login_failures WHERE key = ?1", [key])?;
        Ok(())
    }

    /// The server secret `name`, made with `fresh` the first time and the same ever after (and on
    /// every replica sharing the database).
    pub fn secret(
        &self,
        name: &str,
        fresh: impl FnOnce() -> Vec<u8>,
    ) -> Result<Vec<u8>, StoreError> {
        let conn = self.conn();
        let read = |conn: &rusqlite::Connection| {
            conn.query_row("SELECT value FROM secrets WHERE name = ?1", [name], |r| {
                r.get::<_, Vec<u8>>(0)
            })
            .optional()
        };
        // Read first: every account page asks, and a read takes no write lock.
        if let Some(value) = read(&conn)? {
            return Ok(value);
        }
        conn.execute(
            "INSERT OR IGNORE INTO secrets (name, value) VALUES (?1, ?2)",
            params![name, fresh()],
        )?;
        Ok(read(&conn)?.unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::role::Role;
    use crate::state::NewInvitation;

    fn at(minute: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000 + minute * 60, 0).unwrap()
    }

    fn account(s: &Store) -> i64 {
        s.create_invitation(&NewInvitation {
            token_hash: "t",
            email: "a@example.org",
            role: &Role::Editor,
            invited_by: None,
            now: at(0),
            expires_at: at(60),
        })
        .unwrap();
        s.accept_invitation("t", "hash", at(1)).unwrap().unwrap().id
    }

    #[test]
    fn sessions_end_when_idle_or_old() {
        let s = Store::in_memory();
        let id = account(&s);
        let limits = SessionLimits {
            idle: Duration::minutes(30),
            absolute: Duration::minutes(120),
        };
        s.create_session("h", id, "c", at(0)).unwrap();
        // Each use keeps it alive for another 30 minutes, up to two hours after the login.
        for minute in [29, 58, 87, 116, 119] {
            assert!(
                s.session("h", at(minute), limits).unwrap().is_some(),
                "{minute}"
            );
        }
        assert!(s.session("h", at(120), limits).unwrap().is_none());
        // Gone for good, even back in time.
        assert!(s.session("h", at(1), limits).unwrap().is_none());
        s.create_session("i", id, "c", at(0)).unwrap();
        assert!(s.session("i", at(30), limits).unwrap().is_none());
    }

    #[test]
    fn a_disabled_account_has_no_session() {
        let s = Store::in_memory();
        let id = account(&s);
        let limits = SessionLimits {
            idle: Duration::minutes(30),
            absolute: Duration::minutes(120),
        };
        s.create_session("h", id, "c", at(0)).unwrap();
        assert!(s.disable_account(id, at(1)).unwrap());
        assert!(s.session("h", at(2), limits).unwrap().is_none());
    }

    #[test]
    fn failures_block_until_the_oldest_counted_ages_out() {
        let s = Store::in_memory();
        let w = Duration::minutes(15);
        for m in 0..3 {
            s.record_login_failure(&["a", "c"], at(m), w).unwrap();
        }
        assert_eq!(s.login_blocked_for(&[("a", 4)], at(3), w).unwrap(), None);
        let wait = s
            .login_blocked_for(&[("a", 3), ("c", 9)], at(3), w)
            .unwrap();
        assert_eq!(wait, Some(Duration::minutes(12)));
        assert_eq!(s.login_blocked_for(&[("a", 3)], at(15), w).unwrap(), None);
        s.clear_login_failures("a").unwrap();
        assert_eq!(s.login_blocked_for(&[("a", 1)], at(3), w).unwrap(), None);
        assert!(
            s.login_blocked_for(&[("c", 1)], at(3), w)
                .unwrap()
                .is_some()
        );
    }

    #[test]
    fn a_secret_is_made_once() {
        let s = Store::in_memory();
        let first = s.secret("csrf", || vec![1, 2]).unwrap();
        assert_eq!(s.secret("csrf", || vec![3]).unwrap(), first);
    }
}
