//! Comparable cities: standardised weighted distances, nearest peers, a context typology
//! and where a value stands among its peers.
//!
//! Everything works on a row-major matrix of feature values (`rows[i * p + j]` is feature
//! `j` of city `i`, `NaN` where the city has no value). Which features, how they are derived
//! and what they mean is the caller's business (the `peers` crate); here are only numbers.
//!
//! # Standardisation ([`Scaler`])
//! Features come in different units (inhabitants, percent, students per 1,000), so each is
//! put on a common scale before distances are taken: `z = (x − centre) / scale`, with
//! - [`Scaling::Robust`] (the default of the `peers` crate): centre = median, scale =
//!   interquartile range / 1.349 (quartiles of Hyndman & Fan type 7; 1.349 makes the scale
//!   equal the standard deviation for normal data). One extreme city (Luxembourg's
//!   foreign-born share) cannot stretch the scale and squeeze every other difference to
//!   nothing, which it does with z-scores. Where the interquartile range is zero the
//!   standard deviation is used instead;
//! - [`Scaling::ZScore`]: centre = mean, scale = standard deviation (n − 1).
//!
//! Both are fitted over the cities that have the feature. Multiplying a feature by a
//! positive constant (a change of unit) multiplies centre and scale by the same constant,
//! so z, and every distance, is unchanged. A feature without spread (scale 0) gets z = 0
//! for every city that has it: it does not separate anybody.
//!
//! # Distance ([`Metric`])
//! For cities `a`, `b`, weights `w_j ≥ 0`, `W = Σ w_j`, and `S` the features with positive
//! weight that both cities have, `W_S = Σ_{j∈S} w_j`:
//!
//! `d(a, b) = sqrt( W / W_S · Σ_{j∈S} w_j (z_aj − z_bj)² )`
//!
//! i.e. the weighted Euclidean distance over the shared features, re-weighted to the full
//! weight (as Gower's coefficient does for missing values). A missing value is never
//! imputed: when the pair shares fewer than [`Metric::min_shared`] features, or the shared
//! features carry less than [`Metric::min_weight_share`] of the weight, the distance is
//! `None` and the pair is not compared at all. The distance is symmetric by construction
//! (the same terms are added in the same order).
//!
//! # Nearest peers ([`nearest`], [`nearest_to`])
//! A linear scan with a bounded, sorted selection of the `k` best: no allocation per pair,
//! O(n·p + n·log k) per query. Ties are broken by the row index (the caller orders rows by
//! city code), so results never depend on anything but the data. A city is never its own
//! peer ([`nearest_to`] skips its row), even when another city has identical values.
//!
//! # Typology ([`kmeans`], [`silhouette`], [`choose_k`])
//! k-means (Lloyd's iterations) on complete rows, seeded by k-means++ (Arthur & Vassilvitskii
//! 2007) drawn from a fixed-seed generator, best of several seeded restarts by within-cluster
//! sum of squares: the same input always gives the same types. `k` is chosen by the mean
//! silhouette (Rousseeuw 1987) over a range (4..=8 in the `peers` crate), the smaller `k`
//! on a tie. Clusters are numbered by size (largest first), ties by their first member.
//!
//! # Position among peers ([`FiveNumbers`])
//! Median and quartiles by linear interpolation between order statistics (Hyndman & Fan
//! type 7, R's and NumPy's default).

mod cluster;
mod metric;
mod scale;
mod summary;

pub use cluster::{KMeans, assign_partial, choose_k, kmeans, silhouette};
pub use metric::{Distance, Metric, Neighbour, nearest, nearest_to};
pub use scale::{Scaler, Scaling};
pub use summary::{FiveNumbers, quantile_sorted};
