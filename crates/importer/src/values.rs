//! One input of values (a file, an upload, an embedded bundle file) into the store.

use crate::ImportError;
use ingest::{Format, ImportReport, Input, Options, Sink};
use model::checksum::Checksum;
use model::{Geography, Observation, Provenance};
use store::{ImportCounts, ImportRecord, Store};

/// What happened to an input.
#[derive(Debug)]
pub enum Outcome {
    Imported {
        report: ImportReport,
        counts: ImportCounts,
        import_id: i64,
    },
    /// The same bytes were imported before: nothing was written.
    AlreadyImported(ImportRecord),
}

/// What to import and what to record about it.
#[derive(Debug)]
pub struct Request<'a> {
    pub input: &'a Input,
    /// `None`: detected from the name and the first bytes.
    pub format: Option<Format>,
    pub options: Options,
    pub source: String,
    pub licence: String,
}

/// The SHA-256 of an input's bytes, read as a stream.
pub fn sha256(input: &Input) -> Result<String, ImportError> {
    let mut sum = Checksum::new();
    sum.update_reader(input.open()?)
        .map_err(|e| ImportError::io(input.path(), e))?;
    Ok(sum.hex())
}

/// Adapts a store import to the readers' sink.
struct StoreSink<'a, 's> {
    import: &'a mut store::Import<'s>,
}

impl Sink for StoreSink<'_, '_> {
    fn observation(&mut self, obs: Observation) -> Result<(), String> {
        crate::plausibility::check(&obs)?;
        self.import.add_observation(&obs).map_err(|e| e.to_string())
    }
    fn geography(&mut self, geo: Geography) -> Result<(), String> {
        self.import.add_geography(&geo).map_err(|e| e.to_string())
    }
}

/// Imports one input in one transaction: any error leaves the store untouched.
/// `progress` is called with the number of bytes read so far.
pub fn import(
    store: &mut Store,
    req: Request<'_>,
    progress: &mut dyn FnMut(u64),
) -> Result<Outcome, ImportError> {
    let sha256 = sha256(req.input)?;
    if let Some(previous) = store.find_import_by_sha256(&sha256)? {
        return Ok(Outcome::AlreadyImported(previous));
    }
    let format = match req.format {
        Some(f) => f,
        None => ingest::detect(req.input)?,
    };
    let provenance = Provenance {
        file_name: req.input.file_name(),
        sha256,
        format: format.name().to_string(),
        source: req.source,
        licence: req.licence,
    };
    let mut import = store.begin_import(&provenance)?;
    let import_id = import.id();
    let mut sink = StoreSink {
        import: &mut import,
    };
    // On error `import` is dropped without commit: the transaction rolls back.
    let report = ingest::read(req.input, Some(format), &req.options, &mut sink, progress)?;
    let report_json = serde_json::to_string(&report).unwrap_or_default();
    let counts = import.finish(
        report.rows_read,
        report.observations,
        report.skipped_total(),
        &report_json,
    )?;
    Ok(Outcome::Imported {
        report,
        counts,
        import_id,
    })
}

/// The lines a user reads after an import.
pub fn describe(name: &std::path::Path, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Imported {
            report,
            counts,
            import_id,
        } => format!(
            "imported {} as import #{import_id}: {}  store: {} new, {} replaced (old values kept in the history), {} unchanged\n",
            name.display(),
            report,
            counts.inserted,
            counts.replaced,
            counts.unchanged
        ),
        Outcome::AlreadyImported(prev) => format!(
            "{}: these exact bytes were imported on {} (import #{}, {}); nothing changed\n",
            name.display(),
            prev.imported_at,
            prev.id,
            prev.file_name
        ),
    }
}
