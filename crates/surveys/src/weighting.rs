//! Weighting the responses to the city's population: raking (iterative proportional
//! fitting) to known margins — residents by group, by sex, by age band from the register —
//! then, if asked, trimming of extreme weights, with everything that happened reported.
//!
//! A city's survey is never a perfect sample: some groups answer more than others. Raking
//! gives every respondent a weight so that the weighted counts of each margin equal the
//! population's (Deming & Stephan 1940; Deville, Särndal & Sautory 1993). The raking itself
//! is the one of [`stats::survey::rake`], checked against samplics; this module maps answers
//! to margin classes, checks the margins first with messages a town hall can act on, and
//! reports the cost of the weighting in precision: Kish's design effect due to unequal
//! weights `deff = n Σw² / (Σw)²` and the effective sample size `n / deff` (Kish 1965, §11.7).
//!
//! Respondents who did not answer a margin's question cannot be placed in its classes; they
//! are left out of the weighted estimates and counted in [`Weighting::unplaced`], never
//! silently given a weight.

use crate::answer::{Answer, Answers};
use serde::{Deserialize, Serialize};
use stats::survey::{Margin, RakingOptions};
use std::collections::BTreeMap;

/// The relative tolerance within which the margins must add up to the same population.
pub const MARGIN_AGREEMENT: f64 = 1e-6;

/// One margin: the question whose answer places a respondent in a class, and the population
/// of each class (by the choice's name).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarginSpec {
    /// The question (e.g. `sex`, `age_band`, `birth_group`).
    pub question: String,
    /// Where the totals come from, for the report (e.g. "register 2024-01-01, Eurostat urb_cpopcb").
    #[serde(default)]
    pub source: String,
    /// Population by choice name. A class of several choices joins their names with `+`
    /// (`EU27_2020_FOR + NEU27_2020_FOR`: born abroad), for a population known only for
    /// the choices together.
    pub totals: BTreeMap<String, f64>,
}

impl MarginSpec {
    /// The choices of each class, in the order of `totals`.
    fn classes(&self) -> Vec<Vec<&str>> {
        self.totals.keys().map(|k| choices_of(k)).collect()
    }
}

/// The choices a class name stands for: itself, or the names joined with `+`.
fn choices_of(class: &str) -> Vec<&str> {
    class.split('+').map(str::trim).collect()
}

/// How to weight: the margins, and the optional bounds and trimming.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeightingSpec {
    #[serde(rename = "margin")]
    pub margins: Vec<MarginSpec>,
    /// Bounds `[L, U]` on each respondent's adjustment factor (calibrated ÷ base weight).
    #[serde(default)]
    pub bounds: Option<[f64; 2]>,
    /// Trim weights above this multiple of the mean weight, then rake again (up to
    /// [`TRIM_ROUNDS`] times) so that the margins hold again.
    #[serde(default)]
    pub trim_above_mean: Option<f64>,
}

impl WeightingSpec {
    /// Reads a margins file (TOML): `[[margin]]` tables with `question`, `totals` and an
    /// optional `source`, and optional `bounds = [L, U]` and `trim_above_mean`.
    pub fn from_toml(text: &str) -> Result<WeightingSpec, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }
}

/// How many trim-and-rake rounds are tried.
pub const TRIM_ROUNDS: usize = 20;

/// Why a weighting could not be done: each message says what to change.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WeightingError {
    #[error(
        "no margins: give at least one margin (a question and the population of each of its choices)"
    )]
    NoMargins,
    #[error("margin '{question}': the question is used in two margins")]
    DuplicateMargin { question: String },
    #[error("margin '{question}': the choice '{choice}' is in two classes; put it in one of them")]
    ChoiceInTwoClasses { question: String, choice: String },
    #[error(
        "the margins do not add up to the same population: '{first}' totals {first_total} but '{other}' totals {other_total}; correct the totals (they must describe the same population)"
    )]
    Disagree {
        first: String,
        first_total: f64,
        other: String,
        other_total: f64,
    },
    #[error(
        "margin '{question}', class '{class}': the population {total} must be a positive number"
    )]
    BadTotal {
        question: String,
        class: String,
        total: f64,
    },
    #[error(
        "margin '{question}': the answer '{answer}' has no population total; add it to the margin or merge it into another class"
    )]
    UnknownClass { question: String, answer: String },
    #[error(
        "margin '{question}', class '{class}': no respondent is in this class, so it cannot be weighted up to its population of {total}; merge it with a neighbouring class or collect more responses"
    )]
    EmptyClass {
        question: String,
        class: String,
        total: f64,
    },
    #[error("margin '{question}': the answers to it are not single choices")]
    NotAChoice { question: String },
    #[error("no respondent answered every margin's question")]
    NobodyPlaced,
    #[error("bounds [{0}, {1}] must satisfy 0 < lower ≤ 1 ≤ upper")]
    BadBounds(f64, f64),
    #[error("trimming at {0} × the mean weight must be above 1")]
    BadTrim(f64),
    #[error("raking failed: {0}")]
    Raking(String),
}

/// The weights and how they were obtained.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Weighting {
    /// Per respondent (in the order given): the weight before calibration (the design
    /// weight, or population ÷ respondents for all), `None` when the respondent could not
    /// be placed.
    pub base: Vec<Option<f64>>,
    /// Per respondent: the calibrated weight, `None` when not placed.
    pub calibrated: Vec<Option<f64>>,
    /// Respondents left out because a margin's question was unanswered.
    pub unplaced: usize,
    /// Sweeps of the last raking.
    pub iterations: usize,
    pub converged: bool,
    /// Largest relative deviation of a weighted margin from its total after the last step.
    pub max_deviation: f64,
    /// Weights capped by trimming (0 without trimming).
    pub trimmed: usize,
    /// Weights still above the cap after the last round: the margins need them (too few
    /// respondents in a class to reach its population within the cap).
    pub above_cap: usize,
    /// Respondents whose adjustment factor sits at a bound.
    pub at_bounds: usize,
    /// Kish's design effect due to unequal weights.
    pub design_effect: f64,
    /// `n / deff`.
    pub effective_n: f64,
    /// Smallest and largest calibrated weight.
    pub range: (f64, f64),
    /// The population the weights add up to.
    pub population: f64,
}

impl Weighting {
    /// The calibrated weights of the placed respondents, with their positions.
    pub fn placed(&self) -> impl Iterator<Item = (usize, f64)> + '_ {
        self.calibrated
            .iter()
            .enumerate()
            .filter_map(|(i, w)| w.map(|w| (i, w)))
    }
}

/// Kish's design effect due to unequal weights, `n Σw² / (Σw)²`, and the effective sample
/// size `(Σw)² / Σw²`.
pub fn kish(weights: &[f64]) -> (f64, f64) {
    let n = weights.len() as f64;
    let sum: f64 = weights.iter().sum();
    let squares: f64 = weights.iter().map(|w| w * w).sum();
    if n == 0.0 || squares == 0.0 {
        return (f64::NAN, 0.0);
    }
    let effective = sum * sum / squares;
    (n / effective, effective)
}

fn check(spec: &WeightingSpec) -> Result<f64, WeightingError> {
    let Some(first) = spec.margins.first() else {
        return Err(WeightingError::NoMargins);
    };
    if let Some([l, u]) = spec.bounds
        && !(l > 0.0 && l <= 1.0 && u >= 1.0 && u.is_finite())
    {
        return Err(WeightingError::BadBounds(l, u));
    }
    if let Some(t) = spec.trim_above_mean
        && !(t > 1.0 && t.is_finite())
    {
        return Err(WeightingError::BadTrim(t));
    }
    for (i, m) in spec.margins.iter().enumerate() {
        if spec.margins[..i].iter().any(|o| o.question == m.question) {
            return Err(WeightingError::DuplicateMargin {
                question: m.question.clone(),
            });
        }
        let mut seen: Vec<&str> = Vec::new();
        for c in m.classes().into_iter().flatten() {
            if seen.contains(&c) {
                return Err(WeightingError::ChoiceInTwoClasses {
                    question: m.question.clone(),
                    choice: c.to_string(),
                });
            }
            seen.push(c);
        }
        if let Some((class, &total)) = m.totals.iter().find(|(_, t)| !(t.is_finite() && **t > 0.0))
        {
            return Err(WeightingError::BadTotal {
                question: m.question.clone(),
                class: class.clone(),
                total,
            });
        }
    }
    let total = |m: &MarginSpec| m.totals.values().sum::<f64>();
    let first_total = total(first);
    for m in &spec.margins[1..] {
        let t = total(m);
        if (t - first_total).abs() > MARGIN_AGREEMENT * first_total {
            return Err(WeightingError::Disagree {
                first: first.question.clone(),
                first_total,
                other: m.question.clone(),
                other_total: t,
            });
        }
    }
    Ok(first_total)
}

/// The class of every respondent in every margin (`None`: not placed).
fn classes(
    responses: &[Answers],
    spec: &WeightingSpec,
) -> Result<Vec<Option<Vec<u32>>>, WeightingError> {
    let mut out = vec![Some(Vec::with_capacity(spec.margins.len())); responses.len()];
    for m in &spec.margins {
        let names = m.classes();
        for (r, placed) in responses.iter().zip(out.iter_mut()) {
            let Some(classes) = placed else { continue };
            match r.get(&m.question) {
                None => *placed = None,
                Some(Answer::Choice(c)) => {
                    let i = names
                        .iter()
                        .position(|n| n.contains(&c.as_str()))
                        .ok_or_else(|| WeightingError::UnknownClass {
                            question: m.question.clone(),
                            answer: c.clone(),
                        })?;
                    classes.push(i as u32);
                }
                Some(_) => {
                    return Err(WeightingError::NotAChoice {
                        question: m.question.clone(),
                    });
                }
            }
        }
    }
    Ok(out)
}

/// Rakes the responses to the margins of `spec`, starting from equal weights (the
/// population over the respondents placed): the case of an open or register-invited survey
/// with no sampling design of its own.
pub fn weight(responses: &[Answers], spec: &WeightingSpec) -> Result<Weighting, WeightingError> {
    weight_from(responses, None, spec)
}

/// Rakes the responses to the margins of `spec`, starting from the given design weights
/// (e.g. the inverse of each stratum's sampling fraction), or from equal weights.
pub fn weight_from(
    responses: &[Answers],
    design: Option<&[f64]>,
    spec: &WeightingSpec,
) -> Result<Weighting, WeightingError> {
    let population = check(spec)?;
    if let Some(d) = design
        && d.len() != responses.len()
    {
        return Err(WeightingError::Raking(format!(
            "{} design weights for {} responses",
            d.len(),
            responses.len()
        )));
    }
    let classes = classes(responses, spec)?;
    let placed: Vec<usize> = (0..responses.len())
        .filter(|&i| classes[i].is_some())
        .collect();
    if placed.is_empty() {
        return Err(WeightingError::NobodyPlaced);
    }
    let by_margin: Vec<Vec<u32>> = (0..spec.margins.len())
        .map(|k| {
            placed
                .iter()
                .map(|&i| classes[i].as_ref().map_or(0, |c| c[k]))
                .collect()
        })
        .collect();
    let totals: Vec<Vec<f64>> = spec
        .margins
        .iter()
        .map(|m| m.totals.values().copied().collect())
        .collect();
    for ((m, cls), tot) in spec.margins.iter().zip(&by_margin).zip(&totals) {
        for (j, (class, &total)) in m.totals.iter().enumerate() {
            if tot[j] > 0.0 && !cls.contains(&(j as u32)) {
                return Err(WeightingError::EmptyClass {
                    question: m.question.clone(),
                    class: class.clone(),
                    total,
                });
            }
        }
    }
    let margins: Vec<Margin<'_>> = spec
        .margins
        .iter()
        .zip(&by_margin)
        .zip(&totals)
        .map(|((m, classes), totals)| Margin {
            name: &m.question,
            classes,
            totals,
        })
        .collect();
    let equal = population / placed.len() as f64;
    let base: Vec<f64> = match design {
        Some(d) => placed.iter().map(|&i| d[i]).collect(),
        None => vec![equal; placed.len()],
    };
    let options = RakingOptions {
        bounds: spec.bounds.map(|[l, u]| (l, u)),
        ..RakingOptions::default()
    };
    let rake = |start: &[f64]| {
        stats::survey::rake(start, &margins, &options)
            .map_err(|e| WeightingError::Raking(e.to_string()))
    };
    let mut result = rake(&base)?;
    let mut trimmed = 0;
    let mut above_cap = 0;
    if let Some(limit) = spec.trim_above_mean {
        // Cap, re-rake, repeat: raking may push capped weights up again, so the cap is
        // re-applied until no weight is above it or the rounds run out (then reported: the
        // margins hold but a weight may exceed the cap, or the reverse, as max_deviation says).
        let cap = limit * equal;
        let over = |w: &[f64]| w.iter().filter(|&&w| w > cap * (1.0 + 1e-9)).count();
        for _ in 0..TRIM_ROUNDS {
            let n = over(&result.weights);
            if n == 0 {
                break;
            }
            trimmed = trimmed.max(n);
            let capped: Vec<f64> = result.weights.iter().map(|&w| w.min(cap)).collect();
            result = rake(&capped)?;
        }
        above_cap = over(&result.weights);
    }
    let at_bounds = spec.bounds.map_or(0, |[l, u]| {
        result
            .weights
            .iter()
            .zip(&base)
            .filter(|&(&w, &b)| {
                let g = w / b;
                (g - l).abs() <= 1e-9 * l || (g - u).abs() <= 1e-9 * u
            })
            .count()
    });
    let (design_effect, effective_n) = kish(&result.weights);
    let range = result
        .weights
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &w| {
            (lo.min(w), hi.max(w))
        });
    let mut base_out = vec![None; responses.len()];
    let mut calibrated = vec![None; responses.len()];
    for (k, &i) in placed.iter().enumerate() {
        base_out[i] = Some(base[k]);
        calibrated[i] = Some(result.weights[k]);
    }
    Ok(Weighting {
        base: base_out,
        calibrated,
        unplaced: responses.len() - placed.len(),
        iterations: result.iterations,
        converged: result.converged,
        max_deviation: result.max_deviation,
        trimmed,
        above_cap,
        at_bounds,
        design_effect,
        effective_n,
        range,
        population,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn respondent(sex: &str, group: &str) -> Answers {
        let mut a = Answers::new();
        a.insert("sex".into(), Answer::Choice(sex.into()));
        a.insert("group".into(), Answer::Choice(group.into()));
        a
    }

    fn spec(sex: &[(&str, f64)], group: &[(&str, f64)]) -> WeightingSpec {
        let margin = |q: &str, t: &[(&str, f64)]| MarginSpec {
            question: q.into(),
            source: String::new(),
            totals: t.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        };
        WeightingSpec {
            margins: vec![margin("sex", sex), margin("group", group)],
            bounds: None,
            trim_above_mean: None,
        }
    }

    #[test]
    fn one_margin_gives_population_over_respondents_per_class() {
        // Hand-checked: 3 women and 1 man answering for 60 women and 40 men: each woman
        // weighs 20 and the man 40; deff = 4·(3·400 + 1600) / 100² = 1.12, n_eff = 4/1.12.
        let rs = vec![
            respondent("F", "a"),
            respondent("F", "a"),
            respondent("F", "b"),
            respondent("M", "b"),
        ];
        let mut s = spec(&[("F", 60.0), ("M", 40.0)], &[]);
        s.margins.truncate(1);
        let w = weight(&rs, &s).unwrap();
        let got: Vec<f64> = w.calibrated.iter().map(|w| w.unwrap()).collect();
        assert_eq!(got, vec![20.0, 20.0, 20.0, 40.0]);
        assert_eq!(w.base, vec![Some(25.0); 4]);
        assert!((w.design_effect - 1.12).abs() < 1e-12);
        assert!((w.effective_n - 4.0 / 1.12).abs() < 1e-12);
        assert!(w.converged);
    }

    #[test]
    fn two_margins_are_both_met_and_the_unplaced_are_counted() {
        let mut rs = vec![
            respondent("F", "a"),
            respondent("F", "b"),
            respondent("M", "a"),
            respondent("M", "b"),
            respondent("M", "b"),
        ];
        let mut no_group = Answers::new();
        no_group.insert("sex".into(), Answer::Choice("F".into()));
        rs.push(no_group);
        let w = weight(
            &rs,
            &spec(&[("F", 55.0), ("M", 45.0)], &[("a", 30.0), ("b", 70.0)]),
        )
        .unwrap();
        assert_eq!(w.unplaced, 1);
        assert_eq!(w.calibrated[5], None);
        let sum = |f: &dyn Fn(&Answers) -> bool| -> f64 {
            w.placed().filter(|(i, _)| f(&rs[*i])).map(|(_, w)| w).sum()
        };
        let is = |q: &'static str, v: &'static str| {
            move |a: &Answers| a.get(q) == Some(&Answer::Choice(v.into()))
        };
        assert!((sum(&is("sex", "F")) - 55.0).abs() < 1e-8);
        assert!((sum(&is("group", "b")) - 70.0).abs() < 1e-8);
        assert!((w.population - 100.0).abs() < 1e-12);
    }

    #[test]
    fn margins_that_disagree_or_classes_without_respondents_are_refused() {
        let rs = vec![respondent("F", "a"), respondent("M", "a")];
        let e = weight(&rs, &spec(&[("F", 50.0), ("M", 50.0)], &[("a", 90.0)])).unwrap_err();
        assert!(
            e.to_string()
                .contains("'sex' totals 100 but 'group' totals 90"),
            "{e}"
        );
        let e = weight(
            &rs,
            &spec(&[("F", 50.0), ("M", 50.0)], &[("a", 60.0), ("b", 40.0)]),
        )
        .unwrap_err();
        assert!(e.to_string().contains("class 'b': no respondent"), "{e}");
        let e = weight(&rs, &spec(&[("F", 50.0)], &[("a", 50.0)])).unwrap_err();
        assert!(
            e.to_string()
                .contains("the answer 'M' has no population total"),
            "{e}"
        );
    }

    #[test]
    fn a_class_of_several_choices_takes_their_population_together() {
        // 2 answering a, 1 b, 1 c for a = 40 and b + c = 60: each of a weighs 20, and b and
        // c share their 60 equally (30 each), whatever their split in the population.
        let rs = vec![
            respondent("F", "a"),
            respondent("F", "a"),
            respondent("M", "b"),
            respondent("M", "c"),
        ];
        let mut s = spec(&[], &[("a", 40.0), ("b + c", 60.0)]);
        s.margins.remove(0);
        let w = weight(&rs, &s).unwrap();
        let got: Vec<f64> = w.calibrated.iter().map(|w| w.unwrap()).collect();
        assert_eq!(got, vec![20.0, 20.0, 30.0, 30.0]);
        let mut twice = spec(&[], &[("a + b", 40.0), ("b+c", 60.0)]);
        twice.margins.remove(0);
        let e = weight(&rs, &twice).unwrap_err();
        assert_eq!(
            e.to_string(),
            "margin 'group': the choice 'b' is in two classes; put it in one of them"
        );
    }

    #[test]
    fn trimming_caps_weights_and_keeps_the_margins() {
        // One man for 50 men among 10 respondents: his weight is 50 against a mean of 10.
        let mut rs: Vec<Answers> = (0..9).map(|_| respondent("F", "a")).collect();
        rs.push(respondent("M", "a"));
        let mut s = spec(&[("F", 50.0), ("M", 50.0)], &[]);
        s.margins.truncate(1);
        let untrimmed = weight(&rs, &s).unwrap();
        assert_eq!(untrimmed.range.1, 50.0);
        s.trim_above_mean = Some(3.0);
        let t = weight(&rs, &s).unwrap();
        // A single man cannot carry his class within the cap and keep the margin: raking
        // restores the margin, so the trimming is reported and the deviation stays small.
        assert_eq!(t.trimmed, 1);
        assert_eq!(t.above_cap, 1);
        assert!(t.max_deviation < 1e-9);
    }
}
