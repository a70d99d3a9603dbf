//! The real data bundled with the observatory, loaded on the first start: a manifest
//! (`bundle.toml`: each file with its source and licence, folders of files, boundaries)
//! and the files it names, read from a folder or from the copy embedded in the binary.

use crate::ImportError;
use crate::boundaries::{self, BoundaryRequest};
use crate::values::{self, Outcome, Request};
use ingest::Input;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use store::Store;

/// Files embedded in a program: (path relative to the bundle folder, bytes).
pub type EmbeddedFiles = &'static [(&'static str, &'static [u8])];

/// Where the bundled files are.
#[derive(Debug, Clone)]
pub enum Bundle {
    /// A folder with `bundle.toml` (the repository's `data/`, or `--data-dir`).
    Folder(PathBuf),
    /// The copy built into the binary, so that it works from any folder.
    Embedded(EmbeddedFiles),
}

#[derive(Debug, Deserialize)]
struct Manifest {
    #[serde(default)]
    file: Vec<Entry>,
    #[serde(default)]
    glob: Vec<Glob>,
    #[serde(default)]
    boundaries: Vec<Boundaries>,
    #[serde(default)]
    practices: Vec<SourcedFile>,
    #[serde(default)]
    funding: Vec<SourcedFile>,
}

/// A practice library file (`data/practices/`), imported after the statistics, so that a
/// practice's city context comes from its city's size class; a list of funded operations
/// (`data/funding/`) has the same three keys.
#[derive(Debug, Deserialize)]
struct SourcedFile {
    path: String,
    source: String,
    licence: String,
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
    /// Pad and prefix the file's ids to the statistics' (`--id-digits`, `--id-prefix`).
    id_digits: Option<usize>,
    id_prefix: Option<String>,
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

/// One file of a bundle that was loaded, for the caller to report.
#[derive(Debug)]
pub enum Loaded {
    Values { path: String, observations: u64 },
    Boundaries { path: String, areas: usize },
    Practices { path: String, practices: usize },
    Operations { path: String, operations: usize },
}

impl Loaded {
    /// The line a first start prints for the file.
    pub fn line(&self) -> String {
        match self {
            Loaded::Values { path, observations } => {
                format!("{path:<70} {observations:>7} observations")
            }
            Loaded::Boundaries { path, areas } => format!("{path:<70} {areas:>7} areas"),
            Loaded::Practices { path, practices } => format!("{path:<70} {practices:>7} practices"),
            Loaded::Operations { path, operations } => {
                format!("{path:<70} {operations:>7} funded operations or beneficiaries")
            }
        }
    }
}

impl Bundle {
    /// Where a user's bundle is: `explicit` (`--data-dir`), else `./data` when it holds a
    /// bundle, else the copy embedded in the binary.
    pub fn locate(explicit: Option<&Path>, embedded: EmbeddedFiles) -> Bundle {
        if let Some(p) = explicit {
            return Bundle::Folder(p.to_path_buf());
        }
        let here = PathBuf::from("data");
        if here.join("bundle.toml").exists() {
            return Bundle::Folder(here);
        }
        Bundle::Embedded(embedded)
    }

    /// What to call the bundle in messages.
    pub fn describe(&self) -> String {
        match self {
            Bundle::Folder(dir) => dir.display().to_string(),
            Bundle::Embedded(_) => "the data built into this program".to_string(),
        }
    }

    fn input(&self, rel: &str) -> Result<Input, ImportError> {
        match self {
            Bundle::Folder(dir) => Ok(Input::file(dir.join(rel))),
            Bundle::Embedded(files) => files
                .iter()
                .find(|(p, _)| *p == rel)
                .map(|(p, bytes)| Input::embedded(*p, bytes))
                .ok_or_else(|| {
                    ImportError::Invalid(format!(
                        "bundled file {rel}: not built into this program; rebuild it, or pass --data-dir with the repository's data folder"
                    ))
                }),
        }
    }

    /// The bytes of one bundled file (`rel` as in `bundle.toml`, e.g.
    /// `aargau-projection/fso_population_2024.csv`), for worked examples that are read
    /// rather than imported.
    pub fn read(&self, rel: &str) -> Result<std::borrow::Cow<'static, [u8]>, ImportError> {
        match self {
            Bundle::Folder(dir) => {
                let path = dir.join(rel);
                std::fs::read(&path).map(std::borrow::Cow::Owned).map_err(|e| ImportError::io(&path, e))
            }
            Bundle::Embedded(files) => files.iter().find(|(p, _)| *p == rel).map(|(_, b)| std::borrow::Cow::Borrowed(*b)).ok_or_else(|| {
                ImportError::Invalid(format!("bundled file {rel}: not built into this program; rebuild it, or pass --data-dir with the repository's data folder"))
            }),
        }
    }

    /// The names in `folder` ending in `suffix`, sorted.
    fn list(&self, folder: &str, suffix: &str) -> Result<Vec<String>, ImportError> {
        let mut names: Vec<String> = match self {
            Bundle::Folder(dir) => {
                let path = dir.join(folder);
                std::fs::read_dir(&path)
                    .map_err(|e| ImportError::io(&path, e))?
                    .filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            }
            Bundle::Embedded(files) => files
                .iter()
                .filter_map(|(p, _)| p.strip_prefix(folder)?.strip_prefix('/'))
                .filter(|n| !n.contains('/'))
                .map(str::to_string)
                .collect(),
        };
        names.retain(|n| n.ends_with(suffix));
        names.sort();
        Ok(names)
    }

    fn manifest(&self) -> Result<Manifest, ImportError> {
        let input = match self {
            Bundle::Folder(dir) if !dir.join("bundle.toml").exists() => {
                return Err(ImportError::Invalid(format!(
                    "{}: the bundled data was not found; pass --data-dir with the folder that holds bundle.toml, or leave it out to use the data built into this program",
                    dir.join("bundle.toml").display()
                )));
            }
            _ => self.input("bundle.toml")?,
        };
        let bytes = input.bytes()?;
        let text = std::str::from_utf8(&bytes).map_err(|e| {
            ImportError::Invalid(format!("{}: not UTF-8 ({e})", input.path().display()))
        })?;
        toml::from_str(text)
            .map_err(|e| ImportError::Invalid(format!("{}: {e}", input.path().display())))
    }

    /// Imports every bundled file that is not in the store yet; `loaded` hears of each
    /// file imported now, `progress` of the bytes read. Returns the number of files imported.
    pub fn load(
        &self,
        store: &mut Store,
        loaded: &mut dyn FnMut(&Loaded),
        progress: &mut dyn FnMut(&Input, u64),
    ) -> Result<usize, ImportError> {
        let manifest = self.manifest()?;
        let mut entries: Vec<Entry> = manifest.file;
        for g in manifest.glob {
            entries.extend(self.list(&g.folder, &g.suffix)?.into_iter().map(|n| Entry {
                path: format!("{}/{n}", g.folder),
                source: g.source.clone(),
                licence: g.licence.clone(),
                format: None,
                dataset: None,
            }));
        }
        let mut imported = 0;
        for e in entries {
            let format = match &e.format {
                Some(f) => Some(ingest::Format::parse(f).ok_or_else(|| {
                    ImportError::Invalid(format!(
                        "bundle.toml: unknown format '{f}' for {}; choose one of {}",
                        e.path,
                        ingest::Format::names()
                    ))
                })?),
                None => None,
            };
            let input = self.input(&e.path)?;
            let outcome = values::import(
                store,
                Request {
                    input: &input,
                    format,
                    options: ingest::Options {
                        dataset: e.dataset.clone(),
                        ..Default::default()
                    },
                    source: e.source,
                    licence: e.licence,
                    // The bundled data brings its places (GISCO's cities, the LOR areas).
                    new_places: true,
                },
                &mut |bytes| progress(&input, bytes),
            )
            .map_err(|err| ImportError::Invalid(format!("bundled file {}: {err}", e.path)))?;
            if let Outcome::Imported { report, .. } = &outcome {
                imported += 1;
                loaded(&Loaded::Values {
                    path: e.path.clone(),
                    observations: report.observations,
                });
            }
        }
        for b in manifest.boundaries {
            let city = crate::places::resolve(store, &b.city).map_err(|err| {
                ImportError::Invalid(format!("bundled boundaries {}: {err}", b.path))
            })?;
            let input = self.input(&b.path)?;
            // Built-in data has no folder: a shapefile's .dbf and .prj come with it.
            let shapefile_parts = match b.path.strip_suffix(".shp") {
                Some(stem) if input.in_memory() => Some(boundaries::ShapefileParts {
                    dbf: self.read(&format!("{stem}.dbf"))?.into_owned(),
                    prj: self
                        .read(&format!("{stem}.prj"))
                        .ok()
                        .map(|b| String::from_utf8_lossy(&b).into_owned()),
                }),
                _ => None,
            };
            let request = BoundaryRequest {
                input,
                scheme: b.scheme,
                id_property: b.id_property,
                name_property: b.name_property,
                label: b.label,
                crs: None,
                id_digits: b.id_digits,
                id_prefix: b.id_prefix,
                shapefile_parts,
                fix_id: b.fix_id,
                source: b.source,
                licence: b.licence,
            };
            let outcome = boundaries::import(store, &city, &request).map_err(|err| {
                ImportError::Invalid(format!("bundled boundaries {}: {err}", b.path))
            })?;
            if let boundaries::Outcome::Imported { areas, .. } = outcome {
                imported += 1;
                loaded(&Loaded::Boundaries {
                    path: b.path.clone(),
                    areas,
                });
            }
        }
        imported += self.load_practices(store, &manifest.practices, loaded)?;
        imported += self.load_funding(store, &manifest.funding, loaded)?;
        Ok(imported)
    }

    /// The practice files, mapped with the vocabulary of the catalogue beside the bundle
    /// folder (or the built-in one).
    fn load_practices(
        &self,
        store: &mut Store,
        files: &[SourcedFile],
        loaded: &mut dyn FnMut(&Loaded),
    ) -> Result<usize, ImportError> {
        if files.is_empty() {
            return Ok(0);
        }
        let library = practices::Library::from_catalogue(&self.catalogue()?)
            .map_err(|e| ImportError::Invalid(e.to_string()))?;
        let mut imported = 0;
        for p in files {
            let bytes = self.read(&p.path)?;
            let request = practices::ImportRequest {
                file_name: p.path.rsplit('/').next().unwrap_or(&p.path),
                bytes: &bytes,
                source: &p.source,
                licence: &p.licence,
            };
            let outcome = practices::import(store, request, &library)
                .map_err(|e| ImportError::Invalid(format!("bundled practices {}: {e}", p.path)))?;
            if let practices::Outcome::Imported { practices, .. } = outcome {
                imported += 1;
                loaded(&Loaded::Practices {
                    path: p.path.clone(),
                    practices,
                });
            }
        }
        Ok(imported)
    }

    /// The catalogue beside the bundle folder (or the built-in one).
    fn catalogue(&self) -> Result<catalogue::Catalogue, ImportError> {
        match self {
            Bundle::Folder(dir) => catalogue::Catalogue::locate(None, Some(dir)),
            Bundle::Embedded(_) => catalogue::Catalogue::embedded(),
        }
        .map_err(|e| ImportError::Invalid(e.to_string()))
    }

    /// The lists of funded operations, imported as published.
    fn load_funding(
        &self,
        store: &mut Store,
        files: &[SourcedFile],
        loaded: &mut dyn FnMut(&Loaded),
    ) -> Result<usize, ImportError> {
        if files.is_empty() {
            return Ok(0);
        }
        let rules = funding::Rules::from_catalogue(&self.catalogue()?)
            .map_err(|e| ImportError::Invalid(e.to_string()))?;
        let mut imported = 0;
        for f in files {
            let bytes = self.read(&f.path)?;
            let request = funding::ImportRequest {
                file_name: f.path.rsplit('/').next().unwrap_or(&f.path),
                bytes: &bytes,
                source: &f.source,
                licence: &f.licence,
                as_published: true,
            };
            let outcome = funding::import(store, request, &rules).map_err(|e| {
                ImportError::Invalid(format!("bundled funding list {}: {e}", f.path))
            })?;
            if let funding::Outcome::Imported {
                operations,
                beneficiary_totals,
                ..
            } = outcome
            {
                imported += 1;
                loaded(&Loaded::Operations {
                    path: f.path.clone(),
                    operations: operations + beneficiary_totals,
                });
            }
        }
        Ok(imported)
    }
}
