//! The city survey template's source: one CSV file per sheet (survey.csv, choices.csv,
//! settings.csv), easy to review and translate, made into the .xlsx by
//! `examples/city-survey-template.rs` and checked against it by `tests/template.rs`.

use std::path::Path;
use surveys::xlsform::{Sheet, Workbook};

/// The template's folder.
pub fn template_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue/surveys/city-survey-of-migrants")
}

/// The template's .xlsx.
pub fn template_xlsx() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../catalogue/surveys/city-survey-of-migrants.xlsx")
}

/// The sheets of a folder of CSV files, `survey.csv` first.
pub fn read(dir: &Path) -> Result<Workbook, String> {
    let mut book = Workbook::default();
    for name in ["survey", "choices", "settings"] {
        let path = dir.join(format!("{name}.csv"));
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_path(&path)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| format!("{}: {e}", path.display()))?;
            rows.push(record.iter().map(str::to_string).collect());
        }
        book.sheets.push(Sheet::new(name, rows));
    }
    Ok(book)
}
