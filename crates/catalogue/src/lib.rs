//! The observatory's catalogue: everything that defines what the observatory computes and
//! shows, kept as TOML data, typed and validated once, here.
//!
//! * indicators of microdata (`indicators/<id>.toml`) and the source mappings that feed
//!   them (`mappings/<id>.toml`), read by the engine;
//! * aggregate tables (`tables/<dataset>.toml`): published statistics (Eurostat's) with the
//!   labels and units of their variables, thematic area, reference group, and whether and
//!   how city profiles and the compare page show them, read by the web;
//! * thematic areas (`areas.toml`), the peers' context features
//!   (`peers/features.toml`) and the public-opinion items of a city's opinion page
//!   (`peers/opinion.toml`);
//! * `catalogue.toml`: the catalogue's version (stored with every computed estimate).
//! * [`Catalogue::texts`]: every text a reader sees from it, keyed for its translations
//!   (`catalogue/i18n/<lang>/catalogue.ftl`; the key scheme is in the `texts` module).
//!
//! The default catalogue is the repository's `catalogue/` folder, embedded in the program
//! at compile time ([`Catalogue::embedded`]), so a binary copied anywhere has it; a folder
//! of the same shape replaces it ([`Catalogue::locate`]). A program chooses its catalogue
//! once, at start-up ([`install`]); code that cannot be handed one (the peers' feature
//! descriptions) reads [`active`].
//!
//! Every error names the file, the line when there is one, what is wrong and what to do.
//!
//! What it must not do: run queries or touch the store (no DataFusion, no SQLite: the web
//! depends on this crate), or know how a feature or an indicator is computed — only what
//! it is called, means and where it is shown.

mod error;
mod features;
mod indicator;
mod mapping;
mod opinion;
mod outlook;
mod places;
mod tables;
pub mod texts;

pub use error::{CatalogueError, Result};
pub use features::{Better, FeatureInfo, Role};
pub use indicator::{GapKind, Indicator, Kind, Reference};
pub use mapping::{
    CodeMap, Design, DesignMethod, DimensionMapping, Mapping, ReplicateColumns, model_dimension,
    sql_literal,
};
pub use opinion::OpinionItem;
pub use outlook::OutlookSeries;
pub use places::PlaceNames;
pub use tables::{
    Area, CompareView, DEFAULT_GROUPS, Level, ProfileView, Table, TableReference, Variable,
};
pub use texts::unit_in_words;

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// Where a catalogue was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The default, built into the program.
    Embedded,
    /// A folder given by the user or found next to the data.
    Folder(PathBuf),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Embedded => f.write_str("built in"),
            Origin::Folder(p) => write!(f, "{}", p.display()),
        }
    }
}

/// One file of a catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Path inside the catalogue, with `/` (`indicators/activity_rate.toml`).
    pub path: String,
    /// How messages name it: the path on disk, or `catalogue/<path> (built in)`.
    pub location: String,
    pub text: String,
}

impl SourceFile {
    /// The file name without `.toml`.
    fn stem(&self) -> &str {
        let name = self.path.rsplit('/').next().unwrap_or(&self.path);
        name.strip_suffix(".toml").unwrap_or(name)
    }
    fn is_in(&self, folder: &str) -> bool {
        self.path
            .strip_prefix(folder)
            .and_then(|r| r.strip_prefix('/'))
            .is_some_and(|r| !r.contains('/'))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueFile {
    version: String,
    /// Labels of variables that no table names (the city's own uploads).
    #[serde(default)]
    labels: BTreeMap<String, String>,
}

/// A mapping file's header, for files of `mappings/` that are not engine mappings (they
/// have no `[design]`; e.g. the Quality of Life survey's city list, read by `ingest`).
const ENGINE_MAPPING_KEY: &str = "design";

/// The whole catalogue, checked.
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub version: String,
    pub origin: Origin,
    /// Thematic areas, in the order of `areas.toml`.
    pub areas: Vec<Area>,
    default_area: usize,
    /// Indicators of microdata, sorted by id.
    pub indicators: Vec<Indicator>,
    /// Engine mappings (with a sample design), sorted by id.
    pub mappings: Vec<Mapping>,
    /// Aggregate tables, sorted by dataset.
    pub tables: Vec<Table>,
    /// The peers' context features, in the order of the file.
    pub features: Vec<FeatureInfo>,
    /// The series a profile looks ahead on (`outlook.toml`; none without the file).
    pub outlook: Vec<OutlookSeries>,
    /// The public-opinion items, in the order of `peers/opinion.toml` (none without it).
    pub opinion: Vec<OpinionItem>,
    /// Other names of places (`places/names.toml`; none without the file).
    pub place_names: PlaceNames,
    labels: BTreeMap<String, String>,
    files: Vec<SourceFile>,
}

impl Catalogue {
    /// The default catalogue, built into the program.
    pub fn embedded() -> Result<Catalogue> {
        let files = embedded::FILES
            .iter()
            .map(|(path, text)| SourceFile {
                path: path.to_string(),
                location: format!("catalogue/{path} (built in)"),
                text: text.to_string(),
            })
            .collect();
        Catalogue::from_files(Origin::Embedded, files)
    }

    /// Reads every `*.toml` below `root`.
    pub fn load(root: &Path) -> Result<Catalogue> {
        let mut files = Vec::new();
        walk(root, root, &mut files)?;
        if !files.iter().any(|f| f.path == "catalogue.toml") {
            return Err(CatalogueError::Missing {
                folder: root.display().to_string(),
                file: "catalogue.toml".into(),
            });
        }
        Catalogue::from_files(Origin::Folder(root.to_path_buf()), files)
    }

    /// The catalogue a program uses: `explicit` (`--catalogue`, `OBSERVATORY_CATALOGUE`);
    /// else a `catalogue/` folder beside the data folder the user named (`data_dir`); else
    /// `./catalogue`; else the built-in one. A folder counts when it has a `catalogue.toml`.
    pub fn locate(explicit: Option<&Path>, data_dir: Option<&Path>) -> Result<Catalogue> {
        if let Some(dir) = explicit {
            return Catalogue::load(dir);
        }
        let beside = data_dir.map(|d| match d.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.join("catalogue"),
            _ => PathBuf::from("catalogue"),
        });
        for dir in beside.into_iter().chain([PathBuf::from("catalogue")]) {
            if dir.join("catalogue.toml").is_file() {
                return Catalogue::load(&dir);
            }
        }
        Catalogue::embedded()
    }

    /// Parses and checks a catalogue's files (paths relative to its root).
    pub fn from_files(origin: Origin, mut files: Vec<SourceFile>) -> Result<Catalogue> {
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let folder = origin.to_string();
        let need = |name: &str| {
            files
                .iter()
                .find(|f| f.path == name)
                .ok_or_else(|| CatalogueError::Missing {
                    folder: folder.clone(),
                    file: name.to_string(),
                })
        };
        let meta_file = need("catalogue.toml")?;
        let meta: CatalogueFile = error::parse(&meta_file.text, &meta_file.location)?;
        let (areas, default_area) = tables::parse_areas(need("areas.toml")?)?;
        let features = features::parse_features(need("peers/features.toml")?)?;
        let outlook = match files.iter().find(|f| f.path == "outlook.toml") {
            Some(f) => outlook::parse_outlook(f)?,
            None => Vec::new(),
        };
        let opinion = match files.iter().find(|f| f.path == "peers/opinion.toml") {
            Some(f) => opinion::parse_opinion(f)?,
            None => Vec::new(),
        };
        let place_names = match files.iter().find(|f| f.path == "places/names.toml") {
            Some(f) => places::parse_names(f)?,
            None => PlaceNames::default(),
        };
        let mut indicators = Vec::new();
        let mut mappings = Vec::new();
        let mut tables = Vec::new();
        for f in &files {
            if f.is_in("indicators") {
                indicators.push(Indicator::parse(f, &areas)?);
            } else if f.is_in("tables") {
                tables.push(Table::parse(f, &areas)?);
            } else if f.is_in("mappings") {
                let table: toml::Table = error::parse(&f.text, &f.location)?;
                if table.contains_key(ENGINE_MAPPING_KEY) {
                    mappings.push(Mapping::parse(&f.text, &f.location)?);
                }
            }
        }
        indicators.sort_by(|a, b| a.id.cmp(&b.id));
        mappings.sort_by(|a, b| a.id.cmp(&b.id));
        tables.sort_by(|a, b| a.dataset.cmp(&b.dataset));
        Ok(Catalogue {
            version: meta.version,
            origin,
            areas,
            default_area,
            indicators,
            mappings,
            tables,
            features,
            outlook,
            opinion,
            place_names,
            labels: meta.labels,
            files,
        })
    }

    /// Every file read, sorted by path (what a computation's provenance fingerprints).
    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// SHA-256 of the catalogue's files (paths and contents): which definitions an
    /// estimate was computed under, whether built in or from a folder, kept in its
    /// provenance so that a changed definition is visible even under the same version.
    pub fn fingerprint(&self) -> String {
        let mut h = model::checksum::Checksum::new();
        for f in &self.files {
            h.update(f.path.as_bytes());
            h.update(&[0]);
            h.update(f.text.as_bytes());
            h.update(&[0]);
        }
        h.hex()
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The mapping `name` of the catalogue, or the mapping file at `name` when it is a path
    /// to a `.toml` file.
    pub fn mapping(&self, name: &str) -> Result<Mapping> {
        let p = Path::new(name);
        if p.extension().is_some_and(|x| x == "toml") && p.is_file() {
            let text = std::fs::read_to_string(p).map_err(|e| CatalogueError::Read {
                path: p.display().to_string(),
                message: e.to_string(),
            })?;
            return Mapping::parse(&text, &p.display().to_string());
        }
        self.mappings
            .iter()
            .find(|m| m.id == name || m.file.file_stem().is_some_and(|s| s == name))
            .cloned()
            .ok_or_else(|| CatalogueError::UnknownMapping {
                name: name.to_string(),
                origin: self.origin.to_string(),
                known: self
                    .mappings
                    .iter()
                    .map(|m| m.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }

    /// The table of a dataset, when the catalogue describes it.
    pub fn table(&self, dataset: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.dataset == dataset)
    }

    /// The thematic area of a dataset: its table's, else the first area claiming its name's
    /// prefix, else the default area.
    pub fn area_of(&self, dataset: &str) -> &Area {
        if let Some(a) = self
            .table(dataset)
            .and_then(|t| self.areas.iter().find(|a| a.id == t.area))
        {
            return a;
        }
        self.areas
            .iter()
            .find(|a| a.datasets.iter().any(|p| dataset.starts_with(p.as_str())))
            .unwrap_or(&self.areas[self.default_area])
    }

    /// A variable's unit: from its table, else from any table naming the code.
    pub fn variable_unit(&self, dataset: &str, variable: &str) -> Option<&str> {
        fn of<'t>(t: &'t Table, variable: &str) -> Option<&'t str> {
            t.variables
                .iter()
                .find(|v| v.code == variable)
                .and_then(|v| v.unit.as_deref())
        }
        self.table(dataset)
            .and_then(|t| of(t, variable))
            .or_else(|| self.tables.iter().find_map(|t| of(t, variable)))
    }

    /// A variable's name for people: from its table, else from any table naming the code,
    /// else from `catalogue.toml`'s `[labels]`, else the code with spaces for underscores.
    pub fn variable_label(&self, dataset: &str, variable: &str) -> String {
        if let Some(l) = self.table(dataset).and_then(|t| t.label(variable)) {
            return l;
        }
        if let Some(v) = self
            .tables
            .iter()
            .flat_map(|t| &t.variables)
            .find(|v| v.code == variable)
        {
            return v.label.clone();
        }
        if let Some(l) = self.labels.get(variable) {
            return l.clone();
        }
        variable.replace('_', " ")
    }

    /// The tables shown on a city profile as national context, by dataset.
    pub fn national_tables(&self) -> impl Iterator<Item = &Table> {
        self.tables.iter().filter(|t| t.profile.national)
    }

    /// The tables the compare page charts, in their order.
    pub fn compare_tables(&self) -> Vec<(&Table, &CompareView)> {
        let mut v: Vec<(&Table, &CompareView)> = self
            .tables
            .iter()
            .filter_map(|t| t.compare.as_ref().map(|c| (t, c)))
            .collect();
        v.sort_by(|a, b| (a.1.order, &a.0.dataset).cmp(&(b.1.order, &b.0.dataset)));
        v
    }
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<SourceFile>) -> Result<()> {
    let read_err = |p: &Path, e: std::io::Error| CatalogueError::Read {
        path: p.display().to_string(),
        message: format!(
            "{e}; --catalogue (or OBSERVATORY_CATALOGUE) should name a catalogue folder"
        ),
    };
    let entries = std::fs::read_dir(dir).map_err(|e| read_err(dir, e))?;
    let mut paths: Vec<PathBuf> = Vec::new();
    for e in entries {
        paths.push(e.map_err(|e| read_err(dir, e))?.path());
    }
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(root, &p, out)?;
        } else if p.extension().is_some_and(|x| x == "toml") {
            let text = std::fs::read_to_string(&p).map_err(|e| read_err(&p, e))?;
            let rel = p
                .strip_prefix(root)
                .unwrap_or(&p)
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push(SourceFile {
                path: rel,
                location: p.display().to_string(),
                text,
            });
        }
    }
    Ok(())
}

static ACTIVE: OnceLock<Arc<Catalogue>> = OnceLock::new();

/// Makes `catalogue` the one this program uses. Once: a second, different choice is an
/// error (the first one has been read already).
pub fn install(catalogue: Arc<Catalogue>) -> Result<()> {
    let second = catalogue.origin.to_string();
    let kept = ACTIVE.get_or_init(|| catalogue);
    if kept.origin.to_string() != second {
        return Err(CatalogueError::AlreadyInstalled {
            first: kept.origin.to_string(),
            second,
        });
    }
    Ok(())
}

/// The catalogue this program uses: the installed one, else the built-in one.
pub fn active() -> &'static Arc<Catalogue> {
    ACTIVE.get_or_init(|| {
        // The built-in catalogue is checked by this crate's tests: it cannot fail here
        // unless the build itself is broken.
        Arc::new(Catalogue::embedded().expect("the built-in catalogue is valid (tested)"))
    })
}
