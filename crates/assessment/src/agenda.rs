//! The City Integration Agenda: what a city will do about its audit's findings — goals per
//! focal point, actions (who, with whom, when, how much, from which fund, how far), and
//! targets on the observatory's own series, whose progress is assessed with
//! [`foresight::progress`] (Eurostat's SDG method: the observed growth since the baseline
//! against the growth the target needs) and shown as the share of the way from the
//! baseline to the target that the latest value has gone.
//!
//! An editor drafts a version; the approver publishes it through the workflow; a version
//! sent for approval is fixed, and a change is a new version (a copy of the latest).

use crate::framework::Framework;
use crate::{Error, Result};
use foresight::progress::{self, Assessment, Direction, Method, Target as Goalpost};
use serde::Serialize;
use store::Store;
use store::agendas::{Action, Agenda, Item, NewAgenda, Target};

/// The funds an action can draw on (the list, and the two that complete it).
pub const FUNDS: [(&str, &str); 6] = [
    ("esf+", "ESF+ (European Social Fund Plus)"),
    ("amif", "AMIF (Asylum, Migration and Integration Fund)"),
    ("national", "National funds"),
    ("municipal", "The city's own budget"),
    ("other", "Other"),
    ("none", "No funding needed or not yet known"),
];

pub const STATUSES: [&str; 4] = ["planned", "ongoing", "completed", "cancelled"];

pub fn fund_label(id: &str) -> &str {
    FUNDS
        .iter()
        .find(|(k, _)| *k == id)
        .map(|(_, l)| *l)
        .unwrap_or(id)
}

fn invalid(m: impl Into<String>) -> Error {
    Error::Invalid(m.into())
}

/// A date as an action may have it: YYYY, YYYY-MM or YYYY-MM-DD, or empty.
fn check_when(text: &str, what: &str) -> Result<String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(String::new());
    }
    let ok = match t.len() {
        4 => t.parse::<u16>().is_ok(),
        7 => {
            let (y, m) = t.split_at(4);
            y.parse::<u16>().is_ok()
                && m.strip_prefix('-')
                    .and_then(|m| m.parse::<u8>().ok())
                    .is_some_and(|m| (1..=12).contains(&m))
        }
        10 => crate::rounds::check_date(t, what).is_ok(),
        _ => false,
    };
    if ok {
        Ok(t.to_string())
    } else {
        Err(invalid(format!(
            "the {what} '{t}' is not a date: write 2026, 2026-09 or 2026-09-01"
        )))
    }
}

/// Checks an action before it is stored: a title, known fund and status, dates that are
/// dates in order, a budget that is a sum of money.
pub fn check_action(a: &Action) -> Result<Action> {
    if a.title.trim().is_empty() {
        return Err(invalid("give the action a title"));
    }
    if !FUNDS.iter().any(|(k, _)| *k == a.fund) {
        return Err(invalid(format!(
            "'{}' is not a fund the agenda knows: choose one of {}",
            a.fund,
            FUNDS.map(|f| f.0).join(", ")
        )));
    }
    if !STATUSES.contains(&a.status.as_str()) {
        return Err(invalid(format!(
            "'{}' is not a status: choose one of {}",
            a.status,
            STATUSES.join(", ")
        )));
    }
    let starts = check_when(&a.starts, "start")?;
    let ends = check_when(&a.ends, "end")?;
    if !starts.is_empty() && !ends.is_empty() && ends < starts {
        return Err(invalid(format!(
            "the action ends ({ends}) before it starts ({starts})"
        )));
    }
    if let Some(b) = a.budget
        && !(b.is_finite() && b >= 0.0)
    {
        return Err(invalid(format!(
            "the budget {b} is not a sum of money: give a number of 0 or more, or leave it empty"
        )));
    }
    Ok(Action {
        title: a.title.trim().to_string(),
        starts,
        ends,
        currency: if a.currency.trim().is_empty() {
            "EUR".into()
        } else {
            a.currency.trim().to_uppercase()
        },
        ..a.clone()
    })
}

/// The observations a target is about (one series: place, group, breakdown).
fn series(store: &Store, t: &Target) -> Result<Vec<model::Observation>> {
    let rows = store.observations(&store::SeriesFilter {
        geo: Some(t.geo.clone()),
        dataset: Some(t.dataset.clone()),
        variable: Some(t.variable.clone()),
        ..Default::default()
    })?;
    Ok(rows
        .into_iter()
        .map(|r| r.observation)
        .filter(|o| o.group.key() == t.group && o.breakdown_key() == t.breakdown)
        .collect())
}

/// Checks a target of `city`: a series the observatory holds, of the city or its country,
/// and a target later than the baseline.
pub fn check_target(store: &Store, city: &str, t: &Target) -> Result<()> {
    let country = store
        .geography(city)?
        .and_then(|g| g.country)
        .map(|c| c.to_string());
    if t.geo != city && Some(&t.geo) != country.as_ref() {
        return Err(invalid(format!(
            "a target of {city} is on the city's own series or its country's ({}), not {}",
            country.unwrap_or_default(),
            t.geo
        )));
    }
    if !(t.baseline_value.is_finite() && t.target_value.is_finite()) {
        return Err(invalid("the baseline and the target are numbers"));
    }
    if t.target_year <= t.baseline_year {
        return Err(invalid(format!(
            "the target year ({}) must come after the baseline year ({})",
            t.target_year, t.baseline_year
        )));
    }
    if series(store, t)?.is_empty() {
        return Err(invalid(format!(
            "the observatory holds no values of {} / {} for {} and the group '{}': choose one of the series offered",
            t.dataset, t.variable, t.geo, t.group
        )));
    }
    Ok(())
}

/// How far a target has come.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progress {
    /// The latest value since the baseline, and its year.
    pub latest: Option<(f64, f64)>,
    /// (latest − baseline) / (target − baseline): 0 at the baseline, 1 at the target.
    pub share_of_way: Option<f64>,
    /// Eurostat's verdict on the values from the baseline year on.
    pub assessment: Option<Assessment>,
}

/// The progress of a target, from the stored values of its series from the baseline year on.
pub fn progress(store: &Store, t: &Target) -> Result<Progress> {
    let obs: Vec<model::Observation> = series(store, t)?
        .into_iter()
        .filter(|o| progress::as_year(o.period) >= f64::from(t.baseline_year))
        .collect();
    let latest = obs
        .iter()
        .map(|o| (o.value, progress::as_year(o.period)))
        .max_by(|a, b| a.1.total_cmp(&b.1));
    let share_of_way = latest.and_then(|(v, _)| {
        let way = t.target_value - t.baseline_value;
        (way != 0.0).then(|| (v - t.baseline_value) / way)
    });
    let direction = if t.target_value >= t.baseline_value {
        Direction::Up
    } else {
        Direction::Down
    };
    let assessment = (!obs.is_empty())
        .then(|| {
            progress::assess_observations(
                &obs,
                &progress::Query {
                    group: &t.group,
                    gap_to: None,
                    breakdown: Some(t.breakdown.as_str()),
                    target: Some(Goalpost {
                        value: t.target_value,
                        year: f64::from(t.target_year),
                    }),
                    direction: Some(direction),
                    method: Method::Eurostat,
                },
            )
            .ok()
            .map(|(_, a)| a)
        })
        .flatten();
    Ok(Progress {
        latest,
        share_of_way,
        assessment,
    })
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetView {
    #[serde(flatten)]
    pub target: Target,
    /// What the series is, for people.
    pub label: String,
    pub progress: Progress,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalView {
    pub id: i64,
    pub focal_point: String,
    pub focal_point_title: String,
    pub text: String,
    pub actions: Vec<Action>,
    pub targets: Vec<TargetView>,
}

/// An agenda version with its targets' progress, ready to show or export.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgendaView {
    pub id: i64,
    pub city: String,
    pub version: i64,
    pub title: String,
    pub summary: String,
    pub framework: String,
    pub round: Option<i64>,
    pub status: String,
    pub published: bool,
    pub editable: bool,
    pub updated_at: String,
    pub submission: Option<i64>,
    pub goals: Vec<GoalView>,
    /// Sum of the actions' budgets, per currency.
    pub budget: Vec<(String, f64)>,
}

/// A series' name for people: the catalogue's label, the group, the place.
pub fn series_label(cat: &catalogue::Catalogue, t: &Target) -> String {
    let group = model::PopulationGroup::parse_key(&t.group)
        .map(|g| {
            if g.is_total() {
                "everybody".to_string()
            } else {
                g.describe()
            }
        })
        .unwrap_or_else(|_| t.group.clone());
    format!(
        "{} — {group}, {}{}",
        cat.variable_label(&t.dataset, &t.variable),
        t.geo,
        if t.breakdown.is_empty() {
            String::new()
        } else {
            format!(" ({})", t.breakdown)
        }
    )
}

fn status_of(a: &Agenda) -> String {
    match a.submission_status {
        None => "draft".into(),
        Some(s) => s.as_str().into(),
    }
}

/// The view of an agenda version.
pub fn view(
    store: &Store,
    cat: &catalogue::Catalogue,
    fw: Option<&Framework>,
    a: &Agenda,
) -> Result<AgendaView> {
    let mut budget: Vec<(String, f64)> = Vec::new();
    let goals = a
        .goals
        .iter()
        .map(|g| {
            for x in &g.actions {
                if let Some(b) = x.budget {
                    match budget.iter_mut().find(|(c, _)| *c == x.currency) {
                        Some((_, sum)) => *sum += b,
                        None => budget.push((x.currency.clone(), b)),
                    }
                }
            }
            Ok(GoalView {
                id: g.id,
                focal_point_title: fw
                    .and_then(|f| f.focal_point(&g.focal_point))
                    .map(|f| format!("{}. {}", f.number, f.title))
                    .unwrap_or_else(|| g.focal_point.clone()),
                focal_point: g.focal_point.clone(),
                text: g.text.clone(),
                actions: g.actions.clone(),
                targets: g
                    .targets
                    .iter()
                    .map(|t| {
                        Ok(TargetView {
                            label: series_label(cat, t),
                            progress: progress(store, t)?,
                            target: t.clone(),
                        })
                    })
                    .collect::<Result<_>>()?,
            })
        })
        .collect::<Result<_>>()?;
    Ok(AgendaView {
        id: a.id,
        city: a.city.clone(),
        version: a.version,
        title: a.title.clone(),
        summary: a.summary.clone(),
        framework: a.framework.clone(),
        round: a.round,
        status: status_of(a),
        published: a.is_published(),
        editable: a.editable(),
        updated_at: a.updated_at.clone(),
        submission: a.submission,
        goals,
        budget,
    })
}

/// An agenda version by id, or a message.
pub fn agenda(store: &Store, id: i64) -> Result<Agenda> {
    store
        .agenda(id)?
        .ok_or_else(|| Error::NotFound(format!("no agenda {id}")))
}

/// The latest published version of a city's agenda.
pub fn published(store: &Store, city: &str) -> Result<Option<Agenda>> {
    Ok(store
        .agendas(Some(city))?
        .into_iter()
        .find(Agenda::is_published))
}

/// Starts a new version for a city: a copy of its latest version when there is one.
pub fn create(
    store: &mut Store,
    cat: &catalogue::Catalogue,
    actor: &str,
    city: &str,
    title: &str,
    summary: &str,
    round: Option<i64>,
) -> Result<i64> {
    let geo = store
        .geography(city)?
        .ok_or_else(|| Error::NotFound(format!("no city '{city}'")))?;
    if let Some(r) = round {
        let r = crate::rounds::round(store, r)?;
        if r.city != geo.code.as_str() {
            return Err(invalid(format!(
                "audit round {} is of another city ({})",
                r.id, r.city
            )));
        }
    }
    let latest = store.agendas(Some(city))?.into_iter().next();
    let framework = crate::framework::all(cat)?
        .into_iter()
        .last()
        .map(|f| f.id)
        .unwrap_or_else(|| "comprehensive-approach".into());
    let title = if title.trim().is_empty() {
        format!("City Integration Agenda of {}", geo.name)
    } else {
        title.trim().to_string()
    };
    Ok(store.create_agenda(
        actor,
        &NewAgenda {
            city: geo.code.as_str(),
            title: &title,
            summary: summary.trim(),
            framework: latest
                .as_ref()
                .map(|l| l.framework.as_str())
                .unwrap_or(&framework),
            round: round.or(latest.as_ref().and_then(|l| l.round)),
            copy_from: latest.as_ref().map(|l| l.id),
        },
    )?)
}

/// Adds a goal for a focal point of `fw` to a draft.
pub fn add_goal(
    store: &mut Store,
    fw: &Framework,
    actor: &str,
    agenda_id: i64,
    focal_point: &str,
    text: &str,
) -> Result<i64> {
    if fw.focal_point(focal_point).is_none() {
        return Err(invalid(format!(
            "'{focal_point}' is not a focal point of {}",
            fw.reference()
        )));
    }
    if text.trim().is_empty() {
        return Err(invalid("say what the goal is"));
    }
    Ok(store.add_agenda_goal(actor, agenda_id, focal_point, text.trim())?)
}

/// The agenda a goal belongs to, checked.
fn goal_of(store: &Store, agenda_id: i64, goal: i64) -> Result<Agenda> {
    let a = agenda(store, agenda_id)?;
    if !a.goals.iter().any(|g| g.id == goal) {
        return Err(Error::NotFound(format!(
            "agenda {agenda_id} has no goal {goal}"
        )));
    }
    Ok(a)
}

pub fn add_action(
    store: &mut Store,
    actor: &str,
    agenda_id: i64,
    goal: i64,
    a: &Action,
) -> Result<i64> {
    goal_of(store, agenda_id, goal)?;
    let a = check_action(a)?;
    Ok(store.add_agenda_action(actor, goal, &a)?)
}

pub fn add_target(
    store: &mut Store,
    actor: &str,
    agenda_id: i64,
    goal: i64,
    t: &Target,
) -> Result<i64> {
    let a = goal_of(store, agenda_id, goal)?;
    check_target(store, &a.city, t)?;
    Ok(store.add_agenda_target(actor, goal, t)?)
}

pub fn remove(store: &mut Store, actor: &str, agenda_id: i64, item: Item, id: i64) -> Result<()> {
    Ok(store.remove_agenda_item(actor, agenda_id, item, id)?)
}

/// Sends a draft to the city's approver (a submission with the agenda as its content).
pub fn submit(store: &mut Store, actor: &str, agenda_id: i64) -> Result<i64> {
    let a = agenda(store, agenda_id)?;
    if a.goals.is_empty() {
        return Err(invalid(
            "the agenda has no goals yet: add at least one before sending it for approval",
        ));
    }
    let json = serde_json::to_string(&a).map_err(|e| invalid(e.to_string()))?;
    let city = store
        .geography(&a.city)?
        .map(|g| g.name)
        .unwrap_or_else(|| a.city.clone());
    let provenance = model::Provenance {
        file_name: format!("{} (version {})", a.title, a.version),
        sha256: model::checksum::sha256_hex(json.as_bytes()),
        format: "city integration agenda".into(),
        source: format!("{city}: City Integration Agenda"),
        licence: "unspecified".into(),
    };
    Ok(store.submit_agenda(actor, agenda_id, &provenance)?)
}

fn money(v: Option<f64>) -> String {
    v.map(|b| format!("{b:.2}")).unwrap_or_default()
}

/// The agenda as CSV: one row per action and per target, with their goal.
pub fn csv(v: &AgendaView) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record([
        "kind",
        "focal_point",
        "goal",
        "title",
        "description",
        "department",
        "partners",
        "starts",
        "ends",
        "budget",
        "currency",
        "fund",
        "funding_source",
        "status",
        "series",
        "baseline",
        "baseline_year",
        "target",
        "target_year",
        "latest",
        "latest_year",
        "share_of_way",
        "verdict",
    ]);
    for g in &v.goals {
        for a in &g.actions {
            let _ = w.write_record([
                "action",
                &g.focal_point,
                &g.text,
                &a.title,
                &a.description,
                &a.department,
                &a.partners,
                &a.starts,
                &a.ends,
                &money(a.budget),
                &a.currency,
                &a.fund,
                &a.funding_source,
                &a.status,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]);
        }
        for t in &g.targets {
            let p = &t.progress;
            let _ = w.write_record([
                "target".to_string(),
                g.focal_point.clone(),
                g.text.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                t.label.clone(),
                t.target.baseline_value.to_string(),
                t.target.baseline_year.to_string(),
                t.target.target_value.to_string(),
                t.target.target_year.to_string(),
                p.latest.map(|l| l.0.to_string()).unwrap_or_default(),
                p.latest.map(|l| l.1.to_string()).unwrap_or_default(),
                p.share_of_way
                    .map(|s| format!("{s:.3}"))
                    .unwrap_or_default(),
                p.assessment
                    .as_ref()
                    .map(|a| a.label.clone())
                    .unwrap_or_default(),
            ]);
        }
    }
    w.into_inner()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}
