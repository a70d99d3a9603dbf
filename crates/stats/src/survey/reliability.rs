//! Reliability flags for published estimates, Eurostat-style.
//!
//! Eurostat's survey-based statistics (EU-LFS, EU-SILC) publish an estimate only if enough
//! sample units stand behind it, and flag the less reliable ones `u` ("low reliability").
//! The defaults here follow that practice: an estimate based on fewer than **20** sample rows
//! is not published, one based on fewer than **50** is flagged `u` (see EU-LFS "reliability
//! limits" and the EU-SILC Regulation 2019/2242 publication rules). Coefficient-of-variation
//! limits may be added (e.g. suppress above 33%, flag above 16.5%, the thresholds used by
//! Statistics Canada and several NSIs).
//!
//! `n` is [`super::estimate::Estimate::n`], the unweighted number of rows in the domain.

use super::estimate::Estimate;

/// Configurable reliability thresholds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReliabilityThresholds {
    /// Suppress (do not publish) when `n < suppress_below_n`. Default 20.
    pub suppress_below_n: u64,
    /// Flag `u` when `n < flag_below_n`. Default 50.
    pub flag_below_n: u64,
    /// Optionally suppress when CV > this (fraction, e.g. 0.33).
    pub suppress_above_cv: Option<f64>,
    /// Optionally flag `u` when CV > this (fraction, e.g. 0.165).
    pub flag_above_cv: Option<f64>,
}

impl Default for ReliabilityThresholds {
    fn default() -> Self {
        ReliabilityThresholds {
            suppress_below_n: 20,
            flag_below_n: 50,
            suppress_above_cv: None,
            flag_above_cv: None,
        }
    }
}

/// Why an estimate was flagged or suppressed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ReliabilityReason {
    /// Too few sample rows: `n` below `threshold`.
    SmallSample {
        /// Unweighted n.
        n: u64,
        /// The threshold that was not reached.
        threshold: u64,
    },
    /// Coefficient of variation above `threshold` (or undefined because the estimate is 0).
    HighCv {
        /// The CV (None when the estimate is 0).
        cv: Option<f64>,
        /// The threshold exceeded.
        threshold: f64,
    },
}

/// The publication status of an estimate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reliability {
    /// Publish without flag.
    Reliable,
    /// Publish with flag `u` (low reliability).
    Low(ReliabilityReason),
    /// Do not publish.
    Suppressed(ReliabilityReason),
}

impl Reliability {
    /// The Eurostat flag to print next to the value: `Some('u')` for low reliability.
    /// Suppressed values are not printed at all (publish `:` with the reason instead).
    pub fn flag(&self) -> Option<char> {
        match self {
            Reliability::Low(_) => Some('u'),
            _ => None,
        }
    }
    /// Whether the value may be published.
    pub fn is_published(&self) -> bool {
        !matches!(self, Reliability::Suppressed(_))
    }
}

impl ReliabilityThresholds {
    /// Assesses an estimate with `n` sample rows and coefficient of variation `cv`.
    /// Suppression reasons take precedence over flags; sample size before CV.
    pub fn assess(&self, n: u64, cv: Option<f64>) -> Reliability {
        if n < self.suppress_below_n {
            return Reliability::Suppressed(ReliabilityReason::SmallSample {
                n,
                threshold: self.suppress_below_n,
            });
        }
        let over = |t: Option<f64>| t.filter(|&t| cv.is_none_or(|cv| cv > t));
        if let Some(threshold) = over(self.suppress_above_cv) {
            return Reliability::Suppressed(ReliabilityReason::HighCv { cv, threshold });
        }
        if n < self.flag_below_n {
            return Reliability::Low(ReliabilityReason::SmallSample {
                n,
                threshold: self.flag_below_n,
            });
        }
        if let Some(threshold) = over(self.flag_above_cv) {
            return Reliability::Low(ReliabilityReason::HighCv { cv, threshold });
        }
        Reliability::Reliable
    }

    /// Assesses a finished estimate.
    pub fn assess_estimate(&self, e: &Estimate) -> Reliability {
        self.assess(e.n, e.cv)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_thresholds() {
        let t = ReliabilityThresholds::default();
        assert!(matches!(
            t.assess(19, Some(0.01)),
            Reliability::Suppressed(_)
        ));
        assert_eq!(t.assess(20, Some(0.01)).flag(), Some('u'));
        assert_eq!(t.assess(49, None).flag(), Some('u'));
        assert_eq!(t.assess(50, Some(0.5)), Reliability::Reliable);
        assert!(!t.assess(3, None).is_published());
    }

    #[test]
    fn cv_thresholds() {
        let t = ReliabilityThresholds {
            suppress_above_cv: Some(0.33),
            flag_above_cv: Some(0.165),
            ..Default::default()
        };
        assert!(matches!(
            t.assess(100, Some(0.4)),
            Reliability::Suppressed(ReliabilityReason::HighCv { .. })
        ));
        assert_eq!(t.assess(100, Some(0.2)).flag(), Some('u'));
        assert_eq!(t.assess(100, Some(0.1)), Reliability::Reliable);
        // an estimate of zero has no CV: with CV rules on it is not published
        assert!(!t.assess(100, None).is_published());
    }
}
