//! Multigroup indices: segregation among K ≥ 2 groups at once, and local diversity.
//!
//! Notation: `x_ik` the count of group k in area i, `tᵢ = Σₖ x_ik` (the groups are assumed to
//! partition the population, as in PySAL), `T = Σᵢ tᵢ`, `p_ik = x_ik/tᵢ`, `Pₖ = Σᵢ x_ik / T`,
//! Simpson's interaction `I = Σₖ Pₖ(1 − Pₖ)` and the entropy `E = −Σₖ Pₖ ln Pₖ`. Areas with
//! tᵢ = 0 contribute nothing.
//!
//! References:
//! - Reardon, S. F. & Firebaugh, G. (2002). Measures of multigroup segregation.
//!   *Sociological Methodology* 32, 33–67 (D, G, normalised exposure, information theory,
//!   relative diversity, squared coefficient of variation).
//! - Theil, H. (1972). *Statistical Decomposition Analysis*; Roberto, E. (2015). The
//!   divergence index: a decomposable measure of segregation and inequality. arXiv:1508.01167.
//! - Simpson, E. H. (1949). Measurement of diversity. *Nature* 163, 688.

use super::{SegregationError, check_len};

/// Validated counts of K groups over n areas (one slice per group, one value per area).
#[derive(Debug, Clone)]
pub struct GroupCounts<'a> {
    groups: &'a [&'a [f64]],
    area_totals: Vec<f64>,
    shares: Vec<f64>,
    total: f64,
}

impl<'a> GroupCounts<'a> {
    /// Checks that there are at least two groups, all of the same length n ≥ 1, with finite
    /// non-negative counts and every group present somewhere.
    pub fn new(groups: &'a [&'a [f64]]) -> Result<Self, SegregationError> {
        if groups.len() < 2 {
            return Err(SegregationError::InvalidParameter {
                name: "groups",
                expected: "at least two groups",
            });
        }
        let n = groups[0].len();
        if n == 0 {
            return Err(SegregationError::Empty);
        }
        let mut area_totals = vec![0.0; n];
        let mut group_totals = Vec::with_capacity(groups.len());
        for g in groups {
            check_len("group", n, g.len())?;
            let mut s = 0.0;
            for (index, (&v, at)) in g.iter().zip(area_totals.iter_mut()).enumerate() {
                if !(v.is_finite() && v >= 0.0) {
                    return Err(SegregationError::InvalidCount {
                        what: "group",
                        index,
                        value: v,
                    });
                }
                *at += v;
                s += v;
            }
            if s <= 0.0 {
                return Err(SegregationError::ZeroTotal {
                    what: "population of one of the groups",
                });
            }
            group_totals.push(s);
        }
        let total: f64 = group_totals.iter().sum();
        let shares = group_totals.iter().map(|g| g / total).collect();
        Ok(Self {
            groups,
            area_totals,
            shares,
            total,
        })
    }

    /// Number of areas.
    pub fn n_areas(&self) -> usize {
        self.area_totals.len()
    }

    /// Number of groups.
    pub fn n_groups(&self) -> usize {
        self.groups.len()
    }

    /// City-wide share Pₖ of every group.
    pub fn shares(&self) -> &[f64] {
        &self.shares
    }

    /// Total population of every area.
    pub fn area_totals(&self) -> &[f64] {
        &self.area_totals
    }

    fn simpson_interaction(&self) -> f64 {
        self.shares.iter().map(|p| p * (1.0 - p)).sum()
    }

    fn entropy(&self) -> f64 {
        -self.shares.iter().map(|p| p * p.ln()).sum::<f64>()
    }

    /// Σᵢ Σₖ tᵢ f(p_ik, Pₖ) over areas with tᵢ > 0.
    fn weighted_sum(&self, f: impl Fn(f64, f64) -> f64) -> f64 {
        let mut s = 0.0;
        for (g, &pk) in self.groups.iter().zip(&self.shares) {
            for (&x, &t) in g.iter().zip(&self.area_totals) {
                if t > 0.0 {
                    s += t * f(x / t, pk);
                }
            }
        }
        s
    }
}

/// Multigroup dissimilarity (Reardon & Firebaugh 2002, eq. 9; Morgan 1975; Sakoda 1981):
/// `D = Σᵢ Σₖ tᵢ |p_ik − Pₖ| / (2 T I)`. 0 ≤ D ≤ 1.
pub fn multigroup_dissimilarity(c: &GroupCounts<'_>) -> f64 {
    c.weighted_sum(|p, pk| (p - pk).abs()) / (2.0 * c.total * c.simpson_interaction())
}

/// Multigroup Gini (Reardon & Firebaugh 2002, eq. 10):
/// `G = Σₖ Σᵢ Σⱼ tᵢ tⱼ |p_ik − p_jk| / (2 T² I)`, computed in O(K n log n) by sorting each
/// group's shares (see [`gini`](super::gini)). One buffer of n pairs is reused for all groups.
pub fn multigroup_gini(c: &GroupCounts<'_>) -> f64 {
    let mut buf: Vec<(u64, f64)> = Vec::with_capacity(c.n_areas());
    let mut num = 0.0;
    for g in c.groups {
        buf.clear();
        buf.extend(
            g.iter()
                .zip(&c.area_totals)
                .filter(|&(_, &t)| t > 0.0)
                .map(|(&x, &t)| ((x / t).to_bits(), t)),
        );
        buf.sort_unstable_by_key(|e| e.0);
        let (mut cum_t, mut cum_tp) = (0.0, 0.0);
        for &(bits, t) in &buf {
            let p = f64::from_bits(bits);
            num += 2.0 * t * (p * cum_t - cum_tp);
            cum_t += t;
            cum_tp += t * p;
        }
    }
    num / (2.0 * c.total * c.total * c.simpson_interaction())
}

/// Normalised exposure (Reardon & Firebaugh 2002, eq. 16; James 1986), PySAL's form:
/// `P = Σᵢ Σₖ tᵢ (p_ik − Pₖ)² / ((1 − Pₖ) T)`. 0 ≤ P ≤ 1.
pub fn multigroup_normalized_exposure(c: &GroupCounts<'_>) -> f64 {
    c.weighted_sum(|p, pk| (p - pk).powi(2) / (1.0 - pk)) / c.total
}

/// Information theory index (Reardon & Firebaugh 2002, eq. 12; Theil 1972):
/// `H = Σᵢ Σₖ tᵢ p_ik ln(p_ik / Pₖ) / (T E)`, 0 ln 0 = 0. 0 ≤ H ≤ 1.
pub fn multigroup_information_theory(c: &GroupCounts<'_>) -> f64 {
    c.weighted_sum(|p, pk| if p > 0.0 { p * (p / pk).ln() } else { 0.0 }) / (c.total * c.entropy())
}

/// Relative diversity (Reardon & Firebaugh 2002, eq. 14; Carlson 1992):
/// `R = Σᵢ Σₖ tᵢ (p_ik − Pₖ)² / (T I)`.
pub fn multigroup_relative_diversity(c: &GroupCounts<'_>) -> f64 {
    c.weighted_sum(|p, pk| (p - pk).powi(2)) / (c.total * c.simpson_interaction())
}

/// Squared coefficient of variation (Reardon & Firebaugh 2002, eq. 17; Coleman et al. 1982):
/// `C = Σᵢ Σₖ tᵢ (p_ik − Pₖ)² / ((K − 1) T Pₖ)`.
pub fn multigroup_squared_coefficient_of_variation(c: &GroupCounts<'_>) -> f64 {
    let k1 = (c.n_groups() - 1) as f64;
    c.weighted_sum(|p, pk| (p - pk).powi(2) / pk) / (c.total * k1)
}

/// Diversity of the whole city, Shannon's entropy `E = −Σₖ Pₖ ln Pₖ`; with `normalized`,
/// divided by its maximum ln K so that 0 ≤ E ≤ 1.
pub fn multigroup_diversity(c: &GroupCounts<'_>, normalized: bool) -> f64 {
    let e = c.entropy();
    if normalized {
        e / (c.n_groups() as f64).ln()
    } else {
        e
    }
}

/// Simpson's concentration `λ = Σₖ Pₖ²`: the probability that two people drawn at random
/// belong to the same group (Simpson 1949).
pub fn simpson_concentration(c: &GroupCounts<'_>) -> f64 {
    c.shares.iter().map(|p| p * p).sum()
}

/// Simpson's interaction `I = Σₖ Pₖ(1 − Pₖ) = 1 − λ`: the probability that two people drawn at
/// random belong to different groups.
pub fn simpson_interaction(c: &GroupCounts<'_>) -> f64 {
    c.simpson_interaction()
}

/// Divergence index (Roberto 2015): `Σᵢ (tᵢ/T) Σₖ p_ik ln(p_ik / Pₖ)`, the population-weighted
/// Kullback–Leibler divergence of each area's composition from the city's.
pub fn multigroup_divergence(c: &GroupCounts<'_>) -> f64 {
    c.weighted_sum(|p, pk| if p > 0.0 { p * (p / pk).ln() } else { 0.0 }) / c.total
}

/// Location quotients of every area and group, `LQ_ik = p_ik / Pₖ` (area-major: entry
/// `i * K + k`); `None` for areas with no population.
pub fn multigroup_location_quotients(c: &GroupCounts<'_>) -> Vec<Option<f64>> {
    let k = c.n_groups();
    let mut out = vec![None; c.n_areas() * k];
    for (gk, (g, &pk)) in c.groups.iter().zip(&c.shares).enumerate() {
        for (i, (&x, &t)) in g.iter().zip(&c.area_totals).enumerate() {
            if t > 0.0 {
                out[i * k + gk] = Some(x / t / pk);
            }
        }
    }
    out
}

fn local(c: &GroupCounts<'_>, f: impl Fn(f64) -> f64) -> Vec<Option<f64>> {
    let mut out: Vec<Option<f64>> = c
        .area_totals
        .iter()
        .map(|&t| (t > 0.0).then_some(0.0))
        .collect();
    for g in c.groups {
        for ((&x, &t), o) in g.iter().zip(&c.area_totals).zip(out.iter_mut()) {
            if let Some(v) = o {
                *v += f(x / t);
            }
        }
    }
    out
}

/// Local diversity of every area, `−Σₖ p_ik ln p_ik` (Shannon entropy of its composition).
pub fn local_diversity(c: &GroupCounts<'_>) -> Vec<Option<f64>> {
    local(c, |p| if p > 0.0 { -p * p.ln() } else { 0.0 })
}

/// Local entropy of every area, local diversity divided by ln K (0 = one group, 1 = even mix).
pub fn local_entropy(c: &GroupCounts<'_>) -> Vec<Option<f64>> {
    let lnk = (c.n_groups() as f64).ln();
    local(c, |p| if p > 0.0 { -p * p.ln() / lnk } else { 0.0 })
}

/// Local Simpson concentration of every area, `Σₖ p_ik²`.
pub fn local_simpson_concentration(c: &GroupCounts<'_>) -> Vec<Option<f64>> {
    local(c, |p| p * p)
}

/// Local Simpson interaction of every area, `Σₖ p_ik (1 − p_ik)`.
pub fn local_simpson_interaction(c: &GroupCounts<'_>) -> Vec<Option<f64>> {
    local(c, |p| p * (1.0 - p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_groups_reduce_to_two_group_indices() {
        let a = [8.0, 2.0, 5.0];
        let b = [2.0, 8.0, 5.0];
        let groups: [&[f64]; 2] = [&a, &b];
        let c = GroupCounts::new(&groups).unwrap();
        let tot = [10.0, 10.0, 10.0];
        let d = super::super::dissimilarity(&a, &tot).unwrap();
        assert!((multigroup_dissimilarity(&c) - d).abs() < 1e-15);
        let g = super::super::gini(&a, &tot).unwrap();
        assert!((multigroup_gini(&c) - g).abs() < 1e-15);
        let h = super::super::entropy(&a, &tot).unwrap();
        assert!((multigroup_information_theory(&c) - h).abs() < 1e-15);
        // With two groups, normalised exposure equals the correlation ratio.
        let v = super::super::correlation_ratio(&a, &tot).unwrap();
        assert!((multigroup_normalized_exposure(&c) - v).abs() < 1e-15);
        assert!((simpson_concentration(&c) + simpson_interaction(&c) - 1.0).abs() < 1e-15);
        assert!((multigroup_diversity(&c, true) - 1.0).abs() < 1e-15);
    }

    #[test]
    fn local_indices_hand_checked() {
        let a = [1.0, 0.0, 0.0];
        let b = [1.0, 3.0, 0.0];
        let groups: [&[f64]; 2] = [&a, &b];
        let c = GroupCounts::new(&groups).unwrap();
        let ld = local_diversity(&c);
        assert!((ld[0].unwrap() - 2f64.ln()).abs() < 1e-15);
        assert_eq!(ld[1], Some(0.0));
        assert_eq!(ld[2], None);
        assert_eq!(local_simpson_concentration(&c)[1], Some(1.0));
        assert_eq!(local_simpson_interaction(&c)[0], Some(0.5));
        let lq = multigroup_location_quotients(&c);
        // P = (0.2, 0.8): area 0 is half and half.
        assert!((lq[0].unwrap() - 2.5).abs() < 1e-15);
        assert!((lq[1].unwrap() - 0.625).abs() < 1e-15);
    }

    #[test]
    fn rejects_bad_input() {
        let a = [1.0, 2.0];
        let empty = [0.0, 0.0];
        let short = [1.0];
        assert!(GroupCounts::new(&[&a[..]]).is_err());
        assert!(matches!(
            GroupCounts::new(&[&a[..], &empty[..]]),
            Err(SegregationError::ZeroTotal { .. })
        ));
        assert!(matches!(
            GroupCounts::new(&[&a[..], &short[..]]),
            Err(SegregationError::LengthMismatch { .. })
        ));
    }
}
