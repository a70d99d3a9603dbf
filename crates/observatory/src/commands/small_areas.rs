//! A city's small areas as the neighbourhood commands (`segregation`, `map`) need them:
//! which area set a level means, each area's counts by population group for a period, and
//! the areas' boundaries read back from the store and put into kilometres.
//!
//! Wiring only: geometry is measured by `spatial`, indices are computed by `stats`, and the
//! store only hands over what it holds.

use model::{Period, PopulationGroup};
use spatial::{MultiPolygon, Point, Polygon, Ring};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use store::{SeriesFilter, Store};

/// Berlin's Urban Audit code: its LOR tables are the bundled small-area data.
pub const BERLIN: &str = "DE001C";

/// A level of areas as the user names it, and the geography schemes it covers.
#[derive(Debug, Clone)]
pub struct Level {
    pub name: String,
    pub schemes: Vec<String>,
}

impl Level {
    /// `planning-areas` (Berlin PLR until 2020, PLR2021 from 2021), `forecast-areas`
    /// (PRG), `districts` (BEZ, DIS), or a scheme code as it appears in geography codes.
    pub fn parse(text: &str) -> Level {
        let t = text.trim().to_ascii_lowercase().replace('_', "-");
        let schemes: Vec<&str> = match t.as_str() {
            "planning-areas" | "planning-area" | "plr" => vec!["PLR", "PLR2021"],
            "forecast-areas" | "forecast-area" | "prg" => vec!["PRG"],
            "districts" | "district" | "bez" => vec!["BEZ", "DIS", "DISTRICT"],
            _ => {
                return Level {
                    name: text.trim().to_string(),
                    schemes: vec![text.trim().to_string()],
                };
            }
        };
        Level {
            name: t,
            schemes: schemes.into_iter().map(str::to_string).collect(),
        }
    }
}

/// What the areas of a scheme are, for people.
pub fn scheme_label(scheme: &str) -> String {
    match scheme {
        "PLR" => "planning areas (LOR 2006)".into(),
        "PLR2021" => "planning areas (LOR 2021)".into(),
        "PRG" => "forecast areas (LOR 2021)".into(),
        "BEZ" | "DIS" | "DISTRICT" => "districts".into(),
        other => format!("areas ({other})"),
    }
}

/// A group as the user names it: a friendly alias or a stored group key.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GroupSpec {
    /// Stored group key (`citizen=FOR`; empty for everybody).
    pub key: String,
    /// Plain-language name ("foreign citizens").
    pub label: String,
}

impl GroupSpec {
    pub fn parse(text: &str) -> Result<GroupSpec, String> {
        let t = text.trim();
        let alias = |key: &str, label: &str| GroupSpec {
            key: key.into(),
            label: label.into(),
        };
        Ok(match t.to_ascii_lowercase().replace('_', "-").as_str() {
            "foreigners" | "foreign" | "foreign-citizens" => {
                alias("citizen=FOR", "foreign citizens")
            }
            "germans" | "nationals" => alias("citizen=NAT", "nationals"),
            "migration-background" | "with-migration-background" => {
                alias("background=WITH", "people with a migration background")
            }
            "no-migration-background" | "without-migration-background" => alias(
                "citizen=NAT;background=WITHOUT",
                "people without a migration background",
            ),
            "total" | "all" | "everybody" | "residents" => alias("", "all residents"),
            _ => {
                let g = PopulationGroup::parse_key(t).map_err(|e| {
                    format!(
                        "{e}; or one of the names foreigners, germans, migration-background, no-migration-background, total"
                    )
                })?;
                let origin = g
                    .get(model::Dimension::MigrationBackground)
                    .filter(|_| g.dimensions().count() == 1)
                    .and_then(|c| ORIGIN_NAMES.iter().find(|(code, _)| *code == c));
                GroupSpec {
                    key: g.key(),
                    label: match origin {
                        Some((_, name)) => {
                            format!("people with a migration background from {name}")
                        }
                        None => g.describe(),
                    },
                }
            }
        })
    }
}

/// Names of the regions of origin in Berlin's t4 table (`background=CODE`).
const ORIGIN_NAMES: &[(&str, &str)] = &[
    ("EU27", "the EU"),
    ("FR", "France"),
    ("EL", "Greece"),
    ("IT", "Italy"),
    ("AT", "Austria"),
    ("ES", "Spain"),
    ("PL", "Poland"),
    ("BG", "Bulgaria"),
    ("RO", "Romania"),
    ("HR", "Croatia"),
    ("UK", "the United Kingdom"),
    ("YU_FOR", "the former Yugoslavia"),
    ("BA", "Bosnia and Herzegovina"),
    ("RS", "Serbia"),
    ("SU_FOR", "the former Soviet Union"),
    ("RU", "Russia"),
    ("UA", "Ukraine"),
    ("KZ", "Kazakhstan"),
    ("ISLAMIC", "Islamic countries"),
    ("TR", "Turkey"),
    ("IR", "Iran"),
    ("ARAB", "Arab countries"),
    ("LB", "Lebanon"),
    ("SY", "Syria"),
    ("VN", "Vietnam"),
    ("US", "the United States"),
    ("UNDEF", "an undetermined country"),
];

/// The counts of one period over one area set: one value per area and group.
#[derive(Debug, Clone)]
pub struct PeriodCounts {
    pub period: Period,
    pub scheme: String,
    /// Geography codes, sorted.
    pub areas: Vec<String>,
    pub names: Vec<String>,
    counts: HashMap<String, Vec<Option<f64>>>,
    pub sources: BTreeSet<String>,
}

impl PeriodCounts {
    /// The counts of a group (by stored key), one per area; `None` when the group is not
    /// in the data for this period.
    pub fn group(&self, key: &str) -> Option<&[Option<f64>]> {
        self.counts.get(key).map(Vec::as_slice)
    }
}

fn scheme_of<'a>(code: &'a str, city: &str) -> Option<&'a str> {
    let rest = code.strip_prefix(city)?.strip_prefix(':')?;
    rest.split(':').next()
}

/// Reads the counts of `city`'s areas at `level` from `datasets` (all periods, or one),
/// grouped by period and area set. Only values without a further breakdown count; the
/// first dataset wins when two hold the same group (t1 and t4 both hold `background=WITH`).
pub fn load_counts(
    store: &Store,
    city: &str,
    datasets: &[String],
    variable: Option<&str>,
    level: &Level,
    period: Option<Period>,
) -> Result<Vec<PeriodCounts>, String> {
    type Cells = BTreeMap<String, HashMap<String, f64>>;
    let mut by: BTreeMap<(Period, String), (Cells, BTreeSet<String>)> = BTreeMap::new();
    let mut names: HashMap<String, String> = HashMap::new();
    let mut variables: BTreeSet<String> = BTreeSet::new();
    for dataset in datasets {
        let filter = SeriesFilter {
            dataset: Some(dataset.clone()),
            variable: variable.map(str::to_string),
            period: period.map(|p| p.to_string()),
            ..Default::default()
        };
        store
            .for_each_observation(&filter, |row| {
                let o = &row.observation;
                let Some(scheme) = scheme_of(o.geo.as_str(), city) else {
                    return Ok(());
                };
                if !level.schemes.iter().any(|s| s == scheme) || !o.breakdown.is_empty() {
                    return Ok(());
                }
                variables.insert(format!("{}/{}", o.dataset, o.variable));
                let (cells, sources) = by
                    .entry((o.period, scheme.to_string()))
                    .or_insert_with(|| (BTreeMap::new(), BTreeSet::new()));
                sources.insert(row.source.clone());
                names
                    .entry(o.geo.to_string())
                    .or_insert_with(|| row.geo_name.clone());
                cells
                    .entry(o.geo.to_string())
                    .or_default()
                    .entry(o.group.key())
                    .or_insert(o.value);
                Ok(())
            })
            .map_err(|e| e.to_string())?;
    }
    if variable.is_none() {
        let per_dataset: BTreeSet<&str> = variables
            .iter()
            .filter_map(|v| v.split_once('/').map(|(d, _)| d))
            .collect();
        if variables.len() > per_dataset.len() {
            return Err(format!(
                "the small-area data holds several variables ({}): choose one with --variable",
                variables.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
    }
    let mut out = Vec::with_capacity(by.len());
    for ((period, scheme), (cells, sources)) in by {
        let areas: Vec<String> = cells.keys().cloned().collect();
        let mut counts: HashMap<String, Vec<Option<f64>>> = HashMap::new();
        for (i, groups) in cells.values().enumerate() {
            for (key, &v) in groups {
                counts
                    .entry(key.clone())
                    .or_insert_with(|| vec![None; areas.len()])[i] = Some(v);
            }
        }
        out.push(PeriodCounts {
            period,
            scheme,
            names: areas
                .iter()
                .map(|a| names.get(a).cloned().unwrap_or_else(|| a.clone()))
                .collect(),
            areas,
            counts,
            sources,
        });
    }
    Ok(out)
}

/// The datasets holding a city's small-area counts: `--dataset` when given, Berlin's LOR
/// tables for Berlin.
pub fn datasets_for(city: &str, given: Option<&str>) -> Result<Vec<String>, String> {
    match given {
        Some(d) => Ok(d.split(',').map(|s| s.trim().to_string()).collect()),
        None if city == BERLIN => Ok(vec!["berlin_lor_t1".into(), "berlin_lor_t4".into()]),
        None => Err(
            "give --dataset: the dataset with this city's counts by area and group (`observatory list datasets`)"
                .into(),
        ),
    }
}

/// The boundaries of one area set, in kilometres, for the areas asked for.
#[derive(Debug, Clone)]
pub struct Boundaries {
    pub set: store::boundaries::BoundarySet,
    /// Geography code → (name in the boundary file, geometry in the stored CRS).
    by_code: HashMap<String, (Option<String>, MultiPolygon)>,
    /// Whether the stored coordinates are longitude/latitude in degrees.
    pub geographic: bool,
}

impl Boundaries {
    /// Reads the set of (`city`, `scheme`) from the store; `None` when there is none.
    pub fn load(store: &Store, city: &str, scheme: &str) -> Result<Option<Boundaries>, String> {
        let Some(set) = store
            .boundary_set(city, scheme)
            .map_err(|e| e.to_string())?
        else {
            return Ok(None);
        };
        let areas = store.boundaries(city, scheme).map_err(|e| e.to_string())?;
        // One FeatureCollection for the spatial crate's reader: one parse for the set.
        let mut text = String::from(r#"{"type":"FeatureCollection","features":["#);
        for (i, a) in areas.iter().enumerate() {
            if i > 0 {
                text.push(',');
            }
            text.push_str(r#"{"type":"Feature","properties":{},"geometry":"#);
            text.push_str(&a.geometry);
            text.push('}');
        }
        text.push_str("]}");
        let layer = spatial::parse_geojson(&text, &format!("stored boundaries {city} {scheme}"))
            .map_err(|e| e.to_string())?;
        let bbox = layer
            .areas
            .iter()
            .filter_map(MultiPolygon::bbox)
            .reduce(spatial::BoundingBox::union);
        let geographic = crs_is_geographic(&set.crs)
            || (set.crs.is_empty()
                && bbox.is_some_and(|b| {
                    b.min_x >= -180.0 && b.max_x <= 180.0 && b.min_y >= -90.0 && b.max_y <= 90.0
                }));
        let by_code = areas
            .into_iter()
            .zip(layer.areas)
            .map(|(a, g)| (a.geo, (a.name, g)))
            .collect();
        Ok(Some(Boundaries {
            set,
            by_code,
            geographic,
        }))
    }

    /// The codes of the areas, sorted.
    pub fn codes(&self) -> Vec<String> {
        let mut c: Vec<String> = self.by_code.keys().cloned().collect();
        c.sort();
        c
    }

    /// The name of an area in the boundary file, if it had one.
    pub fn name(&self, code: &str) -> Option<&str> {
        self.by_code.get(code).and_then(|(n, _)| n.as_deref())
    }

    /// The geometry of an area as stored.
    pub fn geometry(&self, code: &str) -> Option<&MultiPolygon> {
        self.by_code.get(code).map(|(_, g)| g)
    }

    /// How the coordinates are turned into kilometres (for notes and SVG descriptions).
    pub fn units_note(&self) -> &'static str {
        if self.geographic {
            "longitude/latitude projected with a local equirectangular projection (x = R·λ·cos φ₀, y = R·φ, R = 6371 km, φ₀ the middle latitude)"
        } else {
            "projected coordinates taken as metres and divided by 1000"
        }
    }

    /// The geometries of `codes` in kilometres, in that order; `None` for codes without a
    /// boundary.
    pub fn in_km(&self, codes: &[String]) -> Vec<Option<MultiPolygon>> {
        let phi0 = {
            let bbox = self
                .by_code
                .values()
                .filter_map(|(_, g)| g.bbox())
                .reduce(spatial::BoundingBox::union);
            bbox.map(|b| (b.min_y + b.max_y) / 2.0).unwrap_or(0.0)
        };
        const R: f64 = 6371.0088;
        let k = phi0.to_radians().cos();
        let geographic = self.geographic;
        let project = |p: &Point| {
            if geographic {
                Point::new(R * p.x.to_radians() * k, R * p.y.to_radians())
            } else {
                Point::new(p.x / 1000.0, p.y / 1000.0)
            }
        };
        let ring = |r: &Ring| Ring::new(r.points().iter().map(project).collect());
        codes
            .iter()
            .map(|c| {
                self.geometry(c).map(|g| {
                    MultiPolygon::new(
                        g.polygons
                            .iter()
                            .map(|p| {
                                Polygon::new(ring(&p.exterior), p.holes.iter().map(ring).collect())
                            })
                            .collect(),
                    )
                })
            })
            .collect()
    }
}

/// Whether a CRS text names longitude/latitude in degrees (WGS 84, CRS84, ETRS89 …).
pub fn crs_is_geographic(crs: &str) -> bool {
    let c = crs.to_ascii_uppercase();
    c.contains("CRS84")
        || c.ends_with("EPSG:4326")
        || c.ends_with("EPSG::4326")
        || c.ends_with("EPSG::4258")
        || (c.starts_with("GEOGCS") && !c.contains("PROJCS"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_and_groups() {
        assert_eq!(
            Level::parse("planning-areas").schemes,
            vec!["PLR", "PLR2021"]
        );
        assert_eq!(Level::parse("DIS").schemes, vec!["DIS"]);
        assert_eq!(GroupSpec::parse("foreigners").unwrap().key, "citizen=FOR");
        assert_eq!(
            GroupSpec::parse("background=TR").unwrap().key,
            "background=TR"
        );
        assert_eq!(GroupSpec::parse("total").unwrap().key, "");
        assert!(GroupSpec::parse("martians").is_err());
        assert_eq!(scheme_of("DE001C:PLR:01011101", "DE001C"), Some("PLR"));
        assert_eq!(scheme_of("DE001", "DE001C"), None);
        assert!(crs_is_geographic("urn:ogc:def:crs:OGC:1.3:CRS84"));
        assert!(crs_is_geographic("urn:ogc:def:crs:EPSG::4326"));
        assert!(!crs_is_geographic("urn:ogc:def:crs:EPSG::25833"));
    }
}
