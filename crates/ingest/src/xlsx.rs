//! Excel sheets in the tidy layout (see [`crate::tidy`]).
//!
//! The first sheet is read, or the one named in [`Options::sheet`]. The first row with
//! any content is the header; every later non-empty row is one value. Cells are handed
//! to the same [`TidyLayout`] as CSV cells, as text:
//! - numbers as numbers; an integral number as an integer (`2020.0` → `2020`, so that a
//!   year column reads as the period 2020), other numbers in the shortest form that
//!   reads back to the same value (no digits are lost or invented);
//! - text as text, dates as ISO dates (`2020-07-01`, with the time if it has one);
//! - `TRUE`/`FALSE` for booleans;
//! - an error cell (`#N/A`, `#DIV/0!`, …) stops the import with the sheet and cell
//!   (`sheet Data, cell C17`): an error is a formula that failed, not a missing value.
//!
//! Locations: `line` is the Excel row number, `column` the column number with its
//! letter, header and the cell reference, e.g. `column 3 (C: Value, in sheet Data, cell C17)`.

use crate::error::{IngestError, Location};
use crate::input::{Input, ReadSeek};
use crate::tidy::{TidyFeeder, TidyLayout};
use crate::{ImportReport, Options, Progress, Sink};
use calamine::{Data, Range, Reader, Xlsx, XlsxError};
use std::borrow::Cow;
use std::path::Path;

/// An opened workbook.
pub(crate) type Workbook<'a> = Xlsx<Box<dyn ReadSeek + 'a>>;

pub(crate) fn open(input: &Input) -> Result<Workbook<'_>, IngestError> {
    let stream = input.open_seekable()?;
    Xlsx::new(stream).map_err(|e| workbook_error(input.path(), None, e))
}

/// Turns a calamine error into one that says what to do.
pub(crate) fn workbook_error(path: &Path, sheet: Option<&str>, err: XlsxError) -> IngestError {
    if let XlsxError::Io(e) = err {
        return IngestError::io(path, e);
    }
    let location = Location {
        file: path.to_path_buf(),
        ..Location::default()
    };
    let found = match sheet {
        Some(s) => format!("a sheet '{s}' that cannot be read ({err})"),
        None => format!("a file that is not a readable .xlsx workbook ({err})"),
    };
    IngestError::invalid(location, found, "an Excel workbook (.xlsx, Excel 2007 or later)")
        .with_hint("open the file in Excel or LibreOffice and save it again as .xlsx; older .xls files must be converted")
}

/// Reads one sheet: the named one, or the first.
pub(crate) fn sheet_range(
    path: &Path,
    wb: &mut Workbook<'_>,
    name: Option<&str>,
) -> Result<(String, Range<Data>), IngestError> {
    let names = wb.sheet_names();
    let name = match name {
        Some(n) => names
            .iter()
            .find(|s| s.as_str() == n)
            .or_else(|| {
                names
                    .iter()
                    .find(|s| s.trim().eq_ignore_ascii_case(n.trim()))
            })
            .cloned()
            .ok_or_else(|| {
                IngestError::invalid(
                    Location {
                        file: path.to_path_buf(),
                        ..Location::default()
                    },
                    format!("no sheet named '{n}'"),
                    format!("one of the sheets {}", quoted_list(&names)),
                )
            })?,
        None => names.first().cloned().ok_or_else(|| IngestError::Empty {
            location: Location {
                file: path.to_path_buf(),
                ..Location::default()
            },
        })?,
    };
    let range = wb
        .worksheet_range(&name)
        .map_err(|e| workbook_error(path, Some(&name), e))?;
    Ok((name, range))
}

fn quoted_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("'{n}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Excel's column letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_letter(col0: u32) -> String {
    let mut n = col0 as u64 + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = ((n - 1) % 26) as u8;
        out.push(b'A' + r);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

/// The location of one cell: `row1` is Excel's row number (from 1), `col0` the column
/// index (from 0, A = 0).
pub(crate) fn cell_location(
    path: &Path,
    sheet: &str,
    row1: u32,
    col0: u32,
    header: &str,
) -> Location {
    let letter = column_letter(col0);
    let header = header.trim();
    let name = if header.is_empty() {
        format!("{letter}, in sheet {sheet}, cell {letter}{row1}")
    } else {
        format!("{letter}: {header}, in sheet {sheet}, cell {letter}{row1}")
    };
    Location {
        file: path.to_path_buf(),
        line: Some(u64::from(row1)),
        column: Some((col0 as usize + 1, name)),
    }
}

/// An error cell (`#N/A`), as the error to report.
pub(crate) fn error_cell(location: Location, found: &str) -> IngestError {
    IngestError::invalid(
        location,
        format!("the error value {found}"),
        "a number, a text or an empty cell",
    )
    .with_hint("an error value is a formula that failed: fix the formula, or clear the cell if there is no value")
}

/// A number as text: integral values as integers (`2020.0` → `2020`), others in the
/// shortest form that reads back to the same `f64`.
pub fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// What a cell holds, as text for the tidy layout. `Err` carries an error value
/// (`#N/A`) for the caller to report with the cell's location.
pub(crate) fn cell_text(d: &Data) -> Result<Cow<'_, str>, String> {
    Ok(match d {
        Data::Empty => Cow::Borrowed(""),
        Data::String(s) => Cow::Borrowed(s.as_str()),
        Data::Int(i) => Cow::Owned(i.to_string()),
        Data::Float(f) => Cow::Owned(number_text(*f)),
        Data::Bool(b) => Cow::Borrowed(if *b { "TRUE" } else { "FALSE" }),
        Data::DateTime(dt) => Cow::Owned(if dt.is_duration() {
            number_text(dt.as_f64())
        } else {
            // `2020-07-01 00:00:00` → `2020-07-01`; with a time → `2020-07-01T12:30:00`.
            match dt.as_datetime().map(|t| t.to_string()) {
                Some(t) => match t.strip_suffix(" 00:00:00") {
                    Some(date) => date.to_string(),
                    None => t.replacen(' ', "T", 1),
                },
                None => number_text(dt.as_f64()),
            }
        }),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cow::Borrowed(s.as_str()),
        Data::Error(e) => return Err(e.to_string()),
    })
}

/// Reads a tidy table from an Excel sheet.
pub fn read(
    input: &Input,
    dataset: &str,
    options: &Options,
    sink: &mut dyn Sink,
    progress: Progress<'_>,
) -> Result<ImportReport, IngestError> {
    let path = input.path();
    let mut wb = open(input)?;
    let (sheet, range) = sheet_range(path, &mut wb, options.sheet.as_deref())?;
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let mut rows = range.rows().enumerate();

    // The header: the first row with any content.
    let mut header_row1 = 0u32;
    let mut names: Vec<String> = Vec::new();
    for (i, row) in rows.by_ref() {
        let r1 = row0 + i as u32 + 1;
        let mut cells = Vec::with_capacity(row.len());
        for (j, d) in row.iter().enumerate() {
            let text = cell_text(d).map_err(|e| {
                error_cell(cell_location(path, &sheet, r1, col0 + j as u32, ""), &e)
            })?;
            cells.push(text.trim().to_string());
        }
        if cells.iter().any(|c| !c.is_empty()) {
            header_row1 = r1;
            names = cells;
            break;
        }
    }
    if names.is_empty() {
        return Err(IngestError::Empty {
            location: Location {
                file: path.to_path_buf(),
                ..Location::default()
            },
        });
    }
    // Trailing empty header cells (formatting that reaches further right) are ignored.
    while names.last().is_some_and(String::is_empty) {
        names.pop();
    }
    let layout = TidyLayout::new(&names, dataset, options).map_err(|p| {
        IngestError::invalid(
            Location {
                file: path.to_path_buf(),
                line: Some(u64::from(header_row1)),
                column: None,
            },
            p.found,
            p.expected,
        )
        .with_hint(format!(
            "the header is row {header_row1} of sheet {sheet}: the first row with any content"
        ))
    })?;
    let mut feeder = TidyFeeder::new(layout, sink);
    let mut texts: Vec<Cow<'_, str>> = Vec::with_capacity(names.len());
    for (i, row) in rows {
        let r1 = row0 + i as u32 + 1;
        texts.clear();
        for (j, d) in row.iter().enumerate() {
            let text = cell_text(d).map_err(|e| {
                let header = names.get(j).map(String::as_str).unwrap_or("");
                error_cell(cell_location(path, &sheet, r1, col0 + j as u32, header), &e)
            })?;
            texts.push(text);
        }
        if texts.iter().all(|t| t.trim().is_empty()) {
            feeder.report.skip("empty row");
            continue;
        }
        let cells: Vec<&str> = texts.iter().map(|t| t.as_ref()).collect();
        feeder.feed(&cells, |col| match col {
            Some(c) => cell_location(
                path,
                &sheet,
                r1,
                col0 + c as u32,
                &names[c.min(names.len().saturating_sub(1))],
            ),
            None => Location {
                file: path.to_path_buf(),
                line: Some(u64::from(r1)),
                column: None,
            },
        })?;
    }
    let mut report = feeder.report;
    if report.observations == 0 {
        report.add_dataset(dataset);
    }
    report.notes.push(format!("read sheet '{sheet}'"));
    progress(input.len().unwrap_or(0));
    Ok(report)
}

/// An Excel sheet in the tidy layout (Year, breakdown columns, Value).
#[derive(Debug)]
pub struct TidyXlsx;

impl crate::Reader for TidyXlsx {
    fn name(&self) -> &'static str {
        "tidy-xlsx"
    }
    fn description(&self) -> &'static str {
        "An Excel sheet in the tidy layout (Year, breakdown columns, Value)"
    }
    fn claims(&self, sniff: &crate::Sniff<'_>) -> bool {
        sniff.name.ends_with(".xlsx")
    }
    fn read(
        &self,
        input: &Input,
        dataset: &str,
        options: &crate::Options,
        sink: &mut dyn Sink,
        progress: Progress<'_>,
    ) -> Result<ImportReport, IngestError> {
        read(input, dataset, options, sink, progress)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(2), "C");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(86), "CI");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn numbers_as_text() {
        assert_eq!(number_text(2020.0), "2020");
        assert_eq!(number_text(-3.0), "-3");
        assert_eq!(number_text(0.1), "0.1");
        assert_eq!(number_text(0.07465818191006804), "0.07465818191006804");
        assert_eq!(number_text(1e-7), "0.0000001");
        assert_eq!(cell_text(&Data::Float(2020.0)).unwrap(), "2020");
        assert_eq!(cell_text(&Data::Int(7)).unwrap(), "7");
        assert_eq!(
            cell_text(&Data::Error(calamine::CellErrorType::NA)).unwrap_err(),
            "#N/A"
        );
    }

    #[test]
    fn cell_locations_name_sheet_and_cell() {
        let l = cell_location(Path::new("x.xlsx"), "Data", 17, 2, "Value");
        assert_eq!(
            l.to_string(),
            "x.xlsx, line 17, column 3 (C: Value, in sheet Data, cell C17)"
        );
    }
}
