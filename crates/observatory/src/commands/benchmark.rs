//! `observatory benchmark CITY INDICATOR`: a city's value against its peers.

use super::Context;
use super::peers::{PeerOptions, load_city};
use crate::output::{self, OutputFormat};
use peers::{Better, Indicator};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  observatory benchmark Osijek unemployment_proxy           lower is better: who does better among the peers
  observatory benchmark Sofia qol_good_for_immigrants        QoL 2023 survey, higher is better
  observatory benchmark Kosice urb_ceduc/TE1026V             any variable of the store (latest value)
  observatory benchmark Praha qol_2023/Q3_4[answer=1] --higher-is-better

Which direction is better, per feature: unemployment_proxy lower; employed_per_100 and
qol_good_for_immigrants higher; the context features (population, foreign-born share, …) neither.")]
pub struct Args {
    /// The city: name or Urban Audit code
    pub city: String,
    /// A feature (unemployment_proxy, foreign_born_share, …) or dataset/variable[breakdown]
    pub indicator: String,
    #[command(flatten)]
    pub peers: PeerOptions,
    /// Higher values are better (for a raw variable, or to override the catalogue)
    #[arg(long, conflicts_with = "lower_is_better")]
    pub higher_is_better: bool,
    /// Lower values are better
    #[arg(long)]
    pub lower_is_better: bool,
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

pub fn run(ctx: &mut Context, args: Args) -> anyhow::Result<()> {
    let indicator = Indicator::parse(&args.indicator)?;
    let (cities, code) = load_city(ctx, &args.city)?;
    let q = args.peers.query()?;
    let better = if args.higher_is_better {
        Some(Better::Higher)
    } else if args.lower_is_better {
        Some(Better::Lower)
    } else {
        None
    };
    let b = cities.benchmark(&ctx.store, &code, &indicator, &q, better)?;
    let t = peers::report::benchmark_table(&b);
    if args.format != OutputFormat::Table {
        return output::print(args.format, &t, &b);
    }
    let profile = cities.profile(&code)?;
    print!("{}", peers::report::benchmark_text(profile, &b));
    Ok(())
}
