//! A store with the real Urban Audit cities, populations and foreign-born figures (so that
//! peers can be found), built once per test binary and copied per test.
#![allow(clippy::unwrap_used, dead_code)] // a test fails loudly; not every test uses all

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use store::Store;

pub const OSIJEK: &str = "HR004C";

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// A real file into the store through the import pipeline (places it brings included).
fn import(store: &mut Store, rel: &str) {
    let input = ingest::Input::file(data_dir().join(rel));
    importer::values::import(
        store,
        importer::values::Request {
            input: &input,
            format: None,
            options: ingest::Options::default(),
            source: format!("Eurostat ({rel})"),
            licence: "CC BY 4.0".into(),
            new_places: true,
        },
        &mut |_| {},
    )
    .unwrap();
}

fn template() -> &'static Path {
    static T: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &T.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("template.db");
        let mut s = Store::open(&db).unwrap();
        for f in [
            "eurostat-urban-audit/gisco_urau_2021_cities.csv",
            "eurostat-urban-audit/urb_cpop1_population_2015-2024.csv",
            "eurostat-urban-audit/urb_cpopcb_foreign_born_2015-2024.csv",
        ] {
            import(&mut s, f);
        }
        s.truncate_wal().unwrap();
        drop(s);
        (dir, db)
    })
    .1
}

/// A fresh copy of the template store, in its own folder.
pub fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("observatory.db");
    std::fs::copy(template(), &db).unwrap();
    let s = Store::open(&db).unwrap();
    (dir, s)
}

pub fn catalogue() -> catalogue::Catalogue {
    catalogue::Catalogue::embedded().unwrap()
}

/// An anonymous (or named) audit round of the bundled framework, open from 2020 to 2099.
pub fn open_round(store: &mut Store, city: &str, mode: assessment::rounds::Mode) -> i64 {
    assessment::rounds::open(
        store,
        &catalogue(),
        "editor@test",
        &assessment::rounds::OpenRequest {
            city: city.into(),
            title: String::new(),
            framework: "comprehensive-approach".into(),
            version: None,
            kind: assessment::rounds::Kind::Audit,
            mode,
            opens: "2020-01-01".into(),
            closes: "2099-12-31".into(),
            min_group: 5,
        },
    )
    .unwrap()
}

pub const TODAY: &str = "2026-06-15";
