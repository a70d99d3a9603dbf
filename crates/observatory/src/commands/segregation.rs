//! `observatory segregation CITY`: how unevenly two groups live across a city's small
//! areas, period by period, with the spatial indices where the areas' boundaries are in the
//! store, multigroup indices over regions of origin, and the change between two periods.
//!
//! Defaults (Berlin): foreign citizens (`citizen=FOR`) against Germans (`citizen=NAT`) over
//! the planning areas, every half-year in the store. The two-group indices compare group A
//! with group B: an area's "total" is A + B (or B itself when B is `total`). Every figure
//! carries a plain-language label; `--format csv|json` gives the same figures in long form.

use crate::commands::Context;
use crate::commands::small_areas::{
    BERLIN, Boundaries, GroupSpec, Level, PeriodCounts, datasets_for, load_counts, scheme_label,
};
use crate::output::{OutputFormat, Table};
use crate::places;
use model::Period;
use serde::Serialize;
use spatial::{ContiguityRule, DEFAULT_PRECISION, MultiPolygon, contiguity};
use stats::segregation::{self as seg, Center, DistanceDecay, GroupCounts, SparseWeights};
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  observatory segregation Berlin                               foreigners vs Germans, every half-year
  observatory segregation Berlin --period 2020-S2 --format json
  observatory segregation Berlin --change 2015-S1:2020-S2      change, its decomposition and a permutation test
  observatory segregation Berlin --groups background=TR,total  people of Turkish origin vs everybody
  observatory segregation Berlin --level forecast-areas --index dissimilarity,spatial_dissimilarity
  observatory segregation Berlin --index list                  the indices and what they mean

Groups: foreigners, germans, migration-background, no-migration-background, total, or a group
key as stored (citizen=FOR, background=TR, citizen=NAT;background=WITHOUT).")]
pub struct Args {
    /// The city (name or code)
    pub city: String,
    /// Only this period (2020-S2) [default: every period in the data]
    #[arg(long)]
    pub period: Option<String>,
    /// The two groups A,B: how A lives apart from B [default: foreigners,germans]
    #[arg(long, default_value = "foreigners,germans")]
    pub groups: String,
    /// Only these indices, comma-separated (`--index list` shows all)
    #[arg(long)]
    pub index: Option<String>,
    /// planning-areas, forecast-areas, districts, or a scheme code of the area ids
    #[arg(long, default_value = "planning-areas")]
    pub level: String,
    /// Change between two periods, FROM:TO (2015-S1:2020-S2): decomposition and permutation test
    #[arg(long)]
    pub change: Option<String>,
    /// Groups of the multigroup indices, comma-separated keys [default for Berlin: regions of origin]
    #[arg(long)]
    pub multigroup: Option<String>,
    /// Dataset(s) with the counts by area [default for Berlin: berlin_lor_t1,berlin_lor_t4]
    #[arg(long)]
    pub dataset: Option<String>,
    /// The variable of the counts, when the dataset holds several
    #[arg(long)]
    pub variable: Option<String>,
    /// Random relabellings of the permutation test of --change
    #[arg(long, default_value_t = 9999)]
    pub replicates: usize,
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
enum Family {
    TwoGroup,
    Spatial,
    Multigroup,
    Change,
}

struct IndexDef {
    name: &'static str,
    family: Family,
    /// Plain language; `{a}` and `{b}` are the groups' names.
    label: &'static str,
}

const fn def(name: &'static str, family: Family, label: &'static str) -> IndexDef {
    IndexDef {
        name,
        family,
        label,
    }
}

const INDICES: &[IndexDef] = &[
    def(
        "dissimilarity",
        Family::TwoGroup,
        "dissimilarity (share of {a} who would have to move for an even distribution)",
    ),
    def(
        "gini",
        Family::TwoGroup,
        "Gini (mean difference in the share of {a} between all pairs of areas, 0–1)",
    ),
    def(
        "entropy",
        Family::TwoGroup,
        "entropy, Theil's H (how much less mixed the areas are than the city, 0–1)",
    ),
    def(
        "isolation",
        Family::TwoGroup,
        "isolation (share of {a} in the area where an average member of this group lives)",
    ),
    def(
        "interaction",
        Family::TwoGroup,
        "exposure (share of {b} in the area where an average member of {a} lives)",
    ),
    def(
        "correlation_ratio",
        Family::TwoGroup,
        "correlation ratio (isolation corrected for the group's size, 0–1)",
    ),
    def(
        "atkinson_0.1",
        Family::TwoGroup,
        "Atkinson b=0.1 (unevenness, weighing areas where {a} are few)",
    ),
    def(
        "atkinson_0.5",
        Family::TwoGroup,
        "Atkinson b=0.5 (unevenness, areas of under- and over-representation alike)",
    ),
    def(
        "atkinson_0.9",
        Family::TwoGroup,
        "Atkinson b=0.9 (unevenness, weighing areas where {a} are many)",
    ),
    def(
        "min_max",
        Family::TwoGroup,
        "min-max (1 − overlap of where {a} and {b} live, 0–1)",
    ),
    def(
        "concentration_profile",
        Family::TwoGroup,
        "concentration profile R (how far {a} live in areas where they are a large share)",
    ),
    def(
        "density_corrected_dissimilarity",
        Family::TwoGroup,
        "dissimilarity corrected for the randomness of small areas (Allen et al. 2015)",
    ),
    def(
        "spatial_dissimilarity",
        Family::Spatial,
        "spatial dissimilarity (D less the differences between adjacent areas, queen contiguity)",
    ),
    def(
        "boundary_spatial_dissimilarity",
        Family::Spatial,
        "boundary spatial dissimilarity (D less differences across shared borders, by border length)",
    ),
    def(
        "perimeter_area_spatial_dissimilarity",
        Family::Spatial,
        "perimeter/area spatial dissimilarity (as above, weighing compact areas more)",
    ),
    def(
        "delta",
        Family::Spatial,
        "delta (share of {a} who would have to move for the same density per km² everywhere)",
    ),
    def(
        "absolute_concentration",
        Family::Spatial,
        "absolute concentration (1 = {a} live in as little space as possible)",
    ),
    def(
        "relative_concentration",
        Family::Spatial,
        "relative concentration (above 0: {a} live in less space than {b})",
    ),
    def(
        "absolute_centralization",
        Family::Spatial,
        "absolute centralisation (above 0: {a} live nearer the centre than the land lies)",
    ),
    def(
        "relative_centralization",
        Family::Spatial,
        "relative centralisation (above 0: {a} live nearer the centre than {b})",
    ),
    def(
        "absolute_clustering",
        Family::Spatial,
        "absolute clustering (how near {a} live to each other, 0–1)",
    ),
    def(
        "relative_clustering",
        Family::Spatial,
        "relative clustering (above 0: {a} live nearer each other than {b} do)",
    ),
    def(
        "spatial_proximity",
        Family::Spatial,
        "spatial proximity (1 = no difference; above 1: each group lives nearer its own)",
    ),
    def(
        "distance_decay_isolation",
        Family::Spatial,
        "distance-decay isolation (share of {a} around an average member of this group, nearby areas counted)",
    ),
    def(
        "distance_decay_exposure",
        Family::Spatial,
        "distance-decay exposure (share of {b} around an average member of {a}, nearby areas counted)",
    ),
    def(
        "multigroup_dissimilarity",
        Family::Multigroup,
        "multigroup dissimilarity (share of people who would have to move for every area to have the city's mix)",
    ),
    def(
        "multigroup_gini",
        Family::Multigroup,
        "multigroup Gini (mean difference in composition between pairs of areas, 0–1)",
    ),
    def(
        "multigroup_information_theory",
        Family::Multigroup,
        "multigroup entropy, Theil's H (how much less mixed the areas are than the city, 0–1)",
    ),
    def(
        "multigroup_normalized_exposure",
        Family::Multigroup,
        "normalised exposure (how much more people meet their own group than the city's mix implies, 0–1)",
    ),
    def(
        "multigroup_relative_diversity",
        Family::Multigroup,
        "relative diversity (loss of diversity inside areas compared with the city)",
    ),
    def(
        "multigroup_squared_coefficient_of_variation",
        Family::Multigroup,
        "squared coefficient of variation of the groups' shares across areas",
    ),
    def(
        "multigroup_divergence",
        Family::Multigroup,
        "divergence (how far areas' compositions differ from the city's, in nats)",
    ),
    def(
        "multigroup_diversity",
        Family::Multigroup,
        "diversity of the city (normalised entropy: 1 = all groups equally large)",
    ),
    def(
        "simpson_interaction",
        Family::Multigroup,
        "Simpson's interaction (chance that two residents drawn at random belong to different groups)",
    ),
];

/// Berlin's regions of origin (t4) that do not overlap: the EU as defined at the time,
/// single countries outside it, and the Arab countries; the rest of the people with a
/// migration background form "other or undetermined origin".
const BERLIN_ORIGINS: &[(&str, &str)] = &[
    ("background=EU27", "EU"),
    ("background=BA", "Bosnia and Herzegovina"),
    ("background=RS", "Serbia"),
    ("background=RU", "Russia"),
    ("background=UA", "Ukraine"),
    ("background=KZ", "Kazakhstan"),
    ("background=TR", "Turkey"),
    ("background=IR", "Iran"),
    ("background=ARAB", "Arab countries"),
    ("background=VN", "Vietnam"),
    ("background=US", "United States"),
];

/// Multigroup groups as (stored key, label).
type GroupList = Vec<(String, String)>;

/// One figure, as printed in every format.
#[derive(Debug, Clone, Serialize)]
struct Figure {
    period: String,
    area_set: String,
    areas: usize,
    family: Family,
    index: &'static str,
    label: String,
    value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

#[derive(Debug, Serialize)]
struct Report {
    city: String,
    code: String,
    group_a: GroupSpec,
    group_b: GroupSpec,
    level: String,
    multigroup_groups: Vec<String>,
    sources: Vec<String>,
    boundaries: Vec<String>,
    figures: Vec<Figure>,
    notes: Vec<String>,
}

/// Numbers derived from the boundaries of the areas used in one computation.
struct SpatialInputs {
    areas_km2: Vec<f64>,
    centroids: Vec<[f64; 2]>,
    perimeters: Vec<f64>,
    queen: SparseWeights,
    rook_lengths: SparseWeights,
}

fn spatial_inputs(geoms: &[MultiPolygon]) -> Result<SpatialInputs, String> {
    let e = |e: seg::SegregationError| e.to_string();
    let queen = contiguity(geoms, ContiguityRule::Queen, DEFAULT_PRECISION);
    let rook = contiguity(geoms, ContiguityRule::Rook, DEFAULT_PRECISION);
    Ok(SpatialInputs {
        areas_km2: geoms.iter().map(MultiPolygon::area).collect(),
        centroids: geoms
            .iter()
            .map(|g| g.centroid().map_or([f64::NAN; 2], |c| [c.x, c.y]))
            .collect(),
        perimeters: geoms.iter().map(MultiPolygon::perimeter).collect(),
        queen: SparseWeights::binary(queen.offsets().to_vec(), queen.indices().to_vec())
            .map_err(e)?,
        rook_lengths: SparseWeights::new(
            rook.offsets().to_vec(),
            rook.indices().to_vec(),
            rook.lengths().to_vec(),
        )
        .map_err(e)?,
    })
}

fn two_group_value(
    name: &str,
    x: &[f64],
    t: &[f64],
    sp: Option<&SpatialInputs>,
) -> Result<f64, String> {
    let decay = DistanceDecay::default();
    let r = match (name, sp) {
        ("dissimilarity", _) => seg::dissimilarity(x, t),
        ("gini", _) => seg::gini(x, t),
        ("entropy", _) => seg::entropy(x, t),
        ("isolation", _) => seg::isolation(x, t),
        ("interaction", _) => seg::interaction(x, t),
        ("correlation_ratio", _) => seg::correlation_ratio(x, t),
        ("atkinson_0.1", _) => seg::atkinson(x, t, 0.1),
        ("atkinson_0.5", _) => seg::atkinson(x, t, 0.5),
        ("atkinson_0.9", _) => seg::atkinson(x, t, 0.9),
        ("min_max", _) => seg::min_max(x, t),
        ("concentration_profile", _) => seg::concentration_profile(x, t, 1000),
        ("density_corrected_dissimilarity", _) => seg::density_corrected_dissimilarity(x, t, 1e-5),
        (_, None) => return Err("no boundaries for this area set".into()),
        ("spatial_dissimilarity", Some(s)) => seg::spatial_dissimilarity(x, t, &s.queen, false),
        ("boundary_spatial_dissimilarity", Some(s)) => {
            seg::boundary_spatial_dissimilarity(x, t, &s.rook_lengths, false)
        }
        ("perimeter_area_spatial_dissimilarity", Some(s)) => {
            seg::perimeter_area_ratio_spatial_dissimilarity(
                x,
                t,
                &s.rook_lengths,
                &s.perimeters,
                &s.areas_km2,
                true,
            )
        }
        ("delta", Some(s)) => seg::delta(x, t, &s.areas_km2),
        ("absolute_concentration", Some(s)) => seg::absolute_concentration(x, t, &s.areas_km2),
        ("relative_concentration", Some(s)) => seg::relative_concentration(x, t, &s.areas_km2),
        ("absolute_centralization", Some(s)) => {
            seg::absolute_centralization(x, t, &s.centroids, &s.areas_km2, Center::Mean)
        }
        ("relative_centralization", Some(s)) => {
            seg::relative_centralization(x, t, &s.centroids, Center::Mean)
        }
        ("absolute_clustering", Some(s)) => {
            seg::absolute_clustering(x, t, &s.centroids, &s.areas_km2, decay)
        }
        ("relative_clustering", Some(s)) => {
            seg::relative_clustering(x, t, &s.centroids, &s.areas_km2, decay)
        }
        ("spatial_proximity", Some(s)) => {
            seg::spatial_proximity(x, t, &s.centroids, &s.areas_km2, decay)
        }
        ("distance_decay_isolation", Some(s)) => {
            seg::distance_decay_isolation(x, t, &s.centroids, &s.areas_km2, decay)
        }
        ("distance_decay_exposure", Some(s)) => {
            seg::distance_decay_exposure(x, t, &s.centroids, &s.areas_km2, decay)
        }
        (other, _) => return Err(format!("unknown index {other}")),
    };
    r.map_err(|e| e.to_string())
}

fn multigroup_value(name: &str, c: &GroupCounts<'_>) -> f64 {
    match name {
        "multigroup_dissimilarity" => seg::multigroup_dissimilarity(c),
        "multigroup_gini" => seg::multigroup_gini(c),
        "multigroup_information_theory" => seg::multigroup_information_theory(c),
        "multigroup_normalized_exposure" => seg::multigroup_normalized_exposure(c),
        "multigroup_relative_diversity" => seg::multigroup_relative_diversity(c),
        "multigroup_squared_coefficient_of_variation" => {
            seg::multigroup_squared_coefficient_of_variation(c)
        }
        "multigroup_divergence" => seg::multigroup_divergence(c),
        "multigroup_diversity" => seg::multigroup_diversity(c, true),
        "simpson_interaction" => seg::simpson_interaction(c),
        _ => f64::NAN,
    }
}

/// The two groups' counts over the areas where both are known: (x = A, total, kept areas).
fn pair_counts(
    pc: &PeriodCounts,
    a: &GroupSpec,
    b: &GroupSpec,
) -> Option<(Vec<f64>, Vec<f64>, Vec<usize>)> {
    let ga = pc.group(&a.key)?;
    let gb = pc.group(&b.key)?;
    let (mut x, mut t, mut kept) = (Vec::new(), Vec::new(), Vec::new());
    for (i, (va, vb)) in ga.iter().zip(gb).enumerate() {
        if let (Some(va), Some(vb)) = (va, vb) {
            x.push(*va);
            t.push(if b.key.is_empty() { *vb } else { va + vb });
            kept.push(i);
        }
    }
    Some((x, t, kept))
}

fn parse_period(text: &str) -> Result<Period, String> {
    Period::parse(text.trim()).map_err(|e| e.to_string())
}

pub fn run(ctx: &mut Context, args: Args) -> Result<(), String> {
    if args.index.as_deref() == Some("list") {
        let mut t = Table::new(vec!["index", "kind", "what it measures"]);
        for d in INDICES {
            t.push(vec![
                d.name.to_string(),
                format!("{:?}", d.family).to_lowercase(),
                d.label
                    .replace("{a}", "the group")
                    .replace("{b}", "the other group"),
            ]);
        }
        print!("{}", t.render());
        return Ok(());
    }
    let store = &ctx.store;
    let city = places::resolve(store, &args.city)?;
    let code = city.code.to_string();
    let level = Level::parse(&args.level);
    let datasets = datasets_for(&code, args.dataset.as_deref())?;
    let groups: Vec<&str> = args.groups.split(',').collect();
    let [a, b] = groups.as_slice() else {
        return Err(format!(
            "--groups {}: expected two groups A,B (e.g. foreigners,germans)",
            args.groups
        ));
    };
    let (a, mut b) = (GroupSpec::parse(a)?, GroupSpec::parse(b)?);
    if code == BERLIN && b.key == "citizen=NAT" {
        b.label = "Germans".into();
    }
    if a.key == b.key {
        return Err("--groups: the two groups are the same".into());
    }
    let wanted: Vec<&IndexDef> =
        match &args.index {
            None => INDICES.iter().collect(),
            Some(list) => {
                let mut out = Vec::new();
                for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    let d = INDICES.iter().find(|d| d.name == name).ok_or_else(|| {
                    format!(
                        "unknown index '{name}': choose among {} (`--index list` explains them)",
                        INDICES.iter().map(|d| d.name).collect::<Vec<_>>().join(", ")
                    )
                })?;
                    out.push(d);
                }
                out
            }
        };
    let period = args.period.as_deref().map(parse_period).transpose()?;
    let change = match &args.change {
        Some(c) => {
            let (from, to) = c
                .split_once(':')
                .ok_or_else(|| format!("--change {c}: expected FROM:TO, e.g. 2015-S1:2020-S2"))?;
            Some((parse_period(from)?, parse_period(to)?))
        }
        None => None,
    };

    let all = load_counts(
        store,
        &code,
        &datasets,
        args.variable.as_deref(),
        &level,
        None,
    )?;
    if all.is_empty() {
        return Err(format!(
            "no counts by area for {} ({code}) at level '{}' in {}: `observatory list geographies --country {}` shows the areas in the store",
            city.name,
            level.name,
            datasets.join(", "),
            code.get(..2).unwrap_or("")
        ));
    }
    if let Some(p) = period
        && !all.iter().any(|c| c.period == p)
    {
        return Err(format!(
            "no counts for {p} at level '{}': periods in the store are {}",
            level.name,
            all.iter()
                .map(|c| c.period.to_string())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }

    let mut notes: Vec<String> = Vec::new();
    let mut boundaries: HashMap<String, Option<Boundaries>> = HashMap::new();
    let mut boundary_notes: Vec<String> = Vec::new();
    for scheme in all
        .iter()
        .map(|c| c.scheme.clone())
        .collect::<BTreeSet<_>>()
    {
        let b = Boundaries::load(store, &code, &scheme)?;
        if let Some(bd) = &b {
            boundary_notes.push(format!(
                "{}: {} ({}; {}), CRS {}; lengths and land areas in km, {}",
                scheme_label(&scheme),
                bd.set.label,
                bd.set.source,
                bd.set.licence,
                bd.set.crs,
                bd.units_note()
            ));
        }
        boundaries.insert(scheme, b);
    }
    let schemes_in_use: BTreeSet<&str> = all.iter().map(|c| c.scheme.as_str()).collect();
    if schemes_in_use.contains("PLR") && schemes_in_use.contains("PLR2021") && period.is_none() {
        notes.push("Break in series: Berlin's LOR reform of 2021 replaced the 448 planning areas by 542 new ones; values before and after 2021 are not comparable.".into());
    }

    let mut figures: Vec<Figure> = Vec::new();
    let mut spatial_cache: HashMap<String, Result<SpatialInputs, String>> = HashMap::new();
    let selected: Vec<&PeriodCounts> = all
        .iter()
        .filter(|c| period.is_none_or(|p| c.period == p))
        .collect();
    let mut dropped_noted = BTreeSet::new();
    for pc in &selected {
        let area_set = scheme_label(&pc.scheme);
        let Some((x, t, kept)) = pair_counts(pc, &a, &b) else {
            notes.push(format!(
                "{}: no counts of {} or {} for the {}",
                pc.period, a.label, b.label, area_set
            ));
            continue;
        };
        if kept.len() < pc.areas.len() && dropped_noted.insert(pc.period) {
            notes.push(format!(
                "{}: {} of {} areas left out (a group's count is missing)",
                pc.period,
                pc.areas.len() - kept.len(),
                pc.areas.len()
            ));
        }
        let n = kept.len();
        // Spatial inputs for exactly these areas, in this order; computed once per area list.
        let sp: Result<&SpatialInputs, String> =
            match boundaries.get(&pc.scheme).and_then(Option::as_ref) {
                None => Err("no boundaries for this area set".to_string()),
                Some(bd) => {
                    let codes: Vec<String> = kept.iter().map(|&i| pc.areas[i].clone()).collect();
                    let key = format!("{}|{}", pc.scheme, codes.join(","));
                    spatial_cache
                        .entry(key)
                        .or_insert_with(|| {
                            let geoms = bd.in_km(&codes);
                            let missing = geoms.iter().filter(|g| g.is_none()).count();
                            if missing > 0 {
                                return Err(format!(
                                    "{missing} of these {} areas have no boundary in the store",
                                    codes.len()
                                ));
                            }
                            spatial_inputs(&geoms.into_iter().flatten().collect::<Vec<_>>())
                        })
                        .as_ref()
                        .map_err(String::clone)
                }
            };
        for d in wanted
            .iter()
            .filter(|d| matches!(d.family, Family::TwoGroup | Family::Spatial))
        {
            let result = match (&sp, d.family) {
                (Err(why), Family::Spatial) => Err(why.clone()),
                (Ok(s), _) => two_group_value(d.name, &x, &t, Some(s)),
                (Err(_), _) => two_group_value(d.name, &x, &t, None),
            };
            figures.push(Figure {
                period: pc.period.to_string(),
                area_set: area_set.clone(),
                areas: n,
                family: d.family,
                index: d.name,
                label: d.label.replace("{a}", &a.label).replace("{b}", &b.label),
                value: result.as_ref().ok().copied(),
                note: result.err(),
            });
        }
    }

    // Multigroup indices.
    // The groups (key, label), and the group whose remainder is "other" (Berlin's origins).
    let multigroup: Option<(GroupList, Option<String>)> = match &args.multigroup {
        Some(list) => Some((
            list.split(',')
                .map(|g| GroupSpec::parse(g).map(|s| (s.key, s.label)))
                .collect::<Result<Vec<_>, _>>()?,
            None,
        )),
        None if code == BERLIN => Some((
            BERLIN_ORIGINS
                .iter()
                .map(|(k, l)| (k.to_string(), l.to_string()))
                .collect(),
            Some("background=WITH".to_string()),
        )),
        None => None,
    };
    let mut multigroup_names = Vec::new();
    let want_multi: Vec<&&IndexDef> = wanted
        .iter()
        .filter(|d| d.family == Family::Multigroup)
        .collect();
    if let Some((groups, rest_of)) = &multigroup
        && !want_multi.is_empty()
    {
        multigroup_names = groups.iter().map(|(_, l)| l.clone()).collect();
        if rest_of.is_some() {
            multigroup_names.push("other or undetermined origin".into());
            notes.push("Multigroup indices: people with a migration background by region of origin, in groups that do not overlap (EU as defined at the time — with the United Kingdom until 2019 —, Bosnia and Herzegovina, Serbia, Russia, Ukraine, Kazakhstan, Turkey, Iran, Arab countries, Vietnam, United States, and all other or undetermined origins).".into());
        }
        for pc in &selected {
            let cols: Option<Vec<&[Option<f64>]>> =
                groups.iter().map(|(k, _)| pc.group(k)).collect();
            let Some(cols) = cols else {
                notes.push(format!(
                    "{}: multigroup indices left out (not every group is in the data)",
                    pc.period
                ));
                continue;
            };
            let base = match rest_of {
                Some(k) => match pc.group(k) {
                    Some(c) => Some(c),
                    None => continue,
                },
                None => None,
            };
            let mut series: Vec<Vec<f64>> =
                vec![Vec::new(); cols.len() + usize::from(base.is_some())];
            let mut clamped = 0;
            for i in 0..pc.areas.len() {
                let row: Option<Vec<f64>> = cols.iter().map(|c| c[i]).collect();
                let Some(row) = row else { continue };
                let rest = match base {
                    Some(bc) => match bc[i] {
                        Some(total) => {
                            let r = total - row.iter().sum::<f64>();
                            if r < 0.0 {
                                clamped += 1;
                            }
                            Some(r.max(0.0))
                        }
                        None => continue,
                    },
                    None => None,
                };
                for (k, v) in row.into_iter().chain(rest).enumerate() {
                    series[k].push(v);
                }
            }
            if clamped > 0 {
                notes.push(format!(
                    "{}: in {clamped} area(s) the regions of origin add up to more than the people with a migration background (rounding in the source); 'other' set to 0 there",
                    pc.period
                ));
            }
            let slices: Vec<&[f64]> = series.iter().map(Vec::as_slice).collect();
            let counts = GroupCounts::new(&slices);
            for d in &want_multi {
                let (value, note) = match &counts {
                    Ok(c) => (Some(multigroup_value(d.name, c)), None),
                    Err(e) => (None, Some(e.to_string())),
                };
                figures.push(Figure {
                    period: pc.period.to_string(),
                    area_set: scheme_label(&pc.scheme),
                    areas: series.first().map_or(0, Vec::len),
                    family: Family::Multigroup,
                    index: d.name,
                    label: d.label.to_string(),
                    value,
                    note,
                });
            }
        }
    }

    // Change between two periods.
    if let Some((from, to)) = change {
        figures.extend(change_figures(
            &all,
            from,
            to,
            &a,
            &b,
            args.replicates,
            &mut notes,
        )?);
    }

    let sources: BTreeSet<String> = selected
        .iter()
        .flat_map(|c| c.sources.iter().cloned())
        .collect();
    let report = Report {
        city: city.name.clone(),
        code: code.clone(),
        group_a: a.clone(),
        group_b: b.clone(),
        level: level.name.clone(),
        multigroup_groups: multigroup_names,
        sources: sources.into_iter().collect(),
        boundaries: boundary_notes,
        figures,
        notes,
    };
    match args.format {
        OutputFormat::Json => {
            println!(
                "{}",
                serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?
            );
            Ok(())
        }
        OutputFormat::Csv => {
            let mut t = Table::new(vec![
                "period", "area_set", "areas", "family", "index", "value", "label", "note",
            ]);
            for f in &report.figures {
                t.push(vec![
                    f.period.clone(),
                    f.area_set.clone(),
                    f.areas.to_string(),
                    serde_json::to_value(f.family)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default(),
                    f.index.to_string(),
                    f.value.map(|v| format!("{v}")).unwrap_or_default(),
                    f.label.clone(),
                    f.note.clone().unwrap_or_default(),
                ]);
            }
            print!("{}", t.to_csv()?);
            Ok(())
        }
        OutputFormat::Table => {
            print_tables(&report, &selected, &a, &b);
            Ok(())
        }
    }
}

fn change_figures(
    all: &[PeriodCounts],
    from: Period,
    to: Period,
    a: &GroupSpec,
    b: &GroupSpec,
    replicates: usize,
    notes: &mut Vec<String>,
) -> Result<Vec<Figure>, String> {
    let find = |p: Period| {
        all.iter()
            .find(|c| c.period == p)
            .ok_or_else(|| format!("--change: no counts for {p} at this level"))
    };
    let (c1, c2) = (find(from)?, find(to)?);
    if c1.scheme != c2.scheme {
        return Err(format!(
            "--change {from}:{to}: the two periods use different area sets ({} and {}), which cannot be compared area by area; compare periods within one set (in Berlin 2015-S1…2020-S2, or 2021-S1…2024-S2)",
            scheme_label(&c1.scheme),
            scheme_label(&c2.scheme)
        ));
    }
    let (x1, t1, k1) = pair_counts(c1, a, b).ok_or("--change: the groups are not in the data")?;
    let (x2, t2, k2) = pair_counts(c2, a, b).ok_or("--change: the groups are not in the data")?;
    let idx2: HashMap<&str, usize> = k2
        .iter()
        .enumerate()
        .map(|(j, &i)| (c2.areas[i].as_str(), j))
        .collect();
    let (mut gx1, mut gt1, mut gx2, mut gt2) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut left_out = 0;
    for (j1, &i1) in k1.iter().enumerate() {
        match idx2.get(c1.areas[i1].as_str()) {
            Some(&j2) if (t1[j1] > 0.0) == (t2[j2] > 0.0) => {
                gx1.push(x1[j1]);
                gt1.push(t1[j1]);
                gx2.push(x2[j2]);
                gt2.push(t2[j2]);
            }
            _ => left_out += 1,
        }
    }
    left_out += k2.len() - gx2.len().min(k2.len());
    if left_out > 0 {
        notes.push(format!(
            "Change {from}→{to}: {left_out} area(s) present or populated in only one of the two periods left out, so D of each period here can differ slightly from the figures above."
        ));
    }
    let dec =
        seg::decompose_dissimilarity_change(&gx1, &gt1, &gx2, &gt2).map_err(|e| e.to_string())?;
    let test = seg::dissimilarity_change_test(&gx1, &gt1, &gx2, &gt2, replicates, 20_240_101)
        .map_err(|e| e.to_string())?;
    let span = format!("{from}→{to}");
    let area_set = scheme_label(&c1.scheme);
    let n = gx1.len();
    let fig = |index: &'static str, label: String, value: f64| Figure {
        period: span.clone(),
        area_set: area_set.clone(),
        areas: n,
        family: Family::Change,
        index,
        label,
        value: Some(value),
        note: None,
    };
    Ok(vec![
        fig(
            "dissimilarity_start",
            format!("dissimilarity in {from}"),
            dec.start,
        ),
        fig("dissimilarity_end", format!("dissimilarity in {to}"), dec.end),
        fig(
            "change",
            "change in dissimilarity (later minus earlier)".into(),
            dec.change,
        ),
        fig(
            "composition",
            "part of the change due to composition (the groups' sizes and the areas' populations changed)".into(),
            dec.composition,
        ),
        fig(
            "redistribution",
            format!("part of the change due to redistribution ({} really living elsewhere relative to {})", a.label, b.label),
            dec.redistribution,
        ),
        fig(
            "p_value",
            format!(
                "p-value of the change (paired permutation test, {} relabellings, seed {}): small = unlikely by chance",
                test.replicates, test.seed
            ),
            test.p_value,
        ),
    ])
}

fn print_tables(report: &Report, selected: &[&PeriodCounts], a: &GroupSpec, b: &GroupSpec) {
    println!(
        "{} ({}): where {} ({}) live compared with {} ({}), {}",
        report.city,
        report.code,
        a.label,
        if a.key.is_empty() { "all" } else { &a.key },
        b.label,
        if b.key.is_empty() { "all" } else { &b.key },
        report.level.replace('-', " ")
    );
    println!("counts: {}", report.sources.join("; "));
    for bn in &report.boundaries {
        println!("boundaries: {bn}");
    }
    println!();
    let figs = &report.figures;
    let periods: Vec<String> = selected
        .iter()
        .map(|c| c.period.to_string())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let value_of = |period: &str, index: &str| {
        figs.iter()
            .find(|f| f.period == period && f.index == index)
            .and_then(|f| f.value)
    };
    if periods.len() > 1 {
        println!(
            "Over time — dissimilarity: share of {} who would have to move for an even distribution",
            a.label
        );
        // A header naming the group; leaked once, this process prints and ends.
        let share_header: &'static str =
            Box::leak(format!("share of {}", a.label).into_boxed_str());
        let with_spatial = figs.iter().any(|f| f.index == "spatial_dissimilarity");
        let mut header = vec!["period", "areas", share_header, "dissimilarity"];
        if with_spatial {
            header.push("spatial dissimilarity");
        }
        let mut t = Table::new(header);
        for pc in selected {
            let p = pc.period.to_string();
            let share = pair_counts(pc, a, b)
                .map(|(x, t, _)| 100.0 * x.iter().sum::<f64>() / t.iter().sum::<f64>());
            let n = figs
                .iter()
                .find(|f| f.period == p && f.family != Family::Change)
                .map_or(0, |f| f.areas);
            let mut row = vec![
                p.clone(),
                format!("{n} {}", scheme_label(&pc.scheme)),
                share.map(|s| format!("{s:.1}%")).unwrap_or_default(),
                value_of(&p, "dissimilarity")
                    .map(fixed)
                    .unwrap_or_else(|| "–".into()),
            ];
            if with_spatial {
                row.push(
                    value_of(&p, "spatial_dissimilarity")
                        .map(fixed)
                        .unwrap_or_else(|| "–".into()),
                );
            }
            t.push(row);
        }
        print!("{}", t.render());
        if with_spatial {
            println!("(–: no boundaries for this area set in the store)");
        }
        println!();
    }
    // Every index of the latest period shown (or the one asked for).
    if let Some(last) = periods.last() {
        for (family, title) in [
            (Family::TwoGroup, "Indices"),
            (Family::Multigroup, "Multigroup indices"),
        ] {
            let rows: Vec<&Figure> = figs
                .iter()
                .filter(|f| {
                    &f.period == last
                        && (f.family == family
                            || (family == Family::TwoGroup && f.family == Family::Spatial))
                })
                .collect();
            if rows.is_empty() {
                continue;
            }
            let n = rows[0].areas;
            if family == Family::Multigroup {
                println!(
                    "{title}, {last}, {n} {} — groups: {}",
                    rows[0].area_set,
                    report.multigroup_groups.join(", ")
                );
            } else {
                println!("{title}, {last}, {n} {}", rows[0].area_set);
            }
            let mut t = Table::new(vec!["index", "value", "what it means"]);
            // Spatial indices that all failed for the same reason take one line.
            let spatial_missing: Vec<&&Figure> = rows
                .iter()
                .filter(|f| f.family == Family::Spatial && f.value.is_none())
                .collect();
            let collapse = spatial_missing.len() > 1
                && spatial_missing
                    .iter()
                    .all(|f| f.note == spatial_missing[0].note);
            if collapse {
                t.push(vec![
                    format!("{} spatial indices", spatial_missing.len()),
                    "–".into(),
                    spatial_missing[0].note.clone().unwrap_or_default(),
                ]);
            }
            for f in rows
                .iter()
                .filter(|f| !(collapse && f.family == Family::Spatial && f.value.is_none()))
            {
                t.push(vec![
                    f.index.to_string(),
                    f.value.map(fixed).unwrap_or_else(|| "–".into()),
                    match &f.note {
                        Some(n) => format!("{} — {n}", f.label),
                        None => f.label.clone(),
                    },
                ]);
            }
            print!("{}", t.render());
            println!();
        }
    }
    let change: Vec<&Figure> = figs.iter().filter(|f| f.family == Family::Change).collect();
    if let Some(first) = change.first() {
        println!(
            "Change {}, {} {}",
            first.period, first.areas, first.area_set
        );
        let mut t = Table::new(vec!["", "value", "what it means"]);
        for f in change {
            t.push(vec![
                f.index.to_string(),
                f.value.map(fixed).unwrap_or_default(),
                f.label.clone(),
            ]);
        }
        print!("{}", t.render());
        println!();
    }
    for n in &report.notes {
        println!("note: {n}");
    }
    println!(
        "These indices describe how unevenly groups live across the city; they say nothing about any one neighbourhood or its residents."
    );
}

/// Index values with four decimals, so that a column of them lines up.
fn fixed(v: f64) -> String {
    format!("{v:.4}")
}
