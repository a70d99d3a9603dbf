//! "Look ahead" on a place's profile: for each series of the catalogue's `outlook.toml`
//! that the place has, the forecast with its 80% and 95% intervals as a fan chart (with the
//! same figures in a table), and the progress verdict with its method. The numbers are
//! `foresight::outlook`'s; this module reads the store and lays them out.

use crate::charts;
use crate::layout::{self, num};
use crate::{AppError, AppState};
use foresight::forecast::Bounds;
use foresight::outlook::{self, Outlook, Spec};
use foresight::progress::{Direction, Method, Verdict};
use maud::{Markup, html};
use model::Geography;
use serde::Serialize;
use store::SeriesFilter;

/// One series looked ahead on, or why it could not be.
#[derive(Debug, Serialize)]
pub struct Item {
    pub label: String,
    pub dataset: String,
    pub variable: String,
    /// The place the series is of (the city, or its country).
    pub geo: String,
    pub unit: Option<String>,
    #[serde(flatten)]
    pub outlook: Option<Outlook>,
    /// Why there is no outlook (too short, no such group).
    pub missing: Option<String>,
    /// The group forecast (a stored key) and, for a gap, the dimensions changed for the
    /// group it is the gap to (`outlook.toml`): the page names them in the reader's
    /// language.
    #[serde(skip)]
    pub group: String,
    #[serde(skip)]
    pub gap_to: Option<String>,
}

/// The JSON answer of `/api/v1/cities/{code}/outlook`.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct OutlookAnswer {
    pub city: String,
    pub series: Vec<SeriesOutlook>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SeriesOutlook {
    pub label: String,
    pub dataset: String,
    pub variable: String,
    pub geo: String,
    pub unit: Option<String>,
    /// The group (or the gap) in words.
    pub group: Option<String>,
    /// The forecasting method chosen.
    pub model: Option<String>,
    /// The values forecast from (since the last break).
    pub history: Vec<PeriodValue>,
    pub ahead: Vec<Ahead>,
    pub verdict: Option<VerdictAnswer>,
    pub notes: Vec<String>,
    /// Why there is no forecast.
    pub missing: Option<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PeriodValue {
    /// The period on the year scale (2020.5 = second half of 2020).
    pub period: f64,
    pub value: f64,
}

/// One period ahead: the forecast and its prediction intervals.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Ahead {
    pub period: f64,
    pub forecast: f64,
    pub lo_80: f64,
    pub hi_80: f64,
    pub lo_95: f64,
    pub hi_95: f64,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct VerdictAnswer {
    /// The verdict's code (`moderate_progress`, `deterioration`, …).
    pub verdict: String,
    pub label: String,
    pub method: String,
    pub base_period: Option<f64>,
    pub latest_period: Option<f64>,
    /// Growth per year of the quantity assessed.
    pub observed_growth: Option<f64>,
    /// Probability that the true change has the observed sign (with standard errors).
    pub probability: Option<f64>,
}

/// The API's answer from the page's figures.
pub fn answer(code: &str, items: &[Item]) -> OutlookAnswer {
    let series = items
        .iter()
        .map(|i| {
            let o = i.outlook.as_ref();
            SeriesOutlook {
                label: i.label.clone(),
                dataset: i.dataset.clone(),
                variable: i.variable.clone(),
                geo: i.geo.clone(),
                unit: i.unit.clone(),
                group: o.map(|o| o.describes.clone()),
                model: o.map(|o| o.model.clone()),
                history: o
                    .map(|o| {
                        o.history
                            .iter()
                            .map(|p| PeriodValue {
                                period: p.period,
                                value: p.value,
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                ahead: o
                    .map(|o| {
                        (0..o.mean.len())
                            .map(|h| Ahead {
                                period: o.periods[h],
                                forecast: o.mean[h],
                                lo_80: o.interval_80[h].0,
                                hi_80: o.interval_80[h].1,
                                lo_95: o.interval_95[h].0,
                                hi_95: o.interval_95[h].1,
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                verdict: o.and_then(|o| o.progress.as_ref()).map(|a| VerdictAnswer {
                    verdict: serde_json::to_value(a.verdict)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default(),
                    label: a.label.clone(),
                    method: a.method.label().to_string(),
                    base_period: a.base.map(|b| b.period),
                    latest_period: a.latest.map(|b| b.period),
                    observed_growth: a.observed_growth,
                    probability: a.probability,
                }),
                notes: o.map(|o| o.notes.clone()).unwrap_or_default(),
                missing: i.missing.clone(),
            }
        })
        .collect();
    OutlookAnswer {
        city: code.to_string(),
        series,
    }
}

fn spec(s: &catalogue::OutlookSeries) -> Spec<'_> {
    Spec {
        group: &s.group,
        gap_to: s.gap_to.as_deref(),
        direction: Direction::parse(&s.direction),
        bounds: match s.bounds.as_str() {
            "non-negative" => Bounds::NonNegative,
            "percent" => Bounds::Percent,
            _ => Bounds::Unbounded,
        },
        horizon: s.horizon,
    }
}

/// Every outlook series the place (or its country) has values for.
pub fn items(state: &AppState, geo: &Geography) -> Result<Vec<Item>, AppError> {
    let mut out = Vec::new();
    for s in &state.config.catalogue.outlook {
        let place = match s.level.as_str() {
            "country" => match &geo.country {
                Some(c) => c.to_string(),
                None => continue,
            },
            _ => geo.code.to_string(),
        };
        let rows = state.db.read(|st| {
            Ok(st.observations(&SeriesFilter {
                geo: Some(place.clone()),
                dataset: Some(s.dataset.clone()),
                variable: Some(s.variable.clone()),
                ..Default::default()
            })?)
        })?;
        if rows.is_empty() {
            continue;
        }
        let unit = rows.first().and_then(|r| r.observation.unit.clone());
        let observations: Vec<model::Observation> =
            rows.into_iter().map(|r| r.observation).collect();
        let (outlook, missing) = match outlook::look_ahead(&observations, &spec(s)) {
            Ok(o) => (Some(o), None),
            Err(e) => (None, Some(e)),
        };
        out.push(Item {
            label: s.label.clone(),
            dataset: s.dataset.clone(),
            variable: s.variable.clone(),
            geo: place,
            unit,
            outlook,
            missing,
            group: s.group.clone(),
            gap_to: s.gap_to.clone(),
        });
    }
    Ok(out)
}

/// The outlook's notes in the reader's language, from their parts: a break that cut the
/// history short, and a history too short for the backtest (the forecast's own rule:
/// naive for 3–5 points, the combination below `BACKTEST_MIN_POINTS`).
fn notes(o: &foresight::outlook::Outlook) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(p) = o.break_at {
        notes.push(t!("outlook-note-break", period = period(p)));
    }
    let n = o.history.len();
    if (3..=5).contains(&n) {
        notes.push(t!("outlook-note-naive", n = n));
    } else if (6..foresight::forecast::BACKTEST_MIN_POINTS).contains(&n) {
        notes.push(t!("outlook-note-combination", n = n));
    }
    notes
}

fn period(p: f64) -> String {
    if p.fract() == 0.0 {
        format!("{p:.0}")
    } else {
        format!("{:.0}-S2", p.floor())
    }
}

/// Rates and small numbers with one decimal, head counts without.
fn decimals(item: &Item) -> usize {
    let small = item
        .outlook
        .as_ref()
        .is_some_and(|o| o.history.iter().all(|p| p.value.abs() < 1000.0));
    usize::from(small)
}

/// A verdict's name in the reader's language (`foresight`'s `Verdict::label`).
fn verdict_label(v: Verdict) -> String {
    match v {
        Verdict::SignificantProgressTowardsTarget => {
            t!("outlook-verdict-significant-progress-towards-target")
        }
        Verdict::ModerateProgressTowardsTarget => {
            t!("outlook-verdict-moderate-progress-towards-target")
        }
        Verdict::InsufficientProgressTowardsTarget => {
            t!("outlook-verdict-insufficient-progress-towards-target")
        }
        Verdict::MovementAwayFromTarget => t!("outlook-verdict-movement-away-from-target"),
        Verdict::SignificantProgress => t!("outlook-verdict-significant-progress"),
        Verdict::ModerateProgress => t!("outlook-verdict-moderate-progress"),
        Verdict::ModerateMovementAway => t!("outlook-verdict-moderate-movement-away"),
        Verdict::SignificantMovementAway => t!("outlook-verdict-significant-movement-away"),
        Verdict::TargetAchieved => t!("outlook-verdict-target-achieved"),
        Verdict::OnTrack => t!("outlook-verdict-on-track"),
        Verdict::AccelerationNeeded => t!("outlook-verdict-acceleration-needed"),
        Verdict::LimitedProgress => t!("outlook-verdict-limited-progress"),
        Verdict::Deterioration => t!("outlook-verdict-deterioration"),
        Verdict::NotAssessable => t!("outlook-verdict-not-assessable"),
    }
}

/// A progress method's name in the reader's language (`Method::label`).
fn method_label(m: Method) -> String {
    match m {
        Method::Eurostat => t!("outlook-method-eurostat"),
        Method::OpenSdg => t!("outlook-method-open-sdg"),
    }
}

/// A series' name (the catalogue's `outlook.toml`) in the reader's language. Its key's
/// parts are `OutlookSeries::key_parts` of the catalogue (`outlook`, dataset, variable,
/// the group or `all`, and for a gap `gap` and the dimensions changed), spelled out here
/// from the item's fields.
fn series_label(item: &Item) -> String {
    let group = if item.group.is_empty() {
        "all"
    } else {
        item.group.as_str()
    };
    let mut parts = vec![
        "outlook",
        item.dataset.as_str(),
        item.variable.as_str(),
        group,
    ];
    if let Some(g) = &item.gap_to {
        parts.push("gap");
        parts.push(g.as_str());
    }
    crate::locale::catalogue(&parts, &item.label)
}

/// The group forecast in words, in the reader's language (`Outlook::describes`, which
/// `foresight` writes in English): "non-EU citizens, 20–64", or the gap "non-EU citizens,
/// 20–64 minus nationals, 20–64". `None` when the catalogue's group does not parse (the
/// outlook then says why).
fn group_words(item: &Item) -> Option<String> {
    let name = |g: &model::PopulationGroup| {
        if g.is_total() {
            t!("outlook-all-residents")
        } else {
            super::city::group_name(g)
        }
    };
    let group = model::PopulationGroup::parse_key(&item.group).ok()?;
    let Some(other) = &item.gap_to else {
        return Some(name(&group));
    };
    let mut to = group.clone();
    for part in other.split(';').filter(|p| !p.trim().is_empty()) {
        let (key, code) = part.split_once('=')?;
        let dim = model::Dimension::ALL
            .into_iter()
            .find(|d| d.key() == key.trim())?;
        to.set(dim, code);
    }
    Some(t!(
        "outlook-gap",
        group = name(&group),
        reference = name(&to)
    ))
}

/// The section of the profile.
pub fn section(items: &[Item], code: &str) -> Markup {
    html! {
        h2 id="look-ahead" { (t!("outlook-title")) }
        p.muted.small {
            (t!("outlook-intro")) " "
            a href="/scenarios" { (t!("outlook-intro-link")) } " " (t!("outlook-intro-after"))
        }
        @if items.is_empty() { p.muted { (t!("outlook-no-series")) } }
        @for (i, item) in items.iter().enumerate() {
            (one(item, &format!("outlook-{i}")))
        }
        (layout::downloads(&format!("/api/v1/cities/{code}/outlook")))
    }
}

fn one(item: &Item, id: &str) -> Markup {
    let d = decimals(item);
    let unit = item.unit.clone().unwrap_or_default();
    let label = series_label(item);
    html! {
        h3 { (label) }
        @match &item.outlook {
            None => p.muted.small { (t!("outlook-no-forecast", reason = item.missing.clone().unwrap_or_default())) },
            Some(o) => {
                @if let Some(a) = &o.progress {
                    p {
                        span.badge { (verdict_label(a.verdict)) }
                        " " span.small.muted { (method_label(a.method)) }
                        @if let (Some(b), Some(l)) = (&a.base, &a.latest) {
                            span.small { " · " (period(b.period)) " " (num(b.value, d)) " → " (period(l.period)) " " (num(l.value, d)) }
                        }
                        @if let Some(p) = a.probability { span.small { " · " (t!("outlook-probability", probability = charts::percent(&num(p * 100.0, 0)))) } }
                    }
                }
                @let history: Vec<(f64, f64)> = o.history.iter().map(|p| (p.period, p.value)).collect();
                @let ahead: Vec<charts::FanStep> = (0..o.mean.len()).map(|h| charts::FanStep { period: o.periods[h], mean: o.mean[h], inner: o.interval_80[h], outer: o.interval_95[h] }).collect();
                @let group = group_words(item).unwrap_or_else(|| o.describes.clone());
                @let desc = t!("outlook-description",
                    series = &label, group = &group,
                    from = history.first().map(|p| period(p.0)).unwrap_or_default(), to = history.last().map(|p| period(p.0)).unwrap_or_default(),
                    until = ahead.last().map(|a| period(a.period)).unwrap_or_default(), model = &o.model,
                    value = ahead.last().map(|a| num(a.mean, d)).unwrap_or_default(), unit = &unit,
                    low = ahead.last().map(|a| num(a.inner.0, d)).unwrap_or_default(), high = ahead.last().map(|a| num(a.inner.1, d)).unwrap_or_default());
                figure {
                    (layout::svg(&charts::fan(id, &t!("outlook-chart-title", series = &label), &desc, &history, &ahead, d)))
                    figcaption.small { (desc) @for n in notes(o) { br; (n) } }
                }
                details {
                    summary { (t!("outlook-as-table")) }
                    div.table-wrap { table {
                        thead { tr { th scope="col" { (t!("outlook-col-period")) } th.num scope="col" { (t!("outlook-col-forecast")) } th.num scope="col" { (t!("outlook-col-interval-80")) } th.num scope="col" { (t!("outlook-col-interval-95")) } } }
                        tbody { @for a in &ahead { tr {
                            th scope="row" { (period(a.period)) }
                            td.num { (num(a.mean, d)) }
                            td.num { (num(a.inner.0, d)) "–" (num(a.inner.1, d)) }
                            td.num { (num(a.outer.0, d)) "–" (num(a.outer.1, d)) }
                        } } }
                    } }
                }
            }
        }
    }
}
