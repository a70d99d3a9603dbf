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
        let mut fine = vec![0u64; 3 * 2 * 4];
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
    }
}
