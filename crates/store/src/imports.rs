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
    /// Whether what it wrote is published: false for the import row of draft estimates,
    /// which is not shown to the public until they are published.
    pub published: bool,
}

/// Values written per statement (4 parameters each; SQLite allows 32,766).
const BATCH: usize = 200;

/// Values held before they are written, sorted by key: SQLite then inserts along the
/// primary key instead of jumping between pages (a file lists a place's series
/// interleaved, year after year). 20 statements' worth, a few hundred kB.
const WINDOW: usize = 20 * BATCH;

/// Series ids remembered by key. Beyond this the memory is cleared and ids are looked
/// up again in the series index, so memory does not grow with the file (16,384 keys of
/// ~60 bytes: about 2 MB).
const SERIES_CACHED: usize = 1 << 14;

/// SQLite's page cache during an import, in KiB. Pages beyond it are written to the WAL
/// before the commit (still invisible to readers and discarded if the import fails), so
/// memory stays flat however large the file; the connection's own size is restored after.
const IMPORT_CACHE_KIB: i64 = 4096;

/// One value waiting to be written; the strings are reused from batch to batch.
#[derive(Debug, Default)]
struct Pending {
    series: i64,
    /// The period as numbers ordered like its text (`2020` < `2020-01` < `2020-Q1` <
    /// `2020-S1`), for sorting; the same text always gives the same numbers.
    order: (i32, u8),
    period: String,
    value: f64,
    flags: String,
}

/// An import in progress: a write transaction.
#[derive(Debug)]
pub struct Import<'s> {
    /// Always `Some` until [`Import::finish`] commits it.
    tx: Option<rusqlite::Transaction<'s>>,
    path: std::path::PathBuf,
    id: i64,
    /// The connection's `cache_size` before the import, restored when it ends.
    cache_size: i64,
    series: HashMap<String, i64>,
    key: String,
    /// The text of the last period seen: values come period by period, so most rows
    /// copy it instead of formatting it again.
    period: Option<(model::Period, String)>,
    batch: Vec<Pending>,
    /// The pending values' keys and positions, sorted before they are written.
    order: Vec<u128>,
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

    /// Every import, unpublished ones (of draft estimates) included: for those who may
    /// read drafts, and the command line.
    pub fn imports(&self) -> Result<Vec<ImportRecord>> {
        self.imports_where("1")
    }

    /// The imports whose values are published: what the public may see as provenance.
    pub fn published_imports(&self) -> Result<Vec<ImportRecord>> {
        self.imports_where("published = 1")
    }

    fn imports_where(&self, cond: &str) -> Result<Vec<ImportRecord>> {
        let mut stmt = self
            .conn()
            .prepare(&format!("{SELECT_IMPORT} WHERE {cond} ORDER BY id"))
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
        let wrap = crate::sqlite_err(&path);
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
        let cache_size: i64 = self
            .conn
            .query_row("PRAGMA cache_size", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        let (tx, id) = self.open_import(provenance)?;
        let import = Import {
            tx: Some(tx),
            path,
            id,
            cache_size,
            series: HashMap::new(),
            key: String::new(),
            period: None,
            batch: Vec::with_capacity(WINDOW),
            order: Vec::with_capacity(WINDOW),
            pending: 0,
            changed: 0,
            unchanged: 0,
        };
        import
            .tx()
            .execute_batch(&format!("PRAGMA cache_size = -{IMPORT_CACHE_KIB}"))
            .map_err(|e| import.err(e))?;
        Ok(import)
    }
}

impl Drop for Import<'_> {
    fn drop(&mut self) {
        // Unfinished: the connection gets its own cache size back, then `tx` is dropped
        // after this and rolls back. (A finished import did both in `finish`.)
        if let Some(tx) = &self.tx {
            let _ = tx.execute_batch(&format!("PRAGMA cache_size = {}", self.cache_size));
        }
    }
}

impl<'s> Import<'s> {
    fn tx(&self) -> &rusqlite::Transaction<'s> {
        self.tx
            .as_ref()
            .expect("the transaction lives until finish")
    }

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
    /// Values given to [`Import::add_observation`] are written in sorted batches of up
    /// to [`WINDOW`], the last ones by [`Import::finish`]: a query here may not see them.
    pub(crate) fn connection(&self) -> &rusqlite::Connection {
        self.tx()
    }

    /// Whether the store (with what this import added so far) knows the place `code`.
    pub fn knows_geography(&self, code: &str) -> Result<bool> {
        use rusqlite::OptionalExtension;
        let found: Option<i64> = self
            .tx()
            .prepare_cached("SELECT 1 FROM geographies WHERE code = ?1")
            .and_then(|mut st| st.query_row([code], |r| r.get(0)).optional())
            .map_err(|e| self.err(e))?;
        Ok(found.is_some())
    }

    /// Adds or improves a geography: a real name replaces a bare code, and a finer
    /// parent (NUTS 3 from a boundary file) replaces the country implied by the code.
    pub fn add_geography(&mut self, g: &Geography) -> Result<()> {
        let mut stmt = self
            .tx()
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
        let series = self.series_id(o)?;
        let slot = self.pending;
        if slot == self.batch.len() {
            self.batch.push(Pending::default());
        }
        // The period's text: formatted once per period, not once per value.
        if self.period.as_ref().is_none_or(|(p, _)| *p != o.period) {
            self.period = Some((o.period, o.period.to_string()));
        }
        let p = &mut self.batch[slot];
        p.series = series;
        p.order = period_order(o.period);
        p.value = o.value;
        p.period.clear();
        if let Some((_, text)) = &self.period {
            p.period.push_str(text);
        }
        p.flags.clear();
        if o.flags != model::Flags::NONE {
            use std::fmt::Write;
            let _ = write!(p.flags, "{}", o.flags);
        }
        self.pending += 1;
        if self.pending == WINDOW {
            self.flush()?;
        }
        Ok(())
    }

    /// The id of the observation's series, created on first use. The key is built in a
    /// reused buffer with plain appends: this runs once per imported value.
    fn series_id(&mut self, o: &Observation) -> Result<i64> {
        let unit = o.unit.as_deref().unwrap_or("");
        let k = &mut self.key;
        k.clear();
        for part in [o.dataset.as_str(), o.variable.as_str(), o.geo.as_str()] {
            k.push_str(part);
            k.push('\u{1f}');
        }
        for (d, c) in o.group.dimensions() {
            k.push_str(d.key());
            k.push('=');
            k.push_str(c);
            k.push(';');
        }
        k.push('\u{1f}');
        for (name, v) in &o.breakdown {
            k.push_str(name);
            k.push('=');
            k.push_str(v);
            k.push(';');
        }
        k.push('\u{1f}');
        k.push_str(unit);
        if let Some(id) = self.series.get(&self.key) {
            return Ok(*id);
        }
        // Look up, then insert if new: an upsert with RETURNING would be one statement,
        // but SQLite runs RETURNING through a temporary table opened at every execution,
        // which made it cost several times the look-up and insert together.
        let grp = o.group.key();
        let breakdown = o.breakdown_key();
        let keys = params![o.dataset, o.variable, o.geo.as_str(), grp, breakdown, unit];
        let tx = self.tx();
        let found: Option<i64> = tx
            .prepare_cached(
                "SELECT id FROM series WHERE dataset = ?1 AND variable = ?2 AND geo = ?3
                    AND grp = ?4 AND breakdown = ?5 AND unit = ?6",
            )
            .and_then(|mut stmt| stmt.query_row(keys, |r| r.get(0)).optional())
            .map_err(|e| self.err(e))?;
        let id = match found {
            Some(id) => id,
            None => {
                tx.prepare_cached(
                    "INSERT INTO series (dataset, variable, geo, grp, breakdown, unit)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )
                .and_then(|mut stmt| stmt.execute(keys))
                .map_err(|e| self.err(e))?;
                tx.last_insert_rowid()
            }
        };
        if self.series.len() == SERIES_CACHED {
            self.series.clear();
        }
        self.series.insert(self.key.clone(), id);
        Ok(id)
    }

    /// Writes the pending values in key order with multi-row upserts: far fewer
    /// statement executions than one per value, which is most of SQLite's cost here.
    /// The sort is stable, so a key given twice in a file still ends with its last value.
    fn flush(&mut self) -> Result<()> {
        let n = self.pending;
        if n == 0 {
            return Ok(());
        }
        // Sorted through a small index of keys with the position in their last bits:
        // all different, so the unstable sort is deterministic and keeps the file's order
        // between equal keys exactly like a stable one.
        self.order.clear();
        self.order.extend(
            self.batch[..n]
                .iter()
                .enumerate()
                .map(|(i, p)| sort_key(p.series, p.order, i)),
        );
        self.order.sort_unstable();
        let tx = self
            .tx
            .as_ref()
            .expect("the transaction lives until finish");
        let wrap = crate::sqlite_err(&self.path);
        let mut changed = 0u64;
        for chunk in self.order.chunks(BATCH) {
            let mut stmt = if chunk.len() == BATCH {
                static FULL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
                tx.prepare_cached(FULL.get_or_init(|| upsert_sql(BATCH)))
            } else {
                tx.prepare_cached(&upsert_sql(chunk.len()))
            }
            .map_err(wrap)?;
            stmt.raw_bind_parameter(1, self.id).map_err(wrap)?;
            for (i, &key) in chunk.iter().enumerate() {
                let p = &self.batch[(key & 0xffff) as usize];
                let b = 2 + 4 * i;
                stmt.raw_bind_parameter(b, p.series)
                    .and_then(|_| stmt.raw_bind_parameter(b + 1, p.period.as_str()))
                    .and_then(|_| stmt.raw_bind_parameter(b + 2, p.value))
                    .and_then(|_| stmt.raw_bind_parameter(b + 3, p.flags.as_str()))
                    .map_err(wrap)?;
            }
            changed += stmt.raw_execute().map_err(wrap)? as u64;
        }
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
            .tx()
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
        self.tx()
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
        // The connection's own cache size back (growing it allocates nothing), then commit.
        self.tx()
            .execute_batch(&format!("PRAGMA cache_size = {}", self.cache_size))
            .map_err(|e| self.err(e))?;
        let path = self.path.clone();
        let tx = self.tx.take().expect("the transaction lives until finish");
        tx.commit()
            .map_err(|source| StoreError::Sqlite { path, source })?;
        Ok(counts)
    }
}

/// A period as numbers in the order of its text, for sorting values by key.
fn period_order(p: model::Period) -> (i32, u8) {
    use model::Period;
    match p {
        Period::Year(y) => (y, 0),
        Period::Month(y, m) => (y, m),
        Period::Quarter(y, q) => (y, 16 + q),
        Period::HalfYear(y, h) => (y, 32 + h),
    }
}

/// One number ordered like (series, period, position in the window): 64 bits of series,
/// 32 of year, 16 of the rest of the period and 16 of position.
fn sort_key(series: i64, (year, rest): (i32, u8), position: usize) -> u128 {
    const _: () = assert!(WINDOW <= 1 << 16);
    let flip64 = (series as u64 ^ (1 << 63)) as u128;
    let flip32 = (year as u32 ^ (1 << 31)) as u128;
    flip64 << 64 | flip32 << 32 | (rest as u128) << 16 | position as u128
}

/// The multi-row upsert for `n` values. A value replaced by a different one fires the
/// `observation_replaced` trigger, which keeps the old one in the history.
fn upsert_sql(n: usize) -> String {
    use std::fmt::Write;
    let mut sql =
        String::from("INSERT INTO observations (series, period, value, flags, import_id) VALUES ");
    // ?1 is the import id, bound once; each value has four parameters after it.
    for i in 0..n {
        if i > 0 {
            sql.push(',');
        }
        let b = 2 + 4 * i;
        let _ = write!(sql, "(?{},?{},?{},?{},?1)", b, b + 1, b + 2, b + 3);
    }
    sql.push_str(
        " ON CONFLICT (series, period) DO UPDATE SET
           value = excluded.value, flags = excluded.flags, import_id = excluded.import_id
         WHERE observations.value IS NOT excluded.value
            OR observations.flags IS NOT excluded.flags",
    );
    sql
}

const SELECT_IMPORT: &str = "SELECT id, file_name, sha256, format, source, licence, imported_at,
    rows_read, observations, inserted, replaced, unchanged, skipped, report, published FROM imports";

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
        published: r.get::<_, i64>(14)? != 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn provenance() -> Provenance {
        Provenance {
            file_name: "f.csv".into(),
            sha256: "sha".into(),
            format: "tidy-csv".into(),
            source: "test".into(),
            licence: "CC0".into(),
        }
    }

    fn cache_size(s: &Store) -> i64 {
        s.conn()
            .query_row("PRAGMA cache_size", [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn an_import_bounds_the_page_cache_and_gives_it_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("s.db")).unwrap();
        let own = cache_size(&s);
        assert_ne!(own, -IMPORT_CACHE_KIB);
        let imp = s.begin_import(&provenance()).unwrap();
        assert_eq!(
            imp.connection()
                .query_row("PRAGMA cache_size", [], |r| r.get::<_, i64>(0))
                .unwrap(),
            -IMPORT_CACHE_KIB
        );
        imp.finish(0, 0, 0, "{}").unwrap();
        assert_eq!(cache_size(&s), own);
        // An import dropped unfinished (rolled back) gives it back too.
        let imp = s.begin_import(&provenance()).unwrap();
        drop(imp);
        assert_eq!(cache_size(&s), own);
        assert_eq!(s.imports().unwrap().len(), 1);
    }
}
