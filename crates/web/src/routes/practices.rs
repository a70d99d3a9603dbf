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
fn facet_label(facet: &str) -> String {
    match facet {
        "thematic_area" => t!("practices-facet-thematic-area"),
        "country" => t!("practices-facet-country"),
        "city_context" => t!("practices-facet-city-context"),
        "target_group" => t!("practices-facet-target-group"),
        "evidence_level" => t!("practices-facet-evidence-level"),
        other => other.to_string(),
    }
}

/// A value of a facet in the reader's language: the vocabulary's values are catalogue
/// texts (`catalogue-practices-<facet>-<value>`); countries are codes.
pub fn facet_value(facet: &str, value: &str) -> String {
    match facet {
        "thematic_area" | "target_group" | "city_context" | "evidence_level" => {
            crate::locale::catalogue(&["practices", facet, value], value)
        }
        _ => value.to_string(),
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
        Some(_) => return Err(AppError::bad(t!("practices-error-page"))),
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
        &t!("practices-title"),
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
        h1 { (t!("practices-title")) }
        p.lead { (t!("practices-lead")) }
        form method="get" action="/practices" role="search" {
            label for="q" { (t!("practices-search-label")) }
            input #q type="search" name="q" value=(search.text) placeholder=(t!("practices-search-placeholder"));
            @for (f, v) in &search.filters { input type="hidden" name=(f) value=(v); }
            button type="submit" { (t!("practices-search")) }
        }
        @if !search.filters.is_empty() {
            p.small { (t!("practices-filtered-by")) " "
                @for (f, v) in &search.filters { (facet_label(f)) " = " strong { (facet_value(f, v)) } " (" a href=(link(params, &[(f.as_str(), None)])) { (t!("practices-filter-remove")) } ") " } }
        }
        div.practices {
            aside aria-label=(t!("practices-facets")) {
                @for facet in FACETS {
                    @let values: Vec<_> = r.facets.iter().filter(|c| c.facet == facet).collect();
                    @if !values.is_empty() {
                        h2.small { (facet_label(facet)) }
                        ul.facets {
                            @for c in values {
                                li { a href=(link(params, &[(facet, Some(c.value.as_str()))])) { (facet_value(facet, &c.value)) } " " span.muted { "(" (c.count) ")" } }
                            }
                        }
                    }
                }
            }
            section aria-label=(t!("practices-results")) {
                @let total = i64::try_from(r.total).unwrap_or(i64::MAX);
                p { strong { (crate::locale::integer(total)) } " " @if search.text.trim().is_empty() { (t!("practices-found", count = total)) } @else { (t!("practices-found-for", count = total, query = search.text.as_str())) } "." }
                @if r.hits.is_empty() { p { (t!("practices-none")) } }
                ol.results {
                    @for h in &r.hits {
                        @let p = &h.practice;
                        li {
                            a href={ "/practices/" (p.id) } { strong { (p.title) } }
                            br;
                            span.small { (p.city) " (" (p.country) ")" @if !p.period_start.is_empty() { " · " (p.period_start) } " · " (facet_value("evidence_level", &p.evidence_level)) }
                            @if !p.description.is_empty() { p.small { (p.description) } }
                        }
                    }
                }
                @let page = search.offset / search.limit.max(1) + 1;
                nav aria-label=(t!("practices-pages")) {
                    @if page > 1 { a href=(link(params, &[("page", Some(&(page - 1).to_string()))])) { (t!("practices-previous")) } " " }
                    @if (search.offset + r.hits.len()) < r.total as usize { a href=(link(params, &[("page", Some(&(page + 1).to_string()))])) { (t!("practices-next")) } }
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
    let p = state
        .db
        .read(|s| Ok(s.practice(&id)?))?
        .ok_or_else(|| AppError::not_found(t!("practices-error-not-found", id = &id)))?;
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
            .map(|(_, v)| facet_value(name, v))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let period = match (p.period_start.as_str(), p.period_end.as_str()) {
        ("", "") => String::new(),
        (a, "") => t!("practices-period-from", start = a),
        ("", b) => t!("practices-period-until", end = b),
        (a, b) => format!("{a} – {b}"),
    };
    let evidence = if p.evidence_level.is_empty() {
        String::new()
    } else {
        facet_value("evidence_level", &p.evidence_level)
    };
    let rows: Vec<(String, String)> = vec![
        (t!("practices-field-city"), p.city.clone()),
        (t!("practices-field-country"), p.country.clone()),
        (t!("practices-field-level"), p.level.clone()),
        (
            t!("practices-field-thematic-area-source"),
            p.thematic_area.clone(),
        ),
        (t!("practices-field-thematic-areas"), facet("thematic_area")),
        (
            t!("practices-field-target-group-source"),
            p.target_group.clone(),
        ),
        (t!("practices-field-target-groups"), facet("target_group")),
        (t!("practices-field-city-context"), facet("city_context")),
        (t!("practices-field-period"), period),
        (
            t!("practices-field-lead-organisation"),
            p.lead_organisation.clone(),
        ),
        (t!("practices-field-partners"), p.partners.clone()),
        (t!("practices-field-funding"), p.funding.clone()),
        (t!("practices-field-outcomes"), p.outcomes.clone()),
        (t!("practices-field-evidence-level"), evidence),
        (t!("practices-field-notes"), p.notes.clone()),
    ];
    html! {
        p.muted.small { a href="/practices" { (t!("practices-title")) } " › " (p.id) }
        h1 { (p.title) }
        @if !p.description.is_empty() { p.lead { (p.description) } }
        dl {
            @for (k, v) in &rows {
                dt { (k) }
                dd { @if v.is_empty() { span.muted { (t!("practices-not-stated")) } } @else { (v) } }
            }
            @for place in p.places.iter().filter(|pl| pl.geo.is_some()) {
                dt { (t!("practices-city-profile")) }
                dd { a href={ "/cities/" (place.geo.as_deref().unwrap_or_default()) } { (place.name) } }
            }
        }
        h2 { (t!("practices-sources")) }
        ul {
            @for url in [&p.source_url, &p.source_url_2].into_iter().filter(|u| !u.is_empty()) {
                li { a href=(url) rel="noopener" { (url) } }
            }
            @if !p.source_repo.is_empty() {
                li { (t!("practices-repository")) " " code { (p.source_repo) } ", " code { (p.source_path) } " " (t!("practices-at-commit")) " " code { (p.source_commit) } }
            }
        }
        p.small.muted { (t!("practices-summaries-note")) }
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
        h2 id="practices" { (t!("practices-recommended")) }
        @match found {
            Err(e) => p.muted { (t!("practices-no-recommendations", reason = &e.message)) }
            Ok(r) => {
                p.muted.small {
                    @if let Some(c) = &r.context {
                        (t!("practices-recommended-context", context = facet_value("city_context", c)))
                    } @else {
                        (t!("practices-recommended-size"))
                    }
                    " " a href="/practices" { (t!("practices-recommended-link")) } (t!("practices-recommended-after"))
                }
                @if let Some(why) = &r.empty_parts { p { (empty_text(why)) } }
                ul {
                    @for x in &r.recommendations {
                        li { a href={ "/practices/" (x.practice_id) } { (x.title) } br; span.small { (reason_text(x)) } }
                    }
                }
                (downloads(&format!("/api/v1/cities/{code}/practices")))
            }
        }
    }
}

/// A recommendation's reason in the reader's language, from its parts (the English is the
/// practices crate's `reason`, kept in the API).
pub fn reason_text(x: &practices::recommend::Recommendation) -> String {
    use practices::recommend::Relation;
    let why = &x.why;
    let city = place_in_sentence(&x.from_code, &x.from_city);
    let practice = t!(
        "practices-reason-practice",
        level = message_id(&why.evidence_level),
        name = facet_value("evidence_level", &why.evidence_level)
    );
    let field = match &why.weakness {
        Some(k) => facet_value("thematic_area", &k.area),
        None if why.areas.is_empty() => t!("practices-reason-no-field"),
        None => {
            let areas: Vec<String> = why
                .areas
                .iter()
                .map(|a| facet_value("thematic_area", a))
                .collect();
            and_list(&areas)
        }
    };
    let context = why
        .context
        .as_deref()
        .map(|c| facet_value("city_context", c));
    match (&why.weakness, why.relation, context) {
        (None, Relation::Peer, _) => {
            t!(
                "practices-reason-peer",
                city = &city,
                practice = &practice,
                field = &field
            )
        }
        (None, Relation::SameCountry, _) => t!(
            "practices-reason-country",
            city = &city,
            practice = &practice,
            field = &field
        ),
        (None, _, Some(context)) => t!(
            "practices-reason-context",
            city = &city,
            context = &context,
            practice = &practice,
            field = &field
        ),
        (None, _, None) => {
            t!(
                "practices-reason-other",
                city = &city,
                practice = &practice,
                field = &field
            )
        }
        (Some(k), Relation::Peer, _) => t!(
            "practices-reason-peer-where",
            city = &city,
            practice = &practice,
            field = &field,
            weakness = clause_text(k)
        ),
        (Some(k), Relation::SameCountry, _) => t!(
            "practices-reason-country-where",
            city = &city,
            practice = &practice,
            field = &field,
            weakness = clause_text(k)
        ),
        (Some(k), _, Some(context)) => t!(
            "practices-reason-context-where",
            city = &city,
            context = &context,
            practice = &practice,
            field = &field,
            weakness = clause_text(k)
        ),
        (Some(k), _, None) => t!(
            "practices-reason-other-where",
            city = &city,
            practice = &practice,
            field = &field,
            weakness = clause_text(k)
        ),
    }
}

/// A place named in a reason: in the reader's language, but in English as the store names
/// it, as the practices crate's English reason (the API's) does.
fn place_in_sentence(code: &str, name: &str) -> String {
    if crate::locale::lang() == crate::locale::Lang::En {
        name.to_string()
    } else {
        crate::locale::place_name(code, name)
    }
}

/// A value of the vocabulary as a message's selector: "evaluated with a comparison group"
/// → `evaluated-with-a-comparison-group` (a Fluent variant key).
fn message_id(value: &str) -> String {
    value
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

/// "a", "a and b", "a, b and c" in the reader's language.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => t!("practices-reason-and", rest = rest.join(", "), last = last),
    }
}

/// A value with its unit in the reader's format, as the practices crate's English writes
/// it (no decimals from 100 up).
fn with_unit(v: f64, unit: &str) -> String {
    let n = layout::num(v, if v.abs() >= 100.0 { 0 } else { 1 });
    match unit {
        "" => n,
        "%" => crate::charts::percent(&n),
        u => format!("{n} {}", crate::routes::city::unit_label(u)),
    }
}

/// A weakest field's clause ("Croatia's employment rate (20–64) of non-EU citizens is …")
/// in the reader's language: the funding map's needs quote it too.
pub fn clause_text(w: &practices::recommend::Weakness) -> String {
    use practices::recommend::{Clause, Worse};
    match &w.clause {
        Clause::Gap {
            country_code,
            country,
            dataset,
            label,
            citizenship,
            group,
            worse,
            rank,
        } => {
            let country = place_in_sentence(country_code, country);
            let indicator = crate::locale::catalogue(&["practices", "gap", dataset], label);
            let group = crate::locale::catalogue(
                &["practices", "gap", dataset, "group", citizenship],
                group,
            );
            let value = crate::charts::percent(&layout::num(w.value, 1));
            let reference = crate::charts::percent(&layout::num(w.reference, 1));
            let points = layout::num(w.size, 1);
            let gap = match worse {
                Worse::Lower => t!(
                    "practices-gap-lower",
                    country = &country,
                    indicator = &indicator,
                    group = &group,
                    value = &value,
                    reference = &reference,
                    period = &w.period,
                    points = &points
                ),
                Worse::Higher => t!(
                    "practices-gap-higher",
                    country = &country,
                    indicator = &indicator,
                    group = &group,
                    value = &value,
                    reference = &reference,
                    period = &w.period,
                    points = &points
                ),
            };
            match rank {
                None => gap,
                Some(0) => t!("practices-gap-widest", gap = gap),
                Some(1) => t!("practices-gap-second", gap = gap),
                Some(n) => t!("practices-gap-nth", gap = gap, n = *n),
            }
        }
        Clause::Benchmark {
            rank,
            of,
            label,
            unit,
        } => t!(
            "practices-benchmark",
            rank = *rank,
            of = *of,
            indicator = crate::locale::catalogue(&["feature", &w.indicator, "label"], label),
            value = with_unit(w.value, unit),
            median = with_unit(w.reference, unit)
        ),
    }
}

/// Why a city has no recommendation, in the reader's language.
pub fn empty_text(empty: &practices::recommend::Empty) -> String {
    use practices::recommend::Empty;
    let Empty::NoneFits {
        city,
        practices,
        peers,
        context,
    } = empty
    else {
        return t!("practices-empty-library");
    };
    let context = context.as_deref().map(|c| facet_value("city_context", c));
    match (peers.is_empty(), context) {
        (true, Some(context)) => t!(
            "practices-empty-no-peers-context",
            city = city,
            context = &context
        ),
        (true, None) => t!("practices-empty-no-peers", city = city),
        (false, Some(context)) => t!(
            "practices-empty-peers-context",
            count = *practices,
            city = city,
            peers = peers.join(", "),
            context = &context
        ),
        (false, None) => t!(
            "practices-empty-peers",
            count = *practices,
            city = city,
            peers = peers.join(", ")
        ),
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
