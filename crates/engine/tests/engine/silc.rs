//! The real Spanish EU-SILC 2020: the published first check of data/SOURCES.md.

use crate::{catalogue, repo};
use engine::{CellStatus, Request};
use model::Dimension;

fn request(indicators: &[&str], by: &[&str]) -> Request {
    Request {
        input: vec![repo().join("data/spain-eu-silc/ecv2020_persons16plus_joined_extract.csv")],
        mapping: "es_silc_2020".into(),
        indicators: indicators.iter().map(|s| s.to_string()).collect(),
        by: by.iter().map(|s| s.to_string()).collect(),
        options: Default::default(),
        raking: None,
    }
}

#[test]
fn at_risk_of_poverty_by_citizenship_matches_the_published_check() {
    let cat = catalogue();
    let res = engine::compute_blocking(
        &cat,
        &request(&["at_risk_of_poverty"], &["citizenship"]),
        None,
    )
    .unwrap();
    assert_eq!(res.method, "taylor");
    let ir = &res.indicators[0];
    let cell = |code: Option<&str>| {
        ir.cells
            .iter()
            .find(|c| c.group.get(Dimension::Citizenship) == code)
            .unwrap()
    };
    // Standard errors: strata DB040, PSU DB030 (with replacement), checked against an
    // independent row-level implementation of the linearised ratio variance in Python
    // (scores w (y − R) / X summed per household, n_h/(n_h − 1) Σ (z − z̄)² per region):
    // 0.51746, 5.45149, 3.34372, 0.57289.
    for (code, want, want_se) in [
        (Some("NAT"), 17.1, 0.51746),
        (Some("EU27_2020_FOR"), 36.3, 5.45149),
        (Some("NEU27_2020_FOR"), 49.5, 3.34372),
        (None, 19.7, 0.57289),
    ] {
        let c = cell(code);
        assert_eq!(c.status, CellStatus::Published, "{code:?}");
        let v = c.value.unwrap();
        assert!((v - want).abs() < 0.05, "{code:?}: {v} vs {want}");
        let se = c.std_error.unwrap();
        assert!(
            (se - want_se).abs() < 1e-5,
            "{code:?}: SE {se} vs {want_se}"
        );
        assert!(c.ci_lower.unwrap() < v && v < c.ci_upper.unwrap());
        eprintln!("{code:?}: {v:.2} (SE {se:.2}, n {})", c.n.unwrap());
    }
    // n: persons with a weight (PB040 > 0): 29,285 Spanish, 581 other EU, 1,352 non-EU
    assert_eq!(cell(Some("NAT")).n, Some(29_285));
    assert_eq!(cell(Some("EU27_2020_FOR")).n, Some(581));
    assert_eq!(cell(Some("NEU27_2020_FOR")).n, Some(1_352));
    assert_eq!(cell(None).n, Some(31_218));
    // the gap to nationals, in percentage points, with its own SE
    let g = cell(Some("NEU27_2020_FOR"));
    assert!((g.gap.unwrap() - (49.49 - 17.08)).abs() < 0.05);
    assert!(g.gap_std_error.unwrap() > 0.0);
    assert!(res.notes.iter().any(|n| n.contains("DB040")));
}

#[test]
fn every_indicator_the_survey_has_runs_with_median_and_gaps() {
    let cat = catalogue();
    let res = engine::compute_blocking(&cat, &request(&[], &["citizenship", "sex"]), None).unwrap();
    let ids: Vec<&str> = res
        .indicators
        .iter()
        .map(|i| i.indicator.id.as_str())
        .collect();
    for want in [
        "employment_rate_20_64",
        "unemployment_rate",
        "activity_rate",
        "self_employment",
        "low_attainment_25_64",
        "tertiary_attainment_25_64",
        "early_leavers_18_24",
        "at_risk_of_poverty",
        "severe_deprivation",
        "median_equivalised_income",
        "median_income_ratio_to_natives",
        "good_health",
        "owner_occupation",
        "naturalisation_rate",
    ] {
        assert!(ids.contains(&want), "{want} missing from {ids:?}");
    }
    for lacking in [
        "over_qualification",
        "overcrowding",
        "housing_cost_overburden",
        "long_term_residence_share",
    ] {
        assert!(!ids.contains(&lacking), "{lacking} should be skipped");
    }
    let med = res
        .indicators
        .iter()
        .find(|i| i.indicator.id == "median_equivalised_income")
        .unwrap();
    let all = med.cells.iter().find(|c| c.group.is_total()).unwrap();
    let v = all.value.unwrap();
    // weighted median equivalised income of persons 16+ (HY020 / HX240)
    assert!((15_000.0..19_000.0).contains(&v), "{v}");
    assert!(all.std_error.unwrap() > 0.0);
}

#[test]
fn an_indicator_needing_a_column_the_survey_lacks_says_which_and_why() {
    let cat = catalogue();
    let e = engine::compute_blocking(&cat, &request(&["over_qualification"], &[]), None)
        .unwrap_err()
        .to_string();
    assert!(e.contains("over_qualification.toml"), "{e}");
    assert!(e.contains("overqual"), "{e}");
    assert!(e.contains("PL051"), "{e}");
}

#[test]
fn the_drafts_carry_every_cell_with_its_provenance() {
    let cat = catalogue();
    let req = request(&["at_risk_of_poverty"], &["citizenship"]);
    let res = engine::compute_blocking(&cat, &req, None).unwrap();
    let records = engine::drafts::records(&res).unwrap();
    assert_eq!(engine::drafts::dataset(&res), "computed:es_silc_2020");
    assert_eq!(records.len(), res.indicators[0].cells.len());
    let provenance = engine::drafts::provenance(&cat, &req, &res);
    assert_eq!(provenance.format, "engine:es_silc_2020");
    assert_eq!(provenance.sha256.len(), 64);
    assert!(
        provenance
            .file_name
            .ends_with("ecv2020_persons16plus_joined_extract.csv")
    );
    let report: serde_json::Value =
        serde_json::from_str(&engine::drafts::report(&cat, &res)).unwrap();
    assert_eq!(report["catalogue_sha256"], cat.fingerprint());
    assert_eq!(report["method"], "taylor");
    let non_eu = records
        .iter()
        .find(|r| r.observation.group.get(Dimension::Citizenship) == Some("NEU27_2020_FOR"))
        .unwrap();
    assert_eq!(non_eu.observation.dataset, "computed:es_silc_2020");
    assert_eq!(non_eu.observation.period.to_string(), "2020");
    assert_eq!(non_eu.gap_kind, "percentage_points");
    assert!(!non_eu.withheld && non_eu.suppression == "published");
    // The results table: one header, one row per cell, the same columns as the CSV.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.csv");
    engine::drafts::write_table(&path, &records).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("indicator,group,period,value,std_error,"));
    assert_eq!(text.lines().count(), records.len() + 1);
}
