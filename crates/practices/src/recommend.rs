//! "Recommended for this city": practices from the city's peers and from cities of the same
//! context, those that address the city's weakest fields first, each with the reason it was
//! chosen.
//!
//! The rules and weights are data (`catalogue/practices/recommend.toml`). The weakest
//! fields are (1) the widest gaps between migrant groups and nationals in the national
//! context tables of the city's country and (2) the peer-benchmark features on which the
//! city is in the worse half of its peers. A reason is written from the same figures that
//! gave the weight, so that it can be checked against the tables the profile shows.

use crate::{Library, PracticesError, Result};
use model::Dimension;
use peers::{Cities, Feature, Indicator, PeerQuery};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use store::practices::Practice;
use store::{SeriesFilter, Store};

/// The rule set, as read from `recommend.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    pub peers: usize,
    pub weakest_fields: usize,
    pub shown: usize,
    pub weight: Weights,
    #[serde(default)]
    pub gap: Vec<GapRule>,
    #[serde(default)]
    pub benchmark: Vec<BenchmarkRule>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weights {
    pub peer: f64,
    pub same_context: f64,
    /// From a city of the same country (neither a peer nor of the same context): the same
    /// national law and the same national funding programmes make it transferable.
    pub same_country: f64,
    pub weak_field: f64,
    pub weak_benchmark: f64,
    pub evidence: BTreeMap<String, f64>,
}

/// Which direction of a figure is worse for a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Worse {
    Lower,
    Higher,
}

/// A national table whose gaps to nationals can make a field weak.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GapRule {
    pub dataset: String,
    pub label: String,
    pub area: String,
    pub worse: Worse,
    /// The other dimensions of the group compared (`age = "Y20-64"`); sex is both sexes.
    #[serde(default)]
    pub group: BTreeMap<String, String>,
    /// Citizenship code → how a reason names the group.
    pub citizenship: BTreeMap<String, String>,
}

/// A peer-benchmark feature (with a direction) that can make a field weak.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BenchmarkRule {
    pub feature: String,
    pub area: String,
}

impl Rules {
    /// The rules' texts a reason quotes, as (key, English): each gap rule's label under
    /// `catalogue-practices-gap-<dataset>` and its groups' names under
    /// `catalogue-practices-gap-<dataset>-group-<citizenship>` ([`i18n::catalogue_key`]);
    /// the other languages have them in `catalogue/i18n/<lang>/catalogue-practices.ftl`.
    pub fn texts(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for g in &self.gap {
            out.push((
                i18n::catalogue_key(&["practices", "gap", &g.dataset]),
                g.label.clone(),
            ));
            for (code, label) in &g.citizenship {
                out.push((
                    i18n::catalogue_key(&["practices", "gap", &g.dataset, "group", code]),
                    label.clone(),
                ));
            }
        }
        out
    }

    pub fn parse(text: &str, location: &str) -> Result<Rules> {
        let bad = |message: String| PracticesError::Rules {
            file: location.to_string(),
            message,
        };
        let rules: Rules = toml::from_str(text).map_err(|e| bad(e.to_string()))?;
        for b in &rules.benchmark {
            let f = Feature::parse(&b.feature).ok_or_else(|| {
                bad(format!(
                    "[[benchmark]] feature '{}' is not a peer feature; the features are {}",
                    b.feature,
                    peers::feature_names()
                ))
            })?;
            if f.info().better == peers::Better::Neither {
                return Err(bad(format!(
                    "[[benchmark]] feature '{}' has no better direction, so no position is weak",
                    b.feature
                )));
            }
        }
        for g in &rules.gap {
            for dim in g.group.keys() {
                if Dimension::from_column(dim).is_none() {
                    return Err(bad(format!(
                        "[[gap]] {}: '{dim}' is not a population-group dimension",
                        g.dataset
                    )));
                }
            }
        }
        if rules.peers == 0 || rules.shown == 0 {
            return Err(bad("peers and shown must be at least 1".into()));
        }
        Ok(rules)
    }
}

/// Why a field is weak for the city.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WeaknessKind {
    /// A gap to nationals in a national table of the city's country.
    Gap,
    /// A position in the worse half of the city's peers.
    Benchmark,
}

/// One of the city's weakest fields, with its figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Weakness {
    pub area: String,
    pub kind: WeaknessKind,
    /// The dataset or the peer feature.
    pub indicator: String,
    /// The group's (gap) or the city's (benchmark) value.
    pub value: f64,
    /// The nationals' value (gap) or the peers' median (benchmark).
    pub reference: f64,
    /// The disadvantage in the direction that is worse (gap), or the rank (benchmark).
    pub size: f64,
    pub period: String,
    /// The clause's parts, for a reason written in another language than [`Weakness::text`]'s
    /// English (not in the JSON).
    #[serde(skip)]
    pub clause: Clause,
    /// The clause a reason quotes: "Croatia's employment rate (20–64) of non-EU citizens is
    /// 54.0% against 68.9% for nationals (2024), the widest gap of the national figures".
    pub text: String,
}

/// The parts of a weakness's clause besides its figures ([`Weakness::value`],
/// [`Weakness::reference`], [`Weakness::size`], [`Weakness::period`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Clause {
    /// "Croatia's employment rate (20–64) of non-EU citizens is 54.0% against 68.9% for
    /// nationals (2024), 14.9 points lower", then the gap's rank.
    Gap {
        country_code: String,
        /// The country's name in the statistics (English).
        country: String,
        /// The gap rule's dataset and its label ("employment rate (20–64)").
        dataset: String,
        label: String,
        /// The group's citizenship code and how the rule names it ("non-EU citizens").
        citizenship: String,
        group: String,
        worse: Worse,
        /// Among the city's weakest fields: 0 the widest gap, 1 the second widest, …;
        /// `None` unranked (the funding map's needs).
        rank: Option<usize>,
    },
    /// "your city ranks 7 of 11 among itself and its peers on … (…, the peers' median …)".
    Benchmark {
        rank: usize,
        of: usize,
        /// The peer feature's label (English) and unit.
        label: String,
        unit: String,
    },
}

/// Why a practice's city is suggested to the city.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// One of the city's peers.
    Peer,
    /// A city of the same context (size class).
    SameContext,
    /// A city of the same country.
    SameCountry,
}

impl Relation {
    /// The API's and the CLI's word: "peer", "same context", "same country".
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Peer => "peer",
            Relation::SameContext => "same context",
            Relation::SameCountry => "same country",
        }
    }
}

/// The parts a recommendation's reason is written from, for a reason in another language
/// than [`Recommendation::reason`]'s English.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub relation: Relation,
    /// The city's context ("medium city"), for a practice of the same context.
    pub context: Option<String>,
    pub evidence_level: String,
    /// The practice's thematic areas, where it meets none of the weakest fields (empty: a
    /// field the vocabulary does not name).
    pub areas: Vec<String>,
    /// The weakest field it meets first (the reason's field and clause).
    pub weakness: Option<Weakness>,
}

/// Why there is nothing to recommend, in parts (see [`Recommendations::empty`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Empty {
    /// The practice library is empty.
    NoPractices,
    /// None of the library's practices comes from a peer, a city of the same context or
    /// of the same country.
    NoneFits {
        city: String,
        practices: usize,
        /// The peers' names (empty: the city has no peers).
        peers: Vec<String>,
        context: Option<String>,
    },
}

/// A practice recommended to the city and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recommendation {
    pub practice_id: String,
    pub title: String,
    /// The practice's place as its source names it.
    pub place: String,
    /// The peer or same-context city the practice comes from.
    pub from_city: String,
    pub from_code: String,
    /// "peer" or "same context".
    pub relation: String,
    pub evidence_level: String,
    /// The practice's thematic areas that meet one of the city's weakest fields.
    pub addresses: Vec<String>,
    pub score: f64,
    pub reason: String,
    /// The reason's parts (not in the JSON).
    #[serde(skip)]
    pub why: Reason,
}

/// What the city is recommended, and what the recommendations were chosen from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recommendations {
    pub city: String,
    pub name: String,
    pub context: Option<String>,
    /// The peers looked at, best first.
    pub peers: Vec<String>,
    pub weaknesses: Vec<Weakness>,
    pub recommendations: Vec<Recommendation>,
    /// Why there is nothing to recommend (None when there is something).
    pub empty: Option<String>,
    /// Its parts (not in the JSON).
    #[serde(skip)]
    pub empty_parts: Option<Empty>,
}

/// The recommendations of the practice library for the city `code`.
pub fn recommend(
    store: &Store,
    cities: &Cities,
    library: &Library,
    code: &str,
) -> Result<Recommendations> {
    peers::ensure_city(store, cities, code)?;
    let profile = cities.profile(code)?;
    let rules = &library.rules;
    let query = PeerQuery {
        k: rules.peers,
        ..Default::default()
    };
    let peer_set = cities.peers(code, &query).ok();
    let peer_codes: Vec<(String, String)> = peer_set
        .iter()
        .flat_map(|s| {
            s.peers
                .iter()
                .map(|p| (p.city.code.clone(), p.city.name.clone()))
        })
        .collect();
    let context = context_of(cities, library, code);
    let mut weaknesses = gap_weaknesses(store, profile, rules)?;
    weaknesses.extend(benchmark_weaknesses(store, cities, code, rules, &query));
    let practices = store.practices()?;
    let mut found: Vec<Recommendation> = practices
        .iter()
        .filter(|p| !p.places.iter().any(|pl| pl.geo.as_deref() == Some(code)))
        .filter_map(|p| {
            candidate(
                p,
                profile,
                cities,
                library,
                &peer_codes,
                context.as_deref(),
                &weaknesses,
            )
        })
        .collect();
    found.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.practice_id.cmp(&b.practice_id))
    });
    found.truncate(rules.shown);
    let empty_parts = found.is_empty().then(|| {
        if practices.is_empty() {
            Empty::NoPractices
        } else {
            Empty::NoneFits {
                city: profile.name.clone(),
                practices: practices.len(),
                peers: peer_codes.iter().map(|(_, n)| n.clone()).collect(),
                context: context.clone(),
            }
        }
    });
    let empty = empty_parts.as_ref().map(empty_reason);
    Ok(Recommendations {
        city: code.to_string(),
        name: profile.name.clone(),
        context,
        peers: peer_codes.into_iter().map(|(_, n)| n).collect(),
        weaknesses,
        recommendations: found,
        empty,
        empty_parts,
    })
}

fn context_of(cities: &Cities, library: &Library, code: &str) -> Option<String> {
    let size = cities.profile(code).ok()?.size_class?;
    library
        .vocabulary
        .context_of(size.short())
        .map(str::to_string)
}

/// The practice as a recommendation, if a rule lets it in.
fn candidate(
    p: &Practice,
    city: &peers::Profile,
    cities: &Cities,
    library: &Library,
    peer_codes: &[(String, String)],
    context: Option<&str>,
    weaknesses: &[Weakness],
) -> Option<Recommendation> {
    let w = &library.rules.weight;
    let areas: Vec<&str> = p
        .facets
        .iter()
        .filter(|(f, _)| f == "thematic_area")
        .map(|(_, v)| v.as_str())
        .collect();
    let met: Vec<&Weakness> = weaknesses
        .iter()
        .filter(|k| areas.contains(&k.area.as_str()))
        .collect();
    let geos = p.places.iter().filter_map(|pl| pl.geo.as_deref());
    let peer = geos
        .clone()
        .find_map(|g| peer_codes.iter().find(|(c, _)| c == g).cloned());
    let same_context = context.and_then(|ctx| {
        geos.clone()
            .find(|g| context_of(cities, library, g).as_deref() == Some(ctx))
    });
    let same_country = geos
        .clone()
        .find(|g| cities.profile(g).ok().map(|p| &p.country) == Some(&city.country));
    let (relation, from_code, from_city, base) = match (peer, same_context, same_country) {
        (Some((c, n)), _, _) => (Relation::Peer, c, n, w.peer),
        (None, Some(g), _) => {
            let name = cities.profile(g).ok()?.name.clone();
            (Relation::SameContext, g.to_string(), name, w.same_context)
        }
        (None, None, Some(g)) => {
            let name = cities.profile(g).ok()?.name.clone();
            (Relation::SameCountry, g.to_string(), name, w.same_country)
        }
        _ => return None,
    };
    let weak: f64 = met
        .iter()
        .map(|k| match k.kind {
            WeaknessKind::Gap => w.weak_field,
            WeaknessKind::Benchmark => w.weak_benchmark,
        })
        .sum();
    let evidence = w.evidence.get(&p.evidence_level).copied().unwrap_or(0.0);
    let mut addresses: Vec<String> = met.iter().map(|k| k.area.clone()).collect();
    addresses.dedup();
    let why = Reason {
        relation,
        context: (relation == Relation::SameContext)
            .then(|| context.map(str::to_string))
            .flatten(),
        evidence_level: p.evidence_level.clone(),
        areas: areas.iter().map(|a| a.to_string()).collect(),
        weakness: met.first().map(|k| (*k).clone()),
    };
    let reason = reason(&from_city, &why);
    Some(Recommendation {
        practice_id: p.id.clone(),
        title: p.title.clone(),
        place: p.city.clone(),
        from_city,
        from_code,
        relation: relation.as_str().to_string(),
        evidence_level: p.evidence_level.clone(),
        addresses,
        score: base + weak + evidence,
        reason,
        why,
    })
}

/// "Košice, a peer, documents a monitored practice in employment, where Croatia's
/// employment rate (20–64) of non-EU citizens is …, the widest gap of the national figures."
fn reason(from: &str, why: &Reason) -> String {
    let who = match (why.relation, why.context.as_deref()) {
        (Relation::Peer, _) => format!("{from}, a peer,"),
        (Relation::SameCountry, _) => format!("{from}, in your country,"),
        (_, Some(ctx)) => format!("{from}, a {ctx} like yours,"),
        _ => from.to_string(),
    };
    let areas: Vec<&str> = why.areas.iter().map(String::as_str).collect();
    let field = match &why.weakness {
        Some(k) => k.area.clone(),
        None if areas.is_empty() => "a field the vocabulary does not name".into(),
        None => and_list(&areas),
    };
    let mut s = format!(
        "{who} documents a {} practice in {field}",
        why.evidence_level
    );
    if let Some(k) = &why.weakness {
        s.push_str(", where ");
        s.push_str(&k.text);
    }
    s.push('.');
    s
}

fn empty_reason(empty: &Empty) -> String {
    let Empty::NoneFits {
        city,
        practices,
        peers,
        context,
    } = empty
    else {
        return "The practice library is empty: import a practice file first.".into();
    };
    let peers_text = if peers.is_empty() {
        format!("{city} has no peers (too few context figures to compare)")
    } else {
        format!(
            "none of the {practices} practices in the library comes from one of {city}'s peers ({})",
            peers.join(", ")
        )
    };
    let context_text = match context {
        Some(c) => format!(", none from another {c}, and none from another city of its country"),
        None => ", its size class is unknown, so no city shares its context, and none comes from another city of its country".into(),
    };
    format!("Nothing to recommend yet: {peers_text}{context_text}.")
}

/// The widest gaps to nationals in the national tables of the city's country, one per
/// area (the widest), the `weakest_fields` widest of them.
fn gap_weaknesses(store: &Store, profile: &peers::Profile, rules: &Rules) -> Result<Vec<Weakness>> {
    let country = profile
        .country_name
        .clone()
        .unwrap_or_else(|| profile.country.clone());
    let mut gaps: Vec<Weakness> = national_gaps(store, &profile.country, &country, rules)?
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    gaps.sort_by(|a, b| {
        b.size
            .total_cmp(&a.size)
            .then_with(|| a.indicator.cmp(&b.indicator))
    });
    let mut widest: Vec<Weakness> = Vec::new();
    for g in gaps {
        if !widest.iter().any(|w| w.area == g.area) && widest.len() < rules.weakest_fields {
            widest.push(g);
        }
    }
    for (i, w) in widest.iter_mut().enumerate() {
        if let Clause::Gap { rank, .. } = &mut w.clause {
            *rank = Some(i);
        }
        let rank = match i {
            0 => "the widest gap".to_string(),
            1 => "the second widest gap".to_string(),
            n => format!("the widest gap but {n}"),
        };
        w.text = format!("{}, {rank} of the national figures", w.text);
    }
    Ok(widest)
}

/// Every gap to nationals of the gap rules in the national tables of the city's country,
/// with the citizenship code of the disadvantaged group (`NEU27_2020_FOR`), unranked. The
/// funding map reads needs from them.
pub fn national_gaps(
    store: &Store,
    country_code: &str,
    country: &str,
    rules: &Rules,
) -> Result<Vec<(String, Weakness)>> {
    let mut gaps = Vec::new();
    for rule in &rules.gap {
        let rows = store.observations(&SeriesFilter {
            geo: Some(country_code.to_string()),
            dataset: Some(rule.dataset.clone()),
            latest_only: true,
            ..Default::default()
        })?;
        gaps.extend(rule_gaps(rule, &rows, country_code, country));
    }
    Ok(gaps)
}

/// The disadvantaged groups of one rule's table (both sexes, the rule's other dimensions).
fn rule_gaps(
    rule: &GapRule,
    rows: &[store::ObservationRow],
    country_code: &str,
    country: &str,
) -> Vec<(String, Weakness)> {
    let fits = |o: &model::Observation| {
        o.group.get(Dimension::Sex).is_none()
            && rule.group.iter().all(|(d, v)| {
                Dimension::from_column(d).and_then(|d| o.group.get(d)) == Some(v.as_str())
            })
            && o.group.dimensions().count() == rule.group.len() + 1
    };
    let of = |code: &str| {
        rows.iter().map(|r| &r.observation).find(|o| {
            fits(o)
                && o.group.get(Dimension::Citizenship) == Some(code)
                && !o.flags.to_string().contains('c')
        })
    };
    let Some(nat) = of("NAT") else {
        return Vec::new();
    };
    rule.citizenship
        .iter()
        .filter_map(|(code, label)| {
            let o = of(code)?;
            let size = match rule.worse {
                Worse::Lower => nat.value - o.value,
                Worse::Higher => o.value - nat.value,
            };
            (size > 0.0 && o.period == nat.period).then(|| (code.clone(), Weakness {
                area: rule.area.clone(),
                kind: WeaknessKind::Gap,
                indicator: rule.dataset.clone(),
                value: o.value,
                reference: nat.value,
                size,
                period: o.period.to_string(),
                clause: Clause::Gap {
                    country_code: country_code.to_string(),
                    country: country.to_string(),
                    dataset: rule.dataset.clone(),
                    label: rule.label.clone(),
                    citizenship: code.clone(),
                    group: label.clone(),
                    worse: rule.worse,
                    rank: None,
                },
                text: format!(
                    "{country}'s {} of {label} is {:.1}% against {:.1}% for nationals ({}), {:.1} points {}",
                    rule.label,
                    o.value,
                    nat.value,
                    o.period,
                    size,
                    if rule.worse == Worse::Lower { "lower" } else { "higher" }
                ),
            }))
        })
        .collect()
}

/// Benchmark features on which the city is in the worse half of itself and its peers.
fn benchmark_weaknesses(
    store: &Store,
    cities: &Cities,
    code: &str,
    rules: &Rules,
    q: &PeerQuery,
) -> Vec<Weakness> {
    rules
        .benchmark
        .iter()
        .filter_map(|rule| {
            let f = Feature::parse(&rule.feature)?;
            let b = cities.benchmark(store, code, &Indicator::Feature(f), q, None).ok()?;
            let pos = b.position.as_ref()?;
            let value = b.city.value?;
            let median = b.summary.as_ref()?.median;
            (pos.of > 1 && pos.rank * 2 > pos.of).then(|| Weakness {
                area: rule.area.clone(),
                kind: WeaknessKind::Benchmark,
                indicator: rule.feature.clone(),
                value,
                reference: median,
                size: pos.rank as f64,
                period: b.city.period.clone().unwrap_or_default(),
                clause: Clause::Benchmark {
                    rank: pos.rank,
                    of: pos.of,
                    label: b.indicator.label.clone(),
                    unit: b.indicator.unit.clone(),
                },
                text: format!(
                    "your city ranks {} of {} among itself and its peers on {} ({}, the peers' median {})",
                    pos.rank,
                    pos.of,
                    b.indicator.label,
                    with_unit(value, &b.indicator.unit),
                    with_unit(median, &b.indicator.unit)
                ),
            })
        })
        .collect()
}

fn with_unit(v: f64, unit: &str) -> String {
    let n = peers::grouped(v, if v.abs() >= 100.0 { 0 } else { 1 });
    match unit {
        "" => n,
        "%" => format!("{n}%"),
        u => format!("{n} {u}"),
    }
}

/// "a", "a and b", "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
