//! A place's series looked ahead on: the last unbroken segment, its forecast with
//! prediction intervals, and — for an outcome with a desired direction — the progress
//! verdict. The one call the web's profile and API make per series of `outlook.toml`.

use crate::forecast::{self, Bounds, Forecast, Options};
use crate::progress::{self, Assessment, Direction, Method, Point};
use serde::Serialize;

/// What to look ahead on among a place's observations of one variable.
#[derive(Debug, Clone)]
pub struct Spec<'a> {
    pub group: &'a str,
    pub gap_to: Option<&'a str>,
    /// `None`: no verdict (a size, not an outcome).
    pub direction: Option<Direction>,
    pub bounds: Bounds,
    pub horizon: usize,
}

/// The result for one series.
#[derive(Debug, Clone, Serialize)]
pub struct Outlook {
    /// The group (or the gap) in words.
    pub describes: String,
    /// The values forecast from: the last segment after any break, in period order.
    pub history: Vec<Point>,
    /// The periods ahead, on the same year scale as `history`.
    pub periods: Vec<f64>,
    pub model: String,
    pub mean: Vec<f64>,
    /// (lower, upper) per step, of the 80% and the 95% interval.
    pub interval_80: Vec<(f64, f64)>,
    pub interval_95: Vec<(f64, f64)>,
    pub progress: Option<Assessment>,
    pub notes: Vec<String>,
    /// The period of the last break in series, when the values before it were left out
    /// (the first note, in parts, for pages that write it in their reader's language).
    #[serde(skip)]
    pub break_at: Option<f64>,
}

/// Looks ahead on one series; `Err` says in words why it cannot (no such group, too short).
pub fn look_ahead(observations: &[model::Observation], spec: &Spec<'_>) -> Result<Outlook, String> {
    if observations.is_empty() {
        return Err("no values of this variable here".into());
    }
    let selected = progress::select(observations, spec.group, spec.gap_to, None)?;
    let mut points = selected.points;
    points.retain(|p| p.value.is_finite());
    points.sort_by(|a, b| a.period.total_cmp(&b.period));
    let mut notes = Vec::new();
    let start = points.iter().rposition(|p| p.break_before).unwrap_or(0);
    let break_at = (start > 0).then(|| points[start].period);
    if start > 0 {
        notes.push(format!(
            "break in series in {}: only the values since then are used",
            points[start].period
        ));
    }
    let history: Vec<Point> = points[start..].to_vec();
    let step = history
        .windows(2)
        .map(|w| w[1].period - w[0].period)
        .fold(f64::INFINITY, f64::min);
    if history
        .windows(2)
        .any(|w| (w[1].period - w[0].period - step).abs() > 1e-9)
    {
        return Err(
            "the series has gaps between its periods: a forecast needs consecutive periods".into(),
        );
    }
    let values: Vec<f64> = history.iter().map(|p| p.value).collect();
    let options = Options {
        horizon: spec.horizon,
        levels: vec![80.0, 95.0],
        bounds: spec.bounds,
        method: None,
    };
    let f: Forecast =
        forecast::forecast(&selected.describes, &values, &options).map_err(|e| e.to_string())?;
    notes.extend(f.note.clone());
    let last = history.last().map_or(0.0, |p| p.period);
    let step = if step.is_finite() { step } else { 1.0 };
    let progress = spec.direction.map(|d| {
        let method = if d == Direction::Close {
            Method::OpenSdg
        } else {
            Method::Eurostat
        };
        progress::assess(&history, None, d, method)
    });
    let pair = |i: usize| {
        (0..f.mean.len())
            .map(|h| (f.lower[i][h], f.upper[i][h]))
            .collect()
    };
    Ok(Outlook {
        describes: selected.describes,
        periods: (1..=f.mean.len()).map(|h| last + step * h as f64).collect(),
        model: f.model.clone(),
        interval_80: pair(0),
        interval_95: pair(1),
        mean: f.mean,
        history,
        progress,
        notes,
        break_at,
    })
}
