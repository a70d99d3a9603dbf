//! From the small aggregates of [`crate::aggregates`] to published estimates.
//!
//! For every indicator and every cell of the requested disaggregations **with all margins**
//! (each dimension either one category or its total), the numerator and denominator sums are
//! rolled up from the finest cells — per weight column for replicate designs, per PSU for
//! Taylor — and handed to `stats::survey`:
//! * replicate designs: [`ReplicateDesign::ratio_parts`] / [`ReplicateDesign::total`];
//! * Taylor: [`taylor::ratio_from_sums`] / [`taylor::total_from_sums`] with every stratum's
//!   PSU count taken from the whole sample, so domains keep the full design.
//!
//! Gaps to the reference group (nationals) are computed with their own standard error: from
//! the replicate estimates of both cells (covariance included), or by linearisation with the
//! difference of the two cells' PSU scores. Then each cell is assessed for reliability
//! (`ReliabilityThresholds`: suppressed below n = 20, flagged `u` below 50 by default) and each
//! indicator's table goes through primary and secondary suppression (`stats::disclosure`);
//! a withheld value is `None` here and never leaves the engine.

use crate::aggregates::{Aggregates, DesignFacts, TopRows, ValueRows};
use crate::catalogue::{DesignMethod, GapKind, Indicator, Kind, Mapping};
use crate::plan::Plan;
use crate::{EngineError, Result};
use model::PopulationGroup;
use stats::disclosure::{
    self, CellData, Dimension as DDim, PrimaryReason, PrimaryRules, SecondaryOptions, Table,
};
use stats::survey::{
    Estimate, IntervalKind, Layout, PointVariance, ReliabilityThresholds, ReplicateDesign,
    ReplicateWeights, SingletonPolicy, StratumSums, TaylorDesign, quantile_replicate,
    quantile_woodruff, taylor, weighted_quantile,
};
use std::collections::BTreeMap;

/// Options of a computation.
#[derive(Debug, Clone)]
pub struct ComputeOptions {
    /// Confidence level of the intervals.
    pub level: f64,
    pub reliability: ReliabilityThresholds,
    /// Primary suppression rules (default: fewer than 10 persons).
    pub primary: PrimaryRules,
    pub secondary: SecondaryOptions,
    /// Round published totals and counts to this base.
    pub rounding: Option<f64>,
    /// Strata with a single PSU: error (default) or certainty.
    pub singleton: SingletonPolicy,
}

impl Default for ComputeOptions {
    fn default() -> Self {
        ComputeOptions {
            level: 0.95,
            reliability: ReliabilityThresholds::default(),
            primary: PrimaryRules::default(),
            secondary: SecondaryOptions::default(),
            rounding: None,
            singleton: SingletonPolicy::Error,
        }
    }
}

/// Publication status of one cell; travels with the value into the store and exports.
#[derive(Debug, Clone, PartialEq)]
pub enum CellStatus {
    Published,
    /// Suppressed for confidentiality, sensitive in itself (reason given).
    Primary(String),
    /// Suppressed so that a primary cell cannot be recovered from the margins.
    Secondary,
    /// Withheld because too few sample persons stand behind it (reason given).
    Unreliable(String),
    /// No sample person in the cell (or the estimate is undefined there).
    Empty,
}

impl CellStatus {
    pub fn code(&self) -> &'static str {
        match self {
            CellStatus::Published => "published",
            CellStatus::Primary(_) => "primary",
            CellStatus::Secondary => "secondary",
            CellStatus::Unreliable(_) => "unreliable",
            CellStatus::Empty => "empty",
        }
    }
    pub fn reason(&self) -> String {
        match self {
            CellStatus::Primary(r) | CellStatus::Unreliable(r) => r.clone(),
            CellStatus::Secondary => "complementary suppression: protects a primary cell".into(),
            CellStatus::Empty => "no sample persons".into(),
            CellStatus::Published => String::new(),
        }
    }
    pub fn is_published(&self) -> bool {
        matches!(self, CellStatus::Published)
    }
}

/// One published (or withheld) cell.
#[derive(Debug, Clone, PartialEq)]
pub struct CellResult {
    /// The population group of the cell (a dimension left out = total).
    pub group: PopulationGroup,
    /// Category index per requested dimension, `None` = total.
    pub coords: Vec<Option<usize>>,
    /// The estimate; `None` when withheld.
    pub value: Option<f64>,
    pub std_error: Option<f64>,
    pub ci_lower: Option<f64>,
    pub ci_upper: Option<f64>,
    /// Coefficient of variation (fraction).
    pub cv: Option<f64>,
    /// Unweighted number of sample persons behind the estimate; withheld (`None`) for cells
    /// suppressed for confidentiality, whose size would itself disclose.
    pub n: Option<u64>,
    /// `u` for low reliability.
    pub flag: Option<char>,
    pub status: CellStatus,
    /// Gap to the reference group in the same cell (pp or ratio), when both are published.
    pub gap: Option<f64>,
    pub gap_std_error: Option<f64>,
}

/// All cells of one indicator.
#[derive(Debug, Clone)]
pub struct IndicatorResult {
    pub indicator: Indicator,
    pub cells: Vec<CellResult>,
    pub gap_kind: GapKind,
    /// Disclosure: cells suppressed as complements.
    pub secondary: usize,
}

/// The result of one computation.
#[derive(Debug, Clone)]
pub struct Results {
    pub mapping: String,
    pub geo: String,
    pub period: String,
    pub catalogue_version: String,
    /// `taylor` or the replicate method.
    pub method: String,
    pub design_note: Option<String>,
    pub dims: Vec<String>,
    /// Category codes per dimension.
    pub codes: Vec<Vec<String>>,
    pub indicators: Vec<IndicatorResult>,
    pub notes: Vec<String>,
    /// Rows the one-pass aggregate collapsed to.
    pub aggregate_rows: usize,
}

/// Cells of the disaggregation grid: finest cells and output cells (with totals).
#[derive(Debug, Clone)]
pub struct Grid {
    pub lens: Vec<usize>,
    fstrides: Vec<usize>,
    ostrides: Vec<usize>,
    pub n_fine: usize,
    pub n_out: usize,
}

impl Grid {
    pub fn new(lens: Vec<usize>) -> Grid {
        let k = lens.len();
        let mut fstrides = vec![1; k];
        let mut ostrides = vec![1; k];
        for d in (0..k.saturating_sub(1)).rev() {
            fstrides[d] = fstrides[d + 1] * lens[d + 1];
            ostrides[d] = ostrides[d + 1] * (lens[d + 1] + 1);
        }
        let n_fine = lens.iter().product();
        let n_out = lens.iter().map(|l| l + 1).product();
        Grid {
            lens,
            fstrides,
            ostrides,
            n_fine,
            n_out,
        }
    }
    fn fine_coords(&self, f: usize) -> Vec<usize> {
        (0..self.lens.len())
            .map(|d| (f / self.fstrides[d]) % self.lens[d])
            .collect()
    }
    /// Output coordinates (`None` = total).
    pub fn out_coords(&self, o: usize) -> Vec<Option<usize>> {
        (0..self.lens.len())
            .map(|d| {
                let c = (o / self.ostrides[d]) % (self.lens[d] + 1);
                (c < self.lens[d]).then_some(c)
            })
            .collect()
    }
    pub fn out_index(&self, coords: &[Option<usize>]) -> usize {
        coords
            .iter()
            .enumerate()
            .map(|(d, c)| c.unwrap_or(self.lens[d]) * self.ostrides[d])
            .sum()
    }
    /// Every output cell containing fine cell `f` (2^k of them).
    fn ancestors(&self, f: usize) -> Vec<usize> {
        let fc = self.fine_coords(f);
        let k = fc.len();
        (0..1usize << k)
            .map(|subset| {
                (0..k)
                    .map(|d| {
                        let c = if subset >> d & 1 == 1 {
                            self.lens[d]
                        } else {
                            fc[d]
                        };
                        c * self.ostrides[d]
                    })
                    .sum()
            })
            .collect()
    }
    fn fine_of_row(&self, dims: &[Vec<i64>], r: usize) -> usize {
        dims.iter()
            .enumerate()
            .map(|(d, v)| v[r] as usize * self.fstrides[d])
            .sum()
    }
}

/// A cell's raw estimate before publication decisions, kept for gaps.
#[derive(Debug, Clone, Default)]
struct Raw {
    est: Option<Estimate>,
    /// Replicate estimates (replicate designs).
    reps: Option<Vec<f64>>,
    /// Per-PSU linearised scores (Taylor ratios/totals).
    scores: Option<BTreeMap<u32, f64>>,
    /// Unweighted n relevant for reliability and disclosure.
    n: u64,
}

/// The variance method of a run (see [`VarianceMethod`]).
enum Variance {
    Taylor(Taylor),
    Replicate(Replicate),
}

fn replicate_design(m: &Mapping) -> Result<ReplicateDesign> {
    let r = m.design.replicates.as_ref().map(|r| r.count).unwrap_or(0);
    let e = |e: stats::survey::SurveyError| EngineError::Mapping {
        mapping: m.id.clone(),
        message: e.to_string(),
    };
    match m.design.method {
        DesignMethod::Jk1 => ReplicateDesign::jk1(r).map_err(e),
        DesignMethod::Jkn => Err(EngineError::Mapping {
            mapping: m.id.clone(),
            message: "JKn needs the number of PSUs per variance stratum, which a replicate-weight file does not carry; use jk1 with the published coefficients or a custom design".into(),
        }),
        DesignMethod::Brr => ReplicateDesign::brr(r).map_err(e),
        DesignMethod::Fay => ReplicateDesign::fay(r, m.design.rho.unwrap_or(0.5)).map_err(e),
        DesignMethod::SuccessiveDifference => ReplicateDesign::successive_difference(r).map_err(e),
        DesignMethod::Bootstrap => ReplicateDesign::bootstrap(r).map_err(e),
        DesignMethod::Taylor => unreachable!("Taylor has no replicate design"),
    }
}

/// Name of the variance method, stored with every estimate.
pub fn method_name(m: &Mapping) -> String {
    match m.design.method {
        DesignMethod::Taylor => "taylor".into(),
        DesignMethod::Jk1 => "replicate:jk1".into(),
        DesignMethod::Jkn => "replicate:jkn".into(),
        DesignMethod::Brr => "replicate:brr".into(),
        DesignMethod::Fay => format!("replicate:fay(rho={})", m.design.rho.unwrap_or(0.5)),
        DesignMethod::SuccessiveDifference => "replicate:sdr(4/R)".into(),
        DesignMethod::Bootstrap => "replicate:bootstrap".into(),
    }
}

fn scale_of(kind: Kind) -> f64 {
    match kind {
        Kind::Rate | Kind::Share => 100.0,
        _ => 1.0,
    }
}

fn interval_of(kind: Kind) -> IntervalKind {
    match kind {
        Kind::Rate | Kind::Share => IntervalKind::Logit,
        _ => IntervalKind::Wald,
    }
}

/// Finishes a point/variance pair, falling back to a Wald interval where the logit one is
/// undefined (a proportion of exactly 0 or 1), and scales it.
fn finish(
    pv: PointVariance,
    n: u64,
    df: f64,
    level: f64,
    kind: IntervalKind,
    scale: f64,
) -> Option<Estimate> {
    let e = pv
        .finish(n, df, level, kind)
        .or_else(|_| pv.finish(n, df, level, IntervalKind::Wald))
        .ok()?;
    Some(Estimate {
        estimate: e.estimate * scale,
        variance: e.variance * scale * scale,
        std_error: e.std_error * scale,
        lower: e.lower * scale,
        upper: e.upper * scale,
        ..e
    })
}

/// Sums of one (output cell, indicator) under a Taylor design.
#[derive(Debug, Clone, Default)]
struct PsuSums {
    by_psu: BTreeMap<u32, (f64, f64)>,
    n_den: u64,
    n_num: u64,
}

fn strata_of<'a>(
    facts: &DesignFacts,
    fpc: &[f64],
    by_stratum: &'a [Vec<(f64, f64)>],
) -> Vec<StratumSums<'a>> {
    by_stratum
        .iter()
        .enumerate()
        .filter(|(_, v)| !v.is_empty())
        .map(|(s, v)| StratumSums {
            label: s as u64,
            n_psu: facts.n_psu[s],
            fpc: fpc[s],
            psu: v,
        })
        .collect()
}

fn group_by_stratum(
    facts: &DesignFacts,
    items: impl Iterator<Item = (u32, (f64, f64))>,
) -> Vec<Vec<(f64, f64)>> {
    let mut out = vec![Vec::new(); facts.n_psu.len()];
    for (p, v) in items {
        out[facts.psu_stratum[p as usize] as usize].push(v);
    }
    out
}

/// The raw estimates of every (output cell, indicator), and the fine cells' sample counts
/// that disclosure control works on.
struct RawTables {
    /// `[indicator][output cell]`.
    raw: Vec<Vec<Raw>>,
    /// `[indicator][fine cell]` unweighted n.
    fine_n: Vec<Vec<u64>>,
}

/// What every step of estimation reads.
struct Run<'a> {
    plan: &'a Plan,
    grid: Grid,
    sums: &'a crate::aggregates::SumRows,
    /// `[fine cell]` the output cells it rolls up into.
    ancestors: Vec<Vec<usize>>,
    /// The indicators of the one-pass sums: (indicator, mask word, bit).
    sum_inds: Vec<(usize, usize, u32)>,
    df: f64,
    opts: &'a ComputeOptions,
}

/// How the sampling variance of the one-pass sums is formed: by linearisation over the
/// PSUs of the design (Taylor) or from replicate weights. Both give the same raw tables;
/// gaps, ratios and medians then use what each kept (scores or replicate estimates).
trait VarianceMethod {
    /// Degrees of freedom of the intervals.
    fn df(&self) -> f64;
    /// Fills the raw estimates of the indicators computed from the one-pass sums.
    fn raw_estimates(&self, run: &Run<'_>, out: &mut RawTables) -> Result<()>;
}

/// Taylor linearisation (with-replacement PSUs within strata, fpc where given).
struct Taylor {
    facts: DesignFacts,
    /// `[stratum]` fpc multiplier.
    fpc: Vec<f64>,
    df: f64,
    singleton: SingletonPolicy,
}

/// Replicate weights (JK1, BRR, Fay, successive differences, bootstrap).
struct Replicate(ReplicateDesign);

impl Variance {
    fn method(&self) -> &dyn VarianceMethod {
        match self {
            Variance::Taylor(t) => t,
            Variance::Replicate(r) => r,
        }
    }
}

/// The variance method of a run, from the mapping's design.
fn variance_of(
    plan: &Plan,
    mapping: &Mapping,
    data: &Aggregates<'_>,
    opts: &ComputeOptions,
) -> Result<Variance> {
    if !plan.taylor {
        return Ok(Variance::Replicate(Replicate(replicate_design(mapping)?)));
    }
    let (sums, values, facts) = (data.sums, data.values, data.facts);
    let mut fpc = vec![1.0; facts.n_psu.len()];
    for (r, f) in sums.fpc.iter().enumerate() {
        fpc[sums.stratum[r] as usize] = *f;
    }
    for (r, f) in values.fpc.iter().enumerate() {
        fpc[values.stratum[r] as usize] = *f;
    }
    let n_psu: usize = facts.n_psu.iter().sum();
    Ok(Variance::Taylor(Taylor {
        facts: facts.clone(),
        fpc,
        df: (n_psu.saturating_sub(facts.n_psu.len())).max(1) as f64,
        singleton: opts.singleton,
    }))
}

/// A count has no sampling variance: its estimate is its n.
fn count_estimate(n: u64, df: f64, level: f64) -> Estimate {
    Estimate {
        estimate: n as f64,
        variance: 0.0,
        std_error: 0.0,
        df,
        level,
        lower: n as f64,
        upper: n as f64,
        cv: None,
        n,
    }
}

impl VarianceMethod for Replicate {
    fn df(&self) -> f64 {
        self.0.df()
    }

    fn raw_estimates(&self, run: &Run<'_>, out: &mut RawTables) -> Result<()> {
        let Run {
            plan,
            grid,
            sums,
            ancestors,
            sum_inds,
            df,
            opts,
        } = run;
        let (df, design) = (*df, &self.0);
        let (raw, fine_n) = (&mut out.raw, &mut out.fine_n);
        let k_w = plan.n_weights;
        let n_ind = plan.indicators.len();
        let n_rows = sums.n.len();
        // fine accumulators [f][i][k]
        let stride = n_ind * k_w;
        let mut num = vec![0.0; grid.n_fine * stride];
        let mut den = vec![0.0; grid.n_fine * stride];
        let mut n_den = vec![0u64; grid.n_fine * n_ind];
        let mut n_num = vec![0u64; grid.n_fine * n_ind];
        for r in 0..n_rows {
            let f = grid.fine_of_row(&sums.dims, r);
            for &(i, w, b) in sum_inds.iter() {
                let m = sums.masks[w][r];
                if m >> b & 1 == 0 {
                    continue;
                }
                let base = f * stride + i * k_w;
                n_den[f * n_ind + i] += sums.n[r];
                for k in 0..k_w {
                    den[base + k] += sums.sums[k][r];
                }
                if let Some(s) = plan.value_slot[i] {
                    for k in 0..k_w {
                        num[base + k] += sums.xsums[s][k][r];
                    }
                } else if m >> (b + 1) & 1 == 1 {
                    n_num[f * n_ind + i] += sums.n[r];
                    for k in 0..k_w {
                        num[base + k] += sums.sums[k][r];
                    }
                }
            }
        }
        // roll up to output cells
        let mut onum = vec![0.0; grid.n_out * stride];
        let mut oden = vec![0.0; grid.n_out * stride];
        let mut on_den = vec![0u64; grid.n_out * n_ind];
        let mut on_num = vec![0u64; grid.n_out * n_ind];
        for f in 0..grid.n_fine {
            for &o in &ancestors[f] {
                for j in 0..stride {
                    onum[o * stride + j] += num[f * stride + j];
                    oden[o * stride + j] += den[f * stride + j];
                }
                for i in 0..n_ind {
                    on_den[o * n_ind + i] += n_den[f * n_ind + i];
                    on_num[o * n_ind + i] += n_num[f * n_ind + i];
                }
            }
        }
        let mut reps = vec![(0.0, 0.0); k_w - 1];
        for &(i, _, _) in sum_inds.iter() {
            let kind = plan.indicators[i].kind;
            for f in 0..grid.n_fine {
                fine_n[i][f] = match kind {
                    Kind::Total | Kind::Count => n_num[f * n_ind + i],
                    _ => n_den[f * n_ind + i],
                };
            }
            for o in 0..grid.n_out {
                let base = o * stride + i * k_w;
                let nd = on_den[o * n_ind + i];
                let nn = on_num[o * n_ind + i];
                let cell = &mut raw[i][o];
                match kind {
                    Kind::Count => {
                        cell.n = nn;
                        cell.est = Some(count_estimate(nn, df, opts.level));
                    }
                    Kind::Total => {
                        cell.n = nn;
                        let full = onum[base];
                        let r: Vec<f64> = (1..k_w).map(|k| onum[base + k]).collect();
                        if let Ok(pv) = design.total(full, &r) {
                            cell.est = finish(pv, nn, df, opts.level, IntervalKind::Wald, 1.0);
                            cell.reps = Some(r);
                        }
                    }
                    _ => {
                        cell.n = nd;
                        for k in 1..k_w {
                            reps[k - 1] = (onum[base + k], oden[base + k]);
                        }
                        let full = (onum[base], oden[base]);
                        if nd == 0 || full.1 == 0.0 {
                            continue;
                        }
                        if let Ok(pv) = design.ratio_parts(full, &reps) {
                            let s = scale_of(kind);
                            cell.est = finish(pv, nd, df, opts.level, interval_of(kind), s);
                            cell.reps = Some(
                                reps.iter()
                                    .map(|&(a, b)| if b == 0.0 { f64::NAN } else { s * a / b })
                                    .collect(),
                            );
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

impl VarianceMethod for Taylor {
    fn df(&self) -> f64 {
        self.df
    }

    fn raw_estimates(&self, run: &Run<'_>, out: &mut RawTables) -> Result<()> {
        let Run {
            plan,
            grid,
            sums,
            ancestors,
            sum_inds,
            df,
            opts,
        } = run;
        let (df, facts, fpc, singleton) = (*df, &self.facts, &self.fpc, &self.singleton);
        let (raw, fine_n) = (&mut out.raw, &mut out.fine_n);
        let n_ind = plan.indicators.len();
        let n_rows = sums.n.len();
        let mut acc: Vec<Vec<PsuSums>> = vec![vec![PsuSums::default(); grid.n_out]; n_ind];
        for r in 0..n_rows {
            let f = grid.fine_of_row(&sums.dims, r);
            let p = sums.psu[r];
            for &(i, w, b) in sum_inds.iter() {
                let m = sums.masks[w][r];
                if m >> b & 1 == 0 {
                    continue;
                }
                let in_num = m >> (b + 1) & 1 == 1;
                let x = sums.sums[0][r];
                let y = match plan.value_slot[i] {
                    Some(s) => sums.xsums[s][0][r],
                    None if in_num => x,
                    None => 0.0,
                };
                fine_n[i][f] += match plan.indicators[i].kind {
                    Kind::Total | Kind::Count => {
                        if in_num {
                            sums.n[r]
                        } else {
                            0
                        }
                    }
                    _ => sums.n[r],
                };
                for &o in &ancestors[f] {
                    let a = &mut acc[i][o];
                    a.n_den += sums.n[r];
                    if in_num {
                        a.n_num += sums.n[r];
                    }
                    let e = a.by_psu.entry(p).or_insert((0.0, 0.0));
                    e.0 += y;
                    e.1 += x;
                }
            }
        }
        for &(i, _, _) in sum_inds.iter() {
            let kind = plan.indicators[i].kind;
            for o in 0..grid.n_out {
                let a = &acc[i][o];
                let cell = &mut raw[i][o];
                let by_stratum = group_by_stratum(facts, a.by_psu.iter().map(|(&p, &v)| (p, v)));
                let strata = strata_of(facts, fpc, &by_stratum);
                match kind {
                    Kind::Count => {
                        cell.n = a.n_num;
                        cell.est = Some(count_estimate(a.n_num, df, opts.level));
                    }
                    Kind::Total => {
                        cell.n = a.n_num;
                        if strata.is_empty() {
                            continue;
                        }
                        let pv = taylor::total_from_sums(&strata, *singleton).map_err(|e| {
                            EngineError::Estimation {
                                indicator: plan.indicators[i].id.clone(),
                                message: e.to_string(),
                            }
                        })?;
                        cell.est = finish(pv, a.n_num, df, opts.level, IntervalKind::Wald, 1.0);
                        cell.scores = Some(a.by_psu.iter().map(|(&p, &(y, _))| (p, y)).collect());
                    }
                    _ => {
                        cell.n = a.n_den;
                        let x_tot: f64 = a.by_psu.values().map(|v| v.1).sum();
                        if a.n_den == 0 || x_tot == 0.0 || strata.is_empty() {
                            continue;
                        }
                        let pv = taylor::ratio_from_sums(&strata, *singleton).map_err(|e| {
                            EngineError::Estimation {
                                indicator: plan.indicators[i].id.clone(),
                                message: e.to_string(),
                            }
                        })?;
                        let s = scale_of(kind);
                        cell.est = finish(pv, a.n_den, df, opts.level, interval_of(kind), s);
                        let r = pv.estimate;
                        cell.scores = Some(
                            a.by_psu
                                .iter()
                                .map(|(&p, &(y, x))| (p, s * (y - r * x) / x_tot))
                                .collect(),
                        );
                    }
                }
            }
        }
        Ok(())
    }
}

/// Computes everything. `sums` and `values` come from [`crate::exec::Engine::run_sums`] and
/// [`crate::exec::Engine::run_values`]; `facts` from the same run's interner. A chain of
/// steps: the variance method, the raw estimates of the one-pass sums, the medians, then
/// per indicator ratios, gaps, reliability and disclosure control.
pub fn estimate(
    plan: &Plan,
    mapping: &Mapping,
    catalogue_version: &str,
    data: &Aggregates<'_>,
    opts: &ComputeOptions,
) -> Result<Results> {
    let variance = variance_of(plan, mapping, data, opts)?;
    let grid = Grid::new(plan.dims.iter().map(|d| d.codes.len()).collect());
    let n_ind = plan.indicators.len();
    let run = Run {
        plan,
        ancestors: (0..grid.n_fine).map(|f| grid.ancestors(f)).collect(),
        sum_inds: (0..n_ind)
            .filter_map(|i| plan.mask_position(i).map(|(w, b)| (i, w, b)))
            .collect(),
        grid,
        sums: data.sums,
        df: variance.method().df(),
        opts,
    };
    let mut tables = RawTables {
        raw: vec![vec![Raw::default(); run.grid.n_out]; n_ind],
        fine_n: vec![vec![0; run.grid.n_fine]; n_ind],
    };
    variance.method().raw_estimates(&run, &mut tables)?;
    let med: Vec<(usize, usize)> = (0..n_ind)
        .filter_map(|i| plan.median_slot[i].map(|s| (i, s)))
        .collect();
    if !med.is_empty() {
        median_estimates(
            plan,
            &run.grid,
            data.values,
            &variance,
            run.df,
            opts,
            &med,
            &mut tables.raw,
            &mut tables.fine_n,
        )?;
    }
    let mut notes = Vec::new();
    let mut out = Vec::with_capacity(n_ind);
    for i in 0..n_ind {
        if let Some(r) = publish_indicator(&run, i, &tables, data.top, &variance, &mut notes)? {
            out.push(r);
        }
    }
    Ok(results(
        plan,
        mapping,
        catalogue_version,
        out,
        notes,
        data.sums.n.len(),
    ))
}

/// One indicator's published cells: ratios of medians, gaps to the reference group,
/// reliability, and disclosure control on its fine cells. `None` when it cannot be
/// computed with the requested breakdown (a note says why).
fn publish_indicator(
    run: &Run<'_>,
    i: usize,
    tables: &RawTables,
    top: &[Option<TopRows>],
    variance: &Variance,
    notes: &mut Vec<String>,
) -> Result<Option<IndicatorResult>> {
    let Run {
        plan,
        grid,
        df,
        opts,
        ..
    } = run;
    let (df, grid) = (*df, grid);
    let (raw, fine_n) = (&tables.raw, &tables.fine_n);
    let ind = &plan.indicators[i];
    let ref_dim = ind.reference.as_ref().and_then(|r| {
        let d = plan
            .dims
            .iter()
            .position(|d| crate::catalogue::model_dimension(&r.dimension) == Some(d.model))?;
        let c = plan.dims[d].codes.iter().position(|c| *c == r.code)?;
        Some((d, c))
    });
    let gap_kind = match (&ind.reference, ind.kind) {
        (_, Kind::RatioOfMedians) => GapKind::None,
        (Some(r), _) if ref_dim.is_some() => r.gap,
        _ => GapKind::None,
    };
    let mut cells_raw = raw[i].clone();
    if ind.kind == Kind::RatioOfMedians {
        let Some((rd, rc)) = ref_dim else {
            notes.push(format!(
                "{}: needs the reference dimension '{}' in --by; skipped",
                ind.id,
                ind.reference
                    .as_ref()
                    .map(|r| r.dimension.as_str())
                    .unwrap_or("?")
            ));
            return Ok(None);
        };
        cells_raw = ratio_cells(grid, &raw[i], rd, rc, variance, df, opts.level);
    }
    // disclosure on the fine-cell counts (and, for means, their largest contributions)
    let magnitudes = top
        .get(i)
        .and_then(|t| t.as_ref())
        .map(|t| magnitude_cells(grid, t, &fine_n[i]));
    let status = protect_cells(plan, grid, &fine_n[i], magnitudes.as_deref(), opts)?;
    let mut cells = Vec::with_capacity(grid.n_out);
    let mut secondary = 0;
    for o in 0..grid.n_out {
        let coords = grid.out_coords(o);
        if ind.kind == Kind::RatioOfMedians
            && ref_dim.is_some_and(|(rd, rc)| coords[rd] == Some(rc))
        {
            continue; // the reference group's ratio to itself
        }
        let mut group = PopulationGroup::total();
        for (d, c) in coords.iter().enumerate() {
            if let Some(c) = c {
                group.set(plan.dims[d].model, &plan.dims[d].codes[*c]);
            }
        }
        let r = &cells_raw[o];
        let mut st = status[o].clone();
        if st == CellStatus::Secondary {
            secondary += 1;
        }
        let mut flag = None;
        if st.is_published() {
            match &r.est {
                None => st = CellStatus::Empty,
                Some(e) => {
                    let cv = if ind.kind == Kind::Count { None } else { e.cv };
                    match opts.reliability.assess(r.n, cv) {
                        stats::survey::Reliability::Suppressed(why) => {
                            st = CellStatus::Unreliable(match why {
                                stats::survey::ReliabilityReason::SmallSample {
                                    threshold, ..
                                } => format!("fewer than {threshold} sample persons"),
                                stats::survey::ReliabilityReason::HighCv { cv, threshold } => {
                                    format!(
                                        "coefficient of variation {} above {:.1}%",
                                        cv.map(|c| format!("{:.1}%", 100.0 * c))
                                            .unwrap_or_else(|| "undefined".into()),
                                        100.0 * threshold
                                    )
                                }
                            })
                        }
                        rel => flag = rel.flag(),
                    }
                }
            }
        }
        let published = st.is_published();
        let e = r.est.filter(|_| published);
        let round = |v: f64| match (opts.rounding, ind.kind) {
            (Some(b), Kind::Total | Kind::Count) => (v / b).round() * b,
            _ => v,
        };
        let has_se = ind.kind != Kind::Count && e.is_some_and(|e| e.std_error.is_finite());
        let (gap, gap_se) = match (gap_kind, ref_dim) {
            (GapKind::None, _) | (_, None) => (None, None),
            (g, Some((rd, rc))) => match coords[rd] {
                Some(c) if c != rc && published => {
                    let mut rcoords = coords.clone();
                    rcoords[rd] = Some(rc);
                    let ro = grid.out_index(&rcoords);
                    let ref_published = status[ro].is_published()
                        && cells_raw[ro].est.is_some()
                        && opts
                            .reliability
                            .assess(cells_raw[ro].n, None)
                            .is_published();
                    if ref_published {
                        gap_of(g, &cells_raw[o], &cells_raw[ro], variance)
                    } else {
                        (None, None)
                    }
                }
                _ => (None, None),
            },
        };
        cells.push(CellResult {
            group,
            coords,
            value: e.map(|e| round(e.estimate)),
            std_error: e.filter(|_| has_se).map(|e| e.std_error),
            ci_lower: e.filter(|_| has_se).map(|e| e.lower),
            ci_upper: e.filter(|_| has_se).map(|e| e.upper),
            cv: e.filter(|_| has_se).and_then(|e| e.cv),
            n: (!matches!(st, CellStatus::Primary(_) | CellStatus::Secondary)).then_some(r.n),
            flag,
            status: st,
            gap,
            gap_std_error: gap_se,
        });
    }
    Ok(Some(IndicatorResult {
        indicator: ind.clone(),
        cells,
        gap_kind,
        secondary,
    }))
}

/// The results of a run, with the notes of its design and calibration.
fn results(
    plan: &Plan,
    mapping: &Mapping,
    catalogue_version: &str,
    indicators: Vec<IndicatorResult>,
    mut notes: Vec<String>,
    aggregate_rows: usize,
) -> Results {
    if let Some(n) = &mapping.design.note {
        notes.push(n.clone());
    }
    if let Some(n) = &plan.calibration {
        notes.push(n.clone());
    }
    Results {
        mapping: mapping.id.clone(),
        geo: mapping.geo.clone(),
        period: mapping.period.clone(),
        catalogue_version: catalogue_version.to_string(),
        method: match plan.calibration {
            Some(_) => format!("{}+raked", method_name(mapping)),
            None => method_name(mapping),
        },
        design_note: mapping.design.note.clone(),
        dims: plan.dims.iter().map(|d| d.name.clone()).collect(),
        codes: plan.dims.iter().map(|d| d.codes.clone()).collect(),
        indicators,
        notes,
        aggregate_rows,
    }
}

/// Gap of cell `a` to reference cell `b` with its standard error.
fn gap_of(g: GapKind, a: &Raw, b: &Raw, variance: &Variance) -> (Option<f64>, Option<f64>) {
    let (Some(ea), Some(eb)) = (a.est, b.est) else {
        return (None, None);
    };
    let (va, vb) = (ea.estimate, eb.estimate);
    let value = match g {
        GapKind::PercentagePoints => va - vb,
        GapKind::Ratio if vb != 0.0 => va / vb,
        _ => return (None, None),
    };
    let se = match variance {
        Variance::Replicate(Replicate(d)) => match (&a.reps, &b.reps) {
            (Some(ra), Some(rb)) => {
                let reps: Vec<f64> = ra
                    .iter()
                    .zip(rb)
                    .map(|(x, y)| match g {
                        GapKind::Ratio => x / y,
                        _ => x - y,
                    })
                    .collect();
                d.variance(value, &reps).ok().map(f64::sqrt)
            }
            _ => None,
        },
        Variance::Taylor(Taylor {
            facts,
            fpc,
            singleton,
            ..
        }) => match (&a.scores, &b.scores) {
            (Some(sa), Some(sb)) => {
                let mut z: BTreeMap<u32, f64> = BTreeMap::new();
                let (ca, cb) = match g {
                    GapKind::Ratio => (1.0 / vb, -va / (vb * vb)),
                    _ => (1.0, -1.0),
                };
                for (&p, &s) in sa {
                    *z.entry(p).or_default() += ca * s;
                }
                for (&p, &s) in sb {
                    *z.entry(p).or_default() += cb * s;
                }
                let by = group_by_stratum(facts, z.into_iter().map(|(p, s)| (p, (s, 0.0))));
                let strata = strata_of(facts, fpc, &by);
                taylor::total_from_sums(&strata, *singleton)
                    .ok()
                    .map(|pv| pv.variance.max(0.0).sqrt())
            }
            // medians under Taylor: Woodruff SEs, the two groups treated as independent
            _ => match g {
                GapKind::Ratio => {
                    Some(((ea.variance / (vb * vb)) + (va * va * eb.variance / vb.powi(4))).sqrt())
                }
                _ => Some((ea.variance + eb.variance).sqrt()),
            },
        },
    };
    (Some(value), se)
}

/// Ratio of each cell's median to the reference group's median in the same cell.
fn ratio_cells(
    grid: &Grid,
    raw: &[Raw],
    rd: usize,
    rc: usize,
    variance: &Variance,
    df: f64,
    level: f64,
) -> Vec<Raw> {
    (0..grid.n_out)
        .map(|o| {
            let mut coords = grid.out_coords(o);
            coords[rd] = Some(rc);
            let ro = grid.out_index(&coords);
            let (a, b) = (&raw[o], &raw[ro]);
            let mut out = Raw {
                n: a.n.min(b.n),
                ..Default::default()
            };
            let (value, se) = gap_of(GapKind::Ratio, a, b, variance);
            if let (Some(v), Some(se)) = (value, se) {
                out.est = finish(
                    PointVariance {
                        estimate: v,
                        variance: se * se,
                    },
                    out.n,
                    df,
                    level,
                    IntervalKind::Wald,
                    1.0,
                );
            }
            out
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn median_estimates(
    plan: &Plan,
    grid: &Grid,
    values: &ValueRows,
    variance: &Variance,
    df: f64,
    opts: &ComputeOptions,
    med: &[(usize, usize)],
    raw: &mut [Vec<Raw>],
    fine_n: &mut [Vec<u64>],
) -> Result<()> {
    let n_rows = values.weights.first().map(Vec::len).unwrap_or(0);
    if n_rows == 0 {
        return Ok(());
    }
    let w = &values.weights[0];
    let fine: Vec<usize> = (0..n_rows)
        .map(|r| grid.fine_of_row(&values.dims, r))
        .collect();
    let taylor_design = match variance {
        Variance::Taylor(Taylor { singleton, .. }) => {
            let s: Vec<u64> = values.stratum.iter().map(|&v| v as u64).collect();
            let p: Vec<u64> = values.psu.iter().map(|&v| v as u64).collect();
            let fpc_m;
            let fpc = if values.fpc.is_empty() {
                stats::survey::Fpc::None
            } else {
                fpc_m = values.fpc.clone();
                stats::survey::Fpc::Multiplier(&fpc_m)
            };
            Some(
                TaylorDesign::with_singleton_policy(n_rows, Some(&s), Some(&p), fpc, *singleton)
                    .map_err(|e| EngineError::Estimation {
                        indicator: "median".into(),
                        message: e.to_string(),
                    })?,
            )
        }
        Variance::Replicate(_) => None,
    };
    let rep_data: Vec<f64> = values.weights[1..].iter().flatten().copied().collect();
    let n_reps = values.weights.len() - 1;
    for &(i, s) in med {
        let member = &values.member[s];
        let y = &values.values[s];
        for r in 0..n_rows {
            if member[r] {
                fine_n[i][fine[r]] += 1;
            }
        }
        for (o, cell) in raw[i].iter_mut().enumerate().take(grid.n_out) {
            let coords = grid.out_coords(o);
            let domain: Vec<bool> = (0..n_rows)
                .map(|r| {
                    member[r]
                        && coords
                            .iter()
                            .enumerate()
                            .all(|(d, c)| c.is_none_or(|c| values.dims[d][r] == c as i64))
                })
                .collect();
            let n = domain.iter().filter(|&&d| d).count() as u64;
            cell.n = n;
            if n == 0 {
                continue;
            }
            match (variance, &taylor_design) {
                (Variance::Taylor(_), Some(design)) => {
                    cell.est = quantile_woodruff(design, w, y, Some(&domain), 0.5, opts.level).ok();
                }
                (Variance::Replicate(Replicate(design)), _) => {
                    let reps =
                        ReplicateWeights::new(&rep_data, n_rows, n_reps, Layout::ColumnMajor)
                            .map_err(|e| EngineError::Estimation {
                                indicator: plan.indicators[i].id.clone(),
                                message: e.to_string(),
                            })?;
                    if let Ok((pv, n)) = quantile_replicate(design, w, &reps, y, Some(&domain), 0.5)
                    {
                        cell.est = finish(pv, n, df, opts.level, IntervalKind::Wald, 1.0);
                        cell.reps = Some(
                            (1..=n_reps)
                                .map(|k| {
                                    weighted_quantile(&values.weights[k], y, Some(&domain), 0.5)
                                        .unwrap_or(f64::NAN)
                                })
                                .collect(),
                        );
                    }
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// The fine cells of a mean indicator as magnitude cells: the cell total of w·x, its persons,
/// its largest contributions.
fn magnitude_cells(grid: &Grid, top: &TopRows, fine_n: &[u64]) -> Vec<CellData> {
    let mut cells: Vec<CellData> = fine_n
        .iter()
        .map(|&n| CellData {
            value: 0.0,
            n,
            top: Vec::new(),
        })
        .collect();
    for r in 0..top.contribution.len() {
        if top.dims.iter().any(|d| d[r] < 0) {
            continue;
        }
        let f = grid.fine_of_row(&top.dims, r);
        cells[f].value = top.cell_total[r];
        cells[f].top.push(top.contribution[r]);
    }
    for c in &mut cells {
        c.top.sort_by(|a, b| b.total_cmp(a));
    }
    cells
}

/// Primary and secondary suppression of one indicator's table: unweighted counts, and for
/// means also the largest contributions (`magnitudes`, per fine cell) when a dominance or
/// p% rule is set. Without magnitudes only the frequency rule applies.
/// Why a cell is withheld, in words only: never its n, its value or a contributor's
/// share, which together with the published margins could give the protected figure back.
fn primary_reason_text(r: &PrimaryReason) -> String {
    match r {
        PrimaryReason::Frequency { threshold, .. } => format!("fewer than {threshold} persons"),
        PrimaryReason::Dominance { n, k, .. } => {
            let who = match n {
                1 => "the largest contribution makes".to_string(),
                n => format!("the {n} largest contributions make"),
            };
            format!("dominance: {who} more than {k}% of the total")
        }
        PrimaryReason::PPercent { p, .. } => {
            format!(
                "p% rule: the second largest contributor could estimate the largest within {p}%"
            )
        }
    }
}

fn protect_cells(
    plan: &Plan,
    grid: &Grid,
    fine_n: &[u64],
    magnitudes: Option<&[CellData]>,
    opts: &ComputeOptions,
) -> Result<Vec<CellStatus>> {
    let describe = primary_reason_text;
    let mut rules = opts.primary;
    if magnitudes.is_none() {
        rules.dominance = None;
        rules.p_percent = None;
    }
    let leaf = |f: usize| match magnitudes {
        Some(m) => m[f].clone(),
        None => CellData::count(fine_n[f]),
    };
    let dims: Vec<DDim> = plan
        .dims
        .iter()
        .map(|d| DDim::flat(&d.name, &d.codes, "T"))
        .collect();
    let err = |e: disclosure::DisclosureError| EngineError::Estimation {
        indicator: "disclosure".into(),
        message: e.to_string(),
    };
    if plan.dims.is_empty() {
        // one cell: a one-category table without margins
        let table =
            Table::new(vec![DDim::without_total("all", &["all"])], vec![leaf(0)]).map_err(err)?;
        let status = disclosure::primary_suppression(&table, &rules).map_err(err)?;
        return Ok(status
            .iter()
            .map(|s| match s {
                disclosure::CellStatus::Primary(r) => CellStatus::Primary(describe(r)),
                _ => CellStatus::Published,
            })
            .collect());
    }
    let leaves = (0..grid.n_fine).map(|f| (grid.fine_coords(f), leaf(f)));
    let table = Table::from_leaves(dims, leaves).map_err(err)?;
    let protected = disclosure::protect(table, &rules, &opts.secondary).map_err(err)?;
    Ok(protected
        .status
        .iter()
        .map(|s| match s {
            disclosure::CellStatus::Published => CellStatus::Published,
            disclosure::CellStatus::Primary(r) => CellStatus::Primary(describe(r)),
            disclosure::CellStatus::Secondary => CellStatus::Secondary,
        })
        .collect())
}

#[cfg(test)]
mod reason_tests {
    use super::*;

    #[test]
    fn a_withheld_cell_says_why_without_its_n_or_a_share() {
        let texts = [
            primary_reason_text(&PrimaryReason::Frequency {
                n: 7,
                threshold: 10,
            }),
            primary_reason_text(&PrimaryReason::Dominance {
                n: 1,
                k: 90.0,
                share: 96.4,
            }),
        ];
        assert_eq!(texts[0], "fewer than 10 persons");
        assert!(!texts[0].contains('7'), "{}", texts[0]);
        assert!(texts[1].contains("more than 90%"), "{}", texts[1]);
        assert!(!texts[1].contains("96"), "{}", texts[1]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_indices_round_trip_and_match_the_disclosure_table_order() {
        let g = Grid::new(vec![3, 2]);
        assert_eq!(g.n_out, 12);
        for o in 0..g.n_out {
            assert_eq!(g.out_index(&g.out_coords(o)), o);
        }
        // fine cell (2, 1) lies in (2,1), (T,1), (2,T), (T,T)
        let f = 2 * 2 + 1;
        let mut a = g.ancestors(f);
        a.sort();
        let mut want: Vec<usize> = [
            [Some(2), Some(1)],
            [None, Some(1)],
            [Some(2), None],
            [None, None],
        ]
        .iter()
        .map(|c| g.out_index(c))
        .collect();
        want.sort();
        assert_eq!(a, want);
        let t = Table::from_leaves(
            vec![
                DDim::flat("a", &["x", "y", "z"], "T"),
                DDim::flat("b", &["m", "f"], "T"),
            ],
            (0..6).map(|f| (g.fine_coords(f), CellData::count(1))),
        )
        .unwrap();
        for o in 0..g.n_out {
            let c: Vec<usize> = g
                .out_coords(o)
                .iter()
                .enumerate()
                .map(|(d, c)| c.unwrap_or(g.lens[d]))
                .collect();
            assert_eq!(t.index(&c), o);
        }
    }
}
