//! Geographies: places and the hierarchy between them.

use crate::{Result, Store};
use model::{GeoCode, GeoLevel, Geography};
use rusqlite::OptionalExtension;

fn row_to_geography(r: &rusqlite::Row<'_>) -> rusqlite::Result<Geography> {
    let level: String = r.get(2)?;
    Ok(Geography {
        code: GeoCode::new(r.get::<_, String>(0)?),
        name: r.get(1)?,
        level: GeoLevel::parse(&level).unwrap_or(GeoLevel::Aggregate),
        country: r.get::<_, Option<String>>(3)?.map(GeoCode::new),
        parent: r.get::<_, Option<String>>(4)?.map(GeoCode::new),
    })
}

impl Store {
    /// Adds a place the bundled files do not bring (a town outside the Urban Audit). It
    /// is recorded as an import of its own (format `place`, source "added by …"), so that
    /// it has provenance and the pages cached before it are rebuilt, and audited, all in
    /// one transaction. A code the store knows is refused: a place's name and parent are
    /// its source's, not overwritten by hand.
    pub fn add_place(&mut self, actor: &str, g: &Geography) -> Result<()> {
        if let Some(old) = self.geography(g.code.as_str())? {
            return Err(crate::StoreError::Conflict(format!(
                "the store already has {}",
                old.describe()
            )));
        }
        let record = serde_json::json!({
            "code": g.code,
            "name": g.name,
            "level": g.level.as_str(),
            "country": g.country,
            "parent": g.parent,
        })
        .to_string();
        let provenance = model::Provenance {
            file_name: format!("place {}", g.code),
            sha256: model::checksum::sha256_hex(record.as_bytes()),
            format: "place".into(),
            source: format!("added by {actor}"),
            licence: String::new(),
        };
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let (tx, _) = self.open_import(&provenance)?;
        tx.execute(
            "INSERT INTO geographies (code, name, name_folded, level, country, parent)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            rusqlite::params![
                g.code.as_str(),
                g.name,
                model::names::fold(&g.name),
                g.level.as_str(),
                g.country.as_ref().map(GeoCode::as_str),
                g.parent.as_ref().map(GeoCode::as_str),
            ],
        )
        .map_err(wrap)?;
        crate::audit::record(
            &tx,
            actor,
            "place.add",
            &format!("place:{}", g.code),
            None,
            Some(&record),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        Ok(())
    }

    pub fn geography(&self, code: &str) -> Result<Option<Geography>> {
        self.conn()
            .query_row(
                "SELECT code, name, level, country, parent FROM geographies WHERE code = ?1",
                [code],
                row_to_geography,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Geographies, optionally of one level and/or one country, ordered by code.
    pub fn geographies(
        &self,
        level: Option<GeoLevel>,
        country: Option<&str>,
    ) -> Result<Vec<Geography>> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT code, name, level, country, parent FROM geographies
                 WHERE (?1 IS NULL OR level = ?1) AND (?2 IS NULL OR country = ?2)
                 ORDER BY code",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(
                rusqlite::params![level.map(|l| l.as_str()), country],
                row_to_geography,
            )
            .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// The areas inside a geography (a city's districts and neighbourhoods).
    pub fn children(&self, parent: &str) -> Result<Vec<Geography>> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT code, name, level, country, parent FROM geographies
                 WHERE parent = ?1 ORDER BY code",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([parent], row_to_geography)
            .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }
}
