//! The `observatory import` path without the rest of the binary (no DataFusion, so a
//! release build takes a minute or two): opens the store like `observatory --db DB
//! --no-bundled-data` and runs the command's own code, `crates/observatory/src/importing.rs`,
//! included here by path rather than copied.
//!
//! `cargo run --release -p store --example import_tidy -- DB FILE...` (used by
//! `bench/import_tidy.sh`).

#[path = "../../observatory/src/importing.rs"]
#[allow(dead_code)]
mod importing;

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
        let outcome = importing::import_file(
            &mut store,
            importing::Request {
                path: &path,
                format: None,
                options: ingest::Options::default(),
                source: "bench".into(),
                licence: "none".into(),
                progress: false,
            },
        )?;
        print!("{}", importing::describe(&path, &outcome));
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
