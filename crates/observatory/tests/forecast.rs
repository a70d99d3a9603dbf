//! `observatory forecast` as a user runs it: a long CSV in, a long CSV out, one clear
//! message for a bad file, and a place's stored series with a break.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

mod common;

use common::{ok, run};

const SERIES: &str = "unique_id,ds,y\nA,2022,13\nA,2019,10\nA,2020,11\nA,2021,12\nB,2018,5\nB,2019,7\nB,2020,6\nB,2021,8\nB,2022,9\nB,2023,9\n";

#[test]
fn a_long_csv_is_forecast_into_the_statsforecast_layout() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store.db");
    let input = dir.path().join("series.csv");
    std::fs::write(&input, SERIES).unwrap();
    let out = dir.path().join("forecast.csv");
    let args = [
        "--no-bundled-data",
        "forecast",
        "--input",
        input.to_str().unwrap(),
        "--horizon",
        "2",
    ];
    ok(&db, &[&args[..], &["-o", out.to_str().unwrap()]].concat());
    let text = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "unique_id,ds,model,forecast,lo_80,hi_80,lo_95,hi_95"
    );
    // A has 4 points: naive, 13 (differences all 1: σ = 1, t with 3 df: 13 ± 1.637744).
    assert!(
        lines[1].starts_with("A,2023,Naive,13,11.362256,14.637744,"),
        "{text}"
    );
    assert!(lines[4].starts_with("B,2025,"), "{text}");
    assert_eq!(lines.len(), 5);
    // Without -o the same rows go to standard output, other levels give other columns.
    let stdout = ok(&db, &[&args[..], &["--level", "90"]].concat());
    assert!(
        stdout.starts_with("unique_id,ds,model,forecast,lo_90,hi_90\nA,2023,Naive,13,"),
        "{stdout}"
    );
}

#[test]
fn a_bad_file_gets_one_message_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store.db");
    let input = dir.path().join("bad.csv");
    std::fs::write(&input, "unique_id,ds,y\nA,2019,10\nA,2021,11\nA,2022,12\n").unwrap();
    let out = dir.path().join("forecast.csv");
    let o = run(
        &db,
        &[
            "--no-bundled-data",
            "forecast",
            "--input",
            input.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert!(!o.status.success());
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("bad.csv, line 3, column ds: series 'A' jumps from 2019 to 2021"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(!out.exists());
}

#[test]
fn a_stored_series_is_forecast_from_its_last_segment() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store.db");
    let file = dir.path().join("city.csv");
    let mut text = String::from("Year,geo,indicator,Value,unit,flags\n");
    for (year, value, flag) in [
        (2016, 900, ""),
        (2017, 950, ""),
        (2018, 1000, ""),
        (2019, 400, "b"),
        (2020, 410, ""),
        (2021, 420, ""),
        (2022, 430, ""),
    ] {
        text.push_str(&format!("{year},HR004C,residents,{value},PER,{flag}\n"));
    }
    std::fs::write(&file, text).unwrap();
    ok(
        &db,
        &[
            "--no-bundled-data",
            "import",
            file.to_str().unwrap(),
            "--dataset",
            "demo",
        ],
    );
    let o = run(
        &db,
        &[
            "forecast",
            "HR004C",
            "--variable",
            "residents",
            "--horizon",
            "1",
        ],
    );
    let (stdout, stderr) = (
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr),
    );
    assert!(o.status.success(), "{stderr}");
    // Four points since the break: naive, 430 (not a trend across the break).
    assert!(
        stdout.lines().nth(1).unwrap().contains(",2023,Naive,430,"),
        "{stdout}"
    );
    assert!(stderr.contains("4 points: naive forecast"), "{stderr}");
}
