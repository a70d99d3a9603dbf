//! SDMX-CSV 1.0 and 2.0, and Eurostat's labels-only CSV.
//!
//! * 1.0: `DATAFLOW,[LAST UPDATE,]dim…,TIME_PERIOD,OBS_VALUE,OBS_FLAG…` with codes.
//! * 2.0: `STRUCTURE,STRUCTURE_ID,[STRUCTURE_NAME,][ACTION,]dim…`; when Eurostat adds
//!   labels (`STRUCTURE_NAME` present), each component column is followed by a column
//!   with its label: `freq,Time frequency,indic_ur,Urban audit indicator,…`.
//! * Labels only: the 1.0 shape with `Females` instead of `F`. Labels are mapped back to
//!   codes through [`crate::codelist`]; unknown ones are kept and listed in the report.

use crate::dims::{KeyBuilder, Role, role};
use crate::error::{IngestError, Location};
use crate::input::Input;
use crate::value::parse_number;
use crate::{ImportReport, Progress, Sink};
use model::{Flag, Flags, GeoCode, Geography, Period};
use std::collections::{BTreeSet, HashMap, HashSet};

#[derive(Debug)]
struct Component {
    id: String,
    role: Role,
    column: usize,
    label_column: Option<usize>,
}

/// `ESTAT:ILC_DI15$DEFAULTVIEW(1.0)` → `ilc_di15`.
pub fn dataset_from_dataflow(flow: &str) -> String {
    let after_agency = flow.split_once(':').map(|(_, f)| f).unwrap_or(flow);
    let id = after_agency
        .split(['(', '$'])
        .next()
        .unwrap_or(after_agency);
    id.trim().to_ascii_lowercase()
}

pub fn read(
    input: &Input,
    dataset_override: Option<&str>,
    fallback_dataset: &str,
    sink: &mut dyn Sink,
    progress: Progress<'_>,
) -> Result<ImportReport, IngestError> {
    let path = input.path();
    let file = input.open()?;
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(std::io::BufReader::with_capacity(1 << 16, file));
    let headers = crate::error::csv_headers(input, &mut rdr)?;
    let loc = |line: u64, col: Option<usize>| Location {
        file: path.to_path_buf(),
        line: Some(line),
        column: col.map(|c| (c + 1, headers.get(c).cloned().unwrap_or_default())),
    };
    if headers.is_empty() || headers.iter().all(|h| h.trim().is_empty()) {
        return Err(IngestError::Empty {
            location: Location {
                file: path.to_path_buf(),
                ..Location::default()
            },
        });
    }
    let h = |i: usize| headers.get(i).map(String::as_str);
    let h0 = h(0).unwrap_or("");
    let (flow_col, mut start, labelled) = match h0 {
        "STRUCTURE" => {
            let labelled = h(2) == Some("STRUCTURE_NAME");
            (1usize, if labelled { 3 } else { 2 }, labelled)
        }
        "DATAFLOW" => (0usize, 1, false),
        other => {
            return Err(IngestError::invalid(
                loc(1, Some(0)),
                format!("'{other}'"),
                "SDMX-CSV: a first column named STRUCTURE (2.0) or DATAFLOW (1.0)",
            ));
        }
    };
    if h(start) == Some("ACTION") || h(start) == Some("LAST UPDATE") {
        start += if labelled { 2 } else { 1 };
    }
    let mut components = Vec::new();
    let mut c = start;
    while c < headers.len() {
        let id = headers[c].trim().to_string();
        let label_column = if labelled { Some(c + 1) } else { None };
        components.push(Component {
            role: role(&id),
            id,
            column: c,
            label_column,
        });
        c += if labelled { 2 } else { 1 };
    }
    let find = |name: &str| components.iter().find(|c| c.id == name);
    let (Some(time), Some(value)) = (find("TIME_PERIOD"), find("OBS_VALUE")) else {
        return Err(IngestError::invalid(
            loc(1, None),
            format!("columns {}", headers.join(",")),
            "SDMX-CSV columns TIME_PERIOD and OBS_VALUE",
        ));
    };
    let (time_col, value_col) = (time.column, value.column);
    let flag_col = find("OBS_FLAG").or(find("OBS_STATUS")).map(|c| c.column);
    let conf_col = find("CONF_STATUS").map(|c| c.column);
    let dims: Vec<&Component> = components
        .iter()
        .filter(|c| {
            !matches!(
                c.id.as_str(),
                "TIME_PERIOD" | "OBS_VALUE" | "OBS_FLAG" | "OBS_STATUS" | "CONF_STATUS"
            )
        })
        .collect();
    if !dims.iter().any(|d| d.role == Role::Geo) {
        return Err(IngestError::invalid(
            loc(1, None),
            "no geography column",
            "a column named geo, cities or REF_AREA",
        ));
    }

    let mut report = ImportReport::default();
    let mut labels_only: Option<bool> = None;
    let mut label_cache: HashMap<(usize, String), Option<String>> = HashMap::new();
    let mut unmapped: BTreeSet<(String, String)> = BTreeSet::new();
    let mut seen_geo: HashSet<String> = HashSet::new();
    let mut flow_cache: (String, String) = (String::new(), String::new());
    let csv_headers = csv::StringRecord::from(headers.clone());
    let mut bytes = csv::ByteRecord::new();
    loop {
        match rdr.read_byte_record(&mut bytes) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(IngestError::from_csv(input, Some(&csv_headers), e)),
        }
        let line = bytes.position().map(|p| p.line()).unwrap_or(0);
        let record = crate::error::record_text(input, &headers, &bytes)?;
        report.rows_read += 1;
        let dataset = match dataset_override {
            Some(d) => d.to_string(),
            None => {
                let flow = record_get(&record, flow_col).unwrap_or("");
                if flow_cache.0 != flow {
                    let d = dataset_from_dataflow(flow);
                    flow_cache = (
                        flow.to_string(),
                        if d.is_empty() {
                            fallback_dataset.to_string()
                        } else {
                            d
                        },
                    );
                }
                flow_cache.1.clone()
            }
        };
        // Eurostat codes are upper case; a value with lower-case letters is a label.
        let is_labels = *labels_only.get_or_insert_with(|| {
            // Our own exports carry our own lower-case codes, never Eurostat's labels.
            let ours =
                record_get(&record, flow_col).is_some_and(|f| f.starts_with(crate::write::AGENCY));
            !labelled
                && !ours
                && dims.iter().any(|d| {
                    d.role != Role::Time
                        && record
                            .get(d.column)
                            .is_some_and(|v| v.bytes().any(|b| b.is_ascii_lowercase()))
                })
        });
        if report.rows_read == 1 && is_labels {
            report
                .notes
                .push("the file has labels instead of codes: mapped back to Eurostat codes".into());
        }
        let mut key = KeyBuilder::default();
        let mut geo_label = None;
        for d in &dims {
            let raw = record_get(&record, d.column).unwrap_or("").trim();
            let code = if is_labels {
                let mapped = label_cache
                    .entry((d.column, raw.to_string()))
                    .or_insert_with(|| crate::codelist::code_for(&d.id, raw))
                    .clone();
                match mapped {
                    Some(c) => c,
                    None => {
                        if !raw.is_empty() {
                            unmapped.insert((d.id.clone(), raw.to_string()));
                        }
                        raw.to_string()
                    }
                }
            } else {
                raw.to_string()
            };
            if d.role == Role::Geo {
                geo_label = d
                    .label_column
                    .and_then(|l| record_get(&record, l))
                    .map(str::to_string)
                    .or_else(|| is_labels.then(|| raw.to_string()));
            }
            key.add_as(d.role, &d.id, &code);
        }
        let geo = key.geo.clone().unwrap_or_default();
        if geo.is_empty() {
            return Err(IngestError::invalid(
                loc(line, None),
                "an empty geography",
                "a geography code",
            ));
        }
        if seen_geo.insert(geo.clone()) {
            let name = geo_label
                .filter(|l| !l.is_empty())
                .or_else(|| crate::codelist::country_name(&geo).map(str::to_string))
                .unwrap_or_else(|| geo.clone());
            sink.geography(Geography::from_code(GeoCode::new(geo.clone()), name))
                .map_err(|m| IngestError::Sink {
                    location: loc(line, None),
                    message: m,
                })?;
            report.geographies += 1;
        }
        let period_text = record_get(&record, time_col).unwrap_or("");
        let period = Period::parse(period_text).map_err(|e| {
            IngestError::invalid(
                loc(line, Some(time_col)),
                format!("'{}'", e.found),
                "a period such as 2020, 2020-Q1 or 2020-S2",
            )
        })?;
        let mut flags = match flag_col {
            Some(c) => Flags::parse(record_get(&record, c).unwrap_or("")).map_err(|e| {
                IngestError::invalid(
                    loc(line, Some(c)),
                    format!("flag '{}'", e.found),
                    "Eurostat flags among b c d e f m n p r s u z",
                )
            })?,
            None => Flags::NONE,
        };
        if let Some(c) = conf_col {
            let conf = record_get(&record, c).unwrap_or("").trim();
            if conf.starts_with('C') {
                flags.insert(Flag::Confidential);
            }
        }
        let value_text = record_get(&record, value_col).unwrap_or("").trim();
        if value_text.is_empty() || value_text == ":" || value_text.eq_ignore_ascii_case("NaN") {
            if flags.contains(Flag::Confidential) {
                report.skip("no value, confidential");
            } else {
                report.skip("no value");
            }
            continue;
        }
        let v = parse_number(value_text).map_err(|_| {
            IngestError::invalid(
                loc(line, Some(value_col)),
                format!("'{value_text}'"),
                "a number (decimal point '.'), or an empty cell for no value",
            )
        })?;
        report.add_dataset(&dataset);
        let obs = key
            .into_observation(&dataset, period, v, flags)
            .expect("geo checked");
        sink.observation(obs).map_err(|m| IngestError::Sink {
            location: loc(line, None),
            message: m,
        })?;
        report.observations += 1;
        if report.rows_read % 4096 == 0 {
            progress(bytes.position().map(|p| p.byte()).unwrap_or(0));
        }
    }
    if report.rows_read == 0 {
        report
            .notes
            .push("the file has a header but no data rows".into());
    }
    if !unmapped.is_empty() {
        let list: Vec<String> = unmapped
            .iter()
            .take(12)
            .map(|(d, l)| format!("{d}: '{l}'"))
            .collect();
        report.notes.push(format!(
            "{} labels have no known Eurostat code and were imported under their label: {}{}",
            unmapped.len(),
            list.join("; "),
            if unmapped.len() > 12 { "; …" } else { "" }
        ));
    }
    Ok(report)
}

fn record_get<'a>(record: &[&'a str], i: usize) -> Option<&'a str> {
    record.get(i).copied()
}

/// SDMX-CSV 1.0 or 2.0 (with or without labels), and Eurostat's labels-only CSV.
#[derive(Debug)]
pub struct SdmxCsv;

impl crate::Reader for SdmxCsv {
    fn name(&self) -> &'static str {
        "sdmx-csv"
    }
    fn description(&self) -> &'static str {
        "SDMX-CSV 1.0 or 2.0 (with or without labels), and Eurostat's labels-only CSV"
    }
    fn claims(&self, sniff: &crate::Sniff<'_>) -> bool {
        sniff.first_line.starts_with("STRUCTURE,") || sniff.first_line.starts_with("DATAFLOW,")
    }
    fn read(
        &self,
        input: &Input,
        dataset: &str,
        options: &crate::Options,
        sink: &mut dyn Sink,
        progress: Progress<'_>,
    ) -> Result<ImportReport, IngestError> {
        read(input, options.dataset.as_deref(), dataset, sink, progress)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn dataflow_ids() {
        assert_eq!(
            super::dataset_from_dataflow("ESTAT:ILC_DI15$DEFAULTVIEW(1.0)"),
            "ilc_di15"
        );
        assert_eq!(
            super::dataset_from_dataflow("ESTAT:URB_CPOP1(1.0)"),
            "urb_cpop1"
        );
    }
}
