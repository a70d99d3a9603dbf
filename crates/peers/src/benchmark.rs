//! A city's value of an indicator against its peers: median, quartiles, range, its
//! position, and the peers that do better.

use crate::catalogue::{Better, Feature, feature_names};
use crate::profile::SourceObservation;
use crate::search::{CityRef, PeerSet};
use crate::{PeersError, Result};
use serde::Serialize;
use stats::peers::FiveNumbers;
use std::collections::HashMap;
use store::{SeriesFilter, Store};

/// What to benchmark: a profile feature, or any variable of the store (latest value).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Indicator {
    Feature(Feature),
    /// `dataset/variable`, optionally `[breakdown]` (`qol_2023/Q3_4[answer=1]`): the latest
    /// value of the city's series for the whole population.
    Raw {
        dataset: String,
        variable: String,
        breakdown: Option<String>,
    },
}

impl Indicator {
    /// `foreign_born_share`, `urb_clma/EC1010V`, `qol_2023/Q3_4[answer=1]`.
    pub fn parse(text: &str) -> Result<Indicator> {
        let t = text.trim();
        if let Some(f) = Feature::parse(t) {
            return Ok(Indicator::Feature(f));
        }
        let bad = || PeersError::BadIndicator {
            text: t.to_string(),
            features: feature_names(),
        };
        let (dv, breakdown) = match t.split_once('[') {
            Some((dv, rest)) => (
                dv,
                Some(rest.strip_suffix(']').ok_or_else(bad)?.trim().to_string()),
            ),
            None => (t, None),
        };
        let (dataset, variable) = dv.split_once('/').ok_or_else(bad)?;
        if dataset.trim().is_empty() || variable.trim().is_empty() {
            return Err(bad());
        }
        Ok(Indicator::Raw {
            dataset: dataset.trim().to_string(),
            variable: variable.trim().to_string(),
            breakdown,
        })
    }

    pub fn key(&self) -> String {
        match self {
            Indicator::Feature(f) => f.name().to_string(),
            Indicator::Raw {
                dataset,
                variable,
                breakdown: Some(b),
            } => format!("{dataset}/{variable}[{b}]"),
            Indicator::Raw {
                dataset, variable, ..
            } => format!("{dataset}/{variable}"),
        }
    }
}

/// The indicator as results describe it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndicatorInfo {
    pub key: String,
    pub label: String,
    pub unit: String,
    pub better: Better,
}

/// One city's value of the indicator.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CityValue {
    #[serde(flatten)]
    pub city: CityRef,
    pub value: Option<f64>,
    /// The period(s) of the value.
    pub period: Option<String>,
    /// For peers: better than the city (None when no direction is known or a value missing).
    pub better_than_city: Option<bool>,
    pub sources: Vec<SourceObservation>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub n: usize,
    pub min: f64,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    pub max: f64,
}

/// Where the city stands among itself and its peers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Position {
    /// 1 = best (or highest, when no direction is known); ties share a rank.
    pub rank: usize,
    pub of: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Benchmark {
    pub indicator: IndicatorInfo,
    pub city: CityValue,
    /// Every peer, in peer order, with its value.
    pub peers: Vec<CityValue>,
    /// Of the peers' values (the city not included).
    pub summary: Option<Summary>,
    pub position: Option<Position>,
    /// Peers that do better than the city, best first.
    pub better_peers: Vec<CityValue>,
    /// How the peers were chosen.
    pub peer_features: Vec<Feature>,
    pub sentence: String,
}

/// code → (value, period, source observation).
pub(crate) type RawValues = HashMap<String, (f64, String, SourceObservation)>;

/// Latest values of a raw variable for every city, and the unit of the series.
pub(crate) fn raw_values(
    store: &Store,
    dataset: &str,
    variable: &str,
    breakdown: Option<&str>,
) -> Result<(RawValues, String)> {
    let filter = SeriesFilter {
        dataset: Some(dataset.to_string()),
        variable: Some(variable.to_string()),
        ..Default::default()
    };
    let mut breakdowns: std::collections::BTreeSet<String> = Default::default();
    let mut latest: HashMap<String, (f64, model::Period, SourceObservation)> = HashMap::new();
    let mut any = false;
    let mut unit = String::new();
    store
        .for_each_observation(&filter, |row| {
            let o = row.observation;
            any = true;
            if !o.group.is_total() {
                return Ok(());
            }
            let key = o.breakdown_key();
            breakdowns.insert(key.clone());
            if key != breakdown.unwrap_or("") {
                return Ok(());
            }
            let newer = latest
                .get(o.geo.as_str())
                .is_none_or(|(_, p, _)| o.period > *p);
            if newer {
                if unit.is_empty() {
                    unit = o.unit.clone().unwrap_or_default();
                }
                let src = SourceObservation {
                    dataset: o.dataset.clone(),
                    variable: o.variable.clone(),
                    geo: o.geo.to_string(),
                    period: o.period.to_string(),
                    breakdown: key,
                    value: o.value,
                    flags: o.flags.to_string(),
                };
                latest.insert(o.geo.to_string(), (o.value, o.period, src));
            }
            Ok(())
        })
        .map_err(PeersError::Store)?;
    if !any {
        return Err(PeersError::NoSeries {
            dataset: dataset.to_string(),
            variable: variable.to_string(),
        });
    }
    if latest.is_empty() {
        return Err(PeersError::Breakdown {
            dataset: dataset.to_string(),
            variable: variable.to_string(),
            asked: breakdown.unwrap_or("").to_string(),
            available: breakdowns.into_iter().take(12).collect(),
        });
    }
    Ok((
        latest
            .into_iter()
            .map(|(k, (v, p, s))| (k, (v, p.to_string(), s)))
            .collect(),
        unit,
    ))
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Puts the benchmark together from the city's and its peers' values.
pub(crate) fn build(
    indicator: IndicatorInfo,
    city: CityValue,
    mut peers: Vec<CityValue>,
    peer_set: &PeerSet,
    fmt: &dyn Fn(f64) -> String,
) -> Benchmark {
    let sign = indicator.better.sign();
    for p in &mut peers {
        p.better_than_city = match (p.value, city.value) {
            (Some(a), Some(b)) if sign != 0.0 => Some(sign * (a - b) > 0.0),
            _ => None,
        };
    }
    let values: Vec<f64> = peers.iter().filter_map(|p| p.value).collect();
    let summary = FiveNumbers::of(&values).map(|s| Summary {
        n: s.n,
        min: s.min,
        q1: s.q1,
        median: s.median,
        q3: s.q3,
        max: s.max,
    });
    // Rank 1 = best; with no direction, 1 = highest.
    let order = if sign == 0.0 { 1.0 } else { sign };
    let position = city.value.map(|v| {
        let ahead = values.iter().filter(|&&x| order * (x - v) > 0.0).count();
        let of = values.len() + 1;
        let rank = ahead + 1;
        let text = if sign == 0.0 {
            format!(
                "{} highest of {of} (the city and its peers with a value)",
                ordinal(rank)
            )
        } else {
            format!(
                "{} best of {of} ({} is better; the city and its peers with a value)",
                ordinal(rank),
                if sign > 0.0 { "higher" } else { "lower" }
            )
        };
        Position { rank, of, text }
    });
    let mut better_peers: Vec<CityValue> = peers
        .iter()
        .filter(|p| p.better_than_city == Some(true))
        .cloned()
        .collect();
    better_peers.sort_by(|a, b| {
        let (x, y) = (a.value.unwrap_or(0.0), b.value.unwrap_or(0.0));
        (order * y)
            .total_cmp(&(order * x))
            .then(a.city.code.cmp(&b.city.code))
    });
    let sentence = match (&city.value, &summary) {
        (None, _) => format!("{} has no value of {}", city.city.name, indicator.label),
        (Some(_), None) => format!(
            "none of the {} peers of {} has a value of {}",
            peers.len(),
            city.city.name,
            indicator.label
        ),
        (Some(v), Some(s)) => {
            let mut t = format!(
                "{}: {} {}; peers' median {} (quartiles {} – {}, range {} – {}, {} peers)",
                indicator.label,
                city.city.name,
                fmt(*v),
                fmt(s.median),
                fmt(s.q1),
                fmt(s.q3),
                fmt(s.min),
                fmt(s.max),
                s.n
            );
            if let Some(p) = &position {
                t.push_str(&format!("; {}", p.text));
            }
            if sign != 0.0 {
                if better_peers.is_empty() {
                    t.push_str("; no peer does better");
                } else {
                    t.push_str(&format!(
                        "; doing better: {}",
                        better_peers
                            .iter()
                            .map(|p| format!("{} {}", p.city.name, fmt(p.value.unwrap_or(0.0))))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            }
            t
        }
    };
    Benchmark {
        indicator,
        city,
        peers,
        summary,
        position,
        better_peers,
        peer_features: peer_set.features.iter().map(|w| w.feature).collect(),
        sentence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indicators_parse() {
        assert_eq!(
            Indicator::parse("unemployment_proxy").unwrap(),
            Indicator::Feature(Feature::UnemploymentProxy)
        );
        assert_eq!(
            Indicator::parse("qol_2023/Q3_4[answer=1]").unwrap(),
            Indicator::Raw {
                dataset: "qol_2023".into(),
                variable: "Q3_4".into(),
                breakdown: Some("answer=1".into())
            }
        );
        assert!(Indicator::parse("unemployment").is_err());
        assert!(Indicator::parse("x/").is_err());
        assert_eq!(ordinal(1), "1st");
        assert_eq!(ordinal(12), "12th");
        assert_eq!(ordinal(22), "22nd");
    }
}
