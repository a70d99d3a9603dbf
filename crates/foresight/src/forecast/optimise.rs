//! Nelder–Mead minimisation inside a box.
//!
//! The ETS likelihood of a ten-point series is a small, non-smooth-looking surface with
//! ridges where the smoothing parameters trade off against the initial states; a
//! derivative-free simplex search is robust there and needs no gradients. Bounds are kept
//! by projecting every trial point onto the box, so no candidate outside the admissible
//! region (e.g. `α > 1`) is ever evaluated.

/// A box `[lower, upper]` per coordinate.
#[derive(Debug, Clone)]
pub(crate) struct Bounds {
    pub lower: Vec<f64>,
    pub upper: Vec<f64>,
}

impl Bounds {
    fn project(&self, x: &mut [f64]) {
        for ((v, lo), hi) in x.iter_mut().zip(&self.lower).zip(&self.upper) {
            *v = v.clamp(*lo, *hi);
        }
    }
}

/// The best point found and its objective value.
#[derive(Debug, Clone)]
pub(crate) struct Minimum {
    pub x: Vec<f64>,
    pub value: f64,
}

/// Minimises `f` from `start` within `bounds` (standard coefficients: reflection 1,
/// expansion 2, contraction ½, shrink ½). Non-finite objective values count as +∞, so
/// the search walks away from them instead of stopping.
pub(crate) fn nelder_mead(
    f: &mut dyn FnMut(&[f64]) -> f64,
    start: &[f64],
    bounds: &Bounds,
    max_evaluations: usize,
) -> Minimum {
    let n = start.len();
    let mut eval = |x: &[f64]| {
        let v = f(x);
        if v.is_finite() { v } else { f64::INFINITY }
    };
    let mut simplex: Vec<Vec<f64>> = Vec::with_capacity(n + 1);
    let mut first = start.to_vec();
    bounds.project(&mut first);
    simplex.push(first.clone());
    for i in 0..n {
        let mut p = first.clone();
        let width = bounds.upper[i] - bounds.lower[i];
        // A step of a tenth of the box (or towards the other side when at the edge).
        let step = 0.1
            * if width.is_finite() {
                width
            } else {
                p[i].abs().max(1.0)
            };
        p[i] = if p[i] + step <= bounds.upper[i] {
            p[i] + step
        } else {
            p[i] - step
        };
        bounds.project(&mut p);
        simplex.push(p);
    }
    let mut values: Vec<f64> = simplex.iter().map(|p| eval(p)).collect();
    let mut evaluations = n + 1;
    while evaluations < max_evaluations {
        let mut order: Vec<usize> = (0..=n).collect();
        order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
        simplex = order.iter().map(|&i| simplex[i].clone()).collect();
        values = order.iter().map(|&i| values[i]).collect();
        let (best, worst) = (values[0], values[n]);
        if (worst - best).abs() <= 1e-9 * (best.abs() + 1e-9) {
            break;
        }
        let centroid: Vec<f64> = (0..n)
            .map(|j| simplex[..n].iter().map(|p| p[j]).sum::<f64>() / n as f64)
            .collect();
        let toward = |t: f64| -> Vec<f64> {
            let mut p: Vec<f64> = (0..n)
                .map(|j| centroid[j] + t * (simplex[n][j] - centroid[j]))
                .collect();
            bounds.project(&mut p);
            p
        };
        let reflected = toward(-1.0);
        let fr = eval(&reflected);
        evaluations += 1;
        if fr < values[0] {
            let expanded = toward(-2.0);
            let fe = eval(&expanded);
            evaluations += 1;
            (simplex[n], values[n]) = if fe < fr {
                (expanded, fe)
            } else {
                (reflected, fr)
            };
        } else if fr < values[n - 1] {
            (simplex[n], values[n]) = (reflected, fr);
        } else {
            let contracted = if fr < values[n] {
                toward(-0.5)
            } else {
                toward(0.5)
            };
            let fc = eval(&contracted);
            evaluations += 1;
            if fc < values[n].min(fr) {
                (simplex[n], values[n]) = (contracted, fc);
            } else {
                for i in 1..=n {
                    let mut p: Vec<f64> = (0..n)
                        .map(|j| simplex[0][j] + 0.5 * (simplex[i][j] - simplex[0][j]))
                        .collect();
                    bounds.project(&mut p);
                    values[i] = eval(&p);
                    simplex[i] = p;
                }
                evaluations += n;
            }
        }
    }
    let best = (0..=n)
        .min_by(|&a, &b| values[a].total_cmp(&values[b]))
        .unwrap_or(0);
    Minimum {
        x: simplex[best].clone(),
        value: values[best],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_minimum_of_a_shifted_bowl() {
        let mut f = |x: &[f64]| (x[0] - 0.3).powi(2) + 10.0 * (x[1] + 1.0).powi(2);
        let b = Bounds {
            lower: vec![-5.0, -5.0],
            upper: vec![5.0, 5.0],
        };
        let m = nelder_mead(&mut f, &[2.0, 2.0], &b, 2000);
        assert!(
            (m.x[0] - 0.3).abs() < 1e-4 && (m.x[1] + 1.0).abs() < 1e-4,
            "{m:?}"
        );
    }

    #[test]
    fn stays_inside_the_box() {
        let mut f = |x: &[f64]| -x[0];
        let b = Bounds {
            lower: vec![0.0],
            upper: vec![0.9],
        };
        let m = nelder_mead(&mut f, &[0.1], &b, 500);
        assert!((m.x[0] - 0.9).abs() < 1e-9, "{m:?}");
    }
}
