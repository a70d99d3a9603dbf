//! The features of a city's context profile (`peers/features.toml`): what each is called
//! and means, its role, which direction is better and its default weight. How a value is
//! computed is code (the `peers` crate); that crate also checks that every feature it
//! computes is described here.

use crate::SourceFile;
use crate::error::{CatalogueError, Result, line_of_key, parse};
use serde::{Deserialize, Serialize};

/// What a feature says about a city.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// What the city is like (size, growth, migrant population, students).
    Context,
    /// How its migrant population came about (change of the foreign-born share).
    History,
    /// How well things go (labour market, opinion): used for mentors and benchmarks.
    Outcome,
}

/// Which direction of an indicator is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Better {
    Higher,
    Lower,
    /// Neither: a context, not an achievement (a large city is not better than a small one).
    Neither,
}

impl Better {
    /// +1 when higher is better, −1 when lower is, 0 otherwise.
    pub fn sign(self) -> f64 {
        match self {
            Better::Higher => 1.0,
            Better::Lower => -1.0,
            Better::Neither => 0.0,
        }
    }
}

/// One feature of the file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeatureInfo {
    pub name: String,
    pub label: String,
    pub unit: String,
    pub role: Role,
    pub better: Better,
    /// Weight in the default peer distance.
    pub weight: f64,
    pub typology: bool,
    /// Compared on the logarithm.
    pub log: bool,
    pub definition: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FeaturesFile {
    feature: Vec<FeatureInfo>,
}

/// Parses and checks `peers/features.toml`.
pub(crate) fn parse_features(file: &SourceFile) -> Result<Vec<FeatureInfo>> {
    let parsed: FeaturesFile = parse(&file.text, &file.location)?;
    // Checks name the line of the feature's `name = "…"`: the n-th such line is the n-th feature.
    let name_line = |i: usize| {
        file.text
            .lines()
            .enumerate()
            .filter(|(_, l)| line_of_key(l, "name").is_some())
            .nth(i)
            .map(|(n, _)| n + 1)
    };
    for (i, f) in parsed.feature.iter().enumerate() {
        let err = |message: String| CatalogueError::Invalid {
            file: file.location.clone(),
            line: name_line(i),
            message,
        };
        if !(f.weight.is_finite() && f.weight >= 0.0) {
            return Err(err(format!(
                "feature '{}': weight {} must be 0 or more",
                f.name, f.weight
            )));
        }
        if (f.role == Role::Outcome) != (f.better != Better::Neither) {
            return Err(err(format!(
                "feature '{}': outcomes, and only outcomes, say which direction is better (better = \"higher\" or \"lower\"; \"neither\" for context and history)",
                f.name
            )));
        }
        if parsed.feature[..i].iter().any(|g| g.name == f.name) {
            return Err(err(format!(
                "feature '{}' is described twice: keep one",
                f.name
            )));
        }
    }
    Ok(parsed.feature)
}
