//! Berlin LOR population tables, read from the bundled files.
//!
//! Expected sums were computed independently with Python's csv module over the same
//! files (none of them has an empty cell).
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use ingest::{Collect, Format, IngestError, Options, read_file};
use model::{Dimension, GeoCode, GeoLevel, Observation, Period, PopulationGroup};
use std::path::{Path, PathBuf};

fn file(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/berlin-lor/population")
        .join(name)
}

fn read(path: &Path) -> (ingest::ImportReport, Collect) {
    let mut sink = Collect::default();
    let report = read_file(path, None, &Options::default(), &mut sink, &mut |_| {}).unwrap();
    (report, sink)
}

fn sum(obs: &[Observation], group: &PopulationGroup) -> f64 {
    obs.iter()
        .filter(|o| &o.group == group)
        .map(|o| o.value)
        .sum()
}

#[test]
fn t1_planning_areas_2020_second_half() {
    let path = file("berlin-lor-population-2020-02-t1-planning-areas.csv");
    assert_eq!(ingest::detect_format(&path).unwrap(), Format::BERLIN_LOR);
    let (report, sink) = read(&path);
    assert_eq!(report.rows_read, 448);
    assert_eq!(report.geographies, 448);
    assert_eq!(report.observations, 448 * 6);
    assert_eq!(sink.observations.len(), 448 * 6);
    // 6 percentage columns per row, not stored.
    assert_eq!(
        report.skipped.get("derived percentage column"),
        Some(&(448 * 6))
    );
    assert_eq!(report.datasets, vec!["berlin_lor_t1".to_string()]);

    let g = &sink.geographies[0];
    assert_eq!(g.code.as_str(), "DE001C:PLR:01011101");
    assert_eq!(g.level, GeoLevel::Neighbourhood);
    assert_eq!(g.parent, Some(GeoCode::new("DE001C")));
    assert_eq!(g.country, Some(GeoCode::new("DE")));
    assert!(
        sink.geographies
            .iter()
            .all(|g| g.code.as_str().starts_with("DE001C:PLR:"))
    );

    assert!(
        sink.observations
            .iter()
            .all(|o| o.period == Period::HalfYear(2020, 2)
                && o.variable == "inhabitants"
                && o.unit.as_deref() == Some("PER")
                && o.breakdown.is_empty())
    );
    let foreigners = PopulationGroup::total().with(Dimension::Citizenship, "FOR");
    assert_eq!(sum(&sink.observations, &foreigners), 789_076.0);
    assert_eq!(
        sum(&sink.observations, &PopulationGroup::total()),
        3_769_962.0
    );
    let natives = PopulationGroup::total()
        .with(Dimension::Citizenship, "NAT")
        .with(Dimension::MigrationBackground, "WITHOUT");
    assert_eq!(sum(&sink.observations, &natives), 2_425_350.0);
    let first = sink
        .observations
        .iter()
        .find(|o| o.geo.as_str() == "DE001C:PLR:01011101" && o.group == foreigners)
        .unwrap();
    assert_eq!(first.value, 1387.0);
}

#[test]
fn planning_areas_after_the_2021_reform_use_their_own_scheme() {
    let (report, sink) = read(&file("berlin-lor-population-2021-01-t1-planning-areas.csv"));
    assert_eq!(report.geographies, 542);
    assert!(
        sink.geographies
            .iter()
            .all(|g| g.code.as_str().starts_with("DE001C:PLR2021:")
                && g.level == GeoLevel::Neighbourhood)
    );
    assert!(
        sink.observations
            .iter()
            .all(|o| o.period == Period::HalfYear(2021, 1))
    );
}

#[test]
fn t4_forecast_areas_2024() {
    let (report, sink) = read(&file("berlin-lor-population-2024-02-t4-forecast-areas.csv"));
    assert_eq!(report.geographies, 58);
    // 28 count columns (inhabitants + 27 origins), 28 percentage columns.
    assert_eq!(report.observations, 58 * 28);
    assert_eq!(
        report.skipped.get("derived percentage column"),
        Some(&(58 * 28))
    );
    assert_eq!(report.datasets, vec!["berlin_lor_t4".to_string()]);
    assert!(
        sink.geographies
            .iter()
            .all(|g| g.code.as_str().starts_with("DE001C:PRG:")
                && g.level == GeoLevel::Neighbourhood)
    );
    let bg = |code: &str| PopulationGroup::total().with(Dimension::MigrationBackground, code);
    assert_eq!(sum(&sink.observations, &bg("WITH")), 1_601_865.0);
    assert_eq!(sum(&sink.observations, &bg("SY")), 65_872.0);
    assert_eq!(sum(&sink.observations, &bg("EL")), 20_428.0);
    let eu = sink
        .observations
        .iter()
        .find(|o| o.geo.as_str() == "DE001C:PRG:0110" && o.group == bg("EU27"))
        .unwrap();
    assert_eq!(eu.value, 18_062.0);
    assert!(
        sink.observations
            .iter()
            .all(|o| o.group.get(Dimension::MigrationBackground).is_some())
    );
}

#[test]
fn t1_districts_2024() {
    let (report, sink) = read(&file("berlin-lor-population-2024-02-t1-districts.csv"));
    assert_eq!(report.geographies, 12);
    assert_eq!(report.observations, 12 * 6);
    assert!(
        sink.geographies
            .iter()
            .all(|g| g.level == GeoLevel::District && g.parent == Some(GeoCode::new("DE001C")))
    );
    let neukoelln = sink
        .geographies
        .iter()
        .find(|g| g.code.as_str() == "DE001C:BEZ:08")
        .unwrap();
    assert_eq!(neukoelln.name, "Berlin-Neukölln");
    assert_eq!(
        sum(&sink.observations, &PopulationGroup::total()),
        3_897_145.0
    );
    let foreigners = PopulationGroup::total().with(Dimension::Citizenship, "FOR");
    let mitte = sink
        .observations
        .iter()
        .find(|o| o.geo.as_str() == "DE001C:BEZ:01" && o.group == foreigners)
        .unwrap();
    assert_eq!(mitte.value, 147_951.0);
    assert_eq!(mitte.period, Period::HalfYear(2024, 2));
}

#[test]
fn refuses_a_file_name_without_half_year_table_and_level() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("berlin-2020.csv");
    std::fs::copy(
        file("berlin-lor-population-2024-02-t1-districts.csv"),
        &path,
    )
    .unwrap();
    let mut sink = Collect::default();
    let err = read_file(&path, None, &Options::default(), &mut sink, &mut |_| {}).unwrap_err();
    assert!(matches!(err, IngestError::Invalid { .. }));
    let text = err.to_string();
    assert!(
        text.contains("berlin-lor-population-YYYY-HH-tN-LEVEL.csv"),
        "{text}"
    );
    assert!(text.contains("berlin-2020.csv"), "{text}");
}

#[test]
fn refuses_a_table_whose_columns_do_not_match_its_name() {
    let dir = tempfile::tempdir().unwrap();
    // A t1 table saved under a t4 name.
    let path = dir
        .path()
        .join("berlin-lor-population-2024-02-t4-districts.csv");
    std::fs::copy(
        file("berlin-lor-population-2024-02-t1-districts.csv"),
        &path,
    )
    .unwrap();
    let mut sink = Collect::default();
    let err = read_file(&path, None, &Options::default(), &mut sink, &mut |_| {}).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("inhabitants_with_migration_background"),
        "{text}"
    );
    assert!(text.contains("t1/t4"), "{text}");
}
