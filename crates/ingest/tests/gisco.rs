//! GISCO's Urban Audit 2021 city list: 220 cities of AT, BE, CH, DE, DK, FR, LU, NL.
//! Expected numbers from Python's csv module over the same file (174 distinct FUA codes;
//! areas summed 30 341 357 046.39584 m²).
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use ingest::{Collect, Format, Options, read_file};
use model::{GeoCode, GeoLevel, Period};
use std::path::PathBuf;

#[test]
fn cities_with_nuts3_parents_fuas_and_areas() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/eurostat-urban-audit/gisco_urau_2021_cities.csv");
    assert_eq!(ingest::detect_format(&path).unwrap(), Format::GISCO_CITIES);
    let mut sink = Collect::default();
    let report = read_file(&path, None, &Options::default(), &mut sink, &mut |_| {}).unwrap();
    assert_eq!(report.rows_read, 220);
    assert_eq!(report.observations, 220);
    let cities: Vec<_> = sink
        .geographies
        .iter()
        .filter(|g| g.level == GeoLevel::City)
        .collect();
    let fuas: Vec<_> = sink
        .geographies
        .iter()
        .filter(|g| g.level == GeoLevel::FunctionalUrbanArea)
        .collect();
    assert_eq!(cities.len(), 220);
    assert_eq!(fuas.len(), 174);
    assert_eq!(report.geographies, 220 + 174);
    assert_eq!(report.datasets, vec!["gisco_urau_2021".to_string()]);

    let city = |code: &str| cities.iter().find(|g| g.code.as_str() == code).unwrap();
    let kobenhavn = city("DK001C");
    assert_eq!(kobenhavn.name, "København");
    assert_eq!(kobenhavn.parent, Some(GeoCode::new("DK011")));
    assert_eq!(kobenhavn.country, Some(GeoCode::new("DK")));
    assert_eq!(city("DE008C").name, "Leipzig");
    assert_eq!(city("DE008C").parent, Some(GeoCode::new("DED51")));
    assert_eq!(city("CH002C").parent, Some(GeoCode::new("CH040")));
    assert_eq!(city("AT005C").name, "Innsbruck");
    // Osijek (HR) and Košice (SK) are not in this extract.
    assert!(
        !cities
            .iter()
            .any(|g| g.code.as_str().starts_with("HR") || g.code.as_str().starts_with("SK"))
    );

    // Essen's FUA (DE006F) is shared by 14 cities and named after the first of them.
    let ruhr = fuas.iter().find(|g| g.code.as_str() == "DE006F").unwrap();
    assert!(
        ruhr.name.ends_with(" (functional urban area)"),
        "{}",
        ruhr.name
    );
    assert_eq!(ruhr.parent, Some(GeoCode::new("DE")));

    let area = |code: &str| {
        sink.observations
            .iter()
            .find(|o| o.geo.as_str() == code)
            .unwrap()
    };
    let nl005 = area("NL005C");
    assert_eq!(nl005.variable, "AREA_KM2");
    assert_eq!(nl005.unit.as_deref(), Some("KM2"));
    assert_eq!(nl005.period, Period::Year(2021));
    assert!((nl005.value - 132.422326439074).abs() < 1e-9);
    assert!((area("DK001C").value - 457.384907240899).abs() < 1e-9);
    let total: f64 = sink.observations.iter().map(|o| o.value).sum();
    assert!((total - 30_341.35704639584).abs() < 1e-6, "{total}");
}
