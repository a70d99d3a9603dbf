//! The indicator catalogue and source mappings, as data: defined, read and checked once by
//! the `catalogue` crate (which the web reads too); re-exported so that the engine's users
//! keep writing `engine::catalogue::…`.

pub use ::catalogue::{
    Catalogue, CodeMap, Design, DesignMethod, DimensionMapping, GapKind, Indicator, Kind, Mapping,
    Reference, ReplicateColumns, model_dimension, sql_literal,
};
