//! `observatory segregation CITY`: how unevenly two groups live across a city's small
//! areas, period by period, with the spatial indices where the areas' boundaries are in the
//! store, multigroup indices over regions of origin, and the change between two periods.
//!
//! Defaults (Berlin): foreign citizens (`citizen=FOR`) against Germans (`citizen=NAT`) over
//! the planning areas, every half-year in the store. The report is computed by the
//! `neighbourhoods` crate; this module reads the options and prints it as tables, or with
//! `--format csv|json` as the same figures in long form.

use crate::commands::Context;
use crate::output::{OutputFormat, Table};
use neighbourhoods::report::{
    self, SegregationRequest, parse_change, parse_group_list, parse_group_pair, parse_period,
};
use neighbourhoods::{INDICES, Level, datasets_for, indices};

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  observatory segregation Berlin                               foreigners vs Germans, every half-year
  observatory segregation Berlin --period 2020-S2 --format json
  observatory segregation Berlin --change 2015-S1:2020-S2      change, its decomposition and a permutation test
  observatory segregation Berlin --groups background=TR,total  people of Turkish origin vs everybody
  observatory segregation Berlin --level forecast-areas --index dissimilarity,spatial_dissimilarity
  observatory segregation Berlin --index list                  the indices and what they mean

Groups: foreigners, germans, migration-background, no-migration-background, total, or a group
key as stored (citizen=FOR, background=TR, citizen=NAT;background=WITHOUT).")]
pub struct Args {
    /// The city (name or code)
    pub city: String,
    /// Only this period (2020-S2) [default: every period in the data]
    #[arg(long)]
    pub period: Option<String>,
    /// The two groups A,B: how A lives apart from B [default: foreigners,germans]
    #[arg(long, default_value = "foreigners,germans")]
    pub groups: String,
    /// Only these indices, comma-separated (`--index list` shows all)
    #[arg(long)]
    pub index: Option<String>,
    /// planning-areas, forecast-areas, districts, or a scheme code of the area ids
    #[arg(long, default_value = "planning-areas")]
    pub level: String,
    /// Change between two periods, FROM:TO (2015-S1:2020-S2): decomposition and permutation test
    #[arg(long)]
    pub change: Option<String>,
    /// Groups of the multigroup indices, comma-separated keys [default for Berlin: regions of origin]
    #[arg(long)]
    pub multigroup: Option<String>,
    /// Dataset(s) with the counts by area [default for Berlin: berlin_lor_t1,berlin_lor_t4]
    #[arg(long)]
    pub dataset: Option<String>,
    /// The variable of the counts, when the dataset holds several
    #[arg(long)]
    pub variable: Option<String>,
    /// Random relabellings of the permutation test of --change
    #[arg(long, default_value_t = 9999)]
    pub replicates: usize,
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

pub fn run(ctx: &mut Context, args: Args) -> anyhow::Result<()> {
    if args.index.as_deref() == Some("list") {
        let mut t = Table::new(vec!["index", "kind", "what it measures"]);
        for d in INDICES {
            t.push(vec![
                d.name.to_string(),
                format!("{:?}", d.family).to_lowercase(),
                d.label_for("the group", "the other group"),
            ]);
        }
        print!("{}", t.render());
        return Ok(());
    }
    let store = &ctx.store;
    let city = importer::places::resolve(store, &args.city)?;
    let code = city.code.to_string();
    let level = Level::parse(&args.level);
    let datasets = datasets_for(&code, args.dataset.as_deref())?;
    let (group_a, group_b) = parse_group_pair(&args.groups, &code)?;
    let request = SegregationRequest {
        indices: indices::select(args.index.as_deref())?,
        period: args.period.as_deref().map(parse_period).transpose()?,
        change: args.change.as_deref().map(parse_change).transpose()?,
        multigroup: args
            .multigroup
            .as_deref()
            .map(parse_group_list)
            .transpose()?,
        city_code: code,
        city_name: city.name.clone(),
        group_a,
        group_b,
        level,
        datasets,
        variable: args.variable.clone(),
        replicates: args.replicates,
    };
    let report = report::segregation_report(store, &request)?;
    match args.format {
        OutputFormat::Json => {
            println!("{}", serde_json::to_string_pretty(&report)?);
            Ok(())
        }
        OutputFormat::Csv => {
            let mut out = std::io::stdout().lock();
            Ok(report.write_csv(&mut out)?)
        }
        OutputFormat::Table => {
            print!("{}", report.text());
            Ok(())
        }
    }
}
