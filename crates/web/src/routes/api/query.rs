//! The query of an API request, read once for every handler: the answer's format
//! (`format`, else the `Accept` header), the page (`page`, `per_page` ≤ 1000) and the
//! endpoint's own filters, typed as `F`. A bad value is a 400 `invalid_parameter` in the
//! API's error format that names the parameter — never axum's plain-text rejection.

use super::ApiError;
use crate::AppError;
use axum::extract::{FromRequestParts, Path, Query};
use axum::http::{header, request::Parts};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use utoipa::{IntoParams, ToSchema};

/// What a table answer is encoded as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Json,
    Csv,
}

/// Largest page: larger lists are for `observatory export`.
pub const MAX_PER_PAGE: usize = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    /// From 1.
    pub page: usize,
    pub per_page: usize,
}

/// `format`, as the document describes it for answers that are not lists.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // Only its derived description is used; the extractor parses the query.
pub struct FormatParam {
    /// `json` (default) or `csv`; without it, `Accept: text/csv` asks for CSV.
    format: Option<Format>,
}

/// `page`, `per_page` and `format`, as the document describes them for lists.
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // Only its derived description is used; the extractor parses the query.
pub struct ListParams {
    /// Page, from 1.
    #[param(minimum = 1, maximum = 1000000)]
    page: Option<u32>,
    /// Items per page (at most 1000).
    #[param(minimum = 1, maximum = 1000)]
    per_page: Option<u32>,
    /// `json` (default) or `csv`; without it, `Accept: text/csv` asks for CSV.
    format: Option<Format>,
}

/// `true` or `false` in a query (`1` and `0` are accepted too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
pub enum Switch {
    #[serde(rename = "true", alias = "1")]
    On,
    #[serde(rename = "false", alias = "0")]
    Off,
}

impl Switch {
    pub fn on(s: Option<Switch>) -> bool {
        s == Some(Switch::On)
    }
}

/// A read request's query: format, page and the endpoint's filters `F`.
#[derive(Debug)]
pub struct ApiQuery<F> {
    pub filters: F,
    pub format: Format,
    pub paging: Paging,
    /// The request's `If-None-Match`, answered with 304 when it names the current ETag.
    pub if_none_match: Option<String>,
    path: String,
    /// The parameters as given (the last of a repeated name wins), sorted by name: the
    /// cache key, and the base of a list's `next` link.
    params: BTreeMap<String, String>,
}

impl<F> ApiQuery<F> {
    /// The cache key: path and parameters, so that every distinct query has its own entry.
    pub fn cache_key(&self) -> String {
        format!("{}?{:?}", self.path, self.params)
    }

    /// The link to page `page` of the same query.
    pub fn page_link(&self, page: usize) -> String {
        let mut q: Vec<String> = self
            .params
            .iter()
            .filter(|(k, _)| k.as_str() != "page")
            .map(|(k, v)| format!("{k}={}", super::super::account::urlencode(v)))
            .collect();
        q.push(format!("page={page}"));
        format!("{}?{}", self.path, q.join("&"))
    }
}

impl<S: Send + Sync, F: DeserializeOwned> FromRequestParts<S> for ApiQuery<F> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let pairs = Query::<Vec<(String, String)>>::try_from_uri(&parts.uri)
            .map_err(|e| AppError::bad(format!("query: {}", e.body_text())))?
            .0;
        let params: BTreeMap<String, String> = pairs.into_iter().collect();
        let filters = filters::<F>(parts)?;
        let format = match params.get("format").map(String::as_str) {
            Some("json") => Format::Json,
            Some("csv") => Format::Csv,
            Some(other) => {
                return Err(AppError::bad(format!("format: json or csv, found '{other}'")).into());
            }
            None if accepts_csv(parts) => Format::Csv,
            None => Format::Json,
        };
        let number = |k: &str, default: usize| -> Result<usize, AppError> {
            match params.get(k) {
                None => Ok(default),
                Some(v) => v.parse::<usize>().ok().filter(|n| *n >= 1).ok_or_else(|| {
                    AppError::bad(format!("{k}: expected a whole number from 1, found '{v}'"))
                }),
            }
        };
        let paging = Paging {
            page: number("page", 1)?,
            per_page: number("per_page", 100)?,
        };
        if paging.per_page > MAX_PER_PAGE {
            return Err(AppError::bad(format!("per_page: at most {MAX_PER_PAGE}")).into());
        }
        let if_none_match = parts
            .headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        Ok(ApiQuery {
            filters,
            format,
            paging,
            if_none_match,
            path: parts.uri.path().to_string(),
            params,
        })
    }
}

fn accepts_csv(parts: &Parts) -> bool {
    parts
        .headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("text/csv"))
}

fn filters<F: DeserializeOwned>(parts: &Parts) -> Result<F, AppError> {
    Query::<F>::try_from_uri(&parts.uri)
        .map(|q| q.0)
        .map_err(|e| AppError::bad(format!("query: {}", e.body_text())))
}

/// The filters alone, for writes whose parameters are not a table query (an upload's
/// `format` is the file's format, not the answer's).
#[derive(Debug)]
pub struct Params<F>(pub F);

impl<S: Send + Sync, F: DeserializeOwned> FromRequestParts<S> for Params<F> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        Ok(Params(filters::<F>(parts)?))
    }
}

/// Path parameters, with the API's error format when a segment cannot be decoded.
#[derive(Debug)]
pub struct ApiPath<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(t)) => Ok(ApiPath(t)),
            Err(e) => Err(AppError::bad(format!("path: {}", e.body_text())).into()),
        }
    }
}
