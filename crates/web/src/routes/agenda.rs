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
        Err(AppError::not_found(t!(
            "agenda-error-no-published",
            id = &id.to_string()
        )))
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
            p.muted.small { a href={ "/cities/" (code) } { (geo.name) } " › " (t!("agenda-name")) }
            @match &shown {
                Some(v) => (agenda_body(v, None)),
                None => { h1 { (t!("agenda-of-city", city = &geo.name)) } p.muted { (t!("agenda-none-published")) } }
            }
            @if is_staff {
                h2.noprint { (t!("agenda-versions")) }
                @if versions.is_empty() { p.muted { (t!("agenda-versions-none")) } }
                ul { @for a in &versions { li { a href={ "/agendas/" (a.id) } { (t!("agenda-version-title", version = &a.version.to_string(), title = &a.title)) } " — " (status_name(a.submission_status.map(|s| s.as_str()).unwrap_or("draft"))) } } }
                @if allowed(&who, Action::DraftAgenda, Some(&code)) && versions.iter().all(|a| a.submission.is_some()) {
                    form.stack method="post" action={ "/cities/" (code) "/agenda" } {
                        input type="hidden" name="csrf" value=(who.csrf().unwrap_or(""));
                        h3 { @if versions.is_empty() { (t!("agenda-start")) } @else { (t!("agenda-start-new-version")) } }
                        label for="title" { (t!("agenda-field-title")) }
                        input #title type="text" name="title" placeholder=(t!("agenda-of-city", city = &geo.name));
                        label for="summary" { (t!("agenda-field-summary")) }
                        textarea #summary name="summary" rows="3" {}
                        label for="round" { (t!("agenda-field-round")) }
                        select #round name="round" {
                            option value="" { (t!("agenda-field-round-none")) }
                            @for r in &rounds { option value=(r.id) { (r.title) } }
                        }
                        p { button type="submit" { (t!("agenda-start-drafting")) } }
                    }
                }
            }
        };
        Ok(render(crate::layout::page(&t!("agenda-name"), &who, body)))
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
                    .map_err(|_| AppError::bad(t!("agenda-error-choose-round")))?,
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
                t!(
                    "agenda-series-latest",
                    series = agenda::series_label(&state.config.catalogue, &t),
                    value = crate::layout::auto(o.value),
                    period = o.period.to_string()
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
            p.muted.small { a href={ "/cities/" (a.city) } { (a.city) } " › " a href={ "/cities/" (a.city) "/agenda" } { (t!("agenda-name")) } " › " (t!("agenda-breadcrumb-version", version = &a.version.to_string())) }
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
            Some(a) => { span.badge { (verdict_name(a)) } }
            None => { span.muted { (t!("agenda-not-assessable-yet")) } }
        }
        @if let Some((v, y)) = p.latest { br; span.small { (t!("agenda-latest", value = crate::layout::auto(v), year = y.to_string())) } }
        @if let Some(s) = p.share_of_way { br; span.small { (t!("agenda-share-of-way", share = num(s * 100.0, 0))) } }
    }
}

fn agenda_body(v: &AgendaView, editing: Option<&Editing<'_>>) -> Markup {
    html! {
        h1 { (v.title) }
        p.lead { (t!("agenda-version", version = &v.version.to_string())) " · " span class={ "badge " (v.status) } { (status_name(&v.status)) } " · " (t!("agenda-updated", date = &v.updated_at))
            @if let Some(r) = v.round { " · " (t!("agenda-follows-from")) " " a href={ "/audits/" (r) "/results" } { (t!("agenda-audit-round", round = r.to_string())) } } }
        @if !v.summary.is_empty() { p { (v.summary) } }
        @if !v.budget.is_empty() {
            @let amounts: Vec<String> = v.budget.iter().map(|(c, b)| format!("{} {c}", num(*b, 0))).collect();
            p { (t!("agenda-budget", amounts = amounts.join(", "))) }
        }
        p.downloads { (t!("agenda-download")) " " a href={ "/agendas/" (v.id) "/agenda.csv" } { "CSV" } a href={ "/agendas/" (v.id) "/agenda.json" } { "JSON" } " · " (t!("agenda-print")) }
        @if v.goals.is_empty() { p.muted { (t!("agenda-no-goals")) } }
        @for g in &v.goals {
            section.goal {
                h2 { (focal_point_title(&v.framework, g)) }
                p { strong { (t!("agenda-goal-label")) " " } (g.text) }
                @if !g.actions.is_empty() {
                    div.table-wrap { table {
                        caption { (t!("agenda-actions")) }
                        thead { tr { th scope="col" { (t!("agenda-col-action")) } th scope="col" { (t!("agenda-col-responsible")) } th scope="col" { (t!("agenda-col-when")) } th.num scope="col" { (t!("agenda-col-budget")) } th scope="col" { (t!("agenda-col-funding")) } th scope="col" { (t!("agenda-col-status")) } } }
                        tbody { @for a in &g.actions { tr {
                            td { strong { (a.title) } @if !a.description.is_empty() { br; span.small { (a.description) } } }
                            td.small { (a.department) @if !a.partners.is_empty() { br; (t!("agenda-with-partners", partners = &a.partners)) } }
                            td.small { (a.starts) " – " (a.ends) }
                            td.num { @if let Some(b) = a.budget { (num(b, 0)) " " (a.currency) } }
                            td.small { (fund_name(&a.fund)) @if !a.funding_source.is_empty() { br; (a.funding_source) } }
                            td { (action_status_name(&a.status)) }
                            @if let Some(e) = editing { td.noprint { (remove_button(v.id, e.csrf, "action", a.id)) } }
                        } } }
                    } }
                }
                @if !g.targets.is_empty() {
                    div.table-wrap { table {
                        caption { (t!("agenda-targets")) }
                        thead { tr { th scope="col" { (t!("agenda-col-series")) } th.num scope="col" { (t!("agenda-col-baseline")) } th.num scope="col" { (t!("agenda-col-target")) } th scope="col" { (t!("agenda-col-progress")) } } }
                        tbody { @for t in &g.targets { tr {
                            td { (t.label) }
                            td.num { (crate::layout::auto(t.target.baseline_value)) " (" (t.target.baseline_year) ")" }
                            td.num { (crate::layout::auto(t.target.target_value)) " (" (t.target.target_year) ")" }
                            td { (verdict(t)) }
                            @if let Some(e) = editing { td.noprint { (remove_button(v.id, e.csrf, "target", t.target.id)) } }
                        } } }
                    } }
                    p.small.muted { (t!("agenda-progress-note")) }
                }
                @if let Some(e) = editing { (goal_forms(v.id, g.id, e)) (remove_button(v.id, e.csrf, "goal", g.id)) }
            }
        }
        @if let Some(e) = editing { (draft_forms(v, e)) }
    }
}

fn remove_button(agenda: i64, csrf: &str, kind: &str, id: i64) -> Markup {
    let label = match kind {
        "goal" => t!("agenda-remove-goal"),
        "action" => t!("agenda-remove-action"),
        _ => t!("agenda-remove-target"),
    };
    html! {
        form.inline.noprint method="post" action={ "/agendas/" (agenda) "/remove" } {
            input type="hidden" name="csrf" value=(csrf);
            input type="hidden" name="kind" value=(kind);
            input type="hidden" name="item" value=(id);
            button.link type="submit" { (label) }
        }
    }
}

fn goal_forms(agenda: i64, goal: i64, e: &Editing<'_>) -> Markup {
    html! {
        details.noprint {
            summary { (t!("agenda-add-action-summary")) }
            form.stack method="post" action={ "/agendas/" (agenda) "/actions" } {
                input type="hidden" name="csrf" value=(e.csrf);
                input type="hidden" name="goal" value=(goal);
                label for={ "at-" (goal) } { (t!("agenda-field-title")) } input id={ "at-" (goal) } type="text" name="title" required;
                label for={ "ad-" (goal) } { (t!("agenda-field-description")) } textarea id={ "ad-" (goal) } name="description" rows="2" {}
                label for={ "ar-" (goal) } { (t!("agenda-field-department")) } input id={ "ar-" (goal) } type="text" name="department";
                label for={ "ap-" (goal) } { (t!("agenda-field-partners")) } input id={ "ap-" (goal) } type="text" name="partners";
                label for={ "as-" (goal) } { (t!("agenda-field-starts")) } input id={ "as-" (goal) } type="text" name="starts";
                label for={ "ae-" (goal) } { (t!("agenda-field-ends")) } input id={ "ae-" (goal) } type="text" name="ends";
                label for={ "ab-" (goal) } { (t!("agenda-field-budget")) } input id={ "ab-" (goal) } type="text" inputmode="decimal" name="budget";
                label for={ "ac-" (goal) } { (t!("agenda-field-currency")) } input id={ "ac-" (goal) } type="text" name="currency" value="EUR";
                label for={ "af-" (goal) } { (t!("agenda-field-fund")) }
                select id={ "af-" (goal) } name="fund" { @for (k, _) in FUNDS { option value=(k) { (fund_name(k)) } } }
                label for={ "ao-" (goal) } { (t!("agenda-field-funding-source")) } input id={ "ao-" (goal) } type="text" name="funding_source";
                label for={ "ax-" (goal) } { (t!("agenda-field-status")) }
                select id={ "ax-" (goal) } name="status" { @for s in STATUSES { option value=(s) { (action_status_name(s)) } } }
                p { button type="submit" { (t!("agenda-add-action")) } }
            }
        }
        details.noprint {
            summary { (t!("agenda-add-target-summary")) }
            form.stack method="post" action={ "/agendas/" (agenda) "/targets" } {
                input type="hidden" name="csrf" value=(e.csrf);
                input type="hidden" name="goal" value=(goal);
                label for={ "ts-" (goal) } { (t!("agenda-field-series")) }
                select id={ "ts-" (goal) } name="series" required { @for (k, l) in &e.series { option value=(k) { (l) } } }
                label for={ "tb-" (goal) } { (t!("agenda-field-baseline-value")) } input id={ "tb-" (goal) } type="text" inputmode="decimal" name="baseline_value" required;
                label for={ "ty-" (goal) } { (t!("agenda-field-baseline-year")) } input id={ "ty-" (goal) } type="number" name="baseline_year" required;
                label for={ "tv-" (goal) } { (t!("agenda-field-target-value")) } input id={ "tv-" (goal) } type="text" inputmode="decimal" name="target_value" required;
                label for={ "tz-" (goal) } { (t!("agenda-field-target-year")) } input id={ "tz-" (goal) } type="number" name="target_year" required;
                p { button type="submit" { (t!("agenda-add-target")) } }
            }
        }
    }
}

fn draft_forms(v: &AgendaView, e: &Editing<'_>) -> Markup {
    html! {
        section.noprint {
            h2 { (t!("agenda-add-goal-title")) }
            form.stack method="post" action={ "/agendas/" (v.id) "/goals" } {
                input type="hidden" name="csrf" value=(e.csrf);
                label for="goal-fp" { (t!("agenda-field-focal-point")) }
                select #goal-fp name="focal_point" {
                    @if let Some(fw) = &e.framework { @for f in &fw.focal_points { option value=(f.id) { (f.number) ". " (crate::locale::catalogue(&["framework", &fw.id, "focal", &f.id, "title"], &f.title)) } } }
                }
                label for="goal-text" { (t!("agenda-field-goal")) }
                textarea #goal-text name="text" rows="2" required {}
                p { button type="submit" { (t!("agenda-add-goal")) } }
            }
            h2 { (t!("agenda-send-title")) }
            form method="post" action={ "/agendas/" (v.id) "/submit" } {
                input type="hidden" name="csrf" value=(e.csrf);
                p.small { (t!("agenda-send-note")) }
                button type="submit" { (t!("agenda-submit")) }
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
            AppError::new(crate::ErrorCode::Unauthenticated, t!("agenda-error-log-in"))
        } else {
            AppError::not_found(t!("agenda-error-no-agenda", id = id.to_string()))
        });
    }
    authorize(who, Action::DraftAgenda, Some(&a.city))?;
    check_csrf(who, form.get("csrf").map(String::as_str))?;
    Ok(a)
}

/// The number in field `name`; `not_a_number` is the key of the message that says what
/// the field should be.
fn number<T: std::str::FromStr>(
    form: &HashMap<String, String>,
    name: &str,
    not_a_number: &str,
) -> Result<T, AppError> {
    field(form, name)
        .replace(',', ".")
        .parse()
        .map_err(|_| AppError::bad(t!(not_a_number)))
}

async fn add_goal(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let a = drafting(&state, &who, id, &form)?;
        let fw = framework(&state, &a.framework).ok_or_else(|| {
            AppError::not_found(t!("agenda-error-no-framework", framework = &a.framework))
        })?;
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
        let goal: i64 = number(&form, "goal", "agenda-error-goal-number")?;
        let budget = match field(&form, "budget") {
            "" => None,
            _ => Some(number::<f64>(
                &form,
                "budget",
                "agenda-error-budget-number",
            )?),
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
        let goal: i64 = number(&form, "goal", "agenda-error-goal-number")?;
        let parts: Vec<&str> = field(&form, "series").split('|').collect();
        let [dataset, variable, geo, group, breakdown] = parts.as_slice() else {
            return Err(AppError::bad(t!("agenda-error-choose-series")));
        };
        let t = Target {
            id: 0,
            dataset: dataset.to_string(),
            variable: variable.to_string(),
            geo: geo.to_string(),
            group: group.to_string(),
            breakdown: breakdown.to_string(),
            baseline_value: number(
                &form,
                "baseline_value",
                "agenda-error-baseline-value-number",
            )?,
            baseline_year: number(&form, "baseline_year", "agenda-error-baseline-year-number")?,
            target_value: number(&form, "target_value", "agenda-error-target-value-number")?,
            target_year: number(&form, "target_year", "agenda-error-target-year-number")?,
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
                return Err(AppError::bad(t!("agenda-error-not-an-item", kind = k)));
            }
        };
        let n: i64 = number(&form, "item", "agenda-error-item-number")?;
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
        h2 #agenda { (t!("agenda-section-title")) }
        @if let Some(r) = rounds.first() {
            p { (t!("agenda-section-latest-audit")) " " a href={ "/audits/" (r.id) "/results" } { (r.title) } " " (t!("agenda-section-answers-to", date = &r.closes)) }
        } @else {
            p.muted.small { (t!("agenda-section-no-audit")) " " a href="/audits" { (t!("agenda-section-about-audits")) } }
        }
        @match &v {
            None => p.muted.small { (t!("agenda-section-none")) },
            Some(v) => {
                h3 { a href={ "/cities/" (code) "/agenda" } { (v.title) } " " (t!("agenda-section-version", version = &v.version.to_string())) }
                ul { @for g in &v.goals {
                    li {
                        strong { (focal_point_title(&v.framework, g)) } ": " (g.text)
                        " " span.small.muted { (t!("agenda-section-actions", count = g.actions.len())) }
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

/// A goal's focal point, `1. Title`, its title in the reader's language (the framework's
/// catalogue text); an id the framework lacks stays as it is.
fn focal_point_title(framework: &str, g: &agenda::GoalView) -> String {
    match g.focal_point_title.split_once(". ") {
        Some((n, title)) if n.chars().all(|c| c.is_ascii_digit()) => {
            let title = crate::locale::catalogue(
                &["framework", framework, "focal", &g.focal_point, "title"],
                title,
            );
            format!("{n}. {title}")
        }
        _ => g.focal_point_title.clone(),
    }
}

/// A version's workflow status for people (the badge's class keeps the code).
fn status_name(status: &str) -> String {
    match status {
        "draft" => t!("agenda-status-draft"),
        "submitted" => t!("agenda-status-submitted"),
        "published" => t!("agenda-status-published"),
        "returned" => t!("agenda-status-returned"),
        other => other.to_string(),
    }
}

/// An action's status for people (the form and the export keep the code).
fn action_status_name(status: &str) -> String {
    match status {
        "planned" => t!("agenda-action-status-planned"),
        "ongoing" => t!("agenda-action-status-ongoing"),
        "completed" => t!("agenda-action-status-completed"),
        "cancelled" => t!("agenda-action-status-cancelled"),
        other => other.to_string(),
    }
}

/// A fund's name for people, by its id in [`FUNDS`].
fn fund_name(id: &str) -> String {
    match id {
        "esf+" => t!("agenda-fund-esf-plus"),
        "amif" => t!("agenda-fund-amif"),
        "national" => t!("agenda-fund-national"),
        "municipal" => t!("agenda-fund-municipal"),
        "other" => t!("agenda-fund-other"),
        "none" => t!("agenda-fund-none"),
        other => agenda::fund_label(other).to_string(),
    }
}

/// Eurostat's verdict on a target's progress, in the reader's language.
fn verdict_name(a: &foresight::progress::Assessment) -> String {
    use foresight::progress::Verdict;
    match a.verdict {
        Verdict::SignificantProgressTowardsTarget => t!("agenda-verdict-significant-progress"),
        Verdict::ModerateProgressTowardsTarget => t!("agenda-verdict-moderate-progress"),
        Verdict::InsufficientProgressTowardsTarget => t!("agenda-verdict-insufficient-progress"),
        Verdict::MovementAwayFromTarget => t!("agenda-verdict-movement-away"),
        Verdict::NotAssessable => t!("agenda-verdict-not-assessable"),
        _ => a.label.clone(),
    }
}
