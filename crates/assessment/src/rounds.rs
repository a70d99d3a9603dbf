//! Audit rounds over the store: open a round for a city, issue invitations per stakeholder
//! group, close it, compute its results, send them to the approver through the publication
//! workflow, and compare them with the city's previous round and its peers' rounds.
//!
//! Rules that are the city's to know:
//! * An anonymous round's results are computed only once it is closed: while it runs, each
//!   new response would show as a change of the figures, and whoever knows who just
//!   answered would learn their answers. Named rounds (expert panels) show results at any
//!   time.
//! * What is published is [`crate::scoring::AuditResults::public`] — figures only, no
//!   comments — frozen when submitted; the published scores per focal point and principle
//!   also become the city's observations (dataset `audit_<framework>`), with provenance.

use crate::compare::{self, Comparison, RoundRef};
use crate::framework::{self, Framework};
use crate::priorities::{self, PriorityResults};
use crate::scoring::{self, Answer, AuditResults, Response, Settings};
use crate::tokens::{self, Purpose};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use store::Store;
use store::audits::{NewRound, Round, StoredResponse};

/// Which questionnaire a round asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The audit: every question of every focal point.
    Audit,
    /// Stakeholder priorities: each focal point rated 1–5.
    Priorities,
}

impl Kind {
    pub fn parse(text: &str) -> Option<Kind> {
        match text.trim() {
            "audit" => Some(Kind::Audit),
            "priorities" => Some(Kind::Priorities),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Audit => "audit",
            Kind::Priorities => "priorities",
        }
    }

    pub fn of(round: &Round) -> Kind {
        Kind::parse(&round.kind).unwrap_or(Kind::Audit)
    }
}

/// Whether responses are kept apart from the invitations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Anonymous,
    /// Named expert panels: a response keeps its respondent.
    Named,
}

impl Mode {
    pub fn parse(text: &str) -> Option<Mode> {
        match text.trim() {
            "anonymous" => Some(Mode::Anonymous),
            "named" => Some(Mode::Named),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Anonymous => "anonymous",
            Mode::Named => "named",
        }
    }
}

/// A round to open.
#[derive(Debug, Clone)]
pub struct OpenRequest {
    pub city: String,
    pub title: String,
    pub framework: String,
    /// The latest version of the framework when `None`.
    pub version: Option<String>,
    pub kind: Kind,
    pub mode: Mode,
    /// YYYY-MM-DD.
    pub opens: String,
    pub closes: String,
    pub min_group: usize,
}

/// Today (UTC) as YYYY-MM-DD.
pub fn today() -> String {
    let d = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// A date as YYYY-MM-DD, or a message saying how to write it.
pub fn check_date(text: &str, what: &str) -> Result<String> {
    let t = text.trim();
    let bad = || {
        Error::Invalid(format!(
            "the {what} date '{t}' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31"
        ))
    };
    let parts: Vec<&str> = t.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    let (y, m, d) = (
        y.parse::<i32>().map_err(|_| bad())?,
        m.parse::<u8>().map_err(|_| bad())?,
        d.parse::<u8>().map_err(|_| bad())?,
    );
    let month = time::Month::try_from(m).map_err(|_| bad())?;
    let date = time::Date::from_calendar_date(y, month, d).map_err(|_| bad())?;
    if y.to_string().len() != 4 || t.len() != 10 {
        return Err(bad());
    }
    Ok(format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    ))
}

/// The framework `id` (at `version`, or its latest) of a catalogue.
pub fn find_framework(
    cat: &catalogue::Catalogue,
    id: &str,
    version: Option<&str>,
) -> Result<Framework> {
    let all = framework::all(cat)?;
    let of_id: Vec<&Framework> = all.iter().filter(|f| f.id == id).collect();
    if of_id.is_empty() {
        return Err(Error::NotFound(format!(
            "no framework '{id}' in the catalogue ({}); the frameworks are: {}",
            cat.origin,
            all.iter()
                .map(|f| f.reference())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    match version {
        Some(v) => of_id
            .iter()
            .find(|f| f.version == v)
            .map(|f| (*f).clone())
            .ok_or_else(|| {
                Error::NotFound(format!(
                    "framework '{id}' has no version '{v}'; it has {}",
                    of_id
                        .iter()
                        .map(|f| f.version.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            }),
        // Sorted by version text; the last is the latest.
        None => Ok((*of_id[of_id.len() - 1]).clone()),
    }
}

/// The framework a round was opened with (its own copy, whatever the catalogue holds now).
pub fn framework_of(round: &Round) -> Result<Framework> {
    Ok(Framework::parse(
        &round.framework_text,
        &format!("the framework of audit round {}", round.id),
    )?)
}

/// Opens a round; returns its id.
pub fn open(
    store: &mut Store,
    cat: &catalogue::Catalogue,
    actor: &str,
    req: &OpenRequest,
) -> Result<i64> {
    let city = store.geography(req.city.trim())?.ok_or_else(|| {
        Error::NotFound(format!(
            "no place with the code '{}': give the city's code, e.g. HR004C",
            req.city
        ))
    })?;
    let fw = find_framework(cat, req.framework.trim(), req.version.as_deref())?;
    if req.kind == Kind::Priorities && fw.priorities.is_none() {
        return Err(Error::Invalid(format!(
            "framework {} has no [priorities] scale: a priorities round needs one",
            fw.reference()
        )));
    }
    let opens = check_date(&req.opens, "opening")?;
    let closes = check_date(&req.closes, "closing")?;
    if closes < opens {
        return Err(Error::Invalid(format!(
            "the round closes ({closes}) before it opens ({opens}): give a closing date on or after the opening date"
        )));
    }
    if req.min_group < crate::disclosure::MIN_GROUP_FLOOR {
        return Err(Error::Invalid(format!(
            "the smallest group shown cannot be below {} respondents (given {}): with fewer, respondents would see each other's answers",
            crate::disclosure::MIN_GROUP_FLOOR,
            req.min_group
        )));
    }
    let title = if req.title.trim().is_empty() {
        format!(
            "{} {}: {}",
            city.name,
            &opens[..4],
            match req.kind {
                Kind::Audit => "city audit",
                Kind::Priorities => "stakeholder priorities",
            }
        )
    } else {
        req.title.trim().to_string()
    };
    Ok(store.create_audit_round(
        actor,
        &NewRound {
            city: city.code.as_str(),
            title: &title,
            framework: &fw.id,
            version: &fw.version,
            framework_text: &fw.text,
            kind: req.kind.as_str(),
            mode: req.mode.as_str(),
            opens: &opens,
            closes: &closes,
            min_group: req.min_group as i64,
        },
    )?)
}

/// A round by id, or a message.
pub fn round(store: &Store, id: i64) -> Result<Round> {
    store
        .audit_round(id)?
        .ok_or_else(|| Error::NotFound(format!("no audit round {id}")))
}

/// A newly issued invitation: the only time its token exists outside the respondent's hands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Issued {
    pub token: String,
    /// For printing: `K7Q2-M9XD-…`.
    pub printed: String,
    pub group: String,
    pub group_title: String,
    /// Named rounds: whom it is for.
    pub label: String,
    /// The link's path; the page adds the host.
    pub path: String,
}

/// The most invitations of one go (a printed list of 500 is already long).
pub const MAX_INVITATIONS: usize = 500;

/// Issues invitations for `group`: `count` anonymous ones, or one per name of `labels` in a
/// named round. The tokens are returned once and stored hashed.
pub fn issue(
    store: &mut Store,
    actor: &str,
    round_id: i64,
    group: &str,
    count: usize,
    labels: &[String],
) -> Result<Vec<Issued>> {
    let r = round(store, round_id)?;
    let fw = framework_of(&r)?;
    let g = fw.group(group.trim()).ok_or_else(|| {
        Error::Invalid(format!(
            "'{group}' is not a stakeholder group of {}: choose one of {}",
            fw.reference(),
            fw.groups
                .iter()
                .map(|g| g.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
    })?;
    let labels: Vec<String> = labels
        .iter()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let n = if r.is_anonymous() {
        if !labels.is_empty() {
            return Err(Error::Invalid(
                "an anonymous round takes no names: give how many invitations, and hand them out at random".into(),
            ));
        }
        count
    } else {
        if labels.is_empty() {
            return Err(Error::Invalid(
                "a named round issues one invitation per respondent: give their names, one a line"
                    .into(),
            ));
        }
        labels.len()
    };
    if n == 0 || n > MAX_INVITATIONS {
        return Err(Error::Invalid(format!(
            "issue between 1 and {MAX_INVITATIONS} invitations at a time (asked for {n})"
        )));
    }
    let issued: Vec<Issued> = (0..n)
        .map(|i| {
            let token = tokens::generate();
            Issued {
                printed: tokens::grouped(&token),
                path: format!("/audit/respond/{token}"),
                token,
                group: g.id.clone(),
                group_title: g.title.clone(),
                label: labels.get(i).cloned().unwrap_or_default(),
            }
        })
        .collect();
    let hashes: Vec<(String, String)> = issued
        .iter()
        .map(|i| (tokens::hash(Purpose::Invitation, &i.token), i.label.clone()))
        .collect();
    store.issue_audit_invitations(actor, round_id, &g.id, &hashes)?;
    Ok(issued)
}

/// Closes a round.
pub fn close(store: &mut Store, actor: &str, round_id: i64) -> Result<Round> {
    store.close_audit_round(actor, round_id)?;
    round(store, round_id)
}

/// The results of either questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Results {
    Audit(AuditResults),
    Priorities(PriorityResults),
}

impl Results {
    /// Without the respondents' own words: what may leave the city's account.
    pub fn public(&self) -> Results {
        match self {
            Results::Audit(a) => Results::Audit(a.public()),
            Results::Priorities(p) => Results::Priorities(p.public()),
        }
    }

    pub fn audit(&self) -> Option<&AuditResults> {
        match self {
            Results::Audit(a) => Some(a),
            Results::Priorities(_) => None,
        }
    }
}

/// A stored response as the scoring reads it.
pub fn as_response(s: &StoredResponse) -> Response {
    let mut r = Response {
        group: s.group.clone(),
        respondent: s.respondent.clone(),
        ..Default::default()
    };
    for a in &s.answers {
        let answer = match (a.choice, a.dont_know) {
            (Some(i), _) => usize::try_from(i).ok().map(Answer::Option),
            (None, true) => Some(Answer::DontKnow),
            (None, false) => None,
        };
        if let Some(answer) = answer {
            r.answers.insert(a.question.clone(), answer);
        }
        if !a.comment.trim().is_empty() {
            r.comments.insert(a.question.clone(), a.comment.clone());
        }
    }
    r
}

/// Settings of a round (its own threshold; the rest as the issue says).
pub fn settings(round: &Round) -> Settings {
    Settings {
        min_group: usize::try_from(round.min_group).unwrap_or(crate::disclosure::MIN_GROUP_DEFAULT),
        ..Settings::default()
    }
}

/// The round's results, computed from its responses. Refused for an anonymous round that
/// is still open.
pub fn results(store: &Store, round_id: i64) -> Result<(Round, Framework, Results)> {
    let r = round(store, round_id)?;
    if r.is_anonymous() && r.is_open() {
        return Err(Error::Refused(format!(
            "audit round {round_id} is anonymous and still open: its results are computed once it is closed (while it runs, each new response would show as a change, and whoever knows who just answered would learn their answers)"
        )));
    }
    let fw = framework_of(&r)?;
    let responses: Vec<Response> = store
        .audit_responses(round_id)?
        .iter()
        .map(as_response)
        .collect();
    let s = settings(&r);
    let res = match Kind::of(&r) {
        Kind::Audit => Results::Audit(scoring::score(&fw, &responses, &s)),
        Kind::Priorities => Results::Priorities(priorities::score(&fw, &responses, s.min_group)),
    };
    Ok((r, fw, res))
}

/// The results as published, if the round is.
pub fn published(store: &Store, round_id: i64) -> Result<Option<(Round, Results)>> {
    let r = round(store, round_id)?;
    if !r.is_published() {
        return Ok(None);
    }
    let text = r.results.clone().unwrap_or_default();
    let res: Results = serde_json::from_str(&text).map_err(|e| {
        Error::Invalid(format!(
            "the published results of audit round {round_id} cannot be read: {e}"
        ))
    })?;
    Ok(Some((r, res)))
}

/// The dataset the published scores of a framework become.
pub fn dataset(kind: Kind, framework: &str) -> String {
    match kind {
        Kind::Audit => format!("audit_{framework}"),
        Kind::Priorities => format!("priorities_{framework}"),
    }
}

/// The published figures as observations of the city: the overall score of each focal
/// point and principle (audit), or the overall importance of each focal point.
fn observations(r: &Round, res: &Results) -> Result<Vec<model::Observation>> {
    let year: i32 = r.closes[..4]
        .parse()
        .map_err(|_| Error::Invalid(format!("round {} has no closing year", r.id)))?;
    let kind = Kind::of(r);
    let ds = dataset(kind, &r.framework);
    let mk = |dim: &str, id: &str, variable: &str, unit: &str, value: f64| model::Observation {
        dataset: ds.clone(),
        variable: variable.into(),
        geo: model::GeoCode::new(r.city.clone()),
        group: model::PopulationGroup::total(),
        breakdown: [
            (dim.to_string(), id.to_string()),
            ("version".to_string(), r.version.clone()),
        ]
        .into_iter()
        .collect(),
        period: model::Period::Year(year),
        value,
        unit: Some(unit.into()),
        flags: model::Flags::NONE,
    };
    let mut out = Vec::new();
    match res {
        Results::Audit(a) => {
            for f in &a.focal_points {
                if let Some(v) = f.overall {
                    out.push(mk("focal_point", &f.id, "score", "points (0-100)", v));
                }
            }
            for p in &a.principles {
                if let Some(v) = p.overall {
                    out.push(mk("principle", &p.id, "score", "points (0-100)", v));
                }
            }
        }
        Results::Priorities(p) => {
            for i in &p.items {
                if let Some(v) = i.overall {
                    out.push(mk(
                        "focal_point",
                        &i.focal_point,
                        "importance",
                        "rating (1-5)",
                        v,
                    ));
                }
            }
        }
    }
    Ok(out)
}

/// Sends a closed round's results to the city's approver: a submission of the public
/// results (frozen) and their scores as observations, in one transaction with the round's
/// link to it. Returns the submission's id.
pub fn submit_results(store: &mut Store, actor: &str, round_id: i64) -> Result<i64> {
    let (r, fw, res) = results(store, round_id)?;
    if r.is_open() {
        return Err(Error::Refused(format!(
            "audit round {round_id} is still open: close it before its results go for approval"
        )));
    }
    if let Some(sub) = r.submission {
        return Err(Error::Refused(format!(
            "the results of audit round {round_id} are already submission {sub}: follow them there (a returned submission is submitted again from its page)"
        )));
    }
    let public = res.public();
    let json = serde_json::to_string(&public)
        .map_err(|e| Error::Invalid(format!("the results cannot be encoded: {e}")))?;
    let city = store
        .geography(&r.city)?
        .map(|g| g.name)
        .unwrap_or_else(|| r.city.clone());
    // The public count: withheld groups' respondents are not told, even here.
    let respondents = match &public {
        Results::Audit(a) => a.respondents,
        Results::Priorities(p) => p.respondents,
    };
    let provenance = model::Provenance {
        file_name: format!("audit round {}: {}", r.id, r.title),
        sha256: model::checksum::sha256_hex(json.as_bytes()),
        format: format!("city audit round ({})", r.kind),
        source: format!(
            "{city}: participatory {} with {respondents} respondents, framework {}",
            if Kind::of(&r) == Kind::Audit {
                "audit"
            } else {
                "priorities survey"
            },
            fw.reference()
        ),
        licence: "unspecified".into(),
    };
    let obs = observations(&r, &res)?;
    Ok(store.submit_audit_results(actor, round_id, &provenance, &obs, &json)?)
}

/// A round as a reference in comparisons.
fn reference(store: &Store, r: &Round) -> Result<RoundRef> {
    Ok(RoundRef {
        round: r.id,
        city: r.city.clone(),
        city_name: store
            .geography(&r.city)?
            .map(|g| g.name)
            .unwrap_or_else(|| r.city.clone()),
        title: r.title.clone(),
        closes: r.closes.clone(),
        framework: r.framework.clone(),
        version: r.version.clone(),
    })
}

/// The audit results of another round as a viewer may see them: published ones to anyone,
/// a closed unpublished one of the viewer's own city to the city's staff.
fn results_for(store: &Store, r: &Round, staff: bool) -> Result<Option<AuditResults>> {
    if let Some((_, res)) = published(store, r.id)? {
        return Ok(res.audit().cloned());
    }
    if staff && !r.is_open() {
        let (_, _, res) = results(store, r.id)?;
        return Ok(res.audit().map(AuditResults::public));
    }
    Ok(None)
}

/// The round beside the city's previous audit round of the same framework version (its
/// latest earlier one with results the viewer may see) and each peer city's latest
/// published round of that version. `staff`: the viewer works for the round's city.
pub fn comparison(
    store: &Store,
    current: &Round,
    results: &AuditResults,
    peer_cities: &[String],
    staff: bool,
) -> Result<Comparison> {
    let same = |x: &Round| {
        x.framework == current.framework && x.version == current.version && x.kind == "audit"
    };
    let mut previous = None;
    for x in store.audit_rounds(Some(&current.city))? {
        if x.id < current.id
            && same(&x)
            && let Some(res) = results_for(store, &x, staff)?
        {
            previous = Some((reference(store, &x)?, res));
            break;
        }
    }
    let mut peers = Vec::new();
    for code in peer_cities {
        for x in store.audit_rounds(Some(code))? {
            if same(&x)
                && let Some((_, Results::Audit(res))) = published(store, x.id)?
            {
                peers.push((reference(store, &x)?, res));
                break;
            }
        }
    }
    Ok(compare::compare(
        results,
        (&current.framework, &current.version),
        previous,
        peers,
    ))
}

/// The codes of a city's peer cities (the peers capability's default query).
pub fn peer_codes(cities: &peers::Cities, city: &str) -> Vec<String> {
    cities
        .peers(city, &peers::PeerQuery::default())
        .map(|set| set.peers.iter().map(|p| p.city.code.clone()).collect())
        .unwrap_or_default()
}
