//! k-means with deterministic k-means++ seeding, the silhouette, and the choice of k.

use super::metric::Metric;

/// A clustering of complete rows.
#[derive(Debug, Clone, PartialEq)]
pub struct KMeans {
    pub k: usize,
    /// Row-major, `k × p`: the weighted means are plain means, weights enter distances.
    pub centroids: Vec<f64>,
    /// Cluster of each row, 0 = the largest cluster.
    pub assignment: Vec<usize>,
    /// Weighted within-cluster sum of squares.
    pub inertia: f64,
    pub iterations: usize,
}

#[inline]
fn sq(weights: &[f64], a: &[f64], b: &[f64]) -> f64 {
    let mut s = 0.0;
    for ((&w, &x), &y) in weights.iter().zip(a).zip(b) {
        let d = x - y;
        s += w * d * d;
    }
    s
}

/// k-means of the complete rows `rows` (row-major, `weights.len()` features, no `NaN`)
/// into `k` clusters: k-means++ seeding from `seed`, Lloyd's iterations until no row
/// moves (at most `max_iter`), the best of `restarts` seeded runs by inertia (the first
/// on a tie). Clusters are renumbered by size, largest first, ties by first member.
pub fn kmeans(rows: &[f64], weights: &[f64], k: usize, seed: u64, restarts: usize) -> KMeans {
    let p = weights.len();
    assert!(p > 0 && rows.len().is_multiple_of(p));
    let n = rows.len() / p;
    assert!(
        k >= 1 && k <= n,
        "k must be between 1 and the number of rows"
    );
    assert!(
        rows.iter().all(|x| x.is_finite()),
        "k-means needs complete rows"
    );
    let mut best: Option<KMeans> = None;
    for r in 0..restarts.max(1) {
        let run = lloyd(rows, weights, k, seed.wrapping_add(r as u64), 300);
        if best.as_ref().is_none_or(|b| run.inertia < b.inertia) {
            best = Some(run);
        }
    }
    let mut best = best.expect("at least one run");
    renumber(&mut best, p);
    best
}

fn lloyd(rows: &[f64], weights: &[f64], k: usize, seed: u64, max_iter: usize) -> KMeans {
    let p = weights.len();
    let n = rows.len() / p;
    let row = |i: usize| &rows[i * p..(i + 1) * p];
    let mut rng = crate::rng::SplitMix64(seed);
    // k-means++: the first centre uniformly, each next one with probability ∝ D².
    let mut centroids: Vec<f64> = Vec::with_capacity(k * p);
    let first = (rng.next_u64() % n as u64) as usize;
    centroids.extend_from_slice(row(first));
    let mut d2: Vec<f64> = (0..n).map(|i| sq(weights, row(i), row(first))).collect();
    for _ in 1..k {
        let total: f64 = d2.iter().sum();
        let pick = if total > 0.0 {
            let target = rng.next_f64() * total;
            let mut acc = 0.0;
            let mut pick = n - 1;
            for (i, &d) in d2.iter().enumerate() {
                acc += d;
                if acc > target {
                    pick = i;
                    break;
                }
            }
            pick
        } else {
            (rng.next_u64() % n as u64) as usize
        };
        centroids.extend_from_slice(row(pick));
        for (i, d) in d2.iter_mut().enumerate() {
            *d = d.min(sq(weights, row(i), row(pick)));
        }
    }
    let mut assignment = vec![usize::MAX; n];
    let mut counts = vec![0usize; k];
    let mut iterations = 0;
    loop {
        iterations += 1;
        let mut moved = false;
        for (i, a) in assignment.iter_mut().enumerate() {
            let c = closest(weights, row(i), &centroids, k);
            if *a != c {
                *a = c;
                moved = true;
            }
        }
        if !moved || iterations >= max_iter {
            break;
        }
        centroids.iter_mut().for_each(|x| *x = 0.0);
        counts.iter_mut().for_each(|c| *c = 0);
        for (i, &c) in assignment.iter().enumerate() {
            counts[c] += 1;
            for (x, &v) in centroids[c * p..(c + 1) * p].iter_mut().zip(row(i)) {
                *x += v;
            }
        }
        for (c, &count) in counts.iter().enumerate() {
            if count > 0 {
                for x in &mut centroids[c * p..(c + 1) * p] {
                    *x /= count as f64;
                }
            }
        }
        for c in 0..k {
            if counts[c] == 0 {
                // An empty cluster takes the row farthest from its centre (first on a tie).
                let mut far = 0;
                let mut far_d = -1.0;
                for (i, &a) in assignment.iter().enumerate() {
                    let d = sq(weights, row(i), &centroids[a * p..(a + 1) * p]);
                    if d > far_d {
                        far_d = d;
                        far = i;
                    }
                }
                centroids[c * p..(c + 1) * p].copy_from_slice(row(far));
                // The row now belongs to the new cluster, so no other empty one takes it.
                counts[assignment[far]] -= 1;
                assignment[far] = c;
                counts[c] = 1;
            }
        }
    }
    let inertia = (0..n)
        .map(|i| {
            let c = assignment[i];
            sq(weights, row(i), &centroids[c * p..(c + 1) * p])
        })
        .sum();
    KMeans {
        k,
        centroids,
        assignment,
        inertia,
        iterations,
    }
}

#[inline]
fn closest(weights: &[f64], x: &[f64], centroids: &[f64], k: usize) -> usize {
    let p = weights.len();
    let mut best = 0;
    let mut best_d = f64::INFINITY;
    for c in 0..k {
        let d = sq(weights, x, &centroids[c * p..(c + 1) * p]);
        if d < best_d {
            best_d = d;
            best = c;
        }
    }
    best
}

fn renumber(km: &mut KMeans, p: usize) {
    let k = km.k;
    let mut size = vec![0usize; k];
    let mut first = vec![usize::MAX; k];
    for (i, &c) in km.assignment.iter().enumerate() {
        size[c] += 1;
        first[c] = first[c].min(i);
    }
    let mut order: Vec<usize> = (0..k).collect();
    order.sort_by(|&a, &b| size[b].cmp(&size[a]).then(first[a].cmp(&first[b])));
    let mut new_of = vec![0; k];
    for (new, &old) in order.iter().enumerate() {
        new_of[old] = new;
    }
    let mut centroids = vec![0.0; k * p];
    for (old, &new) in new_of.iter().enumerate() {
        centroids[new * p..(new + 1) * p].copy_from_slice(&km.centroids[old * p..(old + 1) * p]);
    }
    km.centroids = centroids;
    for c in &mut km.assignment {
        *c = new_of[*c];
    }
}

/// Mean silhouette width of a clustering (Rousseeuw 1987) under the weighted Euclidean
/// distance: for each row, `a` = mean distance to its own cluster, `b` = smallest mean
/// distance to another cluster, `s = (b − a) / max(a, b)`; `s = 0` for a row alone in its
/// cluster. O(n²·p), fine for the few thousand rows of a typology.
pub fn silhouette(rows: &[f64], weights: &[f64], assignment: &[usize], k: usize) -> f64 {
    let p = weights.len();
    let n = rows.len() / p;
    if n < 2 || k < 2 {
        return 0.0;
    }
    let mut size = vec![0usize; k];
    for &c in assignment {
        size[c] += 1;
    }
    let mut sums = vec![0.0; k];
    let mut total = 0.0;
    for i in 0..n {
        sums.iter_mut().for_each(|s| *s = 0.0);
        let xi = &rows[i * p..(i + 1) * p];
        for j in 0..n {
            if j != i {
                sums[assignment[j]] += sq(weights, xi, &rows[j * p..(j + 1) * p]).sqrt();
            }
        }
        let own = assignment[i];
        if size[own] <= 1 {
            continue;
        }
        let a = sums[own] / (size[own] - 1) as f64;
        let b = (0..k)
            .filter(|&c| c != own && size[c] > 0)
            .map(|c| sums[c] / size[c] as f64)
            .fold(f64::INFINITY, f64::min);
        let m = a.max(b);
        if m > 0.0 && b.is_finite() {
            total += (b - a) / m;
        }
    }
    total / n as f64
}

/// k-means for every k in `ks` (those ≤ the number of rows), the one with the highest
/// mean silhouette (the smaller k on a tie), and the silhouette of each k tried.
pub fn choose_k(
    rows: &[f64],
    weights: &[f64],
    ks: std::ops::RangeInclusive<usize>,
    seed: u64,
    restarts: usize,
) -> Option<(KMeans, Vec<(usize, f64)>)> {
    let n = rows.len() / weights.len();
    let mut scores = Vec::new();
    let mut best: Option<(KMeans, f64)> = None;
    for k in ks.filter(|&k| k >= 2 && k < n) {
        let km = kmeans(rows, weights, k, seed, restarts);
        let s = silhouette(rows, weights, &km.assignment, k);
        scores.push((k, s));
        if best.as_ref().is_none_or(|(_, bs)| s > *bs) {
            best = Some((km, s));
        }
    }
    best.map(|(km, _)| (km, scores))
}

/// The nearest centroid of a row with missing features (`NaN`), by the metric's
/// re-weighted distance over the features it has; `None` when the row shares too little
/// with every centroid. Used to place a city that cannot take part in the clustering
/// itself, without imputing what it lacks.
pub fn assign_partial(row: &[f64], km: &KMeans, metric: &Metric) -> Option<(usize, f64)> {
    let p = metric.features();
    let mut best: Option<(usize, f64)> = None;
    for c in 0..km.k {
        if let Some(d) = metric.distance(row, &km.centroids[c * p..(c + 1) * p])
            && best.is_none_or(|(_, bd)| d.value < bd)
        {
            best = Some((c, d.value));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blobs() -> Vec<f64> {
        // three tight groups of four points in 2-D
        let mut v = Vec::new();
        for (cx, cy) in [(0.0, 0.0), (10.0, 0.0), (0.0, 10.0)] {
            for (dx, dy) in [(0.1, 0.0), (-0.1, 0.0), (0.0, 0.1), (0.0, -0.1)] {
                v.extend([cx + dx, cy + dy]);
            }
        }
        v
    }

    #[test]
    fn finds_obvious_groups_deterministically() {
        let rows = blobs();
        let w = [1.0, 1.0];
        let a = kmeans(&rows, &w, 3, 7, 5);
        let b = kmeans(&rows, &w, 3, 7, 5);
        assert_eq!(a, b);
        for g in 0..3 {
            let c = a.assignment[g * 4];
            assert!(a.assignment[g * 4..g * 4 + 4].iter().all(|&x| x == c));
        }
        // equal sizes: numbered by first member
        assert_eq!(&a.assignment[..1], &[0]);
        assert_eq!(a.assignment[4], 1);
        let s = silhouette(&rows, &w, &a.assignment, 3);
        assert!(s > 0.95, "{s}");
        let (best, scores) = choose_k(&rows, &w, 2..=5, 7, 5).unwrap();
        assert_eq!(best.k, 3, "{scores:?}");
    }

    #[test]
    fn partial_rows_go_to_the_nearest_centroid_over_what_they_have() {
        let rows = blobs();
        let km = kmeans(&rows, &[1.0, 1.0], 3, 1, 3);
        let m = Metric::equal(2, 1);
        let (c, _) = assign_partial(&[9.0, f64::NAN], &km, &m).unwrap();
        assert_eq!(c, km.assignment[4]);
        assert_eq!(assign_partial(&[f64::NAN, f64::NAN], &km, &m), None);
    }
}
