//! Design-based survey estimation: weighted estimates and their variance.
//!
//! # What is here
//! * Totals, means, ratios and proportions ([`Parameter`]) in the whole sample or in domains,
//!   with standard errors by **Taylor linearisation** ([`taylor`], strata, PSUs, optional
//!   finite-population correction) or by **replicate weights** ([`replicate`]: JK1, JKn, BRR,
//!   Fay's BRR, successive differences, bootstrap).
//! * Quantiles (median) with replicate or Woodruff standard errors ([`quantile`]).
//! * 95% (any level) intervals — Student t for totals/means/ratios, logit for proportions —,
//!   CV and unweighted n ([`estimate`], [`interval`]).
//! * Reliability flags with configurable thresholds ([`reliability`]).
//! * Weight calibration by raking ([`raking`]).
//!
//! Every formula is documented in its module with references: Wolter (2007) *Introduction to
//! Variance Estimation*, 2nd ed.; Lohr (2022) *Sampling: Design and Analysis*, 3rd ed.;
//! Korn & Graubard (1999) *Analysis of Health Surveys*; Fay (1989); Judkins (1990);
//! Deville & Särndal (1992). The estimates are checked against samplics 0.6.1
//! (`data/oracles/samplics`, test `tests/survey_oracle.rs`).
//!
//! # Two layers
//! 1. **Row level** (tests, small data): slices of weights, y, x, strata, PSU, fpc, a domain
//!    mask and a replicate weight matrix; see [`TaylorDesign::estimate`] and
//!    [`ReplicateDesign::estimate`].
//! 2. **Sufficient statistics** (the engine): all estimators are ratios `Σwy / Σwx` (a mean
//!    has x = 1, a proportion an indicator y) or totals `Σwy`, so the engine only aggregates
//!    weighted sums and hands them over:
//!    * Taylor: per stratum, the number of PSUs, the fpc and the per-PSU sums
//!      `(Σ d w y, Σ d w x)` ([`StratumSums`]) — a `GROUP BY stratum, psu` — then
//!      [`taylor::ratio_from_sums`] / [`taylor::total_from_sums`]. PSUs absent from a domain
//!      need not be listed (they count as zeros) but must be counted in `n_psu`.
//!    * Replicates: full-sample and per-replicate `(Σ w y, Σ w x)` ([`RatioSums`]) — one
//!      `SUM(w_r * y), SUM(w_r * x)` per replicate column — then
//!      [`ReplicateDesign::ratio`] (the hot path: no allocation) or
//!      [`ReplicateDesign::total`].
//!
//!    Both return a [`PointVariance`]; [`PointVariance::finish`] adds SE, interval, CV and n,
//!    and [`ReliabilityThresholds::assess_estimate`] the flag.
//!
//! Missing values are not handled implicitly: every input must be finite. Drop rows with a
//! missing y/x before estimating (listwise deletion, as samplics and R's `na.rm` do, keeping
//! the design of the remaining rows) or treat "missing" as its own domain.
//!
//! All invalid input is reported as a typed [`SurveyError`]; nothing panics or returns NaN.

pub mod design;
pub mod error;
pub mod estimate;
pub mod interval;
pub mod quantile;
pub mod raking;
pub mod reliability;
pub mod replicate;
pub mod taylor;

pub use design::{Fpc, SingletonPolicy, StratumInfo, TaylorDesign};
pub use error::{Result, SurveyError};
pub use estimate::{Estimate, Parameter, PointVariance};
pub use interval::{Interval, IntervalKind, confidence_interval, t_critical, t_upper_quantile};
pub use quantile::{quantile_replicate, quantile_woodruff, weighted_quantile};
pub use raking::{Margin, RakingOptions, RakingResult, rake};
pub use reliability::{Reliability, ReliabilityReason, ReliabilityThresholds};
pub use replicate::{
    Centre, Layout, RatioSums, ReplicateDesign, ReplicateMethod, ReplicateWeightMatrix,
    ReplicateWeights, fay_weights, jackknife_weights,
};
pub use taylor::StratumSums;
