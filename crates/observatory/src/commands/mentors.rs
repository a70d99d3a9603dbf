//! `observatory mentors CITY`: experienced cities that could mentor a city, and the
//! newcomer cities it could mentor.

use super::Context;
use super::peers::{PeerOptions, load_city};
use crate::output::{self, OutputFormat, Table};
use peers::MentorQuery;

#[derive(Debug, clap::Args)]
#[command(after_help = "\
A mentor is among the city's most similar cities today (size, growth, foreign-born share,
students), had a foreign-born share at least --min-gap points higher in the city's first year
with figures (a longer immigration experience), and does better on the outcomes both have
(unemployment proxy, employment, the QoL survey's \"good place for immigrants\").

Examples:
  observatory mentors Osijek
  observatory mentors Wien --other-countries       whom Vienna could mentor abroad")]
pub struct Args {
    /// The city: name or Urban Audit code
    pub city: String,
    #[command(flatten)]
    pub peers: PeerOptions,
    /// How many of the most similar cities count as "similar today"
    #[arg(long, default_value_t = 25)]
    pub pool: usize,
    /// How many points higher the mentor's earlier foreign-born share must be
    #[arg(long, default_value_t = 1.0)]
    pub min_gap: f64,
    /// At most this many mentors and mentees
    #[arg(short = 'n', long, default_value_t = 10)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

pub fn run(ctx: &mut Context, args: Args) -> anyhow::Result<()> {
    let (cities, code) = load_city(ctx, &args.city)?;
    let q = MentorQuery {
        peers: args.peers.query()?,
        pool: args.pool.max(1),
        min_gap_points: args.min_gap,
        limit: args.limit,
    };
    let m = cities.mentors(&code, &q)?;
    let mut t = Table::new(vec![
        "role",
        "code",
        "city",
        "country",
        "distance",
        "earlier share",
        "gap (points)",
        "reason",
    ]);
    for (role, list) in [("mentor", &m.mentors), ("mentee", &m.mentees)] {
        for x in list {
            let earlier = if role == "mentor" {
                x.mentor_earlier_share
            } else {
                x.mentee_earlier_share
            };
            t.push(vec![
                role.to_string(),
                x.city.code.clone(),
                x.city.name.clone(),
                x.city.country.clone(),
                format!("{:.3}", x.distance),
                format!("{:.1}% ({})", earlier.share, earlier.year),
                format!("{:.1}", x.experience_gap),
                x.reason.clone(),
            ]);
        }
    }
    if args.format != OutputFormat::Table {
        return output::print(args.format, &t, &m);
    }
    println!("{}", cities.profile(&code)?.headline());
    println!(
        "Similar today by {} (pool of the {} nearest); experience: foreign-born share at least {} points higher earlier\n",
        m.similarity_features
            .iter()
            .map(|f| f.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        m.pool,
        m.min_gap_points
    );
    for (title, list) in [
        (format!("Could mentor {}", m.city.name), &m.mentors),
        (format!("{} could mentor", m.city.name), &m.mentees),
    ] {
        println!("{title}:");
        if list.is_empty() {
            println!("  (none)\n");
            continue;
        }
        for (i, x) in list.iter().enumerate() {
            println!(
                "  {}. {} ({}, {}), distance {:.3}: {}",
                i + 1,
                x.city.name,
                x.city.code,
                x.city.country,
                x.distance,
                x.reason
            );
        }
        println!();
    }
    if let Some(n) = &m.note {
        println!("note: {n}");
    }
    Ok(())
}
