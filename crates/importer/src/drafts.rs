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
    let format = match req.format {
        Some(f) => f,
        None => ingest::detect(req.input)?,
    };
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
