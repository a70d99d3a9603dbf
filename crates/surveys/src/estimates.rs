//! Weighted estimates from a survey's responses, with honest uncertainty and nothing that
//! could reveal a respondent.
//!
//! Per question, for all respondents and for each class of a breakdown (a respondent group,
//! or any single-choice answer):
//! * **choices** (single, multiple, Likert): the weighted share of each choice among those
//!   who answered, with its logit interval (Korn & Graubard 1999, §3.2);
//! * **Likert scales** also the mean score and the top-2-box share (the two highest points);
//! * **numbers**: the weighted mean;
//! * **free text**: the answers themselves, only where a cell has at least `min_cell`.
//!
//! The estimator is the one the engine uses, [`stats::survey::TaylorDesign`], with each
//! respondent their own primary unit and no strata (the design of a register-based or open
//! survey; samplics' "no design"): the variance of a weighted share is that of a ratio
//! estimator by Taylor linearisation, weights treated as fixed after raking. Rows without
//! an answer to the question are left out before estimating (listwise, per question), as
//! samplics and R's survey package do. Domains keep every answering respondent in the
//! design, so their intervals count the uncertainty of the domain's size too.
//!
//! **What is withheld, and why.** The unweighted counts behind each question form a table
//! (domain × choice, with totals), protected by the engine's disclosure control
//! ([`stats::disclosure::protect`]): a choice chosen by fewer than `min_cell` respondents of
//! a domain is withheld (primary suppression), and so are the complements that would give it
//! back by subtraction (secondary suppression, checked by the exact audit). A domain's mean
//! and top-2-box are published only when every choice of the domain is: together with the
//! domain's total they would give a withheld count back. Every estimate then passes the
//! reliability rules on its unweighted n (by default withheld below 20, flagged `u` below
//! 50), as every figure of the observatory does.

use crate::answer::{Answer, Answers};
use serde::{Deserialize, Serialize};
use stats::disclosure::{
    self, CellData, CellStatus, Dimension, PrimaryRules, SecondaryOptions, Table,
};
use stats::survey::{Estimate, Fpc, Parameter, Reliability, ReliabilityThresholds, TaylorDesign};

/// What kind of answers a question collects, as far as estimation is concerned.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemKind {
    /// One choice among the names given.
    Single(Vec<String>),
    /// Any number of the choices given.
    Multiple(Vec<String>),
    /// An ordinal scale whose choices are the points 1..=k (names "1", "2", …), in order.
    Scale(Vec<String>),
    /// A number.
    Number,
    /// Free text.
    Text,
}

/// One question to estimate.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub name: String,
    pub kind: ItemKind,
}

/// The classes respondents are broken down by: a single-choice question and its choices.
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    pub question: String,
    pub classes: Vec<String>,
}

/// Thresholds of the estimates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EstimateOptions {
    /// Confidence level of the intervals.
    pub level: f64,
    /// Fewer respondents than this in a cell (a choice in a domain, or free-text answers) are
    /// never published.
    pub min_cell: u64,
    pub reliability: ReliabilityThresholds,
}

impl Default for EstimateOptions {
    fn default() -> Self {
        EstimateOptions {
            level: 0.95,
            min_cell: 5,
            reliability: ReliabilityThresholds::default(),
        }
    }
}

/// The domain of a figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "domain", content = "class", rename_all = "snake_case")]
pub enum Domain {
    /// Everyone who answered.
    All,
    /// One class of the breakdown.
    Class(String),
    /// Those who did not answer the breakdown's question.
    NotAnswered,
}

/// What a figure estimates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "statistic", content = "choice", rename_all = "snake_case")]
pub enum Statistic {
    /// The share of respondents giving this choice.
    Share(String),
    /// The mean (of a number, or of a scale's points).
    Mean,
    /// The share giving one of the two highest points of a scale.
    TopTwoBox,
}

/// Why a figure is not published.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Withheld {
    /// Fewer than `min_cell` respondents in the cell.
    SmallCell,
    /// Withheld to protect a small cell that could be computed back from it.
    Complementary,
    /// Too few respondents in the domain for a reliable estimate.
    Unreliable,
}

/// A published figure: the estimate with its interval, or the reason it is withheld.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub domain: Domain,
    pub statistic: Statistic,
    /// The estimate, `None` when withheld.
    pub estimate: Option<Published>,
    pub withheld: Option<Withheld>,
}

/// The numbers of a published figure.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Published {
    pub estimate: f64,
    pub std_error: f64,
    pub lower: f64,
    pub upper: f64,
    pub cv: Option<f64>,
    /// Unweighted respondents of the domain who answered.
    pub n: u64,
    /// `u` when the estimate is of low reliability.
    pub flag: Option<char>,
}

/// Free-text answers of a domain: listed only from `min_cell` answers on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Texts {
    pub domain: Domain,
    /// The answers, `None` when there are fewer than `min_cell`.
    pub answers: Option<Vec<String>>,
    pub count: usize,
}

/// Everything estimated for one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemEstimates {
    pub question: String,
    /// The breakdown's question, if any.
    pub breakdown: Option<String>,
    pub figures: Vec<Figure>,
    pub texts: Vec<Texts>,
}

/// Why the estimates could not be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EstimateError {
    #[error("the responses and the weights differ in number ({responses} and {weights})")]
    Lengths { responses: usize, weights: usize },
    #[error("question '{question}': {message}")]
    Estimation { question: String, message: String },
}

/// A respondent's position in the domains (index into the domain list).
fn domain_of(answers: &Answers, breakdown: Option<&Breakdown>) -> Option<usize> {
    let b = breakdown?;
    Some(match answers.get(&b.question) {
        Some(Answer::Choice(c)) => b
            .classes
            .iter()
            .position(|k| k == c)
            .unwrap_or(b.classes.len()),
        _ => b.classes.len(),
    })
}

/// The domains to report: all, the classes, and "not answered" when someone did not answer.
fn domains(breakdown: Option<&Breakdown>, any_unanswered: bool) -> Vec<Domain> {
    let mut out = vec![Domain::All];
    if let Some(b) = breakdown {
        out.extend(b.classes.iter().cloned().map(Domain::Class));
        if any_unanswered {
            out.push(Domain::NotAnswered);
        }
    }
    out
}

/// The 0/1 indicators of a choice item: one column per choice.
fn indicators(kind: &ItemKind, answer: &Answer) -> Option<Vec<f64>> {
    let of = |choices: &[String], chosen: &dyn Fn(&str) -> bool| {
        choices
            .iter()
            .map(|c| if chosen(c) { 1.0 } else { 0.0 })
            .collect()
    };
    match (kind, answer) {
        (ItemKind::Single(cs) | ItemKind::Scale(cs), Answer::Choice(a)) => {
            cs.contains(a).then(|| of(cs, &|c| c == a))
        }
        (ItemKind::Multiple(cs), Answer::Choices(a)) => Some(of(cs, &|c| a.iter().any(|x| x == c))),
        _ => None,
    }
}

/// The respondents who answered the item (and are weighted): weight and breakdown class.
struct Rows {
    weight: Vec<f64>,
    /// Domain class per row (`None` without breakdown).
    class: Vec<Option<usize>>,
}

impl Rows {
    fn mask(&self, domain: usize) -> Vec<bool> {
        // Domain 0 is "all"; domain k ≥ 1 is class k − 1.
        self.class
            .iter()
            .map(|c| domain == 0 || *c == Some(domain - 1))
            .collect()
    }
}

fn estimate_one(
    design: &TaylorDesign,
    rows: &Rows,
    mask: &[bool],
    parameter: Parameter,
    y: &[f64],
    options: &EstimateOptions,
) -> std::result::Result<Option<Estimate>, String> {
    let n = mask.iter().filter(|m| **m).count();
    // Fewer than two answering rows leave no degree of freedom for an interval: withheld by
    // the reliability rule in any case.
    if n < 2 || design.df() < 1.0 {
        return Ok(None);
    }
    design
        .estimate(parameter, &rows.weight, y, None, Some(mask), options.level)
        .map(Some)
        .map_err(|e| e.to_string())
}

fn publish(
    e: Option<Estimate>,
    n: u64,
    options: &EstimateOptions,
) -> (Option<Published>, Option<Withheld>) {
    let Some(e) = e else {
        return (None, Some(Withheld::Unreliable));
    };
    match options.reliability.assess_estimate(&e) {
        Reliability::Suppressed(_) => (None, Some(Withheld::Unreliable)),
        r => (
            Some(Published {
                estimate: e.estimate,
                std_error: e.std_error,
                lower: e.lower,
                upper: e.upper,
                cv: e.cv,
                n,
                flag: r.flag(),
            }),
            None,
        ),
    }
}

/// The disclosure status of every (domain, choice) count, domains × choices; `None` for a
/// published cell. Domain 0 is "all", the total of the others. Single choices form one
/// table (the choices add up to the domain); each choice of a multiple choice is its own
/// table of yes, no and total.
fn protect_counts(
    counts: &[Vec<u64>],
    totals: &[u64],
    exclusive: bool,
    min_cell: u64,
) -> std::result::Result<Vec<Vec<Option<Withheld>>>, String> {
    let classes = counts.len() - 1;
    // Rows of the disclosure table, as domains: the classes, then their total "all".
    let order: Vec<usize> = if classes == 0 {
        vec![0]
    } else {
        (1..=classes).chain([0]).collect()
    };
    let rules = PrimaryRules {
        min_frequency: min_cell,
        ..PrimaryRules::default()
    };
    let err = |e: disclosure::DisclosureError| e.to_string();
    // Protects a table of `width` columns (the last one their total) with the columns of each
    // domain; returns the status per domain and column.
    let protect = |columns: &dyn Fn(usize) -> Vec<u64>, names: &[&str]| {
        let rows = if classes == 0 {
            Dimension::without_total("domain", &["all"])
        } else {
            let names: Vec<String> = (0..classes).map(|i| i.to_string()).collect();
            Dimension::flat("domain", &names, "all")
        };
        let cells: Vec<CellData> = order
            .iter()
            .flat_map(|&d| columns(d))
            .map(CellData::count)
            .collect();
        let table = Table::new(vec![rows, Dimension::flat("choice", names, "total")], cells)
            .map_err(err)?;
        let p = disclosure::protect(table, &rules, &SecondaryOptions::default()).map_err(err)?;
        let width = names.len() + 1;
        let mut by_domain = vec![Vec::new(); counts.len()];
        for (r, &d) in order.iter().enumerate() {
            by_domain[d] = p.status[r * width..(r + 1) * width].to_vec();
        }
        Ok::<_, String>(by_domain)
    };
    let status_of = |s: &CellStatus| match s {
        CellStatus::Published => None,
        CellStatus::Primary(_) => Some(Withheld::SmallCell),
        CellStatus::Secondary => Some(Withheld::Complementary),
    };
    let k = counts[0].len();
    let mut out = vec![vec![None; k]; counts.len()];
    if exclusive {
        let names: Vec<String> = (0..k).map(|i| i.to_string()).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let status = protect(
            &|d| counts[d].iter().copied().chain([totals[d]]).collect(),
            &names,
        )?;
        for (d, row) in status.iter().enumerate() {
            for c in 0..k {
                out[d][c] = status_of(&row[c]);
            }
        }
    } else {
        for c in 0..k {
            let status = protect(
                &|d| vec![counts[d][c], totals[d] - counts[d][c], totals[d]],
                &["yes", "no"],
            )?;
            for (d, row) in status.iter().enumerate() {
                out[d][c] = status_of(&row[0]);
            }
        }
    }
    Ok(out)
}

/// Estimates one question from the responses and their weights (`None`: the respondent is
/// not weighted and left out).
pub fn estimate_item(
    item: &Item,
    responses: &[Answers],
    weights: &[Option<f64>],
    breakdown: Option<&Breakdown>,
    options: &EstimateOptions,
) -> Result<ItemEstimates, EstimateError> {
    if responses.len() != weights.len() {
        return Err(EstimateError::Lengths {
            responses: responses.len(),
            weights: weights.len(),
        });
    }
    let fail = |message: String| EstimateError::Estimation {
        question: item.name.clone(),
        message,
    };
    let answered: Vec<(&Answers, f64, &Answer)> = responses
        .iter()
        .zip(weights)
        .filter_map(|(r, w)| Some((r, (*w)?, r.get(&item.name)?)))
        .collect();
    let rows = Rows {
        weight: answered.iter().map(|(_, w, _)| *w).collect(),
        class: answered
            .iter()
            .map(|(r, _, _)| domain_of(r, breakdown))
            .collect(),
    };
    let n_classes = breakdown.map_or(0, |b| b.classes.len());
    let any_unanswered = rows.class.contains(&Some(n_classes));
    let domains = domains(breakdown, any_unanswered);
    let mut out = ItemEstimates {
        question: item.name.clone(),
        breakdown: breakdown.map(|b| b.question.clone()),
        figures: Vec::new(),
        texts: Vec::new(),
    };
    if let ItemKind::Text = item.kind {
        for (d, domain) in domains.iter().enumerate() {
            let texts: Vec<String> = answered
                .iter()
                .zip(rows.mask(d))
                .filter(|(_, m)| *m)
                .filter_map(|((_, _, a), _)| match a {
                    Answer::Text(t) => Some(t.clone()),
                    _ => None,
                })
                .collect();
            let count = texts.len();
            out.texts.push(Texts {
                domain: domain.clone(),
                answers: (count as u64 >= options.min_cell).then_some(texts),
                count,
            });
        }
        return Ok(out);
    }
    if answered.is_empty() {
        return Ok(out);
    }
    let design = TaylorDesign::new(answered.len(), None, None, Fpc::None)
        .map_err(|e| fail(e.to_string()))?;
    let masks: Vec<Vec<bool>> = (0..domains.len()).map(|d| rows.mask(d)).collect();
    let ns: Vec<u64> = masks
        .iter()
        .map(|m| m.iter().filter(|x| **x).count() as u64)
        .collect();
    if let ItemKind::Number = item.kind {
        let y: Vec<f64> = answered
            .iter()
            .map(|(_, _, a)| match a {
                Answer::Number(x) => *x,
                _ => 0.0,
            })
            .collect();
        for (d, domain) in domains.iter().enumerate() {
            let e = estimate_one(&design, &rows, &masks[d], Parameter::Mean, &y, options)
                .map_err(fail)?;
            let (estimate, withheld) = publish(e, ns[d], options);
            out.figures.push(Figure {
                domain: domain.clone(),
                statistic: Statistic::Mean,
                estimate,
                withheld,
            });
        }
        return Ok(out);
    }
    let (choices, exclusive) = match &item.kind {
        ItemKind::Single(c) | ItemKind::Scale(c) => (c, true),
        ItemKind::Multiple(c) => (c, false),
        ItemKind::Number | ItemKind::Text => unreachable!("handled above"),
    };
    let ind: Vec<Vec<f64>> = answered
        .iter()
        .map(|(_, _, a)| indicators(&item.kind, a).unwrap_or_else(|| vec![0.0; choices.len()]))
        .collect();
    // Unweighted counts per domain (row 0 = all) and choice, and the domains' totals.
    let counts: Vec<Vec<u64>> = masks
        .iter()
        .map(|m| {
            (0..choices.len())
                .map(|c| ind.iter().zip(m).filter(|(i, m)| **m && i[c] > 0.0).count() as u64)
                .collect()
        })
        .collect();
    let withheld = protect_counts(&counts, &ns, exclusive, options.min_cell).map_err(fail)?;
    for (d, domain) in domains.iter().enumerate() {
        for (c, choice) in choices.iter().enumerate() {
            let y: Vec<f64> = ind.iter().map(|i| i[c]).collect();
            let (estimate, w) = match withheld[d][c] {
                Some(w) => (None, Some(w)),
                None => publish(
                    estimate_one(
                        &design,
                        &rows,
                        &masks[d],
                        Parameter::Proportion,
                        &y,
                        options,
                    )
                    .map_err(fail)?,
                    ns[d],
                    options,
                ),
            };
            out.figures.push(Figure {
                domain: domain.clone(),
                statistic: Statistic::Share(choice.clone()),
                estimate,
                withheld: w,
            });
        }
        if let ItemKind::Scale(points) = &item.kind {
            let whole_row_published = withheld[d].iter().all(Option::is_none);
            let k = points.len();
            let score: Vec<f64> = ind
                .iter()
                .map(|i| {
                    i.iter()
                        .position(|x| *x > 0.0)
                        .map_or(0.0, |p| (p + 1) as f64)
                })
                .collect();
            let top: Vec<f64> = ind
                .iter()
                .map(|i| {
                    if k >= 2 && (i[k - 1] > 0.0 || i[k - 2] > 0.0) {
                        1.0
                    } else {
                        0.0
                    }
                })
                .collect();
            for (statistic, parameter, y) in [
                (Statistic::Mean, Parameter::Mean, &score),
                (Statistic::TopTwoBox, Parameter::Proportion, &top),
            ] {
                let (estimate, w) = if whole_row_published {
                    publish(
                        estimate_one(&design, &rows, &masks[d], parameter, y, options)
                            .map_err(fail)?,
                        ns[d],
                        options,
                    )
                } else {
                    (None, Some(Withheld::Complementary))
                };
                out.figures.push(Figure {
                    domain: domain.clone(),
                    statistic,
                    estimate,
                    withheld: w,
                });
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn respondent(group: &str, answer: &str) -> Answers {
        let mut a = Answers::new();
        a.insert("group".into(), Answer::Choice(group.into()));
        a.insert("q".into(), Answer::Choice(answer.into()));
        a
    }

    fn figure<'a>(e: &'a ItemEstimates, d: &Domain, s: &Statistic) -> &'a Figure {
        e.figures
            .iter()
            .find(|f| &f.domain == d && &f.statistic == s)
            .expect("figure")
    }

    #[test]
    fn small_cells_and_their_complements_are_withheld() {
        // Group a: 22 respondents, 2 of them "no" (a small cell); group b: 25, 12 "no".
        let mut rs = Vec::new();
        rs.extend((0..20).map(|_| respondent("a", "yes")));
        rs.extend((0..2).map(|_| respondent("a", "no")));
        rs.extend((0..13).map(|_| respondent("b", "yes")));
        rs.extend((0..12).map(|_| respondent("b", "no")));
        let weights = vec![Some(10.0); rs.len()];
        let item = Item {
            name: "q".into(),
            kind: ItemKind::Single(vec!["yes".into(), "no".into()]),
        };
        let by = Breakdown {
            question: "group".into(),
            classes: vec!["a".into(), "b".into()],
        };
        let e =
            estimate_item(&item, &rs, &weights, Some(&by), &EstimateOptions::default()).unwrap();
        let a = Domain::Class("a".into());
        let b = Domain::Class("b".into());
        let no = Statistic::Share("no".into());
        let yes = Statistic::Share("yes".into());
        assert_eq!(figure(&e, &a, &no).withheld, Some(Withheld::SmallCell));
        // "yes" in a would give "no" back as a's total minus it.
        assert_eq!(figure(&e, &a, &yes).withheld, Some(Withheld::Complementary));
        // Along the choice "no", all minus b would give a's 2 back: one of them goes too.
        let all_no = figure(&e, &Domain::All, &no).withheld;
        let b_no = figure(&e, &b, &no).withheld;
        assert!(all_no.is_some() || b_no.is_some());
        // With equal weights the share is the plain proportion, and its SE the textbook
        // with-replacement √(p(1−p)/(n−1)) for a domain that is everyone (n = 47).
        let p = 33.0 / 47.0;
        let all_yes = figure(&e, &Domain::All, &yes).estimate.expect("published");
        assert!((all_yes.estimate - p).abs() < 1e-12);
        let se = (p * (1.0 - p) / 46.0).sqrt();
        assert!(
            (all_yes.std_error - se).abs() < 1e-12,
            "{} {se}",
            all_yes.std_error
        );
        assert_eq!(all_yes.n, 47);
        assert_eq!(all_yes.flag, Some('u'));
        assert!(all_yes.lower < p && p < all_yes.upper);
    }

    #[test]
    fn a_scale_has_its_mean_and_top_two_box_and_texts_need_five() {
        let mut rs = Vec::new();
        for (point, times) in [("1", 5), ("2", 5), ("3", 6), ("4", 7), ("5", 7)] {
            rs.extend((0..times).map(|_| respondent("a", point)));
        }
        let weights = vec![Some(1.0); rs.len()];
        let points: Vec<String> = (1..=5).map(|i| i.to_string()).collect();
        let item = Item {
            name: "q".into(),
            kind: ItemKind::Scale(points),
        };
        let e = estimate_item(&item, &rs, &weights, None, &EstimateOptions::default()).unwrap();
        let mean = figure(&e, &Domain::All, &Statistic::Mean)
            .estimate
            .expect("mean");
        assert!((mean.estimate - (5.0 + 10.0 + 18.0 + 28.0 + 35.0) / 30.0).abs() < 1e-12);
        let top = figure(&e, &Domain::All, &Statistic::TopTwoBox)
            .estimate
            .expect("top");
        assert!((top.estimate - 14.0 / 30.0).abs() < 1e-12);

        let mut texts: Vec<Answers> = Vec::new();
        for (g, t) in [("a", "more courses"), ("a", "evening hours"), ("b", "x")] {
            let mut a = Answers::new();
            a.insert("group".into(), Answer::Choice(g.into()));
            a.insert("say".into(), Answer::Text(t.into()));
            texts.push(a);
        }
        let item = Item {
            name: "say".into(),
            kind: ItemKind::Text,
        };
        let e = estimate_item(
            &item,
            &texts,
            &[Some(1.0); 3],
            None,
            &EstimateOptions::default(),
        )
        .unwrap();
        assert_eq!(e.texts[0].count, 3);
        assert_eq!(e.texts[0].answers, None);
    }
}
