//! Population groups: who a figure is about.
//!
//! A group is a set of dimensions (citizenship, country of birth, migration background,
//! residence-permit reason, duration of stay, sex, age band), never a free string, so
//! that "non-EU citizens, women, 20–64" can be compared with "nationals, women, 20–64"
//! by changing exactly one dimension. Values are Eurostat codes where Eurostat has them
//! (`NAT`, `EU27_2020_FOR`, `NEU27_2020_FOR`, `F`, `Y20-64`), ISO / Eurostat country codes
//! for single countries. A dimension left out means "all" (Eurostat's `T` / `TOTAL`).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A dimension along which a population is broken down.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Citizenship,
    CountryOfBirth,
    /// Migration background (German *Migrationshintergrund*) and its region of origin.
    MigrationBackground,
    PermitReason,
    DurationOfStay,
    Sex,
    Age,
}

impl Dimension {
    pub const ALL: [Dimension; 7] = [
        Dimension::Citizenship,
        Dimension::CountryOfBirth,
        Dimension::MigrationBackground,
        Dimension::PermitReason,
        Dimension::DurationOfStay,
        Dimension::Sex,
        Dimension::Age,
    ];

    /// The short key used in stored group keys and export columns.
    pub fn key(self) -> &'static str {
        match self {
            Dimension::Citizenship => "citizen",
            Dimension::CountryOfBirth => "c_birth",
            Dimension::MigrationBackground => "background",
            Dimension::PermitReason => "reason",
            Dimension::DurationOfStay => "duration",
            Dimension::Sex => "sex",
            Dimension::Age => "age",
        }
    }

    /// Recognises a source's column name for this dimension (Eurostat's codes and the
    /// plain English names of the tidy template).
    pub fn from_column(name: &str) -> Option<Dimension> {
        let n = name.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        Some(match n.as_str() {
            "citizen" | "citizenship" | "nationality" => Dimension::Citizenship,
            "c_birth" | "country_of_birth" | "birth" => Dimension::CountryOfBirth,
            "background" | "migration_background" | "origin" => Dimension::MigrationBackground,
            "reason" | "permit_reason" | "residence_permit_reason" => Dimension::PermitReason,
            "duration" | "duration_of_stay" | "length_of_stay" => Dimension::DurationOfStay,
            "sex" | "gender" => Dimension::Sex,
            "age" | "age_band" | "age_group" => Dimension::Age,
            _ => return None,
        })
    }

    /// True when `code` means "everybody" along this dimension.
    pub fn is_total(self, code: &str) -> bool {
        matches!(code, "" | "T" | "TOTAL" | "_T" | "_Z") && !(self == Dimension::Age && code == "T")
    }
}

/// A population group: dimension → code. Empty means the whole population.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PopulationGroup(BTreeMap<Dimension, String>);

/// A group key that cannot be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "population group '{found}' is not understood: expected dimension=code pairs separated by ';' (dimensions: citizen, c_birth, background, reason, duration, sex, age)"
)]
pub struct BadGroup {
    pub found: String,
}

impl PopulationGroup {
    pub fn total() -> PopulationGroup {
        PopulationGroup::default()
    }

    /// Sets a dimension; a total code (`T`, `TOTAL`, empty) removes it.
    pub fn with(mut self, dim: Dimension, code: &str) -> PopulationGroup {
        self.set(dim, code);
        self
    }

    pub fn set(&mut self, dim: Dimension, code: &str) {
        let code = code.trim();
        if dim.is_total(code) {
            self.0.remove(&dim);
        } else {
            self.0.insert(dim, code.to_string());
        }
    }

    pub fn get(&self, dim: Dimension) -> Option<&str> {
        self.0.get(&dim).map(String::as_str)
    }

    pub fn dimensions(&self) -> impl Iterator<Item = (Dimension, &str)> {
        self.0.iter().map(|(d, c)| (*d, c.as_str()))
    }

    pub fn is_total(&self) -> bool {
        self.0.is_empty()
    }

    /// The canonical key, e.g. `citizen=NEU27_2020_FOR;sex=F;age=Y20-64`; empty for the
    /// whole population. Two equal groups always have the same key.
    pub fn key(&self) -> String {
        let mut out = String::new();
        for (d, c) in &self.0 {
            if !out.is_empty() {
                out.push(';');
            }
            out.push_str(d.key());
            out.push('=');
            out.push_str(c);
        }
        out
    }

    pub fn parse_key(key: &str) -> Result<PopulationGroup, BadGroup> {
        let mut g = PopulationGroup::total();
        for part in key.split(';').filter(|p| !p.is_empty()) {
            let (d, c) = part.split_once('=').ok_or_else(|| BadGroup {
                found: key.to_string(),
            })?;
            let dim = Dimension::ALL
                .into_iter()
                .find(|x| x.key() == d)
                .ok_or_else(|| BadGroup {
                    found: key.to_string(),
                })?;
            g.set(dim, c);
        }
        Ok(g)
    }

    /// A readable description: "non-EU citizens, women, 20–64".
    pub fn describe(&self) -> String {
        if self.is_total() {
            return "all residents".to_string();
        }
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|(d, c)| match d {
                Dimension::Citizenship => Origin::from_code(c).citizenship_label(),
                Dimension::CountryOfBirth => Origin::from_code(c).birth_label(),
                Dimension::Sex => Sex::from_code(c)
                    .map(|s| s.label().to_string())
                    .unwrap_or_else(|| c.clone()),
                Dimension::Age => AgeBand::from_code(c)
                    .map(|a| a.to_string())
                    .unwrap_or_else(|| c.clone()),
                Dimension::PermitReason => PermitReason::from_code(c)
                    .map(|r| format!("permit: {}", r.label()))
                    .unwrap_or_else(|| format!("permit: {c}")),
                Dimension::DurationOfStay => format!("stay: {c}"),
                Dimension::MigrationBackground => match c.as_str() {
                    "WITH" => "with migration background".to_string(),
                    "WITHOUT" => "without migration background".to_string(),
                    other => format!("migration background from {other}"),
                },
            })
            .collect();
        parts.join(", ")
    }
}

impl fmt::Display for PopulationGroup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key())
    }
}

/// Where people come from, as citizenship or country of birth. Never one
/// undifferentiated "migrant": EU-mobile citizens and third-country nationals differ.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// Nationals (citizenship) or natives (country of birth): Eurostat `NAT`.
    Reporting,
    /// Citizens of / born in another EU country (`EU27_2020_FOR`, `EU28_FOR`).
    EuMobile,
    /// Third-country nationals / non-EU-born (`NEU27_2020_FOR`, `NEU28_FOR`).
    ThirdCountry,
    /// All foreigners / foreign-born (`FOR`, `FOR_STLS`).
    Foreign,
    Stateless,
    /// One country (ISO / Eurostat code).
    Country(String),
    /// Any other Eurostat aggregate, kept as coded.
    Other(String),
}

impl Origin {
    pub fn from_code(code: &str) -> Origin {
        match code {
            "NAT" => Origin::Reporting,
            "EU27_2020_FOR" | "EU28_FOR" | "EU27_2007_FOR" => Origin::EuMobile,
            "NEU27_2020_FOR" | "NEU28_FOR" | "NEU27_2007_FOR" => Origin::ThirdCountry,
            "FOR" | "FOR_STLS" => Origin::Foreign,
            "STLS" => Origin::Stateless,
            c if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) => {
                Origin::Country(c.to_string())
            }
            c => Origin::Other(c.to_string()),
        }
    }

    pub fn citizenship_label(&self) -> String {
        match self {
            Origin::Reporting => "nationals".into(),
            Origin::EuMobile => "citizens of other EU countries".into(),
            Origin::ThirdCountry => "non-EU citizens".into(),
            Origin::Foreign => "foreign citizens".into(),
            Origin::Stateless => "stateless".into(),
            Origin::Country(c) => format!("citizens of {c}"),
            Origin::Other(c) => format!("citizenship {c}"),
        }
    }

    pub fn birth_label(&self) -> String {
        match self {
            Origin::Reporting => "native-born".into(),
            Origin::EuMobile => "born in another EU country".into(),
            Origin::ThirdCountry => "born outside the EU".into(),
            Origin::Foreign => "foreign-born".into(),
            Origin::Stateless => "stateless".into(),
            Origin::Country(c) => format!("born in {c}"),
            Origin::Other(c) => format!("country of birth {c}"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sex {
    Female,
    Male,
}

impl Sex {
    pub fn from_code(code: &str) -> Option<Sex> {
        match code {
            "F" | "2" => Some(Sex::Female),
            "M" | "1" => Some(Sex::Male),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Sex::Female => "F",
            Sex::Male => "M",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Sex::Female => "women",
            Sex::Male => "men",
        }
    }
}

/// Reason for the first residence permit (Eurostat `migr_resfirst`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PermitReason {
    Work,
    Family,
    Study,
    Protection,
    Other,
}

impl PermitReason {
    pub fn from_code(code: &str) -> Option<PermitReason> {
        Some(match code {
            "OCC" | "WORK" | "RSN_OCC" => PermitReason::Work,
            "FAM" | "FAMILY" => PermitReason::Family,
            "EDUC" | "STUDY" => PermitReason::Study,
            "ASYL" | "PROTECTION" | "INTPROT" | "ASY_HUM" => PermitReason::Protection,
            "OTH" | "OTHER" => PermitReason::Other,
            _ => return None,
        })
    }
    pub fn label(self) -> &'static str {
        match self {
            PermitReason::Work => "work",
            PermitReason::Family => "family",
            PermitReason::Study => "education",
            PermitReason::Protection => "protection",
            PermitReason::Other => "other reasons",
        }
    }
}

/// An age band in completed years, Eurostat-coded (`Y20-64`, `Y_GE65`, `Y_LT15`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AgeBand {
    pub from: u8,
    /// Inclusive upper bound; `None` is open-ended.
    pub to: Option<u8>,
}

impl AgeBand {
    pub fn from_code(code: &str) -> Option<AgeBand> {
        let rest = code.strip_prefix('Y')?;
        if let Some(n) = rest.strip_prefix("_GE") {
            return Some(AgeBand {
                from: n.parse().ok()?,
                to: None,
            });
        }
        if let Some(n) = rest.strip_prefix("_LT") {
            return Some(AgeBand {
                from: 0,
                to: Some(n.parse::<u8>().ok()?.checked_sub(1)?),
            });
        }
        let (a, b) = rest.split_once('-')?;
        Some(AgeBand {
            from: a.parse().ok()?,
            to: Some(b.parse().ok()?),
        })
    }

    pub fn code(self) -> String {
        match self.to {
            None => format!("Y_GE{}", self.from),
            Some(t) if self.from == 0 => format!("Y_LT{}", t + 1),
            Some(t) => format!("Y{}-{}", self.from, t),
        }
    }

    pub fn contains(self, age: u8) -> bool {
        age >= self.from && self.to.is_none_or(|t| age <= t)
    }
}

impl fmt::Display for AgeBand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.to {
            None => write!(f, "{}+", self.from),
            Some(t) => write!(f, "{}–{}", self.from, t),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_is_canonical_and_round_trips() {
        let g = PopulationGroup::total()
            .with(Dimension::Sex, "F")
            .with(Dimension::Citizenship, "NEU27_2020_FOR")
            .with(Dimension::Age, "Y20-64");
        assert_eq!(g.key(), "citizen=NEU27_2020_FOR;sex=F;age=Y20-64");
        assert_eq!(PopulationGroup::parse_key(&g.key()).unwrap(), g);
        assert_eq!(g.describe(), "non-EU citizens, women, 20–64");
    }

    #[test]
    fn totals_are_absent_dimensions() {
        let g = PopulationGroup::total()
            .with(Dimension::Sex, "T")
            .with(Dimension::Citizenship, "TOTAL");
        assert!(g.is_total());
        assert_eq!(g.key(), "");
        assert!(PopulationGroup::parse_key("nonsense").is_err());
    }

    #[test]
    fn age_bands() {
        let a = AgeBand::from_code("Y20-64").unwrap();
        assert!(a.contains(20) && a.contains(64) && !a.contains(65));
        assert_eq!(AgeBand::from_code("Y_GE65").unwrap().code(), "Y_GE65");
        assert_eq!(AgeBand::from_code("Y_LT15").unwrap().to, Some(14));
        assert_eq!(AgeBand::from_code("Y_LT15").unwrap().code(), "Y_LT15");
        assert!(AgeBand::from_code("TOTAL").is_none());
    }
}
