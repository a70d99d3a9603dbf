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
    state.db.read(|s| Ok(s.geography(code)?))?.ok_or_else(|| {
        AppError::new(
            ErrorCode::UnknownGeography,
            t!("city-unknown-place", code = code),
        )
    })
}

/// A readable label of a population group ("everybody" for the total), in English: the
/// API's `group_label`. Pages show [`group_name`].
pub fn group_label(g: &PopulationGroup) -> String {
    if g.is_total() {
        "everybody".into()
    } else {
        g.describe()
    }
}

/// A population group as a page names it, in the reader's language: `model`'s
/// `PopulationGroup::describe` ("non-EU citizens, women, 20–64"), part by part, with
/// "everybody" for the total.
pub fn group_name(g: &PopulationGroup) -> String {
    if g.is_total() {
        return t!("city-group-everybody");
    }
    g.dimensions()
        .map(|(d, c)| group_part(d, c))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One dimension of a group in words (`model::group`'s labels, translated).
fn group_part(d: Dimension, code: &str) -> String {
    use model::group::{AgeBand, Origin, PermitReason, Sex};
    match d {
        Dimension::Citizenship => match Origin::from_code(code) {
            Origin::Reporting => t!("city-group-nationals"),
            Origin::EuMobile => t!("city-group-eu-citizens"),
            Origin::ThirdCountry => t!("city-group-non-eu-citizens"),
            Origin::Foreign => t!("city-group-foreign-citizens"),
            Origin::Stateless => t!("city-group-stateless"),
            Origin::Country(c) => t!("city-group-citizens-of", country = c),
            Origin::Other(c) => t!("city-group-citizenship-code", code = c),
        },
        Dimension::CountryOfBirth => match Origin::from_code(code) {
            Origin::Reporting => t!("city-group-native-born"),
            Origin::EuMobile => t!("city-group-born-other-eu"),
            Origin::ThirdCountry => t!("city-group-born-outside-eu"),
            Origin::Foreign => t!("city-group-foreign-born"),
            Origin::Stateless => t!("city-group-stateless"),
            Origin::Country(c) => t!("city-group-born-in", country = c),
            Origin::Other(c) => t!("city-group-birth-code", code = c),
        },
        Dimension::Sex => match Sex::from_code(code) {
            Some(Sex::Female) => t!("city-group-women"),
            Some(Sex::Male) => t!("city-group-men"),
            None => code.to_string(),
        },
        // "20–64", "65+": figures, the same in every language.
        Dimension::Age => AgeBand::from_code(code)
            .map(|a| a.to_string())
            .unwrap_or_else(|| code.to_string()),
        Dimension::PermitReason => {
            let reason = match PermitReason::from_code(code) {
                Some(PermitReason::Work) => t!("city-group-permit-work"),
                Some(PermitReason::Family) => t!("city-group-permit-family"),
                Some(PermitReason::Study) => t!("city-group-permit-education"),
                Some(PermitReason::Protection) => t!("city-group-permit-protection"),
                Some(PermitReason::Other) => t!("city-group-permit-other"),
                None => code.to_string(),
            };
            t!("city-group-permit", reason = reason)
        }
        Dimension::DurationOfStay => t!("city-group-stay", code = code),
        Dimension::MigrationBackground => match code {
            "WITH" => t!("city-group-with-migration-background"),
            "WITHOUT" => t!("city-group-without-migration-background"),
            other => t!("city-group-migration-background-from", code = other),
        },
    }
}

/// A context feature's name in the reader's language (the peers' catalogue).
pub fn feature_label(f: peers::Feature) -> String {
    let info = f.info();
    crate::locale::catalogue(&["feature", &info.name, "label"], &info.label)
}

/// A context feature's definition in the reader's language.
pub fn feature_definition(f: peers::Feature) -> String {
    let info = f.info();
    crate::locale::catalogue(&["feature", &info.name, "definition"], &info.definition)
}

/// A context feature's unit in the reader's language (`inhabitants`, `% a year`).
pub fn feature_unit(f: peers::Feature) -> String {
    unit_label(&f.info().unit)
}

/// A thematic area's label in the reader's language.
pub fn area_label(area: &catalogue::Area) -> String {
    crate::locale::catalogue(&["area", &area.id], &area.label)
}

/// A variable's name for people in the reader's language: the translation of the label
/// the catalogue resolves it to, in `Catalogue::variable_label`'s order (its table's
/// variable, its table's `other_variables` with the code, another table naming the code,
/// `catalogue.toml`'s `[labels]`), else the catalogue's English.
pub fn variable_label(cat: &catalogue::Catalogue, dataset: &str, variable: &str) -> String {
    let english = cat.variable_label(dataset, variable);
    if crate::locale::lang() == crate::locale::Lang::En {
        return english;
    }
    let names = |t: &catalogue::Table| t.variables.iter().any(|v| v.code == variable);
    let own = cat.table(dataset);
    if let Some(t) = own.filter(|t| names(t)) {
        return crate::locale::catalogue(&["variable", &t.dataset, variable], &english);
    }
    if let Some((t, template)) = own.and_then(|t| t.other_variables.as_ref().map(|o| (t, o))) {
        return crate::locale::catalogue(&["table", &t.dataset, "other_variables"], template)
            .replace("{code}", variable);
    }
    if let Some(t) = cat.tables.iter().find(|t| names(t)) {
        return crate::locale::catalogue(&["variable", &t.dataset, variable], &english);
    }
    crate::locale::catalogue(&["label", variable], &english)
}

/// A unit in the reader's language: units written in words (`inhabitants`, `% a year`)
/// have a catalogue text (`unit`, the unit); symbols and codes (`%`, `EUR`) are the same
/// in every language.
pub fn unit_label(unit: &str) -> String {
    let unit = unit.trim();
    if unit.chars().any(char::is_lowercase) {
        crate::locale::catalogue(&["unit", unit], unit)
    } else {
        unit.to_string()
    }
}

/// `+1.5` for a gain, `−1.5` for a loss: a difference in the reader's format, with the
/// typographic minus sign (U+2212; CLDR's number gives the hyphen-minus), as every one of
/// the seven languages prints a negative difference.
pub(crate) fn signed(v: f64, decimals: usize) -> String {
    let n = num(v, decimals);
    match n.strip_prefix('-') {
        // A difference that rounds to zero has no sign.
        Some(rest) if !rest.chars().any(|c| c.is_ascii_digit() && c != '0') => rest.to_string(),
        Some(rest) => format!("\u{2212}{rest}"),
        None if v >= 0.0 => format!("+{n}"),
        None => n,
    }
}

/// The place of a rank as the reader's language writes it in figures: `3rd` in English,
/// `3.` in German, Czech, Slovak and Croatian, `3°` in Italian, `3-то` in Bulgarian (the
/// neuter of "място", place). Used by `city-benchmark-rank-*`.
fn ordinal(n: usize) -> String {
    use crate::locale::Lang;
    match crate::locale::lang() {
        Lang::En => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
        Lang::It => format!("{n}°"),
        Lang::Bg => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=19) | (0, _) => "о",
                (1, _) => "во",
                (2, _) => "ро",
                (7 | 8, _) => "мо",
                _ => "то",
            };
            format!("{n}-{suffix}")
        }
        Lang::De | Lang::Hr | Lang::Sk | Lang::Cs => format!("{n}."),
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
    let (rows, population, country, country_rows, estimates) = state.db.read(|s| {
        let rows = s.observations(&SeriesFilter {
            geo: Some(code.to_string()),
            latest_only: true,
            ..Default::default()
        })?;
        // The headline needs the year before the newest (a break may set the newest aside).
        let population = s.observations(&SeriesFilter {
            geo: Some(code.to_string()),
            dataset: Some("urb_cpop1".into()),
            variable: Some("DE1001V".into()),
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
        Ok((rows, population, country, country_rows, estimates))
    })?;
    let cities = state.peers.get(state).ok();
    let profile = cities.as_ref().and_then(|c| c.profile(code).ok().cloned());
    let peer_set = cities
        .as_ref()
        .and_then(|c| c.peers(code, &peers::PeerQuery::default()).ok());
    let country_name = country
        .as_ref()
        .map(|c| crate::locale::place_name(c.code.as_str(), &c.name))
        .or_else(|| country_code.clone())
        .unwrap_or_default();
    let series = latest(rows);

    Ok(html! {
        p.muted.small { a href="/" { (t!("city-breadcrumb-cities")) } " › " (country_name) }
        h1 { (crate::locale::place_name(geo.code.as_str(), &geo.name)) }
        p.lead {
            (level_label(geo.level)) " · " (t!("city-code")) " " code { (code) }
            @if let Some(p) = &profile { @if let Some(t) = &p.context_type { " · " (t!("city-context-type")) " " strong { (city_report::context_type_label(crate::locale::lang(), &t.label)) } (weak_fit(t)) } }
            " · " a href={ "/compare?cities=" (code) } { (t!("city-compare-link")) }
            // The survey of public opinion covers Urban Audit cities; a town's page has none.
            @if geo.level == GeoLevel::City { " · " a href={ "/cities/" (code) "/opinion" } { (t!("opinion-profile-link")) } }
            " · " a href={ "/cities/" (code) "/report" } { (t!("report-profile-link")) }
            @if !state.db.read(|s| Ok(s.boundary_sets(Some(code))?))?.is_empty() {
                " · " a href={ "/neighbourhoods/" (code) } { (t!("city-neighbourhood-map-link")) }
            }
        }
        @if geo.level == GeoLevel::Municipality && profile.is_none() {
            p.notice { (t!("city-municipality-no-profile", name = crate::locale::place_name(code, &geo.name))) " " a href="/data" { (t!("city-municipality-upload-link")) } " · " a href="/data/tidy" { (t!("data-tidy-guide-link")) } }
        } @else {
            (context(profile.as_ref(), latest_population(&population)))
        }
        h2 { (t!("city-indicators-title")) }
        p.muted.small {
            (t!("city-indicators-intro")) " "
            a href="/indicators" { (t!("city-indicators-intro-link")) } " " (t!("city-indicators-intro-after"))
        }
        (flag_legend())
        (city_indicators(&state.config.catalogue, code, &series))
        (super::opinion::profile_section(state, code, &crate::locale::place_name(code, &geo.name))?)
        (downloads(&format!("/api/v1/observations?geo={code}&latest=true")))
        @if !country_rows.is_empty() {
            h2 { (t!("city-national-title", country = &country_name)) }
            p.muted.small { (t!("city-national-intro")) }
            (national(&state.config.catalogue, &country_rows, &country_name))
            (downloads(&format!("/api/v1/observations?geo={}&dataset=lfsa_ergan&latest=true", country_code.clone().unwrap_or_default())))
        }
        (super::services::city_section(state, code)?)
        @if !estimates.is_empty() {
            (estimates_section(&estimates))
        }
        (super::outlook::section(&super::outlook::items(state, geo)?, code))
        h2 id="peers" { (t!("city-peers-title")) }
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

fn level_label(l: GeoLevel) -> String {
    match l {
        GeoLevel::City => t!("city-level-city"),
        GeoLevel::Municipality => t!("city-level-municipality"),
        GeoLevel::GreaterCity => t!("city-level-greater-city"),
        GeoLevel::FunctionalUrbanArea => t!("city-level-functional-urban-area"),
        GeoLevel::Country => t!("city-level-country"),
        _ => t!("city-level-place"),
    }
}

/// A size class as the context card writes it: the code (S, M, …; the same in every
/// language), or "under 50k" in words.
fn size_class(sc: peers::SizeClass) -> String {
    match sc {
        peers::SizeClass::Under50k => t!("city-size-class-under-50k"),
        other => serde_json::to_value(other)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default(),
    }
}

/// " (a weak fit: unlike its type in …)" when the type's label names a trait the city
/// does not have; nothing otherwise.
fn weak_fit(t: &peers::TypeRef) -> Markup {
    if t.unlike.is_empty() {
        return html! {};
    }
    let features: Vec<String> = t.unlike.iter().map(|f| feature_label(*f)).collect();
    html! { " (" (t!("city-context-weak-fit", features = features.join(", "))) ")" }
}

/// The latest population of everybody the store holds (Eurostat `urb_cpop1` `DE1001V`):
/// the headline, which may be newer than the year the peer profile compares at.
/// A newer value Eurostat marks as a break with a jump is set aside ([`peers::headline`]).
fn latest_population(population: &[ObservationRow]) -> Option<peers::headline::Headline> {
    peers::headline::headline(
        population
            .iter()
            .map(|r| &r.observation)
            .filter(|o| o.group.is_total() && o.breakdown.is_empty()),
    )
}

fn context(profile: Option<&peers::Profile>, latest: Option<peers::headline::Headline>) -> Markup {
    let Some(p) = profile else {
        return html! { p.muted { (t!("city-no-profile")) } };
    };
    let pop = p.get(peers::Feature::Population);
    // The newest population stored, else the profile's (of its reference year).
    let (pop_value, pop_year) = match latest {
        Some(h) => (Some(h.value), Some(h.period.to_string())),
        None => (pop.value, pop.years.last().map(|y| y.to_string())),
    };
    let set_aside = latest.and_then(|h| h.set_aside);
    let fb = p.get(peers::Feature::ForeignBornShare);
    let ch = p.get(peers::Feature::ForeignBornChange5y);
    let trend: Vec<charts::Point> = p.foreign_born_history.iter().map(trend_point).collect();
    let any_estimated = trend.iter().any(|q| q.estimated);
    html! {
        div.cards {
            div.card {
                div.value { @if let Some(v) = pop_value { (num(v, 0)) } @else { "–" } }
                div.label { (t!("city-card-residents")) @if let Some(y) = &pop_year { " (" (y) ")" }
                    @if let Some(sc) = p.size_class { " · " (t!("city-card-size-class")) " " (size_class(sc)) } }
                @if let Some((v, period)) = set_aside { div.label.small { (t!("city-card-population-break", value = num(v, 0), period = period.to_string())) } }
            }
            div.card {
                div.value { @if let Some(v) = fb.value { (charts::percent(&num(v, 1))) } @else { "–" } }
                div.label { (t!("city-card-born-abroad")) @if let Some(y) = fb.years.last() { " (" (y) ")" } }
            }
            div.card {
                div.value { @if let Some(v) = ch.value { (signed(v, 1)) } @else { "–" } }
                div.label { (t!("city-card-foreign-born-change")) }
            }
            div.card {
                div.value { @if let Some(t) = &p.context_type { (city_report::context_type_label(crate::locale::lang(), &t.label)) } @else { "–" } }
                @if let Some(t) = &p.context_type { @if !t.unlike.is_empty() { div.label { (weak_fit(t)) } } }
                div.label { (t!("city-card-context-type")) " (" a href={ "/compare?cities=" (p.code) } { (t!("city-card-typology")) } ")" }
            }
        }
        @if trend.len() >= 2 {
            figure {
                (layout::svg(&charts::lines(
                    "fb-trend",
                    &t!("city-trend-chart-title", city = &p.name),
                    &t!("city-trend-chart-description", from = format!("{:.0}", trend[0].x), to = format!("{:.0}", trend[trend.len()-1].x)),
                    &[(t!("city-trend-series"), trend.clone())],
                    "%",
                    1,
                )))
                figcaption { (t!("city-trend-caption")) " " (fb.formula)
                    @if any_estimated { " " (t!("city-trend-estimated")) } }
            }
            details {
                summary { (t!("city-figures-as-table")) }
                table {
                    thead { tr { th { (t!("city-year")) } th.num { (t!("city-foreign-born-share-percent")) } } }
                    tbody { @for q in &trend { tr { td { (q.x as i64) } td.num { (num(q.y, 1)) @if q.estimated { (layout::flags(model::Flags::from(model::Flag::Estimated))) } } } } }
                }
            }
        }
        @if let Some(m) = &fb.missing { p.muted.small { (t!("city-foreign-born-missing", reason = m)) } }
    }
}

/// A year of the foreign-born share as a chart point, hollow where Eurostat estimated it.
pub(crate) fn trend_point(y: &peers::YearShare) -> charts::Point {
    charts::Point {
        x: f64::from(y.year),
        y: y.share,
        estimated: y.estimated,
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
            span.suppressed title=(t!("city-suppressed-title")) { (t!("city-suppressed")) }
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
    // By the area's English label, as before: the order of the sections is the same in
    // every language.
    let mut by_area: BTreeMap<&str, (&catalogue::Area, Vec<Series<'_>>)> = BTreeMap::new();
    for (k, v) in series {
        if cat.table(&k.0).is_some_and(|t| !t.profile.rows) {
            continue;
        }
        let area = cat.area_of(&k.0);
        by_area
            .entry(area.label.as_str())
            .or_insert_with(|| (area, Vec::new()))
            .1
            .push((k, v));
    }
    html! {
        @if series.is_empty() { p.muted { (t!("city-no-figures")) } }
        @for (area, list) in by_area.values() {
            h3 { (area_label(area)) }
            table {
                thead { tr { th { (t!("city-col-indicator")) } th { (t!("city-col-group")) } th { (t!("city-col-period")) } th.num { (t!("city-col-value")) } th.num { (t!("city-col-gap")) } th { (t!("city-col-source")) } } }
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
                                    a href={ "/indicators#" (dataset) } title=(t!("city-definition-and-source")) { (variable_label(cat, dataset, variable)) }
                                    " " span.muted.small { (variable) }
                                    // A city's own file is a dataset the catalogue does not
                                    // describe: its name tells two uploads of one figure apart.
                                    @if cat.table(dataset).is_none() { br; span.small.muted.dataset { (dataset) } }
                                    @if !o.breakdown.is_empty() { br; span.small.muted { (o.breakdown_key()) } }
                                }
                                td { (group_name(&o.group)) }
                                td { (o.period) }
                                td.num { (value_cell(o)) @if let Some(u) = &o.unit { " " span.small.muted { (u) } } }
                                td.num { @if let Some(g) = gap { (signed(g, 1)) } }
                                td.small { a href={ "/data#source-" (code) } { (r.source) } }
                            }
                        }
                        @if rows.len() > 40 {
                            tr { td colspan="6" .muted.small { (t!("city-more-rows", count = rows.len() - 40)) " " a href={ "/api/v1/observations?geo=" (code) "&dataset=" (dataset) "&variable=" (variable) "&latest=true&format=csv" } { (t!("city-more-rows-link")) } } }
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
            @if let Some((_, all)) = best {
                // One year per chart: a group whose latest figure is older (EU28 after
                // 2020, next to EU27) is not set beside the others' newer ones.
                @let latest = all.iter().map(|r| r.observation.period).max();
                @let list: Vec<&ObservationRow> = all.iter().copied().filter(|r| Some(r.observation.period) == latest).collect();
                @let first = &list[0].observation;
                @let nat_obs = list.iter().find(|r| r.observation.group.get(Dimension::Citizenship) == Some("NAT")).map(|r| &r.observation);
                @let nat = nat_obs.filter(|n| is_rate(n)).map(|n| (n.value, n.period));
                @let sorted: Vec<&&ObservationRow> = { let mut v: Vec<&&ObservationRow> = list.iter().collect(); v.sort_by_key(|r| (r.observation.group.get(Dimension::Citizenship) != Some("NAT"), r.observation.group.key())); v };
                @let marks: Vec<Mark> = sorted.iter().take(8).map(|r| Mark {
                    label: group_name(&r.observation.group),
                    value: (!layout::is_suppressed(r.observation.flags)).then_some(r.observation.value),
                    interval: None,
                    note: t!("city-suppressed"),
                    reference: r.observation.group.get(Dimension::Citizenship) == Some("NAT"),
                    unreliable: r.observation.flags.contains(model::Flag::LowReliability),
                }).collect();
                @let label = variable_label(cat, dataset, variable);
                h3 id=(dataset) { (t!("city-national-heading", indicator = &label, country = country, period = first.period.to_string())) }
                figure {
                    (layout::svg(&charts::horizontal(
                        &format!("nat-{dataset}"),
                        &t!("city-national-chart-title", indicator = &label, country = country, period = first.period.to_string()),
                        &t!("city-national-chart-description"),
                        &marks, "", 1, true)))
                    figcaption { (t!("city-source", source = &list[0].source)) " " a href={ "/indicators#" (dataset) } { (t!("city-definition")) } }
                }
                table {
                    thead { tr { th { (t!("city-col-group")) } th.num { (t!("city-col-value")) } th.num { (t!("city-col-gap")) } } }
                    tbody {
                        @for r in &sorted {
                            @let o = &r.observation;
                            tr {
                                td { (group_name(&o.group)) }
                                td.num { (value_cell(o)) }
                                td.num { @if let (Some((n, period)), false) = (nat, o.group.get(Dimension::Citizenship) == Some("NAT") || layout::is_suppressed(o.flags)) { @if period == o.period { (signed(o.value - n, 1)) } } }
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
                group_name(&PopulationGroup::parse_key(&e.grp).unwrap_or_default())
            ),
            value: e.value,
            interval: e.ci_lower.zip(e.ci_upper),
            note: t!("city-suppressed-because", reason = &e.suppression),
            reference: e.grp.contains("citizen=NAT"),
            unreliable: e.reliability == "u",
        })
        .collect();
    html! {
        @if !shown.is_empty() {
            h2 { (t!("city-estimates-title")) }
            p.muted.small { (t!("city-estimates-intro")) }
            figure {
                (layout::svg(&charts::horizontal("est", &t!("city-estimates-chart-title"), &t!("city-estimates-chart-description"), &marks, "", 1, true)))
            }
            table {
                thead { tr { th { (t!("city-col-indicator")) } th { (t!("city-col-group")) } th { (t!("city-col-period")) } th.num { (t!("city-col-estimate")) } th.num { (t!("city-col-ci")) } th.num { (t!("city-col-gap-short")) } th { (t!("city-col-reliability")) } th { (t!("city-col-status")) } } }
                tbody {
                    @for e in &shown {
                        tr {
                            td { a href="/indicators" { (e.variable.replace('_', " ")) } }
                            td { (group_name(&PopulationGroup::parse_key(&e.grp).unwrap_or_default())) }
                            td { (e.period) }
                            td.num { @match e.value { Some(v) => (num(v, 1)), None => span.suppressed { (t!("city-suppressed")) } } }
                            td.num { @if let (Some(a), Some(b)) = (e.ci_lower, e.ci_upper) { (num(a, 1)) "–" (num(b, 1)) } }
                            td.num { @if let Some(g) = e.gap { (num(g, 1)) } }
                            td { @if e.reliability == "u" { span.flag.u title=(layout::flag_meaning(model::Flag::LowReliability)) { (model::Flag::LowReliability.letter()) } } @else { (t!("city-reliability-ok")) }
                                 @if e.suppression != "published" { " " span.suppressed { (e.suppression) ": " (e.suppression_reason) } } }
                            td { span class={ "badge " (e.status) } { (e.status) } }
                        }
                    }
                }
            }
        }
    }
}

/// The feature a profile benchmarks the city on against its peers.
const BENCHMARKED: peers::Feature = peers::Feature::ForeignBornShare;

/// Why a city has fewer peers than asked for (the peers crate's `PeerSet::note`, in the
/// reader's language): it lacks too many of the distance's features, or too few cities
/// meet the constraints and share enough features with it.
fn peers_note(ps: &peers::PeerSet, profile: Option<&peers::Profile>) -> String {
    let query = peers::PeerQuery::default();
    let total = ps.features.len();
    // The features the city has a value of, as the distance compares them (sizes on
    // their logarithm: positive values only).
    let have = profile.map_or(0, |p| {
        ps.features
            .iter()
            .filter(|w| {
                p.value(w.feature)
                    .is_some_and(|v| !w.feature.info().log || v > 0.0)
            })
            .count()
    });
    if have < query.min_shared.min(total) {
        t!(
            "city-peers-note-too-few-features",
            city = &ps.city.name,
            have = have,
            total = total
        )
    } else {
        t!(
            "city-peers-note-few-comparable",
            count = ps.comparable,
            city = &ps.city.name
        )
    }
}

/// A number in the reader's format as the peers crate writes it: the typographic minus
/// (U+2212) for a negative number, none where it rounds to zero.
fn peer_num(v: f64, decimals: usize) -> String {
    let s = num(v.abs(), decimals);
    if v < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("−{s}")
    } else {
        s
    }
}

/// A signed number in the reader's format: +2.0, −0.3; no sign where it rounds to zero
/// (as the peers crate writes it).
fn peer_signed(v: f64, decimals: usize) -> String {
    let s = peer_num(v.abs(), decimals);
    if !s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        s
    } else if v < 0.0 {
        format!("−{s}")
    } else {
        format!("+{s}")
    }
}

/// An inhabitant count as people say it, in the reader's language: 8,512 · 95k · 1.22M.
fn people(v: f64) -> String {
    if v >= 1e6 {
        t!("peers-people-millions", number = peer_num(v / 1e6, 2))
    } else if v >= 1e4 {
        t!("peers-people-thousands", number = peer_num(v / 1e3, 0))
    } else {
        peer_num(v, 0)
    }
}

/// One feature of a peer against the city, in the reader's language (the peers crate's
/// "peer vs city" texts: "95k vs 102k inhabitants").
pub(crate) fn comparison_text(c: &peers::Comparison) -> String {
    use peers::Feature as F;
    let pct = |v: f64, d: usize| charts::percent(&peer_num(v, d));
    let (a, b) = (c.peer, c.city);
    match c.feature {
        F::Population => t!("peers-why-population", peer = people(a), city = people(b)),
        F::PopulationGrowth => t!(
            "peers-why-population-growth",
            peer = charts::percent(&peer_signed(a, 1)),
            city = charts::percent(&peer_signed(b, 1))
        ),
        F::ForeignBornShare => t!(
            "peers-why-foreign-born-share",
            peer = pct(a, 1),
            city = pct(b, 1)
        ),
        F::ForeignBornChange5y | F::ForeignBornChange10y => {
            let long = c.feature == F::ForeignBornChange10y;
            let (peer, city) = (peer_signed(a, 1), peer_signed(b, 1));
            match (c.same_base_year(), c.peer_since, c.city_since) {
                (true, Some(y), _) => {
                    let year = y.to_string();
                    if long {
                        t!(
                            "peers-why-change-10y-since",
                            peer = peer,
                            city = city,
                            year = year
                        )
                    } else {
                        t!(
                            "peers-why-change-5y-since",
                            peer = peer,
                            city = city,
                            year = year
                        )
                    }
                }
                (false, Some(py), Some(cy)) => {
                    let (peer_year, city_year) = (py.to_string(), cy.to_string());
                    if long {
                        t!(
                            "peers-why-change-10y-years",
                            peer = peer,
                            peer_year = peer_year,
                            city = city,
                            city_year = city_year
                        )
                    } else {
                        t!(
                            "peers-why-change-5y-years",
                            peer = peer,
                            peer_year = peer_year,
                            city = city,
                            city_year = city_year
                        )
                    }
                }
                // A change without the year it is counted from (not expected).
                _ => {
                    if long {
                        t!("peers-why-change-10y", peer = peer, city = city)
                    } else {
                        t!("peers-why-change-5y", peer = peer, city = city)
                    }
                }
            }
        }
        F::UnemploymentProxy => t!(
            "peers-why-unemployment-proxy",
            peer = pct(a, 1),
            city = pct(b, 1)
        ),
        F::StudentsPer1000 => t!(
            "peers-why-students-per-1000",
            peer = peer_num(a, 0),
            city = peer_num(b, 0)
        ),
        F::EmployedPer100 => t!(
            "peers-why-employed-per-100",
            peer = peer_num(a, 1),
            city = peer_num(b, 1)
        ),
        F::Density => t!(
            "peers-why-density",
            peer = peer_num(a, 0),
            city = peer_num(b, 0)
        ),
        F::QolGoodForImmigrants => t!(
            "peers-why-qol-good-for-immigrants",
            peer = pct(a, 0),
            city = pct(b, 0)
        ),
    }
}

/// A feature's short name in lists of what was not compared.
fn short_name(f: peers::Feature) -> String {
    use peers::Feature as F;
    match f {
        F::Population => t!("peers-short-population"),
        F::PopulationGrowth => t!("peers-short-population-growth"),
        F::ForeignBornShare => t!("peers-short-foreign-born-share"),
        F::ForeignBornChange5y => t!("peers-short-foreign-born-change-5y"),
        F::ForeignBornChange10y => t!("peers-short-foreign-born-change-10y"),
        F::UnemploymentProxy => t!("peers-short-unemployment-proxy"),
        F::StudentsPer1000 => t!("peers-short-students"),
        F::EmployedPer100 => t!("peers-short-employment"),
        F::Density => t!("peers-short-density"),
        F::QolGoodForImmigrants => t!("peers-short-qol-good-for-immigrants"),
    }
}

/// Why a peer is similar, in the reader's language (the peers crate's `Peer::explanation`:
/// "similar: …; … — differs: … — not compared: … (no figure for …)").
fn peer_explanation(p: &peers::Peer, city: &str) -> String {
    let r = &p.reasons;
    let list = |cs: &[peers::Comparison]| {
        cs.iter()
            .map(comparison_text)
            .collect::<Vec<_>>()
            .join("; ")
    };
    let mut parts = Vec::new();
    if !r.similar.is_empty() {
        parts.push(t!("peers-why-similar", list = list(&r.similar)));
    }
    if !r.differs.is_empty() {
        parts.push(t!("peers-why-differs", list = list(&r.differs)));
    }
    if !r.not_compared.is_empty() {
        let missing = r
            .not_compared
            .iter()
            .map(|n| {
                let features = n
                    .features
                    .iter()
                    .map(|f| short_name(*f))
                    .collect::<Vec<_>>()
                    .join(", ");
                let peer = &p.city.name;
                match n.lacking {
                    peers::Lacking::Peer => {
                        t!("peers-why-no-figure", features = features, who = peer)
                    }
                    peers::Lacking::City => {
                        t!("peers-why-no-figure", features = features, who = city)
                    }
                    peers::Lacking::Both => t!(
                        "peers-why-no-figure-both",
                        features = features,
                        peer = peer,
                        city = city
                    ),
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        parts.push(t!("peers-why-not-compared", list = missing));
    }
    parts.join(" — ")
}

/// Where the city stands among itself and its peers, in words (the peers crate's
/// `Position::text`, in the reader's language).
fn position_text(b: &peers::Benchmark, pos: &peers::Position) -> String {
    let (rank, of) = (ordinal(pos.rank), crate::locale::integer(pos.of as i64));
    match b.indicator.better {
        peers::Better::Higher => t!("city-benchmark-rank-best-higher", rank = rank, of = of),
        peers::Better::Lower => t!("city-benchmark-rank-best-lower", rank = rank, of = of),
        peers::Better::Neither => t!("city-benchmark-rank-highest", rank = rank, of = of),
    }
}

/// The benchmark in one sentence (the peers crate's `Benchmark::sentence`, in the
/// reader's language and number format; parts joined by "; ").
fn benchmark_sentence(b: &peers::Benchmark, indicator: &str) -> String {
    let value = |v: f64| charts::percent(&num(v, 1));
    let city = &b.city.city.name;
    match (b.city.value, &b.summary) {
        (None, _) => t!(
            "city-benchmark-no-value",
            city = city,
            indicator = indicator
        ),
        (Some(_), None) => t!(
            "city-benchmark-no-peer-value",
            count = b.peers.len(),
            city = city,
            indicator = indicator
        ),
        (Some(v), Some(s)) => {
            let mut parts = vec![t!(
                "city-benchmark-sentence",
                indicator = indicator,
                city = city,
                value = value(v),
                median = value(s.median),
                q1 = value(s.q1),
                q3 = value(s.q3),
                min = value(s.min),
                max = value(s.max),
                count = s.n
            )];
            if let Some(p) = &b.position {
                parts.push(position_text(b, p));
            }
            if b.indicator.better != peers::Better::Neither {
                if b.better_peers.is_empty() {
                    parts.push(t!("city-benchmark-none-better"));
                } else {
                    let better = b
                        .better_peers
                        .iter()
                        .map(|p| format!("{} {}", p.city.name, value(p.value.unwrap_or(0.0))))
                        .collect::<Vec<_>>()
                        .join(", ");
                    parts.push(t!("city-benchmark-better", cities = better));
                }
            }
            parts.join("; ")
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
        return html! { p.muted { (t!("city-no-peers")) } };
    };
    let bench = cities.and_then(|c| {
        state
            .db
            .read(|s| {
                Ok(c.benchmark(
                    s,
                    code,
                    &peers::Indicator::Feature(BENCHMARKED),
                    &peers::PeerQuery::default(),
                    None,
                )
                .ok())
            })
            .ok()
            .flatten()
    });
    if ps.peers.is_empty() {
        // No "0 most similar cities" above an empty table: only why there are none.
        let why = ps
            .note
            .as_ref()
            .map(|_| peers_note(ps, cities.and_then(|c| c.profile(code).ok())))
            .unwrap_or_else(|| t!("city-no-peers"));
        return html! { p.muted { (why) } };
    }
    html! {
        p.muted.small { (t!("city-peers-intro", count = ps.peers.len(), features = ps.features.iter().map(|f| feature_label(f.feature)).collect::<Vec<_>>().join(", "))) " " @if ps.note.is_some() { (peers_note(ps, cities.and_then(|c| c.profile(code).ok()))) } }
        table {
            thead { tr { th { "#" } th { (t!("city-col-city")) } th { (t!("city-col-why-similar")) } th.num { (t!("city-col-distance")) } } }
            tbody {
                @for p in &ps.peers {
                    tr {
                        td { (p.rank) }
                        td { a href={ "/cities/" (p.city.code) } { (p.city.name) } " " span.muted.small { (p.city.country) } }
                        td.small { (peer_explanation(p, &ps.city.name)) }
                        td.num { (num(p.distance, 2)) }
                    }
                }
            }
        }
        (downloads(&format!("/api/v1/cities/{code}/peers")))
        @if let Some(b) = bench {
            @let label = feature_label(BENCHMARKED);
            h3 { (t!("city-benchmark-title", indicator = &label)) }
            @let marks: Vec<Mark> = { let mut v: Vec<Mark> = vec![Mark { label: t!("city-benchmark-this-city", city = &b.city.city.name), value: b.city.value, interval: None, note: t!("city-no-data"), reference: true, unreliable: false }]; v.extend(b.peers.iter().map(|p| Mark { label: p.city.name.clone(), value: p.value, interval: None, note: t!("city-no-data"), reference: false, unreliable: false })); v };
            figure {
                (layout::svg(&charts::horizontal("bench", &t!("city-benchmark-chart-title", indicator = &label), &t!("city-benchmark-chart-description"), &marks, "", 1, false)))
                figcaption { (benchmark_sentence(&b, &label)) }
            }
            @if let Some(s) = &b.summary {
                p.small { (t!("city-benchmark-summary", median = num(s.median, 1), q1 = num(s.q1, 1), q3 = num(s.q3, 1), count = s.n)) " "
                    @if let Some(pos) = &b.position { (position_text(&b, pos)) } }
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
        h2 { (t!("city-drafts-title")) }
        p.muted.small { (t!("city-drafts-intro")) }
        @if open.is_empty() { p { (t!("city-drafts-none")) " " a href="/data" { (t!("city-drafts-upload")) } } }
        @else {
            ul { @for s in &open { li { a href={ "/submissions/" (s.id) } { (t!("city-drafts-submission", id = s.id.to_string())) } " — " span class={ "badge " (s.status.as_str()) } { (s.status.as_str()) } " " (s.file_name) ", " (t!("city-drafts-values", count = i64::try_from(s.values).unwrap_or(i64::MAX))) } } }
        }
        @if !values.is_empty() {
            table {
                thead { tr { th { (t!("city-col-submission")) } th { (t!("city-col-indicator")) } th { (t!("city-col-group")) } th { (t!("city-col-period")) } th.num { (t!("city-col-value")) } th { (t!("city-col-status")) } } }
                tbody {
                    @for v in values.iter().take(200) {
                        tr {
                            td { a href={ "/submissions/" (v.submission) } { (v.submission) } }
                            td { (v.observation.dataset) " / " (v.observation.variable) }
                            td { (group_name(&v.observation.group)) }
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

#[cfg(test)]
mod peer_texts {
    use super::*;
    use peers::{Comparison, Feature};

    /// In English, every feature's comparison reads word for word as the peers crate's
    /// (the CLI's and the API's) text.
    #[test]
    fn english_comparisons_are_the_peers_crates() {
        let values = [
            (8_512.0, 1_221_172.0),
            (94_974.0, -0.31),
            (2.0, 0.0),
            (14.66, 1234.5),
            (-0.04, 17.25),
        ];
        let years = [
            (Some(2015), Some(2015)),
            (Some(2016), Some(2018)),
            (None, None),
        ];
        for feature in Feature::ALL {
            for (peer, city) in values {
                for (peer_since, city_since) in years {
                    let c = Comparison {
                        feature,
                        peer,
                        city,
                        peer_since,
                        city_since,
                    };
                    assert_eq!(comparison_text(&c), c.text());
                }
            }
        }
    }
}
