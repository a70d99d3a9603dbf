//! `observatory progress PLACE --variable V`: is a series (or a gap) moving towards its target?

use super::Context;
use foresight::progress::{Direction, Method, Query, Target, assess_observations};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  observatory progress AT --variable lfsa_ergan --group 'citizen=NEU27_2020_FOR;age=Y20-64' --target 70 --target-year 2030
  observatory progress AT --variable lfsa_ergan --group 'citizen=NEU27_2020_FOR;age=Y20-64' --gap-to citizen=NAT --method open-sdg
A gap is the group minus the same group with --gap-to's dimensions changed; progress means it closes.")]
pub struct Args {
    /// A place: name or code
    pub place: String,
    #[arg(long)]
    pub variable: String,
    /// The population group as `show` prints it (dimension=code;…); empty for everybody
    #[arg(long, default_value = "")]
    pub group: String,
    /// Assess the gap to the group with these dimensions changed (e.g. citizen=NAT)
    #[arg(long)]
    pub gap_to: Option<String>,
    /// The series' other dimensions, when the group has several (e.g. unit=PC)
    #[arg(long)]
    pub breakdown: Option<String>,
    #[arg(long, requires = "target_year")]
    pub target: Option<f64>,
    #[arg(long, requires = "target")]
    pub target_year: Option<f64>,
    /// up, down or close [default: up; close with --gap-to]
    #[arg(long, value_parser = |s: &str| Direction::parse(s).ok_or("use up, down or close"))]
    pub direction: Option<Direction>,
    /// eurostat or open-sdg
    #[arg(long, default_value = "eurostat", value_parser = |s: &str| Method::parse(s).ok_or("use eurostat or open-sdg"))]
    pub method: Method,
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &mut Context, args: Args) -> anyhow::Result<()> {
    let geo = importer::places::resolve(&ctx.store, &args.place)?;
    let filter = store::SeriesFilter {
        geo: Some(geo.code.to_string()),
        variable: Some(args.variable.clone()),
        ..Default::default()
    };
    let rows = ctx.store.observations(&filter)?;
    let obs: Vec<model::Observation> = rows.into_iter().map(|r| r.observation).collect();
    let q = Query {
        group: &args.group,
        gap_to: args.gap_to.as_deref(),
        breakdown: args.breakdown.as_deref(),
        target: args
            .target
            .zip(args.target_year)
            .map(|(value, year)| Target { value, year }),
        direction: args.direction,
        method: args.method,
    };
    let place = format!("{} ({}), {}", geo.name, geo.code, args.variable);
    let (s, a) = assess_observations(&obs, &q).map_err(|e| {
        anyhow::anyhow!("{place}: {e}; `observatory list variables` shows what the store holds")
    })?;
    match args.json {
        true => println!("{}", serde_json::to_string_pretty(&a)?),
        false => print!("{place}, {}\n{a}", s.describes),
    }
    Ok(())
}
