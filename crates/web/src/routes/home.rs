//! Home: find a city (accent-insensitive, with suggestions), a tile-grid map of the
//! countries, and every city by country.

use crate::auth::Principal;
use crate::cache::cached;
use crate::charts::{self, Scale, Tile};
use crate::layout::render;
use crate::layout::{self, num};
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
    /// A country whose list of cities is shown open (the map's tiles link here).
    pub country: Option<String>,
}

/// Where each country sits on the home page's tile-grid map: (Eurostat code, column, row).
/// A schematic layout, not geography: one equal square per country, placed roughly as
/// the countries lie so that neighbours stay near each other; sizes and distances mean
/// nothing. The bundled data have no coordinates, so a country is the finest unit that
/// can be placed. Countries with cities but no place here are listed in the table below
/// the map only.
pub const TILE_GRID: &[(&str, u8, u8)] = &[
    ("IS", 0, 0),
    ("NO", 4, 0),
    ("SE", 5, 0),
    ("FI", 6, 0),
    ("EE", 6, 1),
    ("IE", 1, 2),
    ("UK", 2, 2),
    ("DK", 4, 2),
    ("LV", 6, 2),
    ("NL", 3, 3),
    ("DE", 4, 3),
    ("PL", 5, 3),
    ("LT", 6, 3),
    ("BE", 3, 4),
    ("LU", 4, 4),
    ("CZ", 5, 4),
    ("SK", 6, 4),
    ("FR", 3, 5),
    ("CH", 4, 5),
    ("AT", 5, 5),
    ("HU", 6, 5),
    ("RO", 7, 5),
    ("PT", 1, 6),
    ("ES", 2, 6),
    ("IT", 4, 6),
    ("SI", 5, 6),
    ("HR", 6, 6),
    ("RS", 7, 6),
    ("BG", 8, 6),
    ("TR", 9, 6),
    ("MT", 4, 7),
    ("BA", 6, 7),
    ("ME", 7, 7),
    ("XK", 8, 7),
    ("AL", 7, 8),
    ("MK", 8, 8),
    ("EL", 8, 9),
    ("CY", 9, 9),
];

/// The city whose neighbourhoods the bundled data map (a name: the same in every language).
const NEIGHBOURHOOD_CITY: &str = "Berlin";

/// The map's colour classes: foreign-born share of the residents, %.
const SHARE_BREAKS: [f64; 5] = [5.0, 10.0, 15.0, 20.0, 30.0];

/// The link to a country's list of cities on the home page (opened, and scrolled to).
pub fn country_href(code: &str) -> String {
    format!("/?country={code}#country-{code}")
}

/// A country code as the map and the list use it (two letters), or `None`.
fn country_param(c: Option<&str>) -> Option<String> {
    let c = c?.trim();
    (c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic())).then(|| c.to_ascii_uppercase())
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

/// The places a reader looks up as a city: the Urban Audit's cities and the towns outside
/// it an administrator added (level `municipality`), by code.
pub fn cities(state: &AppState) -> Result<Vec<Geography>, AppError> {
    state.db.read(|s| {
        let mut all = s.geographies(Some(GeoLevel::City), None)?;
        all.extend(s.geographies(Some(GeoLevel::Municipality), None)?);
        all.sort_by(|a, b| a.code.cmp(&b.code));
        Ok(all)
    })
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
        .chain(
            importer::places::other_names(all)
                .into_iter()
                .filter_map(|(alias, g)| {
                    all.iter()
                        .position(|x| x.code == g.code)
                        .map(|i| (alias, i))
                }),
        )
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
                    &t!("home-search-title"),
                    &who,
                    body(&state, &all, &query, Some(other), None)?,
                )));
            }
        }
    }
    let open = country_param(q.country.as_deref());
    let key = match &open {
        Some(c) => format!("/?country={c}"),
        None => "/".to_string(),
    };
    let anonymous = who.is_public();
    cached(
        &state,
        &key,
        anonymous,
        &headers,
        "text/html; charset=utf-8",
        || {
            Ok(crate::layout::page(
                &t!("home-title"),
                &who,
                body(&state, &cities(&state)?, "", None, open.as_deref())?,
            )
            .into_string()
            .into_bytes())
        },
    )
}

fn body(
    state: &AppState,
    all: &[Geography],
    query: &str,
    result: Option<Search>,
    open: Option<&str>,
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
        h1 { (t!("home-heading")) }
        p.lead {
            (t!("home-lead", count = all.len()))
        }
        form.search method="get" action="/" role="search" {
            label.sr-only for="q" { (t!("home-search-label")) }
            input #q type="search" name="q" value=(query) list="city-names" placeholder=(t!("home-search-placeholder")) autocomplete="off";
            button type="submit" { (t!("home-search-button")) }
        }
        datalist #city-names {
            @for g in all { option value=(g.name) {} }
        }
        @match result {
            Some(Search::Several(v)) => {
                div.notice {
                    p { (t!("home-several-before")) " " strong { (query) } (t!("home-several-after")) }
                    ul { @for g in &v { li { a href={ "/cities/" (g.code) } { (g.name) } " (" (g.code) ")" } } }
                }
            }
            Some(Search::Suggestions(v)) => {
                div.warning {
                    p { (t!("home-none-before")) " " strong { (query) } (t!("home-none-after")) }
                    @if !v.is_empty() {
                        p { (t!("home-did-you-mean")) " "
                            @for (i, g) in v.iter().enumerate() {
                                @if i > 0 { ", " }
                                a href={ "/cities/" (g.code) } { (g.name) }
                            }
                            (t!("home-did-you-mean-after"))
                        }
                    }
                }
            }
            _ => {}
        }
        div.cards {
            div.card { div.value { (crate::locale::integer(all.len() as i64)) } div.label { (t!("home-card-cities", count = all.len())) } }
            div.card { div.value { (crate::locale::integer(by_country.len() as i64)) } div.label { (t!("home-card-countries", count = by_country.len())) } }
            // A place's name: the same in every language.
            div.card { div.value { a href="/neighbourhoods" { (NEIGHBOURHOOD_CITY) } } div.label { (t!("home-card-neighbourhood-maps")) } }
            div.card { div.value { a href="/compare" { "2–6" } } div.label { (t!("home-card-side-by-side")) } }
        }
        (country_map(state, &by_country, &country_name))
        h2 id="countries" { (t!("home-by-country-title")) }
        p.downloads { (t!("home-download-list")) " " a href="/api/v1/cities?per_page=1000&format=csv" { "CSV" } a href="/api/v1/cities?per_page=1000&format=json" { "JSON" } }
        @for (c, list) in order {
            details id={ "country-" (c) } open[open == Some(c.as_str())] {
                summary { (country_name(c)) " (" (list.len()) ")" }
                ul.cities {
                    @for g in list { li { a href={ "/cities/" (g.code) } { (g.name) } } }
                }
            }
        }
    })
}

/// One country on the map and in its table: cities listed, the median foreign-born share
/// of those with a figure, and the years those figures are from.
struct CountryFigure {
    code: String,
    name: String,
    cities: usize,
    with_share: usize,
    median: Option<f64>,
    years: Option<(i32, i32)>,
}

/// The tile-grid map of the countries with cities, coloured by the median foreign-born
/// share of their cities (each city's latest year, from the peers' city profiles; the
/// median from `stats`), and the same figures as a table.
fn country_map(
    state: &AppState,
    by_country: &BTreeMap<String, Vec<&Geography>>,
    country_name: &dyn Fn(&str) -> String,
) -> maud::Markup {
    // Without profiles (an empty store, or one without population figures) the map still
    // shows where the cities are, with every tile marked "no figure".
    let profiles = state.peers.get(state).ok();
    let mut figures: Vec<CountryFigure> = by_country
        .iter()
        .filter(|(c, _)| !c.is_empty())
        .map(|(c, list)| {
            let mut shares = Vec::new();
            let mut years: Option<(i32, i32)> = None;
            if let Some(p) = &profiles {
                for p in p.profiles().iter().filter(|p| &p.country == c) {
                    let f = p.get(peers::Feature::ForeignBornShare);
                    if let Some(v) = f.value {
                        shares.push(v);
                        if let Some(&y) = f.years.last() {
                            years = Some(years.map_or((y, y), |(a, b)| (a.min(y), b.max(y))));
                        }
                    }
                }
            }
            CountryFigure {
                code: c.clone(),
                name: country_name(c),
                cities: list.len(),
                with_share: shares.len(),
                median: stats::peers::FiveNumbers::of(&shares).map(|f| f.median),
                years,
            }
        })
        .collect();
    figures.sort_by_key(|f| fold(&f.name));
    let span = |y: Option<(i32, i32)>| match y {
        Some((a, b)) if a == b => a.to_string(),
        Some((a, b)) => format!("{a}–{b}"),
        None => String::new(),
    };
    let all_years = figures
        .iter()
        .filter_map(|f| f.years)
        .reduce(|(a, b), (c, d)| (a.min(c), b.max(d)));
    let tiles: Vec<Tile> = figures
        .iter()
        .filter_map(|f| {
            let &(_, col, row) = TILE_GRID.iter().find(|(c, _, _)| *c == f.code)?;
            let label = match f.median {
                Some(m) => t!(
                    "home-tile-label",
                    country = &f.name,
                    share = charts::percent(&num(m, 1)),
                    with_share = f.with_share,
                    count = f.cities,
                    years = span(f.years)
                ),
                None => t!(
                    "home-tile-label-no-figure",
                    country = &f.name,
                    count = f.cities
                ),
            };
            Some(Tile {
                col,
                row,
                code: f.code.clone(),
                href: country_href(&f.code),
                label,
                value: f.median,
            })
        })
        .collect();
    let off_map: Vec<&CountryFigure> = figures
        .iter()
        .filter(|f| !TILE_GRID.iter().any(|(c, _, _)| *c == f.code))
        .collect();
    let svg = charts::tile_map(
        "country-map",
        &t!("home-map-title"),
        &t!("home-map-description", years = span(all_years)),
        &tiles,
        &Scale {
            breaks: &SHARE_BREAKS,
            title: &t!("home-map-legend"),
            unit: "%",
            decimals: 0,
        },
    );
    maud::html! {
        h2 id="map" { (t!("home-map-heading")) }
        p.muted.small {
            (t!("home-map-intro"))
        }
        figure.map {
            (layout::svg(&svg))
            figcaption { (t!("home-map-caption")) " " a href="/indicators#features" { (t!("home-definition")) } }
        }
        details {
            summary { (t!("home-map-as-table")) }
            table {
                thead { tr { th { (t!("home-col-country")) } th.num { (t!("home-col-cities")) } th.num { (t!("home-col-with-figure")) } th.num { (t!("home-col-median")) } th { (t!("home-col-years")) } } }
                tbody {
                    @for f in &figures {
                        tr {
                            td { a href=(country_href(&f.code)) { (f.name) } " " span.muted.small { (f.code) } }
                            td.num { (crate::locale::integer(f.cities as i64)) }
                            td.num { (crate::locale::integer(f.with_share as i64)) }
                            td.num { @match f.median { Some(m) => (num(m, 1)), None => span.suppressed { (t!("home-no-figure")) } } }
                            td { (span(f.years)) }
                        }
                    }
                }
            }
            @if !off_map.is_empty() {
                p.small.muted { (t!("home-off-map", countries = off_map.iter().map(|f| f.name.clone()).collect::<Vec<_>>().join(", "))) }
            }
        }
    }
}
