//! Reading a scenario's parameters, its start population and the adjustments a user sets.
//!
//! The layout is the FSO's (`data/aargau-projection/README.md`): one row per scenario ×
//! area × year × nationality group × sex × single age, with columns
//! `scen,spatial_unit,year,nat,sex,age,start_n,birthrate,int_mothers,mor,emi_int,emi_nat,
//! acq,imm_int_n,imm_nat_n`; further columns are ignored. `scen` and `spatial_unit` may be
//! left out (one scenario, one area); `start_n` is needed in the first year unless a start
//! population is given separately. Every problem is reported once, with the file, the line
//! and the column, and nothing is projected from a file that has one.

use super::{Layout, MAX_AGE, Rates, Sex, YearRates};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Why parameters, a population or an adjustment cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct ParameterError {
    /// The file (or "the adjustment") the problem is in.
    pub file: String,
    /// The line, counted from 1 with the header as line 1.
    pub line: Option<u64>,
    /// The column's name.
    pub column: Option<String>,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for ParameterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(l) = self.line {
            write!(f, ", line {l}")?;
        }
        if let Some(c) = &self.column {
            write!(f, ", column {c}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// A scenario ready to project: its parameters for consecutive years and the population on
/// 1 January of the first year.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub name: String,
    pub area: String,
    pub layout: Layout,
    pub years: Vec<YearRates>,
    pub start: Vec<f64>,
}

/// The columns of the parameter layout, in the order of [`Rates`]' fields.
const RATE_COLUMNS: [&str; 8] = [
    "birthrate",
    "int_mothers",
    "mor",
    "emi_int",
    "emi_nat",
    "acq",
    "imm_int_n",
    "imm_nat_n",
];
/// Of those, the ones that are probabilities or shares (at most 1).
const AT_MOST_ONE: [&str; 6] = [
    "birthrate",
    "int_mothers",
    "mor",
    "emi_int",
    "emi_nat",
    "acq",
];

fn set_rate(r: &mut Rates, column: &str, v: f64) {
    match column {
        "birthrate" => r.birthrate = v,
        "int_mothers" => r.int_mothers = v,
        "mor" => r.mor = v,
        "emi_int" => r.emi_int = v,
        "emi_nat" => r.emi_nat = v,
        "acq" => r.acq = v,
        "imm_int_n" => r.imm_int_n = v,
        _ => r.imm_nat_n = v,
    }
}

/// A header, with the position of each column the reader needs.
pub(crate) struct Header {
    source: String,
    columns: BTreeMap<String, usize>,
}

impl Header {
    pub(crate) fn read(
        source: &str,
        reader: &mut csv::Reader<&[u8]>,
    ) -> Result<Self, ParameterError> {
        let headers = reader.headers().map_err(|e| csv_error(source, e))?;
        let columns = headers
            .iter()
            .enumerate()
            .map(|(i, h)| {
                (
                    h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase(),
                    i,
                )
            })
            .collect();
        Ok(Self {
            source: source.to_string(),
            columns,
        })
    }

    pub(crate) fn require(&self, names: &[&str]) -> Result<(), ParameterError> {
        match names.iter().find(|n| !self.columns.contains_key(**n)) {
            None => Ok(()),
            Some(missing) => Err(ParameterError {
                file: self.source.clone(),
                line: Some(1),
                column: None,
                message: format!(
                    "the column '{missing}' is missing: the header needs {} (see data/templates/projection/README.md)",
                    names.join(", ")
                ),
            }),
        }
    }

    pub(crate) fn has(&self, name: &str) -> bool {
        self.columns.contains_key(name)
    }
}

/// One data row with its line, for messages.
pub(crate) struct Row<'a> {
    header: &'a Header,
    record: csv::StringRecord,
    line: u64,
}

impl Row<'_> {
    pub(crate) fn error(&self, column: Option<&str>, message: impl Into<String>) -> ParameterError {
        ParameterError {
            file: self.header.source.clone(),
            line: Some(self.line),
            column: column.map(str::to_string),
            message: message.into(),
        }
    }

    pub(crate) fn text(&self, column: &str) -> &str {
        self.header
            .columns
            .get(column)
            .and_then(|&i| self.record.get(i))
            .map(str::trim)
            .unwrap_or("")
    }

    pub(crate) fn text_or<'b>(&'b self, column: &str, default: &'b str) -> &'b str {
        match self.text(column) {
            "" => default,
            t => t,
        }
    }

    pub(crate) fn number(&self, column: &str) -> Result<f64, ParameterError> {
        let t = self.text(column);
        let v: f64 = t.parse().map_err(|_| {
            let found = if t.is_empty() {
                "nothing".to_string()
            } else {
                format!("'{t}'")
            };
            self.error(
                Some(column),
                format!("found {found}, expected a number (a decimal point, not a comma)"),
            )
        })?;
        if !v.is_finite() {
            return Err(self.error(
                Some(column),
                format!("found '{t}', expected a finite number"),
            ));
        }
        if v < 0.0 {
            return Err(self.error(
                Some(column),
                format!("found {v}: rates and counts cannot be negative"),
            ));
        }
        Ok(v)
    }

    pub(crate) fn age(&self) -> Result<usize, ParameterError> {
        let t = self.text("age");
        let t = t.strip_suffix('+').unwrap_or(t);
        match t.parse::<usize>() {
            Ok(a) if a <= MAX_AGE => Ok(a),
            _ => Err(self.error(
                Some("age"),
                format!("found '{}', expected a whole age from 0 to {MAX_AGE} ({MAX_AGE} stands for {MAX_AGE} and over)", self.text("age")),
            )),
        }
    }

    pub(crate) fn year(&self) -> Result<i32, ParameterError> {
        let t = self.text("year");
        t.parse::<i32>()
            .ok()
            .filter(|y| (1800..=2300).contains(y))
            .ok_or_else(|| {
                self.error(
                    Some("year"),
                    format!("found '{t}', expected a calendar year such as 2025"),
                )
            })
    }

    pub(crate) fn sex(&self) -> Result<Sex, ParameterError> {
        let t = self.text("sex");
        match t.to_ascii_lowercase().as_str() {
            "m" | "male" | "1" | "h" => Ok(Sex::Male),
            "f" | "female" | "2" | "w" | "ž" | "ž." => Ok(Sex::Female),
            _ => Err(self.error(
                Some("sex"),
                format!("found '{t}', expected m (male) or f (female)"),
            )),
        }
    }

    /// The cell (group × sex × age) of `layout` this row is about; a group the layout does
    /// not have is refused with the groups it has.
    pub(crate) fn cell(&self, layout: &Layout) -> Result<usize, ParameterError> {
        let code = self.text("nat");
        let g = layout
            .groups
            .iter()
            .position(|g| g == code)
            .ok_or_else(|| {
                self.error(
                    Some("nat"),
                    format!(
                        "the group '{code}' is not in the parameters (their groups: {})",
                        layout.groups.join(", ")
                    ),
                )
            })?;
        Ok(layout.index(g, self.sex()?, self.age()?))
    }
}

fn csv_error(source: &str, e: csv::Error) -> ParameterError {
    let line = e.position().map(|p| p.line());
    let message = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => {
            "the text is not UTF-8: save the file as UTF-8 (in Excel: \"CSV UTF-8\")".to_string()
        }
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!(
                "this row has {len} fields and the header {expected_len}: check for a stray separator or a missing value"
            )
        }
        _ => e.to_string(),
    };
    ParameterError {
        file: source.to_string(),
        line,
        column: None,
        message,
    }
}

pub(crate) fn rows<'h>(
    header: &'h Header,
    reader: &mut csv::Reader<&[u8]>,
) -> Result<Vec<Row<'h>>, ParameterError> {
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&header.source, e))?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        out.push(Row {
            header,
            record,
            line,
        });
    }
    if out.is_empty() {
        return Err(ParameterError {
            file: header.source.clone(),
            line: None,
            column: None,
            message: "the file has a header and no rows".into(),
        });
    }
    Ok(out)
}

/// What one parameter row says, before the rows are put together.
struct Cell {
    line: u64,
    year: i32,
    group: String,
    sex: Sex,
    sex_code: String,
    age: usize,
    rates: Rates,
    start_n: Option<f64>,
}

fn parse_cell(row: &Row<'_>) -> Result<Cell, ParameterError> {
    let mut rates = Rates::default();
    for column in RATE_COLUMNS {
        let v = row.number(column)?;
        if AT_MOST_ONE.contains(&column) && v > 1.0 {
            return Err(row.error(
                Some(column),
                format!("found {v}: a rate or share cannot exceed 1 (write 0.012, not 1.2 %)"),
            ));
        }
        set_rate(&mut rates, column, v);
    }
    rates.acq_as_count = rates.acq;
    if rates.emi_int + rates.emi_nat + rates.acq > 1.0 {
        return Err(row.error(
            Some("emi_int"),
            "emigration abroad, departures and naturalisation together exceed 1: more people would leave than live here",
        ));
    }
    let start_n = match row.header.has("start_n") && !row.text("start_n").is_empty() {
        true => Some(row.number("start_n")?),
        false => None,
    };
    let group = row.text("nat");
    if group.is_empty() {
        return Err(row.error(
            Some("nat"),
            "the nationality group is empty: give its code (e.g. ch, int)",
        ));
    }
    Ok(Cell {
        line: row.line,
        year: row.year()?,
        group: group.to_string(),
        sex: row.sex()?,
        sex_code: row.text("sex").to_string(),
        age: row.age()?,
        rates,
        start_n,
    })
}

/// Reads every scenario in a parameter file (one per `scen` × `spatial_unit`).
///
/// `nationals` names the group that receives the naturalised; without it, it is the one
/// group whose `acq` is zero throughout.
pub fn read_parameters(
    text: &str,
    source: &str,
    nationals: Option<&str>,
) -> Result<Vec<Scenario>, ParameterError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let header = Header::read(source, &mut reader)?;
    let mut needed = vec!["year", "nat", "sex", "age"];
    needed.extend(RATE_COLUMNS);
    header.require(&needed)?;
    let mut by_scenario: BTreeMap<(String, String), Vec<Cell>> = BTreeMap::new();
    let mut order = Vec::new();
    for row in rows(&header, &mut reader)? {
        let key = (
            row.text_or("scen", "scenario").to_string(),
            row.text_or("spatial_unit", "").to_string(),
        );
        let cell = parse_cell(&row)?;
        if !by_scenario.contains_key(&key) {
            order.push(key.clone());
        }
        by_scenario.entry(key).or_default().push(cell);
    }
    order
        .into_iter()
        .map(|key| {
            let cells = by_scenario.remove(&key).unwrap_or_default();
            assemble(source, key, cells, nationals)
        })
        .collect()
}

fn assemble(
    source: &str,
    (name, area): (String, String),
    cells: Vec<Cell>,
    nationals: Option<&str>,
) -> Result<Scenario, ParameterError> {
    let err = |line: Option<u64>, column: Option<&str>, message: String| ParameterError {
        file: source.to_string(),
        line,
        column: column.map(str::to_string),
        message,
    };
    let layout = layout_of(source, &name, &cells, nationals)?;
    let years: BTreeSet<i32> = cells.iter().map(|c| c.year).collect();
    let first = *years.iter().next().unwrap_or(&0);
    if let Some(gap) = years
        .iter()
        .zip(years.iter().skip(1))
        .find(|(a, b)| **b != **a + 1)
    {
        let line = cells.iter().find(|c| c.year == *gap.1).map(|c| c.line);
        return Err(err(
            line,
            Some("year"),
            format!(
                "scenario '{name}': the years jump from {} to {}: give every year in between",
                gap.0, gap.1
            ),
        ));
    }
    let mut table: BTreeMap<i32, Vec<Option<Rates>>> = years
        .iter()
        .map(|y| (*y, vec![None; layout.cells()]))
        .collect();
    let mut start = vec![None; layout.cells()];
    for c in &cells {
        let g = layout
            .groups
            .iter()
            .position(|g| *g == c.group)
            .unwrap_or(0);
        let i = layout.index(g, c.sex, c.age);
        let slot = &mut table.get_mut(&c.year).expect("every year has a table")[i];
        if slot.is_some() {
            return Err(err(
                Some(c.line),
                None,
                format!(
                    "scenario '{name}', {} {} {} age {}: this cell is given twice",
                    c.year, c.group, c.sex_code, c.age
                ),
            ));
        }
        *slot = Some(c.rates);
        if c.year == first {
            start[i] = c.start_n;
        }
    }
    let mut out = Vec::with_capacity(table.len());
    for (year, slots) in table {
        let mut rates = Vec::with_capacity(slots.len());
        for ((g, s, a), slot) in layout.each().zip(slots) {
            match slot {
                Some(r) => rates.push(r),
                None => {
                    let last = cells
                        .iter()
                        .filter(|c| c.year == year)
                        .map(|c| c.line)
                        .max();
                    return Err(err(
                        last,
                        Some("age"),
                        format!(
                            "scenario '{name}', {year}, group {} sex {}: age {a} is missing; every year needs ages 0 to {MAX_AGE} for each group and sex",
                            layout.groups[g], layout.sex_codes[s as usize]
                        ),
                    ));
                }
            }
        }
        out.push(YearRates { year, cells: rates });
    }
    // Without start_n the caller supplies a population; a partly given start_n is a mistake.
    let given = start.iter().filter(|s| s.is_some()).count();
    let start = if given == 0 {
        Vec::new()
    } else if given < start.len() - layout.groups.len() * 2 {
        return Err(err(
            None,
            Some("start_n"),
            format!(
                "scenario '{name}': start_n is given for only {given} of the {} cells of {first}: give it for every cell, or leave the column empty and pass a start population",
                start.len()
            ),
        ));
    } else {
        start.into_iter().map(|s| s.unwrap_or(0.0)).collect()
    };
    Ok(Scenario {
        name,
        area,
        layout,
        years: out,
        start,
    })
}

/// The groups (in order of appearance), the sex codes, and which group is the nationals.
fn layout_of(
    source: &str,
    scenario: &str,
    cells: &[Cell],
    nationals: Option<&str>,
) -> Result<Layout, ParameterError> {
    let mut groups: Vec<String> = Vec::new();
    let mut sex_codes = [String::from("m"), String::from("f")];
    for c in cells {
        if !groups.contains(&c.group) {
            groups.push(c.group.clone());
        }
        sex_codes[c.sex as usize] = c.sex_code.clone();
    }
    let err = |message: String| ParameterError {
        file: source.to_string(),
        line: None,
        column: Some("nat".into()),
        message,
    };
    let nationals = match nationals {
        Some(code) => groups.iter().position(|g| g == code).ok_or_else(|| {
            err(format!("scenario '{scenario}': the nationals group '{code}' is not in the file (its groups: {})", groups.join(", ")))
        })?,
        None => {
            let never_naturalise: Vec<usize> =
                (0..groups.len()).filter(|g| cells.iter().filter(|c| c.group == groups[*g]).all(|c| c.rates.acq == 0.0)).collect();
            match never_naturalise.as_slice() {
                [one] => *one,
                _ => return Err(err(format!(
                    "scenario '{scenario}': cannot tell which group is the nationals (the one whose acq is 0 throughout): name it with --nationals (groups: {})",
                    groups.join(", ")
                ))),
            }
        }
    };
    Ok(Layout {
        groups,
        sex_codes,
        nationals,
    })
}

/// A population read from a file: the area (`spatial_unit`, empty for the whole file),
/// the year the file gives, and the count per cell of the layout.
pub type AreaPopulation = (String, Option<i32>, Vec<f64>);

/// Reads a population by group × sex × age (columns `nat,sex,age,n`, optionally `year` and
/// `spatial_unit`) for `layout`. Returns one array per `spatial_unit` (or one for the
/// whole file), with the year the file gives.
pub fn read_population(
    text: &str,
    source: &str,
    layout: &Layout,
) -> Result<Vec<AreaPopulation>, ParameterError> {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header = Header::read(source, &mut reader)?;
    header.require(&["nat", "sex", "age", "n"])?;
    let mut areas: Vec<(String, Option<i32>, Vec<Option<f64>>)> = Vec::new();
    for row in rows(&header, &mut reader)? {
        let area = row.text_or("spatial_unit", "").to_string();
        let year = if header.has("year") {
            Some(row.year()?)
        } else {
            None
        };
        let i = row.cell(layout)?;
        let n = row.number("n")?;
        let k = match areas.iter().position(|(a, _, _)| *a == area) {
            Some(k) => k,
            None => {
                areas.push((area.clone(), year, vec![None; layout.cells()]));
                areas.len() - 1
            }
        };
        if areas[k].1 != year {
            return Err(row.error(
                Some("year"),
                "a population file holds one year: split it by year",
            ));
        }
        if areas[k].2[i].replace(n).is_some() {
            return Err(row.error(None, "this group, sex and age is given twice"));
        }
    }
    areas
        .into_iter()
        .map(|(area, year, cells)| {
            let missing = layout.each().zip(&cells).find(|(_, v)| v.is_none());
            if let Some(((g, s, a), _)) = missing {
                return Err(ParameterError {
                    file: source.to_string(),
                    line: None,
                    column: Some("age".into()),
                    message: format!(
                        "group {} sex {}: age {a} is missing; give ages 0 to {MAX_AGE}",
                        layout.groups[g], layout.sex_codes[s as usize]
                    ),
                });
            }
            Ok((
                area,
                year,
                cells.into_iter().map(|v| v.unwrap_or(0.0)).collect(),
            ))
        })
        .collect()
}

impl Scenario {
    /// Starts the scenario from `population`: counted on 31 December of the year before the
    /// first projected year (aged by one year, as STATPOP's year-end figures are), or on
    /// 1 January of the first year (taken as it is).
    pub fn starting_from(
        mut self,
        population: &[f64],
        year: Option<i32>,
    ) -> Result<Self, ParameterError> {
        let first = self.years.first().map(|y| y.year).unwrap_or(0);
        self.start = match year {
            Some(y) if y == first - 1 => super::age_one_year(&self.layout, population),
            Some(y) if y != first => {
                return Err(ParameterError {
                    file: "the start population".into(),
                    line: None,
                    column: Some("year".into()),
                    message: format!(
                        "it is of {y}; the scenario starts in {first}: give 31 December {} or 1 January {first}",
                        first - 1
                    ),
                });
            }
            _ => population.to_vec(),
        };
        Ok(self)
    }

    /// Checks that the scenario can run: a start population of the right shape.
    pub fn check(&self) -> Result<(), ParameterError> {
        if self.start.len() != self.layout.cells() {
            return Err(ParameterError {
                file: format!("scenario '{}'", self.name),
                line: None,
                column: Some("start_n".into()),
                message: "no start population: give start_n in the first year's rows, or a population file (--population)".into(),
            });
        }
        Ok(())
    }

    /// A named variant of this scenario with the adjustments applied to its parameters.
    pub fn adjusted(
        &self,
        name: &str,
        adjustments: &[Adjustment],
    ) -> Result<Scenario, ParameterError> {
        let mut out = self.clone();
        out.name = name.to_string();
        for adj in adjustments {
            let group = match &adj.group {
                None => None,
                Some(code) => Some(
                    self.layout
                        .groups
                        .iter()
                        .position(|g| g == code)
                        .ok_or_else(|| ParameterError {
                            file: "the adjustment".into(),
                            line: None,
                            column: None,
                            message: format!(
                                "'{adj}': there is no group '{code}' (groups: {})",
                                self.layout.groups.join(", ")
                            ),
                        })?,
                ),
            };
            for year in out.years.iter_mut().filter(|y| adj.applies_in(y.year)) {
                for ((g, _, _), r) in self.layout.each().zip(year.cells.iter_mut()) {
                    if group.is_none_or(|only| only == g) {
                        adj.apply(r);
                    }
                }
                if year.cells.iter().any(|r| {
                    r.mor > 1.0 || r.birthrate > 1.0 || r.emi_int + r.emi_nat + r.acq > 1.0
                }) {
                    return Err(ParameterError {
                        file: "the adjustment".into(),
                        line: None,
                        column: None,
                        message: format!(
                            "'{adj}' makes a rate exceed 1 in {}: choose a smaller factor",
                            year.year
                        ),
                    });
                }
            }
        }
        Ok(out)
    }
}

/// A part of the demographic balance that an adjustment scales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Component {
    Fertility,
    Mortality,
    /// Emigration abroad and departures to other regions.
    Emigration,
    /// Immigrants from abroad and arrivals from other regions.
    Immigration,
    Naturalisation,
}

impl Component {
    pub const ALL: [Component; 5] = [
        Component::Fertility,
        Component::Mortality,
        Component::Emigration,
        Component::Immigration,
        Component::Naturalisation,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Component::Fertility => "fertility",
            Component::Mortality => "mortality",
            Component::Emigration => "emigration",
            Component::Immigration => "immigration",
            Component::Naturalisation => "naturalisation",
        }
    }
}

/// "Immigration × 1.2 from 2027", "naturalisation × 2 for the group int".
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Adjustment {
    pub component: Component,
    pub factor: f64,
    /// First year it applies (inclusive); from the start when absent.
    pub from: Option<i32>,
    /// Last year it applies (inclusive); to the end when absent.
    pub until: Option<i32>,
    /// Only this group; every group when absent.
    pub group: Option<String>,
}

impl Adjustment {
    fn applies_in(&self, year: i32) -> bool {
        self.from.is_none_or(|f| year >= f) && self.until.is_none_or(|u| year <= u)
    }

    fn apply(&self, r: &mut Rates) {
        let k = self.factor;
        match self.component {
            Component::Fertility => r.birthrate *= k,
            Component::Mortality => r.mor *= k,
            Component::Emigration => {
                r.emi_int *= k;
                r.emi_nat *= k;
            }
            Component::Immigration => {
                r.imm_int_n *= k;
                r.imm_nat_n *= k;
            }
            Component::Naturalisation => {
                r.acq *= k;
                r.acq_as_count *= k;
            }
        }
    }
}

impl fmt::Display for Adjustment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}*{}", self.component.code(), self.factor)?;
        match (self.from, self.until) {
            (Some(a), Some(b)) => write!(f, "@{a}-{b}")?,
            (Some(a), None) => write!(f, "@{a}")?,
            (None, Some(b)) => write!(f, "@-{b}")?,
            (None, None) => {}
        }
        if let Some(g) = &self.group {
            write!(f, ":{g}")?;
        }
        Ok(())
    }
}

impl std::str::FromStr for Adjustment {
    type Err = ParameterError;

    /// `COMPONENT*FACTOR[@FROM[-UNTIL]][:GROUP]`, e.g. `immigration*1.2@2027`,
    /// `naturalisation*2:int`, `fertility*0.9@2030-2040`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |message: String| ParameterError {
            file: "the adjustment".into(),
            line: None,
            column: None,
            message,
        };
        let usage = "write COMPONENT*FACTOR[@FROM[-UNTIL]][:GROUP], e.g. immigration*1.2@2027 or naturalisation*2:int";
        let (rest, group) = match s.split_once(':') {
            Some((r, g)) => (r, Some(g.trim().to_string())),
            None => (s, None),
        };
        let (rest, years) = match rest.split_once('@') {
            Some((r, y)) => (r, Some(y.trim())),
            None => (rest, None),
        };
        let (component, factor) = rest
            .split_once('*')
            .ok_or_else(|| err(format!("'{s}': {usage}")))?;
        let component = Component::ALL
            .into_iter()
            .find(|c| c.code() == component.trim().to_ascii_lowercase() || (c.code() == "naturalisation" && component.trim() == "naturalization"))
            .ok_or_else(|| err(format!("'{s}': no component '{}'; the components are fertility, mortality, emigration, immigration, naturalisation", component.trim())))?;
        let factor: f64 = factor
            .trim()
            .parse()
            .ok()
            .filter(|f: &f64| f.is_finite() && *f >= 0.0)
            .ok_or_else(|| {
                err(format!(
                    "'{s}': the factor '{}' is not a number of 0 or more",
                    factor.trim()
                ))
            })?;
        let year = |t: &str| {
            t.trim()
                .parse::<i32>()
                .map_err(|_| err(format!("'{s}': '{t}' is not a year; {usage}")))
        };
        let (from, until) = match years {
            None => (None, None),
            Some(y) => match y.split_once('-') {
                Some(("", b)) => (None, Some(year(b)?)),
                Some((a, b)) => (Some(year(a)?), Some(year(b)?)),
                None => (Some(year(y)?), None),
            },
        };
        Ok(Adjustment {
            component,
            factor,
            from,
            until,
            group,
        })
    }
}
