//! Weight calibration by raking (iterative proportional fitting).
//!
//! Raking adjusts weights `d_i` to `w_i = g_i d_i` so that the weighted counts of each margin
//! (e.g. nationality group, sex) equal known population totals. It is the calibration
//! estimator with the multiplicative ("raking ratio") distance of Deville & Särndal (1992,
//! JASA 87, method 2) and Deville, Särndal & Sautory (1993); the algorithm is Deming & Stephan's
//! (1940) iterative proportional fitting: for each margin in turn, multiply the weights of every
//! class `c` by `T_c / Σ_{i∈c} w_i`; repeat sweeps until every margin matches.
//!
//! *Convergence* is reported: after each full sweep, the largest relative deviation
//! `max |Σ_{i∈c} w_i - T_c| / T_c` over all margins and classes is computed; the run converges
//! when it is `<= tol`. The sweep count and the final deviation are returned.
//!
//! *Bounds* (optional `[L, U]` on `g_i = w_i / d_i`): after each margin step the factors are
//! clipped to the bounds, as in the bounded raking of Deville, Särndal & Sautory (1993, §3)
//! done by truncation; the next steps re-spread the clipped mass. Infeasible bounds show up as
//! non-convergence (never as a panic or NaN).
//!
//! Margins must agree on the grand total (otherwise IPF cannot converge): this is checked up
//! front. Variance after raking: the engine may treat raked weights as fixed (what the samplics
//! oracle does) or rake every replicate weight column (the replicate approach that captures the
//! calibration effect, Wolter 2007 §4.6).

use super::error::{Result, SurveyError, check_len, check_weights};

/// One raking margin: the class index of every row and the population total of every class.
#[derive(Debug, Clone, Copy)]
pub struct Margin<'a> {
    /// Name, for messages.
    pub name: &'a str,
    /// Class of each row, `0 .. totals.len()`.
    pub classes: &'a [u32],
    /// Known population total of each class (> 0).
    pub totals: &'a [f64],
}

/// Raking options.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RakingOptions {
    /// Convergence tolerance on the relative margin deviation. Default 1e-10.
    pub tol: f64,
    /// Maximum number of sweeps. Default 100.
    pub max_iter: usize,
    /// Optional bounds `(L, U)` on the adjustment factor `w/d`, `0 < L <= 1 <= U`.
    pub bounds: Option<(f64, f64)>,
}

impl Default for RakingOptions {
    fn default() -> Self {
        RakingOptions {
            tol: 1e-10,
            max_iter: 100,
            bounds: None,
        }
    }
}

/// The raked weights and how the iteration went.
#[derive(Debug, Clone, PartialEq)]
pub struct RakingResult {
    /// Calibrated weights.
    pub weights: Vec<f64>,
    /// Number of full sweeps performed.
    pub iterations: usize,
    /// Whether every margin matches within `tol`.
    pub converged: bool,
    /// Largest relative margin deviation after the last sweep.
    pub max_deviation: f64,
}

fn max_deviation(w: &[f64], margins: &[Margin<'_>], sums: &mut [f64]) -> f64 {
    let mut dev: f64 = 0.0;
    for m in margins {
        sums[..m.totals.len()].iter_mut().for_each(|s| *s = 0.0);
        for (wi, &c) in w.iter().zip(m.classes) {
            sums[c as usize] += wi;
        }
        for (s, t) in sums.iter().zip(m.totals) {
            dev = dev.max((s - t).abs() / t);
        }
    }
    dev
}

/// Rakes `weights` to the `margins`.
pub fn rake(
    weights: &[f64],
    margins: &[Margin<'_>],
    options: &RakingOptions,
) -> Result<RakingResult> {
    let n = weights.len();
    if n == 0 {
        return Err(SurveyError::Empty);
    }
    check_weights("weights", weights)?;
    if margins.is_empty() {
        return Err(SurveyError::Raking("no margins given".into()));
    }
    if options.tol.is_nan() || options.tol <= 0.0 {
        return Err(SurveyError::InvalidParameter {
            name: "tol",
            value: options.tol,
            reason: "must be > 0",
        });
    }
    let bad_bounds = options
        .bounds
        .filter(|&(l, u)| !(l > 0.0 && l <= 1.0 && u >= 1.0 && u.is_finite()));
    if let Some((l, u)) = bad_bounds {
        return Err(SurveyError::Raking(format!(
            "bounds ({l}, {u}) must satisfy 0 < L <= 1 <= U < inf"
        )));
    }
    let mut grand: Option<(&str, f64)> = None;
    let mut max_classes = 0;
    for m in margins {
        check_len("margin classes", n, m.classes.len())?;
        check_weights("margin totals", m.totals)?;
        max_classes = max_classes.max(m.totals.len());
        if let Some(&c) = m.classes.iter().find(|&&c| c as usize >= m.totals.len()) {
            return Err(SurveyError::Raking(format!(
                "margin {}: class {c} has no population total ({} given)",
                m.name,
                m.totals.len()
            )));
        }
        let mut base = vec![0.0; m.totals.len()];
        for (wi, &c) in weights.iter().zip(m.classes) {
            base[c as usize] += wi;
        }
        for (c, (b, t)) in base.iter().zip(m.totals).enumerate() {
            if *t <= 0.0 {
                return Err(SurveyError::Raking(format!(
                    "margin {}: class {c} has a population total {t} <= 0; drop the class",
                    m.name
                )));
            }
            if *b == 0.0 {
                return Err(SurveyError::Raking(format!(
                    "margin {}: class {c} has population total {t} but no sample weight; collapse classes",
                    m.name
                )));
            }
        }
        let total: f64 = m.totals.iter().sum();
        match grand {
            None => grand = Some((m.name, total)),
            Some((name, g)) => {
                if (total - g).abs() > 1e-9 * g.abs() {
                    return Err(SurveyError::Raking(format!(
                        "margins disagree on the population total: {name} sums to {g}, {} to {total}",
                        m.name
                    )));
                }
            }
        }
    }

    let mut w = weights.to_vec();
    let mut sums = vec![0.0; max_classes];
    let mut iterations = 0;
    let mut dev = max_deviation(&w, margins, &mut sums);
    while dev > options.tol && iterations < options.max_iter {
        for m in margins {
            let k = m.totals.len();
            sums[..k].iter_mut().for_each(|s| *s = 0.0);
            for (wi, &c) in w.iter().zip(m.classes) {
                sums[c as usize] += wi;
            }
            for (s, t) in sums[..k].iter_mut().zip(m.totals) {
                // Classes emptied by bounds cannot happen: L > 0 keeps every weight positive.
                *s = t / *s;
            }
            for (i, (wi, &c)) in w.iter_mut().zip(m.classes).enumerate() {
                *wi *= sums[c as usize];
                if let Some((l, u)) = options.bounds {
                    let d = weights[i];
                    *wi = wi.clamp(l * d, u * d);
                }
            }
        }
        iterations += 1;
        dev = max_deviation(&w, margins, &mut sums);
    }
    Ok(RakingResult {
        weights: w,
        iterations,
        converged: dev <= options.tol,
        max_deviation: dev,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_by_two_ipf_matches_closed_form() {
        // 2×2 table of units with equal weights 1: cells (a0,b0)=1 unit, (a0,b1)=1, (a1,b0)=1,
        // (a1,b1)=1; margins A = (30, 70), B = (40, 60). IPF converges to the cell values of
        // the independence fit x_ij = A_i B_j / N (the seed is uniform).
        let w = [1.0; 4];
        let a = [0, 0, 1, 1];
        let b = [0, 1, 0, 1];
        let margins = [
            Margin {
                name: "A",
                classes: &a,
                totals: &[30.0, 70.0],
            },
            Margin {
                name: "B",
                classes: &b,
                totals: &[40.0, 60.0],
            },
        ];
        let r = rake(&w, &margins, &RakingOptions::default()).unwrap();
        assert!(r.converged);
        let expected = [12.0, 18.0, 28.0, 42.0];
        for (x, e) in r.weights.iter().zip(expected) {
            assert!((x - e).abs() < 1e-9);
        }
    }

    #[test]
    fn errors_are_typed() {
        let w = [1.0, 1.0];
        let c = [0, 1];
        let m1 = Margin {
            name: "A",
            classes: &c,
            totals: &[1.0, 2.0],
        };
        let m2 = Margin {
            name: "B",
            classes: &c,
            totals: &[1.0, 5.0],
        };
        assert!(matches!(
            rake(&w, &[m1, m2], &RakingOptions::default()),
            Err(SurveyError::Raking(msg)) if msg.contains("disagree")
        ));
        let empty = [0, 0];
        let m3 = Margin {
            name: "C",
            classes: &empty,
            totals: &[1.0, 2.0],
        };
        assert!(rake(&w, &[m3], &RakingOptions::default()).is_err());
    }

    #[test]
    fn bounds_are_respected_or_nonconvergence_reported() {
        let w = [1.0, 1.0, 1.0, 1.0];
        let c = [0, 0, 0, 1];
        let m = Margin {
            name: "A",
            classes: &c,
            totals: &[3.0, 10.0],
        };
        let opts = RakingOptions {
            bounds: Some((0.5, 2.0)),
            max_iter: 20,
            ..Default::default()
        };
        let r = rake(&w, &[m], &opts).unwrap();
        assert!(!r.converged);
        assert!(r.weights.iter().all(|&x| (0.5..=2.0).contains(&x)));
        assert_eq!(r.iterations, 20);
    }
}
