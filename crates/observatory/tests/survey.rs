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
    // The responses (none yet, but a named survey's file can be written while open) and
    // beside them the codebook that says what each column holds.
    let csv = dir.path().join("responses.csv");
    let said = ok(
        &db,
        &["survey", "responses", "1", "-o", csv.to_str().unwrap()],
    );
    assert!(said.contains("0 responses"), "{said}");
    let header = std::fs::read_to_string(&csv).unwrap();
    assert!(
        header.starts_with("response,weight_base,weight_calibrated,intro,consent,"),
        "{header}"
    );
    let book: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("responses.codebook.json")).unwrap())
            .unwrap();
    let columns = book["columns"].as_array().unwrap();
    assert_eq!(
        columns.len(),
        header.trim_end().split(',').count(),
        "one entry per column"
    );
    let level = columns
        .iter()
        .find(|c| c["name"] == "language_level")
        .unwrap();
    assert_eq!(level["type"], "select_one proficiency");
    assert_eq!(level["relevant"], "${consent} = 'yes'");
    assert!(level["choices"].as_array().unwrap().len() >= 4, "{level}");

    // Weighting to the store's populations needs responses; an open survey is not sent
    // for publication.
    let out = run(&db, &["survey", "weight", "1", "--from-store"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no respondent"), "{err}");
    let out = run(&db, &["survey", "submit", "1"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("still open"));
    let out = run(&db, &["survey", "weight", "1"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--margins"),
        "either margins or the store"
    );

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
