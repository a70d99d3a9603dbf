//! What the store holds, as tables for people: the datasets, places, variables and imports,
//! and the figures of one place with the legend of their flags and their sources. The
//! command line prints them (`observatory`, `list`, `show`); their rows are the JSON and
//! CSV forms of the same.

use crate::ImportError;
use catalogue::Catalogue;
use model::{Flags, GeoLevel, Geography};
use report::{Table, table_of};
use store::{ObservationRow, SeriesFilter, Store};

/// The columns of the datasets table.
const DATASETS: &str =
    "dataset, series, observations, places=geographies, first=first_period, last=last_period";

/// The datasets table, with the totals a first look needs.
pub fn overview(store: &Store) -> Result<(String, Table), ImportError> {
    let datasets = store.datasets()?;
    let cities = store.geographies(Some(GeoLevel::City), None)?;
    let heading = format!(
        "Integration Observatory — {} datasets, {} observations, {} cities",
        datasets.len(),
        store.count_observations()?,
        cities.len()
    );
    Ok((heading, table_of(&datasets, DATASETS)))
}

/// What `list` can list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    Datasets,
    Geographies,
    Variables,
    Imports,
}

/// A listing as a table and as the rows behind it (for JSON).
pub fn list(
    store: &Store,
    what: Listing,
    level: Option<&str>,
    country: Option<&str>,
    dataset: Option<&str>,
) -> Result<(Table, serde_json::Value), ImportError> {
    Ok(match what {
        Listing::Datasets => {
            let rows = store.datasets()?;
            (table_of(&rows, DATASETS), json(&rows))
        }
        Listing::Geographies => {
            let level = match level {
                Some(l) => Some(GeoLevel::parse(l).ok_or_else(|| {
                    ImportError::Invalid(format!(
                        "unknown level '{l}': use country, nuts1, nuts2, nuts3, functional_urban_area, greater_city, city, district, neighbourhood or aggregate"
                    ))
                })?),
                None => None,
            };
            let country = country.map(str::to_ascii_uppercase);
            let rows = store.geographies(level, country.as_deref())?;
            (
                table_of(&rows, "code, name, level, country, parent"),
                json(&rows),
            )
        }
        Listing::Variables => {
            let rows = store.variables(dataset)?;
            let spec = "dataset, variable, unit, series, observations";
            (table_of(&rows, spec), json(&rows))
        }
        Listing::Imports => {
            let rows = store.imports()?;
            // The checksum and the full provenance are in CSV/JSON; the table fits a screen.
            let spec = "#=id, file=file_name, format, source, imported at=imported_at, observations, new=counts.inserted, replaced=counts.replaced";
            (table_of(&rows, spec), json(&rows))
        }
    })
}

/// The rows behind a table, for `--format json`.
fn json<T: serde::Serialize>(rows: &[T]) -> serde_json::Value {
    serde_json::to_value(rows).unwrap_or_default()
}

/// The figures of one place, as `show` prints them.
#[derive(Debug, Clone)]
pub struct Figures {
    pub rows: Vec<ObservationRow>,
    pub table: Table,
    /// Only the latest period of each series (no variable or period asked for).
    pub latest_only: bool,
    /// Every flag that occurs, for the legend.
    pub flags: Flags,
    /// The sources, in the order they first occur.
    pub sources: Vec<String>,
}

/// The figures of `place`: the latest of each series, or those of a variable or period.
pub fn figures(
    store: &Store,
    cat: &Catalogue,
    place: &Geography,
    dataset: Option<String>,
    variable: Option<String>,
    period: Option<&str>,
) -> Result<Figures, ImportError> {
    let period = match period {
        Some(p) => Some(
            model::Period::parse(p)
                .map_err(|e| ImportError::Invalid(e.to_string()))?
                .to_string(),
        ),
        None => None,
    };
    let filter = SeriesFilter {
        geo: Some(place.code.to_string()),
        latest_only: variable.is_none() && period.is_none(),
        dataset,
        variable,
        period,
    };
    let rows = store.observations(&filter)?;
    let mut table = Table::new(vec![
        "dataset",
        "variable",
        "what",
        "group",
        "breakdown",
        "period",
        "value",
        "unit",
        "flags",
    ]);
    let mut flags = Flags::NONE;
    let mut sources: Vec<String> = Vec::new();
    for r in &rows {
        let o = &r.observation;
        for f in o.flags.iter() {
            flags.insert(f);
        }
        if !sources.contains(&r.source) {
            sources.push(r.source.clone());
        }
        table.push(vec![
            o.dataset.clone(),
            o.variable.clone(),
            cat.variable_label(&o.dataset, &o.variable),
            o.group.describe(),
            o.breakdown_key(),
            o.period.to_string(),
            report::number(o.value),
            o.unit.clone().unwrap_or_default(),
            o.flags.to_string(),
        ]);
    }
    Ok(Figures {
        rows,
        table,
        latest_only: filter.latest_only,
        flags,
        sources,
    })
}
