//! `observatory benchmark CITY INDICATOR`: a city's value against its peers.

use super::Context;
use super::peers::{PeerOptions, load_city};
use crate::output::{self, OutputFormat, Table};
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

pub fn run(ctx: &mut Context, args: Args) -> Result<(), String> {
    let indicator = Indicator::parse(&args.indicator).map_err(|e| e.to_string())?;
    let (cities, code) = load_city(ctx, &args.city)?;
    let q = args.peers.query()?;
    let better = if args.higher_is_better {
        Some(Better::Higher)
    } else if args.lower_is_better {
        Some(Better::Lower)
    } else {
        None
    };
    let b = cities
        .benchmark(&ctx.store, &code, &indicator, &q, better)
        .map_err(|e| e.to_string())?;
    let mut t = Table::new(vec![
        "",
        "code",
        "city",
        "value",
        "period",
        "better than city",
    ]);
    let fmt = |v: Option<f64>| v.map(output::number).unwrap_or_else(|| "–".into());
    t.push(vec![
        "city".into(),
        b.city.city.code.clone(),
        b.city.city.name.clone(),
        fmt(b.city.value),
        b.city.period.clone().unwrap_or_default(),
        String::new(),
    ]);
    for (i, p) in b.peers.iter().enumerate() {
        t.push(vec![
            format!("peer {}", i + 1),
            p.city.code.clone(),
            p.city.name.clone(),
            fmt(p.value),
            p.period.clone().unwrap_or_default(),
            match p.better_than_city {
                Some(true) => "yes".into(),
                Some(false) => "no".into(),
                None => String::new(),
            },
        ]);
    }
    if args.format != OutputFormat::Table {
        return output::print(args.format, &t, &b);
    }
    println!(
        "{}",
        cities.profile(&code).map_err(|e| e.to_string())?.headline()
    );
    println!(
        "{} ({}{}) against {} peers\n",
        b.indicator.key,
        if b.indicator.unit.is_empty() {
            "no unit".to_string()
        } else {
            b.indicator.unit.clone()
        },
        match b.indicator.better {
            Better::Higher => ", higher is better",
            Better::Lower => ", lower is better",
            Better::Neither => ", no better direction",
        },
        b.peers.len()
    );
    print!("{}", t.render());
    if let Some(s) = &b.summary {
        println!(
            "\npeers (n = {}): median {}, quartiles {} – {}, range {} – {}",
            s.n,
            output::number(s.median),
            output::number(s.q1),
            output::number(s.q3),
            output::number(s.min),
            output::number(s.max)
        );
    }
    if let Some(p) = &b.position {
        println!("{}: {}", b.city.city.name, p.text);
    }
    println!("\n{}", b.sentence);
    Ok(())
}
