//! The one error type of the crate. Every variant names the file (or source label), the
//! record and what was expected, so the binary can tell the user what to fix.

use std::path::PathBuf;

/// Errors from reading or using geometries.
#[derive(Debug, thiserror::Error)]
pub enum SpatialError {
    /// The file could not be read at all.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file that failed.
        path: PathBuf,
        /// The operating-system error.
        source: std::io::Error,
    },
    /// A shapefile (`.shp`) is malformed or holds something other than polygons.
    #[error("{file}: record {record}: expected {expected}, found {found}")]
    Shp {
        /// File name or label of the source.
        file: String,
        /// 1-based record number (0 for the file header).
        record: usize,
        /// What the reader expected.
        expected: String,
        /// What it found instead.
        found: String,
    },
    /// A dBASE attribute table (`.dbf`) is malformed.
    #[error("{file}: record {record}, field {field:?}: expected {expected}, found {found}")]
    Dbf {
        /// File name or label of the source.
        file: String,
        /// 1-based record number (0 for the header).
        record: usize,
        /// Field name, empty when the problem is in the header.
        field: String,
        /// What the reader expected.
        expected: String,
        /// What it found instead.
        found: String,
    },
    /// A GeoJSON document is malformed or holds non-polygon geometries.
    #[error("{file}: feature {feature}: expected {expected}, found {found}")]
    GeoJson {
        /// File name or label of the source.
        file: String,
        /// 1-based feature number (0 for the document itself).
        feature: usize,
        /// What the reader expected.
        expected: String,
        /// What it found instead.
        found: String,
    },
    /// The `.shp` and `.dbf` of one shapefile disagree on the number of records.
    #[error("{file}: the geometry file has {shapes} records but the attribute table has {rows}")]
    RecordCountMismatch {
        /// The `.shp` file.
        file: String,
        /// Records in the `.shp`.
        shapes: usize,
        /// Rows in the `.dbf`.
        rows: usize,
    },
    /// A requested attribute column is missing or not numeric.
    #[error("attribute {column:?}, record {record}: expected {expected}")]
    Attribute {
        /// Column name.
        column: String,
        /// 1-based record number (0 when the column itself is missing).
        record: usize,
        /// What was expected.
        expected: String,
    },
    /// Inputs of a function have different lengths or are otherwise unusable.
    #[error("invalid input: {0}")]
    InvalidInput(String),
}
