//! Server-rendered SVG charts: horizontal bars, dots with intervals, lines. Presentation
//! only — values come in computed. Every chart has a `<title>` and `<desc>` (read by
//! screen readers), uses the Okabe–Ito palette (safe for colour-blind readers), and prints
//! in black and white legibly (the value is written beside each mark). The page puts the
//! same figures in a table next to it.

use std::fmt::Write;

/// Okabe–Ito, without yellow (too light on white).
pub const PALETTE: [&str; 7] = [
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000",
];

/// One row of a bar or dot chart.
#[derive(Debug, Clone)]
pub struct Mark {
    pub label: String,
    pub value: Option<f64>,
    /// Confidence interval, when known.
    pub interval: Option<(f64, f64)>,
    /// Shown instead of a mark when there is no value (`suppressed`, `no data`).
    pub note: String,
    /// Draw as the reference (e.g. natives, the city itself).
    pub reference: bool,
    /// Of low reliability (flag `u`): drawn hollow (a dot) or pale (a bar), and `u`
    /// written beside the value, as the tables flag it.
    pub unreliable: bool,
}

/// The one XML escaper of the tree (`spatial::escape_xml`), under the name the charts use.
use spatial::escape_xml as esc;

fn fmt(v: f64, decimals: usize) -> String {
    crate::layout::num(v, decimals)
}

/// A share in percent as the reader's language writes it: `12.5%` in English, `12,5 %`
/// in German (CLDR's percent pattern, in `charts-percent` of each language). `value` is
/// formatted already.
pub fn percent(value: &str) -> String {
    t!("charts-percent", value = value)
}

/// A formatted value followed by its unit: a percent sign as the language writes it, any
/// other unit (` EUR`, empty) appended as given.
pub fn with_unit(value: &str, unit: &str) -> String {
    if unit == "%" {
        percent(value)
    } else {
        format!("{value}{unit}")
    }
}

fn open(out: &mut String, id: &str, w: f64, h: f64, title: &str, desc: &str) {
    open_root(out, id, w, h, "img", &[], title, desc);
}

/// The root of a chart through the one SVG writer (`spatial::open_svg`): ids are escaped
/// like every other attribute value.
#[allow(clippy::too_many_arguments)]
fn open_root(
    out: &mut String,
    id: &str,
    w: f64,
    h: f64,
    role: &str,
    extra: &[(&str, &str)],
    title: &str,
    desc: &str,
) {
    let (width, height) = (w.to_string(), h.to_string());
    let view_box = format!("0 0 {w} {h}");
    let (title_id, desc_id) = (format!("{id}-t"), format!("{id}-d"));
    let labelled_by = format!("{title_id} {desc_id}");
    let mut attributes: Vec<(&str, &str)> = vec![
        ("viewBox", &view_box),
        ("width", &width),
        ("height", &height),
        ("role", role),
        ("aria-labelledby", &labelled_by),
        ("font-family", "system-ui, sans-serif"),
        ("font-size", "12"),
    ];
    attributes.extend_from_slice(extra);
    spatial::open_svg(
        out,
        &spatial::SvgRoot {
            attributes: &attributes,
            title: (&title_id, title),
            desc: (&desc_id, desc),
            separator: "",
        },
    );
}

/// A "nice" upper bound for an axis.
fn nice_max(v: f64) -> f64 {
    if v <= 0.0 || !v.is_finite() {
        return 1.0;
    }
    let p = 10f64.powf(v.log10().floor());
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if v <= m * p {
            return m * p;
        }
    }
    10.0 * p
}

/// Horizontal dots (or bars) with optional intervals; `unit` is appended to values.
/// Bars start at zero; dots (`dots = true`) suit rates with intervals.
pub fn horizontal(
    id: &str,
    title: &str,
    desc: &str,
    marks: &[Mark],
    unit: &str,
    decimals: usize,
    dots: bool,
) -> String {
    let label_w = 230.0;
    let plot_w = 380.0;
    let value_w = 110.0;
    let row_h = 24.0;
    let top = 10.0;
    let w = label_w + plot_w + value_w;
    let h = top + row_h * marks.len() as f64 + 26.0;
    let max = marks
        .iter()
        .flat_map(|m| m.value.into_iter().chain(m.interval.map(|(_, hi)| hi)))
        .fold(0.0f64, f64::max);
    let min = marks
        .iter()
        .flat_map(|m| m.value.into_iter().chain(m.interval.map(|(lo, _)| lo)))
        .fold(0.0f64, f64::min);
    let hi = nice_max(max);
    let lo = if min < 0.0 { -nice_max(-min) } else { 0.0 };
    let x = |v: f64| label_w + (v - lo) / (hi - lo) * plot_w;
    let mut out = String::new();
    open(&mut out, id, w, h, title, desc);
    // Axis: gridlines at quarters.
    for i in 0..=4 {
        let v = lo + (hi - lo) * f64::from(i) / 4.0;
        let xv = x(v);
        let _ = write!(
            out,
            r##"<line x1="{xv:.1}" x2="{xv:.1}" y1="{top}" y2="{:.1}" stroke="#d4d7dc"/><text x="{xv:.1}" y="{:.1}" text-anchor="middle" fill="#55595f">{}</text>"##,
            h - 22.0,
            h - 8.0,
            fmt(v, if hi - lo < 10.0 { 1 } else { 0 })
        );
    }
    for (i, m) in marks.iter().enumerate() {
        let cy = top + row_h * (i as f64 + 0.5);
        let colour = if m.reference { PALETTE[6] } else { PALETTE[0] };
        let weight = if m.reference { "700" } else { "400" };
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end" font-weight="{weight}">{}</text>"#,
            label_w - 8.0,
            cy + 4.0,
            esc(&truncate(&m.label, 36))
        );
        match m.value {
            Some(v) => {
                if let Some((a, b)) = m.interval {
                    let _ = write!(
                        out,
                        r#"<line x1="{:.1}" x2="{:.1}" y1="{cy:.1}" y2="{cy:.1}" stroke="{colour}" stroke-width="2"/><line x1="{:.1}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="{colour}"/><line x1="{:.1}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="{colour}"/>"#,
                        x(a),
                        x(b),
                        x(a),
                        x(a),
                        cy - 5.0,
                        cy + 5.0,
                        x(b),
                        x(b),
                        cy - 5.0,
                        cy + 5.0
                    );
                }
                if dots {
                    let shape = if m.reference {
                        format!(
                            r#"<rect x="{:.1}" y="{:.1}" width="10" height="10" fill="{colour}"/>"#,
                            x(v) - 5.0,
                            cy - 5.0
                        )
                    } else if m.unreliable {
                        format!(
                            r##"<circle cx="{:.1}" cy="{cy:.1}" r="4.5" fill="#ffffff" stroke="{colour}" stroke-width="2"/>"##,
                            x(v)
                        )
                    } else {
                        format!(
                            r#"<circle cx="{:.1}" cy="{cy:.1}" r="5.5" fill="{colour}"/>"#,
                            x(v)
                        )
                    };
                    out.push_str(&shape);
                } else {
                    let x0 = x(0.0f64.max(lo));
                    let (bx, bw) = if v >= 0.0 {
                        (x0, x(v) - x0)
                    } else {
                        (x(v), x0 - x(v))
                    };
                    let pale = if m.unreliable {
                        format!(r#" fill-opacity="0.35" stroke="{colour}""#)
                    } else {
                        String::new()
                    };
                    let _ = write!(
                        out,
                        r#"<rect x="{bx:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{colour}"{pale}/>"#,
                        cy - row_h * 0.35,
                        bw.max(0.5),
                        row_h * 0.7
                    );
                }
                let mut ci = m
                    .interval
                    .map(|(a, b)| format!(" ({}–{})", fmt(a, decimals), fmt(b, decimals)))
                    .unwrap_or_default();
                if m.unreliable {
                    ci.push_str(" u");
                }
                let _ = write!(
                    out,
                    r##"<text x="{:.1}" y="{:.1}" fill="#1d1d1f">{}{}</text>"##,
                    label_w + plot_w + 6.0,
                    cy + 4.0,
                    esc(&with_unit(&fmt(v, decimals), unit)),
                    esc(&ci)
                );
            }
            None => {
                let _ = write!(
                    out,
                    r##"<text x="{:.1}" y="{:.1}" fill="#55595f" font-style="italic">{}</text>"##,
                    label_w + 6.0,
                    cy + 4.0,
                    esc(&m.note)
                );
            }
        }
    }
    out.push_str("</svg>");
    out
}

/// One point of a line: `x` (a year), `y`, and whether the source estimated it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
    /// Estimated by the source (flag `e`, e.g. interpolated between censuses): drawn
    /// hollow, so that it is not read as an observation.
    pub estimated: bool,
}

impl Point {
    pub fn observed(x: f64, y: f64) -> Self {
        Self {
            x,
            y,
            estimated: false,
        }
    }
}

/// One line per series over years (or periods), values as given; estimated points hollow.
pub fn lines(
    id: &str,
    title: &str,
    desc: &str,
    series: &[(String, Vec<Point>)],
    unit: &str,
    decimals: usize,
) -> String {
    let (w, h) = (720.0, 280.0);
    let (left, right, top, bottom) = (56.0, 150.0, 12.0, 30.0);
    let xs: Vec<f64> = series
        .iter()
        .flat_map(|(_, p)| p.iter().map(|q| q.x))
        .collect();
    let ys: Vec<f64> = series
        .iter()
        .flat_map(|(_, p)| p.iter().map(|q| q.y))
        .collect();
    let mut out = String::new();
    open(&mut out, id, w, h, title, desc);
    if xs.is_empty() {
        let _ = write!(
            out,
            r##"<text x="10" y="20" fill="#55595f">{}</text></svg>"##,
            esc(&t!("charts-no-data"))
        );
        return out;
    }
    let (x0, x1) = xs
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), &v| (a.min(v), b.max(v)));
    let x1 = if x1 > x0 { x1 } else { x0 + 1.0 };
    let ymax = nice_max(ys.iter().copied().fold(0.0, f64::max));
    let px = |v: f64| left + (v - x0) / (x1 - x0) * (w - left - right);
    let py = |v: f64| top + (1.0 - v / ymax) * (h - top - bottom);
    for i in 0..=4 {
        let v = ymax * f64::from(i) / 4.0;
        let _ = write!(
            out,
            r##"<line x1="{left}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="#d4d7dc"/><text x="{:.1}" y="{:.1}" text-anchor="end" fill="#55595f">{}</text>"##,
            w - right,
            py(v),
            py(v),
            left - 6.0,
            py(v) + 4.0,
            fmt(v, if ymax < 10.0 { 1 } else { 0 })
        );
    }
    let step = ((x1 - x0) / 6.0).ceil().max(1.0);
    let mut t = x0;
    while t <= x1 + 1e-9 {
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#55595f">{}</text>"##,
            px(t),
            h - 10.0,
            t as i64
        );
        t += step;
    }
    let dashes = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4"];
    for (i, (name, pts)) in series.iter().enumerate() {
        let colour = PALETTE[i % PALETTE.len()];
        let d: Vec<String> = pts
            .iter()
            .enumerate()
            .map(|(j, q)| {
                format!(
                    "{}{:.1},{:.1}",
                    if j == 0 { "M" } else { "L" },
                    px(q.x),
                    py(q.y)
                )
            })
            .collect();
        let _ = write!(
            out,
            r#"<path d="{}" fill="none" stroke="{colour}" stroke-width="2.2" stroke-dasharray="{}"/>"#,
            d.join(" "),
            dashes[i % dashes.len()]
        );
        for q in pts {
            let (fill, value) = if q.estimated {
                (
                    format!(r##"#ffffff" stroke="{colour}" stroke-width="1.6"##),
                    t!(
                        "charts-estimated-value",
                        value = with_unit(&fmt(q.y, decimals), unit)
                    ),
                )
            } else {
                (colour.to_string(), with_unit(&fmt(q.y, decimals), unit))
            };
            let _ = write!(
                out,
                r#"<circle cx="{:.1}" cy="{:.1}" r="3.2" fill="{fill}"><title>{} {}: {}</title></circle>"#,
                px(q.x),
                py(q.y),
                esc(name),
                q.x as i64,
                esc(&value)
            );
        }
        if let Some(q) = pts.last() {
            let _ = write!(
                out,
                r#"<text x="{:.1}" y="{:.1}" fill="{colour}">{}</text>"#,
                w - right + 6.0,
                py(q.y) + 4.0,
                esc(&truncate(name, 22))
            );
        }
    }
    out.push_str("</svg>");
    out
}

/// One cluster of a grouped chart: a label (a city, a country) and one value per series.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub label: String,
    /// One per series, in the order of the series names; `None` draws `note` instead.
    pub values: Vec<Option<f64>>,
    /// Shown instead of a bar when a value is missing (`no figure`, `suppressed`).
    pub notes: Vec<String>,
}

/// Grouped horizontal bars: one cluster per label, one bar per series in each cluster,
/// coloured by series (legend on top) and also named beside each bar, so the chart
/// reads in black and white. Bars start at zero; `unit` is appended to values.
pub fn grouped(
    id: &str,
    title: &str,
    desc: &str,
    series: &[String],
    clusters: &[Cluster],
    unit: &str,
    decimals: usize,
) -> String {
    let label_w = 230.0;
    let plot_w = 380.0;
    let value_w = 110.0;
    let bar_h = 18.0;
    let head_h = 22.0;
    let gap = 8.0;
    let legend_h = 24.0;
    let w = label_w + plot_w + value_w;
    let cluster_h = head_h + bar_h * series.len() as f64 + gap;
    let top = legend_h + 6.0;
    let h = top + cluster_h * clusters.len() as f64 + 22.0;
    let all = || {
        clusters
            .iter()
            .flat_map(|c| c.values.iter().flatten().copied())
    };
    let hi = nice_max(all().fold(0.0f64, f64::max));
    let min = all().fold(0.0f64, f64::min);
    let lo = if min < 0.0 { -nice_max(-min) } else { 0.0 };
    let x = |v: f64| label_w + (v - lo) / (hi - lo) * plot_w;
    let bottom = h - 22.0;
    let mut out = String::new();
    open(&mut out, id, w, h, title, desc);
    // Legend: a swatch and the name of each series.
    let mut lx = label_w;
    for (i, name) in series.iter().enumerate() {
        let colour = PALETTE[i % PALETTE.len()];
        let _ = write!(
            out,
            r##"<rect x="{lx:.1}" y="4" width="14" height="14" fill="{colour}"/><text x="{:.1}" y="15" fill="#1d1d1f">{}</text>"##,
            lx + 18.0,
            esc(name)
        );
        lx += 18.0 + 7.0 * name.chars().count() as f64 + 18.0;
    }
    // Gridlines at quarters, or fifths when quarters are not round (0–50: 10, not 12.5).
    let steps = if ((hi - lo) / 4.0).fract() == 0.0 {
        4
    } else {
        5
    };
    for i in 0..=steps {
        let v = lo + (hi - lo) * f64::from(i) / f64::from(steps);
        let xv = x(v);
        let _ = write!(
            out,
            r##"<line x1="{xv:.1}" x2="{xv:.1}" y1="{top}" y2="{bottom:.1}" stroke="#d4d7dc"/><text x="{xv:.1}" y="{:.1}" text-anchor="middle" fill="#55595f">{}</text>"##,
            h - 8.0,
            fmt(v, if v.fract() == 0.0 { 0 } else { 1 })
        );
    }
    for (k, c) in clusters.iter().enumerate() {
        let y0 = top + cluster_h * k as f64;
        let _ = write!(
            out,
            r##"<text x="4" y="{:.1}" font-weight="700" fill="#1d1d1f">{}</text>"##,
            y0 + head_h - 7.0,
            esc(&truncate(&c.label, 90))
        );
        for (i, name) in series.iter().enumerate() {
            let colour = PALETTE[i % PALETTE.len()];
            let cy = y0 + head_h + bar_h * (i as f64 + 0.5);
            let _ = write!(
                out,
                r##"<text x="{:.1}" y="{:.1}" text-anchor="end" fill="#55595f">{}</text>"##,
                label_w - 8.0,
                cy + 4.0,
                esc(&truncate(name, 36))
            );
            match c.values.get(i).copied().flatten() {
                Some(v) => {
                    let x0 = x(0.0f64.max(lo));
                    let (bx, bw) = if v >= 0.0 {
                        (x0, x(v) - x0)
                    } else {
                        (x(v), x0 - x(v))
                    };
                    let _ = write!(
                        out,
                        r##"<rect x="{bx:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{colour}"><title>{}, {}: {value}</title></rect><text x="{:.1}" y="{:.1}" fill="#1d1d1f">{value}</text>"##,
                        cy - bar_h * 0.4,
                        bw.max(0.5),
                        bar_h * 0.8,
                        esc(&c.label),
                        esc(name),
                        label_w + plot_w + 6.0,
                        cy + 4.0,
                        value = esc(&with_unit(&fmt(v, decimals), unit))
                    );
                }
                None => {
                    let note = c
                        .notes
                        .get(i)
                        .cloned()
                        .unwrap_or_else(|| t!("charts-no-figure"));
                    let _ = write!(
                        out,
                        r##"<text x="{:.1}" y="{:.1}" fill="#55595f" font-style="italic">{}</text>"##,
                        label_w + 6.0,
                        cy + 4.0,
                        esc(&note)
                    );
                }
            }
        }
    }
    out.push_str("</svg>");
    out
}

/// A blue sequential scale, light (low) to dark (high): ColorBrewer "Blues", safe for
/// colour-blind readers and monotone in grey when printed.
pub const SEQUENTIAL: [&str; 6] = [
    "#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c",
];

/// The colour classes of a map and how its legend names them.
#[derive(Debug, Clone, Copy)]
pub struct Scale<'a> {
    /// Class bounds, ascending: one class more than bounds, at most [`SEQUENTIAL`]`.len()`.
    pub breaks: &'a [f64],
    /// The legend's heading.
    pub title: &'a str,
    /// Appended to values.
    pub unit: &'a str,
    pub decimals: usize,
}

/// One tile of a tile-grid map.
#[derive(Debug, Clone)]
pub struct Tile {
    /// Column and row in the grid.
    pub col: u8,
    pub row: u8,
    /// Written on the tile (a country code).
    pub code: String,
    /// Where the tile links to.
    pub href: String,
    /// The tile's tooltip and accessible name ("Croatia: …").
    pub label: String,
    pub value: Option<f64>,
}

/// A tile-grid map: one square per place at a fixed grid position (a schematic layout,
/// not geography), coloured by `value` in the classes of `scale`, the value written on
/// the tile, each tile a link. Tiles without a value are hatched. The legend sits top
/// right.
pub fn tile_map(id: &str, title: &str, desc: &str, tiles: &[Tile], scale: &Scale<'_>) -> String {
    let Scale {
        breaks,
        title: legend_title,
        unit,
        decimals,
    } = *scale;
    let size = 54.0;
    let step = 60.0;
    let cols = tiles.iter().map(|t| t.col).max().unwrap_or(0) as f64 + 1.0;
    let rows = tiles.iter().map(|t| t.row).max().unwrap_or(0) as f64 + 1.0;
    let legend_w = 190.0;
    let w = cols * step + legend_w;
    let h = (rows * step).max(60.0 + 20.0 * (breaks.len() as f64 + 2.0));
    let classes = (breaks.len() + 1).min(SEQUENTIAL.len());
    let class_of = |v: f64| {
        breaks
            .iter()
            .take_while(|b| v >= **b)
            .count()
            .min(classes - 1)
    };
    let mut out = String::new();
    // Not `role="img"`: the tiles are links, which an image would hide from assistive
    // technology. The group is named by the title and described by the description.
    open_root(
        &mut out,
        id,
        w,
        h,
        "group",
        &[("class", "tile-map")],
        title,
        desc,
    );
    let _ = write!(
        out,
        r##"<defs><pattern id="{}-none" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f2f2f2"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" stroke-width="1.5"/></pattern></defs>"##,
        esc(id)
    );
    for t in tiles {
        let (x, y) = (f64::from(t.col) * step, f64::from(t.row) * step);
        let (fill, ink) = match t.value {
            Some(v) => {
                let c = class_of(v);
                (
                    SEQUENTIAL[c].to_string(),
                    if c >= 4 { "#ffffff" } else { "#1d1d1f" },
                )
            }
            None => (format!("url(#{}-none)", esc(id)), "#1d1d1f"),
        };
        let value = t
            .value
            .map(|v| fmt(v, decimals))
            .unwrap_or_else(|| "–".into());
        let _ = write!(
            out,
            r##"<a href="{}" aria-label="{}"><title>{}</title><rect x="{x:.1}" y="{y:.1}" width="{size}" height="{size}" rx="4" fill="{fill}" stroke="#55595f" stroke-width="0.8"/><text x="{:.1}" y="{:.1}" text-anchor="middle" font-weight="700" font-size="15" fill="{ink}">{}</text><text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="11" fill="{ink}">{}</text></a>"##,
            esc(&t.href),
            esc(&t.label),
            esc(&t.label),
            x + size / 2.0,
            y + 23.0,
            esc(&t.code),
            x + size / 2.0,
            y + 41.0,
            esc(&value)
        );
    }
    // Legend.
    let lx = cols * step + 10.0;
    let _ = write!(
        out,
        r##"<text x="{lx:.1}" y="14" font-weight="700" fill="#1d1d1f">{}</text>"##,
        esc(legend_title)
    );
    for (c, colour) in SEQUENTIAL.iter().take(classes).enumerate() {
        let ly = 26.0 + 20.0 * c as f64;
        let upper = breaks.get(c).filter(|_| c + 1 < classes);
        let range = match (c.checked_sub(1).map(|i| breaks[i]), upper) {
            (None, Some(b)) => t!(
                "charts-legend-under",
                value = with_unit(&fmt(*b, decimals), unit)
            ),
            (Some(a), Some(b)) => {
                with_unit(&format!("{}–{}", fmt(a, decimals), fmt(*b, decimals)), unit)
            }
            (Some(a), None) => t!(
                "charts-legend-or-more",
                value = with_unit(&fmt(a, decimals), unit)
            ),
            (None, None) => t!("charts-legend-all-values"),
        };
        let _ = write!(
            out,
            r##"<rect x="{lx:.1}" y="{ly:.1}" width="18" height="14" fill="{}" stroke="#55595f" stroke-width="0.8"/><text x="{:.1}" y="{:.1}" fill="#1d1d1f">{}</text>"##,
            colour,
            lx + 24.0,
            ly + 11.0,
            esc(&range)
        );
    }
    let ly = 26.0 + 20.0 * classes as f64;
    let _ = write!(
        out,
        r##"<rect x="{lx:.1}" y="{ly:.1}" width="18" height="14" fill="url(#{}-none)" stroke="#55595f" stroke-width="0.8"/><text x="{:.1}" y="{:.1}" fill="#1d1d1f">{}</text>"##,
        esc(id),
        lx + 24.0,
        ly + 11.0,
        esc(&t!("charts-no-figure"))
    );
    out.push_str("</svg>");
    out
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fan_of_a_count_has_no_axis_below_zero() {
        let history = [(2019.0, 40_100.0), (2020.0, 41_000.0), (2021.0, 41_383.0)];
        let ahead = [FanStep {
            period: 2022.0,
            mean: 41_383.0,
            inner: (7_561.0, 75_204.0),
            outer: (0.0, 90_000.0),
        }];
        let svg = fan("f", "t", "d", &history, &ahead, 0);
        let ticks: Vec<&str> = svg
            .split("font-size=\"10\">")
            .skip(1)
            .filter_map(|t| t.split('<').next())
            .collect();
        assert!(!ticks.is_empty(), "{svg}");
        assert!(
            ticks
                .iter()
                .all(|t| !t.starts_with('-') && !t.starts_with('−')),
            "{ticks:?}"
        );
        // A series below zero (a gap) keeps its axis below zero.
        let gap = fan("g", "t", "d", &[(2020.0, -5.0), (2021.0, -4.0)], &[], 1);
        assert!(gap.contains(">-") || gap.contains(">−"), "{gap}");
    }

    #[test]
    fn charts_are_accessible_and_escaped() {
        let marks = vec![
            Mark {
                label: "Nationals <ref>".into(),
                value: Some(70.0),
                interval: Some((68.0, 72.0)),
                note: String::new(),
                reference: true,
                unreliable: false,
            },
            Mark {
                label: "Non-EU".into(),
                value: None,
                interval: None,
                note: "suppressed".into(),
                reference: false,
                unreliable: false,
            },
            Mark {
                label: "EU".into(),
                value: Some(64.7),
                interval: None,
                note: String::new(),
                reference: false,
                unreliable: true,
            },
        ];
        let s = horizontal("c1", "Employment & rate", "desc", &marks, "%", 1, true);
        assert!(s.contains("<title id=\"c1-t\">Employment &amp; rate</title>"));
        assert!(s.contains("Nationals &lt;ref&gt;"));
        assert!(s.contains("suppressed"));
        assert!(s.contains("role=\"img\""));
        // Low reliability: a hollow dot and the flag beside the value; reliable ones filled.
        assert_eq!(s.matches(r##"fill="#ffffff" stroke="##).count(), 1, "{s}");
        assert!(s.contains(">64.7%</text>") || s.contains("64.7% u"), "{s}");
        assert!(s.contains(" u</text>"), "{s}");
        let l = lines(
            "l",
            "t",
            "d",
            &[(
                "A".into(),
                vec![
                    Point::observed(2015.0, 1.0),
                    Point {
                        x: 2018.0,
                        y: 1.5,
                        estimated: true,
                    },
                    Point::observed(2020.0, 2.0),
                ],
            )],
            "%",
            1,
        );
        assert!(l.contains("<path"));
        // The estimated point alone is hollow, and says so to a screen reader.
        assert_eq!(l.matches(r##"fill="#ffffff" stroke="##).count(), 1, "{l}");
        assert!(l.contains("A 2018: 1.5% (estimated)"), "{l}");
        assert!(l.contains("A 2020: 2.0%</title>"), "{l}");
    }

    #[test]
    fn grouped_bars_name_every_group_and_missing_values() {
        let series = vec!["nationals".to_string(), "non-EU citizens".to_string()];
        let clusters = vec![
            Cluster {
                label: "Croatia (Osijek, Rijeka)".into(),
                values: vec![Some(70.0), None],
                notes: vec![String::new(), "suppressed".into()],
            },
            Cluster {
                label: "Austria <Graz>".into(),
                values: vec![Some(75.5), Some(60.0)],
                notes: vec![String::new(), String::new()],
            },
        ];
        let s = grouped("g", "Employment", "desc", &series, &clusters, "%", 1);
        assert!(s.contains("<title id=\"g-t\">Employment</title>"));
        assert!(s.contains("<desc id=\"g-d\">desc</desc>"));
        assert!(s.contains("Austria &lt;Graz&gt;"), "escaped");
        assert!(s.contains("suppressed"), "missing value written out");
        assert_eq!(
            s.matches("<rect").count(),
            2 + 3,
            "2 legend swatches, 3 bars"
        );
        assert!(s.contains(">75.5%</text>"), "value beside the bar");
        // Gridlines on round values: 0–100 by 25.
        assert!(s.contains(">25</text>") && s.contains(">100</text>"));
    }

    #[test]
    fn tile_map_colours_by_class_and_links_every_tile() {
        let tile = |code: &str, col, value| Tile {
            col,
            row: 0,
            code: code.into(),
            href: format!("/?country={code}#country-{code}"),
            label: format!("{code} & co"),
            value,
        };
        let tiles = [
            tile("HR", 0, Some(3.0)),
            tile("DE", 1, Some(31.0)),
            tile("PL", 2, None),
        ];
        let scale = Scale {
            breaks: &[5.0, 10.0, 15.0, 20.0, 30.0],
            title: "Median",
            unit: "%",
            decimals: 0,
        };
        let s = tile_map("m", "Map", "A schematic map", &tiles, &scale);
        assert!(s.contains("<title id=\"m-t\">Map</title>") && s.contains("<desc id=\"m-d\">"));
        assert_eq!(s.matches("<a href=").count(), 3);
        assert!(s.contains("href=\"/?country=HR#country-HR\" aria-label=\"HR &amp; co\""));
        assert!(
            s.contains(&format!("fill=\"{}\"", SEQUENTIAL[0])),
            "under 5%"
        );
        assert!(
            s.contains(&format!("fill=\"{}\"", SEQUENTIAL[5])),
            "30% or more"
        );
        assert!(s.contains("fill=\"url(#m-none)\""), "no value: hatched");
        assert!(s.contains("under 5%") && s.contains("30% or more") && s.contains("no figure"));
    }
}

/// One age band of a population pyramid: per group, men and women now and in the later year.
#[derive(Debug, Clone)]
pub struct PyramidBand {
    pub label: String,
    /// Per group: (men, women) in the later year (drawn as stacked bars).
    pub later: Vec<(f64, f64)>,
    /// Per group: (men, women) in the first year (drawn as an outline of the total).
    pub first: Vec<(f64, f64)>,
}

/// A population pyramid: men to the left, women to the right, the groups stacked from the
/// axis outwards in the palette's colours, the first year's totals as a black outline, so
/// that the change in each age band shows at a glance. Oldest band on top.
pub fn pyramid(
    id: &str,
    title: &str,
    desc: &str,
    groups: &[String],
    bands: &[PyramidBand],
    years: (i32, i32),
) -> String {
    let (half, label_w, row_h, top) = (250.0, 60.0, 14.0, 34.0);
    let w = 2.0 * half + label_w;
    let h = top + row_h * bands.len() as f64 + 30.0;
    let total = |v: &[(f64, f64)], male: bool| {
        v.iter()
            .map(|(m, f)| if male { *m } else { *f })
            .sum::<f64>()
    };
    let max = bands
        .iter()
        .flat_map(|b| {
            [
                total(&b.later, true),
                total(&b.later, false),
                total(&b.first, true),
                total(&b.first, false),
            ]
        })
        .fold(0.0, f64::max);
    let scale = half / nice_max(max);
    let mut out = String::new();
    open(&mut out, id, w, h, title, desc);
    let _ = write!(
        out,
        r##"<text x="{:.1}" y="14" text-anchor="end" font-weight="700">{}</text><text x="{:.1}" y="14" font-weight="700">{}</text>"##,
        half - 6.0,
        esc(&t!("charts-pyramid-men")),
        half + label_w + 6.0,
        esc(&t!("charts-pyramid-women"))
    );
    let mut legend_x = 0.0;
    for (g, name) in groups.iter().enumerate() {
        let colour = PALETTE[g % PALETTE.len()];
        let _ = write!(
            out,
            r#"<rect x="{legend_x:.1}" y="20" width="10" height="10" fill="{colour}"/><text x="{:.1}" y="29">{} {}</text>"#,
            legend_x + 14.0,
            esc(name),
            years.1
        );
        legend_x += 30.0 + 8.0 * name.chars().count() as f64 + 30.0;
    }
    let _ = write!(
        out,
        r#"<rect x="{legend_x:.1}" y="20" width="10" height="10" fill="none" stroke="{}"/><text x="{:.1}" y="29">{}</text>"#,
        PALETTE[6],
        legend_x + 14.0,
        // The year as a text: a year is not grouped (2024, not 2,024).
        esc(&t!("charts-pyramid-all", year = years.0.to_string()))
    );
    for (i, b) in bands.iter().rev().enumerate() {
        let y = top + row_h * i as f64;
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#55595f" font-size="10">{}</text>"##,
            half + label_w / 2.0,
            y + row_h - 3.0,
            esc(&b.label)
        );
        let (mut left, mut right) = (half, half + label_w);
        for (g, (m, f)) in b.later.iter().enumerate() {
            let colour = PALETTE[g % PALETTE.len()];
            let (mw, fw) = (m * scale, f * scale);
            let _ = write!(
                out,
                r#"<rect x="{:.1}" y="{:.1}" width="{mw:.1}" height="{:.1}" fill="{colour}"/><rect x="{right:.1}" y="{:.1}" width="{fw:.1}" height="{:.1}" fill="{colour}"/>"#,
                left - mw,
                y + 1.0,
                row_h - 2.0,
                y + 1.0,
                row_h - 2.0
            );
            left -= mw;
            right += fw;
        }
        let (fm, ff) = (
            total(&b.first, true) * scale,
            total(&b.first, false) * scale,
        );
        let _ = write!(
            out,
            r#"<rect x="{:.1}" y="{:.1}" width="{fm:.1}" height="{:.1}" fill="none" stroke="{k}"/><rect x="{:.1}" y="{:.1}" width="{ff:.1}" height="{:.1}" fill="none" stroke="{k}"/>"#,
            half - fm,
            y + 1.0,
            row_h - 2.0,
            half + label_w,
            y + 1.0,
            row_h - 2.0,
            k = PALETTE[6]
        );
    }
    let axis_y = top + row_h * bands.len() as f64 + 14.0;
    let top_value = half / scale;
    for (x, anchor) in [
        (0.0, "start"),
        (half, "end"),
        (half + label_w, "start"),
        (w, "end"),
    ] {
        let v = if x == 0.0 || x == w { top_value } else { 0.0 };
        let _ = write!(
            out,
            r##"<text x="{x:.1}" y="{axis_y:.1}" text-anchor="{anchor}" fill="#55595f">{}</text>"##,
            fmt(v, 0)
        );
    }
    out.push_str("</svg>");
    out
}

/// One period ahead of a fan: the point forecast, the inner (80%) and outer (95%) interval.
#[derive(Debug, Clone, Copy)]
pub struct FanStep {
    pub period: f64,
    pub mean: f64,
    pub inner: (f64, f64),
    pub outer: (f64, f64),
}

/// A forecast fan: the observed values as a line with dots, then the point forecasts as a
/// dashed line inside the 95% band (light) and the 80% band (darker). The value of the
/// last observation and of the last forecast are written beside them.
#[allow(clippy::too_many_arguments)]
pub fn fan(
    id: &str,
    title: &str,
    desc: &str,
    history: &[(f64, f64)],
    ahead: &[FanStep],
    decimals: usize,
) -> String {
    let (w, h, left, right, top, bottom) = (520.0, 200.0, 64.0, 70.0, 12.0, 26.0);
    let xs: Vec<f64> = history
        .iter()
        .map(|p| p.0)
        .chain(ahead.iter().map(|a| a.period))
        .collect();
    let ys: Vec<f64> = history
        .iter()
        .map(|p| p.1)
        .chain(ahead.iter().flat_map(|a| [a.outer.0, a.outer.1]))
        .filter(|v| v.is_finite())
        .collect();
    let (x0, x1) = (
        xs.iter().copied().fold(f64::INFINITY, f64::min),
        xs.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    );
    let (mut y0, mut y1) = (
        ys.iter().copied().fold(f64::INFINITY, f64::min),
        ys.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    );
    if y1 <= y0 {
        y0 -= 1.0;
        y1 += 1.0;
    }
    let pad = (y1 - y0) * 0.08;
    // A series that is never below zero (counts, rates) gets no axis below zero: the
    // trial's Osijek chart of persons employed ran down to −8,023.
    let floor = if y0 >= 0.0 { 0.0 } else { f64::NEG_INFINITY };
    let (y0, y1) = ((y0 - pad).max(floor), y1 + pad);
    let span = if x1 > x0 { x1 - x0 } else { 1.0 };
    let x = |v: f64| left + (v - x0) / span * (w - left - right);
    let y = |v: f64| top + (y1 - v) / (y1 - y0) * (h - top - bottom);
    let mut out = String::new();
    open(&mut out, id, w, h, title, desc);
    for i in 0..=3 {
        let v = y0 + (y1 - y0) * f64::from(i) / 3.0;
        let _ = write!(
            out,
            r##"<line x1="{left}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="#e4e6ea"/><text x="{:.1}" y="{:.1}" text-anchor="end" fill="#55595f" font-size="10">{}</text>"##,
            w - right,
            y(v),
            y(v),
            left - 4.0,
            y(v) + 3.0,
            fmt(v, decimals)
        );
    }
    let band = |pick: &dyn Fn(&FanStep) -> (f64, f64)| {
        let last = history.last().copied();
        let mut pts: Vec<String> = last
            .iter()
            .map(|p| format!("{:.1},{:.1}", x(p.0), y(p.1)))
            .collect();
        pts.extend(
            ahead
                .iter()
                .map(|a| format!("{:.1},{:.1}", x(a.period), y(pick(a).1))),
        );
        pts.extend(
            ahead
                .iter()
                .rev()
                .map(|a| format!("{:.1},{:.1}", x(a.period), y(pick(a).0))),
        );
        pts.join(" ")
    };
    let _ = write!(
        out,
        r#"<polygon points="{}" fill="{}" fill-opacity="0.18"/>"#,
        band(&|a| a.outer),
        PALETTE[0]
    );
    let _ = write!(
        out,
        r#"<polygon points="{}" fill="{}" fill-opacity="0.35"/>"#,
        band(&|a| a.inner),
        PALETTE[0]
    );
    let line: Vec<String> = history
        .iter()
        .map(|p| format!("{:.1},{:.1}", x(p.0), y(p.1)))
        .collect();
    let _ = write!(
        out,
        r##"<polyline points="{}" fill="none" stroke="#1d1d1f" stroke-width="2"/>"##,
        line.join(" ")
    );
    for p in history {
        let _ = write!(
            out,
            r##"<circle cx="{:.1}" cy="{:.1}" r="3" fill="#1d1d1f"/>"##,
            x(p.0),
            y(p.1)
        );
    }
    if let Some(last) = history.last() {
        let mut dashed = vec![format!("{:.1},{:.1}", x(last.0), y(last.1))];
        dashed.extend(
            ahead
                .iter()
                .map(|a| format!("{:.1},{:.1}", x(a.period), y(a.mean))),
        );
        let _ = write!(
            out,
            r#"<polyline points="{}" fill="none" stroke="{}" stroke-width="2" stroke-dasharray="5 4"/>"#,
            dashed.join(" "),
            PALETTE[0]
        );
    }
    if let Some(a) = ahead.last() {
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{:.1}" fill="#1d1d1f">{}</text>"##,
            x(a.period) + 6.0,
            y(a.mean) + 4.0,
            fmt(a.mean, decimals)
        );
    }
    let first_x = xs.first().copied().unwrap_or(x0);
    for (v, anchor) in [(first_x, "start"), (x1, "end")] {
        let label = if v.fract() == 0.0 {
            format!("{v:.0}")
        } else {
            format!("{v:.1}")
        };
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="{anchor}" fill="#55595f" font-size="10">{label}</text>"##,
            x(v),
            h - 8.0
        );
    }
    out.push_str("</svg>");
    out
}
