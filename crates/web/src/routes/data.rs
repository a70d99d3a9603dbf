//! Data: upload a city's own file (the CLI's importers), see the validation report,
//! submit it for approval; approvers publish or send back with a comment; the list of
//! imports with their provenance.
//!
//! An upload never touches published data: it becomes a draft submission. Every write
//! handler calls [`authorize`] for the submission's city first, then checks the CSRF token.

use super::{MAX_UPLOAD, upload};
use crate::auth::{Action, Principal, allowed, authorize, check_csrf};
use crate::layout::{num, render};
use crate::workflow::Step;
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
            other => AppError::new(ErrorCode::UnknownGeography, other.to_string()),
        })
    })?;
    authorize(who, Action::Upload, Some(city.code.as_str()))?;
    let format = match up
        .format
        .as_deref()
        .filter(|f| !f.is_empty() && *f != "auto")
    {
        Some(f) => Some(ingest::Format::parse(f).ok_or_else(|| {
            AppError::bad(format!(
                "unknown format '{f}': choose one of {}",
                ingest::Format::names()
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
            AppError::bad(format!(
                "unknown encoding '{e}': choose one of {}",
                ingest::TextEncoding::ALL.map(|e| e.name()).join(", ")
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
            other => AppError::new(ErrorCode::InvalidFile, other.to_string()),
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
        .ok_or_else(|| AppError::not_found(format!("no submission {id}")))?;
    // A user who may not even read the city's drafts learns nothing about the submission.
    if !allowed(who, Action::ReadDrafts, Some(&sub.city)) {
        return Err(if who.is_public() {
            AppError::new(ErrorCode::Unauthenticated, "log in to do this")
        } else {
            AppError::not_found(format!("no submission {id}"))
        });
    }
    authorize(who, step.action(), Some(&sub.city))?;
    let actor = who.actor();
    match step.target() {
        // A practice file or a funding register is imported whole, as the CLI would.
        Status::Published if importer::drafts::keeps_file(&sub.format) => state.db.write(|s| {
            importer::drafts::publish_file(s, &actor, id, comment).map_err(|e| match e {
                importer::ImportError::Store(e) => AppError::from(e),
                other => AppError::new(ErrorCode::InvalidFile, other.to_string()),
            })
        }),
        Status::Published => state.db.write(|s| {
            s.publish_submission(&actor, id, comment)?;
            s.submission(id)?
                .ok_or_else(|| AppError::not_found("submission"))
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

async fn page(State(state): State<AppState>, who: Principal) -> Result<Response, AppError> {
    let imports = visible_imports(&state, &who)?;
    let subs = visible_submissions(&state, &who)?;
    let upload_cities: Vec<String> = if who.is_admin() {
        Vec::new()
    } else {
        who.cities()
            .into_iter()
            .filter(|c| allowed(&who, Action::Upload, Some(c)))
            .collect()
    };
    let can_upload = who.is_admin() || !upload_cities.is_empty();
    let formats: Vec<&str> = ingest::Format::all().map(|f| f.name()).collect();
    let body = html! {
        h1 { "Data" }
        p.lead { "Upload your city's own figures, check them, and submit them for approval. Nothing you upload is public until an approver of your city publishes it." }
        @if can_upload {
            h2 { "Upload a file" }
            form method="post" action="/data/upload" enctype="multipart/form-data" {
                input type="hidden" name="csrf" value=(who.csrf().unwrap_or(""));
                label for="city" { "City" }
                @if who.is_admin() {
                    input #city type="text" name="city" placeholder="City name or code, e.g. Osijek or HR004C" required;
                } @else {
                    select #city name="city" { @for c in &upload_cities { option value=(c) { (c) } } }
                }
                label for="file" { "File" }
                input #file type="file" name="file" required;
                label for="format" { "Format" }
                select #format name="format" {
                    option value="auto" { "detect from the file" }
                    @for f in &formats { option value=(f) { (f) } }
                }
                label for="encoding" { "Encoding of the text" }
                select #encoding name="encoding" {
                    @for e in ingest::TextEncoding::ALL { option value=(e.name()) { (e.name()) " — " (e.description()) } }
                }
                label for="source" { "Source (who produced the figures)" }
                input #source type="text" name="source" placeholder="City of Osijek, population register";
                label for="licence" { "Licence" }
                input #licence type="text" name="licence" placeholder="CC BY 4.0";
                p { button type="submit" { "Upload and check" } }
                p.small.muted { "The tidy layout is the easiest: one row per value with Year, Value and breakdown columns (see docs/tidy-csv.md in the repository)." }
                p.small.muted { "Also taken here, and published whole by your approver: your city's practice file (the columns of the practice library, starting with practice_id) and your city's funding register (the columns of data/templates/funding_operations_template.csv, with fields_of_action and target_groups). Both are checked row by row on upload." }
            }
        } @else if who.is_public() {
            p.notice { a href="/login?next=/data" { "Log in" } " to upload your city's figures." }
        }
        @if !subs.is_empty() {
            h2 { "Submissions" }
            table {
                thead { tr { th { "#" } th { "City" } th { "File" } th.num { "Values" } th { "Status" } th { "By" } th { "Updated" } } }
                tbody {
                    @for s in &subs {
                        tr {
                            td { a href={ "/submissions/" (s.id) } { (s.id) } }
                            td { a href={ "/cities/" (s.city) } { (s.city) } }
                            td { (s.file_name) }
                            td.num { (s.values) }
                            td { span class={ "badge " (s.status.as_str()) } { (s.status.as_str()) } }
                            td.small { (s.created_by) }
                            td.small { (s.updated_at) }
                        }
                    }
                }
            }
        }
        h2 id="imports" { "Imports and provenance" }
        p.muted.small { "Every published value comes from one of these imports: the file, its SHA-256 checksum, who published it, under which licence, and when." }
        p.downloads { "Download: " a href="/api/v1/imports?per_page=1000&format=csv" { "CSV" } a href="/api/v1/imports?per_page=1000&format=json" { "JSON" } }
        table {
            thead { tr { th { "#" } th { "File" } th { "Source" } th { "Licence" } th { "Imported" } th.num { "Values" } th.num { "New" } th.num { "Replaced" } } }
            tbody {
                @for i in imports.iter().rev() {
                    tr {
                        td { (i.id) }
                        td { (i.file_name) br; span.small.muted title=(i.sha256) { "sha256 " (&i.sha256[..12.min(i.sha256.len())]) "…" } }
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
    Ok(render(crate::layout::page("Data", &who, body)))
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
    let (file_name, bytes) = file.ok_or_else(|| AppError::bad("choose a file to upload"))?;
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
    let id = crate::blocking::run(move || create_submission(&state, &who, up)).await?;
    Ok(Redirect::to(&format!("/submissions/{id}")).into_response())
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
        return Err(AppError::bad(
            "the form must send the city before the file: reload the upload page and try again",
        ));
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
                AppError::new(ErrorCode::Unauthenticated, "log in to see submissions")
            } else {
                AppError::not_found(format!("no submission {id}"))
            }
        })?;
    let (values, events) = state
        .db
        .read(|s| Ok((s.draft_values(id)?, s.submission_events(id)?)))?;
    let report: serde_json::Value = serde_json::from_str(&sub.report).unwrap_or_default();
    let can = |a| allowed(&who, a, Some(&sub.city));
    let csrf = who.csrf().unwrap_or("").to_string();
    let body = html! {
        p.muted.small { a href="/data" { "Data" } " › submission " (id) }
        h1 { "Submission " (id) ": " (sub.file_name) }
        p { span class={ "badge " (sub.status.as_str()) } { (sub.status.as_str()) } " · city " a href={ "/cities/" (sub.city) } { (sub.city) } " · " (sub.values) " values · uploaded by " (sub.created_by) " on " (sub.created_at) }
        @if !sub.comment.is_empty() { p.warning { strong { "Comment: " } (sub.comment) } }
        h2 { "Validation report" }
        table {
            tbody {
                tr { th { "Format" } td { (sub.format) } }
                tr { th { "Rows read" } td { (report.get("rows_read").map(|v| v.to_string()).unwrap_or_default()) } }
                tr { th { "Values" } td { (report.get("observations").map(|v| v.to_string()).unwrap_or_default()) } }
                tr { th { "Skipped" } td { (report.get("skipped").map(|v| v.to_string()).unwrap_or_default()) } }
                tr { th { "Notes" } td { (report.get("notes").map(|v| v.to_string()).unwrap_or_default()) } }
                tr { th { "Source" } td { (sub.source) } }
                tr { th { "Licence" } td { (sub.licence) } }
                tr { th { "SHA-256" } td.small { (sub.sha256) } }
            }
        }
        @if matches!(sub.status, Status::Draft | Status::Returned) && can(Action::Submit) {
            form method="post" action={ "/submissions/" (id) "/submit" } {
                input type="hidden" name="csrf" value=(csrf);
                p { "The figures look right? Submit them to your city's approver." }
                button type="submit" { "Submit for approval" }
            }
        }
        @if sub.status == Status::Submitted && can(Action::Publish) {
            form method="post" action={ "/submissions/" (id) "/publish" } {
                input type="hidden" name="csrf" value=(csrf);
                button type="submit" { "Approve and publish" }
            }
        }
        @if sub.status == Status::Submitted && can(Action::Return) {
            form method="post" action={ "/submissions/" (id) "/return" } {
                input type="hidden" name="csrf" value=(csrf);
                label for="comment" { "Send back with a comment" }
                textarea #comment name="comment" rows="3" required {}
                p { button.secondary type="submit" { "Send back" } }
            }
        }
        h2 { "Values" }
        table {
            thead { tr { th { "Dataset" } th { "Indicator" } th { "Place" } th { "Group" } th { "Period" } th.num { "Value" } th { "Unit" } } }
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
        h2 { "History" }
        table {
            thead { tr { th { "When" } th { "Who" } th { "From" } th { "To" } th { "Comment" } } }
            tbody { @for e in &events { tr { td.small { (e.at) } td { (e.actor) } td { (e.from_status) } td { (e.to_status) } td { (e.comment) } } } }
        }
    };
    Ok(render(crate::layout::page(
        &format!("Submission {id}"),
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
    let step = Step::parse(&action).ok_or_else(|| {
        AppError::not_found(format!("no action '{action}' (submit, publish, return)"))
    })?;
    // Authorisation is checked inside `act` (deny by default); the CSRF token as well
    // before anything is written.
    if !who.is_public() {
        check_csrf(&who, form.get("csrf").map(String::as_str))?;
    }
    let comment = form.get("comment").cloned().unwrap_or_default();
    crate::blocking::run(move || act(&state, &who, id, step, &comment)).await?;
    Ok(Redirect::to(&format!("/submissions/{id}")).into_response())
}
