//! Spatial two-group indices: they use where the areas are, through numbers derived from the
//! geometries (land areas aᵢ, centroids, perimeters, neighbour lists with weights), which the
//! `spatial` crate computes. Units are those of the layer (PySAL uses the coordinates as given).
//!
//! References:
//! - Massey, D. S. & Denton, N. A. (1988). The dimensions of residential segregation.
//!   *Social Forces* 67(2), 281–315 (delta, concentration, centralisation, clustering,
//!   proximity, distance-decay exposure).
//! - Hoover, E. M. (1941). Interstate redistribution of population, 1850–1940.
//!   *J. Economic History* 1, 199–205 (delta).
//! - Duncan, O. D., Cuzzort, R. P. & Duncan, B. (1961). *Statistical Geography* (centralisation).
//! - White, M. J. (1983). The measurement of spatial segregation. *American Journal of
//!   Sociology* 88, 1008–1018 (spatial proximity).
//! - Morgan, B. S. (1983). An alternate approach to the development of a distance-based
//!   measure of racial segregation. *AJS* 88, 1237–1249 (distance-decay interaction).
//! - Morrill, R. L. (1991). On the measure of geographic segregation. *Geography Research
//!   Forum* 11, 25–36 (contiguity-adjusted D).
//! - Wong, D. W. S. (1993). Spatial indices of segregation. *Urban Studies* 30, 559–572
//!   (boundary-length and perimeter/area adjusted D).
//! - Hong, S.-Y. & Sadahiro, Y. (2014). Measuring geographic segregation: a graph-based
//!   approach. *J. Geographical Systems* 16, 211–231 (spatial proximity profile).

use super::two_group::{dissimilarity_unchecked, linspace01, min_max, profile_summary};
use super::{SegregationError, Totals, check_len, check_two_group, share};

/// Sparse spatial weights in compressed-row form: the neighbours `j` of area `i` with weights
/// `w_ij` (1 for plain contiguity, shared boundary length, kernel weight …).
#[derive(Debug, Clone, PartialEq)]
pub struct SparseWeights {
    offsets: Vec<usize>,
    neighbours: Vec<usize>,
    weights: Vec<f64>,
}

impl SparseWeights {
    /// From compressed rows: the neighbours of area `i` are
    /// `neighbours[offsets[i]..offsets[i + 1]]`, with the matching `weights`.
    pub fn new(
        offsets: Vec<usize>,
        neighbours: Vec<usize>,
        weights: Vec<f64>,
    ) -> Result<Self, SegregationError> {
        if offsets.first() != Some(&0) || offsets.len() < 2 {
            return Err(SegregationError::InvalidParameter {
                name: "offsets",
                expected: "n + 1 row offsets starting at 0, n ≥ 1",
            });
        }
        if offsets.windows(2).any(|w| w[0] > w[1]) || offsets.last() != Some(&neighbours.len()) {
            return Err(SegregationError::InvalidParameter {
                name: "offsets",
                expected: "non-decreasing offsets ending at the number of links",
            });
        }
        check_len("weights", neighbours.len(), weights.len())?;
        let n = offsets.len() - 1;
        if neighbours.iter().any(|&j| j >= n) {
            return Err(SegregationError::InvalidParameter {
                name: "neighbours",
                expected: "area indices below the number of areas",
            });
        }
        if let Some((index, &value)) = weights
            .iter()
            .enumerate()
            .find(|(_, w)| !(w.is_finite() && **w >= 0.0))
        {
            return Err(SegregationError::InvalidCount {
                what: "weight",
                index,
                value,
            });
        }
        Ok(Self {
            offsets,
            neighbours,
            weights,
        })
    }

    /// Binary weights (every link weighs 1), e.g. queen or rook contiguity.
    pub fn binary(offsets: Vec<usize>, neighbours: Vec<usize>) -> Result<Self, SegregationError> {
        let w = vec![1.0; neighbours.len()];
        Self::new(offsets, neighbours, w)
    }

    /// Number of areas.
    pub fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    /// Always false (a weights matrix has at least one area).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Neighbours and weights of area `i`.
    pub fn row(&self, i: usize) -> (&[usize], &[f64]) {
        let r = self.offsets[i]..self.offsets[i + 1];
        (&self.neighbours[r.clone()], &self.weights[r])
    }

    /// Σᵢⱼ wᵢⱼ.
    pub fn total_weight(&self) -> f64 {
        self.weights.iter().sum()
    }
}

/// `D − Σᵢⱼ cᵢⱼ |pᵢ − pⱼ| / Σᵢⱼ cᵢⱼ`, with `cᵢⱼ` the weights, row-standardised when asked.
fn adjusted_dissimilarity(
    group: &[f64],
    total: &[f64],
    w: &SparseWeights,
    standardize: bool,
) -> Result<f64, SegregationError> {
    let tot = check_two_group(group, total)?;
    check_len("weights", group.len(), w.len())?;
    let d = dissimilarity_unchecked(group, total, tot);
    let (mut num, mut den) = (0.0, 0.0);
    for i in 0..w.len() {
        let (nb, wt) = w.row(i);
        let row_sum: f64 = if standardize { wt.iter().sum() } else { 1.0 };
        if row_sum == 0.0 {
            continue;
        }
        let pi = share(group[i], total[i]);
        for (&j, &c) in nb.iter().zip(wt) {
            let c = c / row_sum;
            num += c * (pi - share(group[j], total[j])).abs();
            den += c;
        }
    }
    if den == 0.0 {
        return Err(SegregationError::ZeroTotal {
            what: "sum of the spatial weights (no area has a neighbour)",
        });
    }
    Ok(d - num / den)
}

/// Spatial dissimilarity adjusted for contiguity (Morrill 1991; PySAL `SpatialDissim`):
/// `D(adj) = D − Σᵢⱼ cᵢⱼ |pᵢ − pⱼ| / Σᵢⱼ cᵢⱼ` with `cᵢⱼ` the contiguity weights (binary
/// queen contiguity in PySAL's default), row-standardised when `standardize`.
/// Differences in composition between neighbours count as less segregation, since the
/// border between them is easily crossed.
pub fn spatial_dissimilarity(
    group: &[f64],
    total: &[f64],
    contiguity: &SparseWeights,
    standardize: bool,
) -> Result<f64, SegregationError> {
    adjusted_dissimilarity(group, total, contiguity, standardize)
}

/// Boundary-length spatial dissimilarity (Wong 1993, D(w); PySAL `BoundarySpatialDissim`):
/// as [`spatial_dissimilarity`] with `cᵢⱼ` the length of the boundary shared by areas i and
/// j (rook neighbours; `spatial::Contiguity::lengths`).
pub fn boundary_spatial_dissimilarity(
    group: &[f64],
    total: &[f64],
    shared_lengths: &SparseWeights,
    standardize: bool,
) -> Result<f64, SegregationError> {
    adjusted_dissimilarity(group, total, shared_lengths, standardize)
}

/// Perimeter/area-ratio spatial dissimilarity (Wong 1993, D(s); PySAL
/// `PerimeterAreaRatioSpatialDissim`):
/// `D(s) = D − Σᵢⱼ |pᵢ − pⱼ| wᵢⱼ ((P/A)ᵢ + (P/A)ⱼ) / (2 max(P/A))`, with `wᵢⱼ` the shared
/// boundary lengths divided by their total (when `standardize`, PySAL's default) and
/// `(P/A)ᵢ` the perimeter-to-area ratio of area i: compact neighbours with long common
/// borders reduce segregation most.
pub fn perimeter_area_ratio_spatial_dissimilarity(
    group: &[f64],
    total: &[f64],
    shared_lengths: &SparseWeights,
    perimeters: &[f64],
    areas: &[f64],
    standardize: bool,
) -> Result<f64, SegregationError> {
    let tot = check_two_group(group, total)?;
    let n = group.len();
    check_len("weights", n, shared_lengths.len())?;
    check_len("perimeters", n, perimeters.len())?;
    check_len("areas", n, areas.len())?;
    check_positive("areas", areas)?;
    check_positive("perimeters", perimeters)?;
    let d = dissimilarity_unchecked(group, total, tot);
    let scale = if standardize {
        shared_lengths.total_weight()
    } else {
        1.0
    };
    if scale == 0.0 {
        return Err(SegregationError::ZeroTotal {
            what: "sum of shared boundary lengths",
        });
    }
    let max_pa = perimeters
        .iter()
        .zip(areas)
        .map(|(p, a)| p / a)
        .fold(f64::NEG_INFINITY, f64::max);
    let mut num = 0.0;
    for i in 0..n {
        let (nb, wt) = shared_lengths.row(i);
        let pi = share(group[i], total[i]);
        let pai = perimeters[i] / areas[i];
        for (&j, &c) in nb.iter().zip(wt) {
            let paj = perimeters[j] / areas[j];
            num += (pi - share(group[j], total[j])).abs() * (c / scale) * (pai + paj);
        }
    }
    Ok(d - num / (2.0 * max_pa))
}

fn check_positive(what: &'static str, v: &[f64]) -> Result<f64, SegregationError> {
    let mut s = 0.0;
    for (index, &value) in v.iter().enumerate() {
        if !(value.is_finite() && value > 0.0) {
            return Err(SegregationError::InvalidCount { what, index, value });
        }
        s += value;
    }
    Ok(s)
}

fn check_centroids(n: usize, centroids: &[[f64; 2]]) -> Result<(), SegregationError> {
    check_len("centroids", n, centroids.len())?;
    if let Some((index, c)) = centroids
        .iter()
        .enumerate()
        .find(|(_, c)| !(c[0].is_finite() && c[1].is_finite()))
    {
        return Err(SegregationError::InvalidCount {
            what: "centroid",
            index,
            value: if c[0].is_finite() { c[1] } else { c[0] },
        });
    }
    Ok(())
}

/// Delta index (Hoover 1941; Duncan et al. 1961; Massey & Denton 1988, eq. 11):
/// `DEL = ½ Σᵢ |xᵢ/X − aᵢ/A|`, the share of the group that would have to move for its density
/// to be the same everywhere. `areas` are the land areas aᵢ.
pub fn delta(group: &[f64], total: &[f64], areas: &[f64]) -> Result<f64, SegregationError> {
    let tot = check_two_group(group, total)?;
    check_len("areas", group.len(), areas.len())?;
    let a_sum = check_positive("areas", areas)?;
    let s: f64 = group
        .iter()
        .zip(areas)
        .map(|(&x, &a)| (x / tot.x - a / a_sum).abs())
        .sum();
    Ok(s / 2.0)
}

/// Ascending order of `key` (stable, NaN last) into `order`.
fn argsort_into(order: &mut Vec<usize>, key: impl Fn(usize) -> f64, n: usize) {
    order.clear();
    order.extend(0..n);
    order.sort_by(|&a, &b| key(a).total_cmp(&key(b)));
}

/// n₁ (number of smallest areas whose population reaches X) and n₂ (n minus the number of
/// largest areas whose population reaches X), as in Massey & Denton and PySAL.
fn concentration_bounds(total: &[f64], order: &[usize], tot: Totals) -> (usize, usize) {
    let n = order.len();
    let target = tot.x / tot.t;
    let mut cum = 0.0;
    let mut n1 = n;
    for (k, &i) in order.iter().enumerate() {
        cum += total[i];
        if cum / tot.t >= target {
            n1 = k + 1;
            break;
        }
    }
    cum = 0.0;
    let mut n2_aux = n;
    for (k, &i) in order.iter().rev().enumerate() {
        cum += total[i];
        if cum / tot.t >= target {
            n2_aux = k + 1;
            break;
        }
    }
    (n1, n - n2_aux)
}

/// Absolute concentration (Massey & Denton 1988, eq. 12): with areas ordered by land area
/// ascending, n₁ the number of smallest areas holding as many people as the group (X), n₂
/// such that areas n₂+1..n (the largest) hold X, `T₁`, `T₂` their populations,
/// `ACO = 1 − (Σᵢ xᵢaᵢ/X − Σ_{i≤n₁} tᵢaᵢ/T₁) / (Σ_{i>n₂} tᵢaᵢ/T₂ − Σ_{i≤n₁} tᵢaᵢ/T₁)`.
/// 1 = the group lives in as little space as possible.
pub fn absolute_concentration(
    group: &[f64],
    total: &[f64],
    areas: &[f64],
) -> Result<f64, SegregationError> {
    let tot = check_two_group(group, total)?;
    check_len("areas", group.len(), areas.len())?;
    check_positive("areas", areas)?;
    let mut order = Vec::with_capacity(areas.len());
    argsort_into(&mut order, |i| areas[i], areas.len());
    let (n1, n2) = concentration_bounds(total, &order, tot);
    let (low, high) = concentration_tails(total, areas, &order, n1, n2)?;
    let xa: f64 = order.iter().map(|&i| group[i] * areas[i] / tot.x).sum();
    Ok(1.0 - (xa - low) / (high - low))
}

/// (Σ_{i≤n₁} tᵢaᵢ/T₁, Σ_{i>n₂} tᵢaᵢ/T₂) in area order. Fails when the two are equal (all
/// areas the same size, or no population at one end): the concentration indices compare the
/// group with these two extremes and are undefined without a difference between them.
fn concentration_tails(
    total: &[f64],
    areas: &[f64],
    order: &[usize],
    n1: usize,
    n2: usize,
) -> Result<(f64, f64), SegregationError> {
    let t1: f64 = order[..n1].iter().map(|&i| total[i]).sum();
    let t2: f64 = order[n2..].iter().map(|&i| total[i]).sum();
    let low: f64 = order[..n1].iter().map(|&i| total[i] * areas[i] / t1).sum();
    let high: f64 = order[n2..].iter().map(|&i| total[i] * areas[i] / t2).sum();
    if !(low.is_finite() && high.is_finite())
        || (high - low).abs() <= 1e-12 * high.abs().max(low.abs())
    {
        return Err(SegregationError::ZeroTotal {
            what: "difference in land area between the smallest and the largest areas holding the group's population (all areas are alike)",
        });
    }
    Ok((low, high))
}

/// Relative concentration (Massey & Denton 1988, eq. 13), with n₁, n₂, T₁, T₂ as in
/// [`absolute_concentration`]:
/// `RCO = ((Σᵢ xᵢaᵢ/X) / (Σᵢ yᵢaᵢ/Y) − 1) / ((Σ_{i≤n₁} tᵢaᵢ/T₁) / (Σ_{i>n₂} tᵢaᵢ/T₂) − 1)`.
/// −1 … 1; positive when the group uses less space than the rest.
pub fn relative_concentration(
    group: &[f64],
    total: &[f64],
    areas: &[f64],
) -> Result<f64, SegregationError> {
    let tot = check_two_group(group, total)?;
    check_len("areas", group.len(), areas.len())?;
    check_positive("areas", areas)?;
    let mut order = Vec::with_capacity(areas.len());
    argsort_into(&mut order, |i| areas[i], areas.len());
    let (n1, n2) = concentration_bounds(total, &order, tot);
    let (low, high) = concentration_tails(total, areas, &order, n1, n2)?;
    let y = tot.y();
    let xa: f64 = order.iter().map(|&i| group[i] * areas[i] / tot.x).sum();
    let ya: f64 = order
        .iter()
        .map(|&i| (total[i] - group[i]) * areas[i] / y)
        .sum();
    Ok((xa / ya - 1.0) / (low / high - 1.0))
}

/// The centre of the city for the centralisation indices.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Center {
    /// Mean of the centroids' coordinates (PySAL's default).
    Mean,
    /// Median of the centroids' x and of their y.
    Median,
    /// Population-weighted mean of the centroids.
    PopulationWeightedMean,
    /// Centroid of the most populous area (mean over ties).
    LargestPopulation,
    /// A given point (e.g. the historic centre, city hall).
    Point(f64, f64),
    /// The centroid of the given area (0-based).
    Area(usize),
}

fn median(v: &mut [f64]) -> f64 {
    crate::quantile::median(v).unwrap_or(f64::NAN)
}

fn resolve_center(
    center: Center,
    centroids: &[[f64; 2]],
    total: &[f64],
) -> Result<[f64; 2], SegregationError> {
    let n = centroids.len() as f64;
    Ok(match center {
        Center::Mean => [
            centroids.iter().map(|c| c[0]).sum::<f64>() / n,
            centroids.iter().map(|c| c[1]).sum::<f64>() / n,
        ],
        Center::Median => {
            let mut xs: Vec<f64> = centroids.iter().map(|c| c[0]).collect();
            let mut ys: Vec<f64> = centroids.iter().map(|c| c[1]).collect();
            [median(&mut xs), median(&mut ys)]
        }
        Center::PopulationWeightedMean => {
            let t: f64 = total.iter().sum();
            [
                centroids
                    .iter()
                    .zip(total)
                    .map(|(c, w)| c[0] * w)
                    .sum::<f64>()
                    / t,
                centroids
                    .iter()
                    .zip(total)
                    .map(|(c, w)| c[1] * w)
                    .sum::<f64>()
                    / t,
            ]
        }
        Center::LargestPopulation => {
            let max = total.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let (mut sx, mut sy, mut k) = (0.0, 0.0, 0.0);
            for (c, &t) in centroids.iter().zip(total) {
                if t == max {
                    sx += c[0];
                    sy += c[1];
                    k += 1.0;
                }
            }
            [sx / k, sy / k]
        }
        Center::Point(x, y) => {
            if !(x.is_finite() && y.is_finite()) {
                return Err(SegregationError::InvalidParameter {
                    name: "center",
                    expected: "finite coordinates",
                });
            }
            [x, y]
        }
        Center::Area(i) => *centroids.get(i).ok_or(SegregationError::InvalidParameter {
            name: "center",
            expected: "an area index below the number of areas",
        })?,
    })
}

/// `Σₖ₌₂ⁿ Xₖ₋₁ Bₖ − Σₖ₌₂ⁿ Xₖ Bₖ₋₁` over areas in `order` (cumulative shares of `a` and `b`),
/// the signed area between the two cumulative curves. Areas at the same distance (`key`)
/// form one step, so that the result does not depend on the input order of tied areas (with
/// no ties this is exactly PySAL's sum).
fn lorenz_area(
    order: &[usize],
    key: impl Fn(usize) -> f64,
    a: impl Fn(usize) -> f64,
    b: impl Fn(usize) -> f64,
    a_sum: f64,
    b_sum: f64,
) -> f64 {
    let (mut ca, mut cb) = (0.0, 0.0);
    let (mut pa, mut pb) = (0.0, 0.0);
    let (mut s1, mut s2) = (0.0, 0.0);
    let mut first = true;
    for (k, &i) in order.iter().enumerate() {
        ca += a(i);
        cb += b(i);
        if order.get(k + 1).is_some_and(|&next| key(next) == key(i)) {
            continue;
        }
        let (xa, xb) = (ca / a_sum, cb / b_sum);
        if !first {
            s1 += pa * xb;
            s2 += xa * pb;
        }
        first = false;
        (pa, pb) = (xa, xb);
    }
    s1 - s2
}

/// Absolute centralisation (Duncan, Cuzzort & Duncan 1961; Massey & Denton 1988, eq. 14):
/// with areas ordered by the distance of their centroid to the `center`, `Xᵢ` and `Aᵢ` the
/// cumulative shares of the group and of the land area,
/// `ACE = Σᵢ₌₂ⁿ Xᵢ₋₁Aᵢ − Σᵢ₌₂ⁿ XᵢAᵢ₋₁`. −1 … 1; positive when the group lives nearer the centre
/// than the land is. Distances are Euclidean in the layer's units.
pub fn absolute_centralization(
    group: &[f64],
    total: &[f64],
    centroids: &[[f64; 2]],
    areas: &[f64],
    center: Center,
) -> Result<f64, SegregationError> {
    let tot = check_two_group(group, total)?;
    check_centroids(group.len(), centroids)?;
    check_len("areas", group.len(), areas.len())?;
    let a_sum = check_positive("areas", areas)?;
    let c = resolve_center(center, centroids, total)?;
    let mut order = Vec::with_capacity(group.len());
    let dist = |i: usize| centre_distance(centroids[i], c);
    argsort_into(&mut order, dist, group.len());
    Ok(lorenz_area(
        &order,
        dist,
        |i| group[i],
        |i| areas[i],
        tot.x,
        a_sum,
    ))
}

fn centre_distance(p: [f64; 2], c: [f64; 2]) -> f64 {
    ((p[0] - c[0]).powi(2) + (p[1] - c[1]).powi(2)).sqrt()
}

/// Relative centralisation (Duncan & Duncan 1955; Massey & Denton 1988, eq. 15): as
/// [`absolute_centralization`] with the cumulative share of the rest of the population `Yᵢ`
/// in place of land area: `RCE = Σᵢ₌₂ⁿ Xᵢ₋₁Yᵢ − Σᵢ₌₂ⁿ XᵢYᵢ₋₁`. −1 … 1; positive when the
/// group lives nearer the centre than the rest.
pub fn relative_centralization(
    group: &[f64],
    total: &[f64],
    centroids: &[[f64; 2]],
    center: Center,
) -> Result<f64, SegregationError> {
    let tot = check_two_group(group, total)?;
    check_centroids(group.len(), centroids)?;
    let c = resolve_center(center, centroids, total)?;
    let mut order = Vec::with_capacity(group.len());
    let dist = |i: usize| centre_distance(centroids[i], c);
    argsort_into(&mut order, dist, group.len());
    Ok(lorenz_area(
        &order,
        dist,
        |i| group[i],
        |i| total[i] - group[i],
        tot.x,
        tot.y(),
    ))
}

/// Local relative centralisation (PySAL `LocalRelativeCentralization`): for every area i,
/// [`relative_centralization`] over i and its nearest neighbours `neighbours[i]` (PySAL uses
/// the 5 nearest centroids) with i's centroid as the centre. `None` where the local group or
/// rest is empty.
pub fn local_relative_centralization(
    group: &[f64],
    total: &[f64],
    centroids: &[[f64; 2]],
    neighbours: &[Vec<usize>],
) -> Result<Vec<Option<f64>>, SegregationError> {
    check_two_group(group, total)?;
    check_centroids(group.len(), centroids)?;
    check_len("neighbours", group.len(), neighbours.len())?;
    let n = group.len();
    let mut order: Vec<usize> = Vec::new();
    let mut out = Vec::with_capacity(n);
    for (i, nb) in neighbours.iter().enumerate() {
        if nb.iter().any(|&j| j >= n) {
            return Err(SegregationError::InvalidParameter {
                name: "neighbours",
                expected: "area indices below the number of areas",
            });
        }
        order.clear();
        order.extend(nb.iter().copied());
        order.push(i);
        let c = centroids[i];
        order.sort_by(|&a, &b| {
            centre_distance(centroids[a], c).total_cmp(&centre_distance(centroids[b], c))
        });
        let xs: f64 = order.iter().map(|&j| group[j]).sum();
        let ys: f64 = order.iter().map(|&j| total[j] - group[j]).sum();
        out.push((xs > 0.0 && ys > 0.0).then(|| {
            lorenz_area(
                &order,
                |j| centre_distance(centroids[j], c),
                |j| group[j],
                |j| total[j] - group[j],
                xs,
                ys,
            )
        }));
    }
    Ok(out)
}

/// Negative-exponential proximity between areas (Massey & Denton 1988, after White 1983):
/// `cᵢⱼ = exp(−dᵢⱼ)` between different areas (dᵢⱼ the distance between centroids, in the
/// layer's units) and `cᵢᵢ = exp(−(α aᵢ)^β)` within an area, with `aᵢ` its land area;
/// PySAL's defaults α = 0.6, β = 0.5 approximate the mean distance within a square area.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DistanceDecay {
    /// α, scaling the area in the within-area term.
    pub alpha: f64,
    /// β, exponent of the within-area term.
    pub beta: f64,
}

impl Default for DistanceDecay {
    fn default() -> Self {
        Self {
            alpha: 0.6,
            beta: 0.5,
        }
    }
}

impl DistanceDecay {
    /// cᵢⱼ for i ≠ j.
    #[inline]
    pub fn between(&self, a: [f64; 2], b: [f64; 2]) -> f64 {
        (-centre_distance(a, b)).exp()
    }

    /// cᵢᵢ.
    #[inline]
    pub fn within(&self, area: f64) -> f64 {
        (-(self.alpha * area).powf(self.beta)).exp()
    }

    fn check(&self) -> Result<(), SegregationError> {
        if self.alpha >= 0.0 && self.beta >= 0.0 && self.alpha.is_finite() && self.beta.is_finite()
        {
            Ok(())
        } else {
            Err(SegregationError::InvalidParameter {
                name: "alpha, beta",
                expected: "finite non-negative decay parameters",
            })
        }
    }
}

/// Sums over all ordered pairs (i, j), i = j included, of cᵢⱼ times products of counts.
#[derive(Debug, Default, Clone, Copy)]
struct DecaySums {
    xx: f64,
    yy: f64,
    tt: f64,
    xt: f64,
    c: f64,
}

/// One O(n²) pass over pairs i < j (each cᵢⱼ computed once); no allocation.
fn decay_sums(
    group: &[f64],
    total: &[f64],
    centroids: &[[f64; 2]],
    areas: &[f64],
    k: DistanceDecay,
) -> DecaySums {
    let mut s = DecaySums::default();
    let n = group.len();
    for i in 0..n {
        let (xi, ti) = (group[i], total[i]);
        let yi = ti - xi;
        let cii = k.within(areas[i]);
        s.xx += cii * xi * xi;
        s.yy += cii * yi * yi;
        s.tt += cii * ti * ti;
        s.xt += cii * xi * ti;
        s.c += cii;
        let ci = centroids[i];
        let (mut ax, mut ay, mut at, mut axt, mut ac) = (0.0, 0.0, 0.0, 0.0, 0.0);
        for j in i + 1..n {
            let c = k.between(ci, centroids[j]);
            let (xj, tj) = (group[j], total[j]);
            ax += c * xj;
            ay += c * (tj - xj);
            at += c * tj;
            // xᵢ tⱼ + xⱼ tᵢ for the two orders of the pair.
            axt += c * (xi * tj + xj * ti);
            ac += c;
        }
        s.xx += 2.0 * xi * ax;
        s.yy += 2.0 * yi * ay;
        s.tt += 2.0 * ti * at;
        s.xt += axt;
        s.c += 2.0 * ac;
    }
    s
}

fn check_decay_inputs(
    group: &[f64],
    total: &[f64],
    centroids: &[[f64; 2]],
    areas: &[f64],
    k: DistanceDecay,
) -> Result<Totals, SegregationError> {
    let tot = check_two_group(group, total)?;
    check_centroids(group.len(), centroids)?;
    check_len("areas", group.len(), areas.len())?;
    check_positive("areas", areas)?;
    k.check()?;
    Ok(tot)
}

/// Spatial proximity (White 1983; Massey & Denton 1988, eq. 18):
/// `SP = (X Pxx + Y Pyy) / (T Ptt)` with `Pxx = Σᵢⱼ xᵢxⱼcᵢⱼ / X²` (likewise for y and t) and
/// `cᵢⱼ` from [`DistanceDecay`]. 1 = no differential clustering; above 1 = members of each
/// group live nearer to each other than to the other group. O(n²) time, O(1) memory.
pub fn spatial_proximity(
    group: &[f64],
    total: &[f64],
    centroids: &[[f64; 2]],
    areas: &[f64],
    decay: DistanceDecay,
) -> Result<f64, SegregationError> {
    let tot = check_decay_inputs(group, total, centroids, areas, decay)?;
    let s = decay_sums(group, total, centroids, areas, decay);
    let (x, y, t) = (tot.x, tot.y(), tot.t);
    let (pxx, pyy, ptt) = (s.xx / (x * x), s.yy / (y * y), s.tt / (t * t));
    Ok((x * pxx + y * pyy) / (t * ptt))
}

/// Absolute clustering (Massey & Denton 1988, eq. 16):
/// `ACL = (Σᵢ (xᵢ/X) Σⱼ cᵢⱼxⱼ − (X/n²) Σᵢⱼ cᵢⱼ) / (Σᵢ (xᵢ/X) Σⱼ cᵢⱼtⱼ − (X/n²) Σᵢⱼ cᵢⱼ)`,
/// the average proximity between members of the group relative to that with everybody.
/// O(n²) time.
pub fn absolute_clustering(
    group: &[f64],
    total: &[f64],
    centroids: &[[f64; 2]],
    areas: &[f64],
    decay: DistanceDecay,
) -> Result<f64, SegregationError> {
    let tot = check_decay_inputs(group, total, centroids, areas, decay)?;
    let s = decay_sums(group, total, centroids, areas, decay);
    let n = group.len() as f64;
    let base = tot.x / (n * n) * s.c;
    Ok((s.xx / tot.x - base) / (s.xt / tot.x - base))
}

/// Relative clustering (Massey & Denton 1988, eq. 17): `RCL = Pxx / Pyy − 1` (see
/// [`spatial_proximity`]); 0 when both groups are equally clustered. O(n²) time.
pub fn relative_clustering(
    group: &[f64],
    total: &[f64],
    centroids: &[[f64; 2]],
    areas: &[f64],
    decay: DistanceDecay,
) -> Result<f64, SegregationError> {
    let tot = check_decay_inputs(group, total, centroids, areas, decay)?;
    let s = decay_sums(group, total, centroids, areas, decay);
    let y = tot.y();
    Ok((s.xx / (tot.x * tot.x)) / (s.yy / (y * y)) - 1.0)
}

/// `Σᵢ (xᵢ/X) Σⱼ Kᵢⱼ (vⱼ/tⱼ)` with Morgan's contact shares `Kᵢⱼ = cᵢⱼtⱼ / Σₖ cᵢₖtₖ`: two O(n²)
/// passes (row sums first), one buffer of n.
fn distance_decay_exposure_to(
    group: &[f64],
    total: &[f64],
    other: impl Fn(usize) -> f64,
    centroids: &[[f64; 2]],
    areas: &[f64],
    k: DistanceDecay,
    x_sum: f64,
) -> f64 {
    let n = group.len();
    let mut row = vec![0.0; n];
    for i in 0..n {
        let mut s = k.within(areas[i]) * total[i];
        for j in 0..n {
            if j != i {
                s += k.between(centroids[i], centroids[j]) * total[j];
            }
        }
        row[i] = s;
    }
    let mut out = 0.0;
    for i in 0..n {
        if group[i] == 0.0 || row[i] == 0.0 {
            continue;
        }
        // Kᵢⱼ vⱼ/tⱼ = cᵢⱼ vⱼ / rowᵢ.
        let mut s = k.within(areas[i]) * other(i);
        for j in 0..n {
            if j != i {
                s += k.between(centroids[i], centroids[j]) * other(j);
            }
        }
        out += group[i] / x_sum * s / row[i];
    }
    out
}

/// Distance-decay isolation (Morgan 1983; Massey & Denton 1988, eq. 10):
/// `DPxx = Σᵢ (xᵢ/X) Σⱼ Kᵢⱼ (xⱼ/tⱼ)`, `Kᵢⱼ = cᵢⱼtⱼ / Σₖ cᵢₖtₖ` (the share of i's contacts
/// made in area j) and `cᵢⱼ` from [`DistanceDecay`]. O(n²) time.
///
/// PySAL `DistanceDecayIsolation` divides `cᵢⱼtⱼ` by the row sum of j instead of i (NumPy
/// broadcasting); for isolation this gives the same value, since c is symmetric.
pub fn distance_decay_isolation(
    group: &[f64],
    total: &[f64],
    centroids: &[[f64; 2]],
    areas: &[f64],
    decay: DistanceDecay,
) -> Result<f64, SegregationError> {
    let tot = check_decay_inputs(group, total, centroids, areas, decay)?;
    Ok(distance_decay_exposure_to(
        group,
        total,
        |j| group[j],
        centroids,
        areas,
        decay,
        tot.x,
    ))
}

/// Distance-decay interaction (exposure) (Morgan 1983; Massey & Denton 1988, eq. 8):
/// `DPxy = Σᵢ (xᵢ/X) Σⱼ Kᵢⱼ (yⱼ/tⱼ)`, with `Kᵢⱼ` as in [`distance_decay_isolation`];
/// `DPxx + DPxy = 1`. O(n²) time.
///
/// PySAL `DistanceDecayExposure` (1.x and 2.x) divides `cᵢⱼtⱼ` by the row sum of j instead of
/// i (NumPy broadcasting), so its value differs (Sacramento: 0.8397 there, 0.8438 here, and
/// PySAL's isolation + exposure ≠ 1); the oracle test reproduces PySAL's number both ways.
pub fn distance_decay_exposure(
    group: &[f64],
    total: &[f64],
    centroids: &[[f64; 2]],
    areas: &[f64],
    decay: DistanceDecay,
) -> Result<f64, SegregationError> {
    let tot = check_decay_inputs(group, total, centroids, areas, decay)?;
    Ok(distance_decay_exposure_to(
        group,
        total,
        |j| total[j] - group[j],
        centroids,
        areas,
        decay,
        tot.x,
    ))
}

/// Spatial proximity profile (Hong & Sadahiro 2014; PySAL `SpatialProxProf`): for each of
/// `m` thresholds θ evenly spaced on [0, 1], with `Gθ` the k areas where the group's share is
/// at least θ, `η(θ) = (k² − k) / Σ_{i,j ∈ Gθ} δᵢⱼ`, δ the number of contiguity steps between
/// areas (shortest path in `contiguity`; η = 0 when some pair is not connected or k ≤ 1);
/// the index summarises the curve like [`concentration_profile`](super::concentration_profile).
///
/// The sets Gθ are nested, so areas are added by decreasing share and each added area needs
/// one breadth-first search: O(n (n + links)) time, O(n) memory.
pub fn spatial_proximity_profile(
    group: &[f64],
    total: &[f64],
    contiguity: &SparseWeights,
    m: usize,
) -> Result<f64, SegregationError> {
    if m < 2 {
        return Err(SegregationError::InvalidParameter {
            name: "m",
            expected: "at least 2 thresholds",
        });
    }
    let tot = check_two_group(group, total)?;
    let n = group.len();
    check_len("contiguity", n, contiguity.len())?;
    // Areas by decreasing share (empty areas never qualify: their share is undefined).
    let mut order: Vec<usize> = (0..n).filter(|&i| total[i] > 0.0).collect();
    order.sort_by(|&a, &b| (group[b] / total[b]).total_cmp(&(group[a] / total[a])));
    let mut in_set = vec![false; n];
    let mut dist = vec![u32::MAX; n];
    let mut queue = Vec::with_capacity(n);
    // den[k] = Σ δ over ordered pairs of the first k areas of `order`.
    let mut den = Vec::with_capacity(order.len() + 1);
    den.push(0.0f64);
    for &a in &order {
        dist.fill(u32::MAX);
        queue.clear();
        dist[a] = 0;
        queue.push(a);
        let mut head = 0;
        let mut sum = 0.0;
        while head < queue.len() {
            let u = queue[head];
            head += 1;
            if in_set[u] {
                sum += f64::from(dist[u]);
            }
            for &v in contiguity.row(u).0 {
                if dist[v] == u32::MAX {
                    dist[v] = dist[u] + 1;
                    queue.push(v);
                }
            }
        }
        let unreachable = order
            .iter()
            .take(den.len() - 1)
            .any(|&b| dist[b] == u32::MAX);
        let prev = *den.last().expect("starts with 0");
        den.push(if unreachable {
            f64::INFINITY
        } else {
            prev + 2.0 * sum
        });
        in_set[a] = true;
    }
    let shares: Vec<f64> = order.iter().map(|&i| group[i] / total[i]).collect();
    let curve: Vec<f64> = linspace01(m)
        .map(|theta| {
            // Number of areas with share ≥ θ: shares are sorted decreasingly.
            let k = shares.partition_point(|&p| p >= theta);
            let kf = k as f64;
            let eta = (kf * kf - kf) / den[k];
            if eta.is_finite() { eta } else { 0.0 }
        })
        .collect();
    Ok(profile_summary(&curve, tot.p()))
}

/// Spatial min–max index (O'Sullivan & Wong 2007; PySAL `SpatialMinMax`): the
/// [`min_max`](super::min_max) index of the local environments
/// `x̃ᵢ = xᵢ + Σ_{j≠i} wᵢⱼxⱼ`, `ỹᵢ = yᵢ + Σ_{j≠i} wᵢⱼyⱼ` (each area weighs 1 in its own
/// environment, as PySAL's `fill_diagonal`). PySAL's default weights are a triangular kernel
/// over centroids with a fixed bandwidth (`spatial::triangular_kernel`).
pub fn spatial_min_max(
    group: &[f64],
    total: &[f64],
    weights: &SparseWeights,
) -> Result<f64, SegregationError> {
    check_two_group(group, total)?;
    let n = group.len();
    check_len("weights", n, weights.len())?;
    let mut lx = vec![0.0; n];
    let mut lt = vec![0.0; n];
    for i in 0..n {
        let (mut sx, mut sy) = (group[i], total[i] - group[i]);
        let (nb, wt) = weights.row(i);
        for (&j, &w) in nb.iter().zip(wt) {
            if j != i {
                sx += w * group[j];
                sy += w * (total[j] - group[j]);
            }
        }
        lx[i] = sx;
        lt[i] = sx + sy;
    }
    min_max(&lx, &lt)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line3() -> SparseWeights {
        // 0 - 1 - 2
        SparseWeights::binary(vec![0, 1, 3, 4], vec![1, 0, 2, 1]).unwrap()
    }

    #[test]
    fn spatial_dissimilarity_hand_checked() {
        let g = [9.0, 5.0, 1.0];
        let t = [10.0, 10.0, 10.0];
        // D = ½ Σ |xᵢ/15 − yᵢ/15| = ½ (8 + 0 + 8)/15 = 8/15
        let d = super::super::dissimilarity(&g, &t).unwrap();
        assert!((d - 8.0 / 15.0).abs() < 1e-15);
        // Σ cᵢⱼ|pᵢ−pⱼ| = 2 (0.4 + 0.4) = 1.6 over Σ c = 4 → 0.4
        let sd = spatial_dissimilarity(&g, &t, &line3(), false).unwrap();
        assert!((sd - (8.0 / 15.0 - 0.4)).abs() < 1e-15);
    }

    #[test]
    fn delta_and_centralization_hand_checked() {
        let g = [6.0, 3.0, 1.0];
        let t = [10.0, 10.0, 10.0];
        let a = [1.0, 2.0, 7.0];
        // ½(|0.6−0.1| + |0.3−0.2| + |0.1−0.7|) = 0.6
        assert!((delta(&g, &t, &a).unwrap() - 0.6).abs() < 1e-15);
        let c = [[0.0, 0.0], [1.0, 0.0], [3.0, 0.0]];
        // Order by distance from (0,0): 0,1,2. X = .6,.9,1; A = .1,.3,1.
        // ACE = (.6·.3 + .9·1) − (.9·.1 + 1·.3) = 1.08 − 0.39 = 0.69
        let ace = absolute_centralization(&g, &t, &c, &a, Center::Point(0.0, 0.0)).unwrap();
        assert!((ace - 0.69).abs() < 1e-15);
        // Y = 4/20, 11/20, 1 → RCE = (.6·.55 + .9·1) − (.9·.2 + 1·.55) = 1.23 − 0.73 = 0.5
        let rce = relative_centralization(&g, &t, &c, Center::Area(0)).unwrap();
        assert!((rce - 0.5).abs() < 1e-15);
    }

    #[test]
    fn proximity_of_identical_composition_is_one() {
        let g = [2.0, 4.0, 6.0];
        let t = [10.0, 20.0, 30.0];
        let c = [[0.0, 0.0], [1.0, 0.5], [0.2, 2.0]];
        let a = [0.5, 1.0, 2.0];
        let sp = spatial_proximity(&g, &t, &c, &a, DistanceDecay::default()).unwrap();
        assert!((sp - 1.0).abs() < 1e-14);
        let rcl = relative_clustering(&g, &t, &c, &a, DistanceDecay::default()).unwrap();
        assert!(rcl.abs() < 1e-14);
        let dpxx = distance_decay_isolation(&g, &t, &c, &a, DistanceDecay::default()).unwrap();
        let dpxy = distance_decay_exposure(&g, &t, &c, &a, DistanceDecay::default()).unwrap();
        assert!((dpxx - 0.2).abs() < 1e-14);
        assert!((dpxx + dpxy - 1.0).abs() < 1e-14);
    }

    #[test]
    fn weights_are_validated() {
        assert!(SparseWeights::binary(vec![0, 2], vec![0]).is_err());
        assert!(SparseWeights::binary(vec![1, 1], vec![0]).is_err());
        assert!(SparseWeights::new(vec![0, 1], vec![0], vec![-1.0]).is_err());
        assert!(SparseWeights::binary(vec![0, 1], vec![3]).is_err());
    }
}
