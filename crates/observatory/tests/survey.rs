//! `observatory survey`: a city's survey from the command line — the template XLSForm kept
//! for Osijek, exported again, fielded, invited; a bad form refused with its sheet, row and
//! column, changing nothing.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

mod common;

use common::{ok, run};

const FORMS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../");

#[test]
fn a_questionnaire_is_imported_exported_fielded_and_a_bad_one_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store.db");
    ok(&db, &["init"]);
    let template = format!("{FORMS}catalogue/surveys/city-survey-of-migrants.xlsx");
    let said = ok(&db, &["survey", "import", &template, "--city", "HR004C"]);
    assert!(said.contains("version 1"), "{said}");
    assert!(
        said.contains("languages: English (en), Deutsch (de), Hrvatski (hr)"),
        "{said}"
    );
    assert!(said.contains("birth_group"), "{said}");

    // Exported and read back: the same questionnaire, so the same version.
    let xlsx = dir.path().join("again.xlsx");
    ok(
        &db,
        &["survey", "export", "1", "-o", xlsx.to_str().unwrap()],
    );
    let again = ok(
        &db,
        &[
            "survey",
            "import",
            xlsx.to_str().unwrap(),
            "--city",
            "HR004C",
        ],
    );
    assert!(again.contains("unchanged"), "{again}");

    let opened = ok(
        &db,
        &[
            "survey",
            "open",
            "1",
            "--title",
            "Living in Osijek",
            "--opens",
            "2026-11-01",
            "--closes",
            "2026-12-31",
        ],
    );
    assert!(opened.contains("survey 1 open"), "{opened}");
    let codes = ok(&db, &["survey", "invite", "1", "--count", "3"]);
    assert_eq!(codes.lines().count(), 3);
    assert!(
        codes
            .lines()
            .all(|c| c.len() == 24 && c.matches('-').count() == 4),
        "{codes}"
    );
    let listed = ok(&db, &["survey", "list"]);
    assert!(listed.contains("0 responses of 3 codes"), "{listed}");

    // A form with an unknown question type: refused, naming the sheet, row and column.
    let bad = format!("{FORMS}crates/surveys/tests/forms/bad/unknown-type.xlsx");
    let out = run(&db, &["survey", "import", &bad, "--city", "HR004C"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("sheet 'survey', row"), "{err}");
    assert!(err.contains("column 'type'"), "{err}");
    let listed_after = ok(&db, &["survey", "list"]);
    assert_eq!(listed, listed_after, "a refused form changed the store");

    // An unknown city is refused too.
    let out = run(&db, &["survey", "import", &template, "--city", "XX999C"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("no place with the code 'XX999C'"));
}
