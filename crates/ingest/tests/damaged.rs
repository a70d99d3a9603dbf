//! Damaged files are refused with one message naming line and column, what was found
//! and what was expected. Each case starts from a real bundled file and breaks it.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use ingest::{Collect, Options, read_file};
use std::path::PathBuf;

fn real(rel: &str) -> Vec<u8> {
    std::fs::read(PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data")).join(rel))
        .unwrap()
}

const TSV: &str = "eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv";
const SDMX: &str = "eurostat-urban-audit/urb_cpopcb_foreign_born_2015-2024.csv";

fn error_for(name: &str, bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let mut sink = Collect::default();
    let err = read_file(&path, None, &Options::default(), &mut sink, &mut |_| {})
        .expect_err("a damaged file must be refused");
    err.to_string()
}

fn lines(bytes: &[u8]) -> Vec<String> {
    String::from_utf8(bytes.to_vec())
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

fn join(lines: &[String]) -> Vec<u8> {
    (lines.join("\n") + "\n").into_bytes()
}

#[test]
fn truncated_tsv_line() {
    let mut l = lines(&real(TSV));
    l.truncate(40);
    let last = l.last_mut().unwrap();
    let cut = last.rfind('\t').unwrap();
    last.truncate(cut); // the file ends in the middle of line 40
    let msg = error_for("lfsa_ergan.tsv", &join(&l));
    assert!(msg.contains("line 40"), "{msg}");
    assert!(msg.contains("truncated"), "{msg}");
}

#[test]
fn bad_number_in_tsv() {
    let mut l = lines(&real(TSV));
    let mut cells: Vec<String> = l[5].split('\t').map(str::to_string).collect();
    cells[3] = "7O.1".into();
    l[5] = cells.join("\t");
    let msg = error_for("lfsa_ergan.tsv", &join(&l));
    assert!(msg.contains("line 6, column 4 (2017)"), "{msg}");
    assert!(
        msg.contains("'7O.1'") && msg.contains("expected a number"),
        "{msg}"
    );
}

#[test]
fn unknown_flag_in_tsv() {
    let mut l = lines(&real(TSV));
    let mut cells: Vec<String> = l[2].split('\t').map(str::to_string).collect();
    cells[2] = "71.6 x".into();
    l[2] = cells.join("\t");
    let msg = error_for("lfsa_ergan.tsv", &join(&l));
    assert!(msg.contains("line 3, column 3 (2016)"), "{msg}");
    assert!(msg.contains("flag 'x'"), "{msg}");
}

#[test]
fn bad_number_and_flag_in_sdmx_csv() {
    let mut l = lines(&real(SDMX));
    let mut cells: Vec<String> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(l[10].as_bytes())
        .records()
        .next()
        .unwrap()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let header: Vec<String> = l[0].split(',').map(str::to_string).collect();
    let v = header.iter().position(|h| *h == "OBS_VALUE").unwrap();
    cells[v] = "12,5".into();
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&cells).unwrap();
    l[10] = String::from_utf8(w.into_inner().unwrap())
        .unwrap()
        .trim_end()
        .to_string();
    let msg = error_for("urb_cpopcb.csv", &join(&l));
    assert!(
        msg.contains(&format!("line 11, column {} (OBS_VALUE)", v + 1)),
        "{msg}"
    );
    assert!(msg.contains("'12,5'"), "{msg}");

    let mut l = lines(&real(SDMX));
    let f = header.iter().position(|h| *h == "OBS_FLAG").unwrap();
    let mut cells: Vec<String> = l[7].split(',').map(str::to_string).collect();
    cells[f] = "q".into();
    l[7] = cells.join(",");
    let msg = error_for("urb_cpopcb.csv", &join(&l));
    assert!(
        msg.contains(&format!("line 8, column {} (OBS_FLAG)", f + 1)),
        "{msg}"
    );
}

#[test]
fn truncated_sdmx_line() {
    let mut l = lines(&real(SDMX));
    l.truncate(30);
    let last = l.last_mut().unwrap();
    let cut = last.len() / 2;
    last.truncate(cut);
    let msg = error_for("urb_cpopcb.csv", &join(&l));
    assert!(msg.contains("line 30"), "{msg}");
    assert!(msg.contains("fields"), "{msg}");
}

#[test]
fn wrong_header() {
    let mut l = lines(&real(TSV));
    l[0] = l[0].replace("geo\\TIME_PERIOD", "geo\\PERIOD");
    let msg = error_for("lfsa_ergan.tsv", &join(&l));
    assert!(msg.contains("line 1, column 1"), "{msg}");
    assert!(msg.contains("TIME_PERIOD"), "{msg}");

    let mut l = lines(&real(SDMX));
    l[0] = l[0].replace("OBS_VALUE", "VALUE_OBS");
    let msg = error_for("urb_cpopcb.csv", &join(&l));
    assert!(msg.contains("line 1"), "{msg}");
    assert!(msg.contains("OBS_VALUE"), "{msg}");
}

#[test]
fn wrong_encoding() {
    // A Latin-1 "Košice" is not UTF-8: "š" is byte 0x9A in Windows-1250.
    let text = String::from_utf8(real(SDMX)).unwrap();
    let pos = text.find("Košice").unwrap();
    let mut bytes = text.into_bytes();
    bytes.splice(pos + 2..pos + 4, [0x9a]);
    let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
    let msg = error_for("urb_cpopcb.csv", &bytes);
    assert!(msg.contains(&format!("line {line}")), "{msg}");
    assert!(
        msg.contains("not UTF-8") && msg.contains("save the file as UTF-8"),
        "{msg}"
    );
    assert!(msg.contains("column"), "{msg}");

    let mut tsv = real(TSV);
    tsv[200] = 0xff;
    let msg = error_for("lfsa_ergan.tsv", &tsv);
    assert!(msg.contains("not UTF-8"), "{msg}");
}

#[test]
fn empty_file() {
    for name in ["x.tsv", "x.csv", "x.json"] {
        let msg = error_for(name, b"");
        assert!(msg.contains("empty"), "{name}: {msg}");
    }
    let msg = error_for("header-only.tsv", b"\n\n");
    assert!(msg.contains("empty"), "{msg}");
}

#[test]
fn tidy_csv_errors_name_the_column() {
    let msg = error_for(
        "osijek.csv",
        b"Year,geo,citizenship,Value\n2020,HR005C,NEU27_2020_FOR,12\n20x1,HR005C,NAT,7\n",
    );
    assert!(msg.contains("line 3, column 1 (Year)"), "{msg}");
    let msg = error_for("osijek.csv", b"Year,citizenship,Value\n2020,NAT,7\n");
    assert!(msg.contains("--geo"), "{msg}");
}

/// A Croatian office's file saved in Windows-1250 (issue 11, finding 11): refused with the
/// encoding it most likely is and a word read so, never guessed; read right once named.
#[test]
fn a_windows_1250_file_is_refused_with_its_likely_encoding_and_read_once_named() {
    let text = "Year,geo,geo_name,indicator,Value\n2023,HR004C,Osijek,clients,12\n2023,HR004C,Osijek (Đakovačka),clients_čakovec,3\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode(text);
    let input = ingest::Input::memory("osijek_cp1250.csv", bytes.clone().into_owned());
    let mut sink = ingest::Collect::default();
    let err = ingest::read(
        &input,
        None,
        &ingest::Options::default(),
        &mut sink,
        &mut |_| {},
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("line 3") && err.contains("not UTF-8"), "{err}");
    assert!(
        err.contains("it looks like windows-1250")
            && err.contains("\"Đakovačka\"")
            && err.contains("--encoding windows-1250"),
        "{err}"
    );
    let options = ingest::Options {
        encoding: Some(ingest::TextEncoding::Windows1250),
        ..Default::default()
    };
    let mut sink = ingest::Collect::default();
    ingest::read(&input, None, &options, &mut sink, &mut |_| {}).unwrap();
    assert_eq!(sink.observations.len(), 2);
    assert!(
        sink.observations
            .iter()
            .any(|o| o.variable == "clients_čakovec"),
        "{:?}",
        sink.observations
    );
}
