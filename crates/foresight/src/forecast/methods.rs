//! The benchmark methods and the ones built on ETS: naive, drift, Theta and the
//! combination. Each returns point forecasts with the standard deviation of the forecast
//! distribution per step and the residual degrees of freedom behind it.

use super::Fit;
use super::ets::{self, Trend};

/// Naive (random walk): every future value is the last one; `σ_h = σ√h` with σ² the mean
/// squared first difference (Hyndman & Athanasopoulos, *Forecasting: Principles and
/// Practice*, 3rd ed., § 5.5, table 5.2).
pub fn naive(y: &[f64], horizon: usize) -> Fit {
    let n = y.len();
    let last = y[n - 1];
    let sigma2 = y.windows(2).map(|w| (w[1] - w[0]).powi(2)).sum::<f64>() / (n - 1) as f64;
    Fit {
        mean: vec![last; horizon],
        sd: (1..=horizon).map(|h| (sigma2 * h as f64).sqrt()).collect(),
        df: (n - 1) as f64,
    }
}

/// Random walk with drift: the line through the first and last observation carried on;
/// `σ_h = σ√(h(1 + h/(T−1)))`, the second term being the uncertainty of the estimated
/// drift (FPP3 § 5.5, table 5.2), σ² the variance of the differences about the drift.
pub fn drift(y: &[f64], horizon: usize) -> Fit {
    let n = y.len();
    let steps = (n - 1) as f64;
    let slope = (y[n - 1] - y[0]) / steps;
    let sse: f64 = y.windows(2).map(|w| (w[1] - w[0] - slope).powi(2)).sum();
    let sigma2 = sse / (steps - 1.0);
    Fit {
        mean: (1..=horizon).map(|h| y[n - 1] + h as f64 * slope).collect(),
        sd: (1..=horizon)
            .map(|h| {
                let h = h as f64;
                (sigma2 * h * (1.0 + h / steps)).sqrt()
            })
            .collect(),
        df: steps - 1.0,
    }
}

/// ETS with the trend chosen by AICc, and the model's name.
pub fn auto_ets(y: &[f64], horizon: usize) -> Option<(Fit, &'static str)> {
    let model = ets::auto(y)?;
    Some((model.forecast(horizon), model.trend.name()))
}

/// The Theta method in Hyndman & Billah's (2003) formulation: simple exponential
/// smoothing plus a drift of half the slope of the least-squares line through the
/// series, `ŷ(h) = ℓ_n + (b/2)(h − 1 + (1 − (1−α)ⁿ)/α)`. The intervals are those of the
/// underlying ETS(A,N,N), as in the original.
pub fn theta(y: &[f64], horizon: usize) -> Option<Fit> {
    let ses = ets::fit(y, Trend::None)?;
    let n = y.len();
    let b = least_squares_slope(y);
    let alpha = ses.alpha;
    let shift = (1.0 - (1.0 - alpha).powi(n as i32)) / alpha;
    let mut fit = ses.forecast(horizon);
    for (i, m) in fit.mean.iter_mut().enumerate() {
        *m += 0.5 * b * (i as f64 + shift);
    }
    // The slope is one more estimated parameter.
    fit.df = (fit.df - 1.0).max(1.0);
    Some(fit)
}

/// The mean of ETS, Theta and drift. Averaging methods that err in different directions
/// is the most reliable gain in forecasting competitions (M3, M4). The standard deviation
/// is the mean of the members' ones: the forecast errors of the members are strongly
/// positively correlated, and with correlation 1 this is exact, otherwise an upper bound.
pub fn combination(y: &[f64], horizon: usize) -> Option<Fit> {
    let members = [
        auto_ets(y, horizon)?.0,
        theta(y, horizon)?,
        drift(y, horizon),
    ];
    let k = members.len() as f64;
    let avg = |pick: &dyn Fn(&Fit) -> &Vec<f64>| -> Vec<f64> {
        (0..horizon)
            .map(|h| members.iter().map(|m| pick(m)[h]).sum::<f64>() / k)
            .collect()
    };
    Some(Fit {
        mean: avg(&|m| &m.mean),
        sd: avg(&|m| &m.sd),
        df: members.iter().map(|m| m.df).fold(f64::INFINITY, f64::min),
    })
}

fn least_squares_slope(y: &[f64]) -> f64 {
    let n = y.len() as f64;
    let t_mean = (n - 1.0) / 2.0;
    let y_mean = y.iter().sum::<f64>() / n;
    let (mut sxy, mut sxx) = (0.0, 0.0);
    for (t, v) in y.iter().enumerate() {
        let dt = t as f64 - t_mean;
        sxy += dt * (v - y_mean);
        sxx += dt * dt;
    }
    sxy / sxx
}
