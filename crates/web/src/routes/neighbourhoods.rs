//! Neighbourhoods: for any city with small-area counts (Berlin's LOR tables, Vienna's
//! sub-districts, a city's own districts), the share of a group in each area as a
//! choropleth map (where the boundaries are in the store) and a table, the segregation
//! indices, the dissimilarity over time and the change between two periods with its
//! decomposition — for the area set, count, period and group the reader picks.
//!
//! Everything is computed by the `neighbourhoods` crate (as for `observatory segregation`
//! and `observatory map`), the map drawn by `spatial::choropleth_svg`; this module reads
//! the reader's choice, checks it against what the city holds, and lays the results out.
//! Areas with fewer than [`MIN_RESIDENTS`] residents show no share (the small-cell rule of
//! `observatory map`).

use crate::auth::Principal;
use crate::cache::cached;
use crate::layout::{self, downloads, num};
use crate::{AppError, AppState, ErrorCode};
use axum::extract::{Path, Query, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use maud::{Markup, html};
use model::{Period, PopulationGroup};
use neighbourhoods::city::{AreaCounts, AreaNote, AreasRequest};
use neighbourhoods::{GroupSpec, NeighbourhoodError, SegregationRequest};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::IntoParams;

pub use neighbourhoods::city::MIN_RESIDENTS;

/// The notes of an area without a share, as the API gives them.
const NOT_SHOWN: &str = "not shown (fewer than 20 counted)";
const NO_DATA: &str = "no data";

/// Random relabellings of the change's permutation test on the web (the command line's
/// default is 9,999): enough for a p-value to two decimals in a page's time.
const REPLICATES: usize = 999;

/// What a neighbourhood view asks for: the page's form and the API's query alike. Every
/// part may be left out; the view then shows foreign citizens in the latest period of the
/// area set with boundaries.
#[derive(Debug, Default, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct View {
    /// The area set, by the scheme of its codes (`PRG`, `PLR`, `BEZ`, `ZBZ`).
    pub areas: Option<String>,
    /// The count, by variable (`inhabitants`; in Vienna `mig_ext_in`, moves in from
    /// abroad), where an area set has several.
    pub measure: Option<String>,
    /// The period (`2020-S2`, `2023`).
    pub period: Option<String>,
    /// The group shown as a share of everybody (`citizen=FOR`, `background=WITH`,
    /// `background=TR`, or `foreigners`).
    pub group: Option<String>,
    /// The start of a change up to `period`, split into composition and redistribution.
    pub from: Option<String>,
}

/// One area of the map.
#[derive(Debug, Clone, Serialize)]
pub struct AreaRow {
    pub code: String,
    pub name: String,
    /// The measure's count for everybody in the area: residents, or in Vienna the year's
    /// moves (`Neighbourhoods::measure` says which).
    pub total: Option<f64>,
    /// The chosen group's count of the same measure.
    pub count: Option<f64>,
    /// Percent of `total`; `None` when not shown (fewer than 20 counted) or no data.
    pub share: Option<f64>,
    pub note: String,
}

/// One period of the dissimilarity over time.
#[derive(Debug, Clone, Serialize)]
pub struct TimeRow {
    pub period: String,
    /// The group's share of everybody, percent.
    pub share: Option<f64>,
    pub dissimilarity: Option<f64>,
}

/// The change of the dissimilarity between two periods and its decomposition.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub from: String,
    pub to: String,
    /// (registry name, value): start, end, change, composition, redistribution, p-value.
    pub figures: Vec<(String, f64)>,
    pub notes: Vec<String>,
}

/// The neighbourhood figures of a city for one view.
#[derive(Debug, Clone, Serialize)]
pub struct Neighbourhoods {
    pub city: String,
    pub city_name: String,
    pub scheme: String,
    pub period: String,
    pub dataset: String,
    pub source: String,
    /// The stored group key of the group shown (`citizen=FOR`).
    pub group: String,
    /// What is counted: the variable (`inhabitants`, `mig_ext_in`) and its name
    /// (`residents`, `moves in from abroad`): shares are of this count.
    pub measure: String,
    pub measure_label: String,
    /// The group's share of everybody over the areas with both counts, percent.
    pub city_share: Option<f64>,
    pub indices: Vec<(String, String, f64)>,
    pub areas: Vec<AreaRow>,
    pub over_time: Vec<TimeRow>,
    pub change: Option<Change>,
    #[serde(skip)]
    pub svg: Option<String>,
    /// Choices dropped for their defaults because the data does not hold them (the page).
    #[serde(skip)]
    pub notices: Vec<String>,
    /// What the city holds, for the page's choices.
    #[serde(skip)]
    pub offered: Vec<AreaCounts>,
    #[serde(skip)]
    pub chosen: Chosen,
}

/// The view as resolved against the city's data: the keys of the form's selections.
#[derive(Debug, Clone, Default)]
pub struct Chosen {
    pub scheme: String,
    pub measure: String,
    pub period: String,
    pub group: String,
    pub from: Option<String>,
}

/// The web's reading of the library's errors: the store's own kinds; a period or group
/// the data does not hold is the reader's to change (400); else a server error.
fn app_error(e: NeighbourhoodError) -> AppError {
    match e {
        NeighbourhoodError::Store(s) => s.into(),
        e @ (NeighbourhoodError::NoPeriod { .. }
        | NeighbourhoodError::NoChangePeriod { .. }
        | NeighbourhoodError::ChangeGroups
        | NeighbourhoodError::UnknownGroup { .. }
        | NeighbourhoodError::Period(_)) => AppError::bad(e.to_string()),
        other => AppError::internal(other),
    }
}

/// The indices the page shows, by registry name, with what they say about the group.
const PAGE_INDICES: [(&str, &str); 5] = [
    (
        "dissimilarity",
        "Share of the group who would have to move for an even spread (0 = even, 1 = apart)",
    ),
    (
        "isolation",
        "Share of the group among the neighbours of its average member",
    ),
    (
        "interaction",
        "Share of others among the neighbours of the group's average member",
    ),
    (
        "entropy",
        "Theil's H: how much less mixed the areas are than the city (0 = as mixed)",
    ),
    ("gini", "Gini index of the areas' shares"),
];

/// A bad choice: what was asked, and what the city has.
fn refused(what: &str, given: &str, choices: &[String]) -> AppError {
    AppError::new(
        ErrorCode::InvalidParameter,
        t!(
            "neighbourhoods-error-choice",
            what = what,
            given = given,
            choices = choices.join(", ")
        ),
    )
}

fn parse_period(what: &str, text: &str, counts: &AreaCounts) -> Result<Period, AppError> {
    let periods: Vec<String> = counts.periods.iter().map(ToString::to_string).collect();
    Period::parse(text.trim())
        .ok()
        .filter(|p| counts.periods.contains(p))
        .ok_or_else(|| refused(what, text, &periods))
}

/// A view resolved: the counts, the period (latest when `None`), the group and the start
/// of the change.
type Resolved<'a> = (&'a AreaCounts, Option<Period>, GroupSpec, Option<Period>);

/// A choice of the view the city's data does not hold, and the refusal that says so.
struct Refused(Choice, AppError);

#[derive(Debug, Clone, Copy)]
enum Choice {
    Areas,
    Period,
    Group,
    From,
}

impl View {
    /// The view without `choice` (the default is taken instead).
    fn without(&self, choice: Choice) -> View {
        let mut v = self.clone();
        match choice {
            Choice::Areas => (v.areas, v.measure) = (None, None),
            Choice::Period => v.period = None,
            Choice::Group => v.group = None,
            Choice::From => v.from = None,
        }
        v
    }
}

/// Resolves a view against the counts the city holds; a choice it does not hold is
/// refused with the ones it does.
fn choose<'a>(offered: &'a [AreaCounts], view: &View) -> Result<Resolved<'a>, Refused> {
    let internal = |e| Refused(Choice::Areas, app_error(e));
    let foreigners = GroupSpec::parse("foreigners").map_err(internal)?;
    let matching: Vec<&AreaCounts> = offered
        .iter()
        .filter(|c| {
            view.areas
                .as_deref()
                .is_none_or(|a| c.scheme.eq_ignore_ascii_case(a.trim()))
                && view
                    .measure
                    .as_deref()
                    .is_none_or(|m| c.variable.eq_ignore_ascii_case(m.trim()))
        })
        .collect();
    let counts = match (
        view.areas.is_some() || view.measure.is_some(),
        &matching[..],
    ) {
        (_, []) => {
            // What each choice is, in words, with the query that asks for it.
            let sets: Vec<String> = offered
                .iter()
                .map(|c| {
                    format!(
                        "{}, {} (areas={}&measure={})",
                        c.label,
                        measure_name(&c.variable),
                        c.scheme,
                        c.variable
                    )
                })
                .collect();
            return Err(Refused(
                Choice::Areas,
                refused(
                    "areas",
                    view.areas
                        .as_deref()
                        .or(view.measure.as_deref())
                        .unwrap_or(""),
                    &sets,
                ),
            ));
        }
        // Asked: the first that matches (an area set with one count needs no measure).
        (true, [first, ..]) => *first,
        // Not asked: what the report shows, else the first offered.
        (false, all) => neighbourhoods::city::default_counts(offered).unwrap_or(all[0]),
    };
    let period = match view.period.as_deref().filter(|p| !p.trim().is_empty()) {
        Some(p) => Some(parse_period("period", p, counts).map_err(|e| Refused(Choice::Period, e))?),
        None => None,
    };
    let group = match view.group.as_deref().filter(|g| !g.trim().is_empty()) {
        Some(g) => {
            let spec = GroupSpec::parse(g)
                .ok()
                .filter(|s| counts.groups.contains(&s.key));
            spec.ok_or_else(|| Refused(Choice::Group, refused("group", g, &counts.groups)))?
        }
        None => {
            let key = [foreigners.key.as_str(), "background=WITH"]
                .into_iter()
                .find(|k| counts.groups.iter().any(|g| g == k))
                .unwrap_or(&counts.groups[0]);
            GroupSpec::parse(key).map_err(internal)?
        }
    };
    let from = match view.from.as_deref().filter(|p| !p.trim().is_empty()) {
        Some(p) => {
            let from = parse_period("from", p, counts).map_err(|e| Refused(Choice::From, e))?;
            let to = period.or(counts.periods.last().copied());
            if to.is_some_and(|to| from >= to) {
                let earlier: Vec<String> = counts
                    .periods
                    .iter()
                    .filter(|q| Some(**q) < to)
                    .map(ToString::to_string)
                    .collect();
                return Err(Refused(Choice::From, refused("from", p, &earlier)));
            }
            Some(from)
        }
        None => None,
    };
    Ok((counts, period, group, from))
}

/// Resolves `view` for the page: a choice the data does not hold — most often a period
/// left selected when the reader changed the area set — is dropped for its default and
/// said in a notice, so that the reader keeps the page and the form (the trial met a
/// dead-end 400 there). The API refuses instead ([`choose`]).
fn choose_fitting<'a>(
    offered: &'a [AreaCounts],
    view: &View,
) -> Result<(Resolved<'a>, Vec<String>), AppError> {
    let mut view = view.clone();
    let mut notices = Vec::new();
    // Each round drops one choice; there are four.
    for _ in 0..5 {
        match choose(offered, &view) {
            Ok(resolved) => return Ok((resolved, notices)),
            Err(Refused(choice, e)) => {
                notices.push(e.message);
                view = view.without(choice);
            }
        }
    }
    Err(AppError::internal("a default view was refused"))
}

/// Reads the city's counts and boundaries for `view` and computes the figures, all
/// through `neighbourhoods`. `fitting`: drop what the data does not hold, with a notice
/// (the page), rather than refuse it (the API).
pub fn load(
    state: &AppState,
    city: &str,
    view: &View,
    fitting: bool,
) -> Result<Neighbourhoods, AppError> {
    let geo = super::city::geography(state, city)?;
    let name = crate::locale::place_name(city, &geo.name);
    state.db.read(|s| {
        let offered = neighbourhoods::city::offer(s, city).map_err(app_error)?;
        if offered.is_empty() {
            return Err(AppError::not_found(t!(
                "neighbourhoods-error-no-counts",
                city = &name
            )));
        }
        let ((counts, period, group, from), notices) = if fitting {
            choose_fitting(&offered, view)?
        } else {
            (
                choose(&offered, view).map_err(|Refused(_, e)| e)?,
                Vec::new(),
            )
        };
        let a = neighbourhoods::city::areas(
            s,
            &AreasRequest {
                city,
                counts,
                period,
                group: &group,
            },
        )
        .map_err(app_error)?;
        let period = Period::parse(&a.period).map_err(AppError::internal)?;
        let report = neighbourhoods::report::segregation_report(
            s,
            &SegregationRequest {
                city_code: city.to_string(),
                city_name: geo.name.clone(),
                group_a: group.clone(),
                group_b: GroupSpec::parse("total").map_err(app_error)?,
                indices: neighbourhoods::indices::select(Some("dissimilarity"))
                    .map_err(app_error)?,
                level: counts.level(),
                datasets: counts.datasets.clone(),
                variable: Some(counts.variable.clone()),
                period: None,
                change: from.map(|f| (f, period)),
                multigroup: Some(Vec::new()),
                replicates: REPLICATES,
            },
        )
        .map_err(app_error)?;
        let over_time = report
            .over_time()
            .into_iter()
            .map(|p| TimeRow {
                period: p.period,
                share: p.share_a,
                dissimilarity: p.dissimilarity,
            })
            .collect();
        let change = from.map(|f| Change {
            from: f.to_string(),
            to: period.to_string(),
            figures: report
                .change()
                .iter()
                .filter_map(|fig| fig.value.map(|v| (fig.index.to_string(), v)))
                .collect(),
            notes: report
                .notes
                .iter()
                .filter(|n| n.starts_with("Change"))
                .cloned()
                .collect(),
        });
        let areas: Vec<AreaRow> = a
            .areas
            .iter()
            .map(|r| AreaRow {
                code: r.code.clone(),
                name: r.name.clone(),
                total: r.residents,
                count: r.foreigners,
                share: r.share,
                note: match r.note {
                    AreaNote::Shown => String::new(),
                    AreaNote::FewResidents => NOT_SHOWN.into(),
                    AreaNote::NoData => NO_DATA.into(),
                },
            })
            .collect();
        let group_name = super::city::group_name(
            &PopulationGroup::parse_key(&group.key).map_err(AppError::internal)?,
        );
        let svg = if counts.boundaries {
            Some(map_svg(s, city, &name, counts, &a, &group_name)?)
        } else {
            None
        };
        let indices = PAGE_INDICES
            .iter()
            .filter_map(|(k, says)| {
                a.indices
                    .iter()
                    .find(|(n, _)| n == k)
                    .map(|(_, v)| (k.to_string(), says.to_string(), *v))
            })
            .collect();
        Ok(Neighbourhoods {
            city: city.to_string(),
            city_name: name.clone(),
            scheme: a.scheme,
            period: a.period.clone(),
            dataset: a.datasets.join(","),
            source: a.source,
            group: group.key.clone(),
            measure: counts.variable.clone(),
            measure_label: measure_name(&counts.variable),
            city_share: a.city_share,
            indices,
            areas,
            over_time,
            change,
            svg,
            notices,
            chosen: Chosen {
                scheme: counts.scheme.clone(),
                measure: counts.variable.clone(),
                period: a.period,
                group: group.key,
                from: from.map(|f| f.to_string()),
            },
            offered,
        })
    })
}

/// The choropleth of the group's share, in the boundaries' stored order.
fn map_svg(
    s: &store::Store,
    city: &str,
    name: &str,
    counts: &AreaCounts,
    a: &neighbourhoods::city::CityAreas,
    group_name: &str,
) -> Result<String, AppError> {
    let bounds = neighbourhoods::Boundaries::load(s, city, &counts.scheme)
        .map_err(app_error)?
        .ok_or_else(|| {
            AppError::not_found(t!("neighbourhoods-error-no-boundaries", city = name))
        })?;
    let measure = measure_name(&counts.variable);
    let geoms: Vec<_> = a
        .areas
        .iter()
        .map(|r| bounds.geometry(&r.code).cloned().unwrap_or_default())
        .collect();
    let labels: Vec<String> = a.areas.iter().map(|r| r.name.clone()).collect();
    let values: Vec<Option<f64>> = a.areas.iter().map(|r| r.share).collect();
    spatial::choropleth_svg(
        &geoms,
        &labels,
        &values,
        &spatial::ChoroplethOptions {
            title: t!(
                "neighbourhoods-map-title-group",
                group = group_name,
                measure = &measure,
                city = name,
                period = a.period.clone()
            ),
            description: t!(
                "neighbourhoods-map-description",
                count = a.areas.len(),
                areas = &a.scheme,
                measure = &measure
            ),
            value_label: t!("neighbourhoods-map-value", measure = &measure),
            number: crate::locale::number,
            width: 640.0,
            classes: 5,
            decimals: 1,
            projection: spatial::Projection::Auto,
        },
    )
    .map_err(AppError::internal)
}

pub async fn index(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let anonymous = who.is_public();
    cached(
        &state,
        "/neighbourhoods",
        anonymous,
        &headers,
        "text/html; charset=utf-8",
        || {
            let cities = state.db.read(|s| {
                // Every city with small-area counts, with or without boundaries: the
                // cities the areas' codes (`CITY:SCHEME:id`) belong to.
                let mut codes = std::collections::BTreeSet::new();
                for level in [model::GeoLevel::District, model::GeoLevel::Neighbourhood] {
                    for g in s.geographies(Some(level), None)? {
                        if let Some((city, _)) = g.code.as_str().split_once(':') {
                            codes.insert(city.to_string());
                        }
                    }
                }
                let mut out = Vec::new();
                for code in codes {
                    let Some(g) = s.geography(&code)? else {
                        continue;
                    };
                    let offered = neighbourhoods::city::offer(s, &code).map_err(app_error)?;
                    if !offered.is_empty() {
                        out.push((g, offered));
                    }
                }
                Ok(out)
            })?;
            let body = html! {
                h1 { (t!("neighbourhoods-title")) }
                p.lead { (t!("neighbourhoods-lead")) }
                @if cities.is_empty() { p.muted { (t!("neighbourhoods-none")) " (" code { ("observatory import-boundaries") } ")." } }
                ul { @for (g, offered) in &cities { li {
                    a href={ "/neighbourhoods/" (g.code) } { (crate::locale::place_name(g.code.as_str(), &g.name)) } " — "
                    (offered.iter().map(|c| c.label.clone()).collect::<std::collections::BTreeSet<_>>().into_iter().collect::<Vec<_>>().join(", "))
                } } }
            };
            Ok(crate::layout::page(&t!("neighbourhoods-title"), &who, body)
                .into_string()
                .into_bytes())
        },
    )
}

pub async fn page(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Path(code): Path<String>,
    Query(view): Query<View>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let anonymous = who.is_public();
    let key = format!("/neighbourhoods/{code}?{}", raw.unwrap_or_default());
    cached(
        &state,
        &key,
        anonymous,
        &headers,
        "text/html; charset=utf-8",
        || {
            let n = load(&state, &code, &view, true)?;
            Ok(crate::layout::page(
                &t!("neighbourhoods-city-title", city = &n.city_name),
                &who,
                body(&n),
            )
            .into_string()
            .into_bytes())
        },
    )
}

/// An index's name in the reader's language (the registry's name is the API's).
fn index_name(index: &str) -> String {
    match index {
        "dissimilarity" => t!("neighbourhoods-index-dissimilarity"),
        "isolation" => t!("neighbourhoods-index-isolation"),
        "interaction" => t!("neighbourhoods-index-interaction"),
        "entropy" => t!("neighbourhoods-index-entropy"),
        "gini" => t!("neighbourhoods-index-gini"),
        other => other.to_string(),
    }
}

/// What an index says, in the reader's language; the API keeps [`PAGE_INDICES`]' English.
fn index_says(index: &str, english: &str) -> String {
    match index {
        "dissimilarity" => t!("neighbourhoods-index-dissimilarity-says"),
        "isolation" => t!("neighbourhoods-index-isolation-says"),
        "interaction" => t!("neighbourhoods-index-interaction-says"),
        "entropy" => t!("neighbourhoods-index-entropy-says"),
        "gini" => t!("neighbourhoods-index-gini-says"),
        _ => english.to_string(),
    }
}

/// A part of the change in the reader's language.
fn change_name(part: &str) -> String {
    match part {
        "dissimilarity_start" => t!("neighbourhoods-change-start"),
        "dissimilarity_end" => t!("neighbourhoods-change-end"),
        "change" => t!("neighbourhoods-change-change"),
        "composition" => t!("neighbourhoods-change-composition"),
        "redistribution" => t!("neighbourhoods-change-redistribution"),
        "p_value" => t!("neighbourhoods-change-p-value", replicates = REPLICATES),
        other => other.to_string(),
    }
}

/// An area's note (the API's English) in the reader's language.
fn note_text(note: &str, measure: &str) -> String {
    match note {
        NOT_SHOWN => t!("neighbourhoods-area-not-shown", measure = measure),
        NO_DATA => t!("neighbourhoods-area-no-data"),
        other => other.to_string(),
    }
}

/// A count's name: Berlin's residents, Vienna's moves (`neighbourhoods-measure-<variable>`),
/// else its code.
fn measure_name(variable: &str) -> String {
    let key = format!("neighbourhoods-measure-{variable}");
    if i18n::active().has(crate::locale::lang(), &key) {
        t!(&key)
    } else {
        variable.to_string()
    }
}

fn group_title(key: &str) -> String {
    PopulationGroup::parse_key(key)
        .map(|g| super::city::group_name(&g))
        .unwrap_or_else(|_| key.to_string())
}

/// The reader's choices, as a form that works without JavaScript.
fn choices(n: &Neighbourhoods) -> Markup {
    let c = &n.chosen;
    let counts = n
        .offered
        .iter()
        .find(|o| o.scheme == c.scheme && o.variable == c.measure);
    let sets: BTreeMap<&str, &str> = n
        .offered
        .iter()
        .map(|o| (o.scheme.as_str(), o.label.as_str()))
        .collect();
    let measures: Vec<&str> = {
        let mut m: Vec<&str> = n
            .offered
            .iter()
            .filter(|o| o.scheme == c.scheme)
            .map(|o| o.variable.as_str())
            .collect();
        m.dedup();
        m
    };
    html! {
        form.choices method="get" action={ "/neighbourhoods/" (n.city) } {
            label for="nb-areas" { (t!("neighbourhoods-choose-areas")) }
            select #nb-areas name="areas" {
                @for (scheme, label) in &sets { option value=(scheme) selected[*scheme == c.scheme] { (label) } }
            }
            @if measures.len() > 1 {
                label for="nb-measure" { (t!("neighbourhoods-choose-measure")) }
                select #nb-measure name="measure" {
                    @for m in &measures { option value=(m) selected[*m == c.measure] { (measure_name(m)) } }
                }
            }
            @if let Some(counts) = counts {
                label for="nb-group" { (t!("neighbourhoods-choose-group")) }
                select #nb-group name="group" {
                    @for g in &counts.groups { option value=(g) selected[*g == c.group] { (group_title(g)) } }
                }
                label for="nb-period" { (t!("neighbourhoods-choose-period")) }
                select #nb-period name="period" {
                    @for p in counts.periods.iter().rev() { option value=(p) selected[p.to_string() == c.period] { (p) } }
                }
                label for="nb-from" { (t!("neighbourhoods-choose-from")) }
                select #nb-from name="from" {
                    option value="" selected[c.from.is_none()] { (t!("neighbourhoods-choose-no-change")) }
                    @for p in counts.periods.iter().rev().filter(|p| p.to_string() < c.period) {
                        option value=(p) selected[c.from.as_deref() == Some(p.to_string().as_str())] { (p) }
                    }
                }
            }
            p { button type="submit" { (t!("neighbourhoods-choose-show")) } }
        }
    }
}

fn body(n: &Neighbourhoods) -> Markup {
    let group = group_title(&n.group);
    let query = format!(
        "areas={}&measure={}&period={}&group={}",
        n.chosen.scheme,
        n.chosen.measure,
        n.chosen.period,
        super::account::urlencode(&n.chosen.group)
    );
    html! {
        p.muted.small { a href="/neighbourhoods" { (t!("neighbourhoods-title")) } " › " a href={ "/cities/" (n.city) } { (n.city_name) } }
        h1 { @if neighbourhoods::city::counts_moves(&n.measure) { (t!("neighbourhoods-city-heading-flows", city = &n.city_name)) } @else { (t!("neighbourhoods-city-heading", city = &n.city_name)) } }
        (choices(n))
        @for notice in &n.notices { p.notice role="status" { (notice) " " (t!("neighbourhoods-notice-default")) } }
        p.lead { (n.scheme) ", " (n.measure_label) ", " (n.period) ". "
            (t!("neighbourhoods-city-share-group", group = &group, measure = &n.measure_label)) " " strong { @if let Some(s) = n.city_share { (crate::charts::percent(&num(s, 1))) } @else { "–" } } "." }
        @if neighbourhoods::city::counts_moves(&n.measure) { p.notice.small { (t!("neighbourhoods-flow-note", measure = &n.measure_label)) } }
        div.notice.small { (t!("neighbourhoods-notice", measure = &n.measure_label)) }
        @if let Some(svg) = &n.svg {
            figure {
                (layout::svg(svg))
                figcaption { (t!("neighbourhoods-map-caption", source = &n.source, dataset = &n.dataset)) }
            }
        } @else {
            p.muted { (t!("neighbourhoods-no-map", areas = &n.scheme)) }
        }
        h2 { (t!("neighbourhoods-indices")) }
        @if n.indices.is_empty() { p.muted { (t!("neighbourhoods-no-indices")) } }
        @else {
            table {
                thead { tr { th { (t!("neighbourhoods-index")) } th { (t!("neighbourhoods-index-says")) } th.num { (t!("neighbourhoods-index-value")) } } }
                tbody { @for (k, d, v) in &n.indices { tr { td { (index_name(k)) } td.small { (index_says(k, d)) } td.num { (num(*v, 3)) } } } }
            }
        }
        (downloads(&format!("/api/v1/cities/{}/segregation?{query}", n.city)))
        @if n.over_time.len() > 1 {
            h2 { (t!("neighbourhoods-over-time")) }
            table {
                thead { tr { th { (t!("neighbourhoods-period")) } th.num { (t!("neighbourhoods-share-of", group = &group)) } th.num { (t!("neighbourhoods-index-dissimilarity")) } } }
                tbody { @for r in &n.over_time { tr {
                    td { (r.period) }
                    td.num { @if let Some(v) = r.share { (num(v, 1)) } @else { "–" } }
                    td.num { @if let Some(v) = r.dissimilarity { (num(v, 3)) } @else { "–" } }
                } } }
            }
        }
        @if let Some(ch) = &n.change {
            h2 { (t!("neighbourhoods-change-title", from = &ch.from, to = &ch.to)) }
            p.small { (t!("neighbourhoods-change-lead")) }
            table {
                tbody { @for (k, v) in &ch.figures { tr { td { (change_name(k)) } td.num { (num(*v, 4)) } } } }
            }
            @for note in &ch.notes { p.muted.small { (note) } }
        }
        h2 { (t!("neighbourhoods-areas")) }
        details {
            summary { (t!("neighbourhoods-areas-table", count = n.areas.len())) }
            table {
                thead { tr { th { (t!("neighbourhoods-area")) } th { (t!("neighbourhoods-area-code")) } th.num { (measure_name(&n.chosen.measure)) } th.num { (group) } th.num { (t!("neighbourhoods-area-share")) } } }
                tbody {
                    @for a in &n.areas {
                        tr {
                            td { (a.name) } td.small { (a.code) }
                            td.num { @if let Some(v) = a.total { (num(v, 0)) } @else if !a.note.is_empty() { span.suppressed { "<20" } } }
                            td.num { @if let Some(v) = a.count { (num(v, 0)) } }
                            td.num { @if let Some(v) = a.share { (num(v, 1)) } @else { span.suppressed { (note_text(&a.note, &n.measure_label)) } } }
                        }
                    }
                }
            }
        }
    }
}
