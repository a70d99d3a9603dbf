//! One way to run scenarios from their files, for the CLI and the web alike: read the
//! parameters, start from a population if one is given, add the user's variants, split over
//! areas if asked, project, and write the result in the FSO's long layout.

use super::areas::{Shares, read_area_immigrants};
use super::parameters::{Adjustment, ParameterError, Scenario, read_parameters, read_population};
use super::{Projection, project};

/// A text and the name it is known by in messages (a file name, "the upload").
#[derive(Debug, Clone)]
pub struct Text {
    pub name: String,
    pub text: String,
}

/// Everything a projection run needs; only `parameters` is required.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// One or more parameter files (each may hold several scenarios).
    pub parameters: Vec<Text>,
    /// A start population (31 December of the year before, or 1 January of the first year).
    pub population: Option<Text>,
    /// The group that receives the naturalised (found from the data when absent).
    pub nationals: Option<String>,
    /// Named variants of the first scenario, each with its adjustments.
    pub variants: Vec<(String, Vec<Adjustment>)>,
    /// Subregions: their population and, optionally, their migration records.
    pub areas: Option<(Text, Option<Text>)>,
}

/// A named variant of the first scenario, as written on the command line:
/// `NAME=ADJUSTMENT,ADJUSTMENT…` (e.g. `more-arrivals=immigration*1.2@2027,naturalisation*2:int`).
pub fn parse_variant(s: &str) -> Result<(String, Vec<Adjustment>), ParameterError> {
    let (name, list) = s.split_once('=').ok_or_else(|| ParameterError {
        file: "the variant".into(),
        line: None,
        column: None,
        message: format!("'{s}': write NAME=ADJUSTMENTS, e.g. more-arrivals=immigration*1.2@2027"),
    })?;
    let adjustments = list
        .split(',')
        .map(|a| a.trim().parse::<Adjustment>())
        .collect::<Result<_, _>>()?;
    Ok((name.trim().to_string(), adjustments))
}

/// Reads, checks and projects; on any problem nothing is projected and the one message says
/// where.
pub fn run(request: &Request) -> Result<Vec<Projection>, ParameterError> {
    let scenarios = scenarios(request)?;
    Ok(scenarios.iter().map(project).collect())
}

/// The scenarios a request describes, checked, before projection.
pub fn scenarios(request: &Request) -> Result<Vec<Scenario>, ParameterError> {
    let mut all = Vec::new();
    for p in &request.parameters {
        all.extend(read_parameters(
            &p.text,
            &p.name,
            request.nationals.as_deref(),
        )?);
    }
    let first = all.first().cloned().ok_or_else(|| ParameterError {
        file: "the request".into(),
        line: None,
        column: None,
        message: "no parameters: give a parameter file (--parameters)".into(),
    })?;
    if let Some(other) = all.iter().find(|s| s.layout.groups != first.layout.groups) {
        return Err(ParameterError {
            file: format!("scenario '{}'", other.name),
            line: None,
            column: Some("nat".into()),
            message: format!(
                "its groups ({}) differ from those of '{}' ({}): scenarios run together need the same groups",
                other.layout.groups.join(", "),
                first.name,
                first.layout.groups.join(", ")
            ),
        });
    }
    if let Some(pop) = &request.population {
        let mut read = read_population(&pop.text, &pop.name, &first.layout)?;
        let (_, year, cells) = read.remove(0);
        all = all
            .into_iter()
            .map(|s| s.starting_from(&cells, year))
            .collect::<Result<_, _>>()?;
    }
    for (name, adjustments) in &request.variants {
        let base = all.first().cloned().unwrap_or_else(|| first.clone());
        all.push(base.adjusted(name, adjustments)?);
    }
    for s in &all {
        s.check()?;
    }
    match &request.areas {
        None => Ok(all),
        Some((population, migration)) => {
            let layout = &first.layout;
            let pop = read_population(&population.text, &population.name, layout)?;
            let pop: Vec<(String, Vec<f64>)> = pop.into_iter().map(|(a, _, c)| (a, c)).collect();
            let imm = match migration {
                Some(m) => Some(read_area_immigrants(&m.text, &m.name, layout)?),
                None => None,
            };
            let shares = Shares::new(&pop, imm.as_deref())?;
            Ok(all.iter().flat_map(|s| shares.split(s)).collect())
        }
    }
}

/// The columns of the long output: the FSO's codes kept, the population on 31 December,
/// then its components.
pub const COLUMNS: [&str; 12] = [
    "scen",
    "year",
    "nat",
    "sex",
    "age",
    "population",
    "births",
    "deaths",
    "emigrants",
    "immigrants",
    "naturalisations",
    "spatial_unit",
];

/// Writes projections as CSV, one row per scenario × area × year × group × sex × age.
pub fn write_csv<W: std::io::Write>(projections: &[Projection], out: W) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS)?;
    for p in projections {
        let l = &p.layout;
        for y in &p.years {
            for (g, s, a) in l.each() {
                let i = l.index(g, s, a);
                let num = |v: f64| format!("{:.3}", v);
                w.write_record([
                    p.scenario.clone(),
                    y.year.to_string(),
                    l.groups[g].clone(),
                    l.sex_codes[s as usize].clone(),
                    a.to_string(),
                    num(y.population[i]),
                    num(y.births[i]),
                    num(y.deaths[i]),
                    num(y.emigrants[i]),
                    num(y.immigrants[i]),
                    num(y.naturalisations[i]),
                    p.area.clone(),
                ])?;
            }
        }
    }
    w.flush()?;
    Ok(())
}

/// A scenario's headline per year: total, by group, and the components summed.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Summary {
    pub scenario: String,
    pub area: String,
    pub year: i32,
    pub population: f64,
    /// (group code, population) in the layout's order.
    pub by_group: Vec<(String, f64)>,
    pub births: f64,
    pub deaths: f64,
    pub emigrants: f64,
    pub immigrants: f64,
    /// Persons who acquired citizenship in the year.
    pub naturalisations: f64,
}

pub fn summarise(p: &Projection) -> Vec<Summary> {
    // From the groups' balances: everybody's row (`all`, the last of each year) gives the
    // totals, the groups' rows their populations.
    let groups = p.layout.groups.len();
    by_group(p)
        .chunks(groups + 1)
        .map(|year| {
            let all = &year[groups];
            Summary {
                scenario: all.scenario.clone(),
                area: all.area.clone(),
                year: all.year,
                population: all.population,
                by_group: year[..groups]
                    .iter()
                    .map(|g| (g.group.clone(), g.population))
                    .collect(),
                births: all.births,
                deaths: all.deaths,
                emigrants: all.emigrants,
                immigrants: all.immigrants,
                naturalisations: all.naturalisations,
            }
        })
        .collect()
}

/// One group's (or everybody's, `group` = `all`) balance in one year of a scenario.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GroupYear {
    pub scenario: String,
    pub area: String,
    pub year: i32,
    pub group: String,
    pub population: f64,
    pub births: f64,
    pub deaths: f64,
    pub immigrants: f64,
    pub emigrants: f64,
    /// Net change by naturalisation: negative for a foreign group, positive for the
    /// nationals; for `all`, the persons naturalised in the year.
    pub naturalisations: f64,
}

/// Every group's balance per year, then everybody's (`all`).
pub fn by_group(p: &Projection) -> Vec<GroupYear> {
    let l = &p.layout;
    let mut out = Vec::new();
    for y in &p.years {
        let row = |group: &str, cells: &dyn Fn(usize) -> bool, naturalisations: f64| {
            let sum = |v: &[f64]| {
                v.iter()
                    .enumerate()
                    .filter(|(i, _)| cells(*i))
                    .map(|(_, x)| x)
                    .sum::<f64>()
            };
            GroupYear {
                scenario: p.scenario.clone(),
                area: p.area.clone(),
                year: y.year,
                group: group.to_string(),
                population: sum(&y.population),
                births: sum(&y.births),
                deaths: sum(&y.deaths),
                immigrants: sum(&y.immigrants),
                emigrants: sum(&y.emigrants),
                naturalisations,
            }
        };
        let per_group = 2 * super::AGES;
        for (g, code) in l.groups.iter().enumerate() {
            let in_group = move |i: usize| i / per_group == g;
            let net: f64 = y.naturalisations[g * per_group..(g + 1) * per_group]
                .iter()
                .sum();
            out.push(row(code, &in_group, net));
        }
        let naturalised = y.naturalisations.iter().filter(|v| **v > 0.0).sum();
        out.push(row("all", &|_| true, naturalised));
    }
    out
}

/// A projection as observations of `geo`, to keep (as a city's draft, then published) like
/// any other figure: dataset `scenario:NAME`, variable `projected_population`, one series
/// per scenario (breakdown `scenario=…`) and group — the nationals as citizenship `NAT`,
/// the other groups under their own codes in capitals, everybody as the total — per year,
/// in persons, flagged `f` (forecast).
pub fn as_observations(
    name: &str,
    geo: &str,
    projections: &[Projection],
) -> Vec<model::Observation> {
    let mut out = Vec::new();
    for p in projections {
        let nationals = &p.layout.groups[p.layout.nationals];
        for g in by_group(p) {
            let group = match g.group.as_str() {
                "all" => model::PopulationGroup::total(),
                code if code == nationals => {
                    model::PopulationGroup::total().with(model::Dimension::Citizenship, "NAT")
                }
                code => model::PopulationGroup::total()
                    .with(model::Dimension::Citizenship, &code.to_uppercase()),
            };
            out.push(model::Observation {
                dataset: format!("scenario:{name}"),
                variable: "projected_population".into(),
                geo: model::GeoCode::new(geo),
                group,
                breakdown: [("scenario".to_string(), p.scenario.clone())]
                    .into_iter()
                    .collect(),
                period: model::Period::Year(g.year),
                value: g.population,
                unit: Some("persons".into()),
                flags: forecast_flag(),
            });
        }
    }
    out
}

fn forecast_flag() -> model::Flags {
    let mut f = model::Flags::NONE;
    f.insert(model::Flag::Forecast);
    f
}

/// Every fifth year of each scenario: total, groups, and the year's flows.
pub fn summary_table(projections: &[Projection]) -> report::Table {
    let mut t = report::Table::new(vec![
        "scenario",
        "area",
        "year",
        "population",
        "groups",
        "births",
        "deaths",
        "immigrants",
        "emigrants",
        "naturalised",
    ]);
    for p in projections {
        let rows = summarise(p);
        let last = rows.last().map(|r| r.year);
        for s in rows
            .iter()
            .filter(|s| (s.year % 5 == 0) || Some(s.year) == last)
        {
            let groups = s
                .by_group
                .iter()
                .map(|(g, n)| format!("{g} {}", report::number(n.round())))
                .collect::<Vec<_>>()
                .join(", ");
            t.push(vec![
                s.scenario.clone(),
                s.area.clone(),
                s.year.to_string(),
                report::number(s.population.round()),
                groups,
                report::number(s.births.round()),
                report::number(s.deaths.round()),
                report::number(s.immigrants.round()),
                report::number(s.emigrants.round()),
                report::number(s.naturalisations.round()),
            ]);
        }
    }
    t
}
