//! Two-group (a group against the rest of the population) aspatial indices.
//!
//! All take `group` (xᵢ) and `total` (tᵢ) counts per area; see the notation in the
//! [module root](super). Each is one pass over the areas except the Gini index (one sort) and
//! the concentration profile (one sort).
//!
//! References:
//! - Duncan, O. D. & Duncan, B. (1955). A methodological analysis of segregation indexes.
//!   *American Sociological Review* 20(2), 210–217.
//! - Massey, D. S. & Denton, N. A. (1988). The dimensions of residential segregation.
//!   *Social Forces* 67(2), 281–315.
//! - Theil, H. & Finizza, A. J. (1971). A note on the measurement of racial integration of
//!   schools by means of informational concepts. *J. Math. Sociology* 1, 187–194.
//! - Atkinson, A. B. (1970). On the measurement of inequality. *J. Economic Theory* 2, 244–263.
//! - Hong, S.-Y. & Sadahiro, Y. (2014). Measuring geographic segregation: a graph-based
//!   approach. *J. Geographical Systems* 16, 211–231 (concentration profile).
//! - O'Sullivan, D. & Wong, D. W. S. (2007). A surface-based approach to measuring spatial
//!   segregation. *Geographical Analysis* 39, 147–168 (min–max index).
//! - Allen, R., Burgess, S., Davidson, R. & Windmeijer, F. (2015). More reliable inference for
//!   the dissimilarity index of segregation. *The Econometrics Journal* 18, 40–66
//!   (density-corrected D).

use super::{SegregationError, Totals, check_two_group, share};

/// Index of dissimilarity (Duncan & Duncan 1955):
/// `D = ½ Σᵢ |xᵢ/X − yᵢ/Y|`, equivalently `Σᵢ tᵢ |pᵢ − P| / (2 T P (1 − P))`.
/// The share of the group (or of the rest) that would have to move for every area to have the
/// city's composition. 0 ≤ D ≤ 1.
pub fn dissimilarity(group: &[f64], total: &[f64]) -> Result<f64, SegregationError> {
    let tot = check_two_group(group, total)?;
    Ok(dissimilarity_unchecked(group, total, tot))
}

pub(crate) fn dissimilarity_unchecked(group: &[f64], total: &[f64], tot: Totals) -> f64 {
    let p = tot.p();
    let mut s = 0.0;
    for (&x, &t) in group.iter().zip(total) {
        s += t * (share(x, t) - p).abs();
    }
    s / (2.0 * tot.t * p * (1.0 - p))
}

/// Gini segregation index (Massey & Denton 1988, eq. 4):
/// `G = Σᵢ Σⱼ tᵢ tⱼ |pᵢ − pⱼ| / (2 T² P (1 − P))`, 0 ≤ G ≤ 1.
///
/// Computed in O(n log n) rather than O(n²): after sorting areas by pᵢ,
/// `Σᵢ Σⱼ tᵢ tⱼ |pᵢ − pⱼ| = 2 Σₖ tₖ (pₖ Σ_{j<k} tⱼ − Σ_{j<k} tⱼ pⱼ)`.
/// Allocates one buffer of n (share, total) pairs for the sort.
pub fn gini(group: &[f64], total: &[f64]) -> Result<f64, SegregationError> {
    let tot = check_two_group(group, total)?;
    let p = tot.p();
    let mut v: Vec<(u64, f64)> = group
        .iter()
        .zip(total)
        .filter(|&(_, &t)| t > 0.0)
        // Shares are ≥ 0, so the IEEE bit patterns sort like the numbers (and faster).
        .map(|(&x, &t)| ((x / t).to_bits(), t))
        .collect();
    v.sort_unstable_by_key(|e| e.0);
    let (mut cum_t, mut cum_tp, mut s) = (0.0, 0.0, 0.0);
    for &(bits, t) in &v {
        let pk = f64::from_bits(bits);
        s += t * (pk * cum_t - cum_tp);
        cum_t += t;
        cum_tp += t * pk;
    }
    Ok(s / (tot.t * tot.t * p * (1.0 - p)))
}

#[inline]
fn binary_entropy(p: f64) -> f64 {
    // 0 · ln 0 = 0 (the limit), so pure areas have zero entropy.
    let a = if p > 0.0 { -p * p.ln() } else { 0.0 };
    let b = if p < 1.0 {
        -(1.0 - p) * (1.0 - p).ln()
    } else {
        0.0
    };
    a + b
}

/// Entropy (information theory) index, Theil's H (Theil & Finizza 1971; Massey & Denton 1988):
/// `H = Σᵢ tᵢ (E − Eᵢ) / (E T)` with `E = −P ln P − (1−P) ln(1−P)` and `Eᵢ` the same with pᵢ,
/// `0 ln 0 = 0`. 0 ≤ H ≤ 1.
///
/// PySAL `segregation` 1.x dropped the whole term of areas with pᵢ ∈ {0, 1} (NaN from
/// `0 · ln 0` removed by `nansum`) instead of using `Eᵢ = 0`; 2.x uses the formula, as here.
pub fn entropy(group: &[f64], total: &[f64]) -> Result<f64, SegregationError> {
    let tot = check_two_group(group, total)?;
    let e = binary_entropy(tot.p());
    let mut s = 0.0;
    for (&x, &t) in group.iter().zip(total) {
        s += t * (e - binary_entropy(share(x, t)));
    }
    Ok(s / (e * tot.t))
}

/// Isolation index `xPx = Σᵢ (xᵢ/X)(xᵢ/tᵢ)` (Lieberson 1981; Massey & Denton 1988): the
/// group's share in the area of the average member of the group. P ≤ xPx ≤ 1.
pub fn isolation(group: &[f64], total: &[f64]) -> Result<f64, SegregationError> {
    let tot = check_two_group(group, total)?;
    Ok(isolation_unchecked(group, total, tot))
}

fn isolation_unchecked(group: &[f64], total: &[f64], tot: Totals) -> f64 {
    let mut s = 0.0;
    for (&x, &t) in group.iter().zip(total) {
        s += x * share(x, t);
    }
    s / tot.x
}

/// Interaction (exposure) index `xPy = Σᵢ (xᵢ/X)(yᵢ/tᵢ)` (Massey & Denton 1988): the share of
/// the rest of the population in the area of the average member of the group. Equals
/// `1 − xPx`.
pub fn interaction(group: &[f64], total: &[f64]) -> Result<f64, SegregationError> {
    let tot = check_two_group(group, total)?;
    let mut s = 0.0;
    for (&x, &t) in group.iter().zip(total) {
        s += x * share(t - x, t);
    }
    Ok(s / tot.x)
}

/// Correlation ratio `V = (xPx − P) / (1 − P)` (Bell 1954; White 1986; Massey & Denton 1988,
/// eq. 9): isolation adjusted for the group's size. 0 ≤ V ≤ 1.
pub fn correlation_ratio(group: &[f64], total: &[f64]) -> Result<f64, SegregationError> {
    let tot = check_two_group(group, total)?;
    let p = tot.p();
    Ok((isolation_unchecked(group, total, tot) - p) / (1.0 - p))
}

/// Atkinson index (Atkinson 1970; Massey & Denton 1988, eq. 5), 0 ≤ b < 1:
/// `A = 1 − P/(1−P) · |Σᵢ (1−pᵢ)^{1−b} pᵢ^b tᵢ / (P T)|^{1/(1−b)}`.
/// `b` weighs areas where the group is under- (b < ½) or over-represented (b > ½);
/// b = 0.1, 0.5, 0.9 are the customary choices.
pub fn atkinson(group: &[f64], total: &[f64], b: f64) -> Result<f64, SegregationError> {
    if !(0.0..1.0).contains(&b) {
        return Err(SegregationError::InvalidParameter {
            name: "b",
            expected: "a shape parameter with 0 ≤ b < 1",
        });
    }
    let tot = check_two_group(group, total)?;
    let p = tot.p();
    let mut s = 0.0;
    if b == 0.5 {
        // The common case without a power function: (1−p)^½ p^½ = √(p(1−p)).
        for (&x, &t) in group.iter().zip(total) {
            let pi = share(x, t);
            s += ((1.0 - pi) * pi).sqrt() * t;
        }
    } else {
        for (&x, &t) in group.iter().zip(total) {
            let pi = share(x, t);
            s += (1.0 - pi).powf(1.0 - b) * pi.powf(b) * t;
        }
    }
    Ok(1.0 - p / (1.0 - p) * (s / (p * tot.t)).abs().powf(1.0 / (1.0 - b)))
}

/// The thresholds of a profile: `m` evenly spaced values from 0 to 1 (as `numpy.linspace`,
/// bit for bit: `k · (1/(m−1))`, the last exactly 1).
pub(crate) fn linspace01(m: usize) -> impl Iterator<Item = f64> {
    let step = 1.0 / (m - 1) as f64;
    (0..m).map(move |k| if k == m - 1 { 1.0 } else { k as f64 * step })
}

/// Summary of a profile curve c(θ) over thresholds θ (Hong & Sadahiro 2014):
/// `R = (P − (Σ_{θ<P} c(θ)/m − Σ_{θ≥P} c(θ)/m)) / (1 − P)`.
pub(crate) fn profile_summary(curve: &[f64], p: f64) -> f64 {
    let m = curve.len() as f64;
    let (mut below, mut above) = (0.0, 0.0);
    for (theta, &c) in linspace01(curve.len()).zip(curve) {
        if theta < p {
            below += c;
        } else {
            above += c;
        }
    }
    (p - (below / m - above / m)) / (1.0 - p)
}

/// Concentration-profile index R (Hong & Sadahiro 2014; PySAL `ConProf`): with
/// `v(θ) = Σ_{i: pᵢ ≥ θ} xᵢ / X` the share of the group living in areas where it is at least θ
/// of the population, evaluated at `m` thresholds θ evenly spaced on [0, 1],
/// `R = (P − (Σ_{θ<P} v(θ)/m − Σ_{θ≥P} v(θ)/m)) / (1 − P)`. Areas with tᵢ = 0 never count.
/// PySAL uses m = 1000. One sort of the shares, then a binary search per threshold.
pub fn concentration_profile(
    group: &[f64],
    total: &[f64],
    m: usize,
) -> Result<f64, SegregationError> {
    if m < 2 {
        return Err(SegregationError::InvalidParameter {
            name: "m",
            expected: "at least 2 thresholds",
        });
    }
    let tot = check_two_group(group, total)?;
    let mut v: Vec<(f64, f64)> = group
        .iter()
        .zip(total)
        .filter(|&(_, &t)| t > 0.0)
        .map(|(&x, &t)| (x / t, x))
        .collect();
    v.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
    // suffix[k] = Σ_{j ≥ k} xⱼ in share order.
    let mut suffix = vec![0.0; v.len() + 1];
    for k in (0..v.len()).rev() {
        suffix[k] = suffix[k + 1] + v[k].1;
    }
    let curve: Vec<f64> = linspace01(m)
        .map(|theta| suffix[v.partition_point(|e| e.0 < theta)] / tot.x)
        .collect();
    Ok(profile_summary(&curve, tot.p()))
}

/// Min–max index (O'Sullivan & Wong 2007; PySAL `MinMax`):
/// `MM = 1 − Σᵢ min(xᵢ/X, yᵢ/Y) / Σᵢ max(xᵢ/X, yᵢ/Y)`, 0 ≤ MM ≤ 1. Applied to counts
/// smoothed over neighbourhoods it is the spatial min–max index
/// ([`spatial_min_max`](super::spatial_min_max)).
pub fn min_max(group: &[f64], total: &[f64]) -> Result<f64, SegregationError> {
    let tot = check_two_group(group, total)?;
    let (xs, ys) = (tot.x, tot.y());
    let (mut lo, mut hi) = (0.0, 0.0);
    for (&x, &t) in group.iter().zip(total) {
        let (a, b) = (x / xs, (t - x) / ys);
        lo += a.min(b);
        hi += a.max(b);
    }
    Ok(1.0 - lo / hi)
}

/// Location quotient of every area (Isard 1960; Brown & Chung 2006):
/// `LQᵢ = (xᵢ/tᵢ) / (X/T)`; 1 means the city's share, above 1 over-representation.
/// `None` for an area with no population.
pub fn location_quotients(
    group: &[f64],
    total: &[f64],
) -> Result<Vec<Option<f64>>, SegregationError> {
    let tot = check_two_group(group, total)?;
    let p = tot.p();
    Ok(group
        .iter()
        .zip(total)
        .map(|(&x, &t)| (t > 0.0).then(|| x / t / p))
        .collect())
}

/// The standard normal density, as SciPy computes it (`exp(−x²/2) / √(2π)`).
fn normal_pdf(x: f64) -> f64 {
    (-x * x / 2.0).exp() / (2.0 * std::f64::consts::PI).sqrt()
}

/// One-dimensional Nelder–Mead exactly as SciPy's `minimize(method="nelder-mead")` runs it
/// from x₀ = 0 (initial step 0.00025, reflection 1, expansion 2, contraction ½, shrink ½,
/// stop when both the simplex width ≤ `xatol` and the value spread ≤ 1e-4, at most 200
/// iterations). Returns the final simplex sorted by value.
fn nelder_mead_1d(f: impl Fn(f64) -> f64, xatol: f64) -> [(f64, f64); 2] {
    const FATOL: f64 = 1e-4;
    const MAX: usize = 200;
    let mut sim = [(0.0, f(0.0)), (0.00025, f(0.00025))];
    let mut calls = 2;
    let sort = |s: &mut [(f64, f64); 2]| {
        if s[1].1 < s[0].1 {
            s.swap(0, 1);
        }
    };
    sort(&mut sim);
    let mut iterations = 1;
    while calls < MAX && iterations < MAX {
        if (sim[1].0 - sim[0].0).abs() <= xatol && (sim[0].1 - sim[1].1).abs() <= FATOL {
            break;
        }
        let xbar = sim[0].0;
        let xr = 2.0 * xbar - sim[1].0;
        let fxr = f(xr);
        calls += 1;
        if fxr < sim[0].1 {
            let xe = 3.0 * xbar - 2.0 * sim[1].0;
            let fxe = f(xe);
            calls += 1;
            sim[1] = if fxe < fxr { (xe, fxe) } else { (xr, fxr) };
        } else {
            // In one dimension SciPy's "fxr < fsim[-2]" is "fxr < fsim[0]", already false here:
            // contract outside (fxr below the worst) or inside, else shrink towards the best.
            let mut shrink = false;
            if fxr < sim[1].1 {
                let xc = 1.5 * xbar - 0.5 * sim[1].0;
                let fxc = f(xc);
                calls += 1;
                if fxc <= fxr {
                    sim[1] = (xc, fxc);
                } else {
                    shrink = true;
                }
            } else {
                let xcc = 0.5 * xbar + 0.5 * sim[1].0;
                let fxcc = f(xcc);
                calls += 1;
                if fxcc < sim[1].1 {
                    sim[1] = (xcc, fxcc);
                } else {
                    shrink = true;
                }
            }
            if shrink {
                let x = sim[0].0 + 0.5 * (sim[1].0 - sim[0].0);
                sim[1] = (x, f(x));
                calls += 1;
            }
        }
        sort(&mut sim);
        iterations += 1;
    }
    sim
}

/// Density-corrected dissimilarity index (Allen, Burgess, Davidson & Windmeijer 2015), as in
/// PySAL `DensityCorrectedDissim`:
/// `D_dc = ½ Σⱼ σ̂ⱼ n(θ̂ⱼ)` with `σ̂ⱼ = √(p₁ⱼ(1−p₁ⱼ)/Y + p₀ⱼ(1−p₀ⱼ)/X)`, `p₀ⱼ = xⱼ/X`,
/// `p₁ⱼ = yⱼ/Y`, `θ̂ⱼ = |p₁ⱼ − p₀ⱼ| / σ̂ⱼ`, and `n(θ)` the mode of the folded normal
/// density `φ(u − θ) + φ(u + θ)` found by Nelder–Mead from 0 with tolerance `xtol`; PySAL
/// reports the second-best vertex of the final simplex, which is reproduced here so that the
/// values agree. Areas with σ̂ⱼ = 0 (empty) contribute nothing.
pub fn density_corrected_dissimilarity(
    group: &[f64],
    total: &[f64],
    xtol: f64,
) -> Result<f64, SegregationError> {
    if !(xtol > 0.0 && xtol.is_finite()) {
        return Err(SegregationError::InvalidParameter {
            name: "xtol",
            expected: "a positive tolerance",
        });
    }
    let tot = check_two_group(group, total)?;
    let (n0, n1) = (tot.x, tot.y());
    let mut s = 0.0;
    for (&x, &t) in group.iter().zip(total) {
        let p0 = x / n0;
        let p1 = (t - x) / n1;
        let sigma = (p1 * (1.0 - p1) / n1 + p0 * (1.0 - p0) / n0).sqrt();
        if sigma == 0.0 {
            continue;
        }
        let theta = (p1 - p0).abs() / sigma;
        let sim = nelder_mead_1d(|u| -(normal_pdf(u - theta) + normal_pdf(u + theta)), xtol);
        s += sigma * sim[1].0;
    }
    Ok(s / 2.0)
}

/// The seven classic aspatial two-group indices of one input, computed with one validation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TwoGroupIndices {
    /// [`dissimilarity`].
    pub dissimilarity: f64,
    /// [`gini`].
    pub gini: f64,
    /// [`entropy`] (Theil's H).
    pub entropy: f64,
    /// [`isolation`].
    pub isolation: f64,
    /// [`interaction`].
    pub interaction: f64,
    /// [`correlation_ratio`].
    pub correlation_ratio: f64,
    /// [`atkinson`] with b = 0.1, 0.5, 0.9.
    pub atkinson: [f64; 3],
}

/// All of [`TwoGroupIndices`] at once.
pub fn all_two_group(group: &[f64], total: &[f64]) -> Result<TwoGroupIndices, SegregationError> {
    Ok(TwoGroupIndices {
        dissimilarity: dissimilarity(group, total)?,
        gini: gini(group, total)?,
        entropy: entropy(group, total)?,
        isolation: isolation(group, total)?,
        interaction: interaction(group, total)?,
        correlation_ratio: correlation_ratio(group, total)?,
        atkinson: [
            atkinson(group, total, 0.1)?,
            atkinson(group, total, 0.5)?,
            atkinson(group, total, 0.9)?,
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // Two areas: A = 8 of 10, B = 2 of 10 → X = 10, Y = 10, P = ½.
    const G: [f64; 2] = [8.0, 2.0];
    const T: [f64; 2] = [10.0, 10.0];

    #[test]
    fn hand_checked_two_areas() {
        // D = ½(|0.8 − 0.2| + |0.2 − 0.8|) = 0.6
        assert!((dissimilarity(&G, &T).unwrap() - 0.6).abs() < 1e-15);
        // G = 2·100·0.6 / (2·400·¼) = 0.6
        assert!((gini(&G, &T).unwrap() - 0.6).abs() < 1e-15);
        // xPx = 0.8·0.8 + 0.2·0.2 = 0.68; xPy = 0.32; V = (0.68 − 0.5)/0.5 = 0.36
        assert!((isolation(&G, &T).unwrap() - 0.68).abs() < 1e-15);
        assert!((interaction(&G, &T).unwrap() - 0.32).abs() < 1e-15);
        assert!((correlation_ratio(&G, &T).unwrap() - 0.36).abs() < 1e-15);
        // H = 1 − H(0.8)/ln 2
        let h08 = -(0.8f64 * 0.8f64.ln() + 0.2 * 0.2f64.ln());
        assert!((entropy(&G, &T).unwrap() - (1.0 - h08 / 2f64.ln())).abs() < 1e-15);
        // A(b=½) = 1 − (Σ √(p(1−p)) t / (P T))² = 1 − (2·0.4·10/10)² = 1 − 0.64
        assert!((atkinson(&G, &T, 0.5).unwrap() - 0.36).abs() < 1e-15);
        // S = 0.2^0.9·0.8^0.1 + 0.8^0.9·0.2^0.1 = 0.926180 (the same sum for b = 0.1 and 0.9
        // here, the shares being symmetric); A(0.1) = 1 − S^(1/0.9) = 0.081678,
        // A(0.9) = 1 − S^10 = 0.535533.
        assert!((atkinson(&G, &T, 0.1).unwrap() - 0.081678).abs() < 1e-6);
        assert!((atkinson(&G, &T, 0.9).unwrap() - 0.535533).abs() < 1e-6);
        // MM = 1 − (0.2 + 0.2)/(0.8 + 0.8) = 0.75
        assert!((min_max(&G, &T).unwrap() - 0.75).abs() < 1e-15);
        let lq = location_quotients(&G, &T).unwrap();
        assert_eq!(lq, vec![Some(1.6), Some(0.4)]);
    }

    #[test]
    fn gini_sorting_equals_double_sum() {
        let g = [3.0, 0.0, 7.0, 5.0, 0.0, 9.0];
        let t = [10.0, 4.0, 9.0, 20.0, 0.0, 12.0];
        let (x, tt): (f64, f64) = (g.iter().sum(), t.iter().sum());
        let p = x / tt;
        let mut num = 0.0;
        for i in 0..6 {
            for j in 0..6 {
                num += t[i] * t[j] * (share(g[i], t[i]) - share(g[j], t[j])).abs();
            }
        }
        let expected = num / (2.0 * tt * tt * p * (1.0 - p));
        assert!((gini(&g, &t).unwrap() - expected).abs() < 1e-14);
    }

    #[test]
    fn errors_are_typed() {
        assert_eq!(dissimilarity(&[], &[]), Err(SegregationError::Empty));
        assert!(matches!(
            dissimilarity(&[1.0], &[1.0, 2.0]),
            Err(SegregationError::LengthMismatch { .. })
        ));
        assert!(matches!(
            gini(&[-1.0, 1.0], &[2.0, 2.0]),
            Err(SegregationError::InvalidCount { index: 0, .. })
        ));
        assert!(matches!(
            isolation(&[3.0, 1.0], &[2.0, 2.0]),
            Err(SegregationError::GroupExceedsTotal { index: 0, .. })
        ));
        assert!(matches!(
            entropy(&[0.0, 0.0], &[2.0, 2.0]),
            Err(SegregationError::ZeroTotal { .. })
        ));
        assert!(matches!(
            atkinson(&G, &T, 1.0),
            Err(SegregationError::InvalidParameter { name: "b", .. })
        ));
        assert!(matches!(
            dissimilarity(&[f64::NAN, 1.0], &[2.0, 2.0]),
            Err(SegregationError::InvalidCount { .. })
        ));
    }

    #[test]
    fn linspace_matches_numpy() {
        let g: Vec<f64> = linspace01(1000).collect();
        assert_eq!(g[0], 0.0);
        assert_eq!(g[999], 1.0);
        assert_eq!(g[1], 1.0 / 999.0);
        assert_eq!(g[500], 500.0 * (1.0 / 999.0));
    }
}
