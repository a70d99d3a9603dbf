//! Peer-search benchmark (BENCHMARKS.md, "Peer cities").
//!
//! 1. Bundled data: loads every city's profile from a store (`--db FILE`, made by
//!    `observatory init`; without it a temporary store is filled from `data/` first, not
//!    timed), then finds the 10 peers of every city, and the mentors of every city.
//! 2. Synthetic: 100,000 municipalities × 7 features (log-normal sizes, shares, rates;
//!    about 5% of values missing), generated from a fixed seed; standardises them once and
//!    times k = 10 queries (the median and the slowest of 200 queries).
//!    `--write FILE` also writes the matrix (f64, little-endian, row-major, NaN missing)
//!    for `bench/anchor_peers.py`, the NumPy side of the comparison.
//!
//! ```text
//! cargo run --release -p peers --example bench_peers -- [--db FILE] [--n 100000] [--write FILE]
//! ```
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use peers::{Cities, MentorQuery, PeerQuery};
use stats::peers::{Metric, Scaler, Scaling, nearest_to};
use std::path::{Path, PathBuf};
use std::time::Instant;

struct SplitMix(stats::rng::SplitMix64);
impl SplitMix {
    fn next(&mut self) -> f64 {
        self.0.next_f64()
    }
    fn normal(&mut self) -> f64 {
        let (u, v) = (self.next().max(1e-300), self.next());
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}

fn fill_store(dir: &Path) -> store::Store {
    struct S<'a, 's>(&'a mut store::Import<'s>);
    impl ingest::Sink for S<'_, '_> {
        fn observation(&mut self, o: model::Observation) -> Result<(), String> {
            self.0.add_observation(&o).map_err(|e| e.to_string())
        }
        fn geography(&mut self, g: model::Geography) -> Result<(), String> {
            self.0.add_geography(&g).map_err(|e| e.to_string())
        }
    }
    let data = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data"));
    let mut store = store::Store::open(&dir.join("bench.db")).unwrap();
    for (n, f) in [
        "eurostat-urban-audit/gisco_urau_2021_cities.csv",
        "eurostat-urban-audit/urb_cpop1_population_2013-2022_codes.csv",
        "eurostat-urban-audit/urb_cpop1_population_2015-2024.csv",
        "eurostat-urban-audit/urb_cpopcb_foreign_born_2015-2024.csv",
        "eurostat-urban-audit/urb_clma_unemployed_2015-2024.csv",
        "eurostat-urban-audit/urb_clma_employed_20-64_2015-2024.csv",
        "eurostat-urban-audit/urb_ceduc_students_higher_education_2015-2024.csv",
        "quality-of-life-cities-2023/qol_european_cities_2023_aggregated.xlsx",
    ]
    .iter()
    .enumerate()
    {
        let path = data.join(f);
        let prov = model::Provenance {
            file_name: f.to_string(),
            sha256: format!("bench-{n}"),
            format: String::new(),
            source: "bench".into(),
            licence: "CC BY 4.0".into(),
        };
        let mut import = store.begin_import(&prov).unwrap();
        let r = ingest::read_file(
            &path,
            None,
            &ingest::Options::default(),
            &mut S(&mut import),
            &mut |_| {},
        )
        .unwrap();
        import.finish(r.rows_read, r.observations, 0, "{}").unwrap();
    }
    store
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let n: usize = arg("--n").and_then(|s| s.parse().ok()).unwrap_or(100_000);

    // 1. Bundled data.
    let tmp = tempfile::tempdir().unwrap();
    let store = match arg("--db") {
        Some(p) => store::Store::open(Path::new(&p)).unwrap(),
        None => fill_store(tmp.path()),
    };
    let t = Instant::now();
    let cities = Cities::load(&store).unwrap();
    let load = t.elapsed();
    let q = PeerQuery::default();
    let t = Instant::now();
    let all = cities.all_peers(&q).unwrap();
    let peers_all = t.elapsed();
    let with_peers = all.iter().filter(|s| !s.peers.is_empty()).count();
    let t = Instant::now();
    let mut mentor_pairs = 0;
    for p in cities.profiles() {
        mentor_pairs += cities
            .mentors(&p.code, &MentorQuery::default())
            .unwrap()
            .mentors
            .len();
    }
    let mentors_all = t.elapsed();
    println!(
        "bundled data: {} cities; load profiles + typology {:.3} s (typology k = {}); peers (k = 10, explanations) of every city {:.3} s ({} cities with peers); mentors of every city {:.3} s ({} mentor pairs)",
        cities.len(),
        load.as_secs_f64(),
        cities.typology().k,
        peers_all.as_secs_f64(),
        with_peers,
        mentors_all.as_secs_f64(),
        mentor_pairs
    );

    // 2. Synthetic municipalities.
    const P: usize = 7;
    let mut rng = SplitMix(stats::rng::SplitMix64(20_231_123));
    let mut rows = Vec::with_capacity(n * P);
    for _ in 0..n {
        let size = (9.0 + 1.2 * rng.normal()).exp(); // median ≈ 8,100 inhabitants
        let values = [
            size.ln(),                                      // population (compared on the log)
            0.3 + 1.0 * rng.normal(),                       // growth, % a year
            (8.0 * (0.8 * rng.normal()).exp()).min(90.0),   // foreign-born share, %
            1.5 + 1.5 * rng.normal(),                       // 5-year change, points
            2.0 + 2.0 * rng.normal(),                       // 10-year change, points
            (6.0 * (0.5 * rng.normal()).exp()).min(60.0),   // unemployment proxy, %
            (40.0 * (0.9 * rng.normal()).exp()).min(600.0), // students per 1,000
        ];
        for v in values {
            rows.push(if rng.next() < 0.05 { f64::NAN } else { v });
        }
    }
    if let Some(path) = arg("--write") {
        let bytes: Vec<u8> = rows.iter().flat_map(|v| v.to_le_bytes()).collect();
        std::fs::write(&path, bytes).unwrap();
    }
    let t = Instant::now();
    let z = Scaler::fit(&rows, P, Scaling::Robust).transform(&rows);
    let standardise = t.elapsed();
    let metric = Metric {
        weights: vec![2.0, 1.0, 2.0, 1.0, 0.5, 1.0, 0.5],
        min_shared: 4,
        min_weight_share: 0.5,
    };
    let mut times = Vec::new();
    let mut checksum = 0.0;
    for qi in 0..200 {
        let i = (qi * 7919) % n;
        let t = Instant::now();
        let found = nearest_to(&z, i, 10, &metric, |_| true);
        times.push(t.elapsed().as_secs_f64());
        checksum += found.iter().map(|f| f.distance).sum::<f64>();
        if qi == 0 {
            println!(
                "synthetic query 0 (row 0): {:?}",
                found
                    .iter()
                    .map(|f| (f.index, (f.distance * 1e6).round() / 1e6))
                    .collect::<Vec<_>>()
            );
        }
    }
    times.sort_by(f64::total_cmp);
    println!(
        "synthetic: {n} municipalities × {P} features; standardise once {:.4} s; one k = 10 query: median {:.2} ms, slowest {:.2} ms (200 queries; checksum {checksum:.6})",
        standardise.as_secs_f64(),
        times[times.len() / 2] * 1e3,
        times[times.len() - 1] * 1e3
    );
}
