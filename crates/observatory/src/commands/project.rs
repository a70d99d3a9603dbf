//! `observatory project`: population scenarios by nationality group, sex and age, and the
//! demand for services they imply (`foresight::projection`, `foresight::demand`).

use super::Context;
use crate::output;
use foresight::projection::{self, Projection, Request, Text, example};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
The parameters follow the Swiss FSO's layout (columns scen,spatial_unit,year,nat,sex,age,
start_n,birthrate,int_mothers,mor,emi_int,emi_nat,acq,imm_int_n,imm_nat_n; see
data/templates/projection/README.md). The output has one row per scenario × year ×
nationality × sex × age: scen,year,nat,sex,age,population (31 December), then births,
deaths, emigrants, immigrants, naturalisations and spatial_unit.

Examples:
  observatory project --example aargau -o aargau.csv
  observatory project --parameters fso_parameters_reference_2025-2055.csv \\
      --variant \"more-arrivals=immigration*1.2@2027,naturalisation*2:int\" -o out.csv
  observatory project --example aargau --areas ag_population_subregional.csv \\
      --area-migration ag_migration_subregional.csv -o subregions.csv")]
pub struct Args {
    /// Parameter files (repeat for several scenarios, e.g. reference, high and low)
    #[arg(long = "parameters", value_name = "FILE.csv")]
    pub parameters: Vec<PathBuf>,
    /// The bundled worked example instead: the FSO's scenarios for the canton of Aargau
    #[arg(long, value_parser = ["aargau"])]
    pub example: Option<String>,
    /// Start from this population (nat,sex,age,n; year optional) instead of start_n
    #[arg(long, value_name = "FILE.csv")]
    pub population: Option<PathBuf>,
    /// The group that receives the naturalised (default: the one whose acq is always 0)
    #[arg(long)]
    pub nationals: Option<String>,
    /// A variant of the first scenario: NAME=COMPONENT*FACTOR[@FROM[-UNTIL]][:GROUP],…
    #[arg(long = "variant", value_name = "NAME=ADJUSTMENTS")]
    pub variants: Vec<String>,
    /// Split every scenario over subregions with this population (spatial_unit,nat,sex,age,n)
    #[arg(long, value_name = "FILE.csv")]
    pub areas: Option<PathBuf>,
    /// The subregions' migration records (spatial_unit,nat,sex,age,imm_n) for their share of immigrants
    #[arg(long, value_name = "FILE.csv", requires = "areas")]
    pub area_migration: Option<PathBuf>,
    /// Rates of the demand for services (see data/templates/demand/README.md)
    #[arg(long, value_name = "FILE.csv")]
    pub rates: Option<PathBuf>,
    /// Write the demand (year, service, central, low, high) to this CSV (needs --rates or --example)
    #[arg(long, value_name = "FILE.csv")]
    pub demand_output: Option<PathBuf>,
    /// Write the projection to this CSV (standard output without it)
    #[arg(short = 'o', long, value_name = "FILE.csv")]
    pub output: Option<PathBuf>,
}

fn read(path: &Path) -> anyhow::Result<Text> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("{}: cannot read the file: {e}", path.display()))?;
    Ok(Text {
        name: path.display().to_string(),
        text,
    })
}

fn bundled(ctx: &Context, path: &str) -> anyhow::Result<Text> {
    let bytes = ctx.bundle.read(path)?;
    let text = String::from_utf8(bytes.into_owned()).map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
    Ok(Text {
        name: path.to_string(),
        text,
    })
}

fn request(ctx: &Context, args: &Args) -> anyhow::Result<Request> {
    let mut parameters: Vec<Text> = args
        .parameters
        .iter()
        .map(|p| read(p))
        .collect::<Result<_, _>>()?;
    if args.example.is_some() {
        parameters.extend(
            example::PARAMETERS
                .iter()
                .map(|p| bundled(ctx, p))
                .collect::<Result<Vec<_>, _>>()?,
        );
    }
    if parameters.is_empty() {
        anyhow::bail!("give --parameters FILE.csv (or --example aargau)");
    }
    let areas = match &args.areas {
        None => None,
        Some(a) => Some((
            read(a)?,
            args.area_migration.as_deref().map(read).transpose()?,
        )),
    };
    Ok(Request {
        parameters,
        population: args.population.as_deref().map(read).transpose()?,
        nationals: args.nationals.clone(),
        variants: args
            .variants
            .iter()
            .map(|v| projection::parse_variant(v))
            .collect::<Result<_, _>>()?,
        areas,
    })
}

pub fn run(ctx: &mut Context, args: Args) -> anyhow::Result<()> {
    let projections = projection::run(&request(ctx, &args)?)?;
    let mut csv = Vec::new();
    projection::write_csv(&projections, &mut csv)?;
    match &args.output {
        Some(path) => {
            output::write_file(path, &csv)?;
            let rows = csv.iter().filter(|b| **b == b'\n').count() - 1;
            eprintln!(
                "wrote {} ({} rows: scenario × area × year × group × sex × age)",
                path.display(),
                output::number(rows as f64)
            );
            println!("{}", projection::summary_table(&projections).render());
        }
        None => std::io::Write::write_all(&mut std::io::stdout().lock(), &csv)?,
    }
    let rates = match (&args.rates, &args.example) {
        (Some(path), _) => Some(read(path)?),
        (None, Some(_)) => Some(bundled(ctx, example::SCHOOL_RATES)?),
        (None, None) => None,
    };
    if rates.is_none() && args.demand_output.is_some() {
        anyhow::bail!("--demand-output needs the rates of the services: give --rates FILE.csv");
    }
    if let Some(rates) = rates {
        demand(
            &projections,
            &rates,
            args.demand_output.as_deref(),
            args.output.is_some(),
        )?;
    }
    Ok(())
}

fn demand(
    projections: &[Projection],
    rates: &Text,
    out: Option<&Path>,
    print: bool,
) -> anyhow::Result<()> {
    let layout = &projections[0].layout;
    let rates = foresight::demand::read_rates(&rates.text, &rates.name, layout)?;
    let central = projections[0].scenario.clone();
    let ranges = foresight::demand::scenario_ranges(projections, &rates, &central);
    if let Some(path) = out {
        let mut csv = Vec::new();
        foresight::demand::write_ranges_csv(&ranges, &mut csv)?;
        output::write_file(path, &csv)?;
        eprintln!("wrote {}", path.display());
    }
    if print {
        println!(
            "\nDemand for services ({central} and the range of the scenarios):\n{}",
            foresight::demand::ranges_table(&ranges).render()
        );
    }
    Ok(())
}
