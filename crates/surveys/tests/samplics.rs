//! The survey pipeline — answers, raking to margins, weighted estimates — against samplics
//! 0.6.1 on the same responses and weights (`data/oracles/samplics`, see its README).

use std::collections::BTreeMap;
use surveys::answer::{Answer, Answers};
use surveys::estimates::{
    Breakdown, Domain, EstimateOptions, Item, ItemKind, Statistic, estimate_item,
};
use surveys::weighting::{MarginSpec, WeightingSpec, weight_from};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/oracles/samplics/");

fn read(file: &str) -> Vec<BTreeMap<String, String>> {
    let mut r = csv::Reader::from_path(format!("{DIR}{file}")).expect("oracle file");
    let headers = r.headers().expect("headers").clone();
    r.records()
        .map(|rec| {
            let rec = rec.expect("record");
            headers
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// The oracle's (estimate, stderr, lower, upper) of a row.
fn expected(
    dataset: &str,
    design: &str,
    parameter: &str,
    domain: &str,
    category: &str,
) -> [f64; 4] {
    let rows = read("expected.csv");
    let row = rows
        .iter()
        .find(|r| {
            r["dataset"] == dataset
                && r["design"] == design
                && r["parameter"] == parameter
                && r["domain_value"] == domain
                && r["category"] == category
        })
        .unwrap_or_else(|| {
            panic!("no oracle row {dataset} {design} {parameter} {domain} {category}")
        });
    ["estimate", "stderr", "lower_ci", "upper_ci"].map(|k| row[k].parse().expect("number"))
}

fn relative(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs()
}

fn share<'a>(
    e: &'a surveys::estimates::ItemEstimates,
    domain: &Domain,
    choice: &str,
) -> &'a surveys::estimates::Published {
    e.figures
        .iter()
        .find(|f| &f.domain == domain && f.statistic == Statistic::Share(choice.into()))
        .and_then(|f| f.estimate.as_ref())
        .unwrap_or_else(|| panic!("no published share {choice} in {domain:?}"))
}

fn options() -> EstimateOptions {
    EstimateOptions::default()
}

#[test]
fn weighted_shares_and_their_errors_match_samplics_without_design() {
    // YRBS: 8,757 answers of a yes/no item with their weights, every respondent their own
    // unit, and a random domain with three classes.
    let yrbs = read("yrbs.csv");
    let domains = read("yrbs_domain.csv");
    let mut responses = Vec::new();
    let mut weights = Vec::new();
    for (r, d) in yrbs.iter().zip(&domains) {
        let mut a = Answers::new();
        a.insert("group".into(), Answer::Choice(d["domain"].clone()));
        match r["qn8"].as_str() {
            "1" => a.insert("qn8".into(), Answer::Choice("1".into())),
            "2" => a.insert("qn8".into(), Answer::Choice("0".into())),
            _ => None,
        };
        responses.push(a);
        weights.push(Some(r["weight"].parse::<f64>().expect("weight")));
    }
    let item = Item {
        name: "qn8".into(),
        kind: ItemKind::Single(vec!["0".into(), "1".into()]),
    };
    let breakdown = Breakdown {
        question: "group".into(),
        classes: vec!["d1".into(), "d2".into(), "d3".into()],
    };
    let e = estimate_item(&item, &responses, &weights, Some(&breakdown), &options()).unwrap();
    for category in ["0", "1"] {
        let got = share(&e, &Domain::All, category);
        let [est, se, lo, hi] = expected("yrbs", "taylor no design", "proportion", "", category);
        assert!(
            relative(got.estimate, est) < 1e-12,
            "{} vs {est}",
            got.estimate
        );
        assert!(
            relative(got.std_error, se) < 1e-9,
            "{} vs {se}",
            got.std_error
        );
        assert!(relative(got.lower, lo) < 1e-9 && relative(got.upper, hi) < 1e-9);
        assert_eq!(got.n, 8757);
    }
    // In the domains samplics gives the mean of the 0/1 item: the same estimate and SE.
    for class in ["d1", "d2", "d3"] {
        let got = share(&e, &Domain::Class(class.into()), "1");
        let [est, se, _, _] = expected("yrbs", "taylor no design", "mean", class, "");
        assert!(
            relative(got.estimate, est) < 1e-12,
            "{class}: {} vs {est}",
            got.estimate
        );
        assert!(
            relative(got.std_error, se) < 1e-9,
            "{class}: {} vs {se}",
            got.std_error
        );
    }
}

#[test]
fn raking_to_two_margins_reproduces_samplics() {
    // NHANES: the exam weights raked to race and sex totals over all 8,591 rows, then the
    // share with high cholesterol among those with an answer (745 missing).
    let nhanes = read("nhanes.csv");
    let mut responses = Vec::new();
    let mut design = Vec::new();
    for r in &nhanes {
        let mut a = Answers::new();
        a.insert("race".into(), Answer::Choice(r["race"].clone()));
        a.insert("sex".into(), Answer::Choice(r["RIAGENDR"].clone()));
        if let Ok(v) = r["HI_CHOL"].parse::<f64>() {
            a.insert("chol".into(), Answer::Choice(format!("{}", v as i64)));
        }
        responses.push(a);
        design.push(r["WTMEC2YR"].parse::<f64>().expect("weight"));
    }
    let margin = |q: &str, t: &[(&str, f64)]| MarginSpec {
        question: q.into(),
        source: "samplics README".into(),
        totals: t.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
    };
    let spec = WeightingSpec {
        margins: vec![
            margin(
                "race",
                &[("1", 45e6), ("2", 195e6), ("3", 36e6), ("4", 24e6)],
            ),
            margin("sex", &[("1", 147e6), ("2", 153e6)]),
        ],
        bounds: None,
        trim_above_mean: None,
    };
    let w = weight_from(&responses, Some(&design), &spec).unwrap();
    assert!(w.converged);
    assert_eq!(w.unplaced, 0);
    assert!(relative(w.population, 300e6) < 1e-15);
    let item = Item {
        name: "chol".into(),
        kind: ItemKind::Single(vec!["0".into(), "1".into()]),
    };
    let e = estimate_item(&item, &responses, &w.calibrated, None, &options()).unwrap();
    let [est, _, _, _] = expected("nhanes", "taylor strata+psu raked weights", "mean", "", "");
    assert!(relative(share(&e, &Domain::All, "1").estimate, est) < 1e-6);
    let by_sex = Breakdown {
        question: "sex".into(),
        classes: vec!["1".into(), "2".into()],
    };
    let e = estimate_item(&item, &responses, &w.calibrated, Some(&by_sex), &options()).unwrap();
    for class in ["1", "2"] {
        let [est, _, _, _] = expected(
            "nhanes",
            "taylor strata+psu raked weights",
            "mean",
            class,
            "",
        );
        let got = share(&e, &Domain::Class(class.into()), "1").estimate;
        assert!(relative(got, est) < 1e-6, "sex {class}: {got} vs {est}");
    }
    // Kish's design effect from the raked weights, by its formula.
    let ws: Vec<f64> = w.calibrated.iter().map(|w| w.unwrap()).collect();
    let n = ws.len() as f64;
    let deff = n * ws.iter().map(|w| w * w).sum::<f64>() / ws.iter().sum::<f64>().powi(2);
    assert!(relative(w.design_effect, deff) < 1e-12 && w.design_effect > 1.0);
}
