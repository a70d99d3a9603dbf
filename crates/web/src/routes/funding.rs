//! The funding map: `/funding` (the places and the lists loaded), `/funding/{place}` (a
//! place's matrix of fields of action × target groups, its gaps and possible
//! duplications), and the answer of `/api/v1/funding/{place}`. The map itself comes from
//! the `funding` crate; this module lays it out.

use crate::auth::Principal;
use crate::layout::{self, downloads};
use crate::{AppError, AppState};
use axum::extract::{Path, State};
use axum::response::Response;
use funding::report::euros;
use maud::{Markup, html};
use serde::Serialize;

fn rules(state: &AppState) -> Result<funding::Rules, AppError> {
    funding::Rules::from_catalogue(&state.config.catalogue)
        .map_err(|e| AppError::internal(e.to_string()))
}

fn map_of(state: &AppState, place: &str) -> Result<funding::FundingMap, AppError> {
    let rules = rules(state)?;
    state.db.read(|s| {
        funding::funding_map(s, &rules, place).map_err(|e| match e {
            funding::FundingError::UnknownPlace { .. } => AppError::not_found(e.to_string()),
            other => AppError::internal(other.to_string()),
        })
    })
}

/// `/funding`: the places of the map and the lists it holds.
pub async fn index(State(state): State<AppState>, who: Principal) -> Result<Response, AppError> {
    let rules = rules(&state)?;
    let lists = state.db.read(|s| Ok(s.funding_lists()?))?;
    let body = html! {
        h1 { "Funding map" }
        p.lead { "Who funds what for whom, and where: the managing authorities' published lists of operations, placed in fields of action and target groups, with the gaps (a need and no funding) and possible duplications of each place." }
        h2 { "Places" }
        ul {
            @for p in &rules.places {
                li { a href={ "/funding/" (p.id) } { (p.name) } " (" (p.id) ")" }
            }
        }
        p.muted { "Every country is a place too, by its code: " a href="/funding/HR" { "Croatia (HR)" } ", " a href="/funding/AT" { "Austria (AT)" } "." }
        h2 { "Lists loaded" }
        @if lists.is_empty() {
            p { "No list of operations is loaded yet: import one with " code { "observatory funding import FILE" } "." }
        } @else {
            table {
                thead { tr { th { "List" } th { "Country" } th.num { "Operations" } } }
                tbody {
                    @for (list, country, n) in &lists {
                        tr { td { (list) } td { a href={ "/funding/" (country) } { (country) } } td.num { (n) } }
                    }
                }
            }
        }
        p.muted.small { "The lists date from 2016–2017 and are described, with their publishers and gaps, in data/funding/README.md. No AMIF list has been published in a machine-readable form; a city enters its own projects with the template data/templates/funding_operations_template.csv." }
    };
    Ok(layout::render(layout::page("Funding map", &who, body)))
}

/// `/funding/{place}`: one place's map.
pub async fn page(
    State(state): State<AppState>,
    who: Principal,
    Path(place): Path<String>,
) -> Result<Response, AppError> {
    let m = map_of(&state, &place)?;
    Ok(layout::render(layout::page(
        &format!("Funding map: {}", m.place.name),
        &who,
        body(&m),
    )))
}

fn body(m: &funding::FundingMap) -> Markup {
    let cell = |f: &str, g: &str| m.cells.iter().find(|c| c.field == f && c.group == g);
    let line = |id: i64| m.operations.iter().find(|o| o.id == id);
    html! {
           p.muted.small { a href="/funding" { "Funding map" } " › " (m.place.id) }
           h1 { "Funding map: " (m.place.name) }
           p.lead {
    (m.operations.len()) " operations from " (m.lists.len()) @if m.lists.len() == 1 { " list, " } @else { " lists, " } (euros(m.total_eur)) " in all; "
               (m.outside) " outside the fields of integration policy; " (m.without_amount) " without a published amount."
           }
           @if let Some(city) = &m.place.city { p { a href={ "/cities/" (city) } { "City profile" } } }
           section aria-labelledby="gaps" {
               h2 #gaps { "Gaps: a need and no funding (" (m.gaps.len()) ")" }
               @if m.gaps.is_empty() { p { "No gap: every need of the rules has at least one operation." } }
               ul {
                   @for g in &m.gaps { li { strong { "Gap: " (g.field) " × " (g.group) } " — " (g.evidence) ", and no operation of this place in the field names the group." } }
                   @for n in m.needs.iter().filter(|n| n.projects > 0) {
                       li { "Met: " (n.field) " × " (n.group) ": " (n.projects) " operations, " (euros(n.eur)) " — " (n.evidence) }
                   }
               }
           }
           h2 { "Fields of action × target groups" }
           p.muted.small { "Projects and euros per cell; an operation in several fields or for several groups counts in each of its cells. Amounts are total eligible costs in euros (kuna at the fixed conversion rate, koruna at the 2016 average)." }
           div.scroll {
               table {
                   thead { tr { th scope="col" { "Field of action" } @for g in &m.groups { th scope="col" { (g) } } } }
                   tbody {
                       @for f in &m.fields {
                           tr {
                               th scope="row" { (f) }
                               @for g in &m.groups {
                                   @match cell(f, g) {
                                       Some(c) => td.num { (c.projects) br; span.small { (euros(c.eur)) } },
                                       None => td.num.muted { "–" },
                                   }
                               }
                           }
                       }
                   }
               }
           }
           (downloads(&format!("/api/v1/funding/{}", m.place.id)))
           section aria-labelledby="duplicates" {
               h2 #duplicates { "Possible duplications (" (m.duplicates.len()) ")" }
               p.muted.small { "The same beneficiary in the same field with overlapping periods and similar names: check before concluding." }
               @if !m.duplicates.is_empty() {
                   div.scroll { table {
                       thead { tr { th { "Beneficiary" } th { "Field" } th { "Operations (list line)" } th.num { "Names alike" } th { "Told apart by" } } }
                       tbody {
                           @for d in m.duplicates.iter().take(50) {
                               tr {
                                   td { (d.beneficiary) } td { (d.field) }
                                   td { @for id in [d.first, d.second] { @if let Some(o) = line(id) { "line " (o.line) ": " (o.name) br; } } }
                                   td.num { (format!("{:.0}%", d.name_similarity * 100.0)) }
                                   td { (d.basis) }
                               }
                           }
                       }
                   } }
               }
           }
           h2 { "Overlapping operations in the same cell (" (m.overlaps.len()) ")" }
           ul { @for o in &m.overlaps { li { (o.field) " × " (o.group) ": " (o.operations.len()) " operations of " (o.beneficiaries) " beneficiaries, overlapping between " (o.from) " and " (o.to) } } }
           @if !m.per_resident.is_empty() {
               h2 { "Euros per resident" }
               ul { @for p in &m.per_resident { li { (p.group) ": " (euros(p.eur)) " over " (p.residents) " " (p.residents_label) " (" (p.period) ") = " (format!("{:.2}", p.eur_per_resident)) " € each" } } }
           }
           @if let Some(r) = &m.recipients {
            section aria-labelledby="recipients" {
                h2 #recipients { "Who receives money in " (r.region) }
                p { "Kohesio (European Commission), all cohesion-policy programmes: " (r.beneficiaries) " beneficiaries, " (euros(r.total_eur)) " in " (r.projects) " projects, of which " (euros(r.eu_eur)) " from the EU. Totals per beneficiary, without project names or dates, so they are not added to the matrix." }
                div.scroll { table {
                    thead { tr { th { "Beneficiary" } th.num { "Total budget" } th.num { "EU contribution" } th.num { "Projects" } } }
                    tbody { @for b in &r.largest { tr {
                        td { (b.beneficiary) @if !b.transliterated.is_empty() && b.transliterated != b.beneficiary { br; span.small.muted { (b.transliterated) } } }
                        td.num { (b.total_eur.map(euros).unwrap_or_default()) }
                        td.num { (b.eu_eur.map(euros).unwrap_or_else(|| "not given".into())) }
                        td.num { (b.projects) }
                    } } }
                } }
            }
        }
        h2 { "Beneficiaries" }
           p { (m.beneficiaries.distinct) " beneficiaries; " (m.beneficiaries.merged_by_identifier) " recognised by their identifier, " (m.beneficiaries.merged_by_name.len()) " merged by their name alone (a guess)." }
           @for n in &m.notes { p.muted.small { "Note: " (n) } }
           p.muted.small { "Lists: " (m.lists.join(", ")) }
       }
}

/// The answer of `/api/v1/funding/{place}`.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct FundingAnswer {
    pub place: String,
    pub name: String,
    pub country: String,
    pub city: Option<String>,
    pub operations: usize,
    pub without_amount: usize,
    pub total_eur: f64,
    pub cells: Vec<CellAnswer>,
    pub gaps: Vec<GapAnswer>,
    pub duplicates: Vec<DuplicateAnswer>,
    pub notes: Vec<String>,
}

/// One cell of the matrix.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CellAnswer {
    pub field: String,
    pub group: String,
    pub projects: usize,
    pub eur: f64,
}

/// A need that no operation meets.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct GapAnswer {
    pub field: String,
    pub group: String,
    pub evidence: String,
}

/// Two operations that may fund the same action twice.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DuplicateAnswer {
    pub beneficiary: String,
    pub field: String,
    pub basis: String,
    pub first_line: u64,
    pub second_line: u64,
    pub name_similarity: f64,
}

pub fn answer(state: &AppState, place: &str) -> Result<FundingAnswer, AppError> {
    let m = map_of(state, place)?;
    let line = |id: i64| {
        m.operations
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.line)
            .unwrap_or(0)
    };
    Ok(FundingAnswer {
        place: m.place.id.clone(),
        name: m.place.name.clone(),
        country: m.place.country.clone(),
        city: m.place.city.clone(),
        operations: m.operations.len(),
        without_amount: m.without_amount,
        total_eur: m.total_eur,
        cells: m
            .cells
            .iter()
            .map(|c| CellAnswer {
                field: c.field.clone(),
                group: c.group.clone(),
                projects: c.projects,
                eur: c.eur,
            })
            .collect(),
        gaps: m
            .gaps
            .iter()
            .map(|g| GapAnswer {
                field: g.field.clone(),
                group: g.group.clone(),
                evidence: g.evidence.clone(),
            })
            .collect(),
        duplicates: m
            .duplicates
            .iter()
            .map(|d| DuplicateAnswer {
                beneficiary: d.beneficiary.clone(),
                field: d.field.clone(),
                basis: d.basis.clone(),
                first_line: line(d.first),
                second_line: line(d.second),
                name_similarity: d.name_similarity,
            })
            .collect(),
        notes: m.notes.clone(),
    })
}

/// The city profile's link to the funding maps of its places.
pub fn city_section(state: &AppState, code: &str) -> Markup {
    let Ok(rules) = rules(state) else {
        return html! {};
    };
    let places = rules.places_of_city(code);
    html! {
        @if !places.is_empty() {
            section aria-labelledby="funding" {
                h2 #funding { "Funding" }
                p { "Funded operations, gaps and possible duplications: "
                    @for (i, p) in places.iter().enumerate() { @if i > 0 { ", " } a href={ "/funding/" (p.id) } { (p.name) } } }
            }
        }
    }
}
