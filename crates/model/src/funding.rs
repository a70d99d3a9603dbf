//! Funded operations: one project of a managing authority's published list of operations
//! (the list that EU transparency rules require), or of a city's own funding register.
//!
//! What the source says is kept as it says it (names, location, category of
//! intervention, amounts in the source's currency); what the observatory makes of it —
//! fields of action, target groups, the place on the map, euros — is decided later by the
//! `funding` crate from data files, so that a better mapping needs no re-import.

use serde::{Deserialize, Serialize};

/// The funds an operation can name. A published list may name a mix (`ESF/YEI`).
pub const FUNDS: &[&str] = &[
    "ESF",
    "ESF+",
    "YEI",
    "ERDF",
    "CF",
    "AMIF",
    "AMF",
    "ISF",
    "EAFRD",
    "EMFF",
    "national",
    "regional",
    "municipal",
    "foundation",
];

/// One funded operation (project).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct FundedOperation {
    /// The line of the source file (1 = header), for messages.
    pub line: u64,
    /// Which list: publisher, list and date (`DE-Berlin-ESF-2014-2020-list-2016-03-30`).
    pub list: String,
    /// The operation's code in the list, where it has one.
    pub record_id: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// The funds named (`["ESF", "YEI"]`); empty only where a published list names none.
    pub funds: Vec<String>,
    pub programme_cci: String,
    pub programme: String,
    pub priority: String,
    pub name: String,
    pub summary: String,
    pub beneficiary: String,
    /// A national identifier where the list gives one (`OIB:…`, `ICO:…`).
    pub beneficiary_id: String,
    /// The location as the source gives it (county, address, NUTS label).
    pub location: String,
    pub postcode: String,
    pub nuts: String,
    /// Total eligible cost, in `currency`; `None` where the source publishes none.
    pub total: Option<f64>,
    /// The EU amount, in `currency`.
    pub eu: Option<f64>,
    pub currency: String,
    /// ISO dates (`YYYY-MM-DD`).
    pub start: Option<String>,
    pub end: Option<String>,
    /// The category of intervention as given (`109 - Aktive Inklusion…`).
    pub category: String,
    /// How many rows of the list are this same project (Croatia lists a project once per
    /// county with the full amount): amounts are shared out by it, never counted twice.
    pub rows_for_project: u32,
    /// Fields of action and target groups a city's register states itself (a published
    /// list leaves them empty: they are read from its category and text).
    pub fields: Vec<String>,
    pub target_groups: Vec<String>,
    /// The migrant-related words the list's compiler found in the name or summary.
    pub migrant_terms: String,
    pub source_url: String,
}

/// What one beneficiary received in a region, over all its projects, as the European
/// Commission's Kohesio portal totals it: no project names, funds or dates — a map layer
/// of who receives money where, not a list of operations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct BeneficiaryTotal {
    pub line: u64,
    /// The country's English name as Kohesio gives it ("Croatia").
    pub country: String,
    /// Kohesio's region label ("Osječko-baranjska županija", "Košice Region").
    pub region: String,
    pub beneficiary: String,
    /// The name in Latin letters, where Kohesio gives one.
    pub transliterated: String,
    /// Total budget of the beneficiary's projects in the region, in euros.
    pub total_eur: Option<f64>,
    /// Its EU contribution, in euros.
    pub eu_eur: Option<f64>,
    pub projects: u32,
}
