//! The City Integration Agenda on the web: the city's editor drafts a version (goals per
//! focal point, actions, targets on the observatory's series), sends it to the approver,
//! who publishes it through the workflow; the public reads the latest published version,
//! printable (the print stylesheet leaves out menus and forms), as CSV or JSON, and its
//! targets' progress on the city profile. Progress and checks come from
//! `assessment::agenda`.

use crate::auth::{Action, Principal, allowed, authorize, check_csrf};
use crate::layout::{num, render};
use crate::{AppError, AppState};
use assessment::agenda::{self, AgendaView, FUNDS, STATUSES, TargetView};
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::{Markup, html};
use std::collections::HashMap;
use store::agendas::{Action as AgendaAction, Item, Target};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/cities/{code}/agenda", get(city_agenda).post(create))
        .route("/agendas/{id}", get(version_page))
        .route("/agendas/{id}/agenda.csv", get(export_csv))
        .route("/agendas/{id}/agenda.json", get(export_json))
        .route("/agendas/{id}/goals", post(add_goal))
        .route("/agendas/{id}/actions", post(add_action))
        .route("/agendas/{id}/targets", post(add_target))
        .route("/agendas/{id}/remove", post(remove))
        .route("/agendas/{id}/submit", post(submit))
}

fn staff(who: &Principal, city: &str) -> bool {
    allowed(who, Action::DraftAgenda, Some(city)) || allowed(who, Action::ReadAudits, Some(city))
}

fn field<'a>(form: &'a HashMap<String, String>, name: &str) -> &'a str {
    form.get(name).map(|v| v.trim()).unwrap_or("")
}

fn framework(state: &AppState, id: &str) -> Option<assessment::Framework> {
    assessment::rounds::find_framework(&state.config.catalogue, id, None).ok()
}

fn view_of(state: &AppState, a: &store::agendas::Agenda) -> Result<AgendaView, AppError> {
    let fw = framework(state, &a.framework);
    state
        .db
        .read(|s| Ok(agenda::view(s, &state.config.catalogue, fw.as_ref(), a)?))
}

/// A version the caller may see: the city's staff any, others the published ones.
fn visible(state: &AppState, who: &Principal, id: i64) -> Result<store::agendas::Agenda, AppError> {
    let a = state.db.read(|s| Ok(agenda::agenda(s, id)?))?;
    if a.is_published() || staff(who, &a.city) {
        Ok(a)
    } else {
        Err(AppError::not_found(format!("no published agenda {id}")))
    }
}

/// `GET /cities/{code}/agenda`: the latest published version; for the city's staff also
/// the versions and the form to start one.
async fn city_agenda(
    State(state): State<AppState>,
    who: Principal,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let geo = super::city::geography(&state, &code)?;
        let code = geo.code.to_string();
        let versions = state.db.read(|s| Ok(s.agendas(Some(&code))?))?;
        let is_staff = staff(&who, &code);
        let published = versions.iter().find(|a| a.is_published());
        let shown = match published {
            Some(a) => Some(view_of(&state, a)?),
            None => None,
        };
        let rounds = if is_staff {
            state.db.read(|s| Ok(s.audit_rounds(Some(&code))?))?
        } else {
            Vec::new()
        };
        let body = html! {
            p.muted.small { a href={ "/cities/" (code) } { (geo.name) } " › City Integration Agenda" }
            @match &shown {
                Some(v) => (agenda_body(v, None)),
                None => { h1 { "City Integration Agenda of " (geo.name) } p.muted { "No published agenda yet." } }
            }
            @if is_staff {
                h2.noprint { "Versions" }
                @if versions.is_empty() { p.muted { "None yet." } }
                ul { @for a in &versions { li { a href={ "/agendas/" (a.id) } { "Version " (a.version) ": " (a.title) } " — " (a.submission_status.map(|s| s.as_str()).unwrap_or("draft")) } } }
                @if allowed(&who, Action::DraftAgenda, Some(&code)) && versions.iter().all(|a| a.submission.is_some()) {
                    form.stack method="post" action={ "/cities/" (code) "/agenda" } {
                        input type="hidden" name="csrf" value=(who.csrf().unwrap_or(""));
                        h3 { @if versions.is_empty() { "Start the agenda" } @else { "Start a new version (a copy of the latest)" } }
                        label for="title" { "Title" }
                        input #title type="text" name="title" placeholder={ "City Integration Agenda of " (geo.name) };
                        label for="summary" { "Summary" }
                        textarea #summary name="summary" rows="3" {}
                        label for="round" { "Follows from the audit round" }
                        select #round name="round" {
                            option value="" { "none" }
                            @for r in &rounds { option value=(r.id) { (r.title) } }
                        }
                        p { button type="submit" { "Start drafting" } }
                    }
                }
            }
        };
        Ok(render(crate::layout::page("City Integration Agenda", &who, body)))
    })
    .await
}

async fn create(
    State(state): State<AppState>,
    who: Principal,
    Path(code): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    authorize(&who, Action::DraftAgenda, Some(&code))?;
    check_csrf(&who, form.get("csrf").map(String::as_str))?;
    let id = crate::blocking::run(move || {
        let round = match field(&form, "round") {
            "" => None,
            r => Some(
                r.parse()
                    .map_err(|_| AppError::bad("choose an audit round"))?,
            ),
        };
        let actor = who.actor();
        let cat = state.config.catalogue.clone();
        state.db.write(|s| {
            Ok(agenda::create(
                s,
                &cat,
                &actor,
                &code,
                field(&form, "title"),
                field(&form, "summary"),
                round,
            )?)
        })
    })
    .await?;
    Ok(Redirect::to(&format!("/agendas/{id}")).into_response())
}

/// What the editing forms need.
struct Editing<'a> {
    csrf: &'a str,
    framework: Option<assessment::Framework>,
    series: Vec<(String, String)>,
}

/// The series a target can be set on: the city's own and its country's national tables,
/// as `dataset|variable|geo|group|breakdown` with a label.
fn target_series(state: &AppState, city: &str) -> Result<Vec<(String, String)>, AppError> {
    let geo = super::city::geography(state, city)?;
    let country = geo.country.map(|c| c.to_string());
    let rows = state.db.read(|s| {
        let mut rows = s.observations(&store::SeriesFilter {
            geo: Some(city.to_string()),
            latest_only: true,
            ..Default::default()
        })?;
        if let Some(c) = &country {
            for t in state.config.catalogue.national_tables() {
                rows.extend(s.observations(&store::SeriesFilter {
                    geo: Some(c.clone()),
                    dataset: Some(t.dataset.clone()),
                    latest_only: true,
                    ..Default::default()
                })?);
            }
        }
        Ok(rows)
    })?;
    Ok(rows
        .iter()
        .filter(|r| !r.observation.dataset.starts_with("audit_"))
        .map(|r| {
            let o = &r.observation;
            let t = Target {
                id: 0,
                dataset: o.dataset.clone(),
                variable: o.variable.clone(),
                geo: o.geo.to_string(),
                group: o.group.key(),
                breakdown: o.breakdown_key(),
                baseline_value: 0.0,
                baseline_year: 0,
                target_value: 0.0,
                target_year: 0,
            };
            (
                format!(
                    "{}|{}|{}|{}|{}",
                    t.dataset, t.variable, t.geo, t.group, t.breakdown
                ),
                format!(
                    "{} — latest {} ({})",
                    agenda::series_label(&state.config.catalogue, &t),
                    crate::layout::auto(o.value),
                    o.period
                ),
            )
        })
        .collect())
}

async fn version_page(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let a = visible(&state, &who, id)?;
        let v = view_of(&state, &a)?;
        let csrf = who.csrf().unwrap_or("").to_string();
        let editing = if a.editable() && allowed(&who, Action::DraftAgenda, Some(&a.city)) {
            Some(Editing {
                csrf: &csrf,
                framework: framework(&state, &a.framework),
                series: target_series(&state, &a.city)?,
            })
        } else {
            None
        };
        let body = html! {
            p.muted.small { a href={ "/cities/" (a.city) } { (a.city) } " › " a href={ "/cities/" (a.city) "/agenda" } { "City Integration Agenda" } " › version " (a.version) }
            (agenda_body(&v, editing.as_ref()))
        };
        Ok(render(crate::layout::page(&a.title, &who, body)))
    })
    .await
}

fn verdict(t: &TargetView) -> Markup {
    let p = &t.progress;
    html! {
        @match &p.assessment {
            Some(a) => { span.badge { (a.label) } }
            None => { span.muted { "not assessable yet" } }
        }
        @if let Some((v, y)) = p.latest { br; span.small { "latest " (crate::layout::auto(v)) " (" (y) ")" } }
        @if let Some(s) = p.share_of_way { br; span.small { (num(s * 100.0, 0)) "% of the way from the baseline to the target" } }
    }
}

fn agenda_body(v: &AgendaView, editing: Option<&Editing<'_>>) -> Markup {
    html! {
        h1 { (v.title) }
        p.lead { "Version " (v.version) " · " span class={ "badge " (v.status) } { (v.status) } " · updated " (v.updated_at)
            @if let Some(r) = v.round { " · follows from " a href={ "/audits/" (r) "/results" } { "audit round " (r) } } }
        @if !v.summary.is_empty() { p { (v.summary) } }
        @if !v.budget.is_empty() {
            p { "Budget of the actions: " @for (i, (c, b)) in v.budget.iter().enumerate() { @if i > 0 { ", " } (num(*b, 0)) " " (c) } }
        }
        p.downloads { "Download: " a href={ "/agendas/" (v.id) "/agenda.csv" } { "CSV" } a href={ "/agendas/" (v.id) "/agenda.json" } { "JSON" } " · print this page for a paper copy" }
        @if v.goals.is_empty() { p.muted { "No goals yet." } }
        @for g in &v.goals {
            section.goal {
                h2 { (g.focal_point_title) }
                p { strong { "Goal: " } (g.text) }
                @if !g.actions.is_empty() {
                    div.table-wrap { table {
                        caption { "Actions" }
                        thead { tr { th scope="col" { "Action" } th scope="col" { "Responsible, partners" } th scope="col" { "When" } th.num scope="col" { "Budget" } th scope="col" { "Funding" } th scope="col" { "Status" } } }
                        tbody { @for a in &g.actions { tr {
                            td { strong { (a.title) } @if !a.description.is_empty() { br; span.small { (a.description) } } }
                            td.small { (a.department) @if !a.partners.is_empty() { br; "with " (a.partners) } }
                            td.small { (a.starts) " – " (a.ends) }
                            td.num { @if let Some(b) = a.budget { (num(b, 0)) " " (a.currency) } }
                            td.small { (agenda::fund_label(&a.fund)) @if !a.funding_source.is_empty() { br; (a.funding_source) } }
                            td { (a.status) }
                            @if let Some(e) = editing { td.noprint { (remove_button(v.id, e.csrf, "action", a.id)) } }
                        } } }
                    } }
                }
                @if !g.targets.is_empty() {
                    div.table-wrap { table {
                        caption { "Targets" }
                        thead { tr { th scope="col" { "Series" } th.num scope="col" { "Baseline" } th.num scope="col" { "Target" } th scope="col" { "Progress" } } }
                        tbody { @for t in &g.targets { tr {
                            td { (t.label) }
                            td.num { (crate::layout::auto(t.target.baseline_value)) " (" (t.target.baseline_year) ")" }
                            td.num { (crate::layout::auto(t.target.target_value)) " (" (t.target.target_year) ")" }
                            td { (verdict(t)) }
                            @if let Some(e) = editing { td.noprint { (remove_button(v.id, e.csrf, "target", t.target.id)) } }
                        } } }
                    } }
                    p.small.muted { "Progress: Eurostat's SDG assessment of the values since the baseline year against the growth the target needs, and the latest value's share of the way." }
                }
                @if let Some(e) = editing { (goal_forms(v.id, g.id, e)) (remove_button(v.id, e.csrf, "goal", g.id)) }
            }
        }
        @if let Some(e) = editing { (draft_forms(v, e)) }
    }
}

fn remove_button(agenda: i64, csrf: &str, kind: &str, id: i64) -> Markup {
    html! {
        form.inline.noprint method="post" action={ "/agendas/" (agenda) "/remove" } {
            input type="hidden" name="csrf" value=(csrf);
            input type="hidden" name="kind" value=(kind);
            input type="hidden" name="item" value=(id);
            button.link type="submit" { "remove this " (kind) }
        }
    }
}

fn goal_forms(agenda: i64, goal: i64, e: &Editing<'_>) -> Markup {
    html! {
        details.noprint {
            summary { "Add an action to this goal" }
            form.stack method="post" action={ "/agendas/" (agenda) "/actions" } {
                input type="hidden" name="csrf" value=(e.csrf);
                input type="hidden" name="goal" value=(goal);
                label for={ "at-" (goal) } { "Title" } input id={ "at-" (goal) } type="text" name="title" required;
                label for={ "ad-" (goal) } { "Description" } textarea id={ "ad-" (goal) } name="description" rows="2" {}
                label for={ "ar-" (goal) } { "Responsible department" } input id={ "ar-" (goal) } type="text" name="department";
                label for={ "ap-" (goal) } { "Partners" } input id={ "ap-" (goal) } type="text" name="partners";
                label for={ "as-" (goal) } { "Starts (2026, 2026-09 or 2026-09-01)" } input id={ "as-" (goal) } type="text" name="starts";
                label for={ "ae-" (goal) } { "Ends" } input id={ "ae-" (goal) } type="text" name="ends";
                label for={ "ab-" (goal) } { "Budget" } input id={ "ab-" (goal) } type="text" inputmode="decimal" name="budget";
                label for={ "ac-" (goal) } { "Currency" } input id={ "ac-" (goal) } type="text" name="currency" value="EUR";
                label for={ "af-" (goal) } { "Fund" }
                select id={ "af-" (goal) } name="fund" { @for (k, l) in FUNDS { option value=(k) { (l) } } }
                label for={ "ao-" (goal) } { "Funding source (programme, call, budget line)" } input id={ "ao-" (goal) } type="text" name="funding_source";
                label for={ "ax-" (goal) } { "Status" }
                select id={ "ax-" (goal) } name="status" { @for s in STATUSES { option value=(s) { (s) } } }
                p { button type="submit" { "Add the action" } }
            }
        }
        details.noprint {
            summary { "Add a target to this goal" }
            form.stack method="post" action={ "/agendas/" (agenda) "/targets" } {
                input type="hidden" name="csrf" value=(e.csrf);
                input type="hidden" name="goal" value=(goal);
                label for={ "ts-" (goal) } { "Series (the city's, or its country's for outcomes measured nationally)" }
                select id={ "ts-" (goal) } name="series" required { @for (k, l) in &e.series { option value=(k) { (l) } } }
                label for={ "tb-" (goal) } { "Baseline value" } input id={ "tb-" (goal) } type="text" inputmode="decimal" name="baseline_value" required;
                label for={ "ty-" (goal) } { "Baseline year" } input id={ "ty-" (goal) } type="number" name="baseline_year" required;
                label for={ "tv-" (goal) } { "Target value" } input id={ "tv-" (goal) } type="text" inputmode="decimal" name="target_value" required;
                label for={ "tz-" (goal) } { "Target year" } input id={ "tz-" (goal) } type="number" name="target_year" required;
                p { button type="submit" { "Add the target" } }
            }
        }
    }
}

fn draft_forms(v: &AgendaView, e: &Editing<'_>) -> Markup {
    html! {
        section.noprint {
            h2 { "Add a goal" }
            form.stack method="post" action={ "/agendas/" (v.id) "/goals" } {
                input type="hidden" name="csrf" value=(e.csrf);
                label for="goal-fp" { "Focal point" }
                select #goal-fp name="focal_point" {
                    @if let Some(fw) = &e.framework { @for f in &fw.focal_points { option value=(f.id) { (f.number) ". " (f.title) } } }
                }
                label for="goal-text" { "Goal" }
                textarea #goal-text name="text" rows="2" required {}
                p { button type="submit" { "Add the goal" } }
            }
            h2 { "Send for approval" }
            form method="post" action={ "/agendas/" (v.id) "/submit" } {
                input type="hidden" name="csrf" value=(e.csrf);
                p.small { "Once sent, this version is fixed; the city's approver publishes it (or sends it back with a comment). A later change is a new version." }
                button type="submit" { "Submit the agenda for approval" }
            }
        }
    }
}

/// Checks that the caller drafts the agenda of `id`'s city and the form's origin.
fn drafting(
    state: &AppState,
    who: &Principal,
    id: i64,
    form: &HashMap<String, String>,
) -> Result<store::agendas::Agenda, AppError> {
    let a = state.db.read(|s| Ok(agenda::agenda(s, id)?))?;
    if !staff(who, &a.city) {
        return Err(if who.is_public() {
            AppError::new(
                crate::ErrorCode::Unauthenticated,
                "log in to draft the agenda",
            )
        } else {
            AppError::not_found(format!("no agenda {id}"))
        });
    }
    authorize(who, Action::DraftAgenda, Some(&a.city))?;
    check_csrf(who, form.get("csrf").map(String::as_str))?;
    Ok(a)
}

fn number<T: std::str::FromStr>(
    form: &HashMap<String, String>,
    name: &str,
    what: &str,
) -> Result<T, AppError> {
    field(form, name)
        .replace(',', ".")
        .parse()
        .map_err(|_| AppError::bad(format!("the {what} is a number")))
}

async fn add_goal(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let a = drafting(&state, &who, id, &form)?;
        let fw = framework(&state, &a.framework)
            .ok_or_else(|| AppError::not_found(format!("no framework '{}'", a.framework)))?;
        let actor = who.actor();
        state.db.write(|s| {
            Ok(agenda::add_goal(
                s,
                &fw,
                &actor,
                id,
                field(&form, "focal_point"),
                field(&form, "text"),
            )?)
        })
    })
    .await?;
    Ok(Redirect::to(&format!("/agendas/{id}")).into_response())
}

async fn add_action(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        drafting(&state, &who, id, &form)?;
        let goal: i64 = number(&form, "goal", "goal")?;
        let budget = match field(&form, "budget") {
            "" => None,
            _ => Some(number::<f64>(&form, "budget", "budget")?),
        };
        let action = AgendaAction {
            id: 0,
            title: field(&form, "title").into(),
            description: field(&form, "description").into(),
            department: field(&form, "department").into(),
            partners: field(&form, "partners").into(),
            starts: field(&form, "starts").into(),
            ends: field(&form, "ends").into(),
            budget,
            currency: field(&form, "currency").into(),
            fund: field(&form, "fund").into(),
            funding_source: field(&form, "funding_source").into(),
            status: field(&form, "status").into(),
        };
        let actor = who.actor();
        state
            .db
            .write(|s| Ok(agenda::add_action(s, &actor, id, goal, &action)?))
    })
    .await?;
    Ok(Redirect::to(&format!("/agendas/{id}")).into_response())
}

async fn add_target(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        drafting(&state, &who, id, &form)?;
        let goal: i64 = number(&form, "goal", "goal")?;
        let parts: Vec<&str> = field(&form, "series").split('|').collect();
        let [dataset, variable, geo, group, breakdown] = parts.as_slice() else {
            return Err(AppError::bad("choose one of the series offered"));
        };
        let t = Target {
            id: 0,
            dataset: dataset.to_string(),
            variable: variable.to_string(),
            geo: geo.to_string(),
            group: group.to_string(),
            breakdown: breakdown.to_string(),
            baseline_value: number(&form, "baseline_value", "baseline value")?,
            baseline_year: number(&form, "baseline_year", "baseline year")?,
            target_value: number(&form, "target_value", "target value")?,
            target_year: number(&form, "target_year", "target year")?,
        };
        let actor = who.actor();
        state
            .db
            .write(|s| Ok(agenda::add_target(s, &actor, id, goal, &t)?))
    })
    .await?;
    Ok(Redirect::to(&format!("/agendas/{id}")).into_response())
}

async fn remove(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        drafting(&state, &who, id, &form)?;
        let item = match field(&form, "kind") {
            "goal" => Item::Goal,
            "action" => Item::Action,
            "target" => Item::Target,
            k => {
                return Err(AppError::bad(format!(
                    "'{k}' is not a goal, action or target"
                )));
            }
        };
        let n: i64 = number(&form, "item", "item")?;
        let actor = who.actor();
        state
            .db
            .write(|s| Ok(agenda::remove(s, &actor, id, item, n)?))
    })
    .await?;
    Ok(Redirect::to(&format!("/agendas/{id}")).into_response())
}

async fn submit(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let sub = crate::blocking::run(move || {
        drafting(&state, &who, id, &form)?;
        let actor = who.actor();
        state.db.write(|s| Ok(agenda::submit(s, &actor, id)?))
    })
    .await?;
    Ok(Redirect::to(&format!("/submissions/{sub}")).into_response())
}

async fn export_csv(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let csv = crate::blocking::run(move || {
        let a = visible(&state, &who, id)?;
        Ok(agenda::csv(&view_of(&state, &a)?))
    })
    .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"agenda-{id}.csv\""),
            ),
        ],
        csv,
    )
        .into_response())
}

async fn export_json(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let v = crate::blocking::run(move || {
        let a = visible(&state, &who, id)?;
        view_of(&state, &a)
    })
    .await?;
    Ok(axum::Json(v).into_response())
}

/// The city profile's section: the latest published agenda's goals with their targets'
/// progress, and the latest published audit results.
pub fn city_section(state: &AppState, code: &str) -> Result<Markup, AppError> {
    let (published, rounds) = state.db.read(|s| {
        Ok((
            agenda::published(s, code)?,
            s.audit_rounds(Some(code))?
                .into_iter()
                .filter(|r| r.is_published())
                .collect::<Vec<_>>(),
        ))
    })?;
    let v = match &published {
        Some(a) => Some(view_of(state, a)?),
        None => None,
    };
    Ok(html! {
        h2 #agenda { "Assessing policy together" }
        @if let Some(r) = rounds.first() {
            p { "Latest published audit: " a href={ "/audits/" (r.id) "/results" } { (r.title) } " (answers to " (r.closes) ")." }
        } @else {
            p.muted.small { "No published audit round yet. " a href="/audits" { "About the audits" } }
        }
        @match &v {
            None => p.muted.small { "No published City Integration Agenda yet." },
            Some(v) => {
                h3 { a href={ "/cities/" (code) "/agenda" } { (v.title) } " (version " (v.version) ")" }
                ul { @for g in &v.goals {
                    li {
                        strong { (g.focal_point_title) } ": " (g.text)
                        " " span.small.muted { "(" (g.actions.len()) " actions)" }
                        @if !g.targets.is_empty() { ul { @for t in &g.targets { li.small {
                            (t.label) ": " (crate::layout::auto(t.target.baseline_value)) " (" (t.target.baseline_year) ") → " (crate::layout::auto(t.target.target_value)) " (" (t.target.target_year) ") — "
                            (verdict(t))
                        } } } }
                    }
                } }
            }
        }
    })
}
