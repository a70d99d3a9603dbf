//! The registry of segregation indices — names, families, plain-language labels — and the
//! dispatch computing each from an area's counts (and, for the spatial ones, from the
//! areas' boundaries).
//!
//! The formulas live in `stats::segregation`; this module only says which index is which
//! and feeds each the inputs it needs.

use crate::PeriodCounts;
use crate::areas::GroupSpec;
use serde::Serialize;
use spatial::{ContiguityRule, DEFAULT_PRECISION, MultiPolygon, contiguity};
use stats::segregation::{
    self as seg, Center, DistanceDecay, GroupCounts, SegregationError, SparseWeights,
};

/// Why an index has no value for an area set; shown beside the index as its note.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Unavailable {
    /// A spatial index over areas whose boundaries are not in the store.
    #[error("no boundaries for this area set")]
    NoBoundaries,
    /// Some of the areas have no boundary.
    #[error("{missing} of these {areas} areas have no boundary in the store")]
    MissingBoundaries { missing: usize, areas: usize },
    /// The counts do not allow the index (no member of the group, a count above its total …).
    #[error(transparent)]
    Index(#[from] SegregationError),
    /// A name not in [`INDICES`].
    #[error("unknown index {0}")]
    Unknown(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
/// Which kind of index: two groups over areas, the same with the areas' geometry,
/// several groups at once, or the change between two periods.
pub enum Family {
    TwoGroup,
    Spatial,
    Multigroup,
    Change,
}

#[derive(Debug)]
pub struct IndexDef {
    /// Stable name, as in `--index` and the JSON/CSV output.
    pub name: &'static str,
    pub family: Family,
    /// Plain language; `{a}` and `{b}` are the groups' names.
    pub label: &'static str,
}

const fn def(name: &'static str, family: Family, label: &'static str) -> IndexDef {
    IndexDef {
        name,
        family,
        label,
    }
}

/// Every index the reports compute, in the order they are reported.
pub const INDICES: &[IndexDef] = &[
    def(
        "dissimilarity",
        Family::TwoGroup,
        "dissimilarity (share of {a} who would have to move for an even distribution)",
    ),
    def(
        "gini",
        Family::TwoGroup,
        "Gini (mean difference in the share of {a} between all pairs of areas, 0–1)",
    ),
    def(
        "entropy",
        Family::TwoGroup,
        "entropy, Theil's H (how much less mixed the areas are than the city, 0–1)",
    ),
    def(
        "isolation",
        Family::TwoGroup,
        "isolation (share of {a} in the area where an average member of this group lives)",
    ),
    def(
        "interaction",
        Family::TwoGroup,
        "exposure (share of {b} in the area where an average member of {a} lives)",
    ),
    def(
        "correlation_ratio",
        Family::TwoGroup,
        "correlation ratio (isolation corrected for the group's size, 0–1)",
    ),
    def(
        "atkinson_0.1",
        Family::TwoGroup,
        "Atkinson b=0.1 (unevenness, weighing areas where {a} are few)",
    ),
    def(
        "atkinson_0.5",
        Family::TwoGroup,
        "Atkinson b=0.5 (unevenness, areas of under- and over-representation alike)",
    ),
    def(
        "atkinson_0.9",
        Family::TwoGroup,
        "Atkinson b=0.9 (unevenness, weighing areas where {a} are many)",
    ),
    def(
        "min_max",
        Family::TwoGroup,
        "min-max (1 − overlap of where {a} and {b} live, 0–1)",
    ),
    def(
        "concentration_profile",
        Family::TwoGroup,
        "concentration profile R (how far {a} live in areas where they are a large share)",
    ),
    def(
        "density_corrected_dissimilarity",
        Family::TwoGroup,
        "dissimilarity corrected for the randomness of small areas (Allen et al. 2015)",
    ),
    def(
        "spatial_dissimilarity",
        Family::Spatial,
        "spatial dissimilarity (D less the differences between adjacent areas, queen contiguity)",
    ),
    def(
        "boundary_spatial_dissimilarity",
        Family::Spatial,
        "boundary spatial dissimilarity (D less differences across shared borders, by border length)",
    ),
    def(
        "perimeter_area_spatial_dissimilarity",
        Family::Spatial,
        "perimeter/area spatial dissimilarity (as above, weighing compact areas more)",
    ),
    def(
        "delta",
        Family::Spatial,
        "delta (share of {a} who would have to move for the same density per km² everywhere)",
    ),
    def(
        "absolute_concentration",
        Family::Spatial,
        "absolute concentration (1 = {a} live in as little space as possible)",
    ),
    def(
        "relative_concentration",
        Family::Spatial,
        "relative concentration (above 0: {a} live in less space than {b})",
    ),
    def(
        "absolute_centralization",
        Family::Spatial,
        "absolute centralisation (above 0: {a} live nearer the centre than the land lies)",
    ),
    def(
        "relative_centralization",
        Family::Spatial,
        "relative centralisation (above 0: {a} live nearer the centre than {b})",
    ),
    def(
        "absolute_clustering",
        Family::Spatial,
        "absolute clustering (how near {a} live to each other, 0–1)",
    ),
    def(
        "relative_clustering",
        Family::Spatial,
        "relative clustering (above 0: {a} live nearer each other than {b} do)",
    ),
    def(
        "spatial_proximity",
        Family::Spatial,
        "spatial proximity (1 = no difference; above 1: each group lives nearer its own)",
    ),
    def(
        "distance_decay_isolation",
        Family::Spatial,
        "distance-decay isolation (share of {a} around an average member of this group, nearby areas counted)",
    ),
    def(
        "distance_decay_exposure",
        Family::Spatial,
        "distance-decay exposure (share of {b} around an average member of {a}, nearby areas counted)",
    ),
    def(
        "multigroup_dissimilarity",
        Family::Multigroup,
        "multigroup dissimilarity (share of people who would have to move for every area to have the city's mix)",
    ),
    def(
        "multigroup_gini",
        Family::Multigroup,
        "multigroup Gini (mean difference in composition between pairs of areas, 0–1)",
    ),
    def(
        "multigroup_information_theory",
        Family::Multigroup,
        "multigroup entropy, Theil's H (how much less mixed the areas are than the city, 0–1)",
    ),
    def(
        "multigroup_normalized_exposure",
        Family::Multigroup,
        "normalised exposure (how much more people meet their own group than the city's mix implies, 0–1)",
    ),
    def(
        "multigroup_relative_diversity",
        Family::Multigroup,
        "relative diversity (loss of diversity inside areas compared with the city)",
    ),
    def(
        "multigroup_squared_coefficient_of_variation",
        Family::Multigroup,
        "squared coefficient of variation of the groups' shares across areas",
    ),
    def(
        "multigroup_divergence",
        Family::Multigroup,
        "divergence (how far areas' compositions differ from the city's, in nats)",
    ),
    def(
        "multigroup_diversity",
        Family::Multigroup,
        "diversity of the city (normalised entropy: 1 = all groups equally large)",
    ),
    def(
        "simpson_interaction",
        Family::Multigroup,
        "Simpson's interaction (chance that two residents drawn at random belong to different groups)",
    ),
];

impl Family {
    /// The family's name as in the JSON and CSV output (`two-group`, `spatial` …).
    pub fn as_str(self) -> &'static str {
        match self {
            Family::TwoGroup => "two-group",
            Family::Spatial => "spatial",
            Family::Multigroup => "multigroup",
            Family::Change => "change",
        }
    }
}

impl IndexDef {
    /// The label with the groups' names put in.
    pub fn label_for(&self, a: &str, b: &str) -> String {
        self.label.replace("{a}", a).replace("{b}", b)
    }
}

/// The index called `name`, if the registry has it.
pub fn find(name: &str) -> Option<&'static IndexDef> {
    INDICES.iter().find(|d| d.name == name)
}

/// The indices of a comma-separated list (all of them for `None`), in the list's order.
pub fn select(list: Option<&str>) -> crate::Result<Vec<&'static IndexDef>> {
    let Some(list) = list else {
        return Ok(INDICES.iter().collect());
    };
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|name| {
            find(name).ok_or_else(|| crate::NeighbourhoodError::UnknownIndex {
                name: name.to_string(),
                known: INDICES
                    .iter()
                    .map(|d| d.name)
                    .collect::<Vec<_>>()
                    .join(", "),
            })
        })
        .collect()
}

/// Numbers derived from the boundaries of the areas used in one computation.
#[derive(Debug, Clone)]
pub struct SpatialInputs {
    areas_km2: Vec<f64>,
    centroids: Vec<[f64; 2]>,
    perimeters: Vec<f64>,
    queen: SparseWeights,
    rook_lengths: SparseWeights,
}

/// Areas (km²), centroids, perimeters and the contiguity weights of `geoms`, in their order.
pub fn spatial_inputs(geoms: &[MultiPolygon]) -> Result<SpatialInputs, Unavailable> {
    let e = Unavailable::Index;
    let queen = contiguity(geoms, ContiguityRule::Queen, DEFAULT_PRECISION);
    let rook = contiguity(geoms, ContiguityRule::Rook, DEFAULT_PRECISION);
    Ok(SpatialInputs {
        areas_km2: geoms.iter().map(MultiPolygon::area).collect(),
        centroids: geoms
            .iter()
            .map(|g| g.centroid().map_or([f64::NAN; 2], |c| [c.x, c.y]))
            .collect(),
        perimeters: geoms.iter().map(MultiPolygon::perimeter).collect(),
        queen: SparseWeights::binary(queen.offsets().to_vec(), queen.indices().to_vec())
            .map_err(e)?,
        rook_lengths: SparseWeights::new(
            rook.offsets().to_vec(),
            rook.indices().to_vec(),
            rook.lengths().to_vec(),
        )
        .map_err(e)?,
    })
}

/// The two-group or spatial index `name` of group counts `x` among totals `t`; the spatial
/// ones need `sp`, the inputs of exactly these areas in this order.
pub fn two_group_value(
    name: &str,
    x: &[f64],
    t: &[f64],
    sp: Option<&SpatialInputs>,
) -> Result<f64, Unavailable> {
    let decay = DistanceDecay::default();
    let r = match (name, sp) {
        ("dissimilarity", _) => seg::dissimilarity(x, t),
        ("gini", _) => seg::gini(x, t),
        ("entropy", _) => seg::entropy(x, t),
        ("isolation", _) => seg::isolation(x, t),
        ("interaction", _) => seg::interaction(x, t),
        ("correlation_ratio", _) => seg::correlation_ratio(x, t),
        ("atkinson_0.1", _) => seg::atkinson(x, t, 0.1),
        ("atkinson_0.5", _) => seg::atkinson(x, t, 0.5),
        ("atkinson_0.9", _) => seg::atkinson(x, t, 0.9),
        ("min_max", _) => seg::min_max(x, t),
        ("concentration_profile", _) => seg::concentration_profile(x, t, 1000),
        ("density_corrected_dissimilarity", _) => seg::density_corrected_dissimilarity(x, t, 1e-5),
        (_, None) => return Err(Unavailable::NoBoundaries),
        ("spatial_dissimilarity", Some(s)) => seg::spatial_dissimilarity(x, t, &s.queen, false),
        ("boundary_spatial_dissimilarity", Some(s)) => {
            seg::boundary_spatial_dissimilarity(x, t, &s.rook_lengths, false)
        }
        ("perimeter_area_spatial_dissimilarity", Some(s)) => {
            seg::perimeter_area_ratio_spatial_dissimilarity(
                x,
                t,
                &s.rook_lengths,
                &s.perimeters,
                &s.areas_km2,
                true,
            )
        }
        ("delta", Some(s)) => seg::delta(x, t, &s.areas_km2),
        ("absolute_concentration", Some(s)) => seg::absolute_concentration(x, t, &s.areas_km2),
        ("relative_concentration", Some(s)) => seg::relative_concentration(x, t, &s.areas_km2),
        ("absolute_centralization", Some(s)) => {
            seg::absolute_centralization(x, t, &s.centroids, &s.areas_km2, Center::Mean)
        }
        ("relative_centralization", Some(s)) => {
            seg::relative_centralization(x, t, &s.centroids, Center::Mean)
        }
        ("absolute_clustering", Some(s)) => {
            seg::absolute_clustering(x, t, &s.centroids, &s.areas_km2, decay)
        }
        ("relative_clustering", Some(s)) => {
            seg::relative_clustering(x, t, &s.centroids, &s.areas_km2, decay)
        }
        ("spatial_proximity", Some(s)) => {
            seg::spatial_proximity(x, t, &s.centroids, &s.areas_km2, decay)
        }
        ("distance_decay_isolation", Some(s)) => {
            seg::distance_decay_isolation(x, t, &s.centroids, &s.areas_km2, decay)
        }
        ("distance_decay_exposure", Some(s)) => {
            seg::distance_decay_exposure(x, t, &s.centroids, &s.areas_km2, decay)
        }
        (other, _) => return Err(Unavailable::Unknown(other.to_string())),
    };
    Ok(r?)
}

/// The multigroup index `name` of `c`; NaN for a name that is not a multigroup index.
pub fn multigroup_value(name: &str, c: &GroupCounts<'_>) -> f64 {
    match name {
        "multigroup_dissimilarity" => seg::multigroup_dissimilarity(c),
        "multigroup_gini" => seg::multigroup_gini(c),
        "multigroup_information_theory" => seg::multigroup_information_theory(c),
        "multigroup_normalized_exposure" => seg::multigroup_normalized_exposure(c),
        "multigroup_relative_diversity" => seg::multigroup_relative_diversity(c),
        "multigroup_squared_coefficient_of_variation" => {
            seg::multigroup_squared_coefficient_of_variation(c)
        }
        "multigroup_divergence" => seg::multigroup_divergence(c),
        "multigroup_diversity" => seg::multigroup_diversity(c, true),
        "simpson_interaction" => seg::simpson_interaction(c),
        _ => f64::NAN,
    }
}

/// The two groups' counts over the areas where both are known: (x = A, total, kept areas).
/// The total is A + B, or B itself when B is everybody.
pub fn pair_counts(
    pc: &PeriodCounts,
    a: &GroupSpec,
    b: &GroupSpec,
) -> Option<(Vec<f64>, Vec<f64>, Vec<usize>)> {
    let ga = pc.group(&a.key)?;
    let gb = pc.group(&b.key)?;
    let (mut x, mut t, mut kept) = (Vec::new(), Vec::new(), Vec::new());
    for (i, (va, vb)) in ga.iter().zip(gb).enumerate() {
        if let (Some(va), Some(vb)) = (va, vb) {
            x.push(*va);
            t.push(if b.key.is_empty() { *vb } else { va + vb });
            kept.push(i);
        }
    }
    Some((x, t, kept))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn family_names_are_the_serialised_ones() {
        for f in [
            Family::TwoGroup,
            Family::Spatial,
            Family::Multigroup,
            Family::Change,
        ] {
            assert_eq!(serde_json::to_value(f).unwrap(), f.as_str());
        }
    }

    #[test]
    fn every_index_is_computed_by_the_dispatch() {
        let (x, t) = ([8.0, 2.0, 5.0], [10.0, 10.0, 12.0]);
        let c = [&[8.0, 2.0, 5.0][..], &[2.0, 8.0, 7.0][..]];
        let counts = GroupCounts::new(&c).unwrap();
        for d in INDICES {
            match d.family {
                Family::TwoGroup => {
                    assert!(two_group_value(d.name, &x, &t, None).is_ok(), "{}", d.name)
                }
                Family::Spatial => assert_eq!(
                    two_group_value(d.name, &x, &t, None),
                    Err(Unavailable::NoBoundaries)
                ),
                Family::Multigroup => {
                    assert!(multigroup_value(d.name, &counts).is_finite(), "{}", d.name)
                }
                Family::Change => {}
            }
        }
        assert!(select(Some("dissimilarity, gini")).unwrap().len() == 2);
        assert!(select(Some("nonsense")).is_err());
    }
}
