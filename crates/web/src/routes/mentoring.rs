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
    let message = e.to_string();
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

/// The signed-in user a form comes from, its CSRF token checked; the public is told to log in.
fn signed_in<'a>(
    who: &'a Principal,
    form: &HashMap<String, String>,
) -> Result<&'a store::users::User, AppError> {
    let user = who.user().ok_or_else(|| {
        AppError::new(
            ErrorCode::Unauthenticated,
            "log in as an editor of your city to ask for mentoring or to answer a request",
        )
    })?;
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
            return Err(AppError::bad(
                "choose a suggested mentor or name another city",
            ));
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
    let step = Step::parse(&step).ok_or_else(|| {
        AppError::not_found(format!("no step '{step}' (accept, decline, withdraw, end)"))
    })?;
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
        Ok(layout::page("Mentoring", &who, network_body(&topics, &n)))
    })
    .await?;
    Ok(layout::render(body))
}

fn network_body(topics: &Topics, n: &mentoring::Network) -> Markup {
    html! {
        h1 { "Mentoring between cities" }
        p.lead { "Cities that have only recently begun to receive migrants learn from cities with a longer experience, one focal point of a comprehensive approach at a time. A city's editor asks from the city's profile; the city asked accepts or declines." }
        h2 { "Pairs by focal point" }
        @if n.pairs.is_empty() { p { "No mentoring pair yet. A city's editor asks for mentoring in the Mentoring section of the city's profile." } }
        @else {
            table {
                thead { tr { th { "Focal point" } th.num { "Pairs" } } }
                tbody {
                    @for t in topics.all() {
                        @let k = n.pairs.iter().filter(|p| p.pair.topic.id == t.id).count();
                        @if k > 0 { tr { td { (t.number) ". " (t.title) } td.num { (k) } } }
                    }
                }
            }
            (pairs_table(&n.pairs, None))
        }
        @if !n.requests.is_empty() {
            h2 { "Requests not accepted" }
            p.muted.small { "Only the users of the two cities (and administrators) see these." }
            (pairs_table(&n.requests, None))
        }
        @if !n.ended.is_empty() {
            h2 { "Pairs that have ended" }
            (pairs_table(&n.ended, None))
        }
        (downloads("/api/v1/mentoring"))
    }
}

/// A status as a badge.
fn badge(s: Status) -> Markup {
    html! { span class={ "badge " (s.as_str()) } { (s.as_str()) } }
}

/// Pairs as a table; with `city`, the other city is named and the role of `city` given.
fn pairs_table(pairs: &[PairView], city: Option<&str>) -> Markup {
    html! {
        table.mentoring {
            thead { tr {
                @if city.is_some() { th { "Role" } th { "With" } } @else { th { "Mentor" } th { "Mentee" } }
                th { "Focal point" } th { "Status" } th { "Since" } th { "" }
            } }
            tbody {
                @for v in pairs {
                    @let p = &v.pair;
                    tr {
                        @match city {
                            Some(c) if c == p.mentee.code => { td { "mentee" } td { a href={ "/cities/" (p.mentor.code) } { (p.mentor.name) } } }
                            Some(_) => { td { "mentor" } td { a href={ "/cities/" (p.mentee.code) } { (p.mentee.name) } } }
                            None => {
                                td { a href={ "/cities/" (p.mentor.code) } { (p.mentor.name) } }
                                td { a href={ "/cities/" (p.mentee.code) } { (p.mentee.name) } }
                            }
                        }
                        td { (p.topic.number) ". " (p.topic.title) @if let Some(a) = &p.area { br; span.small.muted { "area: " (a) } } }
                        td { (badge(p.status)) }
                        td.small.date { (day(p.answered_at.as_deref().unwrap_or(&p.requested_at))) }
                        td { a href={ "/mentoring/" (p.id) } { "details" } }
                    }
                }
            }
        }
    }
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
                        format!(
                            "no public mentoring pair {id}: log in to see your city's requests"
                        ),
                    )
                } else {
                    app_error(e)
                }
            })?;
            let linked = mentoring::views::practices(s, &topics, &v.pair).map_err(app_error)?;
            Ok((v, linked))
        })?;
        Ok(layout::page(
            &format!("Mentoring {id}"),
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
        p.muted.small { a href="/mentoring" { "Mentoring" } " › " (p.id) }
        h1 {
            @if matches!(p.status, Status::Accepted | Status::Ended) { (p.mentor.name) " mentors " (p.mentee.name) }
            @else { (p.mentee.name) " asks " (p.mentor.name) " for mentoring" }
        }
        p { (badge(p.status)) " · focal point " (p.topic.number) ": " strong { (p.topic.title) }
            @if let Some(a) = &p.area { " · area " (a) } }
        p.small { "Mentor " a href={ "/cities/" (p.mentor.code) "#mentoring" } { (p.mentor.name) } " · mentee " a href={ "/cities/" (p.mentee.code) "#mentoring" } { (p.mentee.name) }
            " · asked on " (day(&p.requested_at))
            @if let Some(a) = &p.answered_at { " · answered on " (day(a)) }
            @if let Some(e) = &p.ended_at { " · ended on " (day(e)) } }
        @if let Some(c) = &v.correspondence {
            h2 { "Correspondence" }
            p.muted.small { "Only the users of the two cities (and administrators) see this." }
            dl {
                dt { "Request by " (c.requested_by) } dd { (c.message) }
                @if let Some(by) = &c.answered_by { dt { "Answer by " (by) } dd { @if c.answer.is_empty() { span.muted { "no note" } } @else { (c.answer) } } }
                @if let Some(by) = &c.ended_by { dt { "Ended by " (by) } dd { @if c.ended_note.is_empty() { span.muted { "no note" } } @else { (c.ended_note) } } }
            }
        }
        @for s in &v.steps { (step_form(p.id, *s, csrf)) }
        h2 { "Practices of the two cities on this topic" }
        @if linked.areas.is_empty() {
            p.muted.small { "This focal point maps to no thematic area of the practice library, so every practice of the two cities is listed." }
        } @else {
            p.muted.small { "Practices of " (p.mentor.name) " and " (p.mentee.name) " in the practice library's " (linked.areas.join(", ")) "." }
        }
        @if linked.practices.is_empty() { p { "The practice library has no practice of either city here yet." } }
        ul {
            @for x in &linked.practices {
                @let names: Vec<&str> = x.cities.iter().map(|c| if *c == p.mentee.code { p.mentee.name.as_str() } else { p.mentor.name.as_str() }).collect();
                li { a href={ "/practices/" (x.id) } { (x.title) } " " span.small.muted { (names.join(", ")) " · " (x.areas.join(", ")) " · " (x.evidence_level) } }
            }
        }
    }
}

/// The form of one step, with a note where one is useful.
fn step_form(id: i64, step: Step, csrf: &str) -> Markup {
    let (label, note) = match step {
        Step::Accept => ("Accept", Some("A note to the asking city (optional)")),
        Step::Decline => ("Decline", Some("Why, or whom to ask instead (optional)")),
        Step::Withdraw => ("Withdraw the request", None),
        Step::End => ("End the pair", Some("What came of it (optional)")),
    };
    html! {
        form.step method="post" action={ "/mentoring/" (id) "/" (step.as_str()) } {
            input type="hidden" name="csrf" value=(csrf);
            @if let Some(n) = note {
                label for={ "note-" (id) "-" (step.as_str()) } { (n) }
                textarea id={ "note-" (id) "-" (step.as_str()) } name="note" rows="2" maxlength=(mentoring::MAX_MESSAGE) {}
            }
            p { button type="submit" class=(if step == Step::Accept { "" } else { "secondary" }) { (label) } }
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
        Err(e) => return html! { h2 #mentoring { "Mentoring" } p.muted { (e.message) } },
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
            h2 #mentoring { "Mentoring" }
            p.muted.small { "Pairs of this city with experienced or newcomer cities, each on one focal point of a comprehensive approach. " a href="/mentoring" { "All pairs of the network" } }
            @if pairs.is_empty() { p { "No mentoring pair for " (m.city.name) " yet." } }
            @else { (pairs_table(&pairs, Some(code))) }
            (incoming(&m, who))
            (suggestions(suggested.as_ref(), &m))
            @if m.may_ask { (ask_form(who, &topics, suggested.as_ref(), &m)) }
            @else if who.is_public() { p.small.muted { a href={ "/login?next=/cities/" (code) "%23mentoring" } { "Log in" } " as an editor of " (m.city.name) " to ask a city for mentoring." } }
        }
    }
}

/// Requests waiting for this city's answer, with Accept and Decline.
fn incoming(m: &CityMentoring, who: &Principal) -> Markup {
    let waiting: Vec<&PairView> = m.incoming().collect();
    let csrf = who.csrf().unwrap_or("");
    html! {
        @if !waiting.is_empty() {
            h3 { "Requests to " (m.city.name) }
            @for v in waiting {
                @let p = &v.pair;
                article.request {
                    p { strong { a href={ "/cities/" (p.mentee.code) } { (p.mentee.name) } } " asks for mentoring on focal point " (p.topic.number) ": " (p.topic.title)
                        " " span.small.muted { "(" (day(&p.requested_at)) ", " a href={ "/mentoring/" (p.id) } { "details" } ")" } }
                    @if let Some(c) = &v.correspondence { blockquote { (c.message) } }
                    @for s in &v.steps { @if matches!(s, Step::Accept | Step::Decline) { (step_form(p.id, *s, csrf)) } }
                }
            }
        }
    }
}

fn suggestions(s: Option<&peers::Mentors>, m: &CityMentoring) -> Markup {
    html! {
        h3 { "Suggested mentors" }
        @match s {
            None => p.muted.small { "No suggestions: the city has no context profile to compare." }
            Some(s) if s.mentors.is_empty() => {
                @let why = s.note.clone().unwrap_or_else(|| format!("no city qualifies as a mentor of {}", m.city.name));
                p.muted.small { "No suggestion: " (why.trim_end_matches('.')) ". Any city may still be asked." }
            }
            Some(s) => {
                p.muted.small { "Similar to " (m.city.name) " today, with a longer immigration experience and better outcomes (the rule of " code { "observatory mentors" } ")." }
                ol {
                    @for x in &s.mentors {
                        li { a href={ "/cities/" (x.city.code) } { (x.city.name) } " " span.muted.small { (x.city.country) } br; span.small { (x.reason) } }
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
        h3 { "Ask a city to mentor " (m.city.name) }
        form.mentoring method="post" action="/mentoring" {
            input type="hidden" name="csrf" value=(who.csrf().unwrap_or(""));
            input type="hidden" name="mentee" value=(m.city.code);
            fieldset {
                legend { "Mentor" }
                @for (i, x) in suggested.iter().enumerate() {
                    label.choice { input type="radio" name="mentor" value=(x.city.code) checked[i == 0]; " " (x.city.name) " (" (x.city.country) ")" }
                }
                label for="other-mentor" { @if suggested.is_empty() { "City to ask (name or code)" } @else { "or another city (name or code)" } }
                input #other-mentor type="text" name="other_mentor" placeholder="e.g. Zagreb or HR001C";
            }
            label for="topic" { "Focal point" }
            select #topic name="topic" required {
                @for t in topics.all() { option value=(t.id) { (t.number) ". " (t.title) } }
            }
            label for="area" { "Thematic area (optional)" }
            select #area name="area" {
                option value="" { "the focal point's areas" }
                @for a in topics.areas() { option value=(a) { (a) } }
            }
            label for="message" { "What would " (m.city.name) " like to learn?" }
            textarea #message name="message" rows="4" required maxlength=(mentoring::MAX_MESSAGE) {}
            p { button type="submit" { "Ask for mentoring" } }
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
