//! Weight calibration by raking to known population margins (e.g. the city's register:
//! residents by citizenship group, by sex, by age band), before any indicator is formed.
//!
//! A raking file (`--rake FILE.toml`) names margins over the mapping's dimensions:
//!
//! ```toml
//! bounds = [0.5, 2.0]        # optional: keep every weight within 0.5–2 × its design weight
//! max_iterations = 100       # optional
//! tolerance = 1e-10          # optional: relative deviation of every margin
//!
//! [[margin]]
//! dimension = "citizenship"
//! totals = { NAT = 34_000_000, EU27_2020_FOR = 1_400_000, NEU27_2020_FOR = 3_200_000 }
//!
//! [[margin]]
//! dimension = "sex"
//! totals = { M = 19_000_000, F = 19_600_000 }
//! ```
//!
//! Why it can be done on aggregates, exactly: raking multiplies each weight by one factor
//! per margin class, so every person in the same cross-class (citizenship × sex × …) gets the
//! same adjustment, and with bounds the clipped ratio w/d is also the same within a cross-class.
//! Raking the few cross-class weight sums therefore gives exactly the factors row-level raking
//! would give (a test checks this against `stats::survey::rake` on the rows). So calibration is
//! one small `GROUP BY` over the data plus Rust, and the factors enter the one-pass plan as a
//! `CASE` on the cross-class inside the mapped relation — every indicator, margin, median and
//! replicate then uses the raked weights.
//!
//! Variance: each replicate weight column is raked to the same margins as the full-sample
//! weight (Wolter 2007, §4.6), so replicate standard errors capture the calibration; under
//! Taylor linearisation the raked weights are treated as fixed (what most software does by
//! default, and said in the results' notes).
//!
//! The weight sums of the pre-pass are exact fixed-point integers (as in the plan), so the
//! factors — and every estimate after them — are bit-identical on every engine and cluster.

use crate::catalogue::Mapping;
use crate::plan::{WEIGHT_SCALE, dim_plan, quote_ident};
use crate::{EngineError, Result};
use datafusion::prelude::SessionContext;
use serde::Deserialize;
use stats::survey::{Margin, RakingOptions};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A raking file as written by the user.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RakingSpec {
    /// Bounds `[L, U]` on the adjustment factor of every weight.
    #[serde(default)]
    pub bounds: Option<[f64; 2]>,
    #[serde(default)]
    pub max_iterations: Option<usize>,
    #[serde(default)]
    pub tolerance: Option<f64>,
    #[serde(rename = "margin")]
    pub margins: Vec<MarginSpec>,
    /// Where it was read from, for messages.
    #[serde(skip)]
    pub file: PathBuf,
}

/// One margin: a dimension of the mapping and the known population of each of its codes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarginSpec {
    pub dimension: String,
    pub totals: BTreeMap<String, f64>,
}

impl RakingSpec {
    pub fn load(path: &Path) -> Result<RakingSpec> {
        let err = |message: String| EngineError::Catalogue {
            path: path.display().to_string(),
            message,
        };
        let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
        let mut spec: RakingSpec = toml::from_str(&text).map_err(|e| err(e.to_string()))?;
        spec.file = path.to_path_buf();
        if spec.margins.is_empty() {
            return Err(err(
                "no [[margin]]: give at least one margin (dimension and totals)".into(),
            ));
        }
        Ok(spec)
    }

    fn options(&self) -> RakingOptions {
        let d = RakingOptions::default();
        RakingOptions {
            tol: self.tolerance.unwrap_or(d.tol),
            max_iter: self.max_iterations.unwrap_or(d.max_iter),
            bounds: self.bounds.map(|[l, u]| (l, u)),
        }
    }

    fn err(&self, message: String) -> EngineError {
        EngineError::Catalogue {
            path: self.file.display().to_string(),
            message,
        }
    }
}

/// The outcome: the raked relation to use in place of the mapped one, and what happened.
#[derive(Debug, Clone)]
pub struct Calibrated {
    /// `(SELECT …) AS mapped` with the weights multiplied by their raking factors.
    pub relation: String,
    /// Factor of every weight column (`[column][cross-class]`, column 0 = full sample).
    pub factors: Vec<Vec<f64>>,
    /// One line for the results' notes.
    pub note: String,
}

/// The margins of `spec` as class indices over the mapping's dimensions.
struct Margins {
    names: Vec<String>,
    /// SQL giving the class index (−1 outside every class), per margin.
    sql: Vec<String>,
    /// Totals by class index, per margin.
    totals: Vec<Vec<f64>>,
}

fn margins(spec: &RakingSpec, mapping: &Mapping) -> Result<Margins> {
    let mut out = Margins {
        names: Vec::new(),
        sql: Vec::new(),
        totals: Vec::new(),
    };
    for m in &spec.margins {
        let d = dim_plan(mapping, &m.dimension).map_err(|e| spec.err(e.to_string()))?;
        if out.names.contains(&d.name) {
            return Err(spec.err(format!("two margins on '{}'", d.name)));
        }
        let mut totals = vec![f64::NAN; d.codes.len()];
        for (code, &t) in &m.totals {
            let i = d.codes.iter().position(|c| c == code).ok_or_else(|| {
                spec.err(format!(
                    "margin '{}': code '{code}' is not a category of that dimension in mapping {} (its codes: {})",
                    d.name,
                    mapping.id,
                    d.codes.join(", ")
                ))
            })?;
            if !(t.is_finite() && t > 0.0) {
                return Err(spec.err(format!(
                    "margin '{}': the total of '{code}' is {t}; population totals must be positive",
                    d.name
                )));
            }
            totals[i] = t;
        }
        if let Some(i) = totals.iter().position(|t| t.is_nan()) {
            return Err(spec.err(format!(
                "margin '{}': no total for '{}' (every category needs one: {})",
                d.name,
                d.codes[i],
                d.codes.join(", ")
            )));
        }
        out.names.push(d.name);
        out.sql.push(d.sql);
        out.totals.push(totals);
    }
    Ok(out)
}

/// Cross-classes of the margins: the mixed-radix index of (class of margin 0, 1, …).
fn cross_index_sql(m: &Margins) -> String {
    let mut stride = 1usize;
    let mut terms = Vec::new();
    for (sql, totals) in m.sql.iter().zip(&m.totals).rev() {
        terms.push(format!("({sql}) * {stride}"));
        stride *= totals.len();
    }
    terms.join(" + ")
}

/// Rakes the mapped relation's weights to `spec`'s margins; `ctx` has the data as `src`.
pub async fn calibrate(
    ctx: &SessionContext,
    spec: &RakingSpec,
    mapping: &Mapping,
) -> Result<Calibrated> {
    let m = margins(spec, mapping)?;
    let base = format!("({}) AS mapped", crate::plan::mapped_sql(mapping));
    let weights: Vec<String> = std::iter::once("__w".to_string())
        .chain((1..=mapping.replicate_columns().len()).map(|k| format!("__r{k}")))
        .collect();

    // 1. the weight sums of every cross-class, and the rows outside a class
    let mut cols: Vec<String> = m
        .sql
        .iter()
        .enumerate()
        .map(|(j, s)| format!("{s} AS __k{j}"))
        .collect();
    cols.extend(weights.iter().cloned());
    let keys: Vec<String> = (0..m.sql.len()).map(|j| format!("__k{j}")).collect();
    let mut outer = keys.clone();
    outer.push("COUNT(*) AS __n".into());
    for (k, w) in weights.iter().enumerate() {
        outer.push(format!(
            "SUM(CAST(CAST({w} AS DOUBLE) * {WEIGHT_SCALE:?} AS BIGINT)) AS __s{k}"
        ));
    }
    let sql = format!(
        "SELECT {} FROM (SELECT {} FROM {base}) GROUP BY {} ORDER BY {}",
        outer.join(", "),
        cols.join(", "),
        keys.join(", "),
        keys.join(", ")
    );
    let batches = ctx.sql(&sql).await?.collect().await?;
    let n_cross: usize = m.totals.iter().map(Vec::len).product();
    let mut sums = vec![vec![0.0; n_cross]; weights.len()];
    let mut sample = vec![0u64; n_cross];
    let mut outside = vec![0u64; m.sql.len()];
    for b in &batches {
        let int = |name: &str| crate::aggregates::col_i64(b, name);
        let ks: Vec<Vec<i64>> = keys.iter().map(|k| int(k)).collect::<Result<_>>()?;
        let n = int("__n")?;
        let s: Vec<Vec<i64>> = (0..weights.len())
            .map(|k| int(&format!("__s{k}")))
            .collect::<Result<_>>()?;
        for row in 0..n.len() {
            let mut cross = 0usize;
            let mut inside = true;
            for (j, k) in ks.iter().enumerate() {
                if k[row] < 0 {
                    outside[j] += n[row] as u64;
                    inside = false;
                }
                cross = cross * m.totals[j].len() + k[row].max(0) as usize;
            }
            if !inside {
                continue;
            }
            sample[cross] += n[row] as u64;
            for (k, col) in s.iter().enumerate() {
                sums[k][cross] += col[row] as f64 / WEIGHT_SCALE;
            }
        }
    }
    if let Some(j) = outside.iter().position(|&n| n > 0) {
        return Err(spec.err(format!(
            "margin '{}': {} persons of the data fall in none of its categories (unmapped or missing code); \
             raking needs every person in a category of every margin — filter them out in the mapping or add their code",
            m.names[j], outside[j]
        )));
    }

    // 2. rake the cross-class sums of every weight column
    let classes: Vec<Vec<u32>> = (0..m.sql.len())
        .map(|j| {
            let inner: usize = m.totals[j + 1..].iter().map(Vec::len).product();
            let len = m.totals[j].len();
            (0..n_cross).map(|c| ((c / inner) % len) as u32).collect()
        })
        .collect();
    let opts = spec.options();
    let mut factors = Vec::with_capacity(weights.len());
    let (mut sweeps, mut deviation) = (0usize, 0.0f64);
    for (k, s) in sums.iter().enumerate() {
        let margins: Vec<Margin<'_>> = (0..m.sql.len())
            .map(|j| Margin {
                name: &m.names[j],
                classes: &classes[j],
                totals: &m.totals[j],
            })
            .collect();
        let what = if k == 0 {
            "the weights".to_string()
        } else {
            format!("replicate weight {k}")
        };
        let r = stats::survey::rake(s, &margins, &opts)
            .map_err(|e| spec.err(format!("raking {what}: {e}")))?;
        if !r.converged {
            return Err(spec.err(format!(
                "raking {what} did not converge in {} sweeps (largest margin deviation {:.2e}); \
                 raise max_iterations, widen the bounds, or collapse categories with few persons",
                r.iterations, r.max_deviation
            )));
        }
        sweeps = sweeps.max(r.iterations);
        deviation = deviation.max(r.max_deviation);
        factors.push(
            r.weights
                .iter()
                .zip(s)
                .map(|(w, d)| if *d > 0.0 { w / d } else { 1.0 })
                .collect::<Vec<f64>>(),
        );
    }

    // 3. the raked relation: the mapped columns with every weight × its factor
    let fields: Vec<String> = ctx
        .sql(&format!("SELECT * FROM {base}"))
        .await?
        .schema()
        .fields()
        .iter()
        .map(|f| f.name().clone())
        .collect();
    let mut select: Vec<String> = fields
        .iter()
        .filter(|f| !weights.contains(f))
        .map(|f| quote_ident(f))
        .collect();
    for (k, w) in weights.iter().enumerate() {
        let arms: String = factors[k]
            .iter()
            .enumerate()
            .map(|(c, f)| format!(" WHEN {c} THEN {f:?}"))
            .collect();
        select.push(format!(
            "CAST({w} AS DOUBLE) * (CASE __cross{arms} ELSE 1.0 END) AS {w}"
        ));
    }
    let relation = format!(
        "(SELECT {} FROM (SELECT *, {} AS __cross FROM {base}) AS __pre) AS mapped",
        select.join(", "),
        cross_index_sql(&m)
    );
    let full = &factors[0];
    let used: Vec<f64> = full
        .iter()
        .zip(&sample)
        .filter(|(_, n)| **n > 0)
        .map(|(f, _)| *f)
        .collect();
    let (lo, hi) = used
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), f| {
            (a.min(*f), b.max(*f))
        });
    let note = format!(
        "weights raked to {} margin(s) ({}) from {}: converged in {} sweep(s) (largest margin deviation {:.1e}), \
         adjustment factors {:.3}–{:.3}{}; {}",
        m.names.len(),
        m.names.join(", "),
        spec.file.display(),
        sweeps,
        deviation,
        lo,
        hi,
        spec.bounds
            .map(|[l, u]| format!(" (bounded to {l}–{u})"))
            .unwrap_or_default(),
        if weights.len() > 1 {
            "every replicate weight raked to the same margins"
        } else {
            "Taylor standard errors treat the raked weights as fixed"
        }
    );
    Ok(Calibrated {
        relation,
        factors,
        note,
    })
}
