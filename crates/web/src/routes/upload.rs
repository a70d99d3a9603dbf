//! Receiving an upload: who may send one is checked before its body is read, and the body
//! is read with a counted limit, so a refused or oversized upload costs the server the
//! request's head, not 64 MiB of memory.
//!
//! The order, for both the form (`/data/upload`) and the API (`POST /api/v1/submissions`):
//! 1. the principal must hold the right to upload for some city ([`may_upload_somewhere`]):
//!    401/403 before any byte of the body;
//! 2. a declared `Content-Length` above the limit is refused (413) before any byte;
//! 3. the city is known (the API's query, the form's `city` field, which the form sends
//!    before the file) and authorised, with the form's CSRF token, before the file is read;
//! 4. the file is read chunk by chunk and refused (413) as soon as it passes the limit.

use super::MAX_UPLOAD;
use crate::auth::{Action, Principal, allowed, authorize};
use crate::{AppError, ErrorCode};
use axum::extract::multipart::{Field, MultipartError};
use axum::http::{HeaderMap, StatusCode, header};

/// Form fields other than the file (city, format, source, licence, csrf) are short.
pub const MAX_FIELD: usize = 64 * 1024;

/// The whole body of a form upload: the file, the other fields and the multipart framing.
/// Above [`MAX_UPLOAD`] by enough that a file at the limit is refused by the file's own
/// counted limit (which says so) and not by the framing.
pub const MAX_FORM_BODY: usize = MAX_UPLOAD + 1024 * 1024;

/// Whether `who` may upload for at least one city (administrators: every city).
pub fn may_upload_somewhere(who: &Principal) -> bool {
    who.is_admin()
        || who
            .cities()
            .iter()
            .any(|c| allowed(who, Action::Upload, Some(c)))
}

/// Step 1: refuses, before the body is read, a principal who may upload nowhere.
pub fn authorize_any_upload(who: &Principal) -> Result<(), AppError> {
    if may_upload_somewhere(who) {
        return Ok(());
    }
    // `authorize` with no city words the refusal as every other check does (401 or 403).
    authorize(who, Action::Upload, None)
}

/// The 413 of an upload above the limit.
pub fn too_large() -> AppError {
    AppError::new(
        ErrorCode::PayloadTooLarge,
        t!("data-error-too-large", mib = (MAX_UPLOAD >> 20).to_string()),
    )
}

/// Step 2: a body declared larger than `limit` is refused without reading it.
pub fn refuse_declared_length(headers: &HeaderMap, limit: usize) -> Result<(), AppError> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    match declared {
        Some(n) if n > limit as u64 => Err(too_large()),
        _ => Ok(()),
    }
}

/// An error of the multipart stream: 413 when the body passed the server's limit.
pub fn multipart_error(e: MultipartError) -> AppError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        too_large()
    } else {
        // axum's own text (English) inside the reader's sentence.
        AppError::bad(t!("data-error-unreadable-upload", message = e.body_text()))
    }
}

/// Step 4: a field's bytes, refused with `too_long()` as soon as they pass `limit`.
pub async fn read_field(
    field: &mut Field<'_>,
    limit: usize,
    too_long: fn() -> AppError,
) -> Result<Vec<u8>, AppError> {
    let mut out = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
        if out.len() + chunk.len() > limit {
            return Err(too_long());
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

/// The 400 of a form field other than the file above [`MAX_FIELD`].
pub fn field_too_long() -> AppError {
    AppError::bad(t!(
        "data-error-field-too-long",
        kib = (MAX_FIELD >> 10).to_string()
    ))
}
