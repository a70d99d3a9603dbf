//! Results as the store's drafts, and as a results table.
//!
//! The conversion lives here, beside the results it reads, so that every caller (the
//! command line today, a scheduled run or the web's upload of microdata later) writes the
//! same records with the same provenance: the dataset `computed:MAPPING`, a withheld cell
//! kept with its status and no value, the gap's kind, the catalogue's version and
//! fingerprint. Writing them is the `store`'s job ([`store::Store::write_estimates`]); the
//! engine still never opens the store.

use crate::catalogue::{Catalogue, GapKind};
use crate::export::Column;
use crate::{EngineError, Request, Result, Results};
use model::checksum::Checksum;
use model::{Flags, GeoCode, Observation, Period, Provenance};
use std::path::{Path, PathBuf};
use store::estimates::EstimateRecord;

/// Where the estimates came from, for [`store::Store::write_estimates`]: the input files
/// with their fingerprint, the mapping as format and its source.
pub fn provenance(catalogue: &Catalogue, req: &Request, res: &Results) -> Provenance {
    Provenance {
        file_name: req
            .input
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", "),
        sha256: input_fingerprint(&req.input),
        format: format!("engine:{}", res.mapping),
        source: catalogue
            .mapping(&req.mapping)
            .ok()
            .and_then(|m| m.source)
            .unwrap_or_else(|| res.mapping.clone()),
        licence: String::new(),
    }
}

/// The import report kept with the estimates (JSON): which catalogue (version, origin,
/// fingerprint) and variance method they were computed under, and the aggregate's size.
pub fn report(catalogue: &Catalogue, res: &Results) -> String {
    serde_json::json!({
        "catalogue_version": res.catalogue_version,
        "catalogue": catalogue.origin.to_string(),
        "catalogue_sha256": catalogue.fingerprint(),
        "method": res.method,
        "aggregate_rows": res.aggregate_rows,
    })
    .to_string()
}

/// The dataset computed estimates are stored under: `computed:MAPPING`.
pub fn dataset(res: &Results) -> String {
    format!("computed:{}", res.mapping)
}

/// SHA-256 of the input files (of their sizes and names beyond 256 MB: hashing gigabytes
/// would cost more than the computation).
pub fn input_fingerprint(paths: &[PathBuf]) -> String {
    let mut h = Checksum::new();
    for p in paths {
        let size = std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        if size <= 256 << 20 {
            if let Ok(f) = std::fs::File::open(p) {
                let _ = h.update_reader(f);
            }
        } else {
            h.update(format!("{}:{size}", p.display()).as_bytes());
        }
    }
    h.hex()
}

/// One record per cell: a withheld cell has no value (stored as 0 and `withheld`), only
/// its suppression status and reason.
pub fn records(res: &Results) -> Result<Vec<EstimateRecord>> {
    let period = Period::parse(&res.period).map_err(|e| EngineError::Request(e.to_string()))?;
    let mut out = Vec::new();
    for ir in &res.indicators {
        let ind = &ir.indicator;
        for c in &ir.cells {
            out.push(EstimateRecord {
                observation: Observation {
                    dataset: dataset(res),
                    variable: ind.id.clone(),
                    geo: GeoCode::new(res.geo.clone()),
                    group: c.group.clone(),
                    breakdown: Default::default(),
                    period,
                    value: c.value.unwrap_or(0.0),
                    unit: Some(ind.unit.clone()),
                    flags: Flags::default(),
                },
                withheld: c.value.is_none(),
                std_error: c.std_error,
                ci_lower: c.ci_lower,
                ci_upper: c.ci_upper,
                cv: c.cv,
                n: c.n,
                reliability: c.flag.map(String::from).unwrap_or_default(),
                suppression: c.status.code().into(),
                suppression_reason: c.status.reason(),
                gap: c.gap,
                gap_std_error: c.gap_std_error,
                gap_kind: match ir.gap_kind {
                    GapKind::None => String::new(),
                    kind => kind.as_str().into(),
                },
                catalogue_version: res.catalogue_version.clone(),
                indicator_version: ind.version,
                method: res.method.clone(),
                design_note: res.design_note.clone().unwrap_or_default(),
            });
        }
    }
    Ok(out)
}

/// The results table, one definition for both output formats: a withheld value is empty in
/// the CSV and a null in the Parquet file, never a zero.
pub fn columns(recs: &[EstimateRecord]) -> Vec<(&'static str, Column)> {
    let text = |f: &dyn Fn(&EstimateRecord) -> String| Column::Text(recs.iter().map(f).collect());
    let num =
        |f: &dyn Fn(&EstimateRecord) -> Option<f64>| Column::Number(recs.iter().map(f).collect());
    vec![
        ("indicator", text(&|r| r.observation.variable.clone())),
        ("group", text(&|r| r.observation.group.key())),
        ("period", text(&|r| r.observation.period.to_string())),
        (
            "value",
            num(&|r| (!r.withheld).then_some(r.observation.value)),
        ),
        ("std_error", num(&|r| r.std_error)),
        ("ci_lower", num(&|r| r.ci_lower)),
        ("ci_upper", num(&|r| r.ci_upper)),
        ("cv", num(&|r| r.cv)),
        ("n", Column::Count(recs.iter().map(|r| r.n).collect())),
        ("flag", text(&|r| r.reliability.clone())),
        ("status", text(&|r| r.suppression.clone())),
        ("reason", text(&|r| r.suppression_reason.clone())),
        ("gap", num(&|r| r.gap)),
        ("gap_std_error", num(&|r| r.gap_std_error)),
        ("method", text(&|r| r.method.clone())),
        ("catalogue_version", text(&|r| r.catalogue_version.clone())),
    ]
}

/// Writes the results table to `path`: Parquet when it ends in `.parquet`, CSV otherwise.
pub fn write_table(path: &Path, recs: &[EstimateRecord]) -> Result<()> {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("parquet"))
    {
        return crate::export::write_parquet(path, columns(recs));
    }
    let err = |e: csv::Error| EngineError::Io(format!("{}: {e}", path.display()));
    let mut w = csv::Writer::from_path(path).map_err(err)?;
    let cols = columns(recs);
    w.write_record(cols.iter().map(|(name, _)| *name))
        .map_err(err)?;
    for row in 0..recs.len() {
        w.write_record(cols.iter().map(|(_, c)| c.text(row)))
            .map_err(err)?;
    }
    w.flush()
        .map_err(|e| EngineError::Io(format!("{}: {e}", path.display())))
}

/// The estimates as a table for people: value, SE, interval, n, reliability, publication
/// status and the gap to nationals, one row per indicator and group (`:` for a withheld
/// value, as Eurostat writes it).
pub fn table(recs: &[EstimateRecord]) -> report::Table {
    use report::number;
    let opt = |v: Option<f64>| v.map(number).unwrap_or_default();
    let mut table = report::Table::new(vec![
        "indicator",
        "group",
        "value",
        "SE",
        "95% CI",
        "n",
        "flag",
        "status",
        "gap",
        "gap SE",
    ]);
    for r in recs {
        let o = &r.observation;
        table.push(vec![
            o.variable.clone(),
            if o.group.is_total() {
                "all".into()
            } else {
                o.group.key()
            },
            if r.withheld {
                ":".into()
            } else {
                number(o.value)
            },
            opt(r.std_error),
            match (r.ci_lower, r.ci_upper) {
                (Some(a), Some(b)) => format!("{}–{}", number(a), number(b)),
                _ => String::new(),
            },
            r.n.map(|n| n.to_string()).unwrap_or_default(),
            r.reliability.clone(),
            if r.suppression == "published" {
                String::new()
            } else {
                format!("{} ({})", r.suppression, r.suppression_reason)
            },
            opt(r.gap),
            opt(r.gap_std_error),
        ]);
    }
    table
}
