//! `peers`, `benchmark`, `mentors` and `typology` as a user runs them, on the bundled data
//! loaded on the first start (once, for all four cities).
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

mod common;

use std::path::Path;

fn run(db: &Path, args: &[&str]) -> (bool, String, String) {
    let out = common::run(db, args);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok(db: &Path, args: &[&str]) -> String {
    let (success, stdout, stderr) = run(db, args);
    assert!(success, "{args:?} failed: {stderr}");
    stdout
}

#[test]
fn peers_benchmarks_mentors_and_typology_for_four_cities() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("observatory.db");
    ok(&db, &["init"]);
    for (city, code) in [
        ("Osijek", "HR004C"),
        ("Kosice", "SK002C"),
        ("Sofia", "BG001C"),
        ("Praha", "CZ001C"),
    ] {
        let out = ok(&db, &["peers", city]);
        assert!(out.contains(code), "{out}");
        assert!(out.contains("similar:"), "{out}");
        assert!(
            out.lines().any(|l| l.starts_with("10. ")),
            "ten peers: {out}"
        );
        let json: serde_json::Value =
            serde_json::from_str(&ok(&db, &["peers", city, "-k", "5", "--format", "json"]))
                .unwrap();
        let peers = json["peers"].as_array().unwrap();
        assert_eq!(peers.len(), 5);
        assert!(peers.iter().all(|p| p["code"] != code));
        let csv = ok(
            &db,
            &["peers", city, "--other-countries", "--format", "csv"],
        );
        let country = &code[..2];
        for line in csv.lines().skip(1) {
            let cells: Vec<&str> = line.split(',').collect();
            assert_ne!(cells[3], country, "{line}");
        }
        let b = ok(&db, &["benchmark", city, "unemployment_proxy"]);
        assert!(b.contains("lower is better"), "{b}");
        let m = ok(&db, &["mentors", city]);
        assert!(m.contains("Could mentor"), "{m}");
        // Issue 11, finding 14: the heading alone proves nothing; a city with figures has a
        // mentor, and each one is listed with its experience and its better outcomes.
        if code != "CZ001C" {
            let listed = m
                .lines()
                .skip_while(|l| !l.starts_with("Could mentor"))
                .nth(1)
                .unwrap_or_default();
            assert!(
                listed.trim_start().starts_with("1. "),
                "{city}: no mentor: {m}"
            );
            assert!(
                listed.contains("more experience") && listed.contains("(better)"),
                "{listed}"
            );
        }
        let p = ok(&db, &["peers", city, "--profile"]);
        assert!(p.contains("foreign_born_share"), "{p}");
    }
    let same = ok(
        &db,
        &["peers", "Osijek", "--same-country", "--format", "csv"],
    );
    assert!(
        same.lines()
            .skip(1)
            .all(|l| l.split(',').nth(3) == Some("HR")),
        "{same}"
    );
    let raw = ok(
        &db,
        &[
            "benchmark",
            "Sofia",
            "qol_2023/Q3_4[answer=1]",
            "--higher-is-better",
        ],
    );
    assert!(raw.contains("higher is better"), "{raw}");
    let t = ok(&db, &["typology"]);
    assert!(t.contains("context types"), "{t}");
    // Helpful errors.
    let (success, _, err) = run(&db, &["peers", "Osijek", "--features", "populaton"]);
    assert!(
        !success && err.contains("unknown feature 'populaton'"),
        "{err}"
    );
    let (success, _, err) = run(&db, &["peers", "HR"]);
    assert!(!success && err.contains("not a city"), "{err}");
    let (success, _, err) = run(&db, &["benchmark", "Osijek", "nonsense"]);
    assert!(!success && err.contains("not an indicator"), "{err}");
}
