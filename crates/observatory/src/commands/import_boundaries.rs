//! `observatory import-boundaries FILE --city Berlin --scheme PLR --id-property id`:
//! the boundaries of a city's small areas (GeoJSON, or a shapefile with its `.dbf`) into
//! the store, so that maps and spatial indices can use them.
//!
//! Like a data import it is atomic (the whole file or nothing: a bad feature stops it with a
//! message naming the feature and what was wrong, before anything is written), idempotent
//! (the same bytes twice change nothing) and recorded in `imports` with file, SHA-256,
//! source and licence. Each area becomes the geography `CITY:SCHEME:id`, the code its
//! statistics use.

use crate::commands::Context;
use importer::boundaries::{self, BoundaryRequest};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  observatory import-boundaries lor_planungsraeume.geojson --city Berlin --scheme PLR --id-property id --name-property name
  observatory import-boundaries ZAEHLBEZIRKOGDPolygon.shp --city Wien --scheme ZBZ --id-property ZBEZ

The ids must be those of the statistics: an area with id 01011101 in scheme PLR of Berlin is
the geography DE001C:PLR:01011101. Importing a scheme again replaces its boundaries.")]
pub struct Args {
    /// Boundary file: GeoJSON (.geojson, .json) or shapefile (.shp, with its .dbf beside it)
    pub file: PathBuf,
    /// The city the areas belong to (name or code)
    #[arg(long)]
    pub city: String,
    /// The scheme of the area ids, as in the geography codes of the statistics (PLR, PRG, BEZ, DIS …)
    #[arg(long)]
    pub scheme: String,
    /// The property (GeoJSON) or .dbf field holding each area's id
    #[arg(long, default_value = "id")]
    pub id_property: String,
    /// The property or field holding each area's name
    #[arg(long)]
    pub name_property: Option<String>,
    /// What the areas are, for people [default: "<city> <scheme> areas"]
    #[arg(long)]
    pub label: Option<String>,
    /// The coordinate reference system, when the file does not state it (e.g. EPSG:4326)
    #[arg(long)]
    pub crs: Option<String>,
    /// Pad ids with leading zeros to this many digits (shapefiles often keep ids as numbers)
    #[arg(long)]
    pub id_digits: Option<usize>,
    /// Put this before every id, after padding (Vienna's statistics: --id-prefix 9)
    #[arg(long)]
    pub id_prefix: Option<String>,
    /// Correct a wrong id in the file: FEATURE=ID with the 1-based feature (record) number;
    /// the correction is kept in the import report
    #[arg(long = "fix-id", value_name = "FEATURE=ID")]
    pub fix_id: Vec<String>,
    /// Who published the boundaries (kept with the import)
    #[arg(long, default_value = "unspecified (give --source)")]
    pub source: String,
    /// Under which licence
    #[arg(long, default_value = "unspecified (give --licence)")]
    pub licence: String,
}

pub fn run(ctx: &mut Context, args: Args) -> anyhow::Result<()> {
    let city = importer::places::resolve(&ctx.store, &args.city)?;
    let request = BoundaryRequest {
        input: ingest::Input::file(&args.file),
        scheme: args.scheme,
        id_property: args.id_property,
        name_property: args.name_property,
        label: args.label,
        crs: args.crs,
        id_digits: args.id_digits,
        id_prefix: args.id_prefix,
        shapefile_parts: None,
        fix_id: args.fix_id,
        source: args.source,
        licence: args.licence,
    };
    let outcome = boundaries::import(&mut ctx.store, &city, &request)?;
    print!(
        "{}",
        boundaries::describe(&args.file, &city, &request.scheme, &outcome)
    );
    Ok(())
}
