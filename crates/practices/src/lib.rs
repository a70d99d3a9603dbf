//! The practice library: documented city integration practices that cities can learn from.
//!
//! - [`read`]: a practice file (CSV, the columns of `data/practices/README.md`) read and
//!   checked row by row, with file, line and column in every message;
//! - [`vocabulary`]: the data file that maps the records' free text to the observatory's
//!   thematic areas and target groups, places to Urban Audit codes, size classes to city
//!   contexts;
//! - [`query`]: what a user types, as a safe FTS5 query;
//! - [`recommend`]: "Recommended for this city", a documented rule set over peers, gaps to
//!   nationals and peer benchmarks (`catalogue/practices/recommend.toml`), each
//!   recommendation with its reason written from the same figures.
//!
//! The store holds the practices and searches them ([`store::practices`]); this crate
//! decides what goes in and what a result means.

pub mod query;
pub mod read;
pub mod recommend;
pub mod vocabulary;

use serde::Serialize;
use store::Store;
use store::practices::{NewPractice, Practice, PracticePlace, PracticeResults, PracticeSearch};

pub use recommend::{Recommendation, Recommendations, Rules};
pub use vocabulary::Vocabulary;

#[derive(Debug, thiserror::Error)]
pub enum PracticesError {
    /// A row or the header of a practice file is wrong: nothing was written.
    #[error("{file}, line {line}, column {column}: {message}")]
    Invalid {
        file: String,
        line: u64,
        column: String,
        message: String,
    },
    /// The vocabulary or the recommendation rules are wrong.
    #[error("{file}: {message}")]
    Rules { file: String, message: String },
    #[error("no practice with the id '{0}'")]
    NotFound(String),
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error(transparent)]
    Peers(#[from] peers::PeersError),
}

pub type Result<T> = std::result::Result<T, PracticesError>;

/// The vocabulary and the recommendation rules, read once.
#[derive(Debug, Clone)]
pub struct Library {
    pub vocabulary: Vocabulary,
    pub rules: Rules,
}

const VOCABULARY: &str = "practices/vocabulary.toml";
const RULES: &str = "practices/recommend.toml";

impl Library {
    /// The library's files of a catalogue (built in, or a folder that overrides it).
    pub fn from_catalogue(cat: &catalogue::Catalogue) -> Result<Library> {
        let file = |path: &str| {
            cat.files()
                .iter()
                .find(|f| f.path == path)
                .ok_or_else(|| PracticesError::Rules {
                    file: format!("{} ({})", path, cat.origin),
                    message: "missing: the practice library needs it".into(),
                })
        };
        let v = file(VOCABULARY)?;
        let r = file(RULES)?;
        Ok(Library {
            vocabulary: Vocabulary::parse(&v.text, &v.location)?,
            rules: Rules::parse(&r.text, &r.location)?,
        })
    }

    /// The library of the catalogue built into the program.
    pub fn builtin() -> Result<Library> {
        let cat = catalogue::Catalogue::embedded().map_err(|e| PracticesError::Rules {
            file: "catalogue (built in)".into(),
            message: e.to_string(),
        })?;
        Library::from_catalogue(&cat)
    }
}

/// A practice file to import.
#[derive(Debug, Clone, Copy)]
pub struct ImportRequest<'a> {
    pub file_name: &'a str,
    pub bytes: &'a [u8],
    pub source: &'a str,
    pub licence: &'a str,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Outcome {
    Imported {
        import_id: i64,
        practices: usize,
        counts: store::practices::PracticeCounts,
    },
    /// A file with these exact bytes was imported before: nothing to do.
    AlreadyImported(store::ImportRecord),
}

/// Reads and checks a practice file, maps it with the vocabulary and writes it in one
/// transaction; a file already imported (same SHA-256) is not imported again, and a bad
/// row refuses the whole file before anything is written.
pub fn import(store: &mut Store, req: ImportRequest<'_>, library: &Library) -> Result<Outcome> {
    let sha256 = model::checksum::sha256_hex(req.bytes);
    if let Some(previous) = store.find_import_by_sha256(&sha256)? {
        return Ok(Outcome::AlreadyImported(previous));
    }
    let records = read::read(req.file_name, req.bytes)?;
    // Contexts come from the cities' size classes; a store without city figures yet gives
    // practices without a context rather than no practices.
    let cities = peers::Cities::load(store).ok();
    let practices: Vec<NewPractice> = records
        .iter()
        .map(|r| prepare(r, &library.vocabulary, cities.as_ref()))
        .collect::<Result<_>>()?;
    let provenance = model::Provenance {
        file_name: req.file_name.to_string(),
        sha256,
        format: "practices-csv".into(),
        source: req.source.to_string(),
        licence: req.licence.to_string(),
    };
    let report = serde_json::json!({ "practices": practices.len() }).to_string();
    let (import_id, counts) = store.import_practices(&provenance, &practices, &report)?;
    Ok(Outcome::Imported {
        import_id,
        practices: practices.len(),
        counts,
    })
}

/// Reads and checks a practice file as [`import`] does, writing nothing; returns how many
/// practices it holds. An upload is checked so before it becomes a draft.
pub fn check(file_name: &str, bytes: &[u8], library: &Library) -> Result<usize> {
    let records = read::read(file_name, bytes)?;
    for r in &records {
        prepare(r, &library.vocabulary, None)?;
    }
    Ok(records.len())
}

/// One checked record as the store keeps it: its own text, its facets and places, and the
/// vocabulary's words it is found by.
pub fn prepare(
    r: &read::Record,
    vocab: &Vocabulary,
    cities: Option<&peers::Cities>,
) -> Result<NewPractice> {
    let evidence = vocab.evidence_of(r.get("evidence_level"), r.get("outcomes_reported"));
    if !vocab.evidence.levels.contains(&evidence) {
        return Err(PracticesError::Invalid {
            file: "practice file".into(),
            line: r.line,
            column: "evidence_level".into(),
            message: format!("'{evidence}' is not one of {:?}", vocab.evidence.levels),
        });
    }
    let areas = vocab.areas_of(&format!("{}; {}", r.get("thematic_area"), r.get("title")));
    let groups = vocab.groups_of(r.get("target_group"));
    let places: Vec<PracticePlace> = vocabulary::place_names(r.get("city"))
        .into_iter()
        .map(|name| PracticePlace {
            geo: vocab.place(&name).map(str::to_string),
            name,
        })
        .collect();
    let mut facets: Vec<(String, String)> = Vec::new();
    let mut push = |facet: &str, value: &str| facets.push((facet.to_string(), value.to_string()));
    areas.iter().for_each(|t| push("thematic_area", &t.name));
    groups.iter().for_each(|t| push("target_group", &t.name));
    r.get("country")
        .split(';')
        .for_each(|c| push("country", c.trim()));
    push("evidence_level", &evidence);
    for geo in places.iter().filter_map(|p| p.geo.as_deref()) {
        let size = cities
            .and_then(|c| c.profile(geo).ok())
            .and_then(|p| p.size_class);
        if let Some(context) = size.and_then(|s| vocab.context_of(s.short())) {
            push("city_context", context);
        }
    }
    let terms = areas
        .iter()
        .chain(&groups)
        .flat_map(|t| std::iter::once(&t.name).chain(&t.words))
        .cloned()
        .collect::<Vec<_>>()
        .join(" · ");
    Ok(NewPractice {
        practice: Practice {
            id: r.get("practice_id").into(),
            title: r.get("title").into(),
            city: r.get("city").into(),
            country: r.get("country").into(),
            level: r.get("level").into(),
            thematic_area: r.get("thematic_area").into(),
            target_group: r.get("target_group").into(),
            period_start: r.get("period_start").into(),
            period_end: r.get("period_end").into(),
            lead_organisation: r.get("lead_organisation").into(),
            partners: r.get("partners").into(),
            funding: r.get("funding").into(),
            description: r.get("short_description").into(),
            outcomes: r.get("outcomes_reported").into(),
            evidence_level: evidence,
            source_url: r.get("source_url").into(),
            source_url_2: r.get("source_url_2").into(),
            source_kind: r.get("source_kind").into(),
            source_repo: r.get("source_repo").into(),
            source_path: r.get("source_path").into(),
            source_commit: r.get("source_commit").into(),
            notes: r.get("notes").into(),
            facets,
            places,
        },
        terms,
    })
}

/// A search as a user makes it: words, facet values to keep, a page.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub text: String,
    /// (facet, value), facet one of [`store::practices::FACETS`].
    pub filters: Vec<(String, String)>,
    pub limit: usize,
    pub offset: usize,
}

/// The practices matching `s`, best first, with facet counts over all of them. Unknown
/// facets are refused by name, so that a typo in a link is not an empty library.
pub fn search(store: &Store, library: &Library, s: &Search) -> Result<PracticeResults> {
    for (facet, _) in &s.filters {
        if !store::practices::FACETS.contains(&facet.as_str()) {
            return Err(PracticesError::Invalid {
                file: "search".into(),
                line: 0,
                column: facet.clone(),
                message: format!(
                    "unknown facet '{facet}'; the facets are {}",
                    store::practices::FACETS.join(", ")
                ),
            });
        }
    }
    let w = &library.vocabulary.search;
    Ok(store.search_practices(&PracticeSearch {
        fts: query::fts_query(&s.text),
        filters: s.filters.clone(),
        weights: [w.title, w.body, w.terms],
        limit: s.limit,
        offset: s.offset,
    })?)
}

/// A practice as one row of a table (CSV export): the file's columns with the source's own
/// text, then what the vocabulary made of it, `;`-separated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PracticeRow {
    pub practice_id: String,
    pub title: String,
    pub city: String,
    pub country: String,
    pub level: String,
    pub thematic_area: String,
    pub target_group: String,
    pub period_start: String,
    pub period_end: String,
    pub lead_organisation: String,
    pub partners: String,
    pub funding: String,
    pub short_description: String,
    pub outcomes_reported: String,
    pub evidence_level: String,
    pub source_url: String,
    pub source_url_2: String,
    pub source_kind: String,
    pub source_repo: String,
    pub source_path: String,
    pub source_commit: String,
    pub notes: String,
    pub areas: String,
    pub target_groups: String,
    pub city_contexts: String,
    pub city_codes: String,
}

impl PracticeRow {
    pub fn of(p: &Practice) -> PracticeRow {
        let facet = |name: &str| {
            p.facets
                .iter()
                .filter(|(f, _)| f == name)
                .map(|(_, v)| v.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        };
        PracticeRow {
            practice_id: p.id.clone(),
            title: p.title.clone(),
            city: p.city.clone(),
            country: p.country.clone(),
            level: p.level.clone(),
            thematic_area: p.thematic_area.clone(),
            target_group: p.target_group.clone(),
            period_start: p.period_start.clone(),
            period_end: p.period_end.clone(),
            lead_organisation: p.lead_organisation.clone(),
            partners: p.partners.clone(),
            funding: p.funding.clone(),
            short_description: p.description.clone(),
            outcomes_reported: p.outcomes.clone(),
            evidence_level: p.evidence_level.clone(),
            source_url: p.source_url.clone(),
            source_url_2: p.source_url_2.clone(),
            source_kind: p.source_kind.clone(),
            source_repo: p.source_repo.clone(),
            source_path: p.source_path.clone(),
            source_commit: p.source_commit.clone(),
            notes: p.notes.clone(),
            areas: facet("thematic_area"),
            target_groups: facet("target_group"),
            city_contexts: facet("city_context"),
            city_codes: p
                .places
                .iter()
                .filter_map(|pl| pl.geo.as_deref())
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}
