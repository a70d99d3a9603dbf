//! Taylor-linearisation (delta-method) variance with strata, PSUs and finite-population
//! correction, for totals and ratio estimators (means, proportions, ratios), in domains.
//!
//! # Formulas
//! Let `d_i` be the domain indicator (1 for every row without a domain), `w_i` the weight.
//! * Total `Ŷ = Σ d_i w_i y_i`; its linearised score is `z_i = d_i w_i y_i`.
//! * Ratio `R̂ = Ŷ / X̂`, `X̂ = Σ d_i w_i x_i`; score `z_i = d_i w_i (y_i - R̂ x_i) / X̂`
//!   (Wolter 2007, §6.5; Lohr 2022, §9.1 eq. 9.5). A mean takes `x = 1`, a proportion is the
//!   mean of a 0/1 indicator.
//! * Scores are summed per PSU `h i`: `Z_hi`. For a ratio this is `(Y_hi - R̂ X_hi) / X̂`, so the
//!   *per-PSU weighted sums* `(Y_hi, X_hi)` are sufficient statistics.
//! * `v(θ̂) = Σ_h (1 - f_h) · n_h/(n_h - 1) · Σ_i (Z_hi - Z̄_h)²`, `Z̄_h = Σ_i Z_hi / n_h`
//!   (with-replacement ultimate-cluster estimator, Wolter 2007 eq. 6.11.1 / Lohr eq. 9.2;
//!   `1 - f_h` is the optional finite-population correction).
//!
//! # Domains
//! Domains are estimated by zeroing `d_i w_i` outside the domain, never by dropping rows: all
//! PSUs and strata stay in the variance, PSUs without domain members have `Z_hi = 0`
//! (Lohr 2022 §14.2; Korn & Graubard 1999 §5.4). In the sufficient-statistics layer a stratum
//! therefore declares its number of PSUs `n_psu` and lists only the PSUs it has sums for; the
//! missing ones count as zeros.

use super::design::{SingletonPolicy, TaylorDesign};
use super::error::{Result, SurveyError, check_finite, check_len, check_weights};
use super::estimate::{Estimate, Parameter, PointVariance};

/// Sufficient statistics of one stratum for Taylor variance: the per-PSU weighted sums
/// `(Σ d w y, Σ d w x)` (for a total the second member is ignored; for a mean it is `Σ d w`).
#[derive(Debug, Clone, Copy)]
pub struct StratumSums<'a> {
    /// Stratum label (for error messages).
    pub label: u64,
    /// Number of sampled PSUs of the stratum in the whole design, `n_h`.
    pub n_psu: usize,
    /// Variance multiplier `1 - f_h`.
    pub fpc: f64,
    /// Sums of the PSUs that have any; at most `n_psu` entries, absent PSUs are zeros.
    pub psu: &'a [(f64, f64)],
}

fn validate(strata: &[StratumSums<'_>]) -> Result<()> {
    if strata.is_empty() {
        return Err(SurveyError::Empty);
    }
    for s in strata {
        if s.psu.len() > s.n_psu {
            return Err(SurveyError::LengthMismatch {
                what: "PSU sums of a stratum (more sums than n_psu)",
                expected: s.n_psu,
                got: s.psu.len(),
            });
        }
        if !(0.0..=1.0).contains(&s.fpc) {
            return Err(SurveyError::InvalidFpc {
                stratum: s.label,
                reason: format!("multiplier {} is outside [0, 1]", s.fpc),
            });
        }
        for (i, &(a, b)) in s.psu.iter().enumerate() {
            if !a.is_finite() || !b.is_finite() {
                return Err(SurveyError::NonFinite {
                    what: "PSU sum",
                    index: i,
                    value: if a.is_finite() { b } else { a },
                });
            }
        }
    }
    Ok(())
}

/// `Σ_h (1 - f_h) n_h/(n_h - 1) Σ_i (Z_hi - Z̄_h)²` with scores from `score`.
fn stratified_variance(
    strata: &[StratumSums<'_>],
    singleton: SingletonPolicy,
    score: impl Fn((f64, f64)) -> f64,
) -> Result<f64> {
    let mut v = 0.0;
    for s in strata {
        if s.n_psu < 2 {
            match singleton {
                SingletonPolicy::Error => {
                    return Err(SurveyError::SingletonStratum { stratum: s.label });
                }
                SingletonPolicy::Certainty => continue,
            }
        }
        let n = s.n_psu as f64;
        let mean = s.psu.iter().map(|&p| score(p)).sum::<f64>() / n;
        let absent = (s.n_psu - s.psu.len()) as f64;
        let ss = s
            .psu
            .iter()
            .map(|&p| {
                let d = score(p) - mean;
                d * d
            })
            .sum::<f64>()
            + absent * mean * mean;
        v += s.fpc * n / (n - 1.0) * ss;
    }
    Ok(v)
}

/// Total `Ŷ = Σ Y_hi` and its Taylor variance from per-PSU sums (first member of each pair).
pub fn total_from_sums(
    strata: &[StratumSums<'_>],
    singleton: SingletonPolicy,
) -> Result<PointVariance> {
    validate(strata)?;
    let estimate = strata
        .iter()
        .flat_map(|s| s.psu.iter())
        .map(|p| p.0)
        .sum::<f64>();
    let variance = stratified_variance(strata, singleton, |p| p.0)?;
    Ok(PointVariance { estimate, variance })
}

/// Ratio `R̂ = Σ Y_hi / Σ X_hi` (mean, proportion, ratio) and its linearised variance.
pub fn ratio_from_sums(
    strata: &[StratumSums<'_>],
    singleton: SingletonPolicy,
) -> Result<PointVariance> {
    validate(strata)?;
    let (y, x) = strata
        .iter()
        .flat_map(|s| s.psu.iter())
        .fold((0.0, 0.0), |(a, b), p| (a + p.0, b + p.1));
    if x == 0.0 {
        return Err(SurveyError::ZeroDenominator {
            what: "full sample".into(),
        });
    }
    let r = y / x;
    let variance = stratified_variance(strata, singleton, |p| (p.0 - r * p.1) / x)?;
    Ok(PointVariance {
        estimate: r,
        variance,
    })
}

/// Checks a parameter's inputs: lengths, finite values, 0/1 for proportions, `x` for ratios.
pub(crate) fn check_inputs(
    parameter: Parameter,
    n: usize,
    w: &[f64],
    y: &[f64],
    x: Option<&[f64]>,
    domain: Option<&[bool]>,
) -> Result<()> {
    check_len("weights", n, w.len())?;
    check_len("y", n, y.len())?;
    check_weights("weights", w)?;
    check_finite("y", y)?;
    if let Some(x) = x {
        check_len("x", n, x.len())?;
        check_finite("x", x)?;
    }
    if let Some(d) = domain {
        check_len("domain", n, d.len())?;
    }
    match parameter {
        Parameter::Ratio if x.is_none() => Err(SurveyError::InvalidParameter {
            name: "x",
            value: f64::NAN,
            reason: "a ratio needs a denominator variable x",
        }),
        Parameter::Proportion => match y.iter().position(|v| *v != 0.0 && *v != 1.0) {
            Some(i) => Err(SurveyError::InvalidParameter {
                name: "proportion indicator",
                value: y[i],
                reason: "a proportion is the mean of a 0/1 indicator",
            }),
            None => Ok(()),
        },
        _ => Ok(()),
    }
}

impl TaylorDesign {
    /// Per-PSU sums `(Σ d w y, Σ d w x)` (x = 1 when absent) and the unweighted domain size.
    pub fn psu_sums(
        &self,
        w: &[f64],
        y: &[f64],
        x: Option<&[f64]>,
        domain: Option<&[bool]>,
    ) -> Result<(Vec<(f64, f64)>, u64)> {
        check_inputs(Parameter::Mean, self.n_rows(), w, y, x, domain)?;
        let mut sums = vec![(0.0, 0.0); self.n_psu()];
        let mut n = 0u64;
        for (i, &p) in self.row_psu.iter().enumerate() {
            if domain.is_some_and(|d| !d[i]) {
                continue;
            }
            n += 1;
            let s = &mut sums[p as usize];
            s.0 += w[i] * y[i];
            s.1 += w[i] * x.map_or(1.0, |x| x[i]);
        }
        Ok((sums, n))
    }

    fn strata_sums<'a>(&self, sums: &'a [(f64, f64)]) -> Vec<StratumSums<'a>> {
        self.strata
            .iter()
            .map(|s| StratumSums {
                label: s.label,
                n_psu: s.n_psu,
                fpc: s.fpc,
                psu: &sums[s.first_psu..s.first_psu + s.n_psu],
            })
            .collect()
    }

    /// Point estimate and Taylor variance of `parameter` from row-level data. `x` is the
    /// denominator of a ratio (ignored otherwise), `domain` marks the rows of the domain.
    pub fn point_variance(
        &self,
        parameter: Parameter,
        w: &[f64],
        y: &[f64],
        x: Option<&[f64]>,
        domain: Option<&[bool]>,
    ) -> Result<(PointVariance, u64)> {
        check_inputs(parameter, self.n_rows(), w, y, x, domain)?;
        let x = if parameter == Parameter::Ratio {
            x
        } else {
            None
        };
        let (sums, n) = self.psu_sums(w, y, x, domain)?;
        if n == 0 {
            return Err(SurveyError::Empty);
        }
        let strata = self.strata_sums(&sums);
        let pv = match parameter {
            Parameter::Total => total_from_sums(&strata, self.singleton)?,
            _ => ratio_from_sums(&strata, self.singleton)?,
        };
        Ok((pv, n))
    }

    /// Finished estimate (SE, interval at `level` with the design's df, CV, n).
    pub fn estimate(
        &self,
        parameter: Parameter,
        w: &[f64],
        y: &[f64],
        x: Option<&[f64]>,
        domain: Option<&[bool]>,
        level: f64,
    ) -> Result<Estimate> {
        let (pv, n) = self.point_variance(parameter, w, y, x, domain)?;
        pv.finish(n, self.df(), level, parameter.interval_kind())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::design::Fpc;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-12 * b.abs().max(1.0)
    }

    #[test]
    fn srs_mean_matches_textbook() {
        // Without design: each row is a PSU in one stratum, equal weights N/n: the variance of
        // the mean is s²/n (with replacement), s² the sample variance (Lohr eq. 2.12 without fpc).
        let y = [2.0, 4.0, 4.0, 5.0, 7.0, 9.0];
        let w = [10.0; 6];
        let d = TaylorDesign::new(6, None, None, Fpc::None).unwrap();
        let (pv, n) = d
            .point_variance(Parameter::Mean, &w, &y, None, None)
            .unwrap();
        let mean = 31.0 / 6.0;
        let s2 = y.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / 5.0;
        assert_eq!(n, 6);
        assert!(close(pv.estimate, mean));
        assert!(close(pv.variance, s2 / 6.0));
        // Total: N ȳ with variance N² s²/n.
        let (pv, _) = d
            .point_variance(Parameter::Total, &w, &y, None, None)
            .unwrap();
        assert!(close(pv.estimate, 310.0));
        assert!(close(pv.variance, 3600.0 * s2 / 6.0));
    }

    #[test]
    fn fpc_multiplies_variance() {
        let y = [1.0, 3.0, 5.0, 7.0];
        let w = [5.0; 4];
        let fpc = [0.8; 4];
        let a = TaylorDesign::new(4, None, None, Fpc::None).unwrap();
        let b = TaylorDesign::new(4, None, None, Fpc::Multiplier(&fpc)).unwrap();
        let va = a
            .point_variance(Parameter::Mean, &w, &y, None, None)
            .unwrap();
        let vb = b
            .point_variance(Parameter::Mean, &w, &y, None, None)
            .unwrap();
        assert!(close(vb.0.variance, 0.8 * va.0.variance));
    }

    #[test]
    fn ratio_hand_computed() {
        // Two strata, two PSUs each, one row per PSU, weights 1.
        // Y = 10, X = 20, R = 0.5; scores z = (y - 0.5 x)/20.
        let y = [1.0, 2.0, 3.0, 4.0];
        let x = [4.0, 2.0, 6.0, 8.0];
        let w = [1.0; 4];
        let strata = [1, 1, 2, 2];
        let d = TaylorDesign::new(4, Some(&strata), None, Fpc::None).unwrap();
        let (pv, _) = d
            .point_variance(Parameter::Ratio, &w, &y, Some(&x), None)
            .unwrap();
        let z = [-1.0 / 20.0, 1.0 / 20.0, 0.0, 0.0];
        // stratum 1: mean 0, ss = 2 * (1/20)^2, times 2/1; stratum 2: 0
        let expected = 2.0 * (z[0] * z[0] + z[1] * z[1]);
        assert!(close(pv.estimate, 0.5));
        assert!(close(pv.variance, expected));
    }

    #[test]
    fn domain_keeps_all_psus() {
        // The domain is only in PSU 0; the other PSU contributes a zero score, so the variance
        // equals the one with explicit zero rows, and differs from dropping rows.
        let y = [3.0, 5.0, 8.0, 1.0];
        let w = [2.0; 4];
        let psu = [1, 1, 2, 3];
        let dom = [true, true, false, false];
        let d = TaylorDesign::new(4, None, Some(&psu), Fpc::None).unwrap();
        let (pv, n) = d
            .point_variance(Parameter::Total, &w, &y, None, Some(&dom))
            .unwrap();
        assert_eq!(n, 2);
        // PSU totals 16, 0, 0: mean 16/3, ss = (32/3)^2 + 2*(16/3)^2, times 3/2.
        let ss = (32.0f64 / 3.0).powi(2) + 2.0 * (16.0f64 / 3.0).powi(2);
        assert!(close(pv.estimate, 16.0));
        assert!(close(pv.variance, 1.5 * ss));
        // The sufficient-statistics layer with absent PSUs gives the same.
        let s = [StratumSums {
            label: 0,
            n_psu: 3,
            fpc: 1.0,
            psu: &[(16.0, 4.0)],
        }];
        let pv2 = total_from_sums(&s, SingletonPolicy::Error).unwrap();
        assert!(close(pv2.variance, pv.variance));
    }

    #[test]
    fn invalid_inputs_are_typed_errors() {
        let d = TaylorDesign::new(3, None, None, Fpc::None).unwrap();
        let w = [1.0, 1.0, 1.0];
        assert!(matches!(
            d.point_variance(Parameter::Mean, &w, &[1.0, f64::NAN, 2.0], None, None),
            Err(SurveyError::NonFinite { index: 1, .. })
        ));
        assert!(matches!(
            d.point_variance(Parameter::Mean, &[1.0, -1.0, 1.0], &w, None, None),
            Err(SurveyError::NegativeWeight { index: 1, .. })
        ));
        assert!(matches!(
            d.point_variance(Parameter::Proportion, &w, &[0.0, 2.0, 1.0], None, None),
            Err(SurveyError::InvalidParameter { .. })
        ));
        assert!(
            d.point_variance(Parameter::Ratio, &w, &w, None, None)
                .is_err()
        );
        assert_eq!(
            d.point_variance(Parameter::Mean, &w, &w, None, Some(&[false; 3]))
                .unwrap_err(),
            SurveyError::Empty
        );
        assert!(matches!(
            d.point_variance(Parameter::Mean, &[0.0; 3], &w, None, None),
            Err(SurveyError::ZeroDenominator { .. })
        ));
    }
}
