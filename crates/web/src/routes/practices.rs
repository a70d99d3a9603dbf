//! The practice library: `/practices` (search with facets, a GET form that works without
//! JavaScript), `/practices/{id}` (one practice, every field, its sources), and the
//! "Recommended for this city" section of a city profile. Search, facets and
//! recommendations come from the `practices` crate; this module lays them out.

use crate::auth::Principal;
use crate::layout::{self, downloads};
use crate::{AppError, AppState};
use axum::extract::{Path, Query, State};
use axum::response::Response;
use maud::{Markup, html};
use serde::Serialize;
use std::collections::BTreeMap;
use store::practices::{FACETS, PracticeResults};

/// Practices per page of the library.
pub const PER_PAGE: usize = 20;

/// How a facet is called on the page.
fn facet_label(facet: &str) -> &str {
    match facet {
        "thematic_area" => "Thematic area",
        "country" => "Country",
        "city_context" => "City context",
        "target_group" => "Target group",
        "evidence_level" => "Evidence level",
        other => other,
    }
}

/// The library's vocabulary and rules, from the catalogue the server runs with.
pub fn library(state: &AppState) -> Result<practices::Library, AppError> {
    practices::Library::from_catalogue(&state.config.catalogue).map_err(app_error)
}

/// A library error as the web reports it: a bad request for what the user asked, else a
/// failure of the server.
pub fn app_error(e: practices::PracticesError) -> AppError {
    match e {
        practices::PracticesError::Invalid { .. } => AppError::bad(e.to_string()),
        practices::PracticesError::NotFound(_) => AppError::not_found(e.to_string()),
        practices::PracticesError::Peers(p) => AppError::not_found(p.to_string()),
        other => AppError::internal(other.to_string()),
    }
}

/// The search of a query string: `q`, one value per facet, `page` (from 1).
pub fn search_of(
    params: &BTreeMap<String, String>,
    per_page: usize,
) -> Result<practices::Search, AppError> {
    let page = match params.get("page").map(|p| p.parse::<usize>()) {
        None => 1,
        Some(Ok(p)) if p >= 1 => p,
        Some(_) => return Err(AppError::bad("page: a whole number from 1")),
    };
    Ok(practices::Search {
        text: params.get("q").cloned().unwrap_or_default(),
        filters: FACETS
            .iter()
            .filter_map(|f| {
                params
                    .get(*f)
                    .filter(|v| !v.is_empty())
                    .map(|v| (f.to_string(), v.clone()))
            })
            .collect(),
        limit: per_page,
        offset: (page - 1).saturating_mul(per_page),
    })
}

pub async fn index(
    State(state): State<AppState>,
    who: Principal,
    Query(params): Query<BTreeMap<String, String>>,
) -> Result<Response, AppError> {
    let search = search_of(&params, PER_PAGE)?;
    let lib = library(&state)?;
    let results = state
        .db
        .read(|s| practices::search(s, &lib, &search).map_err(app_error))?;
    Ok(layout::render(layout::page(
        "Practice library",
        &who,
        library_body(&search, &results, &params),
    )))
}

/// A link to the library with `params` changed by `set` (None removes the key).
fn link(params: &BTreeMap<String, String>, set: &[(&str, Option<&str>)]) -> String {
    let mut p = params.clone();
    p.remove("page");
    for (k, v) in set {
        match v {
            Some(v) => p.insert(k.to_string(), v.to_string()),
            None => p.remove(*k),
        };
    }
    let query: Vec<String> = p
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    if query.is_empty() {
        "/practices".into()
    } else {
        format!("/practices?{}", query.join("&"))
    }
}

/// Percent-encoding of a query value (everything but unreserved characters).
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn library_body(
    search: &practices::Search,
    r: &PracticeResults,
    params: &BTreeMap<String, String>,
) -> Markup {
    let mut api = link(params, &[]).replacen("/practices", "/api/v1/practices", 1);
    api.push_str(if api.contains('?') {
        "&per_page=1000"
    } else {
        "?per_page=1000"
    });
    html! {
        h1 { "Practice library" }
        p.lead { "Documented integration practices of cities, each with its source. Search folds case and accents and finds words across the languages of the records (Sprachkurs, jazykový kurz, language course); the start of a word is enough." }
        form method="get" action="/practices" role="search" {
            label for="q" { "Search practices" }
            input #q type="search" name="q" value=(search.text) placeholder="e.g. language course, Košice, counselling";
            @for (f, v) in &search.filters { input type="hidden" name=(f) value=(v); }
            button type="submit" { "Search" }
        }
        @if !search.filters.is_empty() {
            p.small { "Filtered by: "
                @for (f, v) in &search.filters { (facet_label(f)) " = " strong { (v) } " (" a href=(link(params, &[(f.as_str(), None)])) { "remove" } ") " } }
        }
        div.practices {
            aside aria-label="Facets" {
                @for facet in FACETS {
                    @let values: Vec<_> = r.facets.iter().filter(|c| c.facet == facet).collect();
                    @if !values.is_empty() {
                        h2.small { (facet_label(facet)) }
                        ul.facets {
                            @for c in values {
                                li { a href=(link(params, &[(facet, Some(c.value.as_str()))])) { (c.value) } " " span.muted { "(" (c.count) ")" } }
                            }
                        }
                    }
                }
            }
            section aria-label="Results" {
                p { strong { (r.total) } " practices" @if !search.text.trim().is_empty() { " for “" (search.text) "”" } "." }
                @if r.hits.is_empty() { p { "No practice matches. Try fewer or shorter words, or remove a filter." } }
                ol.results {
                    @for h in &r.hits {
                        @let p = &h.practice;
                        li {
                            a href={ "/practices/" (p.id) } { strong { (p.title) } }
                            br;
                            span.small { (p.city) " (" (p.country) ")" @if !p.period_start.is_empty() { " · " (p.period_start) } " · " (p.evidence_level) }
                            @if !p.description.is_empty() { p.small { (p.description) } }
                        }
                    }
                }
                @let page = search.offset / search.limit.max(1) + 1;
                nav aria-label="Pages" {
                    @if page > 1 { a href=(link(params, &[("page", Some(&(page - 1).to_string()))])) { "← previous" } " " }
                    @if (search.offset + r.hits.len()) < r.total as usize { a href=(link(params, &[("page", Some(&(page + 1).to_string()))])) { "next →" } }
                }
                (downloads(&api))
            }
        }
    }
}

pub async fn page(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let p = state.db.read(|s| Ok(s.practice(&id)?))?.ok_or_else(|| {
        AppError::not_found(format!(
            "no practice with the id '{id}': search the library at /practices"
        ))
    })?;
    Ok(layout::render(layout::page(
        &p.title,
        &who,
        practice_body(&p),
    )))
}

fn practice_body(p: &store::practices::Practice) -> Markup {
    let facet = |name: &str| {
        p.facets
            .iter()
            .filter(|(f, _)| f == name)
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let period = match (p.period_start.as_str(), p.period_end.as_str()) {
        ("", "") => String::new(),
        (a, "") => format!("from {a}"),
        ("", b) => format!("until {b}"),
        (a, b) => format!("{a} – {b}"),
    };
    let rows: Vec<(&str, String)> = vec![
        ("City", p.city.clone()),
        ("Country", p.country.clone()),
        ("Level", p.level.clone()),
        ("Thematic area (source)", p.thematic_area.clone()),
        ("Thematic areas (observatory)", facet("thematic_area")),
        ("Target group (source)", p.target_group.clone()),
        ("Target groups (observatory)", facet("target_group")),
        ("City context", facet("city_context")),
        ("Period", period),
        ("Lead organisation", p.lead_organisation.clone()),
        ("Partners", p.partners.clone()),
        ("Funding", p.funding.clone()),
        ("Outcomes reported", p.outcomes.clone()),
        ("Evidence level", p.evidence_level.clone()),
        ("Notes", p.notes.clone()),
    ];
    html! {
        p.muted.small { a href="/practices" { "Practice library" } " › " (p.id) }
        h1 { (p.title) }
        @if !p.description.is_empty() { p.lead { (p.description) } }
        dl {
            @for (k, v) in &rows {
                dt { (k) }
                dd { @if v.is_empty() { span.muted { "not stated by the source" } } @else { (v) } }
            }
            @for place in p.places.iter().filter(|pl| pl.geo.is_some()) {
                dt { "City profile" }
                dd { a href={ "/cities/" (place.geo.as_deref().unwrap_or_default()) } { (place.name) } }
            }
        }
        h2 { "Sources" }
        ul {
            @for url in [&p.source_url, &p.source_url_2].into_iter().filter(|u| !u.is_empty()) {
                li { a href=(url) rel="noopener" { (url) } }
            }
            @if !p.source_repo.is_empty() {
                li { "Repository " code { (p.source_repo) } ", " code { (p.source_path) } " at commit " code { (p.source_commit) } }
            }
        }
        p.small.muted { "The description and outcomes are short summaries in the library's own words; the sources' texts belong to their publishers." }
        (downloads(&format!("/api/v1/practices/{}", p.id)))
    }
}

/// "Recommended for this city" on a city profile: the recommendations with their reasons,
/// or why there are none.
pub fn city_section(state: &AppState, cities: Option<&peers::Cities>, code: &str) -> Markup {
    let Some(cities) = cities else {
        return html! {};
    };
    let found = library(state).and_then(|lib| {
        state
            .db
            .read(|s| practices::recommend::recommend(s, cities, &lib, code).map_err(app_error))
    });
    html! {
        h2 id="practices" { "Recommended for this city" }
        @match found {
            Err(e) => p.muted { "No recommendations: " (e.message) }
            Ok(r) => {
                p.muted.small { "Practices of the city's peers and of other " (r.context.as_deref().unwrap_or("cities of its size")) "s in the " a href="/practices" { "practice library" } ", those in the city's weakest fields first. Each says why it is here." }
                @if let Some(why) = &r.empty { p { (why) } }
                ul {
                    @for x in &r.recommendations {
                        li { a href={ "/practices/" (x.practice_id) } { (x.title) } br; span.small { (x.reason) } }
                    }
                }
                (downloads(&format!("/api/v1/cities/{code}/practices")))
            }
        }
    }
}

/// A practice as the API answers it (`/api/v1/practices`, `/api/v1/practices/{id}`).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PracticeAnswer {
    pub id: String,
    pub title: String,
    pub city: String,
    pub country: String,
    pub level: String,
    /// The source's own words.
    pub thematic_area: String,
    pub target_group: String,
    pub period_start: String,
    pub period_end: String,
    pub lead_organisation: String,
    pub partners: String,
    pub funding: String,
    pub description: String,
    pub outcomes: String,
    pub evidence_level: String,
    pub source_url: String,
    pub source_url_2: String,
    pub notes: String,
    /// The vocabulary's values: `thematic_area=language`, `target_group=refugees` …
    pub facets: Vec<String>,
    /// Urban Audit codes of the places the practice names, where known.
    pub places: Vec<String>,
}

impl From<&store::practices::Practice> for PracticeAnswer {
    fn from(p: &store::practices::Practice) -> Self {
        PracticeAnswer {
            id: p.id.clone(),
            title: p.title.clone(),
            city: p.city.clone(),
            country: p.country.clone(),
            level: p.level.clone(),
            thematic_area: p.thematic_area.clone(),
            target_group: p.target_group.clone(),
            period_start: p.period_start.clone(),
            period_end: p.period_end.clone(),
            lead_organisation: p.lead_organisation.clone(),
            partners: p.partners.clone(),
            funding: p.funding.clone(),
            description: p.description.clone(),
            outcomes: p.outcomes.clone(),
            evidence_level: p.evidence_level.clone(),
            source_url: p.source_url.clone(),
            source_url_2: p.source_url_2.clone(),
            notes: p.notes.clone(),
            facets: p.facets.iter().map(|(f, v)| format!("{f}={v}")).collect(),
            places: p.places.iter().filter_map(|x| x.geo.clone()).collect(),
        }
    }
}

/// A search's answer: the practices of the page, their number, the facets counted.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct LibraryAnswer {
    pub total: u64,
    pub practices: Vec<PracticeAnswer>,
    pub facets: Vec<FacetAnswer>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct FacetAnswer {
    pub facet: String,
    pub value: String,
    pub count: u64,
}

/// The search of the library for the API (the page's parameters: `q`, the facets, `page`).
pub fn search_answer(
    state: &AppState,
    params: &BTreeMap<String, String>,
    per_page: usize,
) -> Result<LibraryAnswer, AppError> {
    let search = search_of(params, per_page)?;
    let lib = library(state)?;
    let r = state
        .db
        .read(|s| practices::search(s, &lib, &search).map_err(app_error))?;
    Ok(LibraryAnswer {
        total: r.total,
        practices: r
            .hits
            .iter()
            .map(|h| PracticeAnswer::from(&h.practice))
            .collect(),
        facets: r
            .facets
            .iter()
            .map(|f| FacetAnswer {
                facet: f.facet.clone(),
                value: f.value.clone(),
                count: f.count,
            })
            .collect(),
    })
}

/// One recommendation, as the API answers it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RecommendationAnswer {
    pub practice_id: String,
    pub title: String,
    pub from_city: String,
    pub from_code: String,
    /// `peer` or `same context`.
    pub relation: String,
    pub addresses: Vec<String>,
    pub reason: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RecommendationsAnswer {
    pub city: String,
    pub recommendations: Vec<RecommendationAnswer>,
    /// Why there is nothing to recommend.
    pub empty: Option<String>,
}

pub fn recommendations_answer(
    state: &AppState,
    code: &str,
) -> Result<RecommendationsAnswer, AppError> {
    let cities = state.peers.get(state)?;
    let lib = library(state)?;
    let r = state
        .db
        .read(|s| practices::recommend::recommend(s, &cities, &lib, code).map_err(app_error))?;
    Ok(RecommendationsAnswer {
        city: r.city.clone(),
        recommendations: r
            .recommendations
            .iter()
            .map(|x| RecommendationAnswer {
                practice_id: x.practice_id.clone(),
                title: x.title.clone(),
                from_city: x.from_city.clone(),
                from_code: x.from_code.clone(),
                relation: x.relation.clone(),
                addresses: x.addresses.clone(),
                reason: x.reason.clone(),
            })
            .collect(),
        empty: r.empty.clone(),
    })
}
