//! `GET /account/audit` (editors): who did what, when, newest first.

use axum::response::Response;
use serde::Serialize;

use super::super::error::PageError;
use super::blocking;
use super::session::RequireEditor;
use crate::state::AuditEntry;

/// Entries shown; the log itself keeps everything.
const SHOWN: usize = 500;

#[derive(Serialize)]
struct AuditPage {
    entries: Vec<Row>,
}

#[derive(Serialize)]
struct Row {
    /// `YYYY-MM-DD HH:MM UTC`.
    at: String,
    #[serde(flatten)]
    entry: AuditEntry,
}

pub async fn list(RequireEditor(a): RequireEditor) -> Result<Response, PageError> {
    let v = &a.visitor;
    let entries = blocking(v.state.store_handle(), |s| s.audit_log(SHOWN)).await?;
    let entries = entries
        .into_iter()
        .map(|entry| Row {
            at: entry.at.format("%Y-%m-%d %H:%M UTC").to_string(),
            entry,
        })
        .collect();
    v.page("audit.html", &AuditPage { entries })
}
