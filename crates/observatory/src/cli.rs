//! Command-line arguments (raw flags) and their execution.

use crate::output::{self, OutputFormat};
use clap::{Parser, Subcommand};
use importer::bundle::Bundle;
use importer::{Outcome, Request};
use std::path::PathBuf;
use store::{SeriesFilter, Store};

const EXAMPLES: &str = "\
Examples:
  observatory                              first start: loads the bundled real data, shows what is in it
  observatory show Kosice                  latest figures for Košice (names are case- and accent-insensitive)
  observatory show Kosice --variable DE2009V foreign-born residents of Košice, every year
  observatory list geographies --level city --country SK
  observatory import my_city.csv --geo HR005C --source \"City of Osijek\" --licence \"CC BY 4.0\"
  observatory export --dataset urb_cpopcb -o foreign_born.csv
";

#[derive(Debug, Parser)]
#[command(
    name = "observatory",
    version,
    about = "Integration Observatory: how migrants and refugees are doing in your city, with real European data.",
    after_help = EXAMPLES
)]
pub struct Cli {
    /// The database file [default: ~/.local/share/integration-observatory/observatory.db]
    #[arg(long, global = true, env = "OBSERVATORY_DB")]
    db: Option<PathBuf>,
    /// Folder with the bundled data (data/ of the repository)
    #[arg(long, global = true, env = "OBSERVATORY_DATA")]
    data_dir: Option<PathBuf>,
    /// The catalogue folder (indicators, mappings, tables, areas, peers' features)
    /// [default: catalogue/ beside --data-dir, else ./catalogue, else the built-in one]
    #[arg(long, global = true, env = "OBSERVATORY_CATALOGUE")]
    catalogue: Option<PathBuf>,
    /// Start with an empty store: do not load the bundled data on the first start
    #[arg(long, global = true, env = "OBSERVATORY_NO_BUNDLED_DATA")]
    no_bundled_data: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create the store and load the bundled real data (done by itself on the first start)
    Init,
    /// Import statistics files (Eurostat TSV, SDMX-CSV, JSON-stat, tidy CSV/Excel, …)
    #[command(
        after_help = "Formats: eurostat-tsv, sdmx-csv, json-stat, tidy-csv, tidy-json, tidy-xlsx, qol-2023, gisco-cities, berlin-lor.\n\
A file is imported in one transaction: if anything in it is wrong, nothing of it is kept.\n\
The same file twice changes nothing; a newer value for the same figure replaces the old one, which stays in the history."
    )]
    Import {
        /// Files to import
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The file format (detected from the file when not given)
        #[arg(long, value_parser = parse_format)]
        format: Option<ingest::Format>,
        /// Store under this dataset id (default: from the file)
        #[arg(long)]
        dataset: Option<String>,
        /// For tidy files without a geo column: the place every row is about (code or name)
        #[arg(long)]
        geo: Option<String>,
        /// For tidy files without an indicator column: what every row measures
        #[arg(long)]
        variable: Option<String>,
        /// For Excel files: the sheet to read (default: the first)
        #[arg(long)]
        sheet: Option<String>,
        /// The text's encoding when not UTF-8: windows-1250 (Central European), windows-1252, iso-8859-2
        #[arg(long, value_parser = |s: &str| ingest::TextEncoding::parse(s).ok_or("use utf-8, windows-1250, windows-1252 or iso-8859-2"))]
        encoding: Option<ingest::TextEncoding>,
        /// Let the file add places the store does not know (checked: a typo'd code is refused otherwise)
        #[arg(long)]
        allow_new_places: bool,
        /// Who published the figures (kept with every value)
        #[arg(long, default_value = "unspecified (give --source)")]
        source: String,
        /// Under which licence
        #[arg(long, default_value = "unspecified (give --licence)")]
        licence: String,
    },
    /// List datasets, geographies, variables or imports
    List {
        what: ListWhat,
        /// Only geographies of this level (country, nuts2, city, greater_city, neighbourhood, …)
        #[arg(long)]
        level: Option<String>,
        /// Only geographies of this country (Eurostat code, e.g. SK)
        #[arg(long)]
        country: Option<String>,
        /// Only variables of this dataset
        #[arg(long)]
        dataset: Option<String>,
        #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
        format: OutputFormat,
    },
    /// Show a place's figures (latest period of each series), or one variable over time
    Show {
        /// A place: name or code (Košice, kosice, SK004C, Berlin, DE)
        place: String,
        #[arg(long)]
        dataset: Option<String>,
        /// One variable, every period (e.g. DE2009V foreign-born, DE1001V population)
        #[arg(long)]
        variable: Option<String>,
        /// Only this period (2020, 2020-S2)
        #[arg(long)]
        period: Option<String>,
        #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
        format: OutputFormat,
    },
    /// Export observations as tidy CSV or JSON (re-importable with `import`)
    Export {
        /// Output file (default: standard output)
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// csv, json (the tidy layout `import` reads back), sdmx-csv (SDMX-CSV 2.0) or
        /// json-stat (JSON-stat 2.0, one dataset) [default: from the -o file's ending, else csv]
        #[arg(long, value_parser = parse_writer)]
        format: Option<&'static dyn ingest::write::Writer>,
        #[arg(long)]
        dataset: Option<String>,
        /// Only this place (name or code)
        #[arg(long)]
        geo: Option<String>,
        /// Export the survey estimates of a computed dataset (--dataset computed:MAPPING):
        /// standard errors, intervals, flags, suppression and publication status, withheld
        /// cells included
        #[arg(long, requires = "dataset")]
        estimates: bool,
    },
    // Commands with a module of their own under `commands/` follow, one line each.
    /// The observatory in your browser: pages, maps and the JSON API (http://127.0.0.1:8080)
    Serve(crate::commands::serve::Args),
    #[command(flatten)]
    Accounts(accounts::cli::Command),
    /// The cities most like a city (size, migrant population, migration history), and why
    Peers(crate::commands::peers::Args),
    /// A city's value of an indicator against its peers: median, quartiles, rank, who does better
    Benchmark(crate::commands::benchmark::Args),
    /// Experienced cities that could mentor a city, and the cities it could mentor
    Mentors(crate::commands::mentors::Args),
    /// All cities grouped into context types
    Typology(crate::commands::typology::Args),
    /// Import the boundaries of a city's small areas (GeoJSON or shapefile) for maps and spatial indices
    ImportBoundaries(crate::commands::import_boundaries::Args),
    /// Segregation and concentration indices over a city's small areas, over time
    Segregation(crate::commands::segregation::Args),
    /// A choropleth map (SVG) of a city's small areas, or its values as a table
    Map(crate::commands::map::Args),
    /// Integration indicators from person-level microdata, with standard errors and disclosure control
    Compute(crate::commands::compute::Args),
    /// Make the draft estimates of `compute` public (values into the observations)
    PublishEstimates(crate::commands::compute::PublishArgs),
    /// Synthetic person-level microdata (Parquet) following the Spanish EU-SILC margins
    GenerateMicrodata(crate::commands::generate_microdata::Args),
    /// Population scenarios by nationality, sex and age (cohort-component), and the services they need
    Project(crate::commands::project::Args),
    /// Progress of a series (or a gap between groups) towards a target: Eurostat or Open SDG verdict
    Progress(crate::commands::progress::Args),
    /// Forecasts with 80%/95% intervals: a long CSV (unique_id,ds,y) or a place's stored series
    Forecast(crate::commands::forecast::Args),
    /// The funding map: import lists of funded operations; a place's fields x target groups, gaps and duplications
    #[command(subcommand)]
    Funding(crate::commands::funding::Funding),
    /// The City Integration Report of a city, as PDF or HTML, in any of the seven languages
    Report(crate::commands::report::Args),
    /// The practice library: search it, or see what is recommended to a city and why
    #[command(subcommand)]
    Practices(crate::commands::funding::Practices),
    /// Participatory city audits: open a round, issue invitations, close, results, export
    #[command(disable_help_flag = true)]
    Audit {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    #[command(
        disable_help_flag = true,
        about = "The city's own surveys: XLSForms, codes, weights, estimates"
    )]
    Survey {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ListWhat {
    Datasets,
    Geographies,
    Variables,
    Imports,
}

fn parse_writer(s: &str) -> Result<&'static dyn ingest::write::Writer, String> {
    ingest::write::writer(s).ok_or_else(|| {
        format!(
            "unknown export format '{s}': choose one of {}",
            ingest::write::writer_names()
        )
    })
}

fn parse_format(s: &str) -> Result<ingest::Format, String> {
    ingest::Format::parse(s).ok_or_else(|| {
        format!(
            "unknown format '{s}': choose one of {}",
            ingest::Format::names()
        )
    })
}

fn default_db() -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("integration-observatory").join("observatory.db")
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    let db = cli.db.clone().unwrap_or_else(default_db);
    let mut store = Store::open(&db)?;
    let bundle = Bundle::locate(cli.data_dir.as_deref(), crate::bundle::FILES);
    crate::commands::use_catalogue(cli.catalogue.as_deref(), cli.data_dir.as_deref())?;
    if store.is_empty()? && !cli.no_bundled_data {
        eprintln!(
            "First start: loading the bundled real data from {} into {} …",
            bundle.describe(),
            db.display()
        );
        let bar = std::cell::RefCell::new(output::Progress::default());
        let n = bundle.load(
            &mut store,
            &mut |loaded| {
                bar.borrow_mut().finish();
                eprintln!("  {}", loaded.line())
            },
            &mut |input, bytes| bar.borrow_mut().update(input, bytes),
        )?;
        eprintln!(
            "Loaded {n} files, {} observations. Sources and licences: `observatory list imports`.\n",
            store.count_observations()?
        );
    }
    // Commands with their own module take the store in a Context:
    // `Some(Command::Peers(args)) => crate::commands::peers::run(&mut ctx, args),`
    let mut ctx = crate::commands::Context { store, bundle };
    match cli.command {
        None => overview(&ctx.store),
        Some(Command::Serve(args)) => crate::commands::serve::run(&mut ctx, args),
        Some(Command::Accounts(c)) => {
            accounts::cli::run(&mut ctx.store, c).map(|o| print!("{o}"))?;
            Ok(())
        }
        Some(Command::Peers(args)) => crate::commands::peers::run(&mut ctx, args),
        Some(Command::Benchmark(args)) => crate::commands::benchmark::run(&mut ctx, args),
        Some(Command::Mentors(args)) => crate::commands::mentors::run(&mut ctx, args),
        Some(Command::Typology(args)) => crate::commands::typology::run(&mut ctx, args),
        Some(Command::ImportBoundaries(args)) => {
            crate::commands::import_boundaries::run(&mut ctx, args)
        }
        Some(Command::Segregation(args)) => crate::commands::segregation::run(&mut ctx, args),
        Some(Command::Map(args)) => crate::commands::map::run(&mut ctx, args),
        Some(Command::Progress(args)) => crate::commands::progress::run(&mut ctx, args),
        Some(Command::Compute(args)) => crate::commands::compute::run(&mut ctx, args),
        Some(Command::Forecast(args)) => crate::commands::forecast::run(&mut ctx, args),
        Some(Command::Funding(c)) => crate::commands::funding::funding(&mut ctx, c),
        Some(Command::Report(a)) => crate::commands::report::run(&mut ctx, a),
        Some(Command::Practices(c)) => crate::commands::funding::practices(&mut ctx, c),
        Some(Command::PublishEstimates(args)) => {
            crate::commands::compute::publish(&mut ctx, &args.dataset)
        }
        Some(Command::GenerateMicrodata(args)) => {
            crate::commands::generate_microdata::run(&mut ctx, args)
        }
        Some(Command::Project(args)) => crate::commands::project::run(&mut ctx, args),
        Some(Command::Audit { args }) => {
            assessment::cli::run(&mut ctx.store, catalogue::active(), &args)
                .map(|o| print!("{o}"))
                .map_err(anyhow::Error::msg)
        }
        Some(Command::Survey { args }) => surveys::cli::run(&mut ctx.store, &args)
            .map(|o| print!("{o}"))
            .map_err(anyhow::Error::msg),
        Some(Command::Init) => {
            println!(
                "store ready at {} (schema {}), {} observations",
                db.display(),
                ctx.store.schema_version()?,
                ctx.store.count_observations()?
            );
            Ok(())
        }
        Some(Command::Import {
            files,
            format,
            dataset,
            geo,
            variable,
            sheet,
            encoding,
            allow_new_places,
            source,
            licence,
        }) => {
            let geo = match geo {
                Some(g) => Some(match importer::places::resolve(&ctx.store, &g) {
                    Ok(place) => place.code.to_string(),
                    // A code of a place not yet in the store is fine: the file brings it.
                    Err(_) if !g.contains(' ') => g,
                    Err(e) => return Err(e.into()),
                }),
                None => None,
            };
            for path in &files {
                let input = ingest::Input::file(path);
                let mut bar = output::Progress::default();
                let outcome = importer::import(
                    &mut ctx.store,
                    Request {
                        input: &input,
                        format,
                        options: ingest::Options {
                            dataset: dataset.clone(),
                            geo: geo.clone(),
                            variable: variable.clone(),
                            sheet: sheet.clone(),
                            encoding,
                            ..Default::default()
                        },
                        source: source.clone(),
                        licence: licence.clone(),
                        new_places: allow_new_places,
                    },
                    &mut |bytes| bar.update(&input, bytes),
                );
                bar.finish();
                let outcome = outcome?;
                print!("{}", importer::values::describe(path, &outcome));
                if let Outcome::Imported { report, .. } = &outcome
                    && report.observations == 0
                {
                    eprintln!("warning: {} held no values", path.display());
                }
            }
            Ok(())
        }
        Some(Command::List {
            what,
            level,
            country,
            dataset,
            format,
        }) => list(&ctx.store, what, level, country, dataset, format),
        Some(Command::Show {
            place,
            dataset,
            variable,
            period,
            format,
        }) => show(&ctx.store, &place, dataset, variable, period, format),
        Some(Command::Export {
            output,
            format,
            dataset,
            geo,
            estimates,
        }) => {
            let geo = match geo {
                Some(g) => Some(importer::places::resolve(&ctx.store, &g)?.code.to_string()),
                None => None,
            };
            let filter = SeriesFilter {
                geo,
                dataset,
                ..Default::default()
            };
            let writer = format.unwrap_or_else(|| ingest::write::for_file(output.as_deref()));
            let write = |out: &mut dyn std::io::Write| -> Result<u64, String> {
                if estimates {
                    let d = filter.dataset.as_deref().unwrap_or_default();
                    importer::export::estimates(&ctx.store, d, writer.name() == "json", out)
                } else {
                    importer::export::observations(&ctx.store, &filter, writer, out)
                }
                .map_err(|e| e.to_string())
            };
            let n = match &output {
                Some(path) => importer::export::to_file(path, write).map_err(anyhow::Error::msg)?,
                None => {
                    let stdout = std::io::stdout();
                    let mut lock = std::io::BufWriter::new(stdout.lock());
                    write(&mut lock).map_err(anyhow::Error::msg)?
                }
            };
            if output.is_some() {
                eprintln!(
                    "exported {n} {}",
                    if estimates {
                        "estimates"
                    } else {
                        "observations"
                    }
                );
            }
            Ok(())
        }
    }
}

fn overview(store: &Store) -> anyhow::Result<()> {
    let (heading, table) = importer::views::overview(store)?;
    println!("{heading}\n");
    print!("{}", table.render());
    println!(
        "\nNext: `observatory show Kosice`, `observatory list geographies --level city`, `observatory --help`."
    );
    Ok(())
}

fn list(
    store: &Store,
    what: ListWhat,
    level: Option<String>,
    country: Option<String>,
    dataset: Option<String>,
    format: OutputFormat,
) -> anyhow::Result<()> {
    use importer::views::Listing;
    let what = match what {
        ListWhat::Datasets => Listing::Datasets,
        ListWhat::Geographies => Listing::Geographies,
        ListWhat::Variables => Listing::Variables,
        ListWhat::Imports => Listing::Imports,
    };
    let (table, rows) = importer::views::list(
        store,
        what,
        level.as_deref(),
        country.as_deref(),
        dataset.as_deref(),
    )?;
    output::print(format, &table, &rows)
}

fn show(
    store: &Store,
    place: &str,
    dataset: Option<String>,
    variable: Option<String>,
    period: Option<String>,
    format: OutputFormat,
) -> anyhow::Result<()> {
    let geo = importer::places::resolve(store, place)?;
    let f = importer::views::figures(
        store,
        catalogue::active(),
        &geo,
        dataset,
        variable,
        period.as_deref(),
    )?;
    if format == OutputFormat::Table {
        println!("{}", geo.describe());
        if f.rows.is_empty() {
            println!(
                "no figures for this selection; `observatory list variables` shows what the store holds"
            );
            return Ok(());
        }
        let latest = if f.latest_only {
            " (latest period of each series)"
        } else {
            ""
        };
        println!("{} figures{latest}\n", f.rows.len());
    }
    output::print(format, &f.table, &f.rows)?;
    if format == OutputFormat::Table {
        if !f.flags.is_empty() {
            println!("\nflags: {}", f.flags.legend());
        }
        println!("sources: {}", f.sources.join("; "));
    }
    Ok(())
}
