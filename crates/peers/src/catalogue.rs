//! The features of a city profile: what they are called and mean (`catalogue/peers/features.toml`,
//! read through the `catalogue` crate at run time), and the closed set of them this crate
//! knows how to compute.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// A feature of a city's context profile. The computation of each is in `profile.rs`; its
/// label, unit, role, direction and default weight are data in the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feature {
    Population,
    PopulationGrowth,
    ForeignBornShare,
    ForeignBornChange5y,
    ForeignBornChange10y,
    UnemploymentProxy,
    StudentsPer1000,
    EmployedPer100,
    Density,
    QolGoodForImmigrants,
}

impl Feature {
    pub const ALL: [Feature; 10] = [
        Feature::Population,
        Feature::PopulationGrowth,
        Feature::ForeignBornShare,
        Feature::ForeignBornChange5y,
        Feature::ForeignBornChange10y,
        Feature::UnemploymentProxy,
        Feature::StudentsPer1000,
        Feature::EmployedPer100,
        Feature::Density,
        Feature::QolGoodForImmigrants,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Feature::Population => "population",
            Feature::PopulationGrowth => "population_growth",
            Feature::ForeignBornShare => "foreign_born_share",
            Feature::ForeignBornChange5y => "foreign_born_change_5y",
            Feature::ForeignBornChange10y => "foreign_born_change_10y",
            Feature::UnemploymentProxy => "unemployment_proxy",
            Feature::StudentsPer1000 => "students_per_1000",
            Feature::EmployedPer100 => "employed_per_100",
            Feature::Density => "density",
            Feature::QolGoodForImmigrants => "qol_good_for_immigrants",
        }
    }

    pub fn parse(name: &str) -> Option<Feature> {
        let n = name.trim().to_ascii_lowercase().replace('-', "_");
        Feature::ALL.into_iter().find(|f| f.name() == n)
    }

    /// Its position in [`Feature::ALL`] (and in every profile's feature list).
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn info(self) -> &'static FeatureInfo {
        &catalogue()[self.index()]
    }
}

impl std::fmt::Display for Feature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

pub use ::catalogue::{Better, FeatureInfo, Role};

/// The descriptions of [`Feature::ALL`], in that order, from `catalogue`: the features of
/// the catalogue this program uses ([`::catalogue::active`]), checked by
/// [`check_features`]; should they not pass, the built-in ones (which do, tested).
pub fn catalogue() -> &'static [FeatureInfo] {
    static CATALOGUE: OnceLock<Vec<FeatureInfo>> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        in_order(::catalogue::active())
            .or_else(|_| {
                ::catalogue::Catalogue::embedded()
                    .map_err(|e| e.to_string())
                    .and_then(|c| in_order(&c))
            })
            // Unreachable with the tested built-in catalogue.
            .unwrap_or_else(|e| panic!("{e}"))
    })
}

/// Checks that a catalogue describes every feature this crate computes (call it before
/// [`::catalogue::install`]).
pub fn check_features(cat: &::catalogue::Catalogue) -> Result<(), crate::PeersError> {
    in_order(cat)
        .map(|_| ())
        .map_err(|message| crate::PeersError::Catalogue { message })
}

fn in_order(cat: &::catalogue::Catalogue) -> Result<Vec<FeatureInfo>, String> {
    Feature::ALL
        .iter()
        .map(|f| {
            cat.features.iter().find(|i| i.name == f.name()).cloned().ok_or_else(|| {
                format!(
                    "peers/features.toml of the catalogue ({}) does not describe the feature '{f}': add a [[feature]] with name = \"{f}\" (the built-in catalogue has one to copy)",
                    cat.origin
                )
            })
        })
        .collect()
}

/// The default features of the peer distance and their weights (positive catalogue weights).
pub fn default_weights() -> Vec<(Feature, f64)> {
    Feature::ALL
        .into_iter()
        .filter(|f| f.info().weight > 0.0)
        .map(|f| (f, f.info().weight))
        .collect()
}

/// Reads `--features` text: `name[:weight],…` (`population:2,foreign_born_share`); a name
/// without a weight takes its catalogue weight, or 1 where that is 0.
pub fn parse_weights(text: &str) -> Result<Vec<(Feature, f64)>, crate::PeersError> {
    let mut out: Vec<(Feature, f64)> = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (name, weight) = match part.split_once([':', '=']) {
            Some((n, w)) => {
                let w: f64 = w.trim().parse().map_err(|_| crate::PeersError::BadWeight {
                    text: part.to_string(),
                })?;
                if !(w.is_finite() && w >= 0.0) {
                    return Err(crate::PeersError::BadWeight {
                        text: part.to_string(),
                    });
                }
                (n, Some(w))
            }
            None => (part, None),
        };
        let f = Feature::parse(name).ok_or_else(|| crate::PeersError::UnknownFeature {
            name: name.to_string(),
        })?;
        let w = weight.unwrap_or_else(|| {
            let w = f.info().weight;
            if w > 0.0 { w } else { 1.0 }
        });
        match out.iter_mut().find(|(g, _)| *g == f) {
            Some(slot) => slot.1 = w,
            None => out.push((f, w)),
        }
    }
    if out.iter().all(|(_, w)| *w == 0.0) {
        return Err(crate::PeersError::NoFeatures);
    }
    Ok(out)
}

/// All feature names, for messages.
pub fn feature_names() -> String {
    Feature::ALL
        .iter()
        .map(|f| f.name())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_names_every_feature_once() {
        let text = ::catalogue::Catalogue::embedded().unwrap();
        assert_eq!(text.features.len(), Feature::ALL.len());
        check_features(&text).unwrap();
        for f in Feature::ALL {
            assert_eq!(catalogue()[f.index()].name, f.name());
            assert_eq!(Feature::parse(f.name()), Some(f));
            let info = f.info();
            assert!(info.weight >= 0.0);
            assert_eq!(
                info.role == Role::Outcome,
                info.better != Better::Neither,
                "{f}: outcomes and only outcomes have a better direction"
            );
        }
        assert!(!default_weights().is_empty());
    }

    #[test]
    fn feature_lists_with_weights() {
        let w = parse_weights("population:3, foreign_born_share,qol_good_for_immigrants").unwrap();
        assert_eq!(
            w,
            vec![
                (Feature::Population, 3.0),
                (Feature::ForeignBornShare, 2.0),
                (Feature::QolGoodForImmigrants, 1.0)
            ]
        );
        assert!(parse_weights("populaton").is_err());
        assert!(parse_weights("population:-1").is_err());
        assert!(parse_weights("population:0").is_err());
    }
}
