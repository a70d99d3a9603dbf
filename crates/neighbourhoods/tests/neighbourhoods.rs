//! The library on a small city of its own: four square areas of 1 km² in a store, counts
//! of two half-years, and the report, the map and the errors computed from them. Expected
//! values are worked out here from the counts, independently of the library.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use model::{Dimension, GeoCode, Geography, Observation, Period, PopulationGroup, Provenance};
use neighbourhoods::map::{self, FEW_RESIDENTS, MapRequest, MapVariable, SHOWN};
use neighbourhoods::report::{self, SegregationRequest, parse_change, parse_group_pair};
use neighbourhoods::{
    Boundaries, Family, GroupSpec, Level, NeighbourhoodError, indices, load_counts,
};
use spatial::{MultiPolygon, Point, Polygon, Ring};
use std::collections::BTreeMap;
use store::Store;
use store::boundaries::{BoundaryArea, NewBoundarySet};

const CITY: &str = "XX001C";
/// An area: id, lower-left corner in metres, [total, foreigners, nationals] in 2020-S2 and
/// in 2021-S2.
type Area = (&'static str, (f64, f64), [f64; 3], [f64; 3]);
const AREAS: [Area; 4] = [
    ("01", (0.0, 0.0), [100.0, 60.0, 40.0], [100.0, 55.0, 45.0]),
    (
        "02",
        (1000.0, 0.0),
        [100.0, 10.0, 90.0],
        [110.0, 15.0, 95.0],
    ),
    ("03", (0.0, 1000.0), [10.0, 5.0, 5.0], [12.0, 6.0, 6.0]),
    (
        "04",
        (1000.0, 1000.0),
        [200.0, 20.0, 180.0],
        [190.0, 30.0, 160.0],
    ),
];

fn code(id: &str) -> String {
    format!("{CITY}:PRG:{id}")
}

fn square(x: f64, y: f64) -> MultiPolygon {
    let p = |dx: f64, dy: f64| Point::new(x + dx, y + dy);
    MultiPolygon::new(vec![Polygon::new(
        Ring::new(vec![
            p(0.0, 0.0),
            p(1000.0, 0.0),
            p(1000.0, 1000.0),
            p(0.0, 1000.0),
            p(0.0, 0.0),
        ]),
        vec![],
    )])
}

fn provenance(name: &str) -> Provenance {
    Provenance {
        file_name: name.into(),
        sha256: format!("sha-{name}"),
        format: "test".into(),
        source: format!("source {name}"),
        licence: "CC0".into(),
    }
}

/// A store with the four areas' counts, and their boundaries unless `boundaries` is false.
fn store(dir: &tempfile::TempDir, boundaries: bool) -> Store {
    let mut s = Store::open(&dir.path().join("s.db")).unwrap();
    let geographies: Vec<Geography> = AREAS
        .iter()
        .map(|(id, ..)| Geography::from_code(GeoCode::new(code(id)), format!("Area {id}")))
        .collect();
    let mut imp = s.begin_import(&provenance("counts")).unwrap();
    for g in &geographies {
        imp.add_geography(g).unwrap();
    }
    let mut n = 0;
    for (id, _, c20, c21) in AREAS {
        for (period, counts) in [
            (Period::HalfYear(2020, 2), c20),
            (Period::HalfYear(2021, 2), c21),
        ] {
            for (group, value) in [
                (PopulationGroup::total(), counts[0]),
                (
                    PopulationGroup::total().with(Dimension::Citizenship, "FOR"),
                    counts[1],
                ),
                (
                    PopulationGroup::total().with(Dimension::Citizenship, "NAT"),
                    counts[2],
                ),
            ] {
                imp.add_observation(&Observation {
                    dataset: "counts".into(),
                    variable: "residents".into(),
                    geo: GeoCode::new(code(id)),
                    group,
                    breakdown: BTreeMap::new(),
                    period,
                    value,
                    unit: None,
                    flags: Default::default(),
                })
                .unwrap();
                n += 1;
            }
        }
    }
    imp.finish(n, n, 0, "{}").unwrap();
    if boundaries {
        let areas: Vec<BoundaryArea> = AREAS
            .iter()
            .rev() // stored in an order other than the codes', which the web keeps
            .map(|(id, (x, y), ..)| BoundaryArea {
                geo: code(id),
                name: Some(format!("Square {id}")),
                geometry: spatial::geometry_value(&square(*x, *y))
                    .unwrap()
                    .to_string(),
            })
            .collect();
        s.import_boundaries(
            &provenance("squares"),
            NewBoundarySet {
                city: CITY,
                scheme: "PRG",
                label: "four squares",
                crs: "EPSG:25833",
            },
            &areas,
            &geographies,
            "{}",
        )
        .unwrap();
    }
    s
}

fn request(change: Option<&str>, period: Option<Period>) -> SegregationRequest {
    let (group_a, group_b) = parse_group_pair("foreigners,germans", CITY).unwrap();
    SegregationRequest {
        city_code: CITY.into(),
        city_name: "Testville".into(),
        group_a,
        group_b,
        indices: indices::select(None).unwrap(),
        level: Level::parse("PRG"),
        datasets: vec!["counts".into()],
        variable: None,
        period,
        change: change.map(|c| parse_change(c).unwrap()),
        multigroup: Some(vec![
            GroupSpec::parse("citizen=FOR").unwrap(),
            GroupSpec::parse("citizen=NAT").unwrap(),
        ]),
        replicates: 99,
    }
}

/// Dissimilarity of the first and second group columns, from its definition.
fn dissimilarity(counts: impl Fn(usize) -> (f64, f64)) -> f64 {
    let (x, y): (f64, f64) = (0..4)
        .map(&counts)
        .fold((0.0, 0.0), |a, c| (a.0 + c.0, a.1 + c.1));
    (0..4)
        .map(|i| (counts(i).0 / x - counts(i).1 / y).abs())
        .sum::<f64>()
        / 2.0
}

#[test]
fn a_report_has_every_family_of_index() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, true);
    let r = report::segregation_report(&s, &request(Some("2020-S2:2021-S2"), None)).unwrap();
    assert_eq!(r.periods.len(), 2);
    assert_eq!(r.sources, vec!["source counts".to_string()]);
    let value = |period: &str, index: &str| {
        r.figures
            .iter()
            .find(|f| f.period == period && f.index == index)
            .unwrap_or_else(|| panic!("no {index} for {period}"))
            .value
    };
    let d20 = dissimilarity(|i| (AREAS[i].2[1], AREAS[i].2[2]));
    let d21 = dissimilarity(|i| (AREAS[i].3[1], AREAS[i].3[2]));
    assert!((value("2020-S2", "dissimilarity").unwrap() - d20).abs() < 1e-12);
    assert!((value("2021-S2", "dissimilarity").unwrap() - d21).abs() < 1e-12);
    // Four squares that touch: the spatial indices are computed from the geometry, and an
    // index that equal areas leave undefined (concentration) says so instead of a value.
    for f in r.figures.iter().filter(|f| f.family == Family::Spatial) {
        assert!(
            f.value.is_some_and(f64::is_finite) || f.note.is_some(),
            "{f:?}"
        );
    }
    for index in ["spatial_dissimilarity", "delta", "spatial_proximity"] {
        assert!(
            value("2020-S2", index).is_some_and(f64::is_finite),
            "{index}"
        );
    }
    assert!(value("2020-S2", "multigroup_dissimilarity").is_some());
    let change = value("2020-S2→2021-S2", "change").unwrap();
    assert!((change - (d21 - d20)).abs() < 1e-12);
    let p = value("2020-S2→2021-S2", "p_value").unwrap();
    assert!((0.0..=1.0).contains(&p));
    // The report's JSON names the family as the CSV does.
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["figures"][0]["family"], "two-group");
    assert!(json.get("periods").is_none());
    // The views a reader gets: the series over time, each period's indices, the change.
    assert_eq!(r.period_names(), vec!["2020-S2", "2021-S2"]);
    let t = r.over_time();
    assert_eq!(t.len(), 2);
    assert_eq!((t[0].period.as_str(), t[0].areas), ("2020-S2", 4));
    assert_eq!(t[1].dissimilarity, value("2021-S2", "dissimilarity"));
    assert!(r.has_spatial_dissimilarity() && t[0].spatial_dissimilarity.is_some());
    let two = r.index_group("2021-S2", Family::TwoGroup).unwrap();
    assert!(two.figures.iter().any(|f| f.family == Family::Spatial));
    assert!(two.figures.iter().all(|f| f.period == "2021-S2"));
    let multi = r.index_group("2021-S2", Family::Multigroup).unwrap();
    assert!(multi.figures.iter().all(|f| f.family == Family::Multigroup));
    assert_eq!(
        r.change().len(),
        r.figures
            .iter()
            .filter(|f| f.family == Family::Change)
            .count()
    );
    let mut csv = Vec::new();
    r.write_csv(&mut csv).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert_eq!(csv.lines().count(), r.figures.len() + 1);
    assert!(csv.starts_with("period,area_set,areas,family,index,value,label,note\n"));
}

#[test]
fn without_boundaries_the_spatial_indices_say_why() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, false);
    let r =
        report::segregation_report(&s, &request(None, Some(Period::HalfYear(2020, 2)))).unwrap();
    let spatial: Vec<_> = r
        .figures
        .iter()
        .filter(|f| f.family == Family::Spatial)
        .collect();
    assert!(!spatial.is_empty());
    let n = spatial.len();
    for f in spatial {
        assert_eq!(f.value, None);
        assert_eq!(f.note.as_deref(), Some("no boundaries for this area set"));
    }
    assert!(r.boundaries.is_empty());
    // Spatial indices that all failed for one reason are counted once, with the reason.
    let g = r.index_group("2020-S2", Family::TwoGroup).unwrap();
    assert_eq!(
        g.unavailable,
        Some((n, "no boundaries for this area set".to_string()))
    );
    assert!(g.figures.iter().all(|f| f.family == Family::TwoGroup));
}

#[test]
fn errors_say_what_to_change() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, true);
    let e = report::segregation_report(&s, &request(None, Some(Period::HalfYear(2019, 1))))
        .unwrap_err();
    assert!(matches!(e, NeighbourhoodError::NoPeriod { .. }));
    assert!(e.to_string().contains("2020-S2, 2021-S2"), "{e}");
    assert!(matches!(
        parse_group_pair("foreigners", CITY),
        Err(NeighbourhoodError::GroupPair { .. })
    ));
    assert!(matches!(
        parse_group_pair("foreigners,foreign", CITY),
        Err(NeighbourhoodError::SameGroups)
    ));
    assert!(parse_change("2020-S2").is_err());
    assert!(indices::select(Some("dissimilarity,nonsense")).is_err());
}

#[test]
fn boundaries_come_back_in_km_and_in_stored_order() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, true);
    let b = Boundaries::load(&s, CITY, "PRG").unwrap().unwrap();
    assert!(!b.geographic);
    assert_eq!(b.codes(), AREAS.map(|a| code(a.0)).to_vec());
    // The store keeps them by code, whatever the order of the file.
    assert_eq!(b.stored_order().first(), Some(&code("01")));
    assert_eq!(b.name(&code("02")), Some("Square 02"));
    let km = b.in_km(&[code("01"), "none".into()]);
    assert!((km[0].as_ref().unwrap().area() - 1.0).abs() < 1e-12);
    assert!(km[1].is_none());
    assert!(Boundaries::load(&s, CITY, "BEZ").unwrap().is_none());
    let counts = load_counts(
        &s,
        CITY,
        &["counts".into()],
        None,
        &Level::parse("PRG"),
        None,
    )
    .unwrap();
    assert_eq!(counts.len(), 2);
    assert_eq!(counts[0].names[0], "Area 01");
}

#[test]
fn the_map_hides_small_areas_and_gives_location_quotients() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, true);
    let req = |variable: MapVariable| MapRequest {
        city_code: CITY.into(),
        city_name: "Testville".into(),
        variable,
        level: Level::parse("PRG"),
        period: Some(Period::HalfYear(2020, 2)),
        datasets: Some("counts".into()),
        min_residents: 20.0,
    };
    let m = map::map_data(&s, &req(MapVariable::parse("foreign_share", "").unwrap())).unwrap();
    assert_eq!(m.rows.len(), 4);
    assert_eq!(m.rows[0].value, Some(60.0));
    assert_eq!(m.rows[0].name, "Square 01 (01)");
    assert_eq!(m.rows[2].shown, FEW_RESIDENTS);
    assert_eq!((m.rows[2].value, m.rows[2].group), (None, None));
    assert_eq!(m.suppressed(), 1);
    assert!((m.city_share - 95.0 / 410.0).abs() < 1e-15);
    assert_eq!(m.titles()[2], "Square 03 (03) — not shown (few residents)");
    // The words of the map: the city-wide value, the small-cell rule and what it hid.
    assert_eq!(m.city_value(), "23.2%");
    let d = m.description("Testville");
    assert!(
        d.contains(" of Testville, 2020-S2 (31 December 2020). City-wide: 23.2%."),
        "{d}"
    );
    assert!(
        d.contains("fewer than 20 residents are not shown (1 hidden, "),
        "{d}"
    );
    assert!(d.ends_with("it is not a ranking of neighbourhoods."), "{d}");
    assert_eq!(
        m.missing_legend(),
        if m.no_data() == 0 {
            "hidden: few residents"
        } else {
            "hidden or no data"
        }
    );

    let lq = map::map_data(
        &s,
        &req(MapVariable::parse("location_quotient", "foreigners").unwrap()),
    )
    .unwrap();
    let expected = (60.0 / 100.0) / (95.0 / 410.0);
    assert!((lq.rows[0].value.unwrap() - expected).abs() < 1e-12);
    assert_eq!(lq.rows[1].shown, SHOWN);
    assert_eq!(lq.decimals(), 2);
    assert_eq!(lq.city_value(), "1");
    assert!(
        lq.description("Testville")
            .contains("City-wide: 1 by definition (23.2% of residents are ")
    );

    let everybody = map::map_data(&s, &req(MapVariable::parse("total", "").unwrap()));
    assert!(matches!(everybody, Err(NeighbourhoodError::MapOfEverybody)));
    let mut no_geometry = req(MapVariable::parse("foreign_share", "").unwrap());
    no_geometry.level = Level::parse("districts");
    assert!(map::map_data(&s, &no_geometry).is_err());
}
