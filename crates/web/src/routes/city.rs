//! A city's profile: context (size, foreign-born share and its trend, type), indicators by
//! area with the gap to nationals, intervals, flags and suppressed cells shown as such,
//! each with its source and definition one click away; peers and the benchmark against
//! them; its mentoring pairs and suggested mentors; and — for those allowed — the city's
//! unpublished figures.

use crate::auth::{Action, Principal, allowed};
use crate::cache::cached;
use crate::charts::{self, Mark};
use crate::layout::{self, auto, downloads, flag_legend, flags, num};
use crate::{AppError, AppState, ErrorCode};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use maud::{Markup, html};
use model::{Dimension, GeoLevel, Geography, Observation, PopulationGroup};
use std::collections::BTreeMap;
use store::{ObservationRow, SeriesFilter};

/// The geography of a city code, or a 404 naming what to do.
pub fn geography(state: &AppState, code: &str) -> Result<Geography, AppError> {
    state
        .db
        .read(|s| Ok(s.geography(code)?))?
        .ok_or_else(|| {
            AppError::new(
                ErrorCode::UnknownGeography,
                format!("no place with the code '{code}': search for it by name on the home page or in /api/v1/cities?q=…"),
            )
        })
}

/// A readable label of a population group ("everybody" for the total).
pub fn group_label(g: &PopulationGroup) -> String {
    if g.is_total() {
        "everybody".into()
    } else {
        g.describe()
    }
}

pub async fn page(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let geo = geography(&state, &code)?;
    let drafts = allowed(&who, Action::ReadDrafts, Some(geo.code.as_str()));
    let anonymous = who.is_public();
    let key = format!("/cities/{code}");
    cached(
        &state,
        &key,
        anonymous,
        &headers,
        "text/html; charset=utf-8",
        || {
            let body = profile_body(&state, &who, &geo, drafts)?;
            Ok(crate::layout::page(&geo.name, &who, body)
                .into_string()
                .into_bytes())
        },
    )
}

/// The latest value of each series, grouped by dataset and variable.
fn latest(rows: Vec<ObservationRow>) -> BTreeMap<(String, String), Vec<ObservationRow>> {
    let mut out: BTreeMap<(String, String), Vec<ObservationRow>> = BTreeMap::new();
    for r in rows {
        out.entry((
            r.observation.dataset.clone(),
            r.observation.variable.clone(),
        ))
        .or_default()
        .push(r);
    }
    out
}

fn profile_body(
    state: &AppState,
    who: &Principal,
    geo: &Geography,
    drafts: bool,
) -> Result<Markup, AppError> {
    let code = geo.code.as_str();
    let country_code = geo.country.as_ref().map(|c| c.to_string());
    let (rows, country, country_rows, estimates) = state.db.read(|s| {
        let rows = s.observations(&SeriesFilter {
            geo: Some(code.to_string()),
            latest_only: true,
            ..Default::default()
        })?;
        let country = match &country_code {
            Some(c) => s.geography(c)?,
            None => None,
        };
        let mut country_rows = Vec::new();
        if let Some(c) = &country_code {
            // The tables the catalogue shows as the national context of a city.
            for t in state.config.catalogue.national_tables() {
                country_rows.extend(s.observations(&SeriesFilter {
                    geo: Some(c.clone()),
                    dataset: Some(t.dataset.clone()),
                    latest_only: true,
                    ..Default::default()
                })?);
            }
        }
        let mut estimates = Vec::new();
        for d in s.dataset_names()? {
            if d.starts_with("computed:") {
                estimates.extend(s.estimates(&d)?.into_iter().filter(|e| {
                    (e.geo == code || Some(&e.geo) == country_code.as_ref())
                        && estimate_visible(who, e)
                }));
            }
        }
        Ok((rows, country, country_rows, estimates))
    })?;
    let cities = state.peers.get(state).ok();
    let profile = cities.as_ref().and_then(|c| c.profile(code).ok().cloned());
    let peer_set = cities
        .as_ref()
        .and_then(|c| c.peers(code, &peers::PeerQuery::default()).ok());
    let country_name = country
        .as_ref()
        .map(|c| c.name.clone())
        .or_else(|| country_code.clone())
        .unwrap_or_default();
    let series = latest(rows);

    Ok(html! {
        p.muted.small { a href="/" { "Cities" } " › " (country_name) }
        h1 { (geo.name) }
        p.lead {
            (level_label(geo.level)) " · code " code { (code) }
            @if let Some(p) = &profile { @if let Some(t) = &p.context_type { " · context type: " strong { (t.label) } } }
            " · " a href={ "/compare?cities=" (code) } { "compare with other cities" }
            " · " a href={ "/cities/" (code) "/report" } { (t!("report-profile-link")) }
            @if !state.db.read(|s| Ok(s.boundary_sets(Some(code))?))?.is_empty() {
                " · " a href={ "/neighbourhoods/" (code) } { "neighbourhood map" }
            }
        }
        (context(profile.as_ref()))
        h2 { "Indicators by area" }
        p.muted.small {
            "The latest figure of each series for the city. The gap is the difference to nationals of the same figure (percentage points for rates). Hover or focus a flag for its meaning; "
            a href="/indicators" { "definitions and sources" } " are one click away."
        }
        (flag_legend())
        (city_indicators(&state.config.catalogue, code, &series))
        (downloads(&format!("/api/v1/observations?geo={code}&latest=true")))
        @if !country_rows.is_empty() {
            h2 { "Migrants and nationals in " (country_name) }
            p.muted.small { "These outcomes are measured by the EU Labour Force Survey and EU-SILC at national level: no city-level figure exists for them yet. They show the national context of the city's migrant groups." }
            (national(&state.config.catalogue, &country_rows, &country_name))
            (downloads(&format!("/api/v1/observations?geo={}&dataset=lfsa_ergan&latest=true", country_code.clone().unwrap_or_default())))
        }
        @if !estimates.is_empty() {
            (estimates_section(&estimates))
        }
        (super::outlook::section(&super::outlook::items(state, geo)?, code))
        h2 id="peers" { "Similar cities" }
        (peers_section(peer_set.as_ref(), cities.as_deref(), state, code))
        (super::practices::city_section(state, cities.as_deref(), code))
        (super::mentoring::city_section(state, who, cities.as_deref(), code))
        (super::funding::city_section(state, code))
        (super::agenda::city_section(state, code)?)
        @if drafts {
            (drafts_section(state, code)?)
        }
    })
}

fn level_label(l: GeoLevel) -> &'static str {
    match l {
        GeoLevel::City => "City (Urban Audit)",
        GeoLevel::GreaterCity => "Greater city",
        GeoLevel::FunctionalUrbanArea => "Functional urban area",
        GeoLevel::Country => "Country",
        _ => "Place",
    }
}

fn context(profile: Option<&peers::Profile>) -> Markup {
    let Some(p) = profile else {
        return html! { p.muted { "No context profile: the city lacks population figures." } };
    };
    let pop = p.get(peers::Feature::Population);
    let fb = p.get(peers::Feature::ForeignBornShare);
    let ch = p.get(peers::Feature::ForeignBornChange5y);
    let trend: Vec<(f64, f64)> = p
        .foreign_born_history
        .iter()
        .map(|y| (f64::from(y.year), y.share))
        .collect();
    html! {
        div.cards {
            div.card {
                div.value { @if let Some(v) = pop.value { (num(v, 0)) } @else { "–" } }
                div.label { "residents" @if let Some(y) = pop.years.last() { " (" (y) ")" }
                    @if let Some(sc) = p.size_class { " · size class " (serde_json::to_value(sc).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()) } }
            }
            div.card {
                div.value { @if let Some(v) = fb.value { (num(v, 1)) "%" } @else { "–" } }
                div.label { "born abroad" @if let Some(y) = fb.years.last() { " (" (y) ")" } }
            }
            div.card {
                div.value { @if let Some(v) = ch.value { (if v >= 0.0 { "+" } else { "" }) (num(v, 1)) } @else { "–" } }
                div.label { "change of the foreign-born share in ~5 years (percentage points)" }
            }
            div.card {
                div.value { @if let Some(t) = &p.context_type { (t.label) } @else { "–" } }
                div.label { "context type (" a href="/api/v1/cities/" { "typology" } ")" }
            }
        }
        @if trend.len() >= 2 {
            figure {
                (layout::svg(&charts::lines(
                    "fb-trend",
                    &format!("Foreign-born residents as a share of the population, {}", p.name),
                    &format!("Line chart of the foreign-born share by year, from {:.0} to {:.0}; the table below gives the values.", trend[0].0, trend[trend.len()-1].0),
                    &[("foreign-born share".to_string(), trend.clone())],
                    "%",
                    1,
                )))
                figcaption { "Foreign-born share (%), Eurostat urb_cpopcb / urb_cpop1 (DE2009V ÷ DE1001V). " (fb.formula) }
            }
            details {
                summary { "The figures as a table" }
                table {
                    thead { tr { th { "Year" } th.num { "Foreign-born share (%)" } } }
                    tbody { @for (y, v) in &trend { tr { td { (*y as i64) } td.num { (num(*v, 1)) } } } }
                }
            }
        }
        @if let Some(m) = &fb.missing { p.muted.small { "Foreign-born share: " (m) } }
    }
}

fn reference_value(rows: &[&ObservationRow], o: &Observation, rest: &str) -> Option<f64> {
    rows.iter()
        .find(|r| {
            r.observation.group.get(Dimension::Citizenship) == Some("NAT")
                && rest_key(&r.observation) == rest
                && r.observation.period == o.period
        })
        .map(|r| r.observation.value)
}

/// Whether a difference to nationals means something: between rates (a head count of
/// foreigners minus one of nationals says only that there are fewer of them; issue 11,
/// finding 8), of the same year (`reference_value` takes the nationals' figure of the
/// group's own period).
fn is_rate(o: &Observation) -> bool {
    let unit = o.unit.as_deref().unwrap_or("").to_ascii_lowercase();
    unit == "%" || unit.starts_with("pc") || unit.contains("percent") || unit == "pp"
}

/// The group without its citizenship, and the breakdown: rows with equal keys compare.
fn rest_key(o: &Observation) -> String {
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

fn value_cell(o: &Observation) -> Markup {
    html! {
        @if layout::is_suppressed(o.flags) {
            span.suppressed title="withheld to protect confidentiality" { "suppressed" }
        } @else {
            (auto(o.value))
        }
        (flags(o.flags))
    }
}

fn city_indicators(
    cat: &catalogue::Catalogue,
    code: &str,
    series: &BTreeMap<(String, String), Vec<ObservationRow>>,
) -> Markup {
    type Series<'a> = (&'a (String, String), &'a Vec<ObservationRow>);
    let mut by_area: BTreeMap<&str, Vec<Series<'_>>> = BTreeMap::new();
    for (k, v) in series {
        by_area
            .entry(cat.area_of(&k.0).label.as_str())
            .or_default()
            .push((k, v));
    }
    html! {
        @if series.is_empty() { p.muted { "No published figures for this place yet." } }
        @for (area, list) in &by_area {
            h3 { (area) }
            table {
                thead { tr { th { "Indicator" } th { "Group" } th { "Period" } th.num { "Value" } th.num { "Gap to nationals" } th { "Source" } } }
                tbody {
                    @for ((dataset, variable), rows) in list {
                        @let refs: Vec<&ObservationRow> = rows.iter().collect();
                        @for r in rows.iter().take(40) {
                            @let o = &r.observation;
                            @let rest = rest_key(o);
                            @let gap = if o.group.get(Dimension::Citizenship).is_some_and(|c| c != "NAT") && !layout::is_suppressed(o.flags) {
                                is_rate(o).then(|| reference_value(&refs, o, &rest)).flatten().map(|nat| o.value - nat)
                            } else { None };
                            tr {
                                td {
                                    a href={ "/indicators#" (dataset) } title="definition and source" { (cat.variable_label(dataset, variable)) }
                                    " " span.muted.small { (variable) }
                                    @if !o.breakdown.is_empty() { br; span.small.muted { (o.breakdown_key()) } }
                                }
                                td { (group_label(&o.group)) }
                                td { (o.period) }
                                td.num { (value_cell(o)) @if let Some(u) = &o.unit { " " span.small.muted { (u) } } }
                                td.num { @if let Some(g) = gap { (if g >= 0.0 { "+" } else { "" }) (num(g, 1)) } }
                                td.small { a href={ "/data#source-" (code) } { (r.source) } }
                            }
                        }
                        @if rows.len() > 40 {
                            tr { td colspan="6" .muted.small { (rows.len() - 40) " more rows in the " a href={ "/api/v1/observations?geo=" (code) "&dataset=" (dataset) "&variable=" (variable) "&latest=true&format=csv" } { "CSV download" } } }
                        }
                    }
                }
            }
        }
    }
}

/// National figures by citizenship: nationals first as the reference, then the others.
fn national(cat: &catalogue::Catalogue, rows: &[ObservationRow], country: &str) -> Markup {
    let mut by: BTreeMap<(String, String), BTreeMap<String, Vec<&ObservationRow>>> =
        BTreeMap::new();
    for r in rows {
        let o = &r.observation;
        if o.group.get(Dimension::Citizenship).is_none() {
            continue;
        }
        by.entry((o.dataset.clone(), o.variable.clone()))
            .or_default()
            .entry(rest_key(o))
            .or_default()
            .push(r);
    }
    html! {
        @for ((dataset, variable), rests) in &by {
            // The breakdown with the most groups, preferring both sexes together.
            @let best = rests.iter().max_by_key(|(k, v)| (!k.contains("sex="), v.len(), std::cmp::Reverse((*k).clone())));
            @if let Some((_, list)) = best {
                @let first = &list[0].observation;
                @let nat_obs = list.iter().find(|r| r.observation.group.get(Dimension::Citizenship) == Some("NAT")).map(|r| &r.observation);
                @let nat = nat_obs.filter(|n| is_rate(n)).map(|n| (n.value, n.period));
                @let sorted: Vec<&&ObservationRow> = { let mut v: Vec<&&ObservationRow> = list.iter().collect(); v.sort_by_key(|r| (r.observation.group.get(Dimension::Citizenship) != Some("NAT"), r.observation.group.key())); v };
                @let marks: Vec<Mark> = sorted.iter().take(8).map(|r| Mark {
                    label: group_label(&r.observation.group),
                    value: (!layout::is_suppressed(r.observation.flags)).then_some(r.observation.value),
                    interval: None,
                    note: "suppressed".into(),
                    reference: r.observation.group.get(Dimension::Citizenship) == Some("NAT"),
                }).collect();
                h3 id=(dataset) { (cat.variable_label(dataset, variable)) ", " (country) ", " (first.period) }
                figure {
                    (layout::svg(&charts::horizontal(
                        &format!("nat-{dataset}"),
                        &format!("{} in {country}, {}, by citizenship", cat.variable_label(dataset, variable), first.period),
                        "Dot chart: nationals (square, the reference) and other citizenship groups (dots); the table gives the values and the gap.",
                        &marks, "", 1, true)))
                    figcaption { "Source: " (list[0].source) ". " a href={ "/indicators#" (dataset) } { "Definition" } }
                }
                table {
                    thead { tr { th { "Group" } th.num { "Value" } th.num { "Gap to nationals" } } }
                    tbody {
                        @for r in &sorted {
                            @let o = &r.observation;
                            tr {
                                td { (group_label(&o.group)) }
                                td.num { (value_cell(o)) }
                                td.num { @if let (Some((n, period)), false) = (nat, o.group.get(Dimension::Citizenship) == Some("NAT") || layout::is_suppressed(o.flags)) { @if period == o.period { @let g = o.value - n; (if g >= 0.0 { "+" } else { "" }) (num(g, 1)) } } }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Whether `who` may see an estimate. A draft belongs to the place it is about: it is
/// shown to those who may read that place's drafts ([`Action::ReadDrafts`] for its geo).
/// A national estimate (geo = the country) is therefore a draft of the country, not of
/// each of its cities: it is seen by administrators and network/national viewers, and by
/// a city's editors and approvers only once it is published — it is not their city's
/// figure, and they cannot publish it.
fn estimate_visible(who: &Principal, e: &store::estimates::StoredEstimate) -> bool {
    e.status == "published" || allowed(who, Action::ReadDrafts, Some(e.geo.as_str()))
}

fn estimates_section(estimates: &[store::estimates::StoredEstimate]) -> Markup {
    // Already filtered by [`estimate_visible`].
    let shown: Vec<&store::estimates::StoredEstimate> = estimates.iter().collect();
    let marks: Vec<Mark> = shown
        .iter()
        .take(12)
        .map(|e| Mark {
            label: format!(
                "{} · {}",
                e.variable.replace('_', " "),
                group_label(&PopulationGroup::parse_key(&e.grp).unwrap_or_default())
            ),
            value: e.value,
            interval: e.ci_lower.zip(e.ci_upper),
            note: format!("suppressed ({})", e.suppression),
            reference: e.grp.contains("citizen=NAT"),
        })
        .collect();
    html! {
        @if !shown.is_empty() {
            h2 { "Computed indicators (survey estimates)" }
            p.muted.small { "Estimated from weighted microdata with 95% confidence intervals; cells too small to publish are shown as suppressed, low reliability is flagged." }
            figure {
                (layout::svg(&charts::horizontal("est", "Survey estimates with 95% confidence intervals", "Dots with horizontal lines for the confidence intervals; suppressed cells are written out.", &marks, "", 1, true)))
            }
            table {
                thead { tr { th { "Indicator" } th { "Group" } th { "Period" } th.num { "Estimate" } th.num { "95% CI" } th.num { "Gap" } th { "Reliability" } th { "Status" } } }
                tbody {
                    @for e in &shown {
                        tr {
                            td { a href="/indicators" { (e.variable.replace('_', " ")) } }
                            td { (group_label(&PopulationGroup::parse_key(&e.grp).unwrap_or_default())) }
                            td { (e.period) }
                            td.num { @match e.value { Some(v) => (num(v, 1)), None => span.suppressed { "suppressed" } } }
                            td.num { @if let (Some(a), Some(b)) = (e.ci_lower, e.ci_upper) { (num(a, 1)) "–" (num(b, 1)) } }
                            td.num { @if let Some(g) = e.gap { (num(g, 1)) } }
                            td { @if e.reliability == "u" { span.flag.u title="low reliability" { "u" } } @else { "ok" }
                                 @if e.suppression != "published" { " " span.suppressed { (e.suppression) ": " (e.suppression_reason) } } }
                            td { span class={ "badge " (e.status) } { (e.status) } }
                        }
                    }
                }
            }
        }
    }
}

fn peers_section(
    peer_set: Option<&peers::PeerSet>,
    cities: Option<&peers::Cities>,
    state: &AppState,
    code: &str,
) -> Markup {
    let Some(ps) = peer_set else {
        return html! { p.muted { "No peers: the city has too few context figures to be compared." } };
    };
    let bench = cities.and_then(|c| {
        state
            .db
            .read(|s| {
                Ok(c.benchmark(
                    s,
                    code,
                    &peers::Indicator::Feature(peers::Feature::ForeignBornShare),
                    &peers::PeerQuery::default(),
                    None,
                )
                .ok())
            })
            .ok()
            .flatten()
    });
    html! {
        p.muted.small { "The " (ps.peers.len()) " most similar cities by " (ps.features.iter().map(|f| f.feature.info().label.clone()).collect::<Vec<_>>().join(", ")) ". " @if let Some(n) = &ps.note { (n) } }
        table {
            thead { tr { th { "#" } th { "City" } th { "Why similar" } th.num { "Distance" } } }
            tbody {
                @for p in &ps.peers {
                    tr {
                        td { (p.rank) }
                        td { a href={ "/cities/" (p.city.code) } { (p.city.name) } " " span.muted.small { (p.city.country) } }
                        td.small { (p.explanation) }
                        td.num { (num(p.distance, 2)) }
                    }
                }
            }
        }
        (downloads(&format!("/api/v1/cities/{code}/peers")))
        @if let Some(b) = bench {
            h3 { "Benchmark: " (b.indicator.label) }
            @let marks: Vec<Mark> = { let mut v: Vec<Mark> = vec![Mark { label: format!("{} (this city)", b.city.city.name), value: b.city.value, interval: None, note: "no data".into(), reference: true }]; v.extend(b.peers.iter().map(|p| Mark { label: p.city.name.clone(), value: p.value, interval: None, note: "no data".into(), reference: false })); v };
            figure {
                (layout::svg(&charts::horizontal("bench", &format!("{} of the city and its peers", b.indicator.label), "Bars: the city (black, first) and each peer (blue); values are written beside the bars.", &marks, "", 1, false)))
                figcaption { (b.sentence) }
            }
            @if let Some(s) = &b.summary {
                p.small { "Peers: median " (num(s.median, 1)) ", quartiles " (num(s.q1, 1)) "–" (num(s.q3, 1)) " (" (s.n) " cities). "
                    @if let Some(pos) = &b.position { (pos.text) } }
            }
            (downloads(&format!("/api/v1/cities/{code}/benchmark?indicator=foreign_born_share")))
        }
    }
}

fn drafts_section(state: &AppState, code: &str) -> Result<Markup, AppError> {
    let (values, subs) = state.db.read(|s| {
        Ok((
            s.unpublished_values(code)?,
            s.submissions(Some(code), None)?,
        ))
    })?;
    let open: Vec<_> = subs
        .iter()
        .filter(|s| s.status != store::submissions::Status::Published)
        .collect();
    Ok(html! {
        h2 { "Unpublished figures of this city" }
        p.muted.small { "Only you and others with a role for this city see these: they are not public until an approver publishes them." }
        @if open.is_empty() { p { "No open submissions. " a href="/data" { "Upload figures" } } }
        @else {
            ul { @for s in &open { li { a href={ "/submissions/" (s.id) } { "Submission " (s.id) } " — " span class={ "badge " (s.status.as_str()) } { (s.status.as_str()) } " " (s.file_name) ", " (s.values) " values" } } }
        }
        @if !values.is_empty() {
            table {
                thead { tr { th { "Submission" } th { "Indicator" } th { "Group" } th { "Period" } th.num { "Value" } th { "Status" } } }
                tbody {
                    @for v in values.iter().take(200) {
                        tr {
                            td { a href={ "/submissions/" (v.submission) } { (v.submission) } }
                            td { (v.observation.dataset) " / " (v.observation.variable) }
                            td { (group_label(&v.observation.group)) }
                            td { (v.observation.period) }
                            td.num { (value_cell(&v.observation)) }
                            td { span class={ "badge " (v.status.as_str()) } { (v.status.as_str()) } }
                        }
                    }
                }
            }
        }
    })
}

#[cfg(test)]
mod gap_tests {
    use super::*;

    fn obs(citizen: &str, period: &str, value: f64, unit: Option<&str>) -> ObservationRow {
        let mut group = PopulationGroup::total();
        group.set(Dimension::Citizenship, citizen);
        ObservationRow {
            geo_name: "Osijek".into(),
            source: "test".into(),
            observation: Observation {
                dataset: "osijek_services".into(),
                variable: "clients".into(),
                geo: model::GeoCode::new("HR004C"),
                group,
                breakdown: Default::default(),
                period: model::Period::parse(period).unwrap(),
                value,
                unit: unit.map(str::to_string),
                flags: Default::default(),
            },
        }
    }

    /// Issue 11, finding 8: head counts have no gap ("−89 720 residents"), and a rate is
    /// compared with the nationals' rate of its own year only.
    #[test]
    fn a_gap_is_a_difference_of_rates_of_the_same_year() {
        let gap = |o: &ObservationRow, refs: &[&ObservationRow]| {
            let o = &o.observation;
            is_rate(o)
                .then(|| reference_value(refs, o, &rest_key(o)))
                .flatten()
                .map(|n| o.value - n)
        };
        let (nat, nat_old) = (
            obs("NAT", "2024", 70.0, Some("PC")),
            obs("NAT", "2023", 60.0, Some("PC")),
        );
        let refs = [&nat, &nat_old];
        assert_eq!(
            gap(&obs("NEU27_2020_FOR", "2024", 55.5, Some("PC")), &refs),
            Some(-14.5)
        );
        assert_eq!(
            gap(&obs("NEU27_2020_FOR", "2023", 50.0, Some("PC")), &refs),
            Some(-10.0)
        );
        assert_eq!(
            gap(&obs("NEU27_2020_FOR", "2022", 50.0, Some("PC")), &refs),
            None,
            "no nationals' figure of 2022"
        );
        let (count_nat, count) = (
            obs("NAT", "2024", 1200.0, Some("NR")),
            obs("FOR", "2024", 4321.5, Some("NR")),
        );
        assert_eq!(
            gap(&count, &[&count_nat]),
            None,
            "a difference of head counts"
        );
        assert_eq!(gap(&obs("FOR", "2024", 4321.5, None), &[&count_nat]), None);
    }
}
