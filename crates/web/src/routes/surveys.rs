//! A city's own surveys, as its staff run them: bring a questionnaire (an XLSForm), field
//! it, hand out invitations or an open link, close it, weight the responses to the city's
//! margins, read the results with their intervals and the cells withheld. Everything is
//! done by [`surveys::collect`]; this module routes, checks the caller's role and renders.
//!
//! Who sees what: a survey, its responses and its results are for the staff of its city
//! (editors and approvers, [`Action::ReadSurveys`]); editors run it ([`Action::RunSurveys`]).
//! The results of an anonymous survey are shown only once it is closed, as for audit
//! rounds: results that change while answers come in could be read against the time one
//! person answered.

use super::audits::{base_url, city_name};
use super::upload;
use crate::auth::{Action, Principal, allowed, authorize, check_csrf};
use crate::layout::{num, render};
use crate::{AppError, AppState, ErrorCode};
use axum::Router;
use axum::extract::{Form, Multipart, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::{Markup, html};
use serde::Deserialize;
use std::collections::HashMap;
use store::surveys::{NewSurvey, QuestionnaireVersion, Survey};
use surveys::Questionnaire;
use surveys::collect::{self, CollectError};
use surveys::estimates::{Domain, EstimateOptions, Figure, ItemEstimates, Statistic, Withheld};

/// The largest questionnaire workbook or margins file accepted.
const MAX_FORM_FILE: usize = 8 << 20;

/// Invitations issued at once.
pub const MAX_INVITATIONS: usize = 5_000;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/surveys", get(index).post(open))
        .route("/surveys/questionnaires", post(import))
        .route("/surveys/template.xlsx", get(template))
        .route("/surveys/questionnaires/{id}/xlsform", get(xlsform))
        .route("/surveys/{id}", get(survey_page))
        .route("/surveys/{id}/invitations", post(invitations))
        .route("/surveys/{id}/close", post(close))
        .route("/surveys/{id}/weights", post(weights))
        .route("/surveys/{id}/weights/store", post(weights_from_store))
        .route("/surveys/{id}/submit", post(submit))
        .route("/surveys/{id}/published", get(published_page))
        .route("/surveys/{id}/results", get(results_page))
        .route("/surveys/{id}/results.csv", get(results_csv))
        .route("/surveys/{id}/responses.csv", get(responses_csv))
        .route("/surveys/{id}/codebook.json", get(codebook_json))
        .merge(super::survey_respond::routes())
}

/// Whether `who` works for the city (its surveys' responses and results).
pub(crate) fn staff(who: &Principal, city: &str) -> bool {
    allowed(who, Action::ReadSurveys, Some(city))
}

/// A survey the caller works for, or a 404 that says nothing of its existence.
pub(crate) fn staff_survey(
    state: &AppState,
    who: &Principal,
    id: i64,
) -> Result<(Survey, Questionnaire), AppError> {
    let found = state.db.read(|s| Ok(collect::survey(s, id)?));
    match found {
        Ok((s, q)) if staff(who, &s.city) => Ok((s, q)),
        Ok(_)
        | Err(AppError {
            code: ErrorCode::NotFound,
            ..
        }) if who.is_public() => Err(AppError::new(
            ErrorCode::Unauthenticated,
            t!("surveys-error-log-in"),
        )),
        Ok(_) => Err(AppError::not_found(t!(
            "surveys-error-no-survey",
            id = id.to_string()
        ))),
        Err(e) => Err(e),
    }
}

/// A survey the caller runs (an editor of its city).
fn run_survey(
    state: &AppState,
    who: &Principal,
    id: i64,
) -> Result<(Survey, Questionnaire), AppError> {
    let (s, q) = staff_survey(state, who, id)?;
    authorize(who, Action::RunSurveys, Some(&s.city))?;
    Ok((s, q))
}

/// Refused while an anonymous survey is open ([`results_ready`]).
pub(crate) fn require_results(s: &Survey) -> Result<(), AppError> {
    if results_ready(s) {
        Ok(())
    } else {
        Err(AppError::new(
            ErrorCode::Conflict,
            t!("surveys-results-after-close"),
        ))
    }
}

fn field<'a>(form: &'a HashMap<String, String>, name: &str) -> &'a str {
    form.get(name).map(|v| v.trim()).unwrap_or("")
}

fn status_badge(s: &Survey) -> Markup {
    let (class, text) = if s.is_open() {
        ("draft", t!("surveys-status-open"))
    } else {
        ("returned", t!("surveys-status-closed"))
    };
    html! { span class={ "badge " (class) } { (text) } }
}

/// `GET /surveys`: the caller's cities' surveys and questionnaires, the forms to bring a
/// questionnaire and to field one; for everybody, where to answer with a code.
async fn index(State(state): State<AppState>, who: Principal) -> Result<Response, AppError> {
    let (body, who) =
        crate::blocking::run(move || index_body(&state, &who, None).map(|b| (b, who))).await?;
    Ok(render(crate::layout::page(
        &t!("surveys-title"),
        &who,
        body,
    )))
}

fn run_cities(who: &Principal) -> Vec<String> {
    who.cities()
        .into_iter()
        .filter(|c| allowed(who, Action::RunSurveys, Some(c)))
        .collect()
}

fn index_body(
    state: &AppState,
    who: &Principal,
    problems: Option<&Markup>,
) -> Result<Markup, AppError> {
    let all = state.db.read(|s| Ok(s.surveys(None)?))?;
    let own: Vec<&Survey> = all.iter().filter(|s| staff(who, &s.city)).collect();
    let forms = state.db.read(|s| Ok(s.questionnaires(None)?))?;
    let own_forms: Vec<_> = forms
        .iter()
        .filter(|f| allowed(who, Action::RunSurveys, Some(&f.city)))
        .collect();
    let cities = run_cities(who);
    let csrf = who.csrf().unwrap_or("");
    let may_run = who.is_admin() || !cities.is_empty();
    Ok(html! {
        h1 { (t!("surveys-heading")) }
        p.lead { (t!("surveys-lead")) }
        p.notice { (t!("surveys-invited-before")) " " a href="/survey" { (t!("surveys-invited-link")) } }
        @if let Some(p) = problems { (p) }
        @if !own.is_empty() {
            h2 { (t!("surveys-own")) }
            table {
                thead { tr { th scope="col" { (t!("surveys-col-survey")) } th scope="col" { (t!("surveys-col-city")) } th scope="col" { (t!("surveys-col-access")) } th scope="col" { (t!("surveys-col-dates")) } th scope="col" { (t!("surveys-col-status")) } } }
                tbody { @for s in &own {
                    tr {
                        td { a href={ "/surveys/" (s.id) } { (s.title) } }
                        td { a href={ "/cities/" (s.city) } { (city_name(state, &s.city)) } }
                        td { (access_text(s)) }
                        td.small { (s.opens) " – " (s.closes) }
                        td { (status_badge(s)) }
                    }
                } }
            }
        }
        @if may_run {
            h2 #questionnaires { (t!("surveys-questionnaires")) }
            @if own_forms.is_empty() { p.muted { (t!("surveys-no-questionnaires")) } } @else {
                table {
                    thead { tr { th scope="col" { (t!("surveys-col-questionnaire")) } th scope="col" { (t!("surveys-col-city")) } th.num scope="col" { (t!("surveys-col-version")) } th scope="col" { "XLSForm" } } }
                    tbody { @for f in &own_forms {
                        tr { td { (f.title) " " span.muted.small { "(" (f.form_id) ")" } } td { (city_name(state, &f.city)) } td.num { (f.version) } td { a href={ "/surveys/questionnaires/" (f.id) "/xlsform" } { (t!("surveys-download")) } " · " a href={ "/surveys/questionnaires/" (f.id) "/edit" } { (t!("editor-edit-link")) } } }
                    } }
                }
            }
            h3 { (t!("editor-start-heading")) }
            form.stack method="post" action="/surveys/questionnaires/template" {
                input type="hidden" name="csrf" value=(csrf);
                p.small { (t!("editor-start-note")) }
                label for="template-city" { (t!("surveys-col-city")) }
                @if cities.is_empty() {
                    input #template-city type="text" name="city" placeholder="HR005C" required;
                } @else {
                    select #template-city name="city" { @for c in &cities { option value=(c) { (c) } } }
                }
                p { button type="submit" { (t!("editor-start-button")) } }
            }
            h3 { (t!("surveys-import-heading")) }
            p.small { (t!("surveys-import-note")) " " a href="/surveys/template.xlsx" { (t!("surveys-template-link")) } }
            form.stack method="post" action="/surveys/questionnaires" enctype="multipart/form-data" {
                input type="hidden" name="csrf" value=(csrf);
                (city_field(&cities))
                label for="file" { (t!("surveys-field-file")) }
                input #file type="file" name="file" accept=".xlsx" required;
                p { button type="submit" { (t!("surveys-import-button")) } }
            }
            @if !own_forms.is_empty() {
                h3 #open { (t!("surveys-open-heading")) }
                form.stack method="post" action="/surveys" {
                    input type="hidden" name="csrf" value=(csrf);
                    label for="questionnaire" { (t!("surveys-col-questionnaire")) }
                    select #questionnaire name="questionnaire" {
                        @for f in &own_forms { option value=(f.id) { (f.title) " · " (f.city) " · " (t!("surveys-col-version")) " " (f.version) } }
                    }
                    label for="title" { (t!("surveys-field-title")) }
                    input #title type="text" name="title" required;
                    fieldset {
                        legend { (t!("surveys-respondents")) }
                        label.option { input type="radio" name="mode" value="anonymous" checked; " " (t!("surveys-mode-anonymous")) }
                        label.option { input type="radio" name="mode" value="named"; " " (t!("surveys-mode-named")) }
                    }
                    fieldset {
                        legend { (t!("surveys-col-access")) }
                        label.option { input type="radio" name="access" value="invitation" checked; " " (t!("surveys-access-invitation")) }
                        label.option { input type="radio" name="access" value="open"; " " (t!("surveys-access-open")) }
                    }
                    label for="opens" { (t!("surveys-field-opens")) }
                    input #opens type="date" name="opens" required;
                    label for="closes" { (t!("surveys-field-closes")) }
                    input #closes type="date" name="closes" required;
                    p { button type="submit" { (t!("surveys-open-button")) } }
                }
            }
        }
    })
}

fn city_field(cities: &[String]) -> Markup {
    html! {
        label for="city" { (t!("surveys-col-city")) }
        @if cities.is_empty() {
            input #city type="text" name="city" placeholder="HR005C" required;
        } @else {
            select #city name="city" { @for c in cities { option value=(c) { (c) } } }
        }
    }
}

fn access_text(s: &Survey) -> String {
    let mode = if s.is_anonymous() {
        t!("surveys-mode-anonymous-short")
    } else {
        t!("surveys-mode-named-short")
    };
    let access = if s.is_open_link() {
        t!("surveys-access-open-short")
    } else {
        t!("surveys-access-invitation-short")
    };
    format!("{mode}, {access}")
}

/// Reads a multipart form whose file may be up to [`MAX_FORM_FILE`]: the other fields come
/// first (the city, the CSRF token), and `before_file` checks them before the file is read.
async fn read_form(
    mut multipart: Multipart,
    before_file: impl Fn(&HashMap<String, String>) -> Result<(), AppError>,
) -> Result<(HashMap<String, String>, Vec<u8>), AppError> {
    let mut fields = HashMap::new();
    let mut file = None;
    while let Some(mut f) = multipart
        .next_field()
        .await
        .map_err(upload::multipart_error)?
    {
        let name = f.name().unwrap_or("").to_string();
        if name == "file" {
            before_file(&fields)?;
            file = Some(upload::read_field(&mut f, MAX_FORM_FILE, upload::too_large).await?);
        } else {
            let data =
                upload::read_field(&mut f, upload::MAX_FIELD, upload::field_too_long).await?;
            fields.insert(name, String::from_utf8_lossy(&data).into_owned());
        }
    }
    let file = file.ok_or_else(|| AppError::bad(t!("surveys-error-no-file")))?;
    Ok((fields, file))
}

/// Problems that kept nothing, listed in an alert.
pub(crate) fn show_problems(problems: &[String]) -> Markup {
    html! {
        div.error role="alert" {
            p { strong { (t!("surveys-form-problems", count = problems.len())) } }
            ul { @for p in problems { li { (p) } } }
            p.small { (t!("surveys-form-nothing-kept")) }
        }
    }
}

/// `POST /surveys/questionnaires`: keeps an XLSForm for a city; a form with problems is
/// shown back with every problem by sheet, row and column, and nothing is kept.
async fn import(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    multipart: Multipart,
) -> Result<Response, AppError> {
    if !who.is_admin() && run_cities(&who).is_empty() {
        authorize(&who, Action::RunSurveys, None)?;
    }
    upload::refuse_declared_length(&headers, MAX_FORM_FILE + upload::MAX_FIELD)?;
    let check = |fields: &HashMap<String, String>| {
        let city = field(fields, "city");
        authorize(&who, Action::RunSurveys, Some(city))?;
        check_csrf(&who, fields.get("csrf").map(String::as_str))
    };
    let (fields, bytes) = read_form(multipart, check).await?;
    let city = field(&fields, "city").to_string();
    crate::blocking::run(move || {
        let actor = who.actor();
        match state
            .db
            .write(|s| Ok(collect::import_questionnaire(s, &actor, &city, &bytes)))?
        {
            Ok(kept) => Ok(Redirect::to(&format!("/surveys?imported={}#open", kept.version.id))
                .into_response()),
            Err(CollectError::Form(errors)) => {
                let problems = html! {
                    div.error role="alert" {
                        p { strong { (t!("surveys-form-problems", count = errors.0.len())) } }
                        table {
                            thead { tr { th scope="col" { (t!("surveys-col-sheet")) } th scope="col" { (t!("surveys-col-row")) } th scope="col" { (t!("surveys-col-column")) } th scope="col" { (t!("surveys-col-problem")) } } }
                            tbody { @for e in &errors.0 {
                                tr { td { (e.sheet) } td { (e.row.map(|r| r.to_string()).unwrap_or_default()) } td { (e.column.clone().unwrap_or_default()) @if let Some(l) = &e.letter { " (" (l) ")" } } td { (e.message) } }
                            } }
                        }
                        p.small { (t!("surveys-form-nothing-kept")) }
                    }
                };
                let body = index_body(&state, &who, Some(&problems))?;
                Ok((
                    StatusCode::UNPROCESSABLE_ENTITY,
                    render(crate::layout::page(&t!("surveys-title"), &who, body)),
                )
                    .into_response())
            }
            Err(e) => Err(e.into()),
        }
    })
    .await
}

/// A questionnaire version of a city the caller works for, or a 404 that says nothing of
/// its existence.
pub(crate) fn questionnaire_for_staff(
    state: &AppState,
    who: &Principal,
    id: i64,
) -> Result<(QuestionnaireVersion, Questionnaire), AppError> {
    let (v, q) = state.db.read(|s| Ok(collect::questionnaire(s, id)?))?;
    if !staff(who, &v.city) {
        return Err(AppError::not_found(t!(
            "surveys-error-no-questionnaire",
            id = id.to_string()
        )));
    }
    Ok((v, q))
}

/// `GET /surveys/questionnaires/{id}/xlsform`: the questionnaire as its city keeps it.
async fn xlsform(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let (v, q) = questionnaire_for_staff(&state, &who, id)?;
        let name = format!("{}-v{}.xlsx", v.form_id, v.version);
        Ok(download(
            surveys::export(&q),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            &name,
        ))
    })
    .await
}

pub(crate) fn download(bytes: Vec<u8>, content_type: &str, name: &str) -> Response {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{safe}\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        bytes,
    )
        .into_response()
}

/// `GET /surveys/template.xlsx`: the observatory's template questionnaire, to adapt.
async fn template() -> Response {
    download(
        surveys::TEMPLATE.to_vec(),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "city-survey-of-migrants.xlsx",
    )
}

/// `POST /surveys`: fields a questionnaire.
async fn open(
    State(state): State<AppState>,
    who: Principal,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    check_csrf(&who, form.get("csrf").map(String::as_str))?;
    let questionnaire: i64 = field(&form, "questionnaire")
        .parse()
        .map_err(|_| AppError::bad(t!("surveys-error-questionnaire")))?;
    crate::blocking::run(move || {
        let (v, _) = state
            .db
            .read(|s| Ok(collect::questionnaire(s, questionnaire)?))?;
        authorize(&who, Action::RunSurveys, Some(&v.city))?;
        let actor = who.actor();
        let id = state.db.write(|s| {
            Ok(collect::open(
                s,
                &actor,
                &NewSurvey {
                    questionnaire,
                    title: field(&form, "title"),
                    mode: field(&form, "mode"),
                    access: field(&form, "access"),
                    opens: field(&form, "opens"),
                    closes: field(&form, "closes"),
                },
            )?)
        })?;
        Ok(Redirect::to(&format!("/surveys/{id}")).into_response())
    })
    .await
}

/// `GET /surveys/{id}`: the survey as its city's staff run it.
async fn survey_page(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let base = base_url(&state, &headers);
    crate::blocking::run(move || {
        let (s, q) = staff_survey(&state, &who, id)?;
        let body = survey_body(&state, &who, &s, &q, &base, None)?;
        Ok(render(crate::layout::page(&s.title, &who, body)))
    })
    .await
}

fn results_ready(s: &Survey) -> bool {
    !s.is_open() || !s.is_anonymous()
}

fn survey_body(
    state: &AppState,
    who: &Principal,
    s: &Survey,
    q: &Questionnaire,
    base: &str,
    codes: Option<&[String]>,
) -> Result<Markup, AppError> {
    let counts = state.db.read(|st| Ok(st.survey_invitation_count(s.id)?))?;
    let summary = state
        .db
        .read(|st| Ok(collect::weights_summary(st, s.id)?))?;
    let run = allowed(who, Action::RunSurveys, Some(&s.city));
    let csrf = who.csrf().unwrap_or("");
    let languages: Vec<&str> = q.languages.iter().map(|l| l.name.as_str()).collect();
    Ok(html! {
        p.muted.small { a href="/surveys" { (t!("surveys-title")) } " › " a href={ "/cities/" (s.city) } { (city_name(state, &s.city)) } }
        h1 { (s.title) }
        p { (status_badge(s)) " · " (access_text(s)) " · " (s.opens) " – " (s.closes) }
        p.small { (t!("surveys-questionnaire-line", title = q.title(&q.default_language), questions = q.questions().filter(|x| x.kind != surveys::form::Kind::Note).count(), pages = q.sections.len(), languages = languages.join(", "))) }
        @if s.is_anonymous() { p.small.muted { (t!("surveys-anonymous-note")) } }
        h2 { (t!("surveys-responses")) }
        p { (t!("surveys-counts", used = counts.used as usize, issued = counts.issued as usize)) }
        @if let Some(codes) = codes {
            section.codes aria-labelledby="codes-heading" {
                h3 #codes-heading { (t!("surveys-codes-heading", count = codes.len())) }
                p.small { (t!("surveys-codes-once")) }
                ol.codes { @for c in codes {
                    @let t = assessment::tokens::normalise(c);
                    @let link = format!("{base}/survey/respond/{t}");
                    li { strong.code { (c) } " " a.small href={ "/survey/respond/" (t) } { (link) } }
                } }
            }
        }
        @if run && s.is_open() {
            @if s.is_open_link() {
                @let link = format!("{base}/survey/open/{}", s.id);
                p { (t!("surveys-open-link")) " " a href={ "/survey/open/" (s.id) } { (link) } }
            }
            h3 { (t!("surveys-issue")) }
            form.stack method="post" action={ "/surveys/" (s.id) "/invitations" } {
                input type="hidden" name="csrf" value=(csrf);
                label for="count" { (t!("surveys-field-count")) }
                input #count type="number" name="count" min="1" max=(MAX_INVITATIONS) value="30" required;
                p { button type="submit" { (t!("surveys-issue")) } }
            }
            h3 { (t!("surveys-close")) }
            form method="post" action={ "/surveys/" (s.id) "/close" } {
                input type="hidden" name="csrf" value=(csrf);
                p.small { (t!("surveys-close-note")) }
                button.secondary type="submit" { (t!("surveys-close")) }
            }
        }
        h2 { (t!("surveys-weighting")) }
        @match summary {
            Some(w) => {
                p { (t!("surveys-weighted", weighted = w.weighted, unplaced = w.unplaced, deff = num(w.design_effect, 2), neff = num(w.effective_n, 1), min = num(w.min, 2), max = num(w.max, 2))) }
                @for m in raked_to(s) { p.small.muted { (t!("surveys-raked-to", source = m)) } }
            },
            None => p.muted { (t!("surveys-not-weighted")) },
        }
        @if run && counts.used > 0 {
            form.stack method="post" action={ "/surveys/" (s.id) "/weights" } enctype="multipart/form-data" {
                input type="hidden" name="csrf" value=(csrf);
                label for="margins" { (t!("surveys-field-margins")) }
                p.small.muted #margins-hint { (t!("surveys-margins-hint")) }
                input #margins type="file" name="file" accept=".toml,text/plain" aria-describedby="margins-hint" required;
                p { button type="submit" { (t!("surveys-weight-button")) } }
            }
            form.stack method="post" action={ "/surveys/" (s.id) "/weights/store" } {
                input type="hidden" name="csrf" value=(csrf);
                p.small.muted { (t!("surveys-store-margins-hint")) }
                p { button.secondary type="submit" { (t!("surveys-store-margins-button")) } }
            }
        }
        h2 { (t!("surveys-results")) }
        @if results_ready(s) {
            p { a href={ "/surveys/" (s.id) "/results" } { (t!("surveys-see-results")) } " · " a href={ "/surveys/" (s.id) "/results.csv" } { "CSV" } " · " a href={ "/surveys/" (s.id) "/responses.csv" } { (t!("surveys-raw-responses")) } " · " a href={ "/surveys/" (s.id) "/codebook.json" } { (t!("surveys-codebook")) } " · " a href={ "/surveys/questionnaires/" (s.questionnaire) "/xlsform" } { "XLSForm" } }
        } @else {
            p.muted { (t!("surveys-results-after-close")) }
        }
        h2 { (t!("surveys-publication")) }
        @match (s.submission, s.is_open()) {
            (Some(sub), _) => p {
                @if s.is_published() {
                    (t!("surveys-published")) " " a href={ "/surveys/" (s.id) "/published" } { (t!("surveys-published-link")) }
                } @else {
                    (t!("surveys-submitted")) " " a href={ "/submissions/" (sub) } { (t!("surveys-submission-link", id = sub)) }
                }
            },
            (None, true) => p.muted { (t!("surveys-publish-after-close")) },
            (None, false) => {
                @if run {
                    form method="post" action={ "/surveys/" (s.id) "/submit" } {
                        input type="hidden" name="csrf" value=(csrf);
                        p.small { (t!("surveys-submit-note")) }
                        button type="submit" { (t!("surveys-submit-button")) }
                    }
                } @else {
                    p.muted { (t!("surveys-not-submitted")) }
                }
            },
        }
    })
}

/// `POST /surveys/{id}/submit`: the closed survey's results go to the city's approver,
/// frozen; the submission's page follows them.
async fn submit(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    check_csrf(&who, form.get("csrf").map(String::as_str))?;
    let sub = crate::blocking::run(move || {
        run_survey(&state, &who, id)?;
        let actor = who.actor();
        state
            .db
            .write(|st| Ok(collect::submit_results(st, &actor, id)?))
    })
    .await?;
    Ok(Redirect::to(&format!("/submissions/{sub}")).into_response())
}

/// A city's own published surveys on its public-opinion page: each round with its link, and
/// how each figure changed between the two latest rounds of a questionnaire, with the
/// probability that the change is real ([`surveys::trend`]). Nothing when none is published.
pub(crate) fn city_trends(state: &AppState, code: &str, city: &str) -> Result<Markup, AppError> {
    let (rounds, trends) = state
        .db
        .read(|st| Ok((collect::published(st, code)?, collect::trends(st, code)?)))?;
    if rounds.is_empty() {
        return Ok(html! {});
    }
    Ok(html! {
        section aria-labelledby="own-surveys" {
            h2 id="own-surveys" { (t!("surveys-own-heading", city = city)) }
            p.small { (t!("surveys-own-intro", city = city)) }
            ul {
                @for (s, _, r) in rounds.iter().rev() {
                    li { a href={ "/surveys/" (s.id) "/published" } { (s.title) } " · " (s.opens) " – " (s.closes) " · " (t!("surveys-own-responses", responses = r.responses)) }
                }
            }
            @for collect::Trend { before, after, questionnaire: q, changes } in &trends {
                @let lang = super::survey_respond::survey_language(q, None);
                @let labels = Labels { q, lang: &lang, by: None, public: true };
                @if changes.is_empty() {
                    p.muted { (t!("surveys-own-nothing-to-compare", before = before.title.as_str(), after = after.title.as_str())) }
                } @else {
                    div.table-wrap { table {
                        caption { (t!("surveys-own-caption", before = before.title.as_str(), after = after.title.as_str())) }
                        thead { tr {
                            th scope="col" { (t!("surveys-col-question")) }
                            th scope="col" { (t!("surveys-col-answer")) }
                            th.num scope="col" { (before.closes) }
                            th.num scope="col" { (after.closes) }
                            th.num scope="col" { (t!("surveys-own-col-change")) }
                            th.num scope="col" { (t!("surveys-own-col-probability")) }
                            th scope="col" { (t!("surveys-own-col-verdict")) }
                        } }
                        tbody { @for c in changes {
                            @let scale = if matches!(c.statistic, Statistic::Mean) { 1.0 } else { 100.0 };
                            @let decimals = if scale == 1.0 { 2 } else { 1 };
                            tr {
                                th scope="row" { (labels.question(&c.question)) }
                                td { (labels.statistic(&c.question, &c.statistic)) }
                                td.num { (num(scale * c.before.estimate, decimals)) br; span.small.muted { (num(scale * c.before.lower, decimals)) " – " (num(scale * c.before.upper, decimals)) } }
                                td.num { (num(scale * c.after.estimate, decimals)) br; span.small.muted { (num(scale * c.after.lower, decimals)) " – " (num(scale * c.after.upper, decimals)) } }
                                td.num { (super::city::signed(scale * c.difference, decimals)) }
                                td.num { (num(100.0 * c.probability_real, 0)) "%" }
                                td { (direction_text(c)) }
                            }
                        } }
                    } }
                }
            }
            p.small.muted { (t!("surveys-own-method")) }
        }
    })
}

fn direction_text(c: &surveys::trend::Change) -> String {
    let p = num(c.p_value, 3);
    match c.direction {
        surveys::trend::Direction::Rose => t!("surveys-own-rose", p = p),
        surveys::trend::Direction::Fell => t!("surveys-own-fell", p = p),
        surveys::trend::Direction::NoClearChange => t!("surveys-own-no-change", p = p),
    }
}

/// `GET /surveys/{id}/published`: the results as published, for everybody: the figures the
/// approver published, frozen, small cells withheld, no free text.
async fn published_page(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let (s, q, r) = state
            .db
            .read(|st| {
                let (s, _) = collect::survey(st, id)?;
                Ok(collect::published(st, &s.city)?)
            })?
            .into_iter()
            .find(|(s, _, _)| s.id == id)
            .ok_or_else(|| {
                AppError::not_found(t!("surveys-error-unpublished", id = id.to_string()))
            })?;
        let lang = super::survey_respond::survey_language(&q, None);
        let labels = Labels {
            q: &q,
            lang: &lang,
            by: None,
            public: true,
        };
        let city = city_name(&state, &s.city);
        let body = html! {
            p.muted.small { a href={ "/cities/" (s.city) } { (city) } " › " a href={ "/cities/" (s.city) "/opinion" } { (t!("opinion-profile-link")) } }
            h1 { (t!("surveys-results-heading", title = s.title.as_str())) }
            p { (t!("surveys-published-lead", city = city.as_str(), opens = s.opens.as_str(), closes = s.closes.as_str(), responses = r.responses)) " "
                @if r.weighted { (t!("surveys-results-weighted")) } @else { (t!("surveys-results-unweighted")) } }
            p.small.muted { (t!("surveys-results-note", min = EstimateOptions::default().min_cell as usize)) }
            @for item in &r.items { (item_table(&labels, item)) }
        };
        Ok(render(crate::layout::page(&s.title, &who, body)))
    })
    .await
}

/// `POST /surveys/{id}/invitations`: new codes, shown once.
async fn invitations(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    check_csrf(&who, form.get("csrf").map(String::as_str))?;
    let count: usize = field(&form, "count")
        .parse()
        .ok()
        .filter(|n| (1..=MAX_INVITATIONS).contains(n))
        .ok_or_else(|| {
            AppError::bad(t!("surveys-error-count", max = MAX_INVITATIONS.to_string()))
        })?;
    let base = base_url(&state, &headers);
    crate::blocking::run(move || {
        let (s, q) = run_survey(&state, &who, id)?;
        let actor = who.actor();
        let codes = state
            .db
            .write(|st| Ok(collect::invite(st, &actor, id, count)?))?;
        let body = survey_body(&state, &who, &s, &q, &base, Some(&codes))?;
        let mut resp = render(crate::layout::page(&s.title, &who, body));
        resp.headers_mut().insert(
            header::CACHE_CONTROL,
            "private, no-store".parse().expect("static"),
        );
        Ok(resp)
    })
    .await
}

/// `POST /surveys/{id}/close`.
async fn close(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    check_csrf(&who, form.get("csrf").map(String::as_str))?;
    crate::blocking::run(move || {
        run_survey(&state, &who, id)?;
        let actor = who.actor();
        state.db.write(|st| Ok(st.close_survey(&actor, id)?))?;
        Ok(Redirect::to(&format!("/surveys/{id}")).into_response())
    })
    .await
}

/// `POST /surveys/{id}/weights`: rakes the responses to the margins of a file (the same
/// TOML as `observatory survey weight`); a problem is shown and nothing is kept.
async fn weights(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Path(id): Path<i64>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    upload::refuse_declared_length(&headers, MAX_FORM_FILE + upload::MAX_FIELD)?;
    {
        let (state, who) = (state.clone(), who.clone());
        crate::blocking::run(move || run_survey(&state, &who, id)).await?;
    }
    let check =
        |fields: &HashMap<String, String>| check_csrf(&who, fields.get("csrf").map(String::as_str));
    let (_, bytes) = read_form(multipart, check).await?;
    let text =
        String::from_utf8(bytes).map_err(|_| AppError::bad(t!("surveys-error-margins-utf8")))?;
    let spec = surveys::weighting::WeightingSpec::from_toml(&text)
        .map_err(|e| AppError::bad(t!("surveys-error-margins", message = e)))?;
    crate::blocking::run(move || {
        let actor = who.actor();
        state
            .db
            .write(|st| Ok(collect::weight_survey(st, &actor, id, &spec)?))?;
        Ok(Redirect::to(&format!("/surveys/{id}")).into_response())
    })
    .await
}

/// The margins a survey's weights were raked to: each margin's question and source.
fn raked_to(s: &Survey) -> Vec<String> {
    s.weighting
        .as_deref()
        .and_then(|j| serde_json::from_str::<surveys::weighting::WeightingSpec>(j).ok())
        .map(|spec| {
            spec.margins
                .iter()
                .map(|m| match m.source.as_str() {
                    "" => m.question.clone(),
                    src => format!("{} ({src})", m.question),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// `POST /surveys/{id}/weights/store`: rakes the responses to the city's population born
/// in the country and abroad as the store holds it; a problem is shown, nothing is kept.
async fn weights_from_store(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    check_csrf(&who, form.get("csrf").map(String::as_str))?;
    crate::blocking::run(move || {
        run_survey(&state, &who, id)?;
        let actor = who.actor();
        state
            .db
            .write(|st| Ok(collect::weight_survey_to_store(st, &actor, id)?))?;
        Ok(Redirect::to(&format!("/surveys/{id}")).into_response())
    })
    .await
}

#[derive(Debug, Deserialize)]
struct ResultsQuery {
    by: Option<String>,
}

fn results_of(
    state: &AppState,
    who: &Principal,
    id: i64,
    by: Option<&str>,
) -> Result<(Survey, Questionnaire, collect::Results), AppError> {
    let (s, q) = staff_survey(state, who, id)?;
    require_results(&s)?;
    let r = state.db.read(|st| {
        Ok(collect::results(
            st,
            id,
            by.filter(|b| !b.is_empty()),
            &EstimateOptions::default(),
        )?)
    })?;
    Ok((s, q, r))
}

/// `GET /surveys/{id}/results?by=QUESTION`: every question's estimates with intervals, by a
/// single-choice question if asked; cells withheld say why.
async fn results_page(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    Query(query): Query<ResultsQuery>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let (s, q, r) = results_of(&state, &who, id, query.by.as_deref())?;
        let summary = state
            .db
            .read(|st| Ok(collect::weights_summary(st, id)?))?;
        let lang = super::survey_respond::survey_language(&q, None);
        let labels = Labels { q: &q, lang: &lang, by: query.by.as_deref().filter(|b| !b.is_empty()), public: false };
        let breakdowns: Vec<&surveys::form::Question> = q
            .questions()
            .filter(|x| q.breakdown(&x.name).is_some())
            .collect();
        let body = html! {
            p.muted.small { a href="/surveys" { (t!("surveys-title")) } " › " a href={ "/surveys/" (s.id) } { (s.title) } }
            h1 { (t!("surveys-results-heading", title = s.title.as_str())) }
            p { (t!("surveys-results-lead", responses = r.responses)) " "
                @if r.weighted { (t!("surveys-results-weighted")) } @else { (t!("surveys-results-unweighted")) } }
            @if let Some(w) = summary { p.small { (t!("surveys-weighted", weighted = w.weighted, unplaced = w.unplaced, deff = num(w.design_effect, 2), neff = num(w.effective_n, 1), min = num(w.min, 2), max = num(w.max, 2))) } }
            p.small.muted { (t!("surveys-results-note", min = EstimateOptions::default().min_cell as usize)) }
            form.inline method="get" action={ "/surveys/" (s.id) "/results" } {
                label for="by" { (t!("surveys-by")) }
                select #by name="by" {
                    option value="" { (t!("surveys-by-none")) }
                    @for b in &breakdowns { option value=(b.name) selected[labels.by == Some(b.name.as_str())] { (labels.question(&b.name)) } }
                }
                " " button.secondary type="submit" { (t!("surveys-by-button")) }
            }
            p { a href={ "/surveys/" (s.id) "/results.csv" } { (t!("surveys-download-csv")) } }
            @for item in &r.items { (item_table(&labels, item)) }
        };
        Ok(render(crate::layout::page(&s.title, &who, body)))
    })
    .await
}

/// The questionnaire's words for names, in its language for the reader.
struct Labels<'a> {
    q: &'a Questionnaire,
    lang: &'a str,
    by: Option<&'a str>,
    /// The published results: free texts are counted, never shown.
    public: bool,
}

impl Labels<'_> {
    fn question(&self, name: &str) -> String {
        self.q
            .label(name, self.lang)
            .map_or_else(|| name.to_string(), str::to_string)
    }

    fn choice(&self, question: &str, choice: &str) -> String {
        self.q
            .question(question)
            .and_then(|x| x.kind.list())
            .and_then(|l| self.q.choice_label(l, choice, self.lang))
            .map_or_else(|| choice.to_string(), str::to_string)
    }

    fn domain(&self, d: &Domain) -> String {
        match (d, self.by) {
            (Domain::All, _) => t!("surveys-domain-all"),
            (Domain::Class(c), Some(by)) => self.choice(by, c),
            (Domain::Class(c), None) => c.clone(),
            (Domain::NotAnswered, _) => t!("surveys-domain-not-answered"),
        }
    }

    fn statistic(&self, question: &str, s: &Statistic) -> String {
        match s {
            Statistic::Share(c) => self.choice(question, c),
            Statistic::Mean => t!("surveys-stat-mean"),
            Statistic::TopTwoBox => t!("surveys-stat-top-two"),
        }
    }
}

fn withheld_text(w: Withheld) -> String {
    t!(match w {
        Withheld::SmallCell => "surveys-withheld-small",
        Withheld::Complementary => "surveys-withheld-complementary",
        Withheld::Unreliable => "surveys-withheld-unreliable",
    })
}

/// A share in percent, a mean as it is.
fn shown(f: &Figure, x: f64) -> String {
    match f.statistic {
        Statistic::Mean => num(x, 2),
        _ => num(100.0 * x, 1),
    }
}

fn item_table(labels: &Labels<'_>, item: &ItemEstimates) -> Markup {
    let caption = labels.question(&item.question);
    html! {
        @if !item.figures.is_empty() {
            table.estimates {
                caption { (caption) }
                thead { tr {
                    th scope="col" { (t!("surveys-col-domain")) }
                    th scope="col" { (t!("surveys-col-answer")) }
                    th.num scope="col" { (t!("surveys-col-estimate")) }
                    th.num scope="col" { (t!("surveys-col-interval")) }
                    th.num scope="col" { "n" }
                } }
                tbody { @for f in &item.figures {
                    tr {
                        td { (labels.domain(&f.domain)) }
                        th scope="row" { (labels.statistic(&item.question, &f.statistic)) }
                        @match (&f.estimate, f.withheld) {
                            (Some(e), _) => {
                                td.num { (shown(f, e.estimate)) @if let Some(c) = e.flag { " " abbr title=(t!("surveys-flag-low")) { (c) } } }
                                td.num { (shown(f, e.lower)) " – " (shown(f, e.upper)) }
                                td.num { (e.n) }
                            }
                            (None, Some(w)) => { td.withheld colspan="3" { (withheld_text(w)) } }
                            (None, None) => { td colspan="3" { "–" } }
                        }
                    }
                } }
            }
        }
        @for t in &item.texts {
            section.texts {
                h3 { (caption) " · " (labels.domain(&t.domain)) }
                @match &t.answers {
                    _ if labels.public => p.muted { (t!("surveys-texts-not-published", count = t.count)) },
                    Some(a) => ul { @for x in a { li { (x) } } },
                    None => p.withheld { (t!("surveys-texts-withheld", count = t.count)) },
                }
            }
        }
    }
}

/// `GET /surveys/{id}/results.csv`.
async fn results_csv(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    Query(query): Query<ResultsQuery>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let (_, _, r) = results_of(&state, &who, id, query.by.as_deref())?;
        Ok(download(
            surveys::export::results_csv(&r).into_bytes(),
            "text/csv; charset=utf-8",
            &format!("survey-{id}-results.csv"),
        ))
    })
    .await
}

/// `GET /surveys/{id}/codebook.json`: what each column of the responses CSV holds.
async fn codebook_json(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let (_, q) = staff_survey(&state, &who, id)?;
        let bytes = serde_json::to_vec_pretty(&surveys::export::codebook(&q))
            .map_err(|e| AppError::internal(e.to_string()))?;
        Ok(download(
            bytes,
            "application/json",
            &format!("survey-{id}-codebook.json"),
        ))
    })
    .await
}

/// `GET /surveys/{id}/responses.csv`: the raw responses, for the city's own analysts.
async fn responses_csv(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let (s, _) = staff_survey(&state, &who, id)?;
        require_results(&s)?;
        let (bytes, _) = state
            .db
            .read(|st| Ok(surveys::export::responses_csv(st, id)?))?;
        Ok(download(
            bytes,
            "text/csv; charset=utf-8",
            &format!("survey-{id}-responses.csv"),
        ))
    })
    .await
}
