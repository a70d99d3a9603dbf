//! The practice library: documented city integration practices, their facets, the places
//! they name, and full-text search over them (SQLite FTS5).
//!
//! An import of practices is atomic like a data import: one transaction writes the
//! provenance row in `imports` and every practice of the file, or nothing. Practices are
//! keyed by their id, so importing a file again changes nothing and a corrected file
//! replaces the practices it corrects (counted as replaced).
//!
//! The store does not know how a user's words become an FTS5 query, nor which vocabulary
//! placed a practice in a facet: the `practices` crate builds both and hands them over.

use crate::{Result, Store};
use model::Provenance;
use rusqlite::{OptionalExtension, params, params_from_iter};
use serde::{Deserialize, Serialize};

/// The facets a practice is counted in, as stored in `practice_facets.facet`.
pub const FACETS: [&str; 5] = [
    "thematic_area",
    "country",
    "city_context",
    "target_group",
    "evidence_level",
];

/// One documented practice, every field as its source gives it (empty when it says nothing).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Practice {
    pub id: String,
    pub title: String,
    pub city: String,
    pub country: String,
    pub level: String,
    /// The source's own words; the vocabulary's areas are in `facets`.
    pub thematic_area: String,
    /// The source's own words; the vocabulary's groups are in `facets`.
    pub target_group: String,
    pub period_start: String,
    pub period_end: String,
    pub lead_organisation: String,
    pub partners: String,
    pub funding: String,
    pub description: String,
    pub outcomes: String,
    pub evidence_level: String,
    pub source_url: String,
    pub source_url_2: String,
    pub source_kind: String,
    pub source_repo: String,
    pub source_path: String,
    pub source_commit: String,
    pub notes: String,
    /// (facet, value): one of [`FACETS`] and a value of the vocabulary.
    pub facets: Vec<(String, String)>,
    /// The places the practice names, with their Urban Audit code where known.
    pub places: Vec<PracticePlace>,
}

/// A place a practice names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticePlace {
    pub name: String,
    /// Urban Audit code (`HR004C`) when the vocabulary knows the place.
    pub geo: Option<String>,
}

/// A practice as written: the record and the words it is found by besides its own text.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPractice {
    pub practice: Practice,
    /// Vocabulary words of the practice's areas and groups, in the records' languages.
    pub terms: String,
}

/// What an import of practices changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PracticeCounts {
    pub inserted: u64,
    pub replaced: u64,
    pub unchanged: u64,
}

/// A search of the library: an FTS5 query already built from what a user typed (None:
/// every practice), facet values every hit must have, and the page.
#[derive(Debug, Clone, Default)]
pub struct PracticeSearch {
    pub fts: Option<String>,
    pub filters: Vec<(String, String)>,
    /// BM25 weights of the columns title, body, terms.
    pub weights: [f64; 3],
    pub limit: usize,
    pub offset: usize,
}

/// One practice found, with its BM25 score (lower is better; None without a text query).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PracticeHit {
    pub score: Option<f64>,
    pub practice: Practice,
}

/// How many of the practices found have a facet value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    pub facet: String,
    pub value: String,
    pub count: u64,
}

/// The practices found, their number and the facets counted over all of them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PracticeResults {
    pub total: u64,
    pub hits: Vec<PracticeHit>,
    pub facets: Vec<FacetCount>,
}

const COLUMNS: &str = "id, title, city, country, level, thematic_area, target_group,
    period_start, period_end, lead_organisation, partners, funding, description, outcomes,
    evidence_level, source_url, source_url_2, source_kind, source_repo, source_path,
    source_commit, notes";

/// The practice `id` with its facets and places, read on any connection or transaction.
fn read(conn: &rusqlite::Connection, id: &str) -> rusqlite::Result<Option<(i64, Practice)>> {
    let found = conn
        .query_row(
            &format!("SELECT rowid, {COLUMNS} FROM practices WHERE id = ?1"),
            [id],
            |r| Ok((r.get::<_, i64>(0)?, practice_at(r, 1)?)),
        )
        .optional()?;
    let Some((rowid, mut p)) = found else {
        return Ok(None);
    };
    complete(conn, rowid, &mut p)?;
    Ok(Some((rowid, p)))
}

/// Adds the facets and places of the practice at `rowid`, in a stable order.
fn complete(conn: &rusqlite::Connection, rowid: i64, p: &mut Practice) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT facet, value FROM practice_facets WHERE practice = ?1 ORDER BY facet, value",
    )?;
    p.facets = stmt
        .query_map([rowid], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT name, geo FROM practice_places WHERE practice = ?1 ORDER BY name",
    )?;
    p.places = stmt
        .query_map([rowid], |r| {
            Ok(PracticePlace {
                name: r.get(0)?,
                geo: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(())
}

/// The practice in the stable order `read` returns it in, for comparing with a stored one.
fn normalised(p: &Practice) -> Practice {
    let mut p = p.clone();
    p.facets.sort();
    p.facets.dedup();
    p.places.sort_by(|a, b| a.name.cmp(&b.name));
    p.places.dedup_by(|a, b| a.name == b.name);
    p
}

fn insert(
    tx: &rusqlite::Transaction<'_>,
    import_id: i64,
    new: &NewPractice,
) -> rusqlite::Result<()> {
    let p = normalised(&new.practice);
    tx.execute(
        &format!(
            "INSERT INTO practices (import_id, {COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,
             ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)"
        ),
        params![
            import_id,
            p.id,
            p.title,
            p.city,
            p.country,
            p.level,
            p.thematic_area,
            p.target_group,
            p.period_start,
            p.period_end,
            p.lead_organisation,
            p.partners,
            p.funding,
            p.description,
            p.outcomes,
            p.evidence_level,
            p.source_url,
            p.source_url_2,
            p.source_kind,
            p.source_repo,
            p.source_path,
            p.source_commit,
            p.notes
        ],
    )?;
    let rowid = tx.last_insert_rowid();
    for (facet, value) in &p.facets {
        tx.execute(
            "INSERT INTO practice_facets (practice, facet, value) VALUES (?1, ?2, ?3)",
            params![rowid, facet, value],
        )?;
    }
    for place in &p.places {
        tx.execute(
            "INSERT INTO practice_places (practice, name, geo) VALUES (?1, ?2, ?3)",
            params![rowid, place.name, place.geo],
        )?;
    }
    tx.execute(
        "INSERT INTO practices_fts (rowid, title, body, terms) VALUES (?1, ?2, ?3, ?4)",
        params![rowid, p.title, body(&p), new.terms],
    )?;
    Ok(())
}

/// The text a practice is found by besides its title.
fn body(p: &Practice) -> String {
    [
        &p.description,
        &p.outcomes,
        &p.thematic_area,
        &p.target_group,
        &p.city,
        &p.country,
        &p.lead_organisation,
        &p.partners,
        &p.funding,
        &p.level,
    ]
    .iter()
    .filter(|t| !t.is_empty())
    .map(|t| t.as_str())
    .collect::<Vec<_>>()
    .join("\n")
}

fn remove(tx: &rusqlite::Transaction<'_>, rowid: i64) -> rusqlite::Result<()> {
    tx.execute("DELETE FROM practices_fts WHERE rowid = ?1", [rowid])?;
    tx.execute("DELETE FROM practices WHERE rowid = ?1", [rowid])?;
    Ok(())
}

impl Store {
    /// Writes `practices` in one transaction with `provenance`: new ids are inserted,
    /// changed ones replaced, equal ones left as they are. Returns the import id.
    pub fn import_practices(
        &mut self,
        provenance: &Provenance,
        practices: &[NewPractice],
        report_json: &str,
    ) -> Result<(i64, PracticeCounts)> {
        let path = self.path.clone();
        let wrap = crate::sqlite_err(&path);
        let (tx, import_id) = self.open_import(provenance)?;
        let mut counts = PracticeCounts::default();
        for new in practices {
            match read(&tx, &new.practice.id).map_err(wrap)? {
                Some((_, old)) if old == normalised(&new.practice) => counts.unchanged += 1,
                Some((rowid, _)) => {
                    remove(&tx, rowid).map_err(wrap)?;
                    insert(&tx, import_id, new).map_err(wrap)?;
                    counts.replaced += 1;
                }
                None => {
                    insert(&tx, import_id, new).map_err(wrap)?;
                    counts.inserted += 1;
                }
            }
        }
        tx.execute(
            "UPDATE imports SET rows_read = ?2, inserted = ?3, replaced = ?4, unchanged = ?5,
                                report = ?6 WHERE id = ?1",
            params![
                import_id,
                practices.len() as i64,
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

    /// One practice by its id.
    pub fn practice(&self, id: &str) -> Result<Option<Practice>> {
        Ok(read(self.conn(), id)
            .map_err(|e| self.err(e))?
            .map(|(_, p)| p))
    }

    /// Every practice, ordered by id.
    pub fn practices(&self) -> Result<Vec<Practice>> {
        let results = self.search_practices(&PracticeSearch {
            limit: usize::MAX >> 1,
            ..Default::default()
        })?;
        Ok(results.hits.into_iter().map(|h| h.practice).collect())
    }

    /// The practices that match `q`, best first (BM25 over title, body and terms with
    /// `q.weights`; by id without a text query), one page of them, and the facet values of
    /// all of them with their counts.
    pub fn search_practices(&self, q: &PracticeSearch) -> Result<PracticeResults> {
        let (matched, args) = matched_sql(q);
        let conn = self.conn();
        let err = |e| self.err(e);
        let total: i64 = conn
            .query_row(
                &format!("WITH matched AS ({matched}) SELECT count(*) FROM matched"),
                params_from_iter(&args),
                |r| r.get(0),
            )
            .map_err(err)?;
        let page = format!(
            "WITH matched AS ({matched}) SELECT m.rowid, m.score, {COLUMNS} FROM matched m
               JOIN practices p ON p.rowid = m.rowid
              ORDER BY m.score IS NULL, m.score, p.id LIMIT {} OFFSET {}",
            q.limit.min(i64::MAX as usize),
            q.offset.min(i64::MAX as usize)
        );
        let mut stmt = conn.prepare(&page).map_err(err)?;
        let rows: Vec<(i64, Option<f64>, Practice)> = stmt
            .query_map(params_from_iter(&args), |r| {
                let p = practice_at(r, 2)?;
                Ok((r.get(0)?, r.get(1)?, p))
            })
            .and_then(|r| r.collect())
            .map_err(err)?;
        let mut hits = Vec::with_capacity(rows.len());
        for (rowid, score, mut practice) in rows {
            complete(conn, rowid, &mut practice).map_err(err)?;
            hits.push(PracticeHit { score, practice });
        }
        let mut stmt = conn
            .prepare(&format!(
                "WITH matched AS ({matched}) SELECT f.facet, f.value, count(*) FROM practice_facets f
                   JOIN matched m ON m.rowid = f.practice
                  GROUP BY f.facet, f.value ORDER BY f.facet, count(*) DESC, f.value"
            ))
            .map_err(err)?;
        let facets = stmt
            .query_map(params_from_iter(&args), |r| {
                Ok(FacetCount {
                    facet: r.get(0)?,
                    value: r.get(1)?,
                    count: r.get::<_, i64>(2)? as u64,
                })
            })
            .and_then(|r| r.collect())
            .map_err(err)?;
        Ok(PracticeResults {
            total: total as u64,
            hits,
            facets,
        })
    }

    /// Every practice that names the place `geo` (an Urban Audit code), by id.
    pub fn practices_of_place(&self, geo: &str) -> Result<Vec<String>> {
        let mut stmt = self
            .conn()
            .prepare(
                "SELECT DISTINCT p.id FROM practice_places pl JOIN practices p ON p.rowid = pl.practice
                  WHERE pl.geo = ?1 ORDER BY p.id",
            )
            .map_err(|e| self.err(e))?;
        stmt.query_map([geo], |r| r.get(0))
            .and_then(|r| r.collect())
            .map_err(|e| self.err(e))
    }
}

/// A practice from the columns of [`COLUMNS`] starting at `first`.
fn practice_at(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<Practice> {
    let s = |i: usize| r.get::<_, String>(first + i);
    Ok(Practice {
        id: s(0)?,
        title: s(1)?,
        city: s(2)?,
        country: s(3)?,
        level: s(4)?,
        thematic_area: s(5)?,
        target_group: s(6)?,
        period_start: s(7)?,
        period_end: s(8)?,
        lead_organisation: s(9)?,
        partners: s(10)?,
        funding: s(11)?,
        description: s(12)?,
        outcomes: s(13)?,
        evidence_level: s(14)?,
        source_url: s(15)?,
        source_url_2: s(16)?,
        source_kind: s(17)?,
        source_repo: s(18)?,
        source_path: s(19)?,
        source_commit: s(20)?,
        notes: s(21)?,
        facets: Vec::new(),
        places: Vec::new(),
    })
}

/// The query of the matching practices' rowids and scores, and its parameters (the FTS5
/// query and the facet filters are always bound, never written into the SQL).
fn matched_sql(q: &PracticeSearch) -> (String, Vec<String>) {
    let mut args = Vec::new();
    let mut sql = match &q.fts {
        Some(fts) => {
            args.push(fts.clone());
            let [t, b, w] = q.weights.map(|w| if w.is_finite() { w } else { 1.0 });
            format!(
                "SELECT practices_fts.rowid AS rowid, bm25(practices_fts, {t:?}, {b:?}, {w:?}) AS score
                   FROM practices_fts WHERE practices_fts MATCH ?1"
            )
        }
        None => "SELECT rowid, NULL AS score FROM practices WHERE 1".to_string(),
    };
    for (facet, value) in &q.filters {
        args.push(facet.clone());
        args.push(value.clone());
        let (f, v) = (args.len() - 1, args.len());
        sql.push_str(&format!(
            " AND rowid IN (SELECT practice FROM practice_facets WHERE facet = ?{f} AND value = ?{v})"
        ));
    }
    (sql, args)
}
