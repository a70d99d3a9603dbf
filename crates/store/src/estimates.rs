//! Estimates from microdata: point estimate, standard error, interval, CV, unweighted n,
//! reliability flag, suppression status, catalogue version and method, written in one
//! transaction as **drafts** of the geography they belong to.
//!
//! A draft is not public: only [`Store::publish_estimates`] turns the point estimates into
//! ordinary observations (through the normal import path, so replaced values keep their
//! history) and marks the estimates published. Until then the observations — what the public
//! pages, the API and exports read — hold whatever was published before.
//!
//! A withheld cell is stored without value (`value` NULL) but with its status, so exports can
//! say *why* a figure is missing. Writing a cell again replaces its draft; publishing a cell
//! that is now withheld removes a value published earlier for it (its history keeps it).

use crate::{Result, Store, now_utc};
use model::{Observation, Provenance};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

/// One cell of an indicator as the engine returned it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EstimateRecord {
    /// The observation key and value (`value` is ignored when `withheld`).
    pub observation: Observation,
    pub withheld: bool,
    pub std_error: Option<f64>,
    pub ci_lower: Option<f64>,
    pub ci_upper: Option<f64>,
    pub cv: Option<f64>,
    /// Unweighted n; `None` for confidential cells.
    pub n: Option<u64>,
    /// `u` or empty.
    pub reliability: String,
    /// published, primary, secondary, unreliable, empty.
    pub suppression: String,
    pub suppression_reason: String,
    pub gap: Option<f64>,
    pub gap_std_error: Option<f64>,
    pub gap_kind: String,
    pub catalogue_version: String,
    pub indicator_version: u32,
    pub method: String,
    pub design_note: String,
}

/// A stored estimate, as read back for export.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredEstimate {
    pub dataset: String,
    pub variable: String,
    pub geo: String,
    pub grp: String,
    pub period: String,
    pub value: Option<f64>,
    pub std_error: Option<f64>,
    pub ci_lower: Option<f64>,
    pub ci_upper: Option<f64>,
    pub cv: Option<f64>,
    pub n: Option<u64>,
    pub reliability: String,
    pub suppression: String,
    pub suppression_reason: String,
    pub gap: Option<f64>,
    pub gap_std_error: Option<f64>,
    pub catalogue_version: String,
    pub method: String,
    pub status: String,
}

/// What writing a batch of estimates did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct EstimateCounts {
    /// Cells with a value (publishable once the drafts are published).
    pub published: u64,
    /// Cells withheld (suppressed or unreliable): status only.
    pub withheld: u64,
    pub import_id: i64,
}

/// What publishing the drafts of a dataset did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PublishedEstimates {
    /// Values now in the observations (new or replacing an older one).
    pub values: crate::ImportCounts,
    /// Earlier published values removed because their cell is now withheld.
    pub removed: u64,
    /// Estimates marked published (values and withheld cells).
    pub estimates: u64,
}

impl Store {
    /// Writes all `records` in one transaction, recorded as one import with `provenance`
    /// (format `engine`).
    pub fn write_estimates(
        &mut self,
        provenance: &Provenance,
        records: &[EstimateRecord],
        report_json: &str,
    ) -> Result<EstimateCounts> {
        let conn = self.conn();
        let tx = conn.unchecked_transaction().map_err(|e| self.err(e))?;
        let run = || -> rusqlite::Result<EstimateCounts> {
            tx.execute(
                "INSERT INTO imports (file_name, sha256, format, source, licence, imported_at,
                                      rows_read, observations, inserted, replaced, unchanged,
                                      skipped, report, published)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0, 0, 0, 0, 0, ?7, 0)",
                params![
                    provenance.file_name,
                    provenance.sha256,
                    provenance.format,
                    provenance.source,
                    provenance.licence,
                    now_utc(),
                    report_json
                ],
            )?;
            let import_id = tx.last_insert_rowid();
            let mut counts = EstimateCounts {
                import_id,
                ..Default::default()
            };
            let mut series_stmt = tx.prepare_cached(
                "INSERT INTO series (dataset, variable, geo, grp, breakdown, unit)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (dataset, variable, geo, grp, breakdown, unit)
                 DO UPDATE SET unit = excluded.unit
                 RETURNING id",
            )?;
            let mut est_stmt = tx.prepare_cached(
                "INSERT OR REPLACE INTO estimates
                   (series, period, value, std_error, ci_lower, ci_upper, cv, n, reliability,
                    suppression, suppression_reason, gap, gap_std_error, gap_kind,
                    catalogue_version, indicator_version, method, design_note, status, import_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                         ?17, ?18, 'draft', ?19)",
            )?;
            for r in records {
                let o = &r.observation;
                let unit = o.unit.as_deref().unwrap_or("");
                let series: i64 = series_stmt.query_row(
                    params![
                        o.dataset,
                        o.variable,
                        o.geo.as_str(),
                        o.group.key(),
                        o.breakdown_key(),
                        unit
                    ],
                    |row| row.get(0),
                )?;
                let period = o.period.to_string();
                let value = (!r.withheld).then_some(o.value);
                if r.withheld {
                    counts.withheld += 1;
                } else {
                    counts.published += 1;
                }
                est_stmt.execute(params![
                    series,
                    period,
                    value,
                    r.std_error,
                    r.ci_lower,
                    r.ci_upper,
                    r.cv,
                    r.n.map(|n| n as i64),
                    r.reliability,
                    r.suppression,
                    r.suppression_reason,
                    r.gap,
                    r.gap_std_error,
                    r.gap_kind,
                    r.catalogue_version,
                    r.indicator_version,
                    r.method,
                    r.design_note,
                    import_id
                ])?;
            }
            tx.execute(
                "UPDATE imports SET rows_read = ?2 WHERE id = ?1",
                params![import_id, records.len() as i64],
            )?;
            Ok(counts)
        };
        let counts = run().map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))?;
        Ok(counts)
    }

    /// Publishes the draft estimates of `dataset` (`computed:<mapping>`): their point values
    /// enter the observations through the import path (one transaction, replaced values kept
    /// in the history, `u` flag for low reliability), values published earlier for cells that
    /// are now withheld are removed, and the estimates are marked published — all or nothing,
    /// with an audit row.
    pub fn publish_estimates(&mut self, actor: &str, dataset: &str) -> Result<PublishedEstimates> {
        let (drafts, withheld, provenance) = {
            let conn = self.conn();
            let mut stmt = conn
                .prepare(
                    "SELECT e.series, s.dataset, s.variable, s.geo, s.grp, s.breakdown, s.unit,
                            e.period, COALESCE(e.value, 0.0),
                            CASE WHEN e.reliability = 'u' THEN 'u' ELSE '' END, e.status,
                            e.value IS NULL, e.import_id
                       FROM estimates e JOIN series s ON s.id = e.series
                      WHERE s.dataset = ?1 AND e.status = 'draft'
                      ORDER BY e.series, e.period",
                )
                .map_err(|e| self.err(e))?;
            let mut drafts = Vec::new();
            let mut withheld = Vec::new();
            let mut latest_import = 0i64;
            let rows = stmt
                .query_map([dataset], |r| {
                    let (series, _, o) = crate::submissions::row_to_draft(r)?;
                    Ok((series, o, r.get::<_, bool>(11)?, r.get::<_, i64>(12)?))
                })
                .map_err(|e| self.err(e))?;
            for row in rows {
                let (series, o, is_withheld, import) = row.map_err(|e| self.err(e))?;
                latest_import = latest_import.max(import);
                if is_withheld {
                    withheld.push((series, o.period.to_string()));
                } else {
                    drafts.push(o);
                }
            }
            if drafts.is_empty() && withheld.is_empty() {
                return Err(crate::StoreError::NotFound(format!(
                    "draft estimates of {dataset} (compute them first, or they are already published)"
                )));
            }
            let provenance = conn
                .query_row(
                    "SELECT file_name, sha256, format, source, licence FROM imports WHERE id = ?1",
                    [latest_import],
                    |r| {
                        Ok(model::Provenance {
                            file_name: r.get(0)?,
                            sha256: r.get(1)?,
                            format: r.get(2)?,
                            source: r.get(3)?,
                            licence: r.get(4)?,
                        })
                    },
                )
                .map_err(|e| self.err(e))?;
            (drafts, withheld, provenance)
        };
        let path = self.path().to_path_buf();
        let mut import = self.begin_import(&provenance)?;
        for o in &drafts {
            import.add_observation(o)?;
        }
        let wrap = crate::sqlite_err(&path);
        let (removed, marked) = {
            let conn = import.connection();
            // values published earlier for cells now withheld: removed, and kept in the
            // audit row (the history table records replacements, not removals)
            let mut removed = Vec::new();
            for (series, period) in &withheld {
                let old: Option<(f64, String, i64)> = conn
                    .query_row(
                        "SELECT value, flags, import_id FROM observations WHERE series = ?1 AND period = ?2",
                        params![series, period],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )
                    .optional()
                    .map_err(wrap)?;
                if let Some((value, flags, import_id)) = old {
                    conn.execute(
                        "DELETE FROM observations WHERE series = ?1 AND period = ?2",
                        params![series, period],
                    )
                    .map_err(wrap)?;
                    removed.push(serde_json::json!({
                        "series": series, "period": period, "value": value,
                        "flags": flags, "import": import_id,
                    }));
                }
            }
            // the engine runs' import rows become public provenance with their estimates
            conn.execute(
                "UPDATE imports SET published = 1
                  WHERE id IN (SELECT e.import_id FROM estimates e JOIN series s ON s.id = e.series
                                WHERE e.status = 'draft' AND s.dataset = ?1)",
                [dataset],
            )
            .map_err(wrap)?;
            let marked = conn
                .execute(
                    "UPDATE estimates SET status = 'published'
                      WHERE status = 'draft'
                        AND series IN (SELECT id FROM series WHERE dataset = ?1)",
                    [dataset],
                )
                .map_err(wrap)? as u64;
            crate::audit::record(
                conn,
                actor,
                "estimates.publish",
                dataset,
                (!removed.is_empty())
                    .then(|| serde_json::Value::Array(removed.clone()).to_string())
                    .as_deref(),
                Some(
                    &serde_json::json!({"values": drafts.len(), "withheld": withheld.len()})
                        .to_string(),
                ),
            )
            .map_err(wrap)?;
            (removed.len() as u64, marked)
        };
        let report = serde_json::json!({"published_estimates": dataset}).to_string();
        let n = drafts.len() as u64;
        let values = import.finish(n, n, 0, &report)?;
        Ok(PublishedEstimates {
            values,
            removed,
            estimates: marked,
        })
    }

    /// Stored estimates of a dataset (`computed:<mapping>`), withheld cells included, for export.
    pub fn estimates(&self, dataset: &str) -> Result<Vec<StoredEstimate>> {
        let mut stmt = self
            .conn()
            .prepare(
                "SELECT s.dataset, s.variable, s.geo, s.grp, e.period, e.value, e.std_error,
                        e.ci_lower, e.ci_upper, e.cv, e.n, e.reliability, e.suppression,
                        e.suppression_reason, e.gap, e.gap_std_error, e.catalogue_version,
                        e.method, e.status
                   FROM estimates e JOIN series s ON s.id = e.series
                  WHERE s.dataset = ?1
                  ORDER BY s.variable, s.grp, e.period",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([dataset], |r| {
                Ok(StoredEstimate {
                    dataset: r.get(0)?,
                    variable: r.get(1)?,
                    geo: r.get(2)?,
                    grp: r.get(3)?,
                    period: r.get(4)?,
                    value: r.get(5)?,
                    std_error: r.get(6)?,
                    ci_lower: r.get(7)?,
                    ci_upper: r.get(8)?,
                    cv: r.get(9)?,
                    n: r.get::<_, Option<i64>>(10)?.map(|n| n as u64),
                    reliability: r.get(11)?,
                    suppression: r.get(12)?,
                    suppression_reason: r.get(13)?,
                    gap: r.get(14)?,
                    gap_std_error: r.get(15)?,
                    catalogue_version: r.get(16)?,
                    method: r.get(17)?,
                    status: r.get(18)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.err(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Flags, GeoCode, Period, PopulationGroup};

    fn record(group: &str, value: f64, withheld: bool) -> EstimateRecord {
        EstimateRecord {
            observation: Observation {
                dataset: "computed:test".into(),
                variable: "at_risk_of_poverty".into(),
                geo: GeoCode::new("ES"),
                group: PopulationGroup::total().with(model::Dimension::Citizenship, group),
                breakdown: Default::default(),
                period: Period::parse("2020").unwrap(),
                value,
                unit: Some("percent".into()),
                flags: Flags::default(),
            },
            withheld,
            std_error: Some(0.5),
            ci_lower: Some(value - 1.0),
            ci_upper: Some(value + 1.0),
            cv: Some(0.02),
            n: if withheld { None } else { Some(500) },
            reliability: String::new(),
            suppression: if withheld { "primary" } else { "published" }.into(),
            suppression_reason: if withheld {
                "fewer than 10 persons (n = 7)"
            } else {
                ""
            }
            .into(),
            gap: None,
            gap_std_error: None,
            gap_kind: String::new(),
            catalogue_version: "2026.11.1".into(),
            indicator_version: 1,
            method: "taylor".into(),
            design_note: String::new(),
        }
    }

    #[test]
    fn withheld_cells_keep_their_status_but_no_value() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("s.db")).unwrap();
        let prov = Provenance {
            file_name: "x.csv".into(),
            sha256: "0".into(),
            format: "engine".into(),
            source: "test".into(),
            licence: "".into(),
        };
        let c = store
            .write_estimates(
                &prov,
                &[
                    record("NAT", 17.1, false),
                    record("EU27_2020_FOR", 36.3, true),
                ],
                "{}",
            )
            .unwrap();
        assert_eq!((c.published, c.withheld), (1, 1));
        let rows = store.estimates("computed:test").unwrap();
        assert_eq!(rows.len(), 2);
        let w = rows.iter().find(|r| r.suppression == "primary").unwrap();
        assert_eq!(w.value, None);
        assert_eq!(w.status, "draft");
        // drafts are not public: nothing in the observations yet
        assert_eq!(store.count_observations().unwrap(), 0);
        let p = store.publish_estimates("tester", "computed:test").unwrap();
        assert_eq!((p.values.inserted, p.removed, p.estimates), (1, 0, 2));
        assert_eq!(store.count_observations().unwrap(), 1);
        assert!(
            store
                .estimates("computed:test")
                .unwrap()
                .iter()
                .all(|r| r.status == "published")
        );
        // nothing left to publish
        assert!(store.publish_estimates("tester", "computed:test").is_err());
        // a new draft does not touch the published value ...
        store
            .write_estimates(&prov, &[record("NAT", 18.0, false)], "{}")
            .unwrap();
        let obs = |s: &Store| {
            s.observations(&crate::SeriesFilter::default())
                .unwrap()
                .iter()
                .map(|o| o.observation.value)
                .collect::<Vec<_>>()
        };
        assert_eq!(obs(&store), vec![17.1]);
        // ... until it is published (the old value goes to the history)
        let p = store.publish_estimates("tester", "computed:test").unwrap();
        assert_eq!((p.values.inserted, p.values.replaced), (0, 1));
        assert_eq!(obs(&store), vec![18.0]);
        // a cell now withheld loses its published value when the drafts are published
        store
            .write_estimates(&prov, &[record("NAT", 0.0, true)], "{}")
            .unwrap();
        assert_eq!(obs(&store), vec![18.0]);
        let p = store.publish_estimates("tester", "computed:test").unwrap();
        assert_eq!(p.removed, 1);
        assert_eq!(store.count_observations().unwrap(), 0);
    }

    #[test]
    fn the_import_row_of_draft_estimates_is_private_until_they_are_published() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("s.db")).unwrap();
        let prov = Provenance {
            file_name: "silc_microdata.csv".into(),
            sha256: "1".into(),
            format: "engine".into(),
            source: "test".into(),
            licence: "".into(),
        };
        store
            .write_estimates(&prov, &[record("NAT", 17.1, false)], "{}")
            .unwrap();
        assert_eq!(store.imports().unwrap().len(), 1);
        assert!(!store.imports().unwrap()[0].published);
        assert!(store.published_imports().unwrap().is_empty());
        store.publish_estimates("tester", "computed:test").unwrap();
        // the engine run and the publication, both public now
        let public = store.published_imports().unwrap();
        assert_eq!(public.len(), 2);
        assert_eq!(public[0].file_name, "silc_microdata.csv");
    }
}
