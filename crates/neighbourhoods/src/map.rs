//! The values of a choropleth map of a city's small areas: each area's share of a group
//! among its residents, or its location quotient, with the small-cell rule applied.
//!
//! Care for residents: an area with fewer than `min_residents` residents gets no value —
//! a share among a handful of people is unstable and could point at individuals. The
//! drawing itself is `spatial::choropleth_svg`.

use crate::{
    BERLIN, Boundaries, GroupSpec, Level, NeighbourhoodError, PeriodCounts, Result, datasets_for,
    load_counts, scheme_label,
};
use model::Period;
use serde::Serialize;
use spatial::MultiPolygon;
use std::collections::HashMap;
use store::Store;

/// What an area shows: its value.
pub const SHOWN: &str = "shown";
/// What an area shows: nothing, because it has too few residents.
pub const FEW_RESIDENTS: &str = "not shown (few residents)";
/// What an area shows: nothing, because a count is missing.
pub const NO_DATA: &str = "no data";

/// What the map shows for each area.
#[derive(Debug, Clone, PartialEq)]
pub enum MapVariable {
    /// The group as a percentage of the area's residents.
    Share(GroupSpec),
    /// The group's share in the area divided by its share in the city (1 = as in the city).
    LocationQuotient(GroupSpec),
}

impl MapVariable {
    /// `foreign_share`, `location_quotient` (of `group`), or a group shown as a share.
    pub fn parse(variable: &str, group: &str) -> Result<MapVariable> {
        Ok(match variable {
            "foreign_share" => MapVariable::Share(GroupSpec::parse("foreigners")?),
            "location_quotient" => MapVariable::LocationQuotient(GroupSpec::parse(group)?),
            other => MapVariable::Share(GroupSpec::parse(other).map_err(|e| {
                NeighbourhoodError::MapVariable {
                    given: other.to_string(),
                    reason: e.to_string(),
                }
            })?),
        })
    }

    /// The group whose distribution is mapped.
    pub fn group(&self) -> &GroupSpec {
        match self {
            MapVariable::Share(g) | MapVariable::LocationQuotient(g) => g,
        }
    }
}

/// What a map is asked to show.
#[derive(Debug, Clone)]
pub struct MapRequest {
    pub city_code: String,
    pub city_name: String,
    pub variable: MapVariable,
    pub level: Level,
    /// The period; the latest whose areas have boundaries when `None`.
    pub period: Option<Period>,
    /// Datasets with the counts (comma-separated); the city's defaults when `None`.
    pub datasets: Option<String>,
    /// Areas with fewer residents get no value.
    pub min_residents: f64,
}

/// One area of the map.
#[derive(Debug, Clone, Serialize)]
pub struct MapRow {
    /// Geography code.
    pub area: String,
    /// Name and id, as titled on the map.
    pub name: String,
    pub residents: Option<f64>,
    /// The group's count; `None` when the area is not shown.
    pub group: Option<f64>,
    pub value: Option<f64>,
    /// [`SHOWN`], [`FEW_RESIDENTS`] or [`NO_DATA`].
    pub shown: &'static str,
}

/// The values of a map, and what is needed to draw and describe it.
#[derive(Debug, Clone)]
pub struct MapData {
    pub variable: MapVariable,
    pub period: Period,
    pub scheme: String,
    /// The group's share of all residents of the city (0–1), over areas with both counts.
    pub city_share: f64,
    /// Every area with a boundary or a count, by code.
    pub rows: Vec<MapRow>,
    pub sources: Vec<String>,
    pub boundaries: Boundaries,
    pub min_residents: f64,
}

/// The datasets of a map of `group` in `city`: `given`, or for Berlin its table by
/// citizenship (t1), with the table by origin (t4) for a single region of origin.
pub fn map_datasets(city: &str, group: &GroupSpec, given: Option<&str>) -> Result<Vec<String>> {
    match (given, city) {
        (None, BERLIN)
            if group.key.starts_with("background=") && group.key != "background=WITH" =>
        {
            Ok(vec![
                "berlin_lor_t1".to_string(),
                "berlin_lor_t4".to_string(),
            ])
        }
        (None, BERLIN) => Ok(vec!["berlin_lor_t1".to_string()]),
        (d, _) => datasets_for(city, d),
    }
}

/// Computes the map asked for from the counts and boundaries in `store`.
pub fn map_data(store: &Store, req: &MapRequest) -> Result<MapData> {
    let (code, level) = (req.city_code.as_str(), &req.level);
    if req.min_residents < 1.0 {
        return Err(NeighbourhoodError::MinResidents);
    }
    let group = req.variable.group();
    if group.key.is_empty() {
        return Err(NeighbourhoodError::MapOfEverybody);
    }
    let datasets = map_datasets(code, group, req.datasets.as_deref())?;
    let all = load_counts(store, code, &datasets, None, level, req.period)?;
    if all.is_empty() {
        return Err(NeighbourhoodError::NoMapCounts {
            city: req.city_name.clone(),
            code: code.to_string(),
            level: level.name.clone(),
            period: req.period.map(|p| format!(" in {p}")).unwrap_or_default(),
        });
    }
    // The latest period whose areas have boundaries (or the one asked for).
    let mut chosen = None;
    for pc in all.iter().rev() {
        if let Some(b) = Boundaries::load(store, code, &pc.scheme)? {
            chosen = Some((pc, b));
            break;
        }
        if req.period.is_some() {
            return Err(NeighbourhoodError::NoBoundariesForPeriod {
                area_set: scheme_label(&pc.scheme),
                city: req.city_name.clone(),
            });
        }
    }
    let Some((pc, bounds)) = chosen else {
        return Err(NeighbourhoodError::NoBoundaries {
            level: level.name.clone(),
            city: req.city_name.clone(),
        });
    };
    let (rows, city_share) = rows(pc, &bounds, &req.variable, req.min_residents)?;
    Ok(MapData {
        variable: req.variable.clone(),
        period: pc.period,
        scheme: pc.scheme.clone(),
        city_share,
        rows,
        sources: pc.sources.iter().cloned().collect(),
        boundaries: bounds,
        min_residents: req.min_residents,
    })
}

/// The rows of every area with a boundary or a count, sorted by code, and the city share.
fn rows(
    pc: &PeriodCounts,
    bounds: &Boundaries,
    variable: &MapVariable,
    min: f64,
) -> Result<(Vec<MapRow>, f64)> {
    let group = variable.group();
    let totals = pc
        .group("")
        .ok_or_else(|| NeighbourhoodError::NoResidents {
            period: pc.period.to_string(),
        })?;
    let counts = pc
        .group(&group.key)
        .ok_or_else(|| NeighbourhoodError::NoGroupCounts {
            period: pc.period.to_string(),
            label: group.label.clone(),
            key: group.key.clone(),
        })?;
    // Areas with both counts: the city's share, and the location quotients, are over these.
    let (mut gx, mut gt, mut paired) = (Vec::new(), Vec::new(), Vec::new());
    for (i, (x, t)) in counts.iter().zip(totals).enumerate() {
        if let (Some(x), Some(t)) = (x, t) {
            gx.push(*x);
            gt.push(*t);
            paired.push(i);
        }
    }
    let (sx, st): (f64, f64) = (gx.iter().sum(), gt.iter().sum());
    let city_share = if st > 0.0 { sx / st } else { f64::NAN };
    let quotients: HashMap<usize, Option<f64>> = match variable {
        MapVariable::LocationQuotient(_) => paired
            .iter()
            .copied()
            .zip(stats::segregation::location_quotients(&gx, &gt)?)
            .collect(),
        MapVariable::Share(_) => HashMap::new(),
    };

    let mut codes = bounds.codes();
    for a in &pc.areas {
        if !codes.contains(a) {
            codes.push(a.clone());
        }
    }
    codes.sort();
    let position: HashMap<&str, usize> = pc
        .areas
        .iter()
        .enumerate()
        .map(|(i, a)| (a.as_str(), i))
        .collect();
    let rows = codes
        .iter()
        .map(|c| {
            let i = position.get(c.as_str()).copied();
            let t = i.and_then(|i| totals[i]);
            let x = i.and_then(|i| counts[i]);
            let id = c.rsplit(':').next().unwrap_or(c);
            let name = match bounds.name(c) {
                Some(n) => format!("{n} ({id})"),
                None => i.map_or_else(|| c.clone(), |i| pc.names[i].clone()),
            };
            let (value, shown) = match (x, t, i) {
                (Some(_), Some(t), _) if t < min => (None, FEW_RESIDENTS),
                (Some(x), Some(t), Some(i)) => match variable {
                    MapVariable::Share(_) => (Some(100.0 * (x / t)), SHOWN),
                    MapVariable::LocationQuotient(_) => {
                        (quotients.get(&i).copied().flatten(), SHOWN)
                    }
                },
                _ => (None, NO_DATA),
            };
            MapRow {
                area: c.clone(),
                name,
                residents: t,
                group: if shown == SHOWN { x } else { None },
                value,
                shown,
            }
        })
        .collect();
    Ok((rows, city_share))
}

impl MapData {
    /// "Foreign citizens as a share of residents", "Location quotient of …".
    /// The map's values as a table (area, name, residents, group, value, note): its text
    /// alternative, with the withheld residents written `<20`.
    pub fn table(&self) -> report::Table {
        let mut t = report::Table::new(vec!["area", "name", "residents", "group", "value", "note"]);
        for r in &self.rows {
            t.push(vec![
                r.area.clone(),
                r.name.clone(),
                match (r.residents, r.shown) {
                    (Some(_), FEW_RESIDENTS) => format!("<{}", report::number(self.min_residents)),
                    (Some(v), _) => report::number(v),
                    (None, _) => String::new(),
                },
                r.group.map(report::number).unwrap_or_default(),
                r.value
                    .map(|v| format!("{v:.*}", self.decimals()))
                    .unwrap_or_default(),
                if r.shown == SHOWN {
                    String::new()
                } else {
                    r.shown.to_string()
                },
            ]);
        }
        t
    }

    pub fn title_what(&self) -> String {
        match &self.variable {
            MapVariable::Share(g) => format!("{} as a share of residents", capitalise(&g.label)),
            MapVariable::LocationQuotient(g) => format!("Location quotient of {}", g.label),
        }
    }

    /// What the values are, for the legend.
    pub fn value_label(&self) -> String {
        match &self.variable {
            MapVariable::Share(g) => format!("{} (% of residents)", capitalise(&g.label)),
            MapVariable::LocationQuotient(g) => {
                format!("Location quotient of {} (1 = city)", g.label)
            }
        }
    }

    /// Decimals worth showing: percentages with one, quotients with two.
    pub fn decimals(&self) -> usize {
        match self.variable {
            MapVariable::Share(_) => 1,
            MapVariable::LocationQuotient(_) => 2,
        }
    }

    /// The area set, for people.
    pub fn area_set(&self) -> String {
        scheme_label(&self.scheme)
    }

    /// Areas not shown for too few residents.
    pub fn suppressed(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| r.shown == FEW_RESIDENTS)
            .count()
    }

    /// Areas without a count.
    pub fn no_data(&self) -> usize {
        self.rows.iter().filter(|r| r.shown == NO_DATA).count()
    }

    /// Each row's geometry as stored (empty for areas without a boundary).
    pub fn geometries(&self) -> Vec<MultiPolygon> {
        self.rows
            .iter()
            .map(|r| {
                self.boundaries
                    .geometry(&r.area)
                    .cloned()
                    .unwrap_or_default()
            })
            .collect()
    }

    /// Each row's title on the map: its name, and why it is not shown.
    pub fn titles(&self) -> Vec<String> {
        self.rows
            .iter()
            .map(|r| match r.shown {
                SHOWN => r.name.clone(),
                other => format!("{} — {other}", r.name),
            })
            .collect()
    }

    /// Each row's value.
    pub fn values(&self) -> Vec<Option<f64>> {
        self.rows.iter().map(|r| r.value).collect()
    }

    /// The city-wide value: the group's share (`12.3%`), or 1 for a location quotient
    /// (the city is its own reference).
    pub fn city_value(&self) -> String {
        match self.variable {
            MapVariable::Share(_) => format!("{:.1}%", 100.0 * self.city_share),
            MapVariable::LocationQuotient(_) => "1".into(),
        }
    }

    /// The map's description for people who cannot see it (and for everybody who wants to
    /// know what it shows): what, where, when, from which counts and boundaries, and the
    /// small-cell rule with what it hid. The map shows where people live, and says so.
    pub fn description(&self, city_name: &str) -> String {
        let drawn = self
            .rows
            .iter()
            .filter(|r| {
                self.boundaries
                    .geometry(&r.area)
                    .is_some_and(|g| !g.is_empty())
            })
            .count();
        let set = &self.boundaries.set;
        format!(
            "{} in each of the {drawn} {} of {city_name}, {}{}. City-wide: {}. Counts: {}. Boundaries: {} ({}; {}), coordinates in {}. Areas with fewer than {} residents are not shown ({} hidden, {} without data; hatched grey), so that no share rests on a handful of people who could be recognised. The map shows where people live; it is not a ranking of neighbourhoods.",
            self.title_what(),
            self.area_set(),
            self.period,
            period_date(self.period),
            match &self.variable {
                MapVariable::Share(_) => self.city_value(),
                MapVariable::LocationQuotient(g) => format!(
                    "1 by definition ({:.1}% of residents are {})",
                    100.0 * self.city_share,
                    g.label
                ),
            },
            self.sources.join("; "),
            set.label,
            set.source,
            set.licence,
            set.crs,
            self.min_residents,
            self.suppressed(),
            self.no_data(),
        )
    }

    /// What the legend calls the areas without a value: hidden on purpose (few residents),
    /// without data, or both — never just "no value", which would hide the rule.
    pub fn missing_legend(&self) -> &'static str {
        match (self.suppressed(), self.no_data()) {
            (0, _) => "no data",
            (_, 0) => "hidden: few residents",
            _ => "hidden or no data",
        }
    }
}

/// "foreign citizens" → "Foreign citizens".
fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// The reference date of a period, where the period has one (half-years: end of June or
/// December, as Berlin's register counts).
pub fn period_date(p: Period) -> String {
    match p {
        Period::HalfYear(y, 1) => format!(" (30 June {y})"),
        Period::HalfYear(y, _) => format!(" (31 December {y})"),
        _ => String::new(),
    }
}
