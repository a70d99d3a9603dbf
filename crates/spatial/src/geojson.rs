//! GeoJSON (RFC 7946), read and written in one place.
//!
//! Reading: a FeatureCollection (or a single Feature) of Polygon and MultiPolygon
//! geometries; properties become attribute columns (union of all keys, in order of first
//! appearance). Features with a null geometry become empty areas.
//!
//! Writing: features and collections are built as `serde_json` values, never by pasting
//! strings, so that names and properties are always escaped and the output always parses.

use std::path::Path;

use serde_json::{Map, Value, json};

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
    let doc: Value = serde_json::from_str(text).map_err(|e| SpatialError::GeoJson {
        file: file.to_string(),
        feature: 0,
        expected: "valid JSON".to_string(),
        found: e.to_string(),
    })?;
    parse_geojson_value(&doc, file)
}

/// Reads a GeoJSON document already parsed (or built) as a JSON value; `file` names the
/// source in errors.
pub fn parse_geojson_value(doc: &Value, file: &str) -> Result<Layer, SpatialError> {
    let err = |feature: usize, expected: &str, found: String| SpatialError::GeoJson {
        file: file.to_string(),
        feature,
        expected: expected.to_string(),
        found,
    };
    let features: Vec<&Value> = match doc.get("type").and_then(Value::as_str) {
        Some("FeatureCollection") => doc
            .get("features")
            .and_then(Value::as_array)
            .ok_or_else(|| err(0, "a \"features\" array", "none".into()))?
            .iter()
            .collect(),
        Some("Feature") => vec![doc],
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

/// A Feature with `properties` and `geometry` (a geometry object, or `Value::Null`).
pub fn feature(properties: Map<String, Value>, geometry: Value) -> Value {
    json!({"type": "Feature", "properties": properties, "geometry": geometry})
}

/// A FeatureCollection of `features`.
pub fn feature_collection(features: impl IntoIterator<Item = Value>) -> Value {
    json!({"type": "FeatureCollection", "features": features.into_iter().collect::<Vec<_>>()})
}

/// A multipolygon as a GeoJSON MultiPolygon geometry; `None` when a coordinate is not
/// finite (JSON has no NaN or infinity). Coordinates are written as `f64`, so they read
/// back exactly.
pub fn geometry_value(mp: &MultiPolygon) -> Option<Value> {
    let mut polygons = Vec::with_capacity(mp.polygons.len());
    for poly in &mp.polygons {
        let mut rings = Vec::new();
        for ring in poly.rings() {
            let mut points = Vec::with_capacity(ring.points().len());
            for p in ring.points() {
                if !(p.x.is_finite() && p.y.is_finite()) {
                    return None;
                }
                points.push(json!([p.x, p.y]));
            }
            rings.push(Value::Array(points));
        }
        polygons.push(Value::Array(rings));
    }
    Some(json!({"type": "MultiPolygon", "coordinates": polygons}))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_features_read_back_exactly() {
        let square = MultiPolygon::new(vec![Polygon::new(
            Ring::new(vec![
                Point::new(13.338887839617307, 52.505424797029505),
                Point::new(13.3398, 52.5056),
                Point::new(13.34, 52.51),
                Point::new(13.338887839617307, 52.505424797029505),
            ]),
            vec![],
        )]);
        let mut props = Map::new();
        props.insert("name".into(), Value::from("A \"quoted\" & <odd> name"));
        let doc = feature_collection([
            feature(props, geometry_value(&square).unwrap()),
            feature(Map::new(), Value::Null),
        ]);
        // Through text, as a file would carry it.
        let layer = parse_geojson(&doc.to_string(), "t").unwrap();
        assert_eq!(layer.areas[0], square);
        assert!(layer.areas[1].is_empty());
        assert_eq!(
            layer.rows[0][0],
            AttributeValue::Text("A \"quoted\" & <odd> name".into())
        );
        let nan = MultiPolygon::new(vec![Polygon::new(
            Ring::new(vec![Point::new(f64::NAN, 0.0)]),
            vec![],
        )]);
        assert!(geometry_value(&nan).is_none());
    }
}
