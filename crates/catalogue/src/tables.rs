//! Aggregate tables (`tables/<dataset>.toml`): published statistics such as Eurostat's, as
//! the store holds them after an import — what their variables are called, their units,
//! thematic area and reference group, and whether and how the web shows them on city
//! profiles and on the compare page. The thematic areas themselves are `areas.toml`.

use crate::SourceFile;
use crate::error::{CatalogueError, Result, line_of_key, parse};
use model::Dimension;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A thematic area: figures are grouped by it on city profiles and the indicator page.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    pub label: String,
    /// Datasets without a table file whose name starts with one of these belong here
    /// (the city's uploads, neighbourhood tables, computed estimates, other extractions).
    #[serde(default)]
    pub datasets: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AreasFile {
    /// The area of a dataset nothing else places.
    default: String,
    area: Vec<Area>,
}

/// Parses `areas.toml`: the areas, and the index of the default one.
pub(crate) fn parse_areas(file: &SourceFile) -> Result<(Vec<Area>, usize)> {
    let parsed: AreasFile = parse(&file.text, &file.location)?;
    let err = |key: &str, message: String| CatalogueError::Invalid {
        file: file.location.clone(),
        line: line_of_key(&file.text, key),
        message,
    };
    for (i, a) in parsed.area.iter().enumerate() {
        if parsed.area[..i].iter().any(|b| b.id == a.id) {
            return Err(err("id", format!("area '{}' is defined twice", a.id)));
        }
    }
    let default = parsed
        .area
        .iter()
        .position(|a| a.id == parsed.default)
        .ok_or_else(|| {
            err(
                "default",
                format!(
                    "default = '{}' is not one of the areas below it",
                    parsed.default
                ),
            )
        })?;
    Ok((parsed.area, default))
}

/// The geographic level of a table's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Figures of cities (Urban Audit): shown among the city's own indicators.
    #[default]
    City,
    /// National figures (the EU Labour Force Survey, EU-SILC): the context of a city.
    Country,
}

/// One variable of a table.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variable {
    /// The code as stored (`DE1001V`; the dataset id for tables of one variable).
    pub code: String,
    /// Its name for people.
    pub label: String,
    #[serde(default)]
    pub unit: Option<String>,
}

/// The comparison group of a table's figures (the gap is measured against it).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableReference {
    /// `citizenship` or `country_of_birth`.
    pub dimension: String,
    /// `NAT`: nationals, or the native-born.
    pub code: String,
}

/// How a city profile shows a table.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileView {
    /// The table's figures for the city's country, by group, under "Migrants and nationals
    /// in <country>".
    #[serde(default)]
    pub national: bool,
    /// Whether the profile lists the table's rows among the city's figures. `false` for a
    /// table a person cannot read row by row (a survey's hundreds of answer codes): the
    /// profile shows its summary instead, and every row stays in the downloads and the API.
    #[serde(default = "yes")]
    pub rows: bool,
}

fn yes() -> bool {
    true
}

impl Default for ProfileView {
    fn default() -> ProfileView {
        ProfileView {
            national: false,
            rows: true,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCompare {
    order: i64,
    variable: String,
    title: String,
    by: String,
    #[serde(default)]
    group: BTreeMap<String, String>,
    #[serde(default)]
    breakdown: String,
    #[serde(default)]
    groups: Option<Vec<String>>,
    unit: String,
    decimals: usize,
}

/// The groups compared when a table does not say: nationals (or the native-born), citizens
/// of (born in) another EU country, and non-EU citizens (born outside the EU).
pub const DEFAULT_GROUPS: [&str; 3] = ["NAT", "EU27_2020_FOR", "NEU27_2020_FOR"];

/// How the compare page charts a table: one series of figures by group, nationally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareView {
    /// Position on the page (smaller first).
    pub order: i64,
    pub variable: String,
    pub title: String,
    /// The dimension of the groups compared.
    pub by: Dimension,
    /// The rest of each group (`age = "Y20-64"`).
    pub rest: Vec<(Dimension, String)>,
    /// The breakdown key (`isced11=ED5-8`), empty for none.
    pub breakdown: String,
    /// Codes of the groups compared, in order.
    pub groups: Vec<String>,
    pub unit: String,
    pub decimals: usize,
}

impl CompareView {
    /// The unit as written after a number: `12.5%`, `21,000 EUR`.
    pub fn suffix(&self) -> String {
        if self.unit == "%" || self.unit.is_empty() {
            self.unit.clone()
        } else {
            format!(" {}", self.unit)
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    dataset: String,
    name: String,
    area: String,
    #[serde(default)]
    level: Level,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    reference: Option<TableReference>,
    #[serde(default)]
    variable: Vec<Variable>,
    #[serde(default)]
    other_variables: Option<String>,
    #[serde(default)]
    profile: ProfileView,
    #[serde(default)]
    compare: Option<RawCompare>,
}

/// An aggregate table of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The dataset id in the store (`lfsa_ergan`); the file name is this id.
    pub dataset: String,
    pub name: String,
    /// One of the catalogue's areas.
    pub area: String,
    pub level: Level,
    pub source: Option<String>,
    pub reference: Option<TableReference>,
    pub variables: Vec<Variable>,
    /// The label of a variable not listed, with `{code}` for its code
    /// (`Quality of Life survey, question {code}`).
    pub other_variables: Option<String>,
    pub profile: ProfileView,
    pub compare: Option<CompareView>,
    pub file: PathBuf,
}

fn dimension(name: &str) -> Option<Dimension> {
    Dimension::from_column(name)
}

impl Table {
    /// Parses and checks one table file; its area must be one of `areas`.
    pub(crate) fn parse(file: &SourceFile, areas: &[Area]) -> Result<Table> {
        let text = &file.text;
        let err = |key: &str, message: String| CatalogueError::Invalid {
            file: file.location.clone(),
            line: line_of_key(text, key),
            message,
        };
        let raw: RawTable = parse(text, &file.location)?;
        let stem = file.stem();
        if !stem.is_empty() && stem != raw.dataset {
            return Err(err(
                "dataset",
                format!(
                    "the file name should be the dataset id: '{stem}' ≠ '{}'; rename the file or the dataset",
                    raw.dataset
                ),
            ));
        }
        if !areas.iter().any(|a| a.id == raw.area) {
            return Err(err(
                "area",
                format!(
                    "area '{}' is not one of the catalogue's areas ({}); add it to areas.toml or use one of them",
                    raw.area,
                    areas
                        .iter()
                        .map(|a| a.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
        if let Some(r) = &raw.reference
            && dimension(&r.dimension).is_none()
        {
            return Err(err(
                "reference",
                format!(
                    "reference dimension '{}' is not a population dimension (citizenship, country_of_birth, sex, age, …)",
                    r.dimension
                ),
            ));
        }
        for (i, v) in raw.variable.iter().enumerate() {
            if raw.variable[..i].iter().any(|w| w.code == v.code) {
                return Err(err(
                    "code",
                    format!("variable '{}' is listed twice", v.code),
                ));
            }
        }
        if let Some(t) = &raw.other_variables
            && !t.contains("{code}")
        {
            return Err(err(
                "other_variables",
                format!(
                    "other_variables = '{t}' should contain {{code}}, where the variable's code goes"
                ),
            ));
        }
        let compare = match raw.compare {
            None => None,
            Some(c) => {
                let by = dimension(&c.by).ok_or_else(|| {
                    err(
                        "by",
                        format!(
                            "[compare] by = '{}' is not a population dimension: use citizenship or country_of_birth",
                            c.by
                        ),
                    )
                })?;
                let mut rest = Vec::new();
                for (k, v) in &c.group {
                    let d = dimension(k).ok_or_else(|| {
                        err(
                            "group",
                            format!(
                                "[compare] group: '{k}' is not a population dimension (age, sex, …)"
                            ),
                        )
                    })?;
                    if d == by {
                        return Err(err(
                            "group",
                            format!(
                                "[compare] group fixes '{k}', the dimension compared: leave it out"
                            ),
                        ));
                    }
                    rest.push((d, v.clone()));
                }
                if !c.breakdown.is_empty() && !c.breakdown.contains('=') {
                    return Err(err(
                        "breakdown",
                        format!(
                            "[compare] breakdown = '{}' should be key=value (isced11=ED5-8), or left out",
                            c.breakdown
                        ),
                    ));
                }
                let groups = c
                    .groups
                    .unwrap_or_else(|| DEFAULT_GROUPS.iter().map(|g| g.to_string()).collect());
                if groups.is_empty() {
                    return Err(err(
                        "groups",
                        "[compare] groups is empty: list the group codes to chart, or leave it out for nationals, EU and non-EU citizens".into(),
                    ));
                }
                Some(CompareView {
                    order: c.order,
                    variable: c.variable,
                    title: c.title,
                    by,
                    rest,
                    breakdown: c.breakdown,
                    groups,
                    unit: c.unit,
                    decimals: c.decimals,
                })
            }
        };
        Ok(Table {
            dataset: raw.dataset,
            name: raw.name,
            area: raw.area,
            level: raw.level,
            source: raw.source,
            reference: raw.reference,
            variables: raw.variable,
            other_variables: raw.other_variables,
            profile: raw.profile,
            compare,
            file: PathBuf::from(&file.location),
        })
    }

    /// The label of one of its variables, when the table names it.
    pub fn label(&self, code: &str) -> Option<String> {
        self.variables
            .iter()
            .find(|v| v.code == code)
            .map(|v| v.label.clone())
            .or_else(|| {
                self.other_variables
                    .as_ref()
                    .map(|t| t.replace("{code}", code))
            })
    }
}
