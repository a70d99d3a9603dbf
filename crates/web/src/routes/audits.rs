//! Participatory city audits on the web: a city's editor opens and closes rounds, issues
//! invitations (a list to print, or CSV for a mail merge: the observatory sends no
//! e-mail), and sends the results to the city's approver, who publishes them through the
//! workflow (`/submissions/{id}`). The results page shows the scores per stakeholder group
//! and overall, the perception gaps, rank ranges, bottlenecks and opportunities, and the
//! comparison with the previous round and peer cities. Everything is computed by the
//! `assessment` crate; respondents' pages are in [`super::audit_respond`].
//!
//! Who sees what: the city's editors and approvers see their rounds, the unpublished
//! results and the comments ([`Action::ReadAudits`]); everybody else sees published results
//! only, without the comments, and never a group below the round's threshold.

use crate::auth::{Action, Principal, allowed, authorize, check_csrf};
use crate::layout::{num, render};
use crate::{AppError, AppState};
use assessment::compare::Comparison;
use assessment::disclosure::Visibility;
use assessment::framework::{Framework, Link};
use assessment::priorities::PriorityResults;
use assessment::rounds::{self, Kind, Mode, Results};
use assessment::scoring::{AreaResult, AuditResults};
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::{Markup, html};
use std::collections::HashMap;
use store::audits::Round;

/// A framework's own text (a question, a group, a focal point…) in the reader's language:
/// its translation as a catalogue text `framework-<id>-<parts…>`, else the framework's
/// English.
pub(crate) fn fw_text(fw: &Framework, parts: &[&str], english: &str) -> String {
    let mut all = vec!["framework", fw.id.as_str()];
    all.extend_from_slice(parts);
    crate::locale::catalogue(&all, english)
}

/// The title of a stakeholder group of `fw`.
pub(crate) fn group_title(fw: &Framework, id: &str, english: &str) -> String {
    fw_text(fw, &["group", id], english)
}

/// The title of a focal point of `fw`.
pub(crate) fn focal_title(fw: &Framework, id: &str, english: &str) -> String {
    fw_text(fw, &["focal", id, "title"], english)
}

/// The key question of a focal point of `fw`.
pub(crate) fn focal_key_question(fw: &Framework, id: &str, english: &str) -> String {
    fw_text(fw, &["focal", id, "key_question"], english)
}

/// The text of a question of `fw`.
pub(crate) fn question_text(fw: &Framework, id: &str, english: &str) -> String {
    fw_text(fw, &["question", id, "text"], english)
}

/// The title of a guiding principle of `fw`.
fn principle_title(fw: &Framework, id: &str, english: &str) -> String {
    fw_text(fw, &["principle", id, "title"], english)
}

/// The value of a message's yes/no selector.
fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// A submission's status as a word of the reader's language.
fn submission_status(s: &str) -> String {
    t!("audits-submission-status", status = s)
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/audits", get(index).post(open))
        .route("/audits/{id}", get(round_page))
        .route("/audits/{id}/invitations", post(invitations))
        .route("/audits/{id}/close", post(close))
        .route("/audits/{id}/submit", post(submit))
        .route("/audits/{id}/results", get(results_page))
        .route("/audits/{id}/results.csv", get(results_csv))
        .route("/audits/{id}/responses.csv", get(responses_csv))
        .merge(super::audit_respond::routes())
}

/// Whether `who` works for the round's city (its unpublished results and comments).
pub fn staff(who: &Principal, city: &str) -> bool {
    allowed(who, Action::ReadAudits, Some(city))
}

fn load(state: &AppState, id: i64) -> Result<Round, AppError> {
    state.db.read(|s| Ok(rounds::round(s, id)?))
}

/// A round the caller works for, or a 404 that says nothing of its existence.
fn staff_round(state: &AppState, who: &Principal, id: i64) -> Result<Round, AppError> {
    let r = load(state, id)?;
    if !staff(who, &r.city) {
        if who.is_public() {
            return Err(AppError::new(
                crate::ErrorCode::Unauthenticated,
                t!("audits-error-log-in"),
            ));
        }
        return Err(AppError::not_found(t!(
            "audits-error-no-round",
            id = id.to_string()
        )));
    }
    Ok(r)
}

fn field<'a>(form: &'a HashMap<String, String>, name: &str) -> &'a str {
    form.get(name).map(|v| v.trim()).unwrap_or("")
}

/// The site's address as the browser reached it, for invitation links.
pub(crate) fn base_url(state: &AppState, headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1:8080");
    let scheme = if state.config.secure_cookies {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{host}")
}

pub(crate) fn city_name(state: &AppState, code: &str) -> String {
    state
        .db
        .read(|s| Ok(s.geography(code)?))
        .ok()
        .flatten()
        .map(|g| g.name)
        .unwrap_or_else(|| code.to_string())
}

fn status_badge(r: &Round) -> Markup {
    let (class, text) = if r.is_published() {
        ("published", t!("audits-status-published"))
    } else if let Some(s) = r.submission_status {
        (
            "submitted",
            t!("audits-status-submission", status = s.as_str()),
        )
    } else if r.is_open() {
        ("draft", t!("audits-status-open"))
    } else {
        ("returned", t!("audits-status-closed"))
    };
    html! { span class={ "badge " (class) } { (text) } }
}

fn round_row(state: &AppState, r: &Round, link: &str) -> Markup {
    html! {
        tr {
            td { a href=(link) { (r.title) } }
            td { a href={ "/cities/" (r.city) } { (city_name(state, &r.city)) } }
            td { (t!("audits-row-questionnaire", kind = r.kind.as_str(), mode = r.mode.as_str())) }
            td.small { (r.opens) " – " (r.closes) }
            td { (status_badge(r)) }
        }
    }
}

/// `GET /audits`: published rounds for everybody; the caller's cities' rounds and the form
/// to open one for their editors.
async fn index(State(state): State<AppState>, who: Principal) -> Result<Response, AppError> {
    let body = crate::blocking::run(move || index_body(&state, &who).map(|b| (b, who))).await?;
    Ok(render(crate::layout::page(
        &t!("audits-title"),
        &body.1,
        body.0,
    )))
}

fn index_body(state: &AppState, who: &Principal) -> Result<Markup, AppError> {
    let all = state.db.read(|s| Ok(s.audit_rounds(None)?))?;
    let own: Vec<&Round> = all.iter().filter(|r| staff(who, &r.city)).collect();
    let published: Vec<&Round> = all.iter().filter(|r| r.is_published()).collect();
    let run_cities: Vec<String> = who
        .cities()
        .into_iter()
        .filter(|c| allowed(who, Action::RunAudits, Some(c)))
        .collect();
    let frameworks = assessment::framework::all(&state.config.catalogue)
        .map_err(|e| AppError::new(crate::ErrorCode::InvalidFile, e.to_string()))?;
    Ok(html! {
        h1 { (t!("audits-heading")) }
        p.lead { (t!("audits-lead")) }
        p.notice { (t!("audits-invited-before")) " " a href="/audit" { (t!("audits-invited-link")) } " " (t!("audits-invited-after")) }
        @if !own.is_empty() {
            h2 { (t!("audits-own-rounds")) }
            table {
                thead { tr { th { (t!("audits-col-round")) } th { (t!("audits-col-city")) } th { (t!("audits-col-questionnaire")) } th { (t!("audits-col-dates")) } th { (t!("audits-col-status")) } } }
                tbody { @for r in &own { (round_row(state, r, &format!("/audits/{}", r.id))) } }
            }
        }
        @if who.is_admin() || !run_cities.is_empty() {
            (open_form(who, &run_cities, &frameworks))
        }
        h2 { (t!("audits-published")) }
        @if published.is_empty() {
            p.muted { (t!("audits-none-published")) }
        } @else {
            table {
                thead { tr { th { (t!("audits-col-round")) } th { (t!("audits-col-city")) } th { (t!("audits-col-questionnaire")) } th { (t!("audits-col-dates")) } th { (t!("audits-col-status")) } } }
                tbody { @for r in &published { (round_row(state, r, &format!("/audits/{}/results", r.id))) } }
            }
        }
        @for f in &frameworks {
            details {
                summary { (t!("audits-framework-summary", title = fw_text(f, &["title"], &f.title), reference = f.reference())) }
                p.small { (f.source) }
                p.small.muted { (fw_text(f, &["authorship"], &f.authorship)) }
                ol { @for fp in &f.focal_points { li { (t!("audits-focal-questions", title = focal_title(f, &fp.id, &fp.title), count = fp.questions.len())) } } }
            }
        }
    })
}

fn open_form(who: &Principal, cities: &[String], frameworks: &[Framework]) -> Markup {
    html! {
        h2 #open { (t!("audits-open-heading")) }
        form.stack method="post" action="/audits" {
            input type="hidden" name="csrf" value=(who.csrf().unwrap_or(""));
            label for="city" { (t!("audits-col-city")) }
            @if cities.is_empty() {
                input #city type="text" name="city" placeholder=(t!("audits-city-placeholder")) required;
            } @else {
                select #city name="city" { @for c in cities { option value=(c) { (c) } } }
            }
            label for="title" { (t!("audits-field-title")) }
            input #title type="text" name="title" placeholder=(t!("audits-title-placeholder"));
            label for="framework" { (t!("audits-field-framework")) }
            select #framework name="framework" {
                @for f in frameworks { option value={ (f.id) "@" (f.version) } { (t!("audits-framework-option", title = fw_text(f, &["title"], &f.title), reference = f.reference())) } }
            }
            fieldset {
                legend { (t!("audits-col-questionnaire")) }
                label.option { input type="radio" name="kind" value="audit" checked; " " (t!("audits-kind-audit")) }
                label.option { input type="radio" name="kind" value="priorities"; " " (t!("audits-kind-priorities")) }
            }
            fieldset {
                legend { (t!("audits-respondents")) }
                label.option { input type="radio" name="mode" value="anonymous" checked; " " (t!("audits-mode-anonymous")) }
                label.option { input type="radio" name="mode" value="named" ; " " (t!("audits-mode-named")) }
            }
            label for="opens" { (t!("audits-field-opens")) }
            input #opens type="date" name="opens" required;
            label for="closes" { (t!("audits-field-closes")) }
            input #closes type="date" name="closes" required;
            label for="min_group" { (t!("audits-field-min-group")) }
            input #min_group type="number" name="min_group" min="3" value="5" required;
            p { button type="submit" { (t!("audits-open-button")) } }
        }
    }
}

/// `POST /audits`: opens a round.
async fn open(
    State(state): State<AppState>,
    who: Principal,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let city = field(&form, "city").to_string();
    authorize(&who, Action::RunAudits, Some(&city))?;
    check_csrf(&who, form.get("csrf").map(String::as_str))?;
    let (framework, version) = match field(&form, "framework").split_once('@') {
        Some((f, v)) => (f.to_string(), Some(v.to_string())),
        None => (field(&form, "framework").to_string(), None),
    };
    let req = rounds::OpenRequest {
        city,
        title: field(&form, "title").to_string(),
        framework,
        version,
        kind: Kind::parse(field(&form, "kind"))
            .ok_or_else(|| AppError::bad(t!("audits-error-kind")))?,
        mode: Mode::parse(field(&form, "mode"))
            .ok_or_else(|| AppError::bad(t!("audits-error-mode")))?,
        opens: field(&form, "opens").to_string(),
        closes: field(&form, "closes").to_string(),
        min_group: field(&form, "min_group")
            .parse()
            .map_err(|_| AppError::bad(t!("audits-error-min-group")))?,
    };
    let actor = who.actor();
    let id = crate::blocking::run(move || {
        let cat = state.config.catalogue.clone();
        state.db.write(|s| Ok(rounds::open(s, &cat, &actor, &req)?))
    })
    .await?;
    Ok(Redirect::to(&format!("/audits/{id}")).into_response())
}

/// `GET /audits/{id}`: the round as its city's staff run it; others are sent to its
/// published results.
async fn round_page(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let r = load(&state, id)?;
        if !staff(&who, &r.city) {
            if r.is_published() {
                return Ok(Redirect::to(&format!("/audits/{id}/results")).into_response());
            }
            staff_round(&state, &who, id)?;
        }
        let body = round_body(&state, &who, &r)?;
        Ok(render(crate::layout::page(&r.title, &who, body)))
    })
    .await
}

fn round_body(state: &AppState, who: &Principal, r: &Round) -> Result<Markup, AppError> {
    let fw = rounds::framework_of(r)?;
    let counts = state.db.read(|s| Ok(s.audit_invitation_counts(r.id)?))?;
    let named = if r.is_anonymous() {
        Vec::new()
    } else {
        state.db.read(|s| Ok(s.named_audit_invitations(r.id)?))?
    };
    let run = allowed(who, Action::RunAudits, Some(&r.city));
    let csrf = who.csrf().unwrap_or("").to_string();
    let results_ready = !r.is_open() || !r.is_anonymous();
    let title_of = |g: &str| {
        group_title(
            &fw,
            g,
            &fw.group(g)
                .map(|x| x.title.clone())
                .unwrap_or(g.to_string()),
        )
    };
    let submission_line = |sub: i64| {
        html! {
            p { (t!("audits-submission-before")) " " a href={ "/submissions/" (sub) } { (t!("audits-submission-link", id = sub.to_string())) } " " (t!("audits-submission-after", status = submission_status(r.submission_status.map(|s| s.as_str()).unwrap_or("")))) }
        }
    };
    Ok(html! {
        p.muted.small { a href="/audits" { (t!("audits-title")) } " › " a href={ "/cities/" (r.city) } { (city_name(state, &r.city)) } }
        h1 { (r.title) }
        p { (status_badge(r)) " · " (t!("audits-round-kind", kind = r.kind.as_str()))
            " · " (t!("audits-round-mode", mode = r.mode.as_str()))
            " · " (t!("audits-round-dates", opens = r.opens.as_str(), closes = r.closes.as_str()))
            " · " (t!("audits-round-min-group", count = r.min_group)) " · " (t!("audits-round-framework", reference = fw.reference())) }
        @if r.is_anonymous() {
            p.small.muted { (t!("audits-anonymous-note")) }
        }
        h2 { (t!("audits-invitations")) }
        @if counts.is_empty() { p.muted { (t!("audits-invitations-none")) } } @else {
            table {
                thead { tr { th { (t!("audits-col-group")) } th.num { (t!("audits-col-issued")) } th.num { (t!("audits-col-answered")) } } }
                tbody { @for c in &counts { tr { td { (title_of(&c.group)) } td.num { (c.issued) } td.num { (c.used) } } } }
            }
        }
        @if !named.is_empty() {
            details {
                summary { (t!("audits-named-answered")) }
                ul { @for (g, label, used) in &named { li { (t!("audits-named-row", label = label.as_str(), group = title_of(g), answered = yes_no(*used))) } } }
            }
        }
        @if run && r.is_open() {
            h3 { (t!("audits-issue")) }
            form.stack method="post" action={ "/audits/" (r.id) "/invitations" } {
                input type="hidden" name="csrf" value=(csrf);
                label for="group" { (t!("audits-field-group")) }
                select #group name="group" { @for g in &fw.groups { option value=(g.id) { (group_title(&fw, &g.id, &g.title)) } } }
                @if r.is_anonymous() {
                    label for="count" { (t!("audits-field-count")) }
                    input #count type="number" name="count" min="1" max=(rounds::MAX_INVITATIONS) value="10" required;
                } @else {
                    label for="names" { (t!("audits-field-names")) }
                    textarea #names name="names" rows="5" required {}
                }
                fieldset {
                    legend { (t!("audits-format")) }
                    label.option { input type="radio" name="format" value="list" checked; " " (t!("audits-format-list")) }
                    label.option { input type="radio" name="format" value="csv"; " " (t!("audits-format-csv")) }
                }
                p.small.muted { (t!("audits-codes-once")) }
                p { button type="submit" { (t!("audits-issue")) } }
            }
            h3 { (t!("audits-close")) }
            form method="post" action={ "/audits/" (r.id) "/close" } {
                input type="hidden" name="csrf" value=(csrf);
                p.small { (t!("audits-close-note")) }
                button.secondary type="submit" { (t!("audits-close")) }
            }
        }
        @if results_ready {
            h2 { (t!("audits-results")) }
            p { a href={ "/audits/" (r.id) "/results" } { (t!("audits-see-results")) } " · " a href={ "/audits/" (r.id) "/results.csv" } { "CSV" } " · " a href={ "/audits/" (r.id) "/responses.csv" } { (t!("audits-raw-responses")) } }
        }
        @if run && !r.is_open() {
            @match r.submission {
                None => {
                    form method="post" action={ "/audits/" (r.id) "/submit" } {
                        input type="hidden" name="csrf" value=(csrf);
                        p { (t!("audits-submit-note")) }
                        button type="submit" { (t!("audits-submit-button")) }
                    }
                }
                Some(sub) => {
                    (submission_line(sub))
                }
            }
        } @else if let Some(sub) = r.submission {
            (submission_line(sub))
        }
    })
}

/// `POST /audits/{id}/invitations`: the new invitations, once — a page to print or a CSV.
async fn invitations(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let base = base_url(&state, &headers);
    crate::blocking::run(move || {
        let r = staff_round(&state, &who, id)?;
        authorize(&who, Action::RunAudits, Some(&r.city))?;
        check_csrf(&who, form.get("csrf").map(String::as_str))?;
        let count = match field(&form, "count") {
            "" => 0,
            c => c
                .parse()
                .map_err(|_| AppError::bad(t!("audits-error-count")))?,
        };
        let names: Vec<String> = field(&form, "names").lines().map(String::from).collect();
        let actor = who.actor();
        let group = field(&form, "group").to_string();
        let issued = state
            .db
            .write(|s| Ok(rounds::issue(s, &actor, id, &group, count, &names)?))?;
        if field(&form, "format") == "csv" {
            let csv = assessment::export::tokens_csv(&issued, &base);
            return Ok((
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                    (
                        header::CONTENT_DISPOSITION,
                        format!("attachment; filename=\"invitations-round-{id}-{group}.csv\""),
                    ),
                    (header::CACHE_CONTROL, "private, no-store".to_string()),
                ],
                csv,
            )
                .into_response());
        }
        let fw = rounds::framework_of(&r)?;
        let title_of = |i: &rounds::Issued| group_title(&fw, &i.group, &i.group_title);
        let body = html! {
            p.muted.small.noprint { a href={ "/audits/" (id) } { (t!("audits-back-to-round")) } " · " (t!("audits-print-note")) }
            h1.noprint { (t!("audits-invitations-heading", count = issued.len(), group = issued.first().map(title_of).unwrap_or_default())) }
            @for i in &issued {
                section.invitation {
                    h2 { (r.title) }
                    p { (t!("audits-invite-as")) " " strong { (title_of(i)) } @if !i.label.is_empty() { " — " (i.label) } }
                    p { (t!("audits-invite-open")) " " span.link { (base) (i.path) } }
                    p { (t!("audits-invite-go-before")) " " span.link { (base) (super::audit_respond::ENTRY) } " " (t!("audits-invite-go-after")) " " strong.code { (i.printed) } }
                    p.small { (t!("audits-invite-dates", opens = r.opens.as_str(), closes = r.closes.as_str()))
                        @if r.is_anonymous() { " " (t!("audits-invite-anonymous")) } }
                }
            }
        };
        let mut resp = render(crate::layout::page(&t!("audits-invitations"), &who, body));
        resp.headers_mut().insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static("private, no-store"),
        );
        Ok(resp)
    })
    .await
}

async fn close(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let r = staff_round(&state, &who, id)?;
        authorize(&who, Action::RunAudits, Some(&r.city))?;
        check_csrf(&who, form.get("csrf").map(String::as_str))?;
        let actor = who.actor();
        state
            .db
            .write(|s| Ok(rounds::close(s, &actor, id).map(|_| ())?))
    })
    .await?;
    Ok(Redirect::to(&format!("/audits/{id}")).into_response())
}

async fn submit(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let sub = crate::blocking::run(move || {
        let r = staff_round(&state, &who, id)?;
        authorize(&who, Action::RunAudits, Some(&r.city))?;
        check_csrf(&who, form.get("csrf").map(String::as_str))?;
        let actor = who.actor();
        state
            .db
            .write(|s| Ok(rounds::submit_results(s, &actor, id)?))
    })
    .await?;
    Ok(Redirect::to(&format!("/submissions/{sub}")).into_response())
}

/// What a viewer may see of a round's results: the city's staff the live results with
/// comments; everybody else the published ones, or nothing.
fn viewable(
    state: &AppState,
    who: &Principal,
    id: i64,
) -> Result<(Round, Framework, Results, bool), AppError> {
    let r = load(state, id)?;
    if staff(who, &r.city) {
        let (r, fw, res) = state.db.read(|s| Ok(rounds::results(s, id)?))?;
        return Ok((r, fw, res, true));
    }
    match state.db.read(|s| Ok(rounds::published(s, id)?))? {
        Some((r, res)) => {
            let fw = rounds::framework_of(&r)?;
            Ok((r, fw, res, false))
        }
        None => Err(AppError::not_found(t!(
            "audits-error-unpublished",
            id = id.to_string()
        ))),
    }
}

async fn results_page(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (title, body, who) = crate::blocking::run(move || {
        let (r, fw, res, is_staff) = viewable(&state, &who, id)?;
        let comparison = match &res {
            Results::Audit(a) => {
                let peers = state
                    .peers
                    .get(&state)
                    .ok()
                    .map(|c| rounds::peer_codes(&c, &r.city))
                    .unwrap_or_default();
                Some(
                    state
                        .db
                        .read(|s| Ok(rounds::comparison(s, &r, a, &peers, is_staff)?))?,
                )
            }
            Results::Priorities(_) => None,
        };
        let body = results_body(&state, &r, &fw, &res, comparison.as_ref(), is_staff);
        Ok((
            t!("audits-results-title", title = r.title.as_str()),
            body,
            who,
        ))
    })
    .await?;
    Ok(render(crate::layout::page(&title, &who, body)))
}

fn score(v: Option<f64>) -> Markup {
    html! { @match v { Some(x) => (num(x, 0)), None => span.muted { "–" } } }
}

fn group_titles(fw: &Framework) -> impl Fn(&str) -> String + '_ {
    |g| {
        group_title(
            fw,
            g,
            &fw.group(g)
                .map(|x| x.title.clone())
                .unwrap_or(g.to_string()),
        )
    }
}

/// A difference of scores in points, in the reader's language.
fn points(difference: f64) -> String {
    t!(
        "audits-points",
        points = num(difference, 0),
        count = difference.round() as i64
    )
}

/// The groups shown: their ids and titles in the reader's language.
fn shown_groups(
    fw: &Framework,
    groups: &[assessment::scoring::GroupSummary],
) -> Vec<(String, String)> {
    groups
        .iter()
        .filter(|g| g.visibility == Visibility::Shown)
        .map(|g| (g.id.clone(), group_title(fw, &g.id, &g.title)))
        .collect()
}

/// The note on the groups withheld, in the reader's language: the one `assessment` wrote
/// (in English), said again from the groups' visibility.
fn withheld_note(
    fw: &Framework,
    groups: &[assessment::scoring::GroupSummary],
    min: usize,
    note: Option<&String>,
) -> Option<String> {
    note?;
    let of = |v: Visibility| -> Vec<String> {
        groups
            .iter()
            .filter(|g| g.visibility == v)
            .map(|g| group_title(fw, &g.id, &g.title))
            .collect()
    };
    let counted = of(Visibility::WithheldCounted);
    let left_out = of(Visibility::WithheldLeftOut);
    let min = crate::locale::integer(min as i64);
    Some(if !counted.is_empty() {
        t!(
            "audits-note-counted",
            min = min.as_str(),
            groups = counted.join(", ")
        )
    } else if !left_out.is_empty() {
        t!(
            "audits-note-left-out",
            min = min.as_str(),
            groups = left_out.join(", ")
        )
    } else {
        // The public's results name no withheld group.
        t!("audits-note-public", min = min.as_str())
    })
}

/// A table of focal points or principles: overall, each group shown, the gap, the rank.
fn area_table(
    caption: &str,
    areas: &[AreaResult],
    title: impl Fn(&AreaResult) -> String,
    shown: &[(String, String)],
    ranks: bool,
) -> Markup {
    html! {
        div.table-wrap { table.scores {
            caption { (caption) }
            thead { tr {
                th scope="col" { "" }
                th.num scope="col" { (t!("audits-col-overall")) }
                @for (_, t) in shown { th.num scope="col" { (t) } }
                th scope="col" { (t!("audits-col-gap")) }
                @if ranks { th.num scope="col" { (t!("audits-col-rank-range")) } }
            } }
            tbody { @for a in areas { tr {
                th scope="row" { (title(a)) }
                td.num { strong { (score(a.overall)) } }
                @for (g, _) in shown {
                    @let cell = a.by_group.iter().find(|x| &x.group == g);
                    td.num {
                        (score(cell.and_then(|c| c.score)))
                        @if let Some(c) = cell { br; span.small.muted { (t!("audits-cell-n", n = c.respondents.to_string())) @if let Some(sd) = c.spread { (t!("audits-cell-sd", sd = num(sd, 0))) } @if c.dont_know > 0 { ", ? " (c.dont_know) } } }
                    }
                }
                td { @if let Some(gap) = &a.gap {
                    @if gap.flagged { span.badge.gap { "⚑ " (points(gap.difference)) } } @else { (points(gap.difference)) }
                } }
                @if ranks { td.num { @if let Some(r) = a.rank { (r) } @if let Some(rr) = a.robustness { " " span.small { "(" (rr.overall.best) "–" (rr.overall.worst) ")" } } } }
            } } }
        } }
        p.small.muted { (t!("audits-scores-note")) }
    }
}

/// The observatory's pages a framework links to, for a city.
pub(crate) fn links(city: &str, ls: &[Link], state: &AppState) -> Markup {
    html! {
        @for l in ls {
            @match l {
                Link::Indicator(id) => { a href={ "/indicators#" (id) } { (state.config.catalogue.indicator(id).map(|i| crate::locale::catalogue(&["indicator", id, "name"], &i.name)).unwrap_or(id.clone())) } " " }
                Link::Table(d) => { a href={ "/indicators#" (d) } { (state.config.catalogue.table(d).map(|t| crate::locale::catalogue(&["table", d], &t.name)).unwrap_or(d.clone())) } " " }
                Link::Capability(c) => { a href=(c.path().replace("{city}", city)) { (capability_label(*c)) } " " }
            }
        }
    }
}

/// What a reader sees of a capability of the observatory a framework links to.
fn capability_label(c: assessment::framework::Capability) -> String {
    use assessment::framework::Capability;
    match c {
        Capability::Observatory => t!("audits-capability-observatory"),
        Capability::Data => t!("audits-capability-data"),
        Capability::ServiceDemand => t!("audits-capability-service-demand"),
        Capability::Neighbourhoods => t!("audits-capability-neighbourhoods"),
        Capability::Practices => t!("audits-capability-practices"),
        Capability::Peers => t!("audits-capability-peers"),
        Capability::Outlook => t!("audits-capability-outlook"),
    }
}

fn results_body(
    state: &AppState,
    r: &Round,
    fw: &Framework,
    res: &Results,
    comparison: Option<&Comparison>,
    is_staff: bool,
) -> Markup {
    html! {
        p.muted.small { a href="/audits" { (t!("audits-title")) } " › " a href={ "/cities/" (r.city) } { (city_name(state, &r.city)) } @if is_staff { " › " a href={ "/audits/" (r.id) } { (t!("audits-the-round")) } } }
        h1 { (t!("audits-results-title", title = r.title.as_str())) }
        p.lead { (status_badge(r)) " · " (t!("audits-round-dates", opens = r.opens.as_str(), closes = r.closes.as_str())) " · " (t!("audits-results-framework", reference = fw.reference(), title = fw_text(fw, &["title"], &fw.title))) }
        @if is_staff && !r.is_published() {
            p.warning { (t!("audits-not-published")) }
        }
        @match res {
            Results::Audit(a) => (audit_results(state, r, fw, a, comparison, is_staff)),
            Results::Priorities(p) => (priority_results(fw, p)),
        }
        p.small.muted { (t!("audits-framework-source", source = fw.source.as_str(), authorship = fw_text(fw, &["authorship"], &fw.authorship))) }
        @if is_staff {
            p.downloads { (t!("audits-download")) " " a href={ "/audits/" (r.id) "/results.csv" } { (t!("audits-download-results")) } a href={ "/audits/" (r.id) "/responses.csv" } { (t!("audits-download-raw")) } }
        } @else {
            p.downloads { (t!("audits-download")) " " a href={ "/api/v1/audits/" (r.id) } { "JSON" } a href={ "/api/v1/audits/" (r.id) "?format=csv" } { "CSV" } }
        }
    }
}

fn respondents_table(
    fw: &Framework,
    groups: &[assessment::scoring::GroupSummary],
    min: usize,
) -> Markup {
    html! {
        table {
            thead { tr { th { (t!("audits-field-group")) } th.num { (t!("audits-respondents")) } th { (t!("audits-col-shown")) } } }
            tbody { @for g in groups.iter().filter(|g| g.respondents > 0) { tr {
                td { (group_title(fw, &g.id, &g.title)) }
                td.num { @if g.visibility == Visibility::Shown { (g.respondents) } @else { (t!("audits-fewer-than", min = min.to_string())) } }
                td { @match g.visibility {
                    Visibility::Shown => (t!("audits-shown-yes")),
                    Visibility::WithheldCounted => (t!("audits-withheld-counted")),
                    Visibility::WithheldLeftOut => (t!("audits-withheld-left-out")),
                    Visibility::NoRespondents => "–",
                } }
            } } }
        }
    }
}

fn audit_results(
    state: &AppState,
    r: &Round,
    fw: &Framework,
    a: &AuditResults,
    comparison: Option<&Comparison>,
    is_staff: bool,
) -> Markup {
    let title = group_titles(fw);
    let shown = shown_groups(fw, &a.groups);
    let area_title = |x: &AreaResult| {
        if fw.focal_point(&x.id).is_some() {
            focal_title(fw, &x.id, &x.title)
        } else {
            principle_title(fw, &x.id, &x.title)
        }
    };
    let pct = (a.settings.weight_variation * 100.0).round();
    let flagged: Vec<&AreaResult> = a
        .focal_points
        .iter()
        .chain(&a.principles)
        .filter(|x| x.gap.as_ref().is_some_and(|g| g.flagged))
        .collect();
    html! {
        h2 { (t!("audits-who-answered")) }
        p { (t!("audits-respondents-count", count = a.respondents)) }
        (respondents_table(fw, &a.groups, a.settings.min_group))
        @if let Some(n) = withheld_note(fw, &a.groups, a.settings.min_group, a.note.as_ref()) { p.notice { (n) } }
        h2 #focal-points { (t!("audits-by-focal")) }
        (area_table(&t!("audits-by-focal-caption"), &a.focal_points, area_title, &shown, true))
        h2 #gaps { (t!("audits-gaps")) }
        @if shown.len() < 2 {
            p.muted { (t!("audits-gaps-too-few")) }
        } @else if flagged.is_empty() {
            p { (t!("audits-gaps-none")) }
        } @else {
            ul { @for x in &flagged { @if let Some(g) = &x.gap {
                li { strong { (area_title(x)) } ": " (t!("audits-gap-row",
                        high = title(&g.high),
                        high_score = num(x.by_group.iter().find(|s| s.group == g.high).and_then(|s| s.score).unwrap_or(f64::NAN), 0),
                        low = title(&g.low),
                        low_score = num(x.by_group.iter().find(|s| s.group == g.low).and_then(|s| s.score).unwrap_or(f64::NAN), 0)))
                    " — " span.badge.gap { "⚑ " (points(g.difference)) } }
            } } }
        }
        h2 #principles { (t!("audits-by-principle")) }
        (area_table(&t!("audits-by-principle-caption"), &a.principles, area_title, &shown, false))
        h2 #bottlenecks { (t!("audits-bottlenecks")) }
        div.columns {
            div {
                h3 { (t!("audits-lowest")) }
                ol { @for e in &a.bottlenecks { li { (question_text(fw, &e.question, &e.text)) " " span.small.muted { "(" (fw.focal_point(&e.focal_point).map(|f| f.number).unwrap_or(0)) ") " } strong { (num(e.score, 0)) } } } }
            }
            div {
                h3 { (t!("audits-highest")) }
                ol { @for e in &a.opportunities { li { (question_text(fw, &e.question, &e.text)) " " span.small.muted { "(" (fw.focal_point(&e.focal_point).map(|f| f.number).unwrap_or(0)) ") " } strong { (num(e.score, 0)) } } } }
            }
        }
        @if is_staff {
            h3 #comments { (t!("audits-comments-heading")) }
            @if a.comments.is_empty() { p.muted { (t!("audits-no-comments")) } }
            @for fc in &a.comments {
                @if let Some(f) = fw.focal_point(&fc.focal_point) {
                    details {
                        summary { (f.number) ". " (focal_title(fw, &f.id, &f.title)) " (" (fc.comments.len()) ")" }
                        ul { @for c in &fc.comments { li {
                            span.small.muted { (fw.question(&c.question).map(|q| question_text(fw, &q.id, &q.text)).unwrap_or(c.question.clone())) } br;
                            "“" (c.text) "”"
                            @if let Some(g) = &c.group { " — " (title(g)) }
                            @if let Some(who) = &c.respondent { " (" (who) ")" }
                        } } }
                    }
                }
            }
        }
        h3 { (t!("audits-questions")) }
        @for f in &fw.focal_points {
            details {
                summary { (f.number) ". " (focal_title(fw, &f.id, &f.title)) }
                p.small { em { (focal_key_question(fw, &f.id, &f.key_question)) } }
                @if !f.links.is_empty() { p.small { (t!("audits-in-observatory")) " " (links(&r.city, &f.links, state)) } }
                div.table-wrap { table {
                    thead { tr { th { (t!("audits-col-question")) } th.num { (t!("audits-col-overall")) } @for (_, t) in &shown { th.num { (t) } } th.num { (t!("audits-col-dont-know")) } } }
                    tbody { @for q in &f.questions { @if let Some(qr) = a.question(&q.id) { tr {
                        td { (question_text(fw, &q.id, &q.text)) }
                        td.num { (score(qr.overall)) }
                        @for (g, _) in &shown { td.num { (score(qr.by_group.iter().find(|x| &x.group == g).and_then(|x| x.score))) } }
                        td.num { (qr.dont_know) }
                    } } } }
                } }
            }
        }
        h2 #robustness { (t!("audits-robustness")) }
        p.small { (t!("audits-robustness-method", low = crate::locale::integer((100.0 - pct) as i64), high = crate::locale::integer((100.0 + pct) as i64))) }
        @if let Some(c) = comparison { (comparison_table(fw, c)) }
    }
}

fn comparison_table(fw: &Framework, c: &Comparison) -> Markup {
    html! {
        h2 #comparison { (t!("audits-comparison")) }
        @if c.previous.is_none() && c.peers.is_empty() {
            p.muted { (t!("audits-comparison-none")) }
        } @else {
            p.small.muted { (t!("audits-comparison-note")) }
            div.table-wrap { table {
                thead { tr {
                    th scope="col" { (t!("audits-col-focal")) }
                    th.num scope="col" { (t!("audits-col-this-round")) }
                    @if let Some(p) = &c.previous { th.num scope="col" { (t!("audits-col-previous", closes = p.closes.as_str())) } th.num scope="col" { (t!("audits-col-change")) } }
                    @for p in &c.peers { th.num scope="col" { a href={ "/audits/" (p.round) "/results" } { (p.city_name) } } }
                    @if !c.peers.is_empty() { th.num scope="col" { (t!("audits-col-peers-median")) } }
                } }
                tbody { @for row in &c.rows { tr {
                    th scope="row" { (focal_title(fw, &row.focal_point, &row.title)) }
                    td.num { (score(row.this)) }
                    @if c.previous.is_some() { td.num { (score(row.previous)) } td.num { @if let Some(d) = row.change { (if d >= 0.0 { "+" } else { "" }) (num(d, 0)) } } }
                    @for v in &row.peers { td.num { (score(*v)) } }
                    @if !c.peers.is_empty() { td.num { (score(row.peer_median)) } }
                } } }
            } }
        }
    }
}

fn priority_results(fw: &Framework, p: &PriorityResults) -> Markup {
    let shown = shown_groups(fw, &p.groups);
    html! {
        h2 { (t!("audits-who-answered")) }
        p { (t!("audits-respondents-count", count = p.respondents)) }
        (respondents_table(fw, &p.groups, p.min_group))
        @if let Some(n) = withheld_note(fw, &p.groups, p.min_group, p.note.as_ref()) { p.notice { (n) } }
        h2 { (t!("audits-priorities")) }
        p { @if let Some(q) = &fw.priorities { (fw_text(fw, &["priorities", "question"], &q.question)) " " span.small.muted { "(" (fw_text(fw, &["priorities", "source"], &q.source)) ")" } } }
        div.table-wrap { table {
            thead { tr { th.num scope="col" { (t!("audits-col-rank")) } th scope="col" { (t!("audits-col-focal")) } th.num scope="col" { (t!("audits-col-mean-groups")) } th.num scope="col" { (t!("audits-col-mean-all")) } th.num scope="col" { (t!("audits-col-n")) } @for (_, t) in &shown { th.num scope="col" { (t) } } } }
            tbody { @for i in &p.items { tr {
                td.num { @if let Some(r) = i.rank { (r) } }
                th scope="row" { (focal_title(fw, &i.focal_point, &i.title)) }
                td.num { strong { @match i.overall { Some(v) => (num(v, 2)), None => "–" } } }
                td.num { @match i.pooled { Some(v) => (num(v, 2)), None => "–" } }
                td.num { (i.n) }
                @for (g, _) in &shown { td.num { @match i.by_group.iter().find(|x| &x.group == g) { Some(x) => { @match x.mean { Some(m) => (num(m, 2)), None => "–" } br; span.small.muted { (t!("audits-cell-n", n = x.n.to_string())) } }, None => "–" } } }
            } } }
        } }
        p.small.muted { (t!("audits-priorities-note")) }
    }
}

async fn results_csv(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let csv = crate::blocking::run(move || {
        let (_, _, res, _) = viewable(&state, &who, id)?;
        Ok(assessment::export::results_csv(&res.public()))
    })
    .await?;
    Ok(csv_download(csv, &format!("audit-round-{id}-results.csv")))
}

async fn responses_csv(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let csv = crate::blocking::run(move || {
        let r = staff_round(&state, &who, id)?;
        let (r, fw, _) = state.db.read(|s| Ok(rounds::results(s, r.id)?))?;
        let raw = state.db.read(|s| Ok(s.audit_responses(r.id)?))?;
        Ok(assessment::export::responses_csv(&fw, Kind::of(&r), &raw))
    })
    .await?;
    Ok(csv_download(
        csv,
        &format!("audit-round-{id}-responses.csv"),
    ))
}

fn csv_download(csv: String, name: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        csv,
    )
        .into_response()
}
