//! Typed errors of survey estimation: every invalid input is reported, never turned into NaN.

use thiserror::Error;

/// Why an estimate, a variance or a calibration could not be computed.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum SurveyError {
    /// Two inputs that must describe the same rows (or replicates) have different lengths.
    #[error("{what} has {got} entries, expected {expected}")]
    LengthMismatch {
        /// The offending input.
        what: &'static str,
        /// The length the other inputs imply.
        expected: usize,
        /// The length found.
        got: usize,
    },
    /// A value is NaN or infinite.
    #[error(
        "{what} at index {index} is not a finite number ({value}); drop missing values (listwise) or treat them as a domain before estimating"
    )]
    NonFinite {
        /// The offending input.
        what: &'static str,
        /// Its position.
        index: usize,
        /// The value found.
        value: f64,
    },
    /// A weight is negative.
    #[error("{what} at index {index} is negative ({value}); survey weights must be >= 0")]
    NegativeWeight {
        /// Which weight (full-sample or replicate).
        what: &'static str,
        /// Its position.
        index: usize,
        /// The value found.
        value: f64,
    },
    /// The sample (or domain) is empty.
    #[error("no observations: the sample or the domain is empty")]
    Empty,
    /// The denominator of a ratio, mean or proportion is zero.
    #[error(
        "the denominator ({what}) is zero: the domain has no weighted observations, the ratio is undefined"
    )]
    ZeroDenominator {
        /// Which sum was zero (full sample or replicate r).
        what: String,
    },
    /// A stratum has a single PSU, so the between-PSU variance cannot be estimated.
    #[error(
        "stratum {stratum} has one PSU: variance cannot be estimated; collapse strata or use replicate weights (or choose SingletonPolicy::Certainty)"
    )]
    SingletonStratum {
        /// The stratum label.
        stratum: u64,
    },
    /// The finite-population correction is invalid or not constant within a stratum.
    #[error("finite-population correction for stratum {stratum}: {reason}")]
    InvalidFpc {
        /// The stratum label.
        stratum: u64,
        /// What is wrong.
        reason: String,
    },
    /// A parameter is outside its domain (confidence level, Fay's rho, a probability ...).
    #[error("invalid parameter {name} = {value}: {reason}")]
    InvalidParameter {
        /// Parameter name.
        name: &'static str,
        /// Value given.
        value: f64,
        /// The allowed range.
        reason: &'static str,
    },
    /// A replicate method was used in a way it does not define.
    #[error("replicate design: {0}")]
    Replicate(String),
    /// Raking could not be set up.
    #[error("raking: {0}")]
    Raking(String),
}

/// Result alias of this module.
pub type Result<T> = std::result::Result<T, SurveyError>;

pub(crate) fn check_len(what: &'static str, expected: usize, got: usize) -> Result<()> {
    if expected == got {
        Ok(())
    } else {
        Err(SurveyError::LengthMismatch {
            what,
            expected,
            got,
        })
    }
}

pub(crate) fn check_finite(what: &'static str, values: &[f64]) -> Result<()> {
    match values.iter().position(|v| !v.is_finite()) {
        None => Ok(()),
        Some(index) => Err(SurveyError::NonFinite {
            what,
            index,
            value: values[index],
        }),
    }
}

pub(crate) fn check_weights(what: &'static str, w: &[f64]) -> Result<()> {
    check_finite(what, w)?;
    match w.iter().position(|v| *v < 0.0) {
        None => Ok(()),
        Some(index) => Err(SurveyError::NegativeWeight {
            what,
            index,
            value: w[index],
        }),
    }
}
