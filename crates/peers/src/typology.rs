//! A typology of city contexts: all cities grouped into a few types by k-means on the
//! standardised typology features.
//!
//! Method: the features marked `typology = true` in the catalogue (size on the log scale,
//! population growth, foreign-born share and its 5-year change, unemployment proxy,
//! students per inhabitant), equal weights, robust standardisation over all cities. The
//! cities that have all of them are clustered by k-means (k-means++ seeding from the fixed
//! seed [`SEED`], best of [`RESTARTS`] runs), for every k in 4..=8; the k with the highest
//! mean silhouette is kept (the smaller k on a tie). A city lacking one or two of the
//! features is placed in the type whose centre is nearest over the features it has (and is
//! marked so); a city lacking more is left out, with what it lacks. Nothing is imputed.
//! Each type is labelled by its most distinctive traits: the features whose centre lies
//! furthest from the median city (at least half a standardised unit).

use crate::catalogue::Feature;
use crate::explain;
use crate::profile::{Profile, TypeRef};
use crate::search::{CityRef, compared_value};
use serde::Serialize;
use stats::peers::{FiveNumbers, Metric, Scaler, Scaling, assign_partial, choose_k};

/// The seed of the k-means++ draws: fixed, so the typology is the same on every run.
pub const SEED: u64 = 2023;
/// Seeded k-means runs per k; the one with the least within-type sum of squares is kept.
pub const RESTARTS: usize = 10;
/// The numbers of types tried.
pub const K_RANGE: std::ops::RangeInclusive<usize> = 4..=8;
/// A city may lack at most this many typology features to be placed in a type.
pub const MAX_MISSING: usize = 2;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KScore {
    pub k: usize,
    pub silhouette: f64,
}

/// A defining trait of a type.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Trait {
    pub feature: Feature,
    /// Median over the type's cities.
    pub median: Option<f64>,
    /// Median over all cities.
    pub overall_median: Option<f64>,
    /// The type's centre in standardised units (0 = the median city).
    pub centre_z: f64,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ContextType {
    pub id: usize,
    pub label: String,
    pub size: usize,
    /// Traits, most distinctive first.
    pub traits: Vec<Trait>,
    /// The traits the label names: (feature, above the median city).
    pub labelled: Vec<(Feature, bool)>,
    /// The largest cities of the type.
    pub examples: Vec<CityRef>,
    pub members: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Unassigned {
    #[serde(flatten)]
    pub city: CityRef,
    pub missing: Vec<Feature>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Typology {
    pub method: &'static str,
    pub features: Vec<Feature>,
    pub k: usize,
    /// Mean silhouette of each k tried.
    pub silhouette: Vec<KScore>,
    /// Cities with every typology feature (the ones clustered).
    pub clustered: usize,
    /// Cities placed by the features they have.
    pub placed_by_partial_profile: usize,
    pub types: Vec<ContextType>,
    pub unassigned: Vec<Unassigned>,
}

const METHOD: &str = "k-means on robust-standardised features (equal weights; size on the log scale), k-means++ seeding with seed 2023, best of 10 runs; k from 4 to 8 by the highest mean silhouette; cities lacking 1–2 features placed at the nearest type centre over the features they have, cities lacking more left out";

/// Word for a trait: (feature, centre above the median city?, median of the type).
/// The traits a type's label names that the city itself does not have: its value on the
/// other side of the median city (or unknown). A label describes a type's centre; a city at
/// its edge may be unlike it, and its profile says so rather than let the label speak for it.
fn unlike(
    city: &Profile,
    t: &ContextType,
    overall: &[Option<f64>],
    features: &[Feature],
) -> Vec<Feature> {
    t.labelled
        .iter()
        .filter(|(f, high)| {
            let median = features
                .iter()
                .position(|x| x == f)
                .and_then(|j| overall[j]);
            match (city.value(*f), median) {
                (Some(v), Some(m)) => {
                    if *high {
                        v <= m
                    } else {
                        v >= m
                    }
                }
                _ => true,
            }
        })
        .map(|(f, _)| *f)
        .collect()
}

fn phrase(f: Feature, high: bool, median: Option<f64>) -> &'static str {
    match (f, high) {
        (Feature::Population, true) => "large cities",
        (Feature::Population, false) => "smaller cities",
        (Feature::PopulationGrowth, true) => "fast population growth",
        (Feature::PopulationGrowth, false) => {
            if median.is_some_and(|m| m < 0.0) {
                "shrinking population"
            } else {
                "slow population growth"
            }
        }
        (Feature::ForeignBornShare, true) => "high foreign-born share",
        (Feature::ForeignBornShare, false) => "low foreign-born share",
        (Feature::ForeignBornChange5y, true) => "fast-rising foreign-born share",
        (Feature::ForeignBornChange5y, false) => {
            if median.is_some_and(|m| m < 0.0) {
                "falling foreign-born share"
            } else {
                "stable foreign-born share"
            }
        }
        (Feature::UnemploymentProxy, true) => "high unemployment",
        (Feature::UnemploymentProxy, false) => "low unemployment",
        (Feature::StudentsPer1000, true) => "many students",
        (Feature::StudentsPer1000, false) => "few students",
        (f, true) => match f {
            Feature::Density => "dense",
            _ => "high values",
        },
        (_, false) => "low values",
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Clusters the cities; returns the typology and each city's type.
pub(crate) fn compute(profiles: &[Profile]) -> (Typology, Vec<Option<TypeRef>>) {
    let features: Vec<Feature> = Feature::ALL
        .into_iter()
        .filter(|f| f.info().typology)
        .collect();
    let p = features.len();
    let n = profiles.len();
    let mut raw = Vec::with_capacity(n * p);
    for prof in profiles {
        raw.extend(features.iter().map(|f| compared_value(prof, *f)));
    }
    let scaler = Scaler::fit(&raw, p, Scaling::Robust);
    let z = scaler.transform(&raw);
    let complete: Vec<usize> = (0..n)
        .filter(|&i| z[i * p..(i + 1) * p].iter().all(|x| x.is_finite()))
        .collect();
    let mut rows = Vec::with_capacity(complete.len() * p);
    for &i in &complete {
        rows.extend_from_slice(&z[i * p..(i + 1) * p]);
    }
    let weights = vec![1.0; p];
    let mut typology = Typology {
        method: METHOD,
        features: features.clone(),
        k: 0,
        silhouette: Vec::new(),
        clustered: complete.len(),
        placed_by_partial_profile: 0,
        types: Vec::new(),
        unassigned: Vec::new(),
    };
    let mut assignment: Vec<Option<(usize, bool)>> = vec![None; n];
    let Some((km, scores)) = choose_k(&rows, &weights, K_RANGE, SEED, RESTARTS) else {
        typology.unassigned = profiles
            .iter()
            .map(|prof| Unassigned {
                city: CityRef::of(prof),
                missing: features
                    .iter()
                    .copied()
                    .filter(|f| prof.value(*f).is_none())
                    .collect(),
            })
            .collect();
        return (typology, vec![None; n]);
    };
    typology.k = km.k;
    typology.silhouette = scores
        .into_iter()
        .map(|(k, silhouette)| KScore { k, silhouette })
        .collect();
    for (r, &i) in complete.iter().enumerate() {
        assignment[i] = Some((km.assignment[r], true));
    }
    let partial = Metric {
        weights: weights.clone(),
        min_shared: p - MAX_MISSING,
        min_weight_share: 0.0,
    };
    for i in 0..n {
        if assignment[i].is_some() {
            continue;
        }
        let row = &z[i * p..(i + 1) * p];
        let have = row.iter().filter(|x| x.is_finite()).count();
        match assign_partial(row, &km, &partial) {
            Some((c, _)) if have >= p - MAX_MISSING => {
                assignment[i] = Some((c, false));
                typology.placed_by_partial_profile += 1;
            }
            _ => typology.unassigned.push(Unassigned {
                city: CityRef::of(&profiles[i]),
                missing: features
                    .iter()
                    .copied()
                    .filter(|f| profiles[i].value(*f).is_none())
                    .collect(),
            }),
        }
    }
    // Traits and labels.
    let overall: Vec<Option<f64>> = features
        .iter()
        .map(|f| {
            let v: Vec<f64> = profiles.iter().filter_map(|p| p.value(*f)).collect();
            FiveNumbers::of(&v).map(|s| s.median)
        })
        .collect();
    let mut labels: Vec<String> = Vec::new();
    for c in 0..km.k {
        let members: Vec<usize> = (0..n)
            .filter(|&i| assignment[i].is_some_and(|(t, _)| t == c))
            .collect();
        let mut traits: Vec<Trait> = features
            .iter()
            .enumerate()
            .map(|(j, &f)| {
                let v: Vec<f64> = members
                    .iter()
                    .filter_map(|&i| profiles[i].value(f))
                    .collect();
                let median = FiveNumbers::of(&v).map(|s| s.median);
                let centre_z = km.centroids[c * p + j];
                let text = format!(
                    "{}: median {} (all cities {})",
                    f.info().label,
                    median
                        .map(|m| explain::value(f, m))
                        .unwrap_or_else(|| "–".into()),
                    overall[j]
                        .map(|m| explain::value(f, m))
                        .unwrap_or_else(|| "–".into())
                );
                Trait {
                    feature: f,
                    median,
                    overall_median: overall[j],
                    centre_z,
                    text,
                }
            })
            .collect();
        traits.sort_by(|a, b| {
            b.centre_z
                .abs()
                .total_cmp(&a.centre_z.abs())
                .then(a.feature.cmp(&b.feature))
        });
        let distinctive: Vec<&Trait> = traits.iter().filter(|t| t.centre_z.abs() >= 0.5).collect();
        let words: Vec<&str> = distinctive
            .iter()
            .map(|t| phrase(t.feature, t.centre_z > 0.0, t.median))
            .collect();
        let mut take = 2.min(words.len());
        let mut label = if words.is_empty() {
            "Close to the median city".to_string()
        } else {
            capitalise(&words[..take].join(", "))
        };
        while labels.contains(&label) && take < words.len() {
            take += 1;
            label = capitalise(&words[..take].join(", "));
        }
        if labels.contains(&label) {
            label = format!("{label} ({})", c + 1);
        }
        labels.push(label.clone());
        let labelled = distinctive
            .iter()
            .take(take)
            .map(|t| (t.feature, t.centre_z > 0.0))
            .collect();
        let mut examples: Vec<usize> = members.clone();
        examples.sort_by(|&a, &b| {
            let pa = profiles[a].value(Feature::Population).unwrap_or(0.0);
            let pb = profiles[b].value(Feature::Population).unwrap_or(0.0);
            pb.total_cmp(&pa).then(a.cmp(&b))
        });
        typology.types.push(ContextType {
            id: c + 1,
            label,
            size: members.len(),
            traits,
            labelled,
            examples: examples
                .iter()
                .take(5)
                .map(|&i| CityRef::of(&profiles[i]))
                .collect(),
            members: members.iter().map(|&i| profiles[i].code.clone()).collect(),
        });
    }
    let refs = assignment
        .iter()
        .enumerate()
        .map(|(i, a)| {
            a.map(|(c, complete)| TypeRef {
                id: c + 1,
                label: typology.types[c].label.clone(),
                complete,
                unlike: unlike(&profiles[i], &typology.types[c], &overall, &features),
            })
        })
        .collect();
    (typology, refs)
}
