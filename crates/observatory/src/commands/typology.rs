//! `observatory typology`: all cities grouped into context types.

use super::Context;
use crate::output::{self, OutputFormat, Table};
use peers::Cities;

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Types come from k-means on the standardised typology features (size, population growth,
foreign-born share and its 5-year change, unemployment proxy, students), k from 4 to 8 by the
best silhouette, with a fixed seed: the same data always gives the same types.

Examples:
  observatory typology
  observatory typology --members --format csv > types.csv")]
pub struct Args {
    /// List every city with its type instead of the types
    #[arg(long)]
    pub members: bool,
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

pub fn run(ctx: &mut Context, args: Args) -> anyhow::Result<()> {
    let cities = Cities::load(&ctx.store)?;
    let ty = cities.typology();
    if args.members {
        let mut t = Table::new(vec![
            "code",
            "city",
            "country",
            "type",
            "label",
            "placed by",
        ]);
        for p in cities.profiles() {
            t.push(vec![
                p.code.clone(),
                p.name.clone(),
                p.country.clone(),
                p.context_type
                    .as_ref()
                    .map(|t| t.id.to_string())
                    .unwrap_or_default(),
                p.context_type
                    .as_ref()
                    .map(|t| t.label.clone())
                    .unwrap_or_else(|| "(too few features)".into()),
                p.context_type
                    .as_ref()
                    .map(|t| {
                        if t.complete {
                            "all features"
                        } else {
                            "the features it has"
                        }
                    })
                    .unwrap_or_default()
                    .to_string(),
            ]);
        }
        let rows: Vec<_> = cities
            .profiles()
            .iter()
            .map(|p| (&p.code, &p.name, &p.context_type))
            .collect();
        return output::print(args.format, &t, &rows);
    }
    let mut t = Table::new(vec!["type", "label", "cities", "largest", "traits"]);
    for c in &ty.types {
        t.push(vec![
            c.id.to_string(),
            c.label.clone(),
            c.size.to_string(),
            c.examples
                .iter()
                .map(|e| e.name.clone())
                .collect::<Vec<_>>()
                .join(", "),
            c.traits
                .iter()
                .take(3)
                .map(|t| t.text.clone())
                .collect::<Vec<_>>()
                .join("; "),
        ]);
    }
    if args.format != OutputFormat::Table {
        return output::print(args.format, &t, ty);
    }
    println!(
        "{} context types of {} cities ({} with every feature, {} placed by the features they have, {} left out)",
        ty.k,
        cities.len(),
        ty.clustered,
        ty.placed_by_partial_profile,
        ty.unassigned.len()
    );
    println!("method: {}", ty.method);
    println!(
        "mean silhouette by k: {}\n",
        ty.silhouette
            .iter()
            .map(|s| format!("{} → {:.3}", s.k, s.silhouette))
            .collect::<Vec<_>>()
            .join(", ")
    );
    t.header.truncate(4);
    for r in &mut t.rows {
        r.truncate(4);
    }
    print!("{}", t.render());
    for c in &ty.types {
        println!("\n{} {}:", c.id, c.label);
        for tr in &c.traits {
            println!("  {:+.2}  {}", tr.centre_z, tr.text);
        }
    }
    Ok(())
}
