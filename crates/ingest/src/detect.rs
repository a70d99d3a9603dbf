use crate::error::{IngestError, Location};
use std::io::Read;
use std::path::Path;

/// The formats the observatory reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Eurostat bulk download: `freq,unit,…,geo\TIME_PERIOD` then one column per period.
    EurostatTsv,
    /// SDMX-CSV 1.0 or 2.0 (with or without label columns), and Eurostat's
    /// labels-only CSV of the same shape.
    SdmxCsv,
    /// JSON-stat 2.0 dataset (Eurostat's API).
    JsonStat,
    /// Year, breakdown columns, Value — the template for people who are not programmers.
    TidyCsv,
    /// A JSON array of tidy rows (what `observatory export --format json` writes).
    TidyJson,
    /// An Excel sheet in the tidy layout.
    TidyXlsx,
    /// The Quality of Life in European Cities 2023 aggregated workbook.
    QualityOfLife,
    /// GISCO's Urban Audit city list (codes, names, countries, FUA and NUTS 3 links).
    GiscoCities,
    /// Berlin LOR population tables (planning areas, forecast areas, districts).
    BerlinLor,
    /// GeoJSON or shapefile boundaries.
    Boundaries,
}

impl Format {
    pub const ALL: [Format; 10] = [
        Format::EurostatTsv,
        Format::SdmxCsv,
        Format::JsonStat,
        Format::TidyCsv,
        Format::TidyJson,
        Format::TidyXlsx,
        Format::QualityOfLife,
        Format::GiscoCities,
        Format::BerlinLor,
        Format::Boundaries,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::EurostatTsv => "eurostat-tsv",
            Format::SdmxCsv => "sdmx-csv",
            Format::JsonStat => "json-stat",
            Format::TidyCsv => "tidy-csv",
            Format::TidyJson => "tidy-json",
            Format::TidyXlsx => "tidy-xlsx",
            Format::QualityOfLife => "qol-2023",
            Format::GiscoCities => "gisco-cities",
            Format::BerlinLor => "berlin-lor",
            Format::Boundaries => "boundaries",
        }
    }

    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// Guesses the format from the file's name and first line.
pub fn detect_format(path: &Path) -> Result<Format, IngestError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let location = Location {
        file: path.to_path_buf(),
        ..Location::default()
    };
    if name.ends_with(".xlsx") {
        return Ok(if name.starts_with("qol_") {
            Format::QualityOfLife
        } else {
            Format::TidyXlsx
        });
    }
    if name.ends_with(".geojson") || name.ends_with(".shp") {
        return Ok(Format::Boundaries);
    }
    let mut head = vec![0u8; 4096];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .map_err(|e| IngestError::io(path, e))?;
    head.truncate(n);
    if head.iter().all(u8::is_ascii_whitespace) {
        return Err(IngestError::Empty { location });
    }
    let text = String::from_utf8_lossy(&head);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with('[') {
        return Ok(Format::TidyJson);
    }
    if name.ends_with(".json") || text.starts_with('{') {
        return Ok(Format::JsonStat);
    }
    let first = text.lines().next().unwrap_or("");
    // Eurostat TSV: `dims\TIME_PERIOD` then tab-separated periods.
    let first_cell = first.split('\t').next().unwrap_or("");
    if first_cell.contains('\\') && first.contains('\t') {
        return Ok(Format::EurostatTsv);
    }
    if first.starts_with("STRUCTURE,") || first.starts_with("DATAFLOW,") {
        return Ok(Format::SdmxCsv);
    }
    if first.starts_with("URAU_CODE,") {
        return Ok(Format::GiscoCities);
    }
    if first.starts_with("id,inhabitants") {
        return Ok(Format::BerlinLor);
    }
    Ok(Format::TidyCsv)
}
