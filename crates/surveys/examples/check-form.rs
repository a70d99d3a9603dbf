//! Reads XLSForms and prints what the observatory makes of them: the sections and questions,
//! or every problem with its sheet, row and column.
//!
//! `cargo run -q -p surveys --example check-form -- FORM.xlsx…`

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut ok = true;
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                ok = false;
                continue;
            }
        };
        match surveys::import(&bytes) {
            Ok(q) => {
                let languages: Vec<String> = q.languages.iter().map(|l| l.tag()).collect();
                println!(
                    "{path}: '{}' ({}), version {}, languages {}, fingerprint {}",
                    q.title(&q.default_language),
                    q.id,
                    q.version.as_deref().unwrap_or("-"),
                    languages.join(", "),
                    &q.fingerprint()[..12]
                );
                for (i, s) in q.sections.iter().enumerate() {
                    let names: Vec<&str> = s.questions().map(|q| q.name.as_str()).collect();
                    println!(
                        "  page {}: {} [{}]",
                        i + 1,
                        q.section_label(i, &q.default_language)
                            .unwrap_or("(no title)"),
                        names.join(" ")
                    );
                }
            }
            Err(e) => {
                ok = false;
                println!("{path}: {e}");
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
