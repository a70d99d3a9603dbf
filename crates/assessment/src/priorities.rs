//! The stakeholder priorities questionnaire: every focal point rated for importance on the
//! framework's scale (1 "not important at all" … 5 "very important", as in the ReSOMA
//! stakeholder survey, seed 003 §4, Table 1, which reports the weighted average and n).
//!
//! Per focal point: per group shown, the mean rating and n; overall, the weighted mean of
//! the groups' means (group weights, all 1: as in the audit, so that one large group does
//! not decide the priorities) over the groups that count; and the pooled mean of all
//! counted respondents' ratings (the ReSOMA table's "weighted average": each rating
//! weighted by how many gave it). "Don't know" is counted, not rated. The same small-group
//! rules as the audit apply ([`crate::disclosure`]).

use crate::disclosure::{Disclosure, Visibility};
use crate::framework::Framework;
use crate::robustness::ranks;
use crate::scoring::{Answer, GroupSummary, Response, mean, weighted_mean};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupRating {
    pub group: String,
    pub mean: Option<f64>,
    pub n: usize,
    pub dont_know: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PriorityResult {
    pub focal_point: String,
    pub title: String,
    /// Groups weighted equally.
    pub overall: Option<f64>,
    /// All counted respondents pooled (the ReSOMA survey's weighted average).
    pub pooled: Option<f64>,
    /// Ratings counted.
    pub n: usize,
    pub dont_know: usize,
    pub by_group: Vec<GroupRating>,
    /// 1 = the most important (by `overall`); equal means share a rank.
    pub rank: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PriorityResults {
    pub min_group: usize,
    pub respondents: usize,
    pub groups: Vec<GroupSummary>,
    pub note: Option<String>,
    pub scale: Vec<crate::framework::ScalePoint>,
    pub items: Vec<PriorityResult>,
}

impl PriorityResults {
    /// What may leave the city's account: see [`crate::scoring::AuditResults::public`].
    pub fn public(&self) -> PriorityResults {
        let (groups, respondents, note) =
            crate::scoring::public_groups(&self.groups, self.note.as_deref(), self.min_group);
        PriorityResults {
            groups,
            respondents,
            note,
            ..self.clone()
        }
    }
}

/// The rating an answer gives: the scale value of the chosen position.
fn rating(fw: &Framework, a: Answer) -> Option<f64> {
    match a {
        Answer::Option(i) => fw
            .priorities
            .as_ref()
            .and_then(|p| p.scale.get(i))
            .map(|s| f64::from(s.value)),
        Answer::DontKnow => None,
    }
}

/// Scores a priorities round; the answers are keyed by focal point id.
pub fn score(fw: &Framework, responses: &[Response], min_group: usize) -> PriorityResults {
    let ids: Vec<&str> = fw.groups.iter().map(|g| g.id.as_str()).collect();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for r in responses {
        *counts.entry(r.group.clone()).or_default() += 1;
    }
    let d = Disclosure::decide(&ids, &counts, min_group);
    let title = |g: &str| {
        fw.group(g)
            .map(|x| x.title.clone())
            .unwrap_or_else(|| g.to_string())
    };
    let ratings = |group: &str, fp: &str| -> (Vec<f64>, usize) {
        let mut xs = Vec::new();
        let mut dk = 0;
        for r in responses.iter().filter(|r| r.group == group) {
            match r.answers.get(fp).map(|a| rating(fw, *a)) {
                Some(Some(x)) => xs.push(x),
                Some(None) => dk += 1,
                None => {}
            }
        }
        (xs, dk)
    };
    let mut items: Vec<PriorityResult> =
        fw.focal_points
            .iter()
            .map(|f| {
                let counted: Vec<(&str, Vec<f64>, usize)> = d
                    .groups
                    .iter()
                    .filter(|(_, _, v)| v.counted())
                    .map(|(g, _, _)| {
                        let (xs, dk) = ratings(g, &f.id);
                        (g.as_str(), xs, dk)
                    })
                    .collect();
                let pooled: Vec<f64> = counted.iter().flat_map(|c| c.1.iter().copied()).collect();
                PriorityResult {
                    focal_point: f.id.clone(),
                    title: f.title.clone(),
                    overall: weighted_mean(counted.iter().map(|(g, xs, _)| {
                        (fw.group(g).map(|x| x.weight).unwrap_or(1.0), mean(xs))
                    })),
                    pooled: mean(&pooled),
                    n: pooled.len(),
                    dont_know: counted.iter().map(|c| c.2).sum(),
                    by_group: counted
                        .iter()
                        .filter(|(g, _, _)| d.visibility(g) == Visibility::Shown)
                        .map(|(g, xs, dk)| GroupRating {
                            group: g.to_string(),
                            mean: mean(xs),
                            n: xs.len(),
                            dont_know: *dk,
                        })
                        .collect(),
                    rank: None,
                }
            })
            .collect();
    let r = ranks(&items.iter().map(|i| i.overall).collect::<Vec<_>>());
    for (item, rank) in items.iter_mut().zip(r) {
        item.rank = rank;
    }
    PriorityResults {
        min_group: d.min_group,
        respondents: responses.len(),
        groups: d
            .groups
            .iter()
            .map(|(g, n, v)| GroupSummary {
                id: g.clone(),
                title: title(g),
                respondents: *n,
                visibility: *v,
            })
            .collect(),
        note: d.note(title),
        scale: fw
            .priorities
            .as_ref()
            .map(|p| p.scale.clone())
            .unwrap_or_default(),
        items,
    }
}
