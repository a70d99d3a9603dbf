//! Exponential smoothing state-space models with additive errors and no season
//! (Hyndman, Koehler, Ord & Snyder 2008, *Forecasting with Exponential Smoothing*, ch. 2
//! and 6): ETS(A,N,N) — simple exponential smoothing —, ETS(A,A,N) — Holt's linear trend —
//! and ETS(A,Ad,N) — the damped trend. Annual and half-yearly city series have no season
//! worth modelling, and multiplicative errors on ten points are not identifiable.
//!
//! Parameters and initial states are fitted by maximum likelihood (the Gaussian likelihood
//! concentrated over σ², i.e. `n·ln(SSE/n)`) with the bounded Nelder–Mead of
//! [`super::optimise`]; the model with the smallest AICc is chosen, as in Hyndman &
//! Khandakar (2008).

use super::Fit;
use super::optimise::{self, nelder_mead};

/// Which trend an ETS model with additive errors has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    /// ETS(A,N,N): a level only.
    None,
    /// ETS(A,A,N): a level and a linear trend.
    Additive,
    /// ETS(A,Ad,N): a level and a trend that fades by φ a period.
    Damped,
}

impl Trend {
    pub fn name(self) -> &'static str {
        match self {
            Trend::None => "ETS(A,N,N)",
            Trend::Additive => "ETS(A,A,N)",
            Trend::Damped => "ETS(A,Ad,N)",
        }
    }

    /// Free parameters: smoothing parameters and initial states (σ not counted).
    fn parameters(self) -> usize {
        match self {
            Trend::None => 2,
            Trend::Additive => 4,
            Trend::Damped => 5,
        }
    }
}

/// Range of the damping parameter: below 0.8 the trend dies within a few periods (then
/// ETS(A,N,N) says the same with fewer parameters); above 0.98 it is Holt's.
const PHI_RANGE: (f64, f64) = (0.8, 0.98);
const SMOOTHING_RANGE: (f64, f64) = (1e-4, 0.9999);

/// A fitted ETS model: parameters in the original units of the series.
#[derive(Debug, Clone)]
pub struct EtsModel {
    pub trend: Trend,
    pub alpha: f64,
    /// β, the trend's smoothing parameter (0 without trend); always ≤ α.
    pub beta: f64,
    /// φ, the damping (1 for Holt, unused without trend).
    pub phi: f64,
    /// The level and trend after the last observation.
    pub level: f64,
    pub slope: f64,
    /// Sum of squared one-step errors.
    pub sse: f64,
    pub n: usize,
    pub aicc: f64,
}

struct Params {
    alpha: f64,
    beta: f64,
    phi: f64,
    l0: f64,
    b0: f64,
}

fn unpack(trend: Trend, x: &[f64]) -> Params {
    let alpha = x[0];
    match trend {
        Trend::None => Params {
            alpha,
            beta: 0.0,
            phi: 1.0,
            l0: x[1],
            b0: 0.0,
        },
        // β is searched as a fraction of α so that the box keeps 0 < β ≤ α.
        Trend::Additive => Params {
            alpha,
            beta: alpha * x[1],
            phi: 1.0,
            l0: x[2],
            b0: x[3],
        },
        Trend::Damped => Params {
            alpha,
            beta: alpha * x[1],
            phi: x[2],
            l0: x[3],
            b0: x[4],
        },
    }
}

/// Runs the filter: returns the SSE of the one-step errors and the final states.
fn filter(p: &Params, y: &[f64]) -> (f64, f64, f64) {
    let (mut level, mut slope, mut sse) = (p.l0, p.b0, 0.0);
    for &v in y {
        let fitted = level + p.phi * slope;
        let e = v - fitted;
        sse += e * e;
        level = fitted + p.alpha * e;
        slope = p.phi * slope + p.beta * e;
    }
    (sse, level, slope)
}

/// Simple exponential smoothing with given α and initial level: the level after the last
/// observation, `ℓ_t = ℓ_{t−1} + α(y_t − ℓ_{t−1})`, which is every future point forecast.
pub fn simple_exponential_smoothing(y: &[f64], alpha: f64, initial_level: f64) -> f64 {
    let p = Params {
        alpha,
        beta: 0.0,
        phi: 1.0,
        l0: initial_level,
        b0: 0.0,
    };
    filter(&p, y).1
}

/// Fits one ETS model; `None` when the series is too short for its AICc (fewer than
/// `k + 3` points, with `k` the free parameters) or the fit fails.
pub fn fit(y: &[f64], trend: Trend) -> Option<EtsModel> {
    let n = y.len();
    let k = trend.parameters();
    if n < k + 3 {
        return None;
    }
    // Work on a standardised copy so that the box and the simplex steps have one scale.
    let (lo, hi) = y
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &v| {
            (a.min(v), b.max(v))
        });
    let centre = y[0];
    let scale = (hi - lo).max(hi.abs().max(lo.abs()) * 1e-6).max(1e-12);
    let z: Vec<f64> = y.iter().map(|v| (v - centre) / scale).collect();
    let first_slope = (z[n.min(4) - 1] - z[0]) / (n.min(4) - 1) as f64;
    let (s_lo, s_hi) = SMOOTHING_RANGE;
    let (mut lower, mut upper) = (vec![s_lo], vec![s_hi]);
    if trend != Trend::None {
        lower.push(s_lo);
        upper.push(s_hi);
    }
    if trend == Trend::Damped {
        lower.push(PHI_RANGE.0);
        upper.push(PHI_RANGE.1);
    }
    lower.push(-2.0);
    upper.push(2.0);
    if trend != Trend::None {
        lower.push(-1.0);
        upper.push(1.0);
    }
    let bounds = optimise::Bounds { lower, upper };
    let mut objective = |x: &[f64]| {
        let (sse, _, _) = filter(&unpack(trend, x), &z);
        n as f64 * (sse / n as f64).max(1e-300).ln()
    };
    // Two starts (slow and fast smoothing): the surface of a short series often has a
    // local minimum at each end of α.
    let best = [0.2, 0.8]
        .iter()
        .map(|&a| {
            let mut start = vec![a];
            match trend {
                Trend::None => start.push(z[0]),
                Trend::Additive => start.extend([0.3, z[0], first_slope]),
                Trend::Damped => start.extend([0.3, 0.9, z[0], first_slope]),
            }
            nelder_mead(&mut objective, &start, &bounds, 400 * (k + 1))
        })
        .min_by(|a, b| a.value.total_cmp(&b.value))?;
    let p = unpack(trend, &best.x);
    let (sse_z, level_z, slope_z) = filter(&p, &z);
    let sse = sse_z * scale * scale;
    let npars = (k + 1) as f64;
    let nf = n as f64;
    let log_likelihood =
        -0.5 * nf * ((2.0 * std::f64::consts::PI * sse_z / nf).max(1e-300).ln() + 1.0);
    let aic = -2.0 * log_likelihood + 2.0 * npars;
    let aicc = aic + 2.0 * npars * (npars + 1.0) / (nf - npars - 1.0);
    Some(EtsModel {
        trend,
        alpha: p.alpha,
        beta: p.beta,
        phi: if trend == Trend::Damped { p.phi } else { 1.0 },
        level: centre + level_z * scale,
        slope: slope_z * scale,
        sse,
        n,
        aicc,
    })
    .filter(|m| m.aicc.is_finite() && m.sse.is_finite())
}

/// ETS(A,N,N), ETS(A,A,N) and ETS(A,Ad,N), those the series is long enough for.
pub fn fit_all(y: &[f64]) -> Vec<EtsModel> {
    [Trend::None, Trend::Additive, Trend::Damped]
        .into_iter()
        .filter_map(|t| fit(y, t))
        .collect()
}

/// The ETS model with the smallest AICc.
pub fn auto(y: &[f64]) -> Option<EtsModel> {
    fit_all(y)
        .into_iter()
        .min_by(|a, b| a.aicc.total_cmp(&b.aicc))
}

impl EtsModel {
    /// Residual degrees of freedom: observations less free parameters.
    pub fn df(&self) -> f64 {
        (self.n - self.trend.parameters()) as f64
    }

    /// σ² estimated without the maximum likelihood's downward bias on short series.
    pub fn sigma2(&self) -> f64 {
        self.sse / self.df()
    }

    /// Point forecasts `ℓ + (φ + … + φʰ) b` and their standard deviations from the
    /// class-1 variance `σ²(1 + Σ_{j<h} c_j²)` with `c_j = α + β(φ + … + φʲ)` (Hyndman et
    /// al. 2008, table 6.1; the ANN and AAN rows are the special cases β = 0 and φ = 1).
    pub fn forecast(&self, horizon: usize) -> Fit {
        let sigma2 = self.sigma2();
        let (mut mean, mut sd) = (Vec::with_capacity(horizon), Vec::with_capacity(horizon));
        let (mut damp_sum, mut phi_power) = (0.0, 1.0);
        let mut sum_c2 = 0.0;
        for _ in 0..horizon {
            phi_power *= self.phi;
            // Variance of step h uses c_1 … c_{h-1}; damp_sum is φ + … + φ^{h-1} here.
            if !mean.is_empty() {
                let c = self.alpha + self.beta * damp_sum;
                sum_c2 += c * c;
            }
            damp_sum += phi_power;
            let trend_part = if self.trend == Trend::None {
                0.0
            } else {
                damp_sum * self.slope
            };
            mean.push(self.level + trend_part);
            sd.push((sigma2 * (1.0 + sum_c2)).sqrt());
        }
        Fit {
            mean,
            sd,
            df: self.df(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_straight_line_is_fitted_by_a_trend_model() {
        let y: Vec<f64> = (0..12).map(|t| 100.0 + 5.0 * t as f64).collect();
        let m = fit(&y, Trend::Additive).unwrap();
        let f = m.forecast(2);
        assert!(
            (f.mean[0] - 160.0).abs() < 0.1 && (f.mean[1] - 165.0).abs() < 0.2,
            "{m:?}"
        );
    }

    #[test]
    fn variance_of_holt_matches_the_closed_form() {
        // AAN: v_h = σ²[1 + (h−1){α² + αβh + β²h(2h−1)/6}] (Hyndman et al. 2008, table 6.1).
        let m = EtsModel {
            trend: Trend::Additive,
            alpha: 0.5,
            beta: 0.2,
            phi: 1.0,
            level: 0.0,
            slope: 0.0,
            sse: 6.0,
            n: 10,
            aicc: 0.0,
        };
        let s2 = m.sigma2();
        let f = m.forecast(4);
        for (i, sd) in f.sd.iter().enumerate() {
            let h = (i + 1) as f64;
            let (a, b) = (m.alpha, m.beta);
            let v =
                s2 * (1.0 + (h - 1.0) * (a * a + a * b * h + b * b * h * (2.0 * h - 1.0) / 6.0));
            assert!((sd * sd - v).abs() < 1e-12, "h={h}: {} vs {v}", sd * sd);
        }
    }
}
