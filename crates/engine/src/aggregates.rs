//! What execution hands to estimation: the small aggregates the one-pass query returns
//! (sums per cell × membership pattern [× stratum × PSU]), the rows for medians, the
//! largest contributions for magnitude rules and the design facts; and the readers that
//! turn Arrow columns into them. Execution (`exec`, `calibration`) fills these types,
//! estimation (`estimate`) reads them; neither depends on the other.

use crate::{EngineError, Result};
use datafusion::arrow::array::{Array, AsArray, RecordBatch};
use datafusion::arrow::compute::cast;
use datafusion::arrow::datatypes::{DataType, Float64Type, Int64Type};

/// The one-pass aggregate, column by column.
#[derive(Debug, Clone, Default)]
pub struct SumRows {
    /// `[dimension][row]` category index.
    pub dims: Vec<Vec<i64>>,
    /// `[row]` dense stratum id (Taylor).
    pub stratum: Vec<u32>,
    /// `[row]` dense PSU id, unique across strata (Taylor).
    pub psu: Vec<u32>,
    /// `[row]` fpc multiplier (1 when none).
    pub fpc: Vec<f64>,
    /// `[word][row]`.
    pub masks: Vec<Vec<i64>>,
    /// `[row]` unweighted count.
    pub n: Vec<u64>,
    /// `[weight column][row]`: Σ w (k = 0) and Σ w_r.
    pub sums: Vec<Vec<f64>>,
    /// `[slot][weight column][row]`: Σ w·x for means.
    pub xsums: Vec<Vec<Vec<f64>>>,
}

/// Rows for medians.
#[derive(Debug, Clone, Default)]
pub struct ValueRows {
    pub dims: Vec<Vec<i64>>,
    pub stratum: Vec<u32>,
    pub psu: Vec<u32>,
    pub fpc: Vec<f64>,
    /// `[median slot][row]`.
    pub member: Vec<Vec<bool>>,
    pub values: Vec<Vec<f64>>,
    /// `[weight column][row]`.
    pub weights: Vec<Vec<f64>>,
}

/// The largest contributions of the fine cells of one mean indicator (see
/// [`Engine::run_top`]): one row per contribution, with its cell's total.
#[derive(Debug, Clone, Default)]
pub struct TopRows {
    pub dims: Vec<Vec<i64>>,
    pub contribution: Vec<f64>,
    pub cell_total: Vec<f64>,
}

/// Design facts gathered from the data: PSUs per stratum.
#[derive(Debug, Clone, Default)]
pub struct DesignFacts {
    pub stratum_labels: Vec<String>,
    /// `[stratum]` number of PSUs.
    pub n_psu: Vec<usize>,
    /// `[psu]` its stratum.
    pub psu_stratum: Vec<u32>,
}

/// What the queries over the data returned, as [`crate::estimate::estimate`] needs it.
#[derive(Debug, Clone, Copy)]
pub struct Aggregates<'a> {
    /// The one-pass aggregate.
    pub sums: &'a SumRows,
    /// The rows for medians.
    pub values: &'a ValueRows,
    /// Per indicator: the largest contributions (means under magnitude rules).
    pub top: &'a [Option<TopRows>],
    pub facts: &'a DesignFacts,
}

pub(crate) fn col_i64(b: &RecordBatch, name: &str) -> Result<Vec<i64>> {
    let c = b
        .column_by_name(name)
        .ok_or_else(|| EngineError::Query(format!("result lacks column {name}")))?;
    let c = cast(c, &DataType::Int64).map_err(|e| EngineError::Query(e.to_string()))?;
    let a = c.as_primitive::<Int64Type>();
    Ok((0..a.len())
        .map(|i| if a.is_null(i) { -1 } else { a.value(i) })
        .collect())
}

pub(crate) fn col_f64(b: &RecordBatch, name: &str, null_as: f64) -> Result<Vec<f64>> {
    let c = b
        .column_by_name(name)
        .ok_or_else(|| EngineError::Query(format!("result lacks column {name}")))?;
    let c = cast(c, &DataType::Float64).map_err(|e| EngineError::Query(e.to_string()))?;
    let a = c.as_primitive::<Float64Type>();
    Ok((0..a.len())
        .map(|i| if a.is_null(i) { null_as } else { a.value(i) })
        .collect())
}

pub(crate) fn col_str(b: &RecordBatch, name: &str) -> Result<Vec<Option<String>>> {
    let c = b
        .column_by_name(name)
        .ok_or_else(|| EngineError::Query(format!("result lacks column {name}")))?;
    let c = cast(c, &DataType::Utf8).map_err(|e| EngineError::Query(e.to_string()))?;
    let a = c.as_string::<i32>();
    Ok((0..a.len())
        .map(|i| (!a.is_null(i)).then(|| a.value(i).to_string()))
        .collect())
}

pub(crate) fn col_bool(b: &RecordBatch, name: &str) -> Result<Vec<bool>> {
    let c = b
        .column_by_name(name)
        .ok_or_else(|| EngineError::Query(format!("result lacks column {name}")))?;
    let a = c.as_boolean();
    Ok((0..a.len()).map(|i| !a.is_null(i) && a.value(i)).collect())
}
