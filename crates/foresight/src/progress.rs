//! Progress towards targets: is a series moving the way the city wants, fast enough?
//!
//! Two published methods, both built on the compound annual growth rate (CAGR) of the
//! observed period, `CAGR = (y_t / y_0)^(1 / (t − t_0)) − 1`:
//!
//! * **Eurostat**, the assessment of the annual EU SDG monitoring report (*Sustainable
//!   development in the European Union — Monitoring report on progress towards the SDGs in
//!   an EU context*, methodological annex; the 2021 edition is the one Open SDG cites).
//!   With a quantitative target, the observed CAGR is divided by the CAGR required to go
//!   from the base-year value to the target in the target year,
//!   `RR = CAGR_observed / CAGR_required`, and
//!   `RR ≥ 95 %` is *significant progress towards the target*, `60 % ≤ RR < 95 %`
//!   *moderate progress*, `0 % ≤ RR < 60 %` *insufficient progress*, `RR < 0` *movement
//!   away from the target*. Without a target, the CAGR itself (signed so that positive
//!   means the desired direction) is compared with fixed thresholds: `≥ 1 %` per year
//!   *significant progress*, `0 … 1 %` *moderate progress*, `−1 … 0 %` *moderate movement
//!   away*, `< −1 %` *significant movement away* (a value on a boundary goes to the better
//!   class, as in Open SDG's code). The ratio thresholds are the ones Open SDG documents as Eurostat's
//!   ("inspired by the progress methodology used by Eurostat", "all thresholds are
//!   standards in the international community"); the ±1 % thresholds are those of the
//!   report's annex as we know it — the annex text itself was not retrievable when this
//!   was written, so check the boundary cases against the edition you cite.
//! * **Open SDG / Statistics Canada**, documented in `open-sdg/open-sdg`
//!   `docs/progress-methodology.md` ("Progress Measurement Methodology for the Sustainable
//!   Development Goals") and implemented in `open-sdg/sdg-build` `sdg/ProgressMeasure.py`.
//!   With a target, `R = s · d · CAGR_observed / |CAGR_required|` (`d` = +1 when the value
//!   should rise, −1 when it should fall; `s` = −1 for negative values): *target achieved*
//!   when the latest value meets the target, else `R ≥ 95 %` *on track*
//!   (`substantial_progress` in sdg-build), `60 % ≤ R < 95 %` *progress made but
//!   acceleration needed* (`moderate_progress`), `0 ≤ R < 60 %` *limited progress*,
//!   `R < 0` *deterioration*. Without a target, `s · d · CAGR` against `1.5 %`, `0.5 %` and
//!   `0 %` per year with the same four names. (Open SDG's scaling of the thresholds near a
//!   natural limit such as 100 % is not applied here.)
//!
//! # Where the sources stop
//! * **Zero and sign changes.** A growth rate of a quantity that is zero or changes sign
//!   is undefined (Open SDG then replaces a zero by 0.001 or reports "unable to assess").
//!   Here, when the base, the latest value or the target is ≤ 0 (after taking magnitudes
//!   of an all-negative series, as Open SDG does), the assessment uses the **average
//!   annual absolute change** instead, `(y_t − y_0) / (t − t_0)`, against the absolute
//!   change required to reach the target, and classifies that ratio with the method's
//!   ratio thresholds (the ratio means the same: the share of the required pace achieved).
//!   Without a target there are no published thresholds for absolute changes, so such a
//!   series is [`Verdict::NotAssessable`], with a note that says why.
//! * **Gaps between groups** ([`gap`], [`Direction::Close`]): progress means the absolute
//!   gap `|a − b|` shrinking towards zero, or towards a target gap. A gap that changes
//!   sign (the group behind is now ahead) is assessed on its magnitude and the note says
//!   when it crossed zero. A target gap of 0 is reached only on the absolute-change scale
//!   (an exponential path never reaches zero), which is the rule above.
//! * **Breaks in series** (Eurostat flag `b`): a value flagged as a break is not comparable
//!   with the ones before it, so the series is cut there and only the latest segment is
//!   assessed; with fewer than two points since the last break there is no verdict.
//! * **Sampling noise** ([`Assessment::probability`]): for estimates with standard errors,
//!   `P = Φ(|Δ| / √(se_base² + se_latest²))`, the probability (normal approximation) that
//!   the true change between base and latest has the sign of the observed change — the
//!   sign every verdict rests on. It assumes the two estimates come from independent
//!   samples (true for separate survey waves; with a rotating panel such as the LFS the
//!   positive covariance makes this conservative). Below [`NOISE_THRESHOLD`] the verdict
//!   is kept but flagged as not distinguishable from sampling noise, never flipped.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Below this probability a verdict is flagged as not distinguishable from sampling noise.
pub const NOISE_THRESHOLD: f64 = 0.9;

/// One value of a series.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// The period as a year; half-years and quarters as fractions (2020.5 for 2020-S2).
    pub period: f64,
    pub value: f64,
    /// The standard error of the value, where it is an estimate.
    #[serde(default)]
    pub se: Option<f64>,
    /// This value starts a new segment: it is not comparable with the ones before
    /// (Eurostat flag `b`, a boundary reform, a new survey).
    #[serde(default)]
    pub break_before: bool,
}

impl Point {
    pub fn new(period: f64, value: f64) -> Point {
        Point {
            period,
            value,
            se: None,
            break_before: false,
        }
    }

    pub fn with_se(self, se: f64) -> Point {
        Point {
            se: Some(se),
            ..self
        }
    }

    pub fn after_break(self) -> Point {
        Point {
            break_before: true,
            ..self
        }
    }
}

/// Which way the series should move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Higher is better (employment rate, attainment).
    Up,
    /// Lower is better (unemployment rate, early school leaving).
    Down,
    /// A gap between groups: its magnitude should shrink towards zero or a target gap.
    Close,
}

impl Direction {
    pub fn parse(text: &str) -> Option<Direction> {
        match text.trim().to_ascii_lowercase().as_str() {
            "up" | "increase" | "higher" => Some(Direction::Up),
            "down" | "decrease" | "lower" => Some(Direction::Down),
            "close" | "closing" => Some(Direction::Close),
            _ => None,
        }
    }
}

/// A quantitative target: `value` by `year`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub value: f64,
    pub year: f64,
}

/// The assessment method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Eurostat's EU SDG monitoring report.
    Eurostat,
    /// Open SDG's progress measure, by Statistics Canada.
    OpenSdg,
}

impl Method {
    pub fn parse(text: &str) -> Option<Method> {
        match text.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "eurostat" => Some(Method::Eurostat),
            "open-sdg" | "opensdg" | "statcan" => Some(Method::OpenSdg),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Method::Eurostat => "Eurostat SDG progress assessment",
            Method::OpenSdg => "Open SDG / Statistics Canada progress measure",
        }
    }

    /// (ratio thresholds with a target, growth thresholds without one), highest first.
    fn thresholds(self) -> ([f64; 3], [f64; 3]) {
        match self {
            Method::Eurostat => ([0.95, 0.60, 0.0], [0.01, 0.0, -0.01]),
            Method::OpenSdg => ([0.95, 0.60, 0.0], [0.015, 0.005, 0.0]),
        }
    }
}

/// What the growth figures measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Compound annual growth rate, a fraction per year (0.012 = 1.2 %).
    GrowthRate,
    /// Average annual absolute change, in the series' unit per year (for values ≤ 0).
    AbsoluteChange,
}

/// The outcome, named as each method names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    // Eurostat, with a target.
    SignificantProgressTowardsTarget,
    ModerateProgressTowardsTarget,
    InsufficientProgressTowardsTarget,
    MovementAwayFromTarget,
    // Eurostat, without a target.
    SignificantProgress,
    ModerateProgress,
    ModerateMovementAway,
    SignificantMovementAway,
    // Open SDG / Statistics Canada.
    TargetAchieved,
    OnTrack,
    AccelerationNeeded,
    LimitedProgress,
    Deterioration,
    /// Too few comparable values, or a quantity no threshold applies to (see the note).
    NotAssessable,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::SignificantProgressTowardsTarget => "significant progress towards the target",
            Verdict::ModerateProgressTowardsTarget => "moderate progress towards the target",
            Verdict::InsufficientProgressTowardsTarget => {
                "insufficient progress towards the target"
            }
            Verdict::MovementAwayFromTarget => "movement away from the target",
            Verdict::SignificantProgress => "significant progress",
            Verdict::ModerateProgress => "moderate progress",
            Verdict::ModerateMovementAway => "moderate movement away",
            Verdict::SignificantMovementAway => "significant movement away",
            Verdict::TargetAchieved => "target achieved",
            Verdict::OnTrack => "on track",
            Verdict::AccelerationNeeded => "progress made but acceleration needed",
            Verdict::LimitedProgress => "limited progress",
            Verdict::Deterioration => "deterioration",
            Verdict::NotAssessable => "not assessable",
        }
    }

    /// Order within a method, higher is better (4 the best of four, 5 target achieved);
    /// `None` for [`Verdict::NotAssessable`].
    pub fn rank(self) -> Option<u8> {
        use Verdict::*;
        Some(match self {
            TargetAchieved => 5,
            SignificantProgressTowardsTarget | SignificantProgress | OnTrack => 4,
            ModerateProgressTowardsTarget | ModerateProgress | AccelerationNeeded => 3,
            InsufficientProgressTowardsTarget | ModerateMovementAway | LimitedProgress => 2,
            MovementAwayFromTarget | SignificantMovementAway | Deterioration => 1,
            NotAssessable => return None,
        })
    }

    fn from_rank(method: Method, with_target: bool, rank: u8) -> Verdict {
        use Verdict::*;
        let names = match (method, with_target) {
            (Method::Eurostat, true) => [
                SignificantProgressTowardsTarget,
                ModerateProgressTowardsTarget,
                InsufficientProgressTowardsTarget,
                MovementAwayFromTarget,
            ],
            (Method::Eurostat, false) => [
                SignificantProgress,
                ModerateProgress,
                ModerateMovementAway,
                SignificantMovementAway,
            ],
            (Method::OpenSdg, _) => [OnTrack, AccelerationNeeded, LimitedProgress, Deterioration],
        };
        names[usize::from(4 - rank.clamp(1, 4))]
    }
}

/// A value the assessment starts or ends at.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Observed {
    pub period: f64,
    pub value: f64,
    pub se: Option<f64>,
}

/// The result, with everything needed to show how it was reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub verdict: Verdict,
    /// The verdict's human name.
    pub label: String,
    pub method: Method,
    pub direction: Direction,
    pub target: Option<Target>,
    /// What `observed_growth` and `required_growth` measure.
    pub measure: Option<Measure>,
    pub base: Option<Observed>,
    pub latest: Option<Observed>,
    /// Per year, of the quantity assessed (the size of a gap; the magnitude of an
    /// all-negative series), not yet signed by the direction: −0.02 is a 2 % yearly fall.
    pub observed_growth: Option<f64>,
    pub required_growth: Option<f64>,
    /// Observed over required growth, signed so that positive is towards the target.
    pub ratio: Option<f64>,
    /// Probability that the true change has the sign of the observed one.
    pub probability: Option<f64>,
    /// `probability ≥ NOISE_THRESHOLD`; `None` without standard errors.
    pub distinguishable: Option<bool>,
    /// The first period of the segment assessed.
    pub segment_start: Option<f64>,
    /// Periods that start a new segment (breaks in series).
    pub breaks: Vec<f64>,
    pub notes: Vec<String>,
}

/// Assesses `series` (any order; non-finite values are left out) towards `target` or, without
/// one, in `direction`, by `method`. The base is the first value of the latest segment.
pub fn assess(
    series: &[Point],
    target: Option<Target>,
    direction: Direction,
    method: Method,
) -> Assessment {
    let mut a = Assessment {
        verdict: Verdict::NotAssessable,
        label: String::new(),
        method,
        direction,
        target,
        measure: None,
        base: None,
        latest: None,
        observed_growth: None,
        required_growth: None,
        ratio: None,
        probability: None,
        distinguishable: None,
        segment_start: None,
        breaks: Vec::new(),
        notes: Vec::new(),
    };
    let points = clean(series, &mut a.notes);
    let segment = latest_segment(&points, &mut a);
    if let Some(segment) = segment {
        evaluate(segment, &mut a);
    }
    a.label = a.verdict.label().to_string();
    a
}

/// The series of differences `minuend − subtrahend` (e.g. the employment rate of
/// third-country nationals minus that of nationals), for the periods both have. The
/// standard error of a difference is `√(se_a² + se_b²)` (independent samples: the groups
/// are disjoint), known only when both are. A break in either series at or since the
/// previous common period breaks the gap.
pub fn gap(minuend: &[Point], subtrahend: &[Point]) -> Vec<Point> {
    let (a, b) = (sorted(minuend), sorted(subtrahend));
    let mut out: Vec<Point> = Vec::new();
    let mut previous = f64::NEG_INFINITY;
    for p in &a {
        let Some(q) = b.iter().find(|q| same_period(q.period, p.period)) else {
            continue;
        };
        let broken = |s: &[Point]| {
            s.iter()
                .any(|x| x.break_before && x.period > previous && x.period <= p.period + 1e-9)
        };
        out.push(Point {
            period: p.period,
            value: p.value - q.value,
            se: p.se.zip(q.se).map(|(x, y)| x.hypot(y)),
            break_before: !out.is_empty() && (broken(&a) || broken(&b)),
        });
        previous = p.period + 1e-9;
    }
    out
}

fn same_period(x: f64, y: f64) -> bool {
    (x - y).abs() < 1e-6
}

fn sorted(series: &[Point]) -> Vec<Point> {
    let mut v: Vec<Point> = series
        .iter()
        .copied()
        .filter(|p| p.value.is_finite() && p.period.is_finite())
        .collect();
    v.sort_by(|x, y| x.period.total_cmp(&y.period));
    v
}

/// Sorted finite points, one per period (the later of duplicates).
fn clean(series: &[Point], notes: &mut Vec<String>) -> Vec<Point> {
    let mut v = sorted(series);
    if v.len() < series.len() {
        notes.push(format!(
            "{} value(s) that are not numbers were left out",
            series.len() - v.len()
        ));
    }
    let before = v.len();
    v.dedup_by(|later, earlier| {
        let same = same_period(later.period, earlier.period);
        if same {
            *earlier = *later;
        }
        same
    });
    if v.len() < before {
        notes.push("a period given twice was counted once (its last value)".to_string());
    }
    for p in &mut v {
        p.se = p.se.filter(|s| s.is_finite() && *s >= 0.0);
    }
    v
}

/// The points since the last break, when there are at least two.
fn latest_segment<'a>(points: &'a [Point], a: &mut Assessment) -> Option<&'a [Point]> {
    let breaks: Vec<usize> = (1..points.len())
        .filter(|&i| points[i].break_before)
        .collect();
    a.breaks = breaks.iter().map(|&i| points[i].period).collect();
    let start = breaks.last().copied().unwrap_or(0);
    let segment = &points[start..];
    a.segment_start = segment.first().map(|p| p.period);
    if let Some(&last_break) = a.breaks.last() {
        a.notes.push(format!(
            "break in series in {}: values before it are not comparable, so only {}–{} is assessed (never a trend across a break)",
            period(last_break),
            period(last_break),
            segment.last().map_or_else(String::new, |p| period(p.period)),
        ));
    }
    if segment.len() < 2 {
        a.notes.push(if a.breaks.is_empty() {
            format!(
                "{} value(s): a trend needs at least two comparable values",
                segment.len()
            )
        } else {
            "only one value since the break: no verdict until the next one".to_string()
        });
        return None;
    }
    Some(segment)
}

/// The quantity as assessed: oriented so that `d` says which way is better.
#[derive(Debug, Clone, Copy)]
struct Oriented {
    base: f64,
    latest: f64,
    target: Option<f64>,
    /// +1 when higher is better, −1 when lower is better.
    d: f64,
}

fn orient(
    segment: &[Point],
    direction: Direction,
    target: Option<Target>,
) -> (Oriented, Vec<String>) {
    let (first, last) = (segment[0], segment[segment.len() - 1]);
    let mut notes = Vec::new();
    let mut o = match direction {
        Direction::Up | Direction::Down => Oriented {
            base: first.value,
            latest: last.value,
            target: target.map(|t| t.value),
            d: if direction == Direction::Up {
                1.0
            } else {
                -1.0
            },
        },
        Direction::Close => {
            if let Some(w) = segment.windows(2).find(|w| w[0].value * w[1].value < 0.0) {
                notes.push(format!(
                    "the gap changed sign between {} and {} (the group behind moved ahead, or the reverse): its size is assessed",
                    period(w[0].period),
                    period(w[1].period)
                ));
            }
            Oriented {
                base: first.value.abs(),
                latest: last.value.abs(),
                target: target.map(|t| t.value.abs()),
                d: -1.0,
            }
        }
    };
    // Open SDG: an all-negative series is read on its magnitude, the direction flipped.
    // (`≤ 0` for the latest value and the target, so that negating a series and its
    // direction never changes its verdict.)
    if o.base < 0.0 && o.latest <= 0.0 && o.target.is_none_or(|t| t <= 0.0) {
        o = Oriented {
            base: -o.base,
            latest: -o.latest,
            target: o.target.map(|t| -t),
            d: -o.d,
        };
    }
    (o, notes)
}

fn growth(measure: Measure, from: f64, to: f64, years: f64) -> f64 {
    match measure {
        Measure::GrowthRate => (to / from).powf(1.0 / years) - 1.0,
        Measure::AbsoluteChange => (to - from) / years,
    }
}

fn evaluate(segment: &[Point], a: &mut Assessment) {
    let (first, last) = (segment[0], segment[segment.len() - 1]);
    a.base = Some(observed(first));
    a.latest = Some(observed(last));
    let (o, notes) = orient(segment, a.direction, a.target);
    a.notes.extend(notes);
    let measure = if o.base > 0.0 && o.latest >= 0.0 && o.target.is_none_or(|t| t > 0.0) {
        Measure::GrowthRate
    } else {
        Measure::AbsoluteChange
    };
    a.measure = Some(measure);
    let years = last.period - first.period;
    let observed_growth = growth(measure, o.base, o.latest, years);
    a.observed_growth = Some(observed_growth);
    a.probability = probability(o.latest - o.base, first.se, last.se);
    a.distinguishable = a.probability.map(|p| p >= NOISE_THRESHOLD);
    let (ratio_cuts, growth_cuts) = a.method.thresholds();
    let rank = match (a.target, o.target) {
        (Some(t), Some(tv)) => {
            if t.year <= first.period {
                a.notes.push(format!(
                    "the target year {} is not after the base {}: no required pace can be computed",
                    period(t.year),
                    period(first.period)
                ));
                return;
            }
            let required = growth(measure, o.base, tv, t.year - first.period);
            a.required_growth = Some(required);
            a.ratio = (required != 0.0).then(|| o.d * observed_growth / required.abs());
            if o.d * (o.latest - tv) >= 0.0 {
                if a.method == Method::OpenSdg {
                    a.verdict = Verdict::TargetAchieved;
                    note_noise(a);
                    return;
                }
                a.notes
                    .push("the latest value meets the target".to_string());
                4
            } else {
                a.ratio.map_or(1, |r| classify(r, ratio_cuts))
            }
        }
        _ if measure == Measure::AbsoluteChange => {
            a.notes.push(
                "a growth rate is undefined for a value that is zero or changes sign, and neither method has thresholds for absolute changes without a target: set a target to assess it"
                    .to_string(),
            );
            return;
        }
        _ => classify(o.d * observed_growth, growth_cuts),
    };
    a.verdict = Verdict::from_rank(a.method, a.target.is_some(), rank);
    if measure == Measure::AbsoluteChange {
        a.notes.push(
            "the value or the target is zero or negative, where growth rates are undefined: the average annual absolute change is compared with the change required"
                .to_string(),
        );
    }
    note_noise(a);
}

/// 4 at or above the first cut, 3 at or above the second, 2 at or above the third, else 1.
fn classify(value: f64, cuts: [f64; 3]) -> u8 {
    4 - cuts.iter().take_while(|&&c| value < c).count() as u8
}

fn observed(p: Point) -> Observed {
    Observed {
        period: p.period,
        value: p.value,
        se: p.se,
    }
}

/// `Φ(|Δ| / √(se₀² + se₁²))` when both standard errors are known.
fn probability(delta: f64, se_base: Option<f64>, se_latest: Option<f64>) -> Option<f64> {
    let (s0, s1) = (se_base?, se_latest?);
    let sd = s0.hypot(s1);
    Some(if sd > 0.0 {
        1.0 - stats::survey::interval::normal_sf(delta.abs() / sd)
    } else if delta != 0.0 {
        1.0
    } else {
        0.5
    })
}

fn note_noise(a: &mut Assessment) {
    if let (Some(p), Some(false)) = (a.probability, a.distinguishable) {
        a.notes.push(format!(
            "not distinguishable from sampling noise: the probability that the true change has the observed sign is {p:.2} (below {NOISE_THRESHOLD}); the verdict is kept but uncertain"
        ));
    }
}

/// 2015 for a year, 2020.5 for a half-year.
fn period(p: f64) -> String {
    if p.fract() == 0.0 {
        format!("{p:.0}")
    } else {
        format!("{p}")
    }
}

fn rate(measure: Measure, g: f64) -> String {
    match measure {
        Measure::GrowthRate => format!("{:+.2} % a year", 100.0 * g),
        Measure::AbsoluteChange => format!("{g:+.3} a year"),
    }
}

/// At most six decimals, without the float noise of a difference (−15.199999999999996).
fn number(v: f64) -> String {
    let s = format!("{v:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

fn value(o: &Observed) -> String {
    match o.se {
        Some(se) => format!(
            "{} in {} (SE {})",
            number(o.value),
            period(o.period),
            number(se)
        ),
        None => format!("{} in {}", number(o.value), period(o.period)),
    }
}

impl fmt::Display for Assessment {
    /// The assessment as a few lines of text, for the CLI and reports.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "verdict: {} ({})", self.label, self.method.label())?;
        if let (Some(b), Some(l)) = (&self.base, &self.latest) {
            writeln!(f, "from {} to {}", value(b), value(l))?;
        }
        if let Some(t) = &self.target {
            writeln!(f, "target: {} by {}", number(t.value), period(t.year))?;
        }
        if let (Some(m), Some(g)) = (self.measure, self.observed_growth) {
            let what = match m {
                Measure::GrowthRate => "compound annual growth rate",
                Measure::AbsoluteChange => "average annual change",
            };
            let of = if self.direction == Direction::Close {
                " of the gap's size"
            } else {
                ""
            };
            write!(f, "observed: {} ({what}{of})", rate(m, g))?;
            if let Some(r) = self.required_growth {
                write!(f, "; required: {}", rate(m, r))?;
            }
            if let Some(r) = self.ratio {
                write!(f, "; ratio {:.0} %", 100.0 * r)?;
            }
            writeln!(f)?;
        }
        if let Some(p) = self.probability {
            writeln!(
                f,
                "probability that the change is real (has this sign): {p:.3}"
            )?;
        }
        for n in &self.notes {
            writeln!(f, "note: {n}")?;
        }
        Ok(())
    }
}

/// The series of one population group (and breakdown) among a place's observations of one
/// variable, or the gap between two groups, ready for [`assess`]: what the CLI and the web
/// hand in after reading the store.
#[derive(Debug, Clone, PartialEq)]
pub struct Selected {
    pub points: Vec<Point>,
    /// "non-EU citizens, 20–64 minus nationals, 20–64".
    pub describes: String,
}

/// Picks from `observations` the group `group_key` (a stored group key such as
/// `citizen=NEU27_2020_FOR;age=Y20-64`, empty for everybody) and, with `gap_to`, the gap to
/// the same group with the dimensions of `gap_to` changed (`citizen=NAT`: the same sex and
/// age, nationals) — so that a gap compares groups that differ in exactly what it names.
/// `breakdown` (`unit=PC`) is needed only when the group has several series. Values
/// flagged `b` start a new segment.
pub fn select(
    observations: &[model::Observation],
    group_key: &str,
    gap_to: Option<&str>,
    breakdown: Option<&str>,
) -> Result<Selected, String> {
    let group = model::PopulationGroup::parse_key(group_key).map_err(|e| e.to_string())?;
    let first = group_series(observations, &group, breakdown)?;
    let Some(other) = gap_to else {
        return Ok(Selected {
            points: first,
            describes: group.describe(),
        });
    };
    let mut to = group.clone();
    for part in other.split(';').filter(|p| !p.trim().is_empty()) {
        let bad = || {
            format!(
                "'{other}' is not a group change: expected dimension=code pairs such as citizen=NAT"
            )
        };
        let (key, code) = part.split_once('=').ok_or_else(bad)?;
        let dim = model::Dimension::ALL
            .into_iter()
            .find(|d| d.key() == key.trim())
            .ok_or_else(bad)?;
        to.set(dim, code);
    }
    let second = group_series(observations, &to, breakdown)?;
    Ok(Selected {
        points: gap(&first, &second),
        describes: format!("{} minus {}", group.describe(), to.describe()),
    })
}

fn group_series(
    observations: &[model::Observation],
    group: &model::PopulationGroup,
    breakdown: Option<&str>,
) -> Result<Vec<Point>, String> {
    let of_group: Vec<&model::Observation> =
        observations.iter().filter(|o| &o.group == group).collect();
    if of_group.is_empty() {
        let mut keys: Vec<String> = observations.iter().map(|o| o.group.key()).collect();
        keys.sort();
        keys.dedup();
        let shown = keys
            .iter()
            .take(12)
            .map(|k| format!("'{k}'"))
            .collect::<Vec<_>>();
        return Err(format!(
            "no values for the group '{}' ({}); the groups here are: {}{}",
            group.key(),
            group.describe(),
            shown.join(", "),
            if keys.len() > 12 { ", …" } else { "" }
        ));
    }
    let mut keys: Vec<String> = of_group.iter().map(|o| o.breakdown_key()).collect();
    keys.sort();
    keys.dedup();
    let chosen = match breakdown {
        Some(b) if keys.iter().any(|k| k == b) => b.to_string(),
        None if keys.len() == 1 => keys.remove(0),
        _ => {
            return Err(format!(
                "choose one breakdown of the group '{}' with --breakdown: {}",
                group.key(),
                keys.join(", ")
            ));
        }
    };
    Ok(of_group
        .into_iter()
        .filter(|o| o.breakdown_key() == chosen)
        .map(|o| Point {
            period: as_year(o.period),
            value: o.value,
            se: None,
            break_before: o.flags.contains(model::Flag::Break),
        })
        .collect())
}

/// What to assess among a place's observations of one variable (see [`select`]).
#[derive(Debug, Clone, Copy)]
pub struct Query<'a> {
    pub group: &'a str,
    pub gap_to: Option<&'a str>,
    pub breakdown: Option<&'a str>,
    pub target: Option<Target>,
    /// Default: up, or close for a gap.
    pub direction: Option<Direction>,
    pub method: Method,
}

/// [`select`] then [`assess`]: the one call the CLI and the web make.
pub fn assess_observations(
    observations: &[model::Observation],
    q: &Query<'_>,
) -> Result<(Selected, Assessment), String> {
    if observations.is_empty() {
        return Err("no values of this variable here".to_string());
    }
    let s = select(observations, q.group, q.gap_to, q.breakdown)?;
    let fallback = if q.gap_to.is_some() {
        Direction::Close
    } else {
        Direction::Up
    };
    let a = assess(
        &s.points,
        q.target,
        q.direction.unwrap_or(fallback),
        q.method,
    );
    Ok((s, a))
}

/// A period on the year scale: 2020-S2 is 2020.5, 2020-Q4 2020.75, 2020-07 2020.5.
pub fn as_year(p: model::Period) -> f64 {
    let (y, part, parts) = match p {
        model::Period::Year(y) => (y, 1, 1),
        model::Period::HalfYear(y, h) => (y, h, 2),
        model::Period::Quarter(y, q) => (y, q, 4),
        model::Period::Month(y, m) => (y, m, 12),
    };
    f64::from(y) + f64::from(part.saturating_sub(1)) / f64::from(parts)
}
