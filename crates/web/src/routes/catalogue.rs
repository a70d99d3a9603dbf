//! The indicator catalogue: every indicator's definition, method, reference group and
//! sources (from the `catalogue` crate: the built-in catalogue or the folder the program
//! was given), the peers' context features, and what the store holds (coverage by dataset,
//! each in its thematic area).

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

/// The catalogue's indicators and sources, as the page and the API show them.
pub fn load(state: &AppState) -> (Vec<IndicatorDef>, Vec<SourceDef>) {
    let cat = &state.config.catalogue;
    let indicators = cat
        .indicators
        .iter()
        .map(|i| IndicatorDef {
            id: i.id.clone(),
            name: i.name.trim().to_string(),
            area: i.area.replace('_', " "),
            version: i64::from(i.version),
            kind: i.kind.as_str().to_string(),
            unit: i.unit.trim().to_string(),
            definition: i.definition.trim().to_string(),
            universe: i.universe.trim().to_string(),
            numerator: i.numerator.as_deref().unwrap_or("").trim().to_string(),
            value: i.value.as_deref().unwrap_or("").trim().to_string(),
            disaggregations: i.disaggregations.clone(),
            reference: i
                .reference
                .as_ref()
                .map(|r| {
                    format!(
                        "{} = {} (gap in {})",
                        r.dimension.trim(),
                        r.code.trim(),
                        r.gap.as_str().replace('_', " ")
                    )
                })
                .unwrap_or_default(),
        })
        .collect();
    let sources = cat
        .mappings
        .iter()
        .map(|m| SourceDef {
            id: m.id.clone(),
            name: m.name.trim().to_string(),
            source: m.source.as_deref().unwrap_or("").trim().to_string(),
            geo: m.geo.trim().to_string(),
            period: m.period.trim().to_string(),
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
            let cat = &state.config.catalogue;
            let (datasets, variables) =
                state.db.read(|s| Ok((s.datasets()?, s.variables(None)?)))?;
            let body = html! {
                h1 { "Indicators" }
                p.lead { "What each figure means, how it is computed, against whom the gap is measured, and where the data comes from." }
                h2 id="computed" { "Integration indicators (computed from microdata)" }
                @if indicators.is_empty() { p.muted { "The catalogue has no indicators of microdata." } }
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
                                    span.small.muted { @for (i, v) in variables.iter().filter(|v| v.dataset == d.dataset).take(12).enumerate() { @if i > 0 { ", " } (cat.variable_label(&v.dataset, &v.variable)) " (" (v.variable) ")" } } }
                                td { (cat.area_of(&d.dataset).label) }
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
