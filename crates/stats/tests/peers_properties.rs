//! Properties of peer distances and the nearest-peer search on random cities: a city is
//! never its own peer, distance is symmetric and does not depend on the units of a
//! feature, a far-away city does not change anybody's nearest peers, results are ordered
//! and deterministic, and the k-means typology is reproducible.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use proptest::prelude::*;
use stats::peers::{Metric, Scaler, Scaling, kmeans, nearest_to, silhouette};

const P: usize = 4;

/// Cities × P features, some values missing (NaN), a few exact duplicates.
fn cities() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(
        prop::collection::vec(prop_oneof![9 => -50.0f64..50.0, 1 => Just(f64::NAN)], P),
        3..40,
    )
    .prop_map(|rows| {
        let mut flat: Vec<f64> = rows.into_iter().flatten().collect();
        // one exact duplicate of the first city: its distance is 0, yet not "itself"
        let first: Vec<f64> = flat[..P].to_vec();
        flat.extend(first);
        flat
    })
}

fn metric() -> impl Strategy<Value = Metric> {
    (
        prop::collection::vec(0.0f64..3.0, P),
        1usize..=3,
        0.0f64..0.6,
    )
        .prop_map(|(w, m, s)| Metric {
            weights: w,
            min_shared: m,
            min_weight_share: s,
        })
}

fn scaling() -> impl Strategy<Value = Scaling> {
    prop_oneof![Just(Scaling::Robust), Just(Scaling::ZScore)]
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

proptest! {
    #[test]
    fn never_its_own_peer(rows in cities(), m in metric(), sc in scaling(), k in 1usize..50) {
        let z = Scaler::fit(&rows, P, sc).transform(&rows);
        let n = rows.len() / P;
        for i in 0..n {
            let peers = nearest_to(&z, i, k, &m, |_| true);
            prop_assert!(peers.iter().all(|p| p.index != i));
            prop_assert!(peers.len() <= k.min(n - 1));
            // ordered by distance, then index; no duplicates
            for w in peers.windows(2) {
                prop_assert!(w[0].distance < w[1].distance
                    || (w[0].distance == w[1].distance && w[0].index < w[1].index));
            }
        }
    }

    #[test]
    fn distance_is_symmetric(rows in cities(), m in metric(), sc in scaling()) {
        let z = Scaler::fit(&rows, P, sc).transform(&rows);
        let n = rows.len() / P;
        for i in 0..n {
            for j in 0..n {
                let a = m.distance(&z[i * P..(i + 1) * P], &z[j * P..(j + 1) * P]);
                let b = m.distance(&z[j * P..(j + 1) * P], &z[i * P..(i + 1) * P]);
                prop_assert_eq!(a, b);
                if i == j && let Some(d) = a {
                    prop_assert_eq!(d.value, 0.0);
                }
            }
        }
    }

    #[test]
    fn invariant_to_the_unit_of_a_feature(
        rows in cities(), m in metric(), sc in scaling(),
        j in 0..P, factor in prop_oneof![Just(1000.0), Just(0.001), 0.01f64..100.0],
        shift in -100.0f64..100.0,
    ) {
        // A change of unit (×factor) and of origin (+shift, e.g. °C → K): same distances.
        let mut other = rows.clone();
        for i in 0..rows.len() / P {
            other[i * P + j] = rows[i * P + j] * factor + shift;
        }
        let z1 = Scaler::fit(&rows, P, sc).transform(&rows);
        let z2 = Scaler::fit(&other, P, sc).transform(&other);
        let n = rows.len() / P;
        for a in 0..n {
            for b in 0..n {
                let d1 = m.distance(&z1[a * P..(a + 1) * P], &z1[b * P..(b + 1) * P]);
                let d2 = m.distance(&z2[a * P..(a + 1) * P], &z2[b * P..(b + 1) * P]);
                match (d1, d2) {
                    (Some(x), Some(y)) => {
                        prop_assert_eq!(x.shared, y.shared);
                        prop_assert!(close(x.value, y.value), "{} vs {}", x.value, y.value);
                    }
                    (None, None) => {}
                    _ => prop_assert!(false, "comparability changed with the unit"),
                }
            }
        }
    }

    #[test]
    fn a_far_away_city_does_not_change_nearest_peers(
        rows in cities(), m in metric(), sc in scaling(), k in 1usize..8,
        far in prop::collection::vec(prop_oneof![1e6f64..1e7, -1e7f64..-1e6], P),
    ) {
        // The scale is fitted on the cities we have; the newcomer is standardised with it
        // (as a city added to a fixed reference population is).
        let scaler = Scaler::fit(&rows, P, sc);
        let z = scaler.transform(&rows);
        let mut with_far = z.clone();
        with_far.extend(scaler.transform(&far));
        let n = rows.len() / P;
        for i in 0..n {
            let before = nearest_to(&z, i, k, &m, |_| true);
            let after = nearest_to(&with_far, i, k, &m, |_| true);
            // The far city can only enter when fewer than k others are comparable at all.
            let after_without: Vec<_> = after.iter().filter(|p| p.index != n).copied().collect();
            prop_assert_eq!(&before, &after_without);
            if before.len() == k {
                prop_assert_eq!(&before, &after);
            }
        }
    }

    #[test]
    fn missing_features_are_reweighted_never_imputed(
        a in prop::collection::vec(-5.0f64..5.0, P), b in prop::collection::vec(-5.0f64..5.0, P),
        w in prop::collection::vec(0.1f64..3.0, P), drop in 0..P,
    ) {
        let m = Metric { weights: w.clone(), min_shared: 1, min_weight_share: 0.0 };
        let mut a2 = a.clone();
        a2[drop] = f64::NAN;
        let full: f64 = w.iter().sum();
        let kept: f64 = full - w[drop];
        let sum: f64 = (0..P).filter(|&j| j != drop).map(|j| w[j] * (a[j] - b[j]).powi(2)).sum();
        let d = m.distance(&a2, &b).unwrap();
        prop_assert_eq!(d.shared, P - 1);
        prop_assert!(close(d.value, (full / kept * sum).sqrt()));
    }

    #[test]
    fn kmeans_is_reproducible_and_silhouette_bounded(
        rows in prop::collection::vec(-10.0f64..10.0, (12 * P)..(60 * P)).prop_map(|mut v| { v.truncate(v.len() / P * P); v }),
        k in 2usize..6, seed in 0u64..1000,
    ) {
        let w = [1.0, 0.5, 2.0, 1.0];
        let a = kmeans(&rows, &w, k, seed, 3);
        let b = kmeans(&rows, &w, k, seed, 3);
        prop_assert_eq!(&a, &b);
        prop_assert!(a.assignment.iter().all(|&c| c < k));
        let s = silhouette(&rows, &w, &a.assignment, k);
        prop_assert!((-1.0..=1.0).contains(&s));
        // clusters numbered by size, largest first
        let mut size = vec![0usize; k];
        for &c in &a.assignment { size[c] += 1; }
        prop_assert!(size.windows(2).all(|s| s[0] >= s[1]));
    }
}
