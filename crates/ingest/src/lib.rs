//! Readers for the formats in which integration statistics arrive.
//!
//! One module per format. Each reads a file *streaming*, turns it into
//! [`model::Observation`]s (and, where a file names places, [`model::Geography`]s)
//! handed one at a time to a [`Sink`], and returns an [`ImportReport`]: rows read,
//! observations produced, rows skipped with the reason for each kind of skip.
//!
//! This crate never touches the store: the caller's sink decides where records go,
//! which keeps an import atomic (the caller wraps it in one transaction) and lets the
//! same readers serve the CLI, the web upload and the tests.
//!
//! Errors ([`IngestError`]) name the file, line and column, the value found and what
//! was expected, so that a city analyst can fix the file without reading code.

// IngestError carries the whole location (file, line, column name) so that a refused
// file says where; it is built once per failed import, so its size does not matter.
#![allow(clippy::result_large_err)]

pub mod berlin_lor;
mod boundaries;
pub mod codelist;
mod detect;
mod dims;
pub mod encoding;
mod error;
pub mod eurostat_tsv;
pub mod funding;
pub mod gisco;
mod input;
pub mod jsonstat;
pub mod qol;
mod report;
pub mod sdmx_csv;
pub mod service_use;
pub mod tidy;
mod value;
pub mod vienna_ogd;
pub mod write;
pub mod xlsx;

pub use detect::{Format, READERS, Reader, Sniff, detect, detect_format};
pub use encoding::TextEncoding;
pub use error::{IngestError, Location};
pub use input::{Input, ReadSeek};
pub use report::ImportReport;

use model::{BeneficiaryTotal, FundedOperation, Geography, Observation};
use std::path::Path;

/// Where a reader puts what it reads. The store's import transaction implements it;
/// tests collect into vectors.
pub trait Sink {
    fn observation(&mut self, obs: Observation) -> Result<(), String>;
    fn geography(&mut self, geo: Geography) -> Result<(), String>;
    /// A funded operation of a list of operations. Only the funding register takes them:
    /// any other sink says where such a file goes.
    fn operation(&mut self, _op: FundedOperation) -> Result<(), String> {
        Err("this is a list of funded operations, not statistics: import it with `observatory funding import FILE`".into())
    }
    /// A beneficiary's total in a region (Kohesio): only the funding register takes them.
    fn beneficiary_total(&mut self, _b: BeneficiaryTotal) -> Result<(), String> {
        Err("this is a list of beneficiaries' totals (Kohesio), not statistics: import it with `observatory funding import FILE`".into())
    }
}

/// A sink that keeps everything in memory (tests, previews of small uploads).
#[derive(Debug, Default)]
pub struct Collect {
    pub observations: Vec<Observation>,
    pub geographies: Vec<Geography>,
    pub operations: Vec<FundedOperation>,
    pub beneficiary_totals: Vec<BeneficiaryTotal>,
}

impl Sink for Collect {
    fn observation(&mut self, obs: Observation) -> Result<(), String> {
        self.observations.push(obs);
        Ok(())
    }
    fn geography(&mut self, geo: Geography) -> Result<(), String> {
        self.geographies.push(geo);
        Ok(())
    }
    fn operation(&mut self, op: FundedOperation) -> Result<(), String> {
        self.operations.push(op);
        Ok(())
    }
    fn beneficiary_total(&mut self, b: BeneficiaryTotal) -> Result<(), String> {
        self.beneficiary_totals.push(b);
        Ok(())
    }
}

/// What the caller knows about a file beyond its bytes.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Dataset id to store under; default: taken from the file (SDMX `DATAFLOW`) or
    /// its name (`lfsa_ergan_employment_rate.tsv` → `lfsa_ergan`).
    pub dataset: Option<String>,
    /// For tidy files without a geography column: the place every row is about.
    pub geo: Option<String>,
    /// For tidy files without a variable column: what every row measures.
    pub variable: Option<String>,
    /// For Excel files: the sheet to read (default: the first).
    pub sheet: Option<String>,
    /// The text's encoding when it is not UTF-8 (a file saved as Windows-1250): the file is
    /// read as UTF-8 unless the user names another, never by a guess.
    pub encoding: Option<TextEncoding>,
    /// For lists of funded operations: import a managing authority's list as it was
    /// published, its rows without an amount or a fund kept as gaps (and counted), where a
    /// city's own register must name both.
    pub as_published: bool,
}

/// Called with the number of bytes read so far, for progress bars.
pub type Progress<'a> = &'a mut dyn FnMut(u64);

/// Reads the file at `path` in the given (or detected) format into `sink`.
pub fn read_file(
    path: &Path,
    format: Option<Format>,
    options: &Options,
    sink: &mut dyn Sink,
    progress: Progress<'_>,
) -> Result<ImportReport, IngestError> {
    read(&Input::file(path), format, options, sink, progress)
}

/// Reads an input (a file, or bytes in memory) in the given (or detected) format.
pub fn read(
    input: &Input,
    format: Option<Format>,
    options: &Options,
    sink: &mut dyn Sink,
    progress: Progress<'_>,
) -> Result<ImportReport, IngestError> {
    let transcoded;
    let input = match options.encoding {
        Some(e) if e != TextEncoding::Utf8 => {
            transcoded = encoding::transcode(input, e)?;
            &transcoded
        }
        _ => input,
    };
    read_utf8(input, format, options, sink, progress).map_err(|e| with_suggestion(e, input))
}

/// A file refused as not UTF-8 gets the encoding it most likely is, and how to import it so.
fn with_suggestion(err: IngestError, input: &Input) -> IngestError {
    match err {
        IngestError::Encoding {
            location,
            byte,
            suggestion,
        } if suggestion.is_empty() => {
            let suggestion = input
                .head(1 << 16)
                .ok()
                .and_then(|head| encoding::suggest(&head))
                .map(|(e, word)| {
                    format!(
                        "it looks like {} ({}; read so, the file says \"{word}\"): import it with --encoding {} (on the upload form: Encoding), or",
                        e.name(),
                        e.description(),
                        e.name()
                    )
                })
                .unwrap_or_else(|| {
                    "name its encoding with --encoding (windows-1250 for Central European text, windows-1252 for Western European; on the upload form: Encoding), or".to_string()
                });
            IngestError::Encoding {
                location,
                byte,
                suggestion,
            }
        }
        other => other,
    }
}

fn read_utf8(
    input: &Input,
    format: Option<Format>,
    options: &Options,
    sink: &mut dyn Sink,
    progress: Progress<'_>,
) -> Result<ImportReport, IngestError> {
    let format = match format {
        Some(f) => f,
        None => detect(input)?,
    };
    let dataset = options
        .dataset
        .clone()
        .unwrap_or_else(|| dataset_from_file_name(&input.file_name()));
    let mut report = format
        .reader()
        .read(input, &dataset, options, sink, progress)?;
    report.format = format.name().to_string();
    Ok(report)
}

/// Eurostat table codes are two words joined by `_` (`lfsa_ergan`, `urb_cpop1`); a
/// city's own file keeps its whole name.
pub fn dataset_from_file_name(file_name: &str) -> String {
    let stem = file_name.split('.').next().unwrap_or(file_name);
    let stem = stem.strip_prefix("estat_").unwrap_or(stem);
    let parts: Vec<&str> = stem.split('_').collect();
    let eurostat_prefixes = [
        "urb", "lfsa", "lfst", "edat", "migr", "ilc", "hlth", "demo", "met", "cens", "tps", "yth",
        "trng", "ilc", "tessi", "tepsr", "lfso",
    ];
    if parts.len() >= 2 && eurostat_prefixes.contains(&parts[0]) {
        // edat_lfs_9912 has three parts
        if parts.len() >= 3 && parts[2].chars().all(|c| c.is_ascii_digit()) {
            return parts[..3].join("_");
        }
        return parts[..2].join("_");
    }
    stem.to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn dataset_names_from_files() {
        use super::dataset_from_file_name as d;
        assert_eq!(
            d("lfsa_ergan_employment_rate_by_citizenship.tsv"),
            "lfsa_ergan"
        );
        assert_eq!(
            d("edat_lfs_9912_attainment_by_country_of_birth.tsv"),
            "edat_lfs_9912"
        );
        assert_eq!(d("urb_cpop1_population_2015-2024.csv"), "urb_cpop1");
        assert_eq!(d("estat_lfsa_ergan.tsv"), "lfsa_ergan");
        assert_eq!(d("osijek_services.csv"), "osijek_services");
    }
}
