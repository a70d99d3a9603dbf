//! The boundaries of a city's small areas (GeoJSON, or a shapefile with its `.dbf`) into
//! the store, so that maps and spatial indices can use them.
//!
//! Like a data import it is atomic (the whole file or nothing: a bad feature stops it with a
//! message naming the feature and what was wrong, before anything is written), idempotent
//! (the same bytes twice change nothing) and recorded in `imports` with file, SHA-256,
//! source and licence. Each area becomes the geography `CITY:SCHEME:id`, the code its
//! statistics use.

use crate::ImportError;
use ingest::Input;
use model::checksum::Checksum;
use model::{GeoCode, Geography, Provenance};
use spatial::{AttributeValue, Layer, MultiPolygon};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use store::Store;
use store::boundaries::{BoundaryArea, BoundaryCounts, NewBoundarySet};

/// A boundary file and how to read it.
#[derive(Debug, Clone)]
pub struct BoundaryRequest {
    /// GeoJSON (.geojson, .json: a file or bytes in memory) or shapefile (.shp, a file with
    /// its .dbf beside it).
    pub input: Input,
    /// The scheme of the area ids, as in the geography codes of the statistics (PLR, ZBZ …).
    pub scheme: String,
    /// The property (GeoJSON) or .dbf field holding each area's id.
    pub id_property: String,
    /// The property or field holding each area's name.
    pub name_property: Option<String>,
    /// What the areas are, for people [default: "<city> <scheme> areas"].
    pub label: Option<String>,
    /// The coordinate reference system, when the file does not state it.
    pub crs: Option<String>,
    /// Pad ids with leading zeros to this many digits.
    pub id_digits: Option<usize>,
    /// Put before every id (after padding): Vienna's statistics write sub-district 0904
    /// as 90904, the `9` of the city's municipality code.
    pub id_prefix: Option<String>,
    /// A shapefile held in memory (a binary's built-in data): its `.dbf` and `.prj`, which
    /// a file on disk has beside it.
    pub shapefile_parts: Option<ShapefileParts>,
    /// Corrections of wrong ids: `FEATURE=ID`, the feature counted from 1.
    pub fix_id: Vec<String>,
    pub source: String,
    pub licence: String,
}

/// The parts of an in-memory shapefile beside its `.shp`.
#[derive(Debug, Clone)]
pub struct ShapefileParts {
    pub dbf: Vec<u8>,
    pub prj: Option<String>,
}

/// What happened to a boundary file.
#[derive(Debug)]
pub enum Outcome {
    Imported {
        import_id: i64,
        areas: usize,
        counts: BoundaryCounts,
        crs: String,
        /// Areas with no statistics in the store (yet).
        without_statistics: usize,
    },
    AlreadyImported(store::ImportRecord),
}

pub fn describe(path: &Path, city: &Geography, scheme: &str, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Imported {
            import_id,
            areas,
            counts,
            crs,
            without_statistics,
        } => {
            let mut s = format!(
                "imported {} as import #{import_id}: {areas} areas of {} ({}), scheme {scheme}, CRS {crs}\n  store: {} new, {} replaced, {} unchanged, {} removed\n",
                path.display(),
                city.name,
                city.code,
                counts.inserted,
                counts.replaced,
                counts.unchanged,
                counts.removed
            );
            if *without_statistics > 0 {
                let _ = writeln!(
                    s,
                    "  note: {without_statistics} of these areas have no figures in the store yet (check that the ids match the statistics)"
                );
            }
            s
        }
        Outcome::AlreadyImported(prev) => format!(
            "{}: these exact bytes were imported on {} (import #{}, {}); nothing changed\n",
            path.display(),
            prev.imported_at,
            prev.id,
            prev.file_name
        ),
    }
}

enum Kind {
    GeoJson,
    Shapefile,
}

fn kind_of(path: &Path) -> Result<Kind, ImportError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "geojson" | "json" => Ok(Kind::GeoJson),
        "shp" => Ok(Kind::Shapefile),
        _ => Err(ImportError::Invalid(format!(
            "{}: found a file ending '.{ext}', expected a GeoJSON file (.geojson, .json) or a shapefile (.shp with its .dbf)",
            path.display()
        ))),
    }
}

/// SHA-256 of the file, or of the .shp, .dbf and .prj together for a shapefile.
fn checksum(input: &Input, kind: &Kind) -> Result<String, ImportError> {
    let path = input.path();
    let parts: Vec<PathBuf> = match kind {
        Kind::GeoJson => return crate::values::sha256(input),
        Kind::Shapefile => ["shp", "dbf", "prj"]
            .iter()
            .map(|e| path.with_extension(e))
            .filter(|p| p.exists())
            .collect(),
    };
    let mut h = Checksum::new();
    for p in parts {
        h.update(&std::fs::read(&p).map_err(|e| ImportError::io(&p, e))?);
    }
    Ok(h.hex())
}

/// The CRS a GeoJSON file states (`crs.properties.name`), else RFC 7946's WGS 84.
fn geojson_crs(text: &str) -> String {
    #[derive(serde::Deserialize)]
    struct Doc {
        crs: Option<serde_json::Value>,
    }
    serde_json::from_str::<Doc>(text)
        .ok()
        .and_then(|d| d.crs)
        .and_then(|c| {
            c.pointer("/properties/name")
                .and_then(|n| n.as_str())
                .map(str::to_string)
        })
        .unwrap_or_else(|| "EPSG:4326 (GeoJSON default, RFC 7946)".to_string())
}

/// A multipolygon as GeoJSON text (`spatial`'s one GeoJSON writer); `None` when a
/// coordinate is not finite (JSON has no NaN).
fn geometry_json(mp: &MultiPolygon) -> Option<String> {
    spatial::geometry_value(mp).map(|v| v.to_string())
}

fn attribute_text(v: &AttributeValue) -> String {
    match v {
        AttributeValue::Number(x) if x.fract() == 0.0 && x.abs() < 1e15 => {
            format!("{}", *x as i64)
        }
        other => other.to_display().trim().to_string(),
    }
}

/// Imports the boundary file of `args` for `city` in one transaction.
pub fn import(
    store: &mut Store,
    city: &Geography,
    args: &BoundaryRequest,
) -> Result<Outcome, ImportError> {
    let path = args.input.path();
    let kind = kind_of(path)?;
    if matches!(kind, Kind::Shapefile) && args.input.in_memory() && args.shapefile_parts.is_none() {
        return Err(ImportError::Invalid(format!(
            "{}: a shapefile is read from its folder (with its .dbf and .prj beside it); save it to disk, or convert it to GeoJSON",
            path.display()
        )));
    }
    let sha256 = match (&kind, &args.shapefile_parts) {
        (Kind::Shapefile, Some(parts)) if args.input.in_memory() => {
            let mut h = Checksum::new();
            h.update(&args.input.bytes()?);
            h.update(&parts.dbf);
            if let Some(prj) = &parts.prj {
                h.update(prj.as_bytes());
            }
            h.hex()
        }
        _ => checksum(&args.input, &kind)?,
    };
    if let Some(previous) = store.find_import_by_sha256(&sha256)? {
        return Ok(Outcome::AlreadyImported(previous));
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (layer, file_crs, format): (Layer, String, &str) = match kind {
        Kind::GeoJson => {
            let text = String::from_utf8(args.input.bytes()?.into_owned()).map_err(|e| {
                ImportError::Invalid(format!(
                    "{}: found bytes that are not UTF-8 (at byte {}), expected a GeoJSON text file",
                    path.display(),
                    e.utf8_error().valid_up_to()
                ))
            })?;
            let layer = spatial::parse_geojson(&text, &path.display().to_string())
                .map_err(|e| ImportError::Invalid(e.to_string()))?;
            (layer, geojson_crs(&text), "geojson")
        }
        Kind::Shapefile if args.input.in_memory() => {
            let parts = args.shapefile_parts.as_ref().expect("checked above");
            let label = path.display().to_string();
            let layer = spatial::shapefile_from_bytes(
                &args.input.bytes()?,
                Some(&parts.dbf),
                &label,
                &path.with_extension("dbf").display().to_string(),
            )
            .map_err(|e| ImportError::Invalid(e.to_string()))?;
            let prj = parts.prj.as_deref().map_or_else(
                || "unknown (no .prj file)".to_string(),
                |t| t.trim().to_string(),
            );
            (layer, prj, "shapefile")
        }
        Kind::Shapefile => {
            let layer =
                spatial::read_shapefile(path).map_err(|e| ImportError::Invalid(e.to_string()))?;
            let prj = std::fs::read_to_string(path.with_extension("prj"))
                .map(|t| t.trim().to_string())
                .unwrap_or_else(|_| "unknown (no .prj file)".to_string());
            (layer, prj, "shapefile")
        }
    };
    let crs = args.crs.clone().unwrap_or(file_crs);
    let at = |feature: usize| {
        format!(
            "{}: {} {feature}",
            path.display(),
            if matches!(kind, Kind::Shapefile) {
                "record"
            } else {
                "feature"
            }
        )
    };
    let id_col = layer.column_index(&args.id_property).ok_or_else(|| {
        ImportError::Invalid(format!(
            "{}: found the properties {}, expected a property '{}' with each area's id; choose another with --id-property",
            path.display(),
            if layer.columns.is_empty() {
                "(none)".to_string()
            } else {
                layer.columns.join(", ")
            },
            args.id_property
        ))
    })?;
    let name_col = match &args.name_property {
        Some(n) => Some(layer.column_index(n).ok_or_else(|| {
            ImportError::Invalid(format!(
                "{}: found the properties {}, expected a property '{n}' with each area's name (--name-property)",
                path.display(),
                layer.columns.join(", ")
            ))
        })?),
        None => None,
    };
    let mut fixes: Vec<(usize, String)> = Vec::new();
    for f in &args.fix_id {
        let parsed = f
            .split_once('=')
            .and_then(|(n, id)| Some((n.trim().parse::<usize>().ok()?, id.trim().to_string())))
            .filter(|(n, id)| *n >= 1 && *n <= layer.len() && !id.is_empty());
        match parsed {
            Some(fix) => fixes.push(fix),
            None => {
                return Err(ImportError::Invalid(format!(
                    "--fix-id {f}: expected FEATURE=ID with FEATURE a number from 1 to {}",
                    layer.len()
                )));
            }
        }
    }
    if layer.is_empty() {
        return Err(ImportError::Invalid(format!(
            "{}: the file holds no areas",
            path.display()
        )));
    }

    let city_code = city.code.clone();
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut areas = Vec::with_capacity(layer.len());
    let mut geographies = Vec::with_capacity(layer.len());
    let mut fixed_report = Vec::new();
    let known: std::collections::HashSet<String> = store
        .children(city_code.as_str())?
        .into_iter()
        .map(|g| g.code.0)
        .collect();
    let mut without_statistics = 0;
    for (i, (geometry, row)) in layer.areas.iter().zip(&layer.rows).enumerate() {
        let n = i + 1;
        let found = row.get(id_col).map(attribute_text).unwrap_or_default();
        let mut id = found.clone();
        if let Some((_, fixed)) = fixes.iter().find(|(f, _)| *f == n) {
            fixed_report.push(serde_json::json!({"feature": n, "id_in_file": found, "id": fixed}));
            id = fixed.clone();
        }
        if let Some(w) = args.id_digits
            && id.len() < w
            && id.bytes().all(|b| b.is_ascii_digit())
        {
            id = format!("{id:0>w$}");
        }
        if let Some(prefix) = &args.id_prefix {
            id = format!("{prefix}{id}");
        }
        if id.is_empty() {
            return Err(ImportError::Invalid(format!(
                "{}: found no value in '{}', expected the area's id",
                at(n),
                args.id_property
            )));
        }
        if id.contains(':') || id.chars().any(char::is_whitespace) {
            return Err(ImportError::Invalid(format!(
                "{}: found the id '{id}', expected an id without ':' or spaces",
                at(n)
            )));
        }
        if let Some(first) = seen.insert(id.clone(), n) {
            return Err(ImportError::Invalid(format!(
                "{}: found the id '{id}' a second time (also {} {first}), expected each area once; correct the file or give the right id with --fix-id {n}=ID",
                at(n),
                if matches!(kind, Kind::Shapefile) {
                    "record"
                } else {
                    "feature"
                }
            )));
        }
        if geometry.is_empty() {
            return Err(ImportError::Invalid(format!(
                "{} (id {id}): found no geometry, expected a polygon or multipolygon",
                at(n)
            )));
        }
        let Some(geometry) = geometry_json(geometry) else {
            return Err(ImportError::Invalid(format!(
                "{} (id {id}): found a coordinate that is not a finite number, expected numbers",
                at(n)
            )));
        };
        let name = name_col
            .and_then(|j| row.get(j))
            .map(attribute_text)
            .filter(|s| !s.is_empty());
        let code = GeoCode::within(&city_code, &args.scheme, &id);
        if !known.contains(code.as_str()) {
            without_statistics += 1;
        }
        geographies.push(Geography {
            level: code.level(),
            country: city.country.clone().or_else(|| city_code.country()),
            parent: Some(city_code.clone()),
            name: match &name {
                Some(nm) => format!("{nm} ({} {id})", city.name),
                None => format!("{} {} {id}", city.name, args.scheme),
            },
            code: code.clone(),
        });
        areas.push(BoundaryArea {
            geo: code.0,
            name,
            geometry,
        });
    }
    let label = args
        .label
        .clone()
        .unwrap_or_else(|| format!("{} {} areas", city.name, args.scheme));
    let report = serde_json::json!({
        "kind": "boundaries",
        "city": city_code.as_str(),
        "scheme": args.scheme,
        "label": label,
        "crs": crs,
        "areas": areas.len(),
        "id_property": args.id_property,
        "name_property": args.name_property,
        "fixed_ids": fixed_report,
        "areas_without_statistics": without_statistics,
    });
    let provenance = Provenance {
        file_name,
        sha256,
        format: format.to_string(),
        source: args.source.clone(),
        licence: args.licence.clone(),
    };
    let (import_id, counts) = store.import_boundaries(
        &provenance,
        NewBoundarySet {
            city: city_code.as_str(),
            scheme: &args.scheme,
            label: &label,
            crs: &crs,
        },
        &areas,
        &geographies,
        &report.to_string(),
    )?;
    Ok(Outcome::Imported {
        import_id,
        areas: areas.len(),
        counts,
        crs,
        without_statistics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geometry_text_reads_back_exactly() {
        let text = r#"{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[13.338887839617307,52.505424797029505],[13.3398,52.5056],[13.34,52.51],[13.338887839617307,52.505424797029505]]]}}"#;
        let layer = spatial::parse_geojson(text, "t").unwrap();
        let json = geometry_json(&layer.areas[0]).unwrap();
        let again = spatial::parse_geojson(
            &format!(r#"{{"type":"Feature","properties":{{}},"geometry":{json}}}"#),
            "t",
        )
        .unwrap();
        assert_eq!(again.areas, layer.areas);
        assert_eq!(
            attribute_text(&AttributeValue::Number(1011101.0)),
            "1011101"
        );
    }
}
