//! One module per command added after the first ones (which live in `cli.rs`).
//! Each module has an `Args` struct (clap) and `pub fn run(ctx: &mut Context, args: Args)`;
//! `cli.rs` lists it as `Command::Name(commands::name::Args)` and dispatches to it.

pub mod benchmark;
pub mod compute;
pub mod generate_microdata;
pub mod import_boundaries;
pub mod map;
pub mod mentors;
pub mod peers;
pub mod segregation;
pub mod serve;
pub mod typology;
pub mod users;

use std::path::PathBuf;
use store::Store;

#[allow(dead_code)] // used by the command modules as they land
/// What every command gets: the open store and where the bundled data is.
#[derive(Debug)]
pub struct Context {
    pub store: Store,
    pub data_dir: PathBuf,
}
