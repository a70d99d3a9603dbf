//! Reading a practice file (the columns of `data/practices/README.md`) and checking every
//! row before anything is written: a bad row is refused with the file, line and column,
//! what was found and what was expected, and the whole file with it.

use crate::{PracticesError, Result};
use std::collections::HashMap;

/// The columns of a practice file, in the order of the bundled one. `evidence_level` may be
/// added; every other column must be one of these.
pub const COLUMNS: [&str; 21] = [
    "practice_id",
    "title",
    "city",
    "country",
    "level",
    "thematic_area",
    "target_group",
    "period_start",
    "period_end",
    "lead_organisation",
    "partners",
    "funding",
    "short_description",
    "outcomes_reported",
    "source_url",
    "source_url_2",
    "source_kind",
    "source_repo",
    "source_path",
    "source_commit",
    "notes",
];

/// Columns a row must fill: a practice without an id, title, place or source is not one.
const REQUIRED: [&str; 5] = ["practice_id", "title", "city", "country", "source_url"];

/// One row of a practice file, by column name; absent columns read as empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The line the row starts on (1 is the header).
    pub line: u64,
    fields: HashMap<String, String>,
}

impl Record {
    /// The field's text, trimmed; empty when the column is absent or the source left it empty.
    pub fn get(&self, column: &str) -> &str {
        self.fields.get(column).map(|s| s.trim()).unwrap_or("")
    }
}

/// The rows of the practice file `file` (its name, for messages), checked.
pub fn read(file: &str, bytes: &[u8]) -> Result<Vec<Record>> {
    let text = std::str::from_utf8(bytes).map_err(|e| PracticesError::Invalid {
        file: file.to_string(),
        line: 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count() as u64,
        column: "-".into(),
        message: "the file is not UTF-8 text; save it as UTF-8".into(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| csv_error(file, &e))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    check_header(file, &header)?;
    let mut records = Vec::new();
    let mut first_line_of: HashMap<String, u64> = HashMap::new();
    for row in reader.records() {
        let row = row.map_err(|e| csv_error(file, &e))?;
        let line = row.position().map(|p| p.line()).unwrap_or(0);
        let record = Record {
            line,
            fields: header
                .iter()
                .cloned()
                .zip(row.iter().map(str::to_string))
                .collect(),
        };
        let at = |column: &str, message: String| invalid(file, line, &header, column, message);
        check_row(&record, &at)?;
        let id = record.get("practice_id").to_string();
        if let Some(first) = first_line_of.insert(id.clone(), line) {
            return Err(at(
                "practice_id",
                format!(
                    "'{id}' is already the id of the practice on line {first}; every practice needs its own id"
                ),
            ));
        }
        records.push(record);
    }
    Ok(records)
}

fn csv_error(file: &str, e: &csv::Error) -> PracticesError {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    let message = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!(
                "the row has {len} fields but the header has {expected_len}; quote fields that contain commas"
            )
        }
        _ => e.to_string(),
    };
    PracticesError::Invalid {
        file: file.to_string(),
        line,
        column: "-".into(),
        message,
    }
}

/// An error at `column` of `line`, naming the column by its number and name.
fn invalid(
    file: &str,
    line: u64,
    header: &[String],
    column: &str,
    message: String,
) -> PracticesError {
    let number = header.iter().position(|h| h == column).map(|i| i + 1);
    PracticesError::Invalid {
        file: file.to_string(),
        line,
        column: match number {
            Some(n) => format!("{n} ({column})"),
            None => column.to_string(),
        },
        message,
    }
}

fn check_header(file: &str, header: &[String]) -> Result<()> {
    let at = |column: &str, message: String| invalid(file, 1, header, column, message);
    for h in header {
        if !COLUMNS.contains(&h.as_str()) && h != "evidence_level" {
            return Err(at(
                h,
                format!(
                    "unknown column '{h}'; the columns are {}, and evidence_level",
                    COLUMNS.join(", ")
                ),
            ));
        }
    }
    for r in REQUIRED {
        if !header.iter().any(|h| h == r) {
            return Err(at(r, format!("the column '{r}' is missing")));
        }
    }
    Ok(())
}

fn check_row(r: &Record, at: &dyn Fn(&str, String) -> PracticesError) -> Result<()> {
    for column in REQUIRED {
        if r.get(column).is_empty() {
            return Err(at(
                column,
                format!("{column} is empty; every practice needs one"),
            ));
        }
    }
    let id = r.get("practice_id");
    if !id.split('-').all(|p| {
        !p.is_empty()
            && p.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    }) {
        return Err(at(
            "practice_id",
            format!(
                "'{id}' is not an id like CZ-PRG-001 (capital letters and digits joined by '-')"
            ),
        ));
    }
    for country in r.get("country").split(';').map(str::trim) {
        if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(at(
                "country",
                format!(
                    "'{country}' is not an ISO 3166 two-letter code (several are separated by ';')"
                ),
            ));
        }
    }
    for column in ["source_url", "source_url_2"] {
        let url = r.get(column);
        if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
            return Err(at(
                column,
                format!("'{url}' is not a web address (http:// or https://)"),
            ));
        }
    }
    let start = r.get("period_start");
    let end = r.get("period_end");
    // A period is a date as precise as the source allows, or the source's word for it
    // ("ongoing", "pilot (first year completed)"); what starts like a date must be one.
    for (column, value) in [("period_start", start), ("period_end", end)] {
        if value.starts_with(|c: char| c.is_ascii_digit()) && !is_date(value) {
            return Err(at(
                column,
                format!(
                    "'{value}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (or the source's words, such as 'ongoing')"
                ),
            ));
        }
    }
    if is_date(start) && is_date(end) && ends_before_start(start, end) {
        return Err(at(
            "period_end",
            format!("the period ends ({end}) before it starts ({start})"),
        ));
    }
    Ok(())
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a month 01–12 and a day 01–31.
fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let number = |p: &str, len: usize, max: u32| {
        p.len() == len
            && p.chars().all(|c| c.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n))
    };
    match parts.as_slice() {
        [y] => number(y, 4, 9999),
        [y, m] => number(y, 4, 9999) && number(m, 2, 12),
        [y, m, d] => number(y, 4, 9999) && number(m, 2, 12) && number(d, 2, 31),
        _ => false,
    }
}

/// Compares at the precision both dates have: 2018-04 does not end before 2018.
fn ends_before_start(start: &str, end: &str) -> bool {
    let n = start.len().min(end.len());
    end[..n] < start[..n]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_compare_at_their_common_precision() {
        assert!(is_date("2018") && is_date("2018-04") && is_date("2018-04-01"));
        assert!(!is_date("2018-13") && !is_date("18") && !is_date("2018/04"));
        assert!(!ends_before_start("2018-04", "2018"));
        assert!(ends_before_start("2019-02", "2018-12-31"));
    }
}
