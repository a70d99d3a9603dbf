//! The distance between two cities and the search for the nearest.

/// Weights and the rules for comparing cities with missing features.
#[derive(Debug, Clone, PartialEq)]
pub struct Metric {
    /// One weight per feature (≥ 0); a feature of weight 0 is not used.
    pub weights: Vec<f64>,
    /// The fewest features (of positive weight) two cities must both have.
    pub min_shared: usize,
    /// The least share of the total weight the shared features must carry (0..=1).
    pub min_weight_share: f64,
}

/// A distance and how many features it rests on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Distance {
    pub value: f64,
    /// Features both cities have (of positive weight).
    pub shared: usize,
}

/// One of the nearest rows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Neighbour {
    pub index: usize,
    pub distance: f64,
    pub shared: usize,
}

impl Metric {
    /// Equal weights over `p` features, at least `min_shared` shared, no weight condition.
    pub fn equal(p: usize, min_shared: usize) -> Metric {
        Metric {
            weights: vec![1.0; p],
            min_shared,
            min_weight_share: 0.0,
        }
    }

    pub fn features(&self) -> usize {
        self.weights.len()
    }

    fn total_weight(&self) -> f64 {
        self.weights.iter().filter(|w| **w > 0.0).sum()
    }

    /// The distance between two standardised rows (`NaN` = missing), or `None` when they
    /// share too few features (see the module documentation for the formula).
    pub fn distance(&self, a: &[f64], b: &[f64]) -> Option<Distance> {
        self.distance_with_total(a, b, self.total_weight())
    }

    #[inline]
    fn distance_with_total(&self, a: &[f64], b: &[f64], total: f64) -> Option<Distance> {
        debug_assert_eq!(a.len(), self.weights.len());
        debug_assert_eq!(b.len(), self.weights.len());
        let mut sum = 0.0;
        let mut w_shared = 0.0;
        let mut shared = 0usize;
        for ((&w, &x), &y) in self.weights.iter().zip(a).zip(b) {
            // NaN fails every comparison, so `x - y` is NaN exactly when one is missing.
            let d = x - y;
            if w > 0.0 && !d.is_nan() {
                sum += w * d * d;
                w_shared += w;
                shared += 1;
            }
        }
        if shared == 0 || shared < self.min_shared || w_shared < self.min_weight_share * total {
            return None;
        }
        Some(Distance {
            value: (total / w_shared * sum).sqrt(),
            shared,
        })
    }
}

/// The `k` rows of `rows` (row-major, `metric.features()` per row) nearest to `query`,
/// nearest first, ties by row index, among the rows `accept` lets through and that can be
/// compared with the query at all.
pub fn nearest(
    rows: &[f64],
    query: &[f64],
    k: usize,
    metric: &Metric,
    mut accept: impl FnMut(usize) -> bool,
) -> Vec<Neighbour> {
    let p = metric.features();
    assert!(p > 0 && rows.len().is_multiple_of(p) && query.len() == p);
    let total = metric.total_weight();
    let mut best: Vec<Neighbour> = Vec::with_capacity(k + 1);
    if k == 0 {
        return best;
    }
    for (i, row) in rows.chunks_exact(p).enumerate() {
        let Some(d) = metric.distance_with_total(query, row, total) else {
            continue;
        };
        // Cheap rejection before the filter (which may look things up).
        if best.len() == k && !before(d.value, i, &best[k - 1]) {
            continue;
        }
        if !accept(i) {
            continue;
        }
        let at = best.partition_point(|n| {
            before(
                n.distance,
                n.index,
                &Neighbour {
                    index: i,
                    distance: d.value,
                    shared: 0,
                },
            )
        });
        if best.len() == k {
            best.pop();
        }
        best.insert(
            at,
            Neighbour {
                index: i,
                distance: d.value,
                shared: d.shared,
            },
        );
    }
    best
}

/// The `k` rows nearest to row `i` itself, never `i`.
pub fn nearest_to(
    rows: &[f64],
    i: usize,
    k: usize,
    metric: &Metric,
    mut accept: impl FnMut(usize) -> bool,
) -> Vec<Neighbour> {
    let p = metric.features();
    nearest(rows, &rows[i * p..(i + 1) * p], k, metric, |j| {
        j != i && accept(j)
    })
}

/// Total order: smaller distance first, then smaller index.
#[inline]
fn before(distance: f64, index: usize, other: &Neighbour) -> bool {
    match distance.total_cmp(&other.distance) {
        std::cmp::Ordering::Less => true,
        std::cmp::Ordering::Greater => false,
        std::cmp::Ordering::Equal => index < other.index,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reweights_over_shared_features_by_hand() {
        let m = Metric {
            weights: vec![1.0, 2.0, 1.0],
            min_shared: 2,
            min_weight_share: 0.5,
        };
        let a = [0.0, 1.0, 3.0];
        let b = [1.0, f64::NAN, 1.0];
        // shared: features 0 and 2 (weight 2 of 4): sqrt(4/2 · (1 + 4)) = sqrt(10)
        let d = m.distance(&a, &b).unwrap();
        assert!((d.value - 10f64.sqrt()).abs() < 1e-12);
        assert_eq!(d.shared, 2);
        // only feature 1 shared: too few
        assert_eq!(
            m.distance(&[f64::NAN, 1.0, f64::NAN], &[0.0, 2.0, 0.0]),
            None
        );
        // two shared but only weight 1+1 = 2 of 4 … is exactly one half: allowed
        let strict = Metric {
            min_weight_share: 0.6,
            ..m.clone()
        };
        assert_eq!(strict.distance(&a, &b), None);
    }

    #[test]
    fn nearest_breaks_ties_by_index_and_skips_self() {
        let rows = [0.0, 0.0, 1.0, 1.0, -1.0, -1.0, 1.0, 1.0, 0.0, 0.0];
        let m = Metric::equal(2, 1);
        let n = nearest_to(&rows, 0, 3, &m, |_| true);
        let idx: Vec<usize> = n.iter().map(|n| n.index).collect();
        assert_eq!(idx, vec![4, 1, 2]);
        assert_eq!(n[0].distance, 0.0);
        let n = nearest_to(&rows, 0, 10, &m, |j| j != 2);
        assert_eq!(n.iter().map(|n| n.index).collect::<Vec<_>>(), vec![4, 1, 3]);
    }
}
