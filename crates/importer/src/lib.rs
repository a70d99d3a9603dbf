//! The import pipeline: files and uploads of values and of small-area boundaries into the
//! store, each in one transaction (a bad row or feature leaves the store untouched), each
//! idempotent (the same bytes twice change nothing) and recorded with its provenance;
//! the bundled data loaded on the first start; and place resolution, the same rules for
//! the command line and the web.
//!
//! The CLI and the web call this crate; neither holds a second copy of it. Reading formats
//! is `ingest`'s job and SQL is `store`'s: this crate only joins them. It must not print,
//! parse arguments or know about HTTP.

// ImportError carries a reader's whole location (file, line, column name) so that a
// refused file says where; it is built once per failed import, so its size does not matter.
#![allow(clippy::result_large_err)]

pub mod boundaries;
pub mod bundle;
pub mod drafts;
mod error;
pub mod export;
pub mod places;
pub mod plausibility;
pub mod values;
pub mod views;

pub use error::ImportError;
pub use values::{Outcome, Request, import};
