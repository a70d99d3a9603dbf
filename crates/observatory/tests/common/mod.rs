//! What every command-line test needs: the real binary, on the bundled data, against a store
//! of the test's own. (Each test file uses part of it.)
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The observatory binary, isolated from the caller's environment, reading the bundled data.
pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_observatory"));
    c.env_remove("OBSERVATORY_DB")
        .env_remove("OBSERVATORY_NO_BUNDLED_DATA")
        .env_remove("OBSERVATORY_CATALOGUE")
        .env("OBSERVATORY_DATA", data_dir());
    c
}

pub fn data_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data"))
}

/// Runs `observatory --db DB ARGS…`.
pub fn run(db: &Path, args: &[&str]) -> Output {
    bin().arg("--db").arg(db).args(args).output().unwrap()
}

/// Runs and insists on success; returns standard output.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
