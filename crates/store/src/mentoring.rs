//! Mentoring requests between cities: requested → accepted | declined | withdrawn, and an
//! accepted pair later ended. Each step records who and when, and its audit row, in the
//! same transaction.
//!
//! The store keeps the states a request can be in and refuses a step that no state allows
//! (an accepted request cannot be withdrawn, a declined one cannot be accepted), and a
//! second open request for the same mentee, mentor and topic. Who may take a step (which
//! city's editor, approver) is not its business: the `mentoring` crate decides that.

use crate::audit::record;
use crate::{Result, Store, StoreError, now_utc};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Asked; the mentor city has not answered.
    Requested,
    /// The mentor city said yes: the two cities are a mentoring pair.
    Accepted,
    /// The mentor city said no.
    Declined,
    /// The asking city took the request back before an answer.
    Withdrawn,
    /// An accepted pair that has finished.
    Ended,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Requested,
        Status::Accepted,
        Status::Declined,
        Status::Withdrawn,
        Status::Ended,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Requested => "requested",
            Status::Accepted => "accepted",
            Status::Declined => "declined",
            Status::Withdrawn => "withdrawn",
            Status::Ended => "ended",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Whether a request in this state may move to `to`: the only steps there are.
    pub fn can_become(self, to: Status) -> bool {
        matches!(
            (self, to),
            (
                Status::Requested,
                Status::Accepted | Status::Declined | Status::Withdrawn
            ) | (Status::Accepted, Status::Ended)
        )
    }

    /// Waiting or accepted: what a second request on the same topic would collide with.
    pub fn is_open(self) -> bool {
        matches!(self, Status::Requested | Status::Accepted)
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A request as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MentoringRequest {
    pub id: i64,
    /// The city asking for mentoring (Urban Audit code).
    pub mentee: String,
    /// The city asked to mentor.
    pub mentor: String,
    /// A focal point id (`fp1` … `fp10`).
    pub topic: String,
    /// A thematic area of the practice library that narrows the topic; empty for none.
    pub area: String,
    pub message: String,
    pub status: Status,
    pub requested_by: String,
    pub requested_at: String,
    /// Who accepted, declined or withdrew it, and when.
    pub answered_by: Option<String>,
    pub answered_at: Option<String>,
    /// What the mentor city wrote with its answer (or the asking city with a withdrawal).
    pub answer: String,
    pub ended_by: Option<String>,
    pub ended_at: Option<String>,
    pub ended_note: String,
}

/// A request to write: checked by the caller (cities, topic, rights).
#[derive(Debug, Clone, PartialEq)]
pub struct NewMentoringRequest<'a> {
    pub mentee: &'a str,
    pub mentor: &'a str,
    pub topic: &'a str,
    pub area: &'a str,
    pub message: &'a str,
}

const SELECT: &str = "SELECT id, mentee, mentor, topic, area, message, status, requested_by,
    requested_at, answered_by, answered_at, answer, ended_by, ended_at, ended_note
    FROM mentoring_requests";

fn row_to_request(r: &rusqlite::Row<'_>) -> rusqlite::Result<MentoringRequest> {
    let status: String = r.get(6)?;
    Ok(MentoringRequest {
        id: r.get(0)?,
        mentee: r.get(1)?,
        mentor: r.get(2)?,
        topic: r.get(3)?,
        area: r.get(4)?,
        message: r.get(5)?,
        status: Status::parse(&status).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                6,
                rusqlite::types::Type::Text,
                format!("unknown mentoring status '{status}'").into(),
            )
        })?,
        requested_by: r.get(7)?,
        requested_at: r.get(8)?,
        answered_by: r.get(9)?,
        answered_at: r.get(10)?,
        answer: r.get(11)?,
        ended_by: r.get(12)?,
        ended_at: r.get(13)?,
        ended_note: r.get(14)?,
    })
}

impl Store {
    /// Writes a new request (status requested) with its audit row. A second open request
    /// for the same mentee, mentor and topic is a [`StoreError::Conflict`] naming the first.
    pub fn create_mentoring_request(
        &mut self,
        actor: &str,
        new: &NewMentoringRequest<'_>,
    ) -> Result<MentoringRequest> {
        if let Some(open) = self.open_mentoring_request(new.mentee, new.mentor, new.topic)? {
            return Err(duplicate(&open));
        }
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        tx.execute(
            "INSERT INTO mentoring_requests
               (mentee, mentor, topic, area, message, status, requested_by, requested_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'requested', ?6, ?7)",
            params![
                new.mentee,
                new.mentor,
                new.topic,
                new.area,
                new.message,
                actor,
                now_utc()
            ],
        )
        .map_err(wrap)?;
        let id = tx.last_insert_rowid();
        let created = serde_json::json!({
            "status": "requested", "mentee": new.mentee, "mentor": new.mentor,
            "topic": new.topic, "area": new.area, "message": new.message,
        })
        .to_string();
        record(
            &tx,
            actor,
            "mentoring.request",
            &format!("mentoring:{id}"),
            None,
            Some(&created),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        self.mentoring_request(id)?
            .ok_or_else(|| StoreError::NotFound(format!("mentoring request {id}")))
    }

    /// Moves request `id` to `to` with `note` (the answer, or why it ended), recording who
    /// and when. Only the steps of [`Status::can_become`] are taken; the update is guarded
    /// by the status read, so two answers at once cannot both land.
    pub fn change_mentoring_status(
        &mut self,
        actor: &str,
        id: i64,
        to: Status,
        note: &str,
    ) -> Result<MentoringRequest> {
        let current = self
            .mentoring_request(id)?
            .ok_or_else(|| StoreError::NotFound(format!("mentoring request {id}")))?;
        if !current.status.can_become(to) {
            return Err(StoreError::Conflict(format!(
                "mentoring request {id} is {}: it cannot become {}",
                current.status.as_str(),
                to.as_str()
            )));
        }
        let sql = if to == Status::Ended {
            "UPDATE mentoring_requests SET status = ?3, ended_by = ?4, ended_at = ?5, ended_note = ?6
              WHERE id = ?1 AND status = ?2"
        } else {
            "UPDATE mentoring_requests SET status = ?3, answered_by = ?4, answered_at = ?5, answer = ?6
              WHERE id = ?1 AND status = ?2"
        };
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        let changed = tx
            .execute(
                sql,
                params![
                    id,
                    current.status.as_str(),
                    to.as_str(),
                    actor,
                    now_utc(),
                    note
                ],
            )
            .map_err(wrap)?;
        if changed == 0 {
            return Err(StoreError::Conflict(format!(
                "mentoring request {id} changed meanwhile: reload the page"
            )));
        }
        record(
            &tx,
            actor,
            &format!("mentoring.{}", to.as_str()),
            &format!("mentoring:{id}"),
            Some(&serde_json::json!({"status": current.status.as_str()}).to_string()),
            Some(&serde_json::json!({"status": to.as_str(), "note": note}).to_string()),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        self.mentoring_request(id)?
            .ok_or_else(|| StoreError::NotFound(format!("mentoring request {id}")))
    }

    pub fn mentoring_request(&self, id: i64) -> Result<Option<MentoringRequest>> {
        self.conn()
            .query_row(&format!("{SELECT} WHERE id = ?1"), [id], row_to_request)
            .optional()
            .map_err(|e| self.err(e))
    }

    /// The open (waiting or accepted) request of a mentee to a mentor on a topic, if any.
    pub fn open_mentoring_request(
        &self,
        mentee: &str,
        mentor: &str,
        topic: &str,
    ) -> Result<Option<MentoringRequest>> {
        self.conn()
            .query_row(
                &format!(
                    "{SELECT} WHERE mentee = ?1 AND mentor = ?2 AND topic = ?3
                       AND status IN ('requested', 'accepted')"
                ),
                params![mentee, mentor, topic],
                row_to_request,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Requests in which `city` is mentee or mentor (every request with `None`), in
    /// `statuses` (every status when empty), newest first.
    pub fn mentoring_requests(
        &self,
        city: Option<&str>,
        statuses: &[Status],
    ) -> Result<Vec<MentoringRequest>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!(
                "{SELECT} WHERE (?1 IS NULL OR mentee = ?1 OR mentor = ?1) ORDER BY id DESC"
            ))
            .map_err(|e| self.err(e))?;
        let all = stmt
            .query_map([city], row_to_request)
            .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(all
            .into_iter()
            .filter(|r| statuses.is_empty() || statuses.contains(&r.status))
            .collect())
    }

    /// A number that grows with every mentoring step (a request, an answer, an end): pages
    /// that show pairs are cached by it together with [`Store::generation`].
    pub fn mentoring_generation(&self) -> Result<i64> {
        // Rows are never deleted and each step fills one more column, so the count of
        // filled steps only grows.
        self.conn()
            .query_row(
                "SELECT count(*) + count(answered_at) + count(ended_at) FROM mentoring_requests",
                [],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))
    }
}

fn duplicate(open: &MentoringRequest) -> StoreError {
    StoreError::Conflict(format!(
        "{} already asked {} for mentoring on {} (request {}, {}): one open request per pair and topic",
        open.mentee,
        open.mentor,
        open.topic,
        open.id,
        open.status.as_str()
    ))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&dir.path().join("m.db")).unwrap();
        (dir, s)
    }

    fn ask<'a>(mentee: &'a str, mentor: &'a str, topic: &'a str) -> NewMentoringRequest<'a> {
        NewMentoringRequest {
            mentee,
            mentor,
            topic,
            area: "",
            message: "we start a one-stop shop",
        }
    }

    #[test]
    fn a_request_is_accepted_then_ended_with_who_and_when_and_audited() {
        let (_d, mut s) = store();
        let r = s
            .create_mentoring_request("ed@osijek.hr", &ask("HR004C", "AT001C", "fp1"))
            .unwrap();
        assert_eq!(r.status, Status::Requested);
        assert_eq!(r.requested_by, "ed@osijek.hr");
        let a = s
            .change_mentoring_status("ed@wien.at", r.id, Status::Accepted, "gladly")
            .unwrap();
        assert_eq!(a.status, Status::Accepted);
        assert_eq!(a.answered_by.as_deref(), Some("ed@wien.at"));
        assert!(a.answered_at.is_some());
        assert_eq!(a.answer, "gladly");
        let e = s
            .change_mentoring_status("ed@osijek.hr", r.id, Status::Ended, "done")
            .unwrap();
        assert_eq!(e.status, Status::Ended);
        assert_eq!(e.ended_by.as_deref(), Some("ed@osijek.hr"));
        assert_eq!(e.answer, "gladly", "the answer stays");
        let log = s.audit_log(10, None).unwrap();
        let actions: Vec<&str> = log.iter().rev().map(|a| a.action.as_str()).collect();
        assert_eq!(
            actions,
            ["mentoring.request", "mentoring.accepted", "mentoring.ended"]
        );
        assert!(
            log.iter()
                .all(|a| a.target == format!("mentoring:{}", r.id))
        );
    }

    #[test]
    fn only_the_steps_of_the_flow_are_taken_and_a_refused_one_changes_nothing() {
        let (_d, mut s) = store();
        let r = s
            .create_mentoring_request("a", &ask("HR004C", "AT001C", "fp1"))
            .unwrap();
        assert!(
            s.change_mentoring_status("a", r.id, Status::Ended, "")
                .is_err(),
            "a waiting request cannot end"
        );
        s.change_mentoring_status("b", r.id, Status::Declined, "not now")
            .unwrap();
        let audit_rows = s.audit_log(100, None).unwrap().len();
        for to in Status::ALL {
            let e = s.change_mentoring_status("b", r.id, to, "").unwrap_err();
            assert!(
                e.to_string().contains("is declined: it cannot become"),
                "{e}"
            );
        }
        assert_eq!(s.audit_log(100, None).unwrap().len(), audit_rows);
        assert_eq!(
            s.mentoring_request(r.id).unwrap().unwrap().status,
            Status::Declined
        );
        let missing = s.change_mentoring_status("b", 999, Status::Accepted, "");
        assert!(matches!(missing, Err(StoreError::NotFound(_))));
    }

    #[test]
    fn one_open_request_per_pair_and_topic_and_a_closed_one_may_be_asked_again() {
        let (_d, mut s) = store();
        let r = s
            .create_mentoring_request("a", &ask("HR004C", "AT001C", "fp1"))
            .unwrap();
        let e = s
            .create_mentoring_request("a", &ask("HR004C", "AT001C", "fp1"))
            .unwrap_err();
        assert!(
            e.to_string()
                .contains("one open request per pair and topic")
        );
        // Another topic, or the other direction, is another request.
        s.create_mentoring_request("a", &ask("HR004C", "AT001C", "fp2"))
            .unwrap();
        s.create_mentoring_request("a", &ask("AT001C", "HR004C", "fp1"))
            .unwrap();
        s.change_mentoring_status("b", r.id, Status::Accepted, "")
            .unwrap();
        assert!(
            s.create_mentoring_request("a", &ask("HR004C", "AT001C", "fp1"))
                .is_err(),
            "an accepted pair is open"
        );
        s.change_mentoring_status("b", r.id, Status::Ended, "")
            .unwrap();
        s.create_mentoring_request("a", &ask("HR004C", "AT001C", "fp1"))
            .unwrap();
        assert_eq!(s.mentoring_requests(None, &[]).unwrap().len(), 4);
    }

    #[test]
    fn the_schema_refuses_what_is_never_right_even_past_the_checks() {
        let (_d, s) = store();
        let insert = |mentee: &str, mentor: &str, status: &str| {
            s.conn().execute(
                "INSERT INTO mentoring_requests (mentee, mentor, topic, message, status, requested_by, requested_at)
                 VALUES (?1, ?2, 'fp1', '', ?3, 'x', 'now')",
                params![mentee, mentor, status],
            )
        };
        assert!(insert("HR004C", "HR004C", "requested").is_err(), "self");
        assert!(insert("HR004C", "AT001C", "pending").is_err(), "status");
        insert("HR004C", "AT001C", "requested").unwrap();
        assert!(
            insert("HR004C", "AT001C", "accepted").is_err(),
            "second open"
        );
        insert("HR004C", "AT001C", "declined").unwrap();
    }

    #[test]
    fn requests_of_a_city_on_either_side_and_the_generation_grows_with_every_step() {
        let (_d, mut s) = store();
        let g0 = s.mentoring_generation().unwrap();
        let a = s
            .create_mentoring_request("a", &ask("HR004C", "AT001C", "fp1"))
            .unwrap();
        let g1 = s.mentoring_generation().unwrap();
        s.create_mentoring_request("a", &ask("SK002C", "HR004C", "fp3"))
            .unwrap();
        s.create_mentoring_request("a", &ask("SK002C", "CZ001C", "fp3"))
            .unwrap();
        s.change_mentoring_status("b", a.id, Status::Accepted, "")
            .unwrap();
        let g2 = s.mentoring_generation().unwrap();
        assert!(g0 < g1 && g1 < g2, "{g0} {g1} {g2}");
        assert_eq!(s.mentoring_requests(Some("HR004C"), &[]).unwrap().len(), 2);
        let accepted = s
            .mentoring_requests(Some("HR004C"), &[Status::Accepted])
            .unwrap();
        assert_eq!(accepted.len(), 1);
        assert_eq!(accepted[0].mentor, "AT001C");
        assert_eq!(s.mentoring_requests(Some("DE001C"), &[]).unwrap().len(), 0);
    }
}
