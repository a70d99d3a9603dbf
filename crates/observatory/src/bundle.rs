//! The real data bundled in `data/`, loaded on the first start.

use crate::importing::{self, Outcome, Request};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use store::Store;

#[derive(Debug, Deserialize)]
struct Manifest {
    #[serde(default)]
    file: Vec<Entry>,
    #[serde(default)]
    glob: Vec<Glob>,
    #[serde(default)]
    boundaries: Vec<Boundaries>,
}

/// Boundaries of a city's small areas, imported after the statistics they belong to.
#[derive(Debug, Deserialize)]
struct Boundaries {
    path: String,
    city: String,
    scheme: String,
    id_property: String,
    name_property: Option<String>,
    label: Option<String>,
    #[serde(default)]
    fix_id: Vec<String>,
    source: String,
    licence: String,
}

#[derive(Debug, Deserialize)]
struct Entry {
    path: String,
    source: String,
    licence: String,
    format: Option<String>,
    dataset: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Glob {
    folder: String,
    suffix: String,
    source: String,
    licence: String,
}

/// The folder with the bundled data: `--data-dir`, else `./data` when it holds a
/// bundle, else the repository's `data/` next to the sources this binary was built from.
pub fn data_dir(explicit: Option<&Path>) -> PathBuf {
    if let Some(p) = explicit {
        return p.to_path_buf();
    }
    let here = PathBuf::from("data");
    if here.join("bundle.toml").exists() {
        return here;
    }
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data"))
}

/// Imports every bundled file that is not in the store yet. Returns the number of
/// files imported.
pub fn load(store: &mut Store, dir: &Path, verbose: bool) -> Result<usize, String> {
    let manifest_path = dir.join("bundle.toml");
    let text = std::fs::read_to_string(&manifest_path).map_err(|e| {
        format!(
            "{}: {e}: the bundled data was not found; run from the repository folder or pass --data-dir",
            manifest_path.display()
        )
    })?;
    let manifest: Manifest =
        toml::from_str(&text).map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    let mut entries: Vec<Entry> = manifest.file;
    for g in manifest.glob {
        let folder = dir.join(&g.folder);
        let mut names: Vec<String> = std::fs::read_dir(&folder)
            .map_err(|e| format!("{}: {e}", folder.display()))?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(&g.suffix))
            .collect();
        names.sort();
        entries.extend(names.into_iter().map(|n| Entry {
            path: format!("{}/{n}", g.folder),
            source: g.source.clone(),
            licence: g.licence.clone(),
            format: None,
            dataset: None,
        }));
    }
    let mut imported = 0;
    for e in entries {
        let path = dir.join(&e.path);
        let format = match &e.format {
            Some(f) => Some(
                ingest::Format::parse(f)
                    .ok_or_else(|| format!("{}: unknown format '{f}'", manifest_path.display()))?,
            ),
            None => None,
        };
        let outcome = importing::import_file(
            store,
            Request {
                path: &path,
                format,
                options: ingest::Options {
                    dataset: e.dataset.clone(),
                    ..Default::default()
                },
                source: e.source,
                licence: e.licence,
                progress: verbose,
            },
        )
        .map_err(|err| format!("bundled file {}: {err}", e.path))?;
        if let Outcome::Imported { report, .. } = &outcome {
            imported += 1;
            if verbose {
                eprintln!("  {:<70} {:>7} observations", e.path, report.observations);
            }
        }
    }
    for b in manifest.boundaries {
        let city = crate::places::resolve(store, &b.city)
            .map_err(|err| format!("bundled boundaries {}: {err}", b.path))?;
        let args = crate::commands::import_boundaries::Args {
            file: dir.join(&b.path),
            city: b.city,
            scheme: b.scheme,
            id_property: b.id_property,
            name_property: b.name_property,
            label: b.label,
            crs: None,
            id_digits: None,
            fix_id: b.fix_id,
            source: b.source,
            licence: b.licence,
        };
        let outcome = crate::commands::import_boundaries::import(store, &city, &args)
            .map_err(|err| format!("bundled boundaries {}: {err}", b.path))?;
        if let crate::commands::import_boundaries::Outcome::Imported { areas, .. } = outcome {
            imported += 1;
            if verbose {
                eprintln!("  {:<70} {:>7} areas", b.path, areas);
            }
        }
    }
    Ok(imported)
}
