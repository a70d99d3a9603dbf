//! Peer search: the k cities nearest to a city by a standardised, weighted distance over
//! chosen features, under constraints, each with the reasons it is similar and differs.

use crate::catalogue::{Feature, default_weights};
use crate::explain::{self, Comparison, Lacking, NotCompared, Reasons};
use crate::profile::{Profile, SizeClass};
use serde::Serialize;
use stats::peers::{Metric, Scaler, Scaling, nearest_to};

/// Which countries peers may come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    #[default]
    Any,
    SameCountry,
    OtherCountries,
}

/// What to search for.
#[derive(Clone, Debug, PartialEq)]
pub struct PeerQuery {
    /// How many peers.
    pub k: usize,
    /// Features of the distance and their weights.
    pub weights: Vec<(Feature, f64)>,
    pub scope: Scope,
    /// Only peers of the city's own size class.
    pub same_size_class: bool,
    /// Only peers with at least this many years of foreign-born figures.
    pub min_years: usize,
    pub scaling: Scaling,
    /// The fewest features a peer must share with the city (the shared ones must also
    /// carry at least half of the total weight).
    pub min_shared: usize,
    /// Only peers among these cities (by code), with what they have in common: e.g. the
    /// cities a survey covered, so that every peer can be compared on it.
    pub among: Option<(std::collections::BTreeSet<String>, String)>,
}

/// The least share of the total weight two cities' shared features must carry.
pub const MIN_WEIGHT_SHARE: f64 = 0.5;

impl Default for PeerQuery {
    fn default() -> Self {
        PeerQuery {
            k: 10,
            weights: default_weights(),
            scope: Scope::Any,
            same_size_class: false,
            min_years: 0,
            scaling: Scaling::Robust,
            min_shared: 4,
            among: None,
        }
    }
}

/// A city as results name it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CityRef {
    pub code: String,
    pub name: String,
    pub country: String,
    pub size_class: Option<SizeClass>,
}

impl CityRef {
    pub fn of(p: &Profile) -> CityRef {
        CityRef {
            code: p.code.clone(),
            name: p.name.clone(),
            country: p.country.clone(),
            size_class: p.size_class,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WeightedFeature {
    pub feature: Feature,
    pub weight: f64,
}

/// One peer and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Peer {
    pub rank: usize,
    #[serde(flatten)]
    pub city: CityRef,
    pub distance: f64,
    pub shared_features: usize,
    /// Features on which the two are close (standardised difference under 0.5), closest
    /// first, as "peer vs city".
    pub similar: Vec<String>,
    /// Features on which they differ, largest contribution to the distance first.
    pub differs: Vec<String>,
    /// Features of the distance that one of the two lacks.
    pub not_compared: Vec<String>,
    /// All of the above in one sentence.
    pub explanation: String,
    /// The above as data (features, values, years, who lacks what), for the web and the
    /// report to word them in the reader's language; not part of the API's JSON.
    #[serde(skip)]
    pub reasons: Reasons,
}

/// The peers of a city.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PeerSet {
    pub city: CityRef,
    pub k: usize,
    pub features: Vec<WeightedFeature>,
    pub scaling: &'static str,
    /// The constraints applied, in words.
    pub constraints: Vec<String>,
    /// Cities that met the constraints and could be compared (shared enough features).
    pub comparable: usize,
    pub peers: Vec<Peer>,
    /// Why there are fewer peers than asked for, or none.
    pub note: Option<String>,
}

/// Standardised feature values of all cities for one choice of features and weights.
#[derive(Debug)]
pub(crate) struct Space {
    pub features: Vec<Feature>,
    pub metric: Metric,
    /// Row-major standardised values, `NaN` where missing.
    pub z: Vec<f64>,
}

/// The value a feature is compared on: its logarithm for sizes (see the catalogue),
/// `NaN` where the city has none.
pub(crate) fn compared_value(p: &Profile, f: Feature) -> f64 {
    match p.value(f) {
        Some(v) if f.info().log => {
            if v > 0.0 {
                v.ln()
            } else {
                f64::NAN
            }
        }
        Some(v) => v,
        None => f64::NAN,
    }
}

impl Space {
    pub(crate) fn new(
        profiles: &[Profile],
        weights: &[(Feature, f64)],
        scaling: Scaling,
        min_shared: usize,
    ) -> Space {
        let features: Vec<Feature> = weights.iter().map(|(f, _)| *f).collect();
        let p = features.len();
        let mut raw = Vec::with_capacity(profiles.len() * p);
        for prof in profiles {
            raw.extend(features.iter().map(|f| compared_value(prof, *f)));
        }
        let scaler = Scaler::fit(&raw, p, scaling);
        let z = scaler.transform(&raw);
        Space {
            metric: Metric {
                weights: weights.iter().map(|(_, w)| *w).collect(),
                min_shared: min_shared.min(p),
                min_weight_share: MIN_WEIGHT_SHARE,
            },
            features,
            z,
        }
    }

    pub(crate) fn p(&self) -> usize {
        self.features.len()
    }

    pub(crate) fn row(&self, i: usize) -> &[f64] {
        &self.z[i * self.p()..(i + 1) * self.p()]
    }
}

pub(crate) fn scaling_name(s: Scaling) -> &'static str {
    match s {
        Scaling::Robust => "robust (median, IQR/1.349)",
        Scaling::ZScore => "z-score (mean, standard deviation)",
    }
}

/// Whether candidate `j` may be a peer of city `i` under the query's constraints.
pub(crate) fn admissible(profiles: &[Profile], i: usize, j: usize, q: &PeerQuery) -> bool {
    let (a, b) = (&profiles[i], &profiles[j]);
    let scope = match q.scope {
        Scope::Any => true,
        Scope::SameCountry => a.country == b.country,
        Scope::OtherCountries => a.country != b.country,
    };
    scope
        && (!q.same_size_class || (a.size_class.is_some() && a.size_class == b.size_class))
        && b.years_of_data >= q.min_years
        && q.among
            .as_ref()
            .is_none_or(|(codes, _)| codes.contains(&b.code))
}

pub(crate) fn constraints(q: &PeerQuery, city: &Profile) -> Vec<String> {
    let mut c = Vec::new();
    match q.scope {
        Scope::Any => {}
        Scope::SameCountry => c.push(format!("same country ({})", city.country)),
        Scope::OtherCountries => c.push(format!("other countries than {}", city.country)),
    }
    if let Some((codes, what)) = &q.among {
        c.push(format!("among the {} {what}", codes.len()));
    }
    if q.same_size_class {
        c.push(match city.size_class {
            Some(s) => format!("same size class ({})", s.label()),
            None => "same size class (unknown for this city: no peers)".to_string(),
        });
    }
    if q.min_years > 0 {
        c.push(format!(
            "at least {} years of foreign-born figures",
            q.min_years
        ));
    }
    c.push(format!(
        "at least {} shared features carrying half of the weight",
        q.min_shared
    ));
    c
}

/// Explains how `peer` (row `j`) compares with `city` (row `i`) over the space's features.
pub(crate) fn compare(space: &Space, profiles: &[Profile], i: usize, j: usize) -> Reasons {
    let (city, peer) = (&profiles[i], &profiles[j]);
    let mut close: Vec<(f64, Comparison)> = Vec::new();
    let mut far: Vec<(f64, Comparison)> = Vec::new();
    // who lacks it → features
    let mut missing: Vec<NotCompared> = Vec::new();
    for (k, &f) in space.features.iter().enumerate() {
        let w = space.metric.weights[k];
        if w <= 0.0 {
            continue;
        }
        let (zc, zp) = (space.row(i)[k], space.row(j)[k]);
        if zc.is_nan() || zp.is_nan() {
            let lacking = match (zp.is_nan(), zc.is_nan()) {
                (true, true) => Lacking::Both,
                (true, false) => Lacking::Peer,
                _ => Lacking::City,
            };
            match missing.iter_mut().find(|n| n.lacking == lacking) {
                Some(n) => n.features.push(f),
                None => missing.push(NotCompared {
                    features: vec![f],
                    lacking,
                }),
            }
            continue;
        }
        let d = (zp - zc).abs();
        let c = Comparison::of(peer.get(f), city.get(f));
        if d < 0.5 {
            close.push((d, c));
        } else {
            far.push((-w * d * d, c));
        }
    }
    close.sort_by(|a, b| a.0.total_cmp(&b.0));
    far.sort_by(|a, b| a.0.total_cmp(&b.0));
    Reasons {
        similar: close.into_iter().map(|(_, c)| c).collect(),
        differs: far.into_iter().map(|(_, c)| c).collect(),
        not_compared: missing,
    }
}

pub(crate) fn sentence(similar: &[String], differs: &[String], not_compared: &[String]) -> String {
    let mut parts = Vec::new();
    if !similar.is_empty() {
        parts.push(format!("similar: {}", similar.join("; ")));
    }
    if !differs.is_empty() {
        parts.push(format!("differs: {}", differs.join("; ")));
    }
    if !not_compared.is_empty() {
        parts.push(format!("not compared: {}", not_compared.join("; ")));
    }
    parts.join(" — ")
}

/// The peers of the city in row `i`.
pub(crate) fn find(profiles: &[Profile], space: &Space, i: usize, q: &PeerQuery) -> PeerSet {
    let city = &profiles[i];
    let neighbours = nearest_to(&space.z, i, q.k, &space.metric, |j| {
        admissible(profiles, i, j, q)
    });
    let comparable = (0..profiles.len())
        .filter(|&j| {
            j != i
                && admissible(profiles, i, j, q)
                && space.metric.distance(space.row(i), space.row(j)).is_some()
        })
        .count();
    let peers: Vec<Peer> = neighbours
        .iter()
        .enumerate()
        .map(|(r, n)| {
            let reasons = compare(space, profiles, i, n.index);
            let (peer, name) = (&profiles[n.index].name, &city.name);
            let similar: Vec<String> = reasons.similar.iter().map(explain::pair).collect();
            let differs: Vec<String> = reasons.differs.iter().map(explain::pair).collect();
            let not_compared: Vec<String> = reasons
                .not_compared
                .iter()
                .map(|m| explain::missing(m, peer, name))
                .collect();
            Peer {
                rank: r + 1,
                city: CityRef::of(&profiles[n.index]),
                distance: n.distance,
                shared_features: n.shared,
                explanation: sentence(&similar, &differs, &not_compared),
                similar,
                differs,
                not_compared,
                reasons,
            }
        })
        .collect();
    let have = space.row(i).iter().filter(|z| !z.is_nan()).count();
    let note = if have < space.metric.min_shared {
        Some(format!(
            "{} has only {have} of the {} features of the distance: no city can be compared with it; choose other features with --features",
            city.name,
            space.p()
        ))
    } else if peers.len() < q.k {
        Some(format!(
            "only {} cities meet the constraints and share enough features with {}",
            comparable, city.name
        ))
    } else {
        None
    };
    PeerSet {
        city: CityRef::of(city),
        k: q.k,
        features: q
            .weights
            .iter()
            .map(|(f, w)| WeightedFeature {
                feature: *f,
                weight: *w,
            })
            .collect(),
        scaling: scaling_name(q.scaling),
        constraints: constraints(q, city),
        comparable,
        peers,
        note,
    }
}
