//! `observatory forecast`: a file or a place's stored series carried forward with
//! prediction intervals (`foresight::forecast` does everything but the reading and writing).

use super::Context;
use foresight::forecast::{Bounds, Options, longcsv};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A place (name or code) whose stored series of --variable to forecast
    #[arg(
        required_unless_present = "input",
        conflicts_with = "input",
        requires = "variable"
    )]
    place: Option<String>,
    /// With PLACE: the variable, e.g. DE2009V (foreign-born)
    #[arg(long)]
    variable: Option<String>,
    /// A long CSV with the columns unique_id,ds,y (the statsforecast layout)
    #[arg(long)]
    input: Option<PathBuf>,
    /// Periods ahead
    #[arg(long, default_value_t = 3)]
    horizon: usize,
    /// Levels of the prediction intervals, in percent
    #[arg(long, value_delimiter = ',', default_value = "80,95")]
    level: Vec<f64>,
    /// With --input: none, count (never below 0) or percent (0–100)
    #[arg(long, value_parser = Bounds::parse, default_value = "none")]
    bounds: Bounds,
    /// Output file (default: standard output)
    #[arg(short, long)]
    output: Option<PathBuf>,
}

pub fn run(ctx: &mut Context, args: Args) -> anyhow::Result<()> {
    let mut options = Options {
        horizon: args.horizon,
        levels: args.level,
        bounds: args.bounds,
        method: None,
    };
    let run = if let Some(path) = &args.input {
        let file =
            std::fs::File::open(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        longcsv::run(
            &path.display().to_string(),
            std::io::BufReader::new(file),
            &options,
        )
    } else {
        let geo = importer::places::resolve(&ctx.store, args.place.as_deref().unwrap_or_default())?;
        let filter = store::SeriesFilter {
            geo: Some(geo.code.to_string()),
            variable: args.variable.clone(),
            ..Default::default()
        };
        let rows = ctx.store.observations(&filter)?;
        let values: Vec<f64> = rows.iter().map(|r| r.observation.value).collect();
        options.bounds = Bounds::of_series(
            rows.first().and_then(|r| r.observation.unit.as_deref()),
            &values,
        );
        let observations: Vec<model::Observation> =
            rows.into_iter().map(|r| r.observation).collect();
        let points = longcsv::Point::of_observations(geo.code.as_str(), &observations);
        longcsv::run_points(
            &format!("{} {}", geo.name, args.variable.unwrap_or_default()),
            &points,
            &options,
        )
    }?;
    run.notes.iter().for_each(|n| eprintln!("note: {n}"));
    match args.output {
        Some(p) => crate::output::write_file(&p, run.csv.as_bytes())
            .map_err(|e| anyhow::anyhow!("the forecast was not written: {e}")),
        None => {
            print!("{}", run.csv);
            Ok(())
        }
    }
}
