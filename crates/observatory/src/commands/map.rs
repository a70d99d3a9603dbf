//! `observatory map CITY --variable foreign_share > map.svg`: a choropleth map of a city's
//! small areas as a self-contained, accessible SVG (title, description with source, period
//! and projection, legend, a title per area), drawn from the boundaries in the store — no
//! tile server, no internet. `--table` prints the same values as a table instead: the
//! map's text alternative.
//!
//! Care for residents: an area with fewer than `--min-residents` (default 20) residents is
//! not shown — hatched and labelled "not shown: few residents" — because a share among a
//! handful of people is unstable and could point at individuals. The description says so,
//! and that the map shows where people live, not a ranking of neighbourhoods.
//!
//! The values come from `neighbourhoods::map`; this module words and prints them.

use crate::commands::Context;
use crate::output::{self, OutputFormat};
use neighbourhoods::Level;
use neighbourhoods::map::{self, MapRequest, MapVariable};
use neighbourhoods::report::parse_period;
use spatial::{ChoroplethOptions, Projection};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  observatory map Berlin --variable foreign_share -o berlin-foreigners.svg
  observatory map Berlin --variable location_quotient --group background=TR --period 2020-S2 > map.svg
  observatory map Berlin --variable foreign_share --level forecast-areas --table --format csv

Variables: foreign_share (foreign citizens, % of residents), location_quotient (share of --group in
an area divided by its share in the city; 1 = as in the city), or a group (foreigners,
migration-background, background=TR, …) as a % of residents.")]
pub struct Args {
    /// The city (name or code)
    pub city: String,
    /// foreign_share, location_quotient, or a group shown as a share of residents
    #[arg(long)]
    pub variable: String,
    /// The group of location_quotient
    #[arg(long, default_value = "foreigners")]
    pub group: String,
    /// The period [default: the latest period whose areas have boundaries in the store]
    #[arg(long)]
    pub period: Option<String>,
    /// planning-areas, forecast-areas, districts, or a scheme code of the area ids
    #[arg(long, default_value = "planning-areas")]
    pub level: String,
    /// Write the SVG to this file (default: standard output)
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Print the values as a table instead of the map (the map's text alternative)
    #[arg(long)]
    pub table: bool,
    /// Format of --table
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
    /// Areas with fewer residents are not shown (small-cell rule)
    #[arg(long, default_value_t = 20.0)]
    pub min_residents: f64,
    /// Colour classes (2–9, equal intervals)
    #[arg(long, default_value_t = 5)]
    pub classes: usize,
    /// Dataset(s) with the counts by area [default for Berlin: berlin_lor_t1]
    #[arg(long)]
    pub dataset: Option<String>,
}

pub fn run(ctx: &mut Context, args: Args) -> anyhow::Result<()> {
    let store = &ctx.store;
    let city = importer::places::resolve(store, &args.city)?;
    let request = MapRequest {
        city_code: city.code.to_string(),
        city_name: city.name.clone(),
        variable: MapVariable::parse(&args.variable, &args.group)?,
        level: Level::parse(&args.level),
        period: args.period.as_deref().map(parse_period).transpose()?,
        datasets: args.dataset.clone(),
        min_residents: args.min_residents,
    };
    let m = map::map_data(store, &request)?;
    let min = m.min_residents;
    let title_what = m.title_what();
    let area_set = m.area_set();
    if args.table {
        let t = m.table();
        if args.format == OutputFormat::Table {
            println!(
                "{title_what}, {} {area_set}, {} — value: {}; city: {}",
                city.name,
                m.period,
                m.value_label(),
                m.city_value()
            );
        }
        output::print(args.format, &t, &m.rows)?;
        if args.format == OutputFormat::Table {
            println!(
                "Areas with fewer than {} residents are not shown (small-cell rule). Source: {}",
                output::number(min),
                m.sources.join("; "),
            );
        }
        return Ok(());
    }

    let options = ChoroplethOptions {
        title: format!("{title_what}, {} {area_set}, {}", city.name, m.period),
        // How to get the same values as text, in the words of this command line.
        description: format!(
            "{} A table of the same values: `observatory map {} --variable {} --period {} --level {} --table`.",
            m.description(&city.name),
            args.city,
            args.variable,
            m.period,
            args.level,
        ),
        value_label: m.value_label(),
        width: 720.0,
        classes: args.classes,
        decimals: m.decimals(),
        number: spatial::plain_number,
        projection: Projection::Auto,
    };
    let svg = spatial::choropleth_svg(&m.geometries(), &m.titles(), &m.values(), &options)?;
    // The renderer's legend calls areas without a value "no value"; here they are hidden on
    // purpose (or have no data), and the legend says so.
    let svg = svg.replace(">no value (", &format!(">{} (", m.missing_legend()));
    match &args.output {
        Some(path) => {
            crate::output::write_file(path, svg.as_bytes())?;
            eprintln!(
                "wrote {} ({} areas, {area_set} {}, {} not shown for few residents)",
                path.display(),
                m.geometries().iter().filter(|a| !a.is_empty()).count(),
                m.period,
                m.suppressed()
            );
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            lock.write_all(svg.as_bytes())?;
        }
    }
    Ok(())
}
