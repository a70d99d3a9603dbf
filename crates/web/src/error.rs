//! One error type for every handler, and the table of stable error codes (like
//! Meilisearch's): a code never changes meaning once released; clients match on `code`.
//!
//! JSON clients (`/api/…`, or `Accept: application/json`) get
//! `{"error": {"code", "type", "message", "link"}}`; browsers get a small HTML page.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// The stable error codes: name, HTTP status, type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    NotFound,
    UnknownGeography,
    InvalidParameter,
    InvalidFile,
    Unauthenticated,
    InvalidCredentials,
    Forbidden,
    CsrfMismatch,
    TooManyAttempts,
    Conflict,
    PayloadTooLarge,
    Internal,
}

impl ErrorCode {
    /// Every code, for the OpenAPI document and the docs.
    pub const ALL: [ErrorCode; 12] = [
        ErrorCode::NotFound,
        ErrorCode::UnknownGeography,
        ErrorCode::InvalidParameter,
        ErrorCode::InvalidFile,
        ErrorCode::Unauthenticated,
        ErrorCode::InvalidCredentials,
        ErrorCode::Forbidden,
        ErrorCode::CsrfMismatch,
        ErrorCode::TooManyAttempts,
        ErrorCode::Conflict,
        ErrorCode::PayloadTooLarge,
        ErrorCode::Internal,
    ];

    /// (code, HTTP status, type)
    pub fn describe(self) -> (&'static str, StatusCode, &'static str) {
        use ErrorCode::*;
        match self {
            NotFound => ("not_found", StatusCode::NOT_FOUND, "invalid_request"),
            UnknownGeography => (
                "unknown_geography",
                StatusCode::NOT_FOUND,
                "invalid_request",
            ),
            InvalidParameter => (
                "invalid_parameter",
                StatusCode::BAD_REQUEST,
                "invalid_request",
            ),
            InvalidFile => (
                "invalid_file",
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_request",
            ),
            Unauthenticated => ("unauthenticated", StatusCode::UNAUTHORIZED, "auth"),
            InvalidCredentials => ("invalid_credentials", StatusCode::UNAUTHORIZED, "auth"),
            Forbidden => ("forbidden", StatusCode::FORBIDDEN, "auth"),
            CsrfMismatch => ("csrf_mismatch", StatusCode::FORBIDDEN, "auth"),
            TooManyAttempts => ("too_many_attempts", StatusCode::TOO_MANY_REQUESTS, "auth"),
            Conflict => ("conflict", StatusCode::CONFLICT, "invalid_request"),
            PayloadTooLarge => (
                "payload_too_large",
                StatusCode::PAYLOAD_TOO_LARGE,
                "invalid_request",
            ),
            Internal => ("internal", StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }

    pub fn as_str(self) -> &'static str {
        self.describe().0
    }

    pub fn status(self) -> StatusCode {
        self.describe().1
    }
}

/// An error a handler returns; rendered as JSON for the API, HTML for pages.
#[derive(Debug)]
pub struct AppError {
    pub code: ErrorCode,
    pub message: String,
    /// Render as JSON (API) rather than HTML.
    pub json: bool,
}

/// The error format of the API (`Error` in the OpenAPI document).
#[derive(Debug, Serialize)]
pub struct ErrorBody<'a> {
    error: ErrorDetail<'a>,
}

#[derive(Debug, Serialize)]
struct ErrorDetail<'a> {
    code: ErrorCode,
    #[serde(rename = "type")]
    kind: &'a str,
    message: &'a str,
    link: String,
}

/// The schema is written from [`ErrorCode::ALL`], the one table of codes, so the document
/// lists exactly the codes the server can give.
impl utoipa::PartialSchema for ErrorBody<'_> {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{Object, ObjectBuilder, Type};
        let text = |what: &str| {
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some(what))
                .build()
        };
        let codes = ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some("Stable: clients match on it"))
            .enum_values(Some(ErrorCode::ALL.iter().map(|c| c.as_str())))
            .build();
        let detail = ObjectBuilder::new()
            .property("code", codes)
            .property(
                "type",
                text("The family of the code: invalid_request, auth or internal"),
            )
            .property(
                "message",
                text("For people: what went wrong and what to do"),
            )
            .property("link", Object::with_type(Type::String))
            .required("code")
            .required("type")
            .required("message");
        ObjectBuilder::new()
            .property("error", detail)
            .required("error")
            .into()
    }
}

impl utoipa::ToSchema for ErrorBody<'_> {
    fn name() -> std::borrow::Cow<'static, str> {
        "Error".into()
    }
}

impl AppError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> AppError {
        AppError {
            code,
            message: message.into(),
            json: false,
        }
    }

    pub fn not_found(what: impl Into<String>) -> AppError {
        AppError::new(ErrorCode::NotFound, what)
    }

    pub fn bad(message: impl Into<String>) -> AppError {
        AppError::new(ErrorCode::InvalidParameter, message)
    }

    pub fn forbidden() -> AppError {
        AppError::new(ErrorCode::Forbidden, t!("errors-forbidden"))
    }

    pub fn internal(message: impl std::fmt::Display) -> AppError {
        tracing::error!(%message, "internal error");
        AppError::new(ErrorCode::Internal, t!("errors-internal"))
    }

    /// The same error, rendered as JSON.
    pub fn api(mut self) -> AppError {
        self.json = true;
        self
    }
}

/// The heading of an HTML error page: the status in the reader's language (English: the
/// HTTP reason phrase).
pub fn status_title(status: StatusCode) -> String {
    let key = match status {
        StatusCode::BAD_REQUEST => "errors-status-bad-request",
        StatusCode::UNAUTHORIZED => "errors-status-unauthorized",
        StatusCode::FORBIDDEN => "errors-status-forbidden",
        StatusCode::NOT_FOUND => "errors-status-not-found",
        StatusCode::CONFLICT => "errors-status-conflict",
        StatusCode::PAYLOAD_TOO_LARGE => "errors-status-payload-too-large",
        StatusCode::UNPROCESSABLE_ENTITY => "errors-status-unprocessable",
        StatusCode::TOO_MANY_REQUESTS => "errors-status-too-many-requests",
        StatusCode::INTERNAL_SERVER_ERROR => "errors-status-internal",
        _ => "error-title",
    };
    t!(key)
}

impl From<store::StoreError> for AppError {
    fn from(e: store::StoreError) -> AppError {
        match e {
            store::StoreError::Conflict(m) => AppError::new(ErrorCode::Conflict, m),
            store::StoreError::NotFound(m) => AppError::not_found(m),
            other => AppError::internal(other),
        }
    }
}

impl From<assessment::Error> for AppError {
    fn from(e: assessment::Error) -> AppError {
        match e {
            assessment::Error::Invalid(m) => AppError::bad(m),
            assessment::Error::NotFound(m) => AppError::not_found(m),
            assessment::Error::Refused(m) => AppError::new(ErrorCode::Conflict, m),
            assessment::Error::Framework(f) => AppError::new(ErrorCode::InvalidFile, f.to_string()),
            assessment::Error::Store(s) => AppError::from(s),
        }
    }
}

/// An account refused by the `accounts` rules, in the reader's language.
impl From<accounts::AccountError> for AppError {
    fn from(e: accounts::AccountError) -> AppError {
        use accounts::AccountError as E;
        match e {
            E::Email(_) => AppError::bad(t!("admin-error-email")),
            E::ShortPassword => AppError::bad(t!("admin-error-password")),
            E::Role(_) => AppError::bad(t!("admin-error-role")),
            E::NeedsCity(_) => AppError::bad(t!("admin-error-city", city = "")),
            E::Place { query, .. } => AppError::bad(t!("admin-error-city", city = query)),
            E::NoUser(who) => AppError::not_found(t!("admin-error-no-user", id = who)),
            E::Days(_) => AppError::bad(t!(
                "admin-error-days-range",
                max = accounts::MAX_TOKEN_DAYS.to_string()
            )),
            E::Confirm(_) => AppError::bad(t!("admin-error-confirm-delete")),
            E::Store(s) => AppError::from(s),
            other @ (E::Hash(_) | E::Input(_)) => AppError::internal(other),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (code, status, kind) = self.code.describe();
        let mut resp = if self.json {
            let body = ErrorBody {
                error: ErrorDetail {
                    code: self.code,
                    kind,
                    message: &self.message,
                    link: format!("/api/v1/openapi.json#/components/schemas/Error/{code}"),
                },
            };
            (status, axum::Json(body)).into_response()
        } else {
            let page = crate::layout::error_page(status, code, &self.message);
            (status, page).into_response()
        };
        if self.code == ErrorCode::Unauthenticated {
            resp.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"observatory\""),
            );
        }
        resp
    }
}
