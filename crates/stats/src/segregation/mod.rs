//! Segregation and concentration indices over small areas.
//!
//! Inputs are plain slices of counts per area (`f64`, so that estimated or weighted counts
//! work too), plus — for the spatial indices — numbers derived from the geometries (areas,
//! centroids, perimeters, neighbour lists) that the `spatial` crate computes. Nothing here
//! reads files or allocates per area inside a loop; the O(n²) indices say so in their docs.
//!
//! Notation used in every formula: for areas i = 1..n, `xᵢ` is the count of the group of
//! interest, `tᵢ` the total population, `yᵢ = tᵢ − xᵢ` the rest; `X, Y, T` their sums,
//! `P = X/T` the group's share of the city and `pᵢ = xᵢ/tᵢ` its share of area i
//! (`pᵢ = 0` when `tᵢ = 0`, as in PySAL).
//!
//! Modules:
//! - [`two_group`]: evenness and exposure between a group and the rest (D, Gini, Theil's H,
//!   isolation, interaction, correlation ratio, Atkinson, concentration profile, min–max,
//!   density-corrected D, location quotients);
//! - [`multigroup`]: several groups at once (Reardon & Firebaugh 2002) and local diversity;
//! - [`spatial`]: indices that use where the areas are (delta, concentration,
//!   centralisation, clustering, proximity, spatial dissimilarity, proximity profile);
//! - [`change`]: change between two periods, its decomposition and a permutation test.
//!
//! Where PySAL `segregation` (the reference implementation we test against) differs from the
//! published formula, the formula wins and the doc comment says what PySAL does.

pub mod change;
pub mod multigroup;
pub mod spatial;
pub mod two_group;

pub use change::{
    ChangeDecomposition, PermutationTest, decompose_dissimilarity_change, dissimilarity_change_test,
};
pub use multigroup::{
    GroupCounts, local_diversity, local_entropy, local_simpson_concentration,
    local_simpson_interaction, multigroup_dissimilarity, multigroup_divergence,
    multigroup_diversity, multigroup_gini, multigroup_information_theory,
    multigroup_location_quotients, multigroup_normalized_exposure, multigroup_relative_diversity,
    multigroup_squared_coefficient_of_variation, simpson_concentration, simpson_interaction,
};
pub use spatial::{
    Center, DistanceDecay, SparseWeights, absolute_centralization, absolute_clustering,
    absolute_concentration, boundary_spatial_dissimilarity, delta, distance_decay_exposure,
    distance_decay_isolation, local_relative_centralization,
    perimeter_area_ratio_spatial_dissimilarity, relative_centralization, relative_clustering,
    relative_concentration, spatial_dissimilarity, spatial_min_max, spatial_proximity,
    spatial_proximity_profile,
};
pub use two_group::{
    TwoGroupIndices, all_two_group, atkinson, concentration_profile, correlation_ratio,
    density_corrected_dissimilarity, dissimilarity, entropy, gini, interaction, isolation,
    location_quotients, min_max,
};

use std::fmt;

/// Why an index could not be computed. Indices never return NaN for bad input: they say why.
#[derive(Debug, Clone, PartialEq)]
pub enum SegregationError {
    /// No area at all.
    Empty,
    /// Two inputs that must have one value per area (or per group) differ in length.
    LengthMismatch {
        /// The input that disagrees.
        what: &'static str,
        /// Expected length.
        expected: usize,
        /// Actual length.
        found: usize,
    },
    /// A count is negative, NaN or infinite.
    InvalidCount {
        /// Which input.
        what: &'static str,
        /// 0-based area index.
        index: usize,
        /// The value.
        value: f64,
    },
    /// The group count of an area exceeds its total.
    GroupExceedsTotal {
        /// 0-based area index.
        index: usize,
        /// Group count.
        group: f64,
        /// Total.
        total: f64,
    },
    /// A sum the index divides by is zero (e.g. no member of the group anywhere, or the group
    /// is everybody so the rest is empty).
    ZeroTotal {
        /// Which sum.
        what: &'static str,
    },
    /// A parameter is outside its domain.
    InvalidParameter {
        /// Parameter name.
        name: &'static str,
        /// What is allowed.
        expected: &'static str,
    },
}

impl fmt::Display for SegregationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "no areas: an index needs at least one area"),
            Self::LengthMismatch {
                what,
                expected,
                found,
            } => write!(
                f,
                "{what} has {found} values; expected {expected} (one per area)"
            ),
            Self::InvalidCount { what, index, value } => write!(
                f,
                "{what} of area {index} is {value}; expected a finite count ≥ 0"
            ),
            Self::GroupExceedsTotal {
                index,
                group,
                total,
            } => write!(
                f,
                "area {index}: group count {group} exceeds the total {total}"
            ),
            Self::ZeroTotal { what } => write!(f, "the {what} is zero, so the index is undefined"),
            Self::InvalidParameter { name, expected } => {
                write!(f, "parameter {name}: expected {expected}")
            }
        }
    }
}

impl std::error::Error for SegregationError {}

/// Sums of a checked two-group input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Totals {
    /// Σ xᵢ.
    pub x: f64,
    /// Σ tᵢ.
    pub t: f64,
}

impl Totals {
    pub(crate) fn y(&self) -> f64 {
        self.t - self.x
    }
    pub(crate) fn p(&self) -> f64 {
        self.x / self.t
    }
}

pub(crate) fn check_len(
    what: &'static str,
    expected: usize,
    found: usize,
) -> Result<(), SegregationError> {
    if expected == found {
        Ok(())
    } else {
        Err(SegregationError::LengthMismatch {
            what,
            expected,
            found,
        })
    }
}

/// Checks a group/total pair and returns the sums. Requires both the group and the rest to be
/// non-empty (0 < P < 1), since every two-group index divides by one or both.
pub(crate) fn check_two_group(group: &[f64], total: &[f64]) -> Result<Totals, SegregationError> {
    if total.is_empty() {
        return Err(SegregationError::Empty);
    }
    check_len("group", total.len(), group.len())?;
    let mut x = 0.0;
    let mut t = 0.0;
    for (index, (&g, &tt)) in group.iter().zip(total).enumerate() {
        if !(g.is_finite() && g >= 0.0) {
            return Err(SegregationError::InvalidCount {
                what: "group",
                index,
                value: g,
            });
        }
        if !(tt.is_finite() && tt >= 0.0) {
            return Err(SegregationError::InvalidCount {
                what: "total",
                index,
                value: tt,
            });
        }
        if g > tt {
            return Err(SegregationError::GroupExceedsTotal {
                index,
                group: g,
                total: tt,
            });
        }
        x += g;
        t += tt;
    }
    if x <= 0.0 {
        return Err(SegregationError::ZeroTotal {
            what: "group's population",
        });
    }
    if t - x <= 0.0 {
        return Err(SegregationError::ZeroTotal {
            what: "population outside the group",
        });
    }
    Ok(Totals { x, t })
}

/// Share of the group in an area, 0 for an empty area (PySAL's convention).
#[inline]
pub(crate) fn share(x: f64, t: f64) -> f64 {
    if t > 0.0 { x / t } else { 0.0 }
}
