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
