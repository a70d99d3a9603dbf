//! Compilation: requested indicators × disaggregations → one SQL query over the source.
//!
//! The query reads the data once. Every row gets
//! * one small integer per disaggregation dimension (its code's index, −1 when unmapped),
//! * a bitmask with two bits per indicator — "in the universe" and "in the numerator" —
//!   (several 62-bit words when there are more than 31 indicators),
//!
//! and the query groups on (dimension codes, [stratum, PSU,] masks) with `COUNT(*)` and the
//! `SUM` of the full-sample weight and of every replicate weight (and of weight × value for
//! means). A 10-million-person file collapses to a few thousand rows; every margin and every
//! indicator is then formed from those rows in Rust ([`crate::estimate`]). This is the
//! "collapse to cell × membership pattern" plan, with the pattern as one integer so that the
//! hash aggregation has few, cheap keys.
//!
//! Medians need the distribution, not sums: when a median is requested, a second query reads
//! (codes, design, value, weights) of the rows — exact, fine at survey sizes (see
//! `catalogue/README.md`).
//!
//! Domains are never formed by dropping rows: all rows stay in the aggregate (with their
//! strata and PSUs), a domain only selects which sums go into its numerator and denominator.

use crate::catalogue::{DesignMethod, Indicator, Kind, Mapping, sql_literal};
use crate::{EngineError, Result};

/// Weights are summed as integers in units of 1/WEIGHT_SCALE (2^-20 ≈ 1e-6): exact and
/// independent of summation order. Good for any population below ~8·10^12 weighted persons.
pub const WEIGHT_SCALE: f64 = 1_048_576.0;

/// Bits per mask word (two per indicator; kept below 63 so literals stay positive).
pub const INDICATORS_PER_WORD: usize = 31;

/// One disaggregation dimension as compiled.
#[derive(Debug, Clone)]
pub struct DimPlan {
    /// Name as requested (`citizenship`, `sex`, `age`).
    pub name: String,
    pub model: model::Dimension,
    /// Model codes of its categories, in index order.
    pub codes: Vec<String>,
    /// The canonical column it is read from.
    pub column: String,
    /// SQL giving the category index (−1 when unmapped).
    pub sql: String,
}

/// The compiled work.
#[derive(Debug, Clone)]
pub struct Plan {
    pub dims: Vec<DimPlan>,
    pub indicators: Vec<Indicator>,
    /// Number of weight columns summed: 1 + replicates (1 for Taylor).
    pub n_weights: usize,
    pub taylor: bool,
    pub has_fpc: bool,
    /// Number of mask words.
    pub mask_words: usize,
    /// Per indicator: index of its block of `SUM(w·x)` columns (means).
    pub value_slot: Vec<Option<usize>>,
    pub n_value_slots: usize,
    /// The one-pass aggregate (None when only medians were requested).
    pub sums_sql: Option<String>,
    /// Row-level query for medians (None when no median was requested).
    pub rows_sql: Option<String>,
    /// Per indicator: index among the median indicators (bit in the rows query's mask).
    pub median_slot: Vec<Option<usize>>,
    /// The mapped relation as SQL (`(SELECT …) AS mapped`), weights raked when asked.
    pub mapped: String,
    /// What raking did (None without raking).
    pub calibration: Option<String>,
}

pub fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// The "mapped" relation: canonical columns, weights and design over the source table `src`.
pub fn mapped_sql(m: &Mapping) -> String {
    let mut cols: Vec<String> = m
        .columns
        .iter()
        .map(|(name, expr)| format!("({expr}) AS {}", quote_ident(name)))
        .collect();
    // Weights keep their own type (often FLOAT): every cast of 81 columns × 10^7 rows costs
    // a pass over memory.
    cols.push(format!("({}) AS __w", m.weight));
    for (i, c) in m.replicate_columns().iter().enumerate() {
        cols.push(format!("{} AS __r{}", quote_ident(c), i + 1));
    }
    if let Some(s) = &m.design.strata {
        cols.push(format!("CAST(({s}) AS VARCHAR) AS __stratum"));
    }
    if let Some(p) = &m.design.psu {
        cols.push(format!("CAST(({p}) AS VARCHAR) AS __psu"));
    }
    if let Some(f) = &m.design.fpc {
        cols.push(format!("CAST(({f}) AS DOUBLE) AS __fpc"));
    }
    let filter = m
        .filter
        .as_ref()
        .map(|f| format!(" WHERE {f}"))
        .unwrap_or_default();
    format!("SELECT {} FROM src{filter}", cols.join(", "))
}

/// Compiles one dimension of the mapping.
pub fn dim_plan(m: &Mapping, name: &str) -> Result<DimPlan> {
    let canonical = if name == "group" { "citizenship" } else { name };
    let dm = m
        .dimensions
        .get(canonical)
        .ok_or_else(|| EngineError::Mapping {
            mapping: m.id.clone(),
            message: format!(
                "no dimension '{name}' (it has: {})",
                m.dimensions.keys().cloned().collect::<Vec<_>>().join(", ")
            ),
        })?;
    let model = crate::catalogue::model_dimension(canonical)
        .ok_or_else(|| EngineError::Request(format!("'{name}' is not a population dimension")))?;
    let col = quote_ident(&dm.column);
    let mut sql = String::from("CASE");
    let mut codes = Vec::new();
    if !dm.bands.is_empty() {
        for (k, b) in dm.bands.iter().enumerate() {
            let band = model::AgeBand::from_code(b).expect("checked when parsing");
            match band.to {
                Some(to) => sql.push_str(&format!(
                    " WHEN {col} >= {} AND {col} < {} THEN {k}",
                    band.from,
                    u32::from(to) + 1
                )),
                None => sql.push_str(&format!(" WHEN {col} >= {} THEN {k}", band.from)),
            }
            codes.push(band.code());
        }
    } else {
        for (k, c) in dm.codes.iter().enumerate() {
            sql.push_str(&format!(" WHEN {col} = {} THEN {k}", sql_literal(&c.value)));
            codes.push(c.code.clone());
        }
    }
    sql.push_str(" ELSE -1 END");
    Ok(DimPlan {
        name: canonical.to_string(),
        model,
        codes,
        column: dm.column.clone(),
        sql,
    })
}

/// The dimension codes as select items `… AS __d0`, `… AS __d1`, … (every query reads them
/// under these names).
pub fn dim_columns(dims: &[DimPlan]) -> Vec<String> {
    dims.iter()
        .enumerate()
        .map(|(d, dp)| format!("{} AS __d{d}", dp.sql))
        .collect()
}

/// SQL conditions of an indicator's universe and numerator membership. A row whose numerator
/// (or value) is unknown is left out of the universe: item non-response is dropped
/// listwise, as samplics and R's `na.rm` do.
pub fn membership(ind: &Indicator) -> (String, Option<String>) {
    match ind.kind {
        Kind::Mean | Kind::Median | Kind::RatioOfMedians => {
            let v = ind.value.as_deref().unwrap_or("NULL");
            (format!("({}) AND (({v}) IS NOT NULL)", ind.universe), None)
        }
        _ => {
            let n = ind.numerator.as_deref().unwrap_or("FALSE");
            (
                format!("({}) AND (({n}) IS NOT NULL)", ind.universe),
                Some(format!("({}) AND ({n})", ind.universe)),
            )
        }
    }
}

impl Plan {
    /// Builds the queries. `mapped` is the name of the registered mapped relation.
    pub fn new(m: &Mapping, indicators: Vec<Indicator>, dims: Vec<DimPlan>, mapped: &str) -> Plan {
        let taylor = m.design.method == DesignMethod::Taylor;
        let n_weights = if taylor {
            1
        } else {
            1 + m.replicate_columns().len()
        };
        let weight_cols: Vec<String> = (0..n_weights)
            .map(|k| {
                if k == 0 {
                    "__w".to_string()
                } else {
                    format!("__r{k}")
                }
            })
            .collect();
        let sum_inds: Vec<usize> = (0..indicators.len())
            .filter(|&i| indicators[i].kind.from_sums())
            .collect();
        let mask_words = sum_inds.len().div_ceil(INDICATORS_PER_WORD);
        let mut value_slot = vec![None; indicators.len()];
        let mut n_value_slots = 0;
        for &i in &sum_inds {
            if indicators[i].kind == Kind::Mean {
                value_slot[i] = Some(n_value_slots);
                n_value_slots += 1;
            }
        }
        let design_keys: Vec<&str> = if taylor {
            let mut k = Vec::new();
            if m.design.strata.is_some() {
                k.push("__stratum");
            }
            if m.design.psu.is_some() {
                k.push("__psu");
            }
            k
        } else {
            Vec::new()
        };
        let has_fpc = taylor && m.design.fpc.is_some();

        let sums_sql = (!sum_inds.is_empty()).then(|| {
            let mut inner: Vec<String> = dim_columns(&dims);
            for k in &design_keys {
                inner.push(k.to_string());
            }
            if has_fpc {
                inner.push("__fpc".into());
            }
            for word in 0..mask_words {
                let mut terms = Vec::new();
                for (j, &i) in sum_inds
                    .iter()
                    .enumerate()
                    .skip(word * INDICATORS_PER_WORD)
                    .take(INDICATORS_PER_WORD)
                {
                    let bit = 2 * (j - word * INDICATORS_PER_WORD);
                    let (u, n) = membership(&indicators[i]);
                    // bit × (condition as 0/1), NULL as 0: arithmetic kernels over whole
                    // batches, cheaper than CASE (which filters the batch per branch)
                    let term = |cond: &str, bit: u32| {
                        format!(
                            "CAST(COALESCE({cond}, FALSE) AS BIGINT) * {}",
                            1i64 << bit
                        )
                    };
                    terms.push(term(&u, bit as u32));
                    if let Some(n) = n {
                        terms.push(term(&n, bit as u32 + 1));
                    }
                }
                inner.push(format!(
                    "CAST({} AS BIGINT) AS __m{word}",
                    terms.join(" + ")
                ));
            }
            inner.extend(weight_cols.iter().cloned());
            for &i in &sum_inds {
                if let Some(s) = value_slot[i] {
                    let v = indicators[i].value.as_deref().unwrap_or("NULL");
                    for (k, w) in weight_cols.iter().enumerate() {
                        // exact decimal sums, for the same reason as the weights
                        inner.push(format!(
                            "CAST(CAST({w} AS DOUBLE) * CAST(({v}) AS DOUBLE) AS DECIMAL(38, 6)) AS __x{s}_{k}"
                        ));
                    }
                }
            }
            let mut keys: Vec<String> = (0..dims.len()).map(|d| format!("__d{d}")).collect();
            keys.extend(design_keys.iter().map(|s| s.to_string()));
            keys.extend((0..mask_words).map(|w| format!("__m{w}")));
            let mut outer = keys.clone();
            if has_fpc {
                outer.push("MIN(__fpc) AS __fpc".into());
            }
            outer.push("COUNT(*) AS __n".into());
            // Weights are summed as exact integers in units of 2^-20 (see WEIGHT_SCALE): integer
            // sums do not depend on the order in which partitions and executors combine them,
            // so every run — embedded or on a cluster — gives bit-identical estimates.
            for (k, w) in weight_cols.iter().enumerate() {
                // (the scale as FLOAT: a power of two, exact in FLOAT weights, which are
                // then not widened to DOUBLE first)
                outer.push(format!(
                    "SUM(CAST({w} * CAST({WEIGHT_SCALE} AS FLOAT) AS BIGINT)) AS __s{k}"
                ));
            }
            for s in 0..n_value_slots {
                for k in 0..n_weights {
                    outer.push(format!("SUM(__x{s}_{k}) AS __x{s}_{k}"));
                }
            }
            // ORDER BY: the few aggregate rows arrive in one order on every run and engine, so
            // that everything computed from them in Rust is bit-identical too.
            format!(
                "SELECT {} FROM (SELECT {} FROM {mapped}) GROUP BY {} ORDER BY {}",
                outer.join(", "),
                inner.join(", "),
                keys.join(", "),
                keys.join(", ")
            )
        });

        let mut median_slot = vec![None; indicators.len()];
        let med: Vec<usize> = (0..indicators.len())
            .filter(|&i| !indicators[i].kind.from_sums())
            .collect();
        for (s, &i) in med.iter().enumerate() {
            median_slot[i] = Some(s);
        }
        let rows_sql = (!med.is_empty()).then(|| {
            let mut cols: Vec<String> = dim_columns(&dims);
            for k in &design_keys {
                cols.push(k.to_string());
            }
            if has_fpc {
                cols.push("__fpc".into());
            }
            for (s, &i) in med.iter().enumerate() {
                let (u, _) = membership(&indicators[i]);
                let v = indicators[i].value.as_deref().unwrap_or("NULL");
                cols.push(format!("COALESCE({u}, FALSE) AS __u{s}"));
                cols.push(format!("CAST(({v}) AS DOUBLE) AS __v{s}"));
            }
            cols.extend(weight_cols.iter().cloned());
            // a total order on the rows (identical rows are interchangeable), for the same
            // reproducibility as the aggregate
            let order: Vec<String> = cols
                .iter()
                .map(|c| c.rsplit(" AS ").next().unwrap_or(c).to_string())
                .collect();
            format!(
                "SELECT {} FROM {mapped} ORDER BY {}",
                cols.join(", "),
                order.join(", ")
            )
        });

        Plan {
            dims,
            indicators,
            n_weights,
            taylor,
            has_fpc,
            mask_words,
            value_slot,
            n_value_slots,
            sums_sql,
            rows_sql,
            median_slot,
            mapped: mapped.to_string(),
            calibration: None,
        }
    }

    /// Position of indicator `i` among the sum indicators: (mask word, bit of its universe).
    pub fn mask_position(&self, i: usize) -> Option<(usize, u32)> {
        if !self.indicators[i].kind.from_sums() {
            return None;
        }
        let j = (0..i)
            .filter(|&k| self.indicators[k].kind.from_sums())
            .count();
        Some((
            j / INDICATORS_PER_WORD,
            (2 * (j % INDICATORS_PER_WORD)) as u32,
        ))
    }
}
