//! Series and their values: listing, filtering, streaming for export.

use crate::{Result, Store};
use model::{Flags, GeoCode, Observation, Period, PopulationGroup};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatasetSummary {
    pub dataset: String,
    pub series: u64,
    pub observations: u64,
    pub geographies: u64,
    pub first_period: String,
    pub last_period: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VariableSummary {
    pub dataset: String,
    pub variable: String,
    pub unit: Option<String>,
    pub series: u64,
    pub observations: u64,
}

/// Which observations to read. Empty fields match everything.
#[derive(Debug, Clone, Default)]
pub struct SeriesFilter {
    pub geo: Option<String>,
    pub dataset: Option<String>,
    pub variable: Option<String>,
    pub period: Option<String>,
    /// Only the latest period of each series.
    pub latest_only: bool,
}

/// One kind of count a city's small areas hold ([`Store::small_area_series`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmallAreaSeries {
    pub dataset: String,
    pub variable: String,
    /// The area scheme of the geography codes (`PLR`, `ZBZ`, `DIS`).
    pub scheme: String,
    /// The stored group key (`citizen=FOR;sex=M`; empty for everybody).
    pub group: String,
    /// The periods with values, as stored (`2020-S2`), ascending as text.
    pub periods: Vec<String>,
    /// Whether any value is below zero: a net flow, not a count of people.
    pub negative: bool,
    /// The most areas with a value in one period.
    pub areas: usize,
}

/// One stored value with the name of its place.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObservationRow {
    pub geo_name: String,
    /// The source of the import that wrote this value (for attribution).
    pub source: String,
    pub observation: Observation,
}

const SELECT_OBS: &str =
    "SELECT s.dataset, s.variable, s.geo, s.grp, s.breakdown, o.period, o.value,
        s.unit, o.flags, coalesce(g.name, s.geo), i.source
   FROM observations o JOIN series s ON s.id = o.series
   JOIN imports i ON i.id = o.import_id
   LEFT JOIN geographies g ON g.code = s.geo";

fn row_to_obs(r: &rusqlite::Row<'_>) -> rusqlite::Result<ObservationRow> {
    let bad = |i: usize, msg: String| {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            Box::<dyn std::error::Error + Send + Sync>::from(msg),
        )
    };
    let grp: String = r.get(3)?;
    let breakdown: String = r.get(4)?;
    let period: String = r.get(5)?;
    let flags: String = r.get(8)?;
    Ok(ObservationRow {
        observation: Observation {
            dataset: r.get(0)?,
            variable: r.get(1)?,
            geo: GeoCode::new(r.get::<_, String>(2)?),
            group: PopulationGroup::parse_key(&grp).map_err(|e| bad(3, e.to_string()))?,
            breakdown: model::observation::parse_breakdown_key(&breakdown)
                .ok_or_else(|| bad(4, format!("bad breakdown '{breakdown}'")))?,
            period: Period::parse(&period).map_err(|e| bad(5, e.to_string()))?,
            value: r.get(6)?,
            unit: Some(r.get::<_, String>(7)?).filter(|u| !u.is_empty()),
            flags: Flags::parse(&flags).map_err(|e| bad(8, e.to_string()))?,
        },
        geo_name: r.get(9)?,
        source: r.get(10)?,
    })
}

impl Store {
    pub fn count_observations(&self) -> Result<u64> {
        self.conn()
            .query_row("SELECT count(*) FROM observations", [], |r| {
                r.get::<_, i64>(0)
            })
            .map(|n| n as u64)
            .map_err(|e| self.err(e))
    }

    /// The ids of the datasets with at least one series (cheap: no value is read).
    pub fn dataset_names(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT DISTINCT dataset FROM series ORDER BY dataset")
            .map_err(|e| self.err(e))?;
        stmt.query_map([], |r| r.get(0))
            .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))
    }

    pub fn datasets(&self) -> Result<Vec<DatasetSummary>> {
        let mut stmt = self
            .conn()
            .prepare(
                "SELECT s.dataset, count(DISTINCT s.id), count(*), count(DISTINCT s.geo),
                        min(o.period), max(o.period)
                   FROM observations o JOIN series s ON s.id = o.series
                  GROUP BY s.dataset ORDER BY s.dataset",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(DatasetSummary {
                    dataset: r.get(0)?,
                    series: r.get::<_, i64>(1)? as u64,
                    observations: r.get::<_, i64>(2)? as u64,
                    geographies: r.get::<_, i64>(3)? as u64,
                    first_period: r.get(4)?,
                    last_period: r.get(5)?,
                })
            })
            .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    pub fn variables(&self, dataset: Option<&str>) -> Result<Vec<VariableSummary>> {
        let mut stmt = self
            .conn()
            .prepare(
                "SELECT s.dataset, s.variable, nullif(max(s.unit), ''), count(DISTINCT s.id), count(*)
                   FROM observations o JOIN series s ON s.id = o.series
                  WHERE ?1 IS NULL OR s.dataset = ?1
                  GROUP BY s.dataset, s.variable ORDER BY s.dataset, s.variable",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([dataset], |r| {
                Ok(VariableSummary {
                    dataset: r.get(0)?,
                    variable: r.get(1)?,
                    unit: r.get(2)?,
                    series: r.get::<_, i64>(3)? as u64,
                    observations: r.get::<_, i64>(4)? as u64,
                })
            })
            .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        Ok(rows)
    }

    /// Observations matching `filter`, in a stable order (dataset, variable, place,
    /// group, breakdown, period).
    pub fn observations(&self, filter: &SeriesFilter) -> Result<Vec<ObservationRow>> {
        let mut out = Vec::new();
        self.for_each_observation(filter, |row| {
            out.push(row);
            Ok(())
        })?;
        Ok(out)
    }

    /// What a city's small areas hold (geographies `CITY:SCHEME:id`): one row per dataset,
    /// variable, area scheme and group, with the periods it has values for — what a page
    /// offers to choose from before it reads any counts. Values with a further breakdown
    /// are left out, as the neighbourhood figures leave them out.
    pub fn small_area_series(&self, city: &str) -> Result<Vec<SmallAreaSeries>> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "WITH a AS (
                   SELECT s.id, s.dataset, s.variable, s.grp, substr(s.geo, length(?1) + 2) AS rest
                     FROM series s
                    WHERE s.geo >= ?1 || ':' AND s.geo < ?1 || ';' AND s.breakdown = '')
                 SELECT a.dataset, a.variable,
                        CASE WHEN instr(a.rest, ':') > 0 THEN substr(a.rest, 1, instr(a.rest, ':') - 1)
                             ELSE a.rest END AS scheme,
                        a.grp, o.period, min(o.value), count(*)
                   FROM a JOIN observations o ON o.series = a.id
                  GROUP BY 1, 2, 3, 4, 5
                  ORDER BY 1, 2, 3, 4, 5",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([city], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, f64>(5)?,
                    r.get::<_, i64>(6)?,
                ))
            })
            .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
            .map_err(|e| self.err(e))?;
        let mut out: Vec<SmallAreaSeries> = Vec::new();
        for (dataset, variable, scheme, group, period, min, areas) in rows {
            let areas = usize::try_from(areas).unwrap_or(0);
            match out.last_mut() {
                Some(last)
                    if last.dataset == dataset
                        && last.variable == variable
                        && last.scheme == scheme
                        && last.group == group =>
                {
                    last.periods.push(period);
                    last.negative |= min < 0.0;
                    last.areas = last.areas.max(areas);
                }
                _ => out.push(SmallAreaSeries {
                    dataset,
                    variable,
                    scheme,
                    group,
                    periods: vec![period],
                    negative: min < 0.0,
                    areas,
                }),
            }
        }
        Ok(out)
    }

    /// Whether any observation matches `filter` (an export of nothing is a mistake).
    pub fn has_observations(&self, filter: &SeriesFilter) -> Result<bool> {
        let (cond, latest) = filter_sql(filter);
        let sql = format!(
            "SELECT EXISTS (SELECT 1 FROM observations o JOIN series s ON s.id = o.series
              WHERE {cond}{latest})"
        );
        self.conn()
            .query_row(
                &sql,
                rusqlite::params![filter.geo, filter.dataset, filter.variable, filter.period],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))
    }

    /// Streams observations to `f` without holding them all in memory (exports).
    pub fn for_each_observation(
        &self,
        filter: &SeriesFilter,
        mut f: impl FnMut(ObservationRow) -> std::result::Result<(), String>,
    ) -> Result<()> {
        let (cond, latest) = filter_sql(filter);
        let sql = format!(
            "{SELECT_OBS}
             WHERE {cond}{latest}
             ORDER BY s.dataset, s.variable, s.geo, s.grp, s.breakdown, s.unit, o.period"
        );
        let mut stmt = self.conn().prepare(&sql).map_err(|e| self.err(e))?;
        let mut rows = stmt
            .query(rusqlite::params![
                filter.geo,
                filter.dataset,
                filter.variable,
                filter.period
            ])
            .map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let row = row_to_obs(r).map_err(|e| self.err(e))?;
            f(row).map_err(|m| {
                self.err(rusqlite::Error::ToSqlConversionFailure(Box::<
                    dyn std::error::Error + Send + Sync,
                >::from(
                    m
                )))
            })?;
        }
        Ok(())
    }
}

/// The WHERE conditions of a filter (parameters ?1 geo, ?2 dataset, ?3 variable, ?4
/// period) and the latest-period condition.
fn filter_sql(filter: &SeriesFilter) -> (String, &'static str) {
    let latest = if filter.latest_only {
        " AND o.period = (SELECT max(period) FROM observations o2 WHERE o2.series = o.series)"
    } else {
        ""
    };
    // Only the conditions that are given: `?1 IS NULL OR s.geo = ?1` would keep SQLite
    // from using the series indexes and scan every value (a second on the bundle).
    let mut cond = String::from("TRUE");
    for (i, (given, col)) in [
        (filter.geo.is_some(), "s.geo"),
        (filter.dataset.is_some(), "s.dataset"),
        (filter.variable.is_some(), "s.variable"),
        (filter.period.is_some(), "o.period"),
    ]
    .into_iter()
    .enumerate()
    {
        if given {
            cond.push_str(&format!(" AND {col} = ?{}", i + 1));
        } else {
            cond.push_str(&format!(" AND ?{} IS NULL", i + 1));
        }
    }
    (cond, latest)
}
