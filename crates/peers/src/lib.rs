//! Comparable cities: which European cities resemble a city, how it compares with them,
//! which experienced city could mentor it, and what type of context it is.
//!
//! What it is for: turning the observations in the store into a **context profile** per
//! Urban Audit city (size and size class, population growth, foreign-born share and its
//! change over ~5 and ~10 years, an unemployment proxy, students per inhabitant, employment,
//! density, the Quality of Life survey's "good place for immigrants"), each value traced
//! to the observations it came from ([`SourceObservation`]); and answering, on those
//! profiles, the questions of the web pages and the CLI:
//! - [`find_peers`]: the k nearest cities by a standardised, weighted distance, under
//!   constraints, each with why it is similar and where it differs;
//! - [`benchmark`]: a city's value of any indicator against its peers;
//! - [`mentors`]: cities similar today with a longer immigration experience and better
//!   outcomes, and the reverse (whom a city could mentor);
//! - [`typology`]: all cities grouped into a few context types;
//! - [`opinion::opinion`]: the public-opinion items of `peers/opinion.toml` for a city and
//!   its peers, with intervals and a test of each difference.
//!
//! The numerics (standardisation, distance, nearest neighbours, k-means) are in
//! `stats::peers`; what the features mean, their default weights and which direction is
//! better are data in `catalogue/peers/features.toml`.
//!
//! What it must not do: write to the store, render anything (results are plain
//! `serde::Serialize` values; the CLI and the web format them), or fill in a missing value:
//! a feature a city lacks is reported as missing with the reason, and distances use only
//! the features both cities have.
//!
//! Only Urban Audit cities (level `city`, codes `…C`) are profiled: countries, greater
//! cities and functional urban areas are not candidates.

mod benchmark;
mod catalogue;
mod explain;
pub mod headline;
mod mentors;
pub mod opinion;
mod profile;
pub mod report;
mod search;
mod typology;

pub use self::catalogue::{
    Better, Feature, FeatureInfo, Role, catalogue, check_features, default_weights, feature_names,
    parse_weights,
};
pub use benchmark::{Benchmark, CityValue, Indicator, IndicatorInfo, Position, Summary};
pub use explain::{Comparison, Lacking, NotCompared, Reasons, grouped, people};
pub use mentors::{BASE_YEAR_TOLERANCE, Match, MentorQuery, Mentors, OutcomeComparison};
pub use profile::{FeatureValue, Profile, SizeClass, SourceObservation, TypeRef, YearShare};
pub use search::{CityRef, MIN_WEIGHT_SHARE, Peer, PeerQuery, PeerSet, Scope, WeightedFeature};
pub use stats::peers::Scaling;
pub use typology::{ContextType, KScore, Trait, Typology, Unassigned};

use std::collections::HashMap;
use store::Store;

#[derive(Debug, thiserror::Error)]
pub enum PeersError {
    #[error(transparent)]
    Store(#[from] store::StoreError),
    /// The catalogue's features file lacks a feature this crate computes.
    #[error("{message}")]
    Catalogue { message: String },
    #[error(
        "'{code}' is not an Urban Audit city in the store; `observatory list geographies --level city` lists them"
    )]
    UnknownCity { code: String },
    #[error(
        "{name} ({code}) is a {level}, not a city: peers are found among Urban Audit cities (codes ending in C)"
    )]
    NotACity {
        code: String,
        name: String,
        level: String,
    },
    #[error("unknown feature '{name}': choose from {}", feature_names())]
    UnknownFeature { name: String },
    #[error(
        "'{text}' is not a feature weight: write name:weight with a weight of 0 or more (population:2)"
    )]
    BadWeight { text: String },
    #[error(
        "no feature with a positive weight: give at least one, e.g. --features population,foreign_born_share"
    )]
    NoFeatures,
    #[error(
        "'{text}' is not an indicator: give a feature ({features}) or dataset/variable, optionally with [breakdown] (urb_clma/EC1010V, qol_2023/Q3_4[answer=1])"
    )]
    BadIndicator { text: String, features: String },
    #[error(
        "the store has no values of {dataset}/{variable}; `observatory list variables` shows what it holds"
    )]
    NoSeries { dataset: String, variable: String },
    #[error(
        "{dataset}/{variable} has no series for the whole population with breakdown '{asked}'; give one of: {}",
        available.iter().map(|b| format!("{dataset}/{variable}[{b}]")).collect::<Vec<_>>().join(", ")
    )]
    Breakdown {
        dataset: String,
        variable: String,
        asked: String,
        available: Vec<String>,
    },
}

pub type Result<T> = std::result::Result<T, PeersError>;

/// code → (value, period, source observations).
type FeatureValues = HashMap<String, (f64, String, Vec<SourceObservation>)>;

/// The profiles of all cities in the store, with their typology: load once, ask many
/// questions (the CLI and the web layer keep one per request or per import).
#[derive(Debug, Clone)]
pub struct Cities {
    profiles: Vec<Profile>,
    index: HashMap<String, usize>,
    typology: Typology,
}

impl Cities {
    /// Reads the observations the profiles need and computes every city's profile and the
    /// typology.
    pub fn load(store: &Store) -> Result<Cities> {
        let geos = profile::city_geographies(store)?;
        let countries: HashMap<String, String> = store
            .geographies(Some(model::GeoLevel::Country), None)?
            .into_iter()
            .map(|g| (g.code.to_string(), g.name))
            .collect();
        let raw = profile::RawData::load(store, &geos)?;
        let profiles = geos
            .iter()
            .map(|g| {
                let country = g
                    .country
                    .as_ref()
                    .and_then(|c| countries.get(c.as_str()).cloned());
                profile::compute(g, country, &raw.by_city[g.code.as_str()])
            })
            .collect();
        Ok(Cities::from_profiles(profiles))
    }

    /// Cities from ready profiles (tests and benchmarks with synthetic cities); sorted by
    /// code, which is the order ties are broken in.
    pub fn from_profiles(mut profiles: Vec<Profile>) -> Cities {
        profiles.sort_by(|a, b| a.code.cmp(&b.code));
        let (typology, types) = typology::compute(&profiles);
        for (p, t) in profiles.iter_mut().zip(types) {
            p.context_type = t;
        }
        let index = profiles
            .iter()
            .enumerate()
            .map(|(i, p)| (p.code.clone(), i))
            .collect();
        Cities {
            profiles,
            index,
            typology,
        }
    }

    pub fn profiles(&self) -> &[Profile] {
        &self.profiles
    }

    pub fn len(&self) -> usize {
        self.profiles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.profiles.is_empty()
    }

    fn position(&self, code: &str) -> Result<usize> {
        self.index
            .get(code)
            .copied()
            .ok_or_else(|| PeersError::UnknownCity {
                code: code.to_string(),
            })
    }

    pub fn profile(&self, code: &str) -> Result<&Profile> {
        Ok(&self.profiles[self.position(code)?])
    }

    pub fn typology(&self) -> &Typology {
        &self.typology
    }

    pub fn peers(&self, code: &str, q: &PeerQuery) -> Result<PeerSet> {
        let i = self.position(code)?;
        let space = self.space(q)?;
        Ok(search::find(&self.profiles, &space, i, q))
    }

    /// Peers of every city with one standardisation (what the web's overview needs).
    pub fn all_peers(&self, q: &PeerQuery) -> Result<Vec<PeerSet>> {
        let space = self.space(q)?;
        Ok((0..self.profiles.len())
            .map(|i| search::find(&self.profiles, &space, i, q))
            .collect())
    }

    fn space(&self, q: &PeerQuery) -> Result<search::Space> {
        if q.weights.iter().all(|(_, w)| *w <= 0.0) {
            return Err(PeersError::NoFeatures);
        }
        Ok(search::Space::new(
            &self.profiles,
            &q.weights,
            q.scaling,
            q.min_shared,
        ))
    }

    pub fn mentors(&self, code: &str, q: &MentorQuery) -> Result<Mentors> {
        let i = self.position(code)?;
        Ok(mentors::find(&self.profiles, i, q))
    }

    /// `indicator` of the city against its peers (found with `q`); a raw `dataset/variable`
    /// is read from `store` (latest value per city), and its direction is `better` (a
    /// feature's comes from the catalogue unless `better` is given).
    pub fn benchmark(
        &self,
        store: &Store,
        code: &str,
        indicator: &Indicator,
        q: &PeerQuery,
        better: Option<Better>,
    ) -> Result<Benchmark> {
        let peer_set = self.peers(code, q)?;
        let city = self.profile(code)?;
        let (info, values): (IndicatorInfo, FeatureValues) = match indicator {
            Indicator::Feature(f) => {
                let info = f.info();
                let values = self
                    .profiles
                    .iter()
                    .filter_map(|p| {
                        let v = p.get(*f);
                        v.value.map(|x| {
                            let period = match v.years.as_slice() {
                                [a, b] => format!("{a}–{b}"),
                                [a] => a.to_string(),
                                _ => String::new(),
                            };
                            (p.code.clone(), (x, period, v.sources.clone()))
                        })
                    })
                    .collect();
                (
                    IndicatorInfo {
                        key: f.name().to_string(),
                        label: info.label.clone(),
                        unit: info.unit.clone(),
                        better: better.unwrap_or(info.better),
                    },
                    values,
                )
            }
            Indicator::Raw {
                dataset,
                variable,
                breakdown,
            } => {
                let (raw, unit) =
                    benchmark::raw_values(store, dataset, variable, breakdown.as_deref())?;
                (
                    IndicatorInfo {
                        key: indicator.key(),
                        label: indicator.key(),
                        unit,
                        better: better.unwrap_or(Better::Neither),
                    },
                    raw.into_iter()
                        .map(|(k, (v, p, s))| (k, (v, p, vec![s])))
                        .collect(),
                )
            }
        };
        let value_of = |p: &Profile| {
            let v = values.get(&p.code);
            CityValue {
                city: CityRef::of(p),
                value: v.map(|x| x.0),
                period: v.map(|x| x.1.clone()),
                better_than_city: None,
                sources: v.map(|x| x.2.clone()).unwrap_or_default(),
            }
        };
        let peers = peer_set
            .peers
            .iter()
            .map(|p| value_of(&self.profiles[self.index[&p.city.code]]))
            .collect();
        let fmt: Box<dyn Fn(f64) -> String> = match indicator {
            Indicator::Feature(f) => {
                let f = *f;
                Box::new(move |v| explain::value(f, v))
            }
            Indicator::Raw { .. } => {
                Box::new(|v| explain::grouped(v, if v.abs() >= 100.0 { 0 } else { 2 }))
            }
        };
        Ok(benchmark::build(
            info,
            value_of(city),
            peers,
            &peer_set,
            &*fmt,
        ))
    }
}

/// Checks that `code` is a city (not a country or FUA) and gives a helpful error if not.
fn check_city(store: &Store, cities: &Cities, code: &str) -> Result<()> {
    if cities.index.contains_key(code) {
        return Ok(());
    }
    match store.geography(code)? {
        Some(g) => Err(PeersError::NotACity {
            code: code.to_string(),
            name: g.name,
            level: g.level.to_string(),
        }),
        None => Err(PeersError::UnknownCity {
            code: code.to_string(),
        }),
    }
}

/// The context profile of the city `code` (an Urban Audit city code, `HR004C`).
pub fn profile(store: &Store, code: &str) -> Result<Profile> {
    let cities = Cities::load(store)?;
    check_city(store, &cities, code)?;
    cities.profile(code).cloned()
}

/// The peers of the city `code`.
pub fn find_peers(store: &Store, code: &str, q: &PeerQuery) -> Result<PeerSet> {
    let cities = Cities::load(store)?;
    check_city(store, &cities, code)?;
    cities.peers(code, q)
}

/// `indicator` of the city `code` against its peers found with `q`.
pub fn benchmark(
    store: &Store,
    code: &str,
    indicator: &Indicator,
    q: &PeerQuery,
    better: Option<Better>,
) -> Result<Benchmark> {
    let cities = Cities::load(store)?;
    check_city(store, &cities, code)?;
    cities.benchmark(store, code, indicator, q, better)
}

/// Mentors of the city `code`, and the cities it could mentor.
pub fn mentors(store: &Store, code: &str, q: &MentorQuery) -> Result<Mentors> {
    let cities = Cities::load(store)?;
    check_city(store, &cities, code)?;
    cities.mentors(code, q)
}

/// The context typology of all cities in the store.
pub fn typology(store: &Store) -> Result<Typology> {
    Ok(Cities::load(store)?.typology)
}

/// Like [`profile`] etc., but with an error that names a non-city place helpfully; for
/// callers holding a [`Cities`].
pub fn ensure_city(store: &Store, cities: &Cities, code: &str) -> Result<()> {
    check_city(store, cities, code)
}
