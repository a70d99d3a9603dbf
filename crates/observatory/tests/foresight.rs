//! `observatory project`: the bundled Aargau example from the binary, variants, subregions,
//! service demand, and bad parameter files refused with file, line and column.
#![allow(clippy::unwrap_used)]

mod common;

use common::{bin, data_dir};
use std::path::Path;

/// Runs `project` against a store that needs no bundled data (the command reads files).
fn project(dir: &Path, args: &[&str]) -> std::process::Output {
    bin()
        .arg("--db")
        .arg(dir.join("o.db"))
        .arg("--no-bundled-data")
        .arg("project")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_aargau_example_runs_from_the_binary_with_its_school_places() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("aargau.csv");
    let demand = dir.path().join("demand.csv");
    let o = project(
        dir.path(),
        &[
            "--example",
            "aargau",
            "-o",
            out.to_str().unwrap(),
            "--demand-output",
            demand.to_str().unwrap(),
        ],
    );
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let csv = std::fs::read_to_string(&out).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "scen,year,nat,sex,age,population,births,deaths,emigrants,immigrants,naturalisations,spatial_unit"
    );
    // 3 scenarios × 31 years × 2 groups × 2 sexes × 101 ages.
    assert_eq!(csv.lines().count() - 1, 3 * 31 * 404);
    // The FSO's reference projection has 2,486 Swiss boys aged 0 at the end of 2025.
    let first: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(first[..5], ["reference", "2025", "ch", "m", "0"]);
    assert!(
        (first[5].parse::<f64>().unwrap() - 2486.0).abs() < 1.0,
        "{first:?}"
    );
    assert!(
        stdout.contains("reference") && stdout.contains("Primary school places"),
        "{stdout}"
    );
    let demand = std::fs::read_to_string(&demand).unwrap();
    assert!(demand.starts_with("year,service,label,unit,central,low,high\n"));
    assert_eq!(demand.lines().count() - 1, 3 * 31);
}

#[test]
fn variants_and_subregions_from_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = data_dir().join("aargau-projection");
    let p = d.join("fso_parameters_reference_2025-2055.csv");
    let out = dir.path().join("o.csv");
    let o = project(
        dir.path(),
        &[
            "--parameters",
            p.to_str().unwrap(),
            "--variant",
            "more-arrivals=immigration*1.2@2027,naturalisation*2:int",
            "--areas",
            d.join("ag_population_subregional.csv").to_str().unwrap(),
            "--area-migration",
            d.join("ag_migration_subregional.csv").to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let csv = std::fs::read_to_string(&out).unwrap();
    // Two scenarios × five areas.
    assert_eq!(csv.lines().count() - 1, 2 * 5 * 31 * 404);
    assert!(csv.contains("\nmore-arrivals,2055,int,f,30,"));
}

#[test]
fn a_bad_parameter_file_names_file_line_and_column_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let p = data_dir().join("aargau-projection/fso_parameters_reference_2025-2055.csv");
    let text = std::fs::read_to_string(p).unwrap();
    let bad = text.replacen(
        "reference,Aargau,2025,ch,m,3,",
        "reference,Aargau,2025,ch,m,-3,",
        1,
    );
    let file = dir.path().join("params.csv");
    std::fs::write(&file, bad).unwrap();
    let out = dir.path().join("o.csv");
    let o = project(
        dir.path(),
        &[
            "--parameters",
            file.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(
            "params.csv, line 5, column age: found '-3', expected a whole age from 0 to 100"
        ),
        "{err}"
    );
    assert!(!out.exists() && !dir.path().join("o.partial").exists());
    let o = project(
        dir.path(),
        &[
            "--parameters",
            file.to_str().unwrap(),
            "--variant",
            "x=immigration*1.2@twenty",
        ],
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("'twenty' is not a year"));
}
