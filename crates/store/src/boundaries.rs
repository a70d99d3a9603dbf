//! Boundaries: the geometry of a city's small areas, kept beside their statistics.
//!
//! A boundary set is all areas of one scheme of one city (`DE001C` + `PLR`: Berlin's
//! planning areas); each area is keyed by the geography code its observations use
//! (`DE001C:PLR:01011101`). Geometries are stored as GeoJSON geometry text, exactly as the
//! caller hands them over, and returned the same way: the store never parses or measures
//! them (that is the `spatial` crate's job).
//!
//! A boundary import is atomic like a data import: one transaction writes the provenance
//! row in `imports`, replaces the whole set and adds missing geographies, or nothing at all.

use crate::{Result, Store};
use model::{Geography, Provenance};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use std::collections::HashMap;

/// A stored boundary set with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BoundarySet {
    pub city: String,
    pub scheme: String,
    /// What the areas are, for people ("Berlin planning areas (LOR 2006)").
    pub label: String,
    /// Coordinate reference system of the coordinates, as the file stated it.
    pub crs: String,
    pub areas: u64,
    pub import_id: i64,
    pub file_name: String,
    pub source: String,
    pub licence: String,
    pub imported_at: String,
}

/// What a new boundary set is, given with its areas to [`Store::import_boundaries`].
#[derive(Debug, Clone, Copy)]
pub struct NewBoundarySet<'a> {
    pub city: &'a str,
    pub scheme: &'a str,
    pub label: &'a str,
    pub crs: &'a str,
}

/// One area's boundary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BoundaryArea {
    /// Geography code, `CITY:SCHEME:id`.
    pub geo: String,
    /// The area's name in the boundary file, if it had one.
    pub name: Option<String>,
    /// A GeoJSON geometry object (Polygon or MultiPolygon) in the set's CRS.
    pub geometry: String,
}

/// What a boundary import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct BoundaryCounts {
    /// Areas new to the set.
    pub inserted: u64,
    /// Areas whose geometry or name changed.
    pub replaced: u64,
    /// Areas stored before with the same geometry and name.
    pub unchanged: u64,
    /// Areas of the earlier set that the new file no longer has.
    pub removed: u64,
}

const SELECT_SET: &str = "SELECT b.city, b.scheme, b.label, b.crs,
        (SELECT count(*) FROM boundaries a WHERE a.city = b.city AND a.scheme = b.scheme),
        b.import_id, i.file_name, i.source, i.licence, i.imported_at
   FROM boundary_sets b JOIN imports i ON i.id = b.import_id";

fn row_to_set(r: &rusqlite::Row<'_>) -> rusqlite::Result<BoundarySet> {
    Ok(BoundarySet {
        city: r.get(0)?,
        scheme: r.get(1)?,
        label: r.get(2)?,
        crs: r.get(3)?,
        areas: r.get::<_, i64>(4)? as u64,
        import_id: r.get(5)?,
        file_name: r.get(6)?,
        source: r.get(7)?,
        licence: r.get(8)?,
        imported_at: r.get(9)?,
    })
}

impl Store {
    /// Replaces the boundary set (`set.city`, `set.scheme`) by `areas` in one transaction,
    /// recording the import (file, checksum, source, licence) in `imports` and adding the
    /// `geographies` the store does not know yet (known ones are left as they are). Any
    /// error — e.g. the same code twice — rolls everything back. Returns the import id and
    /// what changed.
    pub fn import_boundaries(
        &mut self,
        provenance: &Provenance,
        set: NewBoundarySet<'_>,
        areas: &[BoundaryArea],
        geographies: &[Geography],
        report_json: &str,
    ) -> Result<(i64, BoundaryCounts)> {
        let path = self.path.clone();
        let wrap = crate::sqlite_err(&path);
        let (tx, import_id) = self.open_import(provenance)?;

        let mut before: HashMap<String, (Option<String>, String)> = HashMap::new();
        {
            let mut stmt = tx
                .prepare(
                    "SELECT geo, name, geometry FROM boundaries WHERE city = ?1 AND scheme = ?2",
                )
                .map_err(wrap)?;
            let rows = stmt
                .query_map(params![set.city, set.scheme], |r| {
                    Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?)))
                })
                .map_err(wrap)?;
            for row in rows {
                let (geo, v) = row.map_err(wrap)?;
                before.insert(geo, v);
            }
        }
        tx.execute(
            "DELETE FROM boundaries WHERE city = ?1 AND scheme = ?2",
            params![set.city, set.scheme],
        )
        .map_err(wrap)?;
        tx.execute(
            "INSERT INTO boundary_sets (city, scheme, label, crs, import_id) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (city, scheme) DO UPDATE SET
               label = excluded.label, crs = excluded.crs, import_id = excluded.import_id",
            params![set.city, set.scheme, set.label, set.crs, import_id],
        )
        .map_err(wrap)?;
        let mut counts = BoundaryCounts::default();
        {
            let mut geo_stmt = tx
                .prepare(
                    "INSERT INTO geographies (code, name, name_folded, level, country, parent)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (code) DO NOTHING",
                )
                .map_err(wrap)?;
            for g in geographies {
                geo_stmt
                    .execute(params![
                        g.code.as_str(),
                        g.name,
                        model::names::fold(&g.name),
                        g.level.as_str(),
                        g.country.as_ref().map(|c| c.as_str()),
                        g.parent.as_ref().map(|c| c.as_str()),
                    ])
                    .map_err(wrap)?;
            }
            let mut stmt = tx
                .prepare(
                    "INSERT INTO boundaries (geo, city, scheme, name, geometry, import_id)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )
                .map_err(wrap)?;
            for a in areas {
                stmt.execute(params![
                    a.geo, set.city, set.scheme, a.name, a.geometry, import_id
                ])
                .map_err(wrap)?;
                match before.remove(&a.geo) {
                    None => counts.inserted += 1,
                    Some((name, geometry)) if name == a.name && geometry == a.geometry => {
                        counts.unchanged += 1
                    }
                    Some(_) => counts.replaced += 1,
                }
            }
        }
        counts.removed = before.len() as u64;
        tx.execute(
            "UPDATE imports SET rows_read = ?2, inserted = ?3, replaced = ?4, unchanged = ?5,
                                report = ?6 WHERE id = ?1",
            params![
                import_id,
                areas.len() as i64,
                counts.inserted as i64,
                counts.replaced as i64,
                counts.unchanged as i64,
                report_json
            ],
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        Ok((import_id, counts))
    }

    /// The boundary sets in the store, of one city or of all, ordered by city and scheme.
    pub fn boundary_sets(&self, city: Option<&str>) -> Result<Vec<BoundarySet>> {
        let mut stmt = self
            .conn()
            .prepare(&format!(
                "{SELECT_SET} WHERE ?1 IS NULL OR b.city = ?1 ORDER BY b.city, b.scheme"
            ))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([city], row_to_set)
            .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// One boundary set, if stored.
    pub fn boundary_set(&self, city: &str, scheme: &str) -> Result<Option<BoundarySet>> {
        self.conn()
            .query_row(
                &format!("{SELECT_SET} WHERE b.city = ?1 AND b.scheme = ?2"),
                [city, scheme],
                row_to_set,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// The areas of a boundary set, ordered by code (empty when there is no such set).
    pub fn boundaries(&self, city: &str, scheme: &str) -> Result<Vec<BoundaryArea>> {
        let mut stmt = self
            .conn()
            .prepare(
                "SELECT geo, name, geometry FROM boundaries
                 WHERE city = ?1 AND scheme = ?2 ORDER BY geo",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([city, scheme], |r| {
                Ok(BoundaryArea {
                    geo: r.get(0)?,
                    name: r.get(1)?,
                    geometry: r.get(2)?,
                })
            })
            .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::GeoCode;

    fn provenance(sha: &str) -> Provenance {
        Provenance {
            file_name: "areas.geojson".into(),
            sha256: sha.into(),
            format: "geojson".into(),
            source: "City of Testville".into(),
            licence: "CC BY 4.0".into(),
        }
    }

    fn area(id: &str, geometry: &str) -> BoundaryArea {
        BoundaryArea {
            geo: format!("XX001C:DIS:{id}"),
            name: Some(format!("District {id}")),
            geometry: geometry.into(),
        }
    }

    const SET: NewBoundarySet<'static> = NewBoundarySet {
        city: "XX001C",
        scheme: "DIS",
        label: "Testville districts",
        crs: "EPSG:4326",
    };
    const SQUARE: &str = r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}"#;
    const OTHER: &str = r#"{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}"#;

    #[test]
    fn stores_returns_and_replaces_a_set_with_provenance() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("s.db")).unwrap();
        let geos = vec![Geography::from_code(
            GeoCode::new("XX001C:DIS:01"),
            "District 01",
        )];
        let (id, counts) = store
            .import_boundaries(
                &provenance("a"),
                SET,
                &[area("01", SQUARE), area("02", OTHER)],
                &geos,
                "{}",
            )
            .unwrap();
        assert_eq!(counts.inserted, 2);
        let sets = store.boundary_sets(Some("XX001C")).unwrap();
        assert_eq!(sets.len(), 1);
        assert_eq!(sets[0].areas, 2);
        assert_eq!(sets[0].import_id, id);
        assert_eq!(sets[0].source, "City of Testville");
        assert_eq!(sets[0].crs, "EPSG:4326");
        let areas = store.boundaries("XX001C", "DIS").unwrap();
        assert_eq!(areas[0].geometry, SQUARE);
        assert_eq!(areas[1].name.as_deref(), Some("District 02"));
        assert!(store.geography("XX001C:DIS:01").unwrap().is_some());
        let imports = store.imports().unwrap();
        assert_eq!(imports.len(), 1);
        assert_eq!(imports[0].rows_read, 2);
        assert_eq!(imports[0].format, "geojson");

        // A new version: one area changed, one gone, one new.
        let (_, counts) = store
            .import_boundaries(
                &provenance("b"),
                SET,
                &[area("01", OTHER), area("03", SQUARE)],
                &[],
                "{}",
            )
            .unwrap();
        assert_eq!(
            counts,
            BoundaryCounts {
                inserted: 1,
                replaced: 1,
                unchanged: 0,
                removed: 1
            }
        );
        let codes: Vec<String> = store
            .boundaries("XX001C", "DIS")
            .unwrap()
            .into_iter()
            .map(|a| a.geo)
            .collect();
        assert_eq!(codes, ["XX001C:DIS:01", "XX001C:DIS:03"]);
        assert!(store.boundaries("XX001C", "PLR").unwrap().is_empty());
        assert!(store.boundary_set("XX001C", "PLR").unwrap().is_none());
    }

    #[test]
    fn a_failing_import_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("s.db")).unwrap();
        store
            .import_boundaries(&provenance("a"), SET, &[area("01", SQUARE)], &[], "{}")
            .unwrap();
        // The same code twice violates the key: the whole import rolls back.
        let err = store.import_boundaries(
            &provenance("b"),
            SET,
            &[area("05", SQUARE), area("05", OTHER)],
            &[],
            "{}",
        );
        assert!(err.is_err());
        assert_eq!(store.imports().unwrap().len(), 1);
        let areas = store.boundaries("XX001C", "DIS").unwrap();
        assert_eq!(areas.len(), 1);
        assert_eq!(areas[0].geo, "XX001C:DIS:01");
    }
}
