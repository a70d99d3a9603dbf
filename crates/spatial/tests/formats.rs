//! GeoJSON reading, shapefile error reporting and the choropleth SVG.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use spatial::{
    ChoroplethOptions, ContiguityRule, DEFAULT_PRECISION, MultiPolygon, SpatialError,
    choropleth_svg, contiguity, parse_dbf, parse_geojson, parse_shp, read_shapefile,
};

const GEOJSON: &str = r#"{"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name":"A & B","tcn":12.5},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
 {"type":"Feature","properties":{"name":"East","tcn":null,"extra":true},"geometry":{"type":"MultiPolygon","coordinates":[[[[1,0],[2,0],[2,1],[1,1],[1,0]]]]}},
 {"type":"Feature","properties":{"name":"Corner"},"geometry":{"type":"Polygon","coordinates":[[[2,1],[3,1],[3,2],[2,2],[2,1]],[[2.2,1.2],[2.4,1.2],[2.4,1.4],[2.2,1.2]]]}}
]}"#;

#[test]
fn geojson_features_properties_and_contiguity() {
    let layer = parse_geojson(GEOJSON, "test.geojson").unwrap();
    assert_eq!(layer.len(), 3);
    assert_eq!(layer.columns, vec!["name", "tcn", "extra"]);
    assert_eq!(layer.text_column("name").unwrap()[0], "A & B");
    assert!(layer.numeric_column("tcn").is_err(), "null is not a number");
    assert!((layer.areas[2].area() - (1.0 - 0.02)).abs() < 1e-12);
    let rook = contiguity(&layer.areas, ContiguityRule::Rook, DEFAULT_PRECISION);
    let queen = contiguity(&layer.areas, ContiguityRule::Queen, DEFAULT_PRECISION);
    assert_eq!(rook.neighbours(0), &[1]);
    assert_eq!(rook.neighbours(2), &[] as &[usize]);
    assert_eq!(queen.neighbours(2), &[1]);
    assert_eq!(queen.shared_lengths(1), &[1.0, 0.0]);
}

#[test]
fn geojson_errors_name_the_feature() {
    let bad = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[0,0]}}]}"#;
    match parse_geojson(bad, "bad.geojson") {
        Err(SpatialError::GeoJson { file, feature, .. }) => {
            assert_eq!(file, "bad.geojson");
            assert_eq!(feature, 1);
        }
        other => panic!("{other:?}"),
    }
    assert!(parse_geojson("{", "x").is_err());
}

#[test]
fn shapefile_errors_say_what_was_expected() {
    let err = parse_shp(&[0u8; 10], "short.shp").unwrap_err();
    assert!(err.to_string().contains("short.shp"), "{err}");
    let mut header = vec![0u8; 100];
    header[..4].copy_from_slice(&9994i32.to_be_bytes());
    header[24..28].copy_from_slice(&50i32.to_be_bytes());
    header[32..36].copy_from_slice(&1i32.to_le_bytes()); // points
    let err = parse_shp(&header, "points.shp").unwrap_err();
    assert!(err.to_string().contains("polygon"), "{err}");
    assert!(parse_dbf(&[3u8; 5], "t.dbf").is_err());
    // Found by fuzzing (fuzz/corpus/shapefile): a .dbf header claiming ~4 billion records
    // asked for 26 GB before reading one; now the count is checked against the bytes, and
    // records of no bytes are refused.
    let mut dbf = vec![0u8; 33];
    dbf[0] = 3;
    dbf[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
    dbf[8..10].copy_from_slice(&33u16.to_le_bytes());
    dbf[10..12].copy_from_slice(&1u16.to_le_bytes());
    dbf[32] = 0x0D;
    let err = parse_dbf(&dbf, "huge.dbf").unwrap_err().to_string();
    assert!(
        err.contains("4294967295 records") && err.contains("33 bytes"),
        "{err}"
    );
    dbf[10..12].copy_from_slice(&0u16.to_le_bytes());
    assert!(parse_dbf(&dbf, "empty-records.dbf").is_err());
    let crash = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fuzz/corpus/shapefile/crash-0a8b683766e1a85d001422d2c3380ca188a7524e"
    ))
    .unwrap();
    let cut = usize::from(u16::from_le_bytes([crash[0], crash[1]]));
    let (shp, dbf) = crash[2..].split_at(cut.min(crash.len() - 2));
    let _ = spatial::shapefile_from_bytes(shp, Some(dbf), "crash.shp", "crash.dbf");
    assert!(matches!(
        read_shapefile("/nonexistent/x.shp"),
        Err(SpatialError::Io { .. })
    ));
}

#[test]
fn choropleth_is_accessible_and_marks_missing_values() {
    let layer = parse_geojson(GEOJSON, "test.geojson").unwrap();
    let names = layer.text_column("name").unwrap();
    let values = vec![Some(12.5), None, Some(3.0)];
    let opts = ChoroplethOptions {
        title: "Third-country nationals".into(),
        description: "Share by district.".into(),
        value_label: "Share (%)".into(),
        ..ChoroplethOptions::default()
    };
    let svg = choropleth_svg(&layer.areas, &names, &values, &opts).unwrap();
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains("<title id=\"map-title\">Third-country nationals</title>"));
    assert!(svg.contains("<desc id=\"map-desc\">"));
    assert!(svg.contains("Projection: equirectangular"));
    assert!(svg.contains("<title>A &amp; B: 12.50</title>"));
    assert!(svg.contains("<title>East: no value</title>"));
    assert!(svg.contains("no value (1 area)"));
    assert_eq!(svg.matches("<path").count(), 3);
    // Lowest value darkest, highest yellow.
    assert!(svg.contains("#440154") && svg.contains("#fde725"));
    let err = choropleth_svg(&layer.areas, &names[..1], &values, &opts).unwrap_err();
    assert!(matches!(err, SpatialError::InvalidInput(_)));
    assert!(choropleth_svg(&[MultiPolygon::default()], &["x".into()], &[None], &opts).is_err());
}
