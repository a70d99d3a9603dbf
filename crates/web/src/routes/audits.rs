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
                "log in with an account of the city to see its audit rounds",
            ));
        }
        return Err(AppError::not_found(format!("no audit round {id}")));
    }
    Ok(r)
}

fn field<'a>(form: &'a HashMap<String, String>, name: &str) -> &'a str {
    form.get(name).map(|v| v.trim()).unwrap_or("")
}

/// The site's address as the browser reached it, for invitation links.
fn base_url(state: &AppState, headers: &HeaderMap) -> String {
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

fn city_name(state: &AppState, code: &str) -> String {
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
        ("published", "results published".to_string())
    } else if let Some(s) = r.submission_status {
        ("submitted", format!("results {}", s.as_str()))
    } else if r.is_open() {
        ("draft", "open".to_string())
    } else {
        ("returned", "closed".to_string())
    };
    html! { span class={ "badge " (class) } { (text) } }
}

fn round_row(state: &AppState, r: &Round, link: &str) -> Markup {
    html! {
        tr {
            td { a href=(link) { (r.title) } }
            td { a href={ "/cities/" (r.city) } { (city_name(state, &r.city)) } }
            td { (if r.kind == "audit" { "audit" } else { "priorities" }) ", " (r.mode) }
            td.small { (r.opens) " – " (r.closes) }
            td { (status_badge(r)) }
        }
    }
}

/// `GET /audits`: published rounds for everybody; the caller's cities' rounds and the form
/// to open one for their editors.
async fn index(State(state): State<AppState>, who: Principal) -> Result<Response, AppError> {
    let body = crate::blocking::run(move || index_body(&state, &who).map(|b| (b, who))).await?;
    Ok(render(crate::layout::page("Audits", &body.1, body.0)))
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
        h1 { "Assessing policy together" }
        p.lead { "A city's administration, other public bodies, civil society, migrant and refugee representatives, employers and researchers score the same questions on the ten focal points of a comprehensive integration approach. The results show where their views diverge and where the bottlenecks are; the City Integration Agenda turns them into goals, actions and targets." }
        p.notice { "Invited to answer? " a href="/audit" { "Type your code" } " or follow the link you received." }
        @if !own.is_empty() {
            h2 { "Your city's rounds" }
            table {
                thead { tr { th { "Round" } th { "City" } th { "Questionnaire" } th { "Dates" } th { "Status" } } }
                tbody { @for r in &own { (round_row(state, r, &format!("/audits/{}", r.id))) } }
            }
        }
        @if who.is_admin() || !run_cities.is_empty() {
            (open_form(who, &run_cities, &frameworks))
        }
        h2 { "Published results" }
        @if published.is_empty() {
            p.muted { "No city has published the results of an audit yet." }
        } @else {
            table {
                thead { tr { th { "Round" } th { "City" } th { "Questionnaire" } th { "Dates" } th { "Status" } } }
                tbody { @for r in &published { (round_row(state, r, &format!("/audits/{}/results", r.id))) } }
            }
        }
        @for f in &frameworks {
            details {
                summary { "The framework: " (f.title) " (" (f.reference()) ")" }
                p.small { (f.source) }
                p.small.muted { (f.authorship) }
                ol { @for fp in &f.focal_points { li { (fp.title) " — " (fp.questions.len()) " questions" } } }
            }
        }
    })
}

fn open_form(who: &Principal, cities: &[String], frameworks: &[Framework]) -> Markup {
    html! {
        h2 #open { "Open a round" }
        form.stack method="post" action="/audits" {
            input type="hidden" name="csrf" value=(who.csrf().unwrap_or(""));
            label for="city" { "City" }
            @if cities.is_empty() {
                input #city type="text" name="city" placeholder="City code, e.g. HR004C" required;
            } @else {
                select #city name="city" { @for c in cities { option value=(c) { (c) } } }
            }
            label for="title" { "Title (optional)" }
            input #title type="text" name="title" placeholder="e.g. Osijek 2026: city audit";
            label for="framework" { "Framework" }
            select #framework name="framework" {
                @for f in frameworks { option value={ (f.id) "@" (f.version) } { (f.title) " (" (f.reference()) ")" } }
            }
            fieldset {
                legend { "Questionnaire" }
                label.option { input type="radio" name="kind" value="audit" checked; " The audit: every question of every focal point" }
                label.option { input type="radio" name="kind" value="priorities"; " Stakeholder priorities: each focal point rated 1–5 for importance" }
            }
            fieldset {
                legend { "Respondents" }
                label.option { input type="radio" name="mode" value="anonymous" checked; " Anonymous: no response can be linked to its invitation" }
                label.option { input type="radio" name="mode" value="named" ; " Named: an expert panel; each response keeps its respondent" }
            }
            label for="opens" { "Opens on" }
            input #opens type="date" name="opens" required;
            label for="closes" { "Closes on" }
            input #closes type="date" name="closes" required;
            label for="min_group" { "Fewest respondents for a group's results to be shown (3 or more)" }
            input #min_group type="number" name="min_group" min="3" value="5" required;
            p { button type="submit" { "Open the round" } }
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
            .ok_or_else(|| AppError::bad("choose the questionnaire: audit or priorities"))?,
        mode: Mode::parse(field(&form, "mode"))
            .ok_or_else(|| AppError::bad("choose anonymous or named respondents"))?,
        opens: field(&form, "opens").to_string(),
        closes: field(&form, "closes").to_string(),
        min_group: field(&form, "min_group").parse().map_err(|_| {
            AppError::bad("the smallest group shown is a whole number of respondents, 3 or more")
        })?,
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
        fw.group(g)
            .map(|x| x.title.clone())
            .unwrap_or(g.to_string())
    };
    Ok(html! {
        p.muted.small { a href="/audits" { "Audits" } " › " a href={ "/cities/" (r.city) } { (city_name(state, &r.city)) } }
        h1 { (r.title) }
        p { (status_badge(r)) " · " (if r.kind == "audit" { "the audit questionnaire" } else { "stakeholder priorities" })
            " · " (if r.is_anonymous() { "anonymous" } else { "named panel" })
            " · answers from " (r.opens) " to " (r.closes)
            " · groups shown from " (r.min_group) " respondents · framework " (fw.reference()) }
        @if r.is_anonymous() {
            p.small.muted { "Anonymous: once a response is submitted, nothing in the database links it to the invitation it came from — this page can tell how many invitations of each group were used, never which. Results are computed once the round is closed." }
        }
        h2 { "Invitations" }
        @if counts.is_empty() { p.muted { "None issued yet." } } @else {
            table {
                thead { tr { th { "Group" } th.num { "Issued" } th.num { "Answered" } } }
                tbody { @for c in &counts { tr { td { (title_of(&c.group)) } td.num { (c.issued) } td.num { (c.used) } } } }
            }
        }
        @if !named.is_empty() {
            details {
                summary { "Who has answered (named panel)" }
                ul { @for (g, label, used) in &named { li { (label) " — " (title_of(g)) ": " (if *used { "answered" } else { "not yet" }) } } }
            }
        }
        @if run && r.is_open() {
            h3 { "Issue invitations" }
            form.stack method="post" action={ "/audits/" (r.id) "/invitations" } {
                input type="hidden" name="csrf" value=(csrf);
                label for="group" { "Stakeholder group" }
                select #group name="group" { @for g in &fw.groups { option value=(g.id) { (g.title) } } }
                @if r.is_anonymous() {
                    label for="count" { "How many" }
                    input #count type="number" name="count" min="1" max=(rounds::MAX_INVITATIONS) value="10" required;
                } @else {
                    label for="names" { "The respondents' names, one a line" }
                    textarea #names name="names" rows="5" required {}
                }
                fieldset {
                    legend { "As" }
                    label.option { input type="radio" name="format" value="list" checked; " a list to print and hand out" }
                    label.option { input type="radio" name="format" value="csv"; " a CSV file for a mail merge" }
                }
                p.small.muted { "The codes are shown this once and kept only as hashes: print or save them now. The observatory sends no e-mail." }
                p { button type="submit" { "Issue invitations" } }
            }
            h3 { "Close the round" }
            form method="post" action={ "/audits/" (r.id) "/close" } {
                input type="hidden" name="csrf" value=(csrf);
                p.small { "No more answers after closing; drafts not submitted are deleted." }
                button.secondary type="submit" { "Close the round" }
            }
        }
        @if results_ready {
            h2 { "Results" }
            p { a href={ "/audits/" (r.id) "/results" } { "See the results" } " · " a href={ "/audits/" (r.id) "/results.csv" } { "CSV" } " · " a href={ "/audits/" (r.id) "/responses.csv" } { "the raw responses (CSV, the city's own)" } }
        }
        @if run && !r.is_open() {
            @match r.submission {
                None => {
                    form method="post" action={ "/audits/" (r.id) "/submit" } {
                        input type="hidden" name="csrf" value=(csrf);
                        p { "Send the results — scores only, without comments — to your city's approver, who publishes them." }
                        button type="submit" { "Submit the results for approval" }
                    }
                }
                Some(sub) => {
                    p { "The results are " a href={ "/submissions/" (sub) } { "submission " (sub) } " (" (r.submission_status.map(|s| s.as_str()).unwrap_or("")) ")." }
                }
            }
        } @else if let Some(sub) = r.submission {
            p { "The results are " a href={ "/submissions/" (sub) } { "submission " (sub) } " (" (r.submission_status.map(|s| s.as_str()).unwrap_or("")) ")." }
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
                .map_err(|_| AppError::bad("how many invitations: a whole number"))?,
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
        let body = html! {
            p.muted.small.noprint { a href={ "/audits/" (id) } { "Back to the round" } " · print this page (the site's menus are left out), cut along the lines and hand out one each. The codes are not shown again." }
            h1.noprint { (issued.len()) " invitations: " (issued.first().map(|i| i.group_title.as_str()).unwrap_or("")) }
            @for i in &issued {
                section.invitation {
                    h2 { (r.title) }
                    p { "You are invited to take part as: " strong { (i.group_title) } @if !i.label.is_empty() { " — " (i.label) } }
                    p { "Open " span.link { (base) (i.path) } }
                    p { "or go to " span.link { (base) "/audit" } " and type the code " strong.code { (i.printed) } }
                    p.small { "Open from " (r.opens) " to " (r.closes) ". The code works once; keep it to yourself."
                        @if r.is_anonymous() { " Your answers cannot be linked to this code once you have submitted them." } }
                }
            }
        };
        let mut resp = render(crate::layout::page("Invitations", &who, body));
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
        None => Err(AppError::not_found(format!(
            "audit round {id} has no published results"
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
        Ok((format!("Results: {}", r.title), body, who))
    })
    .await?;
    Ok(render(crate::layout::page(&title, &who, body)))
}

fn score(v: Option<f64>) -> Markup {
    html! { @match v { Some(x) => (num(x, 0)), None => span.muted { "–" } } }
}

fn group_titles(fw: &Framework) -> impl Fn(&str) -> String + '_ {
    |g| {
        fw.group(g)
            .map(|x| x.title.clone())
            .unwrap_or(g.to_string())
    }
}

/// A table of focal points or principles: overall, each group shown, the gap, the rank.
fn area_table(
    caption: &str,
    areas: &[AreaResult],
    shown: &[(String, String)],
    ranks: bool,
) -> Markup {
    html! {
        div.table-wrap { table.scores {
            caption { (caption) }
            thead { tr {
                th scope="col" { "" }
                th.num scope="col" { "Overall" }
                @for (_, t) in shown { th.num scope="col" { (t) } }
                th scope="col" { "Perception gap" }
                @if ranks { th.num scope="col" { "Rank (range)" } }
            } }
            tbody { @for a in areas { tr {
                th scope="row" { (a.title) }
                td.num { strong { (score(a.overall)) } }
                @for (g, _) in shown {
                    @let cell = a.by_group.iter().find(|x| &x.group == g);
                    td.num {
                        (score(cell.and_then(|c| c.score)))
                        @if let Some(c) = cell { br; span.small.muted { "n " (c.respondents) @if let Some(sd) = c.spread { ", sd " (num(sd, 0)) } @if c.dont_know > 0 { ", ? " (c.dont_know) } } }
                    }
                }
                td { @if let Some(gap) = &a.gap {
                    @if gap.flagged { span.badge.gap { "⚑ " (num(gap.difference, 0)) " points" } } @else { (num(gap.difference, 0)) " points" }
                } }
                @if ranks { td.num { @if let Some(r) = a.rank { (r) } @if let Some(rr) = a.robustness { " " span.small { "(" (rr.overall.best) "–" (rr.overall.worst) ")" } } } }
            } } }
        } }
        p.small.muted { "Scores from 0 to 100 (the mean of the options chosen; \"don't know\" is not a score: ? counts them). n: respondents of the group with a score here; sd: the spread of their own scores. ⚑: a perception gap of " "25 points or more between the highest and the lowest group." }
    }
}

/// The observatory's pages a framework links to, for a city.
pub(crate) fn links(city: &str, ls: &[Link], state: &AppState) -> Markup {
    html! {
        @for l in ls {
            @match l {
                Link::Indicator(id) => { a href={ "/indicators#" (id) } { (state.config.catalogue.indicator(id).map(|i| i.name.clone()).unwrap_or(id.clone())) } " " }
                Link::Table(d) => { a href={ "/indicators#" (d) } { (state.config.catalogue.table(d).map(|t| t.name.clone()).unwrap_or(d.clone())) } " " }
                Link::Capability(c) => { a href=(c.path().replace("{city}", city)) { (c.label()) } " " }
            }
        }
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
        p.muted.small { a href="/audits" { "Audits" } " › " a href={ "/cities/" (r.city) } { (city_name(state, &r.city)) } @if is_staff { " › " a href={ "/audits/" (r.id) } { "the round" } } }
        h1 { "Results: " (r.title) }
        p.lead { (status_badge(r)) " · answers from " (r.opens) " to " (r.closes) " · framework " (fw.reference()) ": " (fw.title) }
        @if is_staff && !r.is_published() {
            p.warning { "Not published: only your city's editors and approvers see these results, with the respondents' comments. The public sees them once your approver publishes them (without the comments)." }
        }
        @match res {
            Results::Audit(a) => (audit_results(state, r, fw, a, comparison, is_staff)),
            Results::Priorities(p) => (priority_results(fw, p)),
        }
        p.small.muted { "Source of the framework: " (fw.source) " " (fw.authorship) }
        @if is_staff {
            p.downloads { "Download: " a href={ "/audits/" (r.id) "/results.csv" } { "results (CSV)" } a href={ "/audits/" (r.id) "/responses.csv" } { "raw responses (CSV, the city's own)" } }
        } @else {
            p.downloads { "Download: " a href={ "/api/v1/audits/" (r.id) } { "JSON" } a href={ "/api/v1/audits/" (r.id) "?format=csv" } { "CSV" } }
        }
    }
}

fn respondents_table(groups: &[assessment::scoring::GroupSummary], min: usize) -> Markup {
    html! {
        table {
            thead { tr { th { "Stakeholder group" } th.num { "Respondents" } th { "Shown" } } }
            tbody { @for g in groups.iter().filter(|g| g.respondents > 0) { tr {
                td { (g.title) }
                td.num { @if g.visibility == Visibility::Shown { (g.respondents) } @else { "fewer than " (min) } }
                td { @match g.visibility {
                    Visibility::Shown => "yes",
                    Visibility::WithheldCounted => "no (fewer than the threshold): counted in the overall with the other small groups",
                    Visibility::WithheldLeftOut => "no (fewer than the threshold): left out of every figure",
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
    let shown: Vec<(String, String)> = a
        .groups
        .iter()
        .filter(|g| g.visibility == Visibility::Shown)
        .map(|g| (g.id.clone(), g.title.clone()))
        .collect();
    let flagged: Vec<&AreaResult> = a
        .focal_points
        .iter()
        .chain(&a.principles)
        .filter(|x| x.gap.as_ref().is_some_and(|g| g.flagged))
        .collect();
    html! {
        h2 { "Who answered" }
        p { (a.respondents) " respondents." }
        (respondents_table(&a.groups, a.settings.min_group))
        @if let Some(n) = &a.note { p.notice { (n) } }
        h2 #focal-points { "Scores by focal point" }
        (area_table("Score per focal point, overall and per stakeholder group", &a.focal_points, &shown, true))
        h2 #gaps { "Perception gaps" }
        @if shown.len() < 2 {
            p.muted { "Fewer than two groups can be shown: there is no gap to report." }
        } @else if flagged.is_empty() {
            p { "No focal point or principle where the groups' scores differ by 25 points or more." }
        } @else {
            ul { @for x in &flagged { @if let Some(g) = &x.gap {
                li { strong { (x.title) } ": " (title(&g.high)) " " (num(x.by_group.iter().find(|s| s.group == g.high).and_then(|s| s.score).unwrap_or(f64::NAN), 0))
                    " vs " (title(&g.low)) " " (num(x.by_group.iter().find(|s| s.group == g.low).and_then(|s| s.score).unwrap_or(f64::NAN), 0))
                    " — " span.badge.gap { "⚑ " (num(g.difference, 0)) " points" } }
            } } }
        }
        h2 #principles { "Scores by guiding principle" }
        (area_table("Score per guiding principle (the questions each informs)", &a.principles, &shown, false))
        h2 #bottlenecks { "Bottlenecks and opportunities" }
        div.columns {
            div {
                h3 { "Lowest-scoring questions" }
                ol { @for e in &a.bottlenecks { li { (e.text) " " span.small.muted { "(" (fw.focal_point(&e.focal_point).map(|f| f.number).unwrap_or(0)) ") " } strong { (num(e.score, 0)) } } } }
            }
            div {
                h3 { "Highest-scoring questions" }
                ol { @for e in &a.opportunities { li { (e.text) " " span.small.muted { "(" (fw.focal_point(&e.focal_point).map(|f| f.number).unwrap_or(0)) ") " } strong { (num(e.score, 0)) } } } }
            }
        }
        @if is_staff {
            h3 #comments { "Evidence and comments, by focal point" }
            @if a.comments.is_empty() { p.muted { "No comments." } }
            @for fc in &a.comments {
                @if let Some(f) = fw.focal_point(&fc.focal_point) {
                    details {
                        summary { (f.number) ". " (f.title) " (" (fc.comments.len()) ")" }
                        ul { @for c in &fc.comments { li {
                            span.small.muted { (fw.question(&c.question).map(|q| q.text.as_str()).unwrap_or(&c.question)) } br;
                            "“" (c.text) "”"
                            @if let Some(g) = &c.group { " — " (title(g)) }
                            @if let Some(who) = &c.respondent { " (" (who) ")" }
                        } } }
                    }
                }
            }
        }
        h3 { "Questions" }
        @for f in &fw.focal_points {
            details {
                summary { (f.number) ". " (f.title) }
                p.small { em { (f.key_question) } }
                @if !f.links.is_empty() { p.small { "In the observatory: " (links(&r.city, &f.links, state)) } }
                div.table-wrap { table {
                    thead { tr { th { "Question" } th.num { "Overall" } @for (_, t) in &shown { th.num { (t) } } th.num { "Don't know" } } }
                    tbody { @for q in &f.questions { @if let Some(qr) = a.question(&q.id) { tr {
                        td { (q.text) }
                        td.num { (score(qr.overall)) }
                        @for (g, _) in &shown { td.num { (score(qr.by_group.iter().find(|x| &x.group == g).and_then(|x| x.score))) } }
                        td.num { (qr.dont_know) }
                    } } } }
                } }
            }
        }
        h2 #robustness { "How robust is the ranking?" }
        p.small { (a.robustness_method) }
        @if let Some(c) = comparison { (comparison_table(c)) }
    }
}

fn comparison_table(c: &Comparison) -> Markup {
    html! {
        h2 #comparison { "Compared with the previous round and with peer cities" }
        @if c.previous.is_none() && c.peers.is_empty() {
            p.muted { "No earlier round of this city and no peer city's published round use the same framework version yet." }
        } @else {
            p.small.muted { "Only rounds of the same framework version compare: other questions give other scores. Peer cities are the observatory's most similar cities; their published rounds only." }
            div.table-wrap { table {
                thead { tr {
                    th scope="col" { "Focal point" }
                    th.num scope="col" { "This round" }
                    @if let Some(p) = &c.previous { th.num scope="col" { "Previous (" (p.closes) ")" } th.num scope="col" { "Change" } }
                    @for p in &c.peers { th.num scope="col" { a href={ "/audits/" (p.round) "/results" } { (p.city_name) } } }
                    @if !c.peers.is_empty() { th.num scope="col" { "Peers' median" } }
                } }
                tbody { @for row in &c.rows { tr {
                    th scope="row" { (row.title) }
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
    let shown: Vec<(String, String)> = p
        .groups
        .iter()
        .filter(|g| g.visibility == Visibility::Shown)
        .map(|g| (g.id.clone(), g.title.clone()))
        .collect();
    html! {
        h2 { "Who answered" }
        p { (p.respondents) " respondents." }
        (respondents_table(&p.groups, p.min_group))
        @if let Some(n) = &p.note { p.notice { (n) } }
        h2 { "Priorities" }
        p { @if let Some(q) = &fw.priorities { (q.question) " " span.small.muted { "(" (q.source) ")" } } }
        div.table-wrap { table {
            thead { tr { th.num scope="col" { "Rank" } th scope="col" { "Focal point" } th.num scope="col" { "Mean (groups equal)" } th.num scope="col" { "Mean (all respondents)" } th.num scope="col" { "n" } @for (_, t) in &shown { th.num scope="col" { (t) } } } }
            tbody { @for i in &p.items { tr {
                td.num { @if let Some(r) = i.rank { (r) } }
                th scope="row" { (i.title) }
                td.num { strong { @match i.overall { Some(v) => (num(v, 2)), None => "–" } } }
                td.num { @match i.pooled { Some(v) => (num(v, 2)), None => "–" } }
                td.num { (i.n) }
                @for (g, _) in &shown { td.num { @match i.by_group.iter().find(|x| &x.group == g) { Some(x) => { @match x.mean { Some(m) => (num(m, 2)), None => "–" } br; span.small.muted { "n " (x.n) } }, None => "–" } } }
            } } }
        } }
        p.small.muted { "Ratings from 1 (not important at all) to 5 (very important). \"Mean (all respondents)\" is the ReSOMA survey's weighted average; \"groups equal\" weighs every stakeholder group the same." }
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
