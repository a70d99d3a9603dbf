//! Change in segregation between two periods over the same areas: how much of the change in
//! D comes from changed composition (margins) and how much from a real redistribution of the
//! group across areas, and whether the change is larger than chance.
//!
//! Decomposition (Karmel & Maclachlan 1988, "Occupational sex segregation — increasing or
//! decreasing?", *Economic Record* 64, 187–195; Elbers 2023, "A method for studying
//! differences in segregation across time and space", *Sociological Methods & Research* 52,
//! 5–42): each period is an areas × {group, rest} table. Iterative proportional fitting gives
//! period 1's table with period 2's margins (area totals and group totals) and vice versa;
//! the two orders are averaged (Shapley; empty cells are seeded with 1e-9 of the mean cell so
//! that the fit always exists), so that
//! `D₂ − D₁ = composition + redistribution` exactly, with
//! `composition = ½[(D(1→2 margins) − D₁) + (D₂ − D(2→1 margins))]` — what the change of
//! margins alone would have done — and `redistribution` the rest: the change in the
//! association between area and group (its odds ratios), i.e. people of the group really
//! living elsewhere relative to the rest.
//!
//! Test (paired random relabelling): under the null hypothesis that the two periods are
//! exchangeable area by area, each area's two compositions are swapped between periods with
//! probability ½; the p-value is the share of `replicates` relabelled tables whose |D₂* − D₁*|
//! is at least the observed |D₂ − D₁| (with the customary +1 in numerator and denominator).

use super::{SegregationError, check_len, check_two_group, share};
use crate::rng::Xoshiro256;

/// The decomposition of a change in the index of dissimilarity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChangeDecomposition {
    /// D in the first period.
    pub start: f64,
    /// D in the second period.
    pub end: f64,
    /// `end − start`.
    pub change: f64,
    /// Part due to changed margins (group size, area sizes).
    pub composition: f64,
    /// Part due to redistribution of the group across areas (`change − composition`).
    pub redistribution: f64,
    /// IPF sweeps used (the larger of the two directions).
    pub ipf_iterations: usize,
}

/// Result of a permutation test of a change.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PermutationTest {
    /// Observed `D₂ − D₁`.
    pub observed: f64,
    /// Two-sided p-value `(1 + #{|Δ*| ≥ |Δ|}) / (R + 1)`.
    pub p_value: f64,
    /// Number of relabellings R.
    pub replicates: usize,
    /// Seed used (same seed, same p-value).
    pub seed: u64,
}

fn d_of(x: &[f64], y: &[f64]) -> f64 {
    let xs: f64 = x.iter().sum();
    let ys: f64 = y.iter().sum();
    x.iter()
        .zip(y)
        .map(|(a, b)| (a / xs - b / ys).abs())
        .sum::<f64>()
        / 2.0
}

/// Fits the table (x, y) to row totals `rows` and column totals (`cx`, `cy`) by iterative
/// proportional fitting; returns the number of sweeps.
fn ipf(
    x: &mut [f64],
    y: &mut [f64],
    rows: &[f64],
    cx: f64,
    cy: f64,
) -> Result<usize, SegregationError> {
    const TOL: f64 = 1e-12;
    const MAX: usize = 10_000;
    for sweep in 1..=MAX {
        // Columns.
        let (sx, sy): (f64, f64) = (x.iter().sum(), y.iter().sum());
        let (fx, fy) = (cx / sx, cy / sy);
        x.iter_mut().for_each(|v| *v *= fx);
        y.iter_mut().for_each(|v| *v *= fy);
        // Rows, measuring how far they were.
        let mut worst: f64 = 0.0;
        for ((a, b), &r) in x.iter_mut().zip(y.iter_mut()).zip(rows) {
            let s = *a + *b;
            if s > 0.0 {
                worst = worst.max((s - r).abs() / r);
                let f = r / s;
                *a *= f;
                *b *= f;
            }
        }
        let col_err =
            ((x.iter().sum::<f64>() - cx).abs() / cx).max((y.iter().sum::<f64>() - cy).abs() / cy);
        if worst.max(col_err) < TOL && (fx - 1.0).abs() < TOL && (fy - 1.0).abs() < TOL {
            return Ok(sweep);
        }
    }
    Err(SegregationError::InvalidParameter {
        name: "tables",
        expected: "tables whose zero cells allow the other period's margins (IPF did not converge)",
    })
}

struct Period<'a> {
    x: &'a [f64],
    t: &'a [f64],
}

fn check_pair(
    group1: &[f64],
    total1: &[f64],
    group2: &[f64],
    total2: &[f64],
) -> Result<(), SegregationError> {
    check_two_group(group1, total1)?;
    check_two_group(group2, total2)?;
    check_len("second period", total1.len(), total2.len())?;
    if let Some(i) = (0..total1.len()).find(|&i| (total1[i] > 0.0) != (total2[i] > 0.0)) {
        let _ = i;
        return Err(SegregationError::InvalidParameter {
            name: "areas",
            expected: "the same populated areas in both periods (an area empty in one period only cannot be decomposed)",
        });
    }
    Ok(())
}

/// Decomposes `D₂ − D₁` into composition and redistribution (see the module docs).
/// Both periods must cover the same areas in the same order, each populated in both or in
/// neither.
pub fn decompose_dissimilarity_change(
    group1: &[f64],
    total1: &[f64],
    group2: &[f64],
    total2: &[f64],
) -> Result<ChangeDecomposition, SegregationError> {
    check_pair(group1, total1, group2, total2)?;
    let p1 = Period {
        x: group1,
        t: total1,
    };
    let p2 = Period {
        x: group2,
        t: total2,
    };
    let rest = |p: &Period<'_>| -> Vec<f64> { p.x.iter().zip(p.t).map(|(x, t)| t - x).collect() };
    let (y1, y2) = (rest(&p1), rest(&p2));
    let start = d_of(p1.x, &y1);
    let end = d_of(p2.x, &y2);
    let counterfactual = |from: &Period<'_>, from_y: &[f64], to: &Period<'_>, to_y: &[f64]| {
        // Empty cells (the group absent from an area) can make the other period's margins
        // unreachable by scaling alone; seeding them with a negligible count (1e-9 of the mean
        // cell) keeps IPF well defined while changing D by less than 1e-8.
        let mean = from.t.iter().sum::<f64>() / (2 * from.t.len()) as f64;
        let seed = |v: f64| if v > 0.0 { v } else { 1e-9 * mean };
        let mut x: Vec<f64> = from
            .x
            .iter()
            .zip(from.t)
            .map(|(&v, &t)| if t > 0.0 { seed(v) } else { 0.0 })
            .collect();
        let mut y: Vec<f64> = from_y
            .iter()
            .zip(from.t)
            .map(|(&v, &t)| if t > 0.0 { seed(v) } else { 0.0 })
            .collect();
        let cx: f64 = to.x.iter().sum();
        let cy: f64 = to_y.iter().sum();
        ipf(&mut x, &mut y, to.t, cx, cy).map(|it| (d_of(&x, &y), it))
    };
    let (d12, it1) = counterfactual(&p1, &y1, &p2, &y2)?;
    let (d21, it2) = counterfactual(&p2, &y2, &p1, &y1)?;
    let composition = 0.5 * ((d12 - start) + (end - d21));
    let change = end - start;
    Ok(ChangeDecomposition {
        start,
        end,
        change,
        composition,
        redistribution: change - composition,
        ipf_iterations: it1.max(it2),
    })
}

/// Permutation test of `D₂ − D₁` by paired random relabelling (see the module docs), with a
/// fixed `seed` so results are reproducible. Allocates four buffers of n once.
pub fn dissimilarity_change_test(
    group1: &[f64],
    total1: &[f64],
    group2: &[f64],
    total2: &[f64],
    replicates: usize,
    seed: u64,
) -> Result<PermutationTest, SegregationError> {
    if replicates == 0 {
        return Err(SegregationError::InvalidParameter {
            name: "replicates",
            expected: "at least one relabelling",
        });
    }
    check_two_group(group1, total1)?;
    check_two_group(group2, total2)?;
    check_len("second period", total1.len(), total2.len())?;
    let n = total1.len();
    let d = |x: &[f64], t: &[f64]| {
        let xs: f64 = x.iter().sum();
        let ts: f64 = t.iter().sum();
        let p = xs / ts;
        if !(p > 0.0 && p < 1.0) {
            return 0.0;
        }
        x.iter()
            .zip(t)
            .map(|(&a, &b)| b * (share(a, b) - p).abs())
            .sum::<f64>()
            / (2.0 * ts * p * (1.0 - p))
    };
    let observed = d(group2, total2) - d(group1, total1);
    let mut rng = Xoshiro256::seed(seed);
    let (mut xa, mut ta, mut xb, mut tb) = (vec![0.0; n], vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let mut extreme = 0usize;
    let mut bits = 0u64;
    for _ in 0..replicates {
        for i in 0..n {
            if i % 64 == 0 {
                bits = rng.next_u64();
            }
            let swap = (bits >> (i % 64)) & 1 == 1;
            if swap {
                (xa[i], ta[i], xb[i], tb[i]) = (group2[i], total2[i], group1[i], total1[i]);
            } else {
                (xa[i], ta[i], xb[i], tb[i]) = (group1[i], total1[i], group2[i], total2[i]);
            }
        }
        let diff = d(&xb, &tb) - d(&xa, &ta);
        if diff.abs() >= observed.abs() - 1e-12 {
            extreme += 1;
        }
    }
    Ok(PermutationTest {
        observed,
        p_value: (1 + extreme) as f64 / (replicates + 1) as f64,
        replicates,
        seed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pure_margin_change_is_all_composition() {
        // Period 2 = period 1 with the group doubled everywhere (same odds ratios).
        let g1 = [10.0, 40.0, 5.0, 25.0];
        let t1 = [100.0, 120.0, 80.0, 90.0];
        // Scale the group column by 2 and the rest by 1: odds ratios unchanged.
        let g2: Vec<f64> = g1.iter().map(|g| 2.0 * g).collect();
        let t2: Vec<f64> = g1.iter().zip(&t1).map(|(g, t)| t - g + 2.0 * g).collect();
        let dec = decompose_dissimilarity_change(&g1, &t1, &g2, &t2).unwrap();
        // D is invariant to scaling a column, so nothing changes at all.
        assert!(dec.change.abs() < 1e-12);
        assert!(dec.redistribution.abs() < 1e-9);
        assert!((dec.composition + dec.redistribution - dec.change).abs() < 1e-15);
    }

    #[test]
    fn redistribution_shows_up() {
        let g1 = [10.0, 10.0, 10.0, 10.0];
        let t1 = [100.0, 100.0, 100.0, 100.0];
        let g2 = [30.0, 5.0, 3.0, 2.0];
        let t2 = [100.0, 100.0, 100.0, 100.0];
        let dec = decompose_dissimilarity_change(&g1, &t1, &g2, &t2).unwrap();
        assert!(dec.start.abs() < 1e-15);
        assert!(dec.change > 0.2);
        // Margins are identical in both periods: all of it is redistribution.
        assert!(dec.composition.abs() < 1e-9);
        assert!((dec.redistribution - dec.change).abs() < 1e-9);
        let test = dissimilarity_change_test(&g1, &t1, &g2, &t2, 999, 7).unwrap();
        assert_eq!(test.observed, dec.change);
        assert_eq!(
            test,
            dissimilarity_change_test(&g1, &t1, &g2, &t2, 999, 7).unwrap()
        );
        // Only 16 relabellings exist; the observed one is among the most extreme.
        assert!(test.p_value > 0.0 && test.p_value <= 1.0);
    }

    #[test]
    fn large_real_change_is_significant_and_no_change_is_not() {
        let n = 200;
        let t: Vec<f64> = (0..n).map(|i| 100.0 + (i % 7) as f64).collect();
        let g1: Vec<f64> = (0..n).map(|i| 20.0 + (i % 3) as f64).collect();
        let g2: Vec<f64> = (0..n)
            .map(|i| if i % 2 == 0 { 40.0 } else { 2.0 })
            .collect();
        let test = dissimilarity_change_test(&g1, &t, &g2, &t, 499, 1).unwrap();
        assert!(test.p_value < 0.01, "{test:?}");
        let same = dissimilarity_change_test(&g1, &t, &g1, &t, 99, 1).unwrap();
        assert_eq!(same.p_value, 1.0);
    }
}
