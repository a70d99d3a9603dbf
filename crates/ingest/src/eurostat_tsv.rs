//! Eurostat bulk download TSV.
//!
//! ```text
//! freq,unit,sex,age,citizen,geo\TIME_PERIOD<TAB>2015 <TAB>2016 …
//! A,PC,F,Y20-64,EU27_2020_FOR,AT<TAB>69.3 <TAB>70.4 b<TAB>: u …
//! ```
//! The first cell holds the comma-separated dimension codes; every other cell a value
//! and its flags, or `:` for no value. Read line by line, so memory does not grow with
//! the file.

use crate::dims::KeyBuilder;
use crate::error::{IngestError, Location};
use crate::input::Input;
use crate::value::{Cell, CellError, parse_tsv_cell};
use crate::{ImportReport, Progress, Sink};
use model::{GeoCode, Geography, Period};
use std::collections::HashSet;
use std::io::{BufRead, BufReader};

/// Eurostat's bulk download TSV.
#[derive(Debug)]
pub struct EurostatTsv;

impl crate::Reader for EurostatTsv {
    fn name(&self) -> &'static str {
        "eurostat-tsv"
    }
    fn description(&self) -> &'static str {
        "Eurostat bulk download: `freq,unit,…,geo\\TIME_PERIOD` then one column per period"
    }
    fn claims(&self, sniff: &crate::Sniff<'_>) -> bool {
        let first_cell = sniff.first_line.split('\t').next().unwrap_or("");
        first_cell.contains('\\') && sniff.first_line.contains('\t')
    }
    fn read(
        &self,
        input: &Input,
        dataset: &str,
        _options: &crate::Options,
        sink: &mut dyn Sink,
        progress: Progress<'_>,
    ) -> Result<ImportReport, IngestError> {
        read(input, dataset, sink, progress)
    }
}

pub fn read(
    input: &Input,
    dataset: &str,
    sink: &mut dyn Sink,
    progress: Progress<'_>,
) -> Result<ImportReport, IngestError> {
    let path = input.path();
    let file = input.open()?;
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let loc = |line: u64, column: Option<(usize, String)>| Location {
        file: path.to_path_buf(),
        line: Some(line),
        column,
    };
    let mut report = ImportReport::default();
    report.add_dataset(dataset);

    let mut buf = Vec::new();
    let mut bytes_read = 0u64;
    let mut line_no = 0u64;
    let mut next_line = |buf: &mut Vec<u8>,
                         line_no: &mut u64,
                         bytes: &mut u64|
     -> Result<Option<String>, IngestError> {
        buf.clear();
        let n = reader
            .read_until(b'\n', buf)
            .map_err(|e| IngestError::io(path, e))?;
        if n == 0 {
            return Ok(None);
        }
        *line_no += 1;
        let start = *bytes;
        *bytes += n as u64;
        match std::str::from_utf8(buf) {
            Ok(s) => Ok(Some(s.trim_end_matches(['\n', '\r']).to_string())),
            Err(e) => {
                let valid = &buf[..e.valid_up_to()];
                let column = valid.iter().filter(|&&b| b == b'\t').count() + 1;
                Err(IngestError::Encoding {
                    location: loc(*line_no, Some((column, String::new()))),
                    byte: start + e.valid_up_to() as u64,
                    suggestion: String::new(),
                })
            }
        }
    };

    let header = match next_line(&mut buf, &mut line_no, &mut bytes_read)? {
        Some(h) if !h.trim().is_empty() => h,
        _ => {
            return Err(IngestError::Empty {
                location: Location {
                    file: path.to_path_buf(),
                    ..Location::default()
                },
            });
        }
    };
    let header = header.trim_start_matches('\u{feff}');
    let mut cols = header.split('\t');
    let first = cols.next().unwrap_or("");
    let Some((dims_text, time_name)) = first.split_once('\\') else {
        return Err(IngestError::invalid(
            loc(1, Some((1, first.to_string()))),
            format!("'{first}'"),
            "a first header cell like 'freq,unit,geo\\TIME_PERIOD'",
        )
        .with_hint("is this a Eurostat bulk TSV? Use --format to choose another reader"));
    };
    if !time_name.eq_ignore_ascii_case("TIME_PERIOD") && !time_name.eq_ignore_ascii_case("time") {
        return Err(IngestError::invalid(
            loc(1, Some((1, first.to_string()))),
            format!("'\\{time_name}'"),
            "'\\TIME_PERIOD' after the dimension names",
        ));
    }
    let dims: Vec<String> = dims_text.split(',').map(|d| d.trim().to_string()).collect();
    let mut periods = Vec::new();
    for (i, p) in cols.enumerate() {
        let period = Period::parse(p.trim()).map_err(|e| {
            IngestError::invalid(
                loc(1, Some((i + 2, p.trim().to_string()))),
                format!("'{}'", e.found),
                "a period such as 2020, 2020-Q1 or 2020-S2 in the header",
            )
        })?;
        periods.push(period);
    }
    if periods.is_empty() {
        return Err(IngestError::invalid(
            loc(1, None),
            "no period columns",
            "one column per period after the first",
        ));
    }

    let mut seen_geo: HashSet<String> = HashSet::new();
    while let Some(line) = next_line(&mut buf, &mut line_no, &mut bytes_read)? {
        if line.trim().is_empty() {
            continue;
        }
        let mut cells = line.split('\t');
        let key_text = cells.next().unwrap_or("");
        let codes: Vec<&str> = key_text.split(',').collect();
        if codes.len() != dims.len() {
            return Err(IngestError::invalid(
                loc(line_no, Some((1, first.to_string()))),
                format!("{} codes in '{key_text}'", codes.len()),
                format!("{} codes ({})", dims.len(), dims.join(",")),
            ));
        }
        let mut key = KeyBuilder::default();
        for (d, c) in dims.iter().zip(&codes) {
            key.add(d, c.trim());
        }
        let Some(geo) = key.geo.clone() else {
            return Err(IngestError::invalid(
                loc(1, Some((1, first.to_string()))),
                "no geo dimension",
                "a dimension named geo",
            ));
        };
        if seen_geo.insert(geo.clone()) {
            let code = GeoCode::new(geo.clone());
            let name = crate::codelist::country_name(&geo)
                .unwrap_or(&geo)
                .to_string();
            sink.geography(Geography::from_code(code, name))
                .map_err(|m| IngestError::Sink {
                    location: loc(line_no, None),
                    message: m,
                })?;
            report.geographies += 1;
        }
        let mut n_cells = 0;
        for (i, cell) in cells.enumerate() {
            n_cells += 1;
            let column = i + 2;
            let Some(period) = periods.get(i) else {
                return Err(IngestError::invalid(
                    loc(line_no, Some((column, String::new()))),
                    format!("{} value cells", i + 1),
                    format!(
                        "{} value cells, one per period in the header",
                        periods.len()
                    ),
                ));
            };
            report.rows_read += 1;
            let col_name = || Some((column, period.to_string()));
            match parse_tsv_cell(cell) {
                Ok(Cell::Value(v, flags)) => {
                    let obs = key
                        .observation(dataset, *period, v, flags)
                        .expect("geo checked above");
                    sink.observation(obs).map_err(|m| IngestError::Sink {
                        location: loc(line_no, col_name()),
                        message: m,
                    })?;
                    report.observations += 1;
                }
                Ok(Cell::Missing(flags)) => {
                    if flags.contains(model::Flag::Confidential) {
                        report.skip("no value (':'), confidential");
                    } else {
                        report.skip("no value (':')");
                    }
                }
                Err(CellError::Number(found)) => {
                    return Err(IngestError::invalid(
                        loc(line_no, col_name()),
                        format!("'{found}'"),
                        "a number (decimal point '.') or ':' for no value",
                    ));
                }
                Err(CellError::Flag(found)) => {
                    return Err(IngestError::invalid(
                        loc(line_no, col_name()),
                        format!("flag '{found}'"),
                        "Eurostat flags among b c d e f m n p r s u z",
                    ));
                }
            }
        }
        if n_cells != periods.len() {
            return Err(IngestError::invalid(
                loc(line_no, None),
                format!("{n_cells} value cells"),
                format!("{}, one per period in the header", periods.len()),
            )
            .with_hint("the line may be cut short: is the file truncated?"));
        }
        if line_no.is_multiple_of(1024) {
            progress(bytes_read);
        }
    }
    progress(bytes_read);
    Ok(report)
}
