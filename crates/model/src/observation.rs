//! Observations: one value about one group in one place at one time.
//!
//! Keyed like DHIS2 data values — (dataset, variable, geography, group, breakdown,
//! period) — so that the same key imported again replaces the old value instead of
//! adding a second one. `breakdown` holds the source's other dimensions that are not
//! about people (unit of measure, ISCED level, labour status), canonically ordered.

use crate::{Flags, GeoCode, Period, PopulationGroup};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    /// The source table (`urb_cpop1`, `lfsa_ergan`, a city's own dataset name).
    pub dataset: String,
    /// What is measured (`DE1001V`, `employment_rate`).
    pub variable: String,
    pub geo: GeoCode,
    pub group: PopulationGroup,
    /// Other dimensions of the source (`unit`, `isced11`, …).
    pub breakdown: BTreeMap<String, String>,
    pub period: Period,
    pub value: f64,
    pub unit: Option<String>,
    pub flags: Flags,
}

impl Observation {
    /// The canonical text of `breakdown`: `isced11=ED0-2;unit=PC`.
    pub fn breakdown_key(&self) -> String {
        breakdown_key(&self.breakdown)
    }
}

pub fn breakdown_key(b: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    for (k, v) in b {
        if !out.is_empty() {
            out.push(';');
        }
        out.push_str(k);
        out.push('=');
        out.push_str(v);
    }
    out
}

pub fn parse_breakdown_key(key: &str) -> Option<BTreeMap<String, String>> {
    key.split(';')
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
        })
        .collect()
}

/// Where a batch of observations came from: kept with every import and shown with
/// every figure (CC BY requires the attribution).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    pub file_name: String,
    pub sha256: String,
    pub format: String,
    pub source: String,
    pub licence: String,
}
