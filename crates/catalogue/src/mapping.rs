//! Source mappings of microdata (`mappings/<id>.toml`): how one source provides the
//! canonical columns, its weights and sample design, and how its codes map onto the model's
//! population groups.

use crate::error::{CatalogueError, Result, line_of_key, parse};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Variance estimation method of a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DesignMethod {
    Taylor,
    Jk1,
    Jkn,
    Brr,
    Fay,
    SuccessiveDifference,
    Bootstrap,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReplicateColumns {
    /// Replicate weight columns are `prefix1` … `prefix<count>`.
    pub prefix: String,
    pub count: usize,
}

/// The sample design of a source.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Design {
    pub method: DesignMethod,
    #[serde(default)]
    pub strata: Option<String>,
    #[serde(default)]
    pub psu: Option<String>,
    /// SQL expression giving the variance multiplier `1 - f_h` per row (constant in a stratum).
    #[serde(default)]
    pub fpc: Option<String>,
    #[serde(default)]
    pub replicates: Option<ReplicateColumns>,
    /// Fay's ρ.
    #[serde(default)]
    pub rho: Option<f64>,
    /// Said with every estimate (e.g. how the design was approximated).
    #[serde(default)]
    pub note: Option<String>,
}

/// One source code → one model code.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeMap {
    pub value: toml::Value,
    pub code: String,
}

/// How a disaggregation dimension is read from the source.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionMapping {
    /// Canonical column holding it.
    pub column: String,
    /// Source value → model code (categorical dimensions).
    #[serde(default)]
    pub codes: Vec<CodeMap>,
    /// Eurostat age-band codes (`Y16-24`, `Y_GE65`) for a numeric age column.
    #[serde(default)]
    pub bands: Vec<String>,
}

/// A source mapping.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    pub id: String,
    pub name: String,
    /// Geography the estimates belong to (country, region or city code).
    pub geo: String,
    pub period: String,
    #[serde(default)]
    pub source: Option<String>,
    /// SQL condition on source columns: rows outside it are not part of the population the
    /// weights describe (e.g. non-respondents with weight 0). Not a domain filter.
    #[serde(default)]
    pub filter: Option<String>,
    pub weight: String,
    pub design: Design,
    /// canonical column → SQL expression over the source's columns.
    pub columns: BTreeMap<String, String>,
    /// canonical column the source lacks → why.
    #[serde(default)]
    pub lacks: BTreeMap<String, String>,
    pub dimensions: BTreeMap<String, DimensionMapping>,
    #[serde(skip)]
    pub file: PathBuf,
}

impl Mapping {
    /// Parses and checks a mapping's text; `location` names the file in messages.
    pub fn parse(text: &str, location: &str) -> Result<Mapping> {
        let err = |key: &str, message: String| CatalogueError::Invalid {
            file: location.to_string(),
            line: line_of_key(text, key),
            message,
        };
        let mut m: Mapping = parse(text, location)?;
        m.file = PathBuf::from(location);
        let d = &m.design;
        match d.method {
            DesignMethod::Taylor => {
                if d.replicates.is_some() {
                    return Err(err(
                        "replicates",
                        "a Taylor design takes strata/psu, not replicates".into(),
                    ));
                }
            }
            _ => {
                if d.replicates.as_ref().is_none_or(|r| r.count < 2) {
                    return Err(err(
                        "method",
                        "a replicate design needs `replicates = { prefix = \"…\", count = R }` with R ≥ 2".into(),
                    ));
                }
            }
        }
        if d.method == DesignMethod::Fay && d.rho.is_none_or(|r| !(0.0..1.0).contains(&r)) {
            return Err(err("method", "Fay's BRR needs `rho` in [0, 1)".into()));
        }
        for (name, dim) in &m.dimensions {
            if dim.codes.is_empty() == dim.bands.is_empty() {
                return Err(err(
                    "column",
                    format!("dimension '{name}' needs either `codes` or `bands`"),
                ));
            }
            for b in &dim.bands {
                if model::AgeBand::from_code(b).is_none() {
                    return Err(err(
                        "bands",
                        format!(
                            "dimension '{name}': '{b}' is not an age band code (Y16-24, Y_GE65, Y_LT25)"
                        ),
                    ));
                }
            }
            if model_dimension(name).is_none() {
                return Err(err(
                    "column",
                    format!(
                        "dimension '{name}' is not one of citizenship, country_of_birth, sex, age, migration_background, permit_reason, duration_of_stay"
                    ),
                ));
            }
        }
        Ok(m)
    }

    /// Replicate weight column names, in order.
    pub fn replicate_columns(&self) -> Vec<String> {
        match &self.design.replicates {
            Some(r) => (1..=r.count)
                .map(|i| format!("{}{}", r.prefix, i))
                .collect(),
            None => Vec::new(),
        }
    }
}

/// The model dimension of a mapping's dimension name (`group` is an alias of citizenship).
pub fn model_dimension(name: &str) -> Option<model::Dimension> {
    if name == "group" {
        return Some(model::Dimension::Citizenship);
    }
    model::Dimension::from_column(name)
}

/// Renders a TOML scalar as an SQL literal.
pub fn sql_literal(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => format!("'{}'", s.replace('\'', "''")),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => format!("{f:?}"),
        toml::Value::Boolean(b) => b.to_string(),
        other => other.to_string(),
    }
}
