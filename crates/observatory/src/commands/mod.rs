//! One module per command added after the first ones (which live in `cli.rs`).
//! Each module has an `Args` struct (clap) and `pub fn run(ctx: &mut Context, args: Args)`;
//! `cli.rs` lists it as `Command::Name(commands::name::Args)` and dispatches to it.

pub mod benchmark;
pub mod compute;
pub mod forecast;
pub mod funding;
pub mod generate_microdata;
pub mod import_boundaries;
pub mod map;
pub mod mentors;
pub mod peers;
pub mod progress;
pub mod project;
pub mod report;
pub mod segregation;
pub mod serve;
pub mod typology;

use std::path::Path;
use std::sync::Arc;
use store::Store;

/// Chooses the program's catalogue once (see `catalogue::Catalogue::locate`), checked
/// before any command reads it.
pub fn use_catalogue(explicit: Option<&Path>, data_dir: Option<&Path>) -> anyhow::Result<()> {
    let cat = catalogue::Catalogue::locate(explicit, data_dir)?;
    ::peers::check_features(&cat)?;
    // A catalogue folder may carry its own messages (`<folder>/i18n/<lang>/*.ftl`).
    let own = match &cat.origin {
        catalogue::Origin::Folder(dir) => Some(dir.join("i18n")),
        catalogue::Origin::Embedded => None,
    };
    i18n::install(i18n::Messages::located(own.as_deref())?);
    Ok(catalogue::install(Arc::new(cat))?)
}

/// What every command gets: the open store, and the bundled data (for worked examples).
#[derive(Debug)]
pub struct Context {
    pub store: Store,
    pub bundle: importer::bundle::Bundle,
}
