//! Accounts and the invitations that create them. Only the hash of an invitation token is
//! stored, so a copy of the database cannot be used to take an account over; the e-mail address
//! is the only personal data.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, params};

use super::{Store, StoreError, instant, secs};
use crate::accounts::role::Role;

/// An account as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRow {
    pub id: i64,
    /// Lower case, as normalised when invited.
    pub email: String,
    pub role: Role,
    /// The argon2id hash in PHC form; `None` until the invitation is accepted.
    pub password_hash: Option<String>,
    pub disabled: bool,
    pub created_at: DateTime<Utc>,
}

/// An invitation to write.
#[derive(Debug, Clone)]
pub struct NewInvitation<'a> {
    pub token_hash: &'a str,
    pub email: &'a str,
    pub role: &'a Role,
    /// The editor who invited; `None` from the command line.
    pub invited_by: Option<i64>,
    pub now: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// An invitation that can still be accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingInvitation {
    pub email: String,
    pub role: Role,
    pub expires_at: DateTime<Utc>,
}

const ACCOUNT_COLUMNS: &str =
    "id, email, role, organisation, password_hash, disabled_at, created_at";

fn account_row(r: &Row) -> rusqlite::Result<AccountRow> {
    let kind: String = r.get(2)?;
    let role = Role::from_parts(&kind, r.get(3)?).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            2,
            rusqlite::types::Type::Text,
            format!("role `{kind}` with a wrong organisation").into(),
        )
    })?;
    Ok(AccountRow {
        id: r.get(0)?,
        email: r.get(1)?,
        role,
        password_hash: r.get(4)?,
        disabled: r.get::<_, Option<i64>>(5)?.is_some(),
        created_at: instant(r.get(6)?),
    })
}

impl Store {
    pub fn create_invitation(&self, inv: &NewInvitation) -> Result<(), StoreError> {
        self.conn().execute(
            "INSERT INTO invitations (token_hash, email, role, organisation, invited_by, created_at, expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                inv.token_hash,
                inv.email,
                inv.role.kind(),
                inv.role.organisation(),
                inv.invited_by,
                secs(inv.now),
                secs(inv.expires_at)
            ],
        )?;
        Ok(())
    }

    /// The invitation with this token hash, if it is unused and not expired at `now`.
    pub fn invitation(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<PendingInvitation>, StoreError> {
        let conn = self.conn();
        Ok(pending(&conn, token_hash, now)?)
    }

    /// Uses up the invitation and gives its account `password_hash`, in one transaction: the
    /// account is created, or (invited again) takes the invitation's role, its new password and is
    /// enabled again; its other sessions end. `None` when the invitation is used or expired.
    pub fn accept_invitation(
        &self,
        token_hash: &str,
        password_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<AccountRow>, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let Some(inv) = pending(&tx, token_hash, now)? else {
            return Ok(None);
        };
        tx.execute(
            "UPDATE invitations SET used_at = ?2 WHERE token_hash = ?1",
            params![token_hash, secs(now)],
        )?;
        tx.execute(
            "INSERT INTO accounts (email, role, organisation, password_hash, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (email) DO UPDATE SET role = excluded.role,
                 organisation = excluded.organisation, password_hash = excluded.password_hash,
                 disabled_at = NULL",
            params![
                inv.email,
                inv.role.kind(),
                inv.role.organisation(),
                password_hash,
                secs(now)
            ],
        )?;
        let account = tx.query_row(
            &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE email = ?1"),
            [&inv.email],
            account_row,
        )?;
        tx.execute("DELETE FROM sessions WHERE account_id = ?1", [account.id])?;
        tx.commit()?;
        Ok(Some(account))
    }

    pub fn account_by_email(&self, email: &str) -> Result<Option<AccountRow>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE email = ?1"),
                [email],
                account_row,
            )
            .optional()?)
    }

    pub fn account(&self, id: i64) -> Result<Option<AccountRow>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE id = ?1"),
                [id],
                account_row,
            )
            .optional()?)
    }

    /// Every account, editors first, then by organisation and address.
    pub fn accounts(&self) -> Result<Vec<AccountRow>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts ORDER BY role, organisation, email"
        ))?;
        let rows = stmt.query_map([], account_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Invitations not yet accepted and not expired, newest first.
    pub fn pending_invitations(
        &self,
        now: DateTime<Utc>,
    ) -> Result<Vec<PendingInvitation>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT email, role, organisation, expires_at FROM invitations
             WHERE used_at IS NULL AND expires_at > ?1 ORDER BY created_at DESC",
        )?;
        let rows = stmt.query_map([secs(now)], invitation_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Disables the account and ends its sessions. Returns whether it existed and was enabled.
    pub fn disable_account(&self, id: i64, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let changed = tx.execute(
            "UPDATE accounts SET disabled_at = ?2 WHERE id = ?1 AND disabled_at IS NULL",
            params![id, secs(now)],
        )?;
        tx.execute("DELETE FROM sessions WHERE account_id = ?1", [id])?;
        tx.commit()?;
        Ok(changed > 0)
    }
}

fn invitation_row(r: &Row) -> rusqlite::Result<PendingInvitation> {
    let kind: String = r.get(1)?;
    let role = Role::from_parts(&kind, r.get(2)?).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            1,
            rusqlite::types::Type::Text,
            format!("role `{kind}` with a wrong organisation").into(),
        )
    })?;
    Ok(PendingInvitation {
        email: r.get(0)?,
        role,
        expires_at: instant(r.get(3)?),
    })
}

fn pending(
    conn: &rusqlite::Connection,
    token_hash: &str,
    now: DateTime<Utc>,
) -> rusqlite::Result<Option<PendingInvitation>> {
    conn.query_row(
        "SELECT email, role, organisation, expires_at FROM invitations
         WHERE token_hash = ?1 AND used_at IS NULL AND expires_at > ?2",
        params![token_hash, secs(now)],
        invitation_row,
    )
    .optional()
}
