//! The questionnaire editor of a city's staff: start from the observatory's template, then
//! choose the questions to ask, reword them and their hints in each language, say which
//! answers are required and title the pages — without a spreadsheet. The changes are
//! `surveys::edit`'s; the result is kept as a new version through the same XLSForm path as
//! an uploaded form, so it passes the same checks. New questions, choice lists and skip
//! logic are written in the XLSForm (downloadable from the list), as ODK users expect.

use super::audits::city_name;
use super::surveys::{questionnaire_for_staff, show_problems};
use crate::auth::{Action, Principal, authorize, check_csrf};
use crate::layout::render;
use crate::{AppError, AppState};
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::{Markup, html};
use surveys::Questionnaire;
use surveys::collect::{self, CollectError};
use surveys::edit::{Edits, apply};
use surveys::form::{Kind, Text};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/surveys/questionnaires/template", post(from_template))
        .route(
            "/surveys/questionnaires/{id}/edit",
            get(edit_page).post(save),
        )
}

/// `POST /surveys/questionnaires/template`: the template kept for the city (a new version
/// only if the city's last one differs), then its editor.
async fn from_template(
    State(state): State<AppState>,
    who: Principal,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let value = |k: &str| {
        form.iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    check_csrf(&who, Some(&value("csrf")))?;
    let city = value("city");
    authorize(&who, Action::RunSurveys, Some(&city))?;
    crate::blocking::run(move || {
        let actor = who.actor();
        let kept = state.db.write(|s| {
            Ok(collect::import_questionnaire(
                s,
                &actor,
                &city,
                surveys::TEMPLATE,
            )?)
        })?;
        Ok(
            Redirect::to(&format!("/surveys/questionnaires/{}/edit", kept.version.id))
                .into_response(),
        )
    })
    .await
}

/// The version and its questionnaire, for an editor of its city.
fn editable(
    state: &AppState,
    who: &Principal,
    id: i64,
) -> Result<(store::surveys::QuestionnaireVersion, Questionnaire), AppError> {
    let (v, q) = questionnaire_for_staff(state, who, id)?;
    authorize(who, Action::RunSurveys, Some(&v.city))?;
    Ok((v, q))
}

/// `GET /surveys/questionnaires/{id}/edit`.
async fn edit_page(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let (v, q) = editable(&state, &who, id)?;
        let body = editor(&state, &who, id, &v, &q, &Edits::of(&q), None);
        Ok(render(crate::layout::page(
            &t!("editor-title", title = v.title.as_str()),
            &who,
            body,
        )))
    })
    .await
}

/// The edits a browser sent: `title:LANG`, `section:N:LANG`, `label:NAME:LANG`,
/// `hint:NAME:LANG`, and `keep` and `required` once per question.
fn edits_of(form: &[(String, String)]) -> Edits {
    let mut e = Edits::default();
    let set = |t: &mut Text, lang: &str, v: &str| t.set(lang, v);
    for (k, v) in form {
        let parts: Vec<&str> = k.splitn(3, ':').collect();
        match parts.as_slice() {
            ["title", lang] => set(&mut e.title, lang, v),
            ["section", i, lang] => {
                if let Ok(i) = i.parse() {
                    set(e.sections.entry(i).or_default(), lang, v);
                }
            }
            ["label", name, lang] => set(e.labels.entry((*name).into()).or_default(), lang, v),
            ["hint", name, lang] => set(e.hints.entry((*name).into()).or_default(), lang, v),
            ["keep"] => {
                e.keep.insert(v.clone());
            }
            ["required"] => {
                e.required.insert(v.clone());
            }
            _ => {}
        }
    }
    e
}

/// `POST /surveys/questionnaires/{id}/edit`: the edited questionnaire kept as the next
/// version; problems shown with the edits as they were sent, nothing kept.
async fn save(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let csrf = form
        .iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.as_str());
    check_csrf(&who, csrf)?;
    let edits = edits_of(&form);
    crate::blocking::run(move || {
        let (v, q) = editable(&state, &who, id)?;
        let problems: Vec<String> = match apply(&q, &edits) {
            Err(problems) => problems,
            Ok(changed) => {
                let actor = who.actor();
                let xlsx = surveys::export(&changed);
                match state
                    .db
                    .write(|s| Ok(collect::import_questionnaire(s, &actor, &v.city, &xlsx)))?
                {
                    Ok(kept) => {
                        return Ok(Redirect::to(&format!(
                            "/surveys?imported={}#open",
                            kept.version.id
                        ))
                        .into_response());
                    }
                    Err(CollectError::Form(errors)) => {
                        errors.0.iter().map(|e| e.message.clone()).collect()
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        };
        let shown = show_problems(&problems);
        let body = editor(&state, &who, id, &v, &q, &edits, Some(&shown));
        Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            render(crate::layout::page(
                &t!("editor-title", title = v.title.as_str()),
                &who,
                body,
            )),
        )
            .into_response())
    })
    .await
}

/// A language's name as the questionnaire gives it.
fn language_name(q: &Questionnaire, code: &str) -> String {
    q.languages
        .iter()
        .find(|l| l.code == code)
        .map_or_else(|| code.to_string(), |l| l.name.clone())
}

fn text_of<'a>(t: Option<&'a Text>, lang: &str) -> &'a str {
    t.and_then(|t| t.get(lang)).unwrap_or("")
}

/// The editor's form, filled in with `e`.
fn editor(
    state: &AppState,
    who: &Principal,
    id: i64,
    v: &store::surveys::QuestionnaireVersion,
    q: &Questionnaire,
    e: &Edits,
    problems: Option<&Markup>,
) -> Markup {
    let csrf = who.csrf().unwrap_or("");
    let languages: Vec<&str> = q.languages.iter().map(|l| l.code.as_str()).collect();
    html! {
        p.muted.small { a href="/surveys" { (t!("surveys-title")) } " › " (city_name(state, &v.city)) }
        h1 { (t!("editor-title", title = v.title.as_str())) }
        p.lead { (t!("editor-lead", version = v.version)) }
        p.small { (t!("editor-xlsform-note")) " " a href={ "/surveys/questionnaires/" (id) "/xlsform" } { (t!("editor-xlsform-link")) } }
        @if let Some(p) = problems { (p) }
        form.stack.editor method="post" action={ "/surveys/questionnaires/" (id) "/edit" } {
            input type="hidden" name="csrf" value=(csrf);
            fieldset {
                legend { (t!("editor-questionnaire-title")) }
                @for lang in &languages {
                    @let fid = format!("title-{lang}");
                    label for=(fid) { (language_name(q, lang)) }
                    input id=(fid) type="text" name={ "title:" (lang) } value=(text_of(Some(&e.title), lang)) lang=(lang);
                }
            }
            @for (i, s) in q.sections.iter().enumerate() {
                section.editor-page aria-labelledby={ "page-" (i) } {
                    h2 id={ "page-" (i) } { (t!("editor-page", number = i + 1)) " · " (text_of(Some(&s.label), &q.default_language)) }
                    @if s.name.is_some() {
                        fieldset {
                            legend { (t!("editor-page-title")) }
                            @for lang in &languages {
                                @let fid = format!("section-{i}-{lang}");
                                label for=(fid) { (language_name(q, lang)) }
                                input id=(fid) type="text" name={ "section:" (i) ":" (lang) } value=(text_of(e.sections.get(&i), lang)) lang=(lang);
                            }
                        }
                    }
                    @for x in s.questions() {
                        (question(q, e, x, &languages))
                    }
                }
            }
            p { button type="submit" { (t!("editor-save")) } }
        }
    }
}

fn question(
    q: &Questionnaire,
    e: &Edits,
    x: &surveys::form::Question,
    languages: &[&str],
) -> Markup {
    let name = x.name.as_str();
    html! {
        fieldset.editor-question {
            legend { code { (name) } " · " span.small.muted { (x.kind.xlsform_type()) } }
            label.option { input type="checkbox" name="keep" value=(name) checked[e.keep.contains(name)]; " " (t!("editor-keep")) }
            @if x.kind != Kind::Note {
                label.option { input type="checkbox" name="required" value=(name) checked[e.required.contains(name)]; " " (t!("editor-required")) }
            }
            @if let Some(r) = &x.relevant { p.small.muted { (t!("editor-asked-when", condition = r.source())) } }
            @for lang in languages {
                @let fid = format!("label-{name}-{lang}");
                label for=(fid) { (t!("editor-wording", language = language_name(q, lang))) }
                textarea id=(fid) name={ "label:" (name) ":" (lang) } rows="3" lang=(lang) { (text_of(e.labels.get(name), lang)) }
            }
            details {
                summary { (t!("editor-hints")) }
                @for lang in languages {
                    @let fid = format!("hint-{name}-{lang}");
                    label for=(fid) { (t!("editor-hint", language = language_name(q, lang))) }
                    input id=(fid) type="text" name={ "hint:" (name) ":" (lang) } value=(text_of(e.hints.get(name), lang)) lang=(lang);
                }
            }
        }
    }
}
