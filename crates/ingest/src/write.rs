//! Writers: observations out in the formats people and statistical offices exchange.
//!
//! One [`Writer`] per format, registered in [`WRITERS`], each the counterpart of a reader
//! so that what we write reads back to the same observations: the tidy CSV and JSON of
//! the template, SDMX-CSV 2.0 and JSON-stat 2.0. Writers walk their rows through [`Rows`],
//! which may be walked more than once (a first pass finds the columns), so that a large
//! export streams instead of being held in memory.

use model::{Dimension, Observation};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

/// One observation to write, with the name of its place.
#[derive(Debug, Clone, Copy)]
pub struct ExportRow<'a> {
    pub observation: &'a Observation,
    pub geo_name: &'a str,
}

/// The rows of an export: a store query, a vector in a test.
pub trait Rows {
    fn for_each(&self, f: &mut dyn FnMut(ExportRow<'_>) -> io::Result<()>) -> io::Result<()>;
}

/// Rows already in memory.
#[derive(Debug, Default)]
pub struct RowVec(pub Vec<(Observation, String)>);

impl Rows for RowVec {
    fn for_each(&self, f: &mut dyn FnMut(ExportRow<'_>) -> io::Result<()>) -> io::Result<()> {
        for (o, name) in &self.0 {
            f(ExportRow {
                observation: o,
                geo_name: name,
            })?;
        }
        Ok(())
    }
}

/// One export format.
pub trait Writer: Sync + std::fmt::Debug {
    /// The name of `export --format` and of the API's `format=`.
    fn name(&self) -> &'static str;
    fn media_type(&self) -> &'static str;
    fn extension(&self) -> &'static str;
    /// Writes every row; returns the number of observations written.
    fn write(&self, rows: &dyn Rows, out: &mut dyn Write) -> io::Result<u64>;
}

/// Every export format.
pub static WRITERS: &[&dyn Writer] = &[&TidyCsvOut, &TidyJsonOut, &SdmxCsvOut, &JsonStatOut];

/// The writer called `name`.
pub fn writer(name: &str) -> Option<&'static dyn Writer> {
    WRITERS.iter().copied().find(|w| w.name() == name)
}

/// The writer a file's name asks for when no format is given: `-o x.json` means the tidy
/// JSON, anything else (and standard output) the tidy CSV that `import` reads back.
pub fn for_file(path: Option<&std::path::Path>) -> &'static dyn Writer {
    let json = path
        .and_then(|p| p.extension())
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    writer(if json { "json" } else { "csv" }).unwrap_or(WRITERS[0])
}

/// The registered names, comma-separated, for messages.
pub fn writer_names() -> String {
    WRITERS
        .iter()
        .map(|w| w.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Shortest text that reads back to the same f64.
fn number(v: f64) -> String {
    format!("{v}")
}

/// The breakdown keys and population dimensions used anywhere in `rows`.
fn columns_in(rows: &dyn Rows) -> io::Result<(BTreeSet<Dimension>, BTreeSet<String>)> {
    let mut dims = BTreeSet::new();
    let mut keys = BTreeSet::new();
    rows.for_each(&mut |r| {
        dims.extend(r.observation.group.dimensions().map(|(d, _)| d));
        keys.extend(r.observation.breakdown.keys().cloned());
        Ok(())
    })?;
    Ok((dims, keys))
}

const TIDY_FIXED: [&str; 8] = [
    "dataset", "variable", "geo", "geo_name", "period", "value", "unit", "flags",
];

fn tidy_cells(row: ExportRow<'_>, breakdown_keys: &[String]) -> Vec<String> {
    let o = row.observation;
    let mut out = vec![
        o.dataset.clone(),
        o.variable.clone(),
        o.geo.to_string(),
        row.geo_name.to_string(),
        o.period.to_string(),
        number(o.value),
        o.unit.clone().unwrap_or_default(),
        o.flags.to_string(),
    ];
    for d in Dimension::ALL {
        out.push(o.group.get(d).unwrap_or("").to_string());
    }
    for k in breakdown_keys {
        out.push(o.breakdown.get(k).cloned().unwrap_or_default());
    }
    out
}

fn tidy_header(breakdown_keys: &[String]) -> Vec<String> {
    let mut header: Vec<String> = TIDY_FIXED.iter().map(|s| s.to_string()).collect();
    header.extend(Dimension::ALL.iter().map(|d| d.key().to_string()));
    header.extend(breakdown_keys.iter().cloned());
    header
}

/// The tidy template as CSV (what `import` reads back).
#[derive(Debug)]
pub struct TidyCsvOut;

impl Writer for TidyCsvOut {
    fn name(&self) -> &'static str {
        "csv"
    }
    fn media_type(&self) -> &'static str {
        "text/csv; charset=utf-8"
    }
    fn extension(&self) -> &'static str {
        "csv"
    }
    fn write(&self, rows: &dyn Rows, out: &mut dyn Write) -> io::Result<u64> {
        let keys: Vec<String> = columns_in(rows)?.1.into_iter().collect();
        let mut w = csv::Writer::from_writer(out);
        w.write_record(tidy_header(&keys))?;
        let mut n = 0;
        rows.for_each(&mut |r| {
            n += 1;
            w.write_record(tidy_cells(r, &keys))
                .map_err(io::Error::from)
        })?;
        w.flush()?;
        Ok(n)
    }
}

/// The tidy rows as a JSON array of objects (empty cells left out).
#[derive(Debug)]
pub struct TidyJsonOut;

impl Writer for TidyJsonOut {
    fn name(&self) -> &'static str {
        "json"
    }
    fn media_type(&self) -> &'static str {
        "application/json"
    }
    fn extension(&self) -> &'static str {
        "json"
    }
    fn write(&self, rows: &dyn Rows, out: &mut dyn Write) -> io::Result<u64> {
        let keys: Vec<String> = columns_in(rows)?.1.into_iter().collect();
        let header = tidy_header(&keys);
        let mut n = 0u64;
        out.write_all(b"[")?;
        rows.for_each(&mut |r| {
            let mut obj = serde_json::Map::new();
            for (h, c) in header.iter().zip(tidy_cells(r, &keys)) {
                if h == "value" {
                    obj.insert(h.clone(), serde_json::json!(r.observation.value));
                } else if !c.is_empty() {
                    obj.insert(h.clone(), serde_json::Value::String(c));
                }
            }
            out.write_all(if n == 0 { b"\n" } else { b",\n" })?;
            n += 1;
            serde_json::to_writer(&mut *out, &obj).map_err(io::Error::other)
        })?;
        out.write_all(b"\n]\n")?;
        Ok(n)
    }
}

/// The agency of the dataflows we write: not Eurostat's, so that a reader never mistakes
/// our lower-case codes for Eurostat's labels.
pub const AGENCY: &str = "OBSERVATORY";

/// SDMX-CSV 2.0: `STRUCTURE,STRUCTURE_ID,ACTION`, one column per dimension, then
/// `TIME_PERIOD,OBS_VALUE,OBS_FLAG`. The dataflow is `OBSERVATORY:<dataset>(1.0)`.
#[derive(Debug)]
pub struct SdmxCsvOut;

impl Writer for SdmxCsvOut {
    fn name(&self) -> &'static str {
        "sdmx-csv"
    }
    fn media_type(&self) -> &'static str {
        "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8"
    }
    fn extension(&self) -> &'static str {
        "csv"
    }
    fn write(&self, rows: &dyn Rows, out: &mut dyn Write) -> io::Result<u64> {
        let (dims, keys) = columns_in(rows)?;
        let mut header: Vec<String> = [
            "STRUCTURE",
            "STRUCTURE_ID",
            "ACTION",
            "indicator",
            "geo",
            "unit",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        header.extend(dims.iter().map(|d| d.key().to_string()));
        header.extend(keys.iter().cloned());
        header.extend(["TIME_PERIOD", "OBS_VALUE", "OBS_FLAG"].map(String::from));
        let mut w = csv::Writer::from_writer(out);
        w.write_record(&header)?;
        let mut n = 0;
        rows.for_each(&mut |r| {
            let o = r.observation;
            let mut rec = vec![
                "dataflow".to_string(),
                format!("{AGENCY}:{}(1.0)", o.dataset),
                "I".to_string(),
                o.variable.clone(),
                o.geo.to_string(),
                o.unit.clone().unwrap_or_default(),
            ];
            // SDMX's code for "all" of a dimension.
            rec.extend(
                dims.iter()
                    .map(|d| o.group.get(*d).unwrap_or("_T").to_string()),
            );
            rec.extend(
                keys.iter()
                    .map(|k| o.breakdown.get(k).cloned().unwrap_or_default()),
            );
            rec.push(o.period.to_string());
            rec.push(number(o.value));
            rec.push(o.flags.to_string());
            n += 1;
            w.write_record(&rec).map_err(io::Error::from)
        })?;
        w.flush()?;
        Ok(n)
    }
}

/// JSON-stat 2.0: one dataset (`class: dataset`) whose dimensions are the indicator, the
/// place, the unit, the population dimensions and breakdowns in use, and the time; the
/// values sparse (an object keyed by the flat index), flags in `status`. One dataset per
/// file, as Eurostat's API serves them.
#[derive(Debug)]
pub struct JsonStatOut;

impl Writer for JsonStatOut {
    fn name(&self) -> &'static str {
        "json-stat"
    }
    fn media_type(&self) -> &'static str {
        "application/json"
    }
    fn extension(&self) -> &'static str {
        "json"
    }
    fn write(&self, rows: &dyn Rows, out: &mut dyn Write) -> io::Result<u64> {
        // The categories of each dimension, in order of first appearance.
        let (dims, keys) = columns_in(rows)?;
        let mut ids: Vec<String> = vec!["indicator".into(), "geo".into(), "unit".into()];
        ids.extend(dims.iter().map(|d| d.key().to_string()));
        ids.extend(keys.iter().cloned());
        ids.push("time".into());
        let mut cats: Vec<Vec<String>> = vec![Vec::new(); ids.len()];
        let mut index: Vec<BTreeMap<String, usize>> = vec![BTreeMap::new(); ids.len()];
        let mut labels: BTreeMap<String, String> = BTreeMap::new();
        let mut datasets: BTreeSet<String> = BTreeSet::new();
        let codes_of = |o: &Observation| -> Vec<String> {
            let mut c = vec![
                o.variable.clone(),
                o.geo.to_string(),
                o.unit.clone().unwrap_or_default(),
            ];
            c.extend(
                dims.iter()
                    .map(|d| o.group.get(*d).unwrap_or("_T").to_string()),
            );
            c.extend(
                keys.iter()
                    .map(|k| o.breakdown.get(k).cloned().unwrap_or_default()),
            );
            c.push(o.period.to_string());
            c
        };
        rows.for_each(&mut |r| {
            datasets.insert(r.observation.dataset.clone());
            labels
                .entry(r.observation.geo.to_string())
                .or_insert_with(|| r.geo_name.to_string());
            for (d, code) in codes_of(r.observation).into_iter().enumerate() {
                if !index[d].contains_key(&code) {
                    index[d].insert(code.clone(), cats[d].len());
                    cats[d].push(code);
                }
            }
            Ok(())
        })?;
        if datasets.len() > 1 {
            return Err(io::Error::other(format!(
                "JSON-stat holds one dataset per file, and the selection has {}: {}; choose one with --dataset",
                datasets.len(),
                datasets.into_iter().collect::<Vec<_>>().join(", ")
            )));
        }
        let sizes: Vec<usize> = cats.iter().map(Vec::len).collect();
        let mut values = serde_json::Map::new();
        let mut status = serde_json::Map::new();
        let mut n = 0;
        rows.for_each(&mut |r| {
            let mut flat = 0usize;
            for (d, code) in codes_of(r.observation).into_iter().enumerate() {
                flat = flat * sizes[d] + index[d][&code];
            }
            values.insert(flat.to_string(), serde_json::json!(r.observation.value));
            if !r.observation.flags.is_empty() {
                status.insert(flat.to_string(), r.observation.flags.to_string().into());
            }
            n += 1;
            Ok(())
        })?;
        let mut dimension = serde_json::Map::new();
        for (d, id) in ids.iter().enumerate() {
            let idx: serde_json::Map<String, serde_json::Value> = cats[d]
                .iter()
                .enumerate()
                .map(|(i, c)| (c.clone(), i.into()))
                .collect();
            let mut category = serde_json::json!({ "index": idx });
            if id == "geo" {
                category["label"] = serde_json::json!(labels);
            }
            dimension.insert(id.clone(), serde_json::json!({ "category": category }));
        }
        // Every stored period parses, so the last dimension is always time.
        let role = serde_json::json!({ "geo": ["geo"], "time": ["time"], "metric": ["indicator"] });
        let doc = serde_json::json!({
            "version": "2.0",
            "class": "dataset",
            "label": datasets.iter().next().cloned().unwrap_or_default(),
            "extension": { "datasetId": datasets.iter().next().cloned().unwrap_or_default() },
            "id": ids,
            "size": sizes,
            "role": role,
            "dimension": dimension,
            "value": values,
            "status": status,
        });
        serde_json::to_writer(&mut *out, &doc).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn a_file_ending_in_json_asks_for_json_and_anything_else_for_csv() {
        assert_eq!(for_file(Some(Path::new("out.JSON"))).name(), "json");
        assert_eq!(for_file(Some(Path::new("out.csv"))).name(), "csv");
        assert_eq!(for_file(Some(Path::new("out"))).name(), "csv");
        assert_eq!(for_file(None).name(), "csv");
    }
}
