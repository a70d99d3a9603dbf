//! The shapes of the API's answers, for the OpenAPI document.
//!
//! Answers the API assembles itself ([`CityAnswer`], [`Segregation`], [`Compare`],
//! [`Indicators`], [`ImportOut`], [`SubmissionAnswer`], [`CreatedUser`], and
//! `ObservationOut` in the parent module) are the types handlers serialise, so their schema
//! is theirs by construction. Values of other crates inside them (`model::Geography`,
//! `peers::Profile`, `store::submissions::Submission`, …) cannot carry this crate's derive,
//! so each has a schema twin here, named as in the document, written field by field from
//! the type's serde form; schemathesis (`e2e/schemathesis.sh`, in `.ci/run`) checks every
//! answer of the running server against them.

#![allow(dead_code)] // The twins are read by the derive only.

use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::openapi::schema::{Object, ObjectBuilder, Schema, Type};
use utoipa::openapi::{RefOr, schema::AdditionalProperties};
use utoipa::{PartialSchema, ToSchema};

// ---- answers assembled here ----------------------------------------------------------

/// A city's geography and context profile.
#[derive(Debug, Serialize, ToSchema)]
pub struct CityAnswer {
    #[schema(value_type = Geography)]
    pub geography: model::Geography,
    /// Null when the city has too few figures for a profile.
    #[schema(value_type = Option<Profile>)]
    pub profile: Option<peers::Profile>,
}

/// One segregation index of a city.
#[derive(Debug, Serialize, ToSchema)]
pub struct IndexValue {
    pub index: String,
    pub meaning: String,
    pub value: f64,
}

/// A group's share per small area, the segregation indices, over time and their change.
#[derive(Debug, Serialize, ToSchema)]
pub struct Segregation {
    pub city: String,
    pub name: String,
    pub areas_scheme: String,
    pub period: String,
    pub dataset: String,
    pub source: String,
    /// The stored key of the group shown (`citizen=FOR`).
    pub group: String,
    /// What is counted (`inhabitants`; Vienna's `mig_ext_in`, moves in from abroad) and
    /// its name: every share is of this count.
    pub measure: String,
    pub measure_label: String,
    /// The group's share of the whole city, percent.
    pub city_share: Option<f64>,
    pub indices: Vec<IndexValue>,
    /// The group's share and its dissimilarity in every period of the area set.
    #[schema(value_type = Vec<TimeRow>)]
    pub over_time: Vec<crate::routes::neighbourhoods::TimeRow>,
    /// With `from`: the dissimilarity's change, its composition and redistribution parts
    /// and the permutation test's p-value.
    #[schema(value_type = Option<Change>)]
    pub change: Option<crate::routes::neighbourhoods::Change>,
    #[schema(value_type = Vec<AreaRow>)]
    pub areas: Vec<crate::routes::neighbourhoods::AreaRow>,
}

/// One context feature of the compared cities: `feature`, `unit`, and one field per city
/// code with its value (null when unknown).
#[derive(Debug, Serialize)]
pub struct CompareRow {
    pub feature: String,
    pub unit: String,
    #[serde(flatten)]
    pub values: BTreeMap<String, Option<f64>>,
}

impl PartialSchema for CompareRow {
    fn schema() -> RefOr<Schema> {
        let nullable_number = ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::SchemaType::from_iter([
                Type::Number,
                Type::Null,
            ]))
            .build();
        ObjectBuilder::new()
            .description(Some(
                "A feature of the compared cities, with one field per city code holding its value (null when unknown)",
            ))
            .property("feature", Object::with_type(Type::String))
            .property("unit", Object::with_type(Type::String))
            .required("feature")
            .required("unit")
            .additional_properties(Some(AdditionalProperties::RefOr(RefOr::T(
                Schema::Object(nullable_number),
            ))))
            .into()
    }
}

impl ToSchema for CompareRow {}

/// 2–6 cities' context features side by side.
#[derive(Debug, Serialize, ToSchema)]
pub struct Compare {
    #[schema(value_type = Vec<Geography>)]
    pub cities: Vec<model::Geography>,
    pub features: Vec<CompareRow>,
}

/// The catalogue: indicators, their sources, the peers' context features, and what the
/// store holds.
#[derive(Debug, Serialize, ToSchema)]
pub struct Indicators {
    #[schema(value_type = Vec<IndicatorDef>)]
    pub indicators: Vec<crate::routes::catalogue::IndicatorDef>,
    #[schema(value_type = Vec<SourceDef>)]
    pub sources: Vec<crate::routes::catalogue::SourceDef>,
    #[schema(value_type = Vec<FeatureInfo>)]
    pub features: &'static [peers::FeatureInfo],
    #[schema(value_type = Vec<DatasetSummary>)]
    pub datasets: Vec<store::DatasetSummary>,
    #[schema(value_type = Vec<VariableSummary>)]
    pub variables: Vec<store::VariableSummary>,
}

/// An import with its provenance (the reader's long report is on the data page).
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Import)]
pub struct ImportOut {
    pub id: i64,
    pub file_name: String,
    pub sha256: String,
    pub format: String,
    pub source: String,
    pub licence: String,
    pub imported_at: String,
    pub rows_read: u64,
    pub observations: u64,
    pub counts: ImportCounts,
    pub skipped: u64,
    /// False for the engine run of draft estimates (listed only to those who may read
    /// drafts).
    pub published: bool,
}

impl From<store::ImportRecord> for ImportOut {
    fn from(r: store::ImportRecord) -> ImportOut {
        // Every field named, so that a new one in the store is a decision here.
        let store::ImportRecord {
            id,
            file_name,
            sha256,
            format,
            source,
            licence,
            imported_at,
            rows_read,
            observations,
            counts,
            skipped,
            report: _,
            published,
        } = r;
        let store::ImportCounts {
            inserted,
            replaced,
            unchanged,
        } = counts;
        ImportOut {
            id,
            file_name,
            sha256,
            format,
            source,
            licence,
            imported_at,
            rows_read,
            observations,
            counts: ImportCounts {
                inserted,
                replaced,
                unchanged,
            },
            skipped,
            published,
        }
    }
}

/// What an import did to the store.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportCounts {
    /// New keys.
    pub inserted: u64,
    /// Keys whose value or flags changed (the old values are kept in the history).
    pub replaced: u64,
    /// Keys already holding the same value and flags.
    pub unchanged: u64,
}

/// A submission with its values and history.
#[derive(Debug, Serialize, ToSchema)]
pub struct SubmissionAnswer {
    #[schema(value_type = Submission)]
    pub submission: store::submissions::Submission,
    pub values: Vec<super::ObservationOut>,
    #[schema(value_type = Vec<SubmissionEvent>)]
    pub history: Vec<store::submissions::SubmissionEvent>,
}

/// A user just created.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedUser {
    pub id: i64,
    pub email: String,
}

/// The body of a workflow step.
#[derive(Debug, Default, serde::Deserialize, ToSchema)]
pub struct StepBody {
    /// Why (shown to the city's editors when a submission is sent back).
    #[serde(default)]
    pub comment: Option<String>,
}

/// A new user with one role.
#[derive(Debug, serde::Deserialize, ToSchema)]
pub struct NewUser {
    pub email: String,
    #[serde(default)]
    pub name: String,
    #[schema(min_length = 12)]
    pub password: String,
    pub role: RoleName,
    /// The city of an editor's or approver's role (ignored for global roles).
    #[serde(default)]
    pub city: String,
}

#[derive(Debug, Clone, Copy, serde::Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RoleName {
    Admin,
    Viewer,
    Editor,
    Approver,
}

impl RoleName {
    pub fn as_str(self) -> &'static str {
        match self {
            RoleName::Admin => "admin",
            RoleName::Viewer => "viewer",
            RoleName::Editor => "editor",
            RoleName::Approver => "approver",
        }
    }
}

/// The outline of the OpenAPI document itself (the rest is the OpenAPI 3.1 specification's).
#[derive(Debug, ToSchema)]
pub struct OpenApiDocument {
    /// `3.1.0`.
    pub openapi: String,
    pub info: DocumentInfo,
    /// Every path, with its operations by method.
    #[schema(value_type = BTreeMap<String, BTreeMap<String, OperationOutline>>)]
    pub paths: (),
}

/// The document's title and version.
#[derive(Debug, ToSchema)]
pub struct DocumentInfo {
    pub title: String,
    pub version: String,
}

/// An operation's outline: what it does and its answers by status.
#[derive(Debug, ToSchema)]
pub struct OperationOutline {
    pub summary: Option<String>,
    #[schema(value_type = BTreeMap<String, ResponseOutline>)]
    pub responses: (),
}

/// An answer's outline.
#[derive(Debug, ToSchema)]
pub struct ResponseOutline {
    pub description: String,
}

// ---- twins of other crates' types, as serde writes them ---------------------------------

/// `model::GeoLevel`.
#[derive(Debug, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GeoLevel {
    Aggregate,
    Country,
    Nuts1,
    Nuts2,
    Nuts3,
    FunctionalUrbanArea,
    GreaterCity,
    City,
    District,
    Neighbourhood,
}

/// A place: country, region, city, district (`model::Geography`).
#[derive(Debug, ToSchema)]
pub struct Geography {
    pub code: String,
    pub name: String,
    pub level: GeoLevel,
    pub country: Option<String>,
    pub parent: Option<String>,
}

/// Eurostat's city size class (`peers::SizeClass`).
#[derive(Debug, ToSchema)]
pub enum SizeClass {
    #[serde(rename = "under 50k")]
    Under50k,
    S,
    M,
    L,
    #[serde(rename = "XL")]
    Xl,
    #[serde(rename = "XXL")]
    Xxl,
}

/// The foreign-born share of one year (`peers::YearShare`).
#[derive(Debug, ToSchema)]
pub struct YearShare {
    pub year: i32,
    /// Percent of the population.
    pub share: f64,
    /// Eurostat flagged the foreign-born or the population figure `e` (estimated).
    pub estimated: bool,
}

/// An observation a figure rests on (`peers::SourceObservation`).
#[derive(Debug, ToSchema)]
pub struct SourceObservation {
    pub dataset: String,
    pub variable: String,
    pub geo: String,
    pub period: String,
    pub breakdown: String,
    pub value: f64,
    pub flags: String,
}

/// A context feature's value for a city, or why there is none (`peers::FeatureValue`).
#[derive(Debug, ToSchema)]
pub struct FeatureValue {
    pub feature: String,
    pub value: Option<f64>,
    pub unit: String,
    pub years: Vec<i32>,
    pub formula: String,
    pub sources: Vec<SourceObservation>,
    pub missing: Option<String>,
    pub notes: Vec<String>,
}

/// The city's context type (`peers::TypeRef`).
#[derive(Debug, ToSchema)]
pub struct TypeRef {
    pub id: usize,
    pub label: String,
    pub complete: bool,
    /// The features of the type's label the city does not share (a weak fit).
    pub unlike: Vec<String>,
}

/// A city's context profile (`peers::Profile`).
#[derive(Debug, ToSchema)]
pub struct Profile {
    pub code: String,
    pub name: String,
    pub country: String,
    pub country_name: Option<String>,
    pub region: Option<String>,
    pub size_class: Option<SizeClass>,
    pub reference_year: Option<i32>,
    pub years_of_data: usize,
    pub foreign_born_history: Vec<YearShare>,
    pub features: Vec<FeatureValue>,
    pub context_type: Option<TypeRef>,
}

/// A city named in a result (`peers::CityRef`).
#[derive(Debug, ToSchema)]
pub struct CityRef {
    pub code: String,
    pub name: String,
    pub country: String,
    pub size_class: Option<SizeClass>,
}

/// A feature of the peer distance and its weight (`peers::WeightedFeature`).
#[derive(Debug, ToSchema)]
pub struct WeightedFeature {
    pub feature: String,
    pub weight: f64,
}

/// A peer and why it is one (`peers::Peer`).
#[derive(Debug, ToSchema)]
pub struct Peer {
    pub rank: usize,
    pub code: String,
    pub name: String,
    pub country: String,
    pub size_class: Option<SizeClass>,
    pub distance: f64,
    pub shared_features: usize,
    pub similar: Vec<String>,
    pub differs: Vec<String>,
    pub not_compared: Vec<String>,
    pub explanation: String,
}

/// The most similar cities of a city (`peers::PeerSet`).
#[derive(Debug, ToSchema)]
pub struct PeerSet {
    pub city: CityRef,
    pub k: usize,
    pub features: Vec<WeightedFeature>,
    pub scaling: String,
    pub constraints: Vec<String>,
    pub comparable: usize,
    pub peers: Vec<Peer>,
    pub note: Option<String>,
}

/// Which way is better for an indicator (`peers::Better`).
#[derive(Debug, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Better {
    Higher,
    Lower,
    Neither,
}

/// The indicator of a benchmark (`peers::IndicatorInfo`).
#[derive(Debug, ToSchema)]
pub struct IndicatorInfo {
    pub key: String,
    pub label: String,
    pub unit: String,
    pub better: Better,
}

/// A city's value in a benchmark (`peers::CityValue`).
#[derive(Debug, ToSchema)]
pub struct CityValue {
    pub code: String,
    pub name: String,
    pub country: String,
    pub size_class: Option<SizeClass>,
    pub value: Option<f64>,
    pub period: Option<String>,
    pub better_than_city: Option<bool>,
    pub sources: Vec<SourceObservation>,
}

/// The peers' values in quartiles (`peers::Summary`).
#[derive(Debug, ToSchema)]
pub struct Summary {
    pub n: usize,
    pub min: f64,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    pub max: f64,
}

/// Where the city stands among itself and its peers (`peers::Position`).
#[derive(Debug, ToSchema)]
pub struct Position {
    pub rank: usize,
    pub of: usize,
    pub text: String,
}

/// A city's value of an indicator against its peers (`peers::Benchmark`).
#[derive(Debug, ToSchema)]
pub struct Benchmark {
    pub indicator: IndicatorInfo,
    pub city: CityValue,
    pub peers: Vec<CityValue>,
    pub summary: Option<Summary>,
    pub position: Option<Position>,
    pub better_peers: Vec<CityValue>,
    pub peer_features: Vec<String>,
    pub sentence: String,
}

/// One small area of a city (`routes::neighbourhoods::AreaRow`).
#[derive(Debug, ToSchema)]
pub struct AreaRow {
    pub code: String,
    pub name: String,
    /// The measure's count for everybody in the area (residents, or the year's moves:
    /// see `measure`).
    pub total: Option<f64>,
    /// The chosen group's count of the same measure.
    pub count: Option<f64>,
    /// Percent of `total`; null when not shown (fewer than 20 counted) or no data.
    pub share: Option<f64>,
    pub note: String,
}

/// One period of a group's dissimilarity over time (`routes::neighbourhoods::TimeRow`).
#[derive(Debug, ToSchema)]
pub struct TimeRow {
    pub period: String,
    /// The group's share of everybody, percent.
    pub share: Option<f64>,
    pub dissimilarity: Option<f64>,
}

/// The dissimilarity's change between two periods (`routes::neighbourhoods::Change`).
#[derive(Debug, ToSchema)]
pub struct Change {
    pub from: String,
    pub to: String,
    /// Pairs of (part, value): `dissimilarity_start`, `dissimilarity_end`, `change`,
    /// `composition`, `redistribution`, `p_value`.
    #[schema(value_type = Vec<Vec<serde_json::Value>>)]
    pub figures: Vec<(String, f64)>,
    pub notes: Vec<String>,
}

/// An indicator as the catalogue defines it (`routes::catalogue::IndicatorDef`).
#[derive(Debug, ToSchema)]
pub struct IndicatorDef {
    pub id: String,
    pub name: String,
    pub area: String,
    pub version: i64,
    pub kind: String,
    pub unit: String,
    pub definition: String,
    pub universe: String,
    pub numerator: String,
    pub value: String,
    pub disaggregations: Vec<String>,
    pub reference: String,
}

/// Where computed indicators come from (`routes::catalogue::SourceDef`).
#[derive(Debug, ToSchema)]
pub struct SourceDef {
    pub id: String,
    pub name: String,
    pub source: String,
    pub geo: String,
    pub period: String,
}

/// A context feature of the peers (`peers::FeatureInfo`).
#[derive(Debug, ToSchema)]
pub struct FeatureInfo {
    pub name: String,
    pub label: String,
    pub unit: String,
    /// context, history or outcome.
    pub role: String,
    pub better: Better,
    pub weight: f64,
    pub typology: bool,
    pub log: bool,
    pub definition: String,
}

/// A dataset in the store and its coverage (`store::DatasetSummary`).
#[derive(Debug, ToSchema)]
pub struct DatasetSummary {
    pub dataset: String,
    pub series: u64,
    pub observations: u64,
    pub geographies: u64,
    pub first_period: String,
    pub last_period: String,
}

/// A variable of a dataset in the store (`store::VariableSummary`).
#[derive(Debug, ToSchema)]
pub struct VariableSummary {
    pub dataset: String,
    pub variable: String,
    pub unit: Option<String>,
    pub series: u64,
    pub observations: u64,
}

/// Where a submission is in the workflow (`store::submissions::Status`).
#[derive(Debug, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Draft,
    Submitted,
    Published,
    Returned,
}

/// A city's uploaded file on its way to publication (`store::submissions::Submission`).
#[derive(Debug, ToSchema)]
pub struct Submission {
    pub id: i64,
    pub city: String,
    pub status: Status,
    pub file_name: String,
    pub sha256: String,
    pub format: String,
    pub source: String,
    pub licence: String,
    /// The reader's validation report (JSON text).
    pub report: String,
    pub created_by: String,
    pub created_at: String,
    pub updated_at: String,
    pub comment: String,
    pub import_id: Option<i64>,
    /// How many values it holds.
    pub values: u64,
}

/// One change of a submission's status (`store::submissions::SubmissionEvent`).
#[derive(Debug, ToSchema)]
pub struct SubmissionEvent {
    pub at: String,
    pub actor: String,
    pub from_status: String,
    pub to_status: String,
    pub comment: String,
}
