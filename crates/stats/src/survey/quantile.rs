//! Weighted quantiles (median, quartiles) and their standard errors.
//!
//! # Definition
//! For the rows of the domain with positive weight, sorted by `y` (`y_(1) <= … <= y_(m)`), with
//! cumulative weights `S_k = Σ_{j<=k} w_(j)` and `W = S_m`, the `p`-quantile is
//!
//! * `y_(k)` for the smallest `k` with `S_k > p W`, and
//! * `(y_(k) + y_(k+1)) / 2` when `S_k = p W` exactly (within `1e-12 W`),
//!
//! i.e. the inverse of the weighted empirical distribution function with averaging at flat
//! spots. With equal weights it is Hyndman & Fan's (1996) definition 2 (the school-book median
//! that averages the two middle values for even n); it is the weighted median used by Eurostat
//! for EU-SILC (median equivalised income, "Methodological guidelines and description of
//! EU-SILC target variables", the weighted percentile with averaging when the cumulative weight
//! equals the target exactly). `p = 0` gives the minimum, `p = 1` the maximum.
//!
//! # Standard errors
//! * **Replicates**: the quantile is recomputed with each replicate weight column and the
//!   ordinary replicate variance applies ([`super::replicate`]; Wolter 2007 §4.6 notes JK1 is
//!   inconsistent for quantiles — prefer BRR, Fay, SDR or the bootstrap).
//! * **Taylor (Woodruff 1952)**: with `se_F` the linearised SE of the estimated proportion
//!   `F̂(q̂_p)` of the domain at or below `q̂_p`, the interval is
//!   `[Q(p - t se_F), Q(p + t se_F)]` and `SE = (Q(p + t se_F) - Q(p - t se_F)) / (2 t)`
//!   (Woodruff 1952; Lohr 2022 §9.5.2; Francisco & Fuller 1991 for its consistency).

use super::design::TaylorDesign;
use super::error::{Result, SurveyError, check_finite, check_len, check_weights};
use super::estimate::{Estimate, Parameter, PointVariance};
use super::interval::t_critical;
use super::replicate::{ReplicateDesign, ReplicateWeights};

fn check_p(p: f64) -> Result<()> {
    if (0.0..=1.0).contains(&p) {
        Ok(())
    } else {
        Err(SurveyError::InvalidParameter {
            name: "quantile probability",
            value: p,
            reason: "must be in [0, 1]",
        })
    }
}

/// Quantile of already sorted rows `order` (indices into `y`) under weights `weight(i)`.
fn quantile_sorted(
    order: &[usize],
    y: &[f64],
    weight: impl Fn(usize) -> f64,
    p: f64,
) -> Result<f64> {
    let total: f64 = order.iter().map(|&i| weight(i)).sum();
    if total <= 0.0 {
        return Err(SurveyError::ZeroDenominator {
            what: "sum of weights in the domain".into(),
        });
    }
    let target = p * total;
    let eps = 1e-12 * total;
    let mut cum = 0.0;
    let positive: Vec<usize> = order.iter().copied().filter(|&i| weight(i) > 0.0).collect();
    for (k, &i) in positive.iter().enumerate() {
        cum += weight(i);
        if (cum - target).abs() <= eps && k + 1 < positive.len() && p > 0.0 {
            return Ok(0.5 * (y[i] + y[positive[k + 1]]));
        }
        if cum > target + eps || k + 1 == positive.len() {
            return Ok(y[i]);
        }
    }
    Err(SurveyError::Empty)
}

fn sorted_domain(y: &[f64], domain: Option<&[bool]>) -> Vec<usize> {
    let mut order: Vec<usize> = (0..y.len())
        .filter(|&i| domain.is_none_or(|d| d[i]))
        .collect();
    order.sort_by(|&a, &b| y[a].total_cmp(&y[b]));
    order
}

fn check(w: &[f64], y: &[f64], domain: Option<&[bool]>, p: f64) -> Result<()> {
    check_p(p)?;
    check_len("y", w.len(), y.len())?;
    check_weights("weights", w)?;
    check_finite("y", y)?;
    if let Some(d) = domain {
        check_len("domain", w.len(), d.len())?;
    }
    Ok(())
}

/// Weighted `p`-quantile of `y` in the domain (see the module definition).
pub fn weighted_quantile(w: &[f64], y: &[f64], domain: Option<&[bool]>, p: f64) -> Result<f64> {
    check(w, y, domain, p)?;
    let order = sorted_domain(y, domain);
    if order.is_empty() {
        return Err(SurveyError::Empty);
    }
    quantile_sorted(&order, y, |i| w[i], p)
}

/// Weighted `p`-quantile with its replicate variance.
pub fn quantile_replicate(
    design: &ReplicateDesign,
    w: &[f64],
    reps: &ReplicateWeights<'_>,
    y: &[f64],
    domain: Option<&[bool]>,
    p: f64,
) -> Result<(PointVariance, u64)> {
    check(w, y, domain, p)?;
    check_len("replicate weight rows", w.len(), reps.n_rows())?;
    check_len("replicate weight columns", design.n_reps(), reps.n_reps())?;
    let order = sorted_domain(y, domain);
    if order.is_empty() {
        return Err(SurveyError::Empty);
    }
    let estimate = quantile_sorted(&order, y, |i| w[i], p)?;
    let replicates = (0..reps.n_reps())
        .map(|r| quantile_sorted(&order, y, |i| reps.get(i, r), p))
        .collect::<Result<Vec<f64>>>()?;
    let variance = design.variance(estimate, &replicates)?;
    Ok((PointVariance { estimate, variance }, order.len() as u64))
}

/// Weighted `p`-quantile with Woodruff's Taylor-based interval and SE, at confidence `level`
/// with the design's df.
pub fn quantile_woodruff(
    design: &TaylorDesign,
    w: &[f64],
    y: &[f64],
    domain: Option<&[bool]>,
    p: f64,
    level: f64,
) -> Result<Estimate> {
    check(w, y, domain, p)?;
    check_len("y", design.n_rows(), y.len())?;
    let order = sorted_domain(y, domain);
    if order.is_empty() {
        return Err(SurveyError::Empty);
    }
    let q = quantile_sorted(&order, y, |i| w[i], p)?;
    let below: Vec<f64> = y.iter().map(|&v| if v <= q { 1.0 } else { 0.0 }).collect();
    let (f, n) = design.point_variance(Parameter::Proportion, w, &below, None, domain)?;
    let se_f = f.variance.max(0.0).sqrt();
    let t = t_critical(level, design.df())?;
    let lo = quantile_sorted(&order, y, |i| w[i], (p - t * se_f).max(0.0))?;
    let hi = quantile_sorted(&order, y, |i| w[i], (p + t * se_f).min(1.0))?;
    let std_error = (hi - lo) / (2.0 * t);
    Ok(Estimate {
        estimate: q,
        variance: std_error * std_error,
        std_error,
        df: design.df(),
        level,
        lower: lo,
        upper: hi,
        cv: if q != 0.0 {
            Some(std_error / q.abs())
        } else {
            None
        },
        n,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::design::Fpc;
    use crate::survey::replicate::jackknife_weights;

    #[test]
    fn equal_weights_give_textbook_median() {
        let w = [1.0; 4];
        assert_eq!(
            weighted_quantile(&w, &[4.0, 1.0, 3.0, 2.0], None, 0.5).unwrap(),
            2.5
        );
        let w = [1.0; 5];
        assert_eq!(
            weighted_quantile(&w, &[5.0, 1.0, 3.0, 2.0, 4.0], None, 0.5).unwrap(),
            3.0
        );
        assert_eq!(
            weighted_quantile(&w, &[5.0, 1.0, 3.0, 2.0, 4.0], None, 0.0).unwrap(),
            1.0
        );
        assert_eq!(
            weighted_quantile(&w, &[5.0, 1.0, 3.0, 2.0, 4.0], None, 1.0).unwrap(),
            5.0
        );
    }

    #[test]
    fn weights_move_the_median_and_domain_restricts() {
        // cumulative weights 1, 2, 10: half of 10 is reached at the third value
        let w = [1.0, 1.0, 8.0, 100.0];
        let y = [1.0, 2.0, 3.0, 4.0];
        let dom = [true, true, true, false];
        assert_eq!(weighted_quantile(&w, &y, Some(&dom), 0.5).unwrap(), 3.0);
        assert_eq!(weighted_quantile(&w, &y, None, 0.5).unwrap(), 4.0);
        assert!(weighted_quantile(&w, &y, None, 1.5).is_err());
        assert!(weighted_quantile(&w, &y, Some(&[false; 4]), 0.5).is_err());
    }

    #[test]
    fn replicate_and_woodruff_run() {
        let n = 40;
        let y: Vec<f64> = (0..n).map(|i| ((i * 37) % 41) as f64).collect();
        let w: Vec<f64> = (0..n).map(|i| 1.0 + (i % 3) as f64).collect();
        let strata: Vec<u64> = (0..n).map(|i| (i / 10) as u64).collect();
        let psu: Vec<u64> = (0..n).map(|i| (i % 5) as u64).collect();
        let (reps, rd) = jackknife_weights(&w, Some(&strata), &psu).unwrap();
        let (pv, m) = quantile_replicate(&rd, &w, &reps.view(), &y, None, 0.5).unwrap();
        assert_eq!(m, 40);
        assert_eq!(pv.estimate, weighted_quantile(&w, &y, None, 0.5).unwrap());
        assert!(pv.variance > 0.0);
        let td = TaylorDesign::new(n, Some(&strata), Some(&psu), Fpc::None).unwrap();
        let e = quantile_woodruff(&td, &w, &y, None, 0.5, 0.95).unwrap();
        assert!(e.lower <= e.estimate && e.estimate <= e.upper && e.std_error > 0.0);
    }
}
