//! Property tests of disclosure control on random 2- and 3-dimensional tables (flat and
//! hierarchical dimensions, many small counts):
//! * no published cell has `0 < n < threshold` (or `n < threshold` when empty cells are
//!   sensitive too);
//! * no suppressed cell is recoverable from the published cells: checked by the library's
//!   exact audit and, independently, by a floating-point elimination over relations rebuilt
//!   here from the dimensions.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use proptest::prelude::*;
use stats::disclosure::{
    CellData, CellStatus, Cost, Dimension, PrimaryReason, PrimaryRules, SecondaryOptions, Table,
    protect, recoverable_cells,
};

/// A dimension with `k` leaf categories, flat or with two intermediate groups; returns it and
/// the code index of each leaf.
fn dimension(name: &str, k: usize, hierarchical: bool) -> (Dimension, Vec<usize>) {
    let leaves: Vec<String> = (0..k).map(|i| format!("{name}{i}")).collect();
    if !hierarchical {
        return (Dimension::flat(name, &leaves, "Total"), (0..k).collect());
    }
    let half = (k / 2).max(1);
    let mut codes = vec![
        ("Total".to_string(), None),
        ("G1".to_string(), Some(0)),
        ("G2".to_string(), Some(0)),
    ];
    for (i, l) in leaves.into_iter().enumerate() {
        codes.push((l, Some(if i < half { 1 } else { 2 })));
    }
    (
        Dimension::hierarchical(name, codes).unwrap(),
        (3..3 + k).collect(),
    )
}

#[derive(Debug, Clone)]
struct Spec {
    dims: Vec<(usize, bool)>,
    counts: Vec<u64>,
}

fn spec() -> impl Strategy<Value = Spec> {
    prop::collection::vec((2usize..=4, any::<bool>()), 2..=3).prop_flat_map(|dims| {
        let n: usize = dims.iter().map(|d| d.0).product();
        let count = prop_oneof![
            3 => 1u64..10,
            3 => 10u64..80,
            1 => Just(0u64),
        ];
        (Just(dims), prop::collection::vec(count, n))
            .prop_map(|(dims, counts)| Spec { dims, counts })
    })
}

fn build(spec: &Spec) -> Table {
    let names = ["a", "b", "c"];
    let built: Vec<(Dimension, Vec<usize>)> = spec
        .dims
        .iter()
        .enumerate()
        .map(|(d, &(k, h))| dimension(names[d], k, h))
        .collect();
    let mut leaves = Vec::new();
    let sizes: Vec<usize> = spec.dims.iter().map(|d| d.0).collect();
    for (flat, &count) in spec.counts.iter().enumerate() {
        let mut rest = flat;
        let mut coords = vec![0; sizes.len()];
        for d in (0..sizes.len()).rev() {
            coords[d] = built[d].1[rest % sizes[d]];
            rest /= sizes[d];
        }
        leaves.push((coords, CellData::count(count)));
    }
    Table::from_leaves(built.into_iter().map(|b| b.0).collect(), leaves).unwrap()
}

/// Relations rebuilt from the dimensions (independently of `Table::lines`).
fn relations(table: &Table) -> Vec<Vec<(usize, f64)>> {
    let dims = table.dims();
    let mut out = Vec::new();
    let total: usize = dims.iter().map(Dimension::len).product();
    for idx in 0..total {
        let coords = table.coords(idx);
        for (d, dim) in dims.iter().enumerate() {
            let kids = dim.children(coords[d]);
            if kids.is_empty() {
                continue;
            }
            let mut rel = vec![(idx, 1.0)];
            for &k in kids {
                let mut c = coords.clone();
                c[d] = k;
                rel.push((table.index(&c), -1.0));
            }
            out.push(rel);
        }
    }
    out
}

/// Floating-point RREF with partial pivoting: the suppressed cells whose unit vector lies in
/// the row space of the relations restricted to suppressed cells.
fn recoverable_by_floats(table: &Table, suppressed: &[bool]) -> Vec<usize> {
    let unknowns: Vec<usize> = (0..table.len()).filter(|&i| suppressed[i]).collect();
    let col = |cell: usize| unknowns.iter().position(|&u| u == cell);
    let m = unknowns.len();
    let mut rows: Vec<Vec<f64>> = relations(table)
        .into_iter()
        .filter_map(|rel| {
            let mut row = vec![0.0; m];
            let mut any = false;
            for (cell, coef) in rel {
                if let Some(j) = col(cell) {
                    row[j] += coef;
                    any = true;
                }
            }
            any.then_some(row)
        })
        .collect();
    let eps = 1e-9;
    let mut pivots = Vec::new();
    let mut r = 0;
    for c in 0..m {
        if r == rows.len() {
            break;
        }
        let (best, val) = (r..rows.len())
            .map(|i| (i, rows[i][c].abs()))
            .fold((r, 0.0), |a, b| if b.1 > a.1 { b } else { a });
        if val < eps {
            continue;
        }
        rows.swap(r, best);
        let p = rows[r][c];
        for v in rows[r].iter_mut() {
            *v /= p;
        }
        let pivot = rows[r].clone();
        for (i, row) in rows.iter_mut().enumerate() {
            if i != r && row[c].abs() > 0.0 {
                let g = row[c];
                for (v, pv) in row.iter_mut().zip(&pivot) {
                    *v -= g * pv;
                }
            }
        }
        pivots.push((c, r));
        r += 1;
    }
    pivots
        .into_iter()
        .filter(|&(_, r)| rows[r].iter().filter(|v| v.abs() > eps).count() == 1)
        .map(|(c, _)| unknowns[c])
        .collect()
}

fn check(spec: &Spec, rules: &PrimaryRules, cost: Cost) -> Result<(), TestCaseError> {
    let table = build(spec);
    let protected = protect(table.clone(), rules, &SecondaryOptions { cost }).unwrap();
    let suppressed: Vec<bool> = protected
        .status
        .iter()
        .map(CellStatus::is_suppressed)
        .collect();
    for (i, c) in table.cells().iter().enumerate() {
        let sensitive = if c.n == 0 {
            rules.zeros_are_sensitive
        } else {
            c.n < rules.min_frequency
        };
        if sensitive {
            prop_assert!(
                matches!(
                    protected.status[i],
                    CellStatus::Primary(PrimaryReason::Frequency { .. })
                ),
                "cell {:?} with n = {} is published",
                table.coords(i),
                c.n
            );
        } else {
            prop_assert!(!matches!(protected.status[i], CellStatus::Primary(_)));
        }
        let shown = protected.cell(i);
        prop_assert_eq!(shown.value.is_none(), suppressed[i]);
        prop_assert_eq!(shown.n.is_none(), suppressed[i]);
    }
    let exact = recoverable_cells(&table, &suppressed);
    prop_assert!(exact.is_empty(), "recoverable cells {:?}", exact);
    let floats = recoverable_by_floats(&table, &suppressed);
    prop_assert!(floats.is_empty(), "float audit: recoverable {:?}", floats);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn default_rules_leave_nothing_small_or_recoverable(s in spec()) {
        check(&s, &PrimaryRules::default(), Cost::Value)?;
    }

    #[test]
    fn zero_sensitive_and_unit_cost(s in spec()) {
        let rules = PrimaryRules { zeros_are_sensitive: true, min_frequency: 15, ..Default::default() };
        check(&s, &rules, Cost::Unity)?;
    }

    #[test]
    fn the_two_audits_agree_on_random_patterns(
        s in spec(),
        pattern in prop::collection::vec(prop::bool::weighted(0.3), 400),
    ) {
        let table = build(&s);
        let suppressed: Vec<bool> = (0..table.len()).map(|i| pattern[i % pattern.len()]).collect();
        let mut a = recoverable_cells(&table, &suppressed);
        let mut b = recoverable_by_floats(&table, &suppressed);
        a.sort_unstable();
        b.sort_unstable();
        prop_assert_eq!(a, b);
    }
}
