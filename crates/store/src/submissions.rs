//! The publication workflow: a city's own figures are a *submission* (draft → submitted →
//! published, or returned with a comment and submitted again). Until an approver
//! publishes it, its values live in `draft_observations`, which the public never reads;
//! publishing writes them through the normal import path (so replaced published values
//! land in `observation_history`), in one transaction with the status change, its event
//! and its audit row.

use crate::audit::record;
use crate::{ImportCounts, Result, Store, StoreError, now_utc};
use model::{Flags, GeoCode, Observation, Period, PopulationGroup, Provenance};
use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Draft,
    Submitted,
    Published,
    Returned,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Published => "published",
            Status::Returned => "returned",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        match text {
            "draft" => Some(Status::Draft),
            "submitted" => Some(Status::Submitted),
            "published" => Some(Status::Published),
            "returned" => Some(Status::Returned),
            _ => None,
        }
    }
}

/// A submission as listed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Submission {
    pub id: i64,
    pub city: String,
    pub status: Status,
    pub file_name: String,
    pub sha256: String,
    pub format: String,
    pub source: String,
    pub licence: String,
    /// The reader's validation report (JSON text).
    pub report: String,
    pub created_by: String,
    pub created_at: String,
    pub updated_at: String,
    /// The approver's comment when returned (or published with a note).
    pub comment: String,
    /// The import that published it.
    pub import_id: Option<i64>,
    /// How many values it holds.
    pub values: u64,
}

/// One change of status.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SubmissionEvent {
    pub at: String,
    pub actor: String,
    pub from_status: String,
    pub to_status: String,
    pub comment: String,
}

/// A draft value with the submission it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftValue {
    pub submission: i64,
    pub status: Status,
    pub observation: Observation,
}

/// A submission being written: one transaction, rolled back when dropped unfinished.
#[derive(Debug)]
pub struct DraftWriter<'s> {
    tx: Transaction<'s>,
    path: std::path::PathBuf,
    id: i64,
    city: String,
    actor: String,
    values: u64,
}

impl DraftWriter<'_> {
    fn err(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    pub fn id(&self) -> i64 {
        self.id
    }

    /// The submission's transaction, for a store module that writes more in the same one
    /// (an audit round's link to the submission of its results).
    pub(crate) fn transaction(&self) -> &Transaction<'_> {
        &self.tx
    }

    /// Why a value for `geo` does not belong in this submission, in words: a code the
    /// observatory does not know (a typo) is said so, a known place is named.
    fn other_place(&self, geo: &str) -> StoreError {
        let name = |code: &str| -> Option<String> {
            self.tx
                .query_row(
                    "SELECT name FROM geographies WHERE code = ?1",
                    [code],
                    |r| r.get(0),
                )
                .ok()
        };
        let city = match name(&self.city) {
            Some(n) => format!("{n} ({})", self.city),
            None => self.city.clone(),
        };
        let what = match name(geo) {
            Some(n) => format!("a value for {n} ({geo}), another place,"),
            None => format!(
                "'{geo}' is not a place the observatory knows: check the code; the value is"
            ),
        };
        StoreError::Conflict(format!(
            "{what} in a submission for {city}, which holds figures of {city} and its small areas only: write {} in the geo column, or leave the column out",
            self.city
        ))
    }

    /// Adds a value. Values for another place than the submission's city (or an area
    /// inside it, `CITY:scheme:id`) are refused: a city's editor writes only their city.
    pub fn add_observation(&mut self, o: &Observation) -> Result<()> {
        if !within_city(o.geo.as_str(), &self.city) {
            return Err(self.other_place(o.geo.as_str()));
        }
        let mut stmt = self
            .tx
            .prepare_cached(
                "INSERT INTO draft_observations
                   (submission, dataset, variable, geo, grp, breakdown, unit, period, value, flags)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )
            .map_err(|e| self.err(e))?;
        stmt.execute(params![
            self.id,
            o.dataset,
            o.variable,
            o.geo.as_str(),
            o.group.key(),
            o.breakdown_key(),
            o.unit.as_deref().unwrap_or(""),
            o.period.to_string(),
            o.value,
            o.flags.to_string(),
        ])
        .map_err(|e| self.err(e))?;
        self.values += 1;
        Ok(())
    }

    /// Keeps the uploaded file itself with the draft: a practice file or a list of funded
    /// operations is imported whole when it is published, not value by value.
    pub fn attach_file(&mut self, bytes: &[u8]) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO submission_files (submission, bytes) VALUES (?1, ?2)",
                params![self.id, bytes],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Records the validation report and commits the draft.
    pub fn finish(self, report_json: &str) -> Result<i64> {
        self.record_created(report_json)?;
        self.commit()
    }

    /// The report and the audit row of the creation, without committing: a store module
    /// that writes more in the same transaction (the next workflow step) does so after it.
    pub(crate) fn record_created(&self, report_json: &str) -> Result<()> {
        let new = serde_json::json!({"status": "draft", "city": self.city, "values": self.values})
            .to_string();
        self.tx
            .execute(
                "UPDATE submissions SET report = ?2 WHERE id = ?1",
                params![self.id, report_json],
            )
            .map_err(|e| self.err(e))?;
        record(
            &self.tx,
            &self.actor,
            "submission.create",
            &format!("submission:{}", self.id),
            None,
            Some(&new),
        )
        .map_err(|e| self.err(e))
    }

    pub(crate) fn commit(self) -> Result<i64> {
        let id = self.id;
        let path = self.path.clone();
        self.tx
            .commit()
            .map_err(|source| StoreError::Sqlite { path, source })?;
        Ok(id)
    }
}

/// Whether `geo` is the city or one of its small areas (`CITY:scheme:id`).
pub fn within_city(geo: &str, city: &str) -> bool {
    geo == city
        || geo
            .strip_prefix(city)
            .is_some_and(|rest| rest.starts_with(':'))
}

const SELECT_SUBMISSION: &str = "SELECT s.id, s.city, s.status, s.file_name, s.sha256, s.format,
    s.source, s.licence, s.report, s.created_by, s.created_at, s.updated_at, s.comment,
    s.import_id, (SELECT count(*) FROM draft_observations d WHERE d.submission = s.id)
    FROM submissions s";

fn row_to_submission(r: &rusqlite::Row<'_>) -> rusqlite::Result<Submission> {
    let status: String = r.get(2)?;
    Ok(Submission {
        id: r.get(0)?,
        city: r.get(1)?,
        status: Status::parse(&status).unwrap_or(Status::Draft),
        file_name: r.get(3)?,
        sha256: r.get(4)?,
        format: r.get(5)?,
        source: r.get(6)?,
        licence: r.get(7)?,
        report: r.get(8)?,
        created_by: r.get(9)?,
        created_at: r.get(10)?,
        updated_at: r.get(11)?,
        comment: r.get(12)?,
        import_id: r.get(13)?,
        values: r.get::<_, i64>(14)? as u64,
    })
}

pub(crate) fn row_to_draft(r: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, String, Observation)> {
    let bad = |i: usize, msg: String| {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            Box::<dyn std::error::Error + Send + Sync>::from(msg),
        )
    };
    let grp: String = r.get(4)?;
    let breakdown: String = r.get(5)?;
    let period: String = r.get(7)?;
    let flags: String = r.get(9)?;
    Ok((
        r.get(0)?,
        r.get(10)?,
        Observation {
            dataset: r.get(1)?,
            variable: r.get(2)?,
            geo: GeoCode::new(r.get::<_, String>(3)?),
            group: PopulationGroup::parse_key(&grp).map_err(|e| bad(4, e.to_string()))?,
            breakdown: model::observation::parse_breakdown_key(&breakdown)
                .ok_or_else(|| bad(5, format!("bad breakdown '{breakdown}'")))?,
            unit: Some(r.get::<_, String>(6)?).filter(|u| !u.is_empty()),
            period: Period::parse(&period).map_err(|e| bad(7, e.to_string()))?,
            value: r.get(8)?,
            flags: Flags::parse(&flags).map_err(|e| bad(9, e.to_string()))?,
        },
    ))
}

const SELECT_DRAFT: &str = "SELECT d.submission, d.dataset, d.variable, d.geo, d.grp, d.breakdown,
    d.unit, d.period, d.value, d.flags, s.status
    FROM draft_observations d JOIN submissions s ON s.id = d.submission";

impl Store {
    /// Starts a submission (status draft) for `city` with the file's provenance.
    pub fn begin_submission(
        &mut self,
        actor: &str,
        city: &str,
        provenance: &Provenance,
    ) -> Result<DraftWriter<'_>> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self
            .conn_mut()
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(wrap)?;
        let now = now_utc();
        tx.execute(
            "INSERT INTO submissions (city, status, file_name, sha256, format, source, licence,
                                      report, created_by, created_at, updated_at)
             VALUES (?1, 'draft', ?2, ?3, ?4, ?5, ?6, '', ?7, ?8, ?8)",
            params![
                city,
                provenance.file_name,
                provenance.sha256,
                provenance.format,
                provenance.source,
                provenance.licence,
                actor,
                now
            ],
        )
        .map_err(wrap)?;
        let id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO submission_events (submission, at, actor, from_status, to_status, comment)
             VALUES (?1, ?2, ?3, '', 'draft', '')",
            params![id, now, actor],
        )
        .map_err(wrap)?;
        Ok(DraftWriter {
            tx,
            path,
            id,
            city: city.to_string(),
            actor: actor.to_string(),
            values: 0,
        })
    }

    pub fn submission(&self, id: i64) -> Result<Option<Submission>> {
        self.conn()
            .query_row(
                &format!("{SELECT_SUBMISSION} WHERE s.id = ?1"),
                [id],
                row_to_submission,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Submissions, newest first, optionally of one city and/or one status.
    pub fn submissions(
        &self,
        city: Option<&str>,
        status: Option<Status>,
    ) -> Result<Vec<Submission>> {
        let mut stmt = self
            .conn()
            .prepare(&format!(
                "{SELECT_SUBMISSION} WHERE (?1 IS NULL OR s.city = ?1) AND (?2 IS NULL OR s.status = ?2)
                 ORDER BY s.id DESC"
            ))
            .map_err(|e| self.err(e))?;
        stmt.query_map(params![city, status.map(Status::as_str)], row_to_submission)
            .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))
    }

    pub fn submission_events(&self, id: i64) -> Result<Vec<SubmissionEvent>> {
        let mut stmt = self
            .conn()
            .prepare(
                "SELECT at, actor, from_status, to_status, comment FROM submission_events
                  WHERE submission = ?1 ORDER BY id",
            )
            .map_err(|e| self.err(e))?;
        stmt.query_map([id], |r| {
            Ok(SubmissionEvent {
                at: r.get(0)?,
                actor: r.get(1)?,
                from_status: r.get(2)?,
                to_status: r.get(3)?,
                comment: r.get(4)?,
            })
        })
        .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
        .map_err(|e| self.err(e))
    }

    /// The values of one submission.
    pub fn draft_values(&self, submission: i64) -> Result<Vec<DraftValue>> {
        self.drafts_where(
            "d.submission = ?1",
            rusqlite::types::Value::Integer(submission),
        )
    }

    /// The unpublished values (draft, submitted or returned) of a city and its areas.
    pub fn unpublished_values(&self, city: &str) -> Result<Vec<DraftValue>> {
        self.drafts_where(
            "s.city = ?1 AND s.status <> 'published'",
            rusqlite::types::Value::Text(city.to_string()),
        )
    }

    fn drafts_where(&self, cond: &str, key: rusqlite::types::Value) -> Result<Vec<DraftValue>> {
        let mut stmt = self
            .conn()
            .prepare(&format!(
                "{SELECT_DRAFT} WHERE {cond} ORDER BY d.submission, d.dataset, d.variable, d.geo, d.grp, d.period"
            ))
            .map_err(|e| self.err(e))?;
        stmt.query_map([key], row_to_draft)
            .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?
            .into_iter()
            .map(|(submission, status, observation)| {
                Ok(DraftValue {
                    submission,
                    status: Status::parse(&status).unwrap_or(Status::Draft),
                    observation,
                })
            })
            .collect()
    }

    /// Moves a submission to `to` (submit, return); publishing is [`Store::publish_submission`].
    /// Allowed: draft|returned → submitted, submitted → returned (with a comment).
    pub fn change_submission_status(
        &mut self,
        actor: &str,
        id: i64,
        to: Status,
        comment: &str,
    ) -> Result<Submission> {
        let current = self
            .submission(id)?
            .ok_or_else(|| StoreError::NotFound(format!("submission {id}")))?;
        let allowed = matches!(
            (current.status, to),
            (Status::Draft | Status::Returned, Status::Submitted)
                | (Status::Submitted, Status::Returned)
        );
        if !allowed {
            return Err(StoreError::Conflict(format!(
                "submission {id} is {}: it cannot become {}",
                current.status.as_str(),
                to.as_str()
            )));
        }
        if to == Status::Returned && comment.trim().is_empty() {
            return Err(StoreError::Conflict(
                "a submission is sent back with a comment saying what to change".into(),
            ));
        }
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        transition(&tx, actor, &current, to, comment, None).map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        self.submission(id)?
            .ok_or_else(|| StoreError::NotFound(format!("submission {id}")))
    }

    /// The file kept with a draft (see [`DraftWriter::attach_file`]), if it has one.
    pub fn submission_file(&self, id: i64) -> Result<Option<Vec<u8>>> {
        self.conn()
            .query_row(
                "SELECT bytes FROM submission_files WHERE submission = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Marks a submitted file submission as published by the import `import_id` that its
    /// caller made of its file (with its event and audit row, in one transaction).
    pub fn mark_file_published(
        &mut self,
        actor: &str,
        id: i64,
        comment: &str,
        import_id: i64,
    ) -> Result<Submission> {
        let current = self
            .submission(id)?
            .ok_or_else(|| StoreError::NotFound(format!("submission {id}")))?;
        if current.status != Status::Submitted {
            return Err(StoreError::Conflict(format!(
                "submission {id} is {}: only a submitted submission can be published",
                current.status.as_str()
            )));
        }
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        transition(
            &tx,
            actor,
            &current,
            Status::Published,
            comment,
            Some(import_id),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        self.submission(id)?
            .ok_or_else(|| StoreError::NotFound(format!("submission {id}")))
    }

    /// Publishes a submitted submission: its values go through the normal import path
    /// (history of replaced values kept), with the status change, its event and the audit
    /// row (old and new values) in the same transaction.
    pub fn publish_submission(
        &mut self,
        actor: &str,
        id: i64,
        comment: &str,
    ) -> Result<ImportCounts> {
        let current = self
            .submission(id)?
            .ok_or_else(|| StoreError::NotFound(format!("submission {id}")))?;
        if current.status != Status::Submitted {
            return Err(StoreError::Conflict(format!(
                "submission {id} is {}: only a submitted submission can be published",
                current.status.as_str()
            )));
        }
        let values = self.draft_values(id)?;
        // Old published values, for the audit row.
        let mut old = Vec::new();
        for v in &values {
            let o = &v.observation;
            let prev: Option<(f64, String)> = self
                .conn()
                .query_row(
                    "SELECT o.value, o.flags FROM observations o JOIN series s ON s.id = o.series
                      WHERE s.dataset = ?1 AND s.variable = ?2 AND s.geo = ?3 AND s.grp = ?4
                        AND s.breakdown = ?5 AND s.unit = ?6 AND o.period = ?7",
                    params![
                        o.dataset,
                        o.variable,
                        o.geo.as_str(),
                        o.group.key(),
                        o.breakdown_key(),
                        o.unit.as_deref().unwrap_or(""),
                        o.period.to_string()
                    ],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
                .map_err(|e| self.err(e))?;
            if let Some((value, flags)) = prev {
                old.push(serde_json::json!({
                    "dataset": o.dataset, "variable": o.variable, "geo": o.geo.as_str(),
                    "group": o.group.key(), "period": o.period.to_string(),
                    "value": value, "flags": flags,
                }));
            }
        }
        let provenance = Provenance {
            file_name: current.file_name.clone(),
            sha256: current.sha256.clone(),
            format: current.format.clone(),
            source: current.source.clone(),
            licence: current.licence.clone(),
        };
        let path = self.path().to_path_buf();
        let mut import = self.begin_import(&provenance)?;
        let import_id = import.id();
        for v in &values {
            import.add_observation(&v.observation)?;
        }
        let new: Vec<_> = values
            .iter()
            .map(|v| {
                let o = &v.observation;
                serde_json::json!({
                    "dataset": o.dataset, "variable": o.variable, "geo": o.geo.as_str(),
                    "group": o.group.key(), "period": o.period.to_string(),
                    "value": o.value, "flags": o.flags.to_string(),
                })
            })
            .collect();
        {
            let conn = import.connection();
            let wrap = crate::sqlite_err(&path);
            transition(
                conn,
                actor,
                &current,
                Status::Published,
                comment,
                Some(import_id),
            )
            .map_err(wrap)?;
            record(
                conn,
                actor,
                "observations.publish",
                &format!("submission:{id}"),
                Some(&serde_json::Value::Array(old).to_string()),
                Some(&serde_json::Value::Array(new).to_string()),
            )
            .map_err(wrap)?;
        }
        let report = serde_json::json!({"published_submission": id}).to_string();
        let n = values.len() as u64;
        import.finish(n, n, 0, &report)
    }
}

fn transition(
    conn: &rusqlite::Connection,
    actor: &str,
    current: &Submission,
    to: Status,
    comment: &str,
    import_id: Option<i64>,
) -> rusqlite::Result<()> {
    let now = now_utc();
    conn.execute(
        "UPDATE submissions SET status = ?2, updated_at = ?3, comment = ?4,
                import_id = coalesce(?5, import_id) WHERE id = ?1",
        params![current.id, to.as_str(), now, comment, import_id],
    )?;
    conn.execute(
        "INSERT INTO submission_events (submission, at, actor, from_status, to_status, comment)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            current.id,
            now,
            actor,
            current.status.as_str(),
            to.as_str(),
            comment
        ],
    )?;
    let action = match to {
        Status::Submitted => "submission.submit",
        Status::Returned => "submission.return",
        Status::Published => "submission.publish",
        Status::Draft => "submission.draft",
    };
    record(
        conn,
        actor,
        action,
        &format!("submission:{}", current.id),
        Some(
            &serde_json::json!({"status": current.status.as_str(), "comment": current.comment})
                .to_string(),
        ),
        Some(&serde_json::json!({"status": to.as_str(), "comment": comment}).to_string()),
    )
}
