//! Segregation benchmark, the observatory's side (PySAL's is `bench/anchor_segregation.py`).
//!
//! ```text
//! python bench/segregation_input.py 1000000 areas.f64
//! cargo run --release -p stats --example bench_segregation -- areas.f64            # aspatial
//! cargo run --release -p stats --example bench_segregation -- areas.f64 --grid 400 250
//! ```
//!
//! The input file holds (group, total) pairs as little-endian f64, written by
//! `bench/segregation_input.py` with NumPy's generator, so both sides see identical areas.
//! With `--grid W H`, the first W·H areas are laid out on a W × H grid of rectangles (row
//! by row), and the spatial indices run with queen/rook contiguity built from the rectangles
//! (widths 1.0–1.6, heights 1.0–1.8, cycling).
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use std::time::Instant;

use spatial::{ContiguityRule, DEFAULT_PRECISION, MultiPolygon, Point, Polygon, Ring, contiguity};
use stats::segregation::{self as seg, Center, DistanceDecay, SparseWeights};

fn time<T>(label: &str, f: impl FnOnce() -> T, total: &mut f64) -> T {
    let t = Instant::now();
    let v = f();
    let dt = t.elapsed().as_secs_f64();
    *total += dt;
    println!("  {label:<44} {dt:>8.4} s");
    v
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: bench_segregation FILE [--grid W H]");
        std::process::exit(2);
    };
    let bytes = std::fs::read(path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(1);
    });
    let values: Vec<f64> = bytes
        .chunks_exact(8)
        .map(|c| f64::from_le_bytes(c.try_into().expect("8 bytes")))
        .collect();
    let group: Vec<f64> = values.iter().step_by(2).copied().collect();
    let total: Vec<f64> = values.iter().skip(1).step_by(2).copied().collect();

    if let Some(k) = args.iter().position(|a| a == "--grid") {
        let w: usize = args[k + 1].parse().expect("grid width");
        let h: usize = args[k + 2].parse().expect("grid height");
        spatial_bench(&group[..w * h], &total[..w * h], w, h);
        return;
    }

    let n = group.len();
    println!("observatory stats::segregation, {n} areas (aspatial, one thread):");
    let mut all = 0.0;
    let mut run = |label: &str, f: &dyn Fn() -> f64| {
        let v = time(label, f, &mut all);
        println!("  {:<44} = {v:.6}", "");
    };
    run("dissimilarity", &|| {
        seg::dissimilarity(&group, &total).unwrap()
    });
    run("gini (sort, O(n log n))", &|| {
        seg::gini(&group, &total).unwrap()
    });
    run("entropy (Theil H)", &|| {
        seg::entropy(&group, &total).unwrap()
    });
    run("isolation", &|| seg::isolation(&group, &total).unwrap());
    run("interaction", &|| seg::interaction(&group, &total).unwrap());
    run("correlation ratio", &|| {
        seg::correlation_ratio(&group, &total).unwrap()
    });
    run("atkinson b=0.5", &|| {
        seg::atkinson(&group, &total, 0.5).unwrap()
    });
    println!(
        "  {:<44} {all:>8.4} s",
        "TOTAL (the seven indices PySAL times)"
    );
    let mut extra = 0.0;
    for (label, b) in [("atkinson b=0.1", 0.1), ("atkinson b=0.9", 0.9)] {
        let v = time(
            label,
            || seg::atkinson(&group, &total, b).unwrap(),
            &mut extra,
        );
        println!("  {:<44} = {v:.6}", "");
    }
    let v = time(
        "concentration profile (m = 1000)",
        || seg::concentration_profile(&group, &total, 1000).unwrap(),
        &mut extra,
    );
    println!("  {:<44} = {v:.6}", "");
    let lq = time(
        "location quotients",
        || seg::location_quotients(&group, &total).unwrap(),
        &mut extra,
    );
    println!("  {:<44} = {} values", "", lq.len());
}

/// Column and row boundaries of the grid: widths 1.0–1.6 and heights 1.0–1.8 cycling, so that
/// areas differ in size (the concentration indices are undefined when all areas are equal).
/// `bench/anchor_segregation.py --grid` builds the same rectangles.
fn edges(count: usize, period: usize, step: f64) -> Vec<f64> {
    let mut e = vec![0.0];
    for i in 0..count {
        let last = *e.last().expect("starts with 0");
        e.push(last + 1.0 + (i % period) as f64 * step);
    }
    e
}

fn rectangle(x0: f64, x1: f64, y0: f64, y1: f64) -> MultiPolygon {
    // Clockwise, as in a shapefile.
    MultiPolygon::new(vec![Polygon::new(
        Ring::new(vec![
            Point::new(x0, y0),
            Point::new(x0, y1),
            Point::new(x1, y1),
            Point::new(x1, y0),
        ]),
        vec![],
    )])
}

fn spatial_bench(group: &[f64], total: &[f64], w: usize, h: usize) {
    let n = w * h;
    println!(
        "observatory stats::segregation + spatial, {n} areas on a {w} x {h} grid (one thread):"
    );
    let mut all = 0.0;
    let squares: Vec<MultiPolygon> = time(
        "build geometries",
        || {
            let (xs, ys) = (edges(w, 7, 0.1), edges(h, 5, 0.2));
            (0..n)
                .map(|k| {
                    let (i, j) = (k % w, k / w);
                    rectangle(xs[i], xs[i + 1], ys[j], ys[j + 1])
                })
                .collect()
        },
        &mut all,
    );
    let (areas, perimeters, centroids): (Vec<f64>, Vec<f64>, Vec<[f64; 2]>) = time(
        "areas, perimeters, centroids",
        || {
            let a = squares.iter().map(MultiPolygon::area).collect();
            let p = squares.iter().map(MultiPolygon::perimeter).collect();
            let c = squares
                .iter()
                .map(|s| {
                    let c = s.centroid().expect("non-empty");
                    [c.x, c.y]
                })
                .collect();
            (a, p, c)
        },
        &mut all,
    );
    let queen = time(
        "queen contiguity (vertex hash)",
        || contiguity(&squares, ContiguityRule::Queen, DEFAULT_PRECISION),
        &mut all,
    );
    let rook = time(
        "rook contiguity + shared lengths (edge hash)",
        || contiguity(&squares, ContiguityRule::Rook, DEFAULT_PRECISION),
        &mut all,
    );
    println!(
        "  ({} queen links, {} rook links)",
        queen.n_links(),
        rook.n_links()
    );
    let wq =
        SparseWeights::binary(queen.offsets().to_vec(), queen.indices().to_vec()).expect("valid");
    let wr =
        SparseWeights::binary(rook.offsets().to_vec(), rook.indices().to_vec()).expect("valid");
    let wl = SparseWeights::new(
        rook.offsets().to_vec(),
        rook.indices().to_vec(),
        rook.lengths().to_vec(),
    )
    .expect("valid");
    let mut show = |label: &str, f: &dyn Fn() -> f64| {
        let v = time(label, f, &mut all);
        println!("  {:<44} = {v:.6}", "");
    };
    show("spatial dissimilarity (queen)", &|| {
        seg::spatial_dissimilarity(group, total, &wq, false).unwrap()
    });
    show("spatial dissimilarity (rook)", &|| {
        seg::spatial_dissimilarity(group, total, &wr, false).unwrap()
    });
    show("boundary spatial dissimilarity", &|| {
        seg::boundary_spatial_dissimilarity(group, total, &wl, false).unwrap()
    });
    show("perimeter/area spatial dissimilarity", &|| {
        seg::perimeter_area_ratio_spatial_dissimilarity(
            group,
            total,
            &wl,
            &perimeters,
            &areas,
            true,
        )
        .unwrap()
    });
    show("delta", &|| seg::delta(group, total, &areas).unwrap());
    show("absolute concentration", &|| {
        seg::absolute_concentration(group, total, &areas).unwrap()
    });
    show("relative concentration", &|| {
        seg::relative_concentration(group, total, &areas).unwrap()
    });
    show("absolute centralisation", &|| {
        seg::absolute_centralization(group, total, &centroids, &areas, Center::Mean).unwrap()
    });
    show("relative centralisation", &|| {
        seg::relative_centralization(group, total, &centroids, Center::Mean).unwrap()
    });
    println!(
        "  {:<44} {all:>8.4} s",
        "TOTAL (geometry, contiguity and indices)"
    );
    // The distance-decay family is O(n²) by definition (every pair of areas); time it on
    // the first 10,000 areas only.
    let m = n.min(10_000);
    let mut dd = 0.0;
    let k = DistanceDecay::default();
    let (g, t, c, a) = (&group[..m], &total[..m], &centroids[..m], &areas[..m]);
    println!("distance-decay indices (O(n²)) on the first {m} areas:");
    for (label, f) in [
        (
            "spatial proximity",
            &(|| seg::spatial_proximity(g, t, c, a, k).unwrap()) as &dyn Fn() -> f64,
        ),
        ("absolute clustering", &|| {
            seg::absolute_clustering(g, t, c, a, k).unwrap()
        }),
        ("relative clustering", &|| {
            seg::relative_clustering(g, t, c, a, k).unwrap()
        }),
        ("distance-decay isolation", &|| {
            seg::distance_decay_isolation(g, t, c, a, k).unwrap()
        }),
    ] {
        let v = time(label, f, &mut dd);
        println!("  {:<44} = {v:.6}", "");
    }
}
