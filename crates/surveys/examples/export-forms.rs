//! Exports, after import and export by the observatory, the city survey template and every
//! test form that imports, into a folder: what `e2e/pyxform.sh` gives to pyxform, the
//! reference XLSForm converter, to prove that what the observatory writes is a valid XLSForm.
//!
//! `cargo run -q -p surveys --example export-forms -- DIR`

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn forms() -> Vec<PathBuf> {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![crate_dir.join("../../catalogue/surveys/city-survey-of-migrants.xlsx")];
    let mut dirs = vec![crate_dir.join("tests/forms")];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "xlsx" || e == "xls") {
                out.push(path);
            }
        }
    }
    out
}

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: export-forms DIR");
        return ExitCode::FAILURE;
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("{}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let mut exported = 0;
    for (i, path) in forms().iter().enumerate() {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        };
        // Named by the path under tests/forms, so that no two forms share a name.
        let forms_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/forms");
        let stem = match path.strip_prefix(&forms_dir) {
            Ok(relative) => relative
                .with_extension("")
                .to_string_lossy()
                .replace(['/', '\\'], "-"),
            Err(_) => path
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
        };
        match surveys::import(&bytes) {
            Ok(q) => {
                let out = dir.join(format!("{stem}.xlsx"));
                if let Err(e) = std::fs::write(&out, surveys::export(&q)) {
                    eprintln!("{}: {e}", out.display());
                    return ExitCode::FAILURE;
                }
                println!("exported {}", out.display());
                exported += 1;
            }
            // The template must import; test forms that are refused on purpose are skipped.
            Err(e) if i == 0 => {
                eprintln!("{}: {e}", path.display());
                return ExitCode::FAILURE;
            }
            Err(e) => println!(
                "skipped {} (refused on purpose: {} problem{})",
                path.display(),
                e.0.len(),
                if e.0.len() == 1 { "" } else { "s" }
            ),
        }
    }
    println!("{exported} forms exported");
    ExitCode::SUCCESS
}
