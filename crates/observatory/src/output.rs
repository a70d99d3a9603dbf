//! Tables for people, CSV and JSON for programs.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Table,
    Csv,
    Json,
}

pub use report::Table;

/// A table of `rows` with the columns of `spec` — `heading=field` or just `field`,
/// separated by commas — from each row's JSON form (`a.b` for a nested field), numbers as
/// [`number`] writes them, nothing for null.
pub fn table_of<T: Serialize>(rows: &[T], spec: &'static str) -> Table {
    let columns: Vec<(&'static str, &'static str)> = spec
        .split(',')
        .map(str::trim)
        .map(|c| c.split_once('=').unwrap_or((c, c)))
        .collect();
    let mut t = Table::new(columns.iter().map(|(h, _)| *h).collect());
    for r in rows {
        let v = serde_json::to_value(r).unwrap_or_default();
        let cell = |field: &str| match field.split('.').fold(&v, |v, k| &v[k]) {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.as_f64().map(number).unwrap_or_default(),
            serde_json::Value::Null => String::new(),
            other => other.to_string(),
        };
        t.push(columns.iter().map(|(_, f)| cell(f)).collect());
    }
    t
}

/// Prints `table` as asked; `json` is the structured form of the same rows.
pub fn print<T: Serialize>(format: OutputFormat, table: &Table, json: &T) -> Result<(), String> {
    match format {
        OutputFormat::Table => print!("{}", table.render()),
        OutputFormat::Csv => print!("{}", table.to_csv()?),
        OutputFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(json).map_err(|e| e.to_string())?
        ),
    }
    Ok(())
}

/// A value as people read it: no trailing zeros, thousands kept plain for CSV safety.
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
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

/// Writes a whole file beside its target and renames it: an interrupted or refused write
/// never leaves a half-written file under the requested name.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), String> {
    let tmp = path.with_extension("partial");
    std::fs::write(&tmp, bytes).map_err(|e| format!("{}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("{}: {e}", path.display())
    })
}
