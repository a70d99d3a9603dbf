//! City context profiles, computed from the observations in the store, each value with
//! the observations it came from.

use crate::catalogue::Feature;
use crate::{PeersError, Result};
use model::{GeoLevel, Period};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use store::{SeriesFilter, Store};

/// An observation a feature value was computed from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SourceObservation {
    pub dataset: String,
    pub variable: String,
    pub geo: String,
    pub period: String,
    /// Other dimensions of the series (`answer=1` for the QoL survey), empty for most.
    pub breakdown: String,
    pub value: f64,
    /// Eurostat status flags of the value (`b`, `e`, `p`, …), empty when none.
    pub flags: String,
}

/// One feature of one city: its value, or why there is none.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FeatureValue {
    pub feature: Feature,
    pub value: Option<f64>,
    pub unit: &'static str,
    /// The years it rests on: one year, or the first and last year of a change.
    pub years: Vec<i32>,
    /// How it was computed, with the numbers (`15099 / 102542 × 100`).
    pub formula: String,
    /// The observations it came from.
    pub sources: Vec<SourceObservation>,
    /// Why there is no value (what is missing), when there is none.
    pub missing: Option<String>,
    /// Figures left out by the plausibility rules, and why.
    pub notes: Vec<String>,
}

impl FeatureValue {
    fn missing(feature: Feature, why: impl Into<String>) -> FeatureValue {
        FeatureValue {
            feature,
            value: None,
            unit: unit(feature),
            years: Vec::new(),
            formula: String::new(),
            sources: Vec::new(),
            missing: Some(why.into()),
            notes: Vec::new(),
        }
    }

    /// The last year the value rests on.
    pub fn year(&self) -> Option<i32> {
        self.years.last().copied()
    }

    /// The first year (the base year of a change).
    pub fn base_year(&self) -> Option<i32> {
        self.years.first().copied()
    }
}

fn unit(f: Feature) -> &'static str {
    match f {
        Feature::Population => "inhabitants",
        Feature::PopulationGrowth => "% a year",
        Feature::ForeignBornShare | Feature::UnemploymentProxy | Feature::QolGoodForImmigrants => {
            "%"
        }
        Feature::ForeignBornChange5y | Feature::ForeignBornChange10y => "points",
        Feature::StudentsPer1000 => "per 1,000",
        Feature::EmployedPer100 => "per 100",
        Feature::Density => "per km²",
    }
}

/// Eurostat's city size classes (Urban Audit), by population: under 50,000 (not a class
/// of Eurostat's, for the few smaller cities), S 50–100k, M 100–250k, L 250–500k,
/// XL 500k–1M, XXL over 1M. Lower bounds are inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum SizeClass {
    #[serde(rename = "under 50k")]
    Under50k,
    #[serde(rename = "S")]
    S,
    #[serde(rename = "M")]
    M,
    #[serde(rename = "L")]
    L,
    #[serde(rename = "XL")]
    Xl,
    #[serde(rename = "XXL")]
    Xxl,
}

impl SizeClass {
    pub fn of(population: f64) -> SizeClass {
        match population {
            p if p < 50_000.0 => SizeClass::Under50k,
            p if p < 100_000.0 => SizeClass::S,
            p if p < 250_000.0 => SizeClass::M,
            p if p < 500_000.0 => SizeClass::L,
            p if p < 1_000_000.0 => SizeClass::Xl,
            _ => SizeClass::Xxl,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SizeClass::Under50k => "under 50,000",
            SizeClass::S => "S: 50,000–100,000",
            SizeClass::M => "M: 100,000–250,000",
            SizeClass::L => "L: 250,000–500,000",
            SizeClass::Xl => "XL: 500,000–1 million",
            SizeClass::Xxl => "XXL: over 1 million",
        }
    }

    /// The class in a table column: `S`, `XL`, `<50k`.
    pub fn short(self) -> &'static str {
        match self {
            SizeClass::Under50k => "<50k",
            SizeClass::S => "S",
            SizeClass::M => "M",
            SizeClass::L => "L",
            SizeClass::Xl => "XL",
            SizeClass::Xxl => "XXL",
        }
    }
}

/// Which type of the typology a city belongs to.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TypeRef {
    pub id: usize,
    pub label: String,
    /// False when the city lacked some typology features and was placed by the others.
    pub complete: bool,
    /// The traits of the type's label the city does not have (a weak fit), e.g. a city
    /// with a low foreign-born share in a type labelled "high foreign-born share".
    pub unlike: Vec<crate::Feature>,
}

/// The foreign-born share of one year.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct YearShare {
    pub year: i32,
    /// Percent of the population.
    pub share: f64,
    /// Eurostat flagged the foreign-born or the population figure of that year `e`
    /// (estimated, often interpolated between census years): not an observation, and
    /// drawn and listed as such (issue 11, finding 8).
    pub estimated: bool,
}

/// A city's context profile.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Profile {
    pub code: String,
    pub name: String,
    pub country: String,
    pub country_name: Option<String>,
    /// NUTS 3 region (from GISCO's city list), where known.
    pub region: Option<String>,
    pub size_class: Option<SizeClass>,
    /// The latest year with a population figure and at least one other figure: the year
    /// of the population level and the latest year any figure may come from.
    pub reference_year: Option<i32>,
    /// Years with a foreign-born share (the depth of the migration history we can see).
    pub years_of_data: usize,
    /// The foreign-born share (DE2009V / DE1001V × 100) of every year with both, ascending.
    pub foreign_born_history: Vec<YearShare>,
    /// Every feature of [`Feature::ALL`], in that order, with a value or the reason for none.
    pub features: Vec<FeatureValue>,
    /// The city's context type (filled in by the typology).
    pub context_type: Option<TypeRef>,
}

impl Profile {
    pub fn get(&self, f: Feature) -> &FeatureValue {
        &self.features[f.index()]
    }

    pub fn value(&self, f: Feature) -> Option<f64> {
        self.features[f.index()].value
    }

    /// Who the city is, in one line, before its peers, benchmark or mentors: "Osijek
    /// (HR004C), Croatia — 96,313 inhabitants (2021), size class S: 50,000–100,000; context
    /// type 2: …" (what is unknown is left out).
    pub fn headline(&self) -> String {
        let mut s = format!(
            "{} ({}), {}",
            self.name,
            self.code,
            self.country_name.as_deref().unwrap_or(&self.country)
        );
        let pop = self.get(Feature::Population);
        if let (Some(v), Some(y)) = (pop.value, pop.year()) {
            s.push_str(&format!(" — {} inhabitants ({y})", crate::grouped(v, 0)));
        }
        if let Some(c) = self.size_class {
            s.push_str(&format!(", size class {}", c.label()));
        }
        if let Some(t) = &self.context_type {
            s.push_str(&format!("; context type {}: {}", t.id, t.label));
        }
        s
    }

    /// The foreign-born share in `year`, or in the year nearest to it within `tolerance`
    /// years (the earlier on a tie).
    pub fn foreign_born_share_near(&self, year: i32, tolerance: i32) -> Option<YearShare> {
        self.foreign_born_history
            .iter()
            .filter(|s| (s.year - year).abs() <= tolerance)
            .min_by_key(|s| ((s.year - year).abs(), s.year))
            .copied()
    }
}

/// The annual values of one series of one city: year → (value, flags, period text).
#[derive(Default, Clone, Debug)]
pub(crate) struct Series {
    pub dataset: &'static str,
    pub variable: &'static str,
    pub breakdown: &'static str,
    pub geo: String,
    pub years: BTreeMap<i32, (f64, String)>,
}

impl Series {
    fn source(&self, year: i32) -> Option<SourceObservation> {
        self.years.get(&year).map(|(v, flags)| SourceObservation {
            dataset: self.dataset.to_string(),
            variable: self.variable.to_string(),
            geo: self.geo.clone(),
            period: year.to_string(),
            breakdown: self.breakdown.to_string(),
            value: *v,
            flags: flags.clone(),
        })
    }

    fn get(&self, year: i32) -> Option<f64> {
        self.years.get(&year).map(|(v, _)| *v)
    }
}

/// The source series a profile is computed from (dataset, variable, breakdown).
pub(crate) const POPULATION: (&str, &str, &str) = ("urb_cpop1", "DE1001V", "");
pub(crate) const FOREIGN_BORN: (&str, &str, &str) = ("urb_cpopcb", "DE2009V", "");
pub(crate) const UNEMPLOYED: (&str, &str, &str) = ("urb_clma", "EC1010V", "");
pub(crate) const EMPLOYED: (&str, &str, &str) = ("urb_clma", "EC1177V", "");
pub(crate) const STUDENTS: (&str, &str, &str) = ("urb_ceduc", "TE1026V", "");
pub(crate) const AREA: (&str, &str, &str) = ("gisco_urau_2021", "AREA_KM2", "");
/// QoL 2023, Q3_4 "good place to live for immigrants from other countries", answer 1
/// "a good place", share of all respondents in percent. The workbook has no Top2 row for
/// Q3 (a yes/no question), so there is no `TB_Q3_4`.
pub(crate) const QOL_IMMIGRANTS: (&str, &str, &str) = ("qol_2023", "Q3_4", "answer=1");

const SOURCES: [(&str, &str, &str); 7] = [
    POPULATION,
    FOREIGN_BORN,
    UNEMPLOYED,
    EMPLOYED,
    STUDENTS,
    AREA,
    QOL_IMMIGRANTS,
];

/// The raw series of every city, read from the store in one pass per source variable.
pub(crate) struct RawData {
    /// code → source index → series
    pub by_city: HashMap<String, Vec<Series>>,
}

impl RawData {
    pub(crate) fn load(store: &Store, cities: &[model::Geography]) -> Result<RawData> {
        let mut by_city: HashMap<String, Vec<Series>> = cities
            .iter()
            .map(|g| {
                let series = SOURCES
                    .iter()
                    .map(|&(dataset, variable, breakdown)| Series {
                        dataset,
                        variable,
                        breakdown,
                        geo: g.code.to_string(),
                        years: BTreeMap::new(),
                    })
                    .collect();
                (g.code.to_string(), series)
            })
            .collect();
        for (k, &(dataset, variable, breakdown)) in SOURCES.iter().enumerate() {
            let filter = SeriesFilter {
                dataset: Some(dataset.to_string()),
                variable: Some(variable.to_string()),
                ..Default::default()
            };
            store
                .for_each_observation(&filter, |row| {
                    let o = &row.observation;
                    // The whole population, the one breakdown we want, annual figures,
                    // shares in percent for the survey (not its respondent counts).
                    if !o.group.is_total() || o.breakdown_key() != breakdown {
                        return Ok(());
                    }
                    if dataset == QOL_IMMIGRANTS.0 && o.unit.as_deref() != Some("PC") {
                        return Ok(());
                    }
                    let Period::Year(year) = o.period else {
                        return Ok(());
                    };
                    if let Some(series) = by_city.get_mut(o.geo.as_str()) {
                        series[k].years.insert(year, (o.value, o.flags.to_string()));
                    }
                    Ok(())
                })
                .map_err(PeersError::Store)?;
        }
        Ok(RawData { by_city })
    }
}

/// The city-level geographies (Urban Audit cities, `…C`), by code.
pub(crate) fn city_geographies(store: &Store) -> Result<Vec<model::Geography>> {
    let mut cities = store
        .geographies(Some(GeoLevel::City), None)
        .map_err(PeersError::Store)?;
    cities.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(cities)
}

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// The year among `years` nearest to `target`, within `[earliest, latest]`, the earlier on
/// a tie.
fn nearest_year(
    years: impl Iterator<Item = i32>,
    target: i32,
    earliest: i32,
    latest: i32,
) -> Option<i32> {
    years
        .filter(|&y| y >= earliest && y <= latest)
        .min_by_key(|&y| ((y - target).abs(), y))
}

/// The largest change of the foreign-born share from one year with figures to the next
/// that is taken as real (percentage points); a larger jump without a break in series is a
/// data error (Eurostat's 2021 estimates for some German cities exceed their population).
pub const MAX_SHARE_JUMP: f64 = 10.0;

impl Series {
    /// The first year of the unbroken stretch of the series that contains `year`: the
    /// latest year up to `year` whose value is flagged `b` (break in series: the figures
    /// before it describe another territory or definition), or `i32::MIN`.
    fn stretch_start(&self, year: i32) -> i32 {
        self.years
            .range(..=year)
            .rev()
            .find(|(_, (_, flags))| flags.contains('b'))
            .map(|(y, _)| *y)
            .unwrap_or(i32::MIN)
    }
}

/// The reference year of a city: the latest year with a population figure and at least
/// one other figure of the profile (foreign-born, unemployed, employed, students). A
/// population reported alone in a later year (as after the renumbering of German cities in
/// 2024, flagged as a break) is not used: levels and ratios come from one year's figures.
/// Without any such year, the latest population year.
pub(crate) fn reference_year(pop: &Series, others: &[&Series]) -> Option<i32> {
    pop.years
        .keys()
        .rev()
        .find(|y| others.iter().any(|s| s.years.contains_key(y)))
        .or_else(|| pop.years.keys().next_back())
        .copied()
}

/// Foreign-born shares that pass the plausibility rules, and notes on the years left out:
/// a share above 100%, or one that moves more than [`MAX_SHARE_JUMP`] points from the
/// previous accepted year of the same unbroken stretch, is left out. Only years up to
/// `until` (the reference year) count.
pub(crate) fn accepted_shares(
    fb: &Series,
    pop: &Series,
    until: i32,
) -> (Vec<YearShare>, Vec<String>) {
    let mut out: Vec<YearShare> = Vec::new();
    let mut notes = Vec::new();
    for (&year, (f, fb_flags)) in fb.years.range(..=until) {
        let f = *f;
        let Some((p, pop_flags)) = pop.years.get(&year).filter(|(p, _)| *p > 0.0) else {
            continue;
        };
        let p = *p;
        let estimated = fb_flags.contains('e') || pop_flags.contains('e');
        let share = f / p * 100.0;
        if share > 100.0 {
            notes.push(format!(
                "{year} left out: foreign-born {} exceed the population {}",
                fmt_num(f),
                fmt_num(p)
            ));
            continue;
        }
        if let Some(prev) = out.last() {
            let brk = fb.stretch_start(year).max(pop.stretch_start(year));
            if prev.year >= brk && (share - prev.share).abs() > MAX_SHARE_JUMP {
                notes.push(format!(
                    "{year} left out: the share would jump from {:.1}% ({}) to {:.1}% without a break in series",
                    prev.share, prev.year, share
                ));
                continue;
            }
        }
        out.push(YearShare {
            year,
            share,
            estimated,
        });
    }
    (out, notes)
}

/// The series without its newest year when Eurostat marks that year as a break in the
/// series and it jumps beyond [`crate::headline::BREAK_JUMP`] (Berlin's 2024 population of
/// 317,050 after 3,755,251): the same rule as the profile's headline, so that the size
/// class and every share use the population the page shows.
fn without_a_jump_at_a_break(series: &Series) -> Series {
    let mut out = series.clone();
    let mut newest = series.years.iter().rev();
    if let (Some((&year, (value, flags))), Some((_, (before, _)))) = (newest.next(), newest.next())
        && crate::headline::starts_another_series(*value, flags.contains('b'), *before)
    {
        out.years.remove(&year);
    }
    out
}

/// Computes a city's profile from its raw series (no typology yet).
pub(crate) fn compute(
    geo: &model::Geography,
    country_name: Option<String>,
    series: &[Series],
) -> Profile {
    let s = |src: (&str, &str, &str)| {
        let k = SOURCES
            .iter()
            .position(|x| *x == src)
            .expect("a known source");
        &series[k]
    };
    let pop = &without_a_jump_at_a_break(s(POPULATION));
    let fb = s(FOREIGN_BORN);
    let unemployed = s(UNEMPLOYED);
    let employed = s(EMPLOYED);
    let students = s(STUDENTS);
    let area = s(AREA);
    let qol = s(QOL_IMMIGRANTS);
    let reference = reference_year(pop, &[fb, unemployed, employed, students]);
    let until = reference.unwrap_or(i32::MAX);
    let (history, share_notes) = accepted_shares(fb, pop, until);

    let mut features = Vec::with_capacity(Feature::ALL.len());
    for f in Feature::ALL {
        let v = match f {
            Feature::Population => population(pop, reference),
            Feature::PopulationGrowth => growth(pop, reference),
            Feature::ForeignBornShare => {
                let mut v = match history.last() {
                    Some(last) => ratio_in(f, fb, pop, 100.0, last.year),
                    None => FeatureValue::missing(
                        f,
                        "no year with both foreign-born residents (DE2009V) and population (DE1001V)",
                    ),
                };
                v.notes = share_notes.clone();
                v
            }
            Feature::ForeignBornChange5y => share_change(f, fb, pop, &history, 5, 3, &share_notes),
            Feature::ForeignBornChange10y => {
                share_change(f, fb, pop, &history, 10, 7, &share_notes)
            }
            Feature::UnemploymentProxy => unemployment(unemployed, employed, until),
            Feature::StudentsPer1000 => ratio(
                f,
                students,
                pop,
                1000.0,
                until,
                "higher-education students (TE1026V) and population (DE1001V) of the same year",
            ),
            Feature::EmployedPer100 => ratio(
                f,
                employed,
                pop,
                100.0,
                until,
                "persons employed 20-64 (EC1177V) and population (DE1001V) of the same year",
            ),
            Feature::Density => density(pop, area, until),
            Feature::QolGoodForImmigrants => match qol.years.keys().next_back() {
                Some(&y) => FeatureValue {
                    feature: f,
                    value: qol.get(y),
                    unit: unit(f),
                    years: vec![y],
                    formula: format!("Q3_4 answer 1 = {}", fmt_num(qol.get(y).unwrap_or(0.0))),
                    sources: qol.source(y).into_iter().collect(),
                    missing: None,
                    notes: Vec::new(),
                },
                None => FeatureValue::missing(
                    f,
                    "not covered by the Quality of Life in European Cities 2023 survey",
                ),
            },
        };
        features.push(v);
    }
    let latest_pop = features[Feature::Population.index()].value;
    let country = geo
        .country
        .as_ref()
        .map(|c| c.to_string())
        .unwrap_or_else(|| geo.code.as_str()[..2].to_string());
    let region = geo
        .parent
        .as_ref()
        .filter(|p| p.level() == GeoLevel::Nuts3)
        .map(|p| p.to_string());
    Profile {
        code: geo.code.to_string(),
        name: geo.name.clone(),
        country,
        country_name,
        region,
        size_class: latest_pop.map(SizeClass::of),
        reference_year: reference,
        years_of_data: history.len(),
        foreign_born_history: history,
        features,
        context_type: None,
    }
}

fn population(pop: &Series, reference: Option<i32>) -> FeatureValue {
    let f = Feature::Population;
    match reference {
        Some(y) => {
            let mut v = FeatureValue {
                feature: f,
                value: pop.get(y),
                unit: unit(f),
                years: vec![y],
                formula: format!("DE1001V {y} = {}", fmt_num(pop.get(y).unwrap_or(0.0))),
                sources: pop.source(y).into_iter().collect(),
                missing: None,
                notes: Vec::new(),
            };
            if let Some(&last) = pop.years.keys().next_back()
                && last > y
            {
                v.notes.push(format!(
                    "{y} is the latest year with other figures of the city; DE1001V {last} = {} is not used",
                    fmt_num(pop.get(last).unwrap_or(0.0))
                ));
            }
            v
        }
        None => FeatureValue::missing(f, "no population figure (urb_cpop1 DE1001V)"),
    }
}

fn growth(pop: &Series, reference: Option<i32>) -> FeatureValue {
    let f = Feature::PopulationGrowth;
    let Some(last) = reference else {
        return FeatureValue::missing(f, "no population figure (urb_cpop1 DE1001V)");
    };
    let from = pop.stretch_start(last);
    let Some(base) = nearest_year(pop.years.keys().copied(), last - 5, from, last - 3) else {
        return FeatureValue::missing(
            f,
            if from > i32::MIN {
                format!(
                    "needs a population figure at least 3 years before {last} and not before the break in series of {from}"
                )
            } else {
                format!("needs a population figure at least 3 years before {last}")
            },
        );
    };
    let (p0, p1) = (pop.get(base).unwrap_or(0.0), pop.get(last).unwrap_or(0.0));
    if p0 <= 0.0 || p1 <= 0.0 {
        return FeatureValue::missing(f, "population of zero");
    }
    let years = f64::from(last - base);
    let value = ((p1 / p0).powf(1.0 / years) - 1.0) * 100.0;
    FeatureValue {
        feature: f,
        value: Some(value),
        unit: unit(f),
        years: vec![base, last],
        formula: format!(
            "((DE1001V {last} / DE1001V {base})^(1/{}) − 1) × 100 = (({} / {})^(1/{}) − 1) × 100",
            last - base,
            fmt_num(p1),
            fmt_num(p0),
            last - base
        ),
        sources: [pop.source(base), pop.source(last)]
            .into_iter()
            .flatten()
            .collect(),
        missing: None,
        notes: Vec::new(),
    }
}

/// `num / den × factor` in `year`.
fn ratio_in(f: Feature, num: &Series, den: &Series, factor: f64, y: i32) -> FeatureValue {
    let (n, d) = (num.get(y).unwrap_or(0.0), den.get(y).unwrap_or(1.0));
    FeatureValue {
        feature: f,
        value: Some(n / d * factor),
        unit: unit(f),
        years: vec![y],
        formula: format!(
            "{} {y} / {} {y} × {} = {} / {} × {}",
            num.variable,
            den.variable,
            fmt_num(factor),
            fmt_num(n),
            fmt_num(d),
            fmt_num(factor)
        ),
        sources: [num.source(y), den.source(y)]
            .into_iter()
            .flatten()
            .collect(),
        missing: None,
        notes: Vec::new(),
    }
}

/// `num / den × factor` in the latest year up to `until` with both, where the part does
/// not exceed the whole (`num ≤ den`; a year where it does is left out with a note).
fn ratio(
    f: Feature,
    num: &Series,
    den: &Series,
    factor: f64,
    until: i32,
    what: &str,
) -> FeatureValue {
    let mut notes = Vec::new();
    for (&y, &(n, _)) in num.years.range(..=until).rev() {
        let Some(d) = den.get(y).filter(|d| *d > 0.0) else {
            continue;
        };
        if n > d {
            notes.push(format!(
                "{y} left out: {} {} exceeds {} {}",
                num.variable,
                fmt_num(n),
                den.variable,
                fmt_num(d)
            ));
            continue;
        }
        let mut v = ratio_in(f, num, den, factor, y);
        v.notes = notes;
        return v;
    }
    let mut v = FeatureValue::missing(f, format!("no year with both {what}"));
    v.notes = notes;
    v
}

fn share_change(
    f: Feature,
    fb: &Series,
    pop: &Series,
    history: &[YearShare],
    span: i32,
    min_span: i32,
    notes: &[String],
) -> FeatureValue {
    let Some(last) = history.last().map(|s| s.year) else {
        return FeatureValue::missing(
            f,
            "no year with both foreign-born residents (DE2009V) and population (DE1001V)",
        );
    };
    let from = fb.stretch_start(last).max(pop.stretch_start(last));
    let Some(base) = nearest_year(
        history.iter().map(|s| s.year),
        last - span,
        from,
        last - min_span,
    ) else {
        let mut v = FeatureValue::missing(
            f,
            format!(
                "needs a foreign-born share at least {min_span} years before {last}{}; the earliest is {}",
                if from > i32::MIN {
                    format!(" and not before the break in series of {from}")
                } else {
                    String::new()
                },
                history[0].year
            ),
        );
        v.notes = notes.to_vec();
        return v;
    };
    let share = |y: i32| fb.get(y).unwrap_or(0.0) / pop.get(y).unwrap_or(1.0) * 100.0;
    FeatureValue {
        feature: f,
        value: Some(share(last) - share(base)),
        unit: unit(f),
        years: vec![base, last],
        formula: format!(
            "DE2009V {last} / DE1001V {last} × 100 − DE2009V {base} / DE1001V {base} × 100 = {} / {} × 100 − {} / {} × 100",
            fmt_num(fb.get(last).unwrap_or(0.0)),
            fmt_num(pop.get(last).unwrap_or(0.0)),
            fmt_num(fb.get(base).unwrap_or(0.0)),
            fmt_num(pop.get(base).unwrap_or(0.0)),
        ),
        sources: [
            fb.source(base),
            pop.source(base),
            fb.source(last),
            pop.source(last),
        ]
        .into_iter()
        .flatten()
        .collect(),
        missing: None,
        notes: notes.to_vec(),
    }
}

fn unemployment(unemployed: &Series, employed: &Series, until: i32) -> FeatureValue {
    let f = Feature::UnemploymentProxy;
    let year = unemployed
        .years
        .range(..=until)
        .rev()
        .map(|(y, _)| *y)
        .find(|y| {
            employed
                .get(*y)
                .is_some_and(|e| e + unemployed.get(*y).unwrap_or(0.0) > 0.0)
        });
    let Some(y) = year else {
        return FeatureValue::missing(
            f,
            "no year with both persons unemployed (EC1010V) and persons employed 20-64 (EC1177V)",
        );
    };
    let (u, e) = (
        unemployed.get(y).unwrap_or(0.0),
        employed.get(y).unwrap_or(0.0),
    );
    FeatureValue {
        feature: f,
        value: Some(u / (e + u) * 100.0),
        unit: unit(f),
        years: vec![y],
        formula: format!(
            "EC1010V {y} / (EC1177V {y} + EC1010V {y}) × 100 = {} / ({} + {}) × 100",
            fmt_num(u),
            fmt_num(e),
            fmt_num(u)
        ),
        sources: [unemployed.source(y), employed.source(y)]
            .into_iter()
            .flatten()
            .collect(),
        missing: None,
        notes: Vec::new(),
    }
}

fn density(pop: &Series, area: &Series, until: i32) -> FeatureValue {
    let f = Feature::Density;
    let Some((&ay, &(a, _))) = area.years.iter().next_back() else {
        return FeatureValue::missing(f, "no city area (not in GISCO's Urban Audit 2021 list)");
    };
    let Some(py) = nearest_year(pop.years.keys().copied(), ay, i32::MIN, until) else {
        return FeatureValue::missing(f, "no population figure (urb_cpop1 DE1001V)");
    };
    if a <= 0.0 {
        return FeatureValue::missing(f, "city area of zero");
    }
    let p = pop.get(py).unwrap_or(0.0);
    FeatureValue {
        feature: f,
        value: Some(p / a),
        unit: unit(f),
        years: vec![py],
        formula: format!(
            "DE1001V {py} / AREA_KM2 {ay} = {} / {}",
            fmt_num(p),
            fmt_num(a)
        ),
        sources: [pop.source(py), area.source(ay)]
            .into_iter()
            .flatten()
            .collect(),
        missing: None,
        notes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_follow_eurostat_bounds() {
        assert_eq!(SizeClass::of(49_999.0), SizeClass::Under50k);
        assert_eq!(SizeClass::of(50_000.0), SizeClass::S);
        assert_eq!(SizeClass::of(94_974.0), SizeClass::S);
        assert_eq!(SizeClass::of(100_000.0), SizeClass::M);
        assert_eq!(SizeClass::of(250_000.0), SizeClass::L);
        assert_eq!(SizeClass::of(999_999.0), SizeClass::Xl);
        assert_eq!(SizeClass::of(1_000_000.0), SizeClass::Xxl);
    }

    #[test]
    fn nearest_year_prefers_the_earlier_on_a_tie() {
        let ys = [2015, 2016, 2018, 2020, 2022];
        assert_eq!(nearest_year(ys.iter().copied(), 2017, 0, 2019), Some(2016));
        assert_eq!(nearest_year(ys.iter().copied(), 2012, 0, 2015), Some(2015));
        assert_eq!(nearest_year(ys.iter().copied(), 2012, 0, 2014), None);
        assert_eq!(
            nearest_year(ys.iter().copied(), 2017, 2018, 2022),
            Some(2018)
        );
    }
}
