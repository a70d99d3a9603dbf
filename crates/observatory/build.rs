//! Embeds the bundled real data (`data/`, except the reference results under
//! `data/oracles/`, which only tests read) in the binary, so that a copied binary loads it
//! on its first start from any folder. Generates `$OUT_DIR/embedded_data.rs`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "oracles") && dir == root {
                continue;
            }
            walk(root, &path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let data = manifest.join("../../data");
    println!("cargo::rerun-if-changed={}", data.display());
    let mut files = Vec::new();
    walk(&data, &data, &mut files);
    files.sort();
    let mut code = String::from(
        "/// The bundled data, built in: (path in data/, bytes).\npub static FILES: importer::bundle::EmbeddedFiles = &[\n",
    );
    for f in &files {
        let Ok(rel) = f.strip_prefix(&data) else {
            continue;
        };
        let rel = rel.to_string_lossy().replace('\\', "/");
        let abs = f.canonicalize().unwrap_or_else(|_| f.clone());
        let _ = writeln!(
            code,
            "    ({rel:?}, include_bytes!({:?})),",
            abs.display().to_string()
        );
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("embedded_data.rs");
    if let Err(e) = std::fs::write(&out, code) {
        panic!("cannot write {}: {e}", out.display());
    }
}
