//! Properties every segregation index must have, on random inputs: invariance to the order of
//! the areas and to scaling all counts, D = 0 (and its relatives at their minimum) when every
//! area has the city's composition, the published bounds, and agreement of the O(n log n) Gini
//! with its O(n²) definition.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use proptest::prelude::*;
use stats::segregation::{self as seg, GroupCounts, SparseWeights};

const TOL: f64 = 1e-10;

/// Areas as (group, total) with total ≥ 1 and the group somewhere and not everywhere.
fn areas() -> impl Strategy<Value = (Vec<f64>, Vec<f64>)> {
    prop::collection::vec((1u32..2000, 0.0f64..=1.0), 2..60)
        .prop_map(|v| {
            let t: Vec<f64> = v.iter().map(|&(t, _)| f64::from(t)).collect();
            let x: Vec<f64> = v.iter().map(|&(t, u)| (f64::from(t) * u).round()).collect();
            (x, t)
        })
        .prop_filter("group present and not everybody", |(x, t)| {
            let (xs, ts): (f64, f64) = (x.iter().sum(), t.iter().sum());
            xs > 0.0 && xs < ts
        })
}

type Index = fn(&[f64], &[f64]) -> Result<f64, seg::SegregationError>;

fn indices() -> Vec<(&'static str, Index)> {
    vec![
        ("dissimilarity", seg::dissimilarity),
        ("gini", seg::gini),
        ("entropy", seg::entropy),
        ("isolation", seg::isolation),
        ("interaction", seg::interaction),
        ("correlation_ratio", seg::correlation_ratio),
        ("atkinson_0.1", |x, t| seg::atkinson(x, t, 0.1)),
        ("atkinson_0.5", |x, t| seg::atkinson(x, t, 0.5)),
        ("atkinson_0.9", |x, t| seg::atkinson(x, t, 0.9)),
        ("min_max", seg::min_max),
        ("concentration_profile", |x, t| {
            seg::concentration_profile(x, t, 200)
        }),
    ]
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= TOL * (1.0 + a.abs().max(b.abs()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn invariant_to_area_order((x, t) in areas(), seed in any::<u64>()) {
        // A deterministic shuffle driven by the seed.
        let n = x.len();
        let mut order: Vec<usize> = (0..n).collect();
        let mut s = seed | 1;
        for i in (1..n).rev() {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            order.swap(i, (s % (i as u64 + 1)) as usize);
        }
        let xp: Vec<f64> = order.iter().map(|&i| x[i]).collect();
        let tp: Vec<f64> = order.iter().map(|&i| t[i]).collect();
        for (name, f) in indices() {
            let (a, b) = (f(&x, &t).unwrap(), f(&xp, &tp).unwrap());
            prop_assert!(close(a, b), "{name}: {a} vs {b} after reordering");
        }
        let rest: Vec<f64> = t.iter().zip(&x).map(|(t, x)| t - x).collect();
        let rest_p: Vec<f64> = order.iter().map(|&i| rest[i]).collect();
        let g = [&x[..], &rest[..]];
        let gp = [&xp[..], &rest_p[..]];
        let (c, cp) = (GroupCounts::new(&g).unwrap(), GroupCounts::new(&gp).unwrap());
        prop_assert!(close(seg::multigroup_dissimilarity(&c), seg::multigroup_dissimilarity(&cp)));
        prop_assert!(close(seg::multigroup_gini(&c), seg::multigroup_gini(&cp)));
        prop_assert!(close(seg::multigroup_information_theory(&c), seg::multigroup_information_theory(&cp)));
    }

    #[test]
    fn invariant_to_scaling_counts((x, t) in areas(), e in -20i32..20) {
        // Powers of two scale every count exactly, so shares are bit-identical and even the
        // concentration profile (which compares shares with thresholds) must not move.
        let k = 2f64.powi(e);
        let xs: Vec<f64> = x.iter().map(|v| v * k).collect();
        let ts: Vec<f64> = t.iter().map(|v| v * k).collect();
        for (name, f) in indices() {
            let (a, b) = (f(&x, &t).unwrap(), f(&xs, &ts).unwrap());
            prop_assert!(close(a, b), "{name}: {a} vs {b} after scaling by {k}");
        }
    }

    #[test]
    fn invariant_to_scaling_counts_by_any_factor((x, t) in areas(), k in 0.001f64..1000.0) {
        let xs: Vec<f64> = x.iter().map(|v| v * k).collect();
        let ts: Vec<f64> = t.iter().map(|v| v * k).collect();
        for (name, f) in indices() {
            if name == "concentration_profile" {
                // Rounding can move a share across one of the m thresholds: not continuous.
                continue;
            }
            let (a, b) = (f(&x, &t).unwrap(), f(&xs, &ts).unwrap());
            prop_assert!(close(a, b), "{name}: {a} vs {b} after scaling by {k}");
        }
    }

    #[test]
    fn zero_when_every_area_has_the_city_composition(t in prop::collection::vec(1u32..5000, 2..60), share in 0.01f64..0.99) {
        let t: Vec<f64> = t.into_iter().map(f64::from).collect();
        let x: Vec<f64> = t.iter().map(|v| v * share).collect();
        let p = share;
        prop_assert!(seg::dissimilarity(&x, &t).unwrap().abs() < 1e-12);
        prop_assert!(seg::gini(&x, &t).unwrap().abs() < 1e-12);
        prop_assert!(seg::entropy(&x, &t).unwrap().abs() < 1e-12);
        prop_assert!(seg::correlation_ratio(&x, &t).unwrap().abs() < 1e-12);
        prop_assert!((seg::isolation(&x, &t).unwrap() - p).abs() < 1e-12);
        for b in [0.1, 0.5, 0.9] {
            prop_assert!(seg::atkinson(&x, &t, b).unwrap().abs() < 1e-12);
        }
        prop_assert!(seg::min_max(&x, &t).unwrap().abs() < 1e-12);
        let lq = seg::location_quotients(&x, &t).unwrap();
        prop_assert!(lq.iter().all(|q| (q.unwrap() - 1.0).abs() < 1e-12));
    }

    #[test]
    fn bounds_hold((x, t) in areas()) {
        let p = x.iter().sum::<f64>() / t.iter().sum::<f64>();
        for (name, f) in indices() {
            if name == "concentration_profile" {
                continue;
            }
            let v = f(&x, &t).unwrap();
            prop_assert!((-1e-12..=1.0 + 1e-12).contains(&v), "{name} = {v}");
        }
        let iso = seg::isolation(&x, &t).unwrap();
        let int = seg::interaction(&x, &t).unwrap();
        prop_assert!(iso >= p - 1e-12, "isolation {iso} below P {p}");
        prop_assert!((iso + int - 1.0).abs() < 1e-12);
        // Gini is never below D (Duncan & Duncan 1955).
        prop_assert!(seg::gini(&x, &t).unwrap() >= seg::dissimilarity(&x, &t).unwrap() - 1e-12);
        // A chain of areas: the contiguity adjustment can only lower D, and by at most 1.
        let n = x.len();
        let mut offsets = vec![0];
        let mut nb = Vec::new();
        for i in 0..n {
            if i > 0 { nb.push(i - 1); }
            if i + 1 < n { nb.push(i + 1); }
            offsets.push(nb.len());
        }
        let w = SparseWeights::binary(offsets, nb).unwrap();
        let d = seg::dissimilarity(&x, &t).unwrap();
        let sd = seg::spatial_dissimilarity(&x, &t, &w, false).unwrap();
        prop_assert!(sd <= d + 1e-12 && sd >= d - 1.0 - 1e-12);
    }

    #[test]
    fn gini_equals_its_double_sum((x, t) in areas()) {
        let (xs, ts): (f64, f64) = (x.iter().sum(), t.iter().sum());
        let p = xs / ts;
        let mut num = 0.0;
        for i in 0..x.len() {
            for j in 0..x.len() {
                num += t[i] * t[j] * (x[i] / t[i] - x[j] / t[j]).abs();
            }
        }
        let slow = num / (2.0 * ts * ts * p * (1.0 - p));
        prop_assert!(close(seg::gini(&x, &t).unwrap(), slow));
    }

    #[test]
    fn multigroup_bounds_and_order_free(a in prop::collection::vec(0u32..500, 3..40), b in prop::collection::vec(0u32..500, 3..40), c in prop::collection::vec(0u32..500, 3..40)) {
        let n = a.len().min(b.len()).min(c.len());
        let cols: Vec<Vec<f64>> = [a, b, c].iter().map(|v| v[..n].iter().map(|&u| f64::from(u)).collect()).collect();
        prop_assume!(cols.iter().all(|c| c.iter().sum::<f64>() > 0.0));
        let refs: Vec<&[f64]> = cols.iter().map(Vec::as_slice).collect();
        let g = GroupCounts::new(&refs).unwrap();
        for (name, v) in [
            ("D", seg::multigroup_dissimilarity(&g)),
            ("G", seg::multigroup_gini(&g)),
            ("H", seg::multigroup_information_theory(&g)),
            ("P", seg::multigroup_normalized_exposure(&g)),
            ("E normalised", seg::multigroup_diversity(&g, true)),
            ("Simpson", seg::simpson_interaction(&g)),
        ] {
            prop_assert!((-1e-12..=1.0 + 1e-12).contains(&v), "{name} = {v}");
        }
        prop_assert!(seg::multigroup_squared_coefficient_of_variation(&g) >= -1e-12);
        prop_assert!(seg::multigroup_divergence(&g) >= -1e-12);
        // Reordering the groups changes nothing.
        let rev: Vec<&[f64]> = refs.iter().rev().copied().collect();
        let gr = GroupCounts::new(&rev).unwrap();
        prop_assert!(close(seg::multigroup_dissimilarity(&g), seg::multigroup_dissimilarity(&gr)));
        prop_assert!(close(seg::multigroup_gini(&g), seg::multigroup_gini(&gr)));
    }

    #[test]
    fn change_decomposition_adds_up((x1, t1) in areas(), noise in prop::collection::vec(0.0f64..1.0, 60)) {
        // Second period: same areas, group moved around.
        let x2: Vec<f64> = x1.iter().zip(&t1).zip(&noise).map(|((_, t), u)| (t * u).round()).collect();
        prop_assume!(x2.iter().sum::<f64>() > 0.0 && x2.iter().sum::<f64>() < t1.iter().sum::<f64>());
        let dec = seg::decompose_dissimilarity_change(&x1, &t1, &x2, &t1).unwrap();
        prop_assert!((dec.composition + dec.redistribution - dec.change).abs() < 1e-12);
        prop_assert!((dec.start - seg::dissimilarity(&x1, &t1).unwrap()).abs() < 1e-12);
        prop_assert!((dec.end - seg::dissimilarity(&x2, &t1).unwrap()).abs() < 1e-12);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn spatial_indices_invariant_to_area_order(
        (x, t) in areas(),
        geo in prop::collection::vec((-5.0f64..5.0, -5.0f64..5.0, 0.01f64..2.0), 60),
    ) {
        let n = x.len();
        let centroids: Vec<[f64; 2]> = geo[..n].iter().map(|g| [g.0, g.1]).collect();
        let areas: Vec<f64> = geo[..n].iter().map(|g| g.2).collect();
        let rev = |v: &[f64]| v.iter().rev().copied().collect::<Vec<f64>>();
        let (xr, tr, ar) = (rev(&x), rev(&t), rev(&areas));
        let cr: Vec<[f64; 2]> = centroids.iter().rev().copied().collect();
        let k = seg::DistanceDecay::default();
        let pairs = [
            ("delta", seg::delta(&x, &t, &areas).unwrap(), seg::delta(&xr, &tr, &ar).unwrap()),
            ("spatial_proximity", seg::spatial_proximity(&x, &t, &centroids, &areas, k).unwrap(), seg::spatial_proximity(&xr, &tr, &cr, &ar, k).unwrap()),
            ("absolute_clustering", seg::absolute_clustering(&x, &t, &centroids, &areas, k).unwrap(), seg::absolute_clustering(&xr, &tr, &cr, &ar, k).unwrap()),
            ("relative_clustering", seg::relative_clustering(&x, &t, &centroids, &areas, k).unwrap(), seg::relative_clustering(&xr, &tr, &cr, &ar, k).unwrap()),
            ("distance_decay_isolation", seg::distance_decay_isolation(&x, &t, &centroids, &areas, k).unwrap(), seg::distance_decay_isolation(&xr, &tr, &cr, &ar, k).unwrap()),
            ("absolute_centralization", seg::absolute_centralization(&x, &t, &centroids, &areas, seg::Center::Mean).unwrap(), seg::absolute_centralization(&xr, &tr, &cr, &ar, seg::Center::Mean).unwrap()),
            ("relative_centralization", seg::relative_centralization(&x, &t, &centroids, seg::Center::Mean).unwrap(), seg::relative_centralization(&xr, &tr, &cr, seg::Center::Mean).unwrap()),
        ];
        for (name, a, b) in pairs {
            // Sums over pairs in another order differ by rounding only; tied distances to the
            // centre form one step of the centralisation curve, so their order is irrelevant.
            prop_assert!((a - b).abs() <= 1e-9, "{name}: {a} vs {b}");
        }
        let iso = seg::distance_decay_isolation(&x, &t, &centroids, &areas, k).unwrap();
        let exp = seg::distance_decay_exposure(&x, &t, &centroids, &areas, k).unwrap();
        prop_assert!((iso + exp - 1.0).abs() < 1e-12);
        let d = seg::delta(&x, &t, &areas).unwrap();
        prop_assert!((0.0..=1.0).contains(&d));
    }
}
