//! `observatory report`: the City Integration Report from the command line, as a user runs
//! it on the bundled data. Needs `chromium` and poppler's `pdftoppm`/`pdftotext`, which
//! `.ci/run` installs.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

mod common;

use common::{bin, ok, run};
use std::process::Command;

fn tool(name: &str) -> Command {
    assert!(
        Command::new("which")
            .arg(name)
            .output()
            .is_ok_and(|o| o.status.success()),
        "{name} is missing: apt-get install chromium poppler-utils (.ci/run does)"
    );
    Command::new(name)
}

#[test]
fn osijeks_report_in_croatian_as_pdf_and_in_the_shells_language_as_html() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store.db");
    ok(&db, &["init"]);

    let pdf = dir.path().join("osijek-2024.pdf");
    let said = ok(
        &db,
        &[
            "report",
            "Osijek",
            "--lang",
            "hr",
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(said.contains("Osijek (hr)"), "{said}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "not a PDF");
    let raw = String::from_utf8_lossy(&bytes);
    assert!(
        raw.contains("/Lang (hr)") || raw.contains("/Lang(hr)"),
        "no /Lang hr"
    );
    assert!(raw.contains("/StructTreeRoot"), "not tagged");

    // Its pages render, and its text has the profile's figures as Croatian writes them:
    // Osijek's population on 1 January 2022 and its foreign-born share in 2021.
    let out = tool("pdftoppm")
        .args(["-png", "-r", "40"])
        .arg(&pdf)
        .arg(dir.path().join("page"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pages = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".png")
        })
        .count();
    assert!(pages >= 2, "{pages} pages");
    let text = tool("pdftotext").arg(&pdf).arg("-").output().unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("94.974"), "population in Croatian format");
    assert!(
        text.contains("14,7"),
        "foreign-born share with a decimal comma"
    );
    assert!(
        text.contains("Izvješće o integraciji grada"),
        "the Croatian title"
    );

    // Without --lang, the shell's locale decides.
    let html = dir.path().join("osijek.html");
    let out = bin()
        .env("LANG", "cs_CZ.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .arg("--db")
        .arg(&db)
        .args(["report", "HR004C", "-o", html.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<html lang=\"cs\""), "the report is in Czech");
    assert!(page.contains("94\u{a0}974"), "Czech grouping");

    // A file it cannot write says what to ask for, and writes nothing.
    let bad = dir.path().join("osijek.docx");
    let out = run(&db, &["report", "Osijek", "-o", bad.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(".pdf") && err.contains(".html"), "{err}");
    assert!(!bad.exists());
}
