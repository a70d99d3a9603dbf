//! Embeds the default messages (`catalogue/i18n/<lang>/*.ftl` of the repository), so that
//! a binary copied anywhere speaks all its languages. Generates `$OUT_DIR/embedded.rs`: a
//! list of (language, file name, `include_str!` of the file).

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let root = manifest.join("../../catalogue/i18n").canonicalize()?;
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    for lang in std::fs::read_dir(&root)? {
        let lang = lang?.path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        for f in std::fs::read_dir(&lang)? {
            let f = f?.path();
            if f.extension().is_some_and(|e| e == "ftl") {
                files.push(f);
            }
        }
    }
    files.sort();
    let mut code = String::from("pub(crate) static FILES: &[(&str, &str, &str)] = &[\n");
    for f in &files {
        let lang = f
            .parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        writeln!(
            code,
            "    ({lang:?}, {name:?}, include_str!({:?})),",
            f.display().to_string()
        )?;
    }
    code.push_str("];\n");
    std::fs::write(
        PathBuf::from(std::env::var("OUT_DIR")?).join("embedded.rs"),
        code,
    )?;
    Ok(())
}
