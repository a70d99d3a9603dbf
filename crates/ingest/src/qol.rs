//! The Quality of Life in European Cities 2023 aggregated workbook (DG REGIO).
//!
//! Sheet `QoL in European cities 2023_V2` is a cross-table: row 2 names the cities from
//! column E on (`101 Graz`, `102 Wien`, …; column D is an unweighted "total average"
//! computed by formulas and is skipped). Each question is a block of rows:
//!
//! ```text
//! A: Q3_4 Is the city … - Immigrants …   B: 1 A good place to live   C: Column N %       E…: 0.7876…
//!                                        B: 2 Not a good place …     C: Column N %       E…: 0.1550…
//!                                        B: 99 Don't know/…          C: Column N %       E…: 0.0572…
//!                                        B: Total                    C: Unweighted Count E…: 849
//! ```
//!
//! What is produced, for dataset `qol_2023`, period 2023, the whole population:
//! - per answer row and city: variable = the question code (`Q3_4`, `TB_Q3_4`, `D1_recode`),
//!   breakdown `answer=<code>` (the leading number of the answer label: `1`, `-1`, `99`;
//!   `1,00` is `1`), value = the weighted share **in percent** (share × 100, made by moving
//!   the decimal point of the workbook's number, so no digit changes), unit `PC`;
//! - per question and city: the unweighted number of respondents, same variable, breakdown
//!   `answer=TOTAL`, unit `NR`. The unit keeps the two apart: shares of one question add
//!   up to 100 over its answers without `answer=TOTAL`.
//!
//! The question code `$Q5` (a multiple-response set: several answers per respondent, so
//! its shares do not add up to 100) is stored as `Q5`. Question texts (sheet `Questions`,
//! or the block headers) are returned in [`ImportReport::variables`].
//!
//! Cities are mapped to Urban Audit codes by the bundled table
//! `catalogue/mappings/qol2023_cities.toml`; a city not in the table is imported under
//! `QOL:<label>` (level city, no country) and the report says so. A `Geography` is
//! emitted for every city with the name of the workbook (without the number).
//!
//! Empty cells are skipped (counted as "empty cell"), as are cells reading
//! `Not available` (counted as "not available"; Q13_5 in one city).

use crate::error::{IngestError, Location};
use crate::input::Input;
use crate::xlsx::{cell_location, error_cell, open, sheet_range, workbook_error};
use crate::{ImportReport, Progress, Sink};
use calamine::{Data, Range, Reader};
use model::names::fold;
use model::{Flags, GeoCode, GeoLevel, Geography, Observation, Period, PopulationGroup};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The dataset id the observations are stored under unless the caller gives another.
pub const DATASET: &str = "qol_2023";
/// The sheet with the figures.
pub const SHEET: &str = "QoL in European cities 2023_V2";
/// The sheet with the question texts.
pub const QUESTIONS_SHEET: &str = "Questions";
/// The survey year.
pub const YEAR: i32 = 2023;

const CITIES_TOML: &str = include_str!("../../../catalogue/mappings/qol2023_cities.toml");

/// The bundled QoL city → Urban Audit code table.
#[derive(Debug, Deserialize)]
pub struct CityTable {
    /// City label (as in the workbook, without its number) → Urban Audit code.
    pub cities: BTreeMap<String, String>,
    /// Cities whose code could not be checked against a bundled Eurostat file.
    #[serde(default)]
    pub unverified: Vec<String>,
}

impl CityTable {
    /// The table bundled with the program.
    pub fn bundled() -> CityTable {
        toml::from_str(CITIES_TOML).expect("catalogue/mappings/qol2023_cities.toml is valid TOML")
    }

    /// The code for a city label: exact, or equal after folding case and accents
    /// (`Bucureşti` with a cedilla finds `București` with a comma).
    pub fn code(&self, label: &str) -> Option<&str> {
        if let Some(c) = self.cities.get(label.trim()) {
            return Some(c);
        }
        let f = fold(label);
        self.cities
            .iter()
            .find(|(k, _)| fold(k) == f)
            .map(|(_, v)| v.as_str())
    }

    fn is_unverified(&self, label: &str) -> bool {
        let f = fold(label);
        self.unverified.iter().any(|u| fold(u) == f)
    }
}

/// A city column of the workbook.
#[derive(Debug, Clone)]
struct City {
    /// Column index (0-based, A = 0).
    col: u32,
    name: String,
    geo: GeoCode,
}

/// `101 Graz` → (`101`, `Graz`).
fn split_city_header(text: &str) -> Option<(&str, &str)> {
    let t = text.trim();
    let (num, name) = t.split_once(char::is_whitespace)?;
    (!num.is_empty() && num.bytes().all(|b| b.is_ascii_digit()) && !name.trim().is_empty())
        .then(|| (num, name.trim()))
}

/// `Q3_4 Is the city …` → (`Q3_4`, `Is the city …`); `$Q5 …` → `Q5`.
fn split_question(text: &str) -> (String, String) {
    let t = text.trim();
    let (code, label) = t.split_once(char::is_whitespace).unwrap_or((t, ""));
    let code = code.trim_start_matches('$').to_string();
    let label = label.trim();
    let label = if label.is_empty() {
        code.clone()
    } else {
        label.to_string()
    };
    (code, label)
}

/// The answer code at the start of an answer label: `1 Very unsatisfied` → `1`,
/// `-1 Bot2` → `-1`, `1,00 15-24` → `1`, `999,00 …` → `999`.
fn answer_code(label: &str) -> Option<String> {
    let first = label.split_whitespace().next()?;
    let (int, frac) = match first.split_once([',', '.']) {
        Some((i, f)) => (i, f),
        None => (first, ""),
    };
    let digits = int.strip_prefix('-').unwrap_or(int);
    if digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b == b'0')
    {
        return None;
    }
    Some(int.to_string())
}

/// `share × 100` by moving the decimal point of the shortest text of `share` two places:
/// `0.07465818191006804` → `7.465818191006804` exactly as written, where a floating-point
/// multiplication could end in `…035`.
pub fn percent_from_share(share: f64) -> f64 {
    let text = format!("{share}"); // Rust never writes an exponent here
    let (sign, digits) = match text.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", text.as_str()),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut frac = frac.to_string();
    while frac.len() < 2 {
        frac.push('0');
    }
    let (moved, rest) = frac.split_at(2);
    let shifted = if rest.is_empty() {
        format!("{sign}{int}{moved}")
    } else {
        format!("{sign}{int}{moved}.{rest}")
    };
    shifted.parse().unwrap_or(share * 100.0)
}

fn text_of(d: Option<&Data>) -> String {
    match d {
        Some(Data::String(s)) => s.trim().to_string(),
        Some(Data::Float(f)) => crate::xlsx::number_text(*f),
        Some(Data::Int(i)) => i.to_string(),
        _ => String::new(),
    }
}

/// The cell at absolute row/column (0-based), or `None` outside the used range.
fn at(range: &Range<Data>, row: u32, col: u32) -> Option<&Data> {
    range.get_value((row, col))
}

/// Reads the workbook.
pub fn read(
    input: &Input,
    dataset: Option<&str>,
    sink: &mut dyn Sink,
    progress: Progress<'_>,
) -> Result<ImportReport, IngestError> {
    let path = input.path();
    let dataset = dataset.unwrap_or(DATASET);
    let table = CityTable::bundled();
    let mut wb = open(input)?;
    let names = wb.sheet_names();
    let sheet_name = names
        .iter()
        .find(|n| n.as_str() == SHEET)
        .or_else(|| names.iter().find(|n| n.starts_with("QoL in European cities")))
        .cloned()
        .ok_or_else(|| {
            IngestError::invalid(
                Location {
                    file: path.to_path_buf(),
                    ..Location::default()
                },
                format!("sheets {}", names.join(", ")),
                format!("a sheet '{SHEET}' (the Quality of Life 2023 aggregated workbook)"),
            )
            .with_hint("is this the aggregated workbook from DG REGIO's Quality of Life page? other workbooks are read as tidy sheets (--format tidy-xlsx)")
        })?;

    let mut report = ImportReport::default();
    report.add_dataset(dataset);
    let mut variables: Vec<(String, String)> = Vec::new();
    let mut known_vars: HashSet<String> = HashSet::new();
    if names.iter().any(|n| n == QUESTIONS_SHEET) {
        let (_, q) = sheet_range(path, &mut wb, Some(QUESTIONS_SHEET))?;
        let (first, last) = (q.start().unwrap_or((0, 0)).0, q.end().unwrap_or((0, 0)).0);
        for row in first..=last {
            let text = text_of(at(&q, row, 0));
            if text.is_empty() || text.eq_ignore_ascii_case("index") {
                continue;
            }
            let (code, label) = split_question(&text);
            if known_vars.insert(code.clone()) {
                variables.push((code, label));
            }
        }
    }

    let range = wb
        .worksheet_range(&sheet_name)
        .map_err(|e| workbook_error(path, Some(&sheet_name), e))?;
    let Some((first_row, _)) = range.start() else {
        return Err(IngestError::Empty {
            location: Location {
                file: path.to_path_buf(),
                ..Location::default()
            },
        });
    };
    let (last_row, last_col) = range.end().unwrap_or((0, 0));
    let loc =
        |row: u32, col: u32, header: &str| cell_location(path, &sheet_name, row + 1, col, header);

    // The city header row: the first row whose column E reads "<number> <name>".
    const FIRST_CITY_COL: u32 = 4;
    let header_row = (first_row..=last_row.min(first_row + 20))
        .find(|&r| {
            matches!(at(&range, r, FIRST_CITY_COL), Some(Data::String(s)) if split_city_header(s).is_some())
        })
        .ok_or_else(|| {
            IngestError::invalid(
                loc(first_row, FIRST_CITY_COL, ""),
                "no row of city headers",
                "a row naming the cities from column E on, as \"101 Graz\"",
            )
        })?;

    let mut cities: Vec<City> = Vec::new();
    let mut seen_codes: HashMap<String, String> = HashMap::new();
    let mut unverified: Vec<String> = Vec::new();
    for col in FIRST_CITY_COL..=last_col {
        let text = text_of(at(&range, header_row, col));
        if text.is_empty() {
            break;
        }
        let Some((_, name)) = split_city_header(&text) else {
            return Err(IngestError::invalid(
                loc(header_row, col, ""),
                format!("'{text}'"),
                "a city header such as \"101 Graz\" (number, space, name)",
            ));
        };
        let geo = match table.code(name) {
            Some(code) => {
                if table.is_unverified(name) {
                    unverified.push(format!("{name} → {code}"));
                }
                GeoCode::new(code)
            }
            None => {
                report.notes.push(format!(
                    "city '{name}' (column {}) is not in catalogue/mappings/qol2023_cities.toml: imported under QOL:{name}",
                    crate::xlsx::column_letter(col)
                ));
                GeoCode::new(format!("QOL:{name}"))
            }
        };
        if let Some(other) = seen_codes.insert(geo.as_str().to_string(), name.to_string()) {
            return Err(IngestError::invalid(
                loc(header_row, col, ""),
                format!("'{name}' mapped to {geo}, the code of '{other}' too"),
                "one Urban Audit code per city",
            )
            .with_hint("fix catalogue/mappings/qol2023_cities.toml"));
        }
        cities.push(City {
            col,
            name: name.to_string(),
            geo,
        });
    }
    if !unverified.is_empty() {
        report.notes.push(format!(
            "the Urban Audit codes of {} cities are not in the bundled Eurostat files and were set by hand: {}",
            unverified.len(),
            unverified.join(", ")
        ));
    }
    for c in &cities {
        let geo = if c.geo.as_str().starts_with("QOL:") {
            Geography {
                code: c.geo.clone(),
                name: c.name.clone(),
                level: GeoLevel::City,
                country: None,
                parent: None,
            }
        } else {
            Geography::from_code(c.geo.clone(), c.name.clone())
        };
        sink.geography(geo).map_err(|m| IngestError::Sink {
            location: loc(header_row, c.col, ""),
            message: m,
        })?;
        report.geographies += 1;
    }

    let period = Period::Year(YEAR);
    let mut question: Option<String> = None;
    let mut answers_seen: HashSet<String> = HashSet::new();
    for row in header_row + 1..=last_row {
        let a = text_of(at(&range, row, 0));
        if !a.is_empty() {
            let (code, label) = split_question(&a);
            if known_vars.insert(code.clone()) {
                variables.push((code.clone(), label));
            }
            question = Some(code);
            answers_seen.clear();
        }
        let b = text_of(at(&range, row, 1));
        let c = text_of(at(&range, row, 2));
        let (answer, unit) = match c.as_str() {
            "Column N %" => {
                let code = answer_code(&b).ok_or_else(|| {
                    IngestError::invalid(
                        loc(row, 1, ""),
                        format!("'{b}'"),
                        "an answer label starting with its code, as \"1 Very satisfied\" or \"99 Don't know\"",
                    )
                })?;
                (code, "PC")
            }
            "Unweighted Count" => ("TOTAL".to_string(), "NR"),
            "" if b.is_empty() => continue,
            _ => {
                return Err(IngestError::invalid(
                    loc(row, 2, ""),
                    format!("'{c}'"),
                    "\"Column N %\" (an answer's shares) or \"Unweighted Count\" (the block's total row)",
                ));
            }
        };
        let Some(variable) = question.clone() else {
            return Err(IngestError::invalid(
                loc(row, 0, ""),
                "figures before any question",
                "a question code and text in column A above the first answer row",
            ));
        };
        if !answers_seen.insert(answer.clone()) {
            return Err(IngestError::invalid(
                loc(row, 1, ""),
                format!("answer {answer} a second time in question {variable}"),
                "each answer once per question",
            ));
        }
        for city in &cities {
            report.rows_read += 1;
            let cell = at(&range, row, city.col);
            let value = match cell {
                None | Some(Data::Empty) => {
                    report.skip("empty cell");
                    continue;
                }
                Some(Data::Float(f)) => *f,
                Some(Data::Int(i)) => *i as f64,
                Some(Data::String(s)) if s.trim().eq_ignore_ascii_case("not available") => {
                    report.skip("not available");
                    continue;
                }
                Some(Data::Error(e)) => {
                    return Err(error_cell(loc(row, city.col, &city.name), &e.to_string()));
                }
                Some(other) => {
                    return Err(IngestError::invalid(
                        loc(row, city.col, &city.name),
                        format!("'{other}'"),
                        "a number, an empty cell or \"Not available\"",
                    ));
                }
            };
            let value = if unit == "PC" {
                if !(-1e-9..=1.0 + 1e-9).contains(&value) {
                    return Err(IngestError::invalid(
                        loc(row, city.col, &city.name),
                        format!("{value}"),
                        "a share between 0 and 1 (\"Column N %\")",
                    ));
                }
                percent_from_share(value)
            } else {
                if value < 0.0 || value.fract() != 0.0 {
                    return Err(IngestError::invalid(
                        loc(row, city.col, &city.name),
                        format!("{value}"),
                        "a count of respondents (\"Unweighted Count\"): a whole number",
                    ));
                }
                value
            };
            let mut breakdown = BTreeMap::new();
            breakdown.insert("answer".to_string(), answer.clone());
            let obs = Observation {
                dataset: dataset.to_string(),
                variable: variable.clone(),
                geo: city.geo.clone(),
                group: PopulationGroup::total(),
                breakdown,
                period,
                value,
                unit: Some(unit.to_string()),
                flags: Flags::NONE,
            };
            sink.observation(obs).map_err(|m| IngestError::Sink {
                location: loc(row, city.col, &city.name),
                message: m,
            })?;
            report.observations += 1;
        }
    }
    report.notes.push(
        "shares are stored in percent (unit PC, the workbook's share × 100); answer=TOTAL (unit NR) is the unweighted number of respondents".to_string(),
    );
    if known_vars.contains("Q5") {
        report.notes.push(
            "Q5 ($Q5 in the workbook) allows several answers: its shares do not add up to 100"
                .to_string(),
        );
    }
    report.variables = variables;
    progress(input.len().unwrap_or(0));
    Ok(report)
}

/// The Quality of Life in European Cities 2023 aggregated workbook.
#[derive(Debug)]
pub struct QualityOfLife;

impl crate::Reader for QualityOfLife {
    fn name(&self) -> &'static str {
        "qol-2023"
    }
    fn description(&self) -> &'static str {
        "The Quality of Life in European Cities 2023 aggregated workbook"
    }
    fn claims(&self, sniff: &crate::Sniff<'_>) -> bool {
        sniff.name.ends_with(".xlsx") && sniff.name.starts_with("qol_")
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
    fn bundled_table_has_all_83_cities_with_distinct_codes() {
        let t = CityTable::bundled();
        assert_eq!(t.cities.len(), 83);
        let codes: HashSet<&String> = t.cities.values().collect();
        assert_eq!(codes.len(), 83);
        for (name, code) in &t.cities {
            let level = GeoCode::new(code.as_str()).level();
            assert!(
                matches!(level, GeoLevel::City | GeoLevel::GreaterCity),
                "{name} → {code}"
            );
        }
        for u in &t.unverified {
            assert!(
                t.cities.contains_key(u),
                "unverified city {u} not in the table"
            );
        }
        assert_eq!(t.code("Graz"), Some("AT002C"));
        assert_eq!(t.code("bucuresti"), Some("RO001C"));
        assert_eq!(t.code("Atlantis"), None);
    }

    #[test]
    fn labels_and_codes() {
        assert_eq!(split_city_header("101 Graz"), Some(("101", "Graz")));
        assert_eq!(
            split_city_header("202 Bruxelles / Brussel"),
            Some(("202", "Bruxelles / Brussel"))
        );
        assert_eq!(split_city_header("BR_D3_Cityrecode"), None);
        assert_eq!(answer_code("1 Very unsatisfied").as_deref(), Some("1"));
        assert_eq!(answer_code("-1 Bot2").as_deref(), Some("-1"));
        assert_eq!(answer_code("99 Don’t know").as_deref(), Some("99"));
        assert_eq!(answer_code("1,00 15-24").as_deref(), Some("1"));
        assert_eq!(answer_code("999,00 Refuses").as_deref(), Some("999"));
        assert_eq!(answer_code("Total"), None);
        assert_eq!(answer_code("1,5 x"), None);
        assert_eq!(
            split_question("$Q5 On a typical day"),
            ("Q5".to_string(), "On a typical day".to_string())
        );
        assert_eq!(
            split_question("total"),
            ("total".to_string(), "total".to_string())
        );
    }

    #[test]
    fn percent_moves_the_decimal_point() {
        assert_eq!(percent_from_share(0.07465818191006804), 7.465818191006804);
        assert_eq!(percent_from_share(0.7876133572851844), 78.76133572851844);
        assert_eq!(percent_from_share(0.0), 0.0);
        assert_eq!(percent_from_share(1.0), 100.0);
        assert_eq!(percent_from_share(0.5), 50.0);
        assert_eq!(percent_from_share(0.001), 0.1);
        assert_eq!(percent_from_share(0.0000001), 0.00001);
        for s in [0.1234567890123456, 0.3, 0.07, 0.999999999999] {
            assert!((percent_from_share(s) - s * 100.0).abs() < 1e-12);
        }
    }
}
