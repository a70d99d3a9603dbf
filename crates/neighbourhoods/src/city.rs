//! A city's neighbourhoods at a glance: the foreign residents' share of each area of the
//! latest period with boundaries, the city's share over those areas, and the five
//! segregation indices — what the web's neighbourhood page and the City Integration Report
//! both show, read once here.

use crate::indices::two_group_value;
use crate::{Boundaries, GroupSpec, Level, Result, load_counts};
use serde::Serialize;
use std::collections::HashMap;
use store::Store;

/// Areas with fewer residents than this show no share (it would disclose a handful of people).
pub const MIN_RESIDENTS: f64 = 20.0;

/// The indices shown for a city, by registry name.
pub const CITY_INDICES: [&str; 5] = [
    "dissimilarity",
    "isolation",
    "interaction",
    "entropy",
    "gini",
];

/// Why an area shows no share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaNote {
    Shown,
    /// Fewer than [`MIN_RESIDENTS`] residents.
    FewResidents,
    NoData,
}

/// One area of a city.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaShare {
    pub code: String,
    pub name: String,
    /// `None` when withheld (few residents) or missing.
    pub residents: Option<f64>,
    pub foreigners: Option<f64>,
    /// Percent of residents with a foreign citizenship.
    pub share: Option<f64>,
    pub note: AreaNote,
}

/// The neighbourhood figures of a city for its latest period and area set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CityAreas {
    pub city: String,
    /// The area set's label (`Planungsräume (LOR)`), else its scheme code.
    pub scheme: String,
    pub period: String,
    pub datasets: Vec<String>,
    pub source: String,
    /// Foreign residents as a share of residents over the areas with both counts.
    pub city_share: Option<f64>,
    /// (registry name, value); all of [`CITY_INDICES`] or none.
    pub indices: Vec<(String, f64)>,
    /// In the boundaries' stored order.
    pub areas: Vec<AreaShare>,
}

/// The city's neighbourhood figures, or `None` when it has no small-area counts with
/// boundaries in the store.
pub fn city_areas(store: &Store, city: &str) -> Result<Option<CityAreas>> {
    let foreigners = GroupSpec::parse("foreigners")?;
    let Ok(datasets) = crate::map::map_datasets(city, &foreigners, None) else {
        return Ok(None);
    };
    let sets = store.boundary_sets(Some(city))?;
    if sets.is_empty() {
        return Ok(None);
    }
    let level = Level {
        name: "areas with boundaries".into(),
        schemes: sets.iter().map(|b| b.scheme.clone()).collect(),
    };
    let all = load_counts(store, city, &datasets, None, &level, None)?;
    let Some(pc) = all.last() else {
        return Ok(None);
    };
    let Some(bounds) = Boundaries::load(store, city, &pc.scheme)? else {
        return Ok(None);
    };
    let position: HashMap<&str, usize> = pc
        .areas
        .iter()
        .enumerate()
        .map(|(i, a)| (a.as_str(), i))
        .collect();
    let (totals, foreign) = (pc.group(""), pc.group(&foreigners.key));
    let (mut group, mut total, mut areas) = (Vec::new(), Vec::new(), Vec::new());
    for code in bounds.stored_order() {
        let i = position.get(code.as_str()).copied();
        let t = i.and_then(|i| totals.and_then(|c| c[i]));
        let f = i.and_then(|i| foreign.and_then(|c| c[i]));
        let name = bounds
            .name(code)
            .map(str::to_string)
            .or_else(|| i.map(|i| pc.names[i].clone()))
            .unwrap_or_else(|| code.clone());
        let (share, note) = match (t, f) {
            (Some(t), Some(_)) if t < MIN_RESIDENTS => (None, AreaNote::FewResidents),
            (Some(t), Some(f)) if t > 0.0 => (Some(100.0 * f / t), AreaNote::Shown),
            _ => (None, AreaNote::NoData),
        };
        if let (Some(t), Some(f)) = (t, f) {
            group.push(f);
            total.push(t);
        }
        let few = share.is_none();
        areas.push(AreaShare {
            code: code.clone(),
            name,
            residents: if few && t.is_some_and(|t| t < MIN_RESIDENTS) {
                None
            } else {
                t
            },
            foreigners: if few { None } else { f },
            share,
            note,
        });
    }
    let (sf, st): (f64, f64) = (group.iter().sum(), total.iter().sum());
    let indices = CITY_INDICES
        .iter()
        .map(|name| two_group_value(name, &group, &total, None).map(|v| (name.to_string(), v)))
        .collect::<std::result::Result<Vec<_>, _>>()
        .unwrap_or_default();
    let scheme = sets
        .iter()
        .find(|b| b.scheme == pc.scheme)
        .map(|b| b.label.clone())
        .unwrap_or_else(|| pc.scheme.clone());
    Ok(Some(CityAreas {
        city: city.to_string(),
        scheme,
        period: pc.period.to_string(),
        datasets,
        source: pc.sources.iter().next().cloned().unwrap_or_default(),
        city_share: (st > 0.0).then(|| 100.0 * sf / st),
        indices,
        areas,
    }))
}
