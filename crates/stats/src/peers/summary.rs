//! Median, quartiles and range of a handful of values.

pub use crate::quantile::quantile_sorted;

/// Minimum, quartiles, median and maximum of some values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FiveNumbers {
    pub n: usize,
    pub min: f64,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    pub max: f64,
}

impl FiveNumbers {
    /// The five numbers of the finite values in `values` (others are ignored); `None` when
    /// there are none.
    pub fn of(values: &[f64]) -> Option<FiveNumbers> {
        let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
        if v.is_empty() {
            return None;
        }
        v.sort_by(f64::total_cmp);
        let q = |p| quantile_sorted(&v, p).unwrap_or(f64::NAN);
        Some(FiveNumbers {
            n: v.len(),
            min: v[0],
            q1: q(0.25),
            median: q(0.5),
            q3: q(0.75),
            max: v[v.len() - 1],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_7_quantiles_match_r() {
        // R: quantile(c(1, 2, 3, 4, 10), type = 7) → 1, 2, 3, 4, 10
        let s = [1.0, 2.0, 3.0, 4.0, 10.0];
        assert_eq!(quantile_sorted(&s, 0.25), Some(2.0));
        // R: quantile(c(1, 2, 3, 4), c(.25, .5, .75)) → 1.75, 2.5, 3.25
        let s = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(quantile_sorted(&s, 0.25), Some(1.75));
        assert_eq!(quantile_sorted(&s, 0.5), Some(2.5));
        assert_eq!(quantile_sorted(&s, 0.75), Some(3.25));
        assert_eq!(quantile_sorted(&[], 0.5), None);
        let f = FiveNumbers::of(&[4.0, f64::NAN, 1.0, 3.0, 2.0]).unwrap();
        assert_eq!((f.n, f.min, f.median, f.max), (4, 1.0, 2.5, 4.0));
    }
}
