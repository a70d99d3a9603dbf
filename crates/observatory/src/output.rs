//! Tables for people, CSV and JSON for programs.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Table,
    Csv,
    Json,
}

pub use report::{Table, number, table_of};

/// Prints `table` as asked; `json` is the structured form of the same rows.
pub fn print<T: Serialize>(format: OutputFormat, table: &Table, json: &T) -> anyhow::Result<()> {
    match format {
        OutputFormat::Table => print!("{}", table.render()),
        OutputFormat::Csv => print!("{}", table.to_csv().map_err(anyhow::Error::msg)?),
        OutputFormat::Json => println!("{}", serde_json::to_string_pretty(json)?),
    }
    Ok(())
}

/// A progress bar for the input being read (drawn only on a terminal): made when the first
/// bytes of an input are read, cleared when it is done.
#[derive(Default)]
pub struct Progress {
    bar: Option<(String, indicatif::ProgressBar)>,
}

impl Progress {
    pub fn update(&mut self, input: &ingest::Input, bytes: u64) {
        let name = input.file_name();
        if self.bar.as_ref().is_none_or(|(n, _)| *n != name) {
            self.finish();
            let bar = indicatif::ProgressBar::new(input.len().unwrap_or(0));
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{msg} [{bar:30}] {bytes}/{total_bytes} ({bytes_per_sec}, {eta})",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            bar.set_message(name.clone());
            self.bar = Some((name, bar));
        }
        if let Some((_, bar)) = &self.bar {
            bar.set_position(bytes);
        }
    }

    pub fn finish(&mut self) {
        if let Some((_, bar)) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

/// Writes a whole file or none ([`model::files`]); the message names the file.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    model::files::write_whole(path, bytes).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}
