//! A city's public-opinion page (issue 14, deliverable 5): `/cities/{code}/opinion` shows
//! the survey items of `catalogue/peers/opinion.toml` — the Quality of Life in European
//! Cities 2023 questions about immigrants, minorities, trust, safety, jobs and housing —
//! for the city and its peers among the cities the survey covered, each figure in a table whose caption gives the question's
//! wording and its source. The figures, intervals and tests are `peers::opinion`'s; this
//! module reads the peers, calls it once and renders.

use crate::auth::Principal;
use crate::cache::cached;
use crate::layout::{self, num};
use crate::{AppError, AppState, ErrorCode};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use maud::{Markup, html};
use peers::opinion::{Difference, Figures, ItemOpinion, Opinion, Share, Verdict};

pub async fn page(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    crate::blocking::run(move || {
        let geo = super::city::geography(&state, &code)?;
        let key = format!("/cities/{code}/opinion");
        cached(
            &state,
            &key,
            who.is_public(),
            &headers,
            "text/html; charset=utf-8",
            || {
                let opinion = build(&state, geo.code.as_str())?;
                let name = crate::locale::place_name(geo.code.as_str(), &geo.name);
                let title = t!("opinion-title", city = &name);
                let own = super::surveys::city_trends(&state, geo.code.as_str(), &name)?;
                Ok(layout::page(&title, &who, body(&opinion, &name, own))
                    .into_string()
                    .into_bytes())
            },
        )
    })
    .await
}

/// The opinion items of the web's catalogue for the city and its peers among the surveyed
/// cities.
fn build(state: &AppState, code: &str) -> Result<Opinion, AppError> {
    let cities = state.peers.get(state)?;
    state.db.read(|s| {
        peers::ensure_city(s, &cities, code)
            .and_then(|()| {
                cities.opinion(
                    s,
                    code,
                    &peers::PeerQuery::default(),
                    &state.config.catalogue.opinion,
                )
            })
            .map_err(|e| AppError::new(ErrorCode::NotFound, e.to_string()))
    })
}

fn body(o: &Opinion, name: &str, own_surveys: Markup) -> Markup {
    let code = o.city.code.as_str();
    html! {
        p.muted.small {
            a href="/" { (t!("city-breadcrumb-cities")) } " › "
            a href={ "/cities/" (code) } { (name) }
        }
        h1 { (t!("opinion-title", city = name)) }
        p.lead { (t!("opinion-intro", city = name)) }
        (peers_intro(o, name))
        (method())
        @for item in &o.items {
            (item_section(item, name))
        }
        (own_surveys)
        p { a href={ "/cities/" (code) } { (t!("opinion-back", city = name)) } }
    }
}

/// The public-opinion items on a city's profile, in place of the survey's hundreds of
/// answer rows: each question's wording, the city's share with its interval and n, and how
/// many peers answered higher, lower or alike, with the link to the whole page. Nothing
/// when the survey did not cover the city.
pub fn profile_section(state: &AppState, code: &str, name: &str) -> Result<Markup, AppError> {
    let Ok(o) = build(state, code) else {
        return Ok(html! {});
    };
    if o.items.iter().all(|i| i.city.share.is_none()) {
        return Ok(html! {});
    }
    Ok(html! {
        h3 id="public-opinion" { (t!("opinion-profile-heading")) }
        table {
            caption { (t!("opinion-profile-caption", city = name)) }
            thead { tr {
                th scope="col" { (t!("opinion-profile-col-question")) }
                th.num scope="col" { (t!("opinion-profile-col-share")) }
                th.num scope="col" { (t!("opinion-col-interval")) }
                th.num scope="col" { (t!("opinion-col-n")) }
                th scope="col" { (t!("opinion-profile-col-peers")) }
            } }
            tbody {
                @for it in &o.items {
                    @let item = &it.item;
                    tr {
                        th scope="row" {
                            (item_text(item, "wording", &item.wording)) br;
                            span.small.muted { "“" (item_text(item, "answer", &item.answer_label)) "” · " (item_text(item, "source", &item.source)) }
                        }
                        (share_cells(it.city.share.as_ref()))
                        td.small { (peer_count(it)) }
                    }
                }
            }
        }
        p.small { a href={ "/cities/" (code) "/opinion" } { (t!("opinion-profile-more", city = name)) } " " (t!("opinion-profile-downloads")) }
    })
}

/// How the peers' shares stand to the city's, counted.
fn peer_count(it: &ItemOpinion) -> String {
    let count = |v: Verdict| {
        it.peers
            .iter()
            .filter(|p| p.difference.is_some_and(|d| d.verdict == v))
            .count()
    };
    let compared = it.peers.iter().filter(|p| p.difference.is_some()).count();
    if compared == 0 {
        return t!("opinion-no-comparison");
    }
    t!(
        "opinion-profile-peers",
        higher = count(Verdict::Higher),
        lower = count(Verdict::Lower),
        same = count(Verdict::NoClearDifference),
        compared = compared
    )
}

fn peers_intro(o: &Opinion, name: &str) -> Markup {
    let features = o
        .peer_features
        .iter()
        .map(|f| super::city::feature_label(*f))
        .collect::<Vec<_>>()
        .join(", ");
    let count = o.items.first().map_or(0, |i| i.peers.len());
    html! {
        @if count == 0 {
            p.muted.small { (t!("opinion-peers-none", city = name)) }
        } @else {
            p.muted.small { (t!("opinion-peers-intro", count = count, city = name, features = features)) }
        }
    }
}

/// What the intervals and verdicts are, and what they are not.
fn method() -> Markup {
    html! {
        section.note aria-labelledby="opinion-method" {
            h2 id="opinion-method" { (t!("opinion-method-title")) }
            p.small { (t!("opinion-method-base")) }
            p.small { (t!("opinion-method-interval")) }
            p.small { (t!("opinion-method-difference")) }
        }
    }
}

/// An item's text in the reader's language (the catalogue's English otherwise).
fn item_text(item: &catalogue::OpinionItem, part: &str, english: &str) -> String {
    crate::locale::catalogue(&["opinion", &item.id, part], english)
}

fn item_section(it: &ItemOpinion, name: &str) -> Markup {
    let item = &it.item;
    let wording = item_text(item, "wording", &item.wording);
    let answer = item_text(item, "answer", &item.answer_label);
    let source = item_text(item, "source", &item.source);
    let heading = format!("opinion-{}", item.id);
    html! {
        section aria-labelledby=(heading) {
            h2 id=(heading) { (wording) }
            @if it.city.share.is_none() {
                p.muted { (t!("opinion-no-survey", city = name)) }
            }
            table {
                caption { (t!("opinion-caption", answer = &answer, variable = &item.variable, source = &source)) }
                thead {
                    tr {
                        th scope="col" { (t!("opinion-col-city")) }
                        th.num scope="col" { (t!("opinion-col-share", answer = &answer)) }
                        th.num scope="col" { (t!("opinion-col-interval")) }
                        th.num scope="col" { (t!("opinion-col-n")) }
                        th.num scope="col" { (t!("opinion-col-dont-know")) }
                        th scope="col" { (t!("opinion-col-compared", city = name)) }
                        th scope="col" { (t!("opinion-col-source")) }
                    }
                }
                tbody {
                    (row(&it.city, item, &source, html! { (t!("opinion-this-city")) }, true))
                    @for p in &it.peers {
                        (row(&p.figures, item, &source, verdict(p.difference.as_ref(), p.figures.share.is_some()), false))
                    }
                }
            }
        }
    }
}

/// One city's row: its name, figures, the comparison with the city, and the source.
fn row(
    f: &Figures,
    item: &catalogue::OpinionItem,
    source: &str,
    compared: Markup,
    own: bool,
) -> Markup {
    let code = f.city.code.as_str();
    let name = crate::locale::place_name(code, &f.city.name);
    let variable = item.variable.as_str();
    let api = format!(
        "/api/v1/observations?geo={code}&dataset={}&variable={variable}",
        item.dataset
    );
    html! {
        tr.highlight[own] {
            th scope="row" {
                @if own { (name) } @else { a href={ "/cities/" (code) "/opinion" } { (name) } }
                " " span.muted.small { (f.city.country) }
            }
            (share_cells(f.share.as_ref()))
            td.num { (f.dont_know.map_or_else(|| "—".to_string(), |v| num(v, 1))) }
            td.small { (compared) }
            td.small { (source) " · " a href=(api) { (variable) } }
        }
    }
}

fn share_cells(s: Option<&Share>) -> Markup {
    html! {
        @match s {
            Some(s) => {
                td.num { (num(s.percent, 1)) }
                td.num { (t!("opinion-interval", lower = num(s.lower, 1), upper = num(s.upper, 1))) }
                td.num { (crate::locale::integer(i64::try_from(s.n).unwrap_or(i64::MAX))) }
            }
            None => {
                td.num { (t!("opinion-not-surveyed")) }
                td.num { "—" }
                td.num { "—" }
            }
        }
    }
}

/// A peer against the city, in words, with the difference and its p-value.
fn verdict(d: Option<&Difference>, surveyed: bool) -> Markup {
    let Some(d) = d else {
        return html! { @if surveyed { (t!("opinion-no-comparison")) } @else { "—" } };
    };
    let points = super::city::signed(d.points, 1);
    let p = if d.p_value < 0.001 {
        t!("opinion-p-below", p = num(0.001, 3))
    } else {
        t!("opinion-p", p = num(d.p_value, 3))
    };
    let text = match d.verdict {
        Verdict::Higher => t!("opinion-verdict-higher", points = points, p = p),
        Verdict::Lower => t!("opinion-verdict-lower", points = points, p = p),
        Verdict::NoClearDifference => t!("opinion-verdict-none", points = points, p = p),
    };
    html! { (text) }
}
