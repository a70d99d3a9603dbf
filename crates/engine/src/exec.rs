//! Where plans run: embedded DataFusion (default) or a Ballista cluster (`df://host:port`,
//! feature `cluster`). Both get the same SQL text; the results come back as Arrow batches and
//! are turned into plain vectors ([`crate::aggregates`]) for [`crate::estimate`].

use crate::aggregates::{
    DesignFacts, SumRows, TopRows, ValueRows, col_bool, col_f64, col_i64, col_str,
};
use crate::catalogue::{Catalogue, Indicator, Mapping};
use crate::plan::{DimPlan, Plan, dim_plan, mapped_sql, quote_ident};
use crate::{EngineError, Result};
use datafusion::arrow::array::RecordBatch;
use datafusion::prelude::{CsvReadOptions, ParquetReadOptions, SessionConfig, SessionContext};
use std::collections::HashMap;
use std::path::PathBuf;

/// The microdata to read: one or more files of the same format.
#[derive(Debug, Clone)]
pub struct Input {
    pub paths: Vec<PathBuf>,
}

impl Input {
    pub fn new(paths: Vec<PathBuf>) -> Input {
        Input { paths }
    }
    fn is_csv(&self) -> bool {
        self.paths.iter().all(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
        })
    }
}

/// A DataFusion session, local or connected to a Ballista scheduler.
#[derive(Clone)]
pub struct Engine {
    ctx: SessionContext,
    /// `embedded` or the cluster URL.
    pub location: String,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("location", &self.location)
            .finish()
    }
}

/// Interns stratum and PSU labels into dense ids.
#[derive(Debug, Default)]
struct Interner {
    strata: HashMap<String, u32>,
    psus: HashMap<(u32, String), u32>,
    facts: DesignFacts,
}

impl Interner {
    fn ids(&mut self, stratum: &str, psu: &str) -> (u32, u32) {
        let s = match self.strata.get(stratum) {
            Some(&s) => s,
            None => {
                let s = self.facts.stratum_labels.len() as u32;
                self.strata.insert(stratum.to_string(), s);
                self.facts.stratum_labels.push(stratum.to_string());
                self.facts.n_psu.push(0);
                s
            }
        };
        let key = (s, psu.to_string());
        let p = match self.psus.get(&key) {
            Some(&p) => p,
            None => {
                let p = self.facts.psu_stratum.len() as u32;
                self.psus.insert(key, p);
                self.facts.psu_stratum.push(s);
                self.facts.n_psu[s as usize] += 1;
                p
            }
        };
        (s, p)
    }
}

/// Source column names are case-sensitive (`PB040`, `vhPobreza`): SQL identifiers are not
/// folded to lower case.
fn session_config() -> SessionConfig {
    SessionConfig::new()
        .with_information_schema(false)
        .set_bool("datafusion.sql_parser.enable_ident_normalization", false)
}

/// The ids of the missing column named in a DataFusion schema error, if any.
fn missing_field(message: &str) -> Option<String> {
    let rest = message.split("No field named ").nth(1)?;
    let name: String = rest
        .trim_start_matches('"')
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

impl Engine {
    /// Embedded DataFusion with one partition per core.
    pub fn embedded() -> Engine {
        let config = session_config();
        Engine {
            ctx: SessionContext::new_with_config(config),
            location: "embedded".into(),
        }
    }

    /// Connects to a Ballista scheduler at `df://host:port`.
    #[cfg(feature = "cluster")]
    pub async fn cluster(url: &str) -> Result<Engine> {
        use ballista::prelude::SessionContextExt;
        use datafusion::execution::SessionStateBuilder;
        let state = SessionStateBuilder::new()
            .with_config(session_config())
            .with_default_features()
            .build();
        let ctx = SessionContext::remote_with_state(url, state)
            .await
            .map_err(|e| EngineError::Query(format!("cannot reach the cluster {url}: {e}")))?;
        Ok(Engine {
            ctx,
            location: url.to_string(),
        })
    }

    #[cfg(not(feature = "cluster"))]
    pub async fn cluster(url: &str) -> Result<Engine> {
        Err(EngineError::Request(format!(
            "--cluster {url}: this observatory was built without cluster support (build with `--features cluster`)"
        )))
    }

    pub fn context(&self) -> &SessionContext {
        &self.ctx
    }

    /// Registers the input files as table `src`.
    pub async fn register(&self, input: &Input) -> Result<()> {
        let _ = self.ctx.deregister_table("src");
        if input.paths.is_empty() {
            return Err(EngineError::Request("no input file given".into()));
        }
        for p in &input.paths {
            if !p.exists() {
                return Err(EngineError::Data {
                    what: p.display().to_string(),
                    message: "no such file".into(),
                });
            }
        }
        let ext = input.paths[0]
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| format!(".{e}"))
            .unwrap_or_default();
        let paths: Vec<String> = input
            .paths
            .iter()
            .map(|p| {
                std::fs::canonicalize(p)
                    .unwrap_or_else(|_| p.clone())
                    .display()
                    .to_string()
            })
            .collect();
        let what = paths.join(", ");
        let data_err = |e: datafusion::error::DataFusionError| EngineError::Data {
            what: what.clone(),
            message: e.to_string(),
        };
        if input.is_csv() {
            let opts = CsvReadOptions::new()
                .has_header(true)
                .file_extension(&ext)
                .schema_infer_max_records(1_000_000);
            if paths.len() == 1 {
                self.ctx
                    .register_csv("src", &paths[0], opts)
                    .await
                    .map_err(data_err)?;
            } else {
                let df = self
                    .ctx
                    .read_csv(paths.clone(), opts)
                    .await
                    .map_err(data_err)?;
                self.ctx
                    .register_table("src", df.into_view())
                    .map_err(data_err)?;
            }
        } else {
            let opts = ParquetReadOptions {
                file_extension: &ext,
                ..Default::default()
            };
            if paths.len() == 1 {
                self.ctx
                    .register_parquet("src", &paths[0], opts)
                    .await
                    .map_err(data_err)?;
            } else {
                let df = self
                    .ctx
                    .read_parquet(paths.clone(), opts)
                    .await
                    .map_err(data_err)?;
                self.ctx
                    .register_table("src", df.into_view())
                    .map_err(data_err)?;
            }
        }
        Ok(())
    }

    async fn collect(&self, sql: &str) -> Result<Vec<RecordBatch>> {
        Ok(self.ctx.sql(sql).await?.collect().await?)
    }

    /// Checks that an SQL expression is valid over `from`; `Err(message)` otherwise.
    async fn check_expr(&self, expr: &str, from: &str) -> std::result::Result<(), String> {
        let sql = format!("SELECT ({expr}) AS __t FROM {from} LIMIT 0");
        match self.ctx.sql(&sql).await {
            Ok(df) => df.collect().await.map(|_| ()).map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        }
    }

    /// Validates the mapping against the registered source and the indicators against the
    /// mapping, then compiles the plan. `indicators` empty = every indicator the mapping can
    /// serve; `by` empty = none.
    pub async fn prepare(
        &self,
        catalogue: &Catalogue,
        mapping: &Mapping,
        indicators: &[String],
        by: &[String],
        raking: Option<&crate::calibration::RakingSpec>,
    ) -> Result<Plan> {
        // 1. every mapped column must be computable from the source
        let src_cols: Vec<String> = self
            .ctx
            .table("src")
            .await?
            .schema()
            .fields()
            .iter()
            .map(|f| f.name().clone())
            .collect();
        let merr = |message: String| EngineError::Mapping {
            mapping: mapping.file.display().to_string(),
            message,
        };
        let mut checks: Vec<(String, String)> = mapping
            .columns
            .iter()
            .map(|(k, v)| (format!("column '{k}'"), v.clone()))
            .collect();
        checks.push(("weight".into(), mapping.weight.clone()));
        for c in mapping.replicate_columns() {
            checks.push(("replicate weight".into(), quote_ident(&c)));
        }
        for (what, e) in [
            ("strata", &mapping.design.strata),
            ("psu", &mapping.design.psu),
            ("fpc", &mapping.design.fpc),
            ("filter", &mapping.filter),
        ] {
            if let Some(e) = e {
                checks.push((what.into(), e.clone()));
            }
        }
        for (what, expr) in &checks {
            if let Err(m) = self.check_expr(expr, "src").await {
                let hint = match missing_field(&m) {
                    Some(f) => format!(
                        "the data has no column '{f}' (it has: {})",
                        src_cols.join(", ")
                    ),
                    None => m,
                };
                return Err(merr(format!("{what} = `{expr}`: {hint}")));
            }
        }
        if mapping.design.method == crate::catalogue::DesignMethod::Taylor
            && mapping.design.psu.is_none()
        {
            return Err(merr(
                "a Taylor design needs `psu` (use the person id for an element sample)".into(),
            ));
        }
        // 2. calibration: the weights raked to known margins, when asked
        let (mapped, calibration) = match raking {
            Some(spec) => {
                let c = crate::calibration::calibrate(&self.ctx, spec, mapping).await?;
                (c.relation, Some(c.note))
            }
            None => (format!("({}) AS mapped", mapped_sql(mapping)), None),
        };

        // 2. the indicators
        let wanted: Vec<Indicator> = if indicators.is_empty() {
            let mut out = Vec::new();
            for ind in &catalogue.indicators {
                if self.indicator_ok(ind, &mapped, mapping).await.is_ok() {
                    out.push(ind.clone());
                }
            }
            out
        } else {
            let mut out = Vec::new();
            for id in indicators {
                let ind = catalogue.indicator(id).ok_or_else(|| {
                    EngineError::Request(format!(
                        "no indicator '{id}' in the catalogue (known: {})",
                        catalogue
                            .indicators
                            .iter()
                            .map(|i| i.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                })?;
                self.indicator_ok(ind, &mapped, mapping).await?;
                out.push(ind.clone());
            }
            out
        };
        if wanted.is_empty() {
            return Err(EngineError::Request(format!(
                "mapping {} serves none of the requested indicators",
                mapping.id
            )));
        }
        // 3. the dimensions
        let mut dims: Vec<DimPlan> = Vec::new();
        for b in by {
            let d = dim_plan(mapping, b)?;
            if dims.iter().any(|x| x.name == d.name) {
                return Err(EngineError::Request(format!("--by names '{b}' twice")));
            }
            if let Err(m) = self.check_expr(&d.sql, &mapped).await {
                return Err(merr(format!(
                    "dimension '{}' reads column '{}': {m}",
                    d.name, d.column
                )));
            }
            dims.push(d);
        }
        let mut plan = Plan::new(mapping, wanted, dims, &mapped);
        plan.calibration = calibration;
        Ok(plan)
    }

    async fn indicator_ok(&self, ind: &Indicator, mapped: &str, mapping: &Mapping) -> Result<()> {
        let exprs = [
            ("universe", Some(&ind.universe)),
            ("numerator", ind.numerator.as_ref()),
            ("value", ind.value.as_ref()),
        ];
        for (what, e) in exprs {
            let Some(e) = e else { continue };
            if let Err(m) = self.check_expr(e, mapped).await {
                let message = match missing_field(&m) {
                    Some(f) => match mapping.lacks.get(&f) {
                        Some(why) => format!(
                            "{what} `{e}` needs column '{f}', which mapping {} lacks: {why}",
                            mapping.id
                        ),
                        None => format!(
                            "{what} `{e}` needs column '{f}', which mapping {} does not define (its columns: {})",
                            mapping.id,
                            mapping
                                .columns
                                .keys()
                                .cloned()
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    },
                    None => format!("{what} `{e}`: {m}"),
                };
                return Err(EngineError::Indicator {
                    file: ind.file_name(),
                    message,
                });
            }
        }
        Ok(())
    }

    /// Runs the one-pass aggregate.
    pub async fn run_sums(&self, plan: &Plan, intern: &mut DesignInterner) -> Result<SumRows> {
        let Some(sql) = &plan.sums_sql else {
            return Ok(SumRows::default());
        };
        let batches = self.collect(sql).await?;
        let mut out = SumRows {
            dims: vec![Vec::new(); plan.dims.len()],
            masks: vec![Vec::new(); plan.mask_words],
            sums: vec![Vec::new(); plan.n_weights],
            xsums: vec![vec![Vec::new(); plan.n_weights]; plan.n_value_slots],
            ..Default::default()
        };
        for b in &batches {
            for d in 0..plan.dims.len() {
                out.dims[d].extend(col_i64(b, &format!("__d{d}"))?);
            }
            if plan.taylor {
                intern.add(b, &mut out.stratum, &mut out.psu)?;
                if plan.has_fpc {
                    out.fpc.extend(col_f64(b, "__fpc", 1.0)?);
                }
            }
            for w in 0..plan.mask_words {
                out.masks[w].extend(col_i64(b, &format!("__m{w}"))?);
            }
            out.n
                .extend(col_i64(b, "__n")?.into_iter().map(|v| v.max(0) as u64));
            for k in 0..plan.n_weights {
                out.sums[k].extend(
                    col_i64(b, &format!("__s{k}"))?
                        .into_iter()
                        .map(|v| v as f64 / crate::plan::WEIGHT_SCALE),
                );
            }
            for s in 0..plan.n_value_slots {
                for k in 0..plan.n_weights {
                    out.xsums[s][k].extend(col_f64(b, &format!("__x{s}_{k}"), 0.0)?);
                }
            }
        }
        self.check_codes(plan, &out.dims).await?;
        Ok(out)
    }

    /// Runs the row-level query for medians.
    pub async fn run_values(&self, plan: &Plan, intern: &mut DesignInterner) -> Result<ValueRows> {
        let Some(sql) = &plan.rows_sql else {
            return Ok(ValueRows::default());
        };
        let n_med = plan.median_slot.iter().flatten().count();
        let batches = self.collect(sql).await?;
        let mut out = ValueRows {
            dims: vec![Vec::new(); plan.dims.len()],
            member: vec![Vec::new(); n_med],
            values: vec![Vec::new(); n_med],
            weights: vec![Vec::new(); plan.n_weights],
            ..Default::default()
        };
        for b in &batches {
            for d in 0..plan.dims.len() {
                out.dims[d].extend(col_i64(b, &format!("__d{d}"))?);
            }
            if plan.taylor {
                intern.add(b, &mut out.stratum, &mut out.psu)?;
                if plan.has_fpc {
                    out.fpc.extend(col_f64(b, "__fpc", 1.0)?);
                }
            }
            for s in 0..n_med {
                out.member[s].extend(col_bool(b, &format!("__u{s}"))?);
                out.values[s].extend(col_f64(b, &format!("__v{s}"), 0.0)?);
            }
            for k in 0..plan.n_weights {
                let name = if k == 0 {
                    "__w".to_string()
                } else {
                    format!("__r{k}")
                };
                out.weights[k].extend(col_f64(b, &name, 0.0)?);
            }
        }
        self.check_codes(plan, &out.dims).await?;
        Ok(out)
    }

    /// The largest weighted contributions (w·x, negative values counted as zero) of every
    /// fine cell of every mean indicator, with the cell's total, for the dominance and p%
    /// rules. One extra pass per mean indicator, run only when a magnitude rule is set.
    /// Margins need no query: the largest contributions of a margin are among the largest
    /// of its cells.
    pub async fn run_top(&self, plan: &Plan, keep: usize) -> Result<Vec<Option<TopRows>>> {
        let mut out = vec![None; plan.indicators.len()];
        for (i, ind) in plan.indicators.iter().enumerate() {
            if ind.kind != crate::Kind::Mean {
                continue;
            }
            let (universe, _) = crate::plan::membership(ind);
            let v = ind.value.as_deref().unwrap_or("NULL");
            let dims: Vec<String> = (0..plan.dims.len()).map(|d| format!("__d{d}")).collect();
            let mut inner = crate::plan::dim_columns(&plan.dims);
            inner.push(format!(
                "GREATEST(CAST(__w AS DOUBLE) * CAST(({v}) AS DOUBLE), 0.0) AS __c"
            ));
            let partition = if dims.is_empty() {
                String::new()
            } else {
                format!("PARTITION BY {} ", dims.join(", "))
            };
            let mut order = dims.clone();
            order.push("__c DESC".into());
            let sql = format!(
                "SELECT {dcols}__c, __t FROM (SELECT {dcols}__c, \
                   ROW_NUMBER() OVER ({partition}ORDER BY __c DESC) AS __rank, \
                   SUM(__c) OVER ({partition}) AS __t \
                 FROM (SELECT {inner} FROM {mapped} WHERE {universe})) \
                 WHERE __rank <= {keep} ORDER BY {order}",
                dcols = dims.iter().map(|d| format!("{d}, ")).collect::<String>(),
                inner = inner.join(", "),
                mapped = plan.mapped,
                order = order.join(", "),
            );
            let mut rows = TopRows {
                dims: vec![Vec::new(); plan.dims.len()],
                ..Default::default()
            };
            for b in &self.collect(&sql).await? {
                for d in 0..plan.dims.len() {
                    rows.dims[d].extend(col_i64(b, &format!("__d{d}"))?);
                }
                rows.contribution.extend(col_f64(b, "__c", 0.0)?);
                rows.cell_total.extend(col_f64(b, "__t", 0.0)?);
            }
            out[i] = Some(rows);
        }
        Ok(out)
    }

    /// Fails with the source values that no code of the mapping covers.
    async fn check_codes(&self, plan: &Plan, dims: &[Vec<i64>]) -> Result<()> {
        for (d, dp) in plan.dims.iter().enumerate() {
            if !dims[d].contains(&-1) {
                continue;
            }
            let sql = format!(
                "SELECT DISTINCT CAST({} AS VARCHAR) AS v FROM {} WHERE ({}) = -1 LIMIT 20",
                quote_ident(&dp.column),
                plan.mapped,
                dp.sql
            );
            let mut values = Vec::new();
            for b in self.collect(&sql).await? {
                values.extend(
                    col_str(&b, "v")?
                        .into_iter()
                        .map(|v| v.unwrap_or_else(|| "(empty)".into())),
                );
            }
            values.sort();
            return Err(EngineError::Request(format!(
                "dimension '{}': values of column '{}' that the mapping does not map: {} (add them to [dimensions.{}], or exclude those rows with the mapping's `filter`)",
                dp.name,
                dp.column,
                values.join(", "),
                dp.name
            )));
        }
        Ok(())
    }
}

/// Dense ids for strata and PSUs, shared by both queries of a run.
#[derive(Debug, Default)]
pub struct DesignInterner(Interner);

impl DesignInterner {
    fn add(&mut self, b: &RecordBatch, stratum: &mut Vec<u32>, psu: &mut Vec<u32>) -> Result<()> {
        let s = if b.column_by_name("__stratum").is_some() {
            col_str(b, "__stratum")?
        } else {
            vec![Some(String::new()); b.num_rows()]
        };
        let p = col_str(b, "__psu")?;
        for (s, p) in s.iter().zip(&p) {
            let (Some(s), Some(p)) = (s, p) else {
                return Err(EngineError::Data {
                    what: "design".into(),
                    message: "a row has no stratum or PSU (empty design column)".into(),
                });
            };
            let (a, b) = self.0.ids(s, p);
            stratum.push(a);
            psu.push(b);
        }
        Ok(())
    }

    pub fn facts(&self) -> &DesignFacts {
        &self.0.facts
    }
}
