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

use crate::commands::Context;
use crate::commands::small_areas::{
    BERLIN, Boundaries, GroupSpec, Level, datasets_for, load_counts, scheme_label,
};
use crate::output::{self, OutputFormat, Table};
use crate::places;
use model::Period;
use serde::Serialize;
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

#[derive(Debug, Serialize)]
struct Row {
    area: String,
    name: String,
    residents: Option<f64>,
    group: Option<f64>,
    value: Option<f64>,
    shown: &'static str,
}

enum Variable {
    Share(GroupSpec),
    LocationQuotient(GroupSpec),
}

pub fn run(ctx: &mut Context, args: Args) -> Result<(), String> {
    let store = &ctx.store;
    let city = places::resolve(store, &args.city)?;
    let code = city.code.to_string();
    let level = Level::parse(&args.level);
    if args.min_residents < 1.0 {
        return Err("--min-residents: expected at least 1".into());
    }
    let variable = match args.variable.as_str() {
        "foreign_share" => Variable::Share(GroupSpec::parse("foreigners")?),
        "location_quotient" => Variable::LocationQuotient(GroupSpec::parse(&args.group)?),
        other => Variable::Share(GroupSpec::parse(other).map_err(|e| {
            format!("--variable {other}: expected foreign_share, location_quotient or a group: {e}")
        })?),
    };
    let group = match &variable {
        Variable::Share(g) | Variable::LocationQuotient(g) => g.clone(),
    };
    if group.key.is_empty() {
        return Err("--variable: a share of everybody is 100% everywhere; choose a group".into());
    }
    let datasets = match (&args.dataset, code.as_str()) {
        (None, BERLIN)
            if group.key.starts_with("background=") && group.key != "background=WITH" =>
        {
            vec!["berlin_lor_t1".to_string(), "berlin_lor_t4".to_string()]
        }
        (None, BERLIN) => vec!["berlin_lor_t1".to_string()],
        (d, _) => datasets_for(&code, d.as_deref())?,
    };
    let period = match &args.period {
        Some(p) => Some(Period::parse(p.trim()).map_err(|e| e.to_string())?),
        None => None,
    };
    let all = load_counts(store, &code, &datasets, None, &level, period)?;
    if all.is_empty() {
        return Err(format!(
            "no counts by area for {} ({code}) at level '{}'{}",
            city.name,
            level.name,
            period.map(|p| format!(" in {p}")).unwrap_or_default()
        ));
    }
    // The latest period whose areas have boundaries (or the one asked for).
    let mut chosen = None;
    for pc in all.iter().rev() {
        if let Some(b) = Boundaries::load(store, &code, &pc.scheme)? {
            chosen = Some((pc, b));
            break;
        }
        if period.is_some() {
            return Err(format!(
                "no boundaries for this area set: the {} of {} are not in the store (in Berlin the 542 planning areas of 2021 and later have no geometry here: use --level forecast-areas or districts, or a period up to 2020-S2), or import them with `observatory import-boundaries`",
                scheme_label(&pc.scheme),
                city.name
            ));
        }
    }
    let Some((pc, bounds)) = chosen else {
        return Err(format!(
            "no boundaries for the {} of {} in the store: import them with `observatory import-boundaries`",
            level.name, city.name
        ));
    };
    let totals = pc
        .group("")
        .ok_or_else(|| format!("{}: no count of all residents per area", pc.period))?;
    let counts = pc.group(&group.key).ok_or_else(|| {
        format!(
            "{}: no counts of {} ({}) per area",
            pc.period, group.label, group.key
        )
    })?;
    let (mut gx, mut gt) = (0.0, 0.0);
    for (x, t) in counts.iter().zip(totals) {
        if let (Some(x), Some(t)) = (x, t) {
            gx += x;
            gt += t;
        }
    }
    let city_share = if gt > 0.0 { gx / gt } else { f64::NAN };

    // Every area with a boundary or a count, by code.
    let mut codes = bounds.codes();
    for a in &pc.areas {
        if !codes.contains(a) {
            codes.push(a.clone());
        }
    }
    codes.sort();
    let min = args.min_residents;
    let rows: Vec<Row> = codes
        .iter()
        .map(|c| {
            let i = pc.areas.iter().position(|a| a == c);
            let t = i.and_then(|i| totals[i]);
            let x = i.and_then(|i| counts[i]);
            let id = c.rsplit(':').next().unwrap_or(c);
            let name = match bounds.name(c) {
                Some(n) => format!("{n} ({id})"),
                None => i.map_or_else(|| c.clone(), |i| pc.names[i].clone()),
            };
            let (value, shown) = match (x, t) {
                (Some(_), Some(t)) if t < min => (None, "not shown (few residents)"),
                (Some(x), Some(t)) => {
                    let share = x / t;
                    match variable {
                        Variable::Share(_) => (Some(100.0 * share), "shown"),
                        Variable::LocationQuotient(_) => (Some(share / city_share), "shown"),
                    }
                }
                _ => (None, "no data"),
            };
            let few = shown != "shown";
            Row {
                area: c.clone(),
                name,
                residents: t,
                group: if few { None } else { x },
                value,
                shown,
            }
        })
        .collect();

    let (title_what, value_label, decimals) = match &variable {
        Variable::Share(g) => (
            format!("{} as a share of residents", capitalise(&g.label)),
            format!("{} (% of residents)", capitalise(&g.label)),
            1,
        ),
        Variable::LocationQuotient(g) => (
            format!("Location quotient of {}", g.label),
            format!("Location quotient of {} (1 = city)", g.label),
            2,
        ),
    };
    let suppressed = rows
        .iter()
        .filter(|r| r.shown == "not shown (few residents)")
        .count();
    let no_data = rows.iter().filter(|r| r.shown == "no data").count();

    if args.table {
        let mut t = Table::new(vec!["area", "name", "residents", "group", "value", "note"]);
        for r in &rows {
            t.push(vec![
                r.area.clone(),
                r.name.clone(),
                match (r.residents, r.shown) {
                    (Some(_), "not shown (few residents)") => format!("<{}", output::number(min)),
                    (Some(v), _) => output::number(v),
                    (None, _) => String::new(),
                },
                r.group.map(output::number).unwrap_or_default(),
                r.value
                    .map(|v| format!("{v:.decimals$}"))
                    .unwrap_or_default(),
                if r.shown == "shown" {
                    String::new()
                } else {
                    r.shown.to_string()
                },
            ]);
        }
        if args.format == OutputFormat::Table {
            println!(
                "{title_what}, {} {}, {} — value: {value_label}; city: {}",
                city.name,
                scheme_label(&pc.scheme),
                pc.period,
                match variable {
                    Variable::Share(_) => format!("{:.1}%", 100.0 * city_share),
                    Variable::LocationQuotient(_) => "1".into(),
                }
            );
        }
        output::print(args.format, &t, &rows)?;
        if args.format == OutputFormat::Table {
            println!(
                "Areas with fewer than {} residents are not shown (small-cell rule). Source: {}",
                output::number(min),
                pc.sources.iter().cloned().collect::<Vec<_>>().join("; ")
            );
        }
        return Ok(());
    }

    let areas: Vec<spatial::MultiPolygon> = rows
        .iter()
        .map(|r| bounds.geometry(&r.area).cloned().unwrap_or_default())
        .collect();
    let names: Vec<String> = rows
        .iter()
        .map(|r| match r.shown {
            "shown" => r.name.clone(),
            other => format!("{} — {other}", r.name),
        })
        .collect();
    let values: Vec<Option<f64>> = rows.iter().map(|r| r.value).collect();
    let drawn = areas.iter().filter(|a| !a.is_empty()).count();
    let description = format!(
        "{title_what} in each of the {drawn} {} of {}, {}{}. City-wide: {}. Counts: {}. Boundaries: {} ({}; {}), coordinates in {}. Areas with fewer than {} residents are not shown ({suppressed} hidden, {no_data} without data; hatched grey), so that no share rests on a handful of people who could be recognised. The map shows where people live; it is not a ranking of neighbourhoods. A table of the same values: `observatory map {} --variable {} --period {} --level {} --table`.",
        scheme_label(&pc.scheme),
        city.name,
        pc.period,
        period_date(pc.period),
        match variable {
            Variable::Share(_) => format!("{:.1}%", 100.0 * city_share),
            Variable::LocationQuotient(_) => format!(
                "1 by definition ({:.1}% of residents are {})",
                100.0 * city_share,
                group.label
            ),
        },
        pc.sources.iter().cloned().collect::<Vec<_>>().join("; "),
        bounds.set.label,
        bounds.set.source,
        bounds.set.licence,
        bounds.set.crs,
        output::number(min),
        args.city,
        args.variable,
        pc.period,
        args.level,
    );
    let options = ChoroplethOptions {
        title: format!(
            "{title_what}, {} {}, {}",
            city.name,
            scheme_label(&pc.scheme),
            pc.period
        ),
        description,
        value_label,
        width: 720.0,
        classes: args.classes,
        decimals,
        projection: Projection::Auto,
    };
    let svg =
        spatial::choropleth_svg(&areas, &names, &values, &options).map_err(|e| e.to_string())?;
    // The renderer's legend calls areas without a value "no value"; here they are hidden on
    // purpose (or have no data), and the legend says so.
    let missing_label = match (suppressed, no_data) {
        (0, _) => ">no data (",
        (_, 0) => ">hidden: few residents (",
        _ => ">hidden or no data (",
    };
    let svg = svg.replace(">no value (", missing_label);
    match &args.output {
        Some(path) => {
            let tmp = path.with_extension("partial");
            std::fs::write(&tmp, svg.as_bytes()).map_err(|e| format!("{}: {e}", tmp.display()))?;
            std::fs::rename(&tmp, path).map_err(|e| format!("{}: {e}", path.display()))?;
            eprintln!(
                "wrote {} ({drawn} areas, {} {}, {suppressed} not shown for few residents)",
                path.display(),
                scheme_label(&pc.scheme),
                pc.period
            );
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            lock.write_all(svg.as_bytes()).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// The reference date of a period, where the period has one (half-years: end of June or
/// December, as Berlin's register counts).
fn period_date(p: Period) -> String {
    match p {
        Period::HalfYear(y, 1) => format!(" (30 June {y})"),
        Period::HalfYear(y, _) => format!(" (31 December {y})"),
        _ => String::new(),
    }
}
