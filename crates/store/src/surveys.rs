//! The city's own surveys: questionnaire versions, surveys in the field, invitations (hashes
//! only), drafts, responses and weights (migration `0011_surveys.sql` says how an anonymous
//! response is kept apart from its invitation).
//!
//! As for audit rounds, every write is one transaction that checks the state it depends on
//! inside it, so a refused write changes nothing, and respondents' actions are never written
//! to the audit log. The store keeps JSON it is given; the surveys crate checks it.

use crate::audit::record;
use crate::audits::submit_in;
use crate::submissions::Status;
use crate::{Result, Store, StoreError, now_utc};
use rusqlite::{OptionalExtension, TransactionBehavior, params};
use serde::Serialize;

/// A questionnaire version as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionnaireVersion {
    pub id: i64,
    pub city: String,
    pub form_id: String,
    pub version: i64,
    pub title: String,
    #[serde(skip)]
    pub definition: String,
    pub fingerprint: String,
    pub created_by: String,
    pub created_at: String,
}

/// A survey to open.
#[derive(Debug, Clone)]
pub struct NewSurvey<'a> {
    pub questionnaire: i64,
    pub title: &'a str,
    /// `anonymous` or `named`.
    pub mode: &'a str,
    /// `invitation` or `open`.
    pub access: &'a str,
    pub opens: &'a str,
    pub closes: &'a str,
}

/// A survey as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Survey {
    pub id: i64,
    pub questionnaire: i64,
    pub city: String,
    pub title: String,
    pub mode: String,
    pub access: String,
    pub opens: String,
    pub closes: String,
    pub status: String,
    /// The margins the stored weights were raked to (JSON of the surveys crate's
    /// weighting spec), `None` while unweighted.
    #[serde(skip)]
    pub weighting: Option<String>,
    pub created_by: String,
    pub created_at: String,
    pub closed_at: Option<String>,
    pub submission: Option<i64>,
    pub submission_status: Option<Status>,
    #[serde(skip)]
    pub results: Option<String>,
}

impl Survey {
    pub fn is_open(&self) -> bool {
        self.status == "open"
    }
    pub fn is_anonymous(&self) -> bool {
        self.mode == "anonymous"
    }
    pub fn is_open_link(&self) -> bool {
        self.access == "open"
    }
    pub fn is_published(&self) -> bool {
        self.submission_status == Some(Status::Published)
    }
}

/// A response's weights: (response id, before calibration, calibrated).
pub type StoredWeight = (String, Option<f64>, Option<f64>);

/// Invitations of a survey: issued and used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct InvitationCount {
    pub issued: u64,
    pub used: u64,
}

/// A submitted response: its random id and its answers (JSON).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyResponse {
    pub id: String,
    pub answers: String,
}

const SELECT_SURVEY: &str = "SELECT v.id, v.questionnaire, v.city, v.title, v.mode, v.access,
    v.opens, v.closes, v.status, v.weighting, v.created_by, v.created_at, v.closed_at,
    v.submission, s.status, v.results
    FROM surveys v LEFT JOIN submissions s ON s.id = v.submission";

fn row_to_survey(r: &rusqlite::Row<'_>) -> rusqlite::Result<Survey> {
    let sub_status: Option<String> = r.get(14)?;
    Ok(Survey {
        id: r.get(0)?,
        questionnaire: r.get(1)?,
        city: r.get(2)?,
        title: r.get(3)?,
        mode: r.get(4)?,
        access: r.get(5)?,
        opens: r.get(6)?,
        closes: r.get(7)?,
        status: r.get(8)?,
        weighting: r.get(9)?,
        created_by: r.get(10)?,
        created_at: r.get(11)?,
        closed_at: r.get(12)?,
        submission: r.get(13)?,
        submission_status: sub_status.as_deref().and_then(Status::parse),
        results: r.get(15)?,
    })
}

const SELECT_QUESTIONNAIRE: &str = "SELECT id, city, form_id, version, title, definition,
    fingerprint, created_by, created_at FROM survey_questionnaires";

fn row_to_questionnaire(r: &rusqlite::Row<'_>) -> rusqlite::Result<QuestionnaireVersion> {
    Ok(QuestionnaireVersion {
        id: r.get(0)?,
        city: r.get(1)?,
        form_id: r.get(2)?,
        version: r.get(3)?,
        title: r.get(4)?,
        definition: r.get(5)?,
        fingerprint: r.get(6)?,
        created_by: r.get(7)?,
        created_at: r.get(8)?,
    })
}

fn conflict(m: impl Into<String>) -> StoreError {
    StoreError::Conflict(m.into())
}

impl Store {
    /// Keeps a questionnaire for a city: the same definition as its latest version returns
    /// that version; a changed one becomes the next version (versions are never changed).
    /// Returns the version's id and whether it is new.
    pub fn save_questionnaire(
        &mut self,
        actor: &str,
        city: &str,
        form_id: &str,
        title: &str,
        definition: &str,
        fingerprint: &str,
    ) -> Result<(i64, bool)> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        let latest: Option<(i64, i64, String)> = tx
            .query_row(
                "SELECT id, version, fingerprint FROM survey_questionnaires
                  WHERE city = ?1 AND form_id = ?2 ORDER BY version DESC LIMIT 1",
                params![city, form_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(wrap)?;
        if let Some((id, _, f)) = &latest
            && f == fingerprint
        {
            return Ok((*id, false));
        }
        let version = latest.map_or(1, |(_, v, _)| v + 1);
        tx.execute(
            "INSERT INTO survey_questionnaires (city, form_id, version, title, definition,
                 fingerprint, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                city,
                form_id,
                version,
                title,
                definition,
                fingerprint,
                actor,
                now_utc()
            ],
        )
        .map_err(wrap)?;
        let id = tx.last_insert_rowid();
        let new = serde_json::json!({"city": city, "form_id": form_id, "version": version,
            "fingerprint": fingerprint})
        .to_string();
        record(
            &tx,
            actor,
            "survey.questionnaire.save",
            &format!("survey_questionnaire:{id}"),
            None,
            Some(&new),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        Ok((id, true))
    }

    pub fn questionnaire(&self, id: i64) -> Result<Option<QuestionnaireVersion>> {
        self.conn()
            .query_row(
                &format!("{SELECT_QUESTIONNAIRE} WHERE id = ?1"),
                [id],
                row_to_questionnaire,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Questionnaire versions, of one city or all, by form and version.
    pub fn questionnaires(&self, city: Option<&str>) -> Result<Vec<QuestionnaireVersion>> {
        let mut st = self
            .conn()
            .prepare(&format!(
                "{SELECT_QUESTIONNAIRE} WHERE ?1 IS NULL OR city = ?1 ORDER BY city, form_id, version"
            ))
            .map_err(|e| self.err(e))?;
        st.query_map([city], row_to_questionnaire)
            .and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))
    }

    /// Opens a survey of a stored questionnaire version; audited.
    pub fn create_survey(&mut self, actor: &str, s: &NewSurvey<'_>) -> Result<i64> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        let city: Option<String> = tx
            .query_row(
                "SELECT city FROM survey_questionnaires WHERE id = ?1",
                [s.questionnaire],
                |r| r.get(0),
            )
            .optional()
            .map_err(wrap)?;
        let city =
            city.ok_or_else(|| StoreError::NotFound(format!("questionnaire {}", s.questionnaire)))?;
        tx.execute(
            "INSERT INTO surveys (questionnaire, city, title, mode, access, opens, closes, status,
                 created_by, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'open', ?8, ?9)",
            params![
                s.questionnaire,
                city,
                s.title,
                s.mode,
                s.access,
                s.opens,
                s.closes,
                actor,
                now_utc()
            ],
        )
        .map_err(wrap)?;
        let id = tx.last_insert_rowid();
        let new = serde_json::json!({"questionnaire": s.questionnaire, "title": s.title,
            "mode": s.mode, "access": s.access, "opens": s.opens, "closes": s.closes})
        .to_string();
        record(
            &tx,
            actor,
            "survey.open",
            &format!("survey:{id}"),
            None,
            Some(&new),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        Ok(id)
    }

    pub fn survey(&self, id: i64) -> Result<Option<Survey>> {
        self.conn()
            .query_row(
                &format!("{SELECT_SURVEY} WHERE v.id = ?1"),
                [id],
                row_to_survey,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Surveys, newest first, of one city or all.
    pub fn surveys(&self, city: Option<&str>) -> Result<Vec<Survey>> {
        let mut st = self
            .conn()
            .prepare(&format!(
                "{SELECT_SURVEY} WHERE ?1 IS NULL OR v.city = ?1 ORDER BY v.id DESC"
            ))
            .map_err(|e| self.err(e))?;
        st.query_map([city], row_to_survey)
            .and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))
    }

    /// Closes an open survey; audited.
    pub fn close_survey(&mut self, actor: &str, id: i64) -> Result<()> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        let n = tx
            .execute(
                "UPDATE surveys SET status = 'closed', closed_at = ?2 WHERE id = ?1 AND status = 'open'",
                params![id, now_utc()],
            )
            .map_err(wrap)?;
        if n == 0 {
            return Err(conflict(format!(
                "survey {id} does not exist or is closed already"
            )));
        }
        record(
            &tx,
            actor,
            "survey.close",
            &format!("survey:{id}"),
            None,
            None,
        )
        .map_err(wrap)?;
        // Drafts of a closed survey can never be submitted: they go.
        tx.execute(
            "DELETE FROM survey_drafts WHERE token_hash IN
               (SELECT token_hash FROM survey_invitations WHERE survey = ?1)",
            [id],
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        self.truncate_wal()?;
        Ok(())
    }

    /// Stores the hashes of new invitations; the survey must be open. `actor` is the city
    /// user who issued them (audited with the count), or `None` for an open link's
    /// respondent minting their own (not audited: that entry would time the respondent).
    pub fn issue_survey_invitations(
        &mut self,
        actor: Option<&str>,
        survey: i64,
        hashes: &[String],
    ) -> Result<()> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        let status: Option<String> = tx
            .query_row("SELECT status FROM surveys WHERE id = ?1", [survey], |r| {
                r.get(0)
            })
            .optional()
            .map_err(wrap)?;
        match status.as_deref() {
            None => return Err(StoreError::NotFound(format!("survey {survey}"))),
            Some("open") => {}
            Some(_) => {
                return Err(conflict(format!(
                    "survey {survey} is closed: no more invitations"
                )));
            }
        }
        {
            let mut st = tx
                .prepare_cached(
                    "INSERT INTO survey_invitations (token_hash, survey) VALUES (?1, ?2)",
                )
                .map_err(wrap)?;
            for h in hashes {
                st.execute(params![h, survey]).map_err(wrap)?;
            }
        }
        if let Some(actor) = actor {
            let new = serde_json::json!({"invitations": hashes.len()}).to_string();
            record(
                &tx,
                actor,
                "survey.invitations.issue",
                &format!("survey:{survey}"),
                None,
                Some(&new),
            )
            .map_err(wrap)?;
        }
        tx.commit().map_err(wrap)
    }

    /// The survey of an invitation and whether it was used.
    pub fn survey_invitation(&self, token_hash: &str) -> Result<Option<(i64, bool)>> {
        self.conn()
            .query_row(
                "SELECT survey, used FROM survey_invitations WHERE token_hash = ?1",
                [token_hash],
                |r| Ok((r.get(0)?, r.get::<_, i64>(1)? != 0)),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    pub fn survey_invitation_count(&self, survey: i64) -> Result<InvitationCount> {
        self.conn()
            .query_row(
                "SELECT count(*), coalesce(sum(used), 0) FROM survey_invitations WHERE survey = ?1",
                [survey],
                |r| {
                    Ok(InvitationCount {
                        issued: r.get::<_, i64>(0)? as u64,
                        used: r.get::<_, i64>(1)? as u64,
                    })
                },
            )
            .map_err(|e| self.err(e))
    }

    pub fn survey_draft(&self, token_hash: &str) -> Result<Option<String>> {
        self.conn()
            .query_row(
                "SELECT answers FROM survey_drafts WHERE token_hash = ?1",
                [token_hash],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Saves a draft; the invitation must be unused and its survey open.
    pub fn save_survey_draft(&mut self, token_hash: &str, answers_json: &str) -> Result<()> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        open_invitation(&tx, wrap, token_hash)?;
        tx.execute(
            "INSERT INTO survey_drafts (token_hash, answers) VALUES (?1, ?2)
             ON CONFLICT (token_hash) DO UPDATE SET answers = excluded.answers",
            params![token_hash, answers_json],
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)
    }

    /// Submits a response with an unused invitation of an open survey, in one transaction:
    /// the response (random id; the invitation's hash only in a named survey), the
    /// invitation marked used, the draft deleted; then the write-ahead log is emptied.
    pub fn submit_survey_response(&mut self, token_hash: &str, answers_json: &str) -> Result<()> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        let (survey, anonymous) = open_invitation(&tx, wrap, token_hash)?;
        let id: String = tx
            .query_row("SELECT lower(hex(randomblob(16)))", [], |r| r.get(0))
            .map_err(wrap)?;
        tx.execute(
            "INSERT INTO survey_responses (id, survey, respondent, answers) VALUES (?1, ?2, ?3, ?4)",
            params![id, survey, (!anonymous).then_some(token_hash), answers_json],
        )
        .map_err(wrap)?;
        tx.execute(
            "UPDATE survey_invitations SET used = 1 WHERE token_hash = ?1",
            [token_hash],
        )
        .map_err(wrap)?;
        tx.execute(
            "DELETE FROM survey_drafts WHERE token_hash = ?1",
            [token_hash],
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        self.truncate_wal()?;
        Ok(())
    }

    /// The submitted responses of a survey, by id (a random order, never that of arrival).
    pub fn survey_responses(&self, survey: i64) -> Result<Vec<SurveyResponse>> {
        let mut st = self
            .conn()
            .prepare("SELECT id, answers FROM survey_responses WHERE survey = ?1 ORDER BY id")
            .map_err(|e| self.err(e))?;
        st.query_map([survey], |r| {
            Ok(SurveyResponse {
                id: r.get(0)?,
                answers: r.get(1)?,
            })
        })
        .and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(|e| self.err(e))
    }

    /// Replaces a survey's weights (response id, base, calibrated) and the margins they
    /// were raked to, in one transaction: the weights and what they mean never part.
    /// Refused once the results went to the workflow (they are frozen with their weights).
    pub fn replace_survey_weights(
        &mut self,
        actor: &str,
        survey: i64,
        weighting_json: &str,
        weights: &[StoredWeight],
    ) -> Result<()> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        let n = tx
            .execute(
                "UPDATE surveys SET weighting = ?2 WHERE id = ?1 AND submission IS NULL",
                params![survey, weighting_json],
            )
            .map_err(wrap)?;
        if n == 0 {
            return Err(conflict(format!(
                "survey {survey} does not exist or its results were submitted: its weights are frozen"
            )));
        }
        record(
            &tx,
            actor,
            "survey.weighting",
            &format!("survey:{survey}"),
            None,
            Some(weighting_json),
        )
        .map_err(wrap)?;
        tx.execute("DELETE FROM survey_weights WHERE survey = ?1", [survey])
            .map_err(wrap)?;
        {
            let mut st = tx
                .prepare_cached(
                    "INSERT INTO survey_weights (survey, response, base, calibrated) VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(wrap)?;
            for (id, base, calibrated) in weights {
                st.execute(params![survey, id, base, calibrated])
                    .map_err(wrap)?;
            }
        }
        tx.commit().map_err(wrap)
    }

    /// A survey's stored weights by response id.
    pub fn survey_weights(&self, survey: i64) -> Result<Vec<StoredWeight>> {
        let mut st = self
            .conn()
            .prepare("SELECT response, base, calibrated FROM survey_weights WHERE survey = ?1 ORDER BY response")
            .map_err(|e| self.err(e))?;
        st.query_map([survey], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))
    }

    /// Sends a closed survey's results (JSON, frozen) to its city's approver through the
    /// workflow, in one transaction, as audit results go.
    pub fn submit_survey_results(
        &mut self,
        actor: &str,
        survey: i64,
        provenance: &model::Provenance,
        results_json: &str,
    ) -> Result<i64> {
        let s = self
            .survey(survey)?
            .ok_or_else(|| StoreError::NotFound(format!("survey {survey}")))?;
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let w = self.begin_submission(actor, &s.city, provenance)?;
        let id = w.id();
        w.record_created(&serde_json::json!({"survey": survey}).to_string())?;
        {
            let tx = w.transaction();
            let n = tx
                .execute(
                    "UPDATE surveys SET submission = ?2, results = ?3
                      WHERE id = ?1 AND status = 'closed' AND submission IS NULL",
                    params![survey, id, results_json],
                )
                .map_err(wrap)?;
            if n == 0 {
                return Err(conflict(format!(
                    "survey {survey} is open or its results were submitted already"
                )));
            }
            submit_in(tx, actor, id).map_err(wrap)?;
            record(
                tx,
                actor,
                "survey.results.submit",
                &format!("survey:{survey}"),
                None,
                Some(&serde_json::json!({"submission": id}).to_string()),
            )
            .map_err(wrap)?;
        }
        w.commit()
    }
}

/// The survey of an unused invitation of an open survey, in a transaction, and whether the
/// survey is anonymous.
fn open_invitation(
    tx: &rusqlite::Transaction<'_>,
    wrap: impl Fn(rusqlite::Error) -> StoreError,
    token_hash: &str,
) -> Result<(i64, bool)> {
    let row: Option<(i64, i64, String, String)> = tx
        .query_row(
            "SELECT i.survey, i.used, s.status, s.mode FROM survey_invitations i
               JOIN surveys s ON s.id = i.survey WHERE i.token_hash = ?1",
            [token_hash],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()
        .map_err(wrap)?;
    let (survey, used, status, mode) =
        row.ok_or_else(|| StoreError::NotFound("invitation".into()))?;
    if used != 0 {
        return Err(conflict(
            "this invitation has been used: a response was submitted with it, and it cannot answer again",
        ));
    }
    if status != "open" {
        return Err(conflict(
            "the survey is closed: answers are no longer taken",
        ));
    }
    Ok((survey, mode == "anonymous"))
}
