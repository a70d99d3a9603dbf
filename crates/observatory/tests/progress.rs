//! `observatory progress` as a user runs it, on the bundled Eurostat migrant-integration
//! data (lfsa_ergan: employment rate 20–64 by citizenship). Austria's values, 2021 (b) –
//! 2024: non-EU citizens 61.9 → 63.0, nationals 77.1 → 79.2; the break flag of 2021 cuts
//! off 2015–2020.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

mod common;

const TCN: &str = "citizen=NEU27_2020_FOR;age=Y20-64";

#[test]
fn verdicts_on_bundled_data_and_a_clear_message_for_an_unknown_variable() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("observatory.db");
    common::ok(&db, &["init"]);
    let base = ["progress", "AT", "--variable", "lfsa_ergan", "--group", TCN];

    // (63.0/61.9)^(1/3) − 1 = exp(0.017615/3) − 1 = +0.59 % a year: Eurostat's 0–1 %.
    let out = common::ok(&db, &base);
    assert!(
        out.contains("verdict: moderate progress (Eurostat SDG progress assessment)"),
        "{out}"
    );
    assert!(out.contains("from 61.9 in 2021 to 63 in 2024"), "{out}");
    assert!(out.contains("break in series in 2021"), "{out}");

    // Required from 2021 to 70 by 2030: (70/61.9)^(1/9) − 1 = 1.38 %; ratio 0.59/1.38 = 43 %.
    let out = common::ok(
        &db,
        &[&base[..], &["--target", "70", "--target-year", "2030"]].concat(),
    );
    assert!(
        out.contains("verdict: insufficient progress towards the target"),
        "{out}"
    );
    assert!(
        out.contains("required: +1.38 % a year; ratio 43 %"),
        "{out}"
    );

    // The gap to nationals: −15.2 → −16.2, its size grows (16.2/15.2)^(1/3) − 1 = +2.15 %.
    let gap = [
        &base[..],
        &["--gap-to", "citizen=NAT", "--method", "open-sdg"],
    ]
    .concat();
    let out = common::ok(&db, &gap);
    assert!(
        out.contains("non-EU citizens, 20–64 minus nationals, 20–64"),
        "{out}"
    );
    assert!(out.contains("verdict: deterioration (Open SDG"), "{out}");
    assert!(out.contains("from -15.2 in 2021 to -16.2 in 2024"), "{out}");
    let json = common::ok(&db, &[&gap[..], &["--json"]].concat());
    assert!(json.contains(r#""verdict": "deterioration""#), "{json}");

    let out = common::run(&db, &["progress", "AT", "--variable", "no_such_variable"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Austria (AT), no_such_variable: no values of this variable here"),
        "{err}"
    );
    let out = common::run(&db, &["progress", "AT", "--variable", "lfsa_ergan"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("the groups here are") && err.contains(TCN),
        "{err}"
    );
}
