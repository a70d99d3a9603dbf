//! Replicate-weight variance: jackknife (JK1, JKn), balanced repeated replication (BRR), Fay's
//! BRR, successive differences (SDR, as in the American Community Survey) and the bootstrap.
//!
//! # Formula
//! With `θ̂` the full-sample estimate and `θ̂_r` the same estimator computed with replicate
//! weight column `r = 1..R`:
//!
//! `v(θ̂) = Σ_r c_r (θ̂_r - θ̄)²`, where the centre `θ̄` is either the full-sample estimate
//! ([`Centre::FullSample`], the "MSE" or *conservative* form) or the mean of the replicate
//! estimates ([`Centre::ReplicateMean`]) (Wolter 2007, §§3.3, 4.2, 4.5; Lohr 2022, §9.3).
//!
//! | method | `c_r` | default centre | default df | reference |
//! |---|---|---|---|---|
//! | JK1 (delete-one-PSU, unstratified) | `(R-1)/R` | replicate mean | `R - 1` | Wolter §4.2 |
//! | JKn (stratified, delete one PSU) | `(n_h-1)/n_h`, `h` the stratum of replicate r | full sample | `R - H` | Wolter §4.5 (4.5.4) |
//! | BRR | `1/R` | replicate mean | `R/2` | Wolter §3.3 (3.3.3) |
//! | Fay's BRR, ρ | `1/(R (1-ρ)²)` | replicate mean | `R/2` | Fay 1989; Judkins 1990 |
//! | successive difference | `4/R` (4/80 for the ACS) | full sample | `R` | Fay & Train 1995; US Census Bureau ACS Design & Methodology ch. 12 |
//! | bootstrap | `1/(R-1)` | replicate mean | `R - 1` | Rao & Wu 1988; Rao, Wu & Yue 1992 |
//!
//! The bootstrap coefficient is `1/(R-1)`, i.e. the sample variance of the replicate estimates
//! (as R survey's `type = "bootstrap"`); use [`ReplicateDesign::custom`] for `1/R`.
//! Degrees of freedom for BRR/Fay follow samplics (`R/2`); when the number of variance strata
//! `H` is known, `with_df(H)` is the textbook choice. JKn with a replicate-mean centre is not
//! a standard estimator (each stratum would need its own centre) and is refused.
//!
//! # Two layers
//! * Row level: [`ReplicateDesign::estimate`] takes the full-sample weights, a
//!   [`ReplicateWeights`] matrix, y, x and a domain mask.
//! * Sufficient statistics: every estimator here is a ratio `Σ w y / Σ w x` (mean: x = 1;
//!   proportion: y an indicator) or a total `Σ w y`, so a [`RatioSums`] — the full-sample
//!   numerator and denominator and the same pair per replicate — is all the engine has to
//!   aggregate. [`ReplicateDesign::ratio`] and [`ReplicateDesign::total`] turn it into an
//!   estimate and variance without allocating.
//!
//! Domains zero the replicate weights outside the domain, exactly like the full-sample weight.

use super::error::{Result, SurveyError, check_len, check_weights};
use super::estimate::{Estimate, Parameter, PointVariance};
use super::taylor::check_inputs;

/// Replicate variance method (see the module table for coefficients).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ReplicateMethod {
    /// Unstratified delete-one jackknife.
    Jk1,
    /// Stratified delete-one-PSU jackknife.
    Jkn,
    /// Balanced repeated replication (half samples).
    Brr,
    /// Fay's modified BRR with perturbation factor `rho` in [0, 1).
    Fay {
        /// ρ: the weight factor of the "dropped" half sample.
        rho: f64,
    },
    /// Successive-difference replication.
    SuccessiveDifference,
    /// Bootstrap (e.g. Rao–Wu rescaled).
    Bootstrap,
    /// Caller-supplied coefficients.
    Custom,
}

/// The centre of the squared deviations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Centre {
    /// `θ̂` (full sample): the conservative "MSE" form.
    FullSample,
    /// `θ̄ = Σ θ̂_r / R`.
    ReplicateMean,
}

/// A replicate design: method, the coefficient of each replicate, centre and df.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicateDesign {
    method: ReplicateMethod,
    coefs: Vec<f64>,
    centre: Centre,
    df: f64,
}

fn need_reps(n_reps: usize, min: usize) -> Result<()> {
    if n_reps < min {
        Err(SurveyError::Replicate(format!(
            "{n_reps} replicates given, at least {min} needed"
        )))
    } else {
        Ok(())
    }
}

impl ReplicateDesign {
    fn uniform(method: ReplicateMethod, n_reps: usize, c: f64, centre: Centre, df: f64) -> Self {
        ReplicateDesign {
            method,
            coefs: vec![c; n_reps],
            centre,
            df,
        }
    }

    /// JK1: `c = (R-1)/R`, df `R-1`.
    pub fn jk1(n_reps: usize) -> Result<Self> {
        need_reps(n_reps, 2)?;
        let r = n_reps as f64;
        Ok(Self::uniform(
            ReplicateMethod::Jk1,
            n_reps,
            (r - 1.0) / r,
            Centre::ReplicateMean,
            r - 1.0,
        ))
    }

    /// JKn: one replicate per PSU; `psus_in_stratum[r]` is `n_h` of the stratum of replicate
    /// `r`, giving `c_r = (n_h-1)/n_h`; df `R - H` (H = number of strata).
    pub fn jkn(psus_in_stratum: &[usize]) -> Result<Self> {
        need_reps(psus_in_stratum.len(), 2)?;
        if let Some(r) = psus_in_stratum.iter().position(|&n| n < 2) {
            return Err(SurveyError::Replicate(format!(
                "replicate {r} belongs to a stratum with {} PSU(s); JKn needs at least 2 per stratum",
                psus_in_stratum[r]
            )));
        }
        let coefs: Vec<f64> = psus_in_stratum
            .iter()
            .map(|&n| (n as f64 - 1.0) / n as f64)
            .collect();
        let h: f64 = psus_in_stratum.iter().map(|&n| 1.0 / n as f64).sum();
        Ok(ReplicateDesign {
            method: ReplicateMethod::Jkn,
            df: psus_in_stratum.len() as f64 - h.round(),
            coefs,
            centre: Centre::FullSample,
        })
    }

    /// BRR: `c = 1/R`, df `R/2`.
    pub fn brr(n_reps: usize) -> Result<Self> {
        need_reps(n_reps, 2)?;
        let r = n_reps as f64;
        Ok(Self::uniform(
            ReplicateMethod::Brr,
            n_reps,
            1.0 / r,
            Centre::ReplicateMean,
            r / 2.0,
        ))
    }

    /// Fay's BRR with factor ρ in [0, 1): `c = 1/(R (1-ρ)²)`, df `R/2`.
    pub fn fay(n_reps: usize, rho: f64) -> Result<Self> {
        need_reps(n_reps, 2)?;
        if !(0.0..1.0).contains(&rho) {
            return Err(SurveyError::InvalidParameter {
                name: "Fay's rho",
                value: rho,
                reason: "must be in [0, 1)",
            });
        }
        let r = n_reps as f64;
        Ok(Self::uniform(
            ReplicateMethod::Fay { rho },
            n_reps,
            1.0 / (r * (1.0 - rho) * (1.0 - rho)),
            Centre::ReplicateMean,
            r / 2.0,
        ))
    }

    /// Successive differences: `c = 4/R` (ACS: R = 80, 4/80), centred on the full sample, df R.
    pub fn successive_difference(n_reps: usize) -> Result<Self> {
        need_reps(n_reps, 2)?;
        let r = n_reps as f64;
        Ok(Self::uniform(
            ReplicateMethod::SuccessiveDifference,
            n_reps,
            4.0 / r,
            Centre::FullSample,
            r,
        ))
    }

    /// Bootstrap: `c = 1/(R-1)`, df `R-1`.
    pub fn bootstrap(n_reps: usize) -> Result<Self> {
        need_reps(n_reps, 2)?;
        let r = n_reps as f64;
        Ok(Self::uniform(
            ReplicateMethod::Bootstrap,
            n_reps,
            1.0 / (r - 1.0),
            Centre::ReplicateMean,
            r - 1.0,
        ))
    }

    /// Any coefficients (all finite, >= 0), centre and df.
    pub fn custom(coefs: Vec<f64>, centre: Centre, df: f64) -> Result<Self> {
        need_reps(coefs.len(), 1)?;
        check_weights("replicate coefficients", &coefs)?;
        Ok(ReplicateDesign {
            method: ReplicateMethod::Custom,
            coefs,
            centre,
            df,
        })
    }

    /// Changes the centre. JKn with a replicate-mean centre is refused.
    pub fn with_centre(mut self, centre: Centre) -> Result<Self> {
        if self.method == ReplicateMethod::Jkn && centre == Centre::ReplicateMean {
            return Err(SurveyError::Replicate(
                "JKn with unequal coefficients has no standard replicate-mean centre; use Centre::FullSample".into(),
            ));
        }
        self.centre = centre;
        Ok(self)
    }

    /// Changes the degrees of freedom used for intervals.
    pub fn with_df(mut self, df: f64) -> Self {
        self.df = df;
        self
    }

    /// The method.
    pub fn method(&self) -> ReplicateMethod {
        self.method
    }
    /// Number of replicates R.
    pub fn n_reps(&self) -> usize {
        self.coefs.len()
    }
    /// The coefficients `c_r`.
    pub fn coefs(&self) -> &[f64] {
        &self.coefs
    }
    /// The centre.
    pub fn centre(&self) -> Centre {
        self.centre
    }
    /// Degrees of freedom for intervals.
    pub fn df(&self) -> f64 {
        self.df
    }

    /// `Σ_r c_r (θ_r - θ̄)²` with `theta(r)` evaluated on demand (no allocation).
    fn variance_with(&self, full: f64, theta: impl Fn(usize) -> Result<f64>) -> Result<f64> {
        let centre = match self.centre {
            Centre::FullSample => full,
            Centre::ReplicateMean => {
                let mut s = 0.0;
                for r in 0..self.n_reps() {
                    s += theta(r)?;
                }
                s / self.n_reps() as f64
            }
        };
        let mut v = 0.0;
        for (r, c) in self.coefs.iter().enumerate() {
            let d = theta(r)? - centre;
            v += c * d * d;
        }
        Ok(v)
    }

    /// Variance from the full-sample estimate and the replicate estimates (any statistic,
    /// e.g. a quantile).
    pub fn variance(&self, full: f64, replicates: &[f64]) -> Result<f64> {
        check_len("replicate estimates", self.n_reps(), replicates.len())?;
        if let Some(i) = replicates.iter().position(|v| !v.is_finite()) {
            return Err(SurveyError::NonFinite {
                what: "replicate estimate",
                index: i,
                value: replicates[i],
            });
        }
        self.variance_with(full, |r| Ok(replicates[r]))
    }

    /// Ratio `R̂ = num / den` (mean, proportion, ratio) and its replicate variance. The hot path
    /// of the engine: no allocation.
    pub fn ratio(&self, sums: &RatioSums) -> Result<PointVariance> {
        self.ratio_parts(sums.full, &sums.replicates)
    }

    /// As [`ReplicateDesign::ratio`] on borrowed parts.
    pub fn ratio_parts(
        &self,
        full: (f64, f64),
        replicates: &[(f64, f64)],
    ) -> Result<PointVariance> {
        check_len("replicate sums", self.n_reps(), replicates.len())?;
        if full.1 == 0.0 {
            return Err(SurveyError::ZeroDenominator {
                what: "full sample".into(),
            });
        }
        let estimate = full.0 / full.1;
        let theta = |r: usize| {
            let (a, b) = replicates[r];
            if b == 0.0 {
                Err(SurveyError::ZeroDenominator {
                    what: format!("replicate {}", r + 1),
                })
            } else {
                Ok(a / b)
            }
        };
        let variance = self.variance_with(estimate, theta)?;
        Ok(PointVariance { estimate, variance })
    }

    /// Total `Σ w y` and its replicate variance, from the full and per-replicate sums.
    pub fn total(&self, full: f64, replicates: &[f64]) -> Result<PointVariance> {
        let variance = self.variance(full, replicates)?;
        Ok(PointVariance {
            estimate: full,
            variance,
        })
    }

    /// Row level: full and per-replicate weighted sums `(Σ d w y, Σ d w x)` (x = 1 if absent)
    /// and the unweighted domain size.
    pub fn ratio_sums(
        &self,
        w: &[f64],
        reps: &ReplicateWeights<'_>,
        y: &[f64],
        x: Option<&[f64]>,
        domain: Option<&[bool]>,
    ) -> Result<(RatioSums, u64)> {
        check_inputs(Parameter::Mean, w.len(), w, y, x, domain)?;
        check_len("replicate weight rows", w.len(), reps.n_rows)?;
        check_len("replicate weight columns", self.n_reps(), reps.n_reps)?;
        let n_rows = w.len();
        let inside = |i: usize| domain.is_none_or(|d| d[i]);
        let xv = |i: usize| x.map_or(1.0, |x| x[i]);
        let mut full = (0.0, 0.0);
        let mut n = 0u64;
        for i in (0..n_rows).filter(|&i| inside(i)) {
            n += 1;
            full.0 += w[i] * y[i];
            full.1 += w[i] * xv(i);
        }
        let mut replicates = vec![(0.0, 0.0); reps.n_reps];
        match reps.layout {
            Layout::ColumnMajor => {
                for (r, acc) in replicates.iter_mut().enumerate() {
                    let col = &reps.data[r * n_rows..(r + 1) * n_rows];
                    for i in (0..n_rows).filter(|&i| inside(i)) {
                        acc.0 += col[i] * y[i];
                        acc.1 += col[i] * xv(i);
                    }
                }
            }
            Layout::RowMajor => {
                for i in (0..n_rows).filter(|&i| inside(i)) {
                    let row = &reps.data[i * reps.n_reps..(i + 1) * reps.n_reps];
                    let (yi, xi) = (y[i], xv(i));
                    for (acc, wr) in replicates.iter_mut().zip(row) {
                        acc.0 += wr * yi;
                        acc.1 += wr * xi;
                    }
                }
            }
        }
        Ok((RatioSums { full, replicates }, n))
    }

    /// Row level: estimate and replicate variance of `parameter`.
    pub fn point_variance(
        &self,
        parameter: Parameter,
        w: &[f64],
        reps: &ReplicateWeights<'_>,
        y: &[f64],
        x: Option<&[f64]>,
        domain: Option<&[bool]>,
    ) -> Result<(PointVariance, u64)> {
        check_inputs(parameter, w.len(), w, y, x, domain)?;
        let x = if parameter == Parameter::Ratio {
            x
        } else {
            None
        };
        let (sums, n) = self.ratio_sums(w, reps, y, x, domain)?;
        if n == 0 {
            return Err(SurveyError::Empty);
        }
        let pv = match parameter {
            Parameter::Total => {
                let full = sums.full.0;
                self.variance_with(full, |r| Ok(sums.replicates[r].0))
                    .map(|variance| PointVariance {
                        estimate: full,
                        variance,
                    })?
            }
            _ => self.ratio(&sums)?,
        };
        Ok((pv, n))
    }

    /// Row level: finished estimate with this design's df at confidence `level`.
    #[allow(clippy::too_many_arguments)]
    pub fn estimate(
        &self,
        parameter: Parameter,
        w: &[f64],
        reps: &ReplicateWeights<'_>,
        y: &[f64],
        x: Option<&[f64]>,
        domain: Option<&[bool]>,
        level: f64,
    ) -> Result<Estimate> {
        let (pv, n) = self.point_variance(parameter, w, reps, y, x, domain)?;
        pv.finish(n, self.df, level, parameter.interval_kind())
    }
}

/// Sufficient statistics of a ratio estimator under replication: `(Σ w y, Σ w x)` for the
/// full sample and for each replicate (`x = 1` for a mean; use the first member alone for a
/// total).
#[derive(Debug, Clone, PartialEq)]
pub struct RatioSums {
    /// Full-sample (numerator, denominator).
    pub full: (f64, f64),
    /// Per-replicate (numerator, denominator), in replicate order.
    pub replicates: Vec<(f64, f64)>,
}

/// Memory layout of a replicate weight matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Row i's R replicate weights are contiguous (`data[i * R + r]`), as in a CSV file.
    RowMajor,
    /// Replicate r's column is contiguous (`data[r * n_rows + i]`).
    ColumnMajor,
}

/// A borrowed, validated replicate weight matrix (n_rows × R).
#[derive(Debug, Clone, Copy)]
pub struct ReplicateWeights<'a> {
    data: &'a [f64],
    n_rows: usize,
    n_reps: usize,
    layout: Layout,
}

impl<'a> ReplicateWeights<'a> {
    /// Validates size, finiteness and non-negativity.
    pub fn new(data: &'a [f64], n_rows: usize, n_reps: usize, layout: Layout) -> Result<Self> {
        check_len(
            "replicate weights (n_rows × R)",
            n_rows * n_reps,
            data.len(),
        )?;
        check_weights("replicate weight", data)?;
        Ok(ReplicateWeights {
            data,
            n_rows,
            n_reps,
            layout,
        })
    }
    /// Number of rows.
    pub fn n_rows(&self) -> usize {
        self.n_rows
    }
    /// Number of replicates.
    pub fn n_reps(&self) -> usize {
        self.n_reps
    }
    /// Weight of row `i` in replicate `r`.
    pub fn get(&self, i: usize, r: usize) -> f64 {
        match self.layout {
            Layout::RowMajor => self.data[i * self.n_reps + r],
            Layout::ColumnMajor => self.data[r * self.n_rows + i],
        }
    }
}

/// An owned replicate weight matrix (column-major), as built by [`jackknife_weights`] and
/// [`fay_weights`].
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicateWeightMatrix {
    data: Vec<f64>,
    n_rows: usize,
    n_reps: usize,
}

impl ReplicateWeightMatrix {
    /// Borrowed view.
    pub fn view(&self) -> ReplicateWeights<'_> {
        ReplicateWeights {
            data: &self.data,
            n_rows: self.n_rows,
            n_reps: self.n_reps,
            layout: Layout::ColumnMajor,
        }
    }
    /// Column of replicate `r`.
    pub fn column(&self, r: usize) -> &[f64] {
        &self.data[r * self.n_rows..(r + 1) * self.n_rows]
    }
}

/// Builds delete-one-PSU jackknife replicate weights (JKn; JK1 when there are no strata) from
/// the design: one replicate per (stratum, PSU) pair, in ascending stratum then PSU order. In
/// the replicate that deletes PSU `(h, j)`, rows of that PSU get weight 0, other rows of
/// stratum `h` get `w · n_h/(n_h - 1)`, rows of other strata keep `w` (Wolter 2007, §4.5).
/// Returns the weights and the matching [`ReplicateDesign`] (JKn coefficients
/// `(n_h-1)/n_h`, full-sample centre).
pub fn jackknife_weights(
    w: &[f64],
    strata: Option<&[u64]>,
    psu: &[u64],
) -> Result<(ReplicateWeightMatrix, ReplicateDesign)> {
    let n = w.len();
    check_weights("weights", w)?;
    check_len("psu", n, psu.len())?;
    if let Some(s) = strata {
        check_len("strata", n, s.len())?;
    }
    let design = super::design::TaylorDesign::new(n, strata, Some(psu), super::design::Fpc::None)?;
    let n_reps = design.n_psu();
    let mut stratum_of_psu = vec![0usize; n_reps];
    let mut nh_of_rep = vec![0usize; n_reps];
    for (h, s) in design.strata().iter().enumerate() {
        for j in s.first_psu..s.first_psu + s.n_psu {
            stratum_of_psu[j] = h;
            nh_of_rep[j] = s.n_psu;
        }
    }
    let row_psu = design.row_psu();
    let mut data = vec![0.0; n * n_reps];
    for r in 0..n_reps {
        let hr = stratum_of_psu[r];
        let nh = nh_of_rep[r] as f64;
        let col = &mut data[r * n..(r + 1) * n];
        for i in 0..n {
            let p = row_psu[i] as usize;
            col[i] = if p == r {
                0.0
            } else if stratum_of_psu[p] == hr {
                w[i] * nh / (nh - 1.0)
            } else {
                w[i]
            };
        }
    }
    let rd = if design.strata().len() == 1 {
        ReplicateDesign::jk1(n_reps)?
    } else {
        ReplicateDesign::jkn(&nh_of_rep)?
    };
    Ok((
        ReplicateWeightMatrix {
            data,
            n_rows: n,
            n_reps,
        },
        rd,
    ))
}

/// Fay replicate weights from BRR half-sample weights (each 0 or 2w):
/// `w_r = ρ w + (1 - ρ) w_r^{BRR}`, i.e. `(2 - ρ) w` or `ρ w` (Judkins 1990).
pub fn fay_weights(
    w: &[f64],
    brr: &ReplicateWeights<'_>,
    rho: f64,
) -> Result<ReplicateWeightMatrix> {
    if !(0.0..1.0).contains(&rho) {
        return Err(SurveyError::InvalidParameter {
            name: "Fay's rho",
            value: rho,
            reason: "must be in [0, 1)",
        });
    }
    check_weights("weights", w)?;
    check_len("BRR weight rows", w.len(), brr.n_rows())?;
    let (n, n_reps) = (w.len(), brr.n_reps());
    let mut data = vec![0.0; n * n_reps];
    for r in 0..n_reps {
        for i in 0..n {
            data[r * n + i] = rho * w[i] + (1.0 - rho) * brr.get(i, r);
        }
    }
    Ok(ReplicateWeightMatrix {
        data,
        n_rows: n,
        n_reps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-12 * b.abs().max(1.0)
    }

    #[test]
    fn coefficients_of_each_method() {
        assert!(close(ReplicateDesign::jk1(10).unwrap().coefs()[0], 0.9));
        assert!(close(
            ReplicateDesign::brr(32).unwrap().coefs()[0],
            1.0 / 32.0
        ));
        assert!(close(
            ReplicateDesign::fay(32, 0.3).unwrap().coefs()[0],
            1.0 / (32.0 * 0.49)
        ));
        assert!(close(
            ReplicateDesign::successive_difference(80).unwrap().coefs()[0],
            0.05
        ));
        assert!(close(
            ReplicateDesign::bootstrap(5).unwrap().coefs()[0],
            0.25
        ));
        let jkn = ReplicateDesign::jkn(&[2, 2, 3, 3, 3]).unwrap();
        assert_eq!(jkn.coefs(), &[0.5, 0.5, 2.0 / 3.0, 2.0 / 3.0, 2.0 / 3.0]);
        assert_eq!(jkn.df(), 3.0);
        assert!(ReplicateDesign::fay(32, 1.0).is_err());
        assert!(ReplicateDesign::jkn(&[2, 1]).is_err());
        assert!(jkn.with_centre(Centre::ReplicateMean).is_err());
    }

    #[test]
    fn jk1_mean_equals_textbook_srs_variance() {
        // For the mean under SRS with equal weights, the JK1 variance equals s²/n exactly
        // (Wolter 2007, §4.2.1).
        let y = [2.0, 4.0, 4.0, 5.0, 7.0, 9.0];
        let w = [1.0; 6];
        let psu: Vec<u64> = (0..6).collect();
        let (reps, design) = jackknife_weights(&w, None, &psu).unwrap();
        assert_eq!(design.method(), ReplicateMethod::Jk1);
        let (pv, n) = design
            .point_variance(Parameter::Mean, &w, &reps.view(), &y, None, None)
            .unwrap();
        let mean = 31.0 / 6.0;
        let s2 = y.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / 5.0;
        assert_eq!(n, 6);
        assert!(close(pv.variance, s2 / 6.0));
    }

    #[test]
    fn brr_hand_computed() {
        // 2 strata × 2 PSUs, 4 replicates of a Hadamard matrix: half-sample variance of a
        // total equals Σ_h (y_h1 - y_h2)² / 4 · (w)² … computed directly here.
        let y = [1.0, 3.0, 2.0, 6.0];
        let w = [1.0; 4];
        // replicate r keeps PSU a or b in each stratum with doubled weight
        let keep = [[0, 0], [0, 1], [1, 0], [1, 1]];
        let mut data = Vec::new();
        for k in keep {
            for i in 0..4 {
                let (h, j) = (i / 2, i % 2);
                data.push(if k[h] == j { 2.0 } else { 0.0 });
            }
        }
        let reps = ReplicateWeights::new(&data, 4, 4, Layout::ColumnMajor).unwrap();
        let d = ReplicateDesign::brr(4)
            .unwrap()
            .with_centre(Centre::FullSample)
            .unwrap();
        let (pv, _) = d
            .point_variance(Parameter::Total, &w, &reps, &y, None, None)
            .unwrap();
        // replicate totals: 2*(1+2)=6, 2*(1+6)=14, 2*(3+2)=10, 2*(3+6)=18; full 12.
        let expected = (36.0 + 4.0 + 4.0 + 36.0) / 4.0;
        assert!(close(pv.estimate, 12.0));
        assert!(close(pv.variance, expected));
        // equals the textbook Σ_h (y_h1 - y_h2)² for 2-PSU strata (with replacement)
        assert!(close(expected, 4.0 + 16.0));
    }

    #[test]
    fn sums_layer_equals_row_layer_and_layouts_agree() {
        let y = [1.0, 0.0, 1.0, 1.0, 0.0];
        let w = [2.0, 3.0, 1.0, 4.0, 2.0];
        let col: Vec<f64> = (0..15).map(|k| 1.0 + (k % 4) as f64).collect();
        let mut row = vec![0.0; 15];
        for r in 0..3 {
            for i in 0..5 {
                row[i * 3 + r] = col[r * 5 + i];
            }
        }
        let a = ReplicateWeights::new(&col, 5, 3, Layout::ColumnMajor).unwrap();
        let b = ReplicateWeights::new(&row, 5, 3, Layout::RowMajor).unwrap();
        let d = ReplicateDesign::bootstrap(3).unwrap();
        let dom = [true, true, false, true, true];
        let (sa, _) = d.ratio_sums(&w, &a, &y, None, Some(&dom)).unwrap();
        let (sb, _) = d.ratio_sums(&w, &b, &y, None, Some(&dom)).unwrap();
        assert_eq!(sa, sb);
        let p1 = d.ratio(&sa).unwrap();
        let (p2, _) = d
            .point_variance(Parameter::Proportion, &w, &a, &y, None, Some(&dom))
            .unwrap();
        assert_eq!(p1, p2);
    }

    #[test]
    fn zero_replicate_denominator_is_an_error() {
        let d = ReplicateDesign::brr(2).unwrap();
        let s = RatioSums {
            full: (1.0, 2.0),
            replicates: vec![(1.0, 2.0), (0.0, 0.0)],
        };
        assert!(matches!(
            d.ratio(&s),
            Err(SurveyError::ZeroDenominator { what }) if what == "replicate 2"
        ));
    }
}
