//! Neighbourhoods as a user meets them: the real binary on the bundled Berlin data —
//! boundaries loaded on the first start, segregation indices, the map, a bad boundary file.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

mod common;

use common::{ok, run};
use std::path::Path;

fn db_bytes(db: &Path) -> Vec<u8> {
    std::fs::read(db).unwrap()
}

/// Dissimilarity of foreign citizens vs Germans over Berlin's 448 planning areas on
/// 31 Dec 2020, computed independently of the observatory from the bundled CSV with
/// Python's standard library:
///
/// ```text
/// import csv
/// r = list(csv.DictReader(open("data/berlin-lor/population/berlin-lor-population-2020-02-t1-planning-areas.csv")))
/// f = [int(x["inhabitants_foreigners"]) for x in r]; g = [int(x["inhabitants_germans"]) for x in r]
/// print(repr(sum(abs(a / sum(f) - b / sum(g)) for a, b in zip(f, g)) / 2))
/// ```
///
/// `data/SOURCES.md` gives "about 0.243" as a first check.
const D_2020_S2: f64 = 0.24286891809143418;

#[test]
fn berlin_boundaries_segregation_and_map() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("observatory.db");
    // First start: the whole bundle, boundaries included.
    ok(&db, &["init"]);
    let imports: Vec<serde_json::Value> =
        serde_json::from_str(&ok(&db, &["list", "imports", "--format", "json"])).unwrap();
    let geo: Vec<&serde_json::Value> = imports
        .iter()
        .filter(|i| i["format"] == "geojson")
        .collect();
    assert_eq!(geo.len(), 3, "three Berlin boundary files");
    let plr = geo
        .iter()
        .find(|i| i["file_name"] == "berlin-lor-planning-areas-until-2020.geojson")
        .unwrap();
    assert_eq!(plr["rows_read"], 448);
    assert!(plr["report"].as_str().unwrap().contains("04030417"));

    // D for 2020-S2 equals the independent computation.
    let json: serde_json::Value = serde_json::from_str(&ok(
        &db,
        &[
            "segregation",
            "Berlin",
            "--period",
            "2020-S2",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    let figures = json["figures"].as_array().unwrap();
    let find = |index: &str| {
        figures
            .iter()
            .find(|f| f["index"] == index)
            .unwrap_or_else(|| panic!("no {index} in {json:#}"))
    };
    let d = find("dissimilarity");
    assert_eq!(d["areas"], 448);
    assert!(
        (d["value"].as_f64().unwrap() - D_2020_S2).abs() < 1e-12,
        "{d}"
    );
    assert!(d["label"].as_str().unwrap().contains("would have to move"));
    // The JSON names every kind of index, spatial ones computed from the boundaries.
    for index in [
        "gini",
        "isolation",
        "spatial_dissimilarity",
        "spatial_proximity",
        "delta",
        "relative_centralization",
        "multigroup_dissimilarity",
        "simpson_interaction",
    ] {
        let f = find(index);
        assert!(f["value"].as_f64().is_some(), "{f}");
    }
    let sd = find("spatial_dissimilarity")["value"].as_f64().unwrap();
    assert!(sd > 0.0 && sd < D_2020_S2, "{sd}");

    // The 2021 planning areas have no geometry: the spatial indices say so, D is there.
    let json: serde_json::Value = serde_json::from_str(&ok(
        &db,
        &[
            "segregation",
            "Berlin",
            "--period",
            "2024-S2",
            "--index",
            "dissimilarity,spatial_dissimilarity",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    let figures = json["figures"].as_array().unwrap();
    assert_eq!(figures.len(), 2, "{json:#}");
    assert_eq!(figures[0]["areas"], 542);
    assert!(figures[0]["value"].as_f64().is_some());
    assert!(figures[1]["value"].is_null());
    assert_eq!(figures[1]["note"], "no boundaries for this area set");

    // The time series: every half-year, and the change with its decomposition.
    let table = ok(
        &db,
        &["segregation", "Berlin", "--change", "2015-S1:2020-S2"],
    );
    for p in ["2015-S1", "2017-S2", "2020-S2", "2024-S2"] {
        assert!(table.contains(p), "{table}");
    }
    assert!(table.contains("0.2429"), "{table}");
    assert!(table.contains("redistribution"), "{table}");
    assert!(table.contains("Break in series"), "{table}");

    // The map: well-formed SVG, one path per planning area, title and description.
    let svg = ok(
        &db,
        &[
            "map",
            "Berlin",
            "--variable",
            "foreign_share",
            "--period",
            "2020-S2",
        ],
    );
    check_svg(&svg, 448);
    assert!(svg.contains("Foreign citizens as a share of residents"));
    assert!(svg.contains("equirectangular projection"));
    assert!(svg.contains("fewer than 20 residents"));
    // Planning area 04020314 had 6 residents: not shown.
    assert!(
        svg.contains("(04020314) — not shown (few residents)"),
        "small area shown"
    );
    assert!(svg.contains(">hidden: few residents (1 area)<"));
    // The same values as a table; a level without boundaries is refused with a reason.
    let csv = ok(
        &db,
        &[
            "map",
            "Berlin",
            "--variable",
            "location_quotient",
            "--period",
            "2020-S2",
            "--table",
            "--format",
            "csv",
        ],
    );
    assert_eq!(csv.lines().count(), 1 + 448);
    let out = run(
        &db,
        &[
            "map",
            "Berlin",
            "--variable",
            "foreign_share",
            "--period",
            "2024-S2",
        ],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no boundaries for this area set"));
    let svg = ok(
        &db,
        &[
            "map",
            "Berlin",
            "--variable",
            "foreign_share",
            "--level",
            "forecast-areas",
        ],
    );
    check_svg(&svg, 58);

    // A bad boundary file changes nothing, and the message names the feature.
    let bad = dir.path().join("bad.geojson");
    std::fs::write(
        &bad,
        r#"{"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"id":"0101"},"geometry":{"type":"Polygon","coordinates":[[[13.3,52.5],[13.4,52.5],[13.4,52.6],[13.3,52.5]]]}},
 {"type":"Feature","properties":{"name":"no id"},"geometry":{"type":"Polygon","coordinates":[[[13.3,52.5],[13.4,52.5],[13.4,52.6],[13.3,52.5]]]}}]}"#,
    )
    .unwrap();
    let before = db_bytes(&db);
    let out = run(
        &db,
        &[
            "import-boundaries",
            bad.to_str().unwrap(),
            "--city",
            "Berlin",
            "--scheme",
            "PRG",
        ],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("feature 2"), "{err}");
    assert_eq!(db_bytes(&db), before, "a bad file changed the store");
    let svg = ok(
        &db,
        &[
            "map",
            "Berlin",
            "--variable",
            "foreign_share",
            "--level",
            "forecast-areas",
        ],
    );
    check_svg(&svg, 58);
}

/// Parses the SVG as XML (well-formed, one root `svg` with `<title>` and `<desc>`) and
/// counts its area paths.
fn check_svg(svg: &str, areas: usize) {
    let mut stack: Vec<String> = Vec::new();
    let mut paths = 0;
    let (mut title, mut desc) = (false, false);
    let mut rest = svg;
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        assert!(!text.contains('>'), "stray '>' in text");
        let end = rest[start..].find('>').expect("unclosed tag") + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name.trim()),
                "mismatched </{name}>"
            );
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '/')
            .collect();
        assert!(
            tag.matches('"').count().is_multiple_of(2),
            "unbalanced quotes in <{name}>"
        );
        if name == "path" {
            paths += 1;
        }
        if stack.len() == 1 && name == "title" {
            title = true;
        }
        if stack.len() == 1 && name == "desc" {
            desc = true;
        }
        if stack.is_empty() {
            assert_eq!(name, "svg", "root element");
        }
        if !tag.ends_with('/') {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "unclosed elements {stack:?}");
    assert!(rest.trim().is_empty());
    assert!(title && desc, "root <title> and <desc>");
    assert_eq!(paths, areas);
}
