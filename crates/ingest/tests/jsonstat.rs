//! JSON-stat 2.0 on real figures: `data/json-stat/lfsa_ergan_AT_DE_ES.json` was made by
//! `data/json-stat/make_lfsa_ergan.py` from the bundled Eurostat TSV, in the shape of
//! Eurostat's API. Both readers must give the same observations.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use ingest::{Collect, Options, read_file};
use std::path::PathBuf;

fn data(rel: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data")).join(rel)
}

fn key(o: &model::Observation) -> String {
    format!(
        "{}|{}|{}|{}|{}|{:?}|{}|{}|{}",
        o.dataset,
        o.variable,
        o.geo,
        o.group.key(),
        o.breakdown_key(),
        o.unit,
        o.period,
        o.value,
        o.flags
    )
}

#[test]
fn same_observations_as_the_tsv() {
    let mut js = Collect::default();
    let report = read_file(
        &data("json-stat/lfsa_ergan_AT_DE_ES.json"),
        None,
        &Options::default(),
        &mut js,
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(report.format, "json-stat");
    // 270 values: counted with grep over the TSV lines of AT, DE and ES (cells not ':').
    assert_eq!(report.observations, 270);
    assert_eq!(report.datasets, vec!["lfsa_ergan".to_string()]);
    assert_eq!(report.geographies, 3);
    let mut tsv = Collect::default();
    read_file(
        &data("eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv"),
        None,
        &Options::default(),
        &mut tsv,
        &mut |_| {},
    )
    .unwrap();
    let mut a: Vec<String> = js.observations.iter().map(key).collect();
    let mut b: Vec<String> = tsv
        .observations
        .iter()
        .filter(|o| ["AT", "DE", "ES"].contains(&o.geo.as_str()))
        .map(key)
        .collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
    assert!(js.geographies.iter().any(|g| g.name == "Austria"));
}

#[test]
fn refuses_what_is_not_a_dataset() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("c.json");
    std::fs::write(&p, br#"{"version":"2.0","class":"collection","link":{}}"#).unwrap();
    let err = read_file(
        &p,
        None,
        &Options::default(),
        &mut Collect::default(),
        &mut |_| {},
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("JSON-stat 2.0 dataset"), "{err}");
    std::fs::write(&p, br#"{"class":"dataset","id":["geo","time"],"size":[1,2],"dimension":{"geo":{"category":{"index":["AT"]}},"time":{"category":{"index":["2020","2021"]}}},"value":[1.5]}"#).unwrap();
    let err = read_file(
        &p,
        None,
        &Options::default(),
        &mut Collect::default(),
        &mut |_| {},
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("1 values") && err.contains("2 values"),
        "{err}"
    );
}
