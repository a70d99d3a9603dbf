//! The indicator catalogue: every indicator's definition, method, reference group and
//! sources (read from `catalogue/` at run time, so a new indicator needs no rebuild), the
//! peers' context features, and what the store holds (coverage by dataset).

use crate::auth::Principal;
use crate::cache::cached;
use crate::layout::{downloads, num};
use crate::{AppError, AppState};
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use maud::html;
use serde::Serialize;

/// An indicator as the catalogue defines it.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorDef {
    pub id: String,
    pub name: String,
    pub area: String,
    pub version: i64,
    pub kind: String,
    pub unit: String,
    pub definition: String,
    pub universe: String,
    pub numerator: String,
    pub value: String,
    pub disaggregations: Vec<String>,
    pub reference: String,
}

/// A source mapping (where computed indicators come from).
#[derive(Debug, Clone, Serialize)]
pub struct SourceDef {
    pub id: String,
    pub name: String,
    pub source: String,
    pub geo: String,
    pub period: String,
}

fn s(v: &toml::Value, k: &str) -> String {
    match v.get(k) {
        Some(toml::Value::String(s)) => s.trim().to_string(),
        Some(toml::Value::Integer(i)) => i.to_string(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// The catalogue's indicators and sources; empty when the folder is not configured.
pub fn load(state: &AppState) -> (Vec<IndicatorDef>, Vec<SourceDef>) {
    let Some(dir) = &state.config.catalogue_dir else {
        return (Vec::new(), Vec::new());
    };
    let read = |sub: &str| -> Vec<toml::Value> {
        let mut files: Vec<_> = std::fs::read_dir(dir.join(sub))
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        files
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .filter_map(|p| std::fs::read_to_string(&p).ok())
            .filter_map(|t| t.parse::<toml::Table>().ok().map(toml::Value::Table))
            .collect()
    };
    let indicators = read("indicators")
        .iter()
        .map(|v| IndicatorDef {
            id: s(v, "id"),
            name: s(v, "name"),
            area: s(v, "area").replace('_', " "),
            version: v.get("version").and_then(|x| x.as_integer()).unwrap_or(1),
            kind: s(v, "kind"),
            unit: s(v, "unit"),
            definition: s(v, "definition"),
            universe: s(v, "universe"),
            numerator: s(v, "numerator"),
            value: s(v, "value"),
            disaggregations: v
                .get("disaggregations")
                .and_then(|d| d.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default(),
            reference: v
                .get("reference")
                .map(|r| {
                    format!(
                        "{} = {} (gap in {})",
                        s(r, "dimension"),
                        s(r, "code"),
                        s(r, "gap").replace('_', " ")
                    )
                })
                .unwrap_or_default(),
        })
        .collect();
    let sources = read("mappings")
        .iter()
        .map(|v| SourceDef {
            id: s(v, "id"),
            name: s(v, "name"),
            source: s(v, "source"),
            geo: s(v, "geo"),
            period: s(v, "period"),
        })
        .collect();
    (indicators, sources)
}

pub async fn page(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let anonymous = who.is_public();
    cached(
        &state,
        "/indicators",
        anonymous,
        &headers,
        "text/html; charset=utf-8",
        || {
            let (indicators, sources) = load(&state);
            let (datasets, variables) =
                state.db.read(|s| Ok((s.datasets()?, s.variables(None)?)))?;
            let body = html! {
                h1 { "Indicators" }
                p.lead { "What each figure means, how it is computed, against whom the gap is measured, and where the data comes from." }
                h2 id="computed" { "Integration indicators (computed from microdata)" }
                @if indicators.is_empty() { p.muted { "The catalogue folder is not configured." } }
                @for i in &indicators {
                    article id=(i.id) {
                        h3 { (i.name) " " span.muted.small { "(" (i.id) ", version " (i.version) ")" } }
                        p { (i.definition) }
                        table {
                            tbody {
                                tr { th { "Area" } td { (i.area) } }
                                tr { th { "Method" } td { (i.kind) " in " (i.unit) "; population: " code { (i.universe) }
                                    @if !i.numerator.is_empty() { "; counted when " code { (i.numerator) } }
                                    @if !i.value.is_empty() { "; value " code { (i.value) } } } }
                                tr { th { "Reference group" } td { (i.reference) } }
                                tr { th { "Broken down by" } td { (i.disaggregations.join(", ")) } }
                            }
                        }
                    }
                }
                h3 { "Sources of the computed indicators" }
                ul { @for s in &sources { li { strong { (s.name) } " (" (s.id) "): " (s.source) @if !s.geo.is_empty() { ", " (s.geo) } @if !s.period.is_empty() { ", " (s.period) } } } }
                h2 id="features" { "City context features (for peers and comparisons)" }
                table {
                    thead { tr { th { "Feature" } th { "Definition" } th { "Unit" } th.num { "Weight" } } }
                    tbody { @for f in peers::catalogue() { tr { td { (f.label) } td.small { (f.definition) } td { (f.unit) } td.num { (num(f.weight, 1)) } } } }
                }
                h2 id="datasets" { "Datasets in the observatory: coverage" }
                (downloads("/api/v1/indicators"))
                table {
                    thead { tr { th { "Dataset" } th { "Area" } th.num { "Places" } th.num { "Series" } th.num { "Values" } th { "Periods" } } }
                    tbody {
                        @for d in &datasets {
                            tr id=(d.dataset) {
                                td { strong { (d.dataset) } br;
                                    span.small.muted { @for (i, v) in variables.iter().filter(|v| v.dataset == d.dataset).take(12).enumerate() { @if i > 0 { ", " } (super::variable_label(&v.dataset, &v.variable)) " (" (v.variable) ")" } } }
                                td { (super::area_of(&d.dataset)) }
                                td.num { (num(d.geographies as f64, 0)) }
                                td.num { (num(d.series as f64, 0)) }
                                td.num { (num(d.observations as f64, 0)) }
                                td { (d.first_period) "–" (d.last_period) }
                            }
                        }
                    }
                }
            };
            Ok(crate::layout::page("Indicators", &who, body)
                .into_string()
                .into_bytes())
        },
    )
}
