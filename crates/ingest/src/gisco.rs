//! GISCO's list of Urban Audit cities (`gisco_urau_2021_cities.csv`).
//!
//! ```text
//! URAU_CODE,URAU_CATG,CNTR_CODE,URAU_NAME,CITY_CPTL,FUA_CODE,AREA_SQM,NUTS3_2021,FID
//! NL005C,C,NL,Alphen aan den Rijn,,NL005F,132422326.439074,NL33B,NL005C
//! ```
//!
//! Per row:
//! - a [`Geography`] for the city (`URAU_CODE`), named `URAU_NAME`, country `CNTR_CODE`,
//!   parent the NUTS 3 region `NUTS3_2021`: the city → NUTS 3 link the code alone does
//!   not show;
//! - an observation of the city's area: dataset `gisco_urau_2021`, variable `AREA_KM2`,
//!   unit `KM2`, period 2021, value `AREA_SQM` / 1 000 000;
//! - the first time a functional urban area (`FUA_CODE`) appears, a [`Geography`] for it
//!   named "<city> (functional urban area)" after its first city in the file (the core
//!   city: FUAs are named after it), parent the country. The file has no FUA names of
//!   its own; a later import of a source that names FUAs replaces these names.
//!
//! `CITY_CPTL` (capital flag) and `FID` (a copy of the code) are not stored. Only rows
//! whose category `URAU_CATG` is `C` (city) are read; others are counted as skipped.

use crate::error::{IngestError, Location};
use crate::input::Input;
use crate::value::parse_number;
use crate::{ImportReport, Progress, Sink};
use model::{Flags, GeoCode, GeoLevel, Geography, Observation, Period, PopulationGroup};
use std::collections::{BTreeMap, HashSet};

/// The dataset id the areas are stored under unless the caller gives another.
pub const DATASET: &str = "gisco_urau_2021";
/// The reference year of the city boundaries.
pub const YEAR: i32 = 2021;

const REQUIRED: [&str; 6] = [
    "URAU_CODE",
    "URAU_CATG",
    "CNTR_CODE",
    "URAU_NAME",
    "FUA_CODE",
    "AREA_SQM",
];

pub fn read(
    input: &Input,
    dataset: Option<&str>,
    sink: &mut dyn Sink,
    progress: Progress<'_>,
) -> Result<ImportReport, IngestError> {
    let path = input.path();
    let dataset = dataset.unwrap_or(DATASET);
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
    let col = |name: &str| names.iter().position(|h| h.eq_ignore_ascii_case(name));
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|n| col(n).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(IngestError::invalid(
            Location {
                file: path.to_path_buf(),
                line: Some(1),
                column: None,
            },
            format!("columns {}", names.join(", ")),
            format!(
                "GISCO's Urban Audit columns {}, NUTS3_2021 (missing: {})",
                REQUIRED.join(", "),
                missing.join(", ")
            ),
        ));
    }
    // Every required column is present (checked just above).
    let [code_i, catg_i, cntr_i, name_i, fua_i, area_i] = REQUIRED.map(|n| col(n).unwrap_or(0));
    let nuts_i = col("NUTS3_2021").or_else(|| col("NUTS3"));

    let mut report = ImportReport::default();
    report.add_dataset(dataset);
    let mut seen_fua: HashSet<String> = HashSet::new();
    let mut seen_city: HashSet<String> = HashSet::new();
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
        let get = |i: usize| record.get(i).unwrap_or("").trim();
        if !get(catg_i).eq_ignore_ascii_case("C") {
            report.skip("not a city (URAU_CATG other than C)");
            continue;
        }
        let code = GeoCode::new(get(code_i));
        if code.level() != GeoLevel::City {
            return Err(IngestError::invalid(
                at(code_i),
                format!("'{code}'"),
                "an Urban Audit city code: country, three digits, C (DE001C)",
            ));
        }
        if !seen_city.insert(code.as_str().to_string()) {
            return Err(IngestError::invalid(
                at(code_i),
                format!("{code} a second time"),
                "each city once",
            ));
        }
        let country = get(cntr_i);
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(IngestError::invalid(
                at(cntr_i),
                format!("'{country}'"),
                "a two-letter Eurostat country code (EL for Greece, UK for the United Kingdom)",
            ));
        }
        let name = get(name_i);
        if name.is_empty() {
            return Err(IngestError::invalid(
                at(name_i),
                "an empty name",
                "the city's name",
            ));
        }
        let parent = match nuts_i.map(|i| (i, get(i))) {
            Some((nuts_col, n)) if !n.is_empty() => {
                let nuts = GeoCode::new(n);
                if nuts.level() != GeoLevel::Nuts3 || !n.starts_with(country) {
                    return Err(IngestError::invalid(
                        at(nuts_col),
                        format!("'{n}'"),
                        format!("a NUTS 3 code of {country} (five characters, as DE300)"),
                    ));
                }
                Some(nuts)
            }
            _ => {
                report.skip("no NUTS 3 region: parent left to the country");
                code.implied_parent()
            }
        };
        let geography = Geography {
            level: GeoLevel::City,
            country: Some(GeoCode::new(country)),
            parent,
            name: name.to_string(),
            code: code.clone(),
        };
        sink.geography(geography).map_err(|m| IngestError::Sink {
            location: at(code_i),
            message: m,
        })?;
        report.geographies += 1;

        let fua = get(fua_i);
        if !fua.is_empty() && seen_fua.insert(fua.to_string()) {
            let fua_code = GeoCode::new(fua);
            if fua_code.level() != GeoLevel::FunctionalUrbanArea {
                return Err(IngestError::invalid(
                    at(fua_i),
                    format!("'{fua}'"),
                    "an Urban Audit functional urban area code (DE001F)",
                ));
            }
            let g = Geography {
                level: GeoLevel::FunctionalUrbanArea,
                country: Some(GeoCode::new(country)),
                parent: Some(GeoCode::new(country)),
                name: format!("{name} (functional urban area)"),
                code: fua_code,
            };
            sink.geography(g).map_err(|m| IngestError::Sink {
                location: at(fua_i),
                message: m,
            })?;
            report.geographies += 1;
        }

        let area_text = get(area_i);
        if area_text.is_empty() {
            report.skip("no area");
            continue;
        }
        let area_m2 = parse_number(area_text).map_err(|_| {
            IngestError::invalid(
                at(area_i),
                format!("'{area_text}'"),
                "the area in square metres (a number with a decimal point '.')",
            )
        })?;
        if area_m2 <= 0.0 {
            return Err(IngestError::invalid(
                at(area_i),
                format!("{area_m2}"),
                "a positive area in square metres",
            ));
        }
        let obs = Observation {
            dataset: dataset.to_string(),
            variable: "AREA_KM2".to_string(),
            geo: code,
            group: PopulationGroup::total(),
            breakdown: BTreeMap::new(),
            period: Period::Year(YEAR),
            value: area_m2 / 1_000_000.0,
            unit: Some("KM2".to_string()),
            flags: Flags::NONE,
        };
        sink.observation(obs).map_err(|m| IngestError::Sink {
            location: at(area_i),
            message: m,
        })?;
        report.observations += 1;
        if report.rows_read % 8192 == 0 {
            progress(record.position().map(|p| p.byte()).unwrap_or(0));
        }
    }
    if !seen_fua.is_empty() {
        report.notes.push(format!(
            "{} functional urban areas named after their first city in the file",
            seen_fua.len()
        ));
    }
    Ok(report)
}

/// GISCO's Urban Audit city list (codes, names, countries, FUA and NUTS 3 links).
#[derive(Debug)]
pub struct GiscoCities;

impl crate::Reader for GiscoCities {
    fn name(&self) -> &'static str {
        "gisco-cities"
    }
    fn description(&self) -> &'static str {
        "GISCO's Urban Audit city list (codes, names, countries, FUA and NUTS 3 links)"
    }
    fn claims(&self, sniff: &crate::Sniff<'_>) -> bool {
        sniff.first_line.starts_with("URAU_CODE,")
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
