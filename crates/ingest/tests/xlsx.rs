//! Tidy Excel sheets, on the fixture made by tests/fixtures/make_tidy_xlsx.py (Osijek,
//! HR004C, residents by citizenship group and sex, 2019-2023).
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use ingest::{Collect, Format, IngestError, Options, read_file};
use model::{Dimension, Flags, GeoCode, Period};
use std::path::PathBuf;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tidy-example.xlsx")
}

fn read(options: &Options) -> (ingest::ImportReport, Collect) {
    let mut sink = Collect::default();
    let report = read_file(&fixture(), None, options, &mut sink, &mut |_| {}).unwrap();
    (report, sink)
}

fn read_err(options: &Options) -> IngestError {
    let mut sink = Collect::default();
    read_file(&fixture(), None, options, &mut sink, &mut |_| {}).unwrap_err()
}

#[test]
fn reads_the_first_sheet() {
    assert_eq!(
        ingest::detect_format(&fixture()).unwrap(),
        Format::TIDY_XLSX
    );
    let (report, sink) = read(&Options::default());
    assert_eq!(report.format, "tidy-xlsx");
    assert_eq!(report.rows_read, 30);
    // One 2023 value is empty (confidential): skipped, not read as 0.
    assert_eq!(report.observations, 29);
    assert_eq!(report.skipped.get("no value"), Some(&1));
    assert_eq!(report.datasets, vec!["tidy-example".to_string()]);
    assert_eq!(sink.geographies.len(), 1);
    assert_eq!(sink.geographies[0].code, GeoCode::new("HR004C"));
    assert_eq!(sink.geographies[0].name, "Osijek");

    // Year cells are numbers (2019.0 in the sheet): read as years.
    let years: std::collections::BTreeSet<Period> =
        sink.observations.iter().map(|o| o.period).collect();
    assert_eq!(
        years.into_iter().collect::<Vec<_>>(),
        (2019..=2023).map(Period::Year).collect::<Vec<_>>()
    );
    let total: f64 = sink.observations.iter().map(|o| o.value).sum();
    assert_eq!(total, 481_671.0); // sum of the figures in make_tidy_xlsx.py without the empty one (578)
    let first = sink
        .observations
        .iter()
        .find(|o| {
            o.period == Period::Year(2019)
                && o.group.get(Dimension::Citizenship) == Some("NEU27_2020_FOR")
                && o.group.get(Dimension::Sex) == Some("F")
        })
        .unwrap();
    assert_eq!(first.value, 236.0);
    assert_eq!(first.geo.as_str(), "HR004C");
    assert_eq!(first.flags, Flags::NONE);
    assert!(first.breakdown.is_empty());
    // 2023 is provisional.
    let provisional = Flags::parse("p").unwrap();
    assert!(
        sink.observations
            .iter()
            .all(|o| (o.period == Period::Year(2023)) == (o.flags == provisional))
    );
}

#[test]
fn an_error_cell_names_sheet_and_cell() {
    let options = Options {
        sheet: Some("Broken".into()),
        ..Options::default()
    };
    let err = read_err(&options);
    let location = err.location();
    assert_eq!(location.line, Some(3));
    assert_eq!(location.column.as_ref().map(|c| c.0), Some(3));
    let text = err.to_string();
    assert!(text.contains("sheet Broken, cell C3"), "{text}");
    assert!(text.contains("#N/A"), "{text}");
    assert!(text.contains("C: Value"), "{text}");
}

#[test]
fn a_missing_sheet_lists_the_sheets() {
    let options = Options {
        sheet: Some("Daten".into()),
        ..Options::default()
    };
    let text = read_err(&options).to_string();
    assert!(text.contains("'Daten'"), "{text}");
    assert!(text.contains("'Data', 'Notes', 'Broken'"), "{text}");
}

#[test]
fn a_sheet_without_the_tidy_columns_says_which_row_was_the_header() {
    let options = Options {
        sheet: Some("Notes".into()),
        ..Options::default()
    };
    let err = read_err(&options);
    assert_eq!(err.location().line, Some(1));
    let text = err.to_string();
    assert!(text.contains("Year"), "{text}");
    assert!(text.contains("sheet Notes"), "{text}");
}
