//! Exports in the tidy layout, so that `export` → `import` gives the same observations.

use model::Dimension;
use std::collections::BTreeSet;
use std::io::Write;
use store::{ObservationRow, SeriesFilter, Store};

const FIXED: [&str; 8] = [
    "dataset", "variable", "geo", "geo_name", "period", "value", "unit", "flags",
];

fn cells(row: &ObservationRow, breakdown_keys: &[String]) -> Vec<String> {
    let o = &row.observation;
    let mut out = vec![
        o.dataset.clone(),
        o.variable.clone(),
        o.geo.to_string(),
        row.geo_name.clone(),
        o.period.to_string(),
        // Shortest text that reads back to the same f64.
        format!("{}", o.value),
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

/// Writes the observations matching `filter` as tidy CSV or JSON to `out`.
pub fn write(
    store: &Store,
    filter: &SeriesFilter,
    json: bool,
    out: &mut dyn Write,
) -> Result<u64, String> {
    // The breakdown columns: every breakdown key in use, found in a first pass over
    // series (cheap), so the rows themselves stream.
    let mut keys: BTreeSet<String> = BTreeSet::new();
    store
        .for_each_observation(filter, |r| {
            keys.extend(r.observation.breakdown.keys().cloned());
            Ok(())
        })
        .map_err(|e| e.to_string())?;
    let breakdown_keys: Vec<String> = keys.into_iter().collect();
    let mut header: Vec<String> = FIXED.iter().map(|s| s.to_string()).collect();
    header.extend(Dimension::ALL.iter().map(|d| d.key().to_string()));
    header.extend(breakdown_keys.iter().cloned());
    let mut n = 0u64;
    if json {
        out.write_all(b"[").map_err(|e| e.to_string())?;
        store
            .for_each_observation(filter, |r| {
                let mut obj = serde_json::Map::new();
                for (h, c) in header.iter().zip(cells(&r, &breakdown_keys)) {
                    if h == "value" {
                        obj.insert(h.clone(), serde_json::json!(r.observation.value));
                    } else if !c.is_empty() {
                        obj.insert(h.clone(), serde_json::Value::String(c));
                    }
                }
                let sep = if n == 0 { "\n" } else { ",\n" };
                n += 1;
                out.write_all(sep.as_bytes())
                    .and_then(|_| {
                        serde_json::to_writer(&mut *out, &obj).map_err(std::io::Error::other)
                    })
                    .map_err(|e| e.to_string())
            })
            .map_err(|e| e.to_string())?;
        out.write_all(b"\n]\n").map_err(|e| e.to_string())?;
    } else {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(&header).map_err(|e| e.to_string())?;
        store
            .for_each_observation(filter, |r| {
                n += 1;
                w.write_record(cells(&r, &breakdown_keys))
                    .map_err(|e| e.to_string())
            })
            .map_err(|e| e.to_string())?;
        w.flush().map_err(|e| e.to_string())?;
    }
    Ok(n)
}

/// Writes the stored estimates of a computed dataset (`computed:MAPPING`) with their standard
/// errors, intervals, reliability flags, suppression status and reason, and publication
/// status — withheld cells included, without a value — as CSV or JSON.
pub fn write_estimates(
    store: &Store,
    dataset: &str,
    json: bool,
    out: &mut dyn Write,
) -> Result<u64, String> {
    let rows = store.estimates(dataset).map_err(|e| e.to_string())?;
    if rows.is_empty() {
        return Err(format!(
            "no estimates in dataset '{dataset}' (computed datasets are named computed:MAPPING; see `observatory list datasets`)"
        ));
    }
    if json {
        serde_json::to_writer_pretty(&mut *out, &rows).map_err(|e| e.to_string())?;
        out.write_all(b"\n").map_err(|e| e.to_string())?;
    } else {
        let mut w = csv::Writer::from_writer(out);
        for r in &rows {
            w.serialize(r).map_err(|e| e.to_string())?;
        }
        w.flush().map_err(|e| e.to_string())?;
    }
    Ok(rows.len() as u64)
}
