//! Engine-level disclosure properties: whatever the data, the published output has no cell
//! below the thresholds, and no suppressed cell can be recovered from the published margins.

use crate::{catalogue, rt};
use engine::{CellStatus, Engine, Request};
use proptest::prelude::*;
use stats::disclosure::{CellData, Dimension, Table, recoverable_cells};
use std::io::Write;

const MAPPING: &str = r#"
id = "prop"
name = "property test"
geo = "XX"
period = "2020"
weight = "w"
[design]
method = "taylor"
psu = "pid"
[columns]
age = "age"
citizenship_code = "cit"
sex_code = "sex"
poverty = "poverty"
[dimensions.citizenship]
column = "citizenship_code"
codes = [{ value = 1, code = "NAT" }, { value = 2, code = "EU27_2020_FOR" }, { value = 3, code = "NEU27_2020_FOR" }]
[dimensions.sex]
column = "sex_code"
codes = [{ value = 1, code = "M" }, { value = 2, code = "F" }]
[dimensions.age]
column = "age"
bands = ["Y16-24", "Y25-34", "Y35-49", "Y50-74"]
"#;

fn band(age: u8) -> usize {
    match age {
        ..=24 => 0,
        25..=34 => 1,
        35..=49 => 2,
        _ => 3,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, .. ProptestConfig::default() })]
    #[test]
    fn published_output_obeys_the_thresholds_and_hides_every_suppressed_cell(
        persons in prop::collection::vec((1u8..=3, 1u8..=2, 16u8..=74, 0u8..=1, 1u32..500), 30..400)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mapping = dir.path().join("prop.toml");
        std::fs::write(&mapping, MAPPING).unwrap();
        let data = dir.path().join("persons.csv");
        let mut f = std::fs::File::create(&data).unwrap();
        writeln!(f, "pid,cit,sex,age,poverty,w").unwrap();
        let mut fine = [0u64; 3 * 2 * 4];
        for (i, (c, s, a, p, w)) in persons.iter().enumerate() {
            writeln!(f, "{i},{c},{s},{a},{p},{w}").unwrap();
            fine[((*c as usize - 1) * 2 + (*s as usize - 1)) * 4 + band(*a)] += 1;
        }
        drop(f);
        let req = Request {
            input: vec![data],
            mapping: mapping.display().to_string(),
            indicators: vec!["at_risk_of_poverty".into()],
            by: vec!["citizenship".into(), "sex".into(), "age".into()],
            options: Default::default(),
            raking: None,
        };
        let cat = catalogue();
        let res = rt().block_on(engine::compute(&Engine::embedded(), &cat, &req)).unwrap();
        let cells = &res.indicators[0].cells;
        prop_assert_eq!(cells.len(), 4 * 3 * 5);
        let dims = vec![
            Dimension::flat("citizenship", &["NAT", "EU27_2020_FOR", "NEU27_2020_FOR"], "T"),
            Dimension::flat("sex", &["M", "F"], "T"),
            Dimension::flat("age", &["a", "b", "c", "d"], "T"),
        ];
        let table = Table::from_leaves(
            dims,
            (0..24).map(|f| (vec![f / 8, (f / 4) % 2, f % 4], CellData::count(fine[f]))),
        ).unwrap();
        let mut suppressed = vec![false; table.len()];
        for c in cells {
            let coords: Vec<usize> = c.coords.iter().enumerate()
                .map(|(d, x)| x.unwrap_or([3, 2, 4][d])).collect();
            let idx = table.index(&coords);
            let n = table.cells()[idx].n;
            match &c.status {
                CellStatus::Published => {
                    prop_assert!(c.value.is_some());
                    prop_assert!(n >= 20, "published cell with n = {}", n);
                    prop_assert_eq!(c.n, Some(n));
                }
                CellStatus::Primary(_) | CellStatus::Secondary => {
                    prop_assert!(c.value.is_none() && c.n.is_none());
                    suppressed[idx] = true;
                }
                CellStatus::Unreliable(_) | CellStatus::Empty => prop_assert!(c.value.is_none()),
            }
            if n > 0 && n < 10 {
                prop_assert!(suppressed[idx], "cell with n = {} not suppressed", n);
            }
        }
        prop_assert!(recoverable_cells(&table, &suppressed).is_empty());
        // What a user reads of the run: the results table as text, the CSV file and the
        // stored records as JSON. A withheld cell's row carries no figure at all (no value,
        // SE, interval, CV, n or gap from which the value or n could be read back), only
        // its status and reason.
        let records = engine::drafts::records(&res).unwrap();
        let csv_path = dir.path().join("results.csv");
        engine::drafts::write_table(&csv_path, &records).unwrap();
        let rows = |text: &str| -> Vec<std::collections::HashMap<String, String>> {
            let mut r = csv::Reader::from_reader(text.as_bytes());
            let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
            r.records()
                .map(|row| header.iter().cloned().zip(row.unwrap().iter().map(String::from)).collect())
                .collect()
        };
        let file = rows(&std::fs::read_to_string(&csv_path).unwrap());
        let text = rows(&engine::drafts::table(&records).to_csv().unwrap());
        prop_assert_eq!(file.len(), records.len());
        let mut withheld = 0;
        for (i, r) in records.iter().enumerate() {
            let json = serde_json::to_value(r).unwrap();
            let suppressed = matches!(r.suppression.as_str(), "primary" | "secondary");
            if !suppressed {
                continue;
            }
            withheld += 1;
            prop_assert!(r.withheld);
            for field in ["std_error", "ci_lower", "ci_upper", "cv", "n", "gap", "gap_std_error"] {
                prop_assert!(json[field].is_null(), "{} of a withheld cell: {}", field, json[field]);
            }
            for col in ["value", "std_error", "ci_lower", "ci_upper", "cv", "n", "gap", "gap_std_error"] {
                prop_assert_eq!(file[i][col].as_str(), "", "CSV {} of withheld {}", col, r.observation.group.key());
            }
            prop_assert_eq!(text[i]["value"].as_str(), ":");
            for col in ["SE", "95% CI", "n", "gap", "gap SE"] {
                prop_assert_eq!(text[i][col].as_str(), "", "text {} of withheld {}", col, r.observation.group.key());
            }
        }
        prop_assert_eq!(withheld, suppressed.iter().filter(|s| **s).count());
    }
}

/// Magnitude rules on a mean: one person's income of 5 million among ~15,000s in the
/// other-EU cell. Hand-checked: EU cell X = 5,000,000 + 14 × 15,000 = 5,210,000, the largest
/// contribution is 96.0% of it; all persons X = 5,210,000 + 30 × 20,000 + 25 × 12,000 =
/// 6,110,000, the largest 81.8%. Dominance (1, 90) makes only the EU cell sensitive; the
/// p% rule (p = 10): EU remainder 5,210,000 − 5,000,000 − 15,000 = 195,000 < 500,000
/// (sensitive), all persons 6,110,000 − 5,000,000 − 20,000 = 1,090,000 ≥ 500,000 (safe).
/// Either way another group must be suppressed too, or EU = all − NAT − NEU.
#[test]
fn dominance_and_p_percent_protect_a_mean_with_a_dominant_person() {
    let dir = tempfile::tempdir().unwrap();
    let mapping = dir.path().join("m.toml");
    std::fs::write(
        &mapping,
        MAPPING.replace(
            "poverty = \"poverty\"",
            "poverty = \"poverty\"\nincome = \"income\"",
        ),
    )
    .unwrap();
    let data = dir.path().join("persons.csv");
    let mut f = std::fs::File::create(&data).unwrap();
    writeln!(f, "pid,cit,sex,age,poverty,income,w").unwrap();
    let mut pid = 0;
    let mut person = |f: &mut std::fs::File, cit: u8, income: f64| {
        pid += 1;
        writeln!(
            f,
            "{pid},{cit},{},{},0,{income},1",
            1 + pid % 2,
            20 + pid % 50
        )
        .unwrap();
    };
    for _ in 0..30 {
        person(&mut f, 1, 20_000.0);
    }
    person(&mut f, 2, 5_000_000.0);
    for _ in 0..14 {
        person(&mut f, 2, 15_000.0);
    }
    for _ in 0..25 {
        person(&mut f, 3, 12_000.0);
    }
    drop(f);
    let cat = catalogue();
    let run = |dominance: Option<(usize, f64)>, p: Option<f64>| {
        let mut options = engine::ComputeOptions::default();
        options.reliability.suppress_below_n = 0;
        options.reliability.flag_below_n = 0;
        options.primary.dominance =
            dominance.map(|(n, k)| stats::disclosure::DominanceRule { n, k });
        options.primary.p_percent = p.map(|p| stats::disclosure::PPercentRule { p });
        let req = Request {
            input: vec![data.clone()],
            mapping: mapping.display().to_string(),
            indicators: vec![
                "mean_equivalised_income".into(),
                "at_risk_of_poverty".into(),
            ],
            by: vec!["citizenship".into()],
            options,
            raking: None,
        };
        let res = rt()
            .block_on(engine::compute(&Engine::embedded(), &cat, &req))
            .unwrap();
        let status = |i: usize, code: Option<&str>| {
            res.indicators[i]
                .cells
                .iter()
                .find(|c| c.group.get(model::Dimension::Citizenship) == code)
                .unwrap()
                .clone()
        };
        let mean: Vec<_> = [
            Some("NAT"),
            Some("EU27_2020_FOR"),
            Some("NEU27_2020_FOR"),
            None,
        ]
        .iter()
        .map(|c| status(0, *c))
        .collect();
        let rate: Vec<_> = [
            Some("NAT"),
            Some("EU27_2020_FOR"),
            Some("NEU27_2020_FOR"),
            None,
        ]
        .iter()
        .map(|c| status(1, *c))
        .collect();
        (mean, rate)
    };
    // no magnitude rule: everything published (every group has at least 10 persons)
    let (mean, rate) = run(None, None);
    assert!(
        mean.iter()
            .chain(&rate)
            .all(|c| c.status == CellStatus::Published)
    );
    assert!((mean[1].value.unwrap() - 5_210_000.0 / 15.0).abs() < 1e-6);
    for (rule, d, p, word) in [
        ("dominance", Some((1, 90.0)), None, "dominance"),
        ("p%", None, Some(10.0), "p% rule"),
    ] {
        let (mean, rate) = run(d, p);
        match &mean[1].status {
            CellStatus::Primary(why) => assert!(why.contains(word), "{rule}: {why}"),
            other => panic!("{rule}: EU cell {other:?}"),
        }
        assert!(mean[1].value.is_none());
        assert_eq!(mean[3].status, CellStatus::Published, "{rule}: all persons");
        let secondary = mean
            .iter()
            .filter(|c| c.status == CellStatus::Secondary)
            .count();
        assert_eq!(secondary, 1, "{rule}: one complement suppressed");
        // the counts-based indicator is untouched by magnitude rules
        assert!(
            rate.iter().all(|c| c.status == CellStatus::Published),
            "{rule}"
        );
    }
}
