//! Answering a city's survey: no account, the invitation's code is the key (an open link
//! mints one per respondent). One section of the questionnaire per page, with the progress
//! shown; each question a fieldset or a labelled field, its hint tied to it, errors listed
//! at the top (`role="alert"`) and beside each question. Answers are saved with every page
//! (a draft, resumable with the same link) and submitted once at the end. Works without
//! JavaScript: a question that depends on an answer on the same page appears once the page
//! is sent ([`surveys::Questionnaire::revealed`]).
//!
//! The questionnaire's languages are chosen on the page (`?language=`), apart from the
//! site's own language, since a survey may be in languages the site is not.
//!
//! The invitation's token is in the page's link by design (it is printed on the letter);
//! the request log leaves it out ([`super::loggable`]). In an anonymous survey the stored
//! response carries no trace of the token ([`store::surveys`]).

use super::audit_respond::{CodeEntry, value};
use crate::auth::Principal;
use crate::layout::render;
use crate::{AppError, AppState, ErrorCode};
use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::{Markup, html};
use serde::Deserialize;
use surveys::Questionnaire;
use surveys::collect::{self, CollectError, Respondent};
use surveys::form::{Item, Kind, Matrix, Question};
use surveys::validate::{AnswerProblem, Problem, Raw};

/// Answer fields are posted as `a:<question>`, apart from the page's own fields.
const ANSWER: &str = "a:";

/// Surveys an address may start through open links in the rate limiter's window: enough
/// for a family or an office sharing one address, not for a script filling the survey.
pub const MAX_OPEN_STARTS: usize = 30;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/survey", get(entry).post(enter))
        .route("/survey/respond", post(answer))
        .route("/survey/respond/{token}", get(page))
        .route("/survey/open/{id}", get(open_page).post(start))
}

impl From<CollectError> for AppError {
    fn from(e: CollectError) -> AppError {
        match e {
            CollectError::UnknownInvitation => {
                AppError::not_found(t!("survey-respond-error-unknown-code"))
            }
            CollectError::InvitationUsed => {
                AppError::new(ErrorCode::Conflict, t!("survey-respond-error-used"))
            }
            CollectError::SurveyClosed => {
                AppError::new(ErrorCode::Conflict, t!("survey-respond-error-closed"))
            }
            CollectError::InvitationOnly => AppError::new(
                ErrorCode::Conflict,
                t!("survey-respond-error-invitation-only"),
            ),
            CollectError::NoSurvey(id) => {
                AppError::not_found(t!("surveys-error-no-survey", id = id.to_string()))
            }
            CollectError::Form(f) => AppError::new(ErrorCode::InvalidFile, f.to_string()),
            CollectError::Answers(_) | CollectError::Refused(_) => AppError::bad(e.to_string()),
            CollectError::Weighting(w) => AppError::bad(w.to_string()),
            CollectError::Margins(surveys::margins::MarginsError::Store(s)) => AppError::from(s),
            CollectError::Margins(m) => AppError::bad(m.to_string()),
            CollectError::Store(s) => AppError::from(s),
            CollectError::Estimate(_) | CollectError::Corrupt { .. } => AppError::internal(e),
        }
    }
}

/// The questionnaire language of a page: the one asked for if the questionnaire has it,
/// else the site's language if it has that, else its default.
pub(crate) fn survey_language(q: &Questionnaire, asked: Option<&str>) -> String {
    let has = |code: &str| q.languages.iter().any(|l| l.code == code);
    if let Some(a) = asked.filter(|a| has(a)) {
        return a.to_string();
    }
    let site = crate::locale::lang().tag();
    if has(site) {
        return site.to_string();
    }
    q.default_language.clone()
}

/// A respondent's page, or the problem that stopped it.
fn respondent_page(who: &Principal, done: Result<Markup, AppError>) -> Response {
    match done {
        Ok(body) => render(crate::layout::page(&t!("survey-respond-title"), who, body)),
        Err(e) => problem(who, e),
    }
}

/// An error page for respondents: the message announced, and the way back.
fn problem(who: &Principal, e: AppError) -> Response {
    let status = e.code.status();
    let body = html! {
        h1 { (t!("survey-respond-cannot-open")) }
        div.error role="alert" { p { (e.message) } }
        p { a href="/survey" { (t!("survey-respond-type-code")) } }
    };
    (
        status,
        render(crate::layout::page(&t!("survey-respond-title"), who, body)),
    )
        .into_response()
}

#[derive(Debug, Deserialize)]
struct PageQuery {
    page: Option<usize>,
    language: Option<String>,
    saved: Option<u8>,
    more: Option<u8>,
    started: Option<u8>,
}

/// `GET /survey/respond/{token}?page=N`: a page of the questionnaire of an invitation.
async fn page(
    State(state): State<AppState>,
    who: Principal,
    Path(token): Path<String>,
    Query(query): Query<PageQuery>,
) -> Response {
    let who2 = who.clone();
    let done = crate::blocking::run(move || {
        let token = assessment::tokens::normalise(&token);
        let r = state.db.read(|s| Ok(collect::respondent(s, &token)?))?;
        let lang = survey_language(&r.questionnaire, query.language.as_deref());
        let last = r.questionnaire.sections.len() + 1;
        let page = query.page.unwrap_or(1).clamp(1, last);
        let notice = match (query.started, query.more, query.saved) {
            (Some(_), _, _) => Some(t!(
                "survey-respond-started",
                code = assessment::tokens::grouped(&token)
            )),
            (_, Some(_), _) => Some(t!("survey-respond-more")),
            (_, _, Some(_)) => Some(t!("survey-respond-saved")),
            _ => None,
        };
        let view = View {
            r: &r,
            token: &token,
            lang: &lang,
            page,
            csrf: who.csrf().unwrap_or(""),
        };
        Ok(view.render(&collect::raw_of(&r.draft), notice.as_deref(), &[]))
    })
    .await;
    respondent_page(&who2, done)
}

/// `POST /survey/respond`: saves the page's answers, then goes where the button says.
async fn answer(
    State(state): State<AppState>,
    who: Principal,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let who2 = who.clone();
    match crate::blocking::run(move || answer_blocking(&state, &who, &fields)).await {
        Ok(r) => r,
        Err(e) => problem(&who2, e),
    }
}

/// The answers a page posted, by question name.
fn posted_answers(fields: &[(String, String)]) -> Raw {
    let mut raw = Raw::new();
    for (k, v) in fields {
        if let Some(name) = k.strip_prefix(ANSWER) {
            raw.entry(name.to_string()).or_default().push(v.clone());
        }
    }
    raw
}

fn answer_blocking(
    state: &AppState,
    who: &Principal,
    fields: &[(String, String)],
) -> Result<Response, AppError> {
    crate::auth::check_csrf(who, value(fields, "csrf"))?;
    let token = assessment::tokens::normalise(
        value(fields, "token")
            .ok_or_else(|| AppError::bad(t!("survey-respond-error-lost-code")))?,
    );
    let mut r = state.db.read(|s| Ok(collect::respondent(s, &token)?))?;
    let lang = survey_language(&r.questionnaire, value(fields, "language"));
    let sections = r.questionnaire.sections.len();
    let page = value(fields, "page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1)
        .clamp(1, sections + 1);
    let go = value(fields, "go").unwrap_or("next");
    let raw = posted_answers(fields);
    let csrf = who.csrf().unwrap_or("").to_string();
    let again = |r: &Respondent, problems: &[AnswerProblem], raw: &Raw, page: usize| {
        let view = View {
            r,
            token: &token,
            lang: &lang,
            page,
            csrf: &csrf,
        };
        (
            StatusCode::BAD_REQUEST,
            render(crate::layout::page(
                &t!("survey-respond-title"),
                who,
                view.render(raw, None, problems),
            )),
        )
            .into_response()
    };
    if page <= sections {
        let section = page - 1;
        let shown: Vec<String> = fields
            .iter()
            .filter(|(k, _)| k == "shown")
            .map(|(_, v)| v.clone())
            .collect();
        let not_shown: Vec<String> = r
            .questionnaire
            .sections
            .get(section)
            .map(|s| {
                s.questions()
                    .filter(|q| !shown.contains(&q.name))
                    .map(|q| q.name.clone())
                    .collect()
            })
            .unwrap_or_default();
        let saved = state
            .db
            .write(|s| match r.save_page(s, section, &raw, &not_shown, &lang) {
                Err(CollectError::Answers(p)) => Ok(Err(p)),
                other => Ok(Ok(other?)),
            })?;
        if let Err(problems) = saved {
            return Ok(again(&r, &problems, &raw, page));
        }
        if go != "prev"
            && !r
                .questionnaire
                .revealed(section, &r.draft, &shown)
                .is_empty()
        {
            return Ok(redirect(&token, page, &lang, "more"));
        }
    }
    let q = &r.questionnaire;
    let next = match go {
        "prev" => match page.checked_sub(2) {
            Some(s) => q.previous_section(s + 1, &r.draft).map_or(1, |i| i + 1),
            None => 1,
        },
        "save" => page,
        "submit" => {
            let draft = r.draft.clone();
            return match state.db.write(|s| match r.clone().submit(s, &lang) {
                Err(CollectError::Answers(p)) => Ok(Err(p)),
                other => Ok(Ok(other?)),
            })? {
                Ok(()) => Ok(render(crate::layout::page(
                    &t!("survey-respond-thanks"),
                    who,
                    thanks(q, &lang),
                ))),
                Err(problems) => Ok(again(&r, &problems, &collect::raw_of(&draft), sections + 1)),
            };
        }
        g => match g
            .strip_prefix("page-")
            .and_then(|n| n.parse::<usize>().ok())
        {
            Some(n) => n,
            None => q
                .next_section(page - 1, &r.draft)
                .map_or(sections + 1, |i| i + 1),
        },
    }
    .clamp(1, sections + 1);
    Ok(redirect(&token, next, &lang, "saved"))
}

/// Post, redirect, get: the page's address is the invitation's link.
fn redirect(token: &str, page: usize, lang: &str, flag: &str) -> Response {
    Redirect::to(&format!(
        "/survey/respond/{token}?page={page}&language={}&{flag}=1",
        urlencode(lang)
    ))
    .into_response()
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// One page of a questionnaire for one respondent.
struct View<'a> {
    r: &'a Respondent,
    token: &'a str,
    lang: &'a str,
    /// 1-based; one past the sections is the review page.
    page: usize,
    csrf: &'a str,
}

impl View<'_> {
    fn q(&self) -> &Questionnaire {
        &self.r.questionnaire
    }

    fn render(&self, values: &Raw, notice: Option<&str>, problems: &[AnswerProblem]) -> Markup {
        let q = self.q();
        let sections = q.sections.len();
        let review = self.page > sections;
        let asked: Vec<usize> = (0..sections)
            .filter(|&i| q.section_is_relevant(i, &self.r.draft))
            .collect();
        let position = asked.iter().position(|&i| i + 1 == self.page);
        let heading = match (review, q.section_label(self.page - 1, self.lang)) {
            (true, _) => t!("survey-respond-review"),
            (false, Some(l)) => l.to_string(),
            (false, None) => t!("survey-respond-page", page = self.page.to_string()),
        };
        html! {
            div lang=(self.lang) {
                p.muted.small { (q.title(self.lang)) " · " (self.r.survey.title) }
                (self.languages())
                h1 { (heading) }
                p #progress {
                    @match position {
                        Some(p) => (t!("survey-respond-progress", page = (p + 1).to_string(), pages = asked.len().to_string())),
                        None => (t!("survey-respond-progress-review", pages = asked.len().to_string())),
                    }
                    " " progress max=(asked.len() + 1) value=(position.map_or(asked.len() + 1, |p| p + 1)) aria-labelledby="progress" { }
                }
                @if !problems.is_empty() { (self.error_summary(problems)) }
                @if let Some(n) = notice { p.notice role="status" { (n) } }
                form.questionnaire method="post" action="/survey/respond" novalidate {
                    input type="hidden" name="csrf" value=(self.csrf);
                    input type="hidden" name="token" value=(self.token);
                    input type="hidden" name="page" value=(self.page);
                    input type="hidden" name="language" value=(self.lang);
                    @if review {
                        (self.review_section())
                    } @else {
                        (self.section(self.page - 1, values, problems))
                    }
                    div.actions {
                        @if review {
                            button type="submit" name="go" value="submit" { (t!("survey-respond-submit")) }
                        } @else {
                            button type="submit" name="go" value="next" { (t!("survey-respond-next")) }
                            " " button.secondary type="submit" name="go" value="save" { (t!("survey-respond-save")) }
                        }
                        @if position != Some(0) { " " button.secondary type="submit" name="go" value="prev" { (t!("survey-respond-previous")) } }
                    }
                }
            }
        }
    }

    /// Links to the page in each of the questionnaire's languages, each named as the
    /// questionnaire names it.
    fn languages(&self) -> Markup {
        let q = self.q();
        html! {
            @if q.languages.len() > 1 {
                nav.languages aria-label=(t!("survey-respond-languages")) {
                    @for l in &q.languages {
                        @if l.code == self.lang {
                            span lang=(l.code) aria-current="true" { (l.name) }
                        } @else {
                            a lang=(l.code) hreflang=(l.code) href={ "/survey/respond/" (self.token) "?page=" (self.page) "&language=" (urlencode(&l.code)) } { (l.name) }
                        }
                    }
                }
            }
        }
    }

    fn error_summary(&self, problems: &[AnswerProblem]) -> Markup {
        html! {
            div.error role="alert" tabindex="-1" {
                p { strong { (t!("survey-respond-problems", count = problems.len())) } }
                ul { @for p in problems {
                    li { a href={ "#q-" (p.question) } { (self.label_of(&p.question)) } ": " (problem_text(p)) }
                } }
            }
        }
    }

    fn label_of(&self, name: &str) -> String {
        self.q()
            .label(name, self.lang)
            .map_or_else(|| name.to_string(), str::to_string)
    }

    fn section(&self, section: usize, values: &Raw, problems: &[AnswerProblem]) -> Markup {
        let q = self.q();
        let shown = q.shown(section, &self.r.draft);
        let is_shown = |name: &str| shown.iter().any(|p| p.question.name == name);
        let Some(s) = q.sections.get(section) else {
            return html! {};
        };
        html! {
            @if let Some(h) = q.text(&s.hint, self.lang) { p.lead { (h) } }
            @for p in &shown { @if p.question.kind != Kind::Note { input type="hidden" name="shown" value=(p.question.name); } }
            @for item in &s.items {
                @match item {
                    Item::Question(x) => @if is_shown(&x.name) { (self.question(x, values, problems)) },
                    Item::Matrix(m) => @if m.questions.iter().any(|x| is_shown(&x.name)) {
                        (self.matrix(m, values, problems, &is_shown))
                    },
                }
            }
        }
    }

    fn matrix(
        &self,
        m: &Matrix,
        values: &Raw,
        problems: &[AnswerProblem],
        is_shown: &dyn Fn(&str) -> bool,
    ) -> Markup {
        let q = self.q();
        html! {
            fieldset.matrix id={ "q-" (m.name) } {
                @if let Some(l) = q.text(&m.label, self.lang) { legend { (l) } }
                @if let Some(h) = q.text(&m.hint, self.lang) { p.small.muted { (h) } }
                @for x in &m.questions { @if is_shown(&x.name) { (self.question(x, values, problems)) } }
            }
        }
    }

    fn question(&self, x: &Question, values: &Raw, problems: &[AnswerProblem]) -> Markup {
        let q = self.q();
        let label = q.text(&x.label, self.lang).unwrap_or(&x.name);
        let hint = q.text(&x.hint, self.lang);
        let problem = problems.iter().find(|p| p.question == x.name);
        let given: Vec<&str> = values
            .get(&x.name)
            .map(|v| v.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let id = format!("q-{}", x.name);
        let name = format!("{ANSWER}{}", x.name);
        let described = [
            hint.map(|_| format!("h-{}", x.name)),
            problem.map(|_| format!("e-{}", x.name)),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let described = (!described.is_empty()).then_some(described);
        let required =
            html! { @if x.required { " " span.required { (t!("survey-respond-required")) } } };
        let hint_p =
            html! { @if let Some(h) = hint { p.small.muted id={ "h-" (x.name) } { (h) } } };
        let error_p = html! { @if let Some(p) = problem { p.field-error id={ "e-" (x.name) } { (problem_text(p)) } } };
        match &x.kind {
            Kind::Note => html! { p.note id=(id) { (label) } },
            Kind::SelectOne(list) | Kind::SelectMultiple(list) => {
                let multiple = matches!(x.kind, Kind::SelectMultiple(_));
                let choices = q
                    .choice_list(list)
                    .map(|l| l.choices.as_slice())
                    .unwrap_or(&[]);
                html! {
                    // A single choice is a radio group, which may say it is invalid; a
                    // multiple choice says so on each checkbox (a plain group may not).
                    fieldset.question id=(id) role=[(!multiple).then_some("radiogroup")] aria-describedby=[described.as_deref()] aria-invalid=[problem.filter(|_| !multiple).map(|_| "true")] {
                        legend { (label) (required) }
                        (hint_p) (error_p)
                        @for c in choices {
                            label.option {
                                @if multiple {
                                    input type="checkbox" name=(name) value=(c.name) checked[given.contains(&c.name.as_str())] aria-invalid=[problem.map(|_| "true")];
                                } @else {
                                    input type="radio" name=(name) value=(c.name) checked[given.contains(&c.name.as_str())];
                                }
                                " " (q.text(&c.label, self.lang).unwrap_or(&c.name))
                            }
                        }
                    }
                }
            }
            kind => {
                let value = given.first().copied().unwrap_or("");
                html! {
                    div.field id=(id) {
                        label for={ "f-" (x.name) } { (label) (required) }
                        (hint_p) (error_p)
                        @match kind {
                            Kind::Text => textarea id={ "f-" (x.name) } name=(name) rows="4" maxlength="4000" aria-describedby=[described.as_deref()] aria-invalid=[problem.map(|_| "true")] { (value) },
                            Kind::Date => input id={ "f-" (x.name) } type="date" name=(name) value=(value) aria-describedby=[described.as_deref()] aria-invalid=[problem.map(|_| "true")];,
                            Kind::Integer => input id={ "f-" (x.name) } type="number" step="1" inputmode="numeric" name=(name) value=(value) aria-describedby=[described.as_deref()] aria-invalid=[problem.map(|_| "true")];,
                            _ => input id={ "f-" (x.name) } type="number" step="any" inputmode="decimal" name=(name) value=(value) aria-describedby=[described.as_deref()] aria-invalid=[problem.map(|_| "true")];,
                        }
                    }
                }
            }
        }
    }

    fn review_section(&self) -> Markup {
        let q = self.q();
        let answered = self.r.draft.len();
        html! {
            p { (t!("survey-respond-answered", count = answered)) }
            @if self.r.survey.is_anonymous() {
                p { (t!("survey-respond-anonymous")) }
            } @else {
                p { (t!("survey-respond-named")) }
            }
            p.small.muted { (t!("survey-respond-final", closes = self.r.survey.closes.as_str())) }
            nav.steps aria-label=(t!("survey-respond-pages")) {
                ol { @for (i, _) in q.sections.iter().enumerate() {
                    @if q.section_is_relevant(i, &self.r.draft) {
                        li { button.link type="submit" name="go" value={ "page-" (i + 1) } {
                            (q.section_label(i, self.lang).map_or_else(|| t!("survey-respond-page", page = (i + 1).to_string()), str::to_string))
                        } }
                    }
                } }
            }
        }
    }
}

/// A problem in the reader's words: the form's own message if it has one.
fn problem_text(p: &AnswerProblem) -> String {
    if let Some(m) = &p.message {
        return m.clone();
    }
    match &p.problem {
        Problem::Required => t!("survey-problem-required"),
        Problem::NotAWholeNumber(v) => t!("survey-problem-whole-number", value = v.as_str()),
        Problem::NotANumber(v) => t!("survey-problem-number", value = v.as_str()),
        Problem::NotADate(v) => t!("survey-problem-date", value = v.as_str()),
        Problem::UnknownChoice(v) => t!("survey-problem-choice", value = v.as_str()),
        Problem::OneAnswerOnly => t!("survey-problem-one-answer"),
        Problem::Constraint => t!("survey-problem-constraint"),
        Problem::NotAQuestion => t!("survey-problem-not-a-question"),
    }
}

fn thanks(q: &Questionnaire, lang: &str) -> Markup {
    html! {
        div lang=(lang) {
            h1 { (t!("survey-respond-thanks")) }
            p role="status" { (t!("survey-respond-submitted", title = q.title(lang))) }
        }
    }
}

/// `GET /survey`: the form to type a code.
async fn entry(who: Principal) -> Response {
    render(crate::layout::page(
        &t!("survey-respond-entry-title"),
        &who,
        entry_body(&who, None),
    ))
}

/// The code form of surveys: the audits' form, with the survey's words.
const ENTRY: CodeEntry = CodeEntry {
    action: "/survey",
    title: "survey-respond-entry-title",
    lead: "survey-respond-entry-lead",
    label: "survey-respond-code",
    button: "survey-respond-open",
};

fn entry_body(who: &Principal, error: Option<&str>) -> Markup {
    ENTRY.form(who, error)
}

/// `POST /survey`: a code leads to its questionnaire.
async fn enter(
    State(state): State<AppState>,
    who: Principal,
    Form(form): Form<std::collections::HashMap<String, String>>,
) -> Response {
    let code = assessment::tokens::normalise(form.get("code").map(String::as_str).unwrap_or(""));
    let who2 = who.clone();
    let done = crate::blocking::run(move || {
        crate::auth::check_csrf(&who, form.get("csrf").map(String::as_str))?;
        state.db.read(|s| Ok(collect::respondent(s, &code)?))?;
        Ok(Redirect::to(&format!("/survey/respond/{code}")).into_response())
    })
    .await;
    match done {
        Ok(r) => r,
        Err(e) => (
            e.code.status(),
            render(crate::layout::page(
                &t!("survey-respond-entry-title"),
                &who2,
                entry_body(&who2, Some(&e.message)),
            )),
        )
            .into_response(),
    }
}

/// `GET /survey/open/{id}`: an open survey's first page, before a code is minted.
async fn open_page(State(state): State<AppState>, who: Principal, Path(id): Path<i64>) -> Response {
    let who2 = who.clone();
    let done = crate::blocking::run(move || {
        let (s, q) = state.db.read(|st| Ok(collect::survey(st, id)?))?;
        if !s.is_open_link() {
            return Err(CollectError::InvitationOnly.into());
        }
        if !s.is_open() {
            return Err(CollectError::SurveyClosed.into());
        }
        let lang = survey_language(&q, None);
        Ok(html! {
            div lang=(lang) {
                h1 { (q.title(&lang)) }
                p.lead { (s.title) }
                p { (t!("survey-respond-open-lead", closes = s.closes.as_str())) }
                @if s.is_anonymous() { p { (t!("survey-respond-anonymous")) } }
                form method="post" action={ "/survey/open/" (id) } {
                    input type="hidden" name="csrf" value=(who.csrf().unwrap_or(""));
                    button type="submit" { (t!("survey-respond-start")) }
                }
            }
        })
    })
    .await;
    respondent_page(&who2, done)
}

/// `POST /survey/open/{id}`: a fresh code for this respondent, limited per address.
async fn start(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    req: axum::extract::Request,
) -> Response {
    let ip = crate::auth::client_ip(req.extensions());
    let body = axum::body::to_bytes(req.into_body(), 64 * 1024)
        .await
        .unwrap_or_default();
    let form: std::collections::HashMap<String, String> =
        super::compare::form_pairs(&String::from_utf8_lossy(&body))
            .into_iter()
            .collect();
    let who2 = who.clone();
    let done = crate::blocking::run(move || {
        crate::auth::check_csrf(&who, form.get("csrf").map(String::as_str))?;
        let key = format!("survey-open:{ip}");
        if state.limiter.blocked(&key, MAX_OPEN_STARTS) {
            return Err(AppError::new(
                ErrorCode::TooManyAttempts,
                t!("survey-respond-error-too-many"),
            ));
        }
        let code = state.db.write(|s| Ok(collect::start_open(s, id)?))?;
        state.limiter.fail(&[&key]);
        let code = assessment::tokens::normalise(&code);
        Ok(Redirect::to(&format!("/survey/respond/{code}?started=1")).into_response())
    })
    .await;
    match done {
        Ok(r) => r,
        Err(e) => problem(&who2, e),
    }
}
