//! The funding register: funded operations as their lists state them (see
//! `migrations/0009_funding.sql`). What they mean — fields, groups, places, euros — is the
//! `funding` crate's business; this module only keeps and returns them.

use crate::{Result, Store};
use model::{BeneficiaryTotal, FundedOperation, Provenance};
use rusqlite::{Row, params};

/// A stored operation, with the import that wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredOperation {
    pub id: i64,
    pub import_id: i64,
    pub operation: FundedOperation,
}

const COLUMNS: &str = "rowid, import_id, line, list, record_id, country, funds, programme_cci,
    programme, priority, name, summary, beneficiary, beneficiary_id, location, postcode, nuts,
    total, eu, currency, start_date, end_date, category, rows_for_project, fields,
    target_groups, migrant_terms, source_url";

fn joined(items: &[String]) -> String {
    items.join(";")
}

fn split(text: String) -> Vec<String> {
    text.split(';')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn row_to_operation(r: &Row<'_>) -> rusqlite::Result<StoredOperation> {
    Ok(StoredOperation {
        id: r.get(0)?,
        import_id: r.get(1)?,
        operation: FundedOperation {
            line: r.get::<_, i64>(2)? as u64,
            list: r.get(3)?,
            record_id: r.get(4)?,
            country: r.get(5)?,
            funds: split(r.get(6)?),
            programme_cci: r.get(7)?,
            programme: r.get(8)?,
            priority: r.get(9)?,
            name: r.get(10)?,
            summary: r.get(11)?,
            beneficiary: r.get(12)?,
            beneficiary_id: r.get(13)?,
            location: r.get(14)?,
            postcode: r.get(15)?,
            nuts: r.get(16)?,
            total: r.get(17)?,
            eu: r.get(18)?,
            currency: r.get(19)?,
            start: r.get(20)?,
            end: r.get(21)?,
            category: r.get(22)?,
            rows_for_project: r.get::<_, i64>(23)? as u32,
            fields: split(r.get(24)?),
            target_groups: split(r.get(25)?),
            migrant_terms: r.get(26)?,
            source_url: r.get(27)?,
        },
    })
}

impl Store {
    /// Writes the operations of one list in one transaction with its provenance; returns
    /// the import id. The caller has checked every row: a failure here writes nothing.
    pub fn import_operations(
        &mut self,
        provenance: &Provenance,
        operations: &[FundedOperation],
        report_json: &str,
    ) -> Result<i64> {
        let path = self.path.clone();
        let wrap = crate::sqlite_err(&path);
        let (tx, import_id) = self.open_import(provenance)?;
        {
            let mut insert = tx
                .prepare(&format!(
                    "INSERT INTO funding_operations ({}) VALUES (NULL, {})",
                    COLUMNS.replace('\n', " "),
                    (1..=27)
                        .map(|i| format!("?{i}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
                .map_err(wrap)?;
            for o in operations {
                insert
                    .execute(params![
                        import_id,
                        o.line as i64,
                        o.list,
                        o.record_id,
                        o.country,
                        joined(&o.funds),
                        o.programme_cci,
                        o.programme,
                        o.priority,
                        o.name,
                        o.summary,
                        o.beneficiary,
                        o.beneficiary_id,
                        o.location,
                        o.postcode,
                        o.nuts,
                        o.total,
                        o.eu,
                        o.currency,
                        o.start,
                        o.end,
                        o.category,
                        o.rows_for_project as i64,
                        joined(&o.fields),
                        joined(&o.target_groups),
                        o.migrant_terms,
                        o.source_url,
                    ])
                    .map_err(wrap)?;
            }
        }
        tx.execute(
            "UPDATE imports SET rows_read = ?2, inserted = ?2, report = ?3 WHERE id = ?1",
            params![import_id, operations.len() as i64, report_json],
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        Ok(import_id)
    }

    /// Writes the beneficiaries' totals of one file in one transaction with its provenance.
    pub fn import_beneficiary_totals(
        &mut self,
        provenance: &Provenance,
        totals: &[BeneficiaryTotal],
        report_json: &str,
    ) -> Result<i64> {
        let path = self.path.clone();
        let wrap = crate::sqlite_err(&path);
        let (tx, import_id) = self.open_import(provenance)?;
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO funding_beneficiary_totals (import_id, line, country, region,
                        beneficiary, transliterated, total_eur, eu_eur, projects)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )
                .map_err(wrap)?;
            for b in totals {
                insert
                    .execute(params![
                        import_id,
                        b.line as i64,
                        b.country,
                        b.region,
                        b.beneficiary,
                        b.transliterated,
                        b.total_eur,
                        b.eu_eur,
                        b.projects as i64
                    ])
                    .map_err(wrap)?;
            }
        }
        tx.execute(
            "UPDATE imports SET rows_read = ?2, inserted = ?2, report = ?3 WHERE id = ?1",
            params![import_id, totals.len() as i64, report_json],
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        Ok(import_id)
    }

    /// The beneficiaries' totals of a region (Kohesio's label), largest first; all regions'
    /// count with `None`.
    pub fn beneficiary_totals(&self, region: Option<&str>) -> Result<Vec<BeneficiaryTotal>> {
        let wrap = crate::sqlite_err(&self.path);
        let mut stmt = self
            .conn()
            .prepare(
                "SELECT line, country, region, beneficiary, transliterated, total_eur, eu_eur,
                        projects
                   FROM funding_beneficiary_totals WHERE ?1 IS NULL OR region = ?1
                  ORDER BY coalesce(total_eur, 0) DESC, line",
            )
            .map_err(wrap)?;
        let rows = stmt
            .query_map([region], |r| {
                Ok(BeneficiaryTotal {
                    line: r.get::<_, i64>(0)? as u64,
                    country: r.get(1)?,
                    region: r.get(2)?,
                    beneficiary: r.get(3)?,
                    transliterated: r.get(4)?,
                    total_eur: r.get(5)?,
                    eu_eur: r.get(6)?,
                    projects: r.get::<_, i64>(7)? as u32,
                })
            })
            .map_err(wrap)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(wrap)?;
        Ok(rows)
    }

    /// The stored operations, of one country (ISO code) or of all, in import and line order.
    pub fn funding_operations(&self, country: Option<&str>) -> Result<Vec<StoredOperation>> {
        let wrap = crate::sqlite_err(&self.path);
        let sql = format!(
            "SELECT {COLUMNS} FROM funding_operations
              WHERE ?1 IS NULL OR country = ?1 ORDER BY import_id, line"
        );
        let mut stmt = self.conn().prepare(&sql).map_err(wrap)?;
        let rows = stmt
            .query_map([country], row_to_operation)
            .map_err(wrap)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(wrap)?;
        Ok(rows)
    }

    /// How many operations each list holds, by list name.
    pub fn funding_lists(&self) -> Result<Vec<(String, String, i64)>> {
        let wrap = crate::sqlite_err(&self.path);
        let mut stmt = self
            .conn()
            .prepare(
                "SELECT list, country, count(*) FROM funding_operations
                  GROUP BY list, country ORDER BY country, list",
            )
            .map_err(wrap)?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(wrap)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(wrap)?;
        Ok(rows)
    }
}
