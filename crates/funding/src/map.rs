//! The funding map of one place: a matrix of fields of action × target groups with the
//! projects and euros in each cell, the gaps (a need and no funding), possible
//! duplications, and euros per resident of a target group.
//!
//! Counting rules, so that no euro is counted twice where it matters:
//! - an operation counts with its total eligible cost, converted to euros at the rates of
//!   `funding.toml`, and divided by the number of rows its list gives the same project
//!   (Croatia lists a project once per county, each time with the full amount);
//! - an operation in several fields or for several groups counts in each of its cells, so
//!   the cells of a row do not add up to its total: the place's total counts it once;
//! - operations without a published amount are counted as projects, never as euros.

use crate::beneficiaries::{self, Beneficiaries, Duplicate};
use crate::classify::{self, Basis, NO_GROUP, Placement, UNPLACED};
use crate::rules::{Place, Rules};
use crate::{FundingError, Result};
use serde::Serialize;
use store::Store;
use store::funding::StoredOperation;

/// An operation as the map shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OperationRef {
    pub id: i64,
    pub list: String,
    pub line: u64,
    pub name: String,
    pub beneficiary: String,
    pub funds: Vec<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    /// Its share in the place, in euros (`None`: no published amount).
    pub eur: Option<f64>,
    pub fields: Vec<String>,
    pub groups: Vec<String>,
    pub basis: Basis,
}

/// One cell of the matrix.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub field: String,
    pub group: String,
    pub projects: usize,
    pub eur: f64,
    /// Operation ids, in list order.
    pub operations: Vec<i64>,
}

/// A need of a target group in a field, and whether any operation meets it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Need {
    pub field: String,
    pub group: String,
    /// The figure the need rests on, in words.
    pub evidence: String,
    /// That figure, in parts (its clause), for a text in another language (not in the JSON).
    #[serde(skip)]
    pub gap: practices::recommend::Weakness,
    /// Operations of the place in the field for a group that meets the need.
    pub projects: usize,
    pub eur: f64,
}

/// Several operations in the same cell whose periods overlap: efforts to coordinate, or
/// duplication.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overlap {
    pub field: String,
    pub group: String,
    /// The span of the set: its earliest start and latest end (each operation overlaps
    /// another of the set, not necessarily all of them).
    pub from: String,
    pub to: String,
    pub operations: Vec<i64>,
    pub beneficiaries: usize,
}

/// Euros per resident of a target group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PerResident {
    pub group: String,
    pub residents_label: String,
    pub residents: f64,
    pub period: String,
    pub eur: f64,
    pub eur_per_resident: f64,
}

/// Who receives money in the place's region, from Kohesio's beneficiary totals.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recipients {
    pub region: String,
    /// Beneficiaries listed (Kohesio's export keeps the first 200 of a region at most).
    pub beneficiaries: usize,
    pub total_eur: f64,
    pub eu_eur: f64,
    pub projects: u64,
    /// The largest, by total budget.
    pub largest: Vec<model::BeneficiaryTotal>,
}

/// The funding map of a place.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FundingMap {
    pub place: Place,
    pub lists: Vec<String>,
    pub operations: Vec<OperationRef>,
    /// Operations without a published amount.
    pub without_amount: usize,
    /// Operations outside the fields of integration policy, and their euros.
    pub outside: usize,
    pub outside_eur: f64,
    /// All euros of the place, each operation counted once.
    pub total_eur: f64,
    pub fields: Vec<String>,
    pub groups: Vec<String>,
    pub cells: Vec<Cell>,
    pub needs: Vec<Need>,
    /// The needs that no operation meets.
    pub gaps: Vec<Need>,
    pub overlaps: Vec<Overlap>,
    pub duplicates: Vec<Duplicate>,
    pub beneficiaries: Beneficiaries,
    pub per_resident: Vec<PerResident>,
    /// Kohesio's layer, where the place has a Kohesio region and its export is loaded.
    pub recipients: Option<Recipients>,
    pub notes: Vec<String>,
    /// The notes in parts, in the order of `notes` (not in the JSON).
    #[serde(skip)]
    pub note_parts: Vec<Note>,
}

/// A note of the map, in parts ([`Note::text`] is its English).
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// Amounts in a currency the rules cannot convert.
    NotConverted { currency: String },
    /// Operations placed in a field by the words of their name and summary.
    PlacedByText { operations: usize },
    /// The place is not its city's territory: no euros per resident.
    NotSameTerritory { place: String },
    /// No count of a population rule's residents for the city.
    NoResidents {
        label: String,
        city: String,
        group: String,
    },
    /// Kohesio's beneficiaries of the region are not loaded.
    KohesioNotLoaded { region: String },
    /// Kohesio's export holds 200 beneficiaries, its limit.
    KohesioCapped { region: String },
}

impl Note {
    /// The note in English (the CLI's and the API's).
    pub fn text(&self) -> String {
        match self {
            Note::NotConverted { currency } => format!(
                "amounts in {currency} are not converted: add the currency to catalogue/funding/funding.toml"
            ),
            Note::PlacedByText { operations } => format!(
                "{operations} operations were placed in a field by the words of their name and summary, as their list gives no category of intervention: check them before quoting a cell"
            ),
            Note::NotSameTerritory { place } => format!(
                "euros per resident are not shown: {place} is not the same territory as the city whose residents the store counts"
            ),
            Note::NoResidents { label, city, group } => format!(
                "no {label} of {city} in the store: euros per resident of '{group}' are not shown"
            ),
            Note::KohesioNotLoaded { region } => {
                format!("Kohesio's beneficiaries of {region} are not loaded")
            }
            Note::KohesioCapped { region } => format!(
                "Kohesio's export keeps the first 200 beneficiaries of a region: {region} may have more"
            ),
        }
    }
}

/// The funding map of the place `id` (a place of `places.toml`, or a country's ISO code).
pub fn funding_map(store: &Store, rules: &Rules, id: &str) -> Result<FundingMap> {
    let place = rules.place(id).ok_or_else(|| FundingError::UnknownPlace {
        place: id.to_string(),
        known: rules.places.iter().map(|p| p.id.clone()).collect(),
    })?;
    let stored: Vec<StoredOperation> = store
        .funding_operations(Some(&place.country))?
        .into_iter()
        .filter(|s| place.holds(&s.operation))
        .collect();
    let mut notes = Vec::new();
    let mut operations = Vec::new();
    let mut placements = Vec::new();
    for s in &stored {
        let placement = classify::place(&s.operation, rules);
        let eur = euros(&s.operation, rules, &mut notes);
        operations.push(OperationRef {
            id: s.id,
            list: s.operation.list.clone(),
            line: s.operation.line,
            name: s.operation.name.clone(),
            beneficiary: s.operation.beneficiary.clone(),
            funds: s.operation.funds.clone(),
            start: s.operation.start.clone(),
            end: s.operation.end.clone(),
            eur,
            fields: placement.fields.clone(),
            groups: placement.groups.clone(),
            basis: placement.basis,
        });
        placements.push(placement);
    }
    let mut lists: Vec<String> = stored.iter().map(|s| s.operation.list.clone()).collect();
    lists.sort();
    lists.dedup();
    let inside: Vec<(&OperationRef, &Placement)> = operations
        .iter()
        .zip(&placements)
        .filter(|(_, p)| !p.outside)
        .collect();
    let cells = cells(&inside);
    let (fields, groups) = axes(rules, &cells);
    let needs = needs(store, rules, &place, &inside)?;
    let gaps = needs.iter().filter(|n| n.projects == 0).cloned().collect();
    let overlaps = overlaps(&inside, &cells);
    let ops: Vec<&store::funding::StoredOperation> = stored.iter().collect();
    let (beneficiaries, duplicates) = beneficiaries::review(&ops, &placements, rules);
    let per_resident = per_resident(store, rules, &place, &inside, &mut notes)?;
    let outside: Vec<&OperationRef> = operations
        .iter()
        .zip(&placements)
        .filter(|(_, p)| p.outside)
        .map(|(o, _)| o)
        .collect();
    let by_text = inside
        .iter()
        .filter(|(_, p)| p.basis == Basis::Text)
        .count();
    if by_text > 0 {
        notes.push(Note::PlacedByText {
            operations: by_text,
        });
    }
    let recipients = recipients(store, &place, &mut notes)?;
    notes.dedup();
    let note_parts = notes;
    let notes = note_parts.iter().map(Note::text).collect();
    Ok(FundingMap {
        recipients,
        without_amount: operations.iter().filter(|o| o.eur.is_none()).count(),
        outside: outside.len(),
        outside_eur: outside.iter().filter_map(|o| o.eur).fold(0.0, |a, b| a + b),
        total_eur: operations
            .iter()
            .filter_map(|o| o.eur)
            .fold(0.0, |a, b| a + b),
        place,
        lists,
        operations,
        fields,
        groups,
        cells,
        needs,
        gaps,
        overlaps,
        duplicates,
        beneficiaries,
        per_resident,
        notes,
        note_parts,
    })
}

/// The operation's euros in the place: its total, converted and shared out by the rows
/// of the same project.
fn euros(op: &model::FundedOperation, rules: &Rules, notes: &mut Vec<Note>) -> Option<f64> {
    let total = op.total?;
    let Some(rate) = rules.per_euro(&op.currency) else {
        notes.push(Note::NotConverted {
            currency: op.currency.clone(),
        });
        return None;
    };
    Some(total / rate / f64::from(op.rows_for_project.max(1)))
}

fn cells(inside: &[(&OperationRef, &Placement)]) -> Vec<Cell> {
    let mut cells: Vec<Cell> = Vec::new();
    for (op, p) in inside {
        for field in &p.fields {
            for group in &p.groups {
                let i = match cells
                    .iter()
                    .position(|c| &c.field == field && &c.group == group)
                {
                    Some(i) => i,
                    None => {
                        cells.push(Cell {
                            field: field.clone(),
                            group: group.clone(),
                            projects: 0,
                            eur: 0.0,
                            operations: Vec::new(),
                        });
                        cells.len() - 1
                    }
                };
                let c = &mut cells[i];
                c.projects += 1;
                c.eur += op.eur.unwrap_or(0.0);
                c.operations.push(op.id);
            }
        }
    }
    cells
}

/// The rows and columns: the vocabulary's fields and groups that hold a cell, in its
/// order, then "not placed" / "no target group named".
fn axes(rules: &Rules, cells: &[Cell]) -> (Vec<String>, Vec<String>) {
    let mut fields: Vec<String> = rules
        .fields()
        .into_iter()
        .map(str::to_string)
        .chain([UNPLACED.to_string()])
        .filter(|f| cells.iter().any(|c| &c.field == f))
        .collect();
    fields.dedup();
    let groups: Vec<String> = rules
        .vocabulary
        .target_group
        .iter()
        .map(|t| t.name.clone())
        .chain([NO_GROUP.to_string()])
        .filter(|g| cells.iter().any(|c| &c.group == g))
        .collect();
    (fields, groups)
}

/// The needs of the place: gaps to nationals in its country's national tables of at least
/// `min_gap_points`, each with what the place's operations do for it.
fn needs(
    store: &Store,
    rules: &Rules,
    place: &Place,
    inside: &[(&OperationRef, &Placement)],
) -> Result<Vec<Need>> {
    let country = rules.statistics_country(&place.country);
    let country_name = store
        .geography(country)?
        .map(|g| g.name)
        .unwrap_or_else(|| country.to_string());
    let gaps =
        practices::recommend::national_gaps(store, country, &country_name, &rules.gap_rules)?;
    let mut needs: Vec<Need> = Vec::new();
    for (citizenship, w) in gaps {
        let Some(group) = rules.need.group.get(&citizenship) else {
            continue;
        };
        if w.size < rules.need.min_gap_points
            || needs.iter().any(|n| n.field == w.area && &n.group == group)
        {
            continue;
        }
        let met_by = rules
            .need
            .met_by
            .get(group)
            .cloned()
            .unwrap_or_else(|| vec![group.clone()]);
        let meeting: Vec<&OperationRef> = inside
            .iter()
            .filter(|(_, p)| {
                p.fields.contains(&w.area) && p.groups.iter().any(|g| met_by.contains(g))
            })
            .map(|(o, _)| *o)
            .collect();
        needs.push(Need {
            field: w.area.clone(),
            group: group.clone(),
            evidence: w.text.clone(),
            gap: w.clone(),
            projects: meeting.len(),
            eur: meeting.iter().filter_map(|o| o.eur).fold(0.0, |a, b| a + b),
        });
    }
    Ok(needs)
}

/// Sets of operations in one cell (a named target group) whose periods overlap, run by
/// more than one beneficiary or more than once by the same: a sweep over start dates.
fn overlaps(inside: &[(&OperationRef, &Placement)], cells: &[Cell]) -> Vec<Overlap> {
    let mut out = Vec::new();
    for cell in cells
        .iter()
        .filter(|c| c.group != NO_GROUP && c.field != UNPLACED)
    {
        let mut dated: Vec<&OperationRef> = inside
            .iter()
            .map(|(o, _)| *o)
            .filter(|o| cell.operations.contains(&o.id) && o.start.is_some() && o.end.is_some())
            .collect();
        dated.sort_by(|a, b| a.start.cmp(&b.start).then(a.id.cmp(&b.id)));
        let mut set: Vec<&OperationRef> = Vec::new();
        let mut set_end = String::new();
        let flush = |set: &mut Vec<&OperationRef>, out: &mut Vec<Overlap>| {
            if set.len() >= 2 {
                out.push(overlap_of(cell, set));
            }
            set.clear();
        };
        for o in dated {
            let (start, end) = (
                o.start.clone().unwrap_or_default(),
                o.end.clone().unwrap_or_default(),
            );
            if !set.is_empty() && start > set_end {
                flush(&mut set, &mut out);
            }
            if set.is_empty() || end > set_end {
                set_end = end;
            }
            set.push(o);
        }
        flush(&mut set, &mut out);
    }
    out
}

fn overlap_of(cell: &Cell, set: &[&OperationRef]) -> Overlap {
    let from = set
        .iter()
        .filter_map(|o| o.start.clone())
        .min()
        .unwrap_or_default();
    let to = set
        .iter()
        .filter_map(|o| o.end.clone())
        .max()
        .unwrap_or_default();
    let mut names: Vec<String> = set
        .iter()
        .map(|o| beneficiaries::normalise(&o.beneficiary, &[]))
        .collect();
    names.sort();
    names.dedup();
    Overlap {
        field: cell.field.clone(),
        group: cell.group.clone(),
        from,
        to,
        operations: set.iter().map(|o| o.id).collect(),
        beneficiaries: names.len(),
    }
}

/// Euros per resident for the groups with a population rule, where the place is its
/// city's own territory (a county's euros are not divided by a city's residents).
fn per_resident(
    store: &Store,
    rules: &Rules,
    place: &Place,
    inside: &[(&OperationRef, &Placement)],
    notes: &mut Vec<Note>,
) -> Result<Vec<PerResident>> {
    let Some(city) = place.city.as_deref() else {
        return Ok(Vec::new());
    };
    if !place.same_area {
        notes.push(Note::NotSameTerritory {
            place: place.name.clone(),
        });
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for rule in &rules.population {
        let rows = store.observations(&store::SeriesFilter {
            geo: Some(city.to_string()),
            dataset: Some(rule.dataset.clone()),
            variable: Some(rule.variable.clone()),
            latest_only: true,
            ..Default::default()
        })?;
        let Some(row) = rows
            .iter()
            .filter(|r| r.observation.group.dimensions().count() == 0)
            .max_by(|a, b| {
                a.observation
                    .period
                    .to_string()
                    .cmp(&b.observation.period.to_string())
            })
        else {
            notes.push(Note::NoResidents {
                label: rule.label.clone(),
                city: city.to_string(),
                group: rule.group.clone(),
            });
            continue;
        };
        let all = rule.group == "all residents";
        let counts = |groups: &[String]| {
            groups.contains(&rule.group) || groups.iter().any(|g| rule.counts.contains(g))
        };
        let eur: f64 = inside
            .iter()
            .filter(|(_, p)| all || counts(&p.groups))
            .filter_map(|(o, _)| o.eur)
            .fold(0.0, |a, b| a + b);
        let residents = row.observation.value;
        if residents > 0.0 {
            out.push(PerResident {
                group: rule.group.clone(),
                residents_label: rule.label.clone(),
                residents,
                period: row.observation.period.to_string(),
                eur,
                eur_per_resident: eur / residents,
            });
        }
    }
    Ok(out)
}

/// Kohesio's beneficiaries of the place's region: counts and sums of what is listed, and the
/// ten largest.
fn recipients(store: &Store, place: &Place, notes: &mut Vec<Note>) -> Result<Option<Recipients>> {
    let Some(region) = &place.kohesio_region else {
        return Ok(None);
    };
    let all = store.beneficiary_totals(Some(region))?;
    if all.is_empty() {
        notes.push(Note::KohesioNotLoaded {
            region: region.clone(),
        });
        return Ok(None);
    }
    if all.len() >= 200 {
        notes.push(Note::KohesioCapped {
            region: region.clone(),
        });
    }
    Ok(Some(Recipients {
        region: region.clone(),
        beneficiaries: all.len(),
        total_eur: all
            .iter()
            .filter_map(|b| b.total_eur)
            .fold(0.0, |a, b| a + b),
        eu_eur: all.iter().filter_map(|b| b.eu_eur).fold(0.0, |a, b| a + b),
        projects: all.iter().map(|b| u64::from(b.projects)).sum(),
        largest: all.into_iter().take(10).collect(),
    }))
}
