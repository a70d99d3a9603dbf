//! The Sacramento census tracts (PySAL example data, `data/oracles/sacramento`): the reader,
//! the measures and the contiguity against geopandas/GEOS and the GAL file shipped with it.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use spatial::{ContiguityRule, DEFAULT_PRECISION, contiguity, read_shapefile};

const SHP: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/oracles/sacramento/sacramentot2.shp"
);
const GAL: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/oracles/sacramento/sacramentot2.gal"
);

#[test]
fn reads_all_tracts_with_attributes() {
    let layer = read_shapefile(SHP).unwrap();
    assert_eq!(layer.len(), 403);
    assert_eq!(layer.columns.len(), 31);
    let tot = layer.numeric_column("TOT_POP").unwrap();
    let hisp = layer.numeric_column("HISP_").unwrap();
    assert!(tot.iter().zip(&hisp).all(|(t, h)| t >= h && *h >= 0.0));
    let polyid = layer.numeric_column("POLYID").unwrap();
    assert_eq!(polyid[0], 1.0);
    assert!(layer.numeric_column("NOPE").is_err());
}

/// Every tract against geopandas/GEOS (`tests/data/sacramento_geos.csv`, written by
/// geopandas 1.2.0 / GEOS 3.14.1): parts, holes, area, centroid and length.
#[test]
fn every_tract_matches_geos() {
    let layer = read_shapefile(SHP).unwrap();
    let text = include_str!("data/sacramento_geos.csv");
    let mut checked = 0;
    for line in text.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let i: usize = f[0].parse::<usize>().unwrap() - 1;
        let num = |k: usize| f[k].parse::<f64>().unwrap();
        let a = &layer.areas[i];
        let holes: usize = a.polygons.iter().map(|p| p.holes.len()).sum();
        assert_eq!(
            (a.polygons.len(), holes),
            (f[1].parse().unwrap(), f[2].parse().unwrap()),
            "record {}",
            i + 1
        );
        let c = a.centroid().unwrap();
        assert!(
            (a.area() - num(3)).abs() <= 1e-15,
            "area of record {}",
            i + 1
        );
        assert!(
            (c.x - num(4)).abs() <= 1e-11 && (c.y - num(5)).abs() <= 1e-11,
            "centroid of record {}",
            i + 1
        );
        assert!(
            (a.perimeter() - num(6)).abs() <= 1e-12,
            "length of record {}",
            i + 1
        );
        checked += 1;
    }
    assert_eq!(checked, 403);
}

/// Values printed by geopandas 1.2 (GEOS) for the same file, with tighter tolerances.
#[test]
fn area_centroid_length_match_geos() {
    let layer = read_shapefile(SHP).unwrap();
    let expect = [
        (
            0,
            0.08115293482899959,
            -120.47446030920837,
            39.24838050066574,
            2.5024626712701434,
        ),
        (
            1,
            0.002289382166999991,
            -120.03982480514846,
            39.26318975803051,
            0.27312947047567365,
        ),
        (
            2,
            0.0007938309474998526,
            -120.01384231583607,
            39.25142457771213,
            0.19615581431420998,
        ),
        (
            100,
            0.001275271032000045,
            -121.0893256909612,
            38.68019955180494,
            0.16663851302312976,
        ),
    ];
    for (i, area, cx, cy, len) in expect {
        let a = &layer.areas[i];
        let c = a.centroid().unwrap();
        assert!(
            (a.area() - area).abs() < 1e-15,
            "area {i}: {} vs {area}",
            a.area()
        );
        assert!((c.x - cx).abs() < 1e-11, "cx {i}: {} vs {cx}", c.x);
        assert!((c.y - cy).abs() < 1e-11, "cy {i}: {} vs {cy}", c.y);
        assert!((a.perimeter() - len).abs() < 1e-13, "length {i}");
    }
}

fn read_gal(path: &str) -> Vec<Vec<usize>> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    let n: usize = lines
        .next()
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let mut out = vec![Vec::new(); n];
    while let Some(head) = lines.next() {
        let id: usize = head.split_whitespace().next().unwrap().parse().unwrap();
        let mut nb: Vec<usize> = lines
            .next()
            .unwrap()
            .split_whitespace()
            .map(|s| s.parse::<usize>().unwrap() - 1)
            .collect();
        nb.sort_unstable();
        out[id - 1] = nb;
    }
    out
}

#[test]
fn queen_matches_the_gal_file_and_libpysal() {
    let layer = read_shapefile(SHP).unwrap();
    let queen = contiguity(&layer.areas, ContiguityRule::Queen, DEFAULT_PRECISION);
    let gal = read_gal(GAL);
    // POLYID is 1..=403 in file order, so GAL ids are record numbers.
    let mut differing = Vec::new();
    for (i, expected) in gal.iter().enumerate() {
        if queen.neighbours(i) != expected.as_slice() {
            differing.push(i);
        }
    }
    // libpysal 4.14 Queen.from_dataframe on this file gives 2522 links; the GAL file is older.
    assert_eq!(queen.n_links(), 2522, "differing from GAL: {differing:?}");
    let rook = contiguity(&layer.areas, ContiguityRule::Rook, DEFAULT_PRECISION);
    assert_eq!(rook.n_links(), 2128);
    assert!(rook.islands().is_empty());
    for i in 0..rook.len() {
        for (&j, &len) in rook.neighbours(i).iter().zip(rook.shared_lengths(i)) {
            assert!(queen.neighbours(i).contains(&j));
            assert!(len > 0.0);
        }
    }
}

/// The choropleth of the Hispanic share per tract: one path per tract, lon/lat projected.
#[test]
fn sacramento_choropleth() {
    let layer = read_shapefile(SHP).unwrap();
    let tot = layer.numeric_column("TOT_POP").unwrap();
    let hisp = layer.numeric_column("HISP_").unwrap();
    let names = layer.text_column("FIPS").unwrap();
    let mut values: Vec<Option<f64>> = hisp
        .iter()
        .zip(&tot)
        .map(|(h, t)| (*t > 0.0).then(|| 100.0 * h / t))
        .collect();
    values[0] = None; // one tract without a value, to show the hatching
    let opts = spatial::ChoroplethOptions {
        title: "Sacramento: Hispanic share by tract, 2000".into(),
        value_label: "Hispanic (%)".into(),
        decimals: 1,
        ..Default::default()
    };
    let svg = spatial::choropleth_svg(&layer.areas, &names, &values, &opts).unwrap();
    assert_eq!(svg.matches("<path").count(), 403);
    assert!(svg.contains("cos(38.6674°)"), "projection stated");
    if let Ok(dir) = std::env::var("SPATIAL_SVG_OUT") {
        std::fs::write(format!("{dir}/sacramento.svg"), &svg).unwrap();
    }
}
