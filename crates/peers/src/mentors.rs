//! Mentor cities: similar today, longer immigration experience, better outcomes.
//!
//! Rule, for a city X and a candidate mentor M:
//! 1. **Similar today**: M is among X's [`MentorQuery::pool`] nearest cities by the peer
//!    distance over the *context* features of the query (history and outcome features are
//!    left out: they are what a mentor should differ in), under the query's constraints.
//! 2. **Longer experience**: M's foreign-born share in X's first year with one (± 2 years,
//!    the nearest year, earlier on a tie) exceeds X's by at least
//!    [`MentorQuery::min_gap_points`] percentage points: M had its migrant population
//!    earlier.
//! 3. **Better outcomes**: over the outcome features both have (unemployment proxy, lower
//!    is better; employed per 100 inhabitants and the share who find the city a good place
//!    for immigrants, higher is better), M's mean advantage in standardised units (robust
//!    scale over all cities) is positive and M is better on at least as many as it is worse.
//!
//! Mentors are ranked by the distance of step 1 (the most similar first: lessons travel
//! best between similar cities), ties by code. The reverse view lists the cities for which
//! X itself qualifies as a mentor by the same rule.

use crate::catalogue::{Feature, Role};
use crate::explain;
use crate::profile::{Profile, YearShare};
use crate::search::{CityRef, PeerQuery, Space, admissible, compared_value};
use serde::Serialize;
use stats::peers::{Scaler, Scaling, nearest_to};

/// How to look for mentors.
#[derive(Clone, Debug, PartialEq)]
pub struct MentorQuery {
    /// Features (their context ones are used), constraints and scaling; `k` is not used.
    pub peers: PeerQuery,
    /// How many of the nearest cities count as "similar today".
    pub pool: usize,
    /// How much higher (percentage points) the mentor's earlier foreign-born share must be.
    pub min_gap_points: f64,
    /// At most this many mentors (and mentees) in the result.
    pub limit: usize,
}

impl Default for MentorQuery {
    fn default() -> Self {
        MentorQuery {
            peers: PeerQuery::default(),
            pool: 25,
            min_gap_points: 1.0,
            limit: 10,
        }
    }
}

/// Tolerance (years) when matching the base year of the two cities' foreign-born shares.
pub const BASE_YEAR_TOLERANCE: i32 = 2;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutcomeComparison {
    pub feature: Feature,
    pub mentor: f64,
    pub mentee: f64,
    pub mentor_better: bool,
    pub text: String,
    /// The above as parts, for pages that word it in their reader's language.
    #[serde(skip)]
    pub parts: explain::Comparison,
}

/// A mentor–mentee pair.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Match {
    /// The other city (the mentor in `mentors`, the mentee in `mentees`).
    #[serde(flatten)]
    pub city: CityRef,
    pub distance: f64,
    pub mentor_earlier_share: YearShare,
    pub mentee_earlier_share: YearShare,
    /// Percentage points by which the mentor's earlier share was higher.
    pub experience_gap: f64,
    pub outcomes: Vec<OutcomeComparison>,
    /// Mean outcome advantage of the mentor, in standardised units.
    pub advantage: f64,
    pub reason: String,
    /// The features on which the pair is "similar today", as parts (the reason's first
    /// clause, for pages that word it in their reader's language).
    #[serde(skip)]
    pub similar_parts: Vec<explain::Comparison>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mentors {
    pub city: CityRef,
    pub similarity_features: Vec<Feature>,
    pub pool: usize,
    pub min_gap_points: f64,
    /// Cities that could mentor this one.
    pub mentors: Vec<Match>,
    /// Cities this one could mentor.
    pub mentees: Vec<Match>,
    pub note: Option<String>,
}

struct Ctx<'a> {
    profiles: &'a [Profile],
    space: Space,
    outcomes: Vec<Feature>,
    outcome_scaler: Scaler,
    q: &'a MentorQuery,
}

impl Ctx<'_> {
    fn pool_of(&self, i: usize) -> Vec<(usize, f64)> {
        nearest_to(&self.space.z, i, self.q.pool, &self.space.metric, |j| {
            admissible(self.profiles, i, j, &self.q.peers)
        })
        .into_iter()
        .map(|n| (n.index, n.distance))
        .collect()
    }

    /// Whether `m` qualifies as a mentor of `x` (already known to be in x's pool).
    fn qualify(&self, x: usize, m: usize, distance: f64, show: usize) -> Option<Match> {
        let (px, pm) = (&self.profiles[x], &self.profiles[m]);
        let first = px.foreign_born_history.first()?;
        let theirs = pm.foreign_born_share_near(first.year, BASE_YEAR_TOLERANCE)?;
        let gap = theirs.share - first.share;
        if gap < self.q.min_gap_points {
            return None;
        }
        let mut outcomes = Vec::new();
        let (mut better, mut worse, mut adv) = (0usize, 0usize, 0.0);
        for (j, &f) in self.outcomes.iter().enumerate() {
            let (Some(a), Some(b)) = (pm.value(f), px.value(f)) else {
                continue;
            };
            let scale = self.outcome_scaler.scale[j];
            let d = f.info().better.sign() * (a - b);
            let z = if scale > 0.0 { d / scale } else { 0.0 };
            adv += z;
            if d > 0.0 {
                better += 1;
            } else if d < 0.0 {
                worse += 1;
            }
            outcomes.push(OutcomeComparison {
                feature: f,
                mentor: a,
                mentee: b,
                mentor_better: d > 0.0,
                text: explain::pair(&explain::Comparison::of(pm.get(f), px.get(f))),
                parts: explain::Comparison::of(pm.get(f), px.get(f)),
            });
        }
        if outcomes.is_empty() {
            return None;
        }
        let advantage = adv / outcomes.len() as f64;
        if advantage <= 0.0 || better < worse {
            return None;
        }
        let shown = if show == m { pm } else { px };
        let similar_parts: Vec<explain::Comparison> = self
            .space
            .features
            .iter()
            .filter(|f| pm.value(**f).is_some() && px.value(**f).is_some())
            .map(|f| explain::Comparison::of(pm.get(*f), px.get(*f)))
            .collect();
        let similar: Vec<String> = similar_parts.iter().map(explain::pair).collect();
        let reason = format!(
            "similar today ({}); foreign-born {}% already in {} vs {}% in {} ({} points more experience); outcomes (mentor vs mentee): {}",
            similar.join("; "),
            explain::grouped(theirs.share, 1),
            theirs.year,
            explain::grouped(first.share, 1),
            first.year,
            explain::grouped(gap, 1),
            outcomes
                .iter()
                .map(|o| format!(
                    "{}{}",
                    o.text,
                    if o.mentor_better { " (better)" } else { "" }
                ))
                .collect::<Vec<_>>()
                .join("; ")
        );
        Some(Match {
            city: CityRef::of(shown),
            distance,
            mentor_earlier_share: theirs,
            mentee_earlier_share: *first,
            experience_gap: gap,
            outcomes,
            advantage,
            reason,
            similar_parts,
        })
    }
}

pub(crate) fn find(profiles: &[Profile], i: usize, q: &MentorQuery) -> Mentors {
    let weights: Vec<(Feature, f64)> = q
        .peers
        .weights
        .iter()
        .copied()
        .filter(|(f, w)| *w > 0.0 && f.info().role == Role::Context)
        .collect();
    let weights = if weights.is_empty() {
        crate::catalogue::default_weights()
            .into_iter()
            .filter(|(f, _)| f.info().role == Role::Context)
            .collect()
    } else {
        weights
    };
    let min_shared = q.peers.min_shared.min(weights.len());
    let space = Space::new(profiles, &weights, q.peers.scaling, min_shared);
    let outcomes: Vec<Feature> = Feature::ALL
        .into_iter()
        .filter(|f| f.info().role == Role::Outcome)
        .collect();
    let mut raw = Vec::with_capacity(profiles.len() * outcomes.len());
    for p in profiles {
        raw.extend(outcomes.iter().map(|f| compared_value(p, *f)));
    }
    let outcome_scaler = Scaler::fit(&raw, outcomes.len(), Scaling::Robust);
    let ctx = Ctx {
        profiles,
        space,
        outcomes,
        outcome_scaler,
        q,
    };
    let city = &profiles[i];
    let mut mentors: Vec<Match> = ctx
        .pool_of(i)
        .into_iter()
        .filter_map(|(m, d)| ctx.qualify(i, m, d, m))
        .collect();
    mentors.truncate(q.limit);
    let mut mentees: Vec<(usize, Match)> = Vec::new();
    for (x, px) in profiles.iter().enumerate() {
        if x == i || px.foreign_born_history.is_empty() {
            continue;
        }
        if let Some((_, d)) = ctx.pool_of(x).into_iter().find(|(m, _)| *m == i)
            && let Some(found) = ctx.qualify(x, i, d, x)
        {
            mentees.push((x, found));
        }
    }
    mentees.sort_by(|a, b| a.1.distance.total_cmp(&b.1.distance).then(a.0.cmp(&b.0)));
    let mentees: Vec<Match> = mentees.into_iter().take(q.limit).map(|(_, m)| m).collect();
    let note = if city.foreign_born_history.is_empty() {
        Some(format!(
            "{} has no foreign-born figures (urb_cpopcb DE2009V): its immigration experience cannot be compared, so no mentors or mentees",
            city.name
        ))
    } else if mentors.is_empty() && mentees.is_empty() {
        Some(format!(
            "among the {} cities most similar to {} none had a clearly higher foreign-born share earlier and better outcomes, and {} is not such a city for anybody",
            q.pool, city.name, city.name
        ))
    } else {
        None
    };
    Mentors {
        city: CityRef::of(city),
        similarity_features: ctx.space.features.clone(),
        pool: q.pool,
        min_gap_points: q.min_gap_points,
        mentors,
        mentees,
        note,
    }
}
