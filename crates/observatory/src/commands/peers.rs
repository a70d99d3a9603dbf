//! `observatory peers CITY`: the cities most like a city, and why (and `--profile`: the
//! city's context profile with where every value came from).
//!
//! Also the options and helpers shared by `benchmark`, `mentors` and `typology`.

use super::Context;
use crate::output::{self, OutputFormat};
use peers::{Cities, PeerQuery, Scaling, Scope};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  observatory peers Osijek                          the 10 cities most like Osijek, and why
  observatory peers Kosice -k 5 --other-countries   five peers abroad
  observatory peers Praha --features population:2,unemployment_proxy,students_per_1000
  observatory peers Osijek --profile                Osijek's profile, every value with its source figures

Features: population, population_growth, foreign_born_share, foreign_born_change_5y,
foreign_born_change_10y, unemployment_proxy, students_per_1000, employed_per_100, density,
qol_good_for_immigrants (catalogue/peers/features.toml says what each is and its default weight).")]
pub struct Args {
    /// The city: name or Urban Audit code (Osijek, kosice, HR004C)
    pub city: String,
    #[command(flatten)]
    pub peers: PeerOptions,
    /// Show the city's context profile (every feature with its source observations) instead of peers
    #[arg(long)]
    pub profile: bool,
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

/// How peers are chosen; shared by `peers`, `benchmark` and `mentors`.
#[derive(Debug, Clone, clap::Args)]
pub struct PeerOptions {
    /// How many peers
    #[arg(short = 'k', long = "k", default_value_t = 10)]
    pub k: usize,
    /// Only peers in the same country
    #[arg(long, conflicts_with = "other_countries")]
    pub same_country: bool,
    /// Only peers in other countries
    #[arg(long)]
    pub other_countries: bool,
    /// Only peers of the same size class (Eurostat: 50–100k, 100–250k, 250–500k, 500k–1M, >1M)
    #[arg(long)]
    pub same_size: bool,
    /// Only peers with at least this many years of foreign-born figures
    #[arg(long, default_value_t = 0)]
    pub min_years: usize,
    /// Features of the distance with optional weights: name[:weight],… [default: the catalogue's]
    #[arg(long)]
    pub features: Option<String>,
    /// Standardisation of the features
    #[arg(long, value_enum, default_value_t = ScalingArg::Robust)]
    pub scaling: ScalingArg,
    /// The fewest features a peer must share with the city
    #[arg(long, default_value_t = 4)]
    pub min_shared: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ScalingArg {
    /// Median and interquartile range (one extreme city does not squeeze the others)
    Robust,
    /// Mean and standard deviation
    ZScore,
}

impl PeerOptions {
    pub fn query(&self) -> anyhow::Result<PeerQuery> {
        let weights = match &self.features {
            Some(text) => peers::parse_weights(text)?,
            None => peers::default_weights(),
        };
        if self.k == 0 {
            anyhow::bail!("-k must be at least 1");
        }
        Ok(PeerQuery {
            k: self.k,
            weights,
            scope: match (self.same_country, self.other_countries) {
                (true, _) => Scope::SameCountry,
                (_, true) => Scope::OtherCountries,
                _ => Scope::Any,
            },
            same_size_class: self.same_size,
            min_years: self.min_years,
            scaling: match self.scaling {
                ScalingArg::Robust => Scaling::Robust,
                ScalingArg::ZScore => Scaling::ZScore,
            },
            min_shared: self.min_shared.max(1),
            among: None,
        })
    }
}

/// Loads all city profiles and finds the city the user named.
pub fn load_city(ctx: &Context, query: &str) -> anyhow::Result<(Cities, String)> {
    let place = importer::places::resolve(&ctx.store, query)?;
    let cities = Cities::load(&ctx.store)?;
    let code = place.code.to_string();
    peers::ensure_city(&ctx.store, &cities, &code)?;
    Ok((cities, code))
}

pub fn run(ctx: &mut Context, args: Args) -> anyhow::Result<()> {
    let (cities, code) = load_city(ctx, &args.city)?;
    let profile = cities.profile(&code)?;
    if args.profile {
        if args.format == OutputFormat::Table {
            print!("{}", peers::report::profile_text(profile));
            return Ok(());
        }
        return output::print(args.format, &peers::report::profile_table(profile), profile);
    }
    let set = cities.peers(&code, &args.peers.query()?)?;
    if args.format != OutputFormat::Table {
        return output::print(args.format, &peers::report::peer_table(&set), &set);
    }
    print!("{}", peers::report::peers_text(profile, &set));
    Ok(())
}
