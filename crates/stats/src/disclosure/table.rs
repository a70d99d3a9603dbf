//! Tables with margins: dimensions (flat or hierarchical), cells, and the additive relations
//! ("lines") that tie every aggregate to its parts.

use super::{DisclosureError, Result};

/// How many of a cell's largest contributions are kept when cells are aggregated.
pub const MAX_TOP_CONTRIBUTIONS: usize = 8;

/// One dimension of a table: codes, and for aggregate codes their children.
///
/// A flat dimension has its categories plus a total (the parent of all categories). A
/// hierarchical dimension (e.g. country → NUTS 2 → city) has one relation per aggregate code:
/// `value(parent) = Σ value(children)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dimension {
    name: String,
    codes: Vec<String>,
    parent: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
}

impl Dimension {
    /// Categories followed by a total code (last index) that is their sum.
    pub fn flat<S: AsRef<str>>(name: &str, categories: &[S], total: &str) -> Self {
        let k = categories.len();
        let mut codes: Vec<String> = categories.iter().map(|c| c.as_ref().to_string()).collect();
        codes.push(total.to_string());
        let mut parent = vec![Some(k); k];
        parent.push(None);
        Self::build(name, codes, parent)
    }

    /// Categories without a published total: no relation along this dimension.
    pub fn without_total<S: AsRef<str>>(name: &str, categories: &[S]) -> Self {
        let codes: Vec<String> = categories.iter().map(|c| c.as_ref().to_string()).collect();
        let parent = vec![None; codes.len()];
        Self::build(name, codes, parent)
    }

    /// A hierarchy given as `(code, parent index)`; roots have no parent. Every code with
    /// children is the sum of its children.
    pub fn hierarchical(name: &str, codes: Vec<(String, Option<usize>)>) -> Result<Self> {
        let k = codes.len();
        if k == 0 {
            return Err(DisclosureError::InvalidDimension(format!(
                "dimension {name} has no codes"
            )));
        }
        for (i, (code, p)) in codes.iter().enumerate() {
            if let Some(p) = p.filter(|&p| p >= k || p == i) {
                return Err(DisclosureError::InvalidDimension(format!(
                    "dimension {name}: code {code} has an invalid parent {p}"
                )));
            }
        }
        // acyclic: walking up from any code ends within k steps
        for (i, (code, _)) in codes.iter().enumerate() {
            let mut at = i;
            let mut steps = 0;
            while let Some(p) = codes[at].1 {
                at = p;
                steps += 1;
                if steps > k {
                    return Err(DisclosureError::InvalidDimension(format!(
                        "dimension {name}: the parents of {code} form a cycle"
                    )));
                }
            }
        }
        let (names, parent): (Vec<String>, Vec<Option<usize>>) = codes.into_iter().unzip();
        Ok(Self::build(name, names, parent))
    }

    fn build(name: &str, codes: Vec<String>, parent: Vec<Option<usize>>) -> Self {
        let mut children = vec![Vec::new(); codes.len()];
        for (i, p) in parent.iter().enumerate() {
            if let Some(p) = p {
                children[*p].push(i);
            }
        }
        Dimension {
            name: name.to_string(),
            codes,
            parent,
            children,
        }
    }

    /// Name.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Number of codes (including totals).
    pub fn len(&self) -> usize {
        self.codes.len()
    }
    /// Whether the dimension has no codes (never true for a built dimension).
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
    /// The codes.
    pub fn codes(&self) -> &[String] {
        &self.codes
    }
    /// Children of code `i` (empty for a leaf).
    pub fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }
    /// Parent of code `i`.
    pub fn parent(&self, i: usize) -> Option<usize> {
        self.parent[i]
    }
    /// Whether code `i` is an aggregate (has children).
    pub fn is_aggregate(&self, i: usize) -> bool {
        !self.children[i].is_empty()
    }
    fn depth(&self, i: usize) -> usize {
        let mut d = 0;
        let mut at = i;
        while let Some(p) = self.parent[at] {
            d += 1;
            at = p;
        }
        d
    }
}

/// The data of one cell: its value (a count or a magnitude), the number of contributors, and
/// the largest contributions (descending) for the dominance and p% rules.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CellData {
    /// Cell value (count of persons, or sum of a magnitude).
    pub value: f64,
    /// Number of contributors (persons, households, enterprises) — the unweighted n.
    pub n: u64,
    /// Largest individual contributions, descending; may be empty for frequency tables.
    pub top: Vec<f64>,
}

impl CellData {
    /// A frequency cell: `n` persons, value `n`.
    pub fn count(n: u64) -> Self {
        CellData {
            value: n as f64,
            n,
            top: Vec::new(),
        }
    }

    /// A magnitude cell from its individual contributions.
    pub fn from_contributions(contributions: &[f64]) -> Self {
        let mut top = contributions.to_vec();
        top.sort_by(|a, b| b.total_cmp(a));
        top.truncate(MAX_TOP_CONTRIBUTIONS);
        CellData {
            value: contributions.iter().sum(),
            n: contributions.len() as u64,
            top,
        }
    }

    fn absorb(&mut self, other: &CellData) {
        self.value += other.value;
        self.n += other.n;
        if !other.top.is_empty() {
            self.top.extend_from_slice(&other.top);
            self.top.sort_by(|a, b| b.total_cmp(a));
            self.top.truncate(MAX_TOP_CONTRIBUTIONS);
        }
    }
}

/// An additive relation instance: `cells[total] = Σ cells[parts]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The aggregate cell.
    pub total: usize,
    /// Its parts.
    pub parts: Vec<usize>,
}

/// A k-dimensional table with all its margins, cells in row-major order over the dimensions'
/// codes (the last dimension varies fastest).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    dims: Vec<Dimension>,
    strides: Vec<usize>,
    cells: Vec<CellData>,
}

fn strides(dims: &[Dimension]) -> Vec<usize> {
    let mut s = vec![1; dims.len()];
    for d in (0..dims.len().saturating_sub(1)).rev() {
        s[d] = s[d + 1] * dims[d + 1].len();
    }
    s
}

impl Table {
    /// A table from all its cells (margins included), checked for additivity of the values
    /// (relative tolerance 1e-9). Use this when the engine computed the margins itself (e.g.
    /// with `GROUPING SETS`), in particular when one contributor can appear in several cells.
    pub fn new(dims: Vec<Dimension>, cells: Vec<CellData>) -> Result<Self> {
        if dims.is_empty() {
            return Err(DisclosureError::InvalidDimension(
                "a table needs at least one dimension".into(),
            ));
        }
        let size: usize = dims.iter().map(Dimension::len).product();
        if cells.len() != size {
            return Err(DisclosureError::Shape {
                expected: size,
                got: cells.len(),
            });
        }
        let table = Table {
            strides: strides(&dims),
            dims,
            cells,
        };
        for line in table.lines() {
            let sum: f64 = line.parts.iter().map(|&c| table.cells[c].value).sum();
            let total = table.cells[line.total].value;
            if (sum - total).abs() > 1e-9 * total.abs().max(sum.abs()).max(1.0) {
                return Err(DisclosureError::NotAdditive {
                    cell: table.coords(line.total),
                    total,
                    sum,
                });
            }
        }
        Ok(table)
    }

    /// A table from its leaf cells (every coordinate a leaf code of its dimension); all
    /// aggregates are computed by summation, top contributions merged. This assumes every
    /// contributor belongs to a single leaf cell (true for persons).
    pub fn from_leaves(
        dims: Vec<Dimension>,
        leaves: impl IntoIterator<Item = (Vec<usize>, CellData)>,
    ) -> Result<Self> {
        if dims.is_empty() {
            return Err(DisclosureError::InvalidDimension(
                "a table needs at least one dimension".into(),
            ));
        }
        let size: usize = dims.iter().map(Dimension::len).product();
        let strides = strides(&dims);
        let mut cells = vec![CellData::default(); size];
        for (coords, data) in leaves {
            if coords.len() != dims.len()
                || coords
                    .iter()
                    .zip(&dims)
                    .any(|(&c, d)| c >= d.len() || d.is_aggregate(c))
            {
                return Err(DisclosureError::InvalidDimension(format!(
                    "leaf coordinates {coords:?} are not leaf codes of the dimensions"
                )));
            }
            let idx: usize = coords.iter().zip(&strides).map(|(c, s)| c * s).sum();
            cells[idx].absorb(&data);
        }
        // aggregate dimension by dimension, deepest aggregates first
        for (d, dim) in dims.iter().enumerate() {
            let mut parents: Vec<usize> = (0..dim.len()).filter(|&i| dim.is_aggregate(i)).collect();
            parents.sort_by_key(|&p| std::cmp::Reverse(dim.depth(p)));
            for p in parents {
                for idx in 0..size {
                    if (idx / strides[d]) % dim.len() != p {
                        continue;
                    }
                    let mut acc = CellData::default();
                    for &c in dim.children(p) {
                        let j = idx - p * strides[d] + c * strides[d];
                        acc.absorb(&cells[j]);
                    }
                    cells[idx] = acc;
                }
            }
        }
        Ok(Table {
            dims,
            strides,
            cells,
        })
    }

    /// The dimensions.
    pub fn dims(&self) -> &[Dimension] {
        &self.dims
    }
    /// All cells, row-major.
    pub fn cells(&self) -> &[CellData] {
        &self.cells
    }
    /// Number of cells.
    pub fn len(&self) -> usize {
        self.cells.len()
    }
    /// Whether the table has no cells.
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }
    /// Index of the cell at `coords`.
    pub fn index(&self, coords: &[usize]) -> usize {
        coords.iter().zip(&self.strides).map(|(c, s)| c * s).sum()
    }
    /// Coordinates of cell `idx`.
    pub fn coords(&self, idx: usize) -> Vec<usize> {
        self.dims
            .iter()
            .zip(&self.strides)
            .map(|(d, s)| (idx / s) % d.len())
            .collect()
    }
    /// In how many dimensions the cell's code is an aggregate (0 for an interior cell).
    pub fn aggregate_level(&self, idx: usize) -> usize {
        self.coords(idx)
            .iter()
            .zip(&self.dims)
            .filter(|(c, d)| d.is_aggregate(**c))
            .count()
    }

    /// Every additive relation of the table: for each dimension, each aggregate code and each
    /// combination of the other dimensions' codes.
    pub fn lines(&self) -> Vec<Line> {
        let mut lines = Vec::new();
        for (d, dim) in self.dims.iter().enumerate() {
            let stride = self.strides[d];
            for p in (0..dim.len()).filter(|&p| dim.is_aggregate(p)) {
                for idx in 0..self.cells.len() {
                    if (idx / stride) % dim.len() != p {
                        continue;
                    }
                    let parts = dim
                        .children(p)
                        .iter()
                        .map(|&c| idx - p * stride + c * stride)
                        .collect();
                    lines.push(Line { total: idx, parts });
                }
            }
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_leaves_builds_all_margins() {
        let a = Dimension::flat("a", &["a1", "a2"], "A");
        let b = Dimension::flat("b", &["b1", "b2", "b3"], "B");
        let leaves = (0..2).flat_map(|i| {
            (0..3).map(move |j| (vec![i, j], CellData::count((i * 3 + j + 1) as u64)))
        });
        let t = Table::from_leaves(vec![a, b], leaves).unwrap();
        assert_eq!(t.len(), 12);
        assert_eq!(t.cells()[t.index(&[0, 3])].value, 6.0);
        assert_eq!(t.cells()[t.index(&[1, 3])].value, 15.0);
        assert_eq!(t.cells()[t.index(&[2, 1])].value, 7.0);
        assert_eq!(t.cells()[t.index(&[2, 3])].value, 21.0);
        assert_eq!(t.lines().len(), 4 + 3);
        // the same cells pass the additivity check of Table::new
        let again = Table::new(t.dims().to_vec(), t.cells().to_vec()).unwrap();
        assert_eq!(again, t);
    }

    #[test]
    fn hierarchy_and_validation() {
        // Total(0) → North(1) → {n1(3), n2(4)}, South(2) → {s1(5)}
        let h = Dimension::hierarchical(
            "geo",
            vec![
                ("Total".into(), None),
                ("North".into(), Some(0)),
                ("South".into(), Some(0)),
                ("n1".into(), Some(1)),
                ("n2".into(), Some(1)),
                ("s1".into(), Some(2)),
            ],
        )
        .unwrap();
        let t = Table::from_leaves(
            vec![h],
            vec![
                (vec![3], CellData::count(2)),
                (vec![4], CellData::count(5)),
                (vec![5], CellData::count(7)),
            ],
        )
        .unwrap();
        let v: Vec<f64> = t.cells().iter().map(|c| c.value).collect();
        assert_eq!(v, vec![14.0, 7.0, 7.0, 2.0, 5.0, 7.0]);
        assert!(
            Dimension::hierarchical("x", vec![("a".into(), Some(1)), ("b".into(), Some(0))])
                .is_err()
        );
        let bad = Table::new(
            vec![Dimension::flat("a", &["x", "y"], "T")],
            vec![CellData::count(1), CellData::count(2), CellData::count(4)],
        );
        assert!(matches!(bad, Err(DisclosureError::NotAdditive { .. })));
    }
}
