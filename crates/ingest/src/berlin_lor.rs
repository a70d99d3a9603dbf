//! Berlin's population by LOR area (Amt für Statistik Berlin-Brandenburg, via the
//! `berlin-lor` repository): `berlin-lor-population-YYYY-HH-tN-LEVEL.csv`.
//!
//! The file name carries what the table itself does not:
//! - `YYYY-HH`: the half-year, `01` → `YYYY-S1` (30 June), `02` → `YYYY-S2` (31 December);
//! - `tN`: the table, `t1` (inhabitants by citizenship and migration background) or `t4`
//!   (inhabitants with migration background by region of origin);
//! - `LEVEL`: `planning-areas`, `forecast-areas` or `districts`.
//!
//! Geography: Berlin is Urban Audit city `DE001C`; each area is
//! `DE001C:<scheme>:<id>` with parent `DE001C`:
//! - `PLR`: planning areas (Planungsräume) of the LOR 2006 generation, files up to 2020
//!   (447 areas until 2018, 448 from 2019);
//! - `PLR2021`: planning areas of the LOR 2021 reform (542), files from 2021. The two
//!   generations have different boundaries and overlapping ids, so they never share a
//!   scheme;
//! - `PRG`: forecast areas (Prognoseräume) of the LOR 2021 generation (58). Files with
//!   forecast areas before 2021 would be the older generation and are refused;
//! - `BEZ`: the 12 districts (Bezirke, unchanged by the reform), level district.
//!
//! Observations: dataset `berlin_lor_t1` / `berlin_lor_t4`, variable `inhabitants`,
//! unit `PER`, one per area and count column, with the population group of the column:
//!
//! | column (t1) | group |
//! |---|---|
//! | `inhabitants` | everybody |
//! | `inhabitants_with_migration_background` | `background=WITH` |
//! | `inhabitants_germans` | `citizen=NAT` |
//! | `inhabitants_germans_without_migration_background` | `citizen=NAT;background=WITHOUT` |
//! | `inhabitants_germans_with_migration_background` | `citizen=NAT;background=WITH` |
//! | `inhabitants_foreigners` | `citizen=FOR` |
//!
//! In t4 every column counts people with a migration background: `inhabitants` →
//! `background=WITH`, `inhabitants_from_X` → `background=<code of X>`, see [`ORIGINS`]:
//! Eurostat country codes (`EL` Greece, `UK` United Kingdom) for countries, and for the
//! groups of countries `EU27` (European Union), `YU_FOR` (former Yugoslavia), `SU_FOR`
//! (former Soviet Union), `ISLAMIC` (Islamic countries), `ARAB` (Arab countries) and
//! `UNDEF` (origin not determinable). The groups overlap (Syria is an Arab and an Islamic
//! country) and are not additive.
//!
//! The `…_percentage` columns are shares of `inhabitants` in the same row: derived, not
//! stored, counted per cell as "derived percentage column". Empty cells are skipped.

use crate::error::{IngestError, Location};
use crate::input::Input;
use crate::value::parse_number;
use crate::{ImportReport, Progress, Sink};
use model::{Dimension, Flags, GeoCode, GeoLevel, Geography, Observation, Period, PopulationGroup};
use std::collections::{BTreeMap, HashSet};

/// Berlin's Urban Audit city code.
pub const BERLIN: &str = "DE001C";

/// t4 origin columns (`inhabitants_from_<key>`) → code for the migration-background
/// dimension.
pub const ORIGINS: [(&str, &str); 27] = [
    ("european_union", "EU27"),
    ("france", "FR"),
    ("greece", "EL"),
    ("italy", "IT"),
    ("austria", "AT"),
    ("spain", "ES"),
    ("poland", "PL"),
    ("bulgaria", "BG"),
    ("rumania", "RO"),
    ("croatia", "HR"),
    ("united_kingdom", "UK"),
    ("former_yugoslavia", "YU_FOR"),
    ("bosnia_herzegovina", "BA"),
    ("serbia", "RS"),
    ("former_soviet_union", "SU_FOR"),
    ("russia", "RU"),
    ("ukraine", "UA"),
    ("kazakhstan", "KZ"),
    ("islamic_countries", "ISLAMIC"),
    ("turkey", "TR"),
    ("iran", "IR"),
    ("arabic_countries", "ARAB"),
    ("lebanon", "LB"),
    ("syria", "SY"),
    ("vietnam", "VN"),
    ("united_states", "US"),
    ("undefined", "UNDEF"),
];

/// The 12 districts (Bezirke), by their two-digit id.
const DISTRICTS: [&str; 12] = [
    "Mitte",
    "Friedrichshain-Kreuzberg",
    "Pankow",
    "Charlottenburg-Wilmersdorf",
    "Spandau",
    "Steglitz-Zehlendorf",
    "Tempelhof-Schöneberg",
    "Neukölln",
    "Treptow-Köpenick",
    "Marzahn-Hellersdorf",
    "Lichtenberg",
    "Reinickendorf",
];

/// The level of areas a file is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AreaLevel {
    PlanningAreas,
    ForecastAreas,
    Districts,
}

/// What the file name says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileName {
    pub period: Period,
    /// 1 or 4.
    pub table: u8,
    pub level: AreaLevel,
}

const PATTERN: &str = "berlin-lor-population-YYYY-HH-tN-LEVEL.csv, with HH 01 (first half-year) or 02 (second), tN t1 or t4, LEVEL planning-areas, forecast-areas or districts (e.g. berlin-lor-population-2020-02-t1-planning-areas.csv)";

impl FileName {
    pub fn parse(name: &str) -> Option<FileName> {
        let stem = name.strip_suffix(".csv")?;
        let rest = stem.strip_prefix("berlin-lor-population-")?;
        let mut parts = rest.splitn(4, '-');
        let year = parts.next()?;
        let half = parts.next()?;
        let table = parts.next()?;
        let level = parts.next()?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let half = match half {
            "01" => 1,
            "02" => 2,
            _ => return None,
        };
        let table = match table {
            "t1" => 1,
            "t4" => 4,
            _ => return None,
        };
        let level = match level {
            "planning-areas" => AreaLevel::PlanningAreas,
            "forecast-areas" => AreaLevel::ForecastAreas,
            "districts" => AreaLevel::Districts,
            _ => return None,
        };
        Some(FileName {
            period: Period::HalfYear(year, half),
            table,
            level,
        })
    }

    /// The geography scheme of the areas: `PLR`, `PLR2021`, `PRG` or `BEZ`.
    fn scheme(&self) -> &'static str {
        match self.level {
            AreaLevel::PlanningAreas if self.period.year() >= 2021 => "PLR2021",
            AreaLevel::PlanningAreas => "PLR",
            AreaLevel::ForecastAreas => "PRG",
            AreaLevel::Districts => "BEZ",
        }
    }

    /// Digits of an area id at this level.
    fn id_len(&self) -> usize {
        match self.level {
            AreaLevel::PlanningAreas => 8,
            AreaLevel::ForecastAreas => 4,
            AreaLevel::Districts => 2,
        }
    }
}

/// What one column of the table becomes.
#[derive(Debug, Clone)]
enum Column {
    Id,
    Count(PopulationGroup),
    Derived,
}

fn t1_group(col: &str) -> Option<PopulationGroup> {
    use Dimension::{Citizenship as C, MigrationBackground as B};
    let g = PopulationGroup::total();
    Some(match col {
        "inhabitants" => g,
        "inhabitants_with_migration_background" => g.with(B, "WITH"),
        "inhabitants_germans" => g.with(C, "NAT"),
        "inhabitants_germans_without_migration_background" => g.with(C, "NAT").with(B, "WITHOUT"),
        "inhabitants_germans_with_migration_background" => g.with(C, "NAT").with(B, "WITH"),
        "inhabitants_foreigners" => g.with(C, "FOR"),
        _ => return None,
    })
}

fn t4_group(col: &str) -> Option<PopulationGroup> {
    let b = Dimension::MigrationBackground;
    if col == "inhabitants" {
        return Some(PopulationGroup::total().with(b, "WITH"));
    }
    let key = col.strip_prefix("inhabitants_from_")?;
    ORIGINS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, code)| PopulationGroup::total().with(b, code))
}

fn area_name(file: &FileName, id: &str) -> String {
    match file.level {
        AreaLevel::Districts => {
            let name = id
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| DISTRICTS.get(i));
            match name {
                Some(n) => format!("Berlin-{n}"),
                None => format!("Berlin district {id}"),
            }
        }
        AreaLevel::ForecastAreas => format!("Berlin forecast area {id}"),
        AreaLevel::PlanningAreas if file.period.year() >= 2021 => {
            format!("Berlin planning area {id} (LOR 2021)")
        }
        AreaLevel::PlanningAreas => format!("Berlin planning area {id} (LOR 2006)"),
    }
}

pub fn read(
    input: &Input,
    dataset: Option<&str>,
    sink: &mut dyn Sink,
    progress: Progress<'_>,
) -> Result<ImportReport, IngestError> {
    let path = input.path();
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let whole_file = Location {
        file: path.to_path_buf(),
        ..Location::default()
    };
    let Some(meta) = FileName::parse(&file_name) else {
        return Err(IngestError::invalid(
            whole_file,
            format!("the file name '{file_name}'"),
            PATTERN,
        )
        .with_hint("the half-year, table and level of a Berlin LOR table are read from its name: rename the file (as downloaded from the berlin-lor repository)"));
    };
    if meta.level == AreaLevel::ForecastAreas && meta.period.year() < 2021 {
        return Err(IngestError::invalid(
            whole_file,
            format!("forecast areas of {}", meta.period.year()),
            "forecast areas of 2021 or later (the LOR 2021 generation)",
        )
        .with_hint(
            "forecast areas before the 2021 reform are a different set of areas, not supported",
        ));
    }
    let dataset = dataset
        .map(str::to_string)
        .unwrap_or_else(|| format!("berlin_lor_t{}", meta.table));
    let berlin = GeoCode::new(BERLIN);
    let scheme = meta.scheme();

    let file = input.open()?;
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(std::io::BufReader::new(file));
    let headers = rdr
        .headers()
        .map_err(|e| IngestError::from_csv(input, None, e))?
        .clone();
    let names: Vec<String> = headers
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .collect();
    let mut columns = Vec::with_capacity(names.len());
    for (i, n) in names.iter().enumerate() {
        let col = if n == "id" {
            Column::Id
        } else if n.ends_with("_percentage") {
            Column::Derived
        } else {
            let group = if meta.table == 1 {
                t1_group(n)
            } else {
                t4_group(n)
            };
            match group {
                Some(g) => Column::Count(g),
                None => {
                    let expected = if meta.table == 1 {
                        "a t1 column: id, inhabitants, inhabitants_with_migration_background, inhabitants_germans, inhabitants_germans_without_migration_background, inhabitants_germans_with_migration_background, inhabitants_foreigners, or one of them with _percentage".to_string()
                    } else {
                        format!(
                            "a t4 column: id, inhabitants, inhabitants_from_X with X among {}, or one of them with _percentage",
                            ORIGINS.map(|(k, _)| k).join(", ")
                        )
                    };
                    return Err(IngestError::invalid(
                        Location {
                            file: path.to_path_buf(),
                            line: Some(1),
                            column: Some((i + 1, n.clone())),
                        },
                        format!("column '{n}'"),
                        expected,
                    )
                    .with_hint("is the table number (t1/t4) in the file name right?"));
                }
            }
        };
        columns.push(col);
    }
    let Some(id_col) = columns.iter().position(|c| matches!(c, Column::Id)) else {
        return Err(IngestError::invalid(
            Location {
                file: path.to_path_buf(),
                line: Some(1),
                column: None,
            },
            format!("columns {}", names.join(", ")),
            "an id column with the area's LOR number",
        ));
    };

    let mut report = ImportReport::default();
    report.add_dataset(&dataset);
    let mut seen: HashSet<String> = HashSet::new();
    let mut record = csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(IngestError::from_csv(input, Some(&headers), e)),
        }
        report.rows_read += 1;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let at = |i: usize| Location {
            file: path.to_path_buf(),
            line: Some(line),
            column: Some((i + 1, names[i].clone())),
        };
        let id = record.get(id_col).unwrap_or("").trim();
        if id.len() != meta.id_len() || !id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(IngestError::invalid(
                at(id_col),
                format!("'{id}'"),
                format!(
                    "a {}-digit LOR number, with its leading zeros (save the file without letting a spreadsheet turn ids into numbers)",
                    meta.id_len()
                ),
            ));
        }
        if !seen.insert(id.to_string()) {
            return Err(IngestError::invalid(
                at(id_col),
                format!("area {id} a second time"),
                "each area once",
            ));
        }
        let geo = GeoCode::within(&berlin, scheme, id);
        let geography = Geography {
            level: geo.level(),
            country: Some(GeoCode::new("DE")),
            parent: Some(berlin.clone()),
            name: area_name(&meta, id),
            code: geo.clone(),
        };
        debug_assert_eq!(
            geography.level,
            if meta.level == AreaLevel::Districts {
                GeoLevel::District
            } else {
                GeoLevel::Neighbourhood
            }
        );
        sink.geography(geography).map_err(|m| IngestError::Sink {
            location: at(id_col),
            message: m,
        })?;
        report.geographies += 1;

        for (i, col) in columns.iter().enumerate() {
            let group = match col {
                Column::Id => continue,
                Column::Derived => {
                    report.skip("derived percentage column");
                    continue;
                }
                Column::Count(g) => g,
            };
            let text = record.get(i).unwrap_or("").trim();
            if text.is_empty() {
                report.skip("empty cell");
                continue;
            }
            let value = parse_number(text).map_err(|_| {
                IngestError::invalid(at(i), format!("'{text}'"), "a number of inhabitants")
            })?;
            if value < 0.0 {
                return Err(IngestError::invalid(
                    at(i),
                    format!("'{text}'"),
                    "a number of inhabitants (not negative)",
                ));
            }
            let obs = Observation {
                dataset: dataset.clone(),
                variable: "inhabitants".to_string(),
                geo: geo.clone(),
                group: group.clone(),
                breakdown: BTreeMap::new(),
                period: meta.period,
                value,
                unit: Some("PER".to_string()),
                flags: Flags::NONE,
            };
            sink.observation(obs).map_err(|m| IngestError::Sink {
                location: at(i),
                message: m,
            })?;
            report.observations += 1;
        }
        if report.rows_read % 8192 == 0 {
            progress(record.position().map(|p| p.byte()).unwrap_or(0));
        }
    }
    if report.rows_read == 0 {
        return Err(IngestError::Empty {
            location: Location {
                file: path.to_path_buf(),
                ..Location::default()
            },
        });
    }
    Ok(report)
}

/// Berlin LOR population tables (planning areas, forecast areas, districts).
#[derive(Debug)]
pub struct BerlinLor;

impl crate::Reader for BerlinLor {
    fn name(&self) -> &'static str {
        "berlin-lor"
    }
    fn description(&self) -> &'static str {
        "Berlin LOR population tables (planning areas, forecast areas, districts)"
    }
    fn claims(&self, sniff: &crate::Sniff<'_>) -> bool {
        sniff.first_line.starts_with("id,inhabitants")
    }
    fn read(
        &self,
        input: &Input,
        _dataset: &str,
        options: &crate::Options,
        sink: &mut dyn Sink,
        progress: Progress<'_>,
    ) -> Result<ImportReport, IngestError> {
        read(input, options.dataset.as_deref(), sink, progress)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names() {
        let f = FileName::parse("berlin-lor-population-2020-02-t1-planning-areas.csv").unwrap();
        assert_eq!(f.period, Period::HalfYear(2020, 2));
        assert_eq!(f.table, 1);
        assert_eq!(f.scheme(), "PLR");
        let f = FileName::parse("berlin-lor-population-2021-01-t4-planning-areas.csv").unwrap();
        assert_eq!(f.period, Period::HalfYear(2021, 1));
        assert_eq!(f.scheme(), "PLR2021");
        let f = FileName::parse("berlin-lor-population-2024-02-t1-districts.csv").unwrap();
        assert_eq!(f.scheme(), "BEZ");
        assert_eq!(
            FileName::parse("berlin-lor-population-2024-02-t4-forecast-areas.csv")
                .unwrap()
                .scheme(),
            "PRG"
        );
        assert!(FileName::parse("berlin-lor-population-2024-03-t1-districts.csv").is_none());
        assert!(FileName::parse("berlin-lor-population-2024-02-t2-districts.csv").is_none());
        assert!(FileName::parse("berlin-lor-population-2024-02-t1-blocks.csv").is_none());
        assert!(FileName::parse("berlin_2024.csv").is_none());
    }

    #[test]
    fn levels_of_schemes() {
        let b = GeoCode::new(BERLIN);
        assert_eq!(GeoCode::within(&b, "BEZ", "01").level(), GeoLevel::District);
        for s in ["PLR", "PLR2021", "PRG"] {
            assert_eq!(
                GeoCode::within(&b, s, "0110").level(),
                GeoLevel::Neighbourhood
            );
        }
    }

    #[test]
    fn groups() {
        assert_eq!(
            t1_group("inhabitants_germans_with_migration_background")
                .unwrap()
                .key(),
            "citizen=NAT;background=WITH"
        );
        assert!(t1_group("inhabitants").unwrap().is_total());
        assert_eq!(t4_group("inhabitants").unwrap().key(), "background=WITH");
        assert_eq!(
            t4_group("inhabitants_from_greece").unwrap().key(),
            "background=EL"
        );
        assert!(t4_group("inhabitants_from_mars").is_none());
    }
}
