//! Statistical disclosure control for published tables.
//!
//! A [`Table`] is a k-dimensional table with all its margins: each [`Dimension`] is flat
//! (categories + total) or hierarchical (e.g. country → region → city), and every aggregate
//! equals the sum of its parts along each dimension. Protection runs in three steps:
//!
//! 1. **Primary suppression** ([`primary_suppression`]): cells sensitive in themselves —
//!    frequency threshold on the unweighted number of contributors (default: fewer than 10
//!    persons), dominance (n, k) and p% rules for magnitudes.
//! 2. **Secondary suppression** ([`secondary_suppression`]): complements so that no suppressed
//!    cell can be recovered by subtraction along rows, columns, totals or any combination of
//!    the table's additive relations, checked by an exact linear-algebra audit
//!    ([`recoverable_cells`]).
//! 3. Optional **rounding** of the published values to a base ([`ProtectedTable::round_to`]).
//!
//! [`protect`] does all of it and returns a [`ProtectedTable`] in which the suppression status
//! and its reason travel with every value ([`ProtectedCell`]).
//!
//! Reference: Hundepool, Domingo-Ferrer, Franconi, Giessing, Schulte Nordholt, Spicer and
//! de Wolf (2012), *Statistical Disclosure Control*, Wiley, chapters 4 (magnitude tables) and 5
//! (frequency tables); Cox (1980) for complementary suppression.

pub mod audit;
pub mod primary;
pub mod secondary;
pub mod table;

pub use audit::recoverable_cells;
pub use primary::{DominanceRule, PPercentRule, PrimaryRules, primary_suppression};
pub use secondary::{Cost, SecondaryOptions, SecondaryReport, secondary_suppression};
pub use table::{CellData, Dimension, Line, MAX_TOP_CONTRIBUTIONS, Table};

use thiserror::Error;

/// Why a table could not be protected.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum DisclosureError {
    /// The number of cells does not match the dimensions.
    #[error("the dimensions imply {expected} cells, {got} given")]
    Shape {
        /// Product of the dimension sizes.
        expected: usize,
        /// Cells given.
        got: usize,
    },
    /// A dimension is malformed.
    #[error("invalid dimension: {0}")]
    InvalidDimension(String),
    /// A margin is not the sum of its parts.
    #[error("cell {cell:?} is {total} but its parts sum to {sum}: the table is not additive")]
    NotAdditive {
        /// Coordinates of the aggregate.
        cell: Vec<usize>,
        /// Its value.
        total: f64,
        /// Sum of its parts.
        sum: f64,
    },
    /// A magnitude rule needs contributions the cell does not carry.
    #[error("cell {cell:?} lacks its {needed} largest contributions needed by the rule")]
    MissingContributions {
        /// Coordinates.
        cell: Vec<usize>,
        /// How many were needed.
        needed: usize,
    },
    /// A rule's parameters are invalid.
    #[error("invalid rule: {0}")]
    InvalidRule(String),
}

/// Result alias of this module.
pub type Result<T> = std::result::Result<T, DisclosureError>;

/// Why a cell is sensitive in itself.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PrimaryReason {
    /// Fewer contributors than the threshold.
    Frequency {
        /// Contributors.
        n: u64,
        /// Threshold.
        threshold: u64,
    },
    /// The n largest contributors hold more than k% of the value.
    Dominance {
        /// n of the rule.
        n: usize,
        /// k of the rule (percent).
        k: f64,
        /// Their actual share (percent).
        share: f64,
    },
    /// The second largest contributor could estimate the largest within p%.
    PPercent {
        /// p of the rule (percent).
        p: f64,
        /// `X - x1 - x2`.
        remainder: f64,
        /// `x1`.
        largest: f64,
    },
}

/// The publication status of a cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CellStatus {
    /// Published.
    Published,
    /// Suppressed because sensitive itself.
    Primary(PrimaryReason),
    /// Suppressed to protect other cells.
    Secondary,
}

impl CellStatus {
    /// Whether the cell is withheld.
    pub fn is_suppressed(&self) -> bool {
        !matches!(self, CellStatus::Published)
    }
    /// A short flag for publication: `None` when published, `c` (confidential, Eurostat's flag)
    /// otherwise.
    pub fn flag(&self) -> Option<char> {
        self.is_suppressed().then_some('c')
    }
}

/// A protected table: the table, every cell's status, and optional rounding.
#[derive(Debug, Clone, PartialEq)]
pub struct ProtectedTable {
    /// The original table.
    pub table: Table,
    /// Status of every cell (same order as the table's cells).
    pub status: Vec<CellStatus>,
    /// What secondary suppression did.
    pub report: SecondaryReport,
    /// Rounding base applied to published values, if any.
    pub rounding_base: Option<f64>,
}

/// One cell as it is published: the value only when published, always the status.
#[derive(Debug, Clone, PartialEq)]
pub struct ProtectedCell {
    /// Coordinates (code indices per dimension).
    pub coords: Vec<usize>,
    /// Value to publish (rounded if requested), `None` when suppressed.
    pub value: Option<f64>,
    /// Unweighted n to publish, `None` when suppressed.
    pub n: Option<u64>,
    /// Status with its reason.
    pub status: CellStatus,
}

/// Primary and secondary suppression in one call.
pub fn protect(
    table: Table,
    rules: &PrimaryRules,
    options: &SecondaryOptions,
) -> Result<ProtectedTable> {
    let mut status = primary_suppression(&table, rules)?;
    let report = secondary_suppression(&table, &mut status, options)?;
    Ok(ProtectedTable {
        table,
        status,
        report,
        rounding_base: None,
    })
}

impl ProtectedTable {
    /// Rounds published values to the nearest multiple of `base` (halves away from zero),
    /// e.g. 5. This is conventional rounding of each cell, so published margins need not
    /// equal the sum of the published parts; controlled rounding that keeps additivity
    /// (Cox 1987) is not implemented. Suppression is decided on the unrounded table.
    pub fn round_to(mut self, base: f64) -> Result<Self> {
        if !(base > 0.0 && base.is_finite()) {
            return Err(DisclosureError::InvalidRule(format!(
                "rounding base must be > 0, got {base}"
            )));
        }
        self.rounding_base = Some(base);
        Ok(self)
    }

    /// The cell as published.
    pub fn cell(&self, idx: usize) -> ProtectedCell {
        let c = &self.table.cells()[idx];
        let status = self.status[idx];
        let published = !status.is_suppressed();
        let value = published.then(|| match self.rounding_base {
            Some(b) => (c.value / b).round() * b,
            None => c.value,
        });
        ProtectedCell {
            coords: self.table.coords(idx),
            value,
            n: published.then_some(c.n),
            status,
        }
    }

    /// All cells as published, in table order.
    pub fn cells(&self) -> impl Iterator<Item = ProtectedCell> + '_ {
        (0..self.table.len()).map(|i| self.cell(i))
    }

    /// Re-runs the audit on the final pattern (always empty for a table from [`protect`]).
    pub fn audit(&self) -> Vec<usize> {
        let s: Vec<bool> = self.status.iter().map(CellStatus::is_suppressed).collect();
        recoverable_cells(&self.table, &s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protect_rounds_and_hides() {
        let t = Table::from_leaves(
            vec![
                Dimension::flat("r", &["a", "b"], "T"),
                Dimension::flat("c", &["x", "y"], "T"),
            ],
            vec![
                (vec![0, 0], CellData::count(4)),
                (vec![0, 1], CellData::count(22)),
                (vec![1, 0], CellData::count(31)),
                (vec![1, 1], CellData::count(47)),
            ],
        )
        .unwrap();
        let p = protect(t, &PrimaryRules::default(), &SecondaryOptions::default())
            .unwrap()
            .round_to(5.0)
            .unwrap();
        assert!(p.audit().is_empty());
        let cells: Vec<ProtectedCell> = p.cells().collect();
        assert_eq!(cells[0].value, None);
        assert_eq!(cells[0].status.flag(), Some('c'));
        // the grand total 104 is published, rounded to 105
        let total = p.cell(p.table.index(&[2, 2]));
        assert_eq!(total.value, Some(105.0));
        assert_eq!(total.status, CellStatus::Published);
        assert!(p.clone().round_to(0.0).is_err());
    }
}
