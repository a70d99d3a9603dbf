//! GeoJSON reader (RFC 7946): a FeatureCollection (or a single Feature) of Polygon and
//! MultiPolygon geometries; properties become attribute columns (union of all keys, in order of
//! first appearance). Features with a null geometry become empty areas.

use std::path::Path;

use serde_json::Value;

use crate::error::SpatialError;
use crate::geometry::{MultiPolygon, Point, Polygon, Ring};
use crate::layer::{AttributeValue, Layer};

/// Reads a GeoJSON file.
pub fn read_geojson(path: impl AsRef<Path>) -> Result<Layer, SpatialError> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|source| SpatialError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_geojson(&text, &path.display().to_string())
}

/// Parses GeoJSON text; `file` names the source in errors.
pub fn parse_geojson(text: &str, file: &str) -> Result<Layer, SpatialError> {
    let err = |feature: usize, expected: &str, found: String| SpatialError::GeoJson {
        file: file.to_string(),
        feature,
        expected: expected.to_string(),
        found,
    };
    let doc: Value = serde_json::from_str(text).map_err(|e| err(0, "valid JSON", e.to_string()))?;
    let features: Vec<&Value> = match doc.get("type").and_then(Value::as_str) {
        Some("FeatureCollection") => doc
            .get("features")
            .and_then(Value::as_array)
            .ok_or_else(|| err(0, "a \"features\" array", "none".into()))?
            .iter()
            .collect(),
        Some("Feature") => vec![&doc],
        other => {
            return Err(err(
                0,
                "a FeatureCollection or a Feature",
                format!("type {other:?}"),
            ));
        }
    };
    let mut layer = Layer {
        source: file.to_string(),
        ..Layer::default()
    };
    let mut props: Vec<Vec<(String, AttributeValue)>> = Vec::with_capacity(features.len());
    for (i, f) in features.iter().enumerate() {
        let n = i + 1;
        let geom = match f.get("geometry") {
            None | Some(Value::Null) => MultiPolygon::default(),
            Some(g) => parse_geometry(g).map_err(|(expected, found)| err(n, &expected, found))?,
        };
        layer.areas.push(geom);
        let mut row = Vec::new();
        if let Some(Value::Object(map)) = f.get("properties") {
            for (k, v) in map {
                if !layer.columns.iter().any(|c| c == k) {
                    layer.columns.push(k.clone());
                }
                let value = match v {
                    Value::Null => AttributeValue::Null,
                    Value::Bool(b) => AttributeValue::Bool(*b),
                    Value::Number(x) => x
                        .as_f64()
                        .map_or(AttributeValue::Null, AttributeValue::Number),
                    Value::String(s) => AttributeValue::Text(s.clone()),
                    other => AttributeValue::Text(other.to_string()),
                };
                row.push((k.clone(), value));
            }
        }
        props.push(row);
    }
    layer.rows = props
        .into_iter()
        .map(|row| {
            layer
                .columns
                .iter()
                .map(|c| {
                    row.iter()
                        .find(|(k, _)| k == c)
                        .map_or(AttributeValue::Null, |(_, v)| v.clone())
                })
                .collect()
        })
        .collect();
    Ok(layer)
}

fn parse_geometry(g: &Value) -> Result<MultiPolygon, (String, String)> {
    let kind = g.get("type").and_then(Value::as_str).unwrap_or("");
    let coords = g.get("coordinates");
    match (kind, coords) {
        ("Polygon", Some(c)) => Ok(MultiPolygon::new(vec![parse_polygon(c)?])),
        ("MultiPolygon", Some(Value::Array(polys))) => Ok(MultiPolygon::new(
            polys.iter().map(parse_polygon).collect::<Result<_, _>>()?,
        )),
        _ => Err((
            "a Polygon or MultiPolygon geometry with coordinates".to_string(),
            format!("type {kind:?}"),
        )),
    }
}

fn parse_polygon(c: &Value) -> Result<Polygon, (String, String)> {
    let rings = c
        .as_array()
        .ok_or_else(|| ("an array of rings".to_string(), c.to_string()))?;
    let mut parsed = rings.iter().map(parse_ring);
    let exterior = parsed
        .next()
        .ok_or_else(|| ("at least one ring".to_string(), "none".to_string()))??;
    let holes = parsed.collect::<Result<Vec<_>, _>>()?;
    Ok(Polygon::new(exterior, holes))
}

fn parse_ring(r: &Value) -> Result<Ring, (String, String)> {
    let pts = r
        .as_array()
        .ok_or_else(|| ("an array of positions".to_string(), r.to_string()))?;
    let points = pts
        .iter()
        .map(|p| match p.as_array().map(|a| a.as_slice()) {
            Some([x, y, ..]) => match (x.as_f64(), y.as_f64()) {
                (Some(x), Some(y)) => Ok(Point::new(x, y)),
                _ => Err(("a numeric position".to_string(), p.to_string())),
            },
            _ => Err(("a position [x, y]".to_string(), p.to_string())),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Ring::new(points))
}
