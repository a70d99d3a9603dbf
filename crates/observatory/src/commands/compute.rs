//! `observatory compute`: integration indicators from person-level microdata (Parquet or
//! CSV) through a source mapping, with standard errors, reliability flags and disclosure
//! control; written to the store as drafts of the mapping's geography, and optionally to
//! CSV. All the work is the `engine` crate's; this is wiring.

use crate::commands::Context;
use engine::{Catalogue, ComputeOptions, Request};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  observatory compute --data data/spain-eu-silc/ecv2020_persons16plus_joined_extract.csv \\
      --mapping es_silc_2020 --indicators at_risk_of_poverty --by citizenship
  observatory compute --data persons.parquet --mapping bench_synthetic --by group,sex,age -o out.csv
  observatory compute --data persons.parquet --mapping bench_synthetic --cluster df://127.0.0.1:50050

Indicators are catalogue/indicators/*.toml, mappings catalogue/mappings/*.toml (see catalogue/README.md).
Cells with fewer than --min-frequency persons are suppressed, and other cells with them so that
none can be recovered from the margins; estimates on fewer than --suppress-below persons are withheld,
on fewer than --flag-below flagged 'u'. Withheld cells keep their status in the store and in exports.")]
pub struct Args {
    /// Microdata file(s): Parquet or CSV (all of the same format)
    #[arg(long, required = true, num_args = 1..)]
    pub data: Vec<PathBuf>,
    /// Source mapping: a name in catalogue/mappings/ or a path to a .toml file
    #[arg(long)]
    pub mapping: String,
    /// Indicator ids, comma-separated [default: every indicator the mapping can serve]
    #[arg(long, value_delimiter = ',')]
    pub indicators: Vec<String>,
    /// Disaggregations, comma-separated: group (= citizenship), country_of_birth, sex, age
    #[arg(long, value_delimiter = ',')]
    pub by: Vec<String>,
    /// Run on a Ballista cluster (df://host:port) instead of the embedded engine
    #[arg(long)]
    pub cluster: Option<String>,
    /// Also write the results to this file: CSV, or Parquet when it ends in .parquet
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Do not write to the store
    #[arg(long)]
    pub no_store: bool,
    /// Publish the estimates right away (otherwise they stay drafts, visible to signed-in
    /// users only, until `observatory publish-estimates computed:MAPPING`)
    #[arg(long, conflicts_with = "no_store")]
    pub publish: bool,
    /// Primary suppression: cells with fewer persons than this
    #[arg(long, default_value_t = 10)]
    pub min_frequency: u64,
    /// Withhold estimates on fewer sample persons than this
    #[arg(long, default_value_t = 20)]
    pub suppress_below: u64,
    /// Flag 'u' estimates on fewer sample persons than this
    #[arg(long, default_value_t = 50)]
    pub flag_below: u64,
    /// Dominance rule for means of magnitudes (e.g. income): suppress a cell whose N largest
    /// contributions exceed K% of its total, as N,K (e.g. 1,60 or 2,85)
    #[arg(long, value_name = "N,K")]
    pub dominance: Option<stats::disclosure::DominanceRule>,
    /// p% rule for means of magnitudes: suppress a cell whose second largest contributor could
    /// estimate the largest within P% (e.g. 10)
    #[arg(long, value_name = "P")]
    pub p_percent: Option<f64>,
    /// Round published totals and counts to this base
    #[arg(long)]
    pub round: Option<f64>,
    /// Confidence level of the intervals
    #[arg(long, default_value_t = 0.95)]
    pub level: f64,
    /// Rake the weights to known population margins first (a TOML file, see catalogue/README.md)
    #[arg(long, value_name = "FILE")]
    pub rake: Option<PathBuf>,
}

pub fn run(ctx: &mut Context, args: Args) -> anyhow::Result<()> {
    let catalogue: &Catalogue = catalogue::active();
    let p_percent = match args.p_percent {
        Some(p) if !(p > 0.0 && p.is_finite()) => {
            anyhow::bail!("--p-percent {p}: P must be a positive percentage");
        }
        p => p.map(|p| stats::disclosure::PPercentRule { p }),
    };
    let defaults = ComputeOptions::default();
    let options = ComputeOptions {
        level: args.level,
        primary: stats::disclosure::PrimaryRules {
            min_frequency: args.min_frequency,
            dominance: args.dominance,
            p_percent,
            ..defaults.primary
        },
        reliability: stats::survey::ReliabilityThresholds {
            suppress_below_n: args.suppress_below,
            flag_below_n: args.flag_below,
            ..defaults.reliability
        },
        rounding: args.round,
        ..defaults
    };
    let req = Request {
        input: args.data.clone(),
        mapping: args.mapping.clone(),
        indicators: args.indicators.clone(),
        by: args.by.clone(),
        options,
        raking: match &args.rake {
            Some(p) => Some(engine::calibration::RakingSpec::load(p)?),
            None => None,
        },
    };
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_message(format!(
        "reading {} and estimating ({})",
        args.data
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", "),
        args.cluster.as_deref().unwrap_or("embedded engine")
    ));
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    let started = std::time::Instant::now();
    let res = engine::compute_blocking(catalogue, &req, args.cluster.as_deref());
    bar.finish_and_clear();
    let res = res?;
    let elapsed = started.elapsed().as_secs_f64();
    let recs = &engine::drafts::records(&res)?;

    println!(
        "{} indicator(s) × {} cell(s) from {} ({}), {} {}, variance: {}; catalogue {} ({}); {:.2} s",
        res.indicators.len(),
        res.indicators.first().map(|i| i.cells.len()).unwrap_or(0),
        res.mapping,
        args.data.len(),
        res.geo,
        res.period,
        res.method,
        res.catalogue_version,
        catalogue.origin,
        elapsed
    );
    for n in &res.notes {
        println!("note: {n}");
    }
    print!("{}", engine::drafts::table(recs).render());

    if let Some(path) = &args.output {
        engine::drafts::write_table(path, recs)?;
        println!("wrote {} rows to {}", recs.len(), path.display());
    }
    if !args.no_store {
        let dataset = &engine::drafts::dataset(&res);
        let counts = ctx.store.write_estimates(
            &engine::drafts::provenance(catalogue, &req, &res),
            recs,
            &engine::drafts::report(catalogue, &res),
        )?;
        println!(
            "stored as drafts of {}: {} with a value, {} withheld (dataset {})",
            res.geo, counts.published, counts.withheld, dataset
        );
        if args.publish {
            publish(ctx, dataset)?;
        } else {
            println!(
                "not public yet: review them (observatory serve, signed in), then `observatory publish-estimates {dataset}`"
            );
        }
    }
    Ok(())
}

/// Publishes the draft estimates of a dataset: values into the observations, statuses to
/// published (see `store::estimates`).
pub fn publish(ctx: &mut Context, dataset: &str) -> anyhow::Result<()> {
    let p = ctx.store.publish_estimates("cli", dataset)?;
    println!(
        "published {dataset}: {} new value(s), {} replaced, {} unchanged, {} earlier value(s) removed as now withheld; {} estimate(s) published",
        p.values.inserted, p.values.replaced, p.values.unchanged, p.removed, p.estimates
    );
    Ok(())
}

#[derive(Debug, clap::Args)]
#[command(after_help = "Example:
  observatory publish-estimates computed:es_silc_2020")]
pub struct PublishArgs {
    /// The dataset of the estimates: computed:MAPPING (see `observatory list`)
    pub dataset: String,
}
