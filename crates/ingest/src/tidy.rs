//! The tidy layout for people who are not programmers (as in Open SDG).
//!
//! One row per value: a period column (`Year`), a value column (`Value`), and any
//! number of breakdown columns named after what they break down (`sex`, `citizenship`,
//! `age`, `district`…). Optional columns: `geo` (or `--geo` for a file about one place),
//! `geo_name`, `indicator` (or `--variable`), `unit`, `flags`, `dataset`. See
//! `docs/tidy-csv.md` and `data/templates/tidy-template.csv`.
//!
//! The same [`TidyLayout`] reads CSV here and Excel sheets in [`crate::xlsx`], so both
//! accept exactly the same columns.

use crate::dims::{KeyBuilder, Role, role};
use crate::error::{IngestError, Location};
use crate::input::Input;
use crate::value::parse_number;
use crate::{ImportReport, Options, Progress, Sink};
use model::{Flags, GeoCode, Geography, Observation, Period};
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Period,
    Value,
    Geo,
    GeoName,
    Dataset,
    Flags,
    /// `count`: the value column of small-area tables, when there is no `Value` column.
    Count,
    /// `group`: a population group key (`citizen=FOR;sex=F`) or a label kept as a breakdown.
    Group,
    Key,
    Ignore,
}

/// How the columns of a tidy table are to be read.
#[derive(Debug)]
pub struct TidyLayout {
    names: Vec<String>,
    kinds: Vec<Col>,
    roles: Vec<Role>,
    period: usize,
    value: usize,
    geo: Option<usize>,
    dataset: String,
    default_geo: Option<String>,
    default_variable: Option<String>,
    has_variable: bool,
    /// Numbers may use a decimal comma (a `;`-separated file).
    pub(crate) decimal_comma: bool,
}

/// A number as Excel writes it in most of Europe (in a `;`-separated file), rewritten with
/// a decimal point: `12,5` → `12.5`, `1.234,5` → `1234.5` (points between groups of three
/// digits, then a decimal comma). A point alone is a decimal point only where it cannot be
/// a thousands separator (`12.5`); `88.000` could be 88 or 88,000, so it is refused with
/// both readings rather than guessed.
fn decimal_comma_number(text: &str) -> Result<String, String> {
    let (int, frac) = match text.split_once(',') {
        Some((i, f)) if !f.contains(',') && !f.contains('.') => (i, Some(f)),
        Some(_) => return Ok(text.to_string()), // not a number: the caller says so
        None => (text, None),
    };
    let digits = int.trim_start_matches(['-', '+']);
    let groups: Vec<&str> = digits.split('.').collect();
    let thousands = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    match (thousands, frac) {
        (true, Some(f)) => Ok(format!("{}.{f}", int.replace('.', ""))),
        (true, None) => Err(format!(
            "a number without doubt: in a file separated by ';' the point of '{text}' may separate thousands ({}) or decimals; write {} or, for decimals, use a comma ({})",
            int.replace('.', ""),
            int.replace('.', ""),
            text.replace('.', ",")
        )),
        (false, Some(f)) => Ok(format!("{int}.{f}")),
        (false, None) => Ok(text.to_string()),
    }
}

/// A problem in one cell: column index (0-based), the value found, what was expected.
#[derive(Debug)]
pub struct CellProblem {
    pub column: usize,
    pub found: String,
    pub expected: String,
}

/// `str::trim` without its Unicode search when the cell starts and ends with a visible
/// ASCII character, as nearly every cell does (all whitespace is at or below ' ' in ASCII).
fn trim(cell: &str) -> &str {
    match cell.as_bytes() {
        [] => cell,
        [first, .., last] | [first @ last]
            if (b'!'..0x80).contains(first) && (b'!'..0x80).contains(last) =>
        {
            cell
        }
        _ => cell.trim(),
    }
}

fn classify(name: &str) -> Col {
    let n = name.trim().to_ascii_lowercase().replace(' ', "_");
    match n.as_str() {
        "year" | "period" | "time_period" | "time" => Col::Period,
        "value" | "obs_value" => Col::Value,
        "geo_name" | "geography_name" | "city_name" | "area_name" => Col::GeoName,
        "dataset" => Col::Dataset,
        "flags" | "flag" | "obs_flag" | "status" => Col::Flags,
        "count" => Col::Count,
        "group" | "population_group" => Col::Group,
        "" => Col::Ignore,
        _ => match role(&n) {
            Role::Geo => Col::Geo,
            Role::Frequency => Col::Ignore,
            _ => Col::Key,
        },
    }
}

impl TidyLayout {
    pub fn new(
        headers: &[String],
        dataset: &str,
        options: &Options,
    ) -> Result<TidyLayout, CellProblem> {
        let mut kinds: Vec<Col> = headers.iter().map(|h| classify(h)).collect();
        // `count` is the value when there is no `Value` column, else a breakdown as before.
        let has_value = kinds.contains(&Col::Value);
        for k in kinds.iter_mut().filter(|k| **k == Col::Count) {
            *k = if has_value { Col::Key } else { Col::Value };
        }
        let find = |k: Col| kinds.iter().position(|c| *c == k);
        let missing = |what: &str| CellProblem {
            column: 0,
            found: format!("columns {}", headers.join(", ")),
            expected: format!("a {what} column (see docs/tidy-csv.md)"),
        };
        let period = find(Col::Period).ok_or_else(|| missing("Year (or Period)"))?;
        let value = find(Col::Value).ok_or_else(|| missing("Value (or count)"))?;
        let geo = find(Col::Geo);
        if geo.is_none() && options.geo.is_none() {
            return Err(CellProblem {
                column: 0,
                found: format!("columns {}", headers.join(", ")),
                expected: "a geo column with the place of each row, or --geo CODE for a file about one place".into(),
            });
        }
        let has_variable = headers
            .iter()
            .enumerate()
            .any(|(i, h)| kinds[i] == Col::Key && role(h) == Role::Variable);
        Ok(TidyLayout {
            names: headers.iter().map(|h| h.trim().to_string()).collect(),
            roles: headers.iter().map(|h| role(h)).collect(),
            kinds,
            period,
            value,
            geo,
            dataset: dataset.to_string(),
            default_geo: options.geo.clone(),
            default_variable: options.variable.clone(),
            has_variable,
            decimal_comma: false,
        })
    }

    /// Reads one row. `Ok(None)` means an empty value: a row to skip, not an error.
    pub fn row(
        &self,
        cells: &[&str],
    ) -> Result<Option<(Observation, Option<String>)>, CellProblem> {
        let problem = |column: usize, found: &str, expected: &str| CellProblem {
            column,
            found: format!("'{found}'"),
            expected: expected.to_string(),
        };
        let value_text = trim(cells.get(self.value).copied().unwrap_or(""));
        if value_text.is_empty() || value_text == ":" {
            return Ok(None);
        }
        let decimal;
        let value_text = if self.decimal_comma {
            decimal = decimal_comma_number(value_text)
                .map_err(|expected| problem(self.value, value_text, &expected))?;
            decimal.as_str()
        } else {
            value_text
        };
        let value = parse_number(value_text).map_err(|_| {
            problem(
                self.value,
                value_text,
                "a number (decimal point '.'), or an empty cell for no value",
            )
        })?;
        let period_text = cells.get(self.period).copied().unwrap_or("");
        let period = Period::parse(period_text).map_err(|_| {
            problem(
                self.period,
                period_text,
                "a year (2020), half-year (2020-S1), quarter (2020-Q3) or month (2020-07)",
            )
        })?;
        let mut key = KeyBuilder::default();
        let mut flags = Flags::NONE;
        let mut dataset = None;
        let mut geo_name = None;
        for (i, kind) in self.kinds.iter().enumerate() {
            let cell = trim(cells.get(i).copied().unwrap_or(""));
            match kind {
                Col::Key if !cell.is_empty() => key.add_as(self.roles[i], &self.names[i], cell),
                Col::Geo => key.geo = Some(cell.to_string()),
                Col::Group if cell.contains('=') => {
                    let g = model::PopulationGroup::parse_key(cell).map_err(|_| {
                        problem(
                            i,
                            cell,
                            "a population group as dimension=code pairs separated by ';' (citizen=FOR;sex=F; dimensions: citizen, c_birth, background, reason, duration, sex, age), or a label",
                        )
                    })?;
                    for (d, c) in g.dimensions() {
                        key.group.set(d, c);
                    }
                }
                Col::Group if !cell.is_empty() => key.add_as(Role::Breakdown, &self.names[i], cell),
                Col::GeoName if !cell.is_empty() => geo_name = Some(cell.to_string()),
                Col::Dataset if !cell.is_empty() => dataset = Some(cell),
                Col::Flags => {
                    flags = Flags::parse(cell).map_err(|_| {
                        problem(
                            i,
                            cell,
                            "flags among b c d e f m n p r s u z, or an empty cell",
                        )
                    })?;
                }
                _ => {}
            }
        }
        if key.geo.as_deref().is_none_or(str::is_empty) {
            match &self.default_geo {
                Some(g) => key.geo = Some(g.clone()),
                None => return Err(problem(self.geo.unwrap_or(0), "", "a geography code")),
            }
        }
        if !self.has_variable {
            key.variable = self.default_variable.clone();
        }
        let dataset = dataset.unwrap_or(&self.dataset);
        let obs = key
            .into_observation(dataset, period, value, flags)
            .expect("geo set above");
        Ok(Some((obs, geo_name)))
    }

    pub fn column_name(&self, i: usize) -> &str {
        self.names.get(i).map(String::as_str).unwrap_or("")
    }
}

/// Feeds rows through a layout into a sink, keeping the report. Shared by CSV and Excel.
pub(crate) struct TidyFeeder<'a> {
    pub layout: TidyLayout,
    pub report: ImportReport,
    seen_geo: HashSet<String>,
    last_geo: String,
    sink: &'a mut dyn Sink,
}

impl<'a> TidyFeeder<'a> {
    pub fn new(layout: TidyLayout, sink: &'a mut dyn Sink) -> TidyFeeder<'a> {
        TidyFeeder {
            layout,
            report: ImportReport::default(),
            seen_geo: HashSet::new(),
            last_geo: String::new(),
            sink,
        }
    }

    pub fn feed(
        &mut self,
        cells: &[&str],
        at: impl Fn(Option<usize>) -> Location,
    ) -> Result<(), IngestError> {
        self.report.rows_read += 1;
        let row = self
            .layout
            .row(cells)
            .map_err(|p| IngestError::invalid(at(Some(p.column)), p.found, p.expected))?;
        let Some((obs, geo_name)) = row else {
            self.report.skip("no value");
            return Ok(());
        };
        // The first row of a place names it; later rows need not repeat the name. Rows
        // come place by place, so the last place is checked before the set.
        if self.last_geo != obs.geo.as_str() && !self.seen_geo.contains(obs.geo.as_str()) {
            self.seen_geo.insert(obs.geo.as_str().to_string());
            let name = geo_name
                .or_else(|| crate::codelist::country_name(obs.geo.as_str()).map(str::to_string))
                .unwrap_or_else(|| obs.geo.as_str().to_string());
            self.sink
                .geography(Geography::from_code(GeoCode::new(obs.geo.as_str()), name))
                .map_err(|m| IngestError::Sink {
                    location: at(None),
                    message: m,
                })?;
            self.report.geographies += 1;
        }
        if self.last_geo != obs.geo.as_str() {
            self.last_geo.clear();
            self.last_geo.push_str(obs.geo.as_str());
        }
        self.report.add_dataset(&obs.dataset);
        self.sink.observation(obs).map_err(|m| IngestError::Sink {
            location: at(None),
            message: m,
        })?;
        self.report.observations += 1;
        Ok(())
    }
}

/// The field separator of a CSV file from its first line: `,` unless the line has none and
/// has `;` (Excel's default where the comma is the decimal sign) or tabs, outside quotes.
pub(crate) fn sniff_delimiter(head: &[u8]) -> u8 {
    let line = head.split(|b| *b == b'\n').next().unwrap_or(head);
    let (mut quoted, mut counts) = (false, [0usize; 3]);
    for b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    match counts {
        [0, s, t] if s > 0 && s >= t => b';',
        [0, _, t] if t > 0 => b'\t',
        _ => b',',
    }
}

pub fn read_csv(
    input: &Input,
    dataset: &str,
    options: &Options,
    sink: &mut dyn Sink,
    progress: Progress<'_>,
) -> Result<ImportReport, IngestError> {
    let path = input.path();
    let file = input.open()?;
    let mut buffered = std::io::BufReader::with_capacity(1 << 16, file);
    let delimiter = {
        let head =
            std::io::BufRead::fill_buf(&mut buffered).map_err(|e| IngestError::io(path, e))?;
        sniff_delimiter(head)
    };
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .delimiter(delimiter)
        .from_reader(buffered);
    let headers = rdr
        .headers()
        .map_err(|e| IngestError::from_csv(input, None, e))?
        .clone();
    if headers.is_empty() || headers.iter().all(|h| h.trim().is_empty()) {
        return Err(IngestError::Empty {
            location: Location {
                file: path.to_path_buf(),
                ..Location::default()
            },
        });
    }
    let names: Vec<String> = headers
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_string())
        .collect();
    let layout = TidyLayout::new(&names, dataset, options).map_err(|p| {
        IngestError::invalid(
            Location {
                file: path.to_path_buf(),
                line: Some(1),
                column: None,
            },
            p.found,
            p.expected,
        )
    })?;
    let mut layout = layout;
    // Excel in most of Europe writes `;` between fields and a comma in numbers.
    layout.decimal_comma = delimiter == b';';
    let mut feeder = TidyFeeder::new(layout, sink);
    let mut record = csv::ByteRecord::new();
    // The cells' vector is reused from row to row: emptied, it borrows nothing, and
    // collecting an emptied vector into another of the same layout keeps its buffer.
    let mut spare: Vec<&'static str> = Vec::new();
    loop {
        match rdr.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(IngestError::from_csv(input, Some(&headers), e)),
        }
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let mut cells: Vec<&str> = std::mem::take(&mut spare);
        crate::error::record_text_into(input, &names, &record, &mut cells)?;
        feeder.feed(&cells, |col| Location {
            file: path.to_path_buf(),
            line: Some(line),
            column: col.map(|c| (c + 1, names.get(c).cloned().unwrap_or_default())),
        })?;
        cells.clear();
        spare = cells.into_iter().map(|_| "").collect();
        if feeder.report.rows_read.is_multiple_of(8192) {
            progress(record.position().map(|p| p.byte()).unwrap_or(0));
        }
    }
    Ok(feeder.report)
}

/// A JSON array of objects with the tidy columns as keys (`observatory export --format
/// json`). Numbers may be JSON numbers or strings.
pub fn read_json(
    input: &Input,
    dataset: &str,
    options: &Options,
    sink: &mut dyn Sink,
) -> Result<ImportReport, IngestError> {
    let path = input.path();
    let at = |line: Option<u64>| Location {
        file: path.to_path_buf(),
        line,
        column: None,
    };
    let bytes = input.bytes()?;
    let rows: Vec<serde_json::Map<String, serde_json::Value>> = serde_json::from_slice(&bytes)
        .map_err(|e| {
            IngestError::invalid(
                Location {
                    file: path.to_path_buf(),
                    line: Some(e.line() as u64),
                    column: Some((e.column(), String::new())),
                },
                e.to_string(),
                "a JSON array of objects, one per value, with the tidy columns as keys",
            )
        })?;
    let Some(first) = rows.first() else {
        return Err(IngestError::Empty { location: at(None) });
    };
    // Columns: the keys of all rows, first row's order first.
    let mut names: Vec<String> = first.keys().cloned().collect();
    for r in &rows {
        for k in r.keys() {
            if !names.contains(k) {
                names.push(k.clone());
            }
        }
    }
    let layout = TidyLayout::new(&names, dataset, options)
        .map_err(|p| IngestError::invalid(at(None), p.found, p.expected))?;
    let mut feeder = TidyFeeder::new(layout, sink);
    for (i, r) in rows.iter().enumerate() {
        let texts: Vec<String> = names
            .iter()
            .map(|n| match r.get(n) {
                None | Some(serde_json::Value::Null) => String::new(),
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(v) => v.to_string(),
            })
            .collect();
        let cells: Vec<&str> = texts.iter().map(String::as_str).collect();
        // "line" is the position of the object in the array, counted from 1.
        feeder.feed(&cells, |col| Location {
            file: path.to_path_buf(),
            line: Some(i as u64 + 1),
            column: col.map(|c| (c + 1, names.get(c).cloned().unwrap_or_default())),
        })?;
    }
    Ok(feeder.report)
}

/// A JSON array of tidy rows (what `observatory export --format json` writes).
#[derive(Debug)]
pub struct TidyJson;

impl crate::Reader for TidyJson {
    fn name(&self) -> &'static str {
        "tidy-json"
    }
    fn description(&self) -> &'static str {
        "A JSON array of tidy rows (what `observatory export --format json` writes)"
    }
    fn claims(&self, sniff: &crate::Sniff<'_>) -> bool {
        sniff.text.starts_with('[')
    }
    fn read(
        &self,
        input: &Input,
        dataset: &str,
        options: &crate::Options,
        sink: &mut dyn Sink,
        _progress: Progress<'_>,
    ) -> Result<ImportReport, IngestError> {
        read_json(input, dataset, options, sink)
    }
}

/// Year, breakdown columns, Value: the template for people who are not programmers.
#[derive(Debug)]
pub struct TidyCsv;

impl crate::Reader for TidyCsv {
    fn name(&self) -> &'static str {
        "tidy-csv"
    }
    fn description(&self) -> &'static str {
        "Year, breakdown columns, Value: the template for people who are not programmers"
    }
    fn claims(&self, sniff: &crate::Sniff<'_>) -> bool {
        !sniff.is_blank()
    }
    fn read(
        &self,
        input: &Input,
        dataset: &str,
        options: &crate::Options,
        sink: &mut dyn Sink,
        progress: Progress<'_>,
    ) -> Result<ImportReport, IngestError> {
        read_csv(input, dataset, options, sink, progress)
    }
}
