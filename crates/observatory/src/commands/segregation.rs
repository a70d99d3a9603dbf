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
use crate::places;
use neighbourhoods::report::{
    self, SegregationReport, SegregationRequest, parse_change, parse_group_list, parse_group_pair,
    parse_period,
};
use neighbourhoods::{Family, INDICES, Level, datasets_for, indices};

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

pub fn run(ctx: &mut Context, args: Args) -> Result<(), String> {
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
    let e = |e: neighbourhoods::NeighbourhoodError| e.to_string();
    let store = &ctx.store;
    let city = places::resolve(store, &args.city)?;
    let code = city.code.to_string();
    let level = Level::parse(&args.level);
    let datasets = datasets_for(&code, args.dataset.as_deref()).map_err(e)?;
    let (group_a, group_b) = parse_group_pair(&args.groups, &code).map_err(e)?;
    let request = SegregationRequest {
        indices: indices::select(args.index.as_deref()).map_err(e)?,
        period: args
            .period
            .as_deref()
            .map(parse_period)
            .transpose()
            .map_err(e)?,
        change: args
            .change
            .as_deref()
            .map(parse_change)
            .transpose()
            .map_err(e)?,
        multigroup: args
            .multigroup
            .as_deref()
            .map(parse_group_list)
            .transpose()
            .map_err(e)?,
        city_code: code,
        city_name: city.name.clone(),
        group_a,
        group_b,
        level,
        datasets,
        variable: args.variable.clone(),
        replicates: args.replicates,
    };
    let report = report::segregation_report(store, &request).map_err(e)?;
    match args.format {
        OutputFormat::Json => {
            println!(
                "{}",
                serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?
            );
            Ok(())
        }
        OutputFormat::Csv => {
            let mut out = std::io::stdout().lock();
            report.write_csv(&mut out).map_err(|e| e.to_string())
        }
        OutputFormat::Table => {
            print_tables(&report);
            Ok(())
        }
    }
}

fn print_tables(report: &SegregationReport) {
    let (a, b) = (&report.group_a, &report.group_b);
    println!(
        "{} ({}): where {} ({}) live compared with {} ({}), {}",
        report.city,
        report.code,
        a.label,
        if a.key.is_empty() { "all" } else { &a.key },
        b.label,
        if b.key.is_empty() { "all" } else { &b.key },
        report.level.replace('-', " ")
    );
    println!("counts: {}", report.sources.join("; "));
    for bn in &report.boundaries {
        println!("boundaries: {bn}");
    }
    println!();
    let periods = report.period_names();
    if periods.len() > 1 {
        println!(
            "Over time — dissimilarity: share of {} who would have to move for an even distribution",
            a.label
        );
        // A header naming the group; leaked once, this process prints and ends.
        let share_header: &'static str =
            Box::leak(format!("share of {}", a.label).into_boxed_str());
        let with_spatial = report.has_spatial_dissimilarity();
        let mut header = vec!["period", "areas", share_header, "dissimilarity"];
        if with_spatial {
            header.push("spatial dissimilarity");
        }
        let mut t = Table::new(header);
        let index = |v: Option<f64>| v.map(fixed).unwrap_or_else(|| "–".into());
        for tp in report.over_time() {
            let mut row = vec![
                tp.period,
                format!("{} {}", tp.areas, tp.area_set),
                tp.share_a.map(|s| format!("{s:.1}%")).unwrap_or_default(),
                index(tp.dissimilarity),
            ];
            if with_spatial {
                row.push(index(tp.spatial_dissimilarity));
            }
            t.push(row);
        }
        print!("{}", t.render());
        if with_spatial {
            println!("(–: no boundaries for this area set in the store)");
        }
        println!();
    }
    // Every index of the latest period shown (or the one asked for).
    let latest = periods.last().into_iter().flat_map(|last| {
        [
            (Family::TwoGroup, "Indices"),
            (Family::Multigroup, "Multigroup indices"),
        ]
        .into_iter()
        .filter_map(|(family, title)| Some((title, report.index_group(last, family)?)))
    });
    for (title, g) in latest {
        print!("{title}, {}, {} {}", g.period, g.areas, g.area_set);
        if g.family == Family::Multigroup {
            print!(" — groups: {}", report.multigroup_groups.join(", "));
        }
        println!();
        let mut t = Table::new(vec!["index", "value", "what it means"]);
        if let Some((n, reason)) = &g.unavailable {
            t.push(vec![
                format!("{n} spatial indices"),
                "–".into(),
                reason.clone(),
            ]);
        }
        for f in &g.figures {
            t.push(vec![
                f.index.to_string(),
                f.value.map(fixed).unwrap_or_else(|| "–".into()),
                match &f.note {
                    Some(n) => format!("{} — {n}", f.label),
                    None => f.label.clone(),
                },
            ]);
        }
        print!("{}", t.render());
        println!();
    }
    let change = report.change();
    if let Some(first) = change.first() {
        println!(
            "Change {}, {} {}",
            first.period, first.areas, first.area_set
        );
        let mut t = Table::new(vec!["", "value", "what it means"]);
        for f in change {
            t.push(vec![
                f.index.to_string(),
                f.value.map(fixed).unwrap_or_default(),
                f.label.clone(),
            ]);
        }
        print!("{}", t.render());
        println!();
    }
    for n in &report.notes {
        println!("note: {n}");
    }
    println!(
        "These indices describe how unevenly groups live across the city; they say nothing about any one neighbourhood or its residents."
    );
}

/// Index values with four decimals, so that a column of them lines up.
fn fixed(v: f64) -> String {
    format!("{v:.4}")
}
