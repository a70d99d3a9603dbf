//! The registry of readers, and format detection over it.
//!
//! A format is one [`Reader`]: one file in this crate, plus one line in [`READERS`].
//! Detection asks each reader in the list's order whether an input looks like its format;
//! the first to say yes reads it, so the more specific readers come first and the tidy CSV
//! template, which takes any other text table, comes last.

use crate::error::{IngestError, Location};
use crate::input::Input;
use crate::{ImportReport, Options, Progress, Sink};

/// What detection looks at: the file's name and its first bytes.
#[derive(Debug)]
pub struct Sniff<'a> {
    /// The file name in lower case (`lfsa_ergan.tsv`).
    pub name: &'a str,
    /// The first few KiB as text, without a byte-order mark or leading white space.
    pub text: &'a str,
    /// The first line of `text`.
    pub first_line: &'a str,
}

impl Sniff<'_> {
    /// No text at all: only readers of binary formats (claimed by extension) may take it.
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

/// One import format.
pub trait Reader: Sync {
    /// The name on the command line, in the API and in provenance (`eurostat-tsv`).
    fn name(&self) -> &'static str;
    /// One line for `--help` and the upload form.
    fn description(&self) -> &'static str;
    /// Whether an input looks like this format.
    fn claims(&self, sniff: &Sniff<'_>) -> bool;
    /// Reads the input into `sink`. `dataset` is the caller's default dataset id (from
    /// `--dataset` or the file name); `options.dataset` is set when the user gave one.
    fn read(
        &self,
        input: &Input,
        dataset: &str,
        options: &Options,
        sink: &mut dyn Sink,
        progress: Progress<'_>,
    ) -> Result<ImportReport, IngestError>;
}

/// Every format the observatory reads, in the order detection tries them.
pub static READERS: &[&dyn Reader] = &[
    &crate::qol::QualityOfLife,
    &crate::xlsx::TidyXlsx,
    &crate::boundaries::Boundaries,
    &crate::tidy::TidyJson,
    &crate::jsonstat::JsonStat,
    &crate::eurostat_tsv::EurostatTsv,
    &crate::sdmx_csv::SdmxCsv,
    &crate::gisco::GiscoCities,
    &crate::berlin_lor::BerlinLor,
    &crate::vienna_ogd::ViennaOgd,
    &crate::funding::Operations,
    &crate::funding::Kohesio,
    &crate::service_use::ServiceUse,
    &crate::tidy::TidyCsv,
];

/// A format: a handle on its reader, compared by name.
#[derive(Clone, Copy)]
pub struct Format(&'static dyn Reader);

impl Format {
    pub const EUROSTAT_TSV: Format = Format(&crate::eurostat_tsv::EurostatTsv);
    pub const SDMX_CSV: Format = Format(&crate::sdmx_csv::SdmxCsv);
    pub const JSON_STAT: Format = Format(&crate::jsonstat::JsonStat);
    pub const TIDY_CSV: Format = Format(&crate::tidy::TidyCsv);
    pub const TIDY_JSON: Format = Format(&crate::tidy::TidyJson);
    pub const TIDY_XLSX: Format = Format(&crate::xlsx::TidyXlsx);
    pub const QUALITY_OF_LIFE: Format = Format(&crate::qol::QualityOfLife);
    pub const GISCO_CITIES: Format = Format(&crate::gisco::GiscoCities);
    pub const BERLIN_LOR: Format = Format(&crate::berlin_lor::BerlinLor);
    pub const VIENNA_OGD: Format = Format(&crate::vienna_ogd::ViennaOgd);
    pub const BOUNDARIES: Format = Format(&crate::boundaries::Boundaries);
    pub const FUNDED_OPERATIONS: Format = Format(&crate::funding::Operations);
    pub const KOHESIO_BENEFICIARIES: Format = Format(&crate::funding::Kohesio);
    pub const SERVICE_USE: Format = Format(&crate::service_use::ServiceUse);

    /// Every registered format, in detection order.
    pub fn all() -> impl Iterator<Item = Format> {
        READERS.iter().map(|r| Format(*r))
    }

    pub fn name(self) -> &'static str {
        self.0.name()
    }

    pub fn description(self) -> &'static str {
        self.0.description()
    }

    pub fn reader(self) -> &'static dyn Reader {
        self.0
    }

    pub fn parse(name: &str) -> Option<Format> {
        Format::all().find(|f| f.name() == name)
    }

    /// The registered names, comma-separated, for messages.
    pub fn names() -> String {
        Format::all()
            .map(Format::name)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl PartialEq for Format {
    fn eq(&self, other: &Format) -> bool {
        self.name() == other.name()
    }
}
impl Eq for Format {}

impl std::fmt::Debug for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Guesses the format of a file on disk from its name and first bytes.
pub fn detect_format(path: &std::path::Path) -> Result<Format, IngestError> {
    detect(&Input::file(path))
}

/// Guesses the format of an input from its name and first bytes.
pub fn detect(input: &Input) -> Result<Format, IngestError> {
    let name = input.file_name().to_ascii_lowercase();
    let head = input.head(4096)?;
    let text = String::from_utf8_lossy(&head);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    let sniff = Sniff {
        name: &name,
        text,
        first_line: text.lines().next().unwrap_or(""),
    };
    if let Some(found) = Format::all().find(|f| f.0.claims(&sniff)) {
        return Ok(found);
    }
    let location = Location {
        file: input.path().to_path_buf(),
        ..Location::default()
    };
    if sniff.is_blank() {
        return Err(IngestError::Empty { location });
    }
    Err(IngestError::invalid(
        location,
        "a file in no format the observatory reads".to_string(),
        format!("one of: {}", Format::names()),
    ))
}
