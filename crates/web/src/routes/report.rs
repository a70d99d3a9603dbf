//! The City Integration Report of a city (issue 16): `/cities/{code}/report` is the report
//! as a page with print styles and a link to its PDF, `/cities/{code}/report.pdf` the PDF
//! printed by the server's Chromium. The model and both renderings are `city-report`'s;
//! this module reads the language, keeps the public to published figures (the report holds
//! nothing else) and runs the work on the blocking pool.

use crate::{AppError, AppState, ErrorCode};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct ReportQuery {
    /// The year of the figures (the latest up to it); the latest when absent.
    pub year: Option<i32>,
}

/// The report's model: published figures only, for everybody who may see the profile
/// (everybody: the profile is public; its unpublished part is not in the report).
fn build(
    state: &AppState,
    code: &str,
    year: Option<i32>,
) -> Result<city_report::CityReport, AppError> {
    super::city::geography(state, code)?;
    let cities = state.peers.get(state).ok();
    state.db.read(|s| {
        city_report::CityReport::build_with(s, &state.config.catalogue, cities.as_deref(), code, year)
            .map_err(|e| match e {
                city_report::ReportError::Store(e) => AppError::from(e),
                city_report::ReportError::UnknownPlace(p) => AppError::new(
                    ErrorCode::UnknownGeography,
                    format!("no place with the code '{p}': search for it by name on the home page or in /api/v1/cities?q=…"),
                ),
                other => AppError::internal(other),
            })
    })
}

pub async fn page(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<ReportQuery>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let lang = crate::locale::lang();
        let report = build(&state, &code, q.year)?;
        let mut href = format!("/cities/{code}/report.pdf?lang={}", lang.tag());
        if let Some(y) = q.year {
            href.push_str(&format!("&year={y}"));
        }
        let html = city_report::render_html_linked(&report, lang, &href);
        Ok(([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response())
    })
    .await
}

pub async fn pdf(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<ReportQuery>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let lang = crate::locale::lang();
        let report = build(&state, &code, q.year)?;
        let html = city_report::render_html(&report, lang);
        let bytes = city_report::pdf::print(&html).map_err(|e| match e {
            city_report::PdfError::NoChromium | city_report::PdfError::BadChromium(_) => {
                tracing::warn!(error = %e, "report PDF: no Chromium");
                AppError::new(ErrorCode::Internal, t!("report-no-chromium"))
            }
            other => AppError::internal(other),
        })?;
        let file = format!(
            "attachment; filename=\"city-integration-report-{}-{}.pdf\"",
            report.code.to_ascii_lowercase(),
            lang.tag()
        );
        let mut resp = ([(header::CONTENT_TYPE, "application/pdf")], bytes).into_response();
        if let Ok(v) = HeaderValue::from_str(&file) {
            resp.headers_mut().insert(header::CONTENT_DISPOSITION, v);
        }
        Ok(resp)
    })
    .await
}
