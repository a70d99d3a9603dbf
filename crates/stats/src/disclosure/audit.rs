//! The audit: can a suppressed cell be recovered exactly from the published cells?
//!
//! Every line of the table is a linear relation `x_total - Σ x_parts = 0`. Moving the
//! published cells (known numbers) to the right-hand side leaves a system `A u = b` in the
//! suppressed cells `u`. A suppressed cell `c` is *exactly recoverable by linear combination
//! of the published margins* iff its unit vector `e_c` lies in the row space of `A`
//! (then `u_c = y·b` for the combination `y` with `yA = e_c`); otherwise there are tables that
//! agree with every published value and differ in `u_c`. Subtraction along a single row or
//! column (a line with one suppressed cell) is the simplest case; combinations across rows,
//! columns and levels of a hierarchy are covered too.
//!
//! Test: bring `A` to reduced row echelon form; `e_c` is in the row space iff some row of the
//! RREF has its only non-zero entry in column `c`.
//!
//! Arithmetic is exact modular arithmetic over the prime field `GF(2^61 - 1)`: `A` has
//! integer entries (0, ±1), so elimination over the rationals and over `GF(p)` give the same
//! answer unless `p` divides one of the finitely many minors involved — integers far smaller
//! than `p`'s multiples in practice (a k×k ±1 matrix has minors at most `k^{k/2}` by
//! Hadamard's bound, so at most `k log2 k / 122` of its prime factors can be this large).
//! No floating-point tolerance is involved.
//!
//! Not covered (documented limitation): *interval* disclosure using non-negativity (e.g. a line
//! whose suppressed cells must sum to 0) — an LP audit (Hundepool et al. 2012, §4.3.3) is future
//! work; the secondary suppression prefers non-zero complements to limit that risk.

use super::table::Table;

const P: u64 = (1 << 61) - 1;

/// `a·b mod P` for `a, b < P`, with the Mersenne reduction `x ≡ (x mod 2^61) + (x >> 61)`.
fn mul(a: u64, b: u64) -> u64 {
    let x = u128::from(a) * u128::from(b);
    let lo = (x as u64) & P;
    let hi = (x >> 61) as u64;
    let s = lo + hi;
    if s >= P { s - P } else { s }
}

fn sub(a: u64, b: u64) -> u64 {
    if a >= b { a - b } else { a + P - b }
}

fn pow(mut a: u64, mut e: u64) -> u64 {
    let mut r = 1;
    while e > 0 {
        if e & 1 == 1 {
            r = mul(r, a);
        }
        a = mul(a, a);
        e >>= 1;
    }
    r
}

fn inv(a: u64) -> u64 {
    pow(a, P - 2)
}

/// The suppressed cells (table indices) that are exactly recoverable from the published ones.
/// `suppressed[i]` tells whether cell `i` is withheld.
pub fn recoverable_cells(table: &Table, suppressed: &[bool]) -> Vec<usize> {
    let unknowns: Vec<usize> = (0..table.len()).filter(|&i| suppressed[i]).collect();
    if unknowns.is_empty() {
        return Vec::new();
    }
    let mut column = vec![usize::MAX; table.len()];
    for (j, &c) in unknowns.iter().enumerate() {
        column[c] = j;
    }
    let m = unknowns.len();
    let mut rows: Vec<Vec<u64>> = Vec::new();
    for line in table.lines() {
        let mut row = vec![0u64; m];
        let mut any = false;
        if suppressed[line.total] {
            row[column[line.total]] = 1;
            any = true;
        }
        for &p in &line.parts {
            if suppressed[p] {
                let j = column[p];
                row[j] = sub(row[j], 1);
                any = true;
            }
        }
        if any {
            rows.push(row);
        }
    }
    // reduced row echelon form
    let mut pivot_row_of_col: Vec<Option<usize>> = vec![None; m];
    let mut r = 0;
    for col in 0..m {
        if r == rows.len() {
            break;
        }
        let Some(sel) = (r..rows.len()).find(|&i| rows[i][col] != 0) else {
            continue;
        };
        rows.swap(r, sel);
        let f = inv(rows[r][col]);
        for v in rows[r].iter_mut() {
            *v = mul(*v, f);
        }
        let pivot = rows[r].clone();
        for (i, row) in rows.iter_mut().enumerate() {
            if i != r && row[col] != 0 {
                let g = row[col];
                for (v, pv) in row.iter_mut().zip(&pivot).skip(col) {
                    if *pv != 0 {
                        *v = sub(*v, mul(g, *pv));
                    }
                }
            }
        }
        pivot_row_of_col[col] = Some(r);
        r += 1;
    }
    let mut out = Vec::new();
    for (col, pr) in pivot_row_of_col.iter().enumerate() {
        let alone = pr.is_some_and(|pr| rows[pr].iter().filter(|&&v| v != 0).count() == 1);
        if alone {
            out.push(unknowns[col]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disclosure::table::{CellData, Dimension};

    fn grid(rows: usize, cols: usize) -> Table {
        let r: Vec<String> = (0..rows).map(|i| format!("r{i}")).collect();
        let c: Vec<String> = (0..cols).map(|i| format!("c{i}")).collect();
        let leaves = (0..rows).flat_map(|i| {
            (0..cols).map(move |j| (vec![i, j], CellData::count(20 + (i * cols + j) as u64)))
        });
        Table::from_leaves(
            vec![Dimension::flat("r", &r, "R"), Dimension::flat("c", &c, "C")],
            leaves,
        )
        .unwrap()
    }

    fn mask(t: &Table, cells: &[[usize; 2]]) -> Vec<bool> {
        let mut m = vec![false; t.len()];
        for c in cells {
            m[t.index(c)] = true;
        }
        m
    }

    #[test]
    fn field_arithmetic() {
        for (a, b) in [
            (P - 1, P - 1),
            (P - 2, 3),
            (1 << 60, 1 << 60),
            (12345, 67890),
        ] {
            let expected = ((u128::from(a) * u128::from(b)) % u128::from(P)) as u64;
            assert_eq!(mul(a, b), expected);
        }
        assert_eq!(mul(inv(7), 7), 1);
        assert_eq!(sub(0, 1), P - 1);
    }

    #[test]
    fn single_suppression_in_a_row_is_recoverable() {
        let t = grid(3, 3);
        let m = mask(&t, &[[0, 0]]);
        assert_eq!(recoverable_cells(&t, &m), vec![t.index(&[0, 0])]);
    }

    #[test]
    fn rectangle_is_safe() {
        let t = grid(3, 3);
        let m = mask(&t, &[[0, 0], [0, 1], [1, 0], [1, 1]]);
        assert!(recoverable_cells(&t, &m).is_empty());
    }

    #[test]
    fn bridge_between_two_cycles_is_recoverable() {
        // Two 2×2 rectangles joined by one extra cell: every row and column with a suppression
        // has two or more, yet the joining cell is the sum/difference of published margins.
        let t = grid(4, 4);
        let m = mask(
            &t,
            &[
                [0, 0],
                [0, 1],
                [1, 0],
                [1, 1],
                [2, 2],
                [2, 3],
                [3, 2],
                [3, 3],
                [0, 2],
            ],
        );
        assert_eq!(recoverable_cells(&t, &m), vec![t.index(&[0, 2])]);
    }
}
