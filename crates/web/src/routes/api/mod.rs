//! The JSON API under `/api/v1`. Every route is listed once in [`routes_table`], which
//! builds the router, and once in [`ApiDoc`], which generates the OpenAPI document from the
//! handlers' annotations and types; the tests check that the two name the same routes.
//!
//! Every read takes an [`ApiQuery`] (format, paging, the endpoint's filters) and answers
//! through [`reply::answer`] (JSON or CSV, ETag and 304 for published data, paging), so
//! handlers hold only what is their own: which filters, which figures. Lists are
//! paginated (`page`, `per_page` ≤ 1000, with `total` and `next`); tables also come as CSV
//! with `format=csv`. Errors are `{"error": {"code", "type", "message", "link"}}` with the
//! stable codes of [`crate::ErrorCode`]. Store work, password hashing and upload parsing
//! run on the blocking pool.

pub mod assess;
pub mod query;
pub mod reply;
pub mod schema;
pub mod surveys;

use super::data::{Upload, act, create_submission, visible_submissions};
use crate::auth::{Action, Principal, allowed, authorize};
use crate::blocking;
use crate::workflow::Step;
use crate::{AppError, AppState, ErrorCode, error::ErrorBody};
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post};
use query::{ApiPath, ApiQuery, FormatParam, ListParams, Params, Switch};
use reply::{Page, Reply, Sharing, answer};
use schema::*;
use serde::{Deserialize, Serialize};
use store::SeriesFilter;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{RefOr, Response as DocResponse, ResponseBuilder};
use utoipa::{IntoParams, OpenApi, ToSchema};

pub use reply::to_csv;

/// An error rendered as JSON.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> ApiError {
        ApiError(e.api())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.0.api().into_response()
    }
}

type ApiResult = Result<Response, ApiError>;

/// Every API route: (method, path as in OpenAPI, handler).
pub fn routes_table() -> Vec<(&'static str, &'static str, MethodRouter<AppState>)> {
    vec![
        ("get", "/api/v1/openapi.json", get(super::openapi::document)),
        ("get", "/api/v1/cities", get(cities)),
        ("get", "/api/v1/cities/{code}", get(city)),
        ("get", "/api/v1/cities/{code}/peers", get(city_peers)),
        (
            "get",
            "/api/v1/cities/{code}/benchmark",
            get(city_benchmark),
        ),
        (
            "get",
            "/api/v1/cities/{code}/segregation",
            get(city_segregation),
        ),
        ("get", "/api/v1/cities/{code}/outlook", get(city_outlook)),
        (
            "get",
            "/api/v1/cities/{code}/practices",
            get(city_practices),
        ),
        (
            "get",
            "/api/v1/cities/{code}/agenda",
            get(assess::city_agenda),
        ),
        ("get", "/api/v1/frameworks", get(assess::frameworks)),
        ("get", "/api/v1/frameworks/{id}", get(assess::framework)),
        ("get", "/api/v1/audits", get(assess::audits)),
        ("get", "/api/v1/audits/{id}", get(assess::audit)),
        ("get", "/api/v1/practices", get(practices_list)),
        ("get", "/api/v1/practices/{id}", get(practice)),
        ("get", "/api/v1/funding/{place}", get(funding_map)),
        ("get", "/api/v1/mentoring", get(mentoring_pairs)),
        ("get", "/api/v1/surveys", get(surveys::surveys_list)),
        (
            "get",
            "/api/v1/surveys/{id}/results",
            get(surveys::survey_results),
        ),
        (
            "get",
            "/api/v1/surveys/{id}/responses",
            get(surveys::survey_responses),
        ),
        (
            "get",
            "/api/v1/surveys/{id}/codebook",
            get(surveys::survey_codebook),
        ),
        (
            "get",
            "/api/v1/questionnaires/{id}/xlsform",
            get(surveys::questionnaire_xlsform),
        ),
        ("get", "/api/v1/compare", get(compare)),
        ("get", "/api/v1/scenarios/{name}", get(scenario)),
        ("get", "/api/v1/geographies", get(geographies)),
        ("get", "/api/v1/geographies/{code}", get(geography)),
        ("get", "/api/v1/indicators", get(indicators)),
        ("get", "/api/v1/observations", get(observations)),
        ("get", "/api/v1/imports", get(imports)),
        ("get", "/api/v1/submissions", get(submissions)),
        ("post", "/api/v1/submissions", post(create)),
        ("get", "/api/v1/submissions/{id}", get(submission)),
        ("post", "/api/v1/submissions/{id}/submit", post(submit)),
        ("post", "/api/v1/submissions/{id}/publish", post(publish)),
        ("post", "/api/v1/submissions/{id}/return", post(send_back)),
        ("post", "/api/v1/users", post(create_user)),
    ]
}

pub fn routes() -> Router<AppState> {
    let mut by_path: Vec<(&'static str, MethodRouter<AppState>)> = Vec::new();
    for (_, path, mr) in routes_table() {
        match by_path.iter_mut().find(|(p, _)| *p == path) {
            Some((_, existing)) => {
                let merged = std::mem::take(existing).merge(mr);
                *existing = merged;
            }
            None => by_path.push((path, mr)),
        }
    }
    let mut r = Router::new();
    for (path, mr) in by_path {
        r = r.route(path, mr);
    }
    r
}

/// The OpenAPI 3.1 document, generated from the handlers below.
#[derive(Debug, OpenApi)]
#[openapi(
    info(
        title = "Integration Observatory API",
        version = "1.0.0",
        description = "Published figures on migrant integration in European cities, with sources and flags; peers, benchmarks and neighbourhood indices; published participatory audit results and City Integration Agendas; and the publication workflow of a city's own figures. Lists are paginated (`page`, `per_page`); tables come as CSV with `format=csv`; published data carries an ETag. Errors: `{\"error\": {\"code\", \"type\", \"message\", \"link\"}}` with stable codes.",
        license(name = "Apache-2.0", identifier = "Apache-2.0"),
    ),
    servers((url = "/")),
    paths(
        openapi_document,
        cities,
        city,
        city_peers,
        city_benchmark,
        city_segregation,
        city_outlook,
        city_practices,
        assess::city_agenda,
        assess::frameworks,
        assess::framework,
        assess::audits,
        assess::audit,
        practices_list,
        practice,
        funding_map,
        mentoring_pairs,
        surveys::surveys_list,
        surveys::survey_results,
        surveys::survey_responses,
        surveys::survey_codebook,
        surveys::questionnaire_xlsform,
        compare,
        scenario,
        geographies,
        geography,
        indicators,
        observations,
        imports,
        submissions,
        create,
        submission,
        submit,
        publish,
        send_back,
        create_user,
    ),
    // Schemas that only parameters use are not collected by themselves.
    components(schemas(ErrorBody, query::Format, Switch, GeoLevel, Status)),
    modifiers(&Common)
)]
pub struct ApiDoc;

/// What every operation shares: the bearer scheme; 400 for a bad parameter (every query
/// is read by the same extractor, and an `Authorization` header that is not a bearer token
/// is refused the same way everywhere: 401); 304 for every read (ETag); a 500 in the error
/// format (a failure the server logs, never an empty 200).
struct Common;

impl utoipa::Modify for Common {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An API token `obs_…` from `observatory create-token`"))
                    .build(),
            ),
        );
        let error = ResponseBuilder::new()
            .description("Something went wrong on the server; the log says what")
            .content(
                "application/json",
                utoipa::openapi::ContentBuilder::new()
                    .schema(Some(utoipa::openapi::Ref::from_schema_name("Error")))
                    .build(),
            )
            .build();
        // The same error format, for other reasons.
        let described = |what: &str| {
            let mut r = error.clone();
            r.description = what.to_string();
            r
        };
        let bad = described("A parameter is invalid");
        let unauthenticated = described("The API token is unknown or revoked");
        let not_modified = ResponseBuilder::new()
            .description("Not modified (the ETag of If-None-Match is current)")
            .build();
        for (path, item) in doc.paths.paths.iter_mut() {
            if path.as_str() == "/api/v1/openapi.json" {
                continue;
            }
            if let Some(op) = item.get.as_mut() {
                add_response(op, "304", &not_modified);
            }
            for op in [item.get.as_mut(), item.post.as_mut()]
                .into_iter()
                .flatten()
            {
                add_response(op, "400", &bad);
                add_response(op, "401", &unauthenticated);
                add_response(op, "500", &error);
            }
        }
    }
}

fn add_response(op: &mut utoipa::openapi::path::Operation, status: &str, r: &DocResponse) {
    op.responses
        .responses
        .entry(status.to_string())
        .or_insert_with(|| RefOr::T(r.clone()));
}

/// The path parameter of a place.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct CodePath {
    /// Geography code (Urban Audit city `HR004C`, country `HR`, …).
    #[param(pattern = r"^[A-Za-z0-9_:.-]+$", example = "DE001C")]
    code: String,
}

/// The path parameter of a submission.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct IdPath {
    /// Submission id.
    #[param(value_type = i64, minimum = 1, maximum = 9007199254740991i64)]
    id: String,
}

/// A query with no filters of its own.
#[derive(Debug, Deserialize)]
pub struct NoFilters {}

/// This document.
#[utoipa::path(get, path = "/api/v1/openapi.json", responses(
    (status = 200, description = "OpenAPI 3.1", body = OpenApiDocument)
))]
#[allow(dead_code)] // Describes super::openapi::document, the handler routed.
fn openapi_document() {}

/// Filters of the city list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CityFilter {
    /// Name or part of it (accent-insensitive), or a code.
    q: Option<String>,
    /// Country code (HR, SK, …).
    country: Option<String>,
}

/// Urban Audit cities; `q` searches names ignoring case and accents.
#[utoipa::path(get, path = "/api/v1/cities", params(CityFilter, ListParams), responses(
    (status = 200, description = "A page of cities", content(
        (Page<Geography> = "application/json"), (String = "text/csv"))),
    (status = 400, description = "A parameter is invalid", body = ErrorBody),
))]
async fn cities(
    State(state): State<AppState>,
    who: Principal,
    q: ApiQuery<CityFilter>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), |state, q| {
        let mut all = super::home::cities(state)?;
        if let Some(c) = &q.filters.country {
            all.retain(|g| {
                g.country
                    .as_ref()
                    .is_some_and(|x| x.as_str().eq_ignore_ascii_case(c))
            });
        }
        if let Some(text) = q.filters.q.as_deref().filter(|t| !t.trim().is_empty()) {
            all = match super::home::search(&all, text) {
                super::home::Search::Found(g) => vec![g],
                super::home::Search::Several(v) | super::home::Search::Suggestions(v) => v,
            };
        }
        Reply::page(&all, q)
    })
    .await
}

/// A city's geography and context profile (size, foreign-born share and its trend, type).
#[utoipa::path(get, path = "/api/v1/cities/{code}", params(CodePath), responses(
    (status = 200, description = "The city", body = CityAnswer),
    (status = 404, description = "No such place", body = ErrorBody),
))]
async fn city(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(CodePath { code }): ApiPath<CodePath>,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), move |state, _| {
        let geography = super::city::geography(state, &code)?;
        let cities = state.peers.get(state)?;
        let profile = cities.profile(geography.code.as_str()).ok().cloned();
        Reply::json(&CityAnswer { geography, profile })
    })
    .await
}

/// How many peers.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PeersFilter {
    /// How many peers (1–50, default 10).
    #[param(minimum = 1, maximum = 50)]
    k: Option<u32>,
}

/// The most similar cities, each with why.
#[utoipa::path(get, path = "/api/v1/cities/{code}/peers", params(CodePath, PeersFilter, FormatParam), responses(
    (status = 200, description = "The peers; as CSV, one row per peer", content(
        (PeerSet = "application/json"), (String = "text/csv"))),
    (status = 400, description = "A parameter is invalid", body = ErrorBody),
    (status = 404, description = "No such city, or no profile for it", body = ErrorBody),
))]
async fn city_peers(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(CodePath { code }): ApiPath<CodePath>,
    q: ApiQuery<PeersFilter>,
) -> ApiResult {
    let k = match q.filters.k {
        Some(k) if (1..=50).contains(&k) => k as usize,
        Some(_) => return Err(AppError::bad("k: a whole number from 1 to 50").into()),
        None => 10,
    };
    answer(&state, q, Sharing::of(&who), move |state, _| {
        let geo = super::city::geography(state, &code)?;
        let cities = state.peers.get(state)?;
        let set = cities
            .peers(
                geo.code.as_str(),
                &peers::PeerQuery {
                    k,
                    ..Default::default()
                },
            )
            .map_err(|e| AppError::new(ErrorCode::NotFound, e.to_string()))?;
        Reply::json(&set)?.with_table(&set.peers)
    })
    .await
}

/// The indicator of a benchmark.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BenchmarkFilter {
    /// A context feature (foreign_born_share, population, …) or dataset/variable
    /// (urb_clma/EC1010V); foreign_born_share when not given.
    indicator: Option<String>,
}

/// A city's value of an indicator against its peers.
#[utoipa::path(get, path = "/api/v1/cities/{code}/benchmark", params(CodePath, BenchmarkFilter, FormatParam), responses(
    (status = 200, description = "The benchmark; as CSV, the city and its peers one per row", content(
        (Benchmark = "application/json"), (String = "text/csv"))),
    (status = 400, description = "A parameter is invalid", body = ErrorBody),
    (status = 404, description = "No such city, or no profile for it", body = ErrorBody),
))]
async fn city_benchmark(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(CodePath { code }): ApiPath<CodePath>,
    q: ApiQuery<BenchmarkFilter>,
) -> ApiResult {
    let text = q
        .filters
        .indicator
        .clone()
        .unwrap_or_else(|| "foreign_born_share".into());
    let indicator =
        peers::Indicator::parse(&text).map_err(|e| AppError::bad(format!("indicator: {e}")))?;
    answer(&state, q, Sharing::of(&who), move |state, _| {
        let geo = super::city::geography(state, &code)?;
        let cities = state.peers.get(state)?;
        let b = state.db.read(|s| {
            cities
                .benchmark(
                    s,
                    geo.code.as_str(),
                    &indicator,
                    &peers::PeerQuery::default(),
                    None,
                )
                .map_err(|e| AppError::new(ErrorCode::NotFound, e.to_string()))
        })?;
        /// A row of the CSV form: the sources are a list, which a cell cannot hold.
        #[derive(Serialize)]
        struct Row<'a> {
            #[serde(flatten)]
            city: &'a peers::CityRef,
            value: Option<f64>,
            period: &'a Option<String>,
            better_than_city: Option<bool>,
        }
        let rows: Vec<Row> = std::iter::once(&b.city)
            .chain(&b.peers)
            .map(|v| Row {
                city: &v.city,
                value: v.value,
                period: &v.period,
                better_than_city: v.better_than_city,
            })
            .collect();
        Reply::json(&b)?.with_table(rows)
    })
    .await
}

/// A group's share per small area, the segregation indices, the dissimilarity over time
/// and (with `from`) its change with the decomposition, for the area set, count, period and
/// group asked for; without them, foreign citizens in the latest period of the area set
/// with boundaries. As the neighbourhood page shows them.
#[utoipa::path(get, path = "/api/v1/cities/{code}/segregation", params(CodePath, super::neighbourhoods::View, FormatParam), responses(
    (status = 200, description = "The indices and areas; as CSV, one row per area", content(
        (Segregation = "application/json"), (String = "text/csv"))),
    (status = 400, description = "An area set, count, period or group the city's data does not hold", body = ErrorBody),
    (status = 404, description = "No such city, or no small-area figures for it", body = ErrorBody),
))]
async fn city_segregation(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(CodePath { code }): ApiPath<CodePath>,
    q: ApiQuery<super::neighbourhoods::View>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), move |state, q| {
        let n = super::neighbourhoods::load(state, &code, &q.filters, false)?;
        let answer = Segregation {
            city: n.city,
            name: n.city_name,
            areas_scheme: n.scheme,
            period: n.period,
            dataset: n.dataset,
            source: n.source,
            group: n.group,
            measure: n.measure,
            measure_label: n.measure_label,
            city_share: n.city_share,
            over_time: n.over_time,
            change: n.change,
            indices: n
                .indices
                .into_iter()
                .map(|(index, meaning, value)| IndexValue {
                    index,
                    meaning,
                    value,
                })
                .collect(),
            areas: n.areas,
        };
        Reply::json(&answer)?.with_table(&answer.areas)
    })
    .await
}

/// The place's series looked ahead on (catalogue `outlook.toml`): forecasts with 80% and
/// 95% intervals, and progress verdicts with their method. As CSV, one row per series and
/// period ahead.
#[utoipa::path(get, path = "/api/v1/cities/{code}/outlook", params(CodePath, FormatParam), responses(
    (status = 200, description = "The series and their forecasts", content(
        (super::outlook::OutlookAnswer = "application/json"), (String = "text/csv"))),
    (status = 404, description = "No such place", body = ErrorBody),
))]
async fn city_outlook(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(CodePath { code }): ApiPath<CodePath>,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), move |state, _| {
        let geo = super::city::geography(state, &code)?;
        let a = super::outlook::answer(&code, &super::outlook::items(state, &geo)?);
        #[derive(Serialize)]
        struct Row<'a> {
            series: &'a str,
            geo: &'a str,
            period: f64,
            forecast: f64,
            lo_80: f64,
            hi_80: f64,
            lo_95: f64,
            hi_95: f64,
            model: Option<&'a str>,
            verdict: Option<&'a str>,
        }
        let table: Vec<Row> = a
            .series
            .iter()
            .flat_map(|s| {
                s.ahead.iter().map(move |h| Row {
                    series: &s.label,
                    geo: &s.geo,
                    period: h.period,
                    forecast: h.forecast,
                    lo_80: h.lo_80,
                    hi_80: h.hi_80,
                    lo_95: h.lo_95,
                    hi_95: h.hi_95,
                    model: s.model.as_deref(),
                    verdict: s.verdict.as_ref().map(|v| v.label.as_str()),
                })
            })
            .collect();
        Reply::json(&a)?.with_table(table)
    })
    .await
}

/// The search of the practice library.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PracticeFilter {
    /// Words, any language, accents and case ignored; a word matches as a prefix.
    q: Option<String>,
    /// A thematic area of the vocabulary (`language`, `employment` …).
    thematic_area: Option<String>,
    /// A country code (`CZ`, `HR` …).
    country: Option<String>,
    /// metropolis, large city, medium-sized city, small city.
    city_context: Option<String>,
    /// A target group of the vocabulary.
    target_group: Option<String>,
    /// described, monitored, evaluated …
    evidence_level: Option<String>,
}

/// The practice library searched: ranked by BM25 (title above text), with facet counts
/// over all results. As CSV, one row per practice of the page.
#[utoipa::path(get, path = "/api/v1/practices", params(PracticeFilter, ListParams), responses(
    (status = 200, description = "The practices found", content(
        (super::practices::LibraryAnswer = "application/json"), (String = "text/csv"))),
))]
async fn practices_list(
    State(state): State<AppState>,
    who: Principal,
    q: ApiQuery<PracticeFilter>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), |state, q| {
        let f = &q.filters;
        let mut params = std::collections::BTreeMap::new();
        for (k, v) in [
            ("q", &f.q),
            ("thematic_area", &f.thematic_area),
            ("country", &f.country),
            ("city_context", &f.city_context),
            ("target_group", &f.target_group),
            ("evidence_level", &f.evidence_level),
        ] {
            if let Some(v) = v {
                params.insert(k.to_string(), v.clone());
            }
        }
        params.insert("page".into(), q.paging.page.to_string());
        let a = super::practices::search_answer(state, &params, q.paging.per_page)?;
        Reply::json(&a)?.with_table(&a.practices)
    })
    .await
}

/// The path parameter of a practice.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct PracticePath {
    /// The practice's id, e.g. `CZ-PRG-001`.
    #[param(example = "CZ-PRG-001")]
    id: String,
}

/// One practice with its facets and places.
#[utoipa::path(get, path = "/api/v1/practices/{id}", params(PracticePath, FormatParam), responses(
    (status = 200, description = "The practice", content(
        (super::practices::PracticeAnswer = "application/json"), (String = "text/csv"))),
    (status = 404, description = "No such practice", body = ErrorBody),
))]
async fn practice(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(PracticePath { id }): ApiPath<PracticePath>,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), move |state, _| {
        let p = state
            .db
            .read(|s| Ok(s.practice(&id)?))?
            .ok_or_else(|| AppError::not_found(format!("no practice with the id '{id}'")))?;
        let a = super::practices::PracticeAnswer::from(&p);
        Reply::json(&a)?.with_table(std::slice::from_ref(&a))
    })
    .await
}

/// Practices recommended to the city, each with its reason.
#[utoipa::path(get, path = "/api/v1/cities/{code}/practices", params(CodePath, FormatParam), responses(
    (status = 200, description = "The recommendations", content(
        (super::practices::RecommendationsAnswer = "application/json"), (String = "text/csv"))),
    (status = 404, description = "No such city", body = ErrorBody),
))]
async fn city_practices(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(CodePath { code }): ApiPath<CodePath>,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), move |state, _| {
        let a = super::practices::recommendations_answer(state, &code)?;
        Reply::json(&a)?.with_table(&a.recommendations)
    })
    .await
}

/// The path parameter of a place of the funding map.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct FundingPlacePath {
    /// A place of `catalogue/funding/places.toml` (`DE300`, `HR04B`, `EL30`) or a country.
    #[param(pattern = r"^[A-Za-z0-9_-]+$", example = "EL30")]
    place: String,
}

/// A place's funding map: fields of action x target groups, gaps, possible duplications.
#[utoipa::path(get, path = "/api/v1/funding/{place}", params(FundingPlacePath, FormatParam), responses(
    (status = 200, description = "The funding map of the place", content(
        (super::funding::FundingAnswer = "application/json"), (String = "text/csv"))),
    (status = 404, description = "No such place", body = ErrorBody),
))]
async fn funding_map(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(FundingPlacePath { place }): ApiPath<FundingPlacePath>,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), move |state, _| {
        let a = super::funding::answer(state, &place)?;
        Reply::json(&a)?.with_table(&a.cells)
    })
    .await
}

/// The network's mentoring pairs: accepted requests, each a mentor city and a mentee city
/// on one focal point of a comprehensive approach (seed 003 §3.2), newest first. Requests
/// not accepted are the two cities' own and are not listed.
#[utoipa::path(get, path = "/api/v1/mentoring", params(ListParams), responses(
    (status = 200, description = "A page of accepted mentoring pairs", content(
        (Page<super::mentoring::PairAnswer> = "application/json"), (String = "text/csv"))),
    (status = 400, description = "A parameter is invalid", body = ErrorBody),
))]
async fn mentoring_pairs(
    State(state): State<AppState>,
    who: Principal,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), |state, q| {
        Reply::page(&super::mentoring::accepted_pairs(state)?, q)
    })
    .await
}

/// The path parameter of a scenario set.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct ScenarioPath {
    /// The scenario set: `aargau`, the built-in worked example.
    #[param(example = "aargau")]
    name: String,
}

/// The assumptions of the user's variant and the services' rates; every one optional.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // Documents the query; the handler reads it with the page's own reader.
pub struct ScenarioParams {
    /// The year of the headline and the pyramid (2025–2055).
    #[param(value_type = Option<i32>, minimum = 2025, maximum = 2055)]
    year: Option<String>,
    /// Multiplier of immigration (0–5; 1 = the central scenario).
    #[param(value_type = Option<f64>, minimum = 0, maximum = 5)]
    immigration: Option<String>,
    /// Multiplier of emigration (0–5).
    #[param(value_type = Option<f64>, minimum = 0, maximum = 5)]
    emigration: Option<String>,
    /// Multiplier of the naturalisation rate (0–5).
    #[param(value_type = Option<f64>, minimum = 0, maximum = 5)]
    naturalisation: Option<String>,
    /// Multiplier of fertility (0–3).
    #[param(value_type = Option<f64>, minimum = 0, maximum = 3)]
    fertility: Option<String>,
    /// Multiplier of mortality (0–3).
    #[param(value_type = Option<f64>, minimum = 0, maximum = 3)]
    mortality: Option<String>,
    /// The first year the multipliers apply (2025–2055).
    #[param(value_type = Option<i32>, minimum = 2025, maximum = 2055)]
    from: Option<String>,
    /// Residents per full-time GP (100–100000): adds GP demand.
    #[param(value_type = Option<f64>, minimum = 100, maximum = 100000)]
    residents_per_gp: Option<String>,
    /// Persons per household (1–10): adds households.
    #[param(value_type = Option<f64>, minimum = 1, maximum = 10)]
    household_size: Option<String>,
    /// Childcare take-up of children aged 0–3 (0–1).
    #[param(value_type = Option<f64>, minimum = 0, maximum = 1)]
    childcare: Option<String>,
    /// Language-course take-up of arriving foreign adults (0–1).
    #[param(value_type = Option<f64>, minimum = 0, maximum = 1)]
    language_course: Option<String>,
}

/// A population scenario set with the user's variant: totals by group and the year's flows
/// per scenario and year, and the demand for services (central and range). As CSV, one row
/// per scenario and year.
#[utoipa::path(get, path = "/api/v1/scenarios/{name}", params(ScenarioPath, ScenarioParams, FormatParam), responses(
    (status = 200, description = "The scenarios and the demand", content(
        (super::scenarios::ScenarioAnswer = "application/json"), (String = "text/csv"))),
    (status = 404, description = "No such scenario set", body = ErrorBody),
))]
async fn scenario(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(ScenarioPath { name }): ApiPath<ScenarioPath>,
    axum::extract::RawQuery(raw): axum::extract::RawQuery,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), move |state, _| {
        let o = super::scenarios::outlook(state, &name, raw.as_deref())?;
        let a = super::scenarios::answer(&o);
        Reply::json(&a)?.with_table(&a.years)
    })
    .await
}

/// The cities to compare.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CompareFilter {
    /// Codes or names, separated by commas (2 to 6).
    #[param(required = true, example = "DE001C,HR004C,SK002C")]
    cities: Option<String>,
}

/// 2–6 cities' context features side by side.
#[utoipa::path(get, path = "/api/v1/compare", params(CompareFilter, FormatParam), responses(
    (status = 200, description = "The features; as CSV, one row per feature", content(
        (Compare = "application/json"), (String = "text/csv"))),
    (status = 400, description = "A parameter is invalid", body = ErrorBody),
    (status = 404, description = "A city is not known", body = ErrorBody),
))]
async fn compare(
    State(state): State<AppState>,
    who: Principal,
    q: ApiQuery<CompareFilter>,
) -> ApiResult {
    let raw = q
        .filters
        .cities
        .as_ref()
        .map(|c| format!("cities={}", super::account::urlencode(c)));
    answer(&state, q, Sharing::of(&who), move |state, _| {
        let chosen = super::compare::parse_cities(state, raw.as_deref())?;
        if chosen.len() < 2 {
            return Err(AppError::bad(
                "cities: give 2 to 6 cities, separated by commas",
            ));
        }
        let cities = state.peers.get(state)?;
        let features: Vec<CompareRow> = peers::Feature::ALL
            .iter()
            .map(|f| CompareRow {
                feature: f.name().to_string(),
                unit: f.info().unit.clone(),
                values: chosen
                    .iter()
                    .map(|g| {
                        let v = cities
                            .profile(g.code.as_str())
                            .ok()
                            .and_then(|p| p.value(*f));
                        (g.code.to_string(), v)
                    })
                    .collect(),
            })
            .collect();
        let answer = Compare {
            cities: chosen,
            features,
        };
        Reply::json(&answer)?.with_table(&answer.features)
    })
    .await
}

/// Filters of the list of places.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct GeographyFilter {
    /// Level.
    #[param(value_type = Option<GeoLevel>)]
    level: Option<String>,
    /// Country code.
    country: Option<String>,
    /// Only the areas inside this place.
    parent: Option<String>,
}

/// Places: countries, regions, cities, districts.
#[utoipa::path(get, path = "/api/v1/geographies", params(GeographyFilter, ListParams), responses(
    (status = 200, description = "A page of places", content(
        (Page<Geography> = "application/json"), (String = "text/csv"))),
    (status = 400, description = "A parameter is invalid", body = ErrorBody),
))]
async fn geographies(
    State(state): State<AppState>,
    who: Principal,
    q: ApiQuery<GeographyFilter>,
) -> ApiResult {
    let level = match &q.filters.level {
        Some(l) => Some(model::GeoLevel::parse(l).ok_or_else(|| {
            AppError::bad(format!(
                "level: unknown level '{l}' (country, nuts2, city, greater_city, neighbourhood, …)"
            ))
        })?),
        None => None,
    };
    answer(&state, q, Sharing::of(&who), move |state, q| {
        let f = &q.filters;
        let rows = state.db.read(|s| {
            Ok(match &f.parent {
                Some(parent) => s.children(parent)?,
                None => s.geographies(level, f.country.as_deref())?,
            })
        })?;
        Reply::page(&rows, q)
    })
    .await
}

/// One place.
#[utoipa::path(get, path = "/api/v1/geographies/{code}", params(CodePath), responses(
    (status = 200, description = "The place", body = Geography),
    (status = 404, description = "No such place", body = ErrorBody),
))]
async fn geography(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(CodePath { code }): ApiPath<CodePath>,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), move |state, _| {
        Reply::json(&super::city::geography(state, &code)?)
    })
    .await
}

/// The indicator catalogue, the context features, and the datasets with their coverage.
#[utoipa::path(get, path = "/api/v1/indicators", params(FormatParam), responses(
    (status = 200, description = "The catalogue; as CSV, one row per dataset", content(
        (Indicators = "application/json"), (String = "text/csv"))),
))]
async fn indicators(
    State(state): State<AppState>,
    who: Principal,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), |state, _| {
        let (indicators, sources) = super::catalogue::load(state);
        let (datasets, variables) = state.db.read(|s| Ok((s.datasets()?, s.variables(None)?)))?;
        let answer = Indicators {
            indicators,
            sources,
            features: peers::catalogue(),
            datasets,
            variables,
        };
        Reply::json(&answer)?.with_table(&answer.datasets)
    })
    .await
}

/// Where an observation is in the workflow.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ObservationStatus {
    Published,
    Draft,
    Submitted,
    Returned,
}

impl From<store::submissions::Status> for ObservationStatus {
    fn from(s: store::submissions::Status) -> ObservationStatus {
        use store::submissions::Status;
        match s {
            Status::Draft => ObservationStatus::Draft,
            Status::Submitted => ObservationStatus::Submitted,
            Status::Published => ObservationStatus::Published,
            Status::Returned => ObservationStatus::Returned,
        }
    }
}

/// One observation as the API gives it (flat, so that it reads well as CSV too).
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Observation)]
pub struct ObservationOut {
    pub dataset: String,
    pub variable: String,
    pub geo: String,
    pub geo_name: String,
    /// Population group key (`citizen=NEU27_2020_FOR;sex=F`), empty for everybody.
    pub group: String,
    pub group_label: String,
    pub breakdown: String,
    pub period: String,
    /// Null when suppressed (flag c).
    pub value: Option<f64>,
    pub unit: String,
    pub flags: String,
    pub flag_meanings: String,
    pub source: String,
    /// `published`, or the submission's status for unpublished values.
    pub status: ObservationStatus,
    /// The uncertainty of a survey estimate (computed from microdata and published): its
    /// standard error, 95% confidence interval, coefficient of variation (%), unweighted n
    /// and variance method. Null for figures that are not survey estimates, and n is null
    /// for a cell whose size would disclose.
    pub std_error: Option<f64>,
    pub ci_lower: Option<f64>,
    pub ci_upper: Option<f64>,
    pub cv: Option<f64>,
    pub n: Option<u64>,
    pub method: Option<String>,
    /// For a survey estimate: `shown`, or why the cell is withheld (`primary` or
    /// `secondary` confidentiality, `unreliable`, `empty`), with no value.
    pub disclosure: Option<String>,
}

fn out(
    o: &model::Observation,
    geo_name: &str,
    source: &str,
    status: ObservationStatus,
) -> ObservationOut {
    let suppressed = crate::layout::is_suppressed(o.flags);
    ObservationOut {
        dataset: o.dataset.clone(),
        variable: o.variable.clone(),
        geo: o.geo.to_string(),
        geo_name: geo_name.to_string(),
        group: o.group.key(),
        group_label: super::city::group_label(&o.group),
        breakdown: o.breakdown_key(),
        period: o.period.to_string(),
        value: (!suppressed).then_some(o.value),
        unit: o.unit.clone().unwrap_or_default(),
        flags: o.flags.to_string(),
        flag_meanings: o
            .flags
            .iter()
            .map(|f| f.meaning())
            .collect::<Vec<_>>()
            .join("; "),
        source: source.to_string(),
        status,
        std_error: None,
        ci_lower: None,
        ci_upper: None,
        cv: None,
        n: None,
        method: None,
        disclosure: None,
    }
}

/// Adds the published survey estimates' uncertainty to their values, and lists their
/// withheld cells (no value, the reason's kind only) where the filter asks for them.
fn with_uncertainty(
    s: &store::Store,
    filter: &SeriesFilter,
    group: Option<&String>,
    rows: &mut Vec<ObservationOut>,
) -> Result<(), AppError> {
    let mut datasets: Vec<String> = rows
        .iter()
        .map(|r| r.dataset.clone())
        .chain(filter.dataset.clone())
        .filter(|d| d.starts_with("computed:"))
        .collect();
    datasets.sort();
    datasets.dedup();
    for d in datasets {
        for e in s
            .estimates(&d)?
            .into_iter()
            .filter(|e| e.status == "published")
        {
            let same = |r: &ObservationOut| {
                r.dataset == e.dataset
                    && r.variable == e.variable
                    && r.geo == e.geo
                    && r.group == e.grp
                    && r.period == e.period
            };
            let disclosure = if e.suppression == "published" {
                "shown"
            } else {
                e.suppression.as_str()
            };
            match rows.iter_mut().find(|r| same(r)) {
                Some(r) => {
                    r.std_error = e.std_error;
                    r.ci_lower = e.ci_lower;
                    r.ci_upper = e.ci_upper;
                    r.cv = e.cv;
                    r.n = e.n;
                    r.method = Some(e.method.clone());
                    r.disclosure = Some(disclosure.to_string());
                }
                None if e.value.is_none()
                    && filter.geo.as_ref().is_none_or(|g| *g == e.geo)
                    && filter.variable.as_ref().is_none_or(|v| *v == e.variable)
                    && filter.period.as_ref().is_none_or(|p| *p == e.period)
                    && group.is_none_or(|g| *g == e.grp) =>
                {
                    rows.push(withheld(&e, disclosure));
                }
                None => {}
            }
        }
    }
    Ok(())
}

/// A withheld cell of a published estimate: where and what, never its value or n.
fn withheld(e: &store::estimates::StoredEstimate, disclosure: &str) -> ObservationOut {
    let group = model::PopulationGroup::parse_key(&e.grp).unwrap_or_default();
    ObservationOut {
        dataset: e.dataset.clone(),
        variable: e.variable.clone(),
        geo: e.geo.clone(),
        geo_name: e.geo.clone(),
        group: e.grp.clone(),
        group_label: super::city::group_label(&group),
        breakdown: String::new(),
        period: e.period.clone(),
        value: None,
        unit: String::new(),
        flags: "c".into(),
        flag_meanings: model::Flag::Confidential.meaning().to_string(),
        source: e.method.clone(),
        status: ObservationStatus::Published,
        std_error: None,
        ci_lower: None,
        ci_upper: None,
        cv: None,
        n: None,
        method: Some(e.method.clone()),
        disclosure: Some(disclosure.to_string()),
    }
}

/// Filters of observations.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ObservationFilter {
    /// Place code.
    #[param(example = "SK002C")]
    geo: Option<String>,
    /// Dataset id (urb_cpopcb, lfsa_ergan, …).
    #[param(example = "urb_cpopcb")]
    dataset: Option<String>,
    /// Variable code.
    variable: Option<String>,
    /// Population group key (citizen=NEU27_2020_FOR;sex=F), empty for everybody.
    group: Option<String>,
    /// Period (2022, 2022-S1).
    period: Option<String>,
    /// Only the latest period of each series.
    latest: Option<Switch>,
    /// Include unpublished values (needs a role for the city).
    drafts: Option<Switch>,
}

/// Published values (and, with drafts=true, a city's unpublished ones for those allowed).
/// Give geo and/or dataset.
#[utoipa::path(get, path = "/api/v1/observations", params(ObservationFilter, ListParams), responses(
    (status = 200, description = "A page of values", content(
        (Page<ObservationOut> = "application/json"), (String = "text/csv"))),
    (status = 400, description = "A parameter is invalid, or neither geo nor dataset given", body = ErrorBody),
    (status = 401, description = "drafts=true without credentials", body = ErrorBody),
    (status = 403, description = "drafts=true without a role for the city", body = ErrorBody),
))]
async fn observations(
    State(state): State<AppState>,
    who: Principal,
    q: ApiQuery<ObservationFilter>,
) -> ApiResult {
    let f = &q.filters;
    if f.geo.is_none() && f.dataset.is_none() {
        return Err(AppError::bad("give geo and/or dataset: the whole store is too large for one answer (use `observatory export`)").into());
    }
    if let Some(period) = &f.period {
        model::Period::parse(period).map_err(|e| AppError::bad(format!("period: {e}")))?;
    }
    let drafts = Switch::on(f.drafts);
    let city_of_geo = f
        .geo
        .as_ref()
        .map(|g| g.split(':').next().unwrap_or(g).to_string());
    if drafts {
        let city = city_of_geo
            .clone()
            .ok_or_else(|| AppError::bad("drafts=true needs geo"))?;
        authorize(&who, Action::ReadDrafts, Some(&city))?;
    }
    let sharing = if drafts {
        Sharing::Private
    } else {
        Sharing::of(&who)
    };
    answer(&state, q, sharing, move |state, q| {
        let f = &q.filters;
        let filter = SeriesFilter {
            geo: f.geo.clone(),
            dataset: f.dataset.clone(),
            variable: f.variable.clone(),
            period: f.period.clone(),
            latest_only: Switch::on(f.latest),
        };
        let group = f.group.as_ref();
        let mut rows = Vec::new();
        state.db.read(|s| {
            s.for_each_observation(&filter, |r| {
                if group.is_none_or(|g| *g == r.observation.group.key()) {
                    rows.push(out(
                        &r.observation,
                        &r.geo_name,
                        &r.source,
                        ObservationStatus::Published,
                    ));
                }
                Ok(())
            })?;
            if drafts && let Some(city) = &city_of_geo {
                for v in s.unpublished_values(city)? {
                    let o = &v.observation;
                    if filter.geo.as_ref().is_some_and(|g| g != o.geo.as_str())
                        || filter.dataset.as_ref().is_some_and(|d| *d != o.dataset)
                        || filter.variable.as_ref().is_some_and(|d| *d != o.variable)
                        || group.is_some_and(|g| *g != o.group.key())
                    {
                        continue;
                    }
                    rows.push(out(
                        o,
                        city,
                        &format!("submission {}", v.submission),
                        v.status.into(),
                    ));
                }
            }
            with_uncertainty(s, &filter, group, &mut rows)
        })?;
        Reply::page(&rows, q)
    })
    .await
}

/// Every import the caller may see with its provenance (file, SHA-256, source, licence,
/// counts): the public sees those of published values only.
#[utoipa::path(get, path = "/api/v1/imports", params(ListParams), responses(
    (status = 200, description = "A page of imports", content(
        (Page<ImportOut> = "application/json"), (String = "text/csv"))),
    (status = 400, description = "A parameter is invalid", body = ErrorBody),
))]
async fn imports(
    State(state): State<AppState>,
    who: Principal,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), move |state, q| {
        let rows: Vec<ImportOut> = super::data::visible_imports(state, &who)?
            .into_iter()
            .map(ImportOut::from)
            .collect();
        Reply::page(&rows, q)
    })
    .await
}

/// Filters of submissions.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SubmissionFilter {
    /// City code.
    city: Option<String>,
    /// Status.
    #[param(value_type = Option<Status>)]
    status: Option<String>,
}

/// Submissions the caller may see.
#[utoipa::path(get, path = "/api/v1/submissions", params(SubmissionFilter, ListParams),
    security(("bearer" = [])), responses(
    (status = 200, description = "A page of submissions", content(
        (Page<Submission> = "application/json"), (String = "text/csv"))),
    (status = 400, description = "A parameter is invalid", body = ErrorBody),
    (status = 401, description = "No credentials", body = ErrorBody),
))]
async fn submissions(
    State(state): State<AppState>,
    who: Principal,
    q: ApiQuery<SubmissionFilter>,
) -> ApiResult {
    if who.is_public() {
        return Err(AppError::new(
            ErrorCode::Unauthenticated,
            "submissions are visible to their city's editors and approvers: send an API token",
        )
        .into());
    }
    answer(&state, q, Sharing::Private, move |state, q| {
        let mut rows = visible_submissions(state, &who)?;
        if let Some(c) = &q.filters.city {
            rows.retain(|s| &s.city == c);
        }
        if let Some(st) = &q.filters.status {
            rows.retain(|s| s.status.as_str() == st);
        }
        Reply::page(&rows, q)
    })
    .await
}

/// Parameters of an upload.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UploadParams {
    /// City code.
    #[param(required = true)]
    city: Option<String>,
    /// The file's format (detected when not given).
    format: Option<String>,
    /// The file's name (its extension helps detection).
    file_name: Option<String>,
    /// Who produced the figures.
    source: Option<String>,
    /// Licence.
    licence: Option<String>,
    /// The text's encoding when it is not UTF-8: windows-1250, windows-1252, iso-8859-2.
    encoding: Option<String>,
}

/// API writes take an API token: a browser session's cookie would be an ambient credential
/// that another site could send.
fn api_write_guard(who: &Principal) -> Result<(), AppError> {
    if who.csrf().is_some() {
        return Err(AppError::new(
            ErrorCode::CsrfMismatch,
            "API writes take an API token (Authorization: Bearer obs_…), not a browser session",
        ));
    }
    Ok(())
}

/// Upload a city's file as a draft submission (the body is the file).
#[utoipa::path(post, path = "/api/v1/submissions", params(UploadParams),
    request_body(description = "The file", content(
        (Vec<u8> = "application/octet-stream"), (String = "text/csv"))),
    security(("bearer" = [])), responses(
    (status = 201, description = "The draft submission", body = Submission),
    (status = 400, description = "A parameter is invalid", body = ErrorBody),
    (status = 401, description = "No credentials", body = ErrorBody),
    (status = 403, description = "No editor role for the city", body = ErrorBody),
    (status = 404, description = "No such city", body = ErrorBody),
    (status = 413, description = "The file is too large", body = ErrorBody),
    (status = 422, description = "The file could not be read", body = ErrorBody),
))]
/// Who may upload is checked before the body is read, and the body is read with the
/// server's limit (413 as soon as it passes it): see [`super::upload`].
async fn create(
    State(state): State<AppState>,
    who: Principal,
    Params(p): Params<UploadParams>,
    req: axum::extract::Request,
) -> Result<Reply, ApiError> {
    let city = p.city.unwrap_or_default();
    authorize(&who, Action::Upload, Some(&city))?;
    api_write_guard(&who)?;
    super::upload::refuse_declared_length(req.headers(), super::MAX_UPLOAD)?;
    let body = read_body(req, &state).await?;
    let up = Upload {
        city,
        file_name: p.file_name.unwrap_or_else(|| "upload.csv".into()),
        bytes: body.to_vec(),
        format: p.format,
        source: p.source.unwrap_or_default(),
        licence: p.licence.unwrap_or_default(),
        encoding: p.encoding,
    };
    // Parsing the file and writing its values block: on the blocking pool.
    let sub = blocking::run(move || {
        let id = create_submission(&state, &who, up)?;
        state.db.read(|s| Ok(s.submission(id)?))
    })
    .await?;
    Ok(Reply::json(&sub)?.with_status(StatusCode::CREATED))
}

/// An upload's body, read only now (after the checks). Reading stops at the router's
/// `DefaultBodyLimit` (the form's limit, a little above [`super::MAX_UPLOAD`]); a body
/// between the two is refused after it.
async fn read_body(req: axum::extract::Request, state: &AppState) -> Result<Bytes, AppError> {
    use axum::extract::FromRequest;
    let body = Bytes::from_request(req, state).await.map_err(|r| {
        if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
            super::upload::too_large()
        } else {
            AppError::bad(format!("the upload could not be read: {}", r.body_text()))
        }
    })?;
    if body.len() > super::MAX_UPLOAD {
        return Err(super::upload::too_large());
    }
    Ok(body)
}

/// A submission with its values and history.
#[utoipa::path(get, path = "/api/v1/submissions/{id}", params(IdPath),
    security(("bearer" = [])), responses(
    (status = 200, description = "The submission", body = SubmissionAnswer),
    (status = 400, description = "The id is not a submission number", body = ErrorBody),
    (status = 401, description = "No credentials", body = ErrorBody),
    (status = 404, description = "No such submission visible to the caller", body = ErrorBody),
))]
async fn submission(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(IdPath { id }): ApiPath<IdPath>,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    let id = parse_id(&id, "a submission number")?;
    answer(&state, q, Sharing::Private, move |state, _| {
        let sub = state
            .db
            .read(|s| Ok(s.submission(id)?))?
            .filter(|s| allowed(&who, Action::ReadDrafts, Some(&s.city)));
        let Some(sub) = sub else {
            return Err(if who.is_public() {
                AppError::new(
                    ErrorCode::Unauthenticated,
                    "send an API token to see submissions",
                )
            } else {
                AppError::not_found(format!("no submission {id}"))
            });
        };
        let (values, history) = state
            .db
            .read(|s| Ok((s.draft_values(id)?, s.submission_events(id)?)))?;
        let values = values
            .iter()
            .map(|v| out(&v.observation, "", &sub.source, v.status.into()))
            .collect();
        Reply::json(&SubmissionAnswer {
            submission: sub,
            values,
            history,
        })
    })
    .await
}

/// A submission id from the path, with the API's error format when it is not a number.
/// A positive id of a path; `what` names it in the message ("a submission number").
fn parse_id(text: &str, what: &str) -> Result<i64, AppError> {
    text.parse::<i64>()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or_else(|| AppError::bad(format!("id: expected {what}, found '{text}'")))
}

/// The optional `{"comment": "…"}` of a step; an empty body is no comment.
fn comment_of(body: &Bytes) -> Result<String, AppError> {
    if body.is_empty() {
        return Ok(String::new());
    }
    let b: StepBody = serde_json::from_slice(body)
        .map_err(|e| AppError::bad(format!("body: expected JSON {{\"comment\": \"…\"}}: {e}")))?;
    Ok(b.comment.unwrap_or_default())
}

/// One workflow step through the API: the id checked, then the caller's kind of credential
/// (before anything changes), then the step itself.
async fn step(state: AppState, who: Principal, id: &str, step: Step, body: Bytes) -> ApiResult {
    let id = parse_id(id, "a submission number")?;
    api_write_guard(&who)?;
    let comment = comment_of(&body)?;
    let sub = blocking::run(move || act(&state, &who, id, step, &comment)).await?;
    Ok(Reply::json(&sub)?.into_response())
}

/// Submit a draft (or returned) submission for approval (city editor).
#[utoipa::path(post, path = "/api/v1/submissions/{id}/submit", params(IdPath),
    request_body(content = Option<StepBody>, content_type = "application/json"),
    security(("bearer" = [])), responses(
    (status = 200, description = "The submission, submitted", body = Submission),
    (status = 400, description = "The id or the body is invalid", body = ErrorBody),
    (status = 401, description = "No credentials", body = ErrorBody),
    (status = 403, description = "No editor role for the city, or a browser session", body = ErrorBody),
    (status = 404, description = "No such submission visible to the caller", body = ErrorBody),
    (status = 409, description = "The submission's status does not allow this step", body = ErrorBody),
))]
async fn submit(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(IdPath { id }): ApiPath<IdPath>,
    body: Bytes,
) -> ApiResult {
    step(state, who, &id, Step::Submit, body).await
}

/// Publish a submitted submission (city approver).
#[utoipa::path(post, path = "/api/v1/submissions/{id}/publish", params(IdPath),
    request_body(content = Option<StepBody>, content_type = "application/json"),
    security(("bearer" = [])), responses(
    (status = 200, description = "The submission, published", body = Submission),
    (status = 400, description = "The id or the body is invalid", body = ErrorBody),
    (status = 401, description = "No credentials", body = ErrorBody),
    (status = 403, description = "No approver role for the city, or a browser session", body = ErrorBody),
    (status = 404, description = "No such submission visible to the caller", body = ErrorBody),
    (status = 409, description = "The submission's status does not allow this step", body = ErrorBody),
))]
async fn publish(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(IdPath { id }): ApiPath<IdPath>,
    body: Bytes,
) -> ApiResult {
    step(state, who, &id, Step::Publish, body).await
}

/// Send a submission back with a comment (city approver).
#[utoipa::path(post, path = "/api/v1/submissions/{id}/return", params(IdPath),
    request_body(content = Option<StepBody>, content_type = "application/json"),
    security(("bearer" = [])), responses(
    (status = 200, description = "The submission, returned", body = Submission),
    (status = 400, description = "The id or the body is invalid", body = ErrorBody),
    (status = 401, description = "No credentials", body = ErrorBody),
    (status = 403, description = "No approver role for the city, or a browser session", body = ErrorBody),
    (status = 404, description = "No such submission visible to the caller", body = ErrorBody),
    (status = 409, description = "The submission's status does not allow this step", body = ErrorBody),
))]
async fn send_back(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(IdPath { id }): ApiPath<IdPath>,
    body: Bytes,
) -> ApiResult {
    step(state, who, &id, Step::Return, body).await
}

/// Create a user with one role (administrator).
#[utoipa::path(post, path = "/api/v1/users",
    request_body(content = NewUser, content_type = "application/json"),
    security(("bearer" = [])), responses(
    (status = 201, description = "The user", body = CreatedUser),
    (status = 400, description = "The body is invalid", body = ErrorBody),
    (status = 401, description = "No credentials", body = ErrorBody),
    (status = 403, description = "Not an administrator, or a browser session", body = ErrorBody),
    (status = 409, description = "The e-mail address has an account already", body = ErrorBody),
))]
async fn create_user(
    State(state): State<AppState>,
    who: Principal,
    body: Bytes,
) -> Result<Reply, ApiError> {
    authorize(&who, Action::ManageUsers, None)?;
    api_write_guard(&who)?;
    let u: NewUser = serde_json::from_slice(&body).map_err(|e| {
        AppError::bad(format!(
            "body: expected JSON with email, name, password, role, city: {e}"
        ))
    })?;
    // Argon2 hashing takes tens of milliseconds by design: on the blocking pool.
    let id = blocking::run(move || {
        super::admin::add_user(
            &state,
            &who,
            &u.email,
            &u.name,
            &u.password,
            u.role.as_str(),
            &u.city,
        )
        .map(|id| (id, u.email))
    })
    .await?;
    Ok(Reply::json(&CreatedUser {
        id: id.0,
        email: id.1,
    })?
    .with_status(StatusCode::CREATED))
}
