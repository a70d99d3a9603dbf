//! The results of an audit round, from its responses.
//!
//! Definitions (the hand-computed test in `tests/scoring.rs` follows them step by step):
//!
//! * **Question, per group**: the mean of the scores of the options chosen by the group's
//!   respondents; "don't know" is not a score (it is counted and shown), nor is a question
//!   left unanswered.
//! * **Question, overall**: the weighted mean of the groups' question scores, with the
//!   groups' weights of the framework (all 1: every group counts the same, however many
//!   answered), over the groups that count ([`crate::disclosure`]) and answered it.
//! * **Focal point or principle**: the weighted mean (question weights) of its questions'
//!   scores — per group from the group's question scores, overall from the overall ones —
//!   over the questions that have a score; a question without one is left out and the
//!   others' weights carry the mean.
//! * **Perception gap** of a focal point or principle: the highest minus the lowest score of
//!   the groups shown, flagged at [`Settings::gap_flag`] points (25) or more. With it, the
//!   spread within each group: the sample standard deviation (n − 1) of its respondents'
//!   own scores (each respondent's weighted mean over the questions they scored).
//! * **Rank** of a focal point: 1 + the number of focal points with a higher overall score
//!   (ties share a rank). Its **robustness**: see [`crate::robustness`].
//! * **Bottlenecks / opportunities**: the [`Settings::extremes`] questions with the lowest /
//!   highest overall score (ties by the framework's order); the free-text comments, grouped
//!   by focal point, go with them.

use crate::disclosure::{Disclosure, Visibility};
use crate::framework::{FocalPoint, Framework, Question};
use crate::robustness::{self, RankRange};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One answer to a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// The option chosen, by its position (0 = the first).
    Option(usize),
    DontKnow,
}

/// A submitted response, as the scoring sees it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Response {
    pub group: String,
    /// The respondent's name, in a named round only.
    pub respondent: Option<String>,
    /// By question id; a question left unanswered is absent.
    pub answers: BTreeMap<String, Answer>,
    /// Evidence and comments, by question id.
    pub comments: BTreeMap<String, String>,
}

/// How results are computed; [`Settings::default`] is the rules.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Fewest respondents for a group's results to be shown (5; never below 3).
    pub min_group: usize,
    /// A perception gap of this many points or more is flagged.
    pub gap_flag: f64,
    /// How many bottlenecks and opportunities.
    pub extremes: usize,
    /// The relative change of every question weight that robustness allows (0.2: ±20%).
    pub weight_variation: f64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            min_group: crate::disclosure::MIN_GROUP_DEFAULT,
            gap_flag: 25.0,
            extremes: 5,
            weight_variation: 0.2,
        }
    }
}

/// A group as the results describe it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupSummary {
    pub id: String,
    pub title: String,
    pub respondents: usize,
    pub visibility: Visibility,
}

/// A score of one group (shown groups only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupScore {
    pub group: String,
    pub score: Option<f64>,
    /// Respondents of the group with at least one scored answer here.
    pub respondents: usize,
    /// "Don't know" answers of the group here.
    pub dont_know: usize,
    /// Sample standard deviation of the respondents' own scores (n ≥ 2).
    pub spread: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gap {
    pub high: String,
    pub low: String,
    pub difference: f64,
    pub flagged: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub id: String,
    pub focal_point: String,
    pub text: String,
    pub weight: f64,
    pub overall: Option<f64>,
    /// Scored answers counted in the overall.
    pub answered: usize,
    /// "Don't know" answers counted in the overall.
    pub dont_know: usize,
    pub by_group: Vec<GroupScore>,
}

/// A focal point or a principle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AreaResult {
    pub id: String,
    pub title: String,
    pub overall: Option<f64>,
    pub by_group: Vec<GroupScore>,
    pub gap: Option<Gap>,
    /// Focal points only.
    pub rank: Option<usize>,
    pub robustness: Option<RankRange>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comment {
    pub question: String,
    pub text: String,
    /// The group, when it is shown.
    pub group: Option<String>,
    /// In a named round.
    pub respondent: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FocalComments {
    pub focal_point: String,
    pub comments: Vec<Comment>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extreme {
    pub question: String,
    pub focal_point: String,
    pub text: String,
    pub score: f64,
}

/// Everything an audit round's results page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditResults {
    pub settings: Settings,
    pub respondents: usize,
    pub groups: Vec<GroupSummary>,
    /// Why some groups are not shown (and whether they count), when some are not.
    pub note: Option<String>,
    pub questions: Vec<QuestionResult>,
    pub focal_points: Vec<AreaResult>,
    pub principles: Vec<AreaResult>,
    pub bottlenecks: Vec<Extreme>,
    pub opportunities: Vec<Extreme>,
    /// Raw text: only on the city's own results page, never published.
    pub comments: Vec<FocalComments>,
    /// What the robustness ranges vary, in words.
    pub robustness_method: String,
}

impl AuditResults {
    /// What may leave the city's account (published, or shown to anyone else): no comment
    /// nor name, and nothing of a group below the threshold — not its name, not its count
    /// (a total of respondents would give the count away); see [`public_groups`].
    pub fn public(&self) -> AuditResults {
        let (groups, respondents, note) =
            public_groups(&self.groups, self.note.as_deref(), self.settings.min_group);
        AuditResults {
            comments: Vec::new(),
            groups,
            respondents,
            note,
            ..self.clone()
        }
    }

    pub fn focal_point(&self, id: &str) -> Option<&AreaResult> {
        self.focal_points.iter().find(|f| f.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&QuestionResult> {
        self.questions.iter().find(|q| q.id == id)
    }
}

/// The groups, the number of respondents and the note that may be shown outside the city:
/// the groups shown, and the respondents of the groups that count (withheld groups that
/// count have together at least the threshold); the note without the withheld groups'
/// names.
pub fn public_groups(
    groups: &[GroupSummary],
    note: Option<&str>,
    min_group: usize,
) -> (Vec<GroupSummary>, usize, Option<String>) {
    let respondents = groups
        .iter()
        .filter(|g| g.visibility.counted())
        .map(|g| g.respondents)
        .sum();
    let shown = groups
        .iter()
        .filter(|g| g.visibility == Visibility::Shown)
        .cloned()
        .collect();
    let note = note.map(|_| {
        format!(
            "Groups with fewer than {min_group} respondents are not shown; their answers count in the overall figures only where that cannot give them away."
        )
    });
    (shown, respondents, note)
}

/// The answers to one question of one group: option scores and "don't know"s.
#[derive(Debug, Default, Clone)]
struct Cell {
    scores: Vec<f64>,
    dont_know: usize,
}

impl Cell {
    fn mean(&self) -> Option<f64> {
        mean(&self.scores)
    }
}

pub(crate) fn mean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
}

/// Sample standard deviation (n − 1).
pub(crate) fn sample_sd(xs: &[f64]) -> Option<f64> {
    let m = mean(xs)?;
    (xs.len() >= 2).then(|| {
        let ss: f64 = xs.iter().map(|x| (x - m).powi(2)).sum();
        (ss / (xs.len() - 1) as f64).sqrt()
    })
}

/// Σ wᵢ·sᵢ / Σ wᵢ over the pairs whose score is known.
pub(crate) fn weighted_mean(pairs: impl IntoIterator<Item = (f64, Option<f64>)>) -> Option<f64> {
    let (mut num, mut den) = (0.0, 0.0);
    for (w, s) in pairs {
        if let Some(s) = s {
            num += w * s;
            den += w;
        }
    }
    (den > 0.0).then(|| num / den)
}

/// The score of an answer, `None` for "don't know" (or an option the framework lacks,
/// which input checks refuse before anything is stored).
fn score_of(q: &Question, a: Answer) -> Option<f64> {
    match a {
        Answer::Option(i) => q.options.get(i).map(|o| o.score),
        Answer::DontKnow => None,
    }
}

/// Answers by (group, question).
struct Table {
    cells: BTreeMap<(String, String), Cell>,
}

impl Table {
    fn build(fw: &Framework, responses: &[Response]) -> Table {
        let mut cells: BTreeMap<(String, String), Cell> = BTreeMap::new();
        for r in responses {
            for (qid, a) in &r.answers {
                let Some(q) = fw.question(qid) else { continue };
                let cell = cells.entry((r.group.clone(), qid.clone())).or_default();
                match score_of(q, *a) {
                    Some(s) => cell.scores.push(s),
                    None => cell.dont_know += 1,
                }
            }
        }
        Table { cells }
    }

    fn cell(&self, group: &str, question: &str) -> Option<&Cell> {
        self.cells.get(&(group.to_string(), question.to_string()))
    }

    /// The overall score of a question over the groups in `counted` (weights `v`).
    fn overall(&self, fw: &Framework, counted: &[&str], question: &str) -> Option<f64> {
        weighted_mean(counted.iter().map(|g| {
            let v = fw.group(g).map(|x| x.weight).unwrap_or(1.0);
            (v, self.cell(g, question).and_then(Cell::mean))
        }))
    }
}

/// The questions of a focal point or principle.
struct Area<'a> {
    id: String,
    title: String,
    questions: Vec<&'a Question>,
}

fn areas_of_focal_points(fw: &Framework) -> Vec<Area<'_>> {
    fw.focal_points
        .iter()
        .map(|f: &FocalPoint| Area {
            id: f.id.clone(),
            title: f.title.clone(),
            questions: f.questions.iter().collect(),
        })
        .collect()
}

fn areas_of_principles(fw: &Framework) -> Vec<Area<'_>> {
    fw.principles
        .iter()
        .map(|p| Area {
            id: p.id.clone(),
            title: p.title.clone(),
            questions: fw
                .questions()
                .map(|(_, q)| q)
                .filter(|q| q.principles.contains(&p.id))
                .collect(),
        })
        .collect()
}

/// The overall score of an area from overall question scores.
fn area_overall(area: &Area<'_>, question_score: &BTreeMap<&str, Option<f64>>) -> Option<f64> {
    weighted_mean(area.questions.iter().map(|q| {
        (
            q.weight,
            question_score.get(q.id.as_str()).copied().flatten(),
        )
    }))
}

/// A respondent's own score of an area (for the spread within groups).
fn respondent_score(area: &Area<'_>, r: &Response) -> Option<f64> {
    weighted_mean(area.questions.iter().map(|q| {
        let s = r.answers.get(&q.id).and_then(|a| score_of(q, *a));
        (q.weight, s)
    }))
}

fn group_area(area: &Area<'_>, table: &Table, group: &str, responses: &[&Response]) -> GroupScore {
    let score = weighted_mean(
        area.questions
            .iter()
            .map(|q| (q.weight, table.cell(group, &q.id).and_then(Cell::mean))),
    );
    let own: Vec<f64> = responses
        .iter()
        .filter_map(|r| respondent_score(area, r))
        .collect();
    let dont_know = area
        .questions
        .iter()
        .filter_map(|q| table.cell(group, &q.id))
        .map(|c| c.dont_know)
        .sum();
    GroupScore {
        group: group.to_string(),
        score,
        respondents: own.len(),
        dont_know,
        spread: sample_sd(&own),
    }
}

/// The largest difference between the groups shown, and whether it is flagged.
pub(crate) fn gap(by_group: &[GroupScore], flag: f64) -> Option<Gap> {
    let scored: Vec<(&str, f64)> = by_group
        .iter()
        .filter_map(|g| g.score.map(|s| (g.group.as_str(), s)))
        .collect();
    if scored.len() < 2 {
        return None;
    }
    // The first of equal scores is taken, in the framework's order of groups.
    let high = scored
        .iter()
        .fold(scored[0], |best, x| if x.1 > best.1 { *x } else { best });
    let low = scored
        .iter()
        .fold(scored[0], |best, x| if x.1 < best.1 { *x } else { best });
    let difference = high.1 - low.1;
    Some(Gap {
        high: high.0.to_string(),
        low: low.0.to_string(),
        difference,
        // A gap of exactly the threshold is flagged; float noise must not unflag it.
        flagged: difference + 1e-9 >= flag,
    })
}

/// Scores an audit round.
pub fn score(fw: &Framework, responses: &[Response], settings: &Settings) -> AuditResults {
    let group_ids: Vec<&str> = fw.groups.iter().map(|g| g.id.as_str()).collect();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for r in responses {
        *counts.entry(r.group.clone()).or_default() += 1;
    }
    let disclosure = Disclosure::decide(&group_ids, &counts, settings.min_group);
    let counted: Vec<&str> = disclosure
        .groups
        .iter()
        .filter(|(_, _, v)| v.counted())
        .map(|(g, _, _)| g.as_str())
        .collect();
    let shown: Vec<&str> = disclosure.shown().collect();
    let table = Table::build(fw, responses);
    let by_group_responses =
        |g: &str| -> Vec<&Response> { responses.iter().filter(|r| r.group == g).collect() };

    let questions: Vec<QuestionResult> = fw
        .questions()
        .map(|(f, q)| question_result(fw, &table, f, q, &counted, &shown))
        .collect();
    let question_score: BTreeMap<&str, Option<f64>> = questions
        .iter()
        .map(|q| (q.id.as_str(), q.overall))
        .collect();

    let area_results = |areas: Vec<Area<'_>>| -> Vec<AreaResult> {
        areas
            .iter()
            .map(|a| {
                let by_group: Vec<GroupScore> = shown
                    .iter()
                    .map(|g| group_area(a, &table, g, &by_group_responses(g)))
                    .collect();
                AreaResult {
                    id: a.id.clone(),
                    title: a.title.clone(),
                    overall: area_overall(a, &question_score),
                    gap: gap(&by_group, settings.gap_flag),
                    by_group,
                    rank: None,
                    robustness: None,
                }
            })
            .collect()
    };
    let mut focal_points = area_results(areas_of_focal_points(fw));
    let principles = area_results(areas_of_principles(fw));

    let overall_of = |groups: &[&str]| -> Vec<Option<f64>> {
        let qs: BTreeMap<&str, Option<f64>> = fw
            .questions()
            .map(|(_, q)| (q.id.as_str(), table.overall(fw, groups, &q.id)))
            .collect();
        areas_of_focal_points(fw)
            .iter()
            .map(|a| area_overall(a, &qs))
            .collect()
    };
    let ranks = robustness::ranks(&focal_points.iter().map(|f| f.overall).collect::<Vec<_>>());
    let ranges = robustness::rank_ranges(
        fw,
        &question_score,
        &disclosure.units(),
        &counted,
        &overall_of,
        settings.weight_variation,
    );
    for ((f, rank), range) in focal_points.iter_mut().zip(ranks).zip(ranges) {
        f.rank = rank;
        f.robustness = range;
    }

    let title = |g: &str| {
        fw.group(g)
            .map(|x| x.title.clone())
            .unwrap_or_else(|| g.to_string())
    };
    AuditResults {
        settings: Settings {
            min_group: disclosure.min_group,
            ..*settings
        },
        respondents: responses.len(),
        groups: disclosure
            .groups
            .iter()
            .map(|(g, n, v)| GroupSummary {
                id: g.clone(),
                title: title(g),
                respondents: *n,
                visibility: *v,
            })
            .collect(),
        note: disclosure.note(title),
        bottlenecks: extremes(&questions, settings.extremes, false),
        opportunities: extremes(&questions, settings.extremes, true),
        comments: comments(fw, responses, &disclosure),
        questions,
        focal_points,
        principles,
        robustness_method: robustness::method(settings.weight_variation),
    }
}

fn question_result(
    fw: &Framework,
    table: &Table,
    f: &FocalPoint,
    q: &Question,
    counted: &[&str],
    shown: &[&str],
) -> QuestionResult {
    let cells: Vec<Option<&Cell>> = counted.iter().map(|g| table.cell(g, &q.id)).collect();
    QuestionResult {
        id: q.id.clone(),
        focal_point: f.id.clone(),
        text: q.text.clone(),
        weight: q.weight,
        overall: table.overall(fw, counted, &q.id),
        answered: cells.iter().flatten().map(|c| c.scores.len()).sum(),
        dont_know: cells.iter().flatten().map(|c| c.dont_know).sum(),
        by_group: shown
            .iter()
            .map(|g| {
                let c = table.cell(g, &q.id);
                GroupScore {
                    group: g.to_string(),
                    score: c.and_then(Cell::mean),
                    respondents: c.map(|c| c.scores.len()).unwrap_or(0),
                    dont_know: c.map(|c| c.dont_know).unwrap_or(0),
                    spread: c.and_then(|c| sample_sd(&c.scores)),
                }
            })
            .collect(),
    }
}

fn extremes(questions: &[QuestionResult], k: usize, highest: bool) -> Vec<Extreme> {
    let mut scored: Vec<(usize, &QuestionResult, f64)> = questions
        .iter()
        .enumerate()
        .filter_map(|(i, q)| q.overall.map(|s| (i, q, s)))
        .collect();
    scored.sort_by(|a, b| {
        let by_score = a.2.total_cmp(&b.2);
        let by_score = if highest {
            by_score.reverse()
        } else {
            by_score
        };
        by_score.then(a.0.cmp(&b.0))
    });
    scored
        .into_iter()
        .take(k)
        .map(|(_, q, score)| Extreme {
            question: q.id.clone(),
            focal_point: q.focal_point.clone(),
            text: q.text.clone(),
            score,
        })
        .collect()
}

fn comments(fw: &Framework, responses: &[Response], d: &Disclosure) -> Vec<FocalComments> {
    fw.focal_points
        .iter()
        .filter_map(|f| {
            let comments: Vec<Comment> = f
                .questions
                .iter()
                .flat_map(|q| {
                    responses.iter().filter_map(move |r| {
                        let text = r.comments.get(&q.id)?.trim();
                        (!text.is_empty()).then(|| Comment {
                            question: q.id.clone(),
                            text: text.to_string(),
                            group: (d.visibility(&r.group) == Visibility::Shown)
                                .then(|| r.group.clone()),
                            respondent: r.respondent.clone(),
                        })
                    })
                })
                .collect();
            (!comments.is_empty()).then(|| FocalComments {
                focal_point: f.id.clone(),
                comments,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(id: &str, score: f64) -> GroupScore {
        GroupScore {
            group: id.into(),
            score: Some(score),
            respondents: 5,
            dont_know: 0,
            spread: None,
        }
    }

    #[test]
    fn a_gap_of_exactly_the_threshold_is_flagged() {
        // 58.3333… − 33.3333… is 25 up to rounding; it must not fall just below.
        let gap = gap(&[g("a", 175.0 / 3.0), g("b", 100.0 / 3.0)], 25.0).unwrap();
        assert!(gap.flagged);
        let gap = super::gap(&[g("a", 74.9), g("b", 50.0)], 25.0).unwrap();
        assert!(!gap.flagged);
        assert!(super::gap(&[g("a", 10.0)], 25.0).is_none());
    }
}
