//! Indicators of microdata (`indicators/<id>.toml`): SQL conditions over canonical columns,
//! estimated by the engine. The schema is in `catalogue/README.md`.

use crate::error::{CatalogueError, Result, line_of_key, parse};
use crate::{Area, SourceFile};
use serde::Deserialize;
use std::path::PathBuf;

/// What an indicator estimates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// 100 × weighted numerator ÷ weighted universe.
    Rate,
    /// Same as a rate (a share of a stock rather than of a flow).
    Share,
    /// Weighted mean of `value` over the universe.
    Mean,
    /// Weighted median of `value` over the universe.
    Median,
    /// Median of the group ÷ median of the reference group in the same cell.
    RatioOfMedians,
    /// Weighted number of persons in universe ∧ numerator (a population estimate).
    Total,
    /// Unweighted number of sample persons in universe ∧ numerator.
    Count,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Rate => "rate",
            Kind::Share => "share",
            Kind::Mean => "mean",
            Kind::Median => "median",
            Kind::RatioOfMedians => "ratio_of_medians",
            Kind::Total => "total",
            Kind::Count => "count",
        }
    }
    /// Kinds estimated from the weight sums of the one-pass aggregate.
    pub fn from_sums(self) -> bool {
        !matches!(self, Kind::Median | Kind::RatioOfMedians)
    }
}

/// How the gap to the reference group is expressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GapKind {
    /// Group value − reference value.
    PercentagePoints,
    /// Group value ÷ reference value.
    Ratio,
    /// No gap.
    None,
}

impl GapKind {
    pub fn as_str(self) -> &'static str {
        match self {
            GapKind::PercentagePoints => "percentage_points",
            GapKind::Ratio => "ratio",
            GapKind::None => "none",
        }
    }
}

/// The group the others are compared with.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// Dimension name (`citizenship`, `country_of_birth`).
    pub dimension: String,
    /// Model code of the reference group (`NAT`: nationals / natives).
    pub code: String,
    pub gap: GapKind,
}

/// One indicator of the catalogue.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub name: String,
    /// One of the catalogue's thematic areas (`areas.toml`).
    pub area: String,
    pub version: u32,
    pub kind: Kind,
    pub definition: String,
    /// SQL boolean expression over canonical columns: who is in the denominator.
    pub universe: String,
    /// SQL boolean expression: who is counted in the numerator (rates, shares, totals).
    #[serde(default)]
    pub numerator: Option<String>,
    /// SQL numeric expression: the variable of a mean or median.
    #[serde(default)]
    pub value: Option<String>,
    pub unit: String,
    /// Default disaggregations (`citizenship`, `country_of_birth`, `sex`, `age`).
    #[serde(default)]
    pub disaggregations: Vec<String>,
    #[serde(default)]
    pub reference: Option<Reference>,
    /// Where it was read from (for error messages).
    #[serde(skip)]
    pub file: PathBuf,
}

impl Indicator {
    /// Parses and checks one indicator file; its area must be one of `areas`.
    pub(crate) fn parse(file: &SourceFile, areas: &[Area]) -> Result<Indicator> {
        let text = &file.text;
        let err = |key: &str, message: String| CatalogueError::Invalid {
            file: file.location.clone(),
            line: line_of_key(text, key),
            message,
        };
        let mut ind: Indicator = parse(text, &file.location)?;
        ind.file = PathBuf::from(&file.location);
        if !areas.iter().any(|a| a.id == ind.area) {
            return Err(err(
                "area",
                format!(
                    "area '{}' is not one of the catalogue's areas ({}); add it to areas.toml or use one of them",
                    ind.area,
                    areas
                        .iter()
                        .map(|a| a.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
        match ind.kind {
            Kind::Rate | Kind::Share | Kind::Total | Kind::Count if ind.numerator.is_none() => {
                return Err(err(
                    "kind",
                    format!(
                        "a {} needs `numerator` (an SQL condition)",
                        ind.kind.as_str()
                    ),
                ));
            }
            Kind::Mean | Kind::Median | Kind::RatioOfMedians if ind.value.is_none() => {
                return Err(err(
                    "kind",
                    format!("a {} needs `value` (an SQL expression)", ind.kind.as_str()),
                ));
            }
            Kind::RatioOfMedians if ind.reference.is_none() => {
                return Err(err(
                    "kind",
                    "a ratio_of_medians needs a [reference] group".into(),
                ));
            }
            _ => {}
        }
        let stem = file.stem();
        if !stem.is_empty() && stem != ind.id {
            return Err(err(
                "id",
                format!(
                    "the file name should be the indicator id: '{}' ≠ '{}'; rename the file or the id",
                    stem, ind.id
                ),
            ));
        }
        Ok(ind)
    }

    pub fn file_name(&self) -> String {
        self.file.display().to_string()
    }
}
