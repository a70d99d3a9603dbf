//! Cohort-component population scenarios by nationality group, sex and single year of age,
//! with naturalisation as a flow from the foreign groups to the nationals.
//!
//! The arithmetic is the Swiss Federal Statistical Office's (FSO) for its cantonal
//! scenarios 2025–2055, as written out in `data/aargau-projection/README.md`: carried out
//! in double precision without rounding between years it reproduces the FSO's published
//! projection for Aargau to within one person in every cell (the test
//! `tests/projection.rs` checks all 31 years). Any number of groups works: one of them
//! receives the naturalised and the children of national mothers; each other group keeps
//! the children of its mothers who are not nationals at birth.
//!
//! - [`parameters`] reads the parameters (the FSO's layout), a start population and
//!   scenario adjustments, with messages that name the file, the line and the column.
//! - [`project`] runs one scenario; [`Projection`] holds every year's population and its
//!   components, so that the accounting identity can be checked cell by cell.
//! - [`areas`] splits a projection over subregions (a canton's regions, a city's districts)
//!   so that they add up to the whole.

pub mod areas;
pub mod parameters;

/// The worked example both the command line (`--example aargau`) and the web's Look ahead
/// page use: the FSO's scenarios for the canton of Aargau, as paths inside the bundled
/// data (`data/aargau-projection/`), so that neither shell keeps its own list.
pub mod example {
    /// The parameters of the reference, high and low scenarios, the reference first.
    pub const PARAMETERS: [&str; 3] = [
        "aargau-projection/fso_parameters_reference_2025-2055.csv",
        "aargau-projection/fso_parameters_high_2025-2055.csv",
        "aargau-projection/fso_parameters_low_2025-2055.csv",
    ];
    /// The school stages' rates of demand (compulsory school ages).
    pub const SCHOOL_RATES: &str = "aargau-projection/demand-rates-school.csv";
}
pub mod run;

pub use parameters::{Adjustment, Component, ParameterError, Scenario};
pub use run::{Request, Summary, Text, parse_variant, run, summarise, summary_table, write_csv};

/// The open-ended last age: 100 stands for "100 and over".
pub const MAX_AGE: usize = 100;
/// Single years of age 0..=100.
pub const AGES: usize = MAX_AGE + 1;
/// Of every 205 newborns, 100 are girls (the FSO's sex ratio at birth, 1.05 boys per girl).
pub const GIRLS_PER_BIRTH: f64 = 100.0 / 205.0;
/// Women of these ages (inclusive) give birth in the model.
pub const FERTILE_AGES: std::ops::RangeInclusive<usize> = 16..=50;

/// Sex in the fixed order the arrays use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum Sex {
    Male = 0,
    Female = 1,
}

impl Sex {
    pub const ALL: [Sex; 2] = [Sex::Male, Sex::Female];
}

/// The shape of every array in a scenario: groups × sex × age, flattened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// The groups' codes as the input spells them (`ch`, `int`; `nat`, `eu`, `tcn` …).
    pub groups: Vec<String>,
    /// The codes the input uses for male and female (`m`, `f`), kept for the output.
    pub sex_codes: [String; 2],
    /// The group that the naturalised join and to which children of its mothers belong.
    pub nationals: usize,
}

impl Layout {
    pub fn cells(&self) -> usize {
        self.groups.len() * 2 * AGES
    }

    pub fn index(&self, group: usize, sex: Sex, age: usize) -> usize {
        (group * 2 + sex as usize) * AGES + age
    }

    /// Every cell as (group, sex, age), in the arrays' order.
    pub fn each(&self) -> impl Iterator<Item = (usize, Sex, usize)> + '_ {
        (0..self.groups.len()).flat_map(|g| {
            Sex::ALL
                .into_iter()
                .flat_map(move |s| (0..AGES).map(move |a| (g, s, a)))
        })
    }
}

/// The parameters of one cell (group, sex, age) in one year.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Rates {
    /// Live births per woman of this age and group in the year.
    pub birthrate: f64,
    /// Of the children of mothers of this (foreign) group, the share that are nationals at birth.
    pub int_mothers: f64,
    /// Probability of dying in the year.
    pub mor: f64,
    /// Rate of emigration abroad.
    pub emi_int: f64,
    /// Rate of moving to another region of the country (another canton).
    pub emi_nat: f64,
    /// Rate of acquiring citizenship (foreign groups only).
    pub acq: f64,
    /// Immigrants from abroad (persons).
    pub imm_int_n: f64,
    /// Arrivals from other regions of the country (persons).
    pub imm_nat_n: f64,
    /// The FSO's infant-death formula adds the rate `acq` to the immigrant counts of age 0
    /// (a quirk kept to reproduce the official figures). It is held here as a count so that
    /// a subregion gets its share of it, as of the immigrants, and the areas add up.
    pub acq_as_count: f64,
}

/// One year of a scenario's parameters, one [`Rates`] per cell of the [`Layout`].
#[derive(Debug, Clone, PartialEq)]
pub struct YearRates {
    pub year: i32,
    pub cells: Vec<Rates>,
}

/// What happened in one year, per cell: the population on 31 December and its components.
/// For every cell: `population = start − deaths − emigrants + immigrants + naturalisations`,
/// where `start` is the population on 1 January (the previous 31 December aged by one year)
/// and, at age 0, the births.
#[derive(Debug, Clone, PartialEq)]
pub struct YearResult {
    pub year: i32,
    /// Population on 1 January (at age 0: the births of the year).
    pub start: Vec<f64>,
    pub population: Vec<f64>,
    /// Newborns of the year in the age-0 cells (by the child's group at birth); zero elsewhere.
    pub births: Vec<f64>,
    pub deaths: Vec<f64>,
    /// Emigrants abroad plus departures to other regions.
    pub emigrants: Vec<f64>,
    /// Immigrants from abroad plus arrivals from other regions.
    pub immigrants: Vec<f64>,
    /// Net change by naturalisation: negative in the foreign groups, positive for nationals.
    pub naturalisations: Vec<f64>,
}

/// A scenario carried forward year by year.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    pub scenario: String,
    pub area: String,
    pub layout: Layout,
    pub years: Vec<YearResult>,
}

impl Projection {
    /// The total population on 31 December of `year`, if projected.
    pub fn total(&self, year: i32) -> Option<f64> {
        self.year(year).map(|y| y.population.iter().sum())
    }

    pub fn year(&self, year: i32) -> Option<&YearResult> {
        self.years.iter().find(|y| y.year == year)
    }
}

/// Ages a population on 31 December into the next 1 January: age a−1 becomes a, the open
/// group 100+ keeps its survivors and receives those who turn 100; age 0 is empty (filled
/// by the year's births).
pub fn age_one_year(layout: &Layout, december: &[f64]) -> Vec<f64> {
    let mut january = vec![0.0; layout.cells()];
    for (g, s, a) in layout.each() {
        let i = layout.index(g, s, a);
        january[i] = match a {
            0 => 0.0,
            MAX_AGE => december[i - 1] + december[i],
            _ => december[i - 1],
        };
    }
    january
}

/// Runs `scenario` from its start population (1 January of its first year).
pub fn project(scenario: &Scenario) -> Projection {
    let layout = &scenario.layout;
    let mut january = scenario.start.clone();
    let mut years = Vec::with_capacity(scenario.years.len());
    for year in &scenario.years {
        let result = project_year(layout, year, &january);
        january = age_one_year(layout, &result.population);
        years.push(result);
    }
    Projection {
        scenario: scenario.name.clone(),
        area: scenario.area.clone(),
        layout: layout.clone(),
        years,
    }
}

/// One year of the FSO's cohort-component step (README of `data/aargau-projection/`).
fn project_year(layout: &Layout, year: &YearRates, january: &[f64]) -> YearResult {
    let n = layout.cells();
    let mut r = YearResult {
        year: year.year,
        start: january.to_vec(),
        population: vec![0.0; n],
        births: vec![0.0; n],
        deaths: vec![0.0; n],
        emigrants: vec![0.0; n],
        immigrants: vec![0.0; n],
        naturalisations: vec![0.0; n],
    };
    for sex in Sex::ALL {
        for age in 1..AGES {
            survive_ages_one_and_over(layout, year, sex, age, &mut r);
        }
    }
    let newborns = births(layout, year, &r);
    for sex in Sex::ALL {
        survive_age_zero(layout, year, sex, &newborns, &mut r);
    }
    r
}

/// Ages 1–100: emigration, naturalisation, deaths (leavers exposed half a year, the newly
/// naturalised dying as nationals for half a year, immigrants exposed half a year at the
/// mortality of the next age), and immigration.
fn survive_ages_one_and_over(
    layout: &Layout,
    year: &YearRates,
    sex: Sex,
    age: usize,
    r: &mut YearResult,
) {
    let nationals = layout.nationals;
    let mut naturalised = 0.0;
    for g in 0..layout.groups.len() {
        let i = layout.index(g, sex, age);
        let p = &year.cells[i];
        let j = r.start[i];
        let next = year.cells[layout.index(g, sex, (age + 1).min(MAX_AGE))].mor;
        let immigrants = p.imm_int_n + p.imm_nat_n;
        let leaving = p.emi_int + p.emi_nat + if g == nationals { 0.0 } else { p.acq };
        let acquired = if g == nationals { 0.0 } else { j * p.acq };
        naturalised += acquired;
        r.emigrants[i] = j * (p.emi_int + p.emi_nat);
        r.immigrants[i] = immigrants;
        r.naturalisations[i] = -acquired;
        r.deaths[i] = j * (p.mor - leaving * p.mor / 2.0) + immigrants * next / 2.0;
    }
    let i = layout.index(nationals, sex, age);
    r.naturalisations[i] = naturalised;
    r.deaths[i] += naturalised * year.cells[i].mor / 2.0;
    for g in 0..layout.groups.len() {
        let i = layout.index(g, sex, age);
        r.population[i] =
            r.start[i] - r.deaths[i] - r.emigrants[i] + r.immigrants[i] + r.naturalisations[i];
    }
}

/// Newborns per (group of the child, sex): births to women 16–50 at the mean of their
/// January and December numbers; children of national mothers are nationals, of foreign
/// mothers the share `int_mothers` is national and the rest of the mother's group.
fn births(layout: &Layout, year: &YearRates, r: &YearResult) -> Vec<f64> {
    let mut by_group = vec![0.0; layout.groups.len()];
    for g in 0..layout.groups.len() {
        for age in FERTILE_AGES {
            let i = layout.index(g, Sex::Female, age);
            let p = &year.cells[i];
            let b = p.birthrate * (r.start[i] + r.population[i]) / 2.0;
            if g == layout.nationals {
                by_group[g] += b;
            } else {
                by_group[layout.nationals] += b * p.int_mothers;
                by_group[g] += b * (1.0 - p.int_mothers);
            }
        }
    }
    by_group
}

/// Age 0 of one sex: the FSO's formula for infant deaths, which adds the rate `acq` to the
/// counts of immigrants (kept, to reproduce the official figures), then emigration,
/// naturalisation and immigration as at the other ages.
fn survive_age_zero(
    layout: &Layout,
    year: &YearRates,
    sex: Sex,
    newborns: &[f64],
    r: &mut YearResult,
) {
    let share = match sex {
        Sex::Female => GIRLS_PER_BIRTH,
        Sex::Male => 1.0 - GIRLS_PER_BIRTH,
    };
    let nationals = layout.nationals;
    let mut naturalised = 0.0;
    for (g, born) in newborns.iter().enumerate() {
        let i = layout.index(g, sex, 0);
        let p = &year.cells[i];
        let b = born * share;
        let acq = if g == nationals { 0.0 } else { p.acq };
        let acquired = b * acq;
        naturalised += acquired;
        r.start[i] = b;
        r.births[i] = b;
        r.deaths[i] = p.mor
            * (b * (1.0 - 2.0 / 3.0 * (p.emi_int + acq + p.emi_nat))
                + 2.0 / 3.0 * (p.imm_int_n + p.acq_as_count + p.imm_nat_n));
        r.emigrants[i] = b * (p.emi_int + p.emi_nat);
        r.immigrants[i] = p.imm_int_n + p.imm_nat_n;
        r.naturalisations[i] = -acquired;
    }
    let i = layout.index(nationals, sex, 0);
    r.naturalisations[i] = naturalised;
    for g in 0..layout.groups.len() {
        let i = layout.index(g, sex, 0);
        r.population[i] =
            r.start[i] - r.deaths[i] - r.emigrants[i] + r.immigrants[i] + r.naturalisations[i];
    }
}
