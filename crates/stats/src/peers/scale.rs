//! Putting features in different units on one scale.

use super::summary::quantile_sorted;

/// How a feature is centred and scaled (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scaling {
    /// Median and interquartile range / 1.349 (standard deviation where the IQR is 0).
    #[default]
    Robust,
    /// Mean and standard deviation.
    ZScore,
}

/// Centre and scale of each feature, fitted on a population of rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Scaler {
    pub scaling: Scaling,
    /// Per feature; `NaN` when no row has the feature.
    pub centre: Vec<f64>,
    /// Per feature; 0 when the feature does not vary (or fewer than two rows have it).
    pub scale: Vec<f64>,
}

/// 1.349 ≈ the interquartile range of the standard normal distribution.
const IQR_TO_SD: f64 = 1.349;

impl Scaler {
    /// Fits centre and scale of each of the `p` features over the rows that have it
    /// (finite values; `NaN` is missing).
    pub fn fit(rows: &[f64], p: usize, scaling: Scaling) -> Scaler {
        assert!(
            p > 0 && rows.len().is_multiple_of(p),
            "rows must hold whole rows of p features"
        );
        let n = rows.len() / p;
        let mut centre = vec![f64::NAN; p];
        let mut scale = vec![0.0; p];
        let mut col: Vec<f64> = Vec::with_capacity(n);
        for j in 0..p {
            col.clear();
            col.extend((0..n).map(|i| rows[i * p + j]).filter(|x| x.is_finite()));
            if col.is_empty() {
                continue;
            }
            let (mean, sd) = mean_sd(&col);
            match scaling {
                Scaling::ZScore => {
                    centre[j] = mean;
                    scale[j] = sd;
                }
                Scaling::Robust => {
                    col.sort_by(f64::total_cmp);
                    let q = |p| quantile_sorted(&col, p).unwrap_or(f64::NAN);
                    centre[j] = q(0.5);
                    let iqr = q(0.75) - q(0.25);
                    scale[j] = if iqr > 0.0 { iqr / IQR_TO_SD } else { sd };
                }
            }
            if !(scale[j].is_finite() && scale[j] > 0.0) {
                scale[j] = 0.0;
            }
        }
        Scaler {
            scaling,
            centre,
            scale,
        }
    }

    pub fn features(&self) -> usize {
        self.centre.len()
    }

    /// The standardised value of feature `j`; `NaN` stays `NaN` (missing), a feature
    /// without spread gives 0.
    pub fn z(&self, j: usize, x: f64) -> f64 {
        if !x.is_finite() {
            f64::NAN
        } else if self.scale[j] == 0.0 {
            0.0
        } else {
            (x - self.centre[j]) / self.scale[j]
        }
    }

    /// Standardises whole rows (row-major, `p` features each).
    pub fn transform(&self, rows: &[f64]) -> Vec<f64> {
        let p = self.features();
        rows.iter()
            .enumerate()
            .map(|(k, &x)| self.z(k % p, x))
            .collect()
    }
}

/// Mean and standard deviation (n − 1; 0 for one value), by Welford's update.
fn mean_sd(xs: &[f64]) -> (f64, f64) {
    let mut mean = 0.0;
    let mut m2 = 0.0;
    for (i, &x) in xs.iter().enumerate() {
        let d = x - mean;
        mean += d / (i + 1) as f64;
        m2 += d * (x - mean);
    }
    let sd = if xs.len() > 1 {
        (m2 / (xs.len() - 1) as f64).sqrt()
    } else {
        0.0
    };
    (mean, sd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn robust_and_z_scores_by_hand() {
        // one feature: 1, 2, 3, 4, 100 (and one missing)
        let rows = [1.0, 2.0, f64::NAN, 3.0, 4.0, 100.0];
        let r = Scaler::fit(&rows, 1, Scaling::Robust);
        assert_eq!(r.centre[0], 3.0);
        assert!((r.scale[0] - 2.0 / 1.349).abs() < 1e-12);
        assert!(r.z(0, f64::NAN).is_nan());
        let z = Scaler::fit(&rows, 1, Scaling::ZScore);
        assert_eq!(z.centre[0], 22.0);
        // sd of 1,2,3,4,100 = sqrt((21² + 20² + 19² + 18² + 78²) / 4) = sqrt(1902.5)
        assert!((z.scale[0] - 1902.5f64.sqrt()).abs() < 1e-9);
    }

    #[test]
    fn constant_feature_separates_nobody() {
        let s = Scaler::fit(&[5.0, 5.0, 5.0], 1, Scaling::Robust);
        assert_eq!(s.scale[0], 0.0);
        assert_eq!(s.z(0, 5.0), 0.0);
        let s = Scaler::fit(&[f64::NAN, f64::NAN], 1, Scaling::ZScore);
        assert!(s.centre[0].is_nan());
    }
}
