//! Nearest neighbours among points (e.g. area centroids) with a uniform grid index.
//!
//! The grid has about two points per cell; a query visits rings of cells around the query
//! point until no unvisited cell can hold anything nearer than what was found, so a query
//! costs about O(k) on evenly spread points instead of O(n).

use crate::geometry::{BoundingBox, Point};

/// A uniform-grid index over points, for k-nearest and radius queries.
#[derive(Debug, Clone)]
pub struct PointIndex {
    points: Vec<Point>,
    bbox: BoundingBox,
    cell: f64,
    nx: usize,
    ny: usize,
    start: Vec<usize>,
    items: Vec<usize>,
}

impl PointIndex {
    /// Indexes the points (non-finite points are never returned).
    pub fn new(points: &[Point]) -> Self {
        let finite: Vec<&Point> = points
            .iter()
            .filter(|p| p.x.is_finite() && p.y.is_finite())
            .collect();
        let bbox = BoundingBox::of_points(finite.iter().copied()).unwrap_or(BoundingBox {
            min_x: 0.0,
            min_y: 0.0,
            max_x: 0.0,
            max_y: 0.0,
        });
        let n = finite.len().max(1) as f64;
        let extent = bbox.width().max(bbox.height());
        let area = (bbox.width().max(extent * 1e-3) * bbox.height().max(extent * 1e-3))
            .max(f64::MIN_POSITIVE);
        let mut cell = (2.0 * area / n).sqrt();
        if !(cell.is_finite() && cell > 0.0) {
            cell = 1.0;
        }
        let nx = ((bbox.width() / cell) as usize + 1).min(1 << 16);
        let ny = ((bbox.height() / cell) as usize + 1).min(1 << 16);
        let mut index = PointIndex {
            points: points.to_vec(),
            bbox,
            cell,
            nx,
            ny,
            start: vec![0; nx * ny + 1],
            items: Vec::new(),
        };
        let cells: Vec<Option<usize>> = points
            .iter()
            .map(|&p| (p.x.is_finite() && p.y.is_finite()).then(|| index.cell_of(p)))
            .collect();
        for c in cells.iter().flatten() {
            index.start[c + 1] += 1;
        }
        for c in 0..nx * ny {
            index.start[c + 1] += index.start[c];
        }
        let mut fill = index.start.clone();
        index.items = vec![0; index.start[nx * ny]];
        for (i, c) in cells.iter().enumerate() {
            if let Some(c) = c {
                index.items[fill[*c]] = i;
                fill[*c] += 1;
            }
        }
        index
    }

    fn cell_xy(&self, p: Point) -> (usize, usize) {
        let cx = ((p.x - self.bbox.min_x) / self.cell).floor().max(0.0) as usize;
        let cy = ((p.y - self.bbox.min_y) / self.cell).floor().max(0.0) as usize;
        (cx.min(self.nx - 1), cy.min(self.ny - 1))
    }

    fn cell_of(&self, p: Point) -> usize {
        let (cx, cy) = self.cell_xy(p);
        cy * self.nx + cx
    }

    /// A lower bound on the distance from `p` to any point outside the square of cells within
    /// Chebyshev ring `r` of `(cx, cy)` (infinite on sides where the grid ends).
    fn unvisited_bound(&self, p: Point, cx: usize, cy: usize, r: usize) -> f64 {
        let side = |lo_cell: i64, hi_cell: i64, n: usize, origin: f64, v: f64| {
            let lo = if lo_cell <= 0 {
                f64::INFINITY
            } else {
                v - (origin + lo_cell as f64 * self.cell)
            };
            let hi = if hi_cell >= n as i64 - 1 {
                f64::INFINITY
            } else {
                origin + (hi_cell + 1) as f64 * self.cell - v
            };
            lo.min(hi)
        };
        let (r, cx, cy) = (r as i64, cx as i64, cy as i64);
        let bx = side(cx - r, cx + r, self.nx, self.bbox.min_x, p.x);
        let by = side(cy - r, cy + r, self.ny, self.bbox.min_y, p.y);
        bx.min(by).max(0.0)
    }

    /// Visits the cells at Chebyshev ring `r` around `(cx, cy)`.
    fn ring_cells(&self, cx: usize, cy: usize, r: usize, mut f: impl FnMut(usize)) {
        let (cx, cy, r) = (cx as i64, cy as i64, r as i64);
        let (nx, ny) = (self.nx as i64, self.ny as i64);
        for y in cy - r..=cy + r {
            if y < 0 || y >= ny {
                continue;
            }
            let on_edge = y == cy - r || y == cy + r;
            let step = if on_edge || r == 0 { 1 } else { 2 * r };
            let mut x = cx - r;
            while x <= cx + r {
                if x >= 0 && x < nx {
                    f((y * nx + x) as usize);
                }
                x += step.max(1);
            }
        }
    }

    /// The `k` points nearest to `p` (excluding the point with index `exclude`, if any),
    /// nearest first; ties broken by index.
    pub fn nearest(&self, p: Point, k: usize, exclude: Option<usize>) -> Vec<(usize, f64)> {
        let mut best: Vec<(usize, f64)> = Vec::with_capacity(k + 1);
        if k == 0 || self.items.is_empty() {
            return best;
        }
        let (cx, cy) = self.cell_xy(p);
        let max_r = self.nx.max(self.ny);
        for r in 0..=max_r {
            self.ring_cells(cx, cy, r, |c| {
                for &i in &self.items[self.start[c]..self.start[c + 1]] {
                    if Some(i) == exclude {
                        continue;
                    }
                    let d = p.distance(self.points[i]);
                    let pos = best
                        .iter()
                        .position(|&(j, dj)| d < dj || (d == dj && i < j))
                        .unwrap_or(best.len());
                    if pos < k {
                        best.insert(pos, (i, d));
                        best.truncate(k);
                    }
                }
            });
            if best.len() == k && best[k - 1].1 < self.unvisited_bound(p, cx, cy, r) {
                break;
            }
        }
        best
    }

    /// All points within distance `radius` of `p` (inclusive), in index order.
    pub fn within(&self, p: Point, radius: f64) -> Vec<(usize, f64)> {
        let mut out = Vec::new();
        if self.items.is_empty() {
            return out;
        }
        let (cx, cy) = self.cell_xy(p);
        let max_r = self.nx.max(self.ny);
        for r in 0..=max_r {
            self.ring_cells(cx, cy, r, |c| {
                for &i in &self.items[self.start[c]..self.start[c + 1]] {
                    let d = p.distance(self.points[i]);
                    if d <= radius {
                        out.push((i, d));
                    }
                }
            });
            if radius < self.unvisited_bound(p, cx, cy, r) {
                break;
            }
        }
        out.sort_unstable_by_key(|x| x.0);
        out
    }
}

/// The `k` nearest other points of every point (nearest first), as PySAL's `KNN` weights.
pub fn k_nearest(points: &[Point], k: usize) -> Vec<Vec<usize>> {
    let index = PointIndex::new(points);
    points
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            index
                .nearest(p, k, Some(i))
                .into_iter()
                .map(|(j, _)| j)
                .collect()
        })
        .collect()
}

/// Kernel spatial weights in compressed-row form (each area's neighbours sorted by index,
/// the area itself included with weight 1).
#[derive(Debug, Clone, PartialEq)]
pub struct KernelWeights {
    /// Row offsets, length n + 1.
    pub offsets: Vec<usize>,
    /// Neighbour indices, row after row.
    pub neighbours: Vec<usize>,
    /// Kernel weights, row after row.
    pub weights: Vec<f64>,
    /// The bandwidth used.
    pub bandwidth: f64,
}

/// Triangular kernel weights with a fixed bandwidth, as `libpysal.weights.Kernel(points)`
/// with its defaults: the bandwidth is the largest distance from any point to its `k`-th
/// nearest other point, times 1.0000001; every point within the bandwidth (itself included)
/// gets `w = 1 − d / bandwidth`.
pub fn triangular_kernel(points: &[Point], k: usize) -> KernelWeights {
    let index = PointIndex::new(points);
    let bandwidth = points
        .iter()
        .enumerate()
        .filter_map(|(i, &p)| index.nearest(p, k, Some(i)).last().map(|x| x.1))
        .fold(0.0, f64::max)
        * 1.000_000_1;
    let mut offsets = Vec::with_capacity(points.len() + 1);
    offsets.push(0);
    let (mut neighbours, mut weights) = (Vec::new(), Vec::new());
    for &p in points {
        for (j, d) in index.within(p, bandwidth) {
            neighbours.push(j);
            weights.push(1.0 - d / bandwidth);
        }
        offsets.push(neighbours.len());
    }
    KernelWeights {
        offsets,
        neighbours,
        weights,
        bandwidth,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_brute_force() {
        let mut s = 12345u64;
        let mut rnd = || {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (s >> 11) as f64 / (1u64 << 53) as f64
        };
        let pts: Vec<Point> = (0..500)
            .map(|_| Point::new(rnd() * 10.0, rnd() * 3.0))
            .collect();
        let idx = PointIndex::new(&pts);
        for (i, &p) in pts.iter().enumerate().step_by(7) {
            let mut brute: Vec<(usize, f64)> = pts
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(j, &q)| (j, p.distance(q)))
                .collect();
            brute.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
            let got = idx.nearest(p, 6, Some(i));
            assert_eq!(got, brute[..6].to_vec());
            let within = idx.within(p, 0.7);
            let mut expect: Vec<(usize, f64)> = pts
                .iter()
                .enumerate()
                .map(|(j, &q)| (j, p.distance(q)))
                .filter(|x| x.1 <= 0.7)
                .collect();
            expect.sort_by_key(|x| x.0);
            assert_eq!(within, expect);
        }
    }
}
