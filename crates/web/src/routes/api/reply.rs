//! The one way an API handler answers. A [`Reply`] is a JSON document, optionally with the
//! rows its CSV form holds; [`answer`] serves a read from the cache or computes it, encodes
//! it as the query asks, and adds the ETag (public data) or `private, no-store` (a
//! signed-in caller's view, which may hold drafts). A value that cannot be encoded is a 500
//! in the API's error format, never an empty 200.

use super::ApiError;
use super::query::{ApiQuery, Format};
use crate::auth::Principal;
use crate::{AppError, AppState};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

const JSON: &str = "application/json";
const CSV: &str = "text/csv; charset=utf-8";

/// A page of a list, as JSON.
#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T> {
    pub data: Vec<T>,
    /// This page, from 1.
    pub page: usize,
    pub per_page: usize,
    /// Items in the whole list.
    pub total: usize,
    /// The next page's link; null on the last page.
    pub next: Option<String>,
}

/// Who may share an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sharing {
    /// Published data for the public: cached, with an ETag.
    Public,
    /// A signed-in caller's view (may hold drafts): never cached.
    Private,
}

impl Sharing {
    /// Published data: shared when the caller is anonymous.
    pub fn of(who: &Principal) -> Sharing {
        if who.is_public() {
            Sharing::Public
        } else {
            Sharing::Private
        }
    }
}

/// An answer before it is encoded.
#[derive(Debug)]
pub struct Reply {
    status: StatusCode,
    doc: Value,
    /// The CSV form; `None` when the answer has no table form (JSON only).
    table: Option<Table>,
}

/// The CSV form of an answer.
#[derive(Debug)]
enum Table {
    /// Rows encoded by [`to_csv`]: one column per top-level field.
    Rows(Vec<Value>),
    /// A CSV written by the domain crate in its own layout (e.g. one column per question).
    Written(Vec<u8>),
}

fn encode_err(e: serde_json::Error) -> AppError {
    AppError::internal(format!("the answer could not be encoded as JSON: {e}"))
}

impl Reply {
    /// A JSON document.
    pub fn json<T: Serialize + ?Sized>(doc: &T) -> Result<Reply, AppError> {
        Ok(Reply {
            status: StatusCode::OK,
            doc: serde_json::to_value(doc).map_err(encode_err)?,
            table: None,
        })
    }

    /// The same answer with a CSV form: one row per item, one column per top-level field.
    pub fn with_table<R: Serialize>(
        mut self,
        rows: impl IntoIterator<Item = R>,
    ) -> Result<Reply, AppError> {
        let rows = rows
            .into_iter()
            .map(|r| serde_json::to_value(r).map_err(encode_err))
            .collect::<Result<Vec<_>, _>>()?;
        self.table = Some(Table::Rows(rows));
        Ok(self)
    }

    /// The same answer with a CSV form written elsewhere, in a layout of its own.
    pub fn with_csv(mut self, csv: Vec<u8>) -> Reply {
        self.table = Some(Table::Written(csv));
        self
    }

    /// The page of `rows` the query asks for: `{data, page, per_page, total, next}` as
    /// JSON, the page's rows as CSV. Only the page's rows are encoded.
    pub fn page<T: Serialize, F>(rows: &[T], q: &ApiQuery<F>) -> Result<Reply, AppError> {
        let total = rows.len();
        let start = (q.paging.page - 1)
            .saturating_mul(q.paging.per_page)
            .min(total);
        let end = start.saturating_add(q.paging.per_page).min(total);
        let data = rows[start..end]
            .iter()
            .map(|r| serde_json::to_value(r).map_err(encode_err))
            .collect::<Result<Vec<_>, _>>()?;
        let page = Page {
            data,
            page: q.paging.page,
            per_page: q.paging.per_page,
            total,
            next: (end < total).then(|| q.page_link(q.paging.page + 1)),
        };
        Ok(Reply {
            status: StatusCode::OK,
            doc: serde_json::to_value(&page).map_err(encode_err)?,
            table: Some(Table::Rows(page.data)),
        })
    }

    pub fn with_status(mut self, status: StatusCode) -> Reply {
        self.status = status;
        self
    }

    /// The body and its type: CSV when asked for and the answer has a table form.
    fn encode(&self, format: Format) -> Result<(Vec<u8>, &'static str), AppError> {
        match (&self.table, format) {
            (Some(Table::Rows(rows)), Format::Csv) => Ok((to_csv(rows)?, CSV)),
            (Some(Table::Written(csv)), Format::Csv) => Ok((csv.clone(), CSV)),
            _ => Ok((serde_json::to_vec(&self.doc).map_err(encode_err)?, JSON)),
        }
    }
}

/// A write's answer: JSON, never cached.
impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        match self.encode(Format::Json) {
            Ok((body, content_type)) => {
                let mut resp = crate::cache::private(body, content_type);
                *resp.status_mut() = self.status;
                resp
            }
            Err(e) => e.api().into_response(),
        }
    }
}

/// Answers a read: from the cache when it holds this query at the store's generation
/// (public data only), else by `compute`; encoded as the query asks. All of it on the
/// blocking pool, since the store, the computation and the encoding block.
pub async fn answer<F, C>(
    state: &AppState,
    q: ApiQuery<F>,
    sharing: Sharing,
    compute: C,
) -> Result<Response, ApiError>
where
    F: Send + 'static,
    C: FnOnce(&AppState, &ApiQuery<F>) -> Result<Reply, AppError> + Send + 'static,
{
    let state = state.clone();
    Ok(crate::blocking::run(move || {
        crate::cache::cached_as(
            &state,
            &q.cache_key(),
            sharing == Sharing::Public,
            q.if_none_match.as_deref(),
            || compute(&state, &q)?.encode(q.format),
        )
    })
    .await?)
}

/// Rows of JSON objects as CSV: one column per top-level key (in order of first
/// appearance), nested values as JSON text, null as an empty cell.
pub fn to_csv(rows: &[Value]) -> Result<Vec<u8>, AppError> {
    let mut cols: Vec<&str> = Vec::new();
    for r in rows {
        if let Value::Object(m) = r {
            for k in m.keys() {
                if !cols.contains(&k.as_str()) {
                    cols.push(k);
                }
            }
        }
    }
    let csv_err = |e: csv::Error| AppError::internal(format!("the CSV answer failed: {e}"));
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&cols).map_err(csv_err)?;
    for r in rows {
        let rec: Vec<String> = cols
            .iter()
            .map(|c| match r.get(c) {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
            })
            .collect();
        w.write_record(&rec).map_err(csv_err)?;
    }
    w.into_inner()
        .map_err(|e| AppError::internal(format!("the CSV answer failed: {e}")))
}
