//! What an estimation returns: the point estimate with its variance, and the finished
//! [`Estimate`] with standard error, interval, coefficient of variation and unweighted n.

use super::error::{Result, SurveyError};
use super::interval::{IntervalKind, confidence_interval};

/// The population parameter being estimated.
///
/// Means, proportions and ratios are all ratio estimators `R̂ = Σ w y / Σ w x` (a mean has
/// `x = 1`, a proportion is the mean of a 0/1 indicator); a total is `Ŷ = Σ w y`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parameter {
    /// `Ŷ = Σ w_i y_i`.
    Total,
    /// `ȳ_w = Σ w_i y_i / Σ w_i`.
    Mean,
    /// `R̂ = Σ w_i y_i / Σ w_i x_i`.
    Ratio,
    /// Mean of a 0/1 indicator; its interval is the logit interval.
    Proportion,
}

impl Parameter {
    /// The interval that fits the parameter: logit for proportions, Wald otherwise.
    pub fn interval_kind(self) -> IntervalKind {
        match self {
            Parameter::Proportion => IntervalKind::Logit,
            _ => IntervalKind::Wald,
        }
    }
}

/// A point estimate and its estimated variance (before intervals are formed).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PointVariance {
    /// θ̂.
    pub estimate: f64,
    /// v(θ̂).
    pub variance: f64,
}

impl PointVariance {
    /// Adds standard error, interval at `level` with `df` degrees of freedom, CV and the
    /// unweighted `n`.
    pub fn finish(self, n: u64, df: f64, level: f64, kind: IntervalKind) -> Result<Estimate> {
        if !self.estimate.is_finite() || !self.variance.is_finite() {
            return Err(SurveyError::InvalidParameter {
                name: "estimate",
                value: self.estimate,
                reason: "estimate and variance must be finite",
            });
        }
        // Variances computed as sums of squares are >= 0; tiny negatives can only come from
        // rounding in caller-supplied sums.
        let variance = self.variance.max(0.0);
        let std_error = variance.sqrt();
        let ci = confidence_interval(self.estimate, std_error, df, level, kind)?;
        let cv = if self.estimate != 0.0 {
            Some(std_error / self.estimate.abs())
        } else {
            None
        };
        Ok(Estimate {
            estimate: self.estimate,
            variance,
            std_error,
            df,
            level,
            lower: ci.lower,
            upper: ci.upper,
            cv,
            n,
        })
    }
}

/// A finished estimate, ready to be flagged ([`super::reliability`]) and published.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    /// θ̂.
    pub estimate: f64,
    /// v(θ̂).
    pub variance: f64,
    /// `sqrt(v(θ̂))`.
    pub std_error: f64,
    /// Degrees of freedom used for the interval.
    pub df: f64,
    /// Confidence level of the interval (e.g. 0.95).
    pub level: f64,
    /// Lower confidence bound.
    pub lower: f64,
    /// Upper confidence bound.
    pub upper: f64,
    /// Coefficient of variation `SE / |θ̂|` as a fraction (0.2 = 20%); `None` when θ̂ = 0.
    pub cv: Option<f64>,
    /// Unweighted number of sample rows behind the estimate (rows in the domain).
    pub n: u64,
}
