//! The long CSV layout of Nixtla's statsforecast, so that the same file goes into both:
//! input `unique_id,ds,y`, output `unique_id,ds,model,forecast,lo_80,hi_80,lo_95,hi_95`
//! (the interval columns follow the requested levels).
//!
//! `ds` is a year (`2019`), a half-year (`2019-S1`) or an ISO date at yearly frequency
//! (`2019-01-01`, the way pandas writes annual periods); forecasts are written in the
//! form the series came in. Rows may come in any order; a series must be consecutive,
//! without duplicate periods. Every problem is reported once, with the file, the line and
//! the column, before anything is computed.

use super::{Forecast, ForecastError, Options, forecast};
use std::collections::HashMap;
use std::fmt;
use std::io::{Read, Write};

/// How a series writes its periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ds {
    Year,
    HalfYear,
    /// A date once a year, on this month and day.
    Date {
        month: u8,
        day: u8,
    },
}

impl Ds {
    /// Parses a `ds` value into its form and a consecutive period number (the year, or
    /// `2·year + half − 1`).
    fn parse(text: &str) -> Option<(Ds, i64)> {
        let t = text.trim();
        let year = |s: &str| s.parse::<i64>().ok().filter(|y| (1000..=9999).contains(y));
        if t.len() == 4 {
            return year(t).map(|y| (Ds::Year, y));
        }
        if let Some((y, half)) = t.split_once("-S") {
            let h = half.parse::<i64>().ok().filter(|h| (1..=2).contains(h))?;
            return year(y).map(|y| (Ds::HalfYear, 2 * y + h - 1));
        }
        let mut parts = t.splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        let month = m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?;
        let day = d
            .get(..2)
            .unwrap_or(d)
            .parse::<u8>()
            .ok()
            .filter(|d| (1..=31).contains(d))?;
        year(y).map(|y| (Ds::Date { month, day }, y))
    }

    /// Writes period number `index` in this form.
    pub fn format(self, index: i64) -> String {
        match self {
            Ds::Year => index.to_string(),
            Ds::HalfYear => format!("{}-S{}", index.div_euclid(2), index.rem_euclid(2) + 1),
            Ds::Date { month, day } => format!("{index}-{month:02}-{day:02}"),
        }
    }
}

/// One series read from the file, sorted by period.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub id: String,
    pub ds: Ds,
    /// Period number of the first value.
    pub start: i64,
    pub y: Vec<f64>,
    /// The file's line of the series' first row (for messages).
    pub line: usize,
}

impl Series {
    /// Period number of the step `h` (1-based) after the last value.
    pub fn future(&self, h: usize) -> i64 {
        self.start + (self.y.len() + h - 1) as i64
    }
}

/// A problem with an input file: where it is and what to do about it.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    /// The file (or other source) named in the message.
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<String>,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(l) = self.line {
            write!(f, ", line {l}")?;
        }
        if let Some(c) = &self.column {
            write!(f, ", column {c}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for InputError {}

struct Row {
    index: i64,
    y: f64,
    line: usize,
    /// The value is not comparable with the ones before it (flag `b`).
    starts_segment: bool,
}

/// Reads every series of a long CSV; `source` names the file in messages.
pub fn read(source: &str, input: impl Read) -> Result<Vec<Series>, InputError> {
    let err = |line: Option<usize>, column: Option<&str>, message: String| InputError {
        file: source.to_string(),
        line,
        column: column.map(str::to_string),
        message,
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(input);
    let header = reader
        .headers()
        .map_err(|e| err(Some(1), None, format!("cannot read the header: {e}")))?
        .clone();
    let column = |name: &str| {
        header.iter().position(|h| h == name).ok_or_else(|| {
            err(Some(1), Some(name), format!("the header has no column '{name}': a forecast input needs the columns unique_id,ds,y (the statsforecast long layout)"))
        })
    };
    let (id_col, ds_col, y_col) = (column("unique_id")?, column("ds")?, column("y")?);
    let mut order: Vec<String> = Vec::new();
    let mut rows: HashMap<String, (Ds, Vec<Row>)> = HashMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            err(
                e.position().map(|p| p.line() as usize),
                None,
                format!("not valid CSV: {e}"),
            )
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let field = |i: usize| record.get(i).unwrap_or("");
        let id = field(id_col);
        if id.is_empty() {
            return Err(err(
                Some(line),
                Some("unique_id"),
                "empty: every row needs the name of its series".into(),
            ));
        }
        let (ds, index) = Ds::parse(field(ds_col)).ok_or_else(|| {
            err(Some(line), Some("ds"), format!("'{}' is not a period: write a year (2019), a half-year (2019-S1) or a date once a year (2019-01-01)", field(ds_col)))
        })?;
        let text = field(y_col);
        let y = text.parse::<f64>().ok().filter(|v| v.is_finite()).ok_or_else(|| {
            let what = if text.is_empty() { "empty".to_string() } else { format!("'{text}' is not a number") };
            err(Some(line), Some("y"), format!("{what}: every period of series '{id}' needs a numeric value (fill it in, or drop the series)"))
        })?;
        let entry = rows.entry(id.to_string()).or_insert_with(|| {
            order.push(id.to_string());
            (ds, Vec::new())
        });
        if entry.0 != ds {
            return Err(err(
                Some(line),
                Some("ds"),
                format!(
                    "'{}' is written differently from the series' earlier periods: use one form per series",
                    field(ds_col)
                ),
            ));
        }
        entry.1.push(Row {
            index,
            y,
            line,
            starts_segment: false,
        });
    }
    if order.is_empty() {
        return Err(err(
            None,
            None,
            "no rows: the file has a header but no series".into(),
        ));
    }
    order
        .into_iter()
        .map(|id| {
            let (ds, rows) = rows.remove(&id).unwrap_or((Ds::Year, Vec::new()));
            assemble(source, id, ds, rows)
        })
        .collect()
}

/// Sorts a series' rows and checks that its periods are unique and consecutive.
fn assemble(source: &str, id: String, ds: Ds, mut rows: Vec<Row>) -> Result<Series, InputError> {
    rows.sort_by_key(|r| r.index);
    // Never a trend across a break: only the last segment is forecast.
    if let Some(b) = rows.iter().rposition(|r| r.starts_segment) {
        rows.drain(..b);
    }
    for w in rows.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        let problem = if a.index == b.index {
            Some(format!(
                "series '{id}' has {} twice (also on line {}): keep one value per period",
                ds.format(b.index),
                a.line
            ))
        } else if b.index > a.index + 1 {
            Some(format!(
                "series '{id}' jumps from {} to {}: the periods between are missing; a series must be consecutive (fill the gap, or start the series after it)",
                ds.format(a.index),
                ds.format(b.index)
            ))
        } else {
            None
        };
        if let Some(message) = problem {
            return Err(InputError {
                file: source.into(),
                line: Some(b.line.max(a.line)),
                column: Some("ds".into()),
                message,
            });
        }
    }
    let line = rows.iter().map(|r| r.line).min().unwrap_or(0);
    Ok(Series {
        id,
        ds,
        start: rows.first().map_or(0, |r| r.index),
        y: rows.iter().map(|r| r.y).collect(),
        line,
    })
}

/// Forecasts every series; the first one that cannot be forecast is an error naming it
/// (and nothing is returned, so nothing is written).
pub fn forecast_all(
    source: &str,
    series: &[Series],
    options: &Options,
) -> Result<Vec<Forecast>, InputError> {
    series
        .iter()
        .map(|s| {
            forecast(&s.id, &s.y, options).map_err(|e| InputError {
                file: source.into(),
                line: matches!(e, ForecastError::TooShort { .. }).then_some(s.line),
                column: matches!(e, ForecastError::TooShort { .. })
                    .then(|| "unique_id".to_string()),
                message: e.to_string(),
            })
        })
        .collect()
}

/// The output header for the given levels.
pub fn header(levels: &[f64]) -> Vec<String> {
    let mut h: Vec<String> = ["unique_id", "ds", "model", "forecast"]
        .map(String::from)
        .to_vec();
    for l in levels {
        let l = level_name(*l);
        h.push(format!("lo_{l}"));
        h.push(format!("hi_{l}"));
    }
    h
}

fn level_name(level: f64) -> String {
    if level.fract() == 0.0 {
        format!("{level:.0}")
    } else {
        level.to_string()
    }
}

/// Writes the forecasts in the long layout, one row per series and future period.
pub fn write(
    out: impl Write,
    series: &[Series],
    forecasts: &[Forecast],
    levels: &[f64],
) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(header(levels))?;
    for (s, f) in series.iter().zip(forecasts) {
        for h in 0..f.mean.len() {
            let mut row = vec![
                s.id.clone(),
                s.ds.format(s.future(h + 1)),
                f.model.clone(),
                number(f.mean[h]),
            ];
            for i in 0..levels.len() {
                row.push(number(f.lower[i][h]));
                row.push(number(f.upper[i][h]));
            }
            w.write_record(&row)?;
        }
    }
    w.flush()?;
    Ok(())
}

/// Six decimals: more than any count or share needs, few enough to read.
fn number(v: f64) -> String {
    let s = format!("{v:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

/// One stored value of a series, for [`run_points`].
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub id: String,
    /// The period as the store writes it (`2019`, `2019-S1`).
    pub ds: String,
    pub y: f64,
    /// The value starts a new segment (a break in the series, flag `b`).
    pub starts_segment: bool,
}

impl Point {
    /// A place's stored observations as points: one series per variable, group and
    /// breakdown, named `PLACE VARIABLE group breakdown`; a value flagged `b` starts a segment.
    pub fn of_observations(place: &str, observations: &[model::Observation]) -> Vec<Point> {
        observations
            .iter()
            .map(|o| Point {
                id: [
                    place.to_string(),
                    o.variable.clone(),
                    o.group.describe(),
                    o.breakdown_key(),
                ]
                .join(" ")
                .trim_end()
                .to_string(),
                ds: o.period.to_string(),
                y: o.value,
                starts_segment: o.flags.contains(model::Flag::Break),
            })
            .collect()
    }
}

/// Groups stored values into series (only the last segment after a break), forecasts
/// them and writes the long CSV; `source` names the selection in messages (the line
/// numbers are the positions of the points, counting from 1).
pub fn run_points(source: &str, points: &[Point], options: &Options) -> Result<Run, InputError> {
    let mut order: Vec<String> = Vec::new();
    let mut rows: HashMap<String, (Ds, Vec<Row>)> = HashMap::new();
    for (i, p) in points.iter().enumerate() {
        let (ds, index) = Ds::parse(&p.ds).ok_or_else(|| InputError {
            file: source.into(),
            line: Some(i + 1),
            column: Some("ds".into()),
            message: format!(
                "'{}' is not a yearly or half-yearly period: only those can be forecast",
                p.ds
            ),
        })?;
        let entry = rows.entry(p.id.clone()).or_insert_with(|| {
            order.push(p.id.clone());
            (ds, Vec::new())
        });
        entry.1.push(Row {
            index,
            y: p.y,
            line: i + 1,
            starts_segment: p.starts_segment,
        });
    }
    let series = order
        .into_iter()
        .map(|id| {
            let (ds, rows) = rows.remove(&id).unwrap_or((Ds::Year, Vec::new()));
            assemble(source, id, ds, rows)
        })
        .collect::<Result<Vec<_>, _>>()?;
    finish(source, series, options)
}

/// A finished run: the long CSV and the notes on series that got a plain method.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub csv: String,
    pub notes: Vec<String>,
}

/// Reads a long CSV, forecasts every series and writes the long CSV output, all in
/// memory, so that a caller writes nothing when anything is wrong.
pub fn run(source: &str, input: impl Read, options: &Options) -> Result<Run, InputError> {
    finish(source, read(source, input)?, options)
}

fn finish(source: &str, series: Vec<Series>, options: &Options) -> Result<Run, InputError> {
    let forecasts = forecast_all(source, &series, options)?;
    let mut out = Vec::new();
    write(&mut out, &series, &forecasts, &options.levels).map_err(|e| InputError {
        file: source.into(),
        line: None,
        column: None,
        message: format!("cannot write the forecasts: {e}"),
    })?;
    let notes = series
        .iter()
        .zip(&forecasts)
        .filter_map(|(s, f)| f.note.as_ref().map(|n| format!("{}: {n}", s.id)))
        .collect();
    Ok(Run {
        csv: String::from_utf8_lossy(&out).into_owned(),
        notes,
    })
}
