//! The store on its own: migrations, atomic imports, replacement history, geographies.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use model::{Flags, GeoCode, Geography, Observation, Period, PopulationGroup, Provenance};
use std::collections::BTreeMap;
use store::{SeriesFilter, Store, StoreError};

fn prov(name: &str) -> Provenance {
    Provenance {
        file_name: name.into(),
        sha256: format!("sha-{name}"),
        format: "tidy-csv".into(),
        source: "test".into(),
        licence: "CC0".into(),
    }
}

fn obs(geo: &str, year: i32, value: f64, flags: &str) -> Observation {
    Observation {
        dataset: "d".into(),
        variable: "v".into(),
        geo: GeoCode::new(geo),
        group: PopulationGroup::total().with(model::Dimension::Citizenship, "NAT"),
        breakdown: BTreeMap::from([("isced11".to_string(), "ED0-2".to_string())]),
        period: Period::Year(year),
        value,
        unit: Some("PC".into()),
        flags: Flags::parse(flags).unwrap(),
    }
}

#[test]
fn migrations_run_once_and_refuse_a_newer_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/folder/s.db");
    let s = Store::open(&path).unwrap();
    let v = s.schema_version().unwrap();
    assert!(v >= 1);
    assert!(s.is_empty().unwrap());
    drop(s);
    assert_eq!(Store::open(&path).unwrap().schema_version().unwrap(), v);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA user_version = 999").unwrap();
    drop(conn);
    match Store::open(&path) {
        Err(e @ StoreError::TooNew { .. }) => assert!(e.to_string().contains("newer version")),
        other => panic!("expected TooNew, got {other:?}"),
    }
}

#[test]
fn an_unfinished_import_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("s.db")).unwrap();
    {
        let mut imp = s.begin_import(&prov("a")).unwrap();
        for y in 2000..2500 {
            imp.add_observation(&obs("AT", y, 1.0, "")).unwrap();
        }
        // dropped without finish: rolled back
    }
    assert_eq!(s.count_observations().unwrap(), 0);
    assert!(s.imports().unwrap().is_empty());
}

#[test]
fn replacement_counts_and_history() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("s.db")).unwrap();
    let mut imp = s.begin_import(&prov("a")).unwrap();
    for y in 2015..2020 {
        imp.add_observation(&obs("AT", y, y as f64, "")).unwrap();
    }
    let c = imp.finish(5, 5, 0, "{}").unwrap();
    assert_eq!((c.inserted, c.replaced, c.unchanged), (5, 0, 0));
    let mut imp = s.begin_import(&prov("b")).unwrap();
    for y in 2015..2021 {
        let flags = if y == 2016 { "p" } else { "" };
        let v = if y == 2017 { 1.5 } else { y as f64 };
        imp.add_observation(&obs("AT", y, v, flags)).unwrap();
    }
    let c = imp.finish(6, 6, 0, "{}").unwrap();
    // 2020 new; 2016 (flag) and 2017 (value) replaced; 2015, 2018, 2019 unchanged.
    assert_eq!((c.inserted, c.replaced, c.unchanged), (1, 2, 3));
    let rows = s
        .observations(&SeriesFilter {
            geo: Some("AT".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(rows.len(), 6);
    let r2017 = rows
        .iter()
        .find(|r| r.observation.period == Period::Year(2017))
        .unwrap();
    assert_eq!(r2017.observation.value, 1.5);
    assert_eq!(r2017.source, "test");
    assert_eq!(r2017.observation.breakdown_key(), "isced11=ED0-2");
    let latest = s
        .observations(&SeriesFilter {
            geo: Some("AT".into()),
            latest_only: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(latest.len(), 1);
    assert_eq!(latest[0].observation.period, Period::Year(2020));
    let conn = rusqlite::Connection::open(dir.path().join("s.db")).unwrap();
    let old: Vec<(String, f64, String)> = conn
        .prepare("SELECT period, old_value, old_flags FROM observation_history ORDER BY period")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        old,
        vec![
            ("2016".into(), 2016.0, "".into()),
            ("2017".into(), 2017.0, "".into())
        ]
    );
    assert!(s.find_import_by_sha256("sha-b").unwrap().is_some());
}

#[test]
fn geographies_keep_the_best_name_and_the_finest_parent() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("s.db")).unwrap();
    let mut imp = s.begin_import(&prov("g")).unwrap();
    imp.add_geography(&Geography::from_code(GeoCode::new("SK002C"), "SK002C"))
        .unwrap();
    imp.add_geography(&Geography::from_code(GeoCode::new("SK002C"), "Košice"))
        .unwrap();
    let mut with_nuts = Geography::from_code(GeoCode::new("SK002C"), "Kosice (other spelling)");
    with_nuts.parent = Some(GeoCode::new("SK042"));
    imp.add_geography(&with_nuts).unwrap();
    // A later file implying only the country does not undo the NUTS 3 link.
    imp.add_geography(&Geography::from_code(GeoCode::new("SK002C"), "Košice"))
        .unwrap();
    imp.finish(0, 0, 0, "{}").unwrap();
    let g = s.geography("SK002C").unwrap().unwrap();
    assert_eq!(g.name, "Košice");
    assert_eq!(g.parent.unwrap().as_str(), "SK042");
    assert_eq!(g.level, model::GeoLevel::City);
    assert_eq!(
        s.geographies(Some(model::GeoLevel::City), Some("SK"))
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_key_twice_in_one_file_ends_with_its_last_value() {
    // Values are sorted by key before they are written; the sort must keep the file's
    // order between equal keys, so the second value replaces the first as before.
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("s.db")).unwrap();
    let mut imp = s.begin_import(&prov("dup")).unwrap();
    imp.add_observation(&obs("AT", 2020, 1.0, "")).unwrap();
    imp.add_observation(&obs("AT", 2019, 5.0, "")).unwrap();
    imp.add_observation(&obs("AT", 2020, 2.0, "p")).unwrap();
    imp.add_observation(&obs("AT", 2020, 3.0, "")).unwrap();
    let c = imp.finish(4, 4, 0, "{}").unwrap();
    assert_eq!((c.inserted, c.replaced, c.unchanged), (2, 2, 0));
    let rows = s.observations(&SeriesFilter::default()).unwrap();
    let v: Vec<(Period, f64)> = rows
        .iter()
        .map(|r| (r.observation.period, r.observation.value))
        .collect();
    assert_eq!(
        v,
        vec![(Period::Year(2019), 5.0), (Period::Year(2020), 3.0)]
    );
}

#[test]
fn more_series_than_the_import_remembers_keep_their_own_ids() {
    // Beyond the series the import keeps in memory, ids come from the series index: a
    // series seen again after that must get its first id, not a new one.
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("s.db")).unwrap();
    let n = 40_000;
    let mut imp = s.begin_import(&prov("many")).unwrap();
    for round in 0..2 {
        for i in 0..n {
            let mut o = obs(&format!("XX{i:05}C"), 2000 + round, i as f64, "");
            o.unit = None;
            imp.add_observation(&o).unwrap();
        }
    }
    let c = imp.finish(2 * n as u64, 2 * n as u64, 0, "{}").unwrap();
    assert_eq!((c.inserted, c.replaced, c.unchanged), (2 * n as u64, 0, 0));
    let conn = rusqlite::Connection::open(dir.path().join("s.db")).unwrap();
    let series: i64 = conn
        .query_row("SELECT count(*) FROM series", [], |r| r.get(0))
        .unwrap();
    assert_eq!(series, n as i64);
    let per_series: i64 = conn
        .query_row(
            "SELECT max(c) FROM (SELECT count(*) AS c FROM observations GROUP BY series)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(per_series, 2);
}

#[test]
fn upgrading_a_store_makes_the_import_rows_of_draft_estimates_private() {
    // A store at schema 4 (before imports.published), written by hand: one ordinary
    // import, one engine run whose estimate is still a draft.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    for sql in [
        include_str!("../migrations/0001_observations.sql"),
        include_str!("../migrations/0002_boundaries.sql"),
        include_str!("../migrations/0003_estimates.sql"),
        include_str!("../migrations/0004_accounts_workflow.sql"),
    ] {
        conn.execute_batch(sql).unwrap();
    }
    conn.execute_batch(
        "PRAGMA user_version = 4;
         INSERT INTO imports VALUES (1, 'urb_cpop1.csv', 'a', 'eurostat-tsv', 'Eurostat', 'CC BY 4.0', 't', 0, 0, 0, 0, 0, 0, '');
         INSERT INTO imports VALUES (2, 'silc_microdata.csv', 'b', 'engine', 'test', '', 't', 1, 0, 0, 0, 0, 0, '{}');
         INSERT INTO series VALUES (1, 'computed:x', 'rate', 'HR', '', '', 'percent');
         INSERT INTO estimates VALUES (1, '2023', 50.0, 1, 48, 52, 0.02, 500, '', 'published', '',
                                       NULL, NULL, '', 'v', 1, 'taylor', '', 'draft', 2);",
    )
    .unwrap();
    drop(conn);
    let s = Store::open(&path).unwrap();
    let public: Vec<String> = s
        .published_imports()
        .unwrap()
        .into_iter()
        .map(|i| i.file_name)
        .collect();
    assert_eq!(public, vec!["urb_cpop1.csv"]);
    assert_eq!(s.imports().unwrap().len(), 2);
}
