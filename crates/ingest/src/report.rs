use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// What an import did, shown to the user and kept with the import's provenance.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ImportReport {
    pub format: String,
    pub datasets: Vec<String>,
    /// Data rows (or cells, for cross-tabulated formats) read from the file.
    pub rows_read: u64,
    /// Observations handed to the store.
    pub observations: u64,
    pub geographies: u64,
    /// Cells or rows not imported, counted by reason.
    pub skipped: BTreeMap<String, u64>,
    /// Things the user should know (labels kept because no code was known, …).
    pub notes: Vec<String>,
    /// Labels of the variables the file defines, as (code, label): the questions of a
    /// survey workbook. Empty for formats whose variables are codes of a known list.
    pub variables: Vec<(String, String)>,
}

impl ImportReport {
    pub fn skip(&mut self, reason: &str) {
        *self.skipped.entry(reason.to_string()).or_default() += 1;
    }

    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }

    pub(crate) fn add_dataset(&mut self, d: &str) {
        if !self.datasets.iter().any(|x| x == d) {
            self.datasets.push(d.to_string());
        }
    }
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} ({}): {} rows read, {} observations",
            self.datasets.join(", "),
            self.format,
            self.rows_read,
            self.observations
        )?;
        if self.geographies > 0 {
            writeln!(f, "  {} geographies", self.geographies)?;
        }
        for (reason, n) in &self.skipped {
            writeln!(f, "  skipped {n}: {reason}")?;
        }
        if !self.variables.is_empty() {
            writeln!(f, "  {} variable labels", self.variables.len())?;
        }
        for note in &self.notes {
            writeln!(f, "  note: {note}")?;
        }
        Ok(())
    }
}
