//! The PDF: the report's HTML printed by a locally installed Chromium (headless).
//!
//! Chromium lays out the print styles (page breaks, repeated table headers, the page
//! numbers of `@page` margin boxes) and writes a tagged PDF (`/MarkInfo << /Marked true >>`,
//! a structure tree from the HTML's headings, tables and lists) whose catalog declares the
//! document's language from `<html lang>` (`/Lang (hr)`). Chromium 148 tags by default;
//! `--export-tagged-pdf` is given too, for the versions (M85–M91) that needed it.
//!
//! Chromium is found by `OBSERVATORY_CHROMIUM` (a path to the program), else on `PATH`
//! as `chromium`, `chromium-browser`, `google-chrome` or `google-chrome-stable`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The environment variable naming the Chromium program.
pub const CHROMIUM_VAR: &str = "OBSERVATORY_CHROMIUM";
const NAMES: [&str; 4] = [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
];
/// A report prints in about a second; a hung browser is stopped after this.
const TIMEOUT: Duration = Duration::from_secs(120);

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error(
        "no Chromium to print the PDF with: install it (Debian/Ubuntu: apt-get install chromium) or name the program in {CHROMIUM_VAR}=/path/to/chromium; or ask for the report as .html (on the web: the report page without .pdf) and print it from a browser"
    )]
    NoChromium,
    #[error(
        "{CHROMIUM_VAR}={0} is not a program: name the Chromium executable, or unset it to search PATH"
    )]
    BadChromium(String),
    #[error("Chromium ({program}) did not print the report: {detail}")]
    Failed { program: String, detail: String },
    #[error("cannot prepare the files to print: {0}")]
    Io(#[from] std::io::Error),
}

/// The Chromium program to print with: `OBSERVATORY_CHROMIUM`, else the first on `PATH`.
pub fn chromium() -> Result<PathBuf, PdfError> {
    if let Some(p) = std::env::var_os(CHROMIUM_VAR).filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        return if p.is_file() {
            Ok(p)
        } else {
            Err(PdfError::BadChromium(p.display().to_string()))
        };
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for n in NAMES {
            let p = dir.join(n);
            if p.is_file() {
                return Ok(p);
            }
        }
    }
    Err(PdfError::NoChromium)
}

/// Prints one self-contained HTML document to PDF bytes.
pub fn print(html: &str) -> Result<Vec<u8>, PdfError> {
    let program = chromium()?;
    print_with(&program, html)
}

/// One browser at a time per program: each takes some 200 MB and a core while it prints,
/// and a server answering many PDF requests at once must not start one per request.
static PRINTING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// [`print`] with a given Chromium program.
pub fn print_with(program: &Path, html: &str) -> Result<Vec<u8>, PdfError> {
    let _one_at_a_time = PRINTING.lock().unwrap_or_else(|p| p.into_inner());
    let dir = tempfile::tempdir()?;
    let input = dir.path().join("report.html");
    let output = dir.path().join("report.pdf");
    let profile = dir.path().join("profile");
    let log = dir.path().join("chromium.log");
    std::fs::write(&input, html)?;
    let failed = |detail: String| PdfError::Failed {
        program: program.display().to_string(),
        detail,
    };
    let mut child = Command::new(program)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--export-tagged-pdf",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", output.display()))
        .arg(format!("file://{}", input.display()))
        .stdin(std::process::Stdio::null())
        // A file, not a pipe: nothing reads a pipe while the browser runs, and a full
        // one would stop it.
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&log)?)
        .spawn()
        .map_err(|e| failed(format!("cannot start it: {e}")))?;
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait()? {
            break s;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(failed(format!(
                "no PDF after {} seconds",
                TIMEOUT.as_secs()
            )));
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let bytes = std::fs::read(&output).unwrap_or_default();
    if !status.success() || !bytes.starts_with(b"%PDF") {
        let stderr = std::fs::read_to_string(&log).unwrap_or_default();
        // Chromium's D-Bus complaints in a container are noise; the last lines say why.
        let tail: Vec<&str> = stderr
            .lines()
            .filter(|l| !l.contains("dbus") && !l.trim().is_empty())
            .rev()
            .take(4)
            .collect();
        return Err(failed(format!(
            "{status}{}",
            if tail.is_empty() {
                String::new()
            } else {
                format!(
                    ": {}",
                    tail.into_iter().rev().collect::<Vec<_>>().join(" | ")
                )
            }
        )));
    }
    Ok(bytes)
}
