//! The JSON API under `/api/v1`. Every route is listed once in [`routes_table`], which
//! builds the router and is checked against the OpenAPI document by the tests, so the two
//! cannot drift apart.
//!
//! Lists are paginated (`page`, `per_page` ≤ 1000, with `total` and `next`); tables also
//! come as CSV with `format=csv`. Published data is served with an ETag (the store's
//! generation) and answered with 304 when unchanged. Errors are
//! `{"error": {"code", "type", "message", "link"}}` with the stable codes of
//! [`crate::ErrorCode`].

use super::data::{Upload, act, create_submission, visible_submissions};
use crate::auth::{Action, Principal, allowed, authorize};
use crate::cache::cached;
use crate::{AppError, AppState, ErrorCode};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post};
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::HashMap;
use store::SeriesFilter;

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
type Params = Query<HashMap<String, String>>;

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
        ("get", "/api/v1/compare", get(compare)),
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

/// Page and size of a list.
fn paging(p: &HashMap<String, String>) -> Result<(usize, usize), AppError> {
    let num = |k: &str, d: usize| -> Result<usize, AppError> {
        match p.get(k) {
            None => Ok(d),
            Some(v) => v.parse::<usize>().ok().filter(|n| *n >= 1).ok_or_else(|| {
                AppError::bad(format!("{k}: expected a whole number from 1, found '{v}'"))
            }),
        }
    };
    let page = num("page", 1)?;
    let per_page = num("per_page", 100)?;
    if per_page > 1000 {
        return Err(AppError::bad("per_page: at most 1000"));
    }
    Ok((page, per_page))
}

/// A page of `rows` as JSON (`{data, page, per_page, total, next}`) or CSV.
fn paginated<T: Serialize>(
    rows: Vec<T>,
    params: &HashMap<String, String>,
    path: &str,
    headers: &HeaderMap,
) -> Result<Vec<u8>, AppError> {
    let (page, per_page) = paging(params)?;
    let total = rows.len();
    let start = (page - 1).saturating_mul(per_page).min(total);
    let end = (start + per_page).min(total);
    let data: Vec<Value> = rows[start..end]
        .iter()
        .map(|r| serde_json::to_value(r).unwrap_or(Value::Null))
        .collect();
    if super::wants(headers, params.get("format").map(String::as_str)) == "csv" {
        return to_csv(&data);
    }
    let next = (end < total).then(|| {
        let mut q: Vec<(String, String)> = params
            .iter()
            .filter(|(k, _)| k.as_str() != "page")
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        q.sort();
        q.push(("page".into(), (page + 1).to_string()));
        format!(
            "{path}?{}",
            q.iter()
                .map(|(k, v)| format!("{k}={}", super::account::urlencode(v)))
                .collect::<Vec<_>>()
                .join("&")
        )
    });
    Ok(serde_json::to_vec(&json!({
        "data": data, "page": page, "per_page": per_page, "total": total, "next": next,
    }))
    .unwrap_or_default())
}

/// Rows of JSON objects as CSV: one column per top-level key, nested values as JSON text.
pub fn to_csv(rows: &[Value]) -> Result<Vec<u8>, AppError> {
    let mut cols: Vec<String> = Vec::new();
    for r in rows {
        if let Value::Object(m) = r {
            for k in m.keys() {
                if !cols.contains(k) {
                    cols.push(k.clone());
                }
            }
        }
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&cols).map_err(AppError::internal)?;
    for r in rows {
        let rec: Vec<String> = cols
            .iter()
            .map(|c| match r.get(c) {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
            })
            .collect();
        w.write_record(&rec).map_err(AppError::internal)?;
    }
    w.into_inner().map_err(AppError::internal)
}

fn content_type(headers: &HeaderMap, params: &HashMap<String, String>) -> &'static str {
    if super::wants(headers, params.get("format").map(String::as_str)) == "csv" {
        "text/csv; charset=utf-8"
    } else {
        "application/json"
    }
}

fn cache_key(path: &str, params: &HashMap<String, String>) -> String {
    let mut q: Vec<_> = params.iter().collect();
    q.sort();
    format!("{path}?{q:?}")
}

fn json_response<T: Serialize>(status: StatusCode, v: &T) -> Response {
    (status, axum::Json(v)).into_response()
}

async fn cities(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Query(p): Params,
) -> ApiResult {
    let key = cache_key("/api/v1/cities", &p);
    Ok(cached(
        &state,
        &key,
        who.is_public(),
        &headers,
        content_type(&headers, &p),
        || {
            let mut all = super::home::cities(&state)?;
            if let Some(c) = p.get("country") {
                all.retain(|g| {
                    g.country
                        .as_ref()
                        .is_some_and(|x| x.as_str().eq_ignore_ascii_case(c))
                });
            }
            if let Some(q) = p.get("q").filter(|q| !q.trim().is_empty()) {
                all = match super::home::search(&all, q) {
                    super::home::Search::Found(g) => vec![g],
                    super::home::Search::Several(v) | super::home::Search::Suggestions(v) => v,
                };
            }
            paginated(all, &p, "/api/v1/cities", &headers)
        },
    )?)
}

async fn city(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Path(code): Path<String>,
) -> ApiResult {
    let geo = super::city::geography(&state, &code)?;
    Ok(cached(
        &state,
        &format!("/api/v1/cities/{code}"),
        who.is_public(),
        &headers,
        "application/json",
        || {
            let cities = state.peers.get(&state)?;
            let profile = cities.profile(geo.code.as_str()).ok();
            Ok(
                serde_json::to_vec(&json!({ "geography": geo, "profile": profile }))
                    .unwrap_or_default(),
            )
        },
    )?)
}

async fn city_peers(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Path(code): Path<String>,
    Query(p): Params,
) -> ApiResult {
    let geo = super::city::geography(&state, &code)?;
    let k = match p.get("k") {
        Some(v) => v
            .parse::<usize>()
            .ok()
            .filter(|k| (1..=50).contains(k))
            .ok_or_else(|| AppError::bad("k: a whole number from 1 to 50"))?,
        None => 10,
    };
    let key = cache_key(&format!("/api/v1/cities/{code}/peers"), &p);
    Ok(cached(
        &state,
        &key,
        who.is_public(),
        &headers,
        content_type(&headers, &p),
        || {
            let cities = state.peers.get(&state)?;
            let set = cities
                .peers(
                    geo.code.as_str(),
                    &peers::PeerQuery {
                        k,
                        ..Default::default()
                    },
                )
                .map_err(|e| AppError::new(ErrorCode::NotFound, e.to_string()))?;
            if super::wants(&headers, p.get("format").map(String::as_str)) == "csv" {
                let rows: Vec<Value> = set
                    .peers
                    .iter()
                    .map(|x| serde_json::to_value(x).unwrap_or_default())
                    .collect();
                return to_csv(&rows);
            }
            Ok(serde_json::to_vec(&set).unwrap_or_default())
        },
    )?)
}

async fn city_benchmark(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Path(code): Path<String>,
    Query(p): Params,
) -> ApiResult {
    let geo = super::city::geography(&state, &code)?;
    let text = p
        .get("indicator")
        .cloned()
        .unwrap_or_else(|| "foreign_born_share".into());
    let indicator =
        peers::Indicator::parse(&text).map_err(|e| AppError::bad(format!("indicator: {e}")))?;
    let key = cache_key(&format!("/api/v1/cities/{code}/benchmark"), &p);
    Ok(cached(
        &state,
        &key,
        who.is_public(),
        &headers,
        content_type(&headers, &p),
        || {
            let cities = state.peers.get(&state)?;
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
            if super::wants(&headers, p.get("format").map(String::as_str)) == "csv" {
                let mut rows = vec![serde_json::to_value(&b.city).unwrap_or_default()];
                rows.extend(
                    b.peers
                        .iter()
                        .map(|x| serde_json::to_value(x).unwrap_or_default()),
                );
                for r in &mut rows {
                    if let Value::Object(m) = r {
                        m.remove("sources");
                    }
                }
                return to_csv(&rows);
            }
            Ok(serde_json::to_vec(&b).unwrap_or_default())
        },
    )?)
}

async fn city_segregation(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Path(code): Path<String>,
    Query(p): Params,
) -> ApiResult {
    let key = cache_key(&format!("/api/v1/cities/{code}/segregation"), &p);
    Ok(cached(
        &state,
        &key,
        who.is_public(),
        &headers,
        content_type(&headers, &p),
        || {
            let n = super::neighbourhoods::load(&state, &code)?;
            if super::wants(&headers, p.get("format").map(String::as_str)) == "csv" {
                let rows: Vec<Value> = n
                    .areas
                    .iter()
                    .map(|a| serde_json::to_value(a).unwrap_or_default())
                    .collect();
                return to_csv(&rows);
            }
            let indices: Vec<Value> = n
                .indices
                .iter()
                .map(|(k, d, v)| json!({"index": k, "meaning": d, "value": v}))
                .collect();
            Ok(serde_json::to_vec(&json!({
                "city": n.city, "name": n.city_name, "areas_scheme": n.scheme, "period": n.period,
                "dataset": n.dataset, "source": n.source, "city_share": n.city_share,
                "indices": indices, "areas": n.areas,
            }))
            .unwrap_or_default())
        },
    )?)
}

async fn compare(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Query(p): Params,
) -> ApiResult {
    let raw = p
        .get("cities")
        .map(|c| format!("cities={}", super::account::urlencode(c)));
    let chosen = super::compare::parse_cities(&state, raw.as_deref())?;
    if chosen.len() < 2 {
        return Err(AppError::bad("cities: give 2 to 6 cities, separated by commas").into());
    }
    let key = cache_key("/api/v1/compare", &p);
    Ok(cached(
        &state,
        &key,
        who.is_public(),
        &headers,
        content_type(&headers, &p),
        || {
            let cities = state.peers.get(&state)?;
            let rows: Vec<Value> = peers::Feature::ALL
                .iter()
                .map(|f| {
                    let mut m = serde_json::Map::new();
                    m.insert("feature".into(), json!(f.name()));
                    m.insert("unit".into(), json!(f.info().unit));
                    for g in &chosen {
                        let v = cities
                            .profile(g.code.as_str())
                            .ok()
                            .and_then(|p| p.value(*f));
                        m.insert(g.code.to_string(), json!(v));
                    }
                    Value::Object(m)
                })
                .collect();
            if super::wants(&headers, p.get("format").map(String::as_str)) == "csv" {
                return to_csv(&rows);
            }
            Ok(
                serde_json::to_vec(&json!({"cities": chosen, "features": rows}))
                    .unwrap_or_default(),
            )
        },
    )?)
}

async fn geographies(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Query(p): Params,
) -> ApiResult {
    let level = match p.get("level") {
        Some(l) => Some(model::GeoLevel::parse(l).ok_or_else(|| {
            AppError::bad(format!(
                "level: unknown level '{l}' (country, nuts2, city, greater_city, neighbourhood, …)"
            ))
        })?),
        None => None,
    };
    let key = cache_key("/api/v1/geographies", &p);
    Ok(cached(
        &state,
        &key,
        who.is_public(),
        &headers,
        content_type(&headers, &p),
        || {
            let rows = state.db.read(|s| {
                Ok(match p.get("parent") {
                    Some(parent) => s.children(parent)?,
                    None => s.geographies(level, p.get("country").map(String::as_str))?,
                })
            })?;
            paginated(rows, &p, "/api/v1/geographies", &headers)
        },
    )?)
}

async fn geography(State(state): State<AppState>, Path(code): Path<String>) -> ApiResult {
    let geo = super::city::geography(&state, &code)?;
    Ok(json_response(StatusCode::OK, &geo))
}

async fn indicators(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Query(p): Params,
) -> ApiResult {
    let key = cache_key("/api/v1/indicators", &p);
    Ok(cached(
        &state,
        &key,
        who.is_public(),
        &headers,
        content_type(&headers, &p),
        || {
            let (defs, sources) = super::catalogue::load(&state);
            let (datasets, variables) =
                state.db.read(|s| Ok((s.datasets()?, s.variables(None)?)))?;
            if super::wants(&headers, p.get("format").map(String::as_str)) == "csv" {
                let rows: Vec<Value> = datasets
                    .iter()
                    .map(|d| serde_json::to_value(d).unwrap_or_default())
                    .collect();
                return to_csv(&rows);
            }
            Ok(serde_json::to_vec(&json!({
                "indicators": defs, "sources": sources, "features": peers::catalogue(),
                "datasets": datasets, "variables": variables,
            }))
            .unwrap_or_default())
        },
    )?)
}

/// One observation as the API gives it (flat, so that it reads well as CSV too).
#[derive(Debug, Serialize)]
pub struct ObservationOut {
    pub dataset: String,
    pub variable: String,
    pub geo: String,
    pub geo_name: String,
    pub group: String,
    pub group_label: String,
    pub breakdown: String,
    pub period: String,
    pub value: Option<f64>,
    pub unit: String,
    pub flags: String,
    pub flag_meanings: String,
    pub source: String,
    /// `published`, or the submission's status for unpublished values.
    pub status: String,
}

fn out(o: &model::Observation, geo_name: &str, source: &str, status: &str) -> ObservationOut {
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
        status: status.to_string(),
    }
}

async fn observations(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Query(p): Params,
) -> ApiResult {
    let latest = match p.get("latest").map(String::as_str) {
        None | Some("false") | Some("0") => false,
        Some("true") | Some("1") => true,
        Some(v) => return Err(AppError::bad(format!("latest: true or false, found '{v}'")).into()),
    };
    if !p.contains_key("geo") && !p.contains_key("dataset") {
        return Err(AppError::bad("give geo and/or dataset: the whole store is too large for one answer (use `observatory export`)").into());
    }
    if let Some(period) = p.get("period") {
        model::Period::parse(period).map_err(|e| AppError::bad(format!("period: {e}")))?;
    }
    let drafts = matches!(
        p.get("drafts").map(String::as_str),
        Some("true") | Some("1")
    );
    let city_of_geo = p
        .get("geo")
        .map(|g| g.split(':').next().unwrap_or(g).to_string());
    if drafts {
        let city = city_of_geo
            .clone()
            .ok_or_else(|| AppError::bad("drafts=true needs geo"))?;
        authorize(&who, Action::ReadDrafts, Some(&city))?;
    }
    let key = cache_key("/api/v1/observations", &p);
    Ok(cached(
        &state,
        &key,
        who.is_public() && !drafts,
        &headers,
        content_type(&headers, &p),
        || {
            let filter = SeriesFilter {
                geo: p.get("geo").cloned(),
                dataset: p.get("dataset").cloned(),
                variable: p.get("variable").cloned(),
                period: p.get("period").cloned(),
                latest_only: latest,
            };
            let group = p.get("group").cloned();
            let mut rows = Vec::new();
            state.db.read(|s| {
                s.for_each_observation(&filter, |r| {
                    if group
                        .as_ref()
                        .is_none_or(|g| *g == r.observation.group.key())
                    {
                        rows.push(out(&r.observation, &r.geo_name, &r.source, "published"));
                    }
                    Ok(())
                })?;
                if drafts && let Some(city) = &city_of_geo {
                    {
                        for v in s.unpublished_values(city)? {
                            let o = &v.observation;
                            if filter.geo.as_ref().is_some_and(|g| g != o.geo.as_str())
                                || filter.dataset.as_ref().is_some_and(|d| *d != o.dataset)
                                || filter.variable.as_ref().is_some_and(|d| *d != o.variable)
                                || group.as_ref().is_some_and(|g| *g != o.group.key())
                            {
                                continue;
                            }
                            rows.push(out(
                                o,
                                city,
                                &format!("submission {}", v.submission),
                                v.status.as_str(),
                            ));
                        }
                    }
                }
                Ok(())
            })?;
            paginated(rows, &p, "/api/v1/observations", &headers)
        },
    )?)
}

async fn imports(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Query(p): Params,
) -> ApiResult {
    let key = cache_key("/api/v1/imports", &p);
    Ok(cached(
        &state,
        &key,
        who.is_public(),
        &headers,
        content_type(&headers, &p),
        || {
            let rows = state.db.read(|s| Ok(s.imports()?))?;
            let rows: Vec<Value> = rows
                .into_iter()
                .map(|i| {
                    let mut v = serde_json::to_value(&i).unwrap_or_default();
                    if let Value::Object(m) = &mut v {
                        // The reader's report is large and for humans: the page shows it.
                        m.remove("report");
                    }
                    v
                })
                .collect();
            paginated(rows, &p, "/api/v1/imports", &headers)
        },
    )?)
}

async fn submissions(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Query(p): Params,
) -> ApiResult {
    if who.is_public() {
        return Err(AppError::new(
            ErrorCode::Unauthenticated,
            "submissions are visible to their city's editors and approvers: send an API token",
        )
        .into());
    }
    let mut rows = visible_submissions(&state, &who)?;
    if let Some(c) = p.get("city") {
        rows.retain(|s| &s.city == c);
    }
    if let Some(st) = p.get("status") {
        rows.retain(|s| s.status.as_str() == st);
    }
    let body = paginated(rows, &p, "/api/v1/submissions", &headers)?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, content_type(&headers, &p)),
            (axum::http::header::CACHE_CONTROL, "private, no-store"),
        ],
        body,
    )
        .into_response())
}

async fn create(
    State(state): State<AppState>,
    who: Principal,
    Query(p): Params,
    body: Bytes,
) -> ApiResult {
    let city = p.get("city").cloned().unwrap_or_default();
    authorize(&who, Action::Upload, Some(&city))?;
    if who.csrf().is_some() {
        // A browser session needs its CSRF token in a header for API writes.
        return Err(AppError::new(
            ErrorCode::CsrfMismatch,
            "API writes take an API token (Authorization: Bearer obs_…), not a browser session",
        )
        .into());
    }
    let id = create_submission(
        &state,
        &who,
        Upload {
            city,
            file_name: p
                .get("file_name")
                .cloned()
                .unwrap_or_else(|| "upload.csv".into()),
            bytes: body.to_vec(),
            format: p.get("format").cloned(),
            source: p.get("source").cloned().unwrap_or_default(),
            licence: p.get("licence").cloned().unwrap_or_default(),
        },
    )?;
    let sub = state.db.read(|s| Ok(s.submission(id)?))?;
    Ok(json_response(StatusCode::CREATED, &sub))
}

async fn submission(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
) -> ApiResult {
    let id = parse_id(&id)?;
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
        }
        .into());
    };
    let (values, events) = state
        .db
        .read(|s| Ok((s.draft_values(id)?, s.submission_events(id)?)))?;
    let values: Vec<ObservationOut> = values
        .iter()
        .map(|v| out(&v.observation, "", &sub.source, v.status.as_str()))
        .collect();
    Ok(json_response(
        StatusCode::OK,
        &json!({"submission": sub, "values": values, "history": events}),
    ))
}

/// A submission id from the path, with the API's error format when it is not a number.
fn parse_id(text: &str) -> Result<i64, AppError> {
    text.parse::<i64>()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or_else(|| AppError::bad(format!("id: expected a submission number, found '{text}'")))
}

fn comment_of(body: &Bytes) -> Result<String, AppError> {
    if body.is_empty() {
        return Ok(String::new());
    }
    let v: Value = serde_json::from_slice(body)
        .map_err(|e| AppError::bad(format!("body: expected JSON {{\"comment\": \"…\"}}: {e}")))?;
    Ok(v.get("comment")
        .and_then(|c| c.as_str())
        .unwrap_or("")
        .to_string())
}

fn api_write_guard(who: &Principal) -> Result<(), AppError> {
    if who.csrf().is_some() {
        return Err(AppError::new(
            ErrorCode::CsrfMismatch,
            "API writes take an API token (Authorization: Bearer obs_…), not a browser session",
        ));
    }
    Ok(())
}

/// One workflow step through the API: the id checked, then the caller's kind of credential
/// (before anything changes), then the step itself.
async fn step(state: AppState, who: Principal, id: &str, action: &str, body: Bytes) -> ApiResult {
    let id = parse_id(id)?;
    api_write_guard(&who)?;
    let comment = comment_of(&body)?;
    let sub = act(&state, &who, id, action, &comment)?;
    Ok(json_response(StatusCode::OK, &sub))
}

async fn submit(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    body: Bytes,
) -> ApiResult {
    step(state, who, &id, "submit", body).await
}

async fn publish(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    body: Bytes,
) -> ApiResult {
    step(state, who, &id, "publish", body).await
}

async fn send_back(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<String>,
    body: Bytes,
) -> ApiResult {
    step(state, who, &id, "return", body).await
}

async fn create_user(State(state): State<AppState>, who: Principal, body: Bytes) -> ApiResult {
    authorize(&who, Action::ManageUsers, None)?;
    api_write_guard(&who)?;
    let v: Value = serde_json::from_slice(&body).map_err(|e| {
        AppError::bad(format!(
            "body: expected JSON with email, name, password, role, city: {e}"
        ))
    })?;
    let g = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
    let id = super::admin::add_user(
        &state,
        &who,
        &g("email"),
        &g("name"),
        &g("password"),
        &g("role"),
        &g("city"),
    )?;
    Ok(json_response(
        StatusCode::CREATED,
        &json!({"id": id, "email": g("email")}),
    ))
}
