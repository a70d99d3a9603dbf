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

/// A kind of indicator in the reader's language (`rate`, `share`, …: `Kind::as_str`).
fn kind_label(kind: &str) -> String {
    match kind {
        "rate" => t!("indicators-kind-rate"),
        "share" => t!("indicators-kind-share"),
        "mean" => t!("indicators-kind-mean"),
        "median" => t!("indicators-kind-median"),
        "ratio_of_medians" => t!("indicators-kind-ratio-of-medians"),
        "total" => t!("indicators-kind-total"),
        "count" => t!("indicators-kind-count"),
        other => other.replace('_', " "),
    }
}

/// The reference group of an indicator, as the page writes it: `citizenship = NAT (gap in
/// percentage points)`.
fn reference_text(r: &catalogue::Reference) -> String {
    let gap = match r.gap {
        catalogue::GapKind::PercentagePoints => t!("indicators-gap-percentage-points"),
        catalogue::GapKind::Ratio => t!("indicators-gap-ratio"),
        catalogue::GapKind::None => t!("indicators-gap-none"),
    };
    t!(
        "indicators-reference",
        dimension = r.dimension.trim(),
        code = r.code.trim(),
        gap = gap
    )
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
                h1 { (t!("indicators-title")) }
                p.lead { (t!("indicators-lead")) }
                h2 id="computed" { (t!("indicators-computed-title")) }
                @if indicators.is_empty() { p.muted { (t!("indicators-none")) } }
                @for (i, def) in indicators.iter().zip(&cat.indicators) {
                    @let area = cat.areas.iter().find(|a| a.id == def.area).map(super::city::area_label).unwrap_or_else(|| i.area.clone());
                    article id=(i.id) {
                        h3 { (crate::locale::catalogue(&["indicator", &i.id, "name"], &i.name)) " " span.muted.small { "(" (i.id) ", " (t!("indicators-version", version = i.version.to_string())) ")" } }
                        p { (crate::locale::catalogue(&["indicator", &i.id, "definition"], &i.definition)) }
                        table {
                            tbody {
                                tr { th { (t!("indicators-area")) } td { (area) } }
                                tr { th { (t!("indicators-method")) } td { (t!("indicators-method-text", kind = kind_label(&i.kind), unit = super::city::unit_label(&i.unit))) "; " (t!("indicators-population")) " " code { (i.universe) }
                                    @if !i.numerator.is_empty() { "; " (t!("indicators-counted-when")) " " code { (i.numerator) } }
                                    @if !i.value.is_empty() { "; " (t!("indicators-value")) " " code { (i.value) } } } }
                                tr { th { (t!("indicators-reference-group")) } td { @if let Some(r) = &def.reference { (reference_text(r)) } } }
                                tr { th { (t!("indicators-broken-down-by")) } td { (i.disaggregations.join(", ")) } }
                            }
                        }
                    }
                }
                h3 { (t!("indicators-sources-title")) }
                ul { @for s in &sources { li { strong { (crate::locale::catalogue(&["mapping", &s.id, "name"], &s.name)) } " (" (s.id) "): " (crate::locale::catalogue(&["mapping", &s.id, "source"], &s.source)) @if !s.geo.is_empty() { ", " (s.geo) } @if !s.period.is_empty() { ", " (s.period) } } } }
                h2 id="features" { (t!("indicators-features-title")) }
                table {
                    thead { tr { th { (t!("indicators-col-feature")) } th { (t!("indicators-col-definition")) } th { (t!("indicators-col-unit")) } th.num { (t!("indicators-col-weight")) } } }
                    tbody { @for f in peers::Feature::ALL { @let info = f.info(); tr { td { (super::city::feature_label(f)) } td.small { (super::city::feature_definition(f)) } td { (super::city::feature_unit(f)) } td.num { (num(info.weight, 1)) } } } }
                }
                h2 id="datasets" { (t!("indicators-datasets-title")) }
                (downloads("/api/v1/indicators"))
                table {
                    thead { tr { th { (t!("indicators-col-dataset")) } th { (t!("indicators-area")) } th.num { (t!("indicators-col-places")) } th.num { (t!("indicators-col-series")) } th.num { (t!("indicators-col-values")) } th { (t!("indicators-col-periods")) } } }
                    tbody {
                        @for d in &datasets {
                            tr id=(d.dataset) {
                                td { strong { (d.dataset) } br;
                                    span.small.muted { @for (i, v) in variables.iter().filter(|v| v.dataset == d.dataset).take(12).enumerate() { @if i > 0 { ", " } (super::city::variable_label(cat, &v.dataset, &v.variable)) " (" (v.variable) ")" } } }
                                td { (super::city::area_label(cat.area_of(&d.dataset))) }
                                td.num { (num(d.geographies as f64, 0)) }
                                td.num { (num(d.series as f64, 0)) }
                                td.num { (num(d.observations as f64, 0)) }
                                td { (d.first_period) "–" (d.last_period) }
                            }
                        }
                    }
                }
            };
            Ok(crate::layout::page(&t!("indicators-title"), &who, body)
                .into_string()
                .into_bytes())
        },
    )
}
