//! Raking inside the engine (`Request::raking`, `--rake`), checked against raking the rows
//! themselves with `stats::survey::rake` and forming the rate by hand.

use crate::{catalogue, repo, rt};
use datafusion::arrow::array::AsArray;
use datafusion::arrow::datatypes::{DataType, Float64Type};
use engine::calibration::RakingSpec;
use engine::{Engine, Input, Request};
use model::Dimension;
use stats::survey::{Margin, RakingOptions, rake};

const CITIZENSHIP: [(&str, f64); 3] = [
    ("NAT", 35_400_000.0),
    ("EU27_2020_FOR", 1_500_000.0),
    ("NEU27_2020_FOR", 3_200_000.0),
];
const SEX: [(&str, f64); 2] = [("M", 19_500_000.0), ("F", 20_600_000.0)];
/// The mapping's age bands (age = 2020 − year of birth).
const AGE: [(&str, f64); 5] = [
    ("Y16-24", 4_200_000.0),
    ("Y25-34", 5_600_000.0),
    ("Y35-49", 11_000_000.0),
    ("Y50-64", 9_800_000.0),
    ("Y_GE65", 9_500_000.0),
];

fn age_band(age: f64) -> u32 {
    match age as u32 {
        ..=24 => 0,
        25..=34 => 1,
        35..=49 => 2,
        50..=64 => 3,
        _ => 4,
    }
}

fn silc() -> std::path::PathBuf {
    repo().join("data/spain-eu-silc/ecv2020_persons16plus_joined_extract.csv")
}

fn spec(bounds: Option<[f64; 2]>, with_age: bool) -> RakingSpec {
    let totals = |t: &[(&str, f64)]| {
        t.iter()
            .map(|(c, v)| format!("\"{c}\" = {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let text = format!(
        "{}[[margin]]\ndimension = \"citizenship\"\ntotals = {{ {} }}\n[[margin]]\ndimension = \"sex\"\ntotals = {{ {} }}\n",
        bounds
            .map(|[l, u]| format!("bounds = [{l}, {u}]\nmax_iterations = 1000\n"))
            .unwrap_or_default(),
        totals(&CITIZENSHIP),
        totals(&SEX)
    ) + &if with_age {
        format!(
            "[[margin]]\ndimension = \"age\"\ntotals = {{ {} }}\n",
            totals(&AGE)
        )
    } else {
        String::new()
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("margins.toml");
    std::fs::write(&path, text).unwrap();
    RakingSpec::load(&path).unwrap()
}

fn request(raking: Option<RakingSpec>) -> Request {
    Request {
        input: vec![silc()],
        mapping: "es_silc_2020".into(),
        indicators: vec!["at_risk_of_poverty".into()],
        by: vec!["citizenship".into()],
        options: Default::default(),
        raking,
    }
}

/// The rows (citizenship 0–2, sex 0–1, weight, poor, age band 0–4) of the persons the
/// mapping keeps.
fn rows() -> Vec<(u32, u32, f64, f64, u32)> {
    rt().block_on(async {
        let e = Engine::embedded();
        e.register(&Input::new(vec![silc()])).await.unwrap();
        let batches = e
            .context()
            .sql("SELECT PB220A, PB150, PB040, vhPobreza, 2020 - PB140 FROM src WHERE PB040 > 0")
            .await
            .unwrap()
            .collect()
            .await
            .unwrap();
        let mut out = Vec::new();
        for b in batches {
            let col = |i: usize| {
                let c = datafusion::arrow::compute::cast(b.column(i), &DataType::Float64).unwrap();
                let a = c.as_primitive::<Float64Type>();
                (0..a.len()).map(|r| a.value(r)).collect::<Vec<f64>>()
            };
            let (c, s, w, p, a) = (col(0), col(1), col(2), col(3), col(4));
            for r in 0..b.num_rows() {
                out.push((c[r] as u32 - 1, s[r] as u32 - 1, w[r], p[r], age_band(a[r])));
            }
        }
        out
    })
}

/// Raking every row, then the weighted rate per citizenship group and overall (None when
/// raking does not converge).
fn by_hand(bounds: Option<(f64, f64)>, with_age: bool) -> Option<(Vec<f64>, [f64; 4])> {
    let rows = rows();
    let w: Vec<f64> = rows.iter().map(|r| r.2).collect();
    let cit: Vec<u32> = rows.iter().map(|r| r.0).collect();
    let sex: Vec<u32> = rows.iter().map(|r| r.1).collect();
    let ct: Vec<f64> = CITIZENSHIP.iter().map(|c| c.1).collect();
    // the engine's sex codes are M (1), F (2): the same order as PB150
    let st: Vec<f64> = SEX.iter().map(|c| c.1).collect();
    let age: Vec<u32> = rows.iter().map(|r| r.4).collect();
    let at: Vec<f64> = AGE.iter().map(|c| c.1).collect();
    // bounded raking converges more slowly (about 200 sweeps here)
    let opts = RakingOptions {
        bounds,
        max_iter: 1000,
        ..Default::default()
    };
    let mut margins = vec![
        Margin {
            name: "citizenship",
            classes: &cit,
            totals: &ct,
        },
        Margin {
            name: "sex",
            classes: &sex,
            totals: &st,
        },
    ];
    if with_age {
        margins.push(Margin {
            name: "age",
            classes: &age,
            totals: &at,
        });
    }
    let r = rake(&w, &margins, &opts).unwrap();
    if !r.converged {
        return None;
    }
    let mut num = [0.0; 4];
    let mut den = [0.0; 4];
    for (row, wr) in rows.iter().zip(&r.weights) {
        for g in [row.0 as usize, 3] {
            num[g] += wr * row.3;
            den[g] += wr;
        }
    }
    let ratio: Vec<f64> = r.weights.iter().zip(&w).map(|(a, b)| a / b).collect();
    Some((ratio, [0, 1, 2, 3].map(|g| 100.0 * num[g] / den[g])))
}

fn engine_rates(raking: Option<RakingSpec>) -> (engine::Results, [f64; 4]) {
    let res = engine::compute_blocking(&catalogue(), &request(raking), None).unwrap();
    let ir = &res.indicators[0];
    let get = |code: Option<&str>| {
        ir.cells
            .iter()
            .find(|c| c.group.get(Dimension::Citizenship) == code)
            .unwrap()
            .value
            .unwrap()
    };
    let rates = [
        get(Some("NAT")),
        get(Some("EU27_2020_FOR")),
        get(Some("NEU27_2020_FOR")),
        get(None),
    ];
    (res, rates)
}

#[test]
fn raked_rates_equal_raking_the_rows() {
    let (_, want) = by_hand(None, false).unwrap();
    let (res, got) = engine_rates(Some(spec(None, false)));
    assert_eq!(res.method, "taylor+raked");
    assert!(
        res.notes.iter().any(|n| n.contains("raked to 2 margin(s)")),
        "{:?}",
        res.notes
    );
    for g in 0..4 {
        assert!(
            (got[g] - want[g]).abs() < 1e-9 * want[g],
            "group {g}: engine {} vs rows {}",
            got[g],
            want[g]
        );
    }
    // and raking changed something: the all-persons rate moves with the citizenship mix
    let (_, unraked) = engine_rates(None);
    assert!((unraked[3] - got[3]).abs() > 1e-3, "{unraked:?} {got:?}");
    // within a citizenship group only the sex mix changes: the rate moves little
    assert!((unraked[0] - got[0]).abs() < 0.5);
}

#[test]
fn bounded_raking_keeps_factors_in_bounds_and_equals_the_rows() {
    // bounds pulled in from the unbounded range of factors, as far as raking still converges,
    // so that they bind
    // (three margins: 30 cross-classes leave room between the bounds and the margins)
    let (free, unbounded) = by_hand(None, true).unwrap();
    let (lo, hi) = free
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), f| (a.min(*f), b.max(*f)));
    let (bounds, ratio, want) = [0.3, 0.2, 0.1, 0.05, 0.02]
        .iter()
        .find_map(|shrink| {
            let b = [
                lo + shrink * (1.0 - lo).max(0.0),
                hi - shrink * (hi - 1.0).max(0.0),
            ];
            by_hand(Some((b[0], b[1])), true).map(|(r, w)| (b, r, w))
        })
        .expect("some bounds inside the free range are feasible");
    assert!(
        ratio
            .iter()
            .all(|r| *r >= bounds[0] - 1e-12 && *r <= bounds[1] + 1e-12)
    );
    // the bounds changed the result
    assert!(
        (want[3] - unbounded[3]).abs() > 1e-9,
        "{want:?} {unbounded:?}"
    );
    let (res, got) = engine_rates(Some(spec(Some(bounds), true)));
    assert!(res.notes.iter().any(|n| n.contains("bounded to")));
    for g in 0..4 {
        assert!(
            (got[g] - want[g]).abs() < 1e-9 * want[g],
            "group {g}: engine {} vs rows {}",
            got[g],
            want[g]
        );
    }
}

#[test]
fn bad_margins_are_refused_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "[[margin]]\ndimension = \"citizenship\"\ntotals = { NAT = 1.0, EU = 2.0, NEU27_2020_FOR = 3.0, EU27_2020_FOR = 1.0 }\n",
            "code 'EU' is not a category",
        ),
        (
            "[[margin]]\ndimension = \"citizenship\"\ntotals = { NAT = 1.0, NEU27_2020_FOR = 3.0 }\n",
            "no total for 'EU27_2020_FOR'",
        ),
        (
            "[[margin]]\ndimension = \"religion\"\ntotals = { A = 1.0 }\n",
            "no dimension 'religion'",
        ),
        (
            // margins that cannot both hold: the citizenship total is twice the sex total
            "[[margin]]\ndimension = \"citizenship\"\ntotals = { NAT = 2e7, EU27_2020_FOR = 2e6, NEU27_2020_FOR = 2e6 }\n[[margin]]\ndimension = \"sex\"\ntotals = { M = 6e6, F = 6e6 }\n",
            "margins disagree on the population total",
        ),
        (
            // consistent, but the bounds forbid the ~0.6 factors the totals need
            "bounds = [0.99, 1.01]\nmax_iterations = 20\n[[margin]]\ndimension = \"citizenship\"\ntotals = { NAT = 2e7, EU27_2020_FOR = 2e6, NEU27_2020_FOR = 2e6 }\n[[margin]]\ndimension = \"sex\"\ntotals = { M = 12e6, F = 12e6 }\n",
            "did not converge",
        ),
    ];
    for (i, (text, want)) in cases.iter().enumerate() {
        let path = dir.path().join(format!("m{i}.toml"));
        std::fs::write(&path, text).unwrap();
        let spec = RakingSpec::load(&path).unwrap();
        let e = engine::compute_blocking(&catalogue(), &request(Some(spec)), None).unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains(want), "case {i}: {msg}");
        assert!(msg.contains(&format!("m{i}.toml")), "names the file: {msg}");
    }
}
