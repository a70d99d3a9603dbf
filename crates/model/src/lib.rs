//! Domain types shared by every part of the observatory.
//!
//! What a value *means* lives here: which place (geography), which people (population
//! group), which time (period), with which status flags. This crate does no file I/O and
//! knows nothing of files, databases or HTTP, so that importers, the store, the engine
//! and the web layer all speak the same vocabulary.

pub mod checksum;
pub mod files;
pub mod flags;
pub mod funding;
pub mod geography;
pub mod group;
pub mod names;
pub mod observation;
pub mod period;

pub use flags::{Flag, Flags};
pub use funding::{BeneficiaryTotal, FundedOperation};
pub use geography::{GeoCode, GeoLevel, Geography};
pub use group::{AgeBand, Dimension, Origin, PermitReason, PopulationGroup, Sex};
pub use observation::{Observation, Provenance};
pub use period::Period;
