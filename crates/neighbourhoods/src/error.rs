//! What can go wrong with small areas, each message saying where, what and what to do.
//!
//! The messages name the command-line options (`--groups`, `--change` …) because those are
//! what a person changes to fix the request; the web only meets the store and geometry
//! errors, whose messages do not depend on the shell.

use thiserror::Error;

/// An error of the neighbourhoods crate.
#[derive(Debug, Error)]
pub enum NeighbourhoodError {
    /// Reading counts or boundaries from the store failed.
    #[error(transparent)]
    Store(#[from] store::StoreError),
    /// The stored boundaries could not be read as geometry.
    #[error(transparent)]
    Geometry(#[from] spatial::SpatialError),
    /// A stored boundary is not a GeoJSON geometry (the store was written by something else).
    #[error(
        "the stored boundary of {geo} is not a GeoJSON geometry ({reason}): import the boundaries again with `observatory import-boundaries`"
    )]
    StoredGeometry { geo: String, reason: String },
    /// An index could not be computed from the counts.
    #[error(transparent)]
    Index(#[from] stats::segregation::SegregationError),
    /// A period as the user wrote it is not one.
    #[error(transparent)]
    Period(#[from] model::period::BadPeriod),
    /// A group name is neither an alias nor a stored group key.
    #[error(
        "{source}; or one of the names foreigners, germans, migration-background, no-migration-background, total"
    )]
    UnknownGroup { source: model::group::BadGroup },
    /// The datasets hold more than one variable and none was chosen.
    #[error(
        "the small-area data holds several variables ({variables}): choose one with --variable"
    )]
    SeveralVariables { variables: String },
    /// No dataset was given and the city has no default one.
    #[error(
        "give --dataset: the dataset with this city's counts by area and group (`observatory list datasets`)"
    )]
    NoDataset,
    /// `--groups` did not name two groups.
    #[error("--groups {given}: expected two groups A,B (e.g. foreigners,germans)")]
    GroupPair { given: String },
    /// `--groups` named the same group twice.
    #[error("--groups: the two groups are the same")]
    SameGroups,
    /// An index name not in the registry.
    #[error("unknown index '{name}': choose among {known} (`--index list` explains them)")]
    UnknownIndex { name: String, known: String },
    /// `--change` is not FROM:TO.
    #[error("--change {given}: expected FROM:TO, e.g. 2015-S1:2020-S2")]
    ChangeSpan { given: String },
    /// The store holds no counts of the city's areas at this level.
    #[error(
        "no counts by area for {city} ({code}) at level '{level}' in {datasets}: `observatory list geographies --country {country}` shows the areas in the store"
    )]
    NoCounts {
        city: String,
        code: String,
        level: String,
        datasets: String,
        country: String,
    },
    /// The store holds no counts of the city's areas at this level for the map's period.
    #[error("no counts by area for {city} ({code}) at level '{level}'{period}")]
    NoMapCounts {
        city: String,
        code: String,
        level: String,
        /// ` in 2020-S2`, or empty.
        period: String,
    },
    /// The period asked for is not in the data.
    #[error("no counts for {period} at level '{level}': periods in the store are {periods}")]
    NoPeriod {
        period: String,
        level: String,
        periods: String,
    },
    /// One period of `--change` is not in the data.
    #[error("--change: no counts for {period} at this level")]
    NoChangePeriod { period: String },
    /// The two periods of `--change` use different area sets.
    #[error(
        "--change {from}:{to}: the two periods use different area sets ({set_from} and {set_to}), which cannot be compared area by area; compare periods within one set (in Berlin 2015-S1…2020-S2, or 2021-S1…2024-S2)"
    )]
    ChangeAcrossSets {
        from: String,
        to: String,
        set_from: String,
        set_to: String,
    },
    /// The groups of `--change` are not counted in one of the periods.
    #[error("--change: the groups are not in the data")]
    ChangeGroups,
    /// `--min-residents` below one.
    #[error("--min-residents: expected at least 1")]
    MinResidents,
    /// `--variable` of the map is not a known variable or group.
    #[error("--variable {given}: expected foreign_share, location_quotient or a group: {reason}")]
    MapVariable { given: String, reason: String },
    /// The map's group is everybody.
    #[error("--variable: a share of everybody is 100% everywhere; choose a group")]
    MapOfEverybody,
    /// The period asked for has no boundaries.
    #[error(
        "no boundaries for this area set: the {area_set} of {city} are not in the store (in Berlin the 542 planning areas of 2021 and later have no geometry here: use --level forecast-areas or districts, or a period up to 2020-S2), or import them with `observatory import-boundaries`"
    )]
    NoBoundariesForPeriod { area_set: String, city: String },
    /// No period of the level has boundaries.
    #[error(
        "no boundaries for the {level} of {city} in the store: import them with `observatory import-boundaries`"
    )]
    NoBoundaries { level: String, city: String },
    /// The period has no count of all residents by area (needed for shares).
    #[error("{period}: no count of all residents per area")]
    NoResidents { period: String },
    /// The period has no counts of the map's group by area.
    #[error("{period}: no counts of {label} ({key}) per area")]
    NoGroupCounts {
        period: String,
        label: String,
        key: String,
    },
}
