//! `observatory`: the command line of the Integration Observatory.
//!
//! Argument parsing and wiring only: formats are read by `ingest`, kept by `store`,
//! and described by `model`. Every failure ends in one readable message and a non-zero
//! exit code, never a panic or a stack trace.

mod bundle;
mod cli;
mod commands;
mod output;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    // A user never sees a stack trace: `observatory … | head` closing the pipe ends the
    // program quietly, and anything else unexpected is one line asking for a report.
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("");
        if message.contains("Broken pipe") {
            std::process::exit(0);
        }
        eprintln!("error: internal error ({info}); please report it with the command you ran");
    }));
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        // `observatory export | head`: the reader has all it wanted.
        Err(e) if broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    }) || e.to_string().contains("Broken pipe")
}
