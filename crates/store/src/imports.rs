//! Imports: one file's observations written in one transaction, with provenance.
//!
//! An [`Import`] is a transaction. Dropping it without [`Import::finish`] rolls back, so
//! an error anywhere in a file — or a killed process — leaves the store as it was.

use crate::{Result, Store, StoreError, now_utc};
use model::{Geography, Observation, Provenance};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use std::collections::HashMap;

/// What an import changed in the store.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ImportCounts {
    /// New keys.
    pub inserted: u64,
    /// Keys whose value or flags changed; the old values are kept in the history.
    pub replaced: u64,
    /// Keys already holding the same value and flags.
    pub unchanged: u64,
}

/// A past import, as listed for provenance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportRecord {
    pub id: i64,
    pub file_name: String,
    pub sha256: String,
    pub format: String,
    pub source: String,
    pub licence: String,
    pub imported_at: String,
    pub rows_read: u64,
    pub observations: u64,
    pub counts: ImportCounts,
    pub skipped: u64,
    pub report: String,
}

/// Values written per statement (5 parameters each; SQLite allows 32,766).
const BATCH: usize = 200;

/// One value waiting to be written; the strings are reused from batch to batch.
#[derive(Debug, Default)]
struct Pending {
    series: i64,
    period: String,
    value: f64,
    flags: String,
}

/// An import in progress: a write transaction.
#[derive(Debug)]
pub struct Import<'s> {
    tx: rusqlite::Transaction<'s>,
    path: std::path::PathBuf,
    id: i64,
    series: HashMap<String, i64>,
    key: String,
    batch: Vec<Pending>,
    pending: usize,
    changed: u64,
    unchanged: u64,
}

impl Store {
    /// The earlier import of a file with these exact bytes, if any.
    pub fn find_import_by_sha256(&self, sha256: &str) -> Result<Option<ImportRecord>> {
        self.conn()
            .query_row(
                &format!("{SELECT_IMPORT} WHERE sha256 = ?1 ORDER BY id LIMIT 1"),
                [sha256],
                import_record,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    pub fn imports(&self) -> Result<Vec<ImportRecord>> {
        let mut stmt = self
            .conn()
            .prepare(&format!("{SELECT_IMPORT} ORDER BY id"))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], import_record)
            .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// Opens a write transaction and records the import's provenance in it; returns
    /// the transaction and the import id. Shared by every kind of import (values,
    /// boundaries), so provenance is written one way only.
    pub(crate) fn open_import(
        &mut self,
        provenance: &Provenance,
    ) -> Result<(rusqlite::Transaction<'_>, i64)> {
        let path = self.path.clone();
        let wrap = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(wrap)?;
        tx.execute(
            "INSERT INTO imports (file_name, sha256, format, source, licence, imported_at,
                                  rows_read, observations, inserted, replaced, unchanged, skipped, report)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0, 0, 0, 0, 0, '')",
            params![
                provenance.file_name,
                provenance.sha256,
                provenance.format,
                provenance.source,
                provenance.licence,
                now_utc()
            ],
        )
        .map_err(wrap)?;
        let id = tx.last_insert_rowid();
        Ok((tx, id))
    }

    /// Starts an import: everything written through it lands together or not at all.
    pub fn begin_import(&mut self, provenance: &Provenance) -> Result<Import<'_>> {
        let path = self.path.clone();
        let (tx, id) = self.open_import(provenance)?;
        Ok(Import {
            tx,
            path,
            id,
            series: HashMap::new(),
            key: String::new(),
            batch: Vec::with_capacity(BATCH),
            pending: 0,
            changed: 0,
            unchanged: 0,
        })
    }
}

impl Import<'_> {
    fn err(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    pub fn id(&self) -> i64 {
        self.id
    }

    /// The import's transaction, for writes that must land with it (publication workflow).
    pub(crate) fn connection(&self) -> &rusqlite::Connection {
        &self.tx
    }

    /// Adds or improves a geography: a real name replaces a bare code, and a finer
    /// parent (NUTS 3 from a boundary file) replaces the country implied by the code.
    pub fn add_geography(&mut self, g: &Geography) -> Result<()> {
        let mut stmt = self
            .tx
            .prepare_cached(
                "INSERT INTO geographies (code, name, name_folded, level, country, parent)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (code) DO UPDATE SET
                   name = CASE WHEN geographies.name = geographies.code AND excluded.name <> excluded.code
                               THEN excluded.name ELSE geographies.name END,
                   name_folded = CASE WHEN geographies.name = geographies.code AND excluded.name <> excluded.code
                               THEN excluded.name_folded ELSE geographies.name_folded END,
                   parent = CASE WHEN excluded.parent IS NOT NULL
                                  AND (geographies.parent IS NULL OR length(excluded.parent) > length(geographies.parent))
                               THEN excluded.parent ELSE geographies.parent END
                 WHERE (geographies.name = geographies.code AND excluded.name <> excluded.code)
                    OR (excluded.parent IS NOT NULL
                        AND (geographies.parent IS NULL OR length(excluded.parent) > length(geographies.parent)))",
            )
            .map_err(|e| self.err(e))?;
        stmt.execute(params![
            g.code.as_str(),
            g.name,
            model::names::fold(&g.name),
            g.level.as_str(),
            g.country.as_ref().map(|c| c.as_str()),
            g.parent.as_ref().map(|c| c.as_str()),
        ])
        .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Adds one observation; the same key again replaces the value only if it differs.
    pub fn add_observation(&mut self, o: &Observation) -> Result<()> {
        use std::fmt::Write;
        // The series key is built in a reused buffer: this runs once per imported value.
        self.key.clear();
        let unit = o.unit.as_deref().unwrap_or("");
        let _ = write!(
            self.key,
            "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}",
            o.dataset, o.variable, o.geo, o.group
        );
        for (k, v) in &o.breakdown {
            let _ = write!(self.key, "{k}={v};");
        }
        self.key.push('\u{1f}');
        self.key.push_str(unit);
        let series = match self.series.get(&self.key) {
            Some(id) => *id,
            None => {
                let grp = o.group.key();
                let breakdown = o.breakdown_key();
                let id: i64 = {
                    let mut stmt = self
                        .tx
                        .prepare_cached(
                            "INSERT INTO series (dataset, variable, geo, grp, breakdown, unit)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                             ON CONFLICT (dataset, variable, geo, grp, breakdown, unit)
                             DO UPDATE SET unit = excluded.unit
                             RETURNING id",
                        )
                        .map_err(|e| self.err(e))?;
                    stmt.query_row(
                        params![o.dataset, o.variable, o.geo.as_str(), grp, breakdown, unit],
                        |r| r.get(0),
                    )
                    .map_err(|e| self.err(e))?
                };
                self.series.insert(self.key.clone(), id);
                id
            }
        };
        let slot = self.pending;
        if slot == self.batch.len() {
            self.batch.push(Pending::default());
        }
        let p = &mut self.batch[slot];
        p.series = series;
        p.value = o.value;
        p.period.clear();
        let _ = write!(p.period, "{}", o.period);
        p.flags.clear();
        let _ = write!(p.flags, "{}", o.flags);
        self.pending += 1;
        if self.pending == BATCH {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes the pending values with one multi-row upsert: far fewer statement
    /// executions than one per value, which is most of SQLite's cost here.
    fn flush(&mut self) -> Result<()> {
        let n = self.pending;
        if n == 0 {
            return Ok(());
        }
        let mut sql = String::from(
            "INSERT INTO observations (series, period, value, flags, import_id) VALUES ",
        );
        for i in 0..n {
            if i > 0 {
                sql.push(',');
            }
            sql.push_str("(?,?,?,?,?)");
        }
        sql.push_str(
            " ON CONFLICT (series, period) DO UPDATE SET
               value = excluded.value, flags = excluded.flags, import_id = excluded.import_id
             WHERE observations.value IS NOT excluded.value
                OR observations.flags IS NOT excluded.flags",
        );
        let changed = {
            let mut stmt = self.tx.prepare_cached(&sql).map_err(|e| self.err(e))?;
            for (i, p) in self.batch[..n].iter().enumerate() {
                let b = i * 5;
                stmt.raw_bind_parameter(b + 1, p.series)
                    .and_then(|_| stmt.raw_bind_parameter(b + 2, p.period.as_str()))
                    .and_then(|_| stmt.raw_bind_parameter(b + 3, p.value))
                    .and_then(|_| stmt.raw_bind_parameter(b + 4, p.flags.as_str()))
                    .and_then(|_| stmt.raw_bind_parameter(b + 5, self.id))
                    .map_err(|e| StoreError::Sqlite {
                        path: self.path.clone(),
                        source: e,
                    })?;
            }
            stmt.raw_execute().map_err(|e| StoreError::Sqlite {
                path: self.path.clone(),
                source: e,
            })? as u64
        };
        self.changed += changed;
        self.unchanged += n as u64 - changed;
        self.pending = 0;
        Ok(())
    }

    /// Records the report and commits. Returns what changed.
    pub fn finish(
        mut self,
        rows_read: u64,
        observations: u64,
        skipped: u64,
        report_json: &str,
    ) -> Result<ImportCounts> {
        self.flush()?;
        let replaced: i64 = self
            .tx
            .query_row(
                "SELECT count(*) FROM observation_history WHERE new_import = ?1",
                [self.id],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        let counts = ImportCounts {
            inserted: self.changed - replaced as u64,
            replaced: replaced as u64,
            unchanged: self.unchanged,
        };
        self.tx
            .execute(
                "UPDATE imports SET rows_read = ?2, observations = ?3, inserted = ?4, replaced = ?5,
                                    unchanged = ?6, skipped = ?7, report = ?8 WHERE id = ?1",
                params![
                    self.id,
                    rows_read as i64,
                    observations as i64,
                    counts.inserted as i64,
                    counts.replaced as i64,
                    counts.unchanged as i64,
                    skipped as i64,
                    report_json
                ],
            )
            .map_err(|e| self.err(e))?;
        let path = self.path.clone();
        self.tx
            .commit()
            .map_err(|source| StoreError::Sqlite { path, source })?;
        Ok(counts)
    }
}

const SELECT_IMPORT: &str = "SELECT id, file_name, sha256, format, source, licence, imported_at,
    rows_read, observations, inserted, replaced, unchanged, skipped, report FROM imports";

fn import_record(r: &rusqlite::Row<'_>) -> rusqlite::Result<ImportRecord> {
    Ok(ImportRecord {
        id: r.get(0)?,
        file_name: r.get(1)?,
        sha256: r.get(2)?,
        format: r.get(3)?,
        source: r.get(4)?,
        licence: r.get(5)?,
        imported_at: r.get(6)?,
        rows_read: r.get::<_, i64>(7)? as u64,
        observations: r.get::<_, i64>(8)? as u64,
        counts: ImportCounts {
            inserted: r.get::<_, i64>(9)? as u64,
            replaced: r.get::<_, i64>(10)? as u64,
            unchanged: r.get::<_, i64>(11)? as u64,
        },
        skipped: r.get::<_, i64>(12)? as u64,
        report: r.get(13)?,
    })
}
