//! A municipal department's use of its services by population group: the template
//! `data/templates/service-use-template.csv`.
//!
//! ```text
//! period,department,service,group,count
//! ```
//!
//! One row per period (a year, or a quarter or month as [`model::Period`] reads them),
//! service and population group: how many people of the group used the service (clients,
//! cases, visits — the department says which in its service's name). `group` is a code of
//! the groups the store holds populations for: `TOTAL` (everyone), by country of birth
//! `NAT` (born in the country) and `FOR` (born abroad), or a citizenship group of the
//! tidy template (`NEU27_2020_FOR`, `EU27_2020_FOR`, `STLS`, …). An optional `geo` column
//! names the city; otherwise the upload's city (`--geo`) is every row's.
//!
//! Each row becomes an observation of dataset `service_use` (whatever the file is called or
//! `--dataset` says: the rates are read from it), variable
//! `department/service`, unit `NR`; the rate per 1,000 of the group's population is
//! computed from the store's populations by the `services` crate, never stored, so that a
//! corrected population corrects the rate.

use crate::error::{IngestError, Location, csv_headers, record_text_into};
use crate::input::Input;
use crate::value::parse_number;
use crate::{ImportReport, Options, Progress, Sink};
use model::{Dimension, Flags, GeoCode, Observation, Period, PopulationGroup};
use std::collections::BTreeMap;

/// The dataset the counts are stored under.
pub const DATASET: &str = "service_use";

const REQUIRED: [&str; 5] = ["period", "department", "service", "group", "count"];

/// The service-use template.
#[derive(Debug)]
pub struct ServiceUse;

impl crate::Reader for ServiceUse {
    fn name(&self) -> &'static str {
        "service-use"
    }
    fn description(&self) -> &'static str {
        "a department's use of its services by population group (period,department,service,group,count)"
    }
    fn claims(&self, sniff: &crate::Sniff<'_>) -> bool {
        let header: Vec<String> = sniff
            .first_line
            .split(',')
            .map(|c| c.trim().to_ascii_lowercase())
            .collect();
        REQUIRED.iter().all(|c| header.iter().any(|h| h == c))
    }
    fn read(
        &self,
        input: &Input,
        _dataset: &str,
        options: &Options,
        sink: &mut dyn Sink,
        progress: Progress<'_>,
    ) -> Result<ImportReport, IngestError> {
        read(input, options, sink, progress)
    }
}

/// The population group of a `group` cell, or `None` for a code the store has no
/// population for.
pub fn group_of(code: &str) -> Option<PopulationGroup> {
    let code = code.trim();
    match code {
        "TOTAL" => Some(PopulationGroup::total()),
        "NAT" | "FOR" => Some(PopulationGroup::total().with(Dimension::CountryOfBirth, code)),
        c if !c.is_empty()
            && c.chars()
                .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit() || ch == '_') =>
        {
            Some(PopulationGroup::total().with(Dimension::Citizenship, c))
        }
        _ => None,
    }
}

fn read(
    input: &Input,
    options: &Options,
    sink: &mut dyn Sink,
    progress: Progress<'_>,
) -> Result<ImportReport, IngestError> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(std::io::BufReader::with_capacity(1 << 16, input.open()?));
    let names = csv_headers(input, &mut rdr)?;
    let index: BTreeMap<String, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.trim().to_ascii_lowercase(), i))
        .collect();
    let at = |line: u64, name: &str| Location {
        file: input.path().to_path_buf(),
        line: Some(line),
        column: index.get(name).map(|&i| (i + 1, name.to_string())),
    };
    if let Some(missing) = REQUIRED.iter().find(|c| !index.contains_key(**c)) {
        return Err(IngestError::invalid(
            at(1, ""),
            format!("the columns {}", names.join(", ")),
            format!("a column '{missing}'"),
        )
        .with_hint(
            "a service-use table has the columns of data/templates/service-use-template.csv",
        ));
    }
    if !index.contains_key("geo") && options.geo.is_none() {
        return Err(IngestError::invalid(
            at(1, ""),
            format!("the columns {}", names.join(", ")),
            "a geo column, or the city the file is about (--geo CODE, or the upload's city)",
        ));
    }
    // Always this dataset, whatever the file is called: the rates are read from it.
    let dataset = DATASET.to_string();
    let mut report = ImportReport {
        datasets: vec![dataset.clone()],
        ..ImportReport::default()
    };
    let mut rec = csv::ByteRecord::new();
    let mut seen: BTreeMap<(String, String, String, String), u64> = BTreeMap::new();
    while rdr
        .read_byte_record(&mut rec)
        .map_err(|e| IngestError::from_csv(input, None, e))?
    {
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let mut row: Vec<&str> = Vec::with_capacity(names.len());
        record_text_into(input, &names, &rec, &mut row)?;
        let get = |name: &str| {
            index
                .get(name)
                .and_then(|&i| row.get(i))
                .map(|s| s.trim())
                .unwrap_or("")
        };
        if row.iter().all(|c| c.trim().is_empty()) {
            report.skip("empty row");
            continue;
        }
        let period = Period::parse(get("period")).map_err(|e| {
            IngestError::invalid(
                at(line, "period"),
                format!("'{}'", get("period")),
                e.to_string(),
            )
        })?;
        for name in ["department", "service"] {
            if get(name).is_empty() {
                return Err(IngestError::invalid(
                    at(line, name),
                    "an empty cell",
                    format!("the {name}'s name"),
                ));
            }
        }
        let group = group_of(get("group")).ok_or_else(|| {
            IngestError::invalid(
                at(line, "group"),
                format!("'{}'", get("group")),
                "TOTAL, NAT, FOR or a citizenship code (NEU27_2020_FOR, EU27_2020_FOR, STLS)",
            )
        })?;
        let count = parse_number(get("count"))
            .ok()
            .filter(|c| *c >= 0.0 && c.fract() == 0.0)
            .ok_or_else(|| {
                IngestError::invalid(
                    at(line, "count"),
                    format!("'{}'", get("count")),
                    "a whole number of users, 0 or more",
                )
            })?;
        let geo = match get("geo") {
            "" => options.geo.clone().unwrap_or_default(),
            g => g.to_string(),
        };
        let variable = format!("{}/{}", get("department"), get("service"));
        let key = (
            geo.clone(),
            variable.clone(),
            period.to_string(),
            group.key(),
        );
        if let Some(first) = seen.insert(key, line) {
            return Err(IngestError::invalid(
                at(line, "service"),
                "a second row for the same service, group and period",
                format!("one row each (the first is on line {first})"),
            ));
        }
        report.rows_read += 1;
        report.observations += 1;
        sink.observation(Observation {
            dataset: dataset.clone(),
            variable,
            geo: GeoCode::new(geo),
            group,
            breakdown: BTreeMap::new(),
            period,
            value: count,
            unit: Some("NR".into()),
            flags: Flags::default(),
        })
        .map_err(|message| IngestError::Sink {
            location: at(line, ""),
            message,
        })?;
        if report.rows_read.is_multiple_of(1000) {
            progress(rec.position().map(|p| p.byte()).unwrap_or(0));
        }
    }
    Ok(report)
}
