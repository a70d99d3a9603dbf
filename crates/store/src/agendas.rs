//! City Integration Agendas: versions with goals per focal point, actions and targets.
//!
//! A version is edited while it has no submission or its submission was sent back; once
//! submitted (and when published) it is fixed, and a change is a new version. Every write
//! is audited, in the transaction that makes it.

use crate::audit::record;
use crate::submissions::Status;
use crate::{Result, Store, StoreError, now_utc};
use rusqlite::{OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub department: String,
    pub partners: String,
    pub starts: String,
    pub ends: String,
    pub budget: Option<f64>,
    pub currency: String,
    /// `esf+`, `amif`, `national`, `municipal`, `other` or `none`.
    pub fund: String,
    pub funding_source: String,
    /// `planned`, `ongoing`, `completed` or `cancelled`.
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub id: i64,
    pub dataset: String,
    pub variable: String,
    pub geo: String,
    /// The population group key (`citizen=NEU27_2020_FOR;age=Y20-64`); empty: everybody.
    pub group: String,
    pub breakdown: String,
    pub baseline_value: f64,
    pub baseline_year: i32,
    pub target_value: f64,
    pub target_year: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub id: i64,
    pub focal_point: String,
    pub text: String,
    pub actions: Vec<Action>,
    pub targets: Vec<Target>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agenda {
    pub id: i64,
    pub city: String,
    pub version: i64,
    pub title: String,
    pub summary: String,
    pub framework: String,
    pub round: Option<i64>,
    pub created_by: String,
    pub created_at: String,
    pub updated_at: String,
    pub submission: Option<i64>,
    pub submission_status: Option<Status>,
    pub goals: Vec<Goal>,
}

impl Agenda {
    /// Still being drafted: not submitted, or sent back.
    pub fn editable(&self) -> bool {
        matches!(
            self.submission_status,
            None | Some(Status::Draft) | Some(Status::Returned)
        )
    }

    pub fn is_published(&self) -> bool {
        self.submission_status == Some(Status::Published)
    }
}

/// A new agenda version.
#[derive(Debug, Clone, Copy)]
pub struct NewAgenda<'a> {
    pub city: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    pub framework: &'a str,
    pub round: Option<i64>,
    /// Copy the goals, actions and targets of this version (of the same city).
    pub copy_from: Option<i64>,
}

/// What to add to or remove from a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Goal,
    Action,
    Target,
}

impl Item {
    fn table(self) -> &'static str {
        match self {
            Item::Goal => "agenda_goals",
            Item::Action => "agenda_actions",
            Item::Target => "agenda_targets",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Item::Goal => "goal",
            Item::Action => "action",
            Item::Target => "target",
        }
    }
}

const SELECT_AGENDA: &str = "SELECT a.id, a.city, a.version, a.title, a.summary, a.framework,
    a.round, a.created_by, a.created_at, a.updated_at, a.submission, s.status
    FROM agendas a LEFT JOIN submissions s ON s.id = a.submission";

fn row_to_agenda(r: &rusqlite::Row<'_>) -> rusqlite::Result<Agenda> {
    let status: Option<String> = r.get(11)?;
    Ok(Agenda {
        id: r.get(0)?,
        city: r.get(1)?,
        version: r.get(2)?,
        title: r.get(3)?,
        summary: r.get(4)?,
        framework: r.get(5)?,
        round: r.get(6)?,
        created_by: r.get(7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
        submission: r.get(10)?,
        submission_status: status.as_deref().and_then(Status::parse),
        goals: Vec::new(),
    })
}

fn goals(conn: &rusqlite::Connection, agenda: i64) -> rusqlite::Result<Vec<Goal>> {
    let mut st = conn.prepare_cached(
        "SELECT id, focal_point, text FROM agenda_goals WHERE agenda = ?1 ORDER BY id",
    )?;
    let heads: Vec<(i64, String, String)> = st
        .query_map([agenda], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    heads
        .into_iter()
        .map(|(id, focal_point, text)| {
            Ok(Goal {
                id,
                focal_point,
                text,
                actions: actions(conn, id)?,
                targets: targets(conn, id)?,
            })
        })
        .collect()
}

fn actions(conn: &rusqlite::Connection, goal: i64) -> rusqlite::Result<Vec<Action>> {
    let mut st = conn.prepare_cached(
        "SELECT id, title, description, department, partners, starts, ends, budget, currency,
                fund, funding_source, status FROM agenda_actions WHERE goal = ?1 ORDER BY id",
    )?;
    st.query_map([goal], |r| {
        Ok(Action {
            id: r.get(0)?,
            title: r.get(1)?,
            description: r.get(2)?,
            department: r.get(3)?,
            partners: r.get(4)?,
            starts: r.get(5)?,
            ends: r.get(6)?,
            budget: r.get(7)?,
            currency: r.get(8)?,
            fund: r.get(9)?,
            funding_source: r.get(10)?,
            status: r.get(11)?,
        })
    })?
    .collect()
}

fn targets(conn: &rusqlite::Connection, goal: i64) -> rusqlite::Result<Vec<Target>> {
    let mut st = conn.prepare_cached(
        "SELECT id, dataset, variable, geo, grp, breakdown, baseline_value, baseline_year,
                target_value, target_year FROM agenda_targets WHERE goal = ?1 ORDER BY id",
    )?;
    st.query_map([goal], |r| {
        Ok(Target {
            id: r.get(0)?,
            dataset: r.get(1)?,
            variable: r.get(2)?,
            geo: r.get(3)?,
            group: r.get(4)?,
            breakdown: r.get(5)?,
            baseline_value: r.get(6)?,
            baseline_year: r.get(7)?,
            target_value: r.get(8)?,
            target_year: r.get(9)?,
        })
    })?
    .collect()
}

fn insert_action(tx: &Transaction<'_>, goal: i64, a: &Action) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO agenda_actions (goal, title, description, department, partners, starts,
             ends, budget, currency, fund, funding_source, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            goal,
            a.title,
            a.description,
            a.department,
            a.partners,
            a.starts,
            a.ends,
            a.budget,
            a.currency,
            a.fund,
            a.funding_source,
            a.status
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

fn insert_target(tx: &Transaction<'_>, goal: i64, t: &Target) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO agenda_targets (goal, dataset, variable, geo, grp, breakdown,
             baseline_value, baseline_year, target_value, target_year)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            goal,
            t.dataset,
            t.variable,
            t.geo,
            t.group,
            t.breakdown,
            t.baseline_value,
            t.baseline_year,
            t.target_value,
            t.target_year
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The agenda a goal belongs to, and whether it can still be edited.
fn editable_agenda(tx: &Transaction<'_>, sql_for_agenda: &str, key: i64) -> Result<i64> {
    let found: Option<(i64, Option<String>, Option<i64>)> = tx
        .query_row(sql_for_agenda, [key], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()
        .map_err(plain)?;
    let (agenda, status, submission) =
        found.ok_or_else(|| StoreError::NotFound("agenda item".into()))?;
    let editable = submission.is_none() || matches!(status.as_deref(), Some("draft" | "returned"));
    if !editable {
        return Err(StoreError::Conflict(format!(
            "agenda {agenda} has been submitted for approval: it is fixed now; start a new version to change it"
        )));
    }
    Ok(agenda)
}

/// Errors inside these transactions, for the few helpers that have no path at hand.
fn plain(source: rusqlite::Error) -> StoreError {
    StoreError::Sqlite {
        path: std::path::PathBuf::from("observatory store"),
        source,
    }
}

const AGENDA_OF_AGENDA: &str = "SELECT a.id, s.status, a.submission FROM agendas a
    LEFT JOIN submissions s ON s.id = a.submission WHERE a.id = ?1";
const AGENDA_OF_GOAL: &str = "SELECT a.id, s.status, a.submission FROM agenda_goals g
    JOIN agendas a ON a.id = g.agenda LEFT JOIN submissions s ON s.id = a.submission
    WHERE g.id = ?1";

impl Store {
    /// A new version of a city's agenda (the next number); with `copy_from`, a copy of that
    /// version's goals, actions and targets. Refused while the city has a version that is
    /// still a draft (edit that one).
    pub fn create_agenda(&mut self, actor: &str, a: &NewAgenda<'_>) -> Result<i64> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let copied = match a.copy_from {
            Some(id) => Some(
                self.agenda(id)?
                    .filter(|x| x.city == a.city)
                    .ok_or_else(|| StoreError::NotFound(format!("agenda {id} of {}", a.city)))?,
            ),
            None => None,
        };
        if let Some(draft) = self
            .agendas(Some(a.city))?
            .into_iter()
            .find(|x| x.submission.is_none())
        {
            return Err(StoreError::Conflict(format!(
                "version {} of the agenda is still a draft: edit it (or submit it) before starting another",
                draft.version
            )));
        }
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        let version: i64 = tx
            .query_row(
                "SELECT coalesce(max(version), 0) + 1 FROM agendas WHERE city = ?1",
                [a.city],
                |r| r.get(0),
            )
            .map_err(wrap)?;
        let now = now_utc();
        tx.execute(
            "INSERT INTO agendas (city, version, title, summary, framework, round, created_by,
                                  created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![
                a.city,
                version,
                a.title,
                a.summary,
                a.framework,
                a.round,
                actor,
                now
            ],
        )
        .map_err(wrap)?;
        let id = tx.last_insert_rowid();
        for g in copied.iter().flat_map(|c| &c.goals) {
            tx.execute(
                "INSERT INTO agenda_goals (agenda, focal_point, text) VALUES (?1, ?2, ?3)",
                params![id, g.focal_point, g.text],
            )
            .map_err(wrap)?;
            let goal = tx.last_insert_rowid();
            for x in &g.actions {
                insert_action(&tx, goal, x).map_err(wrap)?;
            }
            for t in &g.targets {
                insert_target(&tx, goal, t).map_err(wrap)?;
            }
        }
        let new = serde_json::json!({"city": a.city, "version": version, "title": a.title,
            "copy_of": a.copy_from})
        .to_string();
        record(
            &tx,
            actor,
            "agenda.create",
            &format!("agenda:{id}"),
            None,
            Some(&new),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        Ok(id)
    }

    /// An agenda version with its goals, actions and targets.
    pub fn agenda(&self, id: i64) -> Result<Option<Agenda>> {
        let head = self
            .conn()
            .query_row(
                &format!("{SELECT_AGENDA} WHERE a.id = ?1"),
                [id],
                row_to_agenda,
            )
            .optional()
            .map_err(|e| self.err(e))?;
        head.map(|mut a| {
            a.goals = goals(self.conn(), a.id)?;
            Ok(a)
        })
        .transpose()
        .map_err(|e| self.err(e))
    }

    /// The versions of a city's agenda (or of all cities), newest first, with their goals.
    pub fn agendas(&self, city: Option<&str>) -> Result<Vec<Agenda>> {
        let mut st = self
            .conn()
            .prepare(&format!(
                "{SELECT_AGENDA} WHERE ?1 IS NULL OR a.city = ?1 ORDER BY a.city, a.version DESC"
            ))
            .map_err(|e| self.err(e))?;
        let heads: Vec<Agenda> = st
            .query_map([city], row_to_agenda)
            .and_then(|r| r.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        heads
            .into_iter()
            .map(|mut a| {
                a.goals = goals(self.conn(), a.id).map_err(|e| self.err(e))?;
                Ok(a)
            })
            .collect()
    }

    /// Adds a goal for a focal point to a draft version.
    pub fn add_agenda_goal(
        &mut self,
        actor: &str,
        agenda: i64,
        focal_point: &str,
        text: &str,
    ) -> Result<i64> {
        self.agenda_write(actor, AGENDA_OF_AGENDA, agenda, "agenda.goal.add", |tx| {
            tx.execute(
                "INSERT INTO agenda_goals (agenda, focal_point, text) VALUES (?1, ?2, ?3)",
                params![agenda, focal_point, text],
            )?;
            Ok((
                tx.last_insert_rowid(),
                serde_json::json!({"focal_point": focal_point, "text": text}),
            ))
        })
    }

    /// Adds an action to a goal of a draft version (`a.id` is ignored).
    pub fn add_agenda_action(&mut self, actor: &str, goal: i64, a: &Action) -> Result<i64> {
        self.agenda_write(actor, AGENDA_OF_GOAL, goal, "agenda.action.add", |tx| {
            let id = insert_action(tx, goal, a)?;
            Ok((id, serde_json::to_value(a).unwrap_or_default()))
        })
    }

    /// Adds a target to a goal of a draft version (`t.id` is ignored).
    pub fn add_agenda_target(&mut self, actor: &str, goal: i64, t: &Target) -> Result<i64> {
        self.agenda_write(actor, AGENDA_OF_GOAL, goal, "agenda.target.add", |tx| {
            let id = insert_target(tx, goal, t)?;
            Ok((id, serde_json::to_value(t).unwrap_or_default()))
        })
    }

    /// Removes a goal (with its actions and targets), an action or a target of a draft
    /// version of `agenda`.
    pub fn remove_agenda_item(
        &mut self,
        actor: &str,
        agenda: i64,
        item: Item,
        id: i64,
    ) -> Result<()> {
        let owner = match item {
            Item::Goal => "SELECT agenda FROM agenda_goals WHERE id = ?1",
            Item::Action => {
                "SELECT g.agenda FROM agenda_actions x JOIN agenda_goals g ON g.id = x.goal WHERE x.id = ?1"
            }
            Item::Target => {
                "SELECT g.agenda FROM agenda_targets x JOIN agenda_goals g ON g.id = x.goal WHERE x.id = ?1"
            }
        };
        let belongs: Option<i64> = self
            .conn()
            .query_row(owner, [id], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))?;
        if belongs != Some(agenda) {
            return Err(StoreError::NotFound(format!(
                "{} {id} of agenda {agenda}",
                item.name()
            )));
        }
        let action = format!("agenda.{}.remove", item.name());
        self.agenda_write(actor, AGENDA_OF_AGENDA, agenda, &action, |tx| {
            tx.execute(&format!("DELETE FROM {} WHERE id = ?1", item.table()), [id])?;
            Ok((id, serde_json::json!({"removed": item.name(), "id": id})))
        })?;
        Ok(())
    }

    /// Changes the title and summary of a draft version.
    pub fn update_agenda(
        &mut self,
        actor: &str,
        agenda: i64,
        title: &str,
        summary: &str,
    ) -> Result<()> {
        self.agenda_write(actor, AGENDA_OF_AGENDA, agenda, "agenda.update", |tx| {
            tx.execute(
                "UPDATE agendas SET title = ?2, summary = ?3 WHERE id = ?1",
                params![agenda, title, summary],
            )?;
            Ok((
                agenda,
                serde_json::json!({"title": title, "summary": summary}),
            ))
        })?;
        Ok(())
    }

    /// Sends a draft version to the city's approver, in one transaction: a submission
    /// (status submitted; no values — the agenda is its content) and the version's link to
    /// it. A version sent back is submitted again from its submission's page.
    pub fn submit_agenda(
        &mut self,
        actor: &str,
        agenda: i64,
        provenance: &model::Provenance,
    ) -> Result<i64> {
        let a = self
            .agenda(agenda)?
            .ok_or_else(|| StoreError::NotFound(format!("agenda {agenda}")))?;
        if a.submission.is_some() {
            return Err(StoreError::Conflict(format!(
                "version {} of the agenda was submitted already: follow it on its submission's page",
                a.version
            )));
        }
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let w = self.begin_submission(actor, &a.city, provenance)?;
        let id = w.id();
        w.record_created(&serde_json::json!({"agenda": agenda}).to_string())?;
        {
            let tx = w.transaction();
            let n = tx
                .execute(
                    "UPDATE agendas SET submission = ?2 WHERE id = ?1 AND submission IS NULL",
                    params![agenda, id],
                )
                .map_err(wrap)?;
            if n == 0 {
                return Err(StoreError::Conflict(format!(
                    "agenda {agenda} was submitted already"
                )));
            }
            crate::audits::submit_in(tx, actor, id).map_err(wrap)?;
            record(
                tx,
                actor,
                "agenda.submit",
                &format!("agenda:{agenda}"),
                None,
                Some(&serde_json::json!({"submission": id}).to_string()),
            )
            .map_err(wrap)?;
        }
        w.commit()
    }

    /// One write to a draft version: checks in the same transaction that the version is
    /// still editable, stamps `updated_at`, and audits.
    fn agenda_write(
        &mut self,
        actor: &str,
        owner_sql: &str,
        key: i64,
        action: &str,
        write: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<(i64, serde_json::Value)>,
    ) -> Result<i64> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        let agenda = editable_agenda(&tx, owner_sql, key)?;
        let (id, new) = write(&tx).map_err(wrap)?;
        tx.execute(
            "UPDATE agendas SET updated_at = ?2 WHERE id = ?1",
            params![agenda, now_utc()],
        )
        .map_err(wrap)?;
        record(
            &tx,
            actor,
            action,
            &format!("agenda:{agenda}"),
            None,
            Some(&new.to_string()),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        Ok(id)
    }
}
