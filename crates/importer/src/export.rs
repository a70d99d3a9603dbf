//! Observations and estimates out of the store, in any registered format
//! (`ingest::write::WRITERS`): the one export path of the command line and the web.

use crate::ImportError;
use ingest::write::{ExportRow, Rows, Writer};
use std::io::{self, Write};
use store::{SeriesFilter, Store};

/// The observations a filter selects, walked straight from the store (so an export of
/// the whole store streams).
#[derive(Debug)]
pub struct StoreRows<'a> {
    pub store: &'a Store,
    pub filter: &'a SeriesFilter,
}

impl Rows for StoreRows<'_> {
    fn for_each(&self, f: &mut dyn FnMut(ExportRow<'_>) -> io::Result<()>) -> io::Result<()> {
        self.store
            .for_each_observation(self.filter, |r| {
                f(ExportRow {
                    observation: &r.observation,
                    geo_name: &r.geo_name,
                })
                .map_err(|e| e.to_string())
            })
            .map_err(io::Error::other)
    }
}

/// Writes the observations matching `filter`; refuses an empty selection, which is
/// almost always a mistyped dataset or place.
pub fn observations(
    store: &Store,
    filter: &SeriesFilter,
    writer: &dyn Writer,
    out: &mut dyn Write,
) -> Result<u64, ImportError> {
    if !store.has_observations(filter)? {
        return Err(ImportError::Invalid(format!(
            "nothing to export: no observations{}{}; `observatory list datasets` shows what the store holds",
            filter
                .dataset
                .as_ref()
                .map(|d| format!(" in dataset '{d}'"))
                .unwrap_or_default(),
            filter
                .geo
                .as_ref()
                .map(|g| format!(" for {g}"))
                .unwrap_or_default(),
        )));
    }
    writer
        .write(&StoreRows { store, filter }, out)
        .map_err(ImportError::Export)
}

/// Writes the stored estimates of a computed dataset (`computed:MAPPING`) with their
/// standard errors, intervals, reliability flags, suppression status and reason, and
/// publication status — withheld cells included, without a value — as CSV or JSON.
pub fn estimates(
    store: &Store,
    dataset: &str,
    json: bool,
    out: &mut dyn Write,
) -> Result<u64, ImportError> {
    let rows = store.estimates(dataset)?;
    if rows.is_empty() {
        return Err(ImportError::Invalid(format!(
            "no estimates in dataset '{dataset}' (computed datasets are named computed:MAPPING; see `observatory list datasets`)"
        )));
    }
    let io_err = ImportError::Export;
    if json {
        serde_json::to_writer_pretty(&mut *out, &rows).map_err(|e| io_err(e.into()))?;
        out.write_all(b"\n").map_err(io_err)?;
    } else {
        let mut w = csv::Writer::from_writer(out);
        for r in &rows {
            w.serialize(r).map_err(|e| io_err(e.into()))?;
        }
        w.flush().map_err(io_err)?;
    }
    Ok(rows.len() as u64)
}

/// Runs `write` into `path` whole or not at all ([`model::files`]): an interrupted or
/// refused export never leaves a half-written file under the requested name. Returns what
/// `write` returns (rows written).
pub fn to_file(
    path: &std::path::Path,
    write: impl FnOnce(&mut dyn Write) -> Result<u64, String>,
) -> Result<u64, String> {
    /// The export's own message, or the file's.
    enum Failed {
        File(io::Error),
        Export(String),
    }
    impl From<io::Error> for Failed {
        fn from(e: io::Error) -> Failed {
            Failed::File(e)
        }
    }
    model::files::write_whole_with(path, |out| write(out).map_err(Failed::Export)).map_err(|e| {
        match e {
            Failed::File(e) => format!("{}: {e}", path.display()),
            Failed::Export(m) => m,
        }
    })
}
