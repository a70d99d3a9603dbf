//! What each column of a statistical table is: place, time, people, or something else.

use model::{Dimension, GeoCode, Observation, PopulationGroup};
use std::collections::BTreeMap;

/// The role a source dimension plays in an observation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Geo,
    Frequency,
    Time,
    Population(Dimension),
    /// Names what is measured (`indic_ur`, `indic_il`, `indicator`).
    Variable,
    Unit,
    Breakdown,
}

pub(crate) fn role(id: &str) -> Role {
    let lower = id.trim().to_ascii_lowercase();
    match lower.as_str() {
        "geo" | "cities" | "ref_area" | "geography" | "city" | "area" | "geo_code" => Role::Geo,
        "freq" | "frequency" => Role::Frequency,
        "time_period" | "time" | "year" | "period" => Role::Time,
        "unit" | "unit_measure" | "units" => Role::Unit,
        "indicator" | "variable" | "series" => Role::Variable,
        l if l.starts_with("indic_") => Role::Variable,
        _ => match Dimension::from_column(&lower) {
            Some(d) => Role::Population(d),
            None => Role::Breakdown,
        },
    }
}

/// Collects one observation's key from (dimension id, code) pairs.
#[derive(Debug, Default)]
pub(crate) struct KeyBuilder {
    pub geo: Option<String>,
    pub variable: Option<String>,
    pub unit: Option<String>,
    pub group: PopulationGroup,
    pub breakdown: BTreeMap<String, String>,
}

impl KeyBuilder {
    pub fn add(&mut self, id: &str, code: &str) {
        self.add_as(role(id), id, code);
    }

    /// Like [`KeyBuilder::add`] with the role already known: readers classify their
    /// columns once, not once per row.
    pub fn add_as(&mut self, role: Role, id: &str, code: &str) {
        match role {
            Role::Geo => self.geo = Some(code.to_string()),
            Role::Frequency | Role::Time => {}
            Role::Population(d) => self.group.set(d, code),
            Role::Variable => self.variable = Some(code.to_string()),
            // The unit is part of the series key in the store, not of the breakdown.
            Role::Unit => self.unit = (!code.is_empty()).then(|| code.to_string()),
            Role::Breakdown => {
                self.breakdown
                    .insert(id.trim().to_string(), code.to_string());
            }
        }
    }

    /// The observation, consuming the key (no copies: readers build one key per row).
    pub fn into_observation(
        self,
        dataset: &str,
        period: model::Period,
        value: f64,
        flags: model::Flags,
    ) -> Option<Observation> {
        Some(Observation {
            dataset: dataset.to_string(),
            variable: self.variable.unwrap_or_else(|| dataset.to_string()),
            geo: GeoCode::new(self.geo?),
            group: self.group,
            breakdown: self.breakdown,
            period,
            value,
            unit: self.unit,
            flags,
        })
    }

    pub fn observation(
        &self,
        dataset: &str,
        period: model::Period,
        value: f64,
        flags: model::Flags,
    ) -> Option<Observation> {
        Some(Observation {
            dataset: dataset.to_string(),
            variable: self.variable.clone().unwrap_or_else(|| dataset.to_string()),
            geo: GeoCode::new(self.geo.clone()?),
            group: self.group.clone(),
            breakdown: self.breakdown.clone(),
            period,
            value,
            unit: self.unit.clone(),
            flags,
        })
    }
}
