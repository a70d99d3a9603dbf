//! The observatory as a user runs it: the real binary on real files.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

mod common;

use common::{bin, data_dir, ok, run};
use std::path::{Path, PathBuf};

fn empty_store(dir: &Path) -> PathBuf {
    let db = dir.join("store.db");
    ok(&db, &["--no-bundled-data", "init"]);
    db
}

fn db_bytes(db: &Path) -> Vec<u8> {
    // With no connection open, SQLite has checkpointed and removed the WAL.
    assert!(
        !db.with_extension("db-wal").exists()
            || std::fs::metadata(db.with_extension("db-wal"))
                .unwrap()
                .len()
                == 0
    );
    std::fs::read(db).unwrap()
}

fn bundle_entries() -> usize {
    let manifest = std::fs::read_to_string(data_dir().join("bundle.toml")).unwrap();
    // Every [[file]], [[boundaries]], [[practices]] and [[funding]] entry is one import.
    let files = ["[[file]]", "[[boundaries]]", "[[practices]]", "[[funding]]"]
        .iter()
        .map(|k| manifest.matches(k).count())
        .sum::<usize>();
    let berlin = std::fs::read_dir(data_dir().join("berlin-lor/population"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".csv")
        })
        .count();
    files + berlin
}

#[test]
fn first_start_loads_every_bundled_file_and_export_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("observatory.db");
    let out = bin().arg("--db").arg(&db).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("First start: loading the bundled real data"),
        "{stderr}"
    );

    // Every bundled file is one import, with its source and licence.
    let imports: Vec<serde_json::Value> =
        serde_json::from_str(&ok(&db, &["list", "imports", "--format", "json"])).unwrap();
    assert_eq!(imports.len(), bundle_entries());
    // Every statistic is CC BY; the practice library's facts and the funding lists keep
    // their publishers' terms, and say so.
    for i in &imports {
        let (file, licence) = (
            i["file_name"].as_str().unwrap(),
            i["licence"].as_str().unwrap(),
        );
        assert!(
            licence.contains("CC BY")
                || ((file.contains("practices")
                    || i["format"] == "funded-operations"
                    || i["format"] == "kohesio-beneficiaries")
                    && licence.contains("terms")),
            "{file}: {licence}"
        );
    }
    // The 2015–2024 urb_cpop1 extraction revises some values of the 2013–2022 one:
    // they are replaced, and the replacement is recorded.
    let newer = imports
        .iter()
        .find(|i| i["file_name"] == "urb_cpop1_population_2015-2024.csv")
        .unwrap();
    assert!(newer["counts"]["replaced"].as_u64().unwrap() > 0);

    // Accent- and case-insensitive names, with flags shown.
    let show = ok(&db, &["show", "kosice", "--dataset", "urb_cpop1"]);
    assert!(show.contains("Košice (greater city) (SK002C)"), "{show}");
    // Each code with its name for people (issue 11, finding 7).
    assert!(
        show.contains("DE1001V") && show.contains("Population on 1 January"),
        "{show}"
    );
    // Cities the bundled files name by code only, or misspell, carry the names of
    // catalogue/places/names.toml (the trial found "AT003C" and "Gyõr").
    for (query, named) in [
        ("Linz", "Linz (AT003C)"),
        ("aarhus", "Aarhus (DK002C)"),
        ("Gyor", "Győr (HU007C)"),
        ("Inowroclaw", "Inowrocław (PL035C)"),
    ] {
        let shown = ok(&db, &["show", query, "--dataset", "urb_cpop1"]);
        assert!(shown.contains(named), "{query}: {shown}");
    }
    let out = run(&db, &["show", "Koshice"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Did you mean: Košice"));

    // The same file twice changes nothing.
    let before = db_bytes(&db);
    let again = ok(
        &db,
        &[
            "import",
            data_dir()
                .join("eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv")
                .to_str()
                .unwrap(),
        ],
    );
    assert!(again.contains("nothing changed"), "{again}");
    assert_eq!(db_bytes(&db), before);

    // export → import into a new store → export gives the same observations, in CSV and JSON.
    for format in ["csv", "json"] {
        let first = dir.path().join(format!("all.{format}"));
        ok(
            &db,
            &["export", "--format", format, "-o", first.to_str().unwrap()],
        );
        let db2 = dir.path().join(format!("copy-{format}.db"));
        ok(
            &db2,
            &["--no-bundled-data", "import", first.to_str().unwrap()],
        );
        let second = dir.path().join(format!("again.{format}"));
        ok(
            &db2,
            &["export", "--format", format, "-o", second.to_str().unwrap()],
        );
        let (a, b) = (
            std::fs::read(&first).unwrap(),
            std::fs::read(&second).unwrap(),
        );
        assert!(a.len() > 10_000_000, "the export holds the whole store");
        assert!(a == b, "{format}: export of the re-imported store differs");
    }

    // The funding map and the practice library from the command line, on the first start's
    // data: Attica's gaps and possible duplications are named as such.
    let attica = ok(&db, &["funding", "matrix", "EL30"]);
    assert!(
        attica.starts_with("Attica (Αττική) (EL30): 179 operations"),
        "{attica}"
    );
    assert!(
        attica.contains("GAP employment x third-country nationals"),
        "{attica}"
    );
    assert!(attica.contains("POSSIBLE DUPLICATION"), "{attica}");
    let json: serde_json::Value = serde_json::from_str(&ok(
        &db,
        &["funding", "matrix", "HR04B", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(json["operations"].as_array().unwrap().len(), 181);
    let found = ok(
        &db,
        &["practices", "search", "jazykový kurz", "--limit", "3"],
    );
    assert!(found.contains("CZ-PRG-"), "{found}");
    let recommended = ok(&db, &["practices", "recommend", "Osijek"]);
    // Osijek's peers and context document no practice; its country does (Zagreb).
    assert!(
        recommended.contains("CZ-PRG-012") && recommended.contains("Zagreb, in your country"),
        "{recommended}"
    );
    let bad = dir.path().join("register.csv");
    std::fs::write(
        &bad,
        "source_id,country,fund,operation_name,beneficiary,total_eligible_cost,currency,start_date,end_date,category_of_intervention\nOS,HR,ESF+,Course,Grad Osijek,,EUR,2024-01-01,2024-12-31,\n",
    )
    .unwrap();
    let out = common::run(&db, &["funding", "import", bad.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("line 2") && err.contains("total_eligible_cost"),
        "{err}"
    );
}

#[test]
fn a_newer_value_replaces_the_old_one_and_the_history_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_store(dir.path());
    let f = dir.path().join("osijek.csv");
    std::fs::write(
        &f,
        "Year,geo,citizenship,Value\n2022,HR004C,NEU27_2020_FOR,1200\n2022,HR004C,NAT,90000\n",
    )
    .unwrap();
    let out = ok(
        &db,
        &[
            "import",
            f.to_str().unwrap(),
            "--source",
            "City of Osijek",
            "--licence",
            "CC BY 4.0",
        ],
    );
    assert!(out.contains("2 new, 0 replaced"), "{out}");
    std::fs::write(
        &f,
        "Year,geo,citizenship,Value\n2022,HR004C,NEU27_2020_FOR,1250\n2022,HR004C,NAT,90000\n",
    )
    .unwrap();
    let out = ok(&db, &["import", f.to_str().unwrap()]);
    assert!(out.contains("0 new, 1 replaced"), "{out}");
    assert!(out.contains("1 unchanged"), "{out}");
    let conn_check = ok(&db, &["show", "HR004C", "--format", "json"]);
    assert!(conn_check.contains("1250"), "{conn_check}");
}

#[test]
fn damaged_files_change_nothing_and_say_where() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_store(dir.path());
    ok(
        &db,
        &[
            "import",
            data_dir()
                .join("eurostat-urban-audit/urb_cpopcb_foreign_born_2015-2024.csv")
                .to_str()
                .unwrap(),
        ],
    );
    let before = db_bytes(&db);
    let good = std::fs::read_to_string(
        data_dir()
            .join("eurostat-migrant-integration/lfsa_urgan_unemployment_rate_by_citizenship.tsv"),
    )
    .unwrap();
    let lines: Vec<&str> = good.lines().collect();
    let mut cases: Vec<(&str, Vec<u8>, &str)> = Vec::new();
    // Truncated: the file ends in the middle of line 200, after 199 good lines.
    let mut t = lines[..199].join("\n");
    t.push('\n');
    t.push_str(&lines[199][..lines[199].len() / 2]);
    cases.push(("truncated.tsv", t.into_bytes(), "line 200"));
    // Bad number deep in the file: the first 250 lines would import fine.
    let mut b: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
    b[250] = b[250].replacen('\t', "\t12..5\t", 1);
    let b250: Vec<&str> = b[250].split('\t').collect();
    b[250] = [&[b250[0], "12..5"][..], &b250[3..]].concat().join("\t");
    cases.push((
        "badnumber.tsv",
        (b.join("\n") + "\n").into_bytes(),
        "line 251, column 2",
    ));
    // Unknown flag.
    let mut u: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
    let mut cells: Vec<String> = u[100].split('\t').map(str::to_string).collect();
    cells[5] = "7.1 w".into();
    u[100] = cells.join("\t");
    cases.push((
        "flag.tsv",
        (u.join("\n") + "\n").into_bytes(),
        "line 101, column 6",
    ));
    // Wrong header.
    cases.push((
        "header.csv",
        b"STRUCTURE,STRUCTURE_ID,geo,TIME_PERIOD,VALUE\nx,y,AT,2020,1\n".to_vec(),
        "line 1",
    ));
    // Wrong encoding: Windows-1250 "š".
    cases.push((
        "latin.csv",
        b"Year,geo,Value\n2020,AT,1\n2021,Ko\x9aice,2\n".to_vec(),
        "line 3, column 2",
    ));
    // Empty.
    cases.push(("empty.csv", Vec::new(), "empty"));
    for (name, bytes, expected) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = run(&db, &["import", path.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{name} was accepted");
        assert!(stderr.contains(expected), "{name}: {stderr}");
        assert_eq!(
            stderr.lines().filter(|l| l.starts_with("error")).count(),
            1,
            "{name}: one message: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(db_bytes(&db) == before, "{name}: the store changed");
    }
}

#[test]
fn an_import_killed_half_way_leaves_the_store_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_store(dir.path());
    ok(
        &db,
        &[
            "import",
            data_dir()
                .join("eurostat-urban-audit/urb_cpopcb_foreign_born_2015-2024.csv")
                .to_str()
                .unwrap(),
        ],
    );
    let before_count = ok(&db, &["list", "datasets", "--format", "json"]);
    let before = db_bytes(&db);
    // A large tidy file: long enough that the import is still writing when killed.
    let big = dir.path().join("big.csv");
    {
        use std::io::Write;
        let mut w = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
        writeln!(w, "Year,geo,sex,citizenship,age,Value").unwrap();
        for i in 0..1_500_000u64 {
            let geo = format!("XX{:03}C", i % 997);
            writeln!(
                w,
                "{},{geo},{},{},Y{}-{},{}",
                2000 + (i / 997) % 24,
                ["F", "M"][(i % 2) as usize],
                ["NAT", "EU27_2020_FOR", "NEU27_2020_FOR"][(i % 3) as usize],
                15 + (i % 7) * 5,
                19 + (i % 7) * 5,
                i
            )
            .unwrap();
        }
    }
    let mut child = bin()
        .arg("--db")
        .arg(&db)
        // Synthetic places (XX000C…): allowed on purpose, so that the import runs long.
        .args(["import", "--allow-new-places", big.to_str().unwrap()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill once the import has written a good part into the WAL.
    let wal = db.with_extension("db-wal");
    let start = std::time::Instant::now();
    while std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0) < 8 << 20 {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the import ended before it could be killed"
        );
        assert!(start.elapsed().as_secs() < 120);
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    // The next start ignores the uncommitted tail of the WAL.
    assert_eq!(
        ok(&db, &["list", "datasets", "--format", "json"]),
        before_count
    );
    assert!(db_bytes(&db) == before, "the store changed");
}

#[test]
fn computed_estimates_stay_drafts_until_published_and_raking_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_store(dir.path());
    let silc = data_dir().join("spain-eu-silc/ecv2020_persons16plus_joined_extract.csv");
    let rake = data_dir().join("../catalogue/raking/es_2020_example.toml");
    let out = ok(
        &db,
        &[
            "compute",
            "--data",
            silc.to_str().unwrap(),
            "--mapping",
            "es_silc_2020",
            "--indicators",
            "at_risk_of_poverty,mean_equivalised_income",
            "--by",
            "citizenship",
            "--rake",
            rake.to_str().unwrap(),
            "--dominance",
            "1,60",
            "-o",
            dir.path().join("results.parquet").to_str().unwrap(),
        ],
    );
    assert!(out.contains("weights raked to 2 margin(s)"), "{out}");
    // the Parquet output reads back with DataFusion: 8 rows, the numbers typed
    let rows = tokio::runtime::Runtime::new().unwrap().block_on(async {
        let e = engine::Engine::embedded();
        e.register(&engine::Input::new(vec![dir.path().join("results.parquet")]))
            .await
            .unwrap();
        let b = e
            .context()
            .sql(
                "SELECT CAST(count(*) AS DOUBLE), \
                        max(CASE WHEN indicator = 'at_risk_of_poverty' AND \"group\" = '' THEN value END), \
                        CAST(count(value) AS DOUBLE) FROM src",
            )
            .await
            .unwrap()
            .collect()
            .await
            .unwrap();
        use datafusion::arrow::array::AsArray;
        use datafusion::arrow::datatypes::Float64Type;
        (0..3)
            .map(|i| b[0].column(i).as_primitive::<Float64Type>().value(0))
            .collect::<Vec<f64>>()
    });
    assert_eq!(rows[0], 8.0, "{rows:?}");
    assert_eq!(rows[2], 8.0, "no value withheld: {rows:?}");
    // raked: close to, but not, the unraked 19.66%
    assert!(
        (rows[1] - 19.66).abs() < 1.5 && (rows[1] - 19.66).abs() > 1e-6,
        "{rows:?}"
    );

    assert!(out.contains("taylor+raked"), "{out}");
    assert!(out.contains("not public yet"), "{out}");
    // the estimates export carries SE, status and publication status of every cell
    let est = ok(
        &db,
        &[
            "export",
            "--dataset",
            "computed:es_silc_2020",
            "--estimates",
        ],
    );
    let header = est.lines().next().unwrap();
    for col in [
        "std_error",
        "ci_lower",
        "suppression",
        "suppression_reason",
        "status",
    ] {
        assert!(header.split(',').any(|h| h == col), "{header}");
    }
    assert_eq!(est.lines().count(), 1 + 8, "{est}");
    assert!(est.lines().skip(1).all(|l| l.ends_with(",draft")), "{est}");
    let shown = |db: &Path| ok(db, &["show", "ES", "--format", "json"]);
    assert!(
        !shown(&db).contains("at_risk_of_poverty"),
        "a draft is not public"
    );
    let out = ok(&db, &["publish-estimates", "computed:es_silc_2020"]);
    assert!(
        out.contains("published computed:es_silc_2020: 8 new value(s)"),
        "{out}"
    );
    assert!(shown(&db).contains("at_risk_of_poverty"));
    // nothing left to publish: a clear error, nothing changed
    let again = run(&db, &["publish-estimates", "computed:es_silc_2020"]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already published"));
    // bad rule values are refused before any work
    let bad = run(
        &db,
        &[
            "compute",
            "--data",
            silc.to_str().unwrap(),
            "--mapping",
            "es_silc_2020",
            "--dominance",
            "60",
        ],
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("give N,K"));
}

/// Issue 11, finding 15: `-o x.json` writes JSON, an export of nothing is an error (and
/// leaves no file), and the statistical offices' formats come out too.
#[test]
fn export_formats_follow_the_file_and_refuse_an_empty_selection() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("o.db");
    let tsv = data_dir()
        .join("eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv");
    ok(&db, &["--no-bundled-data", "import", tsv.to_str().unwrap()]);
    let json = dir.path().join("x.json");
    ok(
        &db,
        &["--no-bundled-data", "export", "-o", json.to_str().unwrap()],
    );
    let text = std::fs::read_to_string(&json).unwrap();
    assert!(
        text.starts_with('[') && text.contains("\"dataset\":\"lfsa_ergan\""),
        "{}",
        &text[..100]
    );
    let sdmx = ok(
        &db,
        &["--no-bundled-data", "export", "--format", "sdmx-csv"],
    );
    assert!(
        sdmx.starts_with("STRUCTURE,STRUCTURE_ID,ACTION,"),
        "{}",
        &sdmx[..100]
    );
    let stat = ok(
        &db,
        &["--no-bundled-data", "export", "--format", "json-stat"],
    );
    assert!(stat.contains("\"class\":\"dataset\""));
    let none = dir.path().join("none.csv");
    let out = run(
        &db,
        &[
            "--no-bundled-data",
            "export",
            "--dataset",
            "nope",
            "-o",
            none.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing to export"));
    assert!(!none.exists() && !none.with_extension("partial").exists());
}

/// `compute` finds its catalogue wherever the binary runs: built in when no folder is given
/// or found (an empty working folder, no data folder named), else the folder given.
#[test]
fn compute_finds_its_catalogue_from_any_folder() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_store(dir.path());
    let empty = tempfile::tempdir().unwrap();
    let silc = data_dir().join("spain-eu-silc/ecv2020_persons16plus_joined_extract.csv");
    let compute = |extra: &[&str]| {
        let mut c = bin();
        c.env_remove("OBSERVATORY_DATA")
            .current_dir(empty.path())
            .arg("--db")
            .arg(&db)
            .arg("--no-bundled-data")
            .args(extra)
            .args(["compute", "--data"])
            .arg(&silc)
            .args([
                "--mapping",
                "es_silc_2020",
                "--indicators",
                "at_risk_of_poverty",
                "--no-store",
            ]);
        c.output().unwrap()
    };
    let out = compute(&[]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("catalogue 2026.11.1 (built in)"), "{text}");

    // A folder of one's own replaces it, and is checked.
    let own = dir.path().join("my-catalogue");
    copy_dir(&data_dir().join("../catalogue"), &own).unwrap();
    std::fs::write(own.join("catalogue.toml"), "version = \"city.1\"\n").unwrap();
    let out = compute(&["--catalogue", own.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("catalogue city.1 ("), "{text}");
    std::fs::write(own.join("catalogue.toml"), "version = 1\n").unwrap();
    let out = compute(&["--catalogue", own.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("catalogue.toml:1:"), "{err}");
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let p = e?.path();
        let t = to.join(p.file_name().unwrap_or_default());
        if p.is_dir() {
            copy_dir(&p, &t)?;
        } else {
            std::fs::copy(&p, &t)?;
        }
    }
    Ok(())
}

#[test]
fn audit_words_reach_the_assessment_crate_and_errors_are_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_store(dir.path());
    let out = ok(&db, &["--no-bundled-data", "audit", "frameworks"]);
    assert!(out.starts_with("comprehensive-approach 1.0"), "{out}");
    let help = ok(&db, &["--no-bundled-data", "audit", "--help"]);
    assert!(
        help.contains("observatory audit tokens 1 --group civil-society"),
        "{help}"
    );
    let r = run(&db, &["--no-bundled-data", "audit", "close", "9"]);
    assert!(!r.status.success());
    assert_eq!(
        String::from_utf8_lossy(&r.stderr).trim(),
        "error: not found: audit round 9"
    );
}

/// Runs with `input` on standard input (a password for `--password-stdin`).
fn run_with_input(db: &Path, args: &[&str], input: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = bin()
        .arg("--db")
        .arg(db)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn an_administrator_manages_accounts_and_tokens_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = empty_store(dir.path());
    let admin = [
        "create-admin",
        "--email",
        "it@osijek.hr",
        "--password-stdin",
    ];
    let short = run_with_input(&db, &admin, "too short\n");
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 12 characters"));
    let out = run_with_input(&db, &admin, "a long enough password\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let viewer = [
        "add-user",
        "--email",
        "net@eurocities.eu",
        "--role",
        "viewer",
        "--password-stdin",
    ];
    assert!(
        run_with_input(&db, &viewer, "another long password\n")
            .status
            .success()
    );

    let token = ok(
        &db,
        &[
            "create-token",
            "--email",
            "net@eurocities.eu",
            "--days",
            "7",
        ],
    );
    assert!(token.trim().starts_with("obs_"), "{token}");
    let tokens = ok(&db, &["users", "tokens", "net@eurocities.eu"]);
    assert!(
        tokens.contains("#1") && tokens.contains("(valid)"),
        "{tokens}"
    );
    assert!(
        !tokens.contains(token.trim()),
        "a listing never shows a token"
    );

    assert!(ok(&db, &["users", "disable", "#2"]).contains("disabled"));
    let list = ok(&db, &["users", "list"]);
    let net = list
        .lines()
        .find(|l| l.contains("net@eurocities.eu"))
        .unwrap();
    assert!(net.contains("viewer") && net.contains("disabled"), "{list}");
    let last = run(&db, &["users", "delete", "it@osijek.hr", "--yes"]);
    assert!(String::from_utf8_lossy(&last.stderr).contains("last administrator"));
    assert!(ok(&db, &["users", "revoke", "1"]).contains("revoked API token #1"));
    let gone = run(&db, &["users", "role", "nobody@x.eu", "--role", "viewer"]);
    assert!(String::from_utf8_lossy(&gone.stderr).contains("no user nobody@x.eu"));
}
