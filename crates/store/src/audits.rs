//! Participatory audit rounds: the rounds, their one-time invitations (hashes only),
//! drafts, and responses with their answers (migration `0008_assessment.sql` says how an
//! anonymous response is kept apart from its invitation).
//!
//! Every write is one transaction that checks the state it depends on (the round open,
//! the invitation unused) inside it, so a refused write changes nothing. Respondents are
//! not users: their actions are not written to the audit log (an entry with a time would
//! be the very link an anonymous round must not keep); the city's actions are.

use crate::audit::record;
use crate::submissions::Status;
use crate::{Result, Store, StoreError, now_utc};
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use serde::Serialize;

/// A round to open.
#[derive(Debug, Clone)]
pub struct NewRound<'a> {
    pub city: &'a str,
    pub title: &'a str,
    pub framework: &'a str,
    pub version: &'a str,
    pub framework_text: &'a str,
    /// `audit` or `priorities`.
    pub kind: &'a str,
    /// `anonymous` or `named`.
    pub mode: &'a str,
    /// YYYY-MM-DD.
    pub opens: &'a str,
    pub closes: &'a str,
    pub min_group: i64,
}

/// A round as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Round {
    pub id: i64,
    pub city: String,
    pub title: String,
    pub framework: String,
    pub version: String,
    #[serde(skip)]
    pub framework_text: String,
    pub kind: String,
    pub mode: String,
    pub opens: String,
    pub closes: String,
    pub min_group: i64,
    /// `open` or `closed`.
    pub status: String,
    pub created_by: String,
    pub created_at: String,
    pub closed_at: Option<String>,
    /// The submission carrying the results through the workflow, and its status.
    pub submission: Option<i64>,
    pub submission_status: Option<Status>,
    /// The results as submitted (JSON).
    #[serde(skip)]
    pub results: Option<String>,
}

impl Round {
    pub fn is_open(&self) -> bool {
        self.status == "open"
    }

    pub fn is_anonymous(&self) -> bool {
        self.mode == "anonymous"
    }

    /// Published: its results' submission has been published by an approver.
    pub fn is_published(&self) -> bool {
        self.submission_status == Some(Status::Published)
    }
}

/// An invitation as stored (never the token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub round: i64,
    pub group: String,
    pub label: String,
    pub used: bool,
}

/// Invitations of a group: how many were issued and used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupCount {
    pub group: String,
    pub issued: u64,
    pub used: u64,
}

/// One answer to store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredAnswer {
    pub question: String,
    pub choice: Option<i64>,
    pub dont_know: bool,
    pub comment: String,
}

/// A submitted response as the results read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    pub group: String,
    /// Named rounds: the invitation's label.
    pub respondent: Option<String>,
    pub answers: Vec<StoredAnswer>,
}

const SELECT_ROUND: &str = "SELECT r.id, r.city, r.title, r.framework, r.version, r.framework_text,
    r.kind, r.mode, r.opens, r.closes, r.min_group, r.status, r.created_by, r.created_at,
    r.closed_at, r.submission, s.status, r.results
    FROM audit_rounds r LEFT JOIN submissions s ON s.id = r.submission";

fn row_to_round(r: &rusqlite::Row<'_>) -> rusqlite::Result<Round> {
    let sub_status: Option<String> = r.get(16)?;
    Ok(Round {
        id: r.get(0)?,
        city: r.get(1)?,
        title: r.get(2)?,
        framework: r.get(3)?,
        version: r.get(4)?,
        framework_text: r.get(5)?,
        kind: r.get(6)?,
        mode: r.get(7)?,
        opens: r.get(8)?,
        closes: r.get(9)?,
        min_group: r.get(10)?,
        status: r.get(11)?,
        created_by: r.get(12)?,
        created_at: r.get(13)?,
        closed_at: r.get(14)?,
        submission: r.get(15)?,
        submission_status: sub_status.as_deref().and_then(Status::parse),
        results: r.get(17)?,
    })
}

fn conflict(m: impl Into<String>) -> StoreError {
    StoreError::Conflict(m.into())
}

/// The round of an invitation, in a transaction: refuses an unknown or used invitation
/// and a closed round.
fn open_invitation(
    tx: &Transaction<'_>,
    wrap: impl Fn(rusqlite::Error) -> StoreError,
    token_hash: &str,
) -> Result<(i64, String, String)> {
    let row: Option<(i64, String, i64, String, String)> = tx
        .query_row(
            "SELECT i.round, i.grp, i.used, r.status, r.mode FROM audit_invitations i
               JOIN audit_rounds r ON r.id = i.round WHERE i.token_hash = ?1",
            [token_hash],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()
        .map_err(wrap)?;
    let (round, group, used, status, mode) =
        row.ok_or_else(|| StoreError::NotFound("invitation".into()))?;
    if used != 0 {
        return Err(conflict(
            "this invitation has been used: a response was submitted with it, and it cannot answer again",
        ));
    }
    if status != "open" {
        return Err(conflict("the round is closed: answers are no longer taken"));
    }
    Ok((round, group, mode))
}

fn insert_answers(
    tx: &Transaction<'_>,
    wrap: impl Fn(rusqlite::Error) -> StoreError + Copy,
    response: &str,
    answers: &[StoredAnswer],
) -> Result<()> {
    let mut st = tx
        .prepare_cached(
            "INSERT INTO audit_answers (response, question, choice, dont_know, comment)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )
        .map_err(wrap)?;
    for a in answers {
        st.execute(params![
            response,
            a.question,
            a.choice,
            a.dont_know as i64,
            a.comment
        ])
        .map_err(wrap)?;
    }
    Ok(())
}

fn read_answers(
    conn: &rusqlite::Connection,
    response: &str,
) -> rusqlite::Result<Vec<StoredAnswer>> {
    let mut st = conn.prepare_cached(
        "SELECT question, choice, dont_know, comment FROM audit_answers WHERE response = ?1
          ORDER BY question",
    )?;
    st.query_map([response], |r| {
        Ok(StoredAnswer {
            question: r.get(0)?,
            choice: r.get(1)?,
            dont_know: r.get::<_, i64>(2)? != 0,
            comment: r.get(3)?,
        })
    })?
    .collect()
}

impl Store {
    /// Opens a round (status open); audited.
    pub fn create_audit_round(&mut self, actor: &str, r: &NewRound<'_>) -> Result<i64> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        let now = now_utc();
        tx.execute(
            "INSERT INTO audit_rounds (city, title, framework, version, framework_text, kind,
                 mode, opens, closes, min_group, status, created_by, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'open', ?11, ?12)",
            params![
                r.city,
                r.title,
                r.framework,
                r.version,
                r.framework_text,
                r.kind,
                r.mode,
                r.opens,
                r.closes,
                r.min_group,
                actor,
                now
            ],
        )
        .map_err(wrap)?;
        let id = tx.last_insert_rowid();
        let new = serde_json::json!({
            "city": r.city, "title": r.title, "framework": r.framework, "version": r.version,
            "kind": r.kind, "mode": r.mode, "opens": r.opens, "closes": r.closes,
            "min_group": r.min_group,
        })
        .to_string();
        record(
            &tx,
            actor,
            "audit.round.open",
            &format!("audit_round:{id}"),
            None,
            Some(&new),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        Ok(id)
    }

    pub fn audit_round(&self, id: i64) -> Result<Option<Round>> {
        self.conn()
            .query_row(
                &format!("{SELECT_ROUND} WHERE r.id = ?1"),
                [id],
                row_to_round,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Rounds, newest first, of one city or all.
    pub fn audit_rounds(&self, city: Option<&str>) -> Result<Vec<Round>> {
        let mut st = self
            .conn()
            .prepare(&format!(
                "{SELECT_ROUND} WHERE ?1 IS NULL OR r.city = ?1 ORDER BY r.id DESC"
            ))
            .map_err(|e| self.err(e))?;
        st.query_map([city], row_to_round)
            .and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))
    }

    /// Closes an open round; audited. The write-ahead log is emptied afterwards.
    pub fn close_audit_round(&mut self, actor: &str, id: i64) -> Result<()> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        let status: Option<String> = tx
            .query_row("SELECT status FROM audit_rounds WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()
            .map_err(wrap)?;
        match status.as_deref() {
            None => return Err(StoreError::NotFound(format!("audit round {id}"))),
            Some("open") => {}
            Some(_) => return Err(conflict(format!("audit round {id} is already closed"))),
        }
        tx.execute(
            "UPDATE audit_rounds SET status = 'closed', closed_at = ?2 WHERE id = ?1",
            params![id, now_utc()],
        )
        .map_err(wrap)?;
        // Unsubmitted drafts are of no use once the round is closed.
        tx.execute(
            "DELETE FROM audit_drafts WHERE token_hash IN
               (SELECT token_hash FROM audit_invitations WHERE round = ?1)",
            [id],
        )
        .map_err(wrap)?;
        record(
            &tx,
            actor,
            "audit.round.close",
            &format!("audit_round:{id}"),
            Some(r#"{"status":"open"}"#),
            Some(r#"{"status":"closed"}"#),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        self.truncate_wal()?;
        Ok(())
    }

    /// Stores the hashes of new invitations of one group (with their labels in a named
    /// round); the round must be open. Audited with the count, never the tokens.
    pub fn issue_audit_invitations(
        &mut self,
        actor: &str,
        round: i64,
        group: &str,
        invitations: &[(String, String)],
    ) -> Result<()> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        let status: Option<String> = tx
            .query_row(
                "SELECT status FROM audit_rounds WHERE id = ?1",
                [round],
                |r| r.get(0),
            )
            .optional()
            .map_err(wrap)?;
        match status.as_deref() {
            None => return Err(StoreError::NotFound(format!("audit round {round}"))),
            Some("open") => {}
            Some(_) => {
                return Err(conflict(format!(
                    "audit round {round} is closed: no more invitations"
                )));
            }
        }
        {
            let mut st = tx
                .prepare_cached(
                    "INSERT INTO audit_invitations (token_hash, round, grp, label) VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(wrap)?;
            for (hash, label) in invitations {
                st.execute(params![hash, round, group, label])
                    .map_err(wrap)?;
            }
        }
        let new = serde_json::json!({"group": group, "invitations": invitations.len()}).to_string();
        record(
            &tx,
            actor,
            "audit.invitations.issue",
            &format!("audit_round:{round}"),
            None,
            Some(&new),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)
    }

    pub fn audit_invitation(&self, token_hash: &str) -> Result<Option<Invitation>> {
        self.conn()
            .query_row(
                "SELECT round, grp, label, used FROM audit_invitations WHERE token_hash = ?1",
                [token_hash],
                |r| {
                    Ok(Invitation {
                        round: r.get(0)?,
                        group: r.get(1)?,
                        label: r.get(2)?,
                        used: r.get::<_, i64>(3)? != 0,
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Invitations issued and used per group (what an anonymous round may tell).
    pub fn audit_invitation_counts(&self, round: i64) -> Result<Vec<GroupCount>> {
        let mut st = self
            .conn()
            .prepare(
                "SELECT grp, count(*), sum(used) FROM audit_invitations WHERE round = ?1
                  GROUP BY grp ORDER BY grp",
            )
            .map_err(|e| self.err(e))?;
        st.query_map([round], |r| {
            Ok(GroupCount {
                group: r.get(0)?,
                issued: r.get::<_, i64>(1)? as u64,
                used: r.get::<_, i64>(2)? as u64,
            })
        })
        .and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(|e| self.err(e))
    }

    /// Who was invited to a named round and whether they answered; refused for an
    /// anonymous round, where who answered is exactly what must not be known.
    pub fn named_audit_invitations(&self, round: i64) -> Result<Vec<(String, String, bool)>> {
        let r = self
            .audit_round(round)?
            .ok_or_else(|| StoreError::NotFound(format!("audit round {round}")))?;
        if r.is_anonymous() {
            return Err(conflict(
                "an anonymous round does not tell who has answered, only how many",
            ));
        }
        let mut st = self
            .conn()
            .prepare(
                "SELECT grp, label, used FROM audit_invitations WHERE round = ?1 ORDER BY grp, label",
            )
            .map_err(|e| self.err(e))?;
        st.query_map([round], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? != 0))
        })
        .and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(|e| self.err(e))
    }

    /// A saved draft (JSON), if any.
    pub fn audit_draft(&self, token_hash: &str) -> Result<Option<String>> {
        self.conn()
            .query_row(
                "SELECT answers FROM audit_drafts WHERE token_hash = ?1",
                [token_hash],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Saves a draft for an unused invitation of an open round.
    pub fn save_audit_draft(&mut self, token_hash: &str, answers_json: &str) -> Result<()> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        open_invitation(&tx, wrap, token_hash)?;
        tx.execute(
            "INSERT INTO audit_drafts (token_hash, answers) VALUES (?1, ?2)
             ON CONFLICT (token_hash) DO UPDATE SET answers = excluded.answers",
            params![token_hash, answers_json],
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)
    }

    /// Submits the response of an invitation, in one transaction: the invitation must be
    /// unused and its round open. Named round: the response keeps its invitation
    /// (`receipt_hash` must be `None`). Anonymous round: it keeps only `receipt_hash`, gets
    /// a random id, the invitation is marked used and its draft deleted — and then the
    /// write-ahead log is emptied.
    pub fn submit_audit_response(
        &mut self,
        token_hash: &str,
        answers: &[StoredAnswer],
        receipt_hash: Option<&str>,
    ) -> Result<()> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        let (round, group, mode) = open_invitation(&tx, wrap, token_hash)?;
        let anonymous = mode == "anonymous";
        if anonymous != receipt_hash.is_some() {
            return Err(conflict(if anonymous {
                "an anonymous response needs a receipt"
            } else {
                "a named response keeps its respondent and needs no receipt"
            }));
        }
        let id: String = tx
            .query_row("SELECT lower(hex(randomblob(16)))", [], |r| r.get(0))
            .map_err(wrap)?;
        tx.execute(
            "INSERT INTO audit_responses (id, round, grp, respondent, receipt_hash)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                id,
                round,
                group,
                (!anonymous).then_some(token_hash),
                receipt_hash
            ],
        )
        .map_err(wrap)?;
        insert_answers(&tx, wrap, &id, answers)?;
        tx.execute(
            "UPDATE audit_invitations SET used = 1 WHERE token_hash = ?1",
            [token_hash],
        )
        .map_err(wrap)?;
        tx.execute(
            "DELETE FROM audit_drafts WHERE token_hash = ?1",
            [token_hash],
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        if anonymous {
            self.truncate_wal()?;
        }
        Ok(())
    }

    /// The answers of a named respondent's submitted response; `None` when the invitation
    /// has none or belongs to an anonymous round (a used anonymous token reads nothing).
    pub fn named_audit_response(&self, token_hash: &str) -> Result<Option<Vec<StoredAnswer>>> {
        let id: Option<String> = self
            .conn()
            .query_row(
                "SELECT p.id FROM audit_responses p JOIN audit_rounds r ON r.id = p.round
                  WHERE p.respondent = ?1 AND r.mode = 'named'",
                [token_hash],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        id.map(|id| read_answers(self.conn(), &id))
            .transpose()
            .map_err(|e| self.err(e))
    }

    /// The round, group and answers of the anonymous response a receipt belongs to.
    pub fn audit_response_by_receipt(
        &self,
        receipt_hash: &str,
    ) -> Result<Option<(i64, String, Vec<StoredAnswer>)>> {
        let found: Option<(String, i64, String)> = self
            .conn()
            .query_row(
                "SELECT id, round, grp FROM audit_responses WHERE receipt_hash = ?1",
                [receipt_hash],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        match found {
            None => Ok(None),
            Some((id, round, group)) => {
                let answers = read_answers(self.conn(), &id).map_err(|e| self.err(e))?;
                Ok(Some((round, group, answers)))
            }
        }
    }

    /// Replaces the answers of a submitted response — a named one by its invitation, an
    /// anonymous one by its receipt — while its round is open.
    pub fn amend_audit_response(
        &mut self,
        by: Respondent<'_>,
        answers: &[StoredAnswer],
    ) -> Result<()> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        let (sql, key) = match by {
            Respondent::Named(h) => (
                "SELECT p.id, r.status FROM audit_responses p JOIN audit_rounds r ON r.id = p.round
                  WHERE p.respondent = ?1 AND r.mode = 'named'",
                h,
            ),
            Respondent::Receipt(h) => (
                "SELECT p.id, r.status FROM audit_responses p JOIN audit_rounds r ON r.id = p.round
                  WHERE p.receipt_hash = ?1",
                h,
            ),
        };
        let found: Option<(String, String)> = tx
            .query_row(sql, [key], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .map_err(wrap)?;
        let (id, status) = found.ok_or_else(|| StoreError::NotFound("response".into()))?;
        if status != "open" {
            return Err(conflict(
                "the round is closed: answers can no longer be changed",
            ));
        }
        tx.execute("DELETE FROM audit_answers WHERE response = ?1", [&id])
            .map_err(wrap)?;
        insert_answers(&tx, wrap, &id, answers)?;
        tx.commit().map_err(wrap)?;
        if matches!(by, Respondent::Receipt(_)) {
            self.truncate_wal()?;
        }
        Ok(())
    }

    /// Every submitted response of a round, in the order of their random ids (which says
    /// nothing about when they came).
    pub fn audit_responses(&self, round: i64) -> Result<Vec<StoredResponse>> {
        let mut st = self
            .conn()
            .prepare(
                "SELECT p.id, p.grp, i.label FROM audit_responses p
                   LEFT JOIN audit_invitations i ON i.token_hash = p.respondent
                  WHERE p.round = ?1 ORDER BY p.id",
            )
            .map_err(|e| self.err(e))?;
        let heads: Vec<(String, String, Option<String>)> = st
            .query_map([round], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        heads
            .into_iter()
            .map(|(id, group, respondent)| {
                Ok(StoredResponse {
                    group,
                    respondent,
                    answers: read_answers(self.conn(), &id).map_err(|e| self.err(e))?,
                })
            })
            .collect()
    }

    /// Sends a closed round's results to its city's approver, in one transaction: a
    /// submission (status submitted, with its history and audit rows) holding the scores as
    /// draft observations, and the round's link to it with the results as submitted.
    pub fn submit_audit_results(
        &mut self,
        actor: &str,
        round: i64,
        provenance: &model::Provenance,
        observations: &[model::Observation],
        results_json: &str,
    ) -> Result<i64> {
        let r = self
            .audit_round(round)?
            .ok_or_else(|| StoreError::NotFound(format!("audit round {round}")))?;
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let mut w = self.begin_submission(actor, &r.city, provenance)?;
        for o in observations {
            w.add_observation(o)?;
        }
        let id = w.id();
        let report = serde_json::json!({"audit_round": round, "observations": observations.len()})
            .to_string();
        w.record_created(&report)?;
        {
            let tx = w.transaction();
            let n = tx
                .execute(
                    "UPDATE audit_rounds SET submission = ?2, results = ?3
                      WHERE id = ?1 AND status = 'closed' AND submission IS NULL",
                    params![round, id, results_json],
                )
                .map_err(wrap)?;
            if n == 0 {
                return Err(conflict(format!(
                    "audit round {round} is open or its results were submitted already"
                )));
            }
            submit_in(tx, actor, id).map_err(wrap)?;
            record(
                tx,
                actor,
                "audit.results.submit",
                &format!("audit_round:{round}"),
                None,
                Some(&serde_json::json!({"submission": id}).to_string()),
            )
            .map_err(wrap)?;
        }
        w.commit()
    }

    /// Moves every frame of the write-ahead log into the database and empties the log,
    /// waiting (busy timeout) for readers. `false` when readers kept it from finishing;
    /// the next call catches up.
    pub fn truncate_wal(&mut self) -> Result<bool> {
        let busy: i64 = self
            .conn()
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        Ok(busy == 0)
    }
}

/// Moves a new submission from draft to submitted inside its own transaction, with the
/// history row and the audit row the workflow writes for that step.
pub(crate) fn submit_in(
    tx: &Transaction<'_>,
    actor: &str,
    submission: i64,
) -> rusqlite::Result<()> {
    let now = now_utc();
    tx.execute(
        "UPDATE submissions SET status = 'submitted', updated_at = ?2 WHERE id = ?1",
        params![submission, now],
    )?;
    tx.execute(
        "INSERT INTO submission_events (submission, at, actor, from_status, to_status, comment)
         VALUES (?1, ?2, ?3, 'draft', 'submitted', '')",
        params![submission, now, actor],
    )?;
    record(
        tx,
        actor,
        "submission.submit",
        &format!("submission:{submission}"),
        Some(r#"{"status":"draft"}"#),
        Some(r#"{"status":"submitted"}"#),
    )
}

/// Who amends a submitted response.
#[derive(Debug, Clone, Copy)]
pub enum Respondent<'a> {
    /// A named round's invitation (its hash).
    Named(&'a str),
    /// An anonymous round's receipt (its hash).
    Receipt(&'a str),
}
