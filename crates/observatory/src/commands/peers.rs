//! `observatory peers CITY`: the cities most like a city, and why (and `--profile`: the
//! city's context profile with where every value came from).
//!
//! Also the options and helpers shared by `benchmark`, `mentors` and `typology`.

use super::Context;
use crate::output::{self, OutputFormat, Table};
use crate::places;
use peers::{Cities, PeerQuery, Profile, Scaling, Scope};

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
    pub fn query(&self) -> Result<PeerQuery, String> {
        let weights = match &self.features {
            Some(text) => peers::parse_weights(text).map_err(|e| e.to_string())?,
            None => peers::default_weights(),
        };
        if self.k == 0 {
            return Err("-k must be at least 1".to_string());
        }
        Ok(PeerQuery {
            k: self.k,
            weights,
            scope: if self.same_country {
                Scope::SameCountry
            } else if self.other_countries {
                Scope::OtherCountries
            } else {
                Scope::Any
            },
            same_size_class: self.same_size,
            min_years: self.min_years,
            scaling: match self.scaling {
                ScalingArg::Robust => Scaling::Robust,
                ScalingArg::ZScore => Scaling::ZScore,
            },
            min_shared: self.min_shared.max(1),
        })
    }
}

/// Loads all city profiles and finds the city the user named.
pub fn load_city(ctx: &Context, query: &str) -> Result<(Cities, String), String> {
    let place = places::resolve(&ctx.store, query)?;
    let cities = Cities::load(&ctx.store).map_err(|e| e.to_string())?;
    let code = place.code.to_string();
    peers::ensure_city(&ctx.store, &cities, &code).map_err(|e| e.to_string())?;
    Ok((cities, code))
}

fn fmt_value(v: f64) -> String {
    if v.abs() >= 1000.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
}

pub fn run(ctx: &mut Context, args: Args) -> Result<(), String> {
    let (cities, code) = load_city(ctx, &args.city)?;
    let profile = cities.profile(&code).map_err(|e| e.to_string())?;
    if args.profile {
        return print_profile(profile, args.format);
    }
    let q = args.peers.query()?;
    let set = cities.peers(&code, &q).map_err(|e| e.to_string())?;
    let mut t = Table::new(vec![
        "#",
        "code",
        "city",
        "country",
        "size",
        "distance",
        "shared",
        "similar",
        "differs",
        "not compared",
    ]);
    for p in &set.peers {
        t.push(vec![
            p.rank.to_string(),
            p.city.code.clone(),
            p.city.name.clone(),
            p.city.country.clone(),
            p.city
                .size_class
                .map(|c| c.short().to_string())
                .unwrap_or_default(),
            format!("{:.3}", p.distance),
            p.shared_features.to_string(),
            p.similar.join("; "),
            p.differs.join("; "),
            p.not_compared.join("; "),
        ]);
    }
    if args.format != OutputFormat::Table {
        return output::print(args.format, &t, &set);
    }
    println!("{}", profile.headline());
    println!(
        "Peers by {} ({} scaling){}; values read \"peer vs {}\"\n",
        set.features
            .iter()
            .map(|w| format!("{} {}", w.feature, output::number(w.weight)))
            .collect::<Vec<_>>()
            .join(", "),
        set.scaling,
        if set.constraints.len() > 1 {
            format!(
                "; {}",
                set.constraints[..set.constraints.len() - 1].join("; ")
            )
        } else {
            String::new()
        },
        profile.name
    );
    t.header.truncate(7);
    for r in &mut t.rows {
        r.truncate(7);
    }
    print!("{}", t.render());
    println!();
    for p in &set.peers {
        println!("{}. {}: {}", p.rank, p.city.name, p.explanation);
    }
    if let Some(n) = &set.note {
        println!("\nnote: {n}");
    }
    Ok(())
}

fn print_profile(p: &Profile, format: OutputFormat) -> Result<(), String> {
    let mut t = Table::new(vec![
        "feature",
        "value",
        "unit",
        "years",
        "computed as / missing",
    ]);
    for f in &p.features {
        t.push(vec![
            f.feature.to_string(),
            f.value.map(fmt_value).unwrap_or_default(),
            f.unit.to_string(),
            f.years
                .iter()
                .map(|y| y.to_string())
                .collect::<Vec<_>>()
                .join("–"),
            match (&f.value, &f.missing) {
                (Some(_), _) => f.formula.clone(),
                (None, Some(m)) => format!("missing: {m}"),
                (None, None) => "missing".to_string(),
            },
        ]);
    }
    if format != OutputFormat::Table {
        return output::print(format, &t, p);
    }
    println!("{}", p.headline());
    if let Some(r) = &p.region {
        println!("NUTS 3 region {r}");
    }
    println!(
        "{} years with a foreign-born share{}\n",
        p.years_of_data,
        if p.foreign_born_history.is_empty() {
            String::new()
        } else {
            format!(
                " ({})",
                p.foreign_born_history
                    .iter()
                    .map(|s| format!("{} {:.1}%", s.year, s.share))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    );
    print!("{}", t.render());
    println!(
        "\nsources: every value above is computed from the observations named in its formula (dataset urb_cpop1, urb_cpopcb, urb_clma, urb_ceduc, gisco_urau_2021, qol_2023); `--format json` lists them with their flags."
    );
    Ok(())
}
