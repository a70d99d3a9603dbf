//! Neighbourhoods: how migrant groups live across a city's small areas.
//!
//! What it is for: everything the command line (`observatory segregation`, `observatory
//! map`) and the web (`/neighbourhoods`, `/api/v1/cities/{code}/segregation`) both need
//! about small areas — which area set a level means, each area's counts by group read from
//! the store, the areas' boundaries put into kilometres, the registry of segregation indices
//! with their plain-language labels and the dispatch computing each, a whole segregation
//! report (periods × indices, spatial and multigroup indices, change with its decomposition
//! and permutation test) and the values of a choropleth map, all as typed, serialisable
//! structs.
//!
//! What it must not do: parse command-line arguments, print, or know about HTTP (the shells
//! do that); implement an index or a geometric measure itself (those live in
//! `stats::segregation` and `spatial`, which take plain numbers); or write to the store.

mod areas;
mod boundaries;
pub mod city;
mod error;
pub mod indices;
pub mod map;
pub mod origins;
pub mod report;

pub use areas::{BERLIN, GroupSpec, Level, PeriodCounts, datasets_for, load_counts, scheme_label};
pub use boundaries::{Boundaries, crs_is_geographic};
pub use error::NeighbourhoodError;
pub use indices::{Family, INDICES, IndexDef};
pub use map::{MapData, MapRequest, MapRow, MapVariable};
pub use report::{Figure, PeriodSummary, SegregationReport, SegregationRequest};

/// Results of this crate.
pub type Result<T, E = NeighbourhoodError> = std::result::Result<T, E>;
