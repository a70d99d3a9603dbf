//! Primary suppression: which cells are sensitive in themselves.
//!
//! Rules (Hundepool et al. 2012, *Statistical Disclosure Control*, §§4.2.1–4.2.3 and §5.2):
//! * **Threshold (minimum frequency)**: a cell with `0 < n < min_frequency` contributors is
//!   sensitive (default 10 persons). Empty cells (`n = 0`) disclose nobody and are safe unless
//!   `zeros_are_sensitive` is set.
//! * **Dominance (n, k)**: a magnitude cell is sensitive when its `n` largest contributions
//!   exceed `k`% of the cell value: `x_(1) + … + x_(n) > k/100 · X`. A cell with at most `n`
//!   contributors is sensitive.
//! * **p% rule**: a cell is sensitive when the second-largest contributor could estimate the
//!   largest one to within `p`%: `X - x_(1) - x_(2) < p/100 · x_(1)`.
//!
//! Contributions are assumed non-negative. Margins are tested like any other cell.

use super::table::Table;
use super::{CellStatus, DisclosureError, PrimaryReason, Result};

/// The (n, k) dominance rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DominanceRule {
    /// Number of largest contributors, n >= 1.
    pub n: usize,
    /// Percentage threshold k in (0, 100].
    pub k: f64,
}

/// Reads `N,K` (e.g. `1,60`: the largest contribution may make at most 60% of a cell), the
/// way the rule is written in the literature and on the command line; the message of a bad
/// rule says what N and K mean.
impl std::str::FromStr for DominanceRule {
    type Err = String;

    fn from_str(text: &str) -> std::result::Result<Self, String> {
        let (n, k) = text.split_once(',').ok_or_else(|| {
            format!("'{text}': give N,K, e.g. 1,60 (the N largest contributions may make at most K% of a cell)")
        })?;
        let n: usize = n
            .trim()
            .parse()
            .map_err(|_| format!("'{n}': N must be a whole number ≥ 1"))?;
        let k: f64 = k
            .trim()
            .parse()
            .map_err(|_| format!("'{k}': K must be a percentage"))?;
        if n == 0 || !(k > 0.0 && k <= 100.0) {
            return Err(format!("'{text}': N must be ≥ 1 and K between 0 and 100"));
        }
        Ok(DominanceRule { n, k })
    }
}

/// The p% rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PPercentRule {
    /// Percentage p > 0.
    pub p: f64,
}

/// The primary rules to apply.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PrimaryRules {
    /// Minimum number of contributors of a published non-empty cell (default 10).
    pub min_frequency: u64,
    /// Whether empty cells are sensitive too (default false).
    pub zeros_are_sensitive: bool,
    /// Optional dominance rule for magnitude tables.
    pub dominance: Option<DominanceRule>,
    /// Optional p% rule for magnitude tables.
    pub p_percent: Option<PPercentRule>,
}

impl Default for PrimaryRules {
    fn default() -> Self {
        PrimaryRules {
            min_frequency: 10,
            zeros_are_sensitive: false,
            dominance: None,
            p_percent: None,
        }
    }
}

fn needed_top(table: &Table, idx: usize, k: usize) -> Result<()> {
    let c = &table.cells()[idx];
    if (c.top.len() as u64) < (k as u64).min(c.n) {
        Err(DisclosureError::MissingContributions {
            cell: table.coords(idx),
            needed: k,
        })
    } else {
        Ok(())
    }
}

/// Applies the primary rules to every cell (margins included).
pub fn primary_suppression(table: &Table, rules: &PrimaryRules) -> Result<Vec<CellStatus>> {
    let bad_dominance = rules
        .dominance
        .filter(|d| d.n == 0 || !(d.k > 0.0 && d.k <= 100.0));
    if let Some(d) = bad_dominance {
        return Err(DisclosureError::InvalidRule(format!(
            "dominance rule ({}, {}) needs n >= 1 and 0 < k <= 100",
            d.n, d.k
        )));
    }
    let bad_p = rules.p_percent.filter(|p| !(p.p > 0.0 && p.p.is_finite()));
    if let Some(p) = bad_p {
        return Err(DisclosureError::InvalidRule(format!(
            "p% rule needs p > 0, got {}",
            p.p
        )));
    }
    let mut status = Vec::with_capacity(table.len());
    for (idx, c) in table.cells().iter().enumerate() {
        let sensitive_n = if c.n == 0 {
            rules.zeros_are_sensitive
        } else {
            c.n < rules.min_frequency
        };
        if sensitive_n {
            status.push(CellStatus::Primary(PrimaryReason::Frequency {
                n: c.n,
                threshold: rules.min_frequency,
            }));
            continue;
        }
        if c.n > 0 && c.value > 0.0 {
            if let Some(d) = rules.dominance {
                needed_top(table, idx, d.n)?;
                let top: f64 = c.top.iter().take(d.n).sum();
                let share = 100.0 * top / c.value;
                if c.n as usize <= d.n || share > d.k {
                    status.push(CellStatus::Primary(PrimaryReason::Dominance {
                        n: d.n,
                        k: d.k,
                        share,
                    }));
                    continue;
                }
            }
            if let Some(p) = rules.p_percent {
                needed_top(table, idx, 2)?;
                let x1 = c.top.first().copied().unwrap_or(0.0);
                let x2 = c.top.get(1).copied().unwrap_or(0.0);
                let remainder = c.value - x1 - x2;
                if remainder < p.p / 100.0 * x1 {
                    status.push(CellStatus::Primary(PrimaryReason::PPercent {
                        p: p.p,
                        remainder,
                        largest: x1,
                    }));
                    continue;
                }
            }
        }
        status.push(CellStatus::Published);
    }
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disclosure::table::{CellData, Dimension};

    #[test]
    fn a_dominance_rule_reads_as_n_comma_k() {
        assert_eq!(
            "2, 85".parse::<DominanceRule>(),
            Ok(DominanceRule { n: 2, k: 85.0 })
        );
        for bad in ["60", "0,60", "1,0", "1,101", "x,60", "1,k"] {
            assert!(bad.parse::<DominanceRule>().is_err(), "{bad}");
        }
    }

    fn one_cell_table(contributions: &[f64]) -> Table {
        Table::from_leaves(
            vec![Dimension::without_total("x", &["only"])],
            vec![(vec![0], CellData::from_contributions(contributions))],
        )
        .unwrap()
    }

    #[test]
    fn threshold_rule() {
        let t = Table::from_leaves(
            vec![Dimension::flat("a", &["x", "y", "z"], "T")],
            vec![
                (vec![0], CellData::count(3)),
                (vec![1], CellData::count(0)),
                (vec![2], CellData::count(25)),
            ],
        )
        .unwrap();
        let s = primary_suppression(&t, &PrimaryRules::default()).unwrap();
        assert!(matches!(
            s[0],
            CellStatus::Primary(PrimaryReason::Frequency {
                n: 3,
                threshold: 10
            })
        ));
        assert_eq!(s[1], CellStatus::Published);
        assert_eq!(s[2], CellStatus::Published);
        assert_eq!(s[3], CellStatus::Published);
        let strict = PrimaryRules {
            zeros_are_sensitive: true,
            ..Default::default()
        };
        assert!(primary_suppression(&t, &strict).unwrap()[1].is_suppressed());
    }

    #[test]
    fn dominance_and_p_percent_textbook() {
        // Hundepool et al. 2012 style: X = 100 from 80, 10, 5, 5 (n = 4 <10, so lower the
        // threshold to isolate the magnitude rules).
        let t = one_cell_table(&[80.0, 10.0, 5.0, 5.0]);
        let base = PrimaryRules {
            min_frequency: 1,
            ..Default::default()
        };
        let dom = |n, k| PrimaryRules {
            dominance: Some(DominanceRule { n, k }),
            ..base
        };
        // (1, 75): 80% > 75% → sensitive; (1, 85): safe; (2, 85): 90% > 85% → sensitive.
        assert!(primary_suppression(&t, &dom(1, 75.0)).unwrap()[0].is_suppressed());
        assert!(!primary_suppression(&t, &dom(1, 85.0)).unwrap()[0].is_suppressed());
        assert!(primary_suppression(&t, &dom(2, 85.0)).unwrap()[0].is_suppressed());
        // p%: remainder 100 - 80 - 10 = 10; p = 10 → 10 < 8? no → safe; p = 15 → 10 < 12 → sensitive.
        let pp = |p| PrimaryRules {
            p_percent: Some(PPercentRule { p }),
            ..base
        };
        assert!(!primary_suppression(&t, &pp(10.0)).unwrap()[0].is_suppressed());
        assert!(primary_suppression(&t, &pp(15.0)).unwrap()[0].is_suppressed());
        // two contributors: each knows the other exactly.
        let two = one_cell_table(&[50.0, 50.0]);
        assert!(primary_suppression(&two, &pp(1.0)).unwrap()[0].is_suppressed());
    }

    #[test]
    fn missing_contributions_is_an_error() {
        let t = Table::from_leaves(
            vec![Dimension::without_total("x", &["only"])],
            vec![(vec![0], CellData::count(40))],
        )
        .unwrap();
        let rules = PrimaryRules {
            p_percent: Some(PPercentRule { p: 10.0 }),
            ..Default::default()
        };
        assert!(matches!(
            primary_suppression(&t, &rules),
            Err(DisclosureError::MissingContributions { .. })
        ));
    }
}
