//! Forecasts of short annual and half-yearly series with prediction intervals.
//!
//! A city's series is typically 6–15 points long. On such series no single method wins
//! everywhere, the analytic intervals of a fitted model are too narrow (they ignore that
//! the parameters were estimated), and a model needs more points than a trend line. So:
//!
//! - **Methods** ([`Method`]): naive, drift, ETS with additive errors chosen by AICc
//!   ([`ets`]), Theta, and the combination of ETS, Theta and drift ([`methods`]).
//! - **Choice** by a rolling-origin backtest on the series' own history when it has at
//!   least [`BACKTEST_MIN_POINTS`] points ([`backtest`]); shorter series get the combination
//!   (6–7 points) or naive (3–5), with a note that says so.
//! - **Intervals** from the chosen method's forecast variance with Student-t quantiles on
//!   its residual degrees of freedom (so a σ estimated from eight residuals widens the
//!   interval, as it should), scaled by how large the method's out-of-sample errors in the
//!   backtest were relative to the variance it claimed ([`backtest::calibration`]).
//! - **Bounds** ([`Bounds`]): counts are never negative, shares stay in 0–100.
//!
//! [`longcsv`] reads and writes the statsforecast long layout (`unique_id,ds,y`).

pub mod backtest;
pub mod ets;
pub mod longcsv;
pub mod methods;
mod optimise;

use stats::survey::interval::t_critical;

/// Series this long or longer choose their method by backtest.
pub const BACKTEST_MIN_POINTS: usize = 8;

/// Point forecasts and the spread of the forecast distribution of one method.
#[derive(Debug, Clone)]
pub struct Fit {
    pub mean: Vec<f64>,
    /// Standard deviation of the `h`-step forecast distribution, `h = 1, 2, …`.
    pub sd: Vec<f64>,
    /// Residual degrees of freedom behind the estimated σ (for Student-t quantiles).
    pub df: f64,
}

/// The range a series' values can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Bounds {
    /// Any real value (e.g. a net migration balance or a gap between groups).
    #[default]
    Unbounded,
    /// Counts: never below 0.
    NonNegative,
    /// Shares in percent: between 0 and 100.
    Percent,
}

impl Bounds {
    /// `none`, `count` or `percent`, as the CLI takes it.
    pub fn parse(name: &str) -> Result<Bounds, String> {
        match name {
            "none" => Ok(Bounds::Unbounded),
            "count" => Ok(Bounds::NonNegative),
            "percent" => Ok(Bounds::Percent),
            _ => Err(format!(
                "unknown bounds '{name}': choose none, count (never below 0) or percent (0–100)"
            )),
        }
    }

    /// The range of a stored series: 0–100 for a unit in percent, otherwise never below 0
    /// when no value is negative (counts, rates), otherwise none (balances, gaps).
    pub fn of_series(unit: Option<&str>, values: &[f64]) -> Bounds {
        let percent =
            unit.is_some_and(|u| u.contains('%') || u.to_ascii_lowercase().starts_with("percent"));
        if percent {
            Bounds::Percent
        } else if values.iter().all(|v| *v >= 0.0) {
            Bounds::NonNegative
        } else {
            Bounds::Unbounded
        }
    }

    /// The point and both interval ends are clamped to the range. Clamping, not a log or
    /// logit transform: a transform changes the model (a multiplicative trend for
    /// counts) and its back-transformed mean is biased, whereas clamping leaves every
    /// forecast inside the range untouched and cannot lower coverage, since an outcome
    /// outside the range is impossible.
    fn clamp(self, v: f64) -> f64 {
        match self {
            Bounds::Unbounded => v,
            Bounds::NonNegative => v.max(0.0),
            Bounds::Percent => v.clamp(0.0, 100.0),
        }
    }
}

/// The forecasting methods, in the order that breaks ties in the backtest (simpler last,
/// the combination first since it is the most robust when scores are equal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Combination,
    Ets,
    Theta,
    Drift,
    Naive,
}

impl Method {
    pub const ALL: [Method; 5] = [
        Method::Combination,
        Method::Ets,
        Method::Theta,
        Method::Drift,
        Method::Naive,
    ];

    /// The method's forecasts; `None` when the series is too short for it (every method
    /// needs 3 points; ETS and Theta 5, the combination too).
    pub fn fit(self, y: &[f64], horizon: usize) -> Option<(Fit, String)> {
        if y.len() < 3 {
            return None;
        }
        methods::Candidates::new(y, horizon).get(self)
    }

    /// Parses a method's name as the CLI takes it.
    pub fn parse(name: &str) -> Option<Method> {
        match name.to_ascii_lowercase().as_str() {
            "naive" => Some(Method::Naive),
            "drift" => Some(Method::Drift),
            "ets" => Some(Method::Ets),
            "theta" => Some(Method::Theta),
            "combination" => Some(Method::Combination),
            _ => None,
        }
    }
}

/// How a forecast is made.
#[derive(Debug, Clone)]
pub struct Options {
    /// Periods ahead.
    pub horizon: usize,
    /// Levels of the prediction intervals in percent, e.g. `[80.0, 95.0]`.
    pub levels: Vec<f64>,
    pub bounds: Bounds,
    /// A method to use instead of the backtest's choice (where the series is long enough
    /// for it).
    pub method: Option<Method>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            horizon: 3,
            levels: vec![80.0, 95.0],
            bounds: Bounds::Unbounded,
            method: None,
        }
    }
}

/// A series' forecast.
#[derive(Debug, Clone, PartialEq)]
pub struct Forecast {
    /// The method chosen, e.g. `ETS(A,Ad,N)` or `Drift`.
    pub model: String,
    /// Why a plain method was used, when it was.
    pub note: Option<String>,
    pub mean: Vec<f64>,
    /// `lower[i][h]`, `upper[i][h]`: the interval of `options.levels[i]` at step `h + 1`.
    pub lower: Vec<Vec<f64>>,
    pub upper: Vec<Vec<f64>>,
}

/// Why a series cannot be forecast.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ForecastError {
    #[error(
        "series '{id}' has {points} point(s): a forecast needs at least 3 (give more years, or leave the series out)"
    )]
    TooShort { id: String, points: usize },
    #[error("series '{id}': value {value} at position {position} is not a finite number")]
    NotFinite {
        id: String,
        position: usize,
        value: f64,
    },
    #[error("interval level {0} is not between 0 and 100 (give e.g. 80,95)")]
    BadLevel(f64),
    #[error("the horizon must be at least 1 period")]
    NoHorizon,
}

/// Forecasts series `id` (named in errors) `options.horizon` periods ahead.
pub fn forecast(id: &str, y: &[f64], options: &Options) -> Result<Forecast, ForecastError> {
    check(id, y, options)?;
    let horizon = options.horizon;
    let (method, note) = plan(y.len(), options.method);
    let (method, scale) = match method {
        Some(m) if y.len() >= BACKTEST_MIN_POINTS => (m, backtest::calibration(y, m, horizon)),
        Some(m) => (m, 1.0),
        None => {
            let choice = backtest::choose(y, horizon);
            (choice.method, choice.scale)
        }
    };
    let (fit, model) = method
        .fit(y, horizon)
        .unwrap_or_else(|| fallback(y, horizon));
    Ok(assemble(y, fit, model, note, scale, options))
}

/// Which method a series of `n` points gets (`None`: decided by backtest), and the note
/// that explains a plain one.
fn plan(n: usize, requested: Option<Method>) -> (Option<Method>, Option<String>) {
    match (n, requested) {
        // Naive, not drift: a trend from 3–5 points is mostly noise (on the Urban Audit
        // benchmark drift missed by a sMAPE of 16.4% where naive missed by 11.6%).
        (3..=5, _) => (
            Some(Method::Naive),
            Some(format!(
                "{n} points: naive forecast (too short to estimate a trend or compare models)"
            )),
        ),
        (_, Some(m)) => (Some(m), None),
        (6..BACKTEST_MIN_POINTS, None) => (
            Some(Method::Combination),
            Some(format!(
                "{n} points: the combination of ETS, Theta and drift (too short to choose by backtest)"
            )),
        ),
        _ => (None, None),
    }
}

/// Drift when a model cannot be fitted (it always can from 3 points on).
fn fallback(y: &[f64], horizon: usize) -> (Fit, String) {
    (methods::drift(y, horizon), "Drift".into())
}

fn check(id: &str, y: &[f64], options: &Options) -> Result<(), ForecastError> {
    if options.horizon == 0 {
        return Err(ForecastError::NoHorizon);
    }
    if let Some(&l) = options.levels.iter().find(|l| !(**l > 0.0 && **l < 100.0)) {
        return Err(ForecastError::BadLevel(l));
    }
    if y.len() < 3 {
        return Err(ForecastError::TooShort {
            id: id.into(),
            points: y.len(),
        });
    }
    if let Some((i, &v)) = y.iter().enumerate().find(|(_, v)| !v.is_finite()) {
        return Err(ForecastError::NotFinite {
            id: id.into(),
            position: i + 1,
            value: v,
        });
    }
    Ok(())
}

/// Intervals `mean ± t_{df}(level) · scale · sd_h`, then the bounds. A fit whose numbers
/// are not finite (a degenerate optimisation) is replaced by naive, so no NaN leaves.
fn assemble(
    y: &[f64],
    fit: Fit,
    model: String,
    note: Option<String>,
    scale: f64,
    options: &Options,
) -> Forecast {
    let finite = |f: &Fit| f.mean.iter().chain(&f.sd).all(|v| v.is_finite());
    let (fit, model, scale) = if finite(&fit) && scale.is_finite() {
        (fit, model, scale)
    } else {
        (methods::naive(y, options.horizon), "Naive".to_string(), 1.0)
    };
    let df = fit.df.max(1.0);
    let bounds = options.bounds;
    let mut lower = Vec::with_capacity(options.levels.len());
    let mut upper = Vec::with_capacity(options.levels.len());
    for &level in &options.levels {
        // Levels were checked to lie in (0, 100), and df ≥ 1, so the quantile exists.
        let q = t_critical(level / 100.0, df).unwrap_or(f64::NAN);
        let half: Vec<f64> = fit.sd.iter().map(|s| q * scale * s).collect();
        lower.push(
            fit.mean
                .iter()
                .zip(&half)
                .map(|(m, w)| bounds.clamp(m - w))
                .collect(),
        );
        upper.push(
            fit.mean
                .iter()
                .zip(&half)
                .map(|(m, w)| bounds.clamp(m + w))
                .collect(),
        );
    }
    Forecast {
        model,
        note,
        mean: fit.mean.iter().map(|&m| bounds.clamp(m)).collect(),
        lower,
        upper,
    }
}
