//! Compare 2–6 cities side by side: their context features as a table, bar charts of the
//! main ones and the foreign-born share over time.

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
use model::Geography;

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
                return Err(AppError::bad(format!(
                    "'{n}' matches several cities: {}; use a code",
                    v.iter()
                        .take(8)
                        .map(|g| format!("{} ({})", g.name, g.code))
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
            Search::Suggestions(v) => {
                return Err(AppError::new(
                    crate::ErrorCode::UnknownGeography,
                    format!(
                        "no city '{n}'{}",
                        if v.is_empty() {
                            String::new()
                        } else {
                            format!(
                                "; did you mean {}?",
                                v.iter()
                                    .map(|g| g.name.clone())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            )
                        }
                    ),
                ));
            }
        }
    }
    if out.len() > 6 {
        return Err(AppError::bad("compare up to 6 cities at a time"));
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
                "Compare cities",
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
            label.sr-only for="cities" { "Cities, separated by commas" }
            input #cities type="search" name="cities" value=(typed) list="city-names" placeholder="2 to 6 cities, separated by commas: Osijek, Košice, Graz";
            button type="submit" { "Compare" }
        }
        datalist #city-names { @for g in &all { option value=(g.name) {} } }
    };
    if chosen.len() < 2 {
        return Ok(html! {
            h1 { "Compare cities" }
            p.lead { "Put 2 to 6 cities side by side: size, migrant population, its change, employment and the Quality of Life survey." }
            (form)
            @if chosen.len() == 1 { p.notice { "Add at least one more city to " (chosen[0].name) "." } }
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
                note: "no data".into(),
                reference: false,
            })
            .collect();
        charts::horizontal(
            &format!("cmp-{}", info.name),
            &format!("{} ({})", info.label, info.unit),
            &format!(
                "Bar chart of {} for {} cities; the table above gives the values and years.",
                info.label,
                chosen.len()
            ),
            &marks,
            "",
            decimals,
            false,
        )
    };
    let trends: Vec<(String, Vec<(f64, f64)>)> = chosen
        .iter()
        .zip(&profiles)
        .filter_map(|(g, p)| {
            p.map(|p| {
                (
                    g.name.clone(),
                    p.foreign_born_history
                        .iter()
                        .map(|y| (f64::from(y.year), y.share))
                        .collect(),
                )
            })
        })
        .filter(|(_, v): &(String, Vec<(f64, f64)>)| !v.is_empty())
        .collect();
    Ok(html! {
        h1 { "Compare: " (typed) }
        (form)
        table {
            thead { tr { th { "Feature" } @for g in chosen { th.num { a href={ "/cities/" (g.code) } { (g.name) } } } } }
            tbody {
                @for f in features {
                    @let info = f.info();
                    tr {
                        td { (info.label) " " span.muted.small { "(" (info.unit) ")" } }
                        @for p in &profiles {
                            td.num {
                                @match p.map(|p| p.get(f)) {
                                    Some(v) if v.value.is_some() => {
                                        (layout::auto(v.value.unwrap_or_default()))
                                        @if let Some(y) = v.years.last() { " " span.muted.small { "(" (y) ")" } }
                                    }
                                    Some(v) => span.suppressed title=(v.missing.clone().unwrap_or_default()) { "no data" },
                                    None => span.suppressed { "no profile" },
                                }
                            }
                        }
                    }
                }
                tr { td { "Context type" } @for p in &profiles { td.num { (p.and_then(|p| p.context_type.as_ref()).map(|t| t.label.clone()).unwrap_or_default()) } } }
            }
        }
        (downloads(&format!("/api/v1/compare?cities={codes}")))
        div.columns {
            figure { (layout::svg(&bar(peers::Feature::ForeignBornShare, 1))) }
            figure { (layout::svg(&bar(peers::Feature::Population, 0))) }
        }
        @if !trends.is_empty() {
            figure {
                (layout::svg(&charts::lines("cmp-trend", "Foreign-born share over time (%)", "One line per city, each with its own dash pattern and a label at its end.", &trends, "%", 1)))
                figcaption { "Eurostat urb_cpopcb and urb_cpop1. Cities without a line have no foreign-born figures." }
            }
        }
        p.small.muted { "Values per feature: " (num(features.len() as f64, 0)) " features from the peers catalogue; definitions on the " a href="/indicators#features" { "indicator page" } "." }
    })
}
