//! Compare 2–6 cities side by side: their context features as a table, bar charts of the
//! main ones, the foreign-born share over time, and — per indicator — nationals, EU and
//! non-EU citizens (or the native- and foreign-born) in the cities' countries.

use super::city::{feature_label, feature_unit};
use super::home::{Search, cities, search};
use crate::auth::Principal;
use crate::cache::cached;
use crate::charts::{self, Mark};
use crate::layout::{self, downloads, num};
use crate::{AppError, AppState};
use axum::extract::{RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use maud::{Markup, html};
use model::{Dimension, Geography, Observation, PopulationGroup};
use std::collections::BTreeMap;
use store::{ObservationRow, SeriesFilter};

/// A table the compare page charts by population group (nationally: the EU Labour Force
/// Survey and EU-SILC have no city figures by citizenship), as the catalogue describes it
/// (`[compare]` of `catalogue/tables/<dataset>.toml`).
struct GroupIndicator<'a> {
    dataset: &'a str,
    view: &'a catalogue::CompareView,
}

impl GroupIndicator<'_> {
    fn group(&self, code: &str) -> PopulationGroup {
        let mut g = PopulationGroup::total().with(self.view.by, code);
        for (d, c) in &self.view.rest {
            g.set(*d, c);
        }
        g
    }

    fn group_label(&self, code: &str) -> String {
        super::city::group_name(&PopulationGroup::total().with(self.view.by, code))
    }

    /// The row of `group` among `rows` (one country's latest values of the dataset).
    fn find<'r>(&self, rows: &'r [ObservationRow], group: &str) -> Option<&'r ObservationRow> {
        let key = self.group(group).key();
        rows.iter().find(|r| {
            let o = &r.observation;
            o.variable == self.view.variable
                && o.group.key() == key
                && o.breakdown_key() == self.view.breakdown
        })
    }
}

/// The cities named in `cities=A,B` and/or repeated `city=` parameters (codes or names).
pub fn parse_cities(state: &AppState, raw: Option<&str>) -> Result<Vec<Geography>, AppError> {
    let mut names = Vec::new();
    for (k, v) in form_pairs(raw.unwrap_or("")) {
        match k.as_str() {
            "cities" => names.extend(v.split(',').map(|s| s.trim().to_string())),
            "city" => names.push(v.trim().to_string()),
            _ => {}
        }
    }
    names.retain(|n| !n.is_empty());
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let all = cities(state)?;
    let mut out: Vec<Geography> = Vec::new();
    for n in &names {
        match search(&all, n) {
            Search::Found(g) => {
                if !out.iter().any(|o| o.code == g.code) {
                    out.push(g)
                }
            }
            Search::Several(v) => {
                return Err(AppError::bad(t!(
                    "compare-error-several",
                    name = n,
                    cities = v
                        .iter()
                        .take(8)
                        .map(|g| format!("{} ({})", g.name, g.code))
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
            Search::Suggestions(v) => {
                let message = if v.is_empty() {
                    t!("compare-error-no-city", name = n)
                } else {
                    t!(
                        "compare-error-no-city-suggest",
                        name = n,
                        suggestions = v
                            .iter()
                            .map(|g| g.name.clone())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                return Err(AppError::new(crate::ErrorCode::UnknownGeography, message));
            }
        }
    }
    if out.len() > 6 {
        return Err(AppError::bad(t!("compare-error-too-many")));
    }
    Ok(out)
}

/// `a=1&b=2` into decoded pairs.
pub fn form_pairs(raw: &str) -> Vec<(String, String)> {
    raw.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let s = s.replace('+', " ");
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub async fn page(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let chosen = parse_cities(&state, raw.as_deref())?;
    let key = format!("/compare?{}", raw.clone().unwrap_or_default());
    let anonymous = who.is_public();
    cached(
        &state,
        &key,
        anonymous,
        &headers,
        "text/html; charset=utf-8",
        || {
            Ok(crate::layout::page(
                &t!("compare-title"),
                &who,
                body(&state, &chosen, raw.as_deref())?,
            )
            .into_string()
            .into_bytes())
        },
    )
}

fn body(state: &AppState, chosen: &[Geography], raw: Option<&str>) -> Result<Markup, AppError> {
    let all = cities(state)?;
    let typed = chosen
        .iter()
        .map(|g| g.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let form = html! {
        form.search method="get" action="/compare" data-compare {
            label.sr-only for="cities" { (t!("compare-cities-label")) }
            input #cities type="search" name="cities" value=(typed) list="city-names" placeholder=(t!("compare-cities-placeholder"));
            button type="submit" { (t!("compare-button")) }
        }
        datalist #city-names { @for g in &all { option value=(g.name) {} } }
    };
    if chosen.len() < 2 {
        return Ok(html! {
            h1 { (t!("compare-title")) }
            p.lead { (t!("compare-lead")) }
            (form)
            @if chosen.len() == 1 { p.notice { (t!("compare-add-one-more", city = &chosen[0].name)) } }
        });
    }
    let _ = raw;
    let cities_all = state.peers.get(state)?;
    let profiles: Vec<Option<&peers::Profile>> = chosen
        .iter()
        .map(|g| cities_all.profile(g.code.as_str()).ok())
        .collect();
    let codes = chosen
        .iter()
        .map(|g| g.code.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let features = peers::Feature::ALL;
    let bar = |f: peers::Feature, decimals: usize| -> String {
        let info = f.info();
        let marks: Vec<Mark> = chosen
            .iter()
            .zip(&profiles)
            .map(|(g, p)| Mark {
                label: g.name.clone(),
                value: p.and_then(|p| p.value(f)),
                interval: None,
                note: t!("compare-no-data"),
                reference: false,
                unreliable: false,
            })
            .collect();
        charts::horizontal(
            &format!("cmp-{}", info.name),
            &t!(
                "compare-bar-title",
                feature = feature_label(f),
                unit = feature_unit(f)
            ),
            &t!(
                "compare-bar-description",
                feature = feature_label(f),
                count = chosen.len()
            ),
            &marks,
            "",
            decimals,
            false,
        )
    };
    let by_group = population_groups(state, chosen)?;
    let trends: Vec<(String, Vec<charts::Point>)> = chosen
        .iter()
        .zip(&profiles)
        .filter_map(|(g, p)| {
            p.map(|p| {
                (
                    g.name.clone(),
                    p.foreign_born_history
                        .iter()
                        .map(super::city::trend_point)
                        .collect(),
                )
            })
        })
        .filter(|(_, v): &(String, Vec<charts::Point>)| !v.is_empty())
        .collect();
    Ok(html! {
        h1 { (t!("compare-heading", cities = &typed)) }
        (form)
        table {
            thead { tr { th { (t!("compare-col-feature")) } @for g in chosen { th.num { a href={ "/cities/" (g.code) } { (g.name) } } } } }
            tbody {
                @for f in features {
                    tr {
                        td { (feature_label(f)) " " span.muted.small { "(" (feature_unit(f)) ")" } }
                        @for p in &profiles {
                            td.num {
                                @match p.map(|p| p.get(f)) {
                                    Some(v) if v.value.is_some() => {
                                        (layout::auto(v.value.unwrap_or_default()))
                                        @if let Some(y) = v.years.last() { " " span.muted.small { "(" (y) ")" } }
                                    }
                                    Some(v) => span.suppressed title=(v.missing.clone().unwrap_or_default()) { (t!("compare-no-data")) },
                                    None => span.suppressed { (t!("compare-no-profile")) },
                                }
                            }
                        }
                    }
                }
                tr { td { (t!("compare-context-type")) } @for p in &profiles { td.num { (p.and_then(|p| p.context_type.as_ref()).map(|t| city_report::context_type_label(crate::locale::lang(), &t.label)).unwrap_or_default()) } } }
            }
        }
        (downloads(&format!("/api/v1/compare?cities={codes}")))
        div.columns {
            figure { (layout::svg(&bar(peers::Feature::ForeignBornShare, 1))) }
            figure { (layout::svg(&bar(peers::Feature::Population, 0))) }
        }
        @if !trends.is_empty() {
            figure {
                (layout::svg(&charts::lines("cmp-trend", &t!("compare-trend-title"), &t!("compare-trend-description"), &trends, "%", 1)))
                figcaption { (t!("compare-trend-caption")) }
            }
        }
        p.small.muted { (t!("compare-features-note", count = features.len())) " " a href="/indicators#features" { (t!("compare-features-note-link")) } (t!("compare-features-note-after")) }
        (by_group)
    })
}

/// The title of a table's chart on the compare page, in the reader's language (the
/// catalogue's `[compare] title` of the table).
fn view_title(ind: &GroupIndicator<'_>) -> String {
    crate::locale::catalogue(&["compare", ind.dataset], &ind.view.title)
}

/// A country, its compared cities, and its figure for each group (`None`: no figure).
type CountryRow<'a> = (&'a String, &'a Vec<String>, Vec<Option<&'a Observation>>);

/// Per indicator, a grouped chart of nationals, EU and non-EU citizens (or the native-
/// and foreign-born) in each country of the chosen cities, and its table. The figures
/// are national: cities of one country share one cluster.
fn population_groups(state: &AppState, chosen: &[Geography]) -> Result<Markup, AppError> {
    // Countries in the order of the cities, each with its cities' names.
    let mut countries: Vec<(String, Vec<String>)> = Vec::new();
    for g in chosen {
        let Some(c) = g.country.as_ref().map(|c| c.to_string()) else {
            continue;
        };
        match countries.iter_mut().find(|(k, _)| *k == c) {
            Some((_, names)) => names.push(g.name.clone()),
            None => countries.push((c, vec![g.name.clone()])),
        }
    }
    let indicators: Vec<GroupIndicator<'_>> = state
        .config
        .catalogue
        .compare_tables()
        .into_iter()
        .map(|(t, view)| GroupIndicator {
            dataset: &t.dataset,
            view,
        })
        .collect();
    // (country, dataset) → that country's latest values of the dataset.
    let (names, rows) = state.db.read(|s| {
        let mut names = BTreeMap::new();
        let mut rows: BTreeMap<(String, &str), Vec<ObservationRow>> = BTreeMap::new();
        for (c, _) in &countries {
            if let Some(g) = s.geography(c)? {
                names.insert(c.clone(), g.name);
            }
            for ind in &indicators {
                if rows.contains_key(&(c.clone(), ind.dataset)) {
                    continue;
                }
                let r = s.observations(&SeriesFilter {
                    geo: Some(c.clone()),
                    dataset: Some(ind.dataset.into()),
                    latest_only: true,
                    ..Default::default()
                })?;
                rows.insert((c.clone(), ind.dataset), r);
            }
        }
        Ok((names, rows))
    })?;
    let cluster_label = |c: &str, cities: &[String]| {
        format!(
            "{} ({})",
            names.get(c).cloned().unwrap_or_else(|| c.to_string()),
            cities.join(", ")
        )
    };
    let empty = Vec::new();
    let mut sections = Vec::new();
    for ind in &indicators {
        let v = ind.view;
        let mut source = String::new();
        let per_country: Vec<CountryRow<'_>> = countries
            .iter()
            .map(|(c, cities)| {
                let r = rows.get(&(c.clone(), ind.dataset)).unwrap_or(&empty);
                let found = v.groups.iter().map(|g| ind.find(r, g));
                if source.is_empty()
                    && let Some(row) = found.clone().flatten().next()
                {
                    source = row.source.clone();
                }
                (
                    c,
                    cities,
                    found.map(|r| r.map(|r| &r.observation)).collect(),
                )
            })
            .collect();
        if per_country
            .iter()
            .all(|(_, _, v)| v.iter().all(Option::is_none))
        {
            continue;
        }
        let series: Vec<String> = v.groups.iter().map(|g| ind.group_label(g)).collect();
        let clusters: Vec<charts::Cluster> = per_country
            .iter()
            .map(|(c, cities, obs)| charts::Cluster {
                label: cluster_label(c, cities),
                values: obs
                    .iter()
                    .map(|o| {
                        o.filter(|o| !layout::is_suppressed(o.flags))
                            .map(|o| o.value)
                    })
                    .collect(),
                notes: obs
                    .iter()
                    .map(|o| match o {
                        Some(_) => t!("compare-suppressed"),
                        None => t!("compare-no-figure"),
                    })
                    .collect(),
            })
            .collect();
        let periods: Vec<model::Period> = per_country
            .iter()
            .flat_map(|(_, _, v)| v.iter().flatten().map(|o| o.period))
            .collect();
        let when = match (periods.iter().min(), periods.iter().max()) {
            (Some(a), Some(b)) if a == b => a.to_string(),
            (Some(a), Some(b)) => format!("{a}–{b}"),
            _ => String::new(),
        };
        let id = format!("grp-{}", ind.dataset);
        let title = view_title(ind);
        let chart_title = if v.by == Dimension::Citizenship {
            t!(
                "compare-groups-chart-title-citizenship",
                title = &title,
                unit = super::city::unit_label(&v.unit),
                when = &when
            )
        } else {
            t!(
                "compare-groups-chart-title-birth",
                title = &title,
                unit = super::city::unit_label(&v.unit),
                when = &when
            )
        };
        let svg = charts::grouped(
            &id,
            &chart_title,
            &t!(
                "compare-groups-chart-description",
                groups = series.join(", ")
            ),
            &series,
            &clusters,
            &v.suffix(),
            v.decimals,
        );
        sections.push(html! {
            h3 id=(id) { (title) }
            figure {
                (layout::svg(&svg))
                figcaption { (t!("compare-groups-caption", source = &source, when = &when)) " " a href={ "/indicators#" (ind.dataset) } { (t!("compare-definition")) } }
            }
            details {
                summary { (t!("compare-figures-as-table")) }
                table {
                    thead { tr { th { (t!("compare-col-country-cities")) } @for s in &series { th.num { (s) } } } }
                    tbody {
                        @for (c, cities, obs) in &per_country {
                            tr {
                                td { (cluster_label(c, cities)) }
                                @for o in obs {
                                    td.num {
                                        @match o {
                                            Some(o) => {
                                                @if layout::is_suppressed(o.flags) { span.suppressed { (t!("compare-suppressed")) } }
                                                @else { (num(o.value, v.decimals)) }
                                                (layout::flags(o.flags))
                                                " " span.muted.small { "(" (o.period) ")" }
                                            }
                                            None => span.suppressed { (t!("compare-no-figure")) },
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        });
    }
    Ok(html! {
        @if !sections.is_empty() {
            h2 id="groups" { (t!("compare-groups-title")) }
            p.muted.small {
                (t!("compare-groups-intro"))
            }
            (layout::flag_legend())
            @for s in &sections { (s) }
        }
    })
}
