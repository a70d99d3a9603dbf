//! `observatory`: the command line of the Integration Observatory.
//!
//! Argument parsing and wiring only: formats are read by `ingest`, kept by `store`,
//! and described by `model`. Every failure ends in one readable message and a non-zero
//! exit code, never a panic or a stack trace.

mod bundle;
mod cli;
mod commands;
mod export;
mod importing;
mod output;
mod places;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
