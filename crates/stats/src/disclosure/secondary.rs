//! Secondary (complementary) suppression, so that no suppressed cell can be recovered from the
//! published cells of the table.
//!
//! # Method
//! 1. **Line heuristic** (the classic "at least two suppressions per line" rule, Hundepool et
//!    al. 2012 §4.3.1; Cox 1980): for every additive relation (a row, column or any margin
//!    line of any dimension, and every parent/children relation of a hierarchy) that has
//!    exactly one suppressed cell, suppress the cheapest other cell of the line; repeat until
//!    no line has exactly one suppressed cell.
//! 2. **Audit** ([`super::audit`]): the line rule is necessary but not sufficient (suppressions
//!    can be recovered by combining several lines, e.g. a cell bridging two suppressed
//!    rectangles). Each cell the audit finds recoverable gets one more complement, the
//!    cheapest unsuppressed cell sharing a line with it; then back to 1.
//!
//! Each round suppresses at least one more cell, and a table with every cell suppressed is
//! safe, so the loop terminates; the result always passes the audit.
//!
//! # Choice of complements
//! Candidates are ranked by: non-zero value first (an empty complement protects little once
//! non-negativity is used), then interior cells before margins (fewer further lines affected),
//! then [`Cost`], then position. This is a greedy heuristic, not the cost-optimal pattern of
//! the hypercube or LP methods in τ-ARGUS.

use super::audit::recoverable_cells;
use super::table::Table;
use super::{CellStatus, Result};

/// What a complementary suppression costs (smaller is preferred).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cost {
    /// The cell value (information loss in units of the table).
    #[default]
    Value,
    /// The number of contributors.
    Frequency,
    /// Every cell costs the same (minimise the number of suppressions).
    Unity,
}

/// Options of secondary suppression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SecondaryOptions {
    /// Cost of a complementary suppression.
    pub cost: Cost,
}

/// What secondary suppression did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecondaryReport {
    /// Number of cells suppressed as complements.
    pub secondary: usize,
    /// Rounds of (line heuristic + audit).
    pub rounds: usize,
}

fn rank_key(table: &Table, idx: usize, cost: Cost) -> (bool, usize, f64, usize) {
    let c = &table.cells()[idx];
    let cost = match cost {
        Cost::Value => c.value.abs(),
        Cost::Frequency => c.n as f64,
        Cost::Unity => 1.0,
    };
    (c.value == 0.0, table.aggregate_level(idx), cost, idx)
}

fn better(a: (bool, usize, f64, usize), b: (bool, usize, f64, usize)) -> bool {
    (a.0, a.1)
        .cmp(&(b.0, b.1))
        .then(a.2.total_cmp(&b.2))
        .then(a.3.cmp(&b.3))
        .is_lt()
}

/// Adds secondary suppressions to `status` (from [`super::primary_suppression`] or any other
/// source) until the audit finds no recoverable cell.
pub fn secondary_suppression(
    table: &Table,
    status: &mut [CellStatus],
    options: &SecondaryOptions,
) -> Result<SecondaryReport> {
    if status.len() != table.len() {
        return Err(super::DisclosureError::Shape {
            expected: table.len(),
            got: status.len(),
        });
    }
    let lines = table.lines();
    let mut lines_of = vec![Vec::new(); table.len()];
    for (l, line) in lines.iter().enumerate() {
        lines_of[line.total].push(l);
        for &p in &line.parts {
            lines_of[p].push(l);
        }
    }
    let mut suppressed: Vec<bool> = status.iter().map(CellStatus::is_suppressed).collect();
    let mut added = 0;
    let mut rounds = 0;
    let best_in_line = |suppressed: &[bool], l: usize| -> Option<usize> {
        let line = &lines[l];
        let mut best: Option<(usize, (bool, usize, f64, usize))> = None;
        for &p in &line.parts {
            if !suppressed[p] {
                let k = rank_key(table, p, options.cost);
                if best.is_none_or(|(_, bk)| better(k, bk)) {
                    best = Some((p, k));
                }
            }
        }
        // the line's total only if no part is left
        best.map(|b| b.0)
            .or((!suppressed[line.total]).then_some(line.total))
    };
    loop {
        rounds += 1;
        // 1. line heuristic to a fixpoint
        loop {
            let mut changed = false;
            for (l, line) in lines.iter().enumerate() {
                let count = usize::from(suppressed[line.total])
                    + line.parts.iter().filter(|&&p| suppressed[p]).count();
                let complement = if count == 1 {
                    best_in_line(&suppressed, l)
                } else {
                    None
                };
                if let Some(c) = complement {
                    suppressed[c] = true;
                    status[c] = CellStatus::Secondary;
                    added += 1;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        // 2. audit
        let exposed = recoverable_cells(table, &suppressed);
        if exposed.is_empty() {
            return Ok(SecondaryReport {
                secondary: added,
                rounds,
            });
        }
        let mut progress = false;
        for c in exposed {
            let mut best: Option<(usize, (bool, usize, f64, usize))> = None;
            for &l in &lines_of[c] {
                if let Some(cand) = best_in_line(&suppressed, l) {
                    let k = rank_key(table, cand, options.cost);
                    if best.is_none_or(|(_, bk)| better(k, bk)) {
                        best = Some((cand, k));
                    }
                }
            }
            if let Some((cand, _)) = best {
                suppressed[cand] = true;
                status[cand] = CellStatus::Secondary;
                added += 1;
                progress = true;
            }
        }
        if !progress {
            // every line through the exposed cells is fully suppressed: widen to the cheapest
            // unsuppressed cell anywhere (terminates: an all-suppressed table is safe)
            let cand = (0..table.len())
                .filter(|&i| !suppressed[i])
                .min_by(|&a, &b| {
                    if better(
                        rank_key(table, a, options.cost),
                        rank_key(table, b, options.cost),
                    ) {
                        std::cmp::Ordering::Less
                    } else {
                        std::cmp::Ordering::Greater
                    }
                });
            match cand {
                Some(c) => {
                    suppressed[c] = true;
                    status[c] = CellStatus::Secondary;
                    added += 1;
                }
                None => {
                    return Ok(SecondaryReport {
                        secondary: added,
                        rounds,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disclosure::table::{CellData, Dimension};
    use crate::disclosure::{PrimaryRules, primary_suppression};

    #[test]
    fn classic_two_by_three() {
        // rows r0: 3, 20, 30 | r1: 40, 15, 50  → r0c0 (3) is primary; complements must hide it
        let leaves = vec![
            (vec![0, 0], CellData::count(3)),
            (vec![0, 1], CellData::count(20)),
            (vec![0, 2], CellData::count(30)),
            (vec![1, 0], CellData::count(40)),
            (vec![1, 1], CellData::count(15)),
            (vec![1, 2], CellData::count(50)),
        ];
        let t = Table::from_leaves(
            vec![
                Dimension::flat("r", &["r0", "r1"], "R"),
                Dimension::flat("c", &["c0", "c1", "c2"], "C"),
            ],
            leaves,
        )
        .unwrap();
        let mut s = primary_suppression(&t, &PrimaryRules::default()).unwrap();
        let report = secondary_suppression(&t, &mut s, &SecondaryOptions::default()).unwrap();
        let sup: Vec<bool> = s.iter().map(CellStatus::is_suppressed).collect();
        assert!(recoverable_cells(&t, &sup).is_empty());
        // the cheapest rectangle: r0c0, r0c1 (20), r1c0 (40), r1c1 (15)
        for c in [[0, 0], [0, 1], [1, 0], [1, 1]] {
            assert!(sup[t.index(&c)], "{c:?} should be suppressed");
        }
        assert_eq!(report.secondary, 3);
        assert_eq!(sup.iter().filter(|&&b| b).count(), 4);
    }
}
