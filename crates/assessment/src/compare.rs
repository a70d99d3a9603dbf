//! A round's focal point scores beside the city's previous round and its peer cities'
//! rounds — only rounds of the same framework and version, since other questions give
//! other scores.

use crate::scoring::AuditResults;
use serde::{Deserialize, Serialize};

/// Which round a figure comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoundRef {
    pub round: i64,
    pub city: String,
    pub city_name: String,
    pub title: String,
    pub closes: String,
    pub framework: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComparisonRow {
    pub focal_point: String,
    pub title: String,
    pub this: Option<f64>,
    pub previous: Option<f64>,
    /// This round minus the previous one, in points.
    pub change: Option<f64>,
    /// One per peer round, in the order of [`Comparison::peers`].
    pub peers: Vec<Option<f64>>,
    pub peer_median: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub previous: Option<RoundRef>,
    pub peers: Vec<RoundRef>,
    pub rows: Vec<ComparisonRow>,
}

fn median(mut xs: Vec<f64>) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    Some(if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    })
}

/// Compares `current` (of `framework`/`version`) with the other rounds; rounds of another
/// framework or version are dropped rather than compared.
pub fn compare(
    current: &AuditResults,
    framework: (&str, &str),
    previous: Option<(RoundRef, AuditResults)>,
    peers: Vec<(RoundRef, AuditResults)>,
) -> Comparison {
    let same = |r: &RoundRef| r.framework == framework.0 && r.version == framework.1;
    let previous = previous.filter(|(r, _)| same(r));
    let peers: Vec<(RoundRef, AuditResults)> = peers.into_iter().filter(|(r, _)| same(r)).collect();
    let score = |res: &AuditResults, id: &str| res.focal_point(id).and_then(|f| f.overall);
    let rows = current
        .focal_points
        .iter()
        .map(|f| {
            let this = f.overall;
            let prev = previous.as_ref().and_then(|(_, r)| score(r, &f.id));
            let peer_scores: Vec<Option<f64>> =
                peers.iter().map(|(_, r)| score(r, &f.id)).collect();
            ComparisonRow {
                focal_point: f.id.clone(),
                title: f.title.clone(),
                this,
                previous: prev,
                change: this.zip(prev).map(|(a, b)| a - b),
                peer_median: median(peer_scores.iter().flatten().copied().collect()),
                peers: peer_scores,
            }
        })
        .collect();
    Comparison {
        previous: previous.map(|(r, _)| r),
        peers: peers.into_iter().map(|(r, _)| r).collect(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(super::median(vec![40.0, 10.0, 30.0, 20.0]), Some(25.0));
        assert_eq!(super::median(vec![5.0]), Some(5.0));
        assert_eq!(super::median(vec![]), None);
    }
}
