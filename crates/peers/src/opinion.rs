//! Public opinion in a city and its peers: the survey items of `peers/opinion.toml` (the
//! Quality of Life in European Cities 2023 questions about immigrants, minorities, trust
//! and safety), each with the city's published share, an interval, the respondents, the
//! don't-know share, and every peer's share compared with the city's.
//!
//! What the figures are: the survey publishes per city a **weighted** share of every answer
//! and the **unweighted** number of respondents `n` (`answer=TOTAL`), not the weights or a
//! design effect. The interval therefore treats the share as if it came from a simple
//! random sample of `n`: `SE(p) = sqrt(p (1 − p) / n)`, and the 95% logit interval of
//! `stats::survey::confidence_interval` (Korn & Graubard 1999, §3.2) with `t` at `n − 1`
//! degrees of freedom. The weighting widens the true interval by the square root of its
//! design effect, unknown here: the interval shown is too narrow by that factor, and the
//! page says so.
//!
//! A peer is compared with the city by the two-sided test of the difference of two
//! independent shares, `z = (p_peer − p_city) / sqrt(SE_peer² + SE_city²)`, p-value
//! `2 (1 − Φ(|z|))`: "higher" or "lower" when it is below 5%, else "no clear difference".
//! The peers are searched among the cities the survey covered (`PeerQuery::among`), so
//! that every one can be compared; they may differ from the peers of the city's profile.
//! Peers keep the order of the peer search (similarity), never an order by share, and the
//! items are never ranked against each other: the page compares cities on one question.

use crate::benchmark::{RawValues, raw_values};
use crate::profile::SourceObservation;
use crate::search::CityRef;
use crate::{Cities, Feature, PeerQuery, PeersError, Result};
use catalogue::OpinionItem;
use serde::Serialize;
use stats::survey::IntervalKind;
use stats::survey::interval::{confidence_interval, normal_sf};
use std::collections::BTreeSet;
use store::Store;

/// The confidence level of the intervals.
pub const LEVEL: f64 = 0.95;
/// The significance level of the difference tests (two-sided).
pub const ALPHA: f64 = 0.05;

/// A published share with its interval, in percent.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Share {
    /// The weighted share as published, in percent.
    pub percent: f64,
    /// Unweighted respondents.
    pub n: u64,
    /// Standard error in percentage points, as if from a simple random sample of `n`.
    pub se: f64,
    /// The 95% logit interval, in percent.
    pub lower: f64,
    pub upper: f64,
}

impl Share {
    /// The share `percent` of `n` respondents with its interval; `None` when it cannot
    /// have one (fewer than two respondents, a share outside 0–100).
    pub fn new(percent: f64, n: u64) -> Option<Share> {
        if n < 2 || !(0.0..=100.0).contains(&percent) {
            return None;
        }
        let p = percent / 100.0;
        let se = (p * (1.0 - p) / n as f64).sqrt();
        let ci = confidence_interval(p, se, (n - 1) as f64, LEVEL, IntervalKind::Logit).ok()?;
        Some(Share {
            percent,
            n,
            se: se * 100.0,
            lower: ci.lower * 100.0,
            upper: ci.upper * 100.0,
        })
    }
}

/// How a peer's share stands to the city's at the 5% level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Higher,
    Lower,
    NoClearDifference,
}

/// A peer's share against the city's.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Difference {
    /// Peer minus city, in percentage points.
    pub points: f64,
    pub z: f64,
    /// Two-sided p-value.
    pub p_value: f64,
    pub verdict: Verdict,
}

impl Difference {
    /// The test of `peer − city` (independent samples, normal approximation).
    pub fn between(city: &Share, peer: &Share) -> Difference {
        let points = peer.percent - city.percent;
        let se = (city.se * city.se + peer.se * peer.se).sqrt();
        let (z, p_value) = if se > 0.0 {
            let z = points / se;
            (z, (2.0 * normal_sf(z.abs())).min(1.0))
        } else {
            // Both shares 0 or 100: no sampling variance under the model; only equal is equal.
            (0.0, if points == 0.0 { 1.0 } else { 0.0 })
        };
        let verdict = match (p_value < ALPHA, points > 0.0) {
            (false, _) => Verdict::NoClearDifference,
            (true, true) => Verdict::Higher,
            (true, false) => Verdict::Lower,
        };
        Difference {
            points,
            z,
            p_value,
            verdict,
        }
    }
}

/// One city's figures of one item.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figures {
    #[serde(flatten)]
    pub city: CityRef,
    /// `None` when the city was not surveyed (or lacks the count of respondents).
    pub share: Option<Share>,
    /// The don't-know / no-answer share, in percent.
    pub dont_know: Option<f64>,
    /// The period of the share (`2023`).
    pub period: Option<String>,
    /// The observations the figures came from (share, don't know, respondents).
    pub sources: Vec<SourceObservation>,
}

/// A peer's figures and its difference from the city.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PeerFigures {
    #[serde(flatten)]
    pub figures: Figures,
    /// `None` when the city or the peer has no share.
    pub difference: Option<Difference>,
}

/// One item for a city and its peers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemOpinion {
    pub item: OpinionItem,
    pub city: Figures,
    /// In the order of the peer search.
    pub peers: Vec<PeerFigures>,
}

/// The opinion page of a city.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Opinion {
    pub city: CityRef,
    pub level: f64,
    pub items: Vec<ItemOpinion>,
    /// The features the peers were found by.
    pub peer_features: Vec<Feature>,
    /// Why there are fewer peers than asked for, or none.
    pub peer_note: Option<String>,
}

/// The stored values of one item for every city.
struct ItemValues {
    share: RawValues,
    dont_know: RawValues,
    n: RawValues,
}

impl ItemValues {
    fn load(store: &Store, item: &OpinionItem) -> Result<ItemValues> {
        let read = |breakdown: &str| values_or_none(store, item, breakdown);
        Ok(ItemValues {
            share: read(&item.answer_breakdown())?,
            dont_know: read(&item.dont_know_breakdown())?,
            n: read("answer=TOTAL")?,
        })
    }

    fn figures(&self, city: CityRef) -> Figures {
        let code = city.code.as_str();
        let share = self.share.get(code);
        let n = self.n.get(code).and_then(|(v, _, _)| respondents(*v));
        let dont_know = self.dont_know.get(code);
        let sources = [share, dont_know, self.n.get(code)]
            .into_iter()
            .flatten()
            .map(|(_, _, s)| s.clone())
            .collect();
        Figures {
            share: share.zip(n).and_then(|((v, _, _), n)| Share::new(*v, n)),
            dont_know: dont_know.map(|(v, _, _)| *v),
            period: share.map(|(_, p, _)| p.clone()),
            sources,
            city,
        }
    }
}

/// The values of one breakdown, or none when the store lacks the survey or the answer (the
/// page then says the city was not surveyed rather than failing).
fn values_or_none(store: &Store, item: &OpinionItem, breakdown: &str) -> Result<RawValues> {
    match raw_values(store, &item.dataset, &item.variable, Some(breakdown)) {
        Ok((values, _unit)) => Ok(values),
        Err(PeersError::NoSeries { .. } | PeersError::Breakdown { .. }) => Ok(RawValues::new()),
        Err(e) => Err(e),
    }
}

/// A stored count of respondents as a whole number.
fn respondents(v: f64) -> Option<u64> {
    (v.is_finite() && v >= 0.0).then(|| v.round() as u64)
}

impl Cities {
    /// The opinion `items` for the city `code` and its peers (found with `q`).
    pub fn opinion(
        &self,
        store: &Store,
        code: &str,
        q: &PeerQuery,
        items: &[OpinionItem],
    ) -> Result<Opinion> {
        let values = items
            .iter()
            .map(|item| ItemValues::load(store, item))
            .collect::<Result<Vec<_>>>()?;
        // Peers among the surveyed cities only: a peer the survey did not cover cannot be
        // compared on any item.
        let surveyed: BTreeSet<String> = values
            .iter()
            .flat_map(|v| v.share.keys().filter(|c| v.n.contains_key(*c)).cloned())
            .collect();
        let q = PeerQuery {
            among: Some((surveyed, "cities the survey covered".to_string())),
            ..q.clone()
        };
        let peer_set = self.peers(code, &q)?;
        let city = CityRef::of(self.profile(code)?);
        let items = items
            .iter()
            .zip(values)
            .map(|(item, values)| {
                let own = values.figures(city.clone());
                let peers = peer_set
                    .peers
                    .iter()
                    .map(|p| peer_figures(&values, &own, p.city.clone()))
                    .collect();
                Ok(ItemOpinion {
                    item: item.clone(),
                    city: own,
                    peers,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Opinion {
            city,
            level: LEVEL,
            items,
            peer_features: peer_set.features.iter().map(|w| w.feature).collect(),
            peer_note: peer_set.note,
        })
    }
}

fn peer_figures(values: &ItemValues, own: &Figures, peer: CityRef) -> PeerFigures {
    let figures = values.figures(peer);
    let difference = own
        .share
        .zip(figures.share)
        .map(|(c, p)| Difference::between(&c, &p));
    PeerFigures {
        figures,
        difference,
    }
}

/// The opinion items of the active catalogue for the city `code` and its peers.
pub fn opinion(store: &Store, code: &str, q: &PeerQuery) -> Result<Opinion> {
    let cities = Cities::load(store)?;
    crate::check_city(store, &cities, code)?;
    cities.opinion(store, code, q, &::catalogue::active().opinion)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    /// p = 0.5, n = 100, by hand:
    /// SE = sqrt(0.5 · 0.5 / 100) = 0.05; logit(0.5) = 0; on the logit scale the half-width
    /// is t · SE / (p (1 − p)) = t · 0.05 / 0.25 = 0.2 t with t = t(0.975; 99) = 1.984217
    /// (R: qt(0.975, 99)), so 0.3968434; the bounds are expit(∓0.3968434) =
    /// 1 / (1 + e^±0.3968434) = 1 / (1 + 1.487123) = 0.402071 and 1 − 0.402071 = 0.597929.
    #[test]
    fn opinion_share_of_half_of_a_hundred_has_the_hand_checked_logit_interval() {
        let s = Share::new(50.0, 100).unwrap();
        assert!(close(s.se, 5.0, 1e-12), "{s:?}");
        assert!(close(s.lower, 40.2071, 1e-4), "{s:?}");
        assert!(close(s.upper, 59.7929, 1e-4), "{s:?}");
        // The logit interval is symmetric around ½ only at ½; elsewhere it leans inwards.
        let t = Share::new(10.0, 100).unwrap();
        assert!(t.upper - 10.0 > 10.0 - t.lower, "{t:?}");
        assert!(t.lower > 0.0);
    }

    #[test]
    fn opinion_share_without_respondents_or_outside_0_to_100_has_no_interval() {
        assert_eq!(Share::new(50.0, 1), None);
        assert_eq!(Share::new(100.5, 100), None);
        let all = Share::new(100.0, 50).unwrap();
        assert_eq!((all.lower, all.upper), (100.0, 100.0));
    }

    /// City 50% of 100 (SE 5 points), peer 60% of 100 (SE sqrt(0.24/100) = 4.898979
    /// points): z = 10 / sqrt(25 + 24) = 10 / 7 = 1.428571, p = 2 (1 − Φ(1.428571)) =
    /// 2 · 0.076564 = 0.153127 (R: 2 * pnorm(-10/7)): no clear difference. Peer 65%
    /// (SE sqrt(0.2275/100) = 4.769696): z = 15 / sqrt(47.75) = 2.170724, p = 0.029952:
    /// higher; and 35% is lower by the same z.
    #[test]
    fn opinion_difference_test_by_hand() {
        let city = Share::new(50.0, 100).unwrap();
        let d = Difference::between(&city, &Share::new(60.0, 100).unwrap());
        assert!(close(d.z, 10.0 / 7.0, 1e-12), "{d:?}");
        assert!(close(d.p_value, 0.153127, 1e-6), "{d:?}");
        assert_eq!(d.verdict, Verdict::NoClearDifference);
        let up = Difference::between(&city, &Share::new(65.0, 100).unwrap());
        assert!(close(up.z, 2.170724, 1e-6), "{up:?}");
        assert!(close(up.p_value, 0.029952, 1e-6), "{up:?}");
        assert_eq!(up.verdict, Verdict::Higher);
        let down = Difference::between(&city, &Share::new(35.0, 100).unwrap());
        assert_eq!(down.verdict, Verdict::Lower);
        assert!(close(down.points, -15.0, 1e-12));
    }
}
