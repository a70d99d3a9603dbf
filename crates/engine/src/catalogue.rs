//! The indicator catalogue and source mappings, as data.
//!
//! An indicator (`catalogue/indicators/<id>.toml`) is defined over *canonical* column names
//! (`age`, `activity`, `poverty`, …) by SQL boolean expressions: its `universe` (who is
//! counted in the denominator) and `numerator`. A mapping (`catalogue/mappings/<id>.toml`)
//! says how one source provides those canonical columns (SQL expressions over the source's
//! own columns), which columns hold the weight, replicate weights, strata and PSUs, and how
//! the source's codes map onto the model's population groups. So a user adds an indicator,
//! or a source, by writing a TOML file: nothing is recompiled. The schema is documented in
//! `catalogue/README.md`.

use crate::{EngineError, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

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
    /// employment, education, social_inclusion, health, housing, active_citizenship,
    /// public_opinion, use_of_services.
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

pub const AREAS: &[&str] = &[
    "employment",
    "education",
    "social_inclusion",
    "health",
    "housing",
    "active_citizenship",
    "public_opinion",
    "use_of_services",
];

impl Indicator {
    /// Parses and checks one indicator file's text.
    pub fn parse(text: &str, file: &Path) -> Result<Indicator> {
        let err = |message: String| EngineError::Catalogue {
            path: file.display().to_string(),
            message,
        };
        let mut ind: Indicator = toml::from_str(text).map_err(|e| err(e.to_string()))?;
        ind.file = file.to_path_buf();
        if !AREAS.contains(&ind.area.as_str()) {
            return Err(err(format!(
                "area '{}' is not one of {}",
                ind.area,
                AREAS.join(", ")
            )));
        }
        match ind.kind {
            Kind::Rate | Kind::Share | Kind::Total | Kind::Count if ind.numerator.is_none() => {
                return Err(err(format!(
                    "a {} needs `numerator` (an SQL condition)",
                    ind.kind.as_str()
                )));
            }
            Kind::Mean | Kind::Median | Kind::RatioOfMedians if ind.value.is_none() => {
                return Err(err(format!(
                    "a {} needs `value` (an SQL expression)",
                    ind.kind.as_str()
                )));
            }
            Kind::RatioOfMedians if ind.reference.is_none() => {
                return Err(err("a ratio_of_medians needs a [reference] group".into()));
            }
            _ => {}
        }
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if !stem.is_empty() && stem != ind.id {
            return Err(err(format!(
                "the file name should be the indicator id: '{}' ≠ '{}'",
                stem, ind.id
            )));
        }
        Ok(ind)
    }

    pub fn file_name(&self) -> String {
        self.file.display().to_string()
    }
}

/// The whole catalogue: its version and indicators (sorted by id).
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub version: String,
    pub indicators: Vec<Indicator>,
    /// The catalogue folder (holds `indicators/` and `mappings/`).
    pub root: PathBuf,
}

#[derive(Deserialize)]
struct CatalogueFile {
    version: String,
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| EngineError::Catalogue {
        path: path.display().to_string(),
        message: e.to_string(),
    })
}

impl Catalogue {
    /// Reads `root/catalogue.toml` and every `root/indicators/*.toml`.
    pub fn load(root: &Path) -> Result<Catalogue> {
        let meta_path = root.join("catalogue.toml");
        let meta: CatalogueFile =
            toml::from_str(&read(&meta_path)?).map_err(|e| EngineError::Catalogue {
                path: meta_path.display().to_string(),
                message: e.to_string(),
            })?;
        let dir = root.join("indicators");
        let entries = std::fs::read_dir(&dir).map_err(|e| EngineError::Catalogue {
            path: dir.display().to_string(),
            message: e.to_string(),
        })?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        let mut indicators = Vec::with_capacity(files.len());
        for f in files {
            indicators.push(Indicator::parse(&read(&f)?, &f)?);
        }
        Ok(Catalogue {
            version: meta.version,
            indicators,
            root: root.to_path_buf(),
        })
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// Reads `root/mappings/<name>.toml` (or `name` itself when it is a path to a file).
    pub fn mapping(&self, name: &str) -> Result<Mapping> {
        let p = Path::new(name);
        let path = if p.extension().is_some_and(|x| x == "toml") && p.exists() {
            p.to_path_buf()
        } else {
            self.root.join("mappings").join(format!("{name}.toml"))
        };
        if !path.exists() {
            let known: Vec<String> = std::fs::read_dir(self.root.join("mappings"))
                .map(|d| {
                    d.filter_map(|e| e.ok())
                        .filter_map(|e| {
                            let p = e.path();
                            let text = std::fs::read_to_string(&p).ok()?;
                            // only engine mappings (they have a [design])
                            text.contains("[design]")
                                .then(|| p.file_stem()?.to_str().map(String::from))
                                .flatten()
                        })
                        .collect()
                })
                .unwrap_or_default();
            return Err(EngineError::Mapping {
                mapping: name.into(),
                message: format!(
                    "no file {} (known mappings: {})",
                    path.display(),
                    known.join(", ")
                ),
            });
        }
        Mapping::parse(&read(&path)?, &path)
    }
}

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
    pub fn parse(text: &str, file: &Path) -> Result<Mapping> {
        let err = |message: String| EngineError::Mapping {
            mapping: file.display().to_string(),
            message,
        };
        let mut m: Mapping = toml::from_str(text).map_err(|e| err(e.to_string()))?;
        m.file = file.to_path_buf();
        let d = &m.design;
        match d.method {
            DesignMethod::Taylor => {
                if d.replicates.is_some() {
                    return Err(err(
                        "a Taylor design takes strata/psu, not replicates".into()
                    ));
                }
            }
            _ => {
                if d.replicates.as_ref().is_none_or(|r| r.count < 2) {
                    return Err(err(
                        "a replicate design needs `replicates = { prefix = \"…\", count = R }` with R ≥ 2".into(),
                    ));
                }
            }
        }
        if d.method == DesignMethod::Fay && d.rho.is_none_or(|r| !(0.0..1.0).contains(&r)) {
            return Err(err("Fay's BRR needs `rho` in [0, 1)".into()));
        }
        for (name, dim) in &m.dimensions {
            if dim.codes.is_empty() == dim.bands.is_empty() {
                return Err(err(format!(
                    "dimension '{name}' needs either `codes` or `bands`"
                )));
            }
            for b in &dim.bands {
                if model::AgeBand::from_code(b).is_none() {
                    return Err(err(format!(
                        "dimension '{name}': '{b}' is not an age band code (Y16-24, Y_GE65, Y_LT25)"
                    )));
                }
            }
            if model_dimension(name).is_none() {
                return Err(err(format!(
                    "dimension '{name}' is not one of citizenship, country_of_birth, sex, age, migration_background, permit_reason, duration_of_stay"
                )));
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
