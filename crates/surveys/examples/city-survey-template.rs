//! Makes `catalogue/surveys/city-survey-of-migrants.xlsx` from its source sheets
//! (`catalogue/surveys/city-survey-of-migrants/*.csv`): read and checked as any XLSForm, then
//! written by the observatory's export. `tests/template.rs` fails when the two differ.
//!
//! `cargo run -q -p surveys --example city-survey-template`

#[path = "../tests/common/csv_sheets.rs"]
mod csv_sheets;

use std::process::ExitCode;

fn main() -> ExitCode {
    let book = match csv_sheets::read(&csv_sheets::template_dir()) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let q = match surveys::xlsform::import_workbook(&book) {
        Ok(q) => q,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let out = csv_sheets::template_xlsx();
    if let Err(e) = std::fs::write(&out, surveys::export(&q)) {
        eprintln!("{}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    println!(
        "{} ({} sections, fingerprint {})",
        out.display(),
        q.sections.len(),
        q.fingerprint()
    );
    ExitCode::SUCCESS
}
