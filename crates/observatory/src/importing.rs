//! One file into the store: checksum, provenance, atomic write, report.

use ingest::{Format, ImportReport, Options, Sink};
use model::{Geography, Observation, Provenance};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::Path;
use store::{ImportCounts, ImportRecord, Store};

/// What happened to a file.
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

pub struct Request<'a> {
    pub path: &'a Path,
    pub format: Option<Format>,
    pub options: Options,
    pub source: String,
    pub licence: String,
    /// Draw a progress bar (only shown on a terminal).
    pub progress: bool,
}

pub fn sha256_file(path: &Path) -> Result<String, String> {
    let mut f = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f
            .read(&mut buf)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Adapts a store import to the readers' sink.
struct StoreSink<'a, 's> {
    import: &'a mut store::Import<'s>,
}

impl Sink for StoreSink<'_, '_> {
    fn observation(&mut self, obs: Observation) -> Result<(), String> {
        self.import.add_observation(&obs).map_err(|e| e.to_string())
    }
    fn geography(&mut self, geo: Geography) -> Result<(), String> {
        self.import.add_geography(&geo).map_err(|e| e.to_string())
    }
}

/// Imports one file in one transaction: any error leaves the store untouched.
pub fn import_file(store: &mut Store, req: Request<'_>) -> Result<Outcome, String> {
    let sha256 = sha256_file(req.path)?;
    if let Some(previous) = store
        .find_import_by_sha256(&sha256)
        .map_err(|e| e.to_string())?
    {
        return Ok(Outcome::AlreadyImported(previous));
    }
    let format = match req.format {
        Some(f) => f,
        None => ingest::detect_format(req.path).map_err(|e| e.to_string())?,
    };
    let provenance = Provenance {
        file_name: req
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        sha256,
        format: format.name().to_string(),
        source: req.source,
        licence: req.licence,
    };
    let size = std::fs::metadata(req.path).map(|m| m.len()).unwrap_or(0);
    let bar = if req.progress {
        let bar = indicatif::ProgressBar::new(size);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{msg} [{bar:30}] {bytes}/{total_bytes} ({bytes_per_sec}, {eta})",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        bar.set_message(provenance.file_name.clone());
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut import = store.begin_import(&provenance).map_err(|e| e.to_string())?;
    let import_id = import.id();
    let mut sink = StoreSink {
        import: &mut import,
    };
    let mut on_progress = |bytes: u64| bar.set_position(bytes);
    let result = ingest::read_file(
        req.path,
        Some(format),
        &req.options,
        &mut sink,
        &mut on_progress,
    );
    bar.finish_and_clear();
    // On error `import` is dropped here without commit: the transaction rolls back.
    let report = result.map_err(|e| e.to_string())?;
    let report_json = serde_json::to_string(&report).unwrap_or_default();
    let counts = import
        .finish(
            report.rows_read,
            report.observations,
            report.skipped_total(),
            &report_json,
        )
        .map_err(|e| e.to_string())?;
    Ok(Outcome::Imported {
        report,
        counts,
        import_id,
    })
}

/// The lines a user reads after an import.
pub fn describe(path: &Path, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Imported {
            report,
            counts,
            import_id,
        } => {
            let mut s = format!(
                "imported {} as import #{import_id}: {}",
                path.display(),
                report
            );
            s.push_str(&format!(
                "  store: {} new, {} replaced (old values kept in the history), {} unchanged\n",
                counts.inserted, counts.replaced, counts.unchanged
            ));
            s
        }
        Outcome::AlreadyImported(prev) => format!(
            "{}: these exact bytes were imported on {} (import #{}, {}); nothing changed\n",
            path.display(),
            prev.imported_at,
            prev.id,
            prev.file_name
        ),
    }
}
