//! `outlook.toml`: the series a place's profile looks ahead on (forecasts, progress).

use crate::SourceFile;
use crate::error::{CatalogueError, Result, line_of_key, parse};
use serde::{Deserialize, Serialize};

/// One series to look ahead on.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OutlookSeries {
    pub dataset: String,
    pub variable: String,
    pub label: String,
    /// `city` (the place itself) or `country` (its country).
    pub level: String,
    /// The stored group key; empty for everybody.
    #[serde(default)]
    pub group: String,
    /// Dimensions changed for the gap (`citizen=NAT`).
    #[serde(default)]
    pub gap_to: Option<String>,
    /// `up`, `down`, `close` or `neither`.
    pub direction: String,
    /// `non-negative`, `percent` or `none`.
    pub bounds: String,
    pub horizon: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutlookFile {
    #[serde(default)]
    series: Vec<OutlookSeries>,
}

/// Parses and checks `outlook.toml` (its values are words the web turns into methods).
pub(crate) fn parse_outlook(file: &SourceFile) -> Result<Vec<OutlookSeries>> {
    let parsed: OutlookFile = parse(&file.text, &file.location)?;
    let err = |key: &str, message: String| CatalogueError::Invalid {
        file: file.location.clone(),
        line: line_of_key(&file.text, key),
        message,
    };
    for s in &parsed.series {
        let allowed = |value: &str, key: &str, options: &[&str]| {
            if options.contains(&value) {
                Ok(())
            } else {
                Err(err(
                    key,
                    format!(
                        "{key} = '{value}' (series '{}'): use one of {}",
                        s.label,
                        options.join(", ")
                    ),
                ))
            }
        };
        allowed(&s.level, "level", &["city", "country"])?;
        allowed(
            &s.direction,
            "direction",
            &["up", "down", "close", "neither"],
        )?;
        allowed(&s.bounds, "bounds", &["non-negative", "percent", "none"])?;
        if s.horizon == 0 || s.horizon > 10 {
            return Err(err(
                "horizon",
                format!(
                    "horizon = {} (series '{}'): give 1 to 10 periods",
                    s.horizon, s.label
                ),
            ));
        }
        if s.gap_to.is_some() && s.direction != "close" {
            return Err(err(
                "gap_to",
                format!("series '{}' is a gap: its direction must be close", s.label),
            ));
        }
    }
    Ok(parsed.series)
}
