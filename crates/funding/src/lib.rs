//! The funding map: who funds what for whom, where — and what nobody funds.
//!
//! - [`import`]: a list of funded operations (a managing authority's published list of
//!   operations, or a city's own register) read through the ingest crate's
//!   `funded-operations` reader, its categories of intervention checked against
//!   `catalogue/funding/categories.toml`, written in one transaction;
//! - [`rules`]: the data files of `catalogue/funding/` (categories → fields of action,
//!   places, currencies, needs, populations, the duplication rule);
//! - [`classify`]: an operation's fields of action and target groups, and on what grounds;
//! - [`map`]: a place's matrix of fields × target groups, its gaps (a need — a wide gap to
//!   nationals — and no funding), overlaps and possible duplications, euros per resident;
//! - [`beneficiaries`]: beneficiaries told apart by identifier or normalised name.
//!
//! The store keeps the operations as their lists state them ([`store::funding`]); every
//! meaning is given here, when read, so that a better mapping needs no re-import.

// FundingError carries the reader's whole location (file, line, column) so that a refused
// file says where; it is built once per failed import, so its size does not matter.
#![allow(clippy::result_large_err)]

pub mod beneficiaries;
pub mod classify;
pub mod map;
pub mod report;
pub mod rules;

pub use map::{FundingMap, funding_map};
pub use rules::Rules;

use ingest::{Collect, Format, ImportReport, Input};
use serde::Serialize;
use store::Store;

#[derive(Debug, thiserror::Error)]
pub enum FundingError {
    /// The file cannot be read as a list of operations: nothing was written.
    #[error(transparent)]
    Ingest(#[from] ingest::IngestError),
    /// A row is readable but cannot be placed: nothing was written.
    #[error("{file}, line {line}, column {column}: {message}")]
    Invalid {
        file: String,
        line: u64,
        column: String,
        message: String,
    },
    /// A data file of the funding map is wrong.
    #[error("{file}: {message}")]
    Rules { file: String, message: String },
    #[error(
        "no place '{place}' on the funding map; the places are {} and every country by its ISO code (HR, DE, …)",
        .known.join(", ")
    )]
    UnknownPlace { place: String, known: Vec<String> },
    #[error(transparent)]
    Practices(#[from] practices::PracticesError),
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

pub type Result<T> = std::result::Result<T, FundingError>;

/// A list of operations to import.
#[derive(Debug, Clone, Copy)]
pub struct ImportRequest<'a> {
    pub file_name: &'a str,
    pub bytes: &'a [u8],
    pub source: &'a str,
    pub licence: &'a str,
    /// A managing authority's list as published: its rows without an amount or a fund are
    /// kept as gaps. A city's register (false) must name both on every row.
    pub as_published: bool,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Outcome {
    Imported {
        import_id: i64,
        operations: usize,
        /// Rows of a Kohesio beneficiary export (a file holds one kind or the other).
        beneficiary_totals: usize,
        report: ImportReport,
    },
    /// A file with these exact bytes was imported before: nothing to do.
    AlreadyImported(store::ImportRecord),
}

/// Reads and checks a list of operations and writes it in one transaction: a row that
/// cannot be read or placed (an unknown category of intervention or currency, a field or
/// group the vocabulary does not know) refuses the whole file before anything is written.
pub fn import(store: &mut Store, req: ImportRequest<'_>, rules: &Rules) -> Result<Outcome> {
    let sha256 = model::checksum::sha256_hex(req.bytes);
    if let Some(previous) = store.find_import_by_sha256(&sha256)? {
        return Ok(Outcome::AlreadyImported(previous));
    }
    let Checked {
        format,
        rows,
        report,
    } = check_file(req, rules)?;
    let provenance = model::Provenance {
        file_name: req.file_name.to_string(),
        sha256,
        format: format.name().to_string(),
        source: req.source.to_string(),
        licence: req.licence.to_string(),
    };
    let report_json = serde_json::to_string(&report).unwrap_or_default();
    let import_id = if format == Format::KOHESIO_BENEFICIARIES {
        store.import_beneficiary_totals(&provenance, &rows.beneficiary_totals, &report_json)?
    } else {
        store.import_operations(&provenance, &rows.operations, &report_json)?
    };
    Ok(Outcome::Imported {
        import_id,
        operations: rows.operations.len(),
        beneficiary_totals: rows.beneficiary_totals.len(),
        report,
    })
}

/// A file read and checked, not yet written.
#[derive(Debug)]
pub struct Checked {
    pub format: Format,
    pub rows: Collect,
    pub report: ImportReport,
}

/// Reads and checks a file as [`import`] does, writing nothing: an upload is checked so
/// before it becomes a draft.
pub fn check_file(req: ImportRequest<'_>, rules: &Rules) -> Result<Checked> {
    let input = Input::memory(req.file_name, req.bytes.to_vec());
    let options = ingest::Options {
        as_published: req.as_published,
        ..Default::default()
    };
    let mut rows = Collect::default();
    // Kohesio's export is recognised by its header; anything else must be a list of
    // operations, and the reader says which column it misses.
    let format = match ingest::detect(&input) {
        Ok(f) if f == Format::KOHESIO_BENEFICIARIES => f,
        _ => Format::FUNDED_OPERATIONS,
    };
    let mut report = ingest::read(&input, Some(format), &options, &mut rows, &mut |_| {})?;
    for op in &rows.operations {
        check(op, rules, req.file_name)?;
    }
    let mut lists: Vec<String> = rows.operations.iter().map(|o| o.list.clone()).collect();
    lists.sort();
    lists.dedup();
    report.datasets = lists;
    Ok(Checked {
        format,
        rows,
        report,
    })
}

/// What the funding map must understand of a row before it is stored.
fn check(op: &model::FundedOperation, rules: &Rules, file: &str) -> Result<()> {
    let invalid = |column: &str, message: String| FundingError::Invalid {
        file: file.to_string(),
        line: op.line,
        column: column.to_string(),
        message,
    };
    if let Err(code) = rules.category_of(&op.category) {
        return Err(invalid(
            "category_of_intervention",
            format!(
                "'{}' is not a known category of intervention (code {code}): add the code to catalogue/funding/categories.toml with its fields of action (or outside = true), or correct the cell",
                op.category
            ),
        ));
    }
    if rules.per_euro(&op.currency).is_none() {
        return Err(invalid(
            "currency",
            format!(
                "'{}' is not a currency of catalogue/funding/funding.toml ({}): add it with its rate per euro and the rate's source",
                op.currency,
                rules
                    .currency
                    .keys()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    if let Some(f) = op.fields.iter().find(|f| !rules.is_field(f)) {
        return Err(invalid(
            "fields_of_action",
            format!(
                "'{f}' is not a field of action; the fields are {}",
                rules.fields().join(", ")
            ),
        ));
    }
    if let Some(g) = op.target_groups.iter().find(|g| !rules.is_group(g)) {
        let groups: Vec<&str> = rules
            .vocabulary
            .target_group
            .iter()
            .map(|t| t.name.as_str())
            .collect();
        return Err(invalid(
            "target_groups",
            format!(
                "'{g}' is not a target group; the groups are {}",
                groups.join(", ")
            ),
        ));
    }
    Ok(())
}
