//! Rolling-origin evaluation on the series' own history (Tashman 2000): fit on the first
//! `o` points, forecast the next ones, move the origin by one, repeat. It chooses the
//! method (lowest mean absolute error) and measures how large the method's
//! out-of-sample errors are against the spread it claimed, which calibrates the
//! intervals.

use super::{Fit, Method};

/// The shortest training window of a backtest fold: below it the models do not fit.
pub const MIN_TRAIN: usize = 6;
/// At most this many origins (the most recent ones): older history says less about the
/// next years, and each origin costs a fit of every method.
pub const MAX_ORIGINS: usize = 6;

/// Weight, in pseudo-errors, of the model's own variance in the calibration: with three
/// backtest errors the sample alone would swing the interval width by a factor of two.
pub const PRIOR_ERRORS: f64 = 6.0;

/// One out-of-sample error and the standard deviation the method gave for it.
#[derive(Debug, Clone, Copy)]
pub struct Error {
    pub error: f64,
    pub sd: f64,
    pub df: f64,
}

/// The training lengths of the folds.
pub fn origins(n: usize) -> std::ops::Range<usize> {
    MIN_TRAIN.max(n.saturating_sub(MAX_ORIGINS))..n
}

/// Out-of-sample errors of `method` at steps `1..=horizon` from every origin.
pub fn errors(y: &[f64], method: Method, horizon: usize) -> Vec<Error> {
    let mut out = Vec::new();
    for o in origins(y.len()) {
        let steps = horizon.min(y.len() - o);
        if let Some((fit, _)) = method.fit(&y[..o], steps) {
            push_errors(&mut out, &fit, &y[o..o + steps]);
        }
    }
    out
}

fn push_errors(out: &mut Vec<Error>, fit: &Fit, actual: &[f64]) {
    for ((m, s), a) in fit.mean.iter().zip(&fit.sd).zip(actual) {
        out.push(Error {
            error: a - m,
            sd: *s,
            df: fit.df,
        });
    }
}

/// The multiplier of the method's standard deviations that makes them match its
/// backtest errors: `λ² = (Σ (e/σ_h)²/v + k) / (m + k)`, where `v = df/(df−2)` is the
/// variance of the t distribution the intervals use (so a well-specified model gets
/// λ ≈ 1) and `k` = [`PRIOR_ERRORS`] shrinks a handful of errors towards the model.
/// 1 without backtest errors.
pub fn calibration(y: &[f64], method: Method, horizon: usize) -> f64 {
    scale_from(&errors(y, method, horizon))
}

fn scale_from(errors: &[Error]) -> f64 {
    let mut sum = 0.0;
    let mut m = 0.0;
    for e in errors {
        if e.sd > 0.0 && e.sd.is_finite() && e.error.is_finite() {
            let v = if e.df > 2.0 { e.df / (e.df - 2.0) } else { 3.0 };
            sum += (e.error / e.sd).powi(2) / v;
            m += 1.0;
        }
    }
    ((sum + PRIOR_ERRORS) / (m + PRIOR_ERRORS)).sqrt()
}

/// The backtest's verdict.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Choice {
    pub method: Method,
    /// Mean absolute error over the folds.
    pub mae: f64,
    /// The interval scale of [`calibration`] for this method.
    pub scale: f64,
}

/// The method with the smallest mean absolute backtest error (ties: the earlier in
/// [`Method::ALL`]); the combination when no method could be evaluated.
pub fn choose(y: &[f64], horizon: usize) -> Choice {
    let mut best: Option<Choice> = None;
    for method in Method::ALL {
        let errs = errors(y, method, horizon);
        if errs.is_empty() {
            continue;
        }
        let mae = errs.iter().map(|e| e.error.abs()).sum::<f64>() / errs.len() as f64;
        if mae.is_finite() && best.is_none_or(|b| mae < b.mae) {
            best = Some(Choice {
                method,
                mae,
                scale: scale_from(&errs),
            });
        }
    }
    best.unwrap_or(Choice {
        method: Method::Combination,
        mae: f64::NAN,
        scale: 1.0,
    })
}
