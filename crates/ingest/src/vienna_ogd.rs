//! Vienna's open government data tables by district and sub-district (Stadt Wien, MA 23,
//! `data.wien.gv.at`): `;`-separated, one row per area, year and breakdown:
//!
//! ```text
//! NUTS;DISTRICT_CODE;SUB_DISTRICT_CODE;REF_YEAR;REF_DATE;SEX;GEO2;MIG_NET;MIG_EXT_IN;…
//! AT13;90100;90101;2007;2007;1;AUT;-13;10;…
//! ```
//!
//! - Geography: Vienna is Urban Audit city `AT001C`. A row whose sub-district code equals
//!   its district code is about the district (`AT001C:BEZ:90100`, level district); any
//!   other is a counting district, *Zählbezirk* (`AT001C:ZBZ:90101`, level neighbourhood).
//! - Period: `REF_YEAR` (stocks on 1 January are the year's figure, as at Eurostat).
//! - Breakdown columns: `SEX` (`1` men, `2` women) and `GEO2` (citizenship: `AUT`
//!   Austrians → `citizen=NAT`, `FOR` foreigners → `citizen=FOR`).
//! - Every other column is a count: its lower-case name is the variable (`mig_ext_in`),
//!   except that a `_MAL` / `_FEM` / `_TOTAL` ending is the sex (`POP_MAL` → variable `pop`
//!   of `sex=M`). Empty cells are no value and are skipped.

use crate::error::{IngestError, Location};
use crate::input::Input;
use crate::value::parse_number;
use crate::{ImportReport, Progress, Sink};
use model::{Dimension, Flags, GeoCode, Geography, Observation, Period, PopulationGroup};
use std::collections::{BTreeMap, HashSet};

/// Vienna in the Urban Audit.
pub const VIENNA: &str = "AT001C";
/// The columns every table of this family starts with.
const FIXED: [&str; 5] = [
    "NUTS",
    "DISTRICT_CODE",
    "SUB_DISTRICT_CODE",
    "REF_YEAR",
    "REF_DATE",
];

/// Vienna's OGD tables by district and sub-district.
#[derive(Debug)]
pub struct ViennaOgd;

impl crate::Reader for ViennaOgd {
    fn name(&self) -> &'static str {
        "vienna-ogd"
    }
    fn description(&self) -> &'static str {
        "Vienna's open data tables by district and sub-district (NUTS;DISTRICT_CODE;SUB_DISTRICT_CODE;REF_YEAR;…)"
    }
    fn claims(&self, sniff: &crate::Sniff<'_>) -> bool {
        sniff.first_line.starts_with(&FIXED.join(";"))
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

/// What a column holds.
enum Column {
    Fixed,
    Sex,
    Citizenship,
    Count {
        variable: String,
        sex: Option<&'static str>,
    },
}

fn column(name: &str) -> Column {
    if FIXED.contains(&name) {
        return Column::Fixed;
    }
    match name {
        "SEX" => return Column::Sex,
        "GEO2" => return Column::Citizenship,
        _ => {}
    }
    let (stem, sex) = if let Some(s) = name.strip_suffix("_MAL") {
        (s, Some("M"))
    } else if let Some(s) = name.strip_suffix("_FEM") {
        (s, Some("F"))
    } else if let Some(s) = name.strip_suffix("_TOTAL") {
        (s, None)
    } else {
        (name, None)
    };
    Column::Count {
        variable: stem.to_ascii_lowercase(),
        sex,
    }
}

/// `vie-zbz-pop-sex-nat-geo2-mig-2007f.csv` → `vie_zbz_pop_sex_nat_geo2_mig`.
fn dataset_of(file_name: &str) -> String {
    let stem = file_name.split('.').next().unwrap_or(file_name);
    let stem = match stem.rsplit_once('-') {
        Some((head, tail))
            if tail
                .trim_end_matches('f')
                .bytes()
                .all(|b| b.is_ascii_digit()) =>
        {
            head
        }
        _ => stem,
    };
    stem.replace('-', "_")
}

pub fn read(
    input: &Input,
    dataset: Option<&str>,
    sink: &mut dyn Sink,
    progress: Progress<'_>,
) -> Result<ImportReport, IngestError> {
    let path = input.path();
    let dataset = dataset
        .map(str::to_string)
        .unwrap_or_else(|| dataset_of(&input.file_name()));
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(true)
        .from_reader(std::io::BufReader::with_capacity(1 << 16, input.open()?));
    let names = crate::error::csv_headers(input, &mut rdr)?;
    let columns: Vec<Column> = names.iter().map(|n| column(n.trim())).collect();
    let index = |name: &str| names.iter().position(|n| n.trim() == name);
    let (Some(district_col), Some(sub_col), Some(year_col)) = (
        index("DISTRICT_CODE"),
        index("SUB_DISTRICT_CODE"),
        index("REF_YEAR"),
    ) else {
        return Err(IngestError::invalid(
            Location {
                file: path.to_path_buf(),
                line: Some(1),
                column: None,
            },
            format!("the header '{}'", names.join(";")),
            FIXED.join(";"),
        ));
    };
    let vienna = GeoCode::new(VIENNA);
    let mut report = ImportReport::default();
    report.add_dataset(&dataset);
    let mut areas: HashSet<String> = HashSet::new();
    let mut record = csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let headers = csv::StringRecord::from(names.clone());
                return Err(IngestError::from_csv(input, Some(&headers), e));
            }
        }
        report.rows_read += 1;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let at = |i: usize| Location {
            file: path.to_path_buf(),
            line: Some(line),
            column: Some((i + 1, names[i].clone())),
        };
        let five_digits = |i: usize| -> Result<&str, IngestError> {
            let t = record.get(i).unwrap_or("").trim();
            if t.len() == 5 && t.bytes().all(|b| b.is_ascii_digit()) && t.starts_with('9') {
                Ok(t)
            } else {
                Err(IngestError::invalid(
                    at(i),
                    format!("'{t}'"),
                    "a five-digit Vienna area code (90100 for the 1st district, 90101 for its first sub-district)",
                ))
            }
        };
        let district = five_digits(district_col)?;
        let sub = five_digits(sub_col)?;
        let geo = if sub == district {
            GeoCode::within(&vienna, "BEZ", district)
        } else {
            GeoCode::within(&vienna, "ZBZ", sub)
        };
        let year_text = record.get(year_col).unwrap_or("").trim();
        let period = year_text
            .parse::<i32>()
            .ok()
            .filter(|y| (1800..=2200).contains(y))
            .map(Period::Year)
            .ok_or_else(|| {
                IngestError::invalid(at(year_col), format!("'{year_text}'"), "a year")
            })?;
        if areas.is_empty() {
            // The city itself, by the name its statistics give it: a store that knows Vienna
            // only by a code (Eurostat's older tables) learns its name here.
            sink.geography(Geography::from_code(vienna.clone(), "Wien"))
                .map_err(|m| IngestError::Sink {
                    location: at(sub_col),
                    message: m,
                })?;
            report.geographies += 1;
        }
        if areas.insert(geo.as_str().to_string()) {
            let name = if sub == district {
                format!("Vienna district {}", &district[1..3])
            } else {
                format!("Vienna sub-district {sub}")
            };
            let geography = Geography {
                level: geo.level(),
                country: Some(GeoCode::new("AT")),
                parent: Some(vienna.clone()),
                name,
                code: geo.clone(),
            };
            sink.geography(geography).map_err(|m| IngestError::Sink {
                location: at(sub_col),
                message: m,
            })?;
            report.geographies += 1;
        }
        let mut group = PopulationGroup::total();
        for (i, col) in columns.iter().enumerate() {
            let text = record.get(i).unwrap_or("").trim();
            match col {
                Column::Sex => match text {
                    "1" => group.set(Dimension::Sex, "M"),
                    "2" => group.set(Dimension::Sex, "F"),
                    _ => {
                        return Err(IngestError::invalid(
                            at(i),
                            format!("'{text}'"),
                            "1 (men) or 2 (women)",
                        ));
                    }
                },
                Column::Citizenship => match text {
                    "AUT" => group.set(Dimension::Citizenship, "NAT"),
                    "FOR" => group.set(Dimension::Citizenship, "FOR"),
                    _ => {
                        return Err(IngestError::invalid(
                            at(i),
                            format!("'{text}'"),
                            "AUT (Austrians) or FOR (foreigners)",
                        ));
                    }
                },
                _ => {}
            }
        }
        for (i, col) in columns.iter().enumerate() {
            let Column::Count { variable, sex } = col else {
                continue;
            };
            let text = record.get(i).unwrap_or("").trim();
            if text.is_empty() {
                report.skip("empty cell");
                continue;
            }
            let value = parse_number(text)
                .map_err(|_| IngestError::invalid(at(i), format!("'{text}'"), "a number"))?;
            let mut group = group.clone();
            if let Some(s) = sex {
                group.set(Dimension::Sex, s);
            }
            let obs = Observation {
                dataset: dataset.clone(),
                variable: variable.clone(),
                geo: geo.clone(),
                group,
                breakdown: BTreeMap::new(),
                period,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dataset_names_drop_the_first_year() {
        assert_eq!(
            dataset_of("vie-zbz-pop-sex-nat-geo2-mig-2007f.csv"),
            "vie_zbz_pop_sex_nat_geo2_mig"
        );
        assert_eq!(
            dataset_of("vie-bez-pop-sex-stk-1869f.csv"),
            "vie_bez_pop_sex_stk"
        );
    }

    #[test]
    fn sex_endings_are_a_breakdown() {
        assert!(
            matches!(column("POP_MAL"), Column::Count { ref variable, sex: Some("M") } if variable == "pop")
        );
        assert!(
            matches!(column("POP_TOTAL"), Column::Count { ref variable, sex: None } if variable == "pop")
        );
        assert!(
            matches!(column("MIG_NET"), Column::Count { ref variable, sex: None } if variable == "mig_net")
        );
        assert!(matches!(column("GEO2"), Column::Citizenship));
    }
}
