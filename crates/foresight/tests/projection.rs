//! The cohort-component projection against the FSO's own projection for Aargau, and its
//! accounting identities.
#![allow(clippy::unwrap_used)]

use foresight::projection::{
    self, Adjustment, Projection, Scenario, Sex, areas::Shares, parameters,
};
use proptest::prelude::*;
use std::path::PathBuf;

fn data(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/aargau-projection")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn scenario(name: &str) -> Scenario {
    let file = format!("fso_parameters_{name}_2025-2055.csv");
    let mut all = parameters::read_parameters(&data(&file), &file, None).unwrap();
    assert_eq!(all.len(), 1);
    all.remove(0)
}

/// `fso_projection_n` by (year, nat, sex, age), read independently of the library.
fn fso_reference() -> Vec<(i32, String, String, usize, f64)> {
    let text = data("fso_parameters_reference_2025-2055.csv");
    let mut r = csv::Reader::from_reader(text.as_bytes());
    r.deserialize::<std::collections::HashMap<String, String>>()
        .map(|row| {
            let row = row.unwrap();
            (
                row["year"].parse().unwrap(),
                row["nat"].clone(),
                row["sex"].clone(),
                row["age"].parse().unwrap(),
                row["fso_projection_n"].parse().unwrap(),
            )
        })
        .collect()
}

fn cell(p: &Projection, year: i32, nat: &str, sex: &str, age: usize) -> f64 {
    let l = &p.layout;
    let g = l.groups.iter().position(|g| g == nat).unwrap();
    let s = if sex == l.sex_codes[0] {
        Sex::Male
    } else {
        Sex::Female
    };
    p.year(year).unwrap().population[l.index(g, s, age)]
}

#[test]
fn the_reference_scenario_equals_the_fso_projection_within_one_person_in_every_cell() {
    let p = projection::project(&scenario("reference"));
    let reference = fso_reference();
    assert_eq!(reference.len(), 31 * 2 * 2 * 101);
    let mut worst = (0.0f64, String::new());
    for (year, nat, sex, age, fso) in &reference {
        let ours = cell(&p, *year, nat, sex, *age);
        let d = (ours - fso).abs();
        if d > worst.0 {
            worst = (
                d,
                format!("{year} {nat} {sex} {age}: ours {ours:.3}, FSO {fso}"),
            );
        }
    }
    assert!(
        worst.0 <= 1.0,
        "largest difference {:.3} at {}",
        worst.0,
        worst.1
    );
    eprintln!(
        "largest difference from the FSO: {:.3} persons ({})",
        worst.0, worst.1
    );
    for year in [2025, 2040, 2055] {
        let fso: f64 = reference.iter().filter(|r| r.0 == year).map(|r| r.4).sum();
        let ours = p.total(year).unwrap();
        assert!(
            (ours / fso - 1.0).abs() < 1e-4,
            "{year}: total {ours} against the FSO's {fso}"
        );
    }
}

#[test]
fn the_high_and_low_scenarios_run_and_bracket_the_reference() {
    let reference = projection::project(&scenario("reference"))
        .total(2055)
        .unwrap();
    let high = projection::project(&scenario("high")).total(2055).unwrap();
    let low = projection::project(&scenario("low")).total(2055).unwrap();
    assert!(
        low < reference && reference < high,
        "low {low}, reference {reference}, high {high}"
    );
}

/// population = start − deaths − emigrants + immigrants + naturalisations in every cell,
/// the start being the previous December aged one year (or, at age 0, the births).
fn assert_accounts_balance(p: &Projection) {
    let mut previous: Option<Vec<f64>> = None;
    for y in &p.years {
        if let Some(prev) = &previous {
            let aged = projection::age_one_year(&p.layout, prev);
            for (g, s, a) in p.layout.each() {
                let i = p.layout.index(g, s, a);
                let expected = if a == 0 { y.births[i] } else { aged[i] };
                assert!(
                    (y.start[i] - expected).abs() < 1e-6,
                    "{} cell {i}: start {} expected {expected}",
                    y.year,
                    y.start[i]
                );
            }
        }
        for i in 0..y.population.len() {
            let balance =
                y.start[i] - y.deaths[i] - y.emigrants[i] + y.immigrants[i] + y.naturalisations[i];
            assert!(
                (y.population[i] - balance).abs() < 1e-6,
                "{} cell {i}",
                y.year
            );
        }
        let net: f64 = y.naturalisations.iter().sum();
        assert!(
            net.abs() < 1e-6,
            "{}: naturalisations move people, they do not create them ({net})",
            y.year
        );
        previous = Some(y.population.clone());
    }
}

#[test]
fn the_accounts_balance_in_every_cell_and_year_of_every_scenario() {
    for name in ["reference", "high", "low"] {
        assert_accounts_balance(&projection::project(&scenario(name)));
    }
}

fn subregions(whole: &Scenario) -> Vec<Scenario> {
    let layout = &whole.layout;
    let population = parameters::read_population(
        &data("ag_population_subregional.csv"),
        "ag_population_subregional.csv",
        layout,
    )
    .unwrap();
    let population: Vec<(String, Vec<f64>)> =
        population.into_iter().map(|(a, _, c)| (a, c)).collect();
    let immigrants = projection::areas::read_area_immigrants(
        &data("ag_migration_subregional.csv"),
        "ag_migration_subregional.csv",
        layout,
    )
    .unwrap();
    Shares::new(&population, Some(&immigrants))
        .unwrap()
        .split(whole)
}

#[test]
fn the_five_subregions_add_up_to_the_canton_in_every_cell_and_year() {
    let whole = scenario("reference");
    let total = projection::project(&whole);
    let parts: Vec<Projection> = subregions(&whole).iter().map(projection::project).collect();
    assert_eq!(parts.len(), 5);
    for (k, y) in total.years.iter().enumerate() {
        for i in 0..y.population.len() {
            let sum: f64 = parts.iter().map(|p| p.years[k].population[i]).sum();
            assert!(
                (sum - y.population[i]).abs() < 1e-6 * y.population[i].max(1.0),
                "{} cell {i}: {sum} vs {}",
                y.year,
                y.population[i]
            );
        }
    }
    // The areas differ: they are not one projection scaled five times.
    let share = |p: &Projection, year| p.total(year).unwrap() / total.total(year).unwrap();
    assert!(
        parts
            .iter()
            .any(|p| (share(p, 2055) - share(p, 2025)).abs() > 1e-3)
    );
    for p in &parts {
        assert_accounts_balance(p);
    }
}

#[test]
fn adjustments_change_what_they_say_and_nothing_before_their_year() {
    let base = scenario("reference");
    let adj: Adjustment = "immigration*1.2@2030".parse().unwrap();
    let more = base.adjusted("more immigration", &[adj]).unwrap();
    let (a, b) = (projection::project(&base), projection::project(&more));
    assert_eq!(a.total(2029), b.total(2029));
    assert!(b.total(2030).unwrap() > a.total(2030).unwrap());
    let nat: Adjustment = "naturalisation*2:int".parse().unwrap();
    let faster = projection::project(&base.adjusted("faster", &[nat]).unwrap());
    let swiss = |p: &Projection| p.year(2040).unwrap().population[..202].iter().sum::<f64>();
    assert!(swiss(&faster) > swiss(&a));
    assert!(
        "immigration*x"
            .parse::<Adjustment>()
            .unwrap_err()
            .to_string()
            .contains("not a number")
    );
    assert!(
        "migration*2"
            .parse::<Adjustment>()
            .unwrap_err()
            .to_string()
            .contains("no component")
    );
    let e = base
        .adjusted("x", &["mortality*400".parse().unwrap()])
        .unwrap_err();
    assert!(e.to_string().contains("exceed 1"), "{e}");
}

#[test]
fn a_statpop_year_end_population_starts_the_scenario_one_year_on() {
    let base = scenario("reference");
    let pop = parameters::read_population(
        &data("fso_population_2024.csv"),
        "fso_population_2024.csv",
        &base.layout,
    )
    .unwrap();
    let (_, year, cells) = &pop[0];
    assert_eq!(*year, Some(2024));
    let s = base.clone().starting_from(cells, *year).unwrap();
    // 31 December 2024's one-year-olds are 1 January 2025's two-year-olds.
    let l = &s.layout;
    assert_eq!(
        s.start[l.index(0, Sex::Male, 2)],
        cells[l.index(0, Sex::Male, 1)]
    );
    assert_eq!(s.start[l.index(0, Sex::Male, 0)], 0.0);
    let total: f64 = s.start.iter().sum();
    assert_eq!(total, cells.iter().sum::<f64>());
    // STATPOP and the FSO's model start differ slightly; the projections stay close.
    let r = projection::project(&base).total(2030).unwrap()
        / projection::project(&s).total(2030).unwrap();
    assert!((r - 1.0).abs() < 0.01, "{r}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Random rates, populations and three groups: the accounts always balance, nobody is
    /// negative, and the areas add up to the whole.
    #[test]
    fn accounts_balance_for_any_parameters(seed in any::<u64>(), years in 1usize..6, split in 0.05f64..0.95) {
        let s = random_scenario(seed, years);
        let p = projection::project(&s);
        assert_accounts_balance(&p);
        for y in &p.years {
            prop_assert!(y.population.iter().all(|v| v.is_finite() && *v >= -1e-9));
        }
        let a: Vec<f64> = s.start.iter().map(|v| v * split).collect();
        let b: Vec<f64> = s.start.iter().map(|v| v * (1.0 - split)).collect();
        let shares = Shares::new(&[("a".into(), a), ("b".into(), b)], None).unwrap();
        let parts: Vec<Projection> = shares.split(&s).iter().map(projection::project).collect();
        for (k, y) in p.years.iter().enumerate() {
            for i in 0..y.population.len() {
                let sum = parts[0].years[k].population[i] + parts[1].years[k].population[i];
                prop_assert!((sum - y.population[i]).abs() < 1e-6 * y.population[i].max(1.0), "{} cell {i}: {sum} vs {}", y.year, y.population[i]);
            }
        }
    }
}

fn random_scenario(seed: u64, years: usize) -> Scenario {
    let mut rng = stats::rng::SplitMix64(seed);
    let mut u = move || rng.next_f64();
    let layout = projection::Layout {
        groups: vec!["nat".into(), "eu".into(), "tcn".into()],
        sex_codes: ["m".into(), "f".into()],
        nationals: 0,
    };
    let mut text = String::from(
        "year,nat,sex,age,start_n,birthrate,int_mothers,mor,emi_int,emi_nat,acq,imm_int_n,imm_nat_n\n",
    );
    for y in 0..years {
        for (g, s, a) in layout.each() {
            let acq = if g == 0 { 0.0 } else { 0.05 * u() };
            let birth = if s == Sex::Female && (16..=50).contains(&a) {
                0.15 * u()
            } else {
                0.0
            };
            text.push_str(&format!(
                "{},{},{},{a},{},{birth},{},{},{},{},{acq},{},{}\n",
                2030 + y,
                layout.groups[g],
                layout.sex_codes[s as usize],
                if a == 0 { 0.0 } else { (2000.0 * u()).round() },
                u(),
                0.3 * u(),
                0.2 * u(),
                0.2 * u(),
                (50.0 * u()).round(),
                (50.0 * u()).round(),
            ));
        }
    }
    let mut all = parameters::read_parameters(&text, "random.csv", Some("nat")).unwrap();
    all.remove(0)
}

/// The reference file with one edit, read again: the message names file, line and column.
fn broken(edit: impl Fn(&mut Vec<String>)) -> String {
    let text = data("fso_parameters_reference_2025-2055.csv");
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    edit(&mut lines);
    parameters::read_parameters(&lines.join("\n"), "params.csv", None)
        .unwrap_err()
        .to_string()
}

fn set_field(line: &mut String, column: usize, value: &str) {
    let mut fields: Vec<&str> = line.split(',').collect();
    fields[column] = value;
    *line = fields.join(",");
}

#[test]
fn bad_parameters_get_one_message_with_file_line_and_column() {
    // Columns: scen,spatial_unit,year,nat,sex,age,start_n,birthrate,int_mothers,mor,emi_int,…
    let e = broken(|l| set_field(&mut l[10], 9, "-0.01"));
    assert_eq!(
        e,
        "params.csv, line 11, column mor: found -0.01: rates and counts cannot be negative"
    );
    let e = broken(|l| set_field(&mut l[10], 9, "1.5"));
    assert!(
        e.starts_with(
            "params.csv, line 11, column mor: found 1.5: a rate or share cannot exceed 1"
        ),
        "{e}"
    );
    let e = broken(|l| set_field(&mut l[5], 10, "0,004"));
    assert!(e.starts_with("params.csv, line 6"), "{e}");
    let e = broken(|l| set_field(&mut l[5], 5, "abc"));
    assert!(
        e.starts_with(
            "params.csv, line 6, column age: found 'abc', expected a whole age from 0 to 100"
        ),
        "{e}"
    );
    let e = broken(|l| {
        l.remove(38);
    });
    assert!(e.contains("2025, group ch sex m: age 37 is missing"), "{e}");
    let e = broken(|l| l.retain(|x| !x.contains(",2027,")));
    assert!(
        e.contains("column year: scenario 'reference': the years jump from 2026 to 2028"),
        "{e}"
    );
    let e = broken(|l| set_field(&mut l[3], 4, "x"));
    assert_eq!(
        e,
        "params.csv, line 4, column sex: found 'x', expected m (male) or f (female)"
    );
    let e = broken(|l| l[0] = l[0].replace(",mor,", ",mortality,"));
    assert!(
        e.starts_with("params.csv, line 1: the column 'mor' is missing"),
        "{e}"
    );
    // A population with a group the parameters do not have.
    let base = scenario("reference");
    let e = parameters::read_population(
        "nat,sex,age,n\nch,m,0,5\neu,m,0,3\n",
        "pop.csv",
        &base.layout,
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "pop.csv, line 3, column nat: the group 'eu' is not in the parameters (their groups: ch, int)"
    );
    let e = parameters::read_population("nat,sex,age,n\nch,m,0,5\n", "pop.csv", &base.layout)
        .unwrap_err();
    assert!(e.to_string().contains("age 1 is missing"), "{e}");
}

#[test]
fn a_variant_is_a_name_and_its_adjustments() {
    let (name, adjustments) =
        projection::parse_variant("more-arrivals = immigration*1.2@2027, naturalisation*2:int")
            .unwrap();
    assert_eq!(name, "more-arrivals");
    assert_eq!(
        adjustments,
        vec![
            "immigration*1.2@2027".parse::<Adjustment>().unwrap(),
            "naturalisation*2:int".parse::<Adjustment>().unwrap(),
        ]
    );
    let e = projection::parse_variant("immigration*1.2").unwrap_err();
    assert!(e.to_string().contains("NAME=ADJUSTMENTS"), "{e}");
    assert!(projection::parse_variant("x=immigration").is_err());
}
