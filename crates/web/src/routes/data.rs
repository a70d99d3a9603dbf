//! Data: upload a city's own file (the CLI's importers), see the validation report,
//! submit it for approval; approvers publish or send back with a comment; the list of
//! imports with their provenance.
//!
//! An upload never touches published data: it becomes a draft submission. Every write
//! handler calls [`authorize`] for the submission's city first, then checks the CSRF token.

use super::{MAX_UPLOAD, upload};
use crate::auth::{Action, Principal, allowed, authorize, check_csrf};
use crate::layout::{num, render};
use crate::workflow::{Step, status_label, status_text};
use crate::{AppError, AppState, ErrorCode};
use axum::Router;
use axum::extract::{Form, Multipart, Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::html;
use std::collections::HashMap;
use store::submissions::{Status, Submission};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/data", get(page))
        .route("/data/upload", post(upload))
        .route("/data/tidy", get(tidy_guide))
        .route("/data/templates/{*name}", get(template))
        .route("/submissions/{id}", get(submission_page))
        .route("/submissions/{id}/{action}", post(submission_action))
}

/// A file to turn into a draft submission.
#[derive(Debug)]
pub struct Upload {
    pub city: String,
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub format: Option<String>,
    pub source: String,
    pub licence: String,
    /// The text's encoding when not UTF-8 (`windows-1250`, …); empty or `utf-8`: UTF-8.
    pub encoding: Option<String>,
}

/// Validates `up` with the importers and stores it as a draft submission of its city.
pub fn create_submission(state: &AppState, who: &Principal, up: Upload) -> Result<i64, AppError> {
    authorize(who, Action::Upload, Some(&up.city))?;
    // A code or a name ("Osijek", "Prague"), by the one resolver of the command line;
    // the right to upload is checked again for the place it names.
    let city = state.db.read(|s| {
        importer::places::resolve(s, &up.city).map_err(|e| match e {
            importer::ImportError::Store(e) => AppError::from(e),
            // The resolver's English (with its suggestions) inside the reader's sentence.
            other => AppError::new(
                ErrorCode::UnknownGeography,
                t!("data-error-unknown-place", message = other.to_string()),
            ),
        })
    })?;
    authorize(who, Action::Upload, Some(city.code.as_str()))?;
    let format = match up
        .format
        .as_deref()
        .filter(|f| !f.is_empty() && *f != "auto")
    {
        Some(f) => Some(ingest::Format::parse(f).ok_or_else(|| {
            AppError::bad(t!(
                "data-error-unknown-format",
                format = f,
                formats = ingest::Format::names()
            ))
        })?),
        None => None,
    };
    let encoding = match up
        .encoding
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
    {
        Some(e) => Some(ingest::TextEncoding::parse(e).ok_or_else(|| {
            AppError::bad(t!(
                "data-error-unknown-encoding",
                encoding = e,
                encodings = ingest::TextEncoding::ALL.map(|e| e.name()).join(", ")
            ))
        })?),
        None => None,
    };
    let name = std::path::Path::new(&up.file_name)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "upload.csv".into());
    // Parsed from memory under the name the user knows: readers take the dataset id from
    // it, and messages name it.
    let input = ingest::Input::memory(name, up.bytes);
    let source = if up.source.trim().is_empty() {
        format!("{} (uploaded by {})", city.name, who.actor())
    } else {
        up.source.trim().to_string()
    };
    let licence = if up.licence.trim().is_empty() {
        "unspecified".into()
    } else {
        up.licence.trim().to_string()
    };
    let actor = who.actor();
    let id = state.db.write(|s| {
        importer::drafts::create(
            s,
            importer::drafts::DraftRequest {
                actor: &actor,
                city: &city,
                input: &input,
                format,
                source,
                licence,
                encoding,
            },
        )
        .map_err(|e| match e {
            importer::ImportError::Store(e) => AppError::from(e),
            // The reader's English (file, line, column) inside the reader's sentence.
            other => AppError::new(
                ErrorCode::InvalidFile,
                t!("data-error-invalid-file", message = other.to_string()),
            ),
        })
    })?;
    tracing::info!(submission = id, city = %city.code, actor = %actor, "draft submission created");
    Ok(id)
}

/// The workflow step `step` on submission `id`.
pub fn act(
    state: &AppState,
    who: &Principal,
    id: i64,
    step: Step,
    comment: &str,
) -> Result<Submission, AppError> {
    let sub = state
        .db
        .read(|s| Ok(s.submission(id)?))?
        .ok_or_else(|| AppError::not_found(t!("data-error-no-submission", id = id.to_string())))?;
    // A user who may not even read the city's drafts learns nothing about the submission.
    if !allowed(who, Action::ReadDrafts, Some(&sub.city)) {
        return Err(if who.is_public() {
            AppError::new(ErrorCode::Unauthenticated, t!("data-error-log-in"))
        } else {
            AppError::not_found(t!("data-error-no-submission", id = id.to_string()))
        });
    }
    authorize(who, step.action(), Some(&sub.city))?;
    let actor = who.actor();
    match step.target() {
        // A practice file or a funding register is imported whole, as the CLI would.
        Status::Published if importer::drafts::keeps_file(&sub.format) => state.db.write(|s| {
            importer::drafts::publish_file(s, &actor, id, comment).map_err(|e| match e {
                importer::ImportError::Store(e) => AppError::from(e),
                other => AppError::new(
                    ErrorCode::InvalidFile,
                    t!("data-error-not-published", message = other.to_string()),
                ),
            })
        }),
        Status::Published => state.db.write(|s| {
            s.publish_submission(&actor, id, comment)?;
            s.submission(id)?.ok_or_else(|| {
                AppError::not_found(t!("data-error-no-submission", id = id.to_string()))
            })
        }),
        status => state
            .db
            .write(|s| Ok(s.change_submission_status(&actor, id, status, comment)?)),
    }
}

/// The submissions `who` may see.
pub fn visible_submissions(state: &AppState, who: &Principal) -> Result<Vec<Submission>, AppError> {
    if who.is_public() {
        return Ok(Vec::new());
    }
    let all = state.db.read(|s| Ok(s.submissions(None, None)?))?;
    Ok(all
        .into_iter()
        .filter(|s| allowed(who, Action::ReadDrafts, Some(&s.city)))
        .collect())
}

/// The imports `who` may see. An import row of draft estimates (an engine run not yet
/// published) names the microdata file and its checksum before anyone has approved the
/// figures, so it is shown only to those who read every draft: administrators and
/// network/national viewers. Estimates are not a city's own submission, so a city's
/// editors and approvers see them once published, like the public.
pub fn visible_imports(
    state: &AppState,
    who: &Principal,
) -> Result<Vec<store::ImportRecord>, AppError> {
    if allowed(who, Action::ReadDrafts, None) {
        state.db.read(|s| Ok(s.imports()?))
    } else {
        state.db.read(|s| Ok(s.published_imports()?))
    }
}

/// The tidy template, as the bundle holds it (`data/templates/`).
const TIDY_TEMPLATE: &str = "/data/templates/tidy-template.csv";

/// The guide to the tidy layout, in the reader's language: its columns and what an upload
/// does (the English original, with the CLI's options, is docs/tidy-csv.md).
async fn tidy_guide(who: Principal) -> Result<Response, AppError> {
    let rows = [
        ("Year", true, t!("data-tidy-year")),
        ("Value", true, t!("data-tidy-value")),
        ("geo", false, t!("data-tidy-geo")),
        ("indicator", false, t!("data-tidy-indicator")),
        ("unit", false, t!("data-tidy-unit")),
        ("flags", false, t!("data-tidy-flags")),
    ];
    let body = html! {
        h1 { (t!("data-tidy-title")) }
        p.lead { (t!("data-tidy-lead")) }
        p { a.button href=(TIDY_TEMPLATE) download { (t!("data-tidy-template")) } }
        table {
            thead { tr { th { (t!("data-tidy-col-column")) } th { (t!("data-tidy-col-required")) } th { (t!("data-tidy-col-holds")) } } }
            tbody {
                @for (column, required, holds) in &rows {
                    tr { td { code { (column) } } td { @if *required { (t!("data-tidy-yes")) } @else { (t!("data-tidy-no")) } } td { (holds) } }
                }
                tr { td { (t!("data-tidy-breakdown-name")) } td { (t!("data-tidy-no")) } td { (t!("data-tidy-breakdown")) } }
            }
        }
        h2 { (t!("data-tidy-on-upload")) }
        ul {
            li { (t!("data-tidy-checked")) }
            li { (t!("data-tidy-draft")) }
            li { (t!("data-tidy-again")) }
            li { (t!("data-tidy-encoding")) }
        }
        p { a href="/data" { (t!("city-municipality-upload-link")) } }
    };
    Ok(render(crate::layout::page(
        &t!("data-tidy-title"),
        &who,
        body,
    )))
}

/// A template of the bundle's `templates/` folder (tidy, service use, funding register,
/// demand rates), by its path there. Only plain names of CSV files: nothing outside it.
async fn template(
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<Response, AppError> {
    let plain = name.ends_with(".csv")
        && name.split('/').all(|part| {
            !part.is_empty()
                && part != ".."
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        });
    let bytes = state
        .config
        .bundle
        .as_ref()
        .filter(|_| plain)
        .and_then(|b| b.read(&format!("templates/{name}")).ok())
        .ok_or_else(|| AppError::not_found(t!("data-error-no-template", name = name.clone())))?;
    let file = name.rsplit('/').next().unwrap_or(&name).to_string();
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_string(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        bytes.into_owned(),
    )
        .into_response())
}

async fn page(State(state): State<AppState>, who: Principal) -> Result<Response, AppError> {
    Ok(render(data_page(&state, &who, None)?))
}

/// A refused upload, shown on the data page itself: the message above the form, the form
/// filled in again with what was chosen (the trial met a dead-end error page that lost
/// every input and showed "Log in" to a signed-in editor).
struct Refusal<'a> {
    error: &'a AppError,
    fields: &'a HashMap<String, String>,
}

fn data_page(
    state: &AppState,
    who: &Principal,
    refusal: Option<Refusal<'_>>,
) -> Result<maud::Markup, AppError> {
    let chosen = |k: &str| {
        refusal
            .as_ref()
            .and_then(|r| r.fields.get(k).cloned())
            .unwrap_or_default()
    };
    let imports = visible_imports(state, who)?;
    let subs = visible_submissions(state, who)?;
    let upload_cities: Vec<String> = if who.is_admin() {
        Vec::new()
    } else {
        who.cities()
            .into_iter()
            .filter(|c| allowed(who, Action::Upload, Some(c)))
            .collect()
    };
    let can_upload = who.is_admin() || !upload_cities.is_empty();
    let formats: Vec<&str> = ingest::Format::all().map(|f| f.name()).collect();
    let body = html! {
        h1 { (t!("data-title")) }
        p.lead { (t!("data-lead")) }
        @if can_upload {
            h2 #upload { (t!("data-upload-title")) }
            @if let Some(r) = &refusal {
                div.error role="alert" {
                    p { strong { (t!("data-upload-refused")) } }
                    p { (r.error.message) }
                    p.small { (t!("data-upload-refused-nothing-kept")) " " a href="/data/tidy" { (t!("data-tidy-guide-link")) } }
                }
            }
            form method="post" action="/data/upload" enctype="multipart/form-data" {
                input type="hidden" name="csrf" value=(who.csrf().unwrap_or(""));
                label for="city" { (t!("data-city")) }
                @if who.is_admin() {
                    input #city type="text" name="city" placeholder=(t!("data-city-placeholder")) value=(chosen("city")) required;
                } @else {
                    select #city name="city" { @for c in &upload_cities { option value=(c) selected[chosen("city") == *c] { (c) } } }
                }
                label for="file" { (t!("data-file")) }
                input #file type="file" name="file" required;
                label for="format" { (t!("data-format")) }
                select #format name="format" {
                    option value="auto" { (t!("data-format-auto")) }
                    @for f in &formats { option value=(f) selected[chosen("format") == *f] { (f) } }
                }
                label for="encoding" { (t!("data-encoding")) }
                select #encoding name="encoding" {
                    @for e in ingest::TextEncoding::ALL { option value=(e.name()) selected[chosen("encoding") == e.name()] { (e.name()) " — " (encoding_description(e)) } }
                }
                label for="source" { (t!("data-source")) }
                input #source type="text" name="source" placeholder=(t!("data-source-placeholder")) value=(chosen("source"));
                label for="licence" { (t!("data-licence")) }
                input #licence type="text" name="licence" placeholder="CC BY 4.0" value=(chosen("licence"));
                p { button type="submit" { (t!("data-upload-button")) } }
                p.small.muted { (t!("data-tidy-note")) " " a href="/data/tidy" { (t!("data-tidy-guide-link")) } " · " a href=(TIDY_TEMPLATE) download { (t!("data-tidy-template")) } }
                p.small.muted { (t!("data-other-files-note")) }
            }
        } @else if who.is_public() {
            p.notice { a href="/login?next=/data" { (t!("data-log-in-link")) } " " (t!("data-log-in-after")) }
        }
        @if !subs.is_empty() {
            h2 { (t!("data-submissions")) }
            table {
                thead { tr { th { "#" } th { (t!("data-city")) } th { (t!("data-file")) } th.num { (t!("data-values")) } th { (t!("data-status")) } th { (t!("data-by")) } th { (t!("data-updated")) } } }
                tbody {
                    @for s in &subs {
                        tr {
                            td { a href={ "/submissions/" (s.id) } { (s.id) } }
                            td { a href={ "/cities/" (s.city) } { (s.city) } }
                            td { (s.file_name) }
                            td.num { (s.values) }
                            td { span class={ "badge " (s.status.as_str()) } { (status_label(s.status)) } }
                            td.small { (s.created_by) }
                            td.small { (s.updated_at) }
                        }
                    }
                }
            }
        }
        h2 id="imports" { (t!("data-imports-title")) }
        p.muted.small { (t!("data-imports-note")) }
        p.downloads { (t!("data-download")) " " a href="/api/v1/imports?per_page=1000&format=csv" { "CSV" } a href="/api/v1/imports?per_page=1000&format=json" { "JSON" } }
        table {
            thead { tr { th { "#" } th { (t!("data-file")) } th { (t!("data-source-col")) } th { (t!("data-licence")) } th { (t!("data-imported")) } th.num { (t!("data-values")) } th.num { (t!("data-new")) } th.num { (t!("data-replaced")) } } }
            tbody {
                @for i in imports.iter().rev() {
                    tr {
                        td { (i.id) }
                        td { (i.file_name) br; span.small.muted title=(i.sha256) { (t!("data-checksum-short", checksum = &i.sha256[..12.min(i.sha256.len())])) } }
                        td.small { (i.source) }
                        td.small { (i.licence) }
                        td.small { (i.imported_at) }
                        td.num { (num(i.observations as f64, 0)) }
                        td.num { (num(i.counts.inserted as f64, 0)) }
                        td.num { (num(i.counts.replaced as f64, 0)) }
                    }
                }
            }
        }
    };
    Ok(crate::layout::page(&t!("data-title"), who, body))
}

/// The name of the checksum, the same in every language.
const CHECKSUM: &str = "SHA-256";

/// What an encoding is for, in the reader's language.
fn encoding_description(e: ingest::TextEncoding) -> String {
    use ingest::TextEncoding::*;
    t!(match e {
        Utf8 => "data-encoding-utf-8",
        Windows1250 => "data-encoding-windows-1250",
        Windows1252 => "data-encoding-windows-1252",
        Iso8859_2 => "data-encoding-iso-8859-2",
    })
}

pub(crate) fn field_text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The upload form. Who may upload is checked before the body is read, the city and the
/// CSRF token before the file is (the form sends them first), and the file is read with a
/// counted limit: see [`super::upload`].
async fn upload(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    upload::authorize_any_upload(&who)?;
    upload::refuse_declared_length(&headers, upload::MAX_FORM_BODY)?;
    let mut fields: HashMap<String, String> = HashMap::new();
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(upload::multipart_error)?
    {
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            authorize_form(&who, &fields)?;
            let fname = field.file_name().unwrap_or("upload.csv").to_string();
            let data = upload::read_field(&mut field, MAX_UPLOAD, upload::too_large).await?;
            file = Some((fname, data));
        } else {
            let data =
                upload::read_field(&mut field, upload::MAX_FIELD, upload::field_too_long).await?;
            fields.insert(name, field_text(&data));
        }
    }
    let (file_name, bytes) = file.ok_or_else(|| AppError::bad(t!("data-error-no-file")))?;
    let up = Upload {
        city: form_city(&fields),
        file_name,
        bytes,
        format: fields.get("format").cloned(),
        source: fields.get("source").cloned().unwrap_or_default(),
        licence: fields.get("licence").cloned().unwrap_or_default(),
        encoding: fields.get("encoding").cloned(),
    };
    // Parsing and writing the file block: on the blocking pool.
    let (s, w) = (state.clone(), who.clone());
    match crate::blocking::run(move || create_submission(&s, &w, up)).await {
        Ok(id) => Ok(Redirect::to(&format!("/submissions/{id}")).into_response()),
        // What is wrong with the file: said on the page, with the form, in its status.
        Err(e)
            if matches!(
                e.code,
                ErrorCode::InvalidFile | ErrorCode::InvalidParameter | ErrorCode::Conflict
            ) =>
        {
            let status = e.code.describe().1;
            let page = data_page(
                &state,
                &who,
                Some(Refusal {
                    error: &e,
                    fields: &fields,
                }),
            )?;
            Ok((status, render(page)).into_response())
        }
        Err(e) => Err(e),
    }
}

pub(crate) fn form_city(fields: &HashMap<String, String>) -> String {
    fields
        .get("city")
        .map(|c| c.trim().to_string())
        .unwrap_or_default()
}

/// Before a byte of the file is read: the city (sent before the file) and the right to
/// upload for it (deny by default), then the form's origin.
pub(crate) fn authorize_form(
    who: &Principal,
    fields: &HashMap<String, String>,
) -> Result<(), AppError> {
    let city = form_city(fields);
    if city.is_empty() {
        return Err(AppError::bad(t!("data-error-city-first")));
    }
    authorize(who, Action::Upload, Some(&city))?;
    check_csrf(who, fields.get("csrf").map(String::as_str))
}

async fn submission_page(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let sub = state
        .db
        .read(|s| Ok(s.submission(id)?))?
        .filter(|s| allowed(&who, Action::ReadDrafts, Some(&s.city)))
        .ok_or_else(|| {
            if who.is_public() {
                AppError::new(ErrorCode::Unauthenticated, t!("data-error-log-in-to-see"))
            } else {
                AppError::not_found(t!("data-error-no-submission", id = id.to_string()))
            }
        })?;
    let (values, events) = state
        .db
        .read(|s| Ok((s.draft_values(id)?, s.submission_events(id)?)))?;
    let report: serde_json::Value = serde_json::from_str(&sub.report).unwrap_or_default();
    let can = |a| allowed(&who, a, Some(&sub.city));
    let csrf = who.csrf().unwrap_or("").to_string();
    let body = html! {
        p.muted.small { a href="/data" { (t!("data-title")) } " " (t!("data-breadcrumb-submission", id = id.to_string())) }
        h1 { (t!("data-submission-title", id = id.to_string(), file = &sub.file_name)) }
        p {
            span class={ "badge " (sub.status.as_str()) } { (status_label(sub.status)) }
            " · " (t!("data-submission-city")) " " a href={ "/cities/" (sub.city) } { (sub.city) }
            " · " (t!("data-submission-values", count = i64::try_from(sub.values).unwrap_or(i64::MAX)))
            " · " (t!("data-submission-uploaded", who = &sub.created_by, when = &sub.created_at))
        }
        @if !sub.comment.is_empty() { p.warning { strong { (t!("data-comment")) " " } (sub.comment) } }
        h2 { (t!("data-report-title")) }
        table {
            tbody {
                tr { th { (t!("data-format")) } td { (sub.format) } }
                tr { th { (t!("data-rows-read")) } td { (report.get("rows_read").map(|v| v.to_string()).unwrap_or_default()) } }
                tr { th { (t!("data-values")) } td { (report.get("observations").map(|v| v.to_string()).unwrap_or_default()) } }
                tr { th { (t!("data-skipped")) } td { (report.get("skipped").map(|v| v.to_string()).unwrap_or_default()) } }
                tr { th { (t!("data-notes")) } td { (report.get("notes").map(|v| v.to_string()).unwrap_or_default()) } }
                tr { th { (t!("data-source-col")) } td { (sub.source) } }
                tr { th { (t!("data-licence")) } td { (sub.licence) } }
                tr { th { (CHECKSUM) } td.small { (sub.sha256) } }
            }
        }
        @if matches!(sub.status, Status::Draft | Status::Returned) && can(Action::Submit) {
            form method="post" action={ "/submissions/" (id) "/submit" } {
                input type="hidden" name="csrf" value=(csrf);
                p { (t!("data-submit-note")) }
                button type="submit" { (t!("data-submit-button")) }
            }
        }
        @if sub.status == Status::Submitted && can(Action::Publish) {
            form method="post" action={ "/submissions/" (id) "/publish" } {
                input type="hidden" name="csrf" value=(csrf);
                button type="submit" { (t!("data-publish-button")) }
            }
        }
        @if sub.status == Status::Submitted && can(Action::Return) {
            form method="post" action={ "/submissions/" (id) "/return" } {
                input type="hidden" name="csrf" value=(csrf);
                label for="comment" { (t!("data-return-label")) }
                textarea #comment name="comment" rows="3" required {}
                p { button.secondary type="submit" { (t!("data-return-button")) } }
            }
        }
        h2 { (t!("data-values")) }
        table {
            thead { tr { th { (t!("data-dataset")) } th { (t!("data-indicator")) } th { (t!("data-place")) } th { (t!("data-group")) } th { (t!("data-period")) } th.num { (t!("data-value")) } th { (t!("data-unit")) } } }
            tbody {
                @for v in values.iter().take(500) {
                    @let o = &v.observation;
                    tr {
                        td { (o.dataset) } td { (o.variable) } td { (o.geo) }
                        td { (super::city::group_label(&o.group)) @if !o.breakdown.is_empty() { " " span.small.muted { (o.breakdown_key()) } } }
                        td { (o.period) }
                        td.num { (crate::layout::auto(o.value)) (crate::layout::flags(o.flags)) }
                        td { (o.unit.clone().unwrap_or_default()) }
                    }
                }
            }
        }
        h2 { (t!("data-history")) }
        table {
            thead { tr { th { (t!("data-when")) } th { (t!("data-who")) } th { (t!("data-from")) } th { (t!("data-to")) } th { (t!("data-comment-col")) } } }
            tbody { @for e in &events { tr { td.small { (e.at) } td { (e.actor) } td { (status_text(&e.from_status)) } td { (status_text(&e.to_status)) } td { (e.comment) } } } }
        }
    };
    Ok(render(crate::layout::page(
        &t!("data-submission-page-title", id = id.to_string()),
        &who,
        body,
    )))
}

async fn submission_action(
    State(state): State<AppState>,
    who: Principal,
    Path((id, action)): Path<(i64, String)>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let step = Step::parse(&action)
        .ok_or_else(|| AppError::not_found(t!("data-error-no-action", action = &action)))?;
    // Authorisation is checked inside `act` (deny by default); the CSRF token as well
    // before anything is written.
    if !who.is_public() {
        check_csrf(&who, form.get("csrf").map(String::as_str))?;
    }
    let comment = form.get("comment").cloned().unwrap_or_default();
    crate::blocking::run(move || act(&state, &who, id, step, &comment)).await?;
    Ok(Redirect::to(&format!("/submissions/{id}")).into_response())
}
