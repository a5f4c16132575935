//! Submissions: what an organisation proposed for one of its services (or as a new service), kept
//! until an editor decides, and the decision afterwards, so the organisation sees why an edit was
//! refused. The draft and the values it was made on are stored as JSON ([`ServiceDraft`] is
//! serde): the values it was based on are what the approval compares with the file, to find a
//! field someone else changed meanwhile.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, params};

use super::{Store, StoreError, instant, secs};
use crate::directory::edit::ServiceDraft;

/// Migration 4.
pub(super) const SCHEMA: &str = "
CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    organisation TEXT NOT NULL,
    service TEXT,
    draft TEXT NOT NULL,
    base TEXT,
    submitted_by INTEGER NOT NULL REFERENCES accounts (id),
    submitted_at INTEGER NOT NULL,
    decision TEXT CHECK (decision IN ('approved', 'rejected')),
    reason TEXT NOT NULL DEFAULT '',
    decided_by INTEGER REFERENCES accounts (id),
    decided_at INTEGER,
    CHECK ((decision IS NULL) = (decided_at IS NULL)),
    CHECK ((service IS NULL) = (base IS NULL))
);
CREATE INDEX submissions_pending ON submissions (decided_at, submitted_at);
CREATE INDEX submissions_organisation ON submissions (organisation, id);
";

/// A submission to store.
#[derive(Debug, Clone, Copy)]
pub struct NewSubmission<'a> {
    pub organisation: &'a str,
    /// The service as it was when the form was shown; `None` for a proposed new service.
    pub base: Option<&'a ServiceDraft>,
    pub draft: &'a ServiceDraft,
    pub submitted_by: i64,
    pub now: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    Approved,
    Rejected,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Approved => "approved",
            Decision::Rejected => "rejected",
        }
    }

    fn parse(s: &str) -> Option<Decision> {
        match s {
            "approved" => Some(Decision::Approved),
            "rejected" => Some(Decision::Rejected),
            _ => None,
        }
    }
}

/// A submission as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    pub id: i64,
    pub organisation: String,
    /// The service edited; `None` for a proposed new service (its id is `draft.id`).
    pub service: Option<String>,
    pub draft: ServiceDraft,
    pub base: Option<ServiceDraft>,
    /// The submitter's e-mail address.
    pub submitted_by: String,
    pub submitted_at: DateTime<Utc>,
    /// `None` while pending.
    pub decision: Option<Decision>,
    /// The editor's reason for a rejection, shown to the organisation.
    pub reason: String,
    pub decided_by: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
}

impl Submission {
    /// The id of the service this is about (the proposed one's for a new service).
    pub fn service_id(&self) -> &str {
        self.service.as_deref().unwrap_or(&self.draft.id)
    }
}

const COLUMNS: &str = "s.id, s.organisation, s.service, s.draft, s.base, a.email, s.submitted_at,
    s.decision, s.reason, e.email, s.decided_at";
const FROM: &str = "FROM submissions s JOIN accounts a ON a.id = s.submitted_by
    LEFT JOIN accounts e ON e.id = s.decided_by";

fn json_error(column: usize, e: serde_json::Error) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e))
}

fn row(r: &Row) -> rusqlite::Result<Submission> {
    let draft: String = r.get(3)?;
    let base: Option<String> = r.get(4)?;
    let decision: Option<String> = r.get(7)?;
    Ok(Submission {
        id: r.get(0)?,
        organisation: r.get(1)?,
        service: r.get(2)?,
        draft: serde_json::from_str(&draft).map_err(|e| json_error(3, e))?,
        base: base
            .map(|b| serde_json::from_str(&b))
            .transpose()
            .map_err(|e| json_error(4, e))?,
        submitted_by: r.get(5)?,
        submitted_at: instant(r.get(6)?),
        decision: decision.as_deref().and_then(Decision::parse),
        reason: r.get(8)?,
        decided_by: r.get(9)?,
        decided_at: r.get::<_, Option<i64>>(10)?.map(instant),
    })
}

impl Store {
    /// Stores a pending submission; its number.
    pub fn submit(&self, s: &NewSubmission) -> Result<i64, StoreError> {
        let draft = serde_json::to_string(s.draft).map_err(|e| json_error(3, e))?;
        let base = s
            .base
            .map(serde_json::to_string)
            .transpose()
            .map_err(|e| json_error(4, e))?;
        let conn = self.conn();
        conn.execute(
            "INSERT INTO submissions (organisation, service, draft, base, submitted_by, submitted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                s.organisation,
                s.base.map(|b| b.id.as_str()),
                draft,
                base,
                s.submitted_by,
                secs(s.now)
            ],
        )?;
        Ok(conn.last_insert_rowid())
    }

    /// The submissions no editor has decided yet, oldest first.
    pub fn pending_submissions(&self) -> Result<Vec<Submission>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {COLUMNS} {FROM} WHERE s.decided_at IS NULL ORDER BY s.submitted_at, s.id"
        ))?;
        let rows = stmt.query_map([], row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn submission(&self, id: i64) -> Result<Option<Submission>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {COLUMNS} {FROM} WHERE s.id = ?1"),
                [id],
                row,
            )
            .optional()?)
    }

    /// An organisation's submissions, newest first (at most `limit`): its dashboard shows, per
    /// service, whether the newest is pending or was rejected.
    pub fn submissions_of(
        &self,
        organisation: &str,
        limit: usize,
    ) -> Result<Vec<Submission>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT {COLUMNS} {FROM} WHERE s.organisation = ?1 ORDER BY s.id DESC LIMIT ?2"
        ))?;
        let rows = stmt.query_map(params![organisation, limit as i64], row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records the decision on a pending submission; `false` when it was decided already (two
    /// editors at once: the first decision stands).
    pub fn decide_submission(
        &self,
        id: i64,
        decision: Decision,
        reason: &str,
        editor: i64,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let changed = self.conn().execute(
            "UPDATE submissions SET decision = ?2, reason = ?3, decided_by = ?4, decided_at = ?5
             WHERE id = ?1 AND decided_at IS NULL",
            params![id, decision.as_str(), reason, editor, secs(now)],
        )?;
        Ok(changed == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::Role;
    use chrono::TimeZone;

    fn account(store: &Store, email: &str, role: Role) -> i64 {
        let now = Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
        store
            .create_invitation(&super::super::NewInvitation {
                token_hash: email,
                email,
                role: &role,
                invited_by: None,
                now,
                expires_at: now + chrono::Duration::days(7),
            })
            .unwrap();
        store
            .accept_invitation(email, "hash", now)
            .unwrap()
            .unwrap()
            .id
    }

    fn draft(id: &str, email: &str) -> ServiceDraft {
        ServiceDraft {
            id: id.into(),
            email: email.into(),
            ..ServiceDraft::default()
        }
    }

    #[test]
    fn pending_oldest_first_decided_once_kept_as_json() {
        let store = Store::in_memory();
        let org = account(&store, "a@example.org", Role::Organisation("f".into()));
        let ed = account(&store, "e@example.org", Role::Editor);
        let t = |h| Utc.with_ymd_and_hms(2026, 12, 2, h, 0, 0).unwrap();
        let base = draft("x", "old@example.org");
        let edit = draft("x", "new@example.org");
        let newer = store
            .submit(&NewSubmission {
                organisation: "f",
                base: Some(&base),
                draft: &edit,
                submitted_by: org,
                now: t(11),
            })
            .unwrap();
        let older = store
            .submit(&NewSubmission {
                organisation: "f",
                base: None,
                draft: &draft("nowa", ""),
                submitted_by: org,
                now: t(10),
            })
            .unwrap();
        let pending = store.pending_submissions().unwrap();
        assert_eq!(
            pending.iter().map(|s| s.id).collect::<Vec<_>>(),
            [older, newer]
        );
        assert_eq!(pending[0].service, None);
        assert_eq!(pending[0].service_id(), "nowa");
        assert_eq!(pending[1].base.as_ref(), Some(&base));
        assert_eq!(pending[1].draft, edit);
        assert_eq!(pending[1].submitted_by, "a@example.org");

        assert!(
            store
                .decide_submission(newer, Decision::Rejected, "no such address", ed, t(12))
                .unwrap()
        );
        assert!(
            !store
                .decide_submission(newer, Decision::Approved, "", ed, t(13))
                .unwrap()
        );
        let s = store.submission(newer).unwrap().unwrap();
        assert_eq!(s.decision, Some(Decision::Rejected));
        assert_eq!(s.reason, "no such address");
        assert_eq!(s.decided_by.as_deref(), Some("e@example.org"));
        assert_eq!(store.pending_submissions().unwrap().len(), 1);
        let mine = store.submissions_of("f", 10).unwrap();
        assert_eq!(
            mine.iter().map(|s| s.id).collect::<Vec<_>>(),
            [older, newer]
        );
        assert!(store.submissions_of("other", 10).unwrap().is_empty());
    }
}
