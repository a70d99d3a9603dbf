//! The boundaries of a city's area set, read back from the store, and their projection into
//! kilometres for the spatial indices.

use crate::{NeighbourhoodError, Result};
use spatial::{MultiPolygon, Point, Polygon, Ring};
use std::collections::HashMap;
use store::Store;

/// The boundaries of one area set.
#[derive(Debug, Clone)]
pub struct Boundaries {
    pub set: store::boundaries::BoundarySet,
    /// Area codes in the store's order (the order the web lists them in).
    order: Vec<String>,
    /// Geography code → (name in the boundary file, geometry in the stored CRS).
    by_code: HashMap<String, (Option<String>, MultiPolygon)>,
    /// Whether the stored coordinates are longitude/latitude in degrees.
    pub geographic: bool,
}

impl Boundaries {
    /// Reads the set of (`city`, `scheme`) from the store; `None` when there is none.
    pub fn load(store: &Store, city: &str, scheme: &str) -> Result<Option<Boundaries>> {
        let Some(set) = store.boundary_set(city, scheme)? else {
            return Ok(None);
        };
        let areas = store.boundaries(city, scheme)?;
        // One FeatureCollection for the spatial crate's reader: one pass for the set.
        let mut features = Vec::with_capacity(areas.len());
        for a in &areas {
            let geometry: serde_json::Value = serde_json::from_str(&a.geometry).map_err(|e| {
                NeighbourhoodError::StoredGeometry {
                    geo: a.geo.clone(),
                    reason: e.to_string(),
                }
            })?;
            features.push(spatial::feature(serde_json::Map::new(), geometry));
        }
        let layer = spatial::parse_geojson_value(
            &spatial::feature_collection(features),
            &format!("stored boundaries {city} {scheme}"),
        )?;
        let bbox = layer
            .areas
            .iter()
            .filter_map(MultiPolygon::bbox)
            .reduce(spatial::BoundingBox::union);
        // A set without a stated CRS whose extent fits in degrees is taken as lon/lat.
        let geographic = crs_is_geographic(&set.crs)
            || (set.crs.is_empty()
                && bbox.is_some_and(|b| {
                    b.min_x >= -180.0 && b.max_x <= 180.0 && b.min_y >= -90.0 && b.max_y <= 90.0
                }));
        let order = areas.iter().map(|a| a.geo.clone()).collect();
        let by_code = areas
            .into_iter()
            .zip(layer.areas)
            .map(|(a, g)| (a.geo, (a.name, g)))
            .collect();
        Ok(Some(Boundaries {
            set,
            order,
            by_code,
            geographic,
        }))
    }

    /// The codes of the areas, sorted.
    pub fn codes(&self) -> Vec<String> {
        let mut c: Vec<String> = self.by_code.keys().cloned().collect();
        c.sort();
        c
    }

    /// The codes of the areas in the order the store keeps them.
    pub fn stored_order(&self) -> &[String] {
        &self.order
    }

    /// The name of an area in the boundary file, if it had one.
    pub fn name(&self, code: &str) -> Option<&str> {
        self.by_code.get(code).and_then(|(n, _)| n.as_deref())
    }

    /// The geometry of an area as stored.
    pub fn geometry(&self, code: &str) -> Option<&MultiPolygon> {
        self.by_code.get(code).map(|(_, g)| g)
    }

    /// How the coordinates are turned into kilometres (for notes and SVG descriptions).
    pub fn units_note(&self) -> &'static str {
        if self.geographic {
            "longitude/latitude projected with a local equirectangular projection (x = R·λ·cos φ₀, y = R·φ, R = 6371 km, φ₀ the middle latitude)"
        } else {
            "projected coordinates taken as metres and divided by 1000"
        }
    }

    /// The geometries of `codes` in kilometres, in that order; `None` for codes without a
    /// boundary. Lengths and areas of the spatial indices are then in km and km².
    pub fn in_km(&self, codes: &[String]) -> Vec<Option<MultiPolygon>> {
        // The middle latitude of the whole set, so that every subset is projected alike.
        let phi0 = {
            let bbox = self
                .by_code
                .values()
                .filter_map(|(_, g)| g.bbox())
                .reduce(spatial::BoundingBox::union);
            bbox.map(|b| (b.min_y + b.max_y) / 2.0).unwrap_or(0.0)
        };
        const R: f64 = 6371.0088;
        let k = phi0.to_radians().cos();
        let geographic = self.geographic;
        let project = |p: &Point| {
            if geographic {
                Point::new(R * p.x.to_radians() * k, R * p.y.to_radians())
            } else {
                Point::new(p.x / 1000.0, p.y / 1000.0)
            }
        };
        let ring = |r: &Ring| Ring::new(r.points().iter().map(project).collect());
        codes
            .iter()
            .map(|c| {
                self.geometry(c).map(|g| {
                    MultiPolygon::new(
                        g.polygons
                            .iter()
                            .map(|p| {
                                Polygon::new(ring(&p.exterior), p.holes.iter().map(ring).collect())
                            })
                            .collect(),
                    )
                })
            })
            .collect()
    }
}

/// Whether a CRS text names longitude/latitude in degrees (WGS 84, CRS84, ETRS89 …).
pub fn crs_is_geographic(crs: &str) -> bool {
    let c = crs.to_ascii_uppercase();
    c.contains("CRS84")
        || c.ends_with("EPSG:4326")
        || c.ends_with("EPSG::4326")
        || c.ends_with("EPSG::4258")
        || (c.starts_with("GEOGCS") && !c.contains("PROJCS"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geographic_crs_names() {
        assert!(crs_is_geographic("urn:ogc:def:crs:OGC:1.3:CRS84"));
        assert!(crs_is_geographic("urn:ogc:def:crs:EPSG::4326"));
        assert!(!crs_is_geographic("urn:ogc:def:crs:EPSG::25833"));
    }
}
