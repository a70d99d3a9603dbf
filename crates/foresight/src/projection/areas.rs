//! Subregional scenarios that add up to the whole.
//!
//! A canton's regions or a city's districts rarely have parameters of their own; what they
//! have is their population by group × sex × age and a record of who moved in. Each area
//! gets the whole's rates (mortality, fertility, emigration, naturalisation) and
//!
//! - its share of the whole's start population, cell by cell (group × sex × age), from the
//!   area's own population counts;
//! - its share of the whole's immigrants, cell by cell, from the immigrants the areas
//!   recorded (pooled over the years given), or, where no area recorded any immigrant of a
//!   cell, its share of the cell's population.
//!
//! The shares of every cell add up to one, and the model is linear in the population and
//! the immigrant counts for given rates, so the areas' projections add up to the whole's in
//! every cell of every year (a property test checks it). The price, said plainly: an area
//! whose residents emigrate more often than the whole's do is not distinguished.

use super::parameters::{Header, ParameterError, Scenario, rows};
use super::{Layout, Rates};

/// Each area's share of each cell, for the population and for the immigrants.
#[derive(Debug, Clone, PartialEq)]
pub struct Shares {
    pub areas: Vec<String>,
    pub population: Vec<Vec<f64>>,
    pub immigrants: Vec<Vec<f64>>,
}

/// Shares of each cell from per-area counts (`counts[area][cell]`); a cell no area has
/// falls back to `fallback`'s shares of that cell, or equal shares.
fn shares_of(counts: &[Vec<f64>], fallback: Option<&[Vec<f64>]>) -> Vec<Vec<f64>> {
    let areas = counts.len();
    let cells = counts.first().map_or(0, Vec::len);
    let mut out = vec![vec![0.0; cells]; areas];
    for i in 0..cells {
        let total: f64 = counts.iter().map(|c| c[i]).sum();
        for r in 0..areas {
            out[r][i] = match (total > 0.0, fallback) {
                (true, _) => counts[r][i] / total,
                (false, Some(f)) => f[r][i],
                (false, None) => 1.0 / areas as f64,
            };
        }
    }
    out
}

impl Shares {
    /// From each area's population (`(area, cells)`) and, where recorded, its immigrants.
    pub fn new(
        population: &[(String, Vec<f64>)],
        immigrants: Option<&[(String, Vec<f64>)]>,
    ) -> Result<Self, ParameterError> {
        let areas: Vec<String> = population.iter().map(|(a, _)| a.clone()).collect();
        let counts: Vec<Vec<f64>> = population.iter().map(|(_, c)| c.clone()).collect();
        let population_shares = shares_of(&counts, None);
        let immigrants = match immigrants {
            None => population_shares.clone(),
            Some(imm) => {
                let mut by_area = Vec::with_capacity(areas.len());
                for a in &areas {
                    let (_, c) = imm.iter().find(|(b, _)| b == a).ok_or_else(|| ParameterError {
                        file: "the areas' migration records".into(),
                        line: None,
                        column: Some("spatial_unit".into()),
                        message: format!("the area '{a}' has a population and no migration records: give both for every area"),
                    })?;
                    by_area.push(c.clone());
                }
                shares_of(&by_area, Some(&population_shares))
            }
        };
        Ok(Shares {
            areas,
            population: population_shares,
            immigrants,
        })
    }

    /// One scenario per area, scaled from the whole's.
    pub fn split(&self, whole: &Scenario) -> Vec<Scenario> {
        self.areas
            .iter()
            .enumerate()
            .map(|(r, area)| {
                let mut s = whole.clone();
                s.area = area.clone();
                for (v, share) in s.start.iter_mut().zip(&self.population[r]) {
                    *v *= share;
                }
                for year in &mut s.years {
                    for (rates, share) in year.cells.iter_mut().zip(&self.immigrants[r]) {
                        scale_immigrants(rates, *share);
                    }
                }
                s
            })
            .collect()
    }
}

fn scale_immigrants(r: &mut Rates, share: f64) {
    r.imm_int_n *= share;
    r.imm_nat_n *= share;
    r.acq_as_count *= share;
}

/// Reads the areas' migration records (columns `spatial_unit,nat,sex,age,imm_n`, other
/// columns such as `year`, `emi_n`, `births` ignored) and pools the immigrants per area
/// and cell over all the years given.
pub fn read_area_immigrants(
    text: &str,
    source: &str,
    layout: &Layout,
) -> Result<Vec<(String, Vec<f64>)>, ParameterError> {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header = Header::read(source, &mut reader)?;
    header.require(&["spatial_unit", "nat", "sex", "age", "imm_n"])?;
    let mut out: Vec<(String, Vec<f64>)> = Vec::new();
    for row in rows(&header, &mut reader)? {
        let area = row.text("spatial_unit").to_string();
        let i = row.cell(layout)?;
        let n = row.number("imm_n")?;
        match out.iter_mut().find(|(a, _)| *a == area) {
            Some((_, cells)) => cells[i] += n,
            None => {
                let mut cells = vec![0.0; layout.cells()];
                cells[i] = n;
                out.push((area, cells));
            }
        }
    }
    Ok(out)
}
