//! Home: find a city (accent-insensitive, with suggestions), and every city by country.

use crate::auth::Principal;
use crate::cache::cached;
use crate::layout::render;
use crate::{AppError, AppState};
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;
use model::names::{Lookup, fold, lookup};
use model::{GeoLevel, Geography};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
pub struct SearchQuery {
    pub q: Option<String>,
}

/// The result of a city search.
#[derive(Debug)]
pub enum Search {
    Found(Geography),
    /// Several match (ambiguous name, or a part of several names).
    Several(Vec<Geography>),
    /// None match; the closest names.
    Suggestions(Vec<Geography>),
}

/// Urban Audit cities (level `city`), by code.
pub fn cities(state: &AppState) -> Result<Vec<Geography>, AppError> {
    state
        .db
        .read(|s| Ok(s.geographies(Some(GeoLevel::City), None)?))
}

/// Finds a city by name or code, ignoring case and accents.
pub fn search(all: &[Geography], q: &str) -> Search {
    let q = q.trim();
    if let Some(g) = all.iter().find(|g| g.code.as_str().eq_ignore_ascii_case(q)) {
        return Search::Found(g.clone());
    }
    let candidates: Vec<(String, usize)> = all
        .iter()
        .enumerate()
        .map(|(i, g)| (g.name.clone(), i))
        .collect();
    match lookup(q, &candidates) {
        Lookup::Found(i) => Search::Found(all[i].clone()),
        Lookup::Ambiguous(v) => Search::Several(v.into_iter().map(|i| all[i].clone()).collect()),
        Lookup::NotFound(v) => {
            let fq = fold(q);
            let contains: Vec<Geography> = all
                .iter()
                .filter(|g| !fq.is_empty() && fold(&g.name).contains(&fq))
                .take(30)
                .cloned()
                .collect();
            if contains.len() == 1 {
                Search::Found(contains[0].clone())
            } else if !contains.is_empty() {
                Search::Several(contains)
            } else {
                Search::Suggestions(v.into_iter().map(|i| all[i].clone()).collect())
            }
        }
    }
}

pub async fn page(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Query(q): Query<SearchQuery>,
) -> Result<Response, AppError> {
    let query = q.q.unwrap_or_default();
    if !query.trim().is_empty() {
        let all = cities(&state)?;
        match search(&all, &query) {
            Search::Found(g) => {
                return Ok(Redirect::to(&format!("/cities/{}", g.code)).into_response());
            }
            other => {
                return Ok(render(crate::layout::page(
                    "Find a city",
                    &who,
                    body(&state, &all, &query, Some(other))?,
                )));
            }
        }
    }
    let anonymous = who.is_public();
    cached(
        &state,
        "/",
        anonymous,
        &headers,
        "text/html; charset=utf-8",
        || {
            Ok(
                crate::layout::page("Cities", &who, body(&state, &cities(&state)?, "", None)?)
                    .into_string()
                    .into_bytes(),
            )
        },
    )
}

fn body(
    state: &AppState,
    all: &[Geography],
    query: &str,
    result: Option<Search>,
) -> Result<maud::Markup, AppError> {
    let countries: BTreeMap<String, String> = state.db.read(|s| {
        Ok(s.geographies(Some(GeoLevel::Country), None)?
            .into_iter()
            .map(|g| (g.code.to_string(), g.name))
            .collect())
    })?;
    let mut by_country: BTreeMap<String, Vec<&Geography>> = BTreeMap::new();
    for g in all {
        let c = g
            .country
            .as_ref()
            .map(|c| c.to_string())
            .unwrap_or_default();
        by_country.entry(c).or_default().push(g);
    }
    let country_name = |c: &str| countries.get(c).cloned().unwrap_or_else(|| c.to_string());
    let mut order: Vec<(&String, &Vec<&Geography>)> = by_country.iter().collect();
    order.sort_by_key(|(c, _)| fold(&country_name(c)));
    Ok(html! {
        h1 { "How are migrants doing in your city?" }
        p.lead {
            "Figures for " (all.len()) " European cities from Eurostat's city statistics, the EU's migrant-integration tables and the Quality of Life survey, with each city's own figures once published. Every figure shows its source, definition and uncertainty."
        }
        form.search method="get" action="/" role="search" {
            label.sr-only for="q" { "City name or code" }
            input #q type="search" name="q" value=(query) list="city-names" placeholder="City name, e.g. Kosice, Osijek, Malmo" autocomplete="off";
            button type="submit" { "Find" }
        }
        datalist #city-names {
            @for g in all { option value=(g.name) {} }
        }
        @match result {
            Some(Search::Several(v)) => {
                div.notice {
                    p { "Several cities match " strong { (query) } ":" }
                    ul { @for g in &v { li { a href={ "/cities/" (g.code) } { (g.name) } " (" (g.code) ")" } } }
                }
            }
            Some(Search::Suggestions(v)) => {
                div.warning {
                    p { "No city is called " strong { (query) } "." }
                    @if !v.is_empty() {
                        p { "Did you mean: "
                            @for (i, g) in v.iter().enumerate() {
                                @if i > 0 { ", " }
                                a href={ "/cities/" (g.code) } { (g.name) }
                            }
                            "?"
                        }
                    }
                }
            }
            _ => {}
        }
        div.cards {
            div.card { div.value { (all.len()) } div.label { "cities" } }
            div.card { div.value { (by_country.len()) } div.label { "countries" } }
            div.card { div.value { a href="/neighbourhoods" { "Berlin" } } div.label { "neighbourhood maps" } }
            div.card { div.value { a href="/compare" { "2–6" } } div.label { "cities side by side" } }
        }
        h2 { "Cities by country" }
        p.downloads { "Download the list: " a href="/api/v1/cities?per_page=1000&format=csv" { "CSV" } a href="/api/v1/cities?per_page=1000&format=json" { "JSON" } }
        @for (c, list) in order {
            details {
                summary { (country_name(c)) " (" (list.len()) ")" }
                ul.cities {
                    @for g in list { li { a href={ "/cities/" (g.code) } { (g.name) } } }
                }
            }
        }
    })
}
