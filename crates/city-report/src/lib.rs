//! The City Integration Report (issue 16): what a city council reads on paper at the end
//! of a year's monitoring.
//!
//! One model, [`CityReport`], read from the store by [`CityReport::build`] — only
//! published figures — with its chapters: the city's profile, the indicators by thematic
//! area with their intervals and flags (suppressed cells withheld exactly as the web and
//! the CSV withhold them: no value, the word and the flag), the peers and the benchmark,
//! the neighbourhoods, the audit and the agenda with its progress, the scenarios, the
//! sources and definitions, and the method annex. A chapter without data is left out
//! with a one-line note, never an empty table.
//!
//! [`render_html`] lays it out as one self-contained, accessible HTML document (inline
//! CSS with print styles, SVG charts) in any of the seven languages; [`pdf::print`]
//! prints that document to a tagged PDF with the document's language by a locally
//! installed Chromium; [`write`] chooses between the two by the file's extension.
//!
//! This crate reads the store and the libraries (peers, assessment, neighbourhoods); it
//! does not depend on the engine, so the web can serve the report.

mod html;
pub mod pdf;
mod svg;

pub use html::{group_label, profile_figures, render_html, render_html_linked};
pub use pdf::PdfError;

use model::{Dimension, Flag, Flags, GeoLevel, Observation, PopulationGroup};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use store::{ObservationRow, SeriesFilter, Store};

/// Rows of one series shown in the report; the rest are in the CSV download.
pub const MAX_ROWS_PER_SERIES: usize = 40;

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("{0}")]
    Store(#[from] store::StoreError),
    #[error(
        "no place with the code '{0}': search for it by name (observatory cities QUERY, or /api/v1/cities?q=…)"
    )]
    UnknownPlace(String),
    #[error("{0}")]
    Pdf(#[from] PdfError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}: write the report as .pdf or .html")]
    Extension(String),
}

pub type Result<T, E = ReportError> = std::result::Result<T, E>;

/// The city's context figures, as the profile page shows them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Profile {
    pub population: Option<f64>,
    pub population_year: Option<i32>,
    /// Percent of residents born abroad.
    pub foreign_born_share: Option<f64>,
    pub foreign_born_year: Option<i32>,
    pub foreign_born_formula: String,
    /// Percentage points in about five years.
    pub foreign_born_change: Option<f64>,
    /// The size class's code (`medium`), as the profile shows it.
    pub size_class: Option<String>,
    /// The context type's label (from the typology; data, not translated).
    pub context_type: Option<String>,
    /// The foreign-born share by year, with Eurostat's estimates marked.
    pub trend: Vec<peers::YearShare>,
    /// Why the foreign-born share is missing, when it is.
    pub foreign_born_missing: Option<String>,
}

/// One figure of the indicators chapter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorRow {
    pub dataset: String,
    pub variable: String,
    /// The catalogue's English label (translated when rendered).
    pub label: String,
    pub group: PopulationGroup,
    pub breakdown: String,
    pub period: String,
    /// `None` when suppressed (flag c): the value is withheld, as on the web and in the CSV.
    pub value: Option<f64>,
    pub unit: Option<String>,
    #[serde(skip)]
    pub flags: Flags,
    /// The 95% interval of a published survey estimate.
    pub interval: Option<(f64, f64)>,
    /// The difference to nationals' rate of the same period (percentage points).
    pub gap: Option<f64>,
    pub source: String,
}

impl IndicatorRow {
    pub fn suppressed(&self) -> bool {
        self.value.is_none()
    }
}

/// The figures of one thematic area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaSection {
    pub id: String,
    pub label: String,
    pub rows: Vec<IndicatorRow>,
    /// Per series (dataset, variable) the rows left out beyond [`MAX_ROWS_PER_SERIES`].
    pub more: Vec<(String, String, usize)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeerRow {
    pub rank: usize,
    pub code: String,
    pub name: String,
    /// The name in the observatory's languages, where the catalogue has one.
    pub local_names: BTreeMap<String, String>,
    pub country: String,
    pub distance: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Benchmark {
    /// The indicator's English label.
    pub label: String,
    pub city: Option<f64>,
    /// (name, names in the observatory's languages, value)
    pub peers: Vec<(String, BTreeMap<String, String>, Option<f64>)>,
    /// (median, q1, q3, n)
    pub summary: Option<(f64, f64, f64, usize)>,
    /// (rank, of)
    pub position: Option<(usize, usize)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Peers {
    /// The features compared (peers' registry names).
    pub features: Vec<String>,
    pub peers: Vec<PeerRow>,
    pub benchmark: Option<Benchmark>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditArea {
    pub title: String,
    pub score: Option<f64>,
    pub rank: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Audit {
    pub round: i64,
    pub title: String,
    pub framework: String,
    pub closes: String,
    pub respondents: usize,
    pub focal_points: Vec<AuditArea>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Target {
    pub label: String,
    pub baseline: (f64, i32),
    pub target: (f64, i32),
    /// (value, year)
    pub latest: Option<(f64, f64)>,
    /// 0 at the baseline, 1 at the target.
    pub share_of_way: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Goal {
    pub focal_point: String,
    pub text: String,
    pub actions: usize,
    pub targets: Vec<Target>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agenda {
    pub title: String,
    pub version: i64,
    pub goals: Vec<Goal>,
}

/// A published population scenario of the city (a `scenario:<name>` dataset).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scenario {
    pub name: String,
    pub source: String,
    /// Per scenario variant (`reference`, `low`, `high`): (first year, population),
    /// (last year, population), and the foreign nationals' share (%) in the last year.
    pub variants: Vec<ScenarioVariant>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioVariant {
    pub variant: String,
    pub start: (i32, f64),
    pub end: (i32, f64),
    pub foreign_share_end: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    pub dataset: String,
    /// The table's English name, when the catalogue describes it.
    pub table: Option<String>,
    pub sources: Vec<String>,
    /// (code, English label) of the variables shown.
    pub variables: Vec<(String, String)>,
}

/// A catalogue indicator shown (survey estimates): its definition.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Definition {
    pub id: String,
    pub name: String,
    pub definition: String,
}

/// The report: everything it shows, read once.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CityReport {
    pub code: String,
    /// The place's name in the store (the language's own name is looked up when rendered).
    pub name: String,
    /// The place's name in the observatory's languages (language tag → name), from the
    /// catalogue; a language without one shows `name`.
    pub local_names: BTreeMap<String, String>,
    pub level: GeoLevel,
    pub country_code: Option<String>,
    pub country_name: Option<String>,
    /// The country's name in the observatory's languages, where the catalogue has one.
    pub country_local_names: BTreeMap<String, String>,
    /// The year asked for; `None` for the latest figures.
    pub year: Option<i32>,
    pub profile: Option<Profile>,
    pub areas: Vec<AreaSection>,
    /// The country's figures the catalogue shows as a city's national context (the EU
    /// Labour Force Survey and EU-SILC by citizenship), by area: no city figure exists.
    pub national: Vec<AreaSection>,
    pub peers: Option<Peers>,
    pub neighbourhoods: Option<neighbourhoods::city::CityAreas>,
    pub audit: Option<Audit>,
    pub agenda: Option<Agenda>,
    pub scenarios: Vec<Scenario>,
    pub sources: Vec<Source>,
    pub definitions: Vec<Definition>,
}

/// Whether the flags mark the value as suppressed (confidential): the web's and the CSV's rule.
pub fn is_suppressed(f: Flags) -> bool {
    f.contains(Flag::Confidential)
}

/// Whether a difference to nationals means something: between rates (see the web's profile).
pub fn is_rate(o: &Observation) -> bool {
    let unit = o.unit.as_deref().unwrap_or("").to_ascii_lowercase();
    unit == "%" || unit.starts_with("pc") || unit.contains("percent") || unit == "pp"
}

/// The group without its citizenship, and the breakdown: rows with equal keys compare.
pub fn rest_key(o: &Observation) -> String {
    let mut g = PopulationGroup::total();
    for (d, c) in o.group.dimensions() {
        if d != Dimension::Citizenship {
            g.set(d, c);
        }
    }
    format!(
        "{}|{}|{}",
        g.key(),
        o.breakdown_key(),
        o.unit.as_deref().unwrap_or("")
    )
}

/// The gap of `o` to the nationals' figure of the same series rest and period, for rates.
pub fn gap_to_nationals(o: &Observation, series: &[&Observation]) -> Option<f64> {
    if is_suppressed(o.flags)
        || !is_rate(o)
        || o.group
            .get(Dimension::Citizenship)
            .is_none_or(|c| c == "NAT")
    {
        return None;
    }
    let rest = rest_key(o);
    series
        .iter()
        .find(|r| {
            r.group.get(Dimension::Citizenship) == Some("NAT")
                && rest_key(r) == rest
                && r.period == o.period
                && !is_suppressed(r.flags)
        })
        .map(|n| o.value - n.value)
}

/// The city's published values: the latest of each series, or the latest up to `year`.
fn values(
    store: &Store,
    code: &str,
    dataset: Option<&str>,
    year: Option<i32>,
) -> Result<Vec<ObservationRow>> {
    let Some(year) = year else {
        return Ok(store.observations(&SeriesFilter {
            geo: Some(code.to_string()),
            dataset: dataset.map(str::to_string),
            latest_only: true,
            ..Default::default()
        })?);
    };
    let rows = store.observations(&SeriesFilter {
        geo: Some(code.to_string()),
        dataset: dataset.map(str::to_string),
        ..Default::default()
    })?;
    let mut latest: BTreeMap<String, model::Period> = BTreeMap::new();
    let key = |o: &Observation| {
        format!(
            "{}|{}|{}|{}",
            o.dataset,
            o.variable,
            o.group.key(),
            o.breakdown_key()
        )
    };
    for r in rows.iter().filter(|r| r.observation.period.year() <= year) {
        let o = &r.observation;
        let e = latest.entry(key(o)).or_insert(o.period);
        if o.period > *e {
            *e = o.period;
        }
    }
    Ok(rows
        .into_iter()
        .filter(|r| latest.get(&key(&r.observation)) == Some(&r.observation.period))
        .collect())
}

impl CityReport {
    /// Reads the report of `place` (a code) from the store: published figures only. The
    /// peers' profiles are computed from the store (a few seconds); a program that keeps
    /// them (the web) passes its own to [`CityReport::build_with`].
    pub fn build(
        store: &Store,
        catalogue: &catalogue::Catalogue,
        place: &str,
        year: Option<i32>,
    ) -> Result<CityReport> {
        let cities = peers::Cities::load(store).ok();
        CityReport::build_with(store, catalogue, cities.as_ref(), place, year)
    }

    /// [`CityReport::build`] with the peers' profiles already computed (`None`: no peers chapter).
    pub fn build_with(
        store: &Store,
        catalogue: &catalogue::Catalogue,
        cities: Option<&peers::Cities>,
        place: &str,
        year: Option<i32>,
    ) -> Result<CityReport> {
        let geo = store
            .geography(place)?
            .ok_or_else(|| ReportError::UnknownPlace(place.to_string()))?;
        let code = geo.code.to_string();
        let country_code = geo.country.as_ref().map(|c| c.to_string());
        let country_name = match &country_code {
            Some(c) => store.geography(c)?.map(|g| g.name),
            None => None,
        };
        let rows = values(store, &code, None, year)?;
        let estimates: Vec<store::estimates::StoredEstimate> = {
            let mut out = Vec::new();
            for d in store.dataset_names()? {
                if d.starts_with("computed:") {
                    out.extend(
                        store
                            .estimates(&d)?
                            .into_iter()
                            .filter(|e| e.geo == code && e.status == "published"),
                    );
                }
            }
            out
        };
        let mut national_rows = Vec::new();
        if let Some(c) = &country_code {
            for t in catalogue.national_tables() {
                let rows = values(store, c, Some(&t.dataset), year)?;
                national_rows.extend(
                    rows.into_iter()
                        .filter(|r| r.observation.group.get(Dimension::Citizenship).is_some()),
                );
            }
        }
        let national = indicator_areas(catalogue, &national_rows, &[]);
        let profile = cities.and_then(|c| c.profile(&code).ok()).map(profile_of);
        let areas = indicator_areas(catalogue, &rows, &estimates);
        let peers = cities.and_then(|c| peers_of(store, catalogue, c, &code));
        let neighbourhoods = neighbourhoods::city::city_areas(store, &code)
            .ok()
            .flatten();
        let audit = audit_of(store, &code)?;
        let agenda = agenda_of(store, catalogue, &code)?;
        let scenarios = scenarios_of(store, &code)?;
        let mut shown = rows.clone();
        shown.extend(national_rows.iter().cloned());
        let sources = sources_of(catalogue, &shown);
        let mut ids: BTreeSet<&str> = estimates.iter().map(|e| e.variable.as_str()).collect();
        ids.extend(rows.iter().map(|r| r.observation.variable.as_str()));
        let definitions = ids
            .into_iter()
            .filter_map(|id| catalogue.indicator(id))
            .map(|i| Definition {
                id: i.id.clone(),
                name: i.name.clone(),
                definition: i.definition.clone(),
            })
            .collect();
        let local_names = local_names_of(catalogue, &code);
        let country_local_names = country_code
            .as_deref()
            .map(|c| local_names_of(catalogue, c))
            .unwrap_or_default();
        Ok(CityReport {
            code,
            local_names,
            country_local_names,
            name: geo.name.clone(),
            level: geo.level,
            country_code,
            country_name,
            year,
            profile,
            areas,
            national,
            peers,
            neighbourhoods,
            audit,
            agenda,
            scenarios,
            sources,
            definitions,
        })
    }
}

/// A place's names in the observatory's languages (language tag → name), from the catalogue.
pub fn local_names_of(catalogue: &catalogue::Catalogue, code: &str) -> BTreeMap<String, String> {
    i18n::Lang::ALL
        .iter()
        .filter_map(|l| {
            catalogue
                .place_names
                .name(code, l.tag())
                .map(|n| (l.tag().to_string(), n.to_string()))
        })
        .collect()
}

fn profile_of(p: &peers::Profile) -> Profile {
    let pop = p.get(peers::Feature::Population);
    let fb = p.get(peers::Feature::ForeignBornShare);
    let ch = p.get(peers::Feature::ForeignBornChange5y);
    Profile {
        population: pop.value,
        population_year: pop.years.last().copied(),
        foreign_born_share: fb.value,
        foreign_born_year: fb.years.last().copied(),
        foreign_born_formula: fb.formula.clone(),
        foreign_born_change: ch.value,
        size_class: p.size_class.map(|s| s.short().to_string()),
        context_type: p.context_type.as_ref().map(|t| t.label.clone()),
        trend: p.foreign_born_history.clone(),
        foreign_born_missing: fb.missing.clone(),
    }
}

fn indicator_areas(
    cat: &catalogue::Catalogue,
    rows: &[ObservationRow],
    estimates: &[store::estimates::StoredEstimate],
) -> Vec<AreaSection> {
    let mut series: BTreeMap<(String, String), Vec<&ObservationRow>> = BTreeMap::new();
    for r in rows {
        let o = &r.observation;
        series
            .entry((o.dataset.clone(), o.variable.clone()))
            .or_default()
            .push(r);
    }
    let mut areas: BTreeMap<String, AreaSection> = BTreeMap::new();
    for ((dataset, variable), list) in &series {
        let area = cat.area_of(dataset);
        let section = areas.entry(area.id.clone()).or_insert_with(|| AreaSection {
            id: area.id.clone(),
            label: area.label.clone(),
            rows: Vec::new(),
            more: Vec::new(),
        });
        let obs: Vec<&Observation> = list.iter().map(|r| &r.observation).collect();
        let label = cat.variable_label(dataset, variable);
        for r in list.iter().take(MAX_ROWS_PER_SERIES) {
            let o = &r.observation;
            let suppressed = is_suppressed(o.flags);
            let interval = estimates
                .iter()
                .find(|e| {
                    e.dataset == o.dataset
                        && e.variable == o.variable
                        && e.grp == o.group.key()
                        && e.period == o.period.to_string()
                })
                .and_then(|e| e.ci_lower.zip(e.ci_upper))
                .filter(|_| !suppressed);
            section.rows.push(IndicatorRow {
                dataset: dataset.clone(),
                variable: variable.clone(),
                label: label.clone(),
                group: o.group.clone(),
                breakdown: o.breakdown_key(),
                period: o.period.to_string(),
                value: (!suppressed).then_some(o.value),
                unit: o.unit.clone(),
                flags: o.flags,
                interval,
                gap: gap_to_nationals(o, &obs),
                source: r.source.clone(),
            });
        }
        if list.len() > MAX_ROWS_PER_SERIES {
            section.more.push((
                dataset.clone(),
                variable.clone(),
                list.len() - MAX_ROWS_PER_SERIES,
            ));
        }
    }
    // In the catalogue's order of areas.
    let mut out: Vec<AreaSection> = Vec::new();
    for a in &cat.areas {
        if let Some(s) = areas.remove(&a.id) {
            out.push(s);
        }
    }
    out.extend(areas.into_values());
    out
}

fn peers_of(
    store: &Store,
    catalogue: &catalogue::Catalogue,
    cities: &peers::Cities,
    code: &str,
) -> Option<Peers> {
    let q = peers::PeerQuery::default();
    let set = cities.peers(code, &q).ok()?;
    let benchmark = cities
        .benchmark(
            store,
            code,
            &peers::Indicator::Feature(peers::Feature::ForeignBornShare),
            &q,
            None,
        )
        .ok()
        .map(|b| Benchmark {
            label: b.indicator.label.clone(),
            city: b.city.value,
            peers: b
                .peers
                .iter()
                .map(|p| {
                    (
                        p.city.name.clone(),
                        local_names_of(catalogue, &p.city.code),
                        p.value,
                    )
                })
                .collect(),
            summary: b.summary.as_ref().map(|s| (s.median, s.q1, s.q3, s.n)),
            position: b.position.as_ref().map(|p| (p.rank, p.of)),
        });
    Some(Peers {
        features: set
            .features
            .iter()
            .map(|f| f.feature.name().to_string())
            .collect(),
        peers: set
            .peers
            .iter()
            .map(|p| PeerRow {
                rank: p.rank,
                code: p.city.code.clone(),
                name: p.city.name.clone(),
                local_names: local_names_of(catalogue, &p.city.code),
                country: p.city.country.clone(),
                distance: p.distance,
            })
            .collect(),
        benchmark,
    })
}

fn audit_of(store: &Store, code: &str) -> Result<Option<Audit>> {
    for r in store
        .audit_rounds(Some(code))?
        .into_iter()
        .filter(|r| r.is_published())
    {
        let Ok(Some((round, assessment::rounds::Results::Audit(res)))) =
            assessment::rounds::published(store, r.id)
        else {
            continue;
        };
        return Ok(Some(Audit {
            round: round.id,
            title: round.title.clone(),
            framework: round.framework.clone(),
            closes: round.closes.clone(),
            respondents: res.respondents,
            focal_points: res
                .focal_points
                .iter()
                .map(|a| AuditArea {
                    title: a.title.clone(),
                    score: a.overall,
                    rank: a.rank,
                })
                .collect(),
        }));
    }
    Ok(None)
}

fn agenda_of(store: &Store, cat: &catalogue::Catalogue, code: &str) -> Result<Option<Agenda>> {
    let Ok(Some(a)) = assessment::agenda::published(store, code) else {
        return Ok(None);
    };
    let fw = assessment::rounds::find_framework(cat, &a.framework, None).ok();
    let Ok(v) = assessment::agenda::view(store, cat, fw.as_ref(), &a) else {
        return Ok(None);
    };
    Ok(Some(Agenda {
        title: v.title,
        version: v.version,
        goals: v
            .goals
            .into_iter()
            .map(|g| Goal {
                focal_point: g.focal_point_title,
                text: g.text,
                actions: g.actions.len(),
                targets: g
                    .targets
                    .into_iter()
                    .map(|t| Target {
                        label: t.label,
                        baseline: (t.target.baseline_value, t.target.baseline_year),
                        target: (t.target.target_value, t.target.target_year),
                        latest: t.progress.latest,
                        share_of_way: t.progress.share_of_way,
                    })
                    .collect(),
            })
            .collect(),
    }))
}

fn scenarios_of(store: &Store, code: &str) -> Result<Vec<Scenario>> {
    let mut out = Vec::new();
    for d in store.dataset_names()? {
        let Some(name) = d.strip_prefix("scenario:") else {
            continue;
        };
        let rows = store.observations(&SeriesFilter {
            geo: Some(code.to_string()),
            dataset: Some(d.clone()),
            ..Default::default()
        })?;
        if rows.is_empty() {
            continue;
        }
        // variant → year → (total, foreign)
        let mut by: BTreeMap<String, BTreeMap<i32, (f64, f64)>> = BTreeMap::new();
        for r in &rows {
            let o = &r.observation;
            let variant = o.breakdown.get("scenario").cloned().unwrap_or_default();
            let cell = by
                .entry(variant)
                .or_default()
                .entry(o.period.year())
                .or_default();
            match o.group.get(Dimension::Citizenship) {
                None => cell.0 = o.value,
                Some("NAT") => {}
                Some(_) => cell.1 += o.value,
            }
        }
        let variants = by
            .into_iter()
            .filter_map(|(variant, years)| {
                let (first, f) = years.first_key_value()?;
                let (last, l) = years.last_key_value()?;
                Some(ScenarioVariant {
                    variant,
                    start: (*first, f.0),
                    end: (*last, l.0),
                    foreign_share_end: (l.0 > 0.0).then(|| 100.0 * l.1 / l.0),
                })
            })
            .collect();
        out.push(Scenario {
            name: name.to_string(),
            source: rows[0].source.clone(),
            variants,
        });
    }
    Ok(out)
}

fn sources_of(cat: &catalogue::Catalogue, rows: &[ObservationRow]) -> Vec<Source> {
    let mut by: BTreeMap<&str, (BTreeSet<&str>, BTreeSet<&str>)> = BTreeMap::new();
    for r in rows {
        let e = by.entry(r.observation.dataset.as_str()).or_default();
        e.0.insert(r.source.as_str());
        e.1.insert(r.observation.variable.as_str());
    }
    by.into_iter()
        .map(|(dataset, (sources, variables))| {
            let table = cat.table(dataset);
            let mut sources: Vec<String> = sources.into_iter().map(str::to_string).collect();
            if let Some(s) = table.and_then(|t| t.source.clone())
                && !sources.contains(&s)
            {
                sources.insert(0, s);
            }
            Source {
                dataset: dataset.to_string(),
                table: table.map(|t| t.name.clone()),
                sources,
                variables: variables
                    .into_iter()
                    .map(|v| (v.to_string(), cat.variable_label(dataset, v)))
                    .collect(),
            }
        })
        .collect()
}

/// The format of a report file, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Pdf,
}

impl Format {
    pub fn of(path: &Path) -> Result<Format> {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("html" | "htm") => Ok(Format::Html),
            Some("pdf") => Ok(Format::Pdf),
            _ => Err(ReportError::Extension(path.display().to_string())),
        }
    }
}

/// The report of `place` in `lang`, written to `path` as HTML or PDF by its extension
/// (`.html`, `.pdf`); the CLI's `observatory report CITY --lang hr -o osijek.pdf`.
pub fn write(
    store: &Store,
    catalogue: &catalogue::Catalogue,
    place: &str,
    year: Option<i32>,
    lang: i18n::Lang,
    path: &Path,
) -> Result<CityReport> {
    let format = Format::of(path)?;
    let report = CityReport::build(store, catalogue, place, year)?;
    let html = render_html(&report, lang);
    let bytes = match format {
        Format::Html => html.into_bytes(),
        Format::Pdf => pdf::print(&html)?,
    };
    // An interrupted run leaves the old file (or none), never half a report.
    model::files::write_whole(path, &bytes).map_err(|source| ReportError::Write {
        path: path.display().to_string(),
        source,
    })?;
    Ok(report)
}

/// A context type's name (peers' typology: "Shrinking population, low foreign-born share",
/// its traits' words joined by commas, a number when two types share them) in `lang`.
/// A name not made of known words (a typology read from elsewhere) stays as it is.
pub fn context_type_label(lang: i18n::Lang, label: &str) -> String {
    let (words, number) = match label.rsplit_once(" (") {
        Some((w, n)) if n.ends_with(')') => (w, Some(n)),
        _ => (label, None),
    };
    let mut out = Vec::new();
    for word in words.split(", ") {
        let lower = word.to_lowercase();
        let Some(key) = context_type_key(&lower) else {
            return label.to_string();
        };
        out.push(i18n::active().text(lang, key, &[]));
    }
    let mut joined = out.join(", ");
    if let Some(first) = joined.chars().next() {
        joined = first.to_uppercase().chain(joined.chars().skip(1)).collect();
    }
    match number {
        Some(n) => format!("{joined} ({n}"),
        None => joined,
    }
}

fn context_type_key(word: &str) -> Option<&'static str> {
    Some(match word {
        "large cities" => "peers-type-large-cities",
        "smaller cities" => "peers-type-smaller-cities",
        "fast population growth" => "peers-type-fast-population-growth",
        "shrinking population" => "peers-type-shrinking-population",
        "slow population growth" => "peers-type-slow-population-growth",
        "high foreign-born share" => "peers-type-high-foreign-born-share",
        "low foreign-born share" => "peers-type-low-foreign-born-share",
        "fast-rising foreign-born share" => "peers-type-fast-rising-foreign-born-share",
        "falling foreign-born share" => "peers-type-falling-foreign-born-share",
        "stable foreign-born share" => "peers-type-stable-foreign-born-share",
        "high unemployment" => "peers-type-high-unemployment",
        "low unemployment" => "peers-type-low-unemployment",
        "many students" => "peers-type-many-students",
        "few students" => "peers-type-few-students",
        "dense" => "peers-type-dense",
        "high values" => "peers-type-high-values",
        "low values" => "peers-type-low-values",
        "close to the median city" => "peers-type-close-to-the-median-city",
        _ => return None,
    })
}

#[cfg(test)]
mod context_type_tests {
    use super::context_type_label;
    use i18n::Lang;

    #[test]
    fn a_context_type_is_named_in_the_readers_language() {
        let label = "Shrinking population, low foreign-born share";
        assert_eq!(context_type_label(Lang::En, label), label);
        assert_eq!(
            context_type_label(Lang::Hr, label),
            "Smanjenje stanovništva, nizak udio rođenih u inozemstvu"
        );
        assert_eq!(
            context_type_label(Lang::De, "Close to the median city (3)"),
            "Nahe an der mittleren Stadt (3)"
        );
        assert_eq!(
            context_type_label(Lang::De, "A type of our own"),
            "A type of our own"
        );
    }
}
