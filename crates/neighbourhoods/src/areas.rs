//! A city's small areas as the store holds them: which area set a level means, how groups
//! are named, and each area's counts by group for a period.

use crate::origins::origin_name;
use crate::{NeighbourhoodError, Result};
use model::{Dimension, Period, PopulationGroup};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use store::{SeriesFilter, Store};

/// Berlin's Urban Audit code: its LOR tables are the bundled small-area data.
pub const BERLIN: &str = "DE001C";

/// A level of areas as the user names it, and the geography schemes it covers.
#[derive(Debug, Clone)]
pub struct Level {
    pub name: String,
    pub schemes: Vec<String>,
}

impl Level {
    /// `planning-areas` (Berlin PLR until 2020, PLR2021 from 2021), `forecast-areas`
    /// (PRG), `districts` (BEZ, DIS), or a scheme code as it appears in geography codes.
    pub fn parse(text: &str) -> Level {
        let t = text.trim().to_ascii_lowercase().replace('_', "-");
        let schemes: Vec<&str> = match t.as_str() {
            "planning-areas" | "planning-area" | "plr" => vec!["PLR", "PLR2021"],
            "forecast-areas" | "forecast-area" | "prg" => vec!["PRG"],
            "districts" | "district" | "bez" => vec!["BEZ", "DIS", "DISTRICT"],
            _ => {
                return Level {
                    name: text.trim().to_string(),
                    schemes: vec![text.trim().to_string()],
                };
            }
        };
        Level {
            name: t,
            schemes: schemes.into_iter().map(str::to_string).collect(),
        }
    }
}

/// What the areas of a scheme are, for people.
pub fn scheme_label(scheme: &str) -> String {
    match scheme {
        "PLR" => "planning areas (LOR 2006)".into(),
        "PLR2021" => "planning areas (LOR 2021)".into(),
        "PRG" => "forecast areas (LOR 2021)".into(),
        "BEZ" | "DIS" | "DISTRICT" => "districts".into(),
        other => format!("areas ({other})"),
    }
}

/// A group as the user names it: a friendly alias or a stored group key.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GroupSpec {
    /// Stored group key (`citizen=FOR`; empty for everybody).
    pub key: String,
    /// Plain-language name ("foreign citizens").
    pub label: String,
}

impl GroupSpec {
    /// Reads an alias (foreigners, germans, migration-background, no-migration-background,
    /// total) or a stored group key (`background=TR`).
    pub fn parse(text: &str) -> Result<GroupSpec> {
        let t = text.trim();
        let alias = |key: &str, label: &str| GroupSpec {
            key: key.into(),
            label: label.into(),
        };
        Ok(match t.to_ascii_lowercase().replace('_', "-").as_str() {
            "foreigners" | "foreign" | "foreign-citizens" => {
                alias("citizen=FOR", "foreign citizens")
            }
            "germans" | "nationals" => alias("citizen=NAT", "nationals"),
            "migration-background" | "with-migration-background" => {
                alias("background=WITH", "people with a migration background")
            }
            "no-migration-background" | "without-migration-background" => alias(
                "citizen=NAT;background=WITHOUT",
                "people without a migration background",
            ),
            "total" | "all" | "everybody" | "residents" => alias("", "all residents"),
            _ => {
                let g = PopulationGroup::parse_key(t)
                    .map_err(|source| NeighbourhoodError::UnknownGroup { source })?;
                // A single region of origin reads better by its name than by its code.
                let origin = g
                    .get(model::Dimension::MigrationBackground)
                    .filter(|_| g.dimensions().count() == 1)
                    .and_then(origin_name);
                GroupSpec {
                    key: g.key(),
                    label: match origin {
                        Some(name) => format!("people with a migration background from {name}"),
                        None => g.describe(),
                    },
                }
            }
        })
    }
}

/// The counts of one period over one area set: one value per area and group.
#[derive(Debug, Clone)]
pub struct PeriodCounts {
    pub period: Period,
    pub scheme: String,
    /// Geography codes, sorted.
    pub areas: Vec<String>,
    pub names: Vec<String>,
    counts: HashMap<String, Vec<Option<f64>>>,
    pub sources: BTreeSet<String>,
}

impl PeriodCounts {
    /// The counts of a group (by stored key), one per area; `None` when the group is not
    /// in the data for this period.
    pub fn group(&self, key: &str) -> Option<&[Option<f64>]> {
        self.counts.get(key).map(Vec::as_slice)
    }
}

/// The scheme of an area code of `city` (`DE001C:PLR:01011101` → `PLR`).
pub(crate) fn scheme_of<'a>(code: &'a str, city: &str) -> Option<&'a str> {
    let rest = code.strip_prefix(city)?.strip_prefix(':')?;
    rest.split(':').next()
}

/// Reads the counts of `city`'s areas at `level` from `datasets` (all periods, or one),
/// grouped by period and area set, sorted by both. Only values without a further breakdown
/// count; the first dataset wins when two hold the same group (t1 and t4 both hold
/// `background=WITH`).
pub fn load_counts(
    store: &Store,
    city: &str,
    datasets: &[String],
    variable: Option<&str>,
    level: &Level,
    period: Option<Period>,
) -> Result<Vec<PeriodCounts>> {
    type Cells = BTreeMap<String, HashMap<String, f64>>;
    let mut by: BTreeMap<(Period, String), (Cells, BTreeSet<String>)> = BTreeMap::new();
    let mut names: HashMap<String, String> = HashMap::new();
    let mut variables: BTreeSet<String> = BTreeSet::new();
    for dataset in datasets {
        let filter = SeriesFilter {
            dataset: Some(dataset.clone()),
            variable: variable.map(str::to_string),
            period: period.map(|p| p.to_string()),
            ..Default::default()
        };
        store.for_each_observation(&filter, |row| {
            let o = &row.observation;
            let Some(scheme) = scheme_of(o.geo.as_str(), city) else {
                return Ok(());
            };
            if !level.schemes.iter().any(|s| s == scheme) || !o.breakdown.is_empty() {
                return Ok(());
            }
            variables.insert(format!("{}/{}", o.dataset, o.variable));
            let (cells, sources) = by
                .entry((o.period, scheme.to_string()))
                .or_insert_with(|| (BTreeMap::new(), BTreeSet::new()));
            sources.insert(row.source.clone());
            names
                .entry(o.geo.to_string())
                .or_insert_with(|| row.geo_name.clone());
            cells
                .entry(o.geo.to_string())
                .or_default()
                .entry(o.group.key())
                .or_insert(o.value);
            Ok(())
        })?;
    }
    if variable.is_none() {
        // Two variables of one dataset would be summed as if they were one: refuse.
        let per_dataset: BTreeSet<&str> = variables
            .iter()
            .filter_map(|v| v.split_once('/').map(|(d, _)| d))
            .collect();
        if variables.len() > per_dataset.len() {
            return Err(NeighbourhoodError::SeveralVariables {
                variables: variables.into_iter().collect::<Vec<_>>().join(", "),
            });
        }
    }
    let mut out = Vec::with_capacity(by.len());
    for ((period, scheme), (mut cells, sources)) in by {
        for groups in cells.values_mut() {
            add_margins(groups);
        }
        let areas: Vec<String> = cells.keys().cloned().collect();
        let mut counts: HashMap<String, Vec<Option<f64>>> = HashMap::new();
        for (i, groups) in cells.values().enumerate() {
            for (key, &v) in groups {
                counts
                    .entry(key.clone())
                    .or_insert_with(|| vec![None; areas.len()])[i] = Some(v);
            }
        }
        out.push(PeriodCounts {
            period,
            scheme,
            names: areas
                .iter()
                .map(|a| names.get(a).cloned().unwrap_or_else(|| a.clone()))
                .collect(),
            areas,
            counts,
            sources,
        });
    }
    Ok(out)
}

/// Dimensions whose two codes make up everybody: men and women; nationals and foreign
/// citizens. A table by sex and citizenship (Vienna's) has no row for both sexes or for
/// all residents, and a page needs them.
const COMPLEMENTS: [(Dimension, [&str; 2]); 2] = [
    (Dimension::Sex, ["M", "F"]),
    (Dimension::Citizenship, ["NAT", "FOR"]),
];

/// The group a key's complementary pair adds up to, with the pair's other key: for
/// `citizen=FOR;sex=M`, (`citizen=FOR`, `citizen=FOR;sex=F`) and (`sex=M`,
/// `citizen=NAT;sex=M`).
fn margins_of(key: &str) -> Vec<(String, String)> {
    let Ok(g) = PopulationGroup::parse_key(key) else {
        return Vec::new();
    };
    COMPLEMENTS
        .iter()
        .filter(|(dim, pair)| g.get(*dim) == Some(pair[0]))
        .map(|(dim, pair)| {
            (
                g.clone().with(*dim, "").key(),
                g.clone().with(*dim, pair[1]).key(),
            )
        })
        .collect()
}

/// Adds the margins [`COMPLEMENTS`] allow to one area's counts by group key, where the
/// table has no value of its own and both halves are there (a stated total always wins:
/// a sum of rounded or suppressed parts is not it). Repeats so that sex and citizenship
/// both fold away, reaching everybody.
pub(crate) fn add_margins(groups: &mut HashMap<String, f64>) {
    loop {
        let mut new: Vec<(String, f64)> = Vec::new();
        for (key, &a) in groups.iter() {
            for (margin, other) in margins_of(key) {
                if groups.contains_key(&margin) || new.iter().any(|(k, _)| *k == margin) {
                    continue;
                }
                if let Some(&b) = groups.get(&other) {
                    new.push((margin, a + b));
                }
            }
        }
        if new.is_empty() {
            return;
        }
        groups.extend(new);
    }
}

/// The group keys [`add_margins`] would add to a set of keys, with the set itself.
pub(crate) fn with_margins(keys: &BTreeSet<String>) -> BTreeSet<String> {
    let mut all = keys.clone();
    loop {
        let new: BTreeSet<String> = all
            .iter()
            .flat_map(|k| margins_of(k))
            .filter(|(margin, other)| !all.contains(margin) && all.contains(other))
            .map(|(margin, _)| margin)
            .collect();
        if new.is_empty() {
            return all;
        }
        all.extend(new);
    }
}

/// The datasets holding a city's small-area counts: `given` (comma-separated) when there
/// is one, Berlin's LOR tables for Berlin.
pub fn datasets_for(city: &str, given: Option<&str>) -> Result<Vec<String>> {
    match given {
        Some(d) => Ok(d.split(',').map(|s| s.trim().to_string()).collect()),
        None if city == BERLIN => Ok(vec!["berlin_lor_t1".into(), "berlin_lor_t4".into()]),
        None => Err(NeighbourhoodError::NoDataset),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_and_groups() {
        assert_eq!(
            Level::parse("planning-areas").schemes,
            vec!["PLR", "PLR2021"]
        );
        assert_eq!(Level::parse("DIS").schemes, vec!["DIS"]);
        assert_eq!(GroupSpec::parse("foreigners").unwrap().key, "citizen=FOR");
        assert_eq!(
            GroupSpec::parse("background=TR").unwrap().key,
            "background=TR"
        );
        assert_eq!(GroupSpec::parse("total").unwrap().key, "");
        assert!(GroupSpec::parse("martians").is_err());
        assert_eq!(scheme_of("DE001C:PLR:01011101", "DE001C"), Some("PLR"));
        assert_eq!(scheme_of("DE001", "DE001C"), None);
    }

    #[test]
    fn margins_fold_sex_and_citizenship_away_unless_stated() {
        // Vienna's table: moves by sex and Austrian / foreign citizens only.
        let mut g: HashMap<String, f64> = [
            ("citizen=FOR;sex=M", 10.0),
            ("citizen=FOR;sex=F", 12.0),
            ("citizen=NAT;sex=M", 30.0),
            ("citizen=NAT;sex=F", 33.0),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        add_margins(&mut g);
        assert_eq!(g["citizen=FOR"], 22.0);
        assert_eq!(g["citizen=NAT"], 63.0);
        assert_eq!(g["sex=M"], 40.0);
        assert_eq!(g[""], 85.0);
        // A stated total wins over the sum of its parts; a lone half adds nothing.
        let mut h: HashMap<String, f64> = [
            ("", 100.0),
            ("citizen=FOR", 20.0),
            ("citizen=NAT", 79.0),
            ("background=TR", 5.0),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        add_margins(&mut h);
        assert_eq!(h[""], 100.0);
        assert_eq!(h.len(), 4);
        let keys: BTreeSet<String> = g.keys().filter(|k| k.contains("sex")).cloned().collect();
        assert_eq!(with_margins(&keys), g.keys().cloned().collect());
    }

    #[test]
    fn an_origin_reads_by_its_name() {
        assert_eq!(
            GroupSpec::parse("background=TR").unwrap().label,
            "people with a migration background from Turkey"
        );
    }
}
