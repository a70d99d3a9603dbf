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
    /// Whether the file may add places the store does not know. A user's import into a store
    /// that knows places may not unless asked (`--allow-new-places`): a typo'd code
    /// (`XX999C`) or a name in a code column (`Rubano`) would otherwise become a new place
    /// in silence. The bundled data brings its places.
    pub new_places: bool,
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
    new_places: bool,
    /// Places checked so far (a file names few places in many rows).
    known: std::collections::HashSet<String>,
}

impl StoreSink<'_, '_> {
    /// Refuses a place the store does not know, unless new places are allowed.
    fn check_place(&mut self, code: &str, name: &str) -> Result<(), String> {
        if self.new_places || self.known.contains(code) {
            return Ok(());
        }
        if !self
            .import
            .knows_geography(code)
            .map_err(|e| e.to_string())?
        {
            let named = if name.is_empty() || name == code {
                String::new()
            } else {
                format!(" ({name})")
            };
            return Err(format!(
                "'{code}'{named} is not a place the observatory knows: check the code (`observatory list geographies` lists them), or import with --allow-new-places to add it"
            ));
        }
        self.known.insert(code.to_string());
        Ok(())
    }
}

impl Sink for StoreSink<'_, '_> {
    fn observation(&mut self, obs: Observation) -> Result<(), String> {
        crate::plausibility::check(&obs)?;
        self.check_place(obs.geo.as_str(), "")?;
        self.import.add_observation(&obs).map_err(|e| e.to_string())
    }
    fn geography(&mut self, mut geo: Geography) -> Result<(), String> {
        self.check_place(geo.code.as_str(), &geo.name)?;
        // The statistics' label may be only the code (Linz) or misspelt (Gyõr).
        if let Some(local) = catalogue::active().place_names.local(geo.code.as_str()) {
            geo.name = local.to_string();
        }
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
    // A store that knows no place yet has no codes to mistype against: the file brings them.
    let new_places = req.new_places || store.geographies(None, None)?.is_empty();
    let mut import = store.begin_import(&provenance)?;
    let import_id = import.id();
    let mut sink = StoreSink {
        import: &mut import,
        new_places,
        known: Default::default(),
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
