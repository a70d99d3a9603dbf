//! Golden tests, one file per indicator in `tests/golden/*.toml`: the indicator (from the
//! real catalogue), a small input table (CSV), and the expected cells, checked by hand (each
//! file's `check` says how). Like DataFusion's `.slt` files: adding a case needs no Rust.
//!
//! The input's columns are the catalogue's canonical columns (an identity mapping is built
//! from the header), `pid` is the PSU (an element sample), `w` the weight. Thresholds are off
//! so that tiny inputs are published.

use crate::{catalogue, rt};
use engine::{ComputeOptions, Engine, Request};
use serde::Deserialize;

#[derive(Deserialize)]
struct Golden {
    indicator: String,
    #[serde(default)]
    by: Vec<String>,
    #[allow(dead_code)]
    check: String,
    input: String,
    expected: Vec<Expected>,
}

#[derive(Deserialize)]
struct Expected {
    /// Population group key (`citizen=NAT`), "" for everybody.
    group: String,
    value: f64,
    n: u64,
    #[serde(default)]
    gap: Option<f64>,
}

fn mapping(header: &[&str]) -> String {
    let mut cols = String::new();
    for h in header {
        if *h != "pid" && *h != "w" {
            cols.push_str(&format!("{h} = \"{h}\"\n"));
        }
    }
    format!(
        r#"id = "golden"
name = "golden"
geo = "XX"
period = "2020"
weight = "w"
[design]
method = "taylor"
psu = "pid"
[columns]
{cols}
[dimensions.citizenship]
column = "citizenship"
codes = [{{ value = 1, code = "NAT" }}, {{ value = 2, code = "EU27_2020_FOR" }}, {{ value = 3, code = "NEU27_2020_FOR" }}]
[dimensions.sex]
column = "sex"
codes = [{{ value = 1, code = "M" }}, {{ value = 2, code = "F" }}]
[dimensions.age]
column = "age"
bands = ["Y16-24", "Y25-34", "Y35-49", "Y50-74"]
"#
    )
}

#[test]
fn every_golden_file_holds() {
    let cat = catalogue();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "{} golden files", files.len());
    let rt = rt();
    let mut covered = Vec::new();
    for f in &files {
        let g: Golden = toml::from_str(&std::fs::read_to_string(f).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let tmp = tempfile::tempdir().unwrap();
        let input = g.input.trim();
        let header: Vec<&str> = input.lines().next().unwrap().split(',').collect();
        let m = tmp.path().join("golden.toml");
        std::fs::write(&m, mapping(&header)).unwrap();
        let data = tmp.path().join("input.csv");
        std::fs::write(&data, format!("{input}\n")).unwrap();
        let mut options = ComputeOptions::default();
        options.primary.min_frequency = 0;
        options.reliability.suppress_below_n = 0;
        options.reliability.flag_below_n = 0;
        let req = Request {
            input: vec![data],
            mapping: m.display().to_string(),
            indicators: vec![g.indicator.clone()],
            by: g.by.clone(),
            options,
            raking: None,
        };
        let res = rt
            .block_on(engine::compute(&Engine::embedded(), &cat, &req))
            .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let cells = &res.indicators[0].cells;
        for want in &g.expected {
            let c = cells
                .iter()
                .find(|c| c.group.key() == want.group)
                .unwrap_or_else(|| panic!("{}: no cell '{}'", f.display(), want.group));
            let v = c.value.unwrap_or_else(|| {
                panic!("{}: '{}' withheld: {:?}", f.display(), want.group, c.status)
            });
            assert!(
                (v - want.value).abs() < 1e-9 * want.value.abs().max(1.0),
                "{}: '{}' = {v}, expected {}",
                f.display(),
                want.group,
                want.value
            );
            assert_eq!(c.n, Some(want.n), "{}: n of '{}'", f.display(), want.group);
            if let Some(gap) = want.gap {
                let got = c
                    .gap
                    .unwrap_or_else(|| panic!("{}: no gap for '{}'", f.display(), want.group));
                assert!(
                    (got - gap).abs() < 1e-9 * gap.abs().max(1.0),
                    "{}: gap {got} vs {gap}",
                    f.display()
                );
            }
        }
        covered.push(g.indicator);
    }
    for ind in &cat.indicators {
        assert!(covered.contains(&ind.id), "no golden file for {}", ind.id);
    }
}
