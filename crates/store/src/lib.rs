//! The observatory's embedded store: one SQLite file (WAL mode), created on first use.
//!
//! This is the only place with operational SQL. One module per aggregate:
//! [`imports`] (atomic imports with provenance), [`observations`] (series and values),
//! [`geographies`], [`boundaries`] (small-area geometries, stored and returned as
//! GeoJSON text), [`mentoring`] (requests between cities and their answers), [`audits`]
//! (participatory audit rounds, invitations, responses) and [`agendas`] (City Integration
//! Agendas). Schema changes are numbered migrations in `migrations/`, applied in
//! order and recorded in SQLite's `user_version`, so a store made by an older version
//! is upgraded in place and never rebuilt.
//!
//! The store knows nothing of HTTP or file formats: importers hand it model types.

pub mod agendas;
pub mod audit;
pub mod audits;
pub mod boundaries;
pub mod estimates;
pub mod funding;
pub mod geographies;
pub mod imports;
pub mod mentoring;
pub mod observations;
pub mod practices;
pub mod sessions;
pub mod submissions;
pub mod surveys;
pub mod users;

use rusqlite::Connection;
use std::path::{Path, PathBuf};

pub use imports::{Import, ImportCounts, ImportRecord};
pub use observations::{
    DatasetSummary, ObservationRow, SeriesFilter, SmallAreaSeries, VariableSummary,
};

/// Schema migrations, in order. Never edit a released one: add the next.
const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_observations",
        include_str!("../migrations/0001_observations.sql"),
    ),
    (
        "0002_boundaries",
        include_str!("../migrations/0002_boundaries.sql"),
    ),
    (
        "0003_estimates",
        include_str!("../migrations/0003_estimates.sql"),
    ),
    (
        "0004_accounts_workflow",
        include_str!("../migrations/0004_accounts_workflow.sql"),
    ),
    (
        "0005_private_imports",
        include_str!("../migrations/0005_private_imports.sql"),
    ),
    (
        "0006_token_expiry",
        include_str!("../migrations/0006_token_expiry.sql"),
    ),
    (
        "0007_practices",
        include_str!("../migrations/0007_practices.sql"),
    ),
    (
        "0008_assessment",
        include_str!("../migrations/0008_assessment.sql"),
    ),
    (
        "0009_funding",
        include_str!("../migrations/0009_funding.sql"),
    ),
    (
        "0010_mentoring",
        include_str!("../migrations/0010_mentoring.sql"),
    ),
    (
        "0011_surveys",
        include_str!("../migrations/0011_surveys.sql"),
    ),
];

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {path}: {source}")]
    Sqlite {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error(
        "database {path} was written by a newer version of the observatory (schema {found}, this program knows up to {known}): update the observatory"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    /// A write that contradicts what is stored (duplicate account, wrong workflow step).
    #[error("{0}")]
    Conflict(String),
    #[error("not found: {0}")]
    NotFound(String),
    #[error("cannot create the folder for the database {path}: {source}")]
    Folder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// An open store.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens the store at `path`, creating it (and its folder) on first use.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Folder {
                path: path.to_path_buf(),
                source,
            })?;
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Sqlite {
            path: path.to_path_buf(),
            source,
        })?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.configure()?;
        store.migrate()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn err(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    fn configure(&mut self) -> Result<()> {
        // WAL: readers never block the writer, and a killed import leaves only an
        // uncommitted tail in the WAL, which SQLite ignores on the next open.
        // synchronous=NORMAL is durable against a crashed process (not a power cut
        // during the last commit), and much faster for large imports. secure_delete:
        // deleted rows are zeroed rather than left in free pages, so that a deleted draft
        // of an anonymous audit response cannot be read back from the file (audits).
        self.conn
            .execute_batch(
                "PRAGMA journal_mode = WAL;
                 PRAGMA synchronous = NORMAL;
                 PRAGMA foreign_keys = ON;
                 PRAGMA busy_timeout = 5000;
                 PRAGMA cache_size = -65536;
                 PRAGMA secure_delete = ON;",
            )
            .map_err(|e| self.err(e))
    }

    /// The schema version this store is at.
    pub fn schema_version(&self) -> Result<i64> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    fn migrate(&mut self) -> Result<()> {
        let current = self.schema_version()?;
        let known = MIGRATIONS.len() as i64;
        if current > known {
            return Err(StoreError::TooNew {
                path: self.path.clone(),
                found: current,
                known,
            });
        }
        for (i, (_name, sql)) in MIGRATIONS.iter().enumerate().skip(current as usize) {
            let tx = self.conn.transaction().map_err(|e| StoreError::Sqlite {
                path: self.path.clone(),
                source: e,
            })?;
            tx.execute_batch(sql)
                .and_then(|_| tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1)))
                .and_then(|_| tx.commit())
                .map_err(|e| StoreError::Sqlite {
                    path: self.path.clone(),
                    source: e,
                })?;
        }
        Ok(())
    }

    /// True when nothing has been imported yet (a fresh store).
    pub fn is_empty(&self) -> Result<bool> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM imports", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        Ok(n == 0)
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// A number that grows with every import (and so with every publication): caches
    /// of published data are keyed by it.
    pub fn generation(&self) -> Result<i64> {
        self.conn
            .query_row("SELECT coalesce(max(id), 0) FROM imports", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }
}

/// Maps SQLite errors to [`StoreError::Sqlite`] naming the store file — for code that holds a
/// transaction (and so cannot call `Store::err` on the borrowed store).
pub(crate) fn sqlite_err(path: &Path) -> impl Fn(rusqlite::Error) -> StoreError + Copy + '_ {
    move |source| StoreError::Sqlite {
        path: path.to_path_buf(),
        source,
    }
}

pub(crate) fn now_utc() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
