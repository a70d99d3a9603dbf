//! The `observatory import` path without the rest of the binary (no DataFusion, so a
//! release build takes a minute or two): opens the store like `observatory --db DB
//! --no-bundled-data` and runs the same library call as the command, `importer::import`.
//!
//! `cargo run --release -p importer --example import_tidy -- DB FILE...` (used by
//! `bench/import_tidy.sh`).
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use std::path::PathBuf;

fn main() -> Result<(), String> {
    let mut args = std::env::args_os().skip(1).peekable();
    if args.peek().is_some_and(|a| a == "--read-only") {
        // The reader alone, into a sink that drops everything: the part of the time that
        // is not the store's.
        args.next();
        for file in args {
            let report = ingest::read_file(
                std::path::Path::new(&file),
                None,
                &ingest::Options::default(),
                &mut Drop,
                &mut |_| {},
            )
            .map_err(|e| e.to_string())?;
            print!("{report}");
        }
        return Ok(());
    }
    let db = PathBuf::from(args.next().ok_or("usage: import_tidy DB FILE...")?);
    let mut store = store::Store::open(&db).map_err(|e| e.to_string())?;
    for file in args {
        let path = PathBuf::from(file);
        let input = ingest::Input::file(&path);
        let outcome = importer::import(
            &mut store,
            importer::Request {
                input: &input,
                format: None,
                options: ingest::Options::default(),
                source: "bench".into(),
                licence: "none".into(),
                new_places: true,
            },
            &mut |_| {},
        )
        .map_err(|e| e.to_string())?;
        print!("{}", importer::values::describe(&path, &outcome));
    }
    Ok(())
}

struct Drop;

impl ingest::Sink for Drop {
    fn observation(&mut self, _: model::Observation) -> Result<(), String> {
        Ok(())
    }
    fn geography(&mut self, _: model::Geography) -> Result<(), String> {
        Ok(())
    }
}
