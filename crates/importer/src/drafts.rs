//! A city's own file as a draft submission: read and checked like an import, kept apart
//! from the published figures until an approver of the city publishes it.

use crate::ImportError;
use ingest::{Format, Input, Options, Sink};
use model::{Geography, Observation, Provenance};
use store::Store;
use store::submissions::DraftWriter;

/// An upload to keep as a draft.
#[derive(Debug)]
pub struct DraftRequest<'a> {
    /// Who uploads (kept in the audit log).
    pub actor: &'a str,
    /// The city the figures are about: rows without a geography are about it.
    pub city: &'a Geography,
    pub input: &'a Input,
    /// `None`: detected from the name and the first bytes.
    pub format: Option<Format>,
    pub source: String,
    pub licence: String,
}

struct DraftSink<'a, 's> {
    writer: &'a mut DraftWriter<'s>,
}

impl Sink for DraftSink<'_, '_> {
    fn observation(&mut self, obs: Observation) -> Result<(), String> {
        crate::plausibility::check(&obs)?;
        self.writer.add_observation(&obs).map_err(|e| e.to_string())
    }
    fn geography(&mut self, _geo: Geography) -> Result<(), String> {
        // New places come with published imports only: a draft cannot add geographies.
        Ok(())
    }
}

/// Reads the upload into a new draft submission of its city, in one transaction. Returns
/// the submission's id. A file with no values is refused.
pub fn create(store: &mut Store, req: DraftRequest<'_>) -> Result<i64, ImportError> {
    let name = req.input.file_name();
    if req.input.is_empty() {
        return Err(ImportError::Invalid(format!("{name}: the file is empty")));
    }
    if req.format.is_none() && is_practice_file(req.input)? {
        return create_file(store, req, PRACTICES);
    }
    let format = match req.format {
        Some(f) => f,
        None => ingest::detect(req.input)?,
    };
    if format == Format::FUNDED_OPERATIONS || format == Format::KOHESIO_BENEFICIARIES {
        return create_file(store, req, format.name());
    }
    let provenance = Provenance {
        file_name: name.clone(),
        sha256: crate::values::sha256(req.input)?,
        format: format.name().to_string(),
        source: req.source,
        licence: req.licence,
    };
    let options = Options {
        geo: Some(req.city.code.to_string()),
        ..Default::default()
    };
    let mut writer = store.begin_submission(req.actor, req.city.code.as_str(), &provenance)?;
    let mut sink = DraftSink {
        writer: &mut writer,
    };
    // On error `writer` is dropped without finishing: nothing of the draft is kept.
    let report = ingest::read(req.input, Some(format), &options, &mut sink, &mut |_| {})?;
    if report.observations == 0 {
        return Err(ImportError::Invalid(format!(
            "{name}: no values found in the file"
        )));
    }
    let json = serde_json::to_string(&report).unwrap_or_default();
    Ok(writer.finish(&json)?)
}

/// Figures computed here (a population scenario) as a draft submission of `city`, in one
/// transaction, to go through the same workflow as an upload. Returns the submission's id.
pub fn create_from_observations(
    store: &mut Store,
    actor: &str,
    city: &Geography,
    provenance: &Provenance,
    observations: &[Observation],
) -> Result<i64, ImportError> {
    if observations.is_empty() {
        return Err(ImportError::Invalid(format!(
            "{}: no values to keep",
            provenance.file_name
        )));
    }
    let mut writer = store.begin_submission(actor, city.code.as_str(), provenance)?;
    for o in observations {
        writer.add_observation(o)?;
    }
    let report =
        serde_json::json!({ "observations": observations.len(), "computed": provenance.format });
    Ok(writer.finish(&report.to_string())?)
}

/// The format name of a practice file in provenance and submissions.
const PRACTICES: &str = "practices-csv";

/// A practice file begins with its `practice_id` column (`data/practices/README.md`).
fn is_practice_file(input: &Input) -> Result<bool, ImportError> {
    let head = input.head(256)?;
    let text = String::from_utf8_lossy(&head);
    Ok(text
        .trim_start_matches('\u{feff}')
        .starts_with("practice_id,"))
}

/// The catalogue a draft is checked and published with.
fn catalogue() -> Result<std::sync::Arc<catalogue::Catalogue>, ImportError> {
    Ok(catalogue::active().clone())
}

/// A city's practice file or funding register as a draft: checked now as an import would
/// check it (so that a bad row is refused on upload, with its line), kept whole, imported
/// when an approver publishes it. A register's operations must be in the city's country.
fn create_file(store: &mut Store, req: DraftRequest<'_>, format: &str) -> Result<i64, ImportError> {
    let name = req.input.file_name();
    let bytes = req.input.bytes()?.into_owned();
    let cat = catalogue()?;
    let invalid = |e: &dyn std::fmt::Display| ImportError::Invalid(e.to_string());
    let report = if format == PRACTICES {
        let library = practices::Library::from_catalogue(&cat).map_err(|e| invalid(&e))?;
        let n = practices::check(&name, &bytes, &library).map_err(|e| invalid(&e))?;
        serde_json::json!({ "practices": n })
    } else {
        let rules = funding::Rules::from_catalogue(&cat).map_err(|e| invalid(&e))?;
        let checked = funding::check_file(funding_request(&name, &bytes, &req), &rules)
            .map_err(|e| invalid(&e))?;
        let country = req
            .city
            .country
            .as_ref()
            .map(|c| c.to_string())
            .unwrap_or_default();
        // The lists use ISO codes (GR), the store Eurostat's (EL).
        if let Some(op) = checked
            .rows
            .operations
            .iter()
            .find(|o| rules.statistics_country(&o.country.to_ascii_uppercase()) != country)
        {
            return Err(ImportError::Invalid(format!(
                "{name}, line {}: an operation in {} in a register of {} ({country}): a city's register holds its own country's operations",
                op.line, op.country, req.city.name
            )));
        }
        serde_json::to_value(&checked.report).unwrap_or_default()
    };
    let provenance = Provenance {
        file_name: name,
        sha256: model::checksum::sha256_hex(&bytes),
        format: format.to_string(),
        source: req.source.clone(),
        licence: req.licence.clone(),
    };
    let mut writer = store.begin_submission(req.actor, req.city.code.as_str(), &provenance)?;
    writer.attach_file(&bytes)?;
    Ok(writer.finish(&report.to_string())?)
}

fn funding_request<'a>(
    name: &'a str,
    bytes: &'a [u8],
    req: &'a DraftRequest<'_>,
) -> funding::ImportRequest<'a> {
    funding::ImportRequest {
        file_name: name,
        bytes,
        source: &req.source,
        licence: &req.licence,
        as_published: false,
    }
}

/// Publishes a submitted draft that keeps a file (a practice file, a funding register): the
/// file is imported whole, then the submission is marked published with that import. Run
/// again after an interruption, the import is found by its checksum and only the mark is
/// written, so nothing is lost or doubled.
pub fn publish_file(
    store: &mut Store,
    actor: &str,
    id: i64,
    comment: &str,
) -> Result<store::submissions::Submission, ImportError> {
    let sub = store
        .submission(id)?
        .ok_or_else(|| ImportError::Invalid(format!("no submission {id}")))?;
    if sub.status != store::submissions::Status::Submitted {
        return Err(ImportError::Store(store::StoreError::Conflict(format!(
            "submission {id} is {}: only a submitted submission can be published",
            sub.status.as_str()
        ))));
    }
    let bytes = store
        .submission_file(id)?
        .ok_or_else(|| ImportError::Invalid(format!("submission {id} keeps no file")))?;
    let cat = catalogue()?;
    let invalid = |e: &dyn std::fmt::Display| ImportError::Invalid(e.to_string());
    let import_id = if sub.format == PRACTICES {
        let library = practices::Library::from_catalogue(&cat).map_err(|e| invalid(&e))?;
        let request = practices::ImportRequest {
            file_name: &sub.file_name,
            bytes: &bytes,
            source: &sub.source,
            licence: &sub.licence,
        };
        match practices::import(store, request, &library).map_err(|e| invalid(&e))? {
            practices::Outcome::Imported { import_id, .. } => import_id,
            practices::Outcome::AlreadyImported(r) => r.id,
        }
    } else {
        let rules = funding::Rules::from_catalogue(&cat).map_err(|e| invalid(&e))?;
        let request = funding::ImportRequest {
            file_name: &sub.file_name,
            bytes: &bytes,
            source: &sub.source,
            licence: &sub.licence,
            as_published: false,
        };
        match funding::import(store, request, &rules).map_err(|e| invalid(&e))? {
            funding::Outcome::Imported { import_id, .. } => import_id,
            funding::Outcome::AlreadyImported(r) => r.id,
        }
    };
    Ok(store.mark_file_published(actor, id, comment, import_id)?)
}

/// Whether a submission keeps a file to import whole when published.
pub fn keeps_file(format: &str) -> bool {
    format == PRACTICES
        || format == Format::FUNDED_OPERATIONS.name()
        || format == Format::KOHESIO_BENEFICIARIES.name()
}
