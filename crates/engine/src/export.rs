//! Results as a Parquet file, for statisticians who continue in R, Python or DuckDB: typed
//! columns (numbers stay numbers, a withheld value is a null, never a zero) instead of CSV text.
//! Written to a temporary file next to the target and renamed, so an interrupted write never
//! leaves a half file under the final name.

use crate::{EngineError, Result};
use datafusion::arrow::array::{ArrayRef, Float64Array, StringArray, UInt64Array};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::parquet::basic::{Compression, ZstdLevel};
use datafusion::parquet::file::properties::WriterProperties;
use std::path::Path;
use std::sync::Arc;

/// One column of a results table.
#[derive(Debug, Clone)]
pub enum Column {
    Text(Vec<String>),
    Number(Vec<Option<f64>>),
    Count(Vec<Option<u64>>),
}

impl Column {
    /// The cell of `row` as CSV text: an empty string for a null.
    pub fn text(&self, row: usize) -> String {
        match self {
            Column::Text(v) => v[row].clone(),
            Column::Number(v) => v[row].map(|x| x.to_string()).unwrap_or_default(),
            Column::Count(v) => v[row].map(|x| x.to_string()).unwrap_or_default(),
        }
    }

    fn len(&self) -> usize {
        match self {
            Column::Text(v) => v.len(),
            Column::Number(v) => v.len(),
            Column::Count(v) => v.len(),
        }
    }
}

/// Writes `columns` (name, values; all the same length) as one Parquet file (zstd).
pub fn write_parquet(path: &Path, columns: Vec<(&str, Column)>) -> Result<()> {
    let io = |e: String| EngineError::Io(format!("{}: {e}", path.display()));
    let rows = columns.first().map(|c| c.1.len()).unwrap_or(0);
    if let Some((name, _)) = columns.iter().find(|c| c.1.len() != rows) {
        return Err(io(format!("column {name} has a different length")));
    }
    let mut fields = Vec::new();
    let mut arrays: Vec<ArrayRef> = Vec::new();
    for (name, col) in columns {
        let (dt, nullable, array): (DataType, bool, ArrayRef) = match col {
            Column::Text(v) => (DataType::Utf8, false, Arc::new(StringArray::from(v))),
            Column::Number(v) => (DataType::Float64, true, Arc::new(Float64Array::from(v))),
            Column::Count(v) => (DataType::UInt64, true, Arc::new(UInt64Array::from(v))),
        };
        fields.push(Field::new(name, dt, nullable));
        arrays.push(array);
    }
    let schema = Arc::new(Schema::new(fields));
    let batch = RecordBatch::try_new(schema.clone(), arrays).map_err(|e| io(e.to_string()))?;
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty());
    let tmp = tempfile::NamedTempFile::new_in(dir.unwrap_or(Path::new(".")))
        .map_err(|e| io(e.to_string()))?;
    let props = WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::default()))
        .build();
    let mut writer = ArrowWriter::try_new(
        tmp.reopen().map_err(|e| io(e.to_string()))?,
        schema,
        Some(props),
    )
    .map_err(|e| io(e.to_string()))?;
    writer.write(&batch).map_err(|e| io(e.to_string()))?;
    writer.close().map_err(|e| io(e.to_string()))?;
    tmp.persist(path).map_err(|e| io(e.to_string()))?;
    Ok(())
}
