//! A city's repeated survey: how each share changed from one published round to the next,
//! and how sure the change is.
//!
//! Two rounds of a survey are independent samples, so the standard error of the change of a
//! share is `√(SE₁² + SE₂²)` from each round's own (weighted, linearised) standard error, and
//! `z = (p₂ − p₁) / SE`. Besides the two-sided p-value of "no change", a town hall asks how
//! likely it is that the share really rose (or fell) as observed: under the normal
//! approximation and a flat prior, the probability that the true change has the sign of the
//! observed one is `Φ(|z|)` (Gelman et al., *Bayesian Data Analysis*, 3rd ed., §2.5 and
//! §4.1: the posterior of a normal mean under a flat prior). A change is called a rise or a
//! fall only when the interval of the change excludes zero (p < 5%).
//!
//! Only figures of the whole sample published in both rounds are compared: a figure withheld
//! in either round (a small cell) is not, and neither is a question asked only once.

use crate::collect::Results;
use crate::estimates::{Domain, Published, Statistic};
use serde::Serialize;
use stats::survey::interval::normal_sf;

/// The significance level of "rose" and "fell" (two-sided).
pub const ALPHA: f64 = 0.05;

/// What a change is called.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Rose,
    Fell,
    NoClearChange,
}

/// One share in two rounds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub question: String,
    pub statistic: Statistic,
    pub before: Published,
    pub after: Published,
    /// `after − before`, as a fraction (0.05 = 5 percentage points).
    pub difference: f64,
    pub std_error: f64,
    pub z: f64,
    /// Two-sided p-value of no change.
    pub p_value: f64,
    /// The probability that the true change has the observed sign, `Φ(|z|)`.
    pub probability_real: f64,
    pub direction: Direction,
}

/// The changes of every share of the whole sample published in both rounds, in the newer
/// round's order. Means (of numbers or scales) are compared alike.
pub fn changes(before: &Results, after: &Results) -> Vec<Change> {
    let mut out = Vec::new();
    for item in &after.items {
        let Some(old) = before.items.iter().find(|i| i.question == item.question) else {
            continue;
        };
        for f in item.figures.iter().filter(|f| f.domain == Domain::All) {
            let (Some(a), Some(b)) = (
                f.estimate,
                old.figures
                    .iter()
                    .find(|o| o.domain == Domain::All && o.statistic == f.statistic)
                    .and_then(|o| o.estimate),
            ) else {
                continue;
            };
            out.push(change(&item.question, &f.statistic, b, a));
        }
    }
    out
}

/// The change from `before` to `after` of one figure.
pub fn change(
    question: &str,
    statistic: &Statistic,
    before: Published,
    after: Published,
) -> Change {
    let difference = after.estimate - before.estimate;
    let std_error = (before.std_error.powi(2) + after.std_error.powi(2)).sqrt();
    let (z, p_value, probability_real) = if std_error > 0.0 {
        let z = difference / std_error;
        let tail = normal_sf(z.abs());
        (z, (2.0 * tail).min(1.0), 1.0 - tail)
    } else if difference == 0.0 {
        (0.0, 1.0, 0.5)
    } else {
        // No sampling variance in either round (every respondent alike): the change is
        // what it is.
        (f64::INFINITY.copysign(difference), 0.0, 1.0)
    };
    let direction = match (p_value < ALPHA, difference > 0.0) {
        (false, _) => Direction::NoClearChange,
        (true, true) => Direction::Rose,
        (true, false) => Direction::Fell,
    };
    Change {
        question: question.to_string(),
        statistic: statistic.clone(),
        before,
        after,
        difference,
        std_error,
        z,
        p_value,
        probability_real,
        direction,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(estimate: f64, std_error: f64, n: u64) -> Published {
        Published {
            estimate,
            std_error,
            lower: 0.0,
            upper: 1.0,
            cv: None,
            n,
            flag: None,
        }
    }

    #[test]
    fn a_change_is_tested_with_both_rounds_errors() {
        // Hand-checked: 0.40 (SE 0.03) → 0.48 (SE 0.04): SE of the change = 0.05, z = 1.6,
        // Φ(1.6) = 0.945201, p = 2 (1 − Φ(1.6)) = 0.109599: no clear change, though it is
        // 94.5% likely that the share rose.
        let c = change(
            "q",
            &Statistic::Share("yes".into()),
            share(0.40, 0.03, 300),
            share(0.48, 0.04, 250),
        );
        assert!((c.difference - 0.08).abs() < 1e-12);
        assert!((c.std_error - 0.05).abs() < 1e-12);
        assert!((c.z - 1.6).abs() < 1e-9);
        assert!(
            (c.probability_real - 0.945_201).abs() < 1e-6,
            "{}",
            c.probability_real
        );
        assert!((c.p_value - 0.109_599).abs() < 1e-6, "{}", c.p_value);
        assert_eq!(c.direction, Direction::NoClearChange);
        // 0.40 → 0.52 with the same errors: z = 2.4, p = 0.016395: a rise.
        let c = change(
            "q",
            &Statistic::Share("yes".into()),
            share(0.40, 0.03, 300),
            share(0.52, 0.04, 250),
        );
        assert!((c.p_value - 0.016_395).abs() < 1e-6, "{}", c.p_value);
        assert_eq!(c.direction, Direction::Rose);
        let c = change(
            "q",
            &Statistic::Share("yes".into()),
            share(0.52, 0.04, 300),
            share(0.40, 0.03, 250),
        );
        assert_eq!(c.direction, Direction::Fell);
        assert!(c.z < 0.0 && (c.probability_real - 0.991_802).abs() < 1e-6);
    }
}
