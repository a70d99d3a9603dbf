//! `city::city_areas`, what the web's neighbourhood page and the City Integration Report
//! show of a city's areas: three squares with counts and boundaries, one of them with
//! fewer than 20 residents; shares worked out here from the counts.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use model::{Dimension, GeoCode, Geography, Observation, Period, PopulationGroup, Provenance};
use neighbourhoods::BERLIN;
use neighbourhoods::city::{AreaNote, CITY_INDICES, city_areas};
use spatial::{MultiPolygon, Point, Polygon, Ring};
use std::collections::BTreeMap;
use store::Store;
use store::boundaries::{BoundaryArea, NewBoundarySet};

/// id, lower-left corner (m), [total, foreigners]
const AREAS: [(&str, (f64, f64), [f64; 2]); 3] = [
    ("01", (0.0, 0.0), [200.0, 50.0]),
    ("02", (1000.0, 0.0), [300.0, 30.0]),
    ("03", (0.0, 1000.0), [12.0, 6.0]),
];

fn code(id: &str) -> String {
    format!("{BERLIN}:PLR:{id}")
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

#[test]
fn a_city_s_areas_with_their_shares_and_indices() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("s.db")).unwrap();
    assert_eq!(city_areas(&s, BERLIN).unwrap(), None, "no counts yet");
    let geographies: Vec<Geography> = AREAS
        .iter()
        .map(|(id, ..)| Geography::from_code(GeoCode::new(code(id)), format!("Area {id}")))
        .collect();
    let mut imp = s.begin_import(&provenance("counts")).unwrap();
    for g in &geographies {
        imp.add_geography(g).unwrap();
    }
    let mut n = 0;
    for (id, _, [total, foreign]) in AREAS {
        for (group, value) in [
            (PopulationGroup::total(), total),
            (
                PopulationGroup::total().with(Dimension::Citizenship, "FOR"),
                foreign,
            ),
        ] {
            imp.add_observation(&Observation {
                dataset: "berlin_lor_t1".into(),
                variable: "residents".into(),
                geo: GeoCode::new(code(id)),
                group,
                breakdown: BTreeMap::new(),
                period: Period::HalfYear(2023, 2),
                value,
                unit: None,
                flags: Default::default(),
            })
            .unwrap();
            n += 1;
        }
    }
    imp.finish(n, n, 0, "{}").unwrap();
    assert_eq!(city_areas(&s, BERLIN).unwrap(), None, "no boundaries yet");
    let areas: Vec<BoundaryArea> = AREAS
        .iter()
        .map(|(id, (x, y), _)| BoundaryArea {
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
            city: BERLIN,
            scheme: "PLR",
            label: "planning areas",
            crs: "EPSG:25833",
        },
        &areas,
        &geographies,
        "{}",
    )
    .unwrap();
    let c = city_areas(&s, BERLIN)
        .unwrap()
        .expect("areas with boundaries");
    assert_eq!(c.scheme, "planning areas");
    assert_eq!(c.period, "2023-S2");
    assert_eq!(c.areas.len(), 3);
    assert_eq!(c.areas[0].name, "Square 01");
    assert_eq!(c.areas[0].share, Some(25.0));
    assert_eq!(c.areas[1].share, Some(10.0));
    // Fewer than 20 residents: no share, no counts shown.
    assert_eq!(c.areas[2].note, AreaNote::FewResidents);
    assert_eq!(
        (
            c.areas[2].share,
            c.areas[2].residents,
            c.areas[2].foreigners
        ),
        (None, None, None)
    );
    // The city's share counts every area, the small one too: 86 of 512.
    let share = c.city_share.unwrap();
    assert!((share - 100.0 * 86.0 / 512.0).abs() < 1e-9, "{share}");
    let names: Vec<&str> = c.indices.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, CITY_INDICES);
}
