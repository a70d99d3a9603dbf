//! Answering an audit round: no account, the invitation's code is the key. One focal point
//! per page with the progress shown, each question a fieldset with its options as radio
//! buttons ("don't know" among them), the evidence it asks for, the observatory's figures
//! that bear on it, and a free-text field. Answers are saved with every page (a draft,
//! resumable with the same link) and submitted at the end. Works without JavaScript;
//! errors are announced (`role="alert"`), saves too (`role="status"`).
//!
//! Anonymous rounds hand out a receipt on submission, to change the answers until the
//! round closes ([`assessment::respond`]); the receipt never appears in a URL — its pages
//! are answers to form posts. The invitation's token is in its link by design (it is
//! printed); the request log leaves it out.

use super::audits::{focal_key_question, focal_title, fw_text, group_title, question_text};
use crate::auth::Principal;
use crate::layout::render;
use crate::{AppError, AppState};
use assessment::framework::{FocalPoint, Framework, Question};
use assessment::respond::{self, Credential, Given, Questionnaire, Stage};
use assessment::rounds::{self, Kind};
use assessment::tokens;
use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::{Markup, html};
use serde::Deserialize;

/// The page where a respondent types a code.
pub(crate) const ENTRY: &str = "/audit";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/audit", get(entry).post(enter))
        .route("/audit/respond", post(answer))
        .route("/audit/respond/{token}", get(page))
}

/// Pages of a questionnaire: one per focal point (audit) or one for all (priorities), then
/// the review page.
fn pages(q: &Questionnaire) -> usize {
    match q.kind {
        Kind::Audit => q.framework.focal_points.len() + 1,
        Kind::Priorities => 2,
    }
}

/// The items (questions or focal points) of a page.
fn items_of(q: &Questionnaire, page: usize) -> Vec<String> {
    match q.kind {
        Kind::Audit => q
            .framework
            .focal_points
            .get(page - 1)
            .map(|f| f.questions.iter().map(|x| x.id.clone()).collect())
            .unwrap_or_default(),
        Kind::Priorities if page == 1 => q.items(),
        Kind::Priorities => Vec::new(),
    }
}

/// An error page for respondents: the message announced, and the way back.
fn problem(who: &Principal, e: AppError) -> Response {
    let status = e.code.status();
    let body = html! {
        h1 { (t!("audit-respond-cannot-open")) }
        div.error role="alert" { p { (e.message) } }
        p { a href="/audit" { (t!("audit-respond-type-code")) } " · " a href="/audits" { (t!("audit-respond-about")) } }
    };
    (
        status,
        render(crate::layout::page(&t!("audit-respond-title"), who, body)),
    )
        .into_response()
}

#[derive(Debug, Deserialize)]
struct PageQuery {
    page: Option<usize>,
    saved: Option<u8>,
}

/// `GET /audit/respond/{token}?page=N`: a page of the questionnaire of an invitation.
async fn page(
    State(state): State<AppState>,
    who: Principal,
    Path(token): Path<String>,
    Query(query): Query<PageQuery>,
) -> Response {
    let csrf = who.csrf().unwrap_or("").to_string();
    let who2 = who.clone();
    let done = crate::blocking::run(move || {
        let cred = Credential::Invitation(tokens::normalise(&token));
        let q = state
            .db
            .read(|s| Ok(respond::open(s, &cred, &rounds::today())?))?;
        let n = query.page.unwrap_or(1).clamp(1, pages(&q));
        let notice = query.saved.map(|_| t!("audit-respond-saved"));
        Ok(questionnaire(
            &state,
            &q,
            &cred,
            n,
            notice.as_deref(),
            None,
            &csrf,
        ))
    })
    .await;
    match done {
        Ok(body) => render(crate::layout::page(&t!("audit-respond-title"), &who2, body)),
        Err(e) => problem(&who2, e),
    }
}

/// `POST /audit/respond`: saves the page's answers, then goes where the button says.
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

pub(crate) fn value<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn answer_blocking(
    state: &AppState,
    who: &Principal,
    fields: &[(String, String)],
) -> Result<Response, AppError> {
    crate::auth::check_csrf(who, value(fields, "csrf"))?;
    let cred = match (value(fields, "token"), value(fields, "receipt")) {
        (Some(t), _) => Credential::Invitation(tokens::normalise(t)),
        (None, Some(r)) => Credential::Receipt(tokens::normalise(r)),
        _ => {
            return Err(AppError::bad(t!("audit-respond-error-lost-code")));
        }
    };
    let today = rounds::today();
    let q = state.db.read(|s| Ok(respond::open(s, &cred, &today)?))?;
    let current = value(fields, "page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1)
        .clamp(1, pages(&q));
    let csrf = who.csrf().unwrap_or("").to_string();
    let on_page = items_of(&q, current);
    let given = match respond::parse_form(
        &q.framework,
        q.kind,
        fields.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    ) {
        Ok(g) => g,
        Err(e) => {
            let e = AppError::from(e);
            let body = questionnaire(state, &q, &cred, current, None, Some(&e.message), &csrf);
            return Ok((
                StatusCode::BAD_REQUEST,
                render(crate::layout::page(&t!("audit-respond-title"), who, body)),
            )
                .into_response());
        }
    };
    // Items of the page that were sent empty are cleared; others keep their answers.
    let mut page_answers = given;
    for item in &on_page {
        page_answers
            .entry(item.clone())
            .or_insert_with(Given::default);
    }
    let go = value(fields, "go").unwrap_or("next");
    if go == "submit" {
        let done = state
            .db
            .write(|s| Ok(respond::submit(s, &cred, &page_answers, &today)?))?;
        return Ok(render(crate::layout::page(
            &t!("audit-respond-thanks"),
            who,
            thanks(&q, done.receipt.as_deref(), &done.closes),
        )));
    }
    let q = state
        .db
        .write(|s| Ok(respond::save(s, &cred, &page_answers, &today)?))?;
    let next = match go {
        "prev" => current.saturating_sub(1).max(1),
        "save" => current,
        g => g
            .strip_prefix("page-")
            .and_then(|n| n.parse().ok())
            .unwrap_or(current + 1),
    }
    .clamp(1, pages(&q));
    match &cred {
        // Post, redirect, get: the page's address is the invitation's link.
        Credential::Invitation(t) => {
            Ok(Redirect::to(&format!("/audit/respond/{t}?page={next}&saved=1")).into_response())
        }
        // A receipt stays out of URLs: the next page is this answer.
        Credential::Receipt(_) => Ok(render(crate::layout::page(
            &t!("audit-respond-title"),
            who,
            questionnaire(
                state,
                &q,
                &cred,
                next,
                Some(&t!("audit-respond-saved")),
                None,
                &csrf,
            ),
        ))),
    }
}

/// The fields that carry the credential through a page's form.
fn credential_fields(cred: &Credential) -> Markup {
    html! {
        @match cred {
            Credential::Invitation(t) => { input type="hidden" name="token" value=(t); }
            Credential::Receipt(r) => { input type="hidden" name="receipt" value=(r); }
        }
    }
}

fn question_fieldset(
    state: &AppState,
    fw: &Framework,
    city: &str,
    q: &Question,
    given: Option<&Given>,
) -> Markup {
    let g = given.cloned().unwrap_or_default();
    let name = format!("answer:{}", q.id);
    html! {
        fieldset.question id={ "q-" (q.id) } {
            legend { (question_text(fw, &q.id, &q.text)) }
            @if !q.evidence.is_empty() { p.small.muted id={ "ev-" (q.id) } { (t!("audit-respond-evidence", evidence = fw_text(fw, &["question", &q.id, "evidence"], &q.evidence))) } }
            @for (i, o) in q.options.iter().enumerate() {
                label.option { input type="radio" name=(name) value=(i) checked[g.choice == Some(i)]; " " (fw_text(fw, &["question", &q.id, "option", &i.to_string()], &o.text)) }
            }
            label.option { input type="radio" name=(name) value="dk" checked[g.dont_know && g.choice.is_none()]; " " (t!("audit-respond-dont-know")) }
            label.option.muted { input type="radio" name=(name) value="" checked[g.choice.is_none() && !g.dont_know]; " " (t!("audit-respond-no-answer")) }
            @if !q.links.is_empty() { p.small { (t!("audit-respond-figures")) " " (super::audits::links(city, &q.links, state)) } }
            label for={ "c-" (q.id) } { (t!("audit-respond-evidence-comment")) }
            textarea id={ "c-" (q.id) } name={ "comment:" (q.id) } rows="2" maxlength=(respond::MAX_COMMENT) aria-describedby={ "ev-" (q.id) } { (g.comment) }
        }
    }
}

fn priority_fieldset(q: &Questionnaire, f: &FocalPoint) -> Markup {
    let g = q.answers.get(&f.id).cloned().unwrap_or_default();
    let name = format!("answer:{}", f.id);
    let fw = &q.framework;
    let scale = fw
        .priorities
        .as_ref()
        .map(|p| p.scale.clone())
        .unwrap_or_default();
    html! {
        fieldset.question id={ "q-" (f.id) } {
            legend { (f.number) ". " (focal_title(fw, &f.id, &f.title)) }
            p.small.muted id={ "ev-" (f.id) } { em { (focal_key_question(fw, &f.id, &f.key_question)) } }
            @for (i, s) in scale.iter().enumerate() {
                label.option { input type="radio" name=(name) value=(i) checked[g.choice == Some(i)]; " " (s.value) " — " (fw_text(fw, &["priorities", "scale", &s.value.to_string()], &s.label)) }
            }
            label.option { input type="radio" name=(name) value="dk" checked[g.dont_know && g.choice.is_none()]; " " (t!("audit-respond-dont-know")) }
            label.option.muted { input type="radio" name=(name) value="" checked[g.choice.is_none() && !g.dont_know]; " " (t!("audit-respond-no-answer")) }
            label for={ "c-" (f.id) } { (t!("audit-respond-comment")) }
            textarea id={ "c-" (f.id) } name={ "comment:" (f.id) } rows="2" maxlength=(respond::MAX_COMMENT) aria-describedby={ "ev-" (f.id) } { (g.comment) }
        }
    }
}

fn answered_of(q: &Questionnaire, items: &[String]) -> usize {
    items
        .iter()
        .filter(|i| {
            q.answers
                .get(*i)
                .is_some_and(|g| g.choice.is_some() || g.dont_know)
        })
        .count()
}

fn questionnaire(
    state: &AppState,
    q: &Questionnaire,
    cred: &Credential,
    page: usize,
    notice: Option<&str>,
    error: Option<&str>,
    csrf: &str,
) -> Markup {
    let total_pages = pages(q);
    let all = q.items();
    let review = page == total_pages;
    let fw = &q.framework;
    let heading = match (q.kind, review) {
        (_, true) => t!("audit-respond-review"),
        (Kind::Audit, false) => t!(
            "audit-respond-focal-of",
            page = page.to_string(),
            total = q.framework.focal_points.len().to_string()
        ),
        (Kind::Priorities, false) => t!("audit-respond-priorities"),
    };
    let closes = q.round.closes.as_str();
    html! {
        p.muted.small { (q.round.title) " · " (t!("audit-respond-answer-as")) " " strong { (group_title(fw, &q.group, &q.group_title)) } }
        h1 { (heading) }
        p #progress {
            (t!("audit-respond-progress", page = page.to_string(), pages = total_pages.to_string(), answered = answered_of(q, &all).to_string(), total = all.len().to_string()))
            " " progress max=(all.len()) value=(answered_of(q, &all)) aria-labelledby="progress" { }
        }
        @if let Some(e) = error { div.error role="alert" { p { (e) } } }
        @if let Some(n) = notice { p.notice role="status" { (n) } }
        @match q.stage {
            Stage::Submitted => p.small { (t!("audit-respond-stage-submitted", closes = closes)) },
            Stage::Amending => p.small { (t!("audit-respond-stage-amending", closes = closes)) },
            Stage::Draft => p.small.muted { (t!("audit-respond-stage-draft")) },
        }
        form.questionnaire method="post" action="/audit/respond" {
            input type="hidden" name="csrf" value=(csrf);
            input type="hidden" name="page" value=(page);
            (credential_fields(cred))
            @if review {
                (review_section(q))
            } @else if q.kind == Kind::Audit {
                @if let Some(f) = q.framework.focal_points.get(page - 1) {
                    h2 { (focal_title(fw, &f.id, &f.title)) }
                    p.small { (t!("audit-respond-key-question")) " " em { (focal_key_question(fw, &f.id, &f.key_question)) } }
                    @for qu in &f.questions { (question_fieldset(state, fw, &q.round.city, qu, q.answers.get(&qu.id))) }
                }
            } @else {
                @if let Some(p) = &q.framework.priorities { p { (fw_text(fw, &["priorities", "question"], &p.question)) } }
                @for f in &q.framework.focal_points { (priority_fieldset(q, f)) }
            }
            div.actions {
                @if review {
                    @if q.stage == Stage::Draft { button type="submit" name="go" value="submit" { (t!("audit-respond-submit")) } }
                } @else {
                    button type="submit" name="go" value="next" { (t!("audit-respond-next")) }
                    " " button.secondary type="submit" name="go" value="save" { (t!("audit-respond-save")) }
                }
                @if page > 1 { " " button.secondary type="submit" name="go" value="prev" { (t!("audit-respond-previous")) } }
            }
            nav.steps aria-label=(t!("audit-respond-pages")) {
                ol { @for i in 1..=total_pages {
                    li {
                        @let label = page_label(q, i);
                        @if i == page { span aria-current="step" { (label) } }
                        @else { button.link type="submit" name="go" value={ "page-" (i) } { (label) } }
                    }
                } }
            }
        }
    }
}

fn page_label(q: &Questionnaire, i: usize) -> String {
    let items = items_of(q, i);
    match (q.kind, q.framework.focal_points.get(i - 1)) {
        (Kind::Audit, Some(f)) => format!(
            "{}. {} ({}/{})",
            f.number,
            focal_title(&q.framework, &f.id, &f.title),
            answered_of(q, &items),
            items.len()
        ),
        (Kind::Priorities, _) if i == 1 => t!("audit-respond-all-focal"),
        _ => t!("audit-respond-review"),
    }
}

fn review_section(q: &Questionnaire) -> Markup {
    let all = q.items();
    let open = all.len() - answered_of(q, &all);
    html! {
        @if open > 0 {
            p { (t!("audit-respond-left-open", open = open, total = all.len().to_string())) }
        } @else {
            p { (t!("audit-respond-all-answered")) }
        }
        @if q.stage == Stage::Draft {
            @if q.round.is_anonymous() {
                p { (t!("audit-respond-anonymous", closes = q.round.closes.as_str())) }
            } @else {
                p { (t!("audit-respond-named", closes = q.round.closes.as_str())) }
            }
            p { (t!("audit-respond-min-group", count = q.round.min_group)) }
        }
    }
}

fn thanks(q: &Questionnaire, receipt: Option<&str>, closes: &str) -> Markup {
    html! {
        h1 { (t!("audit-respond-thanks")) }
        p role="status" { (t!("audit-respond-submitted", title = q.round.title.as_str())) }
        @if let Some(r) = receipt {
            h2 { (t!("audit-respond-receipt")) }
            p.receipt { strong.code { (tokens::grouped(r)) } }
            p { (t!("audit-respond-receipt-before", closes = closes)) " " a href=(ENTRY) { (ENTRY) } (t!("audit-respond-receipt-after")) }
        } @else {
            p { (t!("audit-respond-change-until", closes = closes)) }
        }
    }
}

/// `GET /audit`: the form to type a code (an invitation's or a receipt).
async fn entry(who: Principal) -> Response {
    render(crate::layout::page(
        &t!("audit-respond-entry-title"),
        &who,
        entry_body(&who, None),
    ))
}

/// The page where a respondent types the code on their letter: its address and words.
pub(crate) struct CodeEntry {
    pub action: &'static str,
    pub title: &'static str,
    pub lead: &'static str,
    pub label: &'static str,
    pub button: &'static str,
}

impl CodeEntry {
    pub(crate) fn form(&self, who: &Principal, error: Option<&str>) -> Markup {
        html! {
            h1 { (t!(self.title)) }
            p.lead { (t!(self.lead)) }
            @if let Some(e) = error { div.error role="alert" { p { (e) } } }
            form.stack method="post" action=(self.action) {
                input type="hidden" name="csrf" value=(who.csrf().unwrap_or(""));
                label for="code" { (t!(self.label)) }
                input #code type="text" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" required;
                p { button type="submit" { (t!(self.button)) } }
            }
        }
    }
}

/// The code form of audits (an invitation's code or a receipt).
const CODE_ENTRY: CodeEntry = CodeEntry {
    action: ENTRY,
    title: "audit-respond-entry-title",
    lead: "audit-respond-entry-lead",
    label: "audit-respond-code",
    button: "audit-respond-open",
};

fn entry_body(who: &Principal, error: Option<&str>) -> Markup {
    CODE_ENTRY.form(who, error)
}

/// `POST /audit`: an invitation's code leads to its link; a receipt opens the answers.
async fn enter(
    State(state): State<AppState>,
    who: Principal,
    Form(form): Form<std::collections::HashMap<String, String>>,
) -> Response {
    let code = tokens::normalise(form.get("code").map(String::as_str).unwrap_or(""));
    let who2 = who.clone();
    let done = crate::blocking::run(move || {
        crate::auth::check_csrf(&who, form.get("csrf").map(String::as_str))?;
        let today = rounds::today();
        let as_invitation = Credential::Invitation(code.clone());
        let tried = state
            .db
            .read(|s| Ok(respond::open(s, &as_invitation, &today)?));
        match tried {
            Ok(_) => Ok(Redirect::to(&format!("/audit/respond/{code}")).into_response()),
            Err(e) if e.code == crate::ErrorCode::NotFound => {
                let cred = Credential::Receipt(code.clone());
                let q = state.db.read(|s| Ok(respond::open(s, &cred, &today)?))?;
                let csrf = who.csrf().unwrap_or("").to_string();
                let body = questionnaire(&state, &q, &cred, 1, None, None, &csrf);
                Ok(render(crate::layout::page(
                    &t!("audit-respond-title"),
                    &who,
                    body,
                )))
            }
            Err(e) => Err(e),
        }
    })
    .await;
    match done {
        Ok(r) => r,
        Err(e) => (
            e.code.status(),
            render(crate::layout::page(
                &t!("audit-respond-entry-title"),
                &who2,
                entry_body(&who2, Some(&e.message)),
            )),
        )
            .into_response(),
    }
}
