//! A survey's way from questionnaire to published results, on the store: keep a questionnaire
//! (a change is a new version), field it, hand out one-time invitations (or an open link that
//! mints one per respondent), take answers page by page with save and resume, submit once,
//! weight, estimate.
//!
//! The invitations are the audit rounds' ([`assessment::tokens`]): random, typeable from
//! paper, stored hashed — one way to collect answers, not two. Answers are checked against
//! the frozen questionnaire version the survey fields, never against a later one.

use crate::answer::Answers;
use crate::estimates::{EstimateOptions, ItemEstimates, estimate_item};
use crate::form::Questionnaire;
use crate::validate::{AnswerProblem, Raw};
use crate::weighting::{Weighting, WeightingSpec, weight};
use crate::xlsform::{self, FormErrors};
use assessment::tokens::{self, Purpose};
use serde::{Deserialize, Serialize};
use store::Store;
use store::surveys::{NewSurvey, QuestionnaireVersion, Survey};

/// Why a step was refused; each message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum CollectError {
    #[error("{0}")]
    Form(FormErrors),
    #[error("the answers have {} problem(s): {}", .0.len(), .0.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; "))]
    Answers(Vec<AnswerProblem>),
    #[error("{0}")]
    Store(#[from] store::StoreError),
    #[error("{0}")]
    Weighting(#[from] crate::weighting::WeightingError),
    #[error("{0}")]
    Margins(#[from] crate::margins::MarginsError),
    #[error("{0}")]
    Estimate(#[from] crate::estimates::EstimateError),
    #[error("no survey {0}: `observatory survey list` shows the surveys")]
    NoSurvey(i64),
    #[error(
        "this code opens no survey: check it against the letter (dashes and case do not matter)"
    )]
    UnknownInvitation,
    #[error("this code has been used: the answers were sent, and it cannot answer again")]
    InvitationUsed,
    #[error("the survey is closed: answers are no longer taken")]
    SurveyClosed,
    #[error("this survey is answered by invitation only: use the code on your letter")]
    InvitationOnly,
    #[error("{0}")]
    Refused(String),
    #[error(
        "the store's {what} cannot be read ({message}): the database was changed by hand or is damaged; restore it from a backup"
    )]
    Corrupt { what: String, message: String },
}

pub type Result<T> = std::result::Result<T, CollectError>;

/// A questionnaire kept in the store.
#[derive(Debug, Clone)]
pub struct Kept {
    pub version: QuestionnaireVersion,
    pub questionnaire: Questionnaire,
    /// Whether this import made a new version (false: identical to the latest).
    pub new: bool,
}

/// Reads an XLSForm and keeps it for `city`: unchanged, it is the latest version again;
/// changed, the next version. A form with problems changes nothing.
pub fn import_questionnaire(
    store: &mut Store,
    actor: &str,
    city: &str,
    xlsx: &[u8],
) -> Result<Kept> {
    if store.geography(city.trim())?.is_none() {
        return Err(CollectError::Refused(format!(
            "no place with the code '{city}': give the city's code, e.g. HR004C"
        )));
    }
    let q = xlsform::import(xlsx).map_err(CollectError::Form)?;
    let (id, new) = store.save_questionnaire(
        actor,
        city,
        &q.id,
        q.title(&q.default_language),
        &q.canonical_json(),
        &q.fingerprint(),
    )?;
    let version = store
        .questionnaire(id)?
        .ok_or_else(|| CollectError::Refused(format!("questionnaire {id} vanished")))?;
    Ok(Kept {
        version,
        questionnaire: q,
        new,
    })
}

/// The questionnaire of a stored version.
pub fn questionnaire(store: &Store, id: i64) -> Result<(QuestionnaireVersion, Questionnaire)> {
    let v = store
        .questionnaire(id)?
        .ok_or_else(|| CollectError::Refused(format!("no questionnaire {id}")))?;
    let q = Questionnaire::from_json(&v.definition).map_err(|e| CollectError::Corrupt {
        what: format!("questionnaire {id}"),
        message: e.to_string(),
    })?;
    Ok((v, q))
}

/// A survey with its questionnaire.
pub fn survey(store: &Store, id: i64) -> Result<(Survey, Questionnaire)> {
    let s = store.survey(id)?.ok_or(CollectError::NoSurvey(id))?;
    let (_, q) = questionnaire(store, s.questionnaire)?;
    Ok((s, q))
}

/// Fields a questionnaire version.
pub fn open(store: &mut Store, actor: &str, new: &NewSurvey<'_>) -> Result<i64> {
    for (what, value, allowed) in [
        ("mode", new.mode, &["anonymous", "named"][..]),
        ("access", new.access, &["invitation", "open"][..]),
    ] {
        if !allowed.contains(&value) {
            return Err(CollectError::Refused(format!(
                "{what} '{value}' is not one of {}",
                allowed.join(", ")
            )));
        }
    }
    for date in [new.opens, new.closes] {
        assessment::rounds::check_date(date, "date")
            .map_err(|e| CollectError::Refused(e.to_string()))?;
    }
    if new.opens > new.closes {
        return Err(CollectError::Refused(format!(
            "the survey closes ({}) before it opens ({})",
            new.closes, new.opens
        )));
    }
    questionnaire(store, new.questionnaire)?;
    Ok(store.create_survey(actor, new)?)
}

/// `count` new invitations, in their printable form; only the hashes are stored.
pub fn invite(store: &mut Store, actor: &str, survey: i64, count: usize) -> Result<Vec<String>> {
    let secrets: Vec<String> = (0..count).map(|_| tokens::generate()).collect();
    let hashes: Vec<String> = secrets
        .iter()
        .map(|s| tokens::hash(Purpose::Invitation, s))
        .collect();
    store.issue_survey_invitations(Some(actor), survey, &hashes)?;
    Ok(secrets.iter().map(|s| tokens::grouped(s)).collect())
}

/// An open link's respondent starting: a fresh invitation of their own, with which they can
/// save and resume. Refused for a survey by invitation only.
pub fn start_open(store: &mut Store, survey: i64) -> Result<String> {
    let s = store
        .survey(survey)?
        .ok_or(CollectError::NoSurvey(survey))?;
    if !s.is_open_link() {
        return Err(CollectError::InvitationOnly);
    }
    if !s.is_open() {
        return Err(CollectError::SurveyClosed);
    }
    let secret = tokens::generate();
    store.issue_survey_invitations(None, survey, &[tokens::hash(Purpose::Invitation, &secret)])?;
    Ok(tokens::grouped(&secret))
}

/// Where a respondent stands: the survey, its questionnaire and the draft so far.
#[derive(Debug, Clone)]
pub struct Respondent {
    pub survey: Survey,
    pub questionnaire: Questionnaire,
    pub draft: Answers,
    token_hash: String,
}

/// Opens the questionnaire with an invitation: refused for an unknown or used one, or a
/// closed survey.
pub fn respondent(store: &Store, typed: &str) -> Result<Respondent> {
    let normalised = tokens::normalise(typed);
    if !tokens::plausible(&normalised) {
        return Err(CollectError::UnknownInvitation);
    }
    let hash = tokens::hash(Purpose::Invitation, &normalised);
    let (survey, used) = store
        .survey_invitation(&hash)?
        .ok_or(CollectError::UnknownInvitation)?;
    if used {
        return Err(CollectError::InvitationUsed);
    }
    let (s, q) = self::survey(store, survey)?;
    if !s.is_open() {
        return Err(CollectError::SurveyClosed);
    }
    let draft = match store.survey_draft(&hash)? {
        Some(json) => serde_json::from_str(&json).map_err(|e| CollectError::Corrupt {
            what: format!("draft of survey {survey}"),
            message: e.to_string(),
        })?,
        None => Answers::new(),
    };
    Ok(Respondent {
        survey: s,
        questionnaire: q,
        draft,
        token_hash: hash,
    })
}

impl Respondent {
    /// Checks one section's answers (relevance may depend on earlier answers in the draft)
    /// and saves them into the draft. Problems change nothing.
    pub fn save_section(
        &mut self,
        store: &mut Store,
        section: usize,
        raw: &Raw,
        lang: &str,
    ) -> Result<()> {
        self.save_page(store, section, raw, &[], lang)
    }

    /// [`Self::save_section`] for a page as the respondent saw it: questions in `not_shown`
    /// (revealed by this page's own answers) are not required yet
    /// ([`Questionnaire::check_page`]).
    pub fn save_page(
        &mut self,
        store: &mut Store,
        section: usize,
        raw: &Raw,
        not_shown: &[String],
        lang: &str,
    ) -> Result<()> {
        let s = self.questionnaire.sections.get(section).ok_or_else(|| {
            CollectError::Refused(format!("the questionnaire has no page {}", section + 1))
        })?;
        let checked = self
            .questionnaire
            .check_page(section, raw, &self.draft, not_shown, lang)
            .map_err(CollectError::Answers)?;
        let names: Vec<String> = s.questions().map(|q| q.name.clone()).collect();
        self.draft.retain(|k, _| !names.contains(k));
        self.draft.extend(checked);
        let json =
            serde_json::to_string(&self.draft).map_err(|e| CollectError::Refused(e.to_string()))?;
        store.save_survey_draft(&self.token_hash, &json)?;
        Ok(())
    }

    /// Checks the whole draft once more (a later page may make an earlier answer irrelevant)
    /// and submits it; the invitation is spent.
    pub fn submit(self, store: &mut Store, lang: &str) -> Result<()> {
        let raw = raw_of(&self.draft);
        let answers = self
            .questionnaire
            .check(&raw, lang)
            .map_err(CollectError::Answers)?;
        let json =
            serde_json::to_string(&answers).map_err(|e| CollectError::Refused(e.to_string()))?;
        store.submit_survey_response(&self.token_hash, &json)?;
        Ok(())
    }
}

/// Answers back into what a form posts, to check them again.
pub fn raw_of(answers: &Answers) -> Raw {
    use crate::answer::Answer;
    answers
        .iter()
        .map(|(k, a)| {
            let values = match a {
                Answer::Choice(c) => vec![c.clone()],
                Answer::Choices(cs) => cs.clone(),
                Answer::Number(x) => vec![format!("{x}")],
                Answer::Date(d) | Answer::Text(d) => vec![d.clone()],
            };
            (k.clone(), values)
        })
        .collect()
}

/// The submitted responses of a survey, with their ids.
pub fn responses(store: &Store, survey: i64) -> Result<Vec<(String, Answers)>> {
    store
        .survey_responses(survey)?
        .into_iter()
        .map(|r| {
            let a: Answers =
                serde_json::from_str(&r.answers).map_err(|e| CollectError::Corrupt {
                    what: format!("response {} of survey {survey}", r.id),
                    message: e.to_string(),
                })?;
            Ok((r.id, a))
        })
        .collect()
}

/// Weights a survey's responses to the margins and keeps the weights (with and without
/// calibration) in the store.
pub fn weight_survey(
    store: &mut Store,
    actor: &str,
    survey: i64,
    spec: &WeightingSpec,
) -> Result<Weighting> {
    let (_, q) = self::survey(store, survey)?;
    for m in &spec.margins {
        let single = q
            .question(&m.question)
            .is_some_and(|x| matches!(x.kind, crate::form::Kind::SelectOne(_)));
        if !single {
            return Err(CollectError::Refused(format!(
                "margin '{}': the questionnaire has no single-choice question of that name",
                m.question
            )));
        }
    }
    let rs = responses(store, survey)?;
    let answers: Vec<Answers> = rs.iter().map(|(_, a)| a.clone()).collect();
    let w = weight(&answers, spec)?;
    let rows: Vec<(String, Option<f64>, Option<f64>)> = rs
        .iter()
        .zip(w.base.iter().zip(&w.calibrated))
        .map(|((id, _), (b, c))| (id.clone(), *b, *c))
        .collect();
    let spec_json =
        serde_json::to_string(spec).map_err(|e| CollectError::Refused(e.to_string()))?;
    store.replace_survey_weights(actor, survey, &spec_json, &rows)?;
    Ok(w)
}

/// Weights a survey to the margins the store holds for its city ([`crate::margins`]): the
/// population born in the country and abroad. Gives the weighting and the year of the
/// populations.
pub fn weight_survey_to_store(
    store: &mut Store,
    actor: &str,
    survey: i64,
) -> Result<(Weighting, i32)> {
    let (s, q) = self::survey(store, survey)?;
    let m = crate::margins::from_store(store, &s.city, &q, None)?;
    let w = weight_survey(store, actor, survey, &m.spec)?;
    Ok((w, m.year))
}

/// A survey's results: every question estimated, by a breakdown if asked.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Results {
    pub survey: i64,
    pub responses: usize,
    /// Whether the estimates use calibrated weights (false: every respondent counts alike).
    pub weighted: bool,
    pub items: Vec<ItemEstimates>,
}

/// Estimates every question of a survey, with the stored weights if there are any.
pub fn results(
    store: &Store,
    survey: i64,
    breakdown: Option<&str>,
    options: &EstimateOptions,
) -> Result<Results> {
    let (_, q) = self::survey(store, survey)?;
    let rs = responses(store, survey)?;
    let stored = store.survey_weights(survey)?;
    let weighted = !stored.is_empty();
    let weights: Vec<Option<f64>> = if weighted {
        let by_id: std::collections::BTreeMap<&str, Option<f64>> =
            stored.iter().map(|(id, _, c)| (id.as_str(), *c)).collect();
        rs.iter()
            .map(|(id, _)| by_id.get(id.as_str()).copied().flatten())
            .collect()
    } else {
        vec![Some(1.0); rs.len()]
    };
    let by = match breakdown {
        Some(b) => Some(q.breakdown(b).ok_or_else(|| {
            CollectError::Refused(format!(
                "'{b}' is no single-choice question of the questionnaire to break down by"
            ))
        })?),
        None => None,
    };
    let answers: Vec<Answers> = rs.into_iter().map(|(_, a)| a).collect();
    let items = q
        .estimate_items()
        .iter()
        .filter(|i| by.as_ref().is_none_or(|b| b.question != i.name))
        .map(|i| estimate_item(i, &answers, &weights, by.as_ref(), options))
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(Results {
        survey,
        responses: answers.len(),
        weighted,
        items,
    })
}

/// Sends a closed survey's results to its city's approver through the workflow, frozen as
/// they are now (with the stored weights; small cells withheld). Free-text answers are not
/// part of them: a sentence can name its writer, so only their count is published. Returns
/// the submission's id.
pub fn submit_results(store: &mut Store, actor: &str, survey: i64) -> Result<i64> {
    let (s, q) = self::survey(store, survey)?;
    if s.is_open() {
        return Err(CollectError::Refused(format!(
            "survey {survey} is still open: close it before its results go for approval"
        )));
    }
    if let Some(sub) = s.submission {
        return Err(CollectError::Refused(format!(
            "the results of survey {survey} are already submission {sub}: follow them there"
        )));
    }
    let mut r = results(store, survey, None, &EstimateOptions::default())?;
    for t in r.items.iter_mut().flat_map(|i| i.texts.iter_mut()) {
        t.answers = None;
    }
    let json = serde_json::to_string(&r).map_err(|e| CollectError::Refused(e.to_string()))?;
    let city = store
        .geography(&s.city)?
        .map(|g| g.name)
        .unwrap_or_else(|| s.city.clone());
    let provenance = model::Provenance {
        file_name: format!("survey {}: {}", s.id, s.title),
        sha256: model::checksum::sha256_hex(json.as_bytes()),
        format: format!(
            "city survey (questionnaire {} version {})",
            q.id,
            q.version.as_deref().unwrap_or("1")
        ),
        source: format!(
            "{city}: survey with {} responses, {}",
            r.responses,
            if r.weighted {
                "weighted to the population's margins"
            } else {
                "unweighted"
            }
        ),
        licence: "unspecified".into(),
    };
    Ok(store.submit_survey_results(actor, survey, &provenance, &json)?)
}

/// A city's surveys whose results are published, each with its questionnaire and its
/// frozen results, by closing date.
pub fn published(store: &Store, city: &str) -> Result<Vec<(Survey, Questionnaire, Results)>> {
    let mut out = Vec::new();
    for s in store.surveys(Some(city))? {
        let Some(json) = s.results.as_deref().filter(|_| s.is_published()) else {
            continue;
        };
        let r: Results = serde_json::from_str(json).map_err(|e| CollectError::Corrupt {
            what: format!("the published results of survey {}", s.id),
            message: e.to_string(),
        })?;
        let (_, q) = self::survey(store, s.id)?;
        out.push((s, q, r));
    }
    out.sort_by(|a, b| a.0.closes.cmp(&b.0.closes).then(a.0.id.cmp(&b.0.id)));
    Ok(out)
}

/// Two published rounds of one questionnaire and how their figures changed.
#[derive(Debug, Clone)]
pub struct Trend {
    pub before: Survey,
    pub after: Survey,
    /// The newer round's questionnaire (its labels).
    pub questionnaire: Questionnaire,
    pub changes: Vec<crate::trend::Change>,
}

/// The changes between the two latest published rounds of each questionnaire of a city
/// ([`crate::trend`]), newest pairs first.
pub fn trends(store: &Store, city: &str) -> Result<Vec<Trend>> {
    let rounds = published(store, city)?;
    let mut forms: Vec<&str> = Vec::new();
    for (_, q, _) in &rounds {
        if !forms.contains(&q.id.as_str()) {
            forms.push(&q.id);
        }
    }
    let mut out = Vec::new();
    for form in forms {
        let of_form: Vec<_> = rounds.iter().filter(|(_, q, _)| q.id == form).collect();
        if let [.., (s1, _, r1), (s2, q2, r2)] = of_form.as_slice() {
            out.push(Trend {
                before: s1.clone(),
                after: s2.clone(),
                questionnaire: q2.clone(),
                changes: crate::trend::changes(r1, r2),
            });
        }
    }
    out.reverse();
    Ok(out)
}

/// What the stored weights cost in precision, for the results page: how many responses
/// carry a calibrated weight, Kish's design effect and the effective sample size, the
/// smallest and largest weight.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WeightsSummary {
    pub weighted: usize,
    pub unplaced: usize,
    pub design_effect: f64,
    pub effective_n: f64,
    pub min: f64,
    pub max: f64,
}

/// The summary of a survey's stored weights; `None` when it is not weighted.
pub fn weights_summary(store: &Store, survey: i64) -> Result<Option<WeightsSummary>> {
    let stored = store.survey_weights(survey)?;
    if stored.is_empty() {
        return Ok(None);
    }
    let w: Vec<f64> = stored.iter().filter_map(|(_, _, c)| *c).collect();
    let (design_effect, effective_n) = crate::weighting::kish(&w);
    Ok(Some(WeightsSummary {
        weighted: w.len(),
        unplaced: stored.len() - w.len(),
        design_effect,
        effective_n,
        min: w.iter().copied().fold(f64::INFINITY, f64::min),
        max: w.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    }))
}
