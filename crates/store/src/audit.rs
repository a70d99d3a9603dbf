//! The audit log: every write through the web or the account commands (logins aside),
//! with who, what, when, and the old and new value as JSON text.
//!
//! Rows are written by the store functions that make the change, inside the same
//! transaction, so a change and its audit row land together or not at all.

use crate::{Result, Store, now_utc};
use rusqlite::{Connection, params};
use serde::Serialize;

/// One audited change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    /// Who: a user's e-mail, or `cli` / `system`.
    pub actor: String,
    /// What kind of change (`user.create`, `submission.publish`, …).
    pub action: String,
    /// What was changed (`user:3`, `submission:12`).
    pub target: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

pub(crate) fn record(
    conn: &Connection,
    actor: &str,
    action: &str,
    target: &str,
    old_value: Option<&str>,
    new_value: Option<&str>,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO audit_log (at, actor, action, target, old_value, new_value)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![now_utc(), actor, action, target, old_value, new_value],
    )?;
    Ok(())
}

impl Store {
    /// The latest audit rows first; `before` pages back (rows with a smaller id).
    pub fn audit_log(&self, limit: u32, before: Option<i64>) -> Result<Vec<AuditEntry>> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT id, at, actor, action, target, old_value, new_value FROM audit_log
                  WHERE ?1 IS NULL OR id < ?1 ORDER BY id DESC LIMIT ?2",
            )
            .map_err(|e| self.err(e))?;
        stmt.query_map(params![before, limit], |r| {
            Ok(AuditEntry {
                id: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                action: r.get(3)?,
                target: r.get(4)?,
                old_value: r.get(5)?,
                new_value: r.get(6)?,
            })
        })
        .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
        .map_err(|e| self.err(e))
    }

    /// Records a change made elsewhere (e.g. an import from the command line).
    pub fn record_audit(
        &mut self,
        actor: &str,
        action: &str,
        target: &str,
        old_value: Option<&str>,
        new_value: Option<&str>,
    ) -> Result<()> {
        record(self.conn(), actor, action, target, old_value, new_value).map_err(|e| self.err(e))
    }
}
