//! JSON-stat 2.0 datasets, the format of Eurostat's statistics API.
//!
//! A dataset lists its dimensions (`id`, `size`), each dimension's categories in order,
//! and the values as a dense array or a sparse object indexed in row-major order over
//! the dimensions; `status` holds the flags the same way (or one string for all).
//! Files are read whole: API responses are small, and the format cannot be streamed.

use crate::dims::{KeyBuilder, Role, role};
use crate::error::{IngestError, Location};
use crate::input::Input;
use crate::{ImportReport, Progress, Sink};
use model::{Flags, GeoCode, Geography, Period};
use serde_json::Value;

struct Dim {
    id: String,
    codes: Vec<String>,
    labels: Vec<Option<String>>,
}

pub fn read(
    input: &Input,
    dataset_override: Option<&str>,
    fallback_dataset: &str,
    sink: &mut dyn Sink,
) -> Result<ImportReport, IngestError> {
    let path = input.path();
    let at = || Location {
        file: path.to_path_buf(),
        ..Location::default()
    };
    let bytes = input.bytes()?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(IngestError::Empty { location: at() });
    }
    if let Err(e) = std::str::from_utf8(&bytes) {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64
            + 1;
        return Err(IngestError::Encoding {
            location: Location {
                line: Some(line),
                ..at()
            },
            byte: e.valid_up_to() as u64,
            suggestion: String::new(),
        });
    }
    let doc: Value = serde_json::from_slice(&bytes).map_err(|e| {
        IngestError::invalid(
            Location {
                line: Some(e.line() as u64),
                column: Some((e.column(), String::new())),
                ..at()
            },
            e.to_string(),
            "well-formed JSON",
        )
    })?;
    let bad = |found: String, expected: &str| IngestError::invalid(at(), found, expected);
    if doc.get("class").and_then(Value::as_str) != Some("dataset") {
        return Err(bad(
            format!(
                "class {}",
                doc.get("class")
                    .map(|c| c.to_string())
                    .unwrap_or("missing".into())
            ),
            "a JSON-stat 2.0 dataset (\"class\": \"dataset\")",
        )
        .with_hint("collections and bundles: download each dataset on its own"));
    }
    let ids: Vec<String> = doc
        .get("id")
        .and_then(Value::as_array)
        .ok_or_else(|| bad("no \"id\" array".into(), "the dimension ids in \"id\""))?
        .iter()
        .map(|v| v.as_str().unwrap_or("").to_string())
        .collect();
    let sizes: Vec<usize> = doc
        .get("size")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            bad(
                "no \"size\" array".into(),
                "the dimension sizes in \"size\"",
            )
        })?
        .iter()
        .map(|v| v.as_u64().unwrap_or(0) as usize)
        .collect();
    if ids.len() != sizes.len() {
        return Err(bad(
            format!("{} ids and {} sizes", ids.len(), sizes.len()),
            "as many sizes as dimension ids",
        ));
    }
    let mut dims = Vec::new();
    for (id, &size) in ids.iter().zip(&sizes) {
        let cat = doc
            .pointer(&format!("/dimension/{id}/category"))
            .ok_or_else(|| {
                bad(
                    format!("no category for dimension '{id}'"),
                    "dimension.<id>.category for every id",
                )
            })?;
        let mut codes = vec![String::new(); size];
        match cat.get("index") {
            Some(Value::Object(m)) => {
                for (code, pos) in m {
                    let p = pos.as_u64().unwrap_or(u64::MAX) as usize;
                    if p >= size {
                        return Err(bad(
                            format!("index {p} of '{code}' in dimension '{id}'"),
                            &format!("an index below the size {size}"),
                        ));
                    }
                    codes[p] = code.clone();
                }
            }
            Some(Value::Array(a)) => {
                for (p, code) in a.iter().enumerate().take(size) {
                    codes[p] = code.as_str().unwrap_or("").to_string();
                }
            }
            _ => {
                // A single-category dimension may give only a label.
                let only = cat
                    .get("label")
                    .and_then(Value::as_object)
                    .and_then(|m| m.keys().next().cloned());
                match (size, only) {
                    (1, Some(code)) => codes[0] = code,
                    _ => {
                        return Err(bad(
                            format!("dimension '{id}' without category index"),
                            "category.index",
                        ));
                    }
                }
            }
        }
        let labels = codes
            .iter()
            .map(|c| {
                cat.pointer(&format!(
                    "/label/{}",
                    c.replace('~', "~0").replace('/', "~1")
                ))
                .and_then(Value::as_str)
                .map(str::to_string)
            })
            .collect();
        dims.push(Dim {
            id: id.clone(),
            codes,
            labels,
        });
    }
    let time = dims
        .iter()
        .position(|d| role(&d.id) == Role::Time)
        .ok_or_else(|| {
            bad(
                "no time dimension".into(),
                "a dimension named time or TIME_PERIOD",
            )
        })?;
    let geo = dims
        .iter()
        .position(|d| role(&d.id) == Role::Geo)
        .ok_or_else(|| bad("no geo dimension".into(), "a dimension named geo"))?;
    let total: usize = sizes.iter().product();
    let dataset = dataset_override
        .map(str::to_string)
        .or_else(|| {
            doc.pointer("/extension/datasetId")
                .or_else(|| doc.pointer("/extension/id"))
                .and_then(Value::as_str)
                .map(|s| s.to_ascii_lowercase())
        })
        .unwrap_or_else(|| fallback_dataset.to_string());

    let mut report = ImportReport::default();
    report.add_dataset(&dataset);
    for (i, code) in dims[geo].codes.iter().enumerate() {
        let name = dims[geo].labels[i].clone().unwrap_or_else(|| code.clone());
        sink.geography(Geography::from_code(GeoCode::new(code.clone()), name))
            .map_err(|m| IngestError::Sink {
                location: at(),
                message: m,
            })?;
        report.geographies += 1;
    }
    let status_at = |i: usize| -> Option<String> {
        match doc.get("status") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Array(a)) => a.get(i).and_then(Value::as_str).map(str::to_string),
            Some(Value::Object(m)) => m
                .get(&i.to_string())
                .and_then(Value::as_str)
                .map(str::to_string),
            _ => None,
        }
    };
    let mut emit = |i: usize, v: &Value, report: &mut ImportReport| -> Result<(), IngestError> {
        if i >= total {
            return Err(bad(
                format!("value at position {i}"),
                &format!("positions below {total} (the product of the sizes)"),
            ));
        }
        report.rows_read += 1;
        let Some(x) = v.as_f64() else {
            if v.is_null() {
                report.skip("no value");
                return Ok(());
            }
            return Err(bad(
                format!("value {v} at position {i}"),
                "a number or null",
            ));
        };
        // Row-major: the last dimension varies fastest.
        let mut rest = i;
        let mut pos = vec![0usize; dims.len()];
        for d in (0..dims.len()).rev() {
            pos[d] = rest % sizes[d];
            rest /= sizes[d];
        }
        let mut key = KeyBuilder::default();
        for (d, dim) in dims.iter().enumerate() {
            key.add(&dim.id, &dim.codes[pos[d]]);
        }
        let ptext = &dims[time].codes[pos[time]];
        let period = Period::parse(ptext).map_err(|_| {
            bad(
                format!("time category '{ptext}'"),
                "periods such as 2020 or 2020-Q1",
            )
        })?;
        let flag_text = status_at(i).unwrap_or_default();
        let flags = Flags::parse(&flag_text).map_err(|e| {
            bad(
                format!("status '{}' at position {i}", e.found),
                "Eurostat flags among b c d e f m n p r s u z",
            )
        })?;
        let obs = key
            .observation(&dataset, period, x, flags)
            .expect("geo present");
        sink.observation(obs).map_err(|m| IngestError::Sink {
            location: at(),
            message: m,
        })?;
        report.observations += 1;
        Ok(())
    };
    match doc.get("value") {
        Some(Value::Array(a)) => {
            if a.len() != total {
                return Err(bad(
                    format!("{} values", a.len()),
                    &format!("{total} values (the product of the sizes)"),
                ));
            }
            for (i, v) in a.iter().enumerate() {
                emit(i, v, &mut report)?;
            }
        }
        Some(Value::Object(m)) => {
            // Sparse: positions absent from the object have no value.
            let mut entries: Vec<(usize, &Value)> = Vec::with_capacity(m.len());
            for (k, v) in m {
                let i: usize = k
                    .parse()
                    .map_err(|_| bad(format!("value key '{k}'"), "numeric positions as keys"))?;
                entries.push((i, v));
            }
            entries.sort_by_key(|e| e.0);
            for (i, v) in entries {
                emit(i, v, &mut report)?;
            }
            let absent = total.saturating_sub(m.len()) as u64;
            if absent > 0 {
                report.skipped.insert(
                    "no value (absent from the sparse value object)".into(),
                    absent,
                );
            }
        }
        _ => return Err(bad("no \"value\"".into(), "a \"value\" array or object")),
    }
    Ok(report)
}

/// JSON-stat 2.0 dataset (Eurostat's API).
#[derive(Debug)]
pub struct JsonStat;

impl crate::Reader for JsonStat {
    fn name(&self) -> &'static str {
        "json-stat"
    }
    fn description(&self) -> &'static str {
        "JSON-stat 2.0 dataset (Eurostat's API)"
    }
    fn claims(&self, sniff: &crate::Sniff<'_>) -> bool {
        sniff.name.ends_with(".json") || sniff.text.starts_with('{')
    }
    fn read(
        &self,
        input: &Input,
        dataset: &str,
        options: &crate::Options,
        sink: &mut dyn Sink,
        _progress: Progress<'_>,
    ) -> Result<ImportReport, IngestError> {
        read(input, options.dataset.as_deref(), dataset, sink)
    }
}
