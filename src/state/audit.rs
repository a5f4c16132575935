//! The audit log: who did what, when. Editors read it at `/account/audit`; the lead's moderation
//! writes its approvals here too. Entries are never changed or deleted by the portal.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::{Store, StoreError, instant, secs};

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuditEntry {
    #[serde(skip)]
    pub at: DateTime<Utc>,
    /// The e-mail address of who acted; `None` for the command line on the server.
    pub actor: Option<String>,
    /// What was done, a short stable name (`invite`, `accept-invitation`, `disable`, `login`).
    pub action: String,
    /// What it was done to (an address, an organisation id, a service id).
    pub subject: String,
    pub detail: String,
}

impl Store {
    pub fn record_audit(
        &self,
        actor: Option<&str>,
        action: &str,
        subject: &str,
        detail: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn().execute(
            "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![secs(now), actor, action, subject, detail],
        )?;
        Ok(())
    }

    /// The newest `limit` entries, newest first.
    pub fn audit_log(&self, limit: usize) -> Result<Vec<AuditEntry>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT at, actor, action, subject, detail FROM audit_log ORDER BY at DESC, id DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit as i64], |r| {
            Ok(AuditEntry {
                at: instant(r.get(0)?),
                actor: r.get(1)?,
                action: r.get(2)?,
                subject: r.get(3)?,
                detail: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
