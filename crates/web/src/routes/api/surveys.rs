//! The API of a city's own surveys, for the city's staff only (an API token of an editor or
//! approver of the city): its surveys, their estimates with intervals, the responses with
//! their weights and codebook, and the questionnaire as XLSForm. The same rules as the
//! survey pages hold, since both ask [`super::super::surveys`]: another city's survey is a
//! 404, an anonymous survey's answers wait until it closes, small cells are withheld.

use super::query::{ApiPath, ApiQuery, FormatParam, ListParams};
use super::reply::{Page, Reply, Sharing, answer};
use super::{ApiError, ApiResult, NoFilters, parse_id};
use crate::auth::Principal;
use crate::error::ErrorBody;
use crate::routes::surveys::{
    download, questionnaire_for_staff, require_results, staff, staff_survey,
};
use crate::{AppError, AppState, ErrorCode};
use axum::extract::State;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use surveys::answer::Answer;
use surveys::collect;
use surveys::estimates::{EstimateOptions, Withheld};
use surveys::export::{Codebook, codebook};
use utoipa::{IntoParams, ToSchema};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A survey in the list.
#[derive(Debug, Serialize, ToSchema)]
pub struct SurveyOut {
    pub id: i64,
    pub city: String,
    pub title: String,
    /// The questionnaire version fielded (`/api/v1/questionnaires/{id}/xlsform`).
    pub questionnaire: i64,
    /// `anonymous` (no response can be linked to its code) or `named`.
    pub mode: String,
    /// `invitation` (one-time codes) or `open` (anyone with the link).
    pub access: String,
    pub opens: String,
    pub closes: String,
    /// `open` or `closed`.
    pub status: String,
    pub codes_issued: u64,
    pub codes_used: u64,
    /// Whether the responses are raked to population margins.
    pub weighted: bool,
}

/// Filters of surveys.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SurveyFilter {
    /// City code.
    city: Option<String>,
}

fn unauthenticated() -> AppError {
    AppError::new(
        ErrorCode::Unauthenticated,
        "a city's surveys are visible to its editors and approvers: send an API token",
    )
}

/// The surveys of the cities the caller works for.
#[utoipa::path(get, path = "/api/v1/surveys", params(SurveyFilter, ListParams),
    security(("bearer" = [])), responses(
    (status = 200, description = "A page of surveys", content(
        (Page<SurveyOut> = "application/json"), (String = "text/csv"))),
    (status = 400, description = "A parameter is invalid", body = ErrorBody),
    (status = 401, description = "No credentials", body = ErrorBody),
))]
pub async fn surveys_list(
    State(state): State<AppState>,
    who: Principal,
    q: ApiQuery<SurveyFilter>,
) -> ApiResult {
    if who.is_public() {
        return Err(unauthenticated().into());
    }
    answer(&state, q, Sharing::Private, move |state, q| {
        let rows = state.db.read(|st| {
            let mut rows = Vec::new();
            for s in st.surveys(q.filters.city.as_deref())? {
                if !staff(&who, &s.city) {
                    continue;
                }
                let counts = st.survey_invitation_count(s.id)?;
                rows.push(SurveyOut {
                    id: s.id,
                    weighted: s.weighting.is_some(),
                    city: s.city,
                    title: s.title,
                    questionnaire: s.questionnaire,
                    mode: s.mode,
                    access: s.access,
                    opens: s.opens,
                    closes: s.closes,
                    status: s.status,
                    codes_issued: counts.issued,
                    codes_used: counts.used,
                });
            }
            Ok(rows)
        })?;
        Reply::page(&rows, q)
    })
    .await
}

/// The path parameter of a survey.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct SurveyPath {
    /// The survey's id.
    #[param(value_type = i64, minimum = 1, maximum = 9007199254740991i64)]
    id: String,
}

/// Which breakdown.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ResultsFilter {
    /// A single-choice question of the questionnaire to break every estimate down by
    /// (e.g. `birth_group`); the whole sample when left out.
    by: Option<String>,
}

/// One published figure of a survey, one row of the CSV form. A withheld figure has its
/// reason and no numbers.
#[derive(Debug, Serialize, ToSchema)]
pub struct FigureRow {
    pub question: String,
    /// The question's wording in the questionnaire's default language.
    pub label: Option<String>,
    /// `all`, a choice of the breakdown's question, or `(not answered)`.
    pub domain: String,
    /// `share CHOICE`, `mean` or `top-2-box`.
    pub statistic: String,
    /// A share as a fraction (0–1), a mean in the question's unit.
    pub estimate: Option<f64>,
    pub std_error: Option<f64>,
    /// The 95% interval (logit for shares).
    pub lower: Option<f64>,
    pub upper: Option<f64>,
    pub cv: Option<f64>,
    /// Respondents of the domain who answered (unweighted).
    pub n: Option<u64>,
    /// `u`: low reliability.
    pub flag: Option<String>,
    /// `small_cell`, `complementary` or `unreliable`.
    pub withheld: Option<String>,
}

/// Free-text answers of a domain: listed only from the minimum cell size on.
#[derive(Debug, Serialize, ToSchema)]
pub struct TextsOut {
    pub question: String,
    pub domain: String,
    pub count: usize,
    /// Null when too few answered for the texts to be shown.
    pub answers: Option<Vec<String>>,
}

/// What the weights cost in precision.
#[derive(Debug, Serialize, ToSchema)]
pub struct WeightsOut {
    /// Responses with a calibrated weight.
    pub weighted: usize,
    /// Responses the margins could not place (no weight).
    pub unplaced: usize,
    /// Kish's design effect of unequal weights.
    pub design_effect: f64,
    pub effective_n: f64,
    pub min: f64,
    pub max: f64,
}

/// A survey's estimates.
#[derive(Debug, Serialize, ToSchema)]
pub struct SurveyResults {
    pub survey: i64,
    pub responses: usize,
    /// Whether the estimates use the raked weights (false: every respondent counts alike).
    pub weighted: bool,
    pub breakdown: Option<String>,
    pub weights: Option<WeightsOut>,
    /// Cells with fewer respondents are withheld.
    pub min_cell: usize,
    pub figures: Vec<FigureRow>,
    pub texts: Vec<TextsOut>,
}

fn withheld_name(w: Withheld) -> &'static str {
    match w {
        Withheld::SmallCell => "small_cell",
        Withheld::Complementary => "complementary",
        Withheld::Unreliable => "unreliable",
    }
}

/// The results as JSON, and as the CSV the survey pages and the command line write.
fn results_of(
    state: &AppState,
    who: &Principal,
    id: i64,
    by: Option<&str>,
) -> Result<(SurveyResults, String), AppError> {
    let (s, q) = staff_survey(state, who, id)?;
    require_results(&s)?;
    let options = EstimateOptions::default();
    let by = by.filter(|b| !b.is_empty());
    let (r, w) = state.db.read(|st| {
        Ok((
            collect::results(st, id, by, &options)?,
            collect::weights_summary(st, id)?,
        ))
    })?;
    let label = |question: &str| q.label(question, &q.default_language).map(String::from);
    let mut figures = Vec::new();
    let mut texts = Vec::new();
    for item in &r.items {
        for f in &item.figures {
            let e = f.estimate.as_ref();
            figures.push(FigureRow {
                question: item.question.clone(),
                label: label(&item.question),
                domain: surveys::export::domain(&f.domain),
                statistic: surveys::export::statistic(&f.statistic),
                estimate: e.map(|e| e.estimate),
                std_error: e.map(|e| e.std_error),
                lower: e.map(|e| e.lower),
                upper: e.map(|e| e.upper),
                cv: e.and_then(|e| e.cv),
                n: e.map(|e| e.n),
                flag: e.and_then(|e| e.flag).map(String::from),
                withheld: f.withheld.map(withheld_name).map(String::from),
            });
        }
        for t in &item.texts {
            texts.push(TextsOut {
                question: item.question.clone(),
                domain: surveys::export::domain(&t.domain),
                count: t.count,
                answers: t.answers.clone(),
            });
        }
    }
    let csv = surveys::export::results_csv(&r);
    let out = SurveyResults {
        survey: id,
        responses: r.responses,
        weighted: r.weighted,
        breakdown: by.map(String::from),
        weights: w.map(|w| WeightsOut {
            weighted: w.weighted,
            unplaced: w.unplaced,
            design_effect: w.design_effect,
            effective_n: w.effective_n,
            min: w.min,
            max: w.max,
        }),
        min_cell: options.min_cell as usize,
        figures,
        texts,
    };
    Ok((out, csv))
}

/// A survey's weighted estimates of every question, with 95% intervals and n, by a
/// single-choice question if asked; small cells withheld. As CSV, one row per figure. An
/// anonymous survey's results wait until it closes (409).
#[utoipa::path(get, path = "/api/v1/surveys/{id}/results", params(SurveyPath, ResultsFilter, FormatParam),
    security(("bearer" = [])), responses(
    (status = 200, description = "The estimates", content(
        (SurveyResults = "application/json"), (String = "text/csv"))),
    (status = 400, description = "A parameter is invalid, or the breakdown is no single-choice question", body = ErrorBody),
    (status = 401, description = "No credentials", body = ErrorBody),
    (status = 404, description = "No such survey among the caller's cities'", body = ErrorBody),
    (status = 409, description = "An anonymous survey still open", body = ErrorBody),
))]
pub async fn survey_results(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(SurveyPath { id }): ApiPath<SurveyPath>,
    q: ApiQuery<ResultsFilter>,
) -> ApiResult {
    let id = parse_id(&id, "a survey number")?;
    answer(&state, q, Sharing::Private, move |state, q| {
        let (r, csv) = results_of(state, &who, id, q.filters.by.as_deref())?;
        Ok(Reply::json(&r)?.with_csv(csv.into_bytes()))
    })
    .await
}

/// One response with its weights.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResponseOut {
    /// A random id; it names no respondent and no code.
    pub response: String,
    pub weight_base: Option<f64>,
    pub weight_calibrated: Option<f64>,
    /// The answers by question name; a question not asked (skip logic) or left blank has
    /// no entry.
    pub answers: BTreeMap<String, AnswerValue>,
}

/// An answer: a choice's code, a text or an ISO date (a string); the codes of a multiple
/// choice (a list); a number.
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
pub enum AnswerValue {
    Number(f64),
    Codes(Vec<String>),
    Text(String),
}

impl From<Answer> for AnswerValue {
    fn from(a: Answer) -> AnswerValue {
        match a {
            Answer::Number(x) => AnswerValue::Number(x),
            Answer::Choices(cs) => AnswerValue::Codes(cs),
            Answer::Choice(c) | Answer::Date(c) | Answer::Text(c) => AnswerValue::Text(c),
        }
    }
}

/// The responses of a survey with their codebook.
#[derive(Debug, Serialize, ToSchema)]
pub struct SurveyResponses {
    pub survey: i64,
    /// What each column of the CSV form holds: question, type, codes and labels.
    pub codebook: Codebook,
    pub data: Vec<ResponseOut>,
}

/// A survey's responses, each with its weights before and after calibration; as CSV, one
/// row per response and one column per question (multiple choices separated by spaces),
/// as XLSForm tools export them. An anonymous survey's answers wait until it closes (409).
#[utoipa::path(get, path = "/api/v1/surveys/{id}/responses", params(SurveyPath, FormatParam),
    security(("bearer" = [])), responses(
    (status = 200, description = "The responses", content(
        (SurveyResponses = "application/json"), (String = "text/csv"))),
    (status = 400, description = "A parameter is invalid", body = ErrorBody),
    (status = 401, description = "No credentials", body = ErrorBody),
    (status = 404, description = "No such survey among the caller's cities'", body = ErrorBody),
    (status = 409, description = "An anonymous survey still open", body = ErrorBody),
))]
pub async fn survey_responses(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(SurveyPath { id }): ApiPath<SurveyPath>,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    let id = parse_id(&id, "a survey number")?;
    answer(&state, q, Sharing::Private, move |state, _| {
        let (s, q) = staff_survey(state, &who, id)?;
        require_results(&s)?;
        let (rows, weights, csv) = state.db.read(|st| {
            Ok((
                collect::responses(st, id)?,
                st.survey_weights(id)?,
                surveys::export::responses_csv(st, id)?.0,
            ))
        })?;
        let weights: BTreeMap<String, (Option<f64>, Option<f64>)> =
            weights.into_iter().map(|(r, b, c)| (r, (b, c))).collect();
        let data = rows
            .into_iter()
            .map(|(response, a)| {
                let (weight_base, weight_calibrated) =
                    weights.get(&response).copied().unwrap_or((None, None));
                ResponseOut {
                    answers: a.into_iter().map(|(k, v)| (k, v.into())).collect(),
                    response,
                    weight_base,
                    weight_calibrated,
                }
            })
            .collect();
        let out = SurveyResponses {
            survey: id,
            codebook: codebook(&q),
            data,
        };
        Ok(Reply::json(&out)?.with_csv(csv))
    })
    .await
}

/// What each column of a survey's responses holds: the question's wording in every
/// language, its type, the codes of its choices with their labels, when it is asked.
#[utoipa::path(get, path = "/api/v1/surveys/{id}/codebook", params(SurveyPath),
    security(("bearer" = [])), responses(
    (status = 200, description = "The codebook", body = Codebook),
    (status = 400, description = "A parameter is invalid", body = ErrorBody),
    (status = 401, description = "No credentials", body = ErrorBody),
    (status = 404, description = "No such survey among the caller's cities'", body = ErrorBody),
))]
pub async fn survey_codebook(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(SurveyPath { id }): ApiPath<SurveyPath>,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    let id = parse_id(&id, "a survey number")?;
    answer(&state, q, Sharing::Private, move |state, _| {
        let (_, q) = staff_survey(state, &who, id)?;
        Reply::json(&codebook(&q))
    })
    .await
}

/// The path parameter of a questionnaire version.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct QuestionnairePath {
    /// The questionnaire version's id (a survey's `questionnaire`).
    #[param(value_type = i64, minimum = 1, maximum = 9007199254740991i64)]
    id: String,
}

/// A stored questionnaire version as an XLSForm workbook (the `survey`, `choices` and
/// `settings` sheets), as ODK and KoboToolbox read it.
#[utoipa::path(get, path = "/api/v1/questionnaires/{id}/xlsform", params(QuestionnairePath),
    security(("bearer" = [])), responses(
    (status = 200, description = "The XLSForm", content((Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))),
    (status = 400, description = "A parameter is invalid", body = ErrorBody),
    (status = 401, description = "No credentials", body = ErrorBody),
    (status = 404, description = "No such questionnaire among the caller's cities'", body = ErrorBody),
))]
pub async fn questionnaire_xlsform(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(QuestionnairePath { id }): ApiPath<QuestionnairePath>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id, "a questionnaire number")?;
    if who.is_public() {
        return Err(unauthenticated().into());
    }
    let r = crate::blocking::run(move || {
        let (v, q) = questionnaire_for_staff(&state, &who, id)?;
        Ok(download(
            surveys::export(&q),
            XLSX,
            &format!("{}-v{}.xlsx", v.form_id, v.version),
        ))
    })
    .await?;
    Ok(r)
}
