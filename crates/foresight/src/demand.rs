//! The demand for services that a population scenario implies.
//!
//! A service's demand is a sum over cells of the scenario's population (or its immigrants,
//! for services that newcomers need, such as language courses) times a rate the city sets:
//! an enrolment rate for school places, a take-up rate for childcare, a headship rate for
//! households, one GP per so many residents. Rates are data (a CSV the city fills in, see
//! `data/templates/demand/README.md`), per age band and, where known, per group and sex.
//! Run over the low, central and high variants, the range of the variants is the range of
//! the demand: the uncertainty of the scenario carried through, without a claim to a
//! probability the scenarios do not have.

use crate::projection::parameters::{Header, ParameterError, rows};
use crate::projection::{Layout, MAX_AGE, Projection, Sex};

/// What a rate applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// The population on 31 December.
    Population,
    /// The immigrants of the year.
    Immigrants,
}

/// One line of the rates file: the rate at which persons of an age band (and optionally of
/// one group or sex) need one unit of a service.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ServiceRate {
    /// A short code (`school_primary`, `childcare`, `households`, `gp`, `language_course`).
    pub service: String,
    /// What a person reads ("Primary school places").
    pub label: String,
    /// What one unit is ("places", "households", "full-time GPs").
    pub unit: String,
    pub basis: Basis,
    pub age_from: usize,
    pub age_to: usize,
    /// Only this group's code (every group when absent).
    pub group: Option<String>,
    pub sex: Option<Sex>,
    /// Units per person.
    pub rate: f64,
    /// Where the rate comes from (a statistic, a law, a decision of the city).
    pub source: String,
}

/// Reads a rates file: `service,label,unit,basis,age_from,age_to,group,sex,rate,source`
/// (`group` and `sex` may be empty or `*` for all; `basis` is `population` or `immigrants`).
/// A rate is per person; a GP for every 1,800 residents is `0.000556` — or write `1/1800`.
pub fn read_rates(
    text: &str,
    source: &str,
    layout: &Layout,
) -> Result<Vec<ServiceRate>, ParameterError> {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header = Header::read(source, &mut reader)?;
    header.require(&["service", "basis", "age_from", "age_to", "rate"])?;
    let mut out = Vec::new();
    for row in rows(&header, &mut reader)? {
        let service = row.text("service").to_string();
        if service.is_empty() {
            return Err(row.error(
                Some("service"),
                "the service is empty: give a short code such as school_primary",
            ));
        }
        let basis = match row.text("basis").to_ascii_lowercase().as_str() {
            "population" | "" => Basis::Population,
            "immigrants" => Basis::Immigrants,
            other => {
                return Err(row.error(
                    Some("basis"),
                    format!("found '{other}', expected population or immigrants"),
                ));
            }
        };
        let age = |column: &str| -> Result<usize, ParameterError> {
            let t = row.text(column);
            t.parse::<usize>()
                .ok()
                .filter(|a| *a <= MAX_AGE)
                .ok_or_else(|| {
                    row.error(
                        Some(column),
                        format!("found '{t}', expected an age from 0 to {MAX_AGE}"),
                    )
                })
        };
        let (age_from, age_to) = (age("age_from")?, age("age_to")?);
        if age_from > age_to {
            return Err(row.error(
                Some("age_to"),
                format!("the band {age_from}–{age_to} is empty: age_to must be at least age_from"),
            ));
        }
        let group = match row.text("group") {
            "" | "*" => None,
            g if layout.groups.iter().any(|x| x == g) => Some(g.to_string()),
            g => {
                return Err(row.error(
                    Some("group"),
                    format!(
                        "the group '{g}' is not in the scenario (its groups: {})",
                        layout.groups.join(", ")
                    ),
                ));
            }
        };
        let sex = match row.text("sex") {
            "" | "*" => None,
            _ => Some(row.sex()?),
        };
        if row.text("rate").is_empty() {
            return Err(row.error(Some("rate"), "the rate is empty: fill it in from your city's figures, or delete the row (data/templates/demand/README.md)"));
        }
        let rate = parse_rate(row.text("rate")).ok_or_else(|| {
            row.error(
                Some("rate"),
                format!(
                    "found '{}', expected a rate of 0 or more per person (0.95, or 1/1800)",
                    row.text("rate")
                ),
            )
        })?;
        out.push(ServiceRate {
            label: row.text_or("label", &service).to_string(),
            unit: row.text_or("unit", "places").to_string(),
            service,
            basis,
            age_from,
            age_to,
            group,
            sex,
            rate,
            source: row.text("source").to_string(),
        });
    }
    Ok(out)
}

/// `0.95` or `1/1800`.
fn parse_rate(t: &str) -> Option<f64> {
    let v = match t.split_once('/') {
        Some((a, b)) => {
            a.trim().parse::<f64>().ok()? / b.trim().parse::<f64>().ok().filter(|d| *d > 0.0)?
        }
        None => t.parse().ok()?,
    };
    (v.is_finite() && v >= 0.0).then_some(v)
}

/// One service's demand in one year of one scenario.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Demand {
    pub scenario: String,
    pub year: i32,
    pub service: String,
    pub label: String,
    pub unit: String,
    pub units: f64,
}

/// The demand for every service in every year of a projection (rates of one service add up).
pub fn demand(projection: &Projection, rates: &[ServiceRate]) -> Vec<Demand> {
    let layout = &projection.layout;
    let mut services: Vec<&ServiceRate> = Vec::new();
    for r in rates {
        if !services.iter().any(|s| s.service == r.service) {
            services.push(r);
        }
    }
    let mut out = Vec::new();
    for y in &projection.years {
        for s in &services {
            let mut units = 0.0;
            for r in rates.iter().filter(|r| r.service == s.service) {
                let counts = match r.basis {
                    Basis::Population => &y.population,
                    Basis::Immigrants => &y.immigrants,
                };
                for (g, sex, age) in layout.each() {
                    let in_band = (r.age_from..=r.age_to).contains(&age);
                    let in_group = r.group.as_ref().is_none_or(|c| *c == layout.groups[g]);
                    if in_band && in_group && r.sex.is_none_or(|x| x == sex) {
                        units += counts[layout.index(g, sex, age)] * r.rate;
                    }
                }
            }
            out.push(Demand {
                scenario: projection.scenario.clone(),
                year: y.year,
                service: s.service.clone(),
                label: s.label.clone(),
                unit: s.unit.clone(),
                units,
            });
        }
    }
    out
}

/// A service's demand in a year across scenario variants: the central one and the range.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DemandRange {
    pub year: i32,
    pub service: String,
    pub label: String,
    pub unit: String,
    /// The central (reference) variant's demand, when it is among the variants.
    pub central: Option<f64>,
    pub low: f64,
    pub high: f64,
}

/// The demand of every projection, side by side: the range over all of them, and the
/// value of `central` (the reference scenario). What the CLI prints and the web shows.
pub fn scenario_ranges(
    projections: &[Projection],
    rates: &[ServiceRate],
    central: &str,
) -> Vec<DemandRange> {
    let all: Vec<Demand> = projections.iter().flat_map(|p| demand(p, rates)).collect();
    ranges(&all, central)
}

/// Every fifth year's ranges as a table for people: service, year, central, range.
pub fn ranges_table(ranges: &[DemandRange]) -> report::Table {
    let mut t = report::Table::new(vec!["service", "year", "central", "range (all scenarios)"]);
    for r in ranges.iter().filter(|r| r.year % 5 == 0) {
        t.push(vec![
            r.label.clone(),
            r.year.to_string(),
            r.central
                .map(|v| report::number(v.round()))
                .unwrap_or_default(),
            format!(
                "{} – {}",
                report::number(r.low.round()),
                report::number(r.high.round())
            ),
        ]);
    }
    t
}

/// The ranges as CSV (`year,service,label,unit,central,low,high`, one decimal): the
/// download of the demand.
pub fn write_ranges_csv<W: std::io::Write>(ranges: &[DemandRange], out: W) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["year", "service", "label", "unit", "central", "low", "high"])?;
    for r in ranges {
        w.write_record([
            r.year.to_string(),
            r.service.clone(),
            r.label.clone(),
            r.unit.clone(),
            r.central.map(|v| format!("{v:.1}")).unwrap_or_default(),
            format!("{:.1}", r.low),
            format!("{:.1}", r.high),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// Puts the variants side by side; `central` names the reference variant.
pub fn ranges(demands: &[Demand], central: &str) -> Vec<DemandRange> {
    let mut out: Vec<DemandRange> = Vec::new();
    for d in demands {
        let row = match out
            .iter_mut()
            .find(|r| r.year == d.year && r.service == d.service)
        {
            Some(r) => r,
            None => {
                out.push(DemandRange {
                    year: d.year,
                    service: d.service.clone(),
                    label: d.label.clone(),
                    unit: d.unit.clone(),
                    central: None,
                    low: f64::INFINITY,
                    high: f64::NEG_INFINITY,
                });
                out.last_mut().expect("just pushed")
            }
        };
        row.low = row.low.min(d.units);
        row.high = row.high.max(d.units);
        if d.scenario == central {
            row.central = Some(d.units);
        }
    }
    // Services in the order of the rates file (a city lists them as it thinks of them).
    let mut order: Vec<&str> = Vec::new();
    for d in demands {
        if !order.contains(&d.service.as_str()) {
            order.push(&d.service);
        }
    }
    let rank = |s: &str| order.iter().position(|o| *o == s).unwrap_or(usize::MAX);
    out.sort_by(|a, b| {
        rank(&a.service)
            .cmp(&rank(&b.service))
            .then(a.year.cmp(&b.year))
    });
    out
}
