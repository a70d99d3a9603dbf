//! Mentoring between cities: `/mentoring` (the network's pairs and their topics, and the
//! requests the viewer may see), `/mentoring/{id}` (one request or pair, its
//! correspondence for the two cities, the steps the viewer may take, the two cities'
//! practices on its topic), the forms that ask and answer (POST, CSRF token, no
//! JavaScript needed), and the "Mentoring" section of a city profile.
//!
//! Who may do what, and every check, is the `mentoring` crate's: this module reads the
//! forms, hands the signed-in user over and lays out what comes back.

use crate::auth::{Principal, check_csrf};
use crate::layout::{self, downloads};
use crate::{AppError, AppState, ErrorCode};
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::{Markup, html};
use mentoring::{CityMentoring, MentoringError, PairView, Status, Step, Topics};
use serde::Serialize;
use std::collections::HashMap;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/mentoring", get(index).post(ask))
        .route("/mentoring/{id}", get(page))
        .route("/mentoring/{id}/{step}", post(step))
}

/// The focal points, from the catalogue the server runs with.
pub fn topics(state: &AppState) -> Result<Topics, AppError> {
    Topics::from_catalogue(&state.config.catalogue).map_err(app_error)
}

/// A mentoring error as the web reports it: what the user can correct is a bad request,
/// a refused step a 403 or 409, a broken catalogue a failure of the server.
pub fn app_error(e: MentoringError) -> AppError {
    let message = message_of(&e);
    match e {
        MentoringError::UnknownCity { .. }
        | MentoringError::NotACity { .. }
        | MentoringError::SelfMentoring { .. }
        | MentoringError::UnknownTopic { .. }
        | MentoringError::UnknownArea { .. }
        | MentoringError::BadMessage(_) => AppError::bad(message),
        MentoringError::Duplicate { .. } | MentoringError::WrongStatus { .. } => {
            AppError::new(ErrorCode::Conflict, message)
        }
        MentoringError::NotAllowed { .. } => AppError::new(ErrorCode::Forbidden, message),
        MentoringError::NotFound(_) => AppError::not_found(message),
        MentoringError::Peers(p) => AppError::not_found(p.to_string()),
        MentoringError::Store(s) => AppError::from(s),
        MentoringError::Catalogue { .. } => AppError::internal(message),
    }
}

/// A mentoring error in the reader's language, where the web has its words; otherwise
/// (a refusal that names who may, a message's length, a broken catalogue) the crate's.
fn message_of(e: &MentoringError) -> String {
    match e {
        MentoringError::UnknownCity { code } => t!("mentoring-error-unknown-city", code = code),
        MentoringError::NotACity { code, name, level } => t!(
            "mentoring-error-not-a-city",
            code = code,
            name = name,
            level = level
        ),
        MentoringError::SelfMentoring { name, .. } => t!("mentoring-error-self", name = name),
        MentoringError::UnknownTopic { given, known } => {
            t!(
                "mentoring-error-unknown-topic",
                given = given,
                known = known
            )
        }
        // The choices as the form and the API take them.
        MentoringError::UnknownArea { given, known } => {
            t!("mentoring-error-unknown-area", given = given, known = known)
        }
        MentoringError::Duplicate {
            id,
            mentee,
            mentor,
            topic,
            status,
        } => t!(
            "mentoring-error-duplicate",
            id = id.to_string(),
            mentee = mentee,
            mentor = mentor,
            topic = topic,
            status = status_name(*status)
        ),
        MentoringError::WrongStatus { id, status, step } => {
            let (id, status) = (id.to_string(), status_name(*status));
            match step {
                Step::Accept => t!("mentoring-error-cannot-accept", id = id, status = status),
                Step::Decline => t!("mentoring-error-cannot-decline", id = id, status = status),
                Step::Withdraw => {
                    t!("mentoring-error-cannot-withdraw", id = id, status = status)
                }
                Step::End => t!("mentoring-error-cannot-end", id = id, status = status),
            }
        }
        MentoringError::NotFound(id) => t!("mentoring-error-not-found", id = id.to_string()),
        other => other.to_string(),
    }
}

/// The signed-in user a form comes from, its CSRF token checked; the public is told to log in.
fn signed_in<'a>(
    who: &'a Principal,
    form: &HashMap<String, String>,
) -> Result<&'a store::users::User, AppError> {
    let user = who
        .user()
        .ok_or_else(|| AppError::new(ErrorCode::Unauthenticated, t!("mentoring-error-log-in")))?;
    check_csrf(who, form.get("csrf").map(String::as_str))?;
    Ok(user)
}

fn field<'a>(form: &'a HashMap<String, String>, name: &str) -> &'a str {
    form.get(name).map(|v| v.trim()).unwrap_or("")
}

/// The city the form names: a suggested mentor's code, or — when "another city" is filled
/// in — what the user typed there (a code or a name, as the search understands it).
fn mentor_of(state: &AppState, form: &HashMap<String, String>) -> Result<String, AppError> {
    let typed = field(form, "other_mentor");
    if typed.is_empty() {
        let chosen = field(form, "mentor");
        if chosen.is_empty() {
            return Err(AppError::bad(t!("mentoring-error-choose-mentor")));
        }
        return Ok(chosen.to_string());
    }
    state.db.read(|s| {
        importer::places::resolve(s, typed)
            .map(|g| g.code.to_string())
            .map_err(|e| AppError::bad(e.to_string()))
    })
}

/// The ask form: a request from the mentee city, then back to its profile.
async fn ask(
    State(state): State<AppState>,
    who: Principal,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let r = crate::blocking::run(move || {
        let user = signed_in(&who, &form)?;
        let topics = topics(&state)?;
        let mentor = mentor_of(&state, &form)?;
        let request = mentoring::Ask {
            mentee: field(&form, "mentee"),
            mentor: &mentor,
            topic: field(&form, "topic"),
            area: field(&form, "area"),
            message: field(&form, "message"),
        };
        let r = state
            .db
            .write(|s| mentoring::ask(s, &topics, user, &request).map_err(app_error))?;
        tracing::info!(request = r.id, mentee = %r.mentee, mentor = %r.mentor, topic = %r.topic, "mentoring asked");
        Ok(r)
    })
    .await?;
    // The code as stored, not as sent: only a city that exists goes into the address.
    Ok(Redirect::to(&format!("/cities/{}#mentoring", r.mentee)).into_response())
}

/// Accept, decline, withdraw or end a request, then back to it.
async fn step(
    State(state): State<AppState>,
    who: Principal,
    Path((id, step)): Path<(i64, String)>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let step = Step::parse(&step)
        .ok_or_else(|| AppError::not_found(t!("mentoring-error-no-step", step = &step)))?;
    crate::blocking::run(move || {
        let user = signed_in(&who, &form)?;
        let note = field(&form, "note");
        state
            .db
            .write(|s| mentoring::take(s, user, id, step, note).map_err(app_error))
    })
    .await?;
    Ok(Redirect::to(&format!("/mentoring/{id}")).into_response())
}

async fn index(State(state): State<AppState>, who: Principal) -> Result<Response, AppError> {
    let body = crate::blocking::run(move || {
        let topics = topics(&state)?;
        let n = state
            .db
            .read(|s| mentoring::views::network(s, &topics, who.user()).map_err(app_error))?;
        Ok(layout::page(
            &t!("mentoring-title"),
            &who,
            network_body(&topics, &n),
        ))
    })
    .await?;
    Ok(layout::render(body))
}

fn network_body(topics: &Topics, n: &mentoring::Network) -> Markup {
    html! {
        h1 { (t!("mentoring-network-title")) }
        p.lead { (t!("mentoring-network-lead")) }
        h2 { (t!("mentoring-pairs-by-focal-point")) }
        @if n.pairs.is_empty() { p { (t!("mentoring-no-pair-yet")) } }
        @else {
            table {
                thead { tr { th { (t!("mentoring-col-focal-point")) } th.num { (t!("mentoring-col-pairs")) } } }
                tbody {
                    @for t in topics.all() {
                        @let k = n.pairs.iter().filter(|p| p.pair.topic.id == t.id).count();
                        @if k > 0 { tr { td { (t.number) ". " (topic_title(&t.id, &t.title)) } td.num { (crate::locale::integer(i64::try_from(k).unwrap_or(i64::MAX))) } } }
                    }
                }
            }
            (pairs_table(&n.pairs, None))
        }
        @if !n.requests.is_empty() {
            h2 { (t!("mentoring-requests-not-accepted")) }
            p.muted.small { (t!("mentoring-requests-private")) }
            (pairs_table(&n.requests, None))
        }
        @if !n.ended.is_empty() {
            h2 { (t!("mentoring-pairs-ended")) }
            (pairs_table(&n.ended, None))
        }
        (downloads("/api/v1/mentoring"))
    }
}

/// A status as a badge.
fn badge(s: Status) -> Markup {
    html! { span class={ "badge " (s.as_str()) } { (status_name(s)) } }
}

/// A status for people (the badge's class and the API keep the code).
fn status_name(s: Status) -> String {
    match s {
        Status::Requested => t!("mentoring-status-requested"),
        Status::Accepted => t!("mentoring-status-accepted"),
        Status::Declined => t!("mentoring-status-declined"),
        Status::Withdrawn => t!("mentoring-status-withdrawn"),
        Status::Ended => t!("mentoring-status-ended"),
    }
}

/// Pairs as a table; with `city`, the other city is named and the role of `city` given.
fn pairs_table(pairs: &[PairView], city: Option<&str>) -> Markup {
    html! {
        table.mentoring {
            thead { tr {
                @if city.is_some() { th { (t!("mentoring-col-role")) } th { (t!("mentoring-col-with")) } } @else { th { (t!("mentoring-col-mentor")) } th { (t!("mentoring-col-mentee")) } }
                th { (t!("mentoring-col-focal-point")) } th { (t!("mentoring-col-status")) } th { (t!("mentoring-col-since")) } th { "" }
            } }
            tbody {
                @for v in pairs {
                    @let p = &v.pair;
                    tr {
                        @match city {
                            Some(c) if c == p.mentee.code => { td { (t!("mentoring-role-mentee")) } td { a href={ "/cities/" (p.mentor.code) } { (p.mentor.name) } } }
                            Some(_) => { td { (t!("mentoring-role-mentor")) } td { a href={ "/cities/" (p.mentee.code) } { (p.mentee.name) } } }
                            None => {
                                td { a href={ "/cities/" (p.mentor.code) } { (p.mentor.name) } }
                                td { a href={ "/cities/" (p.mentee.code) } { (p.mentee.name) } }
                            }
                        }
                        td { (p.topic.number) ". " (topic_title(&p.topic.id, &p.topic.title)) @if let Some(a) = &p.area { br; span.small.muted { (t!("mentoring-area-label", area = area_name(a))) } } }
                        td { (badge(p.status)) }
                        td.small.date { (day(p.answered_at.as_deref().unwrap_or(&p.requested_at))) }
                        td { a href={ "/mentoring/" (p.id) } { (t!("mentoring-details")) } }
                    }
                }
            }
        }
    }
}

/// A focal point's title in the reader's language (the mentoring catalogue's text).
fn topic_title(id: &str, english: &str) -> String {
    crate::locale::catalogue(&["mentoring", "topic", id], english)
}

/// A thematic area of the practice library in the reader's language (the practice
/// vocabulary's catalogue text); the area's own name where there is none.
fn area_name(area: &str) -> String {
    crate::locale::catalogue(&["practices", "thematic_area", area], area)
}

/// The date of an RFC 3339 time.
fn day(at: &str) -> &str {
    at.get(..10).unwrap_or(at)
}

async fn page(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let body = crate::blocking::run(move || {
        let topics = topics(&state)?;
        let (v, linked) = state.db.read(|s| {
            let v = mentoring::views::one(s, &topics, id, who.user()).map_err(|e| {
                if who.is_public() && matches!(e, MentoringError::NotFound(_)) {
                    // A request that is not public yet may exist: say what would show it.
                    AppError::new(
                        ErrorCode::Unauthenticated,
                        t!("mentoring-error-not-public", id = id.to_string()),
                    )
                } else {
                    app_error(e)
                }
            })?;
            let linked = mentoring::views::practices(s, &topics, &v.pair).map_err(app_error)?;
            Ok((v, linked))
        })?;
        Ok(layout::page(
            &t!("mentoring-pair-title", id = id.to_string()),
            &who,
            pair_body(&who, &v, &linked),
        ))
    })
    .await?;
    Ok(layout::render(body))
}

fn pair_body(who: &Principal, v: &PairView, linked: &mentoring::PairPractices) -> Markup {
    let p = &v.pair;
    let csrf = who.csrf().unwrap_or("");
    html! {
        p.muted.small { a href="/mentoring" { (t!("mentoring-title")) } " › " (p.id) }
        h1 {
            @if matches!(p.status, Status::Accepted | Status::Ended) { (t!("mentoring-pair-mentors", mentor = &p.mentor.name, mentee = &p.mentee.name)) }
            @else { (t!("mentoring-pair-asks", mentor = &p.mentor.name, mentee = &p.mentee.name)) }
        }
        p { (badge(p.status)) " · " (t!("mentoring-pair-focal-point", number = p.topic.number.to_string())) " " strong { (topic_title(&p.topic.id, &p.topic.title)) }
            @if let Some(a) = &p.area { " · " (t!("mentoring-pair-area", area = area_name(a))) } }
        p.small { (t!("mentoring-pair-mentor")) " " a href={ "/cities/" (p.mentor.code) "#mentoring" } { (p.mentor.name) } " · " (t!("mentoring-pair-mentee")) " " a href={ "/cities/" (p.mentee.code) "#mentoring" } { (p.mentee.name) }
            " · " (t!("mentoring-asked-on", date = day(&p.requested_at)))
            @if let Some(a) = &p.answered_at { " · " (t!("mentoring-answered-on", date = day(a))) }
            @if let Some(e) = &p.ended_at { " · " (t!("mentoring-ended-on", date = day(e))) } }
        @if let Some(c) = &v.correspondence {
            h2 { (t!("mentoring-correspondence")) }
            p.muted.small { (t!("mentoring-correspondence-private")) }
            dl {
                dt { (t!("mentoring-request-by", user = &c.requested_by)) } dd { (c.message) }
                @if let Some(by) = &c.answered_by { dt { (t!("mentoring-answer-by", user = by)) } dd { @if c.answer.is_empty() { span.muted { (t!("mentoring-no-note")) } } @else { (c.answer) } } }
                @if let Some(by) = &c.ended_by { dt { (t!("mentoring-ended-by", user = by)) } dd { @if c.ended_note.is_empty() { span.muted { (t!("mentoring-no-note")) } } @else { (c.ended_note) } } }
            }
        }
        @for s in &v.steps { (step_form(p.id, *s, csrf)) }
        h2 { (t!("mentoring-practices-title")) }
        @if linked.areas.is_empty() {
            p.muted.small { (t!("mentoring-practices-all")) }
        } @else {
            @let areas: Vec<String> = linked.areas.iter().map(|a| area_name(a)).collect();
            p.muted.small { (t!("mentoring-practices-in-areas", mentor = &p.mentor.name, mentee = &p.mentee.name, areas = areas.join(", "))) }
        }
        @if linked.practices.is_empty() { p { (t!("mentoring-practices-none")) } }
        ul {
            @for x in &linked.practices {
                @let names: Vec<&str> = x.cities.iter().map(|c| if *c == p.mentee.code { p.mentee.name.as_str() } else { p.mentor.name.as_str() }).collect();
                li { a href={ "/practices/" (x.id) } { (x.title) } " " span.small.muted { (names.join(", ")) " · " (x.areas.iter().map(|a| area_name(a)).collect::<Vec<_>>().join(", ")) " · " (x.evidence_level) } }
            }
        }
    }
}

/// The form of one step, with a note where one is useful.
fn step_form(id: i64, step: Step, csrf: &str) -> Markup {
    let (label, note) = match step {
        Step::Accept => (
            t!("mentoring-step-accept"),
            Some(t!("mentoring-step-accept-note")),
        ),
        Step::Decline => (
            t!("mentoring-step-decline"),
            Some(t!("mentoring-step-decline-note")),
        ),
        Step::Withdraw => (t!("mentoring-step-withdraw"), None),
        Step::End => (
            t!("mentoring-step-end"),
            Some(t!("mentoring-step-end-note")),
        ),
    };
    let class = if step == Step::Accept {
        ""
    } else {
        "secondary"
    };
    html! {
        form.step method="post" action={ "/mentoring/" (id) "/" (step.as_str()) } {
            input type="hidden" name="csrf" value=(csrf);
            @if let Some(n) = note {
                label for={ "note-" (id) "-" (step.as_str()) } { (n) }
                textarea id={ "note-" (id) "-" (step.as_str()) } name="note" rows="2" maxlength=(mentoring::MAX_MESSAGE) {}
            }
            p { button type="submit" class=(class) { (label) } }
        }
    }
}

/// The "Mentoring" section of a city profile: its pairs, the requests waiting for its
/// answer (for those who may give it), the suggested mentors and, for the city's editors,
/// the form to ask.
pub fn city_section(
    state: &AppState,
    who: &Principal,
    cities: Option<&peers::Cities>,
    code: &str,
) -> Markup {
    let found = topics(state).and_then(|topics| {
        let m = state
            .db
            .read(|s| mentoring::views::of_city(s, &topics, code, who.user()).map_err(app_error))?;
        Ok((topics, m))
    });
    let (topics, m) = match found {
        Ok(x) => x,
        Err(e) => {
            return html! { h2 #mentoring { (t!("mentoring-title")) } p.muted { (e.message) } };
        }
    };
    let suggested = cities.and_then(|c| mentoring::views::suggestions(c, code).ok());
    let pairs: Vec<PairView> = m
        .as_mentee
        .iter()
        .chain(&m.as_mentor)
        .filter(|v| v.pair.status != Status::Requested || !v.steps.contains(&Step::Accept))
        .cloned()
        .collect();
    html! {
        section aria-labelledby="mentoring" {
            h2 #mentoring { (t!("mentoring-title")) }
            p.muted.small { (t!("mentoring-section-intro")) " " a href="/mentoring" { (t!("mentoring-section-all-pairs")) } }
            @if pairs.is_empty() { p { (t!("mentoring-section-no-pair", city = &m.city.name)) } }
            @else { (pairs_table(&pairs, Some(code))) }
            (incoming(&m, who))
            (suggestions(suggested.as_ref(), &m))
            @if m.may_ask { (ask_form(who, &topics, suggested.as_ref(), &m)) }
            @else if who.is_public() { p.small.muted { a href={ "/login?next=/cities/" (code) "%23mentoring" } { (t!("mentoring-section-log-in")) } " " (t!("mentoring-section-log-in-after", city = &m.city.name)) } }
        }
    }
}

/// Requests waiting for this city's answer, with Accept and Decline.
fn incoming(m: &CityMentoring, who: &Principal) -> Markup {
    let waiting: Vec<&PairView> = m.incoming().collect();
    let csrf = who.csrf().unwrap_or("");
    html! {
        @if !waiting.is_empty() {
            h3 { (t!("mentoring-requests-to", city = &m.city.name)) }
            @for v in waiting {
                @let p = &v.pair;
                article.request {
                    p { strong { a href={ "/cities/" (p.mentee.code) } { (p.mentee.name) } } " " (t!("mentoring-incoming-asks", number = p.topic.number.to_string(), title = topic_title(&p.topic.id, &p.topic.title)))
                        " " span.small.muted { "(" (day(&p.requested_at)) ", " a href={ "/mentoring/" (p.id) } { (t!("mentoring-details")) } ")" } }
                    @if let Some(c) = &v.correspondence { blockquote { (c.message) } }
                    @for s in &v.steps { @if matches!(s, Step::Accept | Step::Decline) { (step_form(p.id, *s, csrf)) } }
                }
            }
        }
    }
}

/// The command that suggests mentors (a command line, the same in every language).
const MENTORS_COMMAND: &str = "observatory mentors";

fn suggestions(s: Option<&peers::Mentors>, m: &CityMentoring) -> Markup {
    html! {
        h3 { (t!("mentoring-suggested")) }
        @match s {
            None => p.muted.small { (t!("mentoring-suggested-no-profile")) }
            Some(s) if s.mentors.is_empty() => {
                @let why = s.note.clone().unwrap_or_else(|| t!("mentoring-suggested-none-qualifies", city = &m.city.name));
                p.muted.small { (t!("mentoring-suggested-none", why = why.trim_end_matches('.'))) }
            }
            Some(s) => {
                p.muted.small { (t!("mentoring-suggested-rule", city = &m.city.name)) " " code { (MENTORS_COMMAND) } ")." }
                ol {
                    @for x in &s.mentors {
                        li { a href={ "/cities/" (x.city.code) } { (x.city.name) } " " span.muted.small { (x.city.country) } br; span.small { (mentor_reason(x)) } }
                    }
                }
            }
        }
    }
}

/// The form to ask: a suggested mentor or another city, a focal point, optionally an
/// area, and a message.
fn ask_form(
    who: &Principal,
    topics: &Topics,
    s: Option<&peers::Mentors>,
    m: &CityMentoring,
) -> Markup {
    let suggested = s.map(|s| s.mentors.as_slice()).unwrap_or_default();
    html! {
        h3 { (t!("mentoring-ask-title", city = &m.city.name)) }
        form.mentoring method="post" action="/mentoring" {
            input type="hidden" name="csrf" value=(who.csrf().unwrap_or(""));
            input type="hidden" name="mentee" value=(m.city.code);
            fieldset {
                legend { (t!("mentoring-col-mentor")) }
                @for (i, x) in suggested.iter().enumerate() {
                    label.choice { input type="radio" name="mentor" value=(x.city.code) checked[i == 0]; " " (x.city.name) " (" (x.city.country) ")" }
                }
                label for="other-mentor" { @if suggested.is_empty() { (t!("mentoring-ask-city")) } @else { (t!("mentoring-ask-other-city")) } }
                input #other-mentor type="text" name="other_mentor" placeholder=(t!("mentoring-ask-city-placeholder"));
            }
            label for="topic" { (t!("mentoring-col-focal-point")) }
            select #topic name="topic" required {
                @for t in topics.all() { option value=(t.id) { (t.number) ". " (topic_title(&t.id, &t.title)) } }
            }
            label for="area" { (t!("mentoring-ask-area")) }
            select #area name="area" {
                option value="" { (t!("mentoring-ask-area-any")) }
                @for a in topics.areas() { option value=(a) { (area_name(a)) } }
            }
            label for="message" { (t!("mentoring-ask-message", city = &m.city.name)) }
            textarea #message name="message" rows="4" required maxlength=(mentoring::MAX_MESSAGE) {}
            p { button type="submit" { (t!("mentoring-ask-submit")) } }
        }
    }
}

/// An accepted pair as the open API gives it: one flat row (the CSV form is the same).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PairAnswer {
    pub id: i64,
    /// Urban Audit code of the mentor city.
    pub mentor: String,
    pub mentor_name: String,
    /// Urban Audit code of the mentee city.
    pub mentee: String,
    pub mentee_name: String,
    /// Focal point id (`fp1` … `fp10`, seed 003 §3.2).
    pub topic: String,
    pub topic_number: u32,
    pub topic_title: String,
    /// A thematic area of the practice library narrowing the topic; empty for none.
    pub area: String,
    /// `accepted`.
    pub status: String,
    /// When the mentor city accepted (RFC 3339).
    pub since: String,
}

impl From<mentoring::Pair> for PairAnswer {
    fn from(p: mentoring::Pair) -> Self {
        PairAnswer {
            id: p.id,
            mentor: p.mentor.code,
            mentor_name: p.mentor.name,
            mentee: p.mentee.code,
            mentee_name: p.mentee.name,
            topic: p.topic.id,
            topic_number: p.topic.number,
            topic_title: p.topic.title,
            area: p.area.unwrap_or_default(),
            status: p.status.as_str().to_string(),
            since: p.answered_at.unwrap_or_default(),
        }
    }
}

/// The accepted pairs of the network, newest first.
pub fn accepted_pairs(state: &AppState) -> Result<Vec<PairAnswer>, AppError> {
    let topics = topics(state)?;
    let pairs = state
        .db
        .read(|s| mentoring::views::accepted(s, &topics).map_err(app_error))?;
    Ok(pairs.into_iter().map(PairAnswer::from).collect())
}

/// Why a city is suggested as a mentor (the peers crate's `reason`), in the reader's
/// language: similar today, a longer immigration experience, better outcomes.
fn mentor_reason(m: &peers::Match) -> String {
    use crate::routes::city::comparison_text;
    let share = |v: f64| crate::charts::percent(&layout::num(v, 1));
    let outcomes: Vec<String> = m
        .outcomes
        .iter()
        .map(|o| {
            let text = comparison_text(&o.parts);
            if o.mentor_better {
                t!("mentoring-reason-better", outcome = text)
            } else {
                text
            }
        })
        .collect();
    t!(
        "mentoring-reason",
        similar = m
            .similar_parts
            .iter()
            .map(comparison_text)
            .collect::<Vec<_>>()
            .join("; "),
        share_then = share(m.mentor_earlier_share.share),
        year_then = m.mentor_earlier_share.year.to_string(),
        share_first = share(m.mentee_earlier_share.share),
        year_first = m.mentee_earlier_share.year.to_string(),
        points = layout::num(m.experience_gap, 1),
        outcomes = outcomes.join("; ")
    )
}
