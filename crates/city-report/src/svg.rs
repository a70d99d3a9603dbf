//! Two small SVG charts for paper: a line over years and horizontal bars. Every text comes
//! in already translated and every number already formatted; each chart has a `<title>`
//! and a `<desc>` for screen readers, and the report gives its figures as a table too.

use crate::html::esc;

/// A line chart of (year, value) with the values' labels at the ends.
pub fn line(
    id: &str,
    title: &str,
    desc: &str,
    shares: &[peers::YearShare],
    fmt: &dyn Fn(f64) -> String,
) -> String {
    let points: Vec<(i32, f64)> = shares.iter().map(|y| (y.year, y.share)).collect();
    let (w, h, l, r, t, b) = (640.0, 220.0, 48.0, 20.0, 16.0, 28.0);
    let (x0, x1) = (
        points.first().map_or(0, |p| p.0),
        points.last().map_or(1, |p| p.0),
    );
    // A share is drawn from zero, as on the web's profile: an axis fitted to the values
    // made a flat 14.72–14.73 % look like a steep fall (the trial's Osijek report).
    let top = points.iter().map(|p| p.1).fold(0.0_f64, f64::max);
    let (lo, hi) = (0.0, (top * 1.15).max(1.0));
    let sx = |x: i32| l + (w - l - r) * f64::from(x - x0) / f64::from((x1 - x0).max(1));
    let sy = |y: f64| t + (h - t - b) * (1.0 - (y - lo) / (hi - lo));
    let path: Vec<String> = points
        .iter()
        .map(|p| format!("{:.1},{:.1}", sx(p.0), sy(p.1)))
        .collect();
    let mut s = root(id, w, h, title, desc);
    s.push_str(&format!(
        r##"<line x1="{l}" y1="{}" x2="{}" y2="{}" stroke="#888"/>"##,
        h - b,
        w - r,
        h - b
    ));
    for (y, anchor) in [(lo, "end"), (hi, "end")] {
        s.push_str(&format!(
            r##"<text x="{}" y="{:.1}" font-size="11" text-anchor="{anchor}" fill="#444">{}</text>"##,
            l - 4.0,
            sy(y) + 4.0,
            esc(&fmt(y))
        ));
    }
    for p in &points {
        s.push_str(&format!(
            r##"<text x="{:.1}" y="{}" font-size="11" text-anchor="middle" fill="#444">{}</text>"##,
            sx(p.0),
            h - 10.0,
            p.0
        ));
    }
    s.push_str(&format!(
        r##"<polyline fill="none" stroke="#1f4e79" stroke-width="2" points="{}"/>"##,
        path.join(" ")
    ));
    // Eurostat's estimates hollow, so that they are not read as counts.
    for y in shares {
        let fill = if y.estimated {
            r##"#ffffff" stroke="#1f4e79" stroke-width="1.6"##
        } else {
            "#1f4e79"
        };
        s.push_str(&format!(
            r##"<circle cx="{:.1}" cy="{:.1}" r="3" fill="{fill}"/>"##,
            sx(y.year),
            sy(y.share)
        ));
    }
    if let Some(p) = points.last() {
        s.push_str(&format!(
            r##"<text x="{:.1}" y="{:.1}" font-size="12" text-anchor="end" fill="#000">{}</text>"##,
            sx(p.0),
            sy(p.1) - 8.0,
            esc(&fmt(p.1))
        ));
    }
    s.push_str("</svg>");
    s
}

/// Horizontal bars, one per (label, value); a bar without a value shows `missing`. The
/// first bar is drawn dark (the city), the others blue.
pub fn bars(
    id: &str,
    title: &str,
    desc: &str,
    items: &[(String, Option<f64>)],
    missing: &str,
    fmt: &dyn Fn(f64) -> String,
) -> String {
    let (w, row, l, r) = (640.0, 22.0, 200.0, 70.0);
    let h = row * items.len() as f64 + 10.0;
    let max = items
        .iter()
        .filter_map(|i| i.1)
        .fold(0.0_f64, f64::max)
        .max(1e-9);
    let mut s = root(id, w, h, title, desc);
    for (i, (label, v)) in items.iter().enumerate() {
        let y = 5.0 + row * i as f64;
        s.push_str(&format!(
            r##"<text x="{}" y="{:.1}" font-size="12" text-anchor="end" fill="#000">{}</text>"##,
            l - 6.0,
            y + 15.0,
            esc(label)
        ));
        match v {
            Some(v) => {
                let bw = (w - l - r) * (v / max).max(0.0);
                let fill = if i == 0 { "#222" } else { "#4a7ab0" };
                s.push_str(&format!(
                    r##"<rect x="{l}" y="{:.1}" width="{bw:.1}" height="{}" fill="{fill}"/><text x="{:.1}" y="{:.1}" font-size="12" fill="#000">{}</text>"##,
                    y + 3.0,
                    row - 6.0,
                    l + bw + 4.0,
                    y + 15.0,
                    esc(&fmt(*v))
                ));
            }
            None => s.push_str(&format!(
                r##"<text x="{}" y="{:.1}" font-size="12" font-style="italic" fill="#555">{}</text>"##,
                l + 4.0,
                y + 15.0,
                esc(missing)
            )),
        }
    }
    s.push_str("</svg>");
    s
}

/// The chart's root through the project's one SVG writer (ids and texts escaped alike).
fn root(id: &str, w: f64, h: f64, title: &str, desc: &str) -> String {
    let (title_id, desc_id) = (format!("{id}-t"), format!("{id}-d"));
    let labelled = format!("{title_id} {desc_id}");
    let view = format!("0 0 {w} {h}");
    let mut s = String::new();
    spatial::open_svg(
        &mut s,
        &spatial::SvgRoot {
            attributes: &[
                ("id", id),
                ("class", "chart"),
                ("viewBox", &view),
                ("role", "img"),
                ("aria-labelledby", &labelled),
            ],
            title: (&title_id, title),
            desc: (&desc_id, desc),
            separator: "",
        },
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flat_share_is_drawn_flat_from_zero() {
        let shares: Vec<peers::YearShare> = [(2021, 14.72), (2022, 14.73)]
            .iter()
            .map(|&(year, share)| peers::YearShare {
                year,
                share,
                estimated: false,
            })
            .collect();
        let svg = line("t", "title", "desc", &shares, &|v| format!("{v:.2}"));
        assert!(svg.contains(">0.00<"), "the axis starts at zero: {svg}");
        assert!(
            svg.contains(">16.94<"),
            "and ends 15 % above the top: {svg}"
        );
        // Both points lie within a pixel of each other: the line is flat.
        let path = svg.split("points=\"").nth(1).unwrap_or_default();
        let ys: Vec<f64> = path
            .split('"')
            .next()
            .unwrap_or_default()
            .split(' ')
            .filter_map(|xy| xy.split(',').nth(1)?.parse().ok())
            .collect();
        assert_eq!(ys.len(), 2, "{svg}");
        assert!((ys[0] - ys[1]).abs() < 1.0, "{ys:?}");
    }
}
