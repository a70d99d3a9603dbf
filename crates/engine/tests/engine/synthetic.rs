//! The one-pass plan against naive per-cell SQL on generated microdata with 80 replicate
//! weights: same point estimates and replicate standard errors.

use crate::{catalogue, rt};
use engine::generate::{GenerateOptions, generate};
use engine::{Engine, Request};
use model::Dimension;

#[test]
fn one_pass_equals_naive_per_cell_queries() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("persons.parquet");
    let opts = GenerateOptions {
        persons: 30_000,
        replicates: 80,
        row_group: 7_000,
        ..Default::default()
    };
    generate(&path, &opts, |_| {}).unwrap();
    let cat = catalogue();
    let req = Request {
        input: vec![path.clone()],
        mapping: "bench_synthetic".into(),
        indicators: vec![],
        by: vec!["citizenship".into(), "sex".into(), "age".into()],
        options: Default::default(),
        raking: None,
    };
    let rt = rt();
    let engine = Engine::embedded();
    let res = rt.block_on(engine::compute(&engine, &cat, &req)).unwrap();
    let ids: Vec<&str> = res
        .indicators
        .iter()
        .map(|i| i.indicator.id.as_str())
        .collect();
    assert!(ids.len() >= 20, "{ids:?}");
    assert_eq!(res.method, "replicate:sdr(4/R)");

    // naive: poverty among non-EU women aged 25–34, and among all employed (in-work poverty)
    let ctx = engine.context();
    let reps: Vec<String> = (1..=80).map(|r| format!("SUM(CASE WHEN poverty = 1 THEN CAST(rw{r} AS DOUBLE) ELSE 0 END) / SUM(CAST(rw{r} AS DOUBLE)) AS t{r}")).collect();
    for (filter, ind, group) in [
        (
            "citizenship = 3 AND sex = 2 AND age >= 25 AND age < 35",
            "at_risk_of_poverty",
            model::PopulationGroup::total()
                .with(Dimension::Citizenship, "NEU27_2020_FOR")
                .with(Dimension::Sex, "F")
                .with(Dimension::Age, "Y25-34"),
        ),
        (
            "activity = 1",
            "in_work_poverty",
            model::PopulationGroup::total(),
        ),
    ] {
        let sql = format!(
            "SELECT COUNT(*) AS n, SUM(CASE WHEN poverty = 1 THEN CAST(w AS DOUBLE) ELSE 0 END) / SUM(CAST(w AS DOUBLE)) AS t0, {} FROM src WHERE {filter}",
            reps.join(", ")
        );
        let batches = rt.block_on(async { ctx.sql(&sql).await.unwrap().collect().await.unwrap() });
        let b = &batches[0];
        let get = |name: &str| {
            use datafusion::arrow::array::AsArray;
            use datafusion::arrow::datatypes::Float64Type;
            b.column_by_name(name)
                .unwrap()
                .as_primitive::<Float64Type>()
                .value(0)
        };
        let t0 = 100.0 * get("t0");
        let v: f64 = (1..=80)
            .map(|r| (100.0 * get(&format!("t{r}")) - t0).powi(2))
            .sum::<f64>()
            * 4.0
            / 80.0;
        let cell = res
            .indicators
            .iter()
            .find(|i| i.indicator.id == ind)
            .unwrap()
            .cells
            .iter()
            .find(|c| c.group == group)
            .unwrap();
        let got = cell.value.unwrap();
        assert!((got - t0).abs() < 1e-9, "{ind} {filter}: {got} vs {t0}");
        let se = cell.std_error.unwrap();
        assert!(
            (se - v.sqrt()).abs() < 1e-9,
            "{ind}: SE {se} vs {}",
            v.sqrt()
        );
    }
    // the generated margins follow the Spanish SILC (poverty of non-EU citizens ≈ 49.5%)
    let pov = res
        .indicators
        .iter()
        .find(|i| i.indicator.id == "at_risk_of_poverty")
        .unwrap();
    let neu = pov
        .cells
        .iter()
        .find(|c| {
            c.group
                == model::PopulationGroup::total().with(Dimension::Citizenship, "NEU27_2020_FOR")
        })
        .unwrap();
    assert!((neu.value.unwrap() - 49.5).abs() < 3.0, "{:?}", neu.value);
}
