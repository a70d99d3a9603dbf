//! Confidence intervals, and the Student t and normal distributions they need.
//!
//! # Intervals
//! * **Wald (t) interval** for totals, means and ratios: `θ̂ ± t_{df, 1-α/2} · SE(θ̂)`
//!   (Lohr 2022, *Sampling: Design and Analysis*, §9.5; Wolter 2007, §1.6).
//! * **Logit interval** for proportions (Korn & Graubard 1999, *Analysis of Health Surveys*,
//!   §3.2; the form used by samplics, Stata `svy: proportion` and R `svyciprop(method="logit")`):
//!   `expit( logit(p̂) ± t_{df, 1-α/2} · SE(p̂) / (p̂ (1 - p̂)) )`. It stays inside (0, 1). For
//!   `p̂ ∈ {0, 1}` the logit is infinite and the interval degenerates to `[p̂, p̂]`; such cells
//!   are caught by the reliability rules (small n), see [`super::reliability`].
//!
//! # Student t quantile
//! `t_{df, p}` is computed to close to machine precision, without tables:
//! * the upper tail is `P(T > t) = ½ I_x(df/2, ½)` with `x = df / (df + t²)` (Abramowitz &
//!   Stegun 26.7.1 / 26.5.27), where `I_x(a, b)` is the regularised incomplete beta function,
//!   evaluated by its continued fraction (A&S 26.5.8, modified Lentz algorithm) with the
//!   prefactor `x^a (1-x)^b / (a B(a,b))` computed in logs; `ln B(a,b)` uses Stirling's series
//!   with the difference `ln Γ(b) - ln Γ(a+b)` formed without cancellation (as in DiDonato &
//!   Morris 1992, TOMS 708, `algdiv`), so that large df (10⁴ and more) keep full accuracy;
//! * the quantile is the root of `P(T > t) = q`, found by Newton's method started at the normal
//!   quantile: the tail is decreasing and convex for `t > 0` and the normal quantile is below the
//!   t quantile, so Newton's iterates increase monotonically to the root (no overshoot);
//! * df = 1 and df = 2 use their closed forms; `df = ∞` gives the normal quantile.
//!
//! The unit tests check quantiles against values computed with mpmath at 50 digits to 1e-12
//! relative.

use super::error::{Result, SurveyError};

/// Which interval to build around an estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntervalKind {
    /// Symmetric `θ̂ ± t·SE`.
    Wald,
    /// Logit-transformed interval for a proportion in [0, 1].
    Logit,
}

/// A two-sided confidence interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// Lower bound.
    pub lower: f64,
    /// Upper bound.
    pub upper: f64,
}

/// Two-sided interval at confidence `level` (e.g. 0.95) with `df` degrees of freedom
/// (`f64::INFINITY` for a normal interval).
pub fn confidence_interval(
    estimate: f64,
    std_error: f64,
    df: f64,
    level: f64,
    kind: IntervalKind,
) -> Result<Interval> {
    if !(level > 0.0 && level < 1.0) {
        return Err(SurveyError::InvalidParameter {
            name: "confidence level",
            value: level,
            reason: "must be in (0, 1)",
        });
    }
    if !estimate.is_finite() || !std_error.is_finite() || std_error < 0.0 {
        return Err(SurveyError::InvalidParameter {
            name: "standard error",
            value: std_error,
            reason: "estimate and standard error must be finite, SE >= 0",
        });
    }
    let t = t_upper_quantile((1.0 - level) / 2.0, df)?;
    match kind {
        IntervalKind::Wald => Ok(Interval {
            lower: estimate - t * std_error,
            upper: estimate + t * std_error,
        }),
        IntervalKind::Logit => {
            if !(0.0..=1.0).contains(&estimate) {
                return Err(SurveyError::InvalidParameter {
                    name: "proportion",
                    value: estimate,
                    reason: "a logit interval needs an estimate in [0, 1]",
                });
            }
            if estimate == 0.0 || estimate == 1.0 {
                return Ok(Interval {
                    lower: estimate,
                    upper: estimate,
                });
            }
            let l = (estimate / (1.0 - estimate)).ln();
            let h = t * std_error / (estimate * (1.0 - estimate));
            Ok(Interval {
                lower: expit(l - h),
                upper: expit(l + h),
            })
        }
    }
}

fn expit(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

// ---------------------------------------------------------------------------------------------
// Special functions
// ---------------------------------------------------------------------------------------------

const LN_SQRT_2PI: f64 = 0.918_938_533_204_672_8;

/// Stirling's correction `ln Γ(z) - [(z-½) ln z - z + ½ ln 2π]` for z >= 10 (A&S 6.1.41).
fn stirling_correction(z: f64) -> f64 {
    let r = 1.0 / (z * z);
    (1.0 / 12.0
        + r * (-1.0 / 360.0
            + r * (1.0 / 1260.0
                + r * (-1.0 / 1680.0 + r * (1.0 / 1188.0 + r * (-691.0 / 360_360.0 + r / 156.0))))))
        / z
}

/// `ln Γ(x)` for x > 0, absolute error about 1e-15 (Stirling's series after the recurrence
/// `Γ(x) = Γ(x+k) / (x (x+1) … (x+k-1))`).
pub fn ln_gamma(x: f64) -> f64 {
    debug_assert!(x > 0.0);
    if x == 0.5 {
        // ln √π, the b of every t distribution
        return 0.572_364_942_924_700_1;
    }
    if x >= 10.0 {
        return (x - 0.5) * x.ln() - x + LN_SQRT_2PI + stirling_correction(x);
    }
    let mut z = x;
    let mut prod = 1.0;
    while z < 10.0 {
        prod *= z;
        z += 1.0;
    }
    (z - 0.5) * z.ln() - z + LN_SQRT_2PI + stirling_correction(z) - prod.ln()
}

/// `ln Γ(b) - ln Γ(a + b)` for b >= 10 without cancellation.
fn ln_gamma_ratio_large(a: f64, b: f64) -> f64 {
    let s = a + b;
    -(b - 0.5) * (a / b).ln_1p() - a * s.ln() + a + stirling_correction(b) - stirling_correction(s)
}

/// `ln B(a, b)`.
pub fn ln_beta(a: f64, b: f64) -> f64 {
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    if b >= 10.0 {
        ln_gamma(a) + ln_gamma_ratio_large(a, b)
    } else {
        ln_gamma(a) + ln_gamma(b) - ln_gamma(a + b)
    }
}

/// Continued fraction of the incomplete beta function (A&S 26.5.8), modified Lentz.
fn beta_continued_fraction(a: f64, b: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    const EPS: f64 = 1e-16;
    let qab = a + b;
    let qap = a + 1.0;
    let qam = a - 1.0;
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..=100_000 {
        let m = f64::from(m);
        let m2 = 2.0 * m;
        let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + aa / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        h *= d * c;
        let aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + aa / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        let del = d * c;
        h *= del;
        if (del - 1.0).abs() < EPS {
            break;
        }
    }
    h
}

/// Regularised incomplete beta `I_x(a, b)`, given both `x` and `y = 1 - x` (each computed
/// accurately by the caller, which matters when x is close to 1).
fn inc_beta_xy(a: f64, b: f64, x: f64, y: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if y <= 0.0 {
        return 1.0;
    }
    let ln_x = if x > 0.5 { (-y).ln_1p() } else { x.ln() };
    let ln_y = if y > 0.5 { (-x).ln_1p() } else { y.ln() };
    let ln_front = a * ln_x + b * ln_y - ln_beta(a, b);
    if x < (a + 1.0) / (a + b + 2.0) {
        (ln_front - a.ln()).exp() * beta_continued_fraction(a, b, x)
    } else {
        1.0 - (ln_front - b.ln()).exp() * beta_continued_fraction(b, a, y)
    }
}

/// Regularised incomplete beta function `I_x(a, b)` for `0 <= x <= 1`, a, b > 0.
pub fn regularized_incomplete_beta(a: f64, b: f64, x: f64) -> f64 {
    inc_beta_xy(a, b, x, 1.0 - x)
}

/// Regularised upper incomplete gamma `Q(a, x)` (series or continued fraction, A&S 6.5.29 and
/// 6.5.31).
fn gamma_q(a: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 1.0;
    }
    let ln_front = a * x.ln() - x - ln_gamma(a);
    if x < a + 1.0 {
        let mut ap = a;
        let mut sum = 1.0 / a;
        let mut del = sum;
        for _ in 0..100_000 {
            ap += 1.0;
            del *= x / ap;
            sum += del;
            if del.abs() < sum.abs() * 1e-17 {
                break;
            }
        }
        1.0 - sum * ln_front.exp()
    } else {
        const TINY: f64 = 1e-300;
        let mut b = x + 1.0 - a;
        let mut c = 1.0 / TINY;
        let mut d = 1.0 / b;
        let mut h = d;
        for i in 1..100_000 {
            let i = f64::from(i);
            let an = -i * (i - a);
            b += 2.0;
            d = an * d + b;
            if d.abs() < TINY {
                d = TINY;
            }
            c = b + an / c;
            if c.abs() < TINY {
                c = TINY;
            }
            d = 1.0 / d;
            let del = d * c;
            h *= del;
            if (del - 1.0).abs() < 1e-16 {
                break;
            }
        }
        ln_front.exp() * h
    }
}

/// Upper tail of the standard normal, `P(Z > z)`.
pub fn normal_sf(z: f64) -> f64 {
    if z >= 0.0 {
        0.5 * gamma_q(0.5, 0.5 * z * z)
    } else {
        1.0 - normal_sf(-z)
    }
}

fn normal_pdf(z: f64) -> f64 {
    (-0.5 * z * z - LN_SQRT_2PI).exp()
}

/// Acklam's rational approximation of the normal quantile (relative error < 1.2e-9); a start.
fn normal_quantile_approx(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    let p_low = 0.02425;
    if p < p_low {
        let q = (-2.0 * p.ln()).sqrt();
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    } else if p <= 1.0 - p_low {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    } else {
        -normal_quantile_approx(1.0 - p)
    }
}

/// The `z` with `P(Z > z) = q`, for `0 < q < 1` (Newton-refined).
pub fn normal_upper_quantile(q: f64) -> f64 {
    let mut z = normal_quantile_approx(1.0 - q);
    for _ in 0..8 {
        let step = (normal_sf(z) - q) / normal_pdf(z);
        z += step;
        if step.abs() <= 1e-16 * z.abs().max(1e-300) {
            break;
        }
    }
    z
}

/// Upper tail of Student's t with `df` degrees of freedom, `P(T > t)` (absolute accuracy about
/// 1e-16 for df up to a few thousand, degrading to 1e-12 at df = 10⁶).
pub fn student_t_sf(t: f64, df: f64) -> f64 {
    if df.is_infinite() {
        return normal_sf(t);
    }
    if t == 0.0 {
        return 0.5;
    }
    let t2 = t * t;
    let (x, y) = (df / (df + t2), t2 / (df + t2));
    let tail = 0.5 * inc_beta_xy(0.5 * df, 0.5, x, y);
    if t > 0.0 { tail } else { 1.0 - tail }
}

fn student_t_pdf(t: f64, df: f64) -> f64 {
    let ln = -ln_beta(0.5 * df, 0.5) - 0.5 * df.ln() - 0.5 * (df + 1.0) * (t * t / df).ln_1p();
    ln.exp()
}

/// From this df on, the t quantile is computed by the Cornish–Fisher expansion: the continued
/// fraction of `I_x(df/2, ½)` loses digits by cancellation when df is large (1e-12 at df = 10⁶),
/// while the expansion's truncation error `O(df⁻⁵)` is below 1e-15 relative here for
/// `q >= 1e-6`.
const CORNISH_FISHER_MIN_DF: f64 = 3000.0;

/// Cornish–Fisher expansion of the t quantile around the normal quantile `z`
/// (Abramowitz & Stegun 26.7.5).
fn cornish_fisher(z: f64, df: f64) -> f64 {
    let z2 = z * z;
    let g1 = (z2 + 1.0) * z / 4.0;
    let g2 = ((5.0 * z2 + 16.0) * z2 + 3.0) * z / 96.0;
    let g3 = (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) * z / 384.0;
    let g4 = ((((79.0 * z2 + 776.0) * z2 + 1482.0) * z2 - 1920.0) * z2 - 945.0) * z / 92_160.0;
    let v = 1.0 / df;
    z + v * (g1 + v * (g2 + v * (g3 + v * g4)))
}

/// The `t` with `P(T_df > t) = q` (upper-tail quantile), `0 < q < 1`, `df > 0` (may be
/// `f64::INFINITY`). For a 95% interval use `q = 0.025`.
pub fn t_upper_quantile(q: f64, df: f64) -> Result<f64> {
    if !(q > 0.0 && q < 1.0) {
        return Err(SurveyError::InvalidParameter {
            name: "tail probability",
            value: q,
            reason: "must be in (0, 1)",
        });
    }
    if df.is_nan() || df <= 0.0 {
        return Err(SurveyError::InvalidParameter {
            name: "degrees of freedom",
            value: df,
            reason: "must be > 0 (a design with as many strata as PSUs has no degrees of freedom)",
        });
    }
    if q > 0.5 {
        return Ok(-t_upper_quantile(1.0 - q, df)?);
    }
    if q == 0.5 {
        return Ok(0.0);
    }
    if df.is_infinite() {
        return Ok(normal_upper_quantile(q));
    }
    if df == 1.0 {
        return Ok(1.0 / (std::f64::consts::PI * q).tan());
    }
    if df == 2.0 {
        // P(T > t) = ½ (1 - t / sqrt(2 + t²))  =>  t = (1 - 2q) / sqrt(2 q (1 - q)).
        return Ok((1.0 - 2.0 * q) / (2.0 * q * (1.0 - q)).sqrt());
    }
    if df >= CORNISH_FISHER_MIN_DF {
        return Ok(cornish_fisher(normal_upper_quantile(q), df));
    }
    let mut t = normal_upper_quantile(q);
    for _ in 0..10_000 {
        let step = (student_t_sf(t, df) - q) / student_t_pdf(t, df);
        t += step;
        if step.abs() <= 4.0 * f64::EPSILON * t.abs() {
            break;
        }
    }
    Ok(t)
}

/// Two-sided Student t quantile `t_{df, 1 - α/2}` for confidence `level = 1 - α`.
pub fn t_critical(level: f64, df: f64) -> Result<f64> {
    if !(level > 0.0 && level < 1.0) {
        return Err(SurveyError::InvalidParameter {
            name: "confidence level",
            value: level,
            reason: "must be in (0, 1)",
        });
    }
    t_upper_quantile((1.0 - level) / 2.0, df)
}

#[cfg(test)]
#[allow(clippy::excessive_precision)] // reference values keep all digits mpmath printed
mod tests {
    use super::*;

    fn rel(a: f64, b: f64) -> f64 {
        ((a - b) / b).abs()
    }

    #[test]
    fn ln_gamma_known_values() {
        // Γ(3/2) = √π/2, Γ(5) = 24, Γ(10.5) and Γ(123.4) from mpmath.
        assert!((ln_gamma(1.5) - (-0.120_782_237_635_245_22)).abs() < 5e-15);
        assert!((ln_gamma(5.0) - 24f64.ln()).abs() < 1e-14);
        assert!(rel(ln_gamma(10.5), 13.940_625_219_403_763) < 1e-15);
        assert!(rel(ln_gamma(123.4), 469.336_097_442_190_56) < 1e-15);
    }

    #[test]
    fn incomplete_beta_known_values() {
        // I_x(a, a) at x = ½ is ½; I_x(1, b) = 1 - (1-x)^b.
        assert!((regularized_incomplete_beta(3.7, 3.7, 0.5) - 0.5).abs() < 1e-15);
        let v = regularized_incomplete_beta(1.0, 4.5, 0.3);
        assert!(rel(v, 1.0 - 0.7f64.powf(4.5)) < 1e-14);
    }

    #[test]
    fn t_quantiles_match_mpmath() {
        // (df, upper tail q, t) computed with mpmath at 50 significant digits.
        let cases = [
            (1.0, 0.025, 12.706_204_736_174_705),
            (2.0, 0.025, 4.302_652_729_749_464),
            (3.0, 0.025, 3.182_446_305_283_709_6),
            (4.0, 0.025, 2.776_445_105_197_794_4),
            (9.0, 0.025, 2.262_157_162_798_205_5),
            (16.0, 0.025, 2.119_905_299_221_254_7),
            (30.0, 0.025, 2.042_272_456_301_238_3),
            (39.0, 0.025, 2.022_690_920_036_761),
            (51.0, 0.025, 2.007_583_770_315_836),
            (8744.0, 0.025, 1.960_235_324_207_980),
            (8756.0, 0.025, 1.960_234_952_289_468),
            (1.0e6, 0.025, 1.959_966_356_814_107),
            (5.0, 0.005, 4.032_142_983_555_228),
            (2.5, 0.05, 2.558_218_614_135_936_6),
            (0.5, 0.1, 10.270_324_410_234_506),
            (2999.0, 0.025, 1.960_755_319_205_315_2),
            (3000.0, 0.025, 1.960_755_055_322_458_5),
            (3000.0, 1e-6, 4.762_786_816_181_843),
            (1.0e5, 0.005, 2.575_878_469_908_375_3),
        ];
        for (df, q, expected) in cases {
            let t = t_upper_quantile(q, df).unwrap();
            assert!(
                rel(t, expected) < 1e-12,
                "df={df} q={q}: got {t}, expected {expected}, rel {}",
                rel(t, expected)
            );
            // symmetry
            let lower = t_upper_quantile(1.0 - q, df).unwrap();
            assert!(rel(-lower, expected) < 1e-10);
        }
        let z = t_upper_quantile(0.025, f64::INFINITY).unwrap();
        assert!(rel(z, 1.959_963_984_540_054) < 1e-14);
    }

    #[test]
    fn t_cdf_round_trip() {
        for df in [3.0, 7.5, 40.0, 1000.0] {
            for t in [0.1, 1.0, 2.5, 6.0] {
                let q = student_t_sf(t, df);
                let back = t_upper_quantile(q, df).unwrap();
                assert!(rel(back, t) < 1e-11, "df {df} t {t} back {back}");
            }
        }
    }

    #[test]
    fn invalid_inputs_are_errors() {
        assert!(t_upper_quantile(0.025, 0.0).is_err());
        assert!(t_upper_quantile(0.0, 5.0).is_err());
        assert!(confidence_interval(1.0, 0.1, 5.0, 1.5, IntervalKind::Wald).is_err());
        assert!(confidence_interval(1.5, 0.1, 5.0, 0.95, IntervalKind::Logit).is_err());
    }

    #[test]
    fn logit_interval_is_inside_unit_interval() {
        let ci = confidence_interval(0.02, 0.05, 20.0, 0.95, IntervalKind::Logit).unwrap();
        assert!(ci.lower > 0.0 && ci.upper < 1.0 && ci.lower < 0.02 && ci.upper > 0.02);
        let ci = confidence_interval(0.0, 0.0, 20.0, 0.95, IntervalKind::Logit).unwrap();
        assert_eq!((ci.lower, ci.upper), (0.0, 0.0));
    }
}
