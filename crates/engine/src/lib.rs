//! The indicator engine: turns person-level microdata (Parquet or CSV) into integration
//! indicators for migrant groups, with standard errors, reliability flags and disclosure
//! control.
//!
//! * [`catalogue`]: the indicator catalogue and source mappings, as the `catalogue` crate
//!   reads and checks them (re-exported here).
//! * [`plan`]: the requested indicators × disaggregations compiled into **one** DataFusion
//!   query that reads the data once and collapses it to (cell × indicator-membership
//!   bitmask [× stratum × PSU]) with the full-sample and replicate weight sums.
//! * [`estimate`]: all margins, indicators, gaps to the reference group and their variance
//!   formed in Rust from those small aggregates with `stats::survey` (Taylor linearisation or
//!   replicate weights), then reliability flags and disclosure control
//!   (`stats::disclosure`).
//! * [`exec`]: where the plan runs — embedded DataFusion, or (feature `cluster`) a Ballista
//!   scheduler at `df://host:port`.
//! * [`aggregates`]: what execution hands to estimation (the seam between the two).
//! * [`generate`]: synthetic microdata whose margins follow the Spanish EU-SILC 2020.
//!
//! * [`drafts`]: the results as the store's draft records (with provenance) and as a
//!   results table (CSV or Parquet).
//!
//! What it must not do: render anything, or write to the store. It returns
//! [`estimate::IndicatorResult`]s and their [`drafts`] records; the command line writes
//! them through the `store` crate.
//! A suppressed value never leaves this crate: it is withheld (`None`) in the results, only
//! its status travels.

pub mod aggregates;
pub mod calibration;
pub mod catalogue;
pub mod drafts;
pub mod estimate;
pub mod exec;
pub mod export;
pub mod generate;
pub mod plan;

pub use self::catalogue::{Catalogue, Indicator, Kind, Mapping};
pub use estimate::{CellStatus, ComputeOptions, IndicatorResult, Results};
pub use exec::{Engine, Input};

/// Everything that can go wrong between a mapping and a table of estimates, with enough
/// context (file, column, code) for a user to fix it.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("{path}: {message}")]
    Catalogue { path: String, message: String },
    /// A catalogue file or mapping is wrong (file, line, what to do).
    #[error(transparent)]
    Definition(#[from] ::catalogue::CatalogueError),
    #[error("mapping {mapping}: {message}")]
    Mapping { mapping: String, message: String },
    #[error("{file}: {message}")]
    Indicator { file: String, message: String },
    #[error("{0}")]
    Request(String),
    #[error("reading {what}: {message}")]
    Data { what: String, message: String },
    #[error("query failed: {0}")]
    Query(String),
    #[error("estimation of {indicator}: {message}")]
    Estimation { indicator: String, message: String },
    #[error("{0}")]
    Io(String),
}

pub type Result<T> = std::result::Result<T, EngineError>;

impl From<datafusion::error::DataFusionError> for EngineError {
    fn from(e: datafusion::error::DataFusionError) -> Self {
        EngineError::Query(e.to_string())
    }
}

/// What to compute.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub input: Vec<std::path::PathBuf>,
    /// Mapping name (`catalogue/mappings/<name>.toml`) or path.
    pub mapping: String,
    /// Indicator ids; empty = every indicator the mapping can serve.
    pub indicators: Vec<String>,
    /// Disaggregations (`citizenship`/`group`, `country_of_birth`, `sex`, `age`).
    pub by: Vec<String>,
    pub options: ComputeOptions,
    /// Rake the weights to these population margins first (see [`calibration`]).
    pub raking: Option<calibration::RakingSpec>,
}

/// Runs a request on `engine`: registers the data, compiles and validates the plan, runs the
/// one-pass aggregate (and the median rows, if any), and estimates.
pub async fn compute(engine: &Engine, catalogue: &Catalogue, req: &Request) -> Result<Results> {
    let mapping = catalogue.mapping(&req.mapping)?;
    engine.register(&Input::new(req.input.clone())).await?;
    let plan = engine
        .prepare(
            catalogue,
            &mapping,
            &req.indicators,
            &req.by,
            req.raking.as_ref(),
        )
        .await?;
    let mut interner = exec::DesignInterner::default();
    let sums = engine.run_sums(&plan, &mut interner).await?;
    let values = engine.run_values(&plan, &mut interner).await?;
    let magnitude_rules =
        req.options.primary.dominance.is_some() || req.options.primary.p_percent.is_some();
    let top = if magnitude_rules {
        engine
            .run_top(&plan, stats::disclosure::MAX_TOP_CONTRIBUTIONS)
            .await?
    } else {
        vec![None; plan.indicators.len()]
    };
    estimate::estimate(
        &plan,
        &mapping,
        &catalogue.version,
        &aggregates::Aggregates {
            sums: &sums,
            values: &values,
            top: &top,
            facts: interner.facts(),
        },
        &req.options,
    )
}

/// [`compute`] on a fresh multi-threaded runtime, for callers without one (the CLI).
/// `cluster`: `Some("df://host:port")` to run on Ballista.
pub fn compute_blocking(
    catalogue: &Catalogue,
    req: &Request,
    cluster: Option<&str>,
) -> Result<Results> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| EngineError::Io(e.to_string()))?;
    rt.block_on(async {
        let engine = match cluster {
            Some(url) => Engine::cluster(url).await?,
            None => Engine::embedded(),
        };
        compute(&engine, catalogue, req).await
    })
}
