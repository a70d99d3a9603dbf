//! The API of the participatory audit and the agenda: the frameworks, published audit
//! results, and a city's published City Integration Agenda with its targets' progress.
//! Nothing unpublished and nothing a respondent wrote is served here: raw responses stay on
//! the city's own pages.

use super::query::{ApiPath, ApiQuery, FormatParam, ListParams};
use super::reply::{Reply, Sharing, answer};
use super::{ApiResult, CodePath, IdPath, NoFilters};
use crate::auth::Principal;
use crate::error::ErrorBody;
use crate::{AppError, AppState};
use assessment::rounds::{self, Results};
use axum::extract::State;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A framework in the list.
#[derive(Debug, Serialize, ToSchema)]
pub struct FrameworkSummary {
    pub id: String,
    pub version: String,
    pub title: String,
    pub source: String,
    pub focal_points: usize,
    pub questions: usize,
    /// The stakeholder groups' ids.
    pub groups: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OptionOut {
    pub score: f64,
    pub text: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QuestionOut {
    pub id: String,
    pub focal_point: String,
    pub text: String,
    pub evidence: String,
    pub principles: Vec<String>,
    /// `indicator:<id>`, `table:<dataset>` or `capability:<name>`.
    pub links: Vec<String>,
    pub weight: f64,
    pub options: Vec<OptionOut>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FocalPointOut {
    pub id: String,
    pub number: u32,
    pub title: String,
    pub key_question: String,
    pub questions: Vec<QuestionOut>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NamedOut {
    pub id: String,
    pub title: String,
}

/// A framework with its questions.
#[derive(Debug, Serialize, ToSchema)]
pub struct FrameworkOut {
    pub id: String,
    pub version: String,
    pub title: String,
    pub source: String,
    pub authorship: String,
    pub principles: Vec<NamedOut>,
    pub groups: Vec<NamedOut>,
    pub focal_points: Vec<FocalPointOut>,
}

fn summary(f: &assessment::Framework) -> FrameworkSummary {
    FrameworkSummary {
        id: f.id.clone(),
        version: f.version.clone(),
        title: f.title.clone(),
        source: f.source.clone(),
        focal_points: f.focal_points.len(),
        questions: f.questions().count(),
        groups: f.groups.iter().map(|g| g.id.clone()).collect(),
    }
}

fn question_out(
    f: &assessment::framework::FocalPoint,
    q: &assessment::framework::Question,
) -> QuestionOut {
    QuestionOut {
        id: q.id.clone(),
        focal_point: f.id.clone(),
        text: q.text.clone(),
        evidence: q.evidence.clone(),
        principles: q.principles.clone(),
        links: q.links.iter().map(|l| l.key()).collect(),
        weight: q.weight,
        options: q
            .options
            .iter()
            .map(|o| OptionOut {
                score: o.score,
                text: o.text.clone(),
            })
            .collect(),
    }
}

fn all_frameworks(state: &AppState) -> Result<Vec<assessment::Framework>, AppError> {
    assessment::framework::all(&state.config.catalogue)
        .map_err(|e| AppError::new(crate::ErrorCode::InvalidFile, e.to_string()))
}

/// The assessment frameworks of the catalogue.
#[utoipa::path(get, path = "/api/v1/frameworks", params(FormatParam), responses(
    (status = 200, description = "The frameworks", content(
        (Vec<FrameworkSummary> = "application/json"), (String = "text/csv"))),
))]
pub async fn frameworks(
    State(state): State<AppState>,
    who: Principal,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), move |state, _| {
        let rows: Vec<FrameworkSummary> = all_frameworks(state)?.iter().map(summary).collect();
        Reply::json(&rows)?.with_table(&rows)
    })
    .await
}

/// The path parameter of a framework.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct FrameworkPath {
    /// The framework's id.
    #[param(example = "comprehensive-approach")]
    id: String,
}

/// Which version of a framework.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct VersionFilter {
    /// The version; the latest when left out.
    version: Option<String>,
}

/// A framework with its focal points, questions and options; as CSV, one row per question.
#[utoipa::path(get, path = "/api/v1/frameworks/{id}", params(FrameworkPath, VersionFilter, FormatParam), responses(
    (status = 200, description = "The framework", content(
        (FrameworkOut = "application/json"), (String = "text/csv"))),
    (status = 404, description = "No such framework", body = ErrorBody),
))]
pub async fn framework(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(FrameworkPath { id }): ApiPath<FrameworkPath>,
    q: ApiQuery<VersionFilter>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), move |state, q| {
        let f = rounds::find_framework(&state.config.catalogue, &id, q.filters.version.as_deref())?;
        let named = |id: &str, title: &str| NamedOut {
            id: id.into(),
            title: title.into(),
        };
        let out = FrameworkOut {
            id: f.id.clone(),
            version: f.version.clone(),
            title: f.title.clone(),
            source: f.source.clone(),
            authorship: f.authorship.clone(),
            principles: f
                .principles
                .iter()
                .map(|p| named(&p.id, &p.title))
                .collect(),
            groups: f.groups.iter().map(|g| named(&g.id, &g.title)).collect(),
            focal_points: f
                .focal_points
                .iter()
                .map(|fp| FocalPointOut {
                    id: fp.id.clone(),
                    number: fp.number,
                    title: fp.title.clone(),
                    key_question: fp.key_question.clone(),
                    questions: fp.questions.iter().map(|x| question_out(fp, x)).collect(),
                })
                .collect(),
        };
        let rows: Vec<QuestionOut> = f.questions().map(|(fp, x)| question_out(fp, x)).collect();
        Reply::json(&out)?.with_table(&rows)
    })
    .await
}

/// A published audit round.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditOut {
    pub id: i64,
    pub city: String,
    pub title: String,
    pub framework: String,
    pub version: String,
    /// `audit` or `priorities`.
    pub kind: String,
    pub opens: String,
    pub closes: String,
}

impl From<&store::audits::Round> for AuditOut {
    fn from(r: &store::audits::Round) -> AuditOut {
        AuditOut {
            id: r.id,
            city: r.city.clone(),
            title: r.title.clone(),
            framework: r.framework.clone(),
            version: r.version.clone(),
            kind: r.kind.clone(),
            opens: r.opens.clone(),
            closes: r.closes.clone(),
        }
    }
}

/// Rounds of one city.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditFilter {
    /// City code.
    #[param(pattern = r"^[A-Za-z0-9_:.-]+$", example = "HR004C")]
    city: Option<String>,
}

/// The audit rounds whose results are published.
#[utoipa::path(get, path = "/api/v1/audits", params(AuditFilter, ListParams), responses(
    (status = 200, description = "A page of published rounds", content(
        (super::reply::Page<AuditOut> = "application/json"), (String = "text/csv"))),
))]
pub async fn audits(
    State(state): State<AppState>,
    who: Principal,
    q: ApiQuery<AuditFilter>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), move |state, q| {
        let rows: Vec<AuditOut> = state
            .db
            .read(|s| Ok(s.audit_rounds(q.filters.city.as_deref())?))?
            .iter()
            .filter(|r| r.is_published())
            .map(AuditOut::from)
            .collect();
        Reply::page(&rows, q)
    })
    .await
}

/// A score of the published results, one row of their CSV form.
#[derive(Debug, Serialize, ToSchema)]
pub struct ScoreRow {
    /// `focal_point`, `principle`, `question` or `priority`.
    pub level: String,
    pub id: String,
    pub title: String,
    /// `overall` or a stakeholder group's id (groups shown only).
    pub group: String,
    pub score: Option<f64>,
    pub respondents: Option<usize>,
    pub gap: Option<f64>,
    pub gap_flagged: Option<bool>,
    pub rank: Option<usize>,
    pub rank_best: Option<usize>,
    pub rank_worst: Option<usize>,
}

/// One stakeholder group's score (groups shown only).
#[derive(Debug, Serialize, ToSchema)]
pub struct GroupScoreOut {
    pub group: String,
    pub score: Option<f64>,
    /// Respondents of the group with a score here.
    pub respondents: usize,
    pub dont_know: usize,
    /// Sample standard deviation of the respondents' own scores.
    pub spread: Option<f64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GapOut {
    pub high: String,
    pub low: String,
    pub difference: f64,
    /// 25 points or more.
    pub flagged: bool,
}

/// A focal point or guiding principle.
#[derive(Debug, Serialize, ToSchema)]
pub struct AreaOut {
    pub id: String,
    pub title: String,
    pub overall: Option<f64>,
    pub by_group: Vec<GroupScoreOut>,
    pub gap: Option<GapOut>,
    pub rank: Option<usize>,
    pub rank_best: Option<usize>,
    pub rank_worst: Option<usize>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QuestionScoreOut {
    pub id: String,
    pub focal_point: String,
    pub overall: Option<f64>,
    pub answered: usize,
    pub dont_know: usize,
    pub by_group: Vec<GroupScoreOut>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ExtremeOut {
    pub question: String,
    pub focal_point: String,
    pub text: String,
    pub score: f64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupOut {
    pub id: String,
    pub title: String,
    pub respondents: usize,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupRatingOut {
    pub group: String,
    pub mean: Option<f64>,
    pub n: usize,
    pub dont_know: usize,
}

/// A focal point's importance (priorities rounds).
#[derive(Debug, Serialize, ToSchema)]
pub struct PriorityOut {
    pub focal_point: String,
    pub title: String,
    /// Groups weighted equally.
    pub overall: Option<f64>,
    /// All counted respondents pooled.
    pub pooled: Option<f64>,
    pub n: usize,
    pub dont_know: usize,
    pub rank: Option<usize>,
    pub by_group: Vec<GroupRatingOut>,
}

/// Published results as the approver published them: the groups shown (a group below the
/// round's threshold appears nowhere), the scores per focal point, principle and question
/// with gaps and rank ranges, bottlenecks and opportunities (audit rounds), or the
/// priorities (priorities rounds).
#[derive(Debug, Serialize, ToSchema)]
pub struct PublishedOut {
    pub round: AuditOut,
    pub respondents: usize,
    pub note: Option<String>,
    pub groups: Vec<GroupOut>,
    pub focal_points: Vec<AreaOut>,
    pub principles: Vec<AreaOut>,
    pub questions: Vec<QuestionScoreOut>,
    pub bottlenecks: Vec<ExtremeOut>,
    pub opportunities: Vec<ExtremeOut>,
    pub priorities: Vec<PriorityOut>,
    pub robustness_method: String,
}

fn group_scores(v: &[assessment::scoring::GroupScore]) -> Vec<GroupScoreOut> {
    v.iter()
        .map(|g| GroupScoreOut {
            group: g.group.clone(),
            score: g.score,
            respondents: g.respondents,
            dont_know: g.dont_know,
            spread: g.spread,
        })
        .collect()
}

fn area_out(a: &assessment::scoring::AreaResult) -> AreaOut {
    let range = a.robustness.map(|r| r.overall);
    AreaOut {
        id: a.id.clone(),
        title: a.title.clone(),
        overall: a.overall,
        by_group: group_scores(&a.by_group),
        gap: a.gap.as_ref().map(|g| GapOut {
            high: g.high.clone(),
            low: g.low.clone(),
            difference: g.difference,
            flagged: g.flagged,
        }),
        rank: a.rank,
        rank_best: range.map(|r| r.best),
        rank_worst: range.map(|r| r.worst),
    }
}

fn extremes(v: &[assessment::scoring::Extreme]) -> Vec<ExtremeOut> {
    v.iter()
        .map(|e| ExtremeOut {
            question: e.question.clone(),
            focal_point: e.focal_point.clone(),
            text: e.text.clone(),
            score: e.score,
        })
        .collect()
}

fn groups_out(v: &[assessment::scoring::GroupSummary]) -> Vec<GroupOut> {
    v.iter()
        .map(|g| GroupOut {
            id: g.id.clone(),
            title: g.title.clone(),
            respondents: g.respondents,
        })
        .collect()
}

/// The published (already public) results as the API's answer.
fn published_out(r: &store::audits::Round, res: &Results) -> PublishedOut {
    let mut out = PublishedOut {
        round: AuditOut::from(r),
        respondents: 0,
        note: None,
        groups: Vec::new(),
        focal_points: Vec::new(),
        principles: Vec::new(),
        questions: Vec::new(),
        bottlenecks: Vec::new(),
        opportunities: Vec::new(),
        priorities: Vec::new(),
        robustness_method: String::new(),
    };
    match res.public() {
        Results::Audit(a) => {
            out.respondents = a.respondents;
            out.note = a.note.clone();
            out.groups = groups_out(&a.groups);
            out.focal_points = a.focal_points.iter().map(area_out).collect();
            out.principles = a.principles.iter().map(area_out).collect();
            out.questions = a
                .questions
                .iter()
                .map(|q| QuestionScoreOut {
                    id: q.id.clone(),
                    focal_point: q.focal_point.clone(),
                    overall: q.overall,
                    answered: q.answered,
                    dont_know: q.dont_know,
                    by_group: group_scores(&q.by_group),
                })
                .collect();
            out.bottlenecks = extremes(&a.bottlenecks);
            out.opportunities = extremes(&a.opportunities);
            out.robustness_method = a.robustness_method.clone();
        }
        Results::Priorities(p) => {
            out.respondents = p.respondents;
            out.note = p.note.clone();
            out.groups = groups_out(&p.groups);
            out.priorities = p
                .items
                .iter()
                .map(|i| PriorityOut {
                    focal_point: i.focal_point.clone(),
                    title: i.title.clone(),
                    overall: i.overall,
                    pooled: i.pooled,
                    n: i.n,
                    dont_know: i.dont_know,
                    rank: i.rank,
                    by_group: i
                        .by_group
                        .iter()
                        .map(|g| GroupRatingOut {
                            group: g.group.clone(),
                            mean: g.mean,
                            n: g.n,
                            dont_know: g.dont_know,
                        })
                        .collect(),
                })
                .collect();
        }
    }
    out
}

fn score_rows(res: &Results) -> Vec<ScoreRow> {
    let mut rows = Vec::new();
    let row = |level: &str, id: &str, title: &str, group: &str, score: Option<f64>| ScoreRow {
        level: level.into(),
        id: id.into(),
        title: title.into(),
        group: group.into(),
        score,
        respondents: None,
        gap: None,
        gap_flagged: None,
        rank: None,
        rank_best: None,
        rank_worst: None,
    };
    match res {
        Results::Audit(a) => {
            for (level, areas) in [
                ("focal_point", &a.focal_points),
                ("principle", &a.principles),
            ] {
                for x in areas {
                    let range = x.robustness.map(|r| r.overall);
                    rows.push(ScoreRow {
                        gap: x.gap.as_ref().map(|g| g.difference),
                        gap_flagged: x.gap.as_ref().map(|g| g.flagged),
                        rank: x.rank,
                        rank_best: range.map(|r| r.best),
                        rank_worst: range.map(|r| r.worst),
                        ..row(level, &x.id, &x.title, "overall", x.overall)
                    });
                    for g in &x.by_group {
                        rows.push(ScoreRow {
                            respondents: Some(g.respondents),
                            ..row(level, &x.id, &x.title, &g.group, g.score)
                        });
                    }
                }
            }
            for q in &a.questions {
                rows.push(ScoreRow {
                    respondents: Some(q.answered),
                    ..row("question", &q.id, &q.text, "overall", q.overall)
                });
            }
        }
        Results::Priorities(p) => {
            for i in &p.items {
                rows.push(ScoreRow {
                    respondents: Some(i.n),
                    rank: i.rank,
                    ..row("priority", &i.focal_point, &i.title, "overall", i.overall)
                });
                for g in &i.by_group {
                    rows.push(ScoreRow {
                        respondents: Some(g.n),
                        ..row("priority", &i.focal_point, &i.title, &g.group, g.mean)
                    });
                }
            }
        }
    }
    rows
}

/// The published results of a round; as CSV, one row per score.
#[utoipa::path(get, path = "/api/v1/audits/{id}", params(IdPath, FormatParam), responses(
    (status = 200, description = "The published results", content(
        (PublishedOut = "application/json"), (String = "text/csv"))),
    (status = 404, description = "No such round, or its results are not published", body = ErrorBody),
))]
pub async fn audit(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(IdPath { id }): ApiPath<IdPath>,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), move |state, _| {
        let id: i64 = id
            .parse()
            .map_err(|_| AppError::bad(t!("assess-error-not-a-round", id = id.as_str())))?;
        let (r, res) = state
            .db
            .read(|s| Ok(rounds::published(s, id)?))?
            .ok_or_else(|| {
                AppError::not_found(t!("assess-error-unpublished", id = id.to_string()))
            })?;
        Reply::json(&published_out(&r, &res))?.with_table(score_rows(&res))
    })
    .await
}

/// A target of the agenda with its progress, one row of the CSV form.
#[derive(Debug, Serialize, ToSchema)]
pub struct TargetRow {
    pub focal_point: String,
    pub goal: String,
    pub series: String,
    pub dataset: String,
    pub variable: String,
    pub geo: String,
    pub group: String,
    pub baseline: f64,
    pub baseline_year: i32,
    pub target: f64,
    pub target_year: i32,
    pub latest: Option<f64>,
    pub latest_year: Option<f64>,
    pub share_of_way: Option<f64>,
    pub verdict: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ActionOut {
    pub title: String,
    pub description: String,
    pub department: String,
    pub partners: String,
    pub starts: String,
    pub ends: String,
    pub budget: Option<f64>,
    pub currency: String,
    /// `esf+`, `amif`, `national`, `municipal`, `other` or `none`.
    pub fund: String,
    pub funding_source: String,
    /// `planned`, `ongoing`, `completed` or `cancelled`.
    pub status: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GoalOut {
    pub focal_point: String,
    pub focal_point_title: String,
    pub text: String,
    pub actions: Vec<ActionOut>,
    pub targets: Vec<TargetRow>,
}

/// The city's published agenda: goals per focal point, actions, targets with progress.
#[derive(Debug, Serialize, ToSchema)]
pub struct AgendaOut {
    pub id: i64,
    pub city: String,
    pub version: i64,
    pub title: String,
    pub summary: String,
    pub round: Option<i64>,
    pub goals: Vec<GoalOut>,
}

/// The latest published City Integration Agenda of a city, with each target's progress
/// (Eurostat's SDG method); as CSV, one row per target.
#[utoipa::path(get, path = "/api/v1/cities/{code}/agenda", params(CodePath, FormatParam), responses(
    (status = 200, description = "The agenda", content(
        (AgendaOut = "application/json"), (String = "text/csv"))),
    (status = 404, description = "No such city, or no published agenda", body = ErrorBody),
))]
pub async fn city_agenda(
    State(state): State<AppState>,
    who: Principal,
    ApiPath(CodePath { code }): ApiPath<CodePath>,
    q: ApiQuery<NoFilters>,
) -> ApiResult {
    answer(&state, q, Sharing::of(&who), move |state, _| {
        let geo = super::super::city::geography(state, &code)?;
        let a = state
            .db
            .read(|s| Ok(assessment::agenda::published(s, geo.code.as_str())?))?
            .ok_or_else(|| {
                AppError::not_found(t!("assess-error-no-agenda", city = geo.name.as_str()))
            })?;
        let fw = rounds::find_framework(&state.config.catalogue, &a.framework, None).ok();
        let v = state.db.read(|s| {
            Ok(assessment::agenda::view(
                s,
                &state.config.catalogue,
                fw.as_ref(),
                &a,
            )?)
        })?;
        let target_rows = |g: &assessment::agenda::GoalView| -> Vec<TargetRow> {
            g.targets
                .iter()
                .map(|t| TargetRow {
                    focal_point: g.focal_point.clone(),
                    goal: g.text.clone(),
                    series: t.label.clone(),
                    dataset: t.target.dataset.clone(),
                    variable: t.target.variable.clone(),
                    geo: t.target.geo.clone(),
                    group: t.target.group.clone(),
                    baseline: t.target.baseline_value,
                    baseline_year: t.target.baseline_year,
                    target: t.target.target_value,
                    target_year: t.target.target_year,
                    latest: t.progress.latest.map(|l| l.0),
                    latest_year: t.progress.latest.map(|l| l.1),
                    share_of_way: t.progress.share_of_way,
                    verdict: t.progress.assessment.as_ref().map(|x| x.label.clone()),
                })
                .collect()
        };
        let rows: Vec<TargetRow> = v.goals.iter().flat_map(target_rows).collect();
        let out = AgendaOut {
            id: v.id,
            city: v.city.clone(),
            version: v.version,
            title: v.title.clone(),
            summary: v.summary.clone(),
            round: v.round,
            goals: v
                .goals
                .iter()
                .map(|g| GoalOut {
                    focal_point: g.focal_point.clone(),
                    focal_point_title: g.focal_point_title.clone(),
                    text: g.text.clone(),
                    actions: g
                        .actions
                        .iter()
                        .map(|a| ActionOut {
                            title: a.title.clone(),
                            description: a.description.clone(),
                            department: a.department.clone(),
                            partners: a.partners.clone(),
                            starts: a.starts.clone(),
                            ends: a.ends.clone(),
                            budget: a.budget,
                            currency: a.currency.clone(),
                            fund: a.fund.clone(),
                            funding_source: a.funding_source.clone(),
                            status: a.status.clone(),
                        })
                        .collect(),
                    targets: target_rows(g),
                })
                .collect(),
        };
        Reply::json(&out)?.with_table(rows)
    })
    .await
}
