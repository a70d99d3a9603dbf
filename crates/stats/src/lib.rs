//! Pure numerics of the observatory.
//!
//! Everything here is a function of numbers in memory: no files, no database, no async.
//! The engine and the web layer call into it; it calls nothing of theirs. Each module
//! documents its formulas with references, and its tests check them against reference
//! values from peer software (`data/oracles/`) or hand-checked inputs.

pub mod disclosure;
pub mod peers;
pub mod quantile;
pub mod rng;
pub mod segregation;
pub mod survey;
