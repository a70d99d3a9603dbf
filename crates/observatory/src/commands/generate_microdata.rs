//! `observatory generate-microdata`: synthetic persons (Parquet, zstd) whose margins follow
//! the Spanish EU-SILC 2020, for tests and benchmarks up to tens of millions of rows. The
//! generator is `engine::generate`; this is wiring and a progress bar.

use crate::commands::Context;
use engine::generate::{GenerateOptions, generate};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(after_help = "Example:
  observatory generate-microdata --persons 10000000 --replicates 80 -o persons.parquet
  observatory compute --data persons.parquet --mapping bench_synthetic --by group,sex,age

Columns as the benchmark's bench/gen_microdata.py (see catalogue/mappings/bench_synthetic.toml);
the same seed gives the same file.")]
pub struct Args {
    /// Number of persons
    #[arg(long)]
    pub persons: u64,
    /// Number of successive-difference replicate weights (rw1 … rwR)
    #[arg(long, default_value_t = 80)]
    pub replicates: usize,
    /// Random seed
    #[arg(long, default_value_t = 20261122)]
    pub seed: u64,
    /// Output Parquet file
    #[arg(long, short = 'o', default_value = "persons.parquet")]
    pub output: PathBuf,
}

pub fn run(_ctx: &mut Context, args: Args) -> anyhow::Result<()> {
    if args.replicates == 1 {
        anyhow::bail!("--replicates must be 0 or at least 2");
    }
    let opts = GenerateOptions {
        persons: args.persons,
        replicates: args.replicates,
        seed: args.seed,
        ..Default::default()
    };
    let bar = indicatif::ProgressBar::new(args.persons);
    bar.set_style(indicatif::ProgressStyle::with_template(
        "{bar:40} {pos}/{len} persons, {elapsed} ({eta} left)",
    )?);
    let started = std::time::Instant::now();
    generate(&args.output, &opts, |done| bar.set_position(done))?;
    bar.finish_and_clear();
    let size = std::fs::metadata(&args.output)
        .map(|m| m.len())
        .unwrap_or(0);
    println!(
        "wrote {} persons with {} replicate weights to {} ({:.1} MB) in {:.1} s",
        args.persons,
        args.replicates,
        args.output.display(),
        size as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
