//! The description of a sample design for Taylor linearisation: strata, primary sampling
//! units (PSUs) and the finite-population correction.
//!
//! The design is compiled once from row-level labels ([`TaylorDesign::new`]) and then serves
//! any number of variables and domains. It follows the *ultimate cluster* with-replacement
//! approximation (Wolter 2007, §1.4 and §6.11; Lohr 2022, §9.1): only first-stage units enter
//! the variance, later stages are represented by the PSU totals.
//!
//! Missing design information:
//! * no strata: the whole sample is a single stratum (label 0);
//! * no PSUs: every row is its own PSU;
//! * PSU labels are *nested in strata* when strata are given (the PSU is the pair
//!   (stratum, psu)); without strata they are taken literally.
//!
//! Degrees of freedom for intervals: `df = #PSU - #strata` (Korn & Graubard 1999, §5.2), always
//! of the whole design, also for domains.

use std::collections::HashMap;

use super::error::{Result, SurveyError, check_finite, check_len};

/// Finite-population correction, given per row (it must be constant within a stratum).
#[derive(Debug, Clone, Copy, Default)]
pub enum Fpc<'a> {
    /// With-replacement variance (fpc = 1).
    #[default]
    None,
    /// The multiplier `1 - f_h` itself, in `[0, 1]` (as samplics' `fpc` argument).
    Multiplier(&'a [f64]),
    /// The number of PSUs of the stratum in the population, `N_h`; the multiplier is
    /// `1 - n_h / N_h` with `n_h` the number of sampled PSUs of the stratum (as R survey's
    /// `fpc=` with population sizes). Without PSUs, `n_h` counts rows.
    PopulationSize(&'a [f64]),
}

/// What to do with a stratum that has a single PSU.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SingletonPolicy {
    /// Refuse: [`SurveyError::SingletonStratum`]. The safe default.
    #[default]
    Error,
    /// Treat the PSU as selected with certainty: the stratum adds nothing to the variance
    /// (R survey `options(survey.lonely.psu = "certainty")`).
    Certainty,
}

/// One stratum of a compiled design.
#[derive(Debug, Clone, PartialEq)]
pub struct StratumInfo {
    /// Stratum label as given (0 when the design has no strata).
    pub label: u64,
    /// Number of sampled PSUs, `n_h`.
    pub n_psu: usize,
    /// Variance multiplier `1 - f_h` (1 with replacement).
    pub fpc: f64,
    /// Index of the stratum's first PSU; its PSUs are `first_psu .. first_psu + n_psu`.
    pub first_psu: usize,
}

/// A compiled Taylor-linearisation design: every row mapped to a dense PSU index, PSUs grouped
/// by stratum.
#[derive(Debug, Clone)]
pub struct TaylorDesign {
    pub(crate) row_psu: Vec<u32>,
    pub(crate) strata: Vec<StratumInfo>,
    pub(crate) singleton: SingletonPolicy,
    n_psu: usize,
}

impl TaylorDesign {
    /// Compiles a design for `n_rows` rows. `strata` and `psu` are per-row labels (already
    /// dictionary-encoded as integers); `fpc` see [`Fpc`]. Strata with one PSU are an error
    /// (see [`TaylorDesign::with_singleton_policy`]).
    pub fn new(
        n_rows: usize,
        strata: Option<&[u64]>,
        psu: Option<&[u64]>,
        fpc: Fpc<'_>,
    ) -> Result<Self> {
        Self::with_singleton_policy(n_rows, strata, psu, fpc, SingletonPolicy::Error)
    }

    /// As [`TaylorDesign::new`] with an explicit policy for single-PSU strata.
    pub fn with_singleton_policy(
        n_rows: usize,
        strata: Option<&[u64]>,
        psu: Option<&[u64]>,
        fpc: Fpc<'_>,
        singleton: SingletonPolicy,
    ) -> Result<Self> {
        if n_rows == 0 {
            return Err(SurveyError::Empty);
        }
        if let Some(s) = strata {
            check_len("strata", n_rows, s.len())?;
        }
        if let Some(p) = psu {
            check_len("psu", n_rows, p.len())?;
        }
        let key = |i: usize| -> (u64, u64) {
            (strata.map_or(0, |s| s[i]), psu.map_or(i as u64, |p| p[i]))
        };
        let mut keys: Vec<(u64, u64)> = (0..n_rows).map(key).collect();
        keys.sort_unstable();
        keys.dedup();
        let index: HashMap<(u64, u64), u32> = keys
            .iter()
            .enumerate()
            .map(|(j, k)| (*k, j as u32))
            .collect();
        let row_psu: Vec<u32> = (0..n_rows).map(|i| index[&key(i)]).collect();

        let mut infos: Vec<StratumInfo> = Vec::new();
        for (j, (s, _)) in keys.iter().enumerate() {
            match infos.last_mut() {
                Some(last) if last.label == *s => last.n_psu += 1,
                _ => infos.push(StratumInfo {
                    label: *s,
                    n_psu: 1,
                    fpc: 1.0,
                    first_psu: j,
                }),
            }
        }
        // fpc: constant per stratum.
        let values = match fpc {
            Fpc::None => None,
            Fpc::Multiplier(v) | Fpc::PopulationSize(v) => {
                check_len("fpc", n_rows, v.len())?;
                check_finite("fpc", v)?;
                Some(v)
            }
        };
        if let Some(values) = values {
            let mut seen: Vec<Option<f64>> = vec![None; infos.len()];
            let stratum_of_psu = |p: u32| -> usize {
                infos.partition_point(|s| s.first_psu + s.n_psu <= p as usize)
            };
            for (i, &v) in values.iter().enumerate() {
                let h = stratum_of_psu(row_psu[i]);
                match seen[h] {
                    None => seen[h] = Some(v),
                    Some(prev) if prev == v => {}
                    Some(prev) => {
                        return Err(SurveyError::InvalidFpc {
                            stratum: infos[h].label,
                            reason: format!("not constant within the stratum ({prev} and {v})"),
                        });
                    }
                }
            }
            for (h, info) in infos.iter_mut().enumerate() {
                let v = seen[h].unwrap_or(1.0);
                info.fpc = match fpc {
                    Fpc::Multiplier(_) => {
                        if !(0.0..=1.0).contains(&v) {
                            return Err(SurveyError::InvalidFpc {
                                stratum: info.label,
                                reason: format!("multiplier {v} is outside [0, 1]"),
                            });
                        }
                        v
                    }
                    _ => {
                        if v < info.n_psu as f64 {
                            return Err(SurveyError::InvalidFpc {
                                stratum: info.label,
                                reason: format!(
                                    "population size {v} is smaller than the {} sampled PSUs",
                                    info.n_psu
                                ),
                            });
                        }
                        1.0 - info.n_psu as f64 / v
                    }
                };
            }
        }
        let lonely = infos.iter().find(|s| s.n_psu < 2);
        if let (SingletonPolicy::Error, Some(s)) = (singleton, lonely) {
            return Err(SurveyError::SingletonStratum { stratum: s.label });
        }
        Ok(TaylorDesign {
            row_psu,
            n_psu: keys.len(),
            strata: infos,
            singleton,
        })
    }

    /// Number of rows the design was compiled for.
    pub fn n_rows(&self) -> usize {
        self.row_psu.len()
    }

    /// Number of PSUs (distinct stratum–PSU pairs).
    pub fn n_psu(&self) -> usize {
        self.n_psu
    }

    /// The strata, in ascending label order.
    pub fn strata(&self) -> &[StratumInfo] {
        &self.strata
    }

    /// Dense PSU index of every row (PSUs of a stratum are contiguous, see
    /// [`StratumInfo::first_psu`]).
    pub fn row_psu(&self) -> &[u32] {
        &self.row_psu
    }

    /// Degrees of freedom `#PSU - #strata`.
    pub fn df(&self) -> f64 {
        (self.n_psu - self.strata.len()) as f64
    }

    /// The policy for single-PSU strata.
    pub fn singleton_policy(&self) -> SingletonPolicy {
        self.singleton
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn psu_nested_in_strata_and_df() {
        let strata = [1, 1, 1, 2, 2, 2];
        let psu = [1, 1, 2, 1, 2, 2];
        let d = TaylorDesign::new(6, Some(&strata), Some(&psu), Fpc::None).unwrap();
        assert_eq!(d.n_psu(), 4);
        assert_eq!(d.df(), 2.0);
        assert_eq!(d.row_psu(), &[0, 0, 1, 2, 3, 3]);
    }

    #[test]
    fn singleton_stratum_is_a_typed_error() {
        let strata = [86, 86, 87, 87];
        let psu = [1, 1, 1, 2];
        let e = TaylorDesign::new(4, Some(&strata), Some(&psu), Fpc::None).unwrap_err();
        assert_eq!(e, SurveyError::SingletonStratum { stratum: 86 });
        assert!(e.to_string().contains("stratum 86 has one PSU"));
        let ok = TaylorDesign::with_singleton_policy(
            4,
            Some(&strata),
            Some(&psu),
            Fpc::None,
            SingletonPolicy::Certainty,
        );
        assert!(ok.is_ok());
    }

    #[test]
    fn fpc_population_size_and_validation() {
        let strata = [1, 1, 2, 2, 2];
        let n_pop = [10.0, 10.0, 6.0, 6.0, 6.0];
        let d = TaylorDesign::new(5, Some(&strata), None, Fpc::PopulationSize(&n_pop)).unwrap();
        assert_eq!(d.strata()[0].fpc, 1.0 - 2.0 / 10.0);
        assert_eq!(d.strata()[1].fpc, 1.0 - 3.0 / 6.0);
        let bad = [0.5, 0.4, 1.0, 1.0, 1.0];
        assert!(matches!(
            TaylorDesign::new(5, Some(&strata), None, Fpc::Multiplier(&bad)),
            Err(SurveyError::InvalidFpc { stratum: 1, .. })
        ));
        assert!(TaylorDesign::new(5, Some(&strata[..4]), None, Fpc::None).is_err());
        assert_eq!(
            TaylorDesign::new(0, None, None, Fpc::None).unwrap_err(),
            SurveyError::Empty
        );
    }
}
