//! The funding map: `/funding` (the places and the lists loaded), `/funding/{place}` (a
//! place's matrix of fields of action × target groups, its gaps and possible
//! duplications), and the answer of `/api/v1/funding/{place}`. The map itself comes from
//! the `funding` crate; this module lays it out.

use crate::auth::Principal;
use crate::layout::{self, downloads};
use crate::{AppError, AppState};
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};
use serde::Serialize;

/// An amount in euros in the reader's format (millions above a million, as the funding
/// crate's report writes them).
fn euros(v: f64) -> String {
    if v >= 1e6 {
        t!(
            "funding-euros-million",
            amount = crate::locale::number(v / 1e6, 1)
        )
    } else {
        t!("funding-euros", amount = crate::locale::number(v, 0))
    }
}

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
        h1 { (t!("funding-title")) }
        p.lead { (t!("funding-lead")) }
        h2 { (t!("funding-places")) }
        ul {
            @for p in &rules.places {
                li { a href={ "/funding/" (p.id) } { (p.name) } " (" (p.id) ")" }
            }
        }
        p.muted { (t!("funding-countries")) " " a href="/funding/HR" { (t!("funding-country-hr")) } ", " a href="/funding/AT" { (t!("funding-country-at")) } "." }
        h2 { (t!("funding-lists")) }
        @if lists.is_empty() {
            p { (t!("funding-no-list")) " " code { ("observatory funding import FILE") } "." }
        } @else {
            table {
                thead { tr { th { (t!("funding-list")) } th { (t!("funding-country")) } th.num { (t!("funding-operations")) } } }
                tbody {
                    @for (list, country, n) in &lists {
                        tr { td { (list) } td { a href={ "/funding/" (country) } { (country) } } td.num { (n) } }
                    }
                }
            }
        }
        p.muted.small { (t!("funding-lists-note")) }
    };
    Ok(layout::render(layout::page(
        &t!("funding-title"),
        &who,
        body,
    )))
}

/// `/funding/{place}`: one place's map.
pub async fn page(
    State(state): State<AppState>,
    who: Principal,
    Path(place): Path<String>,
) -> Result<Response, AppError> {
    let m = map_of(&state, &place)?;
    Ok(layout::render(layout::page(
        &t!("funding-place-title", place = &m.place.name),
        &who,
        body(&m),
    )))
}

/// A field of action (the practice vocabulary's thematic area) in the reader's language.
fn field_name(field: &str) -> String {
    if field == funding::classify::UNPLACED {
        return t!("funding-unplaced");
    }
    crate::locale::catalogue(&["practices", "thematic_area", field], field)
}

/// A target group (the practice vocabulary's) in the reader's language.
fn group_name(group: &str) -> String {
    if group == funding::classify::NO_GROUP {
        return t!("funding-no-group");
    }
    crate::locale::catalogue(&["practices", "target_group", group], group)
}

/// How two operations were told apart (the funding crate's English, kept in the API).
fn basis_text(basis: &str) -> String {
    match basis {
        "same identifier" => t!("funding-basis-identifier"),
        "same name once normalised" => t!("funding-basis-name"),
        other => other.to_string(),
    }
}

/// A note of the map in the reader's language (the funding crate's English is kept in the
/// API).
fn note_text(note: &funding::map::Note) -> String {
    use funding::map::Note;
    match note {
        Note::NotConverted { currency } => t!("funding-note-not-converted", currency = currency),
        Note::PlacedByText { operations } => {
            t!("funding-note-placed-by-text", operations = *operations)
        }
        Note::NotSameTerritory { place } => t!("funding-note-not-same-territory", place = place),
        Note::NoResidents { label, city, group } => t!(
            "funding-note-no-residents",
            label = crate::locale::catalogue(&["funding", "population", group], label),
            city = city,
            group = group_name(group)
        ),
        Note::KohesioNotLoaded { region } => t!("funding-note-kohesio-not-loaded", region = region),
        Note::KohesioCapped { region } => t!("funding-note-kohesio-capped", region = region),
    }
}

fn body(m: &funding::FundingMap) -> Markup {
    let cell = |f: &str, g: &str| m.cells.iter().find(|c| c.field == f && c.group == g);
    let line = |id: i64| m.operations.iter().find(|o| o.id == id);
    html! {
        p.muted.small { a href="/funding" { (t!("funding-title")) } " › " (m.place.id) }
        h1 { (t!("funding-place-title", place = &m.place.name)) }
        p.lead {
            (t!(
                "funding-place-lead",
                operations = m.operations.len(),
                lists = m.lists.len(),
                total = euros(m.total_eur),
                outside = m.outside,
                without = m.without_amount
            ))
        }
        @if let Some(city) = &m.place.city { p { a href={ "/cities/" (city) } { (t!("funding-city-profile")) } } }
        section aria-labelledby="gaps" {
            h2 #gaps { (t!("funding-gaps", count = m.gaps.len())) }
            @if m.gaps.is_empty() { p { (t!("funding-no-gap")) } }
            ul {
                @for g in &m.gaps { li { strong { (t!("funding-gap", field = field_name(&g.field), group = group_name(&g.group))) } " — " (t!("funding-gap-why", evidence = crate::routes::practices::clause_text(&g.gap))) } }
                @for n in m.needs.iter().filter(|n| n.projects > 0) {
                    li { (t!("funding-met", field = field_name(&n.field), group = group_name(&n.group), projects = n.projects, eur = euros(n.eur), evidence = crate::routes::practices::clause_text(&n.gap))) }
                }
            }
        }
        h2 { (t!("funding-matrix")) }
        p.muted.small { (t!("funding-matrix-note")) }
        div.scroll {
            table {
                thead { tr { th scope="col" { (t!("funding-matrix-field")) } @for g in &m.groups { th scope="col" { (group_name(g)) } } } }
                tbody {
                    @for f in &m.fields {
                        tr {
                            th scope="row" { (field_name(f)) }
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
            h2 #duplicates { (t!("funding-duplicates", count = m.duplicates.len())) }
            p.muted.small { (t!("funding-duplicates-note")) }
            @if !m.duplicates.is_empty() {
                div.scroll { table {
                    thead { tr { th { (t!("funding-beneficiary")) } th { (t!("funding-field")) } th { (t!("funding-duplicate-operations")) } th.num { (t!("funding-names-alike")) } th { (t!("funding-told-apart")) } } }
                    tbody {
                        @for d in m.duplicates.iter().take(50) {
                            tr {
                                td { (d.beneficiary) } td { (field_name(&d.field)) }
                                td { @for id in [d.first, d.second] { @if let Some(o) = line(id) { (t!("funding-duplicate-line", line = o.line.to_string(), name = &o.name)) br; } } }
                                td.num { (crate::locale::number(d.name_similarity * 100.0, 0)) "%" }
                                td { (basis_text(&d.basis)) }
                            }
                        }
                    }
                } }
            }
        }
        h2 { (t!("funding-overlaps", count = m.overlaps.len())) }
        ul { @for o in &m.overlaps { li { (t!("funding-overlap", field = field_name(&o.field), group = group_name(&o.group), operations = o.operations.len(), beneficiaries = o.beneficiaries, from = &o.from, to = &o.to)) } } }
        @if !m.per_resident.is_empty() {
            h2 { (t!("funding-per-resident")) }
            ul { @for p in &m.per_resident { li { (t!(
                "funding-per-resident-line",
                group = group_name(&p.group),
                eur = euros(p.eur),
                residents = layout::num(p.residents, 0),
                label = crate::locale::catalogue(&["funding", "population", &p.group], &p.residents_label),
                period = &p.period,
                each = crate::locale::number(p.eur_per_resident, 2)
            )) } } }
        }
        @if let Some(r) = &m.recipients {
         section aria-labelledby="recipients" {
             h2 #recipients { (t!("funding-recipients", region = &r.region)) }
             p { (t!("funding-recipients-lead", beneficiaries = r.beneficiaries, total = euros(r.total_eur), projects = usize::try_from(r.projects).unwrap_or(usize::MAX), eu = euros(r.eu_eur))) }
             div.scroll { table {
                 thead { tr { th { (t!("funding-beneficiary")) } th.num { (t!("funding-total-budget")) } th.num { (t!("funding-eu-contribution")) } th.num { (t!("funding-projects")) } } }
                 tbody { @for b in &r.largest { tr {
                     td { (b.beneficiary) @if !b.transliterated.is_empty() && b.transliterated != b.beneficiary { br; span.small.muted { (b.transliterated) } } }
                     td.num { (b.total_eur.map(euros).unwrap_or_default()) }
                     td.num { (b.eu_eur.map(euros).unwrap_or_else(|| t!("funding-not-given"))) }
                     td.num { (b.projects) }
                 } } }
             } }
         }
     }
     h2 { (t!("funding-beneficiaries")) }
        p { (t!("funding-beneficiaries-lead", distinct = m.beneficiaries.distinct, by_identifier = m.beneficiaries.merged_by_identifier, by_name = m.beneficiaries.merged_by_name.len())) }
        @for n in &m.note_parts { p.muted.small { (t!("funding-note", note = note_text(n))) } }
        p.muted.small { (t!("funding-lists-of", lists = m.lists.join(", "))) }
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
                h2 #funding { (t!("funding-city-heading")) }
                p { (t!("funding-city-lead")) " "
                    @for (i, p) in places.iter().enumerate() { @if i > 0 { ", " } a href={ "/funding/" (p.id) } { (p.name) } } }
            }
        }
    }
}
