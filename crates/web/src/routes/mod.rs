//! Routes, one module per resource. Pages are server-rendered HTML; the JSON API lives
//! under `/api/v1` ([`api`]) and is described by [`openapi`].

pub mod account;
pub mod admin;
pub mod agenda;
pub mod api;
pub mod audit_respond;
pub mod audits;
pub mod catalogue;
pub mod city;
pub mod compare;
pub mod data;
pub mod funding;
pub mod home;
pub mod mentoring;
pub mod neighbourhoods;
pub mod openapi;
pub mod opinion;
pub mod outlook;
pub mod practices;
pub mod report;
pub mod scenarios;
pub mod services;
pub mod survey_editor;
pub mod survey_respond;
pub mod surveys;
pub mod upload;

use crate::AppState;
use crate::layout::{CSS, FAVICON, JS};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

/// Uploads up to 64 MiB (the largest bundled file is ~20 MiB); see [`upload`] for how the
/// limit is enforced.
pub const MAX_UPLOAD: usize = 64 << 20;

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(home::page))
        .route("/health", get(health))
        .route("/assets/style.css", get(css))
        .route("/assets/app.js", get(js))
        .route("/assets/favicon.svg", get(favicon))
        .route("/favicon.ico", get(favicon))
        .route("/cities/{code}", get(city::page))
        .route("/cities/{code}/opinion", get(opinion::page))
        .route("/cities/{code}/report", get(report::page))
        .route("/cities/{code}/report.pdf", get(report::pdf))
        .route("/compare", get(compare::page))
        .route("/neighbourhoods", get(neighbourhoods::index))
        .route("/neighbourhoods/{code}", get(neighbourhoods::page))
        .route("/indicators", get(catalogue::page))
        .route("/funding", get(funding::index))
        .route("/funding/{place}", get(funding::page))
        .route("/practices", get(practices::index))
        .route("/practices/{id}", get(practices::page))
        .route("/scenarios", get(scenarios::index))
        .route("/scenarios/save", axum::routing::post(scenarios::save))
        .route("/scenarios/{name}", get(scenarios::page))
        .route(
            "/scenarios/{name}/projection.csv",
            get(scenarios::projection_csv),
        )
        .merge(audits::routes())
        .merge(surveys::routes())
        .merge(survey_editor::routes())
        .merge(agenda::routes())
        .merge(data::routes())
        .merge(mentoring::routes())
        .merge(account::routes())
        .merge(admin::routes())
        .merge(api::routes())
        .route("/api", get(openapi::docs_page))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(upload::MAX_FORM_BODY))
        .layer(axum::middleware::from_fn(crate::locale::middleware))
        .layer(axum::middleware::from_fn(log_requests))
        .with_state(state)
}

async fn health() -> impl IntoResponse {
    axum::Json(serde_json::json!({"status": "ok"}))
}

const IMMUTABLE: &str = "public, max-age=86400";

async fn css() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, IMMUTABLE),
        ],
        CSS,
    )
}

async fn js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, IMMUTABLE),
        ],
        JS,
    )
}

async fn favicon() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, IMMUTABLE),
        ],
        FAVICON,
    )
}

async fn not_found(uri: axum::http::Uri) -> crate::AppError {
    let e = crate::AppError::not_found(t!("errors-no-page", path = uri.path()));
    if uri.path().starts_with("/api/") {
        e.api()
    } else {
        e
    }
}

/// A path as the log may keep it: an audit invitation's token is in its link, and a log
/// line with it and its time would link the respondent's visit to their invitation.
fn loggable(path: &str) -> String {
    if path.starts_with("/audit/respond/") {
        "/audit/respond/…".to_string()
    } else if path.starts_with("/survey/respond/") {
        "/survey/respond/…".to_string()
    } else {
        path.to_string()
    }
}

/// One structured log line per request: method, path, status, duration.
async fn log_requests(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let method = req.method().clone();
    let path = loggable(req.uri().path());
    let start = std::time::Instant::now();
    let resp = next.run(req).await;
    let status = resp.status().as_u16();
    let micros = start.elapsed().as_micros() as u64;
    if status >= 500 {
        tracing::error!(%method, %path, status, micros, "request");
    } else {
        tracing::debug!(%method, %path, status, micros, "request");
    }
    resp
}

#[cfg(test)]
mod tests {
    #[test]
    fn invitation_tokens_never_reach_the_log() {
        assert_eq!(
            super::loggable("/audit/respond/K7Q2M9XDABCDEFGHJKMN"),
            "/audit/respond/…"
        );
        assert_eq!(super::loggable("/audits/3/results"), "/audits/3/results");
        assert_eq!(
            super::loggable("/survey/respond/K7Q2M9XDABCDEFGHJKMN"),
            "/survey/respond/…"
        );
    }
}
