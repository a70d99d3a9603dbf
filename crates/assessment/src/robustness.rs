//! How robust is the ranking of the focal points? Composite-indicator audits (the JRC's
//! COIN audits of the OECD/JRC *Handbook on constructing composite indicators*, 2008)
//! report how much a unit's rank moves when the choices behind the index change. Here the
//! choices are the question weights and who answered, and the ranges are exact, not
//! sampled:
//!
//! * **Weights**: every question weight anywhere between `(1 − v)·w` and `(1 + v)·w`
//!   (v = 0.2: ±20%), all at the same time. A focal point's score is a weighted mean of its
//!   own questions only, so focal points move independently: a focal point's best rank is
//!   reached with its score at its highest and every other at their lowest, its worst the
//!   other way round. A weighted mean Σwᵢsᵢ/Σwᵢ with each wᵢ in an interval is highest when
//!   the questions scoring above the optimum take their largest weight and the rest their
//!   smallest (and lowest the other way round), so it suffices to try, in score order, every
//!   split point k = 0…n ([`bounds`]); no sampling, no 2ⁿ enumeration.
//! * **Groups**: the overall computed again with one group left out at a time — each group
//!   shown, and the withheld groups that count left out together (see
//!   [`crate::disclosure::Disclosure::units`]).
//!
//! Ranks: 1 + the number of focal points with a higher score; equal scores (within 1e-9)
//! share a rank.

use crate::framework::Framework;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const EPS: f64 = 1e-9;

/// The best (smallest) and worst (largest) rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub best: usize,
    pub worst: usize,
}

impl Span {
    fn of(rank: usize) -> Span {
        Span {
            best: rank,
            worst: rank,
        }
    }

    fn with(self, rank: usize) -> Span {
        Span {
            best: self.best.min(rank),
            worst: self.worst.max(rank),
        }
    }

    fn union(self, other: Span) -> Span {
        self.with(other.best).with(other.worst)
    }
}

/// The range of a focal point's rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RankRange {
    /// With the question weights varied.
    pub weights: Span,
    /// With one group left out at a time (the rank itself when only one group counts).
    pub groups: Span,
    /// Both together: the range to report.
    pub overall: Span,
    /// How many leave-one-out recomputations there were.
    pub left_out: usize,
}

/// Competition ranks ("1224"), highest score first; `None` for a missing score.
pub fn ranks(scores: &[Option<f64>]) -> Vec<Option<usize>> {
    scores
        .iter()
        .map(|s| {
            s.map(|s| {
                1 + scores
                    .iter()
                    .flatten()
                    .filter(|other| **other > s + EPS)
                    .count()
            })
        })
        .collect()
}

/// The lowest and highest value of Σwᵢsᵢ/Σwᵢ when each weight may be anywhere in
/// `[(1 − v)·wᵢ, (1 + v)·wᵢ]`; `None` without pairs.
pub fn bounds(pairs: &[(f64, f64)], v: f64) -> Option<(f64, f64)> {
    if pairs.is_empty() {
        return None;
    }
    let extreme = |highest: bool| -> f64 {
        let mut sorted = pairs.to_vec();
        // Highest scores first when maximising: they are the ones that get the large weight.
        sorted.sort_by(|a, b| {
            let o = a.1.total_cmp(&b.1);
            if highest { o.reverse() } else { o }
        });
        (0..=sorted.len())
            .map(|k| {
                let (mut num, mut den) = (0.0, 0.0);
                for (i, (w, s)) in sorted.iter().enumerate() {
                    let w = if i < k { w * (1.0 + v) } else { w * (1.0 - v) };
                    num += w * s;
                    den += w;
                }
                num / den
            })
            .fold(
                if highest {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                },
                |acc, x| if highest { acc.max(x) } else { acc.min(x) },
            )
    };
    Some((extreme(false), extreme(true)))
}

/// The rank range of every focal point under weights (from the overall question scores
/// `question_score`) and leaving out each unit of `units` from `counted`; `overall_of`
/// gives the focal points' overall scores for a set of groups.
pub fn rank_ranges(
    fw: &Framework,
    question_score: &BTreeMap<&str, Option<f64>>,
    units: &[Vec<String>],
    counted: &[&str],
    overall_of: &dyn Fn(&[&str]) -> Vec<Option<f64>>,
    v: f64,
) -> Vec<Option<RankRange>> {
    let spans: Vec<Option<(f64, f64)>> = fw
        .focal_points
        .iter()
        .map(|f| {
            let pairs: Vec<(f64, f64)> = f
                .questions
                .iter()
                .filter_map(|q| {
                    question_score
                        .get(q.id.as_str())
                        .copied()
                        .flatten()
                        .map(|s| (q.weight, s))
                })
                .collect();
            bounds(&pairs, v)
        })
        .collect();
    let base = overall_of(counted);
    let base_ranks = ranks(&base);
    let variations: Vec<Vec<Option<usize>>> = if units.len() < 2 {
        Vec::new()
    } else {
        units
            .iter()
            .map(|unit| {
                let rest: Vec<&str> = counted
                    .iter()
                    .copied()
                    .filter(|g| !unit.iter().any(|u| u == g))
                    .collect();
                ranks(&overall_of(&rest))
            })
            .collect()
    };
    base_ranks
        .iter()
        .enumerate()
        .map(|(i, rank)| {
            let rank = (*rank)?;
            let (lo, hi) = spans[i]?;
            let above = |threshold: f64, pick: &dyn Fn((f64, f64)) -> f64| {
                spans
                    .iter()
                    .enumerate()
                    .filter(|(j, s)| *j != i && s.is_some_and(|s| pick(s) > threshold + EPS))
                    .count()
            };
            let weights = Span {
                best: 1 + above(hi, &|s| s.0),
                worst: 1 + above(lo, &|s| s.1),
            };
            let groups = variations
                .iter()
                .filter_map(|v| v[i])
                .fold(Span::of(rank), Span::with);
            Some(RankRange {
                weights: weights.with(rank),
                groups,
                overall: weights.with(rank).union(groups),
                left_out: variations.len(),
            })
        })
        .collect()
}

/// The method in words, for the results page and exports.
pub fn method(v: f64) -> String {
    let pct = (v * 100.0).round();
    format!(
        "Rank ranges: (a) every question weight anywhere between {lo}% and {hi}% of its value, all at once — exact bounds, since a focal point's score depends on its own questions' weights only; (b) the overall recomputed with one stakeholder group left out at a time (groups not shown, together). Rank 1 is the highest score; equal scores share a rank.",
        lo = 100.0 - pct,
        hi = 100.0 + pct
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every corner of the weight box, by brute force: the split-point search must agree.
    fn corners(pairs: &[(f64, f64)], v: f64) -> (f64, f64) {
        let n = pairs.len();
        let mut lo = f64::INFINITY;
        let mut hi = f64::NEG_INFINITY;
        for mask in 0..(1u32 << n) {
            let (mut num, mut den) = (0.0, 0.0);
            for (i, (w, s)) in pairs.iter().enumerate() {
                let w = if mask & (1 << i) != 0 {
                    w * (1.0 + v)
                } else {
                    w * (1.0 - v)
                };
                num += w * s;
                den += w;
            }
            lo = lo.min(num / den);
            hi = hi.max(num / den);
        }
        (lo, hi)
    }

    #[test]
    fn split_points_find_the_same_bounds_as_every_corner() {
        let cases: Vec<Vec<(f64, f64)>> = vec![
            vec![(1.0, 0.0), (1.0, 100.0)],
            vec![(1.0, 10.0), (2.0, 80.0), (0.5, 55.0), (1.0, 30.0)],
            vec![(3.0, 50.0)],
            vec![
                (1.0, 20.0),
                (1.0, 20.0),
                (1.0, 90.0),
                (4.0, 60.0),
                (1.0, 0.0),
            ],
        ];
        for pairs in cases {
            let (lo, hi) = bounds(&pairs, 0.2).unwrap();
            let (clo, chi) = corners(&pairs, 0.2);
            assert!(
                (lo - clo).abs() < 1e-9 && (hi - chi).abs() < 1e-9,
                "{pairs:?}"
            );
        }
    }

    #[test]
    fn two_questions_at_0_and_100_move_between_40_and_60() {
        // (0.8·0 + 1.2·100) / 2 = 60; (1.2·0 + 0.8·100) / 2 = 40.
        let (lo, hi) = bounds(&[(1.0, 0.0), (1.0, 100.0)], 0.2).unwrap();
        assert!((lo - 40.0).abs() < 1e-12 && (hi - 60.0).abs() < 1e-12);
    }

    #[test]
    fn equal_scores_share_a_rank() {
        assert_eq!(
            ranks(&[Some(50.0), Some(70.0), None, Some(50.0), Some(10.0)]),
            vec![Some(2), Some(1), None, Some(2), Some(4)]
        );
    }
}
