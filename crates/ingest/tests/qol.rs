//! The Quality of Life in European Cities 2023 aggregated workbook, read whole.
//!
//! Expected numbers were computed independently with Python and openpyxl over sheet
//! "QoL in European cities 2023_V2", city columns E..CI (row 2 headers):
//! - answer cells: rows whose column C is "Column N %", cells that are numbers → 52 036;
//! - count cells: rows whose column C is "Unweighted Count", cells that are numbers → 8 549;
//! - the other 5 cells of those rows read "Not available" (Q13_5, Tirana); none is empty;
//! - 103 question codes in sheet "Questions".
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use ingest::{Collect, Format, Options, read_file};
use model::{GeoCode, GeoLevel, Observation, Period};
use std::path::PathBuf;

fn workbook() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/quality-of-life-cities-2023/qol_european_cities_2023_aggregated.xlsx")
}

fn find<'a>(obs: &'a [Observation], geo: &str, variable: &str, answer: &str) -> &'a Observation {
    obs.iter()
        .find(|o| {
            o.geo.as_str() == geo
                && o.variable == variable
                && o.breakdown.get("answer").map(String::as_str) == Some(answer)
        })
        .unwrap_or_else(|| panic!("no {variable} answer={answer} for {geo}"))
}

#[test]
fn reads_the_whole_workbook() {
    let path = workbook();
    assert_eq!(
        ingest::detect_format(&path).unwrap(),
        Format::QUALITY_OF_LIFE
    );
    let mut sink = Collect::default();
    let report = read_file(&path, None, &Options::default(), &mut sink, &mut |_| {}).unwrap();

    // Cities: 83 columns, all mapped, one geography each.
    assert_eq!(report.geographies, 83);
    assert_eq!(sink.geographies.len(), 83);
    assert!(
        sink.geographies
            .iter()
            .all(|g| !g.code.as_str().starts_with("QOL:"))
    );
    let graz = sink
        .geographies
        .iter()
        .find(|g| g.code.as_str() == "AT002C")
        .unwrap();
    assert_eq!(graz.name, "Graz");
    assert_eq!(graz.level, GeoLevel::City);
    assert_eq!(graz.country, Some(GeoCode::new("AT")));
    let bxl = sink
        .geographies
        .iter()
        .find(|g| g.code.as_str() == "BE001C")
        .unwrap();
    assert_eq!(bxl.name, "Bruxelles / Brussel");
    let tyneside = sink
        .geographies
        .iter()
        .find(|g| g.code.as_str() == "UK013K")
        .unwrap();
    assert_eq!(tyneside.level, GeoLevel::GreaterCity);

    // Observations: every numeric city cell of the answer and count rows.
    let shares = sink
        .observations
        .iter()
        .filter(|o| o.unit.as_deref() == Some("PC"))
        .count();
    let counts = sink
        .observations
        .iter()
        .filter(|o| o.unit.as_deref() == Some("NR"))
        .count();
    assert_eq!(shares, 52_036);
    assert_eq!(counts, 8_549);
    assert_eq!(report.observations, 52_036 + 8_549);
    assert_eq!(sink.observations.len() as u64, report.observations);
    assert_eq!(report.rows_read, 52_036 + 8_549 + 5);
    assert_eq!(report.skipped.get("not available"), Some(&5));
    assert_eq!(report.skipped_total(), 5);
    assert_eq!(report.datasets, vec!["qol_2023".to_string()]);
    assert_eq!(report.format, "qol-2023");
    assert!(
        sink.observations
            .iter()
            .all(|o| o.period == Period::Year(2023)
                && o.dataset == "qol_2023"
                && o.group.is_total()
                && o.breakdown.len() == 1)
    );
    assert!(sink.observations.iter().all(|o| match o.unit.as_deref() {
        Some("PC") => (0.0..=100.0).contains(&o.value) && o.breakdown["answer"] != "TOTAL",
        Some("NR") => o.breakdown["answer"] == "TOTAL" && o.value.fract() == 0.0,
        _ => false,
    }));

    // Q3_4 "a good place to live for immigrants from other countries": the workbook's
    // shares with the decimal point moved two places (0.7876133572851844 → 78.76133572851844;
    // a floating-point ×100 would give …845), within 1e-12 of share × 100 either way.
    let expect = |geo: &str, answer: &str, share: f64, percent: f64| {
        let o = find(&sink.observations, geo, "Q3_4", answer);
        assert_eq!(o.value, percent, "{geo} answer {answer}");
        assert!((o.value - share * 100.0).abs() < 1e-12);
        assert_eq!(o.unit.as_deref(), Some("PC"));
    };
    expect("AT002C", "1", 0.7876133572851844, 78.76133572851844);
    expect("AT002C", "2", 0.1550922586633456, 15.50922586633456);
    expect("AT002C", "99", 0.05729438405147086, 5.729438405147086);
    expect("AT001C", "1", 0.6610315895638333, 66.10315895638333);
    expect("DE001C", "1", 0.703163823384921, 70.3163823384921);
    expect("DE001C", "2", 0.20173254313423708, 20.17325431342371);
    expect("UK013K", "99", 0.135306192203706, 13.5306192203706);
    assert_eq!(
        find(&sink.observations, "AT002C", "Q3_4", "TOTAL").value,
        849.0
    );
    assert_eq!(
        find(&sink.observations, "DE001C", "Q3_4", "TOTAL").value,
        862.0
    );
    assert_eq!(
        find(&sink.observations, "AT002C", "total", "TOTAL").value,
        849.0
    );
    // Top/bottom-two recodes keep their negative code; "1,00" labels read as 1.
    assert_eq!(
        find(&sink.observations, "AT002C", "TB_Q1a_1", "-1").value,
        19.763558247490484
    );
    assert_eq!(
        find(&sink.observations, "AT001C", "D1_recode4", "1").value,
        18.585757678445516
    );
    // $Q5 (multiple response) is stored as Q5.
    assert!(sink.observations.iter().any(|o| o.variable == "Q5"));
    assert!(
        !sink
            .observations
            .iter()
            .any(|o| o.variable.starts_with('$'))
    );

    // Question texts.
    assert_eq!(report.variables.len(), 103);
    let q34 = report.variables.iter().find(|(c, _)| c == "Q3_4").unwrap();
    assert!(
        q34.1.contains("Immigrants from other countries"),
        "{}",
        q34.1
    );
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("set by hand") && n.contains("Tyneside"))
    );
}
