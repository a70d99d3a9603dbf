//! A second city's neighbourhoods, from the real bundled files: Vienna's 250 counting
//! districts (Stadt Wien), moves in and out by sex and Austrian / foreign citizens, with
//! the counting districts' boundaries. What `city::offer` finds there, and the shares and
//! indices `city::areas` computes, checked against the CSV read here by hand.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use model::{GeoCode, Geography, Period};
use neighbourhoods::GroupSpec;
use neighbourhoods::city::{AreaNote, AreasRequest, areas, offer};
use std::path::PathBuf;
use store::Store;

const VIENNA: &str = "AT001C";

fn data(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/vienna")
        .join(rel)
}

fn vienna_store(dir: &tempfile::TempDir) -> Store {
    let mut s = Store::open(&dir.path().join("v.db")).unwrap();
    let input = ingest::Input::file(data("vie-zbz-pop-sex-nat-geo2-mig-2007f.csv"));
    importer::import(
        &mut s,
        importer::Request {
            input: &input,
            format: None,
            options: ingest::Options::default(),
            source: "Stadt Wien".into(),
            licence: "CC BY 4.0".into(),
            new_places: true,
        },
        &mut |_| {},
    )
    .unwrap();
    let city = Geography::from_code(GeoCode::new(VIENNA), "Wien");
    importer::boundaries::import(
        &mut s,
        &city,
        &importer::boundaries::BoundaryRequest {
            input: ingest::Input::file(data("ZAEHLBEZIRKOGDPolygon.shp")),
            scheme: "ZBZ".into(),
            id_property: "ZBEZ".into(),
            name_property: None,
            label: Some("Vienna counting districts".into()),
            crs: None,
            id_digits: Some(4),
            id_prefix: Some("9".into()),
            shapefile_parts: None,
            fix_id: Vec::new(),
            source: "Stadt Wien".into(),
            licence: "CC BY 4.0".into(),
        },
    )
    .unwrap();
    s
}

/// The CSV's MIG_EXT_IN (moves in from abroad) of one counting district and year, both
/// sexes: (foreign citizens, everybody).
fn moves_in_from_abroad(area: &str, year: &str) -> (f64, f64) {
    let text = std::fs::read_to_string(data("vie-zbz-pop-sex-nat-geo2-mig-2007f.csv")).unwrap();
    let (mut foreign, mut all) = (0.0, 0.0);
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split(';').collect();
        if f[2] == area && f[3] == year {
            let v: f64 = f[9].parse().unwrap();
            all += v;
            if f[6] == "FOR" {
                foreign += v;
            }
        }
    }
    (foreign, all)
}

#[test]
fn vienna_s_counting_districts_show_where_arrivals_from_abroad_settle() {
    let dir = tempfile::tempdir().unwrap();
    let s = vienna_store(&dir);
    let offered = offer(&s, VIENNA).unwrap();
    let zbz: Vec<_> = offered.iter().filter(|c| c.scheme == "ZBZ").collect();
    // Moves in and out, not the net flows (negative: no share can be made of them).
    let variables: Vec<&str> = zbz.iter().map(|c| c.variable.as_str()).collect();
    assert!(variables.contains(&"mig_ext_in"), "{variables:?}");
    assert!(
        !variables.iter().any(|v| v.ends_with("_net")),
        "{variables:?}"
    );
    let counts = zbz.iter().find(|c| c.variable == "mig_ext_in").unwrap();
    // Shown when nothing is chosen: arrivals from abroad (Vienna counts no residents here).
    assert_eq!(
        neighbourhoods::city::default_counts(&offered),
        Some(*counts)
    );
    assert_eq!(
        counts.areas, 273,
        "areas with counts, 23 of them without a boundary"
    );
    assert!(counts.boundaries, "the counting districts' boundaries");
    assert_eq!(counts.label, "Vienna counting districts");
    assert_eq!(counts.periods.first(), Some(&Period::Year(2007)));
    assert_eq!(counts.periods.last(), Some(&Period::Year(2023)));
    // Sex and citizenship folded away: foreign citizens of both sexes, men of both
    // citizenships, and everybody (which the table never states).
    for g in ["citizen=FOR", "citizen=NAT", "sex=F", "citizen=FOR;sex=M"] {
        assert!(
            counts.groups.iter().any(|x| x == g),
            "{g}: {:?}",
            counts.groups
        );
    }

    let foreign = GroupSpec::parse("foreigners").unwrap();
    let a = areas(
        &s,
        &AreasRequest {
            city: VIENNA,
            counts,
            period: Some(Period::Year(2023)),
            group: &foreign,
        },
    )
    .unwrap();
    assert_eq!(a.areas.len(), 250, "one row per boundary");
    let first = a
        .areas
        .iter()
        .find(|r| r.code == "AT001C:ZBZ:90101")
        .unwrap();
    let (f, t) = moves_in_from_abroad("90101", "2023");
    assert_eq!(
        (f, t),
        (164.0, 188.0),
        "by hand: 72 + 92 of 12 + 72 + 12 + 92"
    );
    assert_eq!(first.residents, Some(t));
    assert_eq!(first.foreigners, Some(f));
    assert!((first.share.unwrap() - 100.0 * f / t).abs() < 1e-9);
    // The city's share over the areas with both counts (those withheld for few moves
    // too), every area added up here from the CSV.
    let (mut sf, mut st) = (0.0, 0.0);
    for r in &a.areas {
        let code = r.code.rsplit(':').next().unwrap();
        let (f, t) = moves_in_from_abroad(code, "2023");
        sf += f;
        st += t;
    }
    assert!(st > 10_000.0, "{st} moves in from abroad");
    assert!(
        (a.city_share.unwrap() - 100.0 * sf / st).abs() < 1e-9,
        "{:?} vs {}",
        a.city_share,
        100.0 * sf / st
    );
    let shown = a.areas.iter().filter(|r| r.note == AreaNote::Shown).count();
    assert!(
        shown > 200,
        "{shown} of 250 counting districts with 20 or more moves"
    );
    let few: f64 = a
        .areas
        .iter()
        .filter(|r| r.note == AreaNote::FewResidents)
        .count() as f64;
    assert!(few + shown as f64 <= 250.0);
    assert_eq!(a.indices.len(), 5, "{:?}", a.indices);
    let d = a
        .indices
        .iter()
        .find(|(n, _)| n == "dissimilarity")
        .unwrap()
        .1;
    assert!((0.0..1.0).contains(&d), "{d}");
    // A period the table does not have is refused with those it has.
    let err = areas(
        &s,
        &AreasRequest {
            city: VIENNA,
            counts,
            period: Some(Period::Year(2030)),
            group: &foreign,
        },
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("2030") && err.contains("2007"), "{err}");
}
