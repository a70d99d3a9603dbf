//! The demand for services from a scenario: hand-checked sums, the Aargau school places,
//! and the template's refusal to run unfinished.
#![allow(clippy::unwrap_used)]

use foresight::demand::{self, Basis};
use foresight::projection::{self, Request, Sex, Text};
use std::path::PathBuf;

fn data(name: &str) -> Text {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data")
        .join(name);
    Text {
        name: name.into(),
        text: std::fs::read_to_string(&path).unwrap(),
    }
}

fn aargau() -> Vec<projection::Projection> {
    let request = Request {
        parameters: projection::example::PARAMETERS
            .iter()
            .map(|p| data(p))
            .collect(),
        ..Request::default()
    };
    projection::run(&request).unwrap()
}

#[test]
fn school_places_are_the_children_of_school_age_and_the_variants_give_the_range() {
    let projections = aargau();
    let layout = &projections[0].layout;
    let rates = demand::read_rates(
        &data("aargau-projection/demand-rates-school.csv").text,
        "rates.csv",
        layout,
    )
    .unwrap();
    assert_eq!(rates.len(), 3);
    let all: Vec<demand::Demand> = projections
        .iter()
        .flat_map(|p| demand::demand(p, &rates))
        .collect();
    // By hand: the reference scenario's residents aged 6–11 on 31 December 2035.
    let y = projections[0].year(2035).unwrap();
    let mut children = 0.0;
    for (g, s, a) in layout.each() {
        if (6..=11).contains(&a) {
            children += y.population[layout.index(g, s, a)];
        }
    }
    let primary = all
        .iter()
        .find(|d| d.scenario == "reference" && d.year == 2035 && d.service == "school_primary")
        .unwrap();
    assert!((primary.units - children).abs() < 1e-9);
    assert!(children > 40_000.0 && children < 80_000.0, "{children}");
    let ranges = demand::ranges(&all, "reference");
    let r = ranges
        .iter()
        .find(|r| r.year == 2045 && r.service == "school_primary")
        .unwrap();
    assert!(
        r.low < r.central.unwrap() && r.central.unwrap() < r.high,
        "{r:?}"
    );
    assert_eq!(ranges.len(), 3 * 31);
    // The one-call form the CLI and the web use gives the same ranges.
    assert_eq!(
        demand::scenario_ranges(&projections, &rates, "reference"),
        ranges
    );
    let mut csv = Vec::new();
    demand::write_ranges_csv(&ranges, &mut csv).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert_eq!(csv.lines().count(), ranges.len() + 1);
    assert!(csv.starts_with("year,service,label,unit,central,low,high\n"));
    let line = csv
        .lines()
        .find(|l| l.starts_with("2045,school_primary,"))
        .unwrap();
    assert!(line.ends_with(&format!(
        "{:.1},{:.1},{:.1}",
        r.central.unwrap(),
        r.low,
        r.high
    )));
}

#[test]
fn rates_by_group_sex_and_immigrants_and_fractions() {
    let p = &aargau()[0];
    let text = "service,basis,age_from,age_to,group,sex,rate\n\
                course,immigrants,16,64,int,f,1/2\n\
                gp,population,0,100,,,1/1800\n";
    let rates = demand::read_rates(text, "r.csv", &p.layout).unwrap();
    assert_eq!(rates[0].basis, Basis::Immigrants);
    assert_eq!(rates[0].rate, 0.5);
    let d = demand::demand(p, &rates);
    let y = p.year(2030).unwrap();
    let l = &p.layout;
    let women: f64 = (16..=64)
        .map(|a| y.immigrants[l.index(1, Sex::Female, a)])
        .sum();
    let course = d
        .iter()
        .find(|d| d.year == 2030 && d.service == "course")
        .unwrap();
    assert!((course.units - women / 2.0).abs() < 1e-9);
    let gp = d
        .iter()
        .find(|d| d.year == 2030 && d.service == "gp")
        .unwrap();
    assert!((gp.units - p.total(2030).unwrap() / 1800.0).abs() < 1e-9);
}

#[test]
fn an_unfinished_template_and_bad_rates_are_refused_with_the_line() {
    let p = &aargau()[0];
    let template = data("templates/demand/rates-template.csv").text;
    let e = demand::read_rates(&template, "rates-template.csv", &p.layout)
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("rates-template.csv, line 2, column rate: the rate is empty"),
        "{e}"
    );
    let bad = |row: &str| {
        demand::read_rates(
            &format!("service,basis,age_from,age_to,group,sex,rate\n{row}\n"),
            "r.csv",
            &p.layout,
        )
        .unwrap_err()
        .to_string()
    };
    assert_eq!(
        bad("x,population,5,3,,,1"),
        "r.csv, line 2, column age_to: the band 5–3 is empty: age_to must be at least age_from"
    );
    assert!(
        bad("x,population,0,3,tcn,,1")
            .contains("column group: the group 'tcn' is not in the scenario")
    );
    assert!(bad("x,population,0,3,,,-1").contains("column rate: found '-1'"));
    assert!(bad("x,households,0,3,,,1").contains("column basis"));
}
