//! `observatory funding import|matrix` and `observatory practices search|recommend`: the
//! funding map and the practice library from the command line.

use super::Context;
use crate::output::{self, OutputFormat, table_of};
use std::path::PathBuf;

#[derive(Debug, clap::Subcommand)]
pub enum Funding {
    /// Import a list of funded operations (a city's register, or a published list with --as-published)
    Import {
        file: PathBuf,
        /// A managing authority's list as published: rows without an amount or a fund are kept as gaps
        #[arg(long)]
        as_published: bool,
        #[arg(long, default_value = "the city's funding register")]
        source: String,
        #[arg(long, default_value = "the city's own data")]
        licence: String,
    },
    /// A place's matrix of fields of action x target groups, its gaps and possible duplications
    Matrix {
        /// A place of catalogue/funding/places.toml (DE300, HR04B, EL30, …) or a country (HR)
        place: String,
        #[arg(long, value_enum, default_value = "table")]
        format: OutputFormat,
    },
}

#[derive(Debug, clap::Subcommand)]
pub enum Practices {
    /// Practices matching words (accents and case ignored, across the records' languages), best first
    Search {
        query: String,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(long, value_enum, default_value = "table")]
        format: OutputFormat,
    },
    /// The practices recommended to a city, and why
    Recommend {
        city: String,
        #[arg(long, value_enum, default_value = "table")]
        format: OutputFormat,
    },
}

fn rules() -> anyhow::Result<funding::Rules> {
    Ok(funding::Rules::from_catalogue(catalogue::active())?)
}

pub fn funding(ctx: &mut Context, command: Funding) -> anyhow::Result<()> {
    match command {
        Funding::Import {
            file,
            as_published,
            source,
            licence,
        } => {
            let bytes =
                std::fs::read(&file).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            let request = funding::ImportRequest {
                file_name: &name,
                bytes: &bytes,
                source: &source,
                licence: &licence,
                as_published,
            };
            match funding::import(&mut ctx.store, request, &rules()?)? {
                funding::Outcome::Imported {
                    import_id,
                    operations,
                    beneficiary_totals: totals,
                    report,
                } => {
                    println!(
                        "{name}: {operations} funded operations, {totals} beneficiaries' totals imported (import {import_id})"
                    );
                    report.notes.iter().for_each(|n| println!("  note: {n}"));
                }
                funding::Outcome::AlreadyImported(r) => {
                    println!(
                        "{name}: already imported on {} (import {}): nothing to do",
                        r.imported_at, r.id
                    )
                }
            }
            Ok(())
        }
        Funding::Matrix { place, format } => {
            let map = funding::funding_map(&ctx.store, &rules()?, &place)?;
            if matches!(format, OutputFormat::Table) {
                print!("{}", funding::report::text(&map));
                return Ok(());
            }
            let cells = table_of(&map.cells, "field, group, projects, eur");
            output::print(format, &cells, &map)
        }
    }
}

pub fn practices(ctx: &mut Context, command: Practices) -> anyhow::Result<()> {
    let library = practices::Library::from_catalogue(catalogue::active())?;
    match command {
        Practices::Search {
            query,
            limit,
            format,
        } => {
            let search = practices::Search {
                text: query,
                limit,
                ..Default::default()
            };
            let found = practices::search(&ctx.store, &library, &search)?;
            let rows: Vec<practices::PracticeRow> = found
                .hits
                .iter()
                .map(|h| practices::PracticeRow::of(&h.practice))
                .collect();
            let table = table_of(
                &rows,
                "id=practice_id, title, city, from=period_start, to=period_end, evidence=evidence_level",
            );
            output::print(format, &table, &rows)
        }
        Practices::Recommend { city, format } => {
            let geo = importer::places::resolve(&ctx.store, &city)?;
            let cities = peers::Cities::load(&ctx.store)?;
            let r = practices::recommend::recommend(
                &ctx.store,
                &cities,
                &library,
                &geo.code.to_string(),
            )?;
            if let Some(empty) = &r.empty {
                println!("{empty}");
            }
            let table = table_of(
                &r.recommendations,
                "id=practice_id, title, from=from_city, relation, score, reason",
            );
            output::print(format, &table, &r)
        }
    }
}
