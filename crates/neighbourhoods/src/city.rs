//! A city's neighbourhoods at a glance: what its small areas hold (which counts, area
//! sets, periods and groups: [`offer`]), and for one choice the share of a group in each
//! area, the city's share over those areas and the five segregation indices ([`areas`]) —
//! what the web's neighbourhood pages, its API and the City Integration Report show, read
//! once here, for any city with small-area counts (Berlin's LOR tables, Vienna's
//! sub-districts, a city's own districts).

use crate::areas::with_margins;
use crate::indices::two_group_value;
use crate::{Boundaries, GroupSpec, Level, NeighbourhoodError, Result, load_counts, scheme_label};
use model::Period;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
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

/// One kind of count a city's small areas hold: a variable at one area set (from one or
/// more datasets: Berlin's tables by citizenship and by origin together), with its periods
/// and groups.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaCounts {
    pub datasets: Vec<String>,
    pub variable: String,
    /// The area scheme of the geography codes (`PLR`, `ZBZ`).
    pub scheme: String,
    /// What the areas are: the boundary set's label, else the scheme's.
    pub label: String,
    #[serde(serialize_with = "periods_as_text")]
    pub periods: Vec<Period>,
    /// The groups with counts in some period (margins over sex and citizenship included),
    /// everybody left out: the groups a page can show as a share of all residents.
    pub groups: Vec<String>,
    /// Whether the areas' boundaries are in the store (a map, spatial indices).
    pub boundaries: bool,
    /// The most areas with counts in one period (Berlin: 58 forecast areas, 12 districts).
    pub areas: usize,
}

fn periods_as_text<S: serde::Serializer>(
    p: &[Period],
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    s.collect_seq(p.iter().map(ToString::to_string))
}

impl AreaCounts {
    /// The level these counts are at, as [`load_counts`] takes it.
    pub fn level(&self) -> Level {
        Level {
            name: self.label.clone(),
            schemes: vec![self.scheme.clone()],
        }
    }
}

/// What a city's small areas hold, for a page to offer: every variable and area set with
/// counts of all residents and of at least one group, those with boundaries first (a map
/// can be drawn), then by label. Empty when the city has no small-area counts.
pub fn offer(store: &Store, city: &str) -> Result<Vec<AreaCounts>> {
    let sets = store.boundary_sets(Some(city))?;
    /// (variable, scheme) → (datasets, groups, periods, most areas).
    type Key = (String, String);
    type Found = (BTreeSet<String>, BTreeSet<String>, BTreeSet<String>, usize);
    let mut by: BTreeMap<Key, Found> = BTreeMap::new();
    // A variable with values below zero is a net flow (Vienna's mig_net), not people:
    // no share, no index can be made of it.
    let mut negative: BTreeSet<Key> = BTreeSet::new();
    for s in store.small_area_series(city)? {
        let key = (s.variable, s.scheme);
        if s.negative {
            negative.insert(key.clone());
        }
        let (datasets, groups, periods, areas) = by.entry(key).or_default();
        datasets.insert(s.dataset);
        groups.insert(s.group);
        periods.extend(s.periods);
        *areas = (*areas).max(s.areas);
    }
    let mut out = Vec::new();
    for ((variable, scheme), (datasets, groups, periods, areas)) in by {
        if negative.contains(&(variable.clone(), scheme.clone())) {
            continue;
        }
        let groups = with_margins(&groups);
        if !groups.contains("") || groups.len() < 2 {
            continue;
        }
        let mut periods: Vec<Period> = periods
            .iter()
            .filter_map(|p| Period::parse(p).ok())
            .collect();
        periods.sort();
        let set = sets.iter().find(|b| b.scheme == scheme);
        out.push(AreaCounts {
            // Berlin's table by citizenship first: it wins where both hold a group.
            datasets: datasets.into_iter().collect(),
            label: set.map_or_else(|| scheme_label(&scheme), |b| b.label.clone()),
            boundaries: set.is_some(),
            areas,
            groups: groups.into_iter().filter(|g| !g.is_empty()).collect(),
            variable,
            scheme,
            periods,
        });
    }
    out.sort_by(|a, b| {
        b.boundaries
            .cmp(&a.boundaries)
            .then_with(|| a.label.cmp(&b.label))
    });
    Ok(out)
}

/// What one neighbourhood view asks for.
#[derive(Debug, Clone)]
pub struct AreasRequest<'a> {
    pub city: &'a str,
    pub counts: &'a AreaCounts,
    /// The latest period of the counts when `None`.
    pub period: Option<Period>,
    /// The group shown as a share of all residents.
    pub group: &'a GroupSpec,
}

/// The share of a group in each area for one period, the city's share over the areas
/// with both counts, and the five indices (the group against all residents). Areas with
/// fewer than [`MIN_RESIDENTS`] residents show no share. A period the counts do not have is
/// refused with the periods they have.
pub fn areas(store: &Store, req: &AreasRequest<'_>) -> Result<CityAreas> {
    let counts = req.counts;
    let period = match req.period {
        Some(p) if counts.periods.contains(&p) => p,
        Some(p) => {
            return Err(NeighbourhoodError::NoPeriod {
                period: p.to_string(),
                level: counts.label.clone(),
                periods: counts
                    .periods
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        None => *counts.periods.last().ok_or(NeighbourhoodError::NoDataset)?,
    };
    let all = load_counts(
        store,
        req.city,
        &counts.datasets,
        Some(&counts.variable),
        &counts.level(),
        Some(period),
    )?;
    let bounds = if counts.boundaries {
        Boundaries::load(store, req.city, &counts.scheme)?
    } else {
        None
    };
    let Some(pc) = all.last() else {
        return Err(NeighbourhoodError::NoResidents {
            period: period.to_string(),
        });
    };
    // The boundaries' order where there are boundaries (the map's), else the codes'.
    let order: Vec<String> = match &bounds {
        Some(b) => b.stored_order().to_vec(),
        None => pc.areas.clone(),
    };
    let position: HashMap<&str, usize> = pc
        .areas
        .iter()
        .enumerate()
        .map(|(i, a)| (a.as_str(), i))
        .collect();
    let (totals, members) = (pc.group(""), pc.group(&req.group.key));
    let (mut group, mut total, mut areas) = (Vec::new(), Vec::new(), Vec::new());
    for code in &order {
        let i = position.get(code.as_str()).copied();
        let t = i.and_then(|i| totals.and_then(|c| c[i]));
        let f = i.and_then(|i| members.and_then(|c| c[i]));
        let name = bounds
            .as_ref()
            .and_then(|b| b.name(code))
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
    Ok(CityAreas {
        city: req.city.to_string(),
        scheme: counts.label.clone(),
        period: pc.period.to_string(),
        datasets: counts.datasets.clone(),
        source: pc.sources.iter().next().cloned().unwrap_or_default(),
        city_share: (st > 0.0).then(|| 100.0 * sf / st),
        indices,
        areas,
    })
}

/// Counts shown when a reader has chosen none, best first: residents (Berlin's
/// `inhabitants`, a tidy file's `residents`, Vienna's district `pop`), then arrivals from
/// abroad (Vienna's `mig_ext_in`): where people live, else where newcomers settle.
const PREFERRED: [&str; 4] = ["inhabitants", "residents", "pop", "mig_ext_in"];

/// The counts a neighbourhood view shows by default: with boundaries and foreign citizens
/// counted, the most preferred kind of count ([`PREFERRED`]), then the newest, then the
/// finest (most areas).
pub fn default_counts(offered: &[AreaCounts]) -> Option<&AreaCounts> {
    let foreigners = "citizen=FOR";
    offered
        .iter()
        .filter(|c| c.boundaries && c.groups.iter().any(|g| g == foreigners))
        .min_by_key(|c| {
            let rank = PREFERRED
                .iter()
                .position(|p| *p == c.variable)
                .unwrap_or(PREFERRED.len());
            (
                rank,
                std::cmp::Reverse(c.periods.last().copied()),
                std::cmp::Reverse(c.areas),
            )
        })
}

/// Whether a count is of moves in a period (Vienna's `mig_ext_in`, `mig_int_out` …), not
/// of the people living in an area: its shares are of the moves.
pub fn counts_moves(variable: &str) -> bool {
    variable.starts_with("mig_")
}

/// The city's neighbourhood figures as the report shows them: foreign citizens among the
/// residents in the [`default_counts`], latest period; `None` when there are none. A city
/// with moves only (Vienna) has none: the report's sentence is about foreign residents,
/// and a share of arrivals is not one.
pub fn city_areas(store: &Store, city: &str) -> Result<Option<CityAreas>> {
    let foreigners = GroupSpec::parse("foreigners")?;
    let offered = offer(store, city)?;
    let Some(counts) = default_counts(&offered).filter(|c| !counts_moves(&c.variable)) else {
        return Ok(None);
    };
    areas(
        store,
        &AreasRequest {
            city,
            counts,
            period: None,
            group: &foreigners,
        },
    )
    .map(Some)
}
