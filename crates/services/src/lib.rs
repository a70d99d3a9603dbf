//! The use of municipal services by migrants: how many people of each population group used
//! a service in a period, per 1,000 residents of the group, and the gap to the native-born
//! (or to nationals, for citizenship groups).
//!
//! The counts are what departments report with the service-use template
//! (`data/templates/service-use-template.csv`, read by `ingest::service_use`, published
//! through the workflow like every city figure). The rate is computed here, on read, from
//! the populations the store holds, so a corrected population corrects every rate:
//!
//! * everyone (`TOTAL`): the city's population on 1 January (Eurostat `urb_cpop1`
//!   `DE1001V`);
//! * born abroad (`FOR`): the foreign-born (`urb_cpopcb` `DE2009V`); born in the country
//!   (`NAT`): the population less the foreign-born, of the same year;
//! * a citizenship group: the city's own published `residents` of exactly that group (the
//!   tidy template), since Eurostat's city tables do not break the population down by
//!   citizenship.
//!
//! A period uses the population of its own year, or else of the latest year before it
//! (said beside the rate); never a later year. A count is a census of the service's users,
//! not a sample: the rate has no sampling error, and none is shown. Where the population of
//! a group is not known, the count is shown without a rate, and why.

use model::{Dimension, Period, PopulationGroup};
use serde::Serialize;
use std::collections::BTreeMap;
use store::Store;
use store::observations::SeriesFilter;

/// The dataset of the counts (`ingest::service_use::DATASET`).
pub const DATASET: &str = "service_use";

/// Where a group's population comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Denominator {
    pub population: f64,
    /// The year of the population (the period's, or the latest before it).
    pub year: i32,
    /// `urb_cpop1 DE1001V`, `urb_cpop1 DE1001V − urb_cpopcb DE2009V`, `residents (city)`.
    pub source: String,
}

/// One group's use of a service in a period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupUse {
    pub group: PopulationGroup,
    pub count: f64,
    pub denominator: Option<Denominator>,
    /// Users per 1,000 residents of the group.
    pub per_1000: Option<f64>,
    /// The rate less the reference group's (native-born for country of birth, nationals for
    /// citizenship), in users per 1,000; `None` for the reference itself or when either rate
    /// is unknown.
    pub gap: Option<f64>,
}

/// A service in a period, with every group reported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceUse {
    pub department: String,
    pub service: String,
    pub period: String,
    pub groups: Vec<GroupUse>,
    /// The import's source of the counts (the department), for attribution.
    pub source: String,
}

/// The latest period of every service of `city`, with the rates.
pub fn latest(store: &Store, city: &str) -> store::Result<Vec<ServiceUse>> {
    let mut all = of_city(store, city)?;
    let mut latest: BTreeMap<(String, String), String> = BTreeMap::new();
    for s in &all {
        let k = (s.department.clone(), s.service.clone());
        let e = latest.entry(k).or_default();
        if period_after(&s.period, e) {
            *e = s.period.clone();
        }
    }
    all.retain(|s| latest.get(&(s.department.clone(), s.service.clone())) == Some(&s.period));
    Ok(all)
}

fn period_after(a: &str, b: &str) -> bool {
    match (Period::parse(a), Period::parse(b)) {
        (Ok(a), Ok(b)) => a > b,
        (Ok(_), Err(_)) => true,
        _ => false,
    }
}

/// Every period of every service of `city`, with the rates.
pub fn of_city(store: &Store, city: &str) -> store::Result<Vec<ServiceUse>> {
    let rows = store.observations(&SeriesFilter {
        geo: Some(city.to_string()),
        dataset: Some(DATASET.to_string()),
        ..Default::default()
    })?;
    let populations = Populations::load(store, city)?;
    let mut by: BTreeMap<(String, String), ServiceUse> = BTreeMap::new();
    for r in rows {
        let o = &r.observation;
        let (department, service) = o
            .variable
            .split_once('/')
            .map_or((String::new(), o.variable.clone()), |(d, s)| {
                (d.to_string(), s.to_string())
            });
        let period = o.period.to_string();
        let entry = by
            .entry((o.variable.clone(), period.clone()))
            .or_insert_with(|| ServiceUse {
                department,
                service,
                period,
                groups: Vec::new(),
                source: r.source.clone(),
            });
        let denominator = populations.of(&o.group, o.period.year());
        let per_1000 = denominator
            .as_ref()
            .filter(|d| d.population > 0.0)
            .map(|d| o.value / d.population * 1000.0);
        entry.groups.push(GroupUse {
            group: o.group.clone(),
            count: o.value,
            denominator,
            per_1000,
            gap: None,
        });
    }
    let mut out: Vec<ServiceUse> = by.into_values().collect();
    for s in &mut out {
        fill_gaps(&mut s.groups);
    }
    Ok(out)
}

/// The reference group of a group: the native-born for a country-of-birth group, nationals
/// for a citizenship group; `None` for everyone and for the reference groups themselves.
pub fn reference_of(g: &PopulationGroup) -> Option<PopulationGroup> {
    for d in [Dimension::CountryOfBirth, Dimension::Citizenship] {
        if let Some(code) = g.get(d) {
            return (code != "NAT").then(|| PopulationGroup::total().with(d, "NAT"));
        }
    }
    None
}

fn fill_gaps(groups: &mut [GroupUse]) {
    let rates: Vec<(PopulationGroup, Option<f64>)> = groups
        .iter()
        .map(|g| (g.group.clone(), g.per_1000))
        .collect();
    for g in groups.iter_mut() {
        let Some(reference) = reference_of(&g.group) else {
            continue;
        };
        let reference_rate = rates
            .iter()
            .find(|(r, _)| *r == reference)
            .and_then(|(_, rate)| *rate);
        g.gap = g.per_1000.zip(reference_rate).map(|(a, b)| a - b);
    }
}

/// The populations of a city by year: the denominators of the rates here, and the margins a
/// city survey can be weighted to (`surveys::margins`).
#[derive(Debug, Clone, Default)]
pub struct Populations {
    total: BTreeMap<i32, f64>,
    foreign_born: BTreeMap<i32, f64>,
    /// The city's own `residents` by group key and year.
    residents: BTreeMap<String, BTreeMap<i32, f64>>,
}

impl Populations {
    pub fn load(store: &Store, city: &str) -> store::Result<Populations> {
        let series = |dataset: &str, variable: &str| -> store::Result<BTreeMap<i32, f64>> {
            Ok(store
                .observations(&SeriesFilter {
                    geo: Some(city.to_string()),
                    dataset: Some(dataset.to_string()),
                    variable: Some(variable.to_string()),
                    ..Default::default()
                })?
                .into_iter()
                .filter(|r| r.observation.group == PopulationGroup::total())
                .filter(|r| r.observation.breakdown.is_empty())
                .map(|r| (r.observation.period.year(), r.observation.value))
                .collect())
        };
        let mut residents: BTreeMap<String, BTreeMap<i32, f64>> = BTreeMap::new();
        for r in store.observations(&SeriesFilter {
            geo: Some(city.to_string()),
            variable: Some("residents".to_string()),
            ..Default::default()
        })? {
            let o = r.observation;
            if o.breakdown.is_empty() && o.period.frequency() == 'A' {
                residents
                    .entry(o.group.key())
                    .or_default()
                    .insert(o.period.year(), o.value);
            }
        }
        Ok(Populations {
            total: series("urb_cpop1", "DE1001V")?,
            foreign_born: series("urb_cpopcb", "DE2009V")?,
            residents,
        })
    }

    /// The population of a group for a period of `year`: of that year, or of the latest
    /// year before it.
    pub fn of(&self, g: &PopulationGroup, year: i32) -> Option<Denominator> {
        let at = |m: &BTreeMap<i32, f64>| m.range(..=year).next_back().map(|(y, v)| (*y, *v));
        let d = |(y, v): (i32, f64), source: &str| Denominator {
            population: v,
            year: y,
            source: source.to_string(),
        };
        if *g == PopulationGroup::total() {
            return at(&self.total).map(|p| d(p, "Eurostat urb_cpop1 DE1001V"));
        }
        match g.get(Dimension::CountryOfBirth) {
            Some("FOR") if g.key() == "c_birth=FOR" => {
                return at(&self.foreign_born).map(|p| d(p, "Eurostat urb_cpopcb DE2009V"));
            }
            Some("NAT") if g.key() == "c_birth=NAT" => {
                // The same year for both, or the difference is of two populations.
                let (y, fb) = at(&self.foreign_born)?;
                let total = self.total.get(&y)?;
                return Some(d(
                    (y, total - fb),
                    "Eurostat urb_cpop1 DE1001V − urb_cpopcb DE2009V",
                ));
            }
            _ => {}
        }
        self.residents
            .get(&g.key())
            .and_then(at)
            .map(|p| d(p, "the city's published residents"))
    }
}
