//! Small-area counts in the tidy layout: one row per area, period and group with a
//! `count`, as a city's statistics office would export them for the neighbourhood indices.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use ingest::{Collect, Format, Options, read_file};
use model::{GeoLevel, Period, PopulationGroup};
use std::path::Path;

fn read(dir: &Path, name: &str, text: &str) -> Result<(ingest::ImportReport, Collect), String> {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    let mut sink = Collect::default();
    read_file(
        &path,
        Some(Format::TIDY_CSV),
        &Options::default(),
        &mut sink,
        &mut |_| {},
    )
    .map(|r| (r, sink))
    .map_err(|e| e.to_string())
}

#[test]
fn area_period_group_count() {
    let dir = tempfile::tempdir().unwrap();
    let (report, sink) = read(
        dir.path(),
        "osijek_districts.csv",
        "area,period,group,count\n\
         HR004C:DIS:01,2023-S2,citizen=FOR,120\n\
         HR004C:DIS:01,2023-S2,citizen=NAT,2880\n\
         HR004C:DIS:02,2023-S2,citizen=FOR,40\n\
         HR004C:DIS:02,2023-S2,citizen=NAT,1960\n\
         HR004C:DIS:02,2023-S2,,2000\n",
    )
    .unwrap();
    assert_eq!(report.observations, 5);
    let o = &sink.observations[0];
    assert_eq!(o.geo.as_str(), "HR004C:DIS:01");
    assert_eq!(o.period, Period::HalfYear(2023, 2));
    assert_eq!(o.group.key(), "citizen=FOR");
    assert!(o.breakdown.is_empty(), "{:?}", o.breakdown);
    assert_eq!(o.value, 120.0);
    assert_eq!(o.dataset, "osijek_districts");
    // An empty group is everybody.
    assert!(sink.observations[4].group.is_total());
    // The areas are districts of Osijek, so the neighbourhood commands find them.
    let g = &sink.geographies[0];
    assert_eq!(g.level, GeoLevel::District);
    assert_eq!(g.parent.as_ref().unwrap().as_str(), "HR004C");
}

#[test]
fn population_group_columns_and_a_count() {
    let dir = tempfile::tempdir().unwrap();
    let (_, sink) = read(
        dir.path(),
        "areas.csv",
        "geo,period,citizenship,sex,count\n\
         HR004C:DIS:01,2023,NEU27_2020_FOR,F,55\n\
         HR004C:DIS:01,2023,NAT,T,2880\n",
    )
    .unwrap();
    assert_eq!(
        sink.observations[0].group.key(),
        "citizen=NEU27_2020_FOR;sex=F"
    );
    assert_eq!(
        sink.observations[1].group,
        PopulationGroup::parse_key("citizen=NAT").unwrap()
    );
}

#[test]
fn count_beside_value_stays_a_breakdown_and_labels_too() {
    // Files written before `count` meant the value keep their meaning.
    let dir = tempfile::tempdir().unwrap();
    let (_, sink) = read(
        dir.path(),
        "old.csv",
        "Year,geo,count,group,Value\n2022,HR004C,persons,newcomers,12\n",
    )
    .unwrap();
    let o = &sink.observations[0];
    assert_eq!(o.value, 12.0);
    assert_eq!(
        o.breakdown.get("count").map(String::as_str),
        Some("persons")
    );
    assert_eq!(
        o.breakdown.get("group").map(String::as_str),
        Some("newcomers")
    );
    assert!(o.group.is_total());
}

#[test]
fn a_bad_group_key_names_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let err = read(
        dir.path(),
        "bad.csv",
        "area,period,group,count\nHR004C:DIS:01,2023,citizen=FOR,1\nHR004C:DIS:01,2023,planet=MARS,2\n",
    )
    .unwrap_err();
    assert!(err.contains("line 3"), "{err}");
    assert!(err.contains("group"), "{err}");
    assert!(err.contains("planet=MARS"), "{err}");
}
