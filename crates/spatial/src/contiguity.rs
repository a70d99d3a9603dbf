//! Queen and rook contiguity built from the geometries, with shared boundary lengths.
//!
//! Two areas are queen neighbours when they share at least one vertex, rook neighbours when
//! they share at least one edge (two consecutive vertices, in either direction) — the rules of
//! PySAL's `libpysal.weights.Queen` / `Rook`. Vertices are compared after snapping to a grid of
//! `precision` (units of the layer), so that coordinates written with slightly different
//! rounding by two tools still meet; `precision = 0` compares exact bits.
//!
//! Cost: one hash-map insertion per vertex (and per edge), then a counting sort by vertex
//! group, so building is linear in the number of vertices instead of quadratic in the number
//! of areas. The shared boundary length of a pair is the total length of the edges they share
//! (what GEOS returns as the length of the intersection of two polygons whose common border is
//! digitised with the same vertices on both sides).

use std::collections::HashMap;

use crate::geometry::{MultiPolygon, Point};

/// Default snapping grid for vertex comparison (in the layer's units).
pub const DEFAULT_PRECISION: f64 = 1e-9;

/// Which contact makes two areas neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContiguityRule {
    /// At least one shared vertex (a corner is enough).
    Queen,
    /// At least one shared edge.
    Rook,
}

/// Sparse symmetric neighbour lists (compressed rows), neighbours of each area sorted by index.
#[derive(Debug, Clone, PartialEq)]
pub struct Contiguity {
    offsets: Vec<usize>,
    neighbours: Vec<usize>,
    shared_lengths: Vec<f64>,
}

impl Contiguity {
    /// Number of areas.
    pub fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    /// Whether there are no areas.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Neighbours of area `i`, sorted.
    pub fn neighbours(&self, i: usize) -> &[usize] {
        &self.neighbours[self.offsets[i]..self.offsets[i + 1]]
    }

    /// Shared boundary length with each neighbour of `i` (same order as [`Self::neighbours`];
    /// zero for queen neighbours touching at a corner only).
    pub fn shared_lengths(&self, i: usize) -> &[f64] {
        &self.shared_lengths[self.offsets[i]..self.offsets[i + 1]]
    }

    /// Row offsets (length `len() + 1`) of the compressed-row form.
    pub fn offsets(&self) -> &[usize] {
        &self.offsets
    }

    /// All neighbour indices, row after row.
    pub fn indices(&self) -> &[usize] {
        &self.neighbours
    }

    /// All shared lengths, row after row.
    pub fn lengths(&self) -> &[f64] {
        &self.shared_lengths
    }

    /// Number of (directed) links: twice the number of neighbouring pairs.
    pub fn n_links(&self) -> usize {
        self.neighbours.len()
    }

    /// Areas without any neighbour.
    pub fn islands(&self) -> Vec<usize> {
        (0..self.len())
            .filter(|&i| self.neighbours(i).is_empty())
            .collect()
    }

    /// Builds from explicit symmetric neighbour lists (e.g. read from a GAL file); lengths 0.
    pub fn from_lists(lists: &[Vec<usize>]) -> Self {
        let mut offsets = Vec::with_capacity(lists.len() + 1);
        offsets.push(0);
        let mut neighbours = Vec::new();
        for l in lists {
            let mut l = l.clone();
            l.sort_unstable();
            l.dedup();
            neighbours.extend(l);
            offsets.push(neighbours.len());
        }
        let shared_lengths = vec![0.0; neighbours.len()];
        Self {
            offsets,
            neighbours,
            shared_lengths,
        }
    }
}

type Key = (i64, i64);

fn snap(p: Point, precision: f64) -> Key {
    if precision > 0.0 {
        // Saturating casts: absurd coordinates land on the edge of the grid instead of wrapping.
        (
            (p.x / precision).round() as i64,
            (p.y / precision).round() as i64,
        )
    } else {
        (p.x.to_bits() as i64, p.y.to_bits() as i64)
    }
}

/// Groups `(key, area, length)` items by key in linear time and calls `pair` for every two
/// different areas in a group.
fn for_each_pair_in_groups<K: std::hash::Hash + Eq>(
    items: impl Iterator<Item = (K, usize, f64)>,
    mut pair: impl FnMut(usize, usize, f64),
) {
    let mut ids: HashMap<K, usize> = HashMap::new();
    let mut tagged: Vec<(usize, usize, f64)> = Vec::new();
    for (k, area, len) in items {
        let next = ids.len();
        let g = *ids.entry(k).or_insert(next);
        tagged.push((g, area, len));
    }
    let groups = ids.len();
    drop(ids);
    // Counting sort by group.
    let mut start = vec![0usize; groups + 1];
    for &(g, _, _) in &tagged {
        start[g + 1] += 1;
    }
    for g in 0..groups {
        start[g + 1] += start[g];
    }
    let mut fill = start.clone();
    let mut sorted = vec![(0usize, 0.0f64); tagged.len()];
    for &(g, a, l) in &tagged {
        sorted[fill[g]] = (a, l);
        fill[g] += 1;
    }
    for g in 0..groups {
        let members = &mut sorted[start[g]..start[g + 1]];
        if members.len() < 2 {
            continue;
        }
        members.sort_unstable_by_key(|m| m.0);
        for i in 0..members.len() {
            if i > 0 && members[i].0 == members[i - 1].0 {
                continue;
            }
            for j in i + 1..members.len() {
                if members[j].0 == members[j - 1].0 {
                    continue;
                }
                pair(members[i].0, members[j].0, members[i].1);
            }
        }
    }
}

/// Builds queen or rook contiguity of `areas`, snapping vertices to `precision`
/// (use [`DEFAULT_PRECISION`] unless the data says otherwise).
pub fn contiguity(areas: &[MultiPolygon], rule: ContiguityRule, precision: f64) -> Contiguity {
    let n = areas.len();
    // Shared edges: needed for rook links and for boundary lengths under both rules.
    let edges = areas.iter().enumerate().flat_map(|(a, mp)| {
        mp.rings().flat_map(move |r| {
            r.edges().filter_map(move |(p, q)| {
                let (kp, kq) = (snap(p, precision), snap(q, precision));
                (kp != kq).then(|| ((kp.min(kq), kp.max(kq)), a, p.distance(q)))
            })
        })
    });
    let mut links: Vec<(usize, usize, f64)> = Vec::new();
    for_each_pair_in_groups(edges, |a, b, len| {
        links.push((a, b, len));
        links.push((b, a, len));
    });
    if rule == ContiguityRule::Queen {
        let vertices = areas.iter().enumerate().flat_map(|(a, mp)| {
            mp.rings().flat_map(move |r| {
                let pts = r.points();
                // The closing vertex repeats the first one.
                pts[..pts.len().saturating_sub(1)]
                    .iter()
                    .map(move |&p| (snap(p, precision), a, 0.0))
            })
        });
        for_each_pair_in_groups(vertices, |a, b, _| {
            links.push((a, b, 0.0));
            links.push((b, a, 0.0));
        });
    }
    // Compressed rows, merging duplicate links and summing their lengths.
    let mut counts = vec![0usize; n + 1];
    for &(a, _, _) in &links {
        counts[a + 1] += 1;
    }
    for i in 0..n {
        counts[i + 1] += counts[i];
    }
    let mut fill = counts.clone();
    let mut row = vec![(0usize, 0.0f64); links.len()];
    for &(a, b, l) in &links {
        row[fill[a]] = (b, l);
        fill[a] += 1;
    }
    drop(links);
    let mut offsets = Vec::with_capacity(n + 1);
    offsets.push(0);
    let mut neighbours = Vec::new();
    let mut shared_lengths = Vec::new();
    for i in 0..n {
        let slice = &mut row[counts[i]..counts[i + 1]];
        slice.sort_unstable_by_key(|x| x.0);
        for &(b, l) in slice.iter() {
            if neighbours.len() > offsets[i] && neighbours.last() == Some(&b) {
                *shared_lengths.last_mut().expect("pushed with neighbour") += l;
            } else {
                neighbours.push(b);
                shared_lengths.push(l);
            }
        }
        offsets.push(neighbours.len());
    }
    Contiguity {
        offsets,
        neighbours,
        shared_lengths,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::{Polygon, Ring};

    fn cell(i: i32, j: i32) -> MultiPolygon {
        let (x, y) = (f64::from(i), f64::from(j));
        // clockwise
        MultiPolygon::new(vec![Polygon::new(
            Ring::new(vec![
                Point::new(x, y),
                Point::new(x, y + 1.0),
                Point::new(x + 1.0, y + 1.0),
                Point::new(x + 1.0, y),
            ]),
            vec![],
        )])
    }

    #[test]
    fn grid_queen_and_rook() {
        // 3x3 grid, index = j*3 + i.
        let areas: Vec<_> = (0..3)
            .flat_map(|j| (0..3).map(move |i| cell(i, j)))
            .collect();
        let rook = contiguity(&areas, ContiguityRule::Rook, DEFAULT_PRECISION);
        let queen = contiguity(&areas, ContiguityRule::Queen, DEFAULT_PRECISION);
        assert_eq!(rook.neighbours(4), &[1, 3, 5, 7]);
        assert_eq!(queen.neighbours(4), &[0, 1, 2, 3, 5, 6, 7, 8]);
        assert_eq!(rook.neighbours(0), &[1, 3]);
        assert_eq!(queen.neighbours(0), &[1, 3, 4]);
        assert_eq!(rook.shared_lengths(4), &[1.0, 1.0, 1.0, 1.0]);
        assert_eq!(queen.shared_lengths(0), &[1.0, 1.0, 0.0]);
        assert_eq!(rook.n_links(), 24);
        assert_eq!(queen.n_links(), 40);
        assert!(queen.islands().is_empty());
    }
}
