//! Neighbourhoods: a choropleth map of the foreign residents' share by small area and the
//! segregation indices, for cities with small-area counts and boundaries (Berlin).
//!
//! Counts, boundaries and indices come from the `neighbourhoods` crate (as for `observatory
//! segregation` and `observatory map`), the map from `spatial::choropleth_svg`; this module
//! only picks the latest period with boundaries and lays the results out.
//! Areas with fewer than [`MIN_RESIDENTS`] residents are not shown (small-cell rule, as in
//! `observatory map`).

use crate::auth::Principal;
use crate::cache::cached;
use crate::layout::{self, downloads, num};
use crate::{AppError, AppState, ErrorCode};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use maud::{Markup, html};
use neighbourhoods::indices::two_group_value;
use neighbourhoods::{Boundaries, GroupSpec, Level, NeighbourhoodError, load_counts};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

pub const MIN_RESIDENTS: f64 = 20.0;

/// The notes of an area without a share, as the API gives them.
const NOT_SHOWN: &str = "not shown (fewer than 20 residents)";
const NO_DATA: &str = "no data";

/// One area of the map.
#[derive(Debug, Clone, Serialize)]
pub struct AreaRow {
    pub code: String,
    pub name: String,
    pub residents: Option<f64>,
    pub foreigners: Option<f64>,
    /// Percent; `None` when not shown (few residents) or no data.
    pub share: Option<f64>,
    pub note: String,
}

/// The neighbourhood figures of a city for one period and area set.
#[derive(Debug, Clone, Serialize)]
pub struct Neighbourhoods {
    pub city: String,
    pub city_name: String,
    pub scheme: String,
    pub period: String,
    pub dataset: String,
    pub source: String,
    pub city_share: Option<f64>,
    pub indices: Vec<(String, String, f64)>,
    pub areas: Vec<AreaRow>,
    #[serde(skip)]
    pub svg: String,
}

/// The web's reading of the library's errors: the store's own kinds, else a server error.
fn app_error(e: NeighbourhoodError) -> AppError {
    match e {
        NeighbourhoodError::Store(s) => s.into(),
        other => AppError::internal(other),
    }
}

/// The indices the page shows, by registry name, with what they say about foreign residents.
const PAGE_INDICES: [(&str, &str); 5] = [
    (
        "dissimilarity",
        "Share of foreign residents who would have to move for an even spread (0 = even, 1 = apart)",
    ),
    (
        "isolation",
        "Share of foreigners among the neighbours of the average foreign resident",
    ),
    (
        "interaction",
        "Share of others among the neighbours of the average foreign resident",
    ),
    (
        "entropy",
        "Theil's H: how much less mixed the areas are than the city (0 = as mixed)",
    ),
    ("gini", "Gini index of the areas' shares"),
];

/// Reads counts and boundaries and computes the figures, all through `neighbourhoods`.
pub fn load(state: &AppState, city: &str) -> Result<Neighbourhoods, AppError> {
    let geo = super::city::geography(state, city)?;
    let foreigners = GroupSpec::parse("foreigners").map_err(app_error)?;
    let datasets = neighbourhoods::map::map_datasets(city, &foreigners, None).map_err(|_| {
        AppError::new(
            ErrorCode::NotFound,
            t!("neighbourhoods-error-no-counts", city = &geo.name),
        )
    })?;
    state.db.read(|s| {
        let sets = s.boundary_sets(Some(city))?;
        if sets.is_empty() {
            return Err(AppError::not_found(t!(
                "neighbourhoods-error-no-boundaries",
                city = &geo.name
            )));
        }
        // Every area set with boundaries; the latest period (and among its sets the last).
        let level = Level {
            name: "areas with boundaries".into(),
            schemes: sets.iter().map(|b| b.scheme.clone()).collect(),
        };
        let all = load_counts(s, city, &datasets, None, &level, None).map_err(app_error)?;
        let Some(pc) = all.last() else {
            return Err(AppError::not_found(t!(
                "neighbourhoods-error-no-area-counts",
                city = &geo.name
            )));
        };
        let (period, scheme) = (pc.period, pc.scheme.clone());
        let source = pc.sources.iter().next().cloned().unwrap_or_default();
        let set = sets.iter().find(|b| b.scheme == scheme);
        let bounds = Boundaries::load(s, city, &scheme)
            .map_err(app_error)?
            .ok_or_else(|| {
                AppError::not_found(t!("neighbourhoods-error-no-boundaries", city = &geo.name))
            })?;
        let position: HashMap<&str, usize> = pc
            .areas
            .iter()
            .enumerate()
            .map(|(i, a)| (a.as_str(), i))
            .collect();
        let (totals, foreign) = (pc.group(""), pc.group(&foreigners.key));
        let mut areas = Vec::new();
        let mut geoms = Vec::new();
        let mut labels = Vec::new();
        let mut values = Vec::new();
        let (mut group, mut total) = (Vec::new(), Vec::new());
        for code in bounds.stored_order() {
            let i = position.get(code.as_str()).copied();
            let t = i.and_then(|i| totals.and_then(|c| c[i]));
            let f = i.and_then(|i| foreign.and_then(|c| c[i]));
            let name = bounds
                .name(code)
                .map(str::to_string)
                .or_else(|| i.map(|i| pc.names[i].clone()))
                .unwrap_or_else(|| code.clone());
            let (share, note) = match (t, f) {
                (Some(t), Some(_)) if t < MIN_RESIDENTS => (None, NOT_SHOWN),
                (Some(t), Some(f)) if t > 0.0 => (Some(100.0 * f / t), ""),
                _ => (None, NO_DATA),
            };
            if let (Some(t), Some(f)) = (t, f) {
                group.push(f);
                total.push(t);
            }
            let few = share.is_none();
            areas.push(AreaRow {
                code: code.clone(),
                name: name.clone(),
                residents: if few && t.is_some_and(|t| t < MIN_RESIDENTS) {
                    None
                } else {
                    t
                },
                foreigners: if few { None } else { f },
                share,
                note: note.into(),
            });
            geoms.push(bounds.geometry(code).cloned().unwrap_or_default());
            labels.push(name);
            values.push(share);
        }
        let (sf, st): (f64, f64) = (group.iter().sum(), total.iter().sum());
        let city_share = (st > 0.0).then(|| 100.0 * sf / st);
        // All or none: a page with some indices missing would read as if they were zero.
        let indices = PAGE_INDICES
            .iter()
            .map(|(name, says)| {
                two_group_value(name, &group, &total, None)
                    .map(|v| (name.to_string(), says.to_string(), v))
            })
            .collect::<Result<Vec<_>, _>>()
            .unwrap_or_default();
        let label = set
            .map(|b| b.label.clone())
            .unwrap_or_else(|| scheme.clone());
        let svg = spatial::choropleth_svg(
            &geoms,
            &labels,
            &values,
            &spatial::ChoroplethOptions {
                title: t!(
                    "neighbourhoods-map-title",
                    city = &geo.name,
                    period = period.to_string()
                ),
                description: t!(
                    "neighbourhoods-map-description",
                    count = areas.len(),
                    areas = &label
                ),
                value_label: t!("neighbourhoods-map-value"),
                number: crate::locale::number,
                width: 640.0,
                classes: 5,
                decimals: 1,
                projection: spatial::Projection::Auto,
            },
        )
        .map_err(AppError::internal)?;
        Ok(Neighbourhoods {
            city: city.to_string(),
            city_name: geo.name.clone(),
            scheme: label,
            period: period.to_string(),
            dataset: datasets.join(","),
            source,
            city_share,
            indices,
            areas,
            svg,
        })
    })
}

pub async fn index(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let anonymous = who.is_public();
    cached(
        &state,
        "/neighbourhoods",
        anonymous,
        &headers,
        "text/html; charset=utf-8",
        || {
            let sets = state.db.read(|s| Ok(s.boundary_sets(None)?))?;
            let mut cities: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for b in sets {
                cities.entry(b.city).or_default().push(b.label);
            }
            let names: Vec<(String, String, Vec<String>)> = cities
                .into_iter()
                .map(|(c, l)| {
                    let name = state
                        .db
                        .read(|s| Ok(s.geography(&c)?))
                        .ok()
                        .flatten()
                        .map(|g| g.name)
                        .unwrap_or_else(|| c.clone());
                    (c, name, l)
                })
                .collect();
            let body = html! {
                h1 { (t!("neighbourhoods-title")) }
                p.lead { (t!("neighbourhoods-lead")) }
                @if names.is_empty() { p.muted { (t!("neighbourhoods-none")) " (" code { ("observatory import-boundaries") } ")." } }
                ul { @for (c, n, l) in &names { li { a href={ "/neighbourhoods/" (c) } { (n) } " — " (l.join(", ")) } } }
            };
            Ok(crate::layout::page(&t!("neighbourhoods-title"), &who, body)
                .into_string()
                .into_bytes())
        },
    )
}

pub async fn page(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let anonymous = who.is_public();
    let key = format!("/neighbourhoods/{code}");
    cached(
        &state,
        &key,
        anonymous,
        &headers,
        "text/html; charset=utf-8",
        || {
            let n = load(&state, &code)?;
            Ok(crate::layout::page(
                &t!("neighbourhoods-city-title", city = &n.city_name),
                &who,
                body(&n),
            )
            .into_string()
            .into_bytes())
        },
    )
}

/// An index's name in the reader's language (the registry's name is the API's).
fn index_name(index: &str) -> String {
    match index {
        "dissimilarity" => t!("neighbourhoods-index-dissimilarity"),
        "isolation" => t!("neighbourhoods-index-isolation"),
        "interaction" => t!("neighbourhoods-index-interaction"),
        "entropy" => t!("neighbourhoods-index-entropy"),
        "gini" => t!("neighbourhoods-index-gini"),
        other => other.to_string(),
    }
}

/// What an index says, in the reader's language; the API keeps [`PAGE_INDICES`]' English.
fn index_says(index: &str, english: &str) -> String {
    match index {
        "dissimilarity" => t!("neighbourhoods-index-dissimilarity-says"),
        "isolation" => t!("neighbourhoods-index-isolation-says"),
        "interaction" => t!("neighbourhoods-index-interaction-says"),
        "entropy" => t!("neighbourhoods-index-entropy-says"),
        "gini" => t!("neighbourhoods-index-gini-says"),
        _ => english.to_string(),
    }
}

/// An area's note (the API's English) in the reader's language.
fn note_text(note: &str) -> String {
    match note {
        NOT_SHOWN => t!("neighbourhoods-area-not-shown"),
        NO_DATA => t!("neighbourhoods-area-no-data"),
        other => other.to_string(),
    }
}

fn body(n: &Neighbourhoods) -> Markup {
    html! {
        p.muted.small { a href="/neighbourhoods" { (t!("neighbourhoods-title")) } " › " a href={ "/cities/" (n.city) } { (n.city_name) } }
        h1 { (t!("neighbourhoods-city-heading", city = &n.city_name)) }
        p.lead { (n.scheme) ", " (n.period) ". " (t!("neighbourhoods-city-share")) " " strong { @if let Some(s) = n.city_share { (crate::charts::percent(&num(s, 1))) } @else { "–" } } "." }
        div.notice.small { (t!("neighbourhoods-notice")) }
        figure {
            (layout::svg(&n.svg))
            figcaption { (t!("neighbourhoods-map-caption", source = &n.source, dataset = &n.dataset)) }
        }
        h2 { (t!("neighbourhoods-indices")) }
        table {
            thead { tr { th { (t!("neighbourhoods-index")) } th { (t!("neighbourhoods-index-says")) } th.num { (t!("neighbourhoods-index-value")) } } }
            tbody { @for (k, d, v) in &n.indices { tr { td { (index_name(k)) } td.small { (index_says(k, d)) } td.num { (num(*v, 3)) } } } }
        }
        (downloads(&format!("/api/v1/cities/{}/segregation", n.city)))
        h2 { (t!("neighbourhoods-areas")) }
        details {
            summary { (t!("neighbourhoods-areas-table", count = n.areas.len())) }
            table {
                thead { tr { th { (t!("neighbourhoods-area")) } th { (t!("neighbourhoods-area-code")) } th.num { (t!("neighbourhoods-area-residents")) } th.num { (t!("neighbourhoods-area-foreigners")) } th.num { (t!("neighbourhoods-area-share")) } } }
                tbody {
                    @for a in &n.areas {
                        tr {
                            td { (a.name) } td.small { (a.code) }
                            td.num { @if let Some(v) = a.residents { (num(v, 0)) } @else if !a.note.is_empty() { span.suppressed { "<20" } } }
                            td.num { @if let Some(v) = a.foreigners { (num(v, 0)) } }
                            td.num { @if let Some(v) = a.share { (num(v, 1)) } @else { span.suppressed { (note_text(&a.note)) } } }
                        }
                    }
                }
            }
        }
    }
}
