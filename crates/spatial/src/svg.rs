//! Choropleth map as a self-contained, accessible SVG.
//!
//! - Colours: a 9-step sequential viridis palette (perceptually uniform, readable with the
//!   common colour-vision deficiencies and in greyscale); `classes` steps are taken evenly
//!   from it. Classes are equal intervals between the smallest and largest value.
//! - Areas without a value are hatched grey and the legend says so.
//! - `<title>` and `<desc>` on the root (referenced by `aria-labelledby`), the projection
//!   stated in `<desc>`, and a `<title>` in every area naming it and its value, which screen
//!   readers and browsers (tooltips) both use.

use std::fmt::Write as _;

use crate::error::SpatialError;
use crate::geometry::{BoundingBox, MultiPolygon};
use crate::xml::{SvgRoot, escape_xml as escape, open_svg};

/// How coordinates are put on the page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Projection {
    /// Longitude/latitude when the layer's extent fits in [-180, 180] × [-90, 90], else planar.
    Auto,
    /// Coordinates are already projected (metres, feet): drawn as they are, north up.
    Planar,
    /// Equirectangular from degrees: x = longitude · cos(φ₀), y = latitude, with φ₀ the
    /// latitude of the layer's middle, so that shapes keep their proportions near φ₀.
    Equirectangular,
}

/// Options of [`choropleth_svg`].
#[derive(Debug, Clone)]
pub struct ChoroplethOptions {
    /// Short title (root `<title>`, shown above the map).
    pub title: String,
    /// Longer description for screen readers; the projection and classes are appended.
    pub description: String,
    /// What the values are (legend caption), e.g. "Share of third-country nationals (%)".
    pub value_label: String,
    /// Width of the map in px (the legend is added on the right).
    pub width: f64,
    /// Number of colour classes, 2 to 9.
    pub classes: usize,
    /// Decimals shown in the legend and area titles.
    pub decimals: usize,
    /// How a number is written in the legend and area titles (value, decimals): the
    /// reader's locale on a page in another language (`1,5` in German).
    pub number: fn(f64, usize) -> String,
    /// Projection.
    pub projection: Projection,
}

/// A number with `decimals` digits, a dot before them: the default of [`ChoroplethOptions`].
pub fn plain_number(v: f64, decimals: usize) -> String {
    format!("{v:.decimals$}")
}

impl Default for ChoroplethOptions {
    fn default() -> Self {
        Self {
            title: "Map".to_string(),
            description: String::new(),
            value_label: "Value".to_string(),
            width: 640.0,
            classes: 5,
            decimals: 2,
            number: plain_number,
            projection: Projection::Auto,
        }
    }
}

/// Viridis sampled at 9 evenly spaced points (dark purple to yellow).
const VIRIDIS9: [&str; 9] = [
    "#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30",
    "#fde725",
];
const NO_VALUE_FILL: &str = "url(#no-value)";

/// Draws `areas` coloured by `values` (`None` = no value), each titled by `names[i]`.
/// Fails when the three slices differ in length, when there is nothing to draw or when
/// `classes` is outside 2..=9.
pub fn choropleth_svg(
    areas: &[MultiPolygon],
    names: &[String],
    values: &[Option<f64>],
    options: &ChoroplethOptions,
) -> Result<String, SpatialError> {
    if areas.len() != names.len() || areas.len() != values.len() {
        return Err(SpatialError::InvalidInput(format!(
            "choropleth: {} areas, {} names and {} values; expected one of each per area",
            areas.len(),
            names.len(),
            values.len()
        )));
    }
    if !(2..=9).contains(&options.classes) {
        return Err(SpatialError::InvalidInput(format!(
            "choropleth: {} classes; expected 2 to 9",
            options.classes
        )));
    }
    let bbox = areas
        .iter()
        .filter_map(MultiPolygon::bbox)
        .reduce(BoundingBox::union)
        .ok_or_else(|| SpatialError::InvalidInput("choropleth: no geometry to draw".into()))?;
    let lonlat =
        bbox.min_x >= -180.0 && bbox.max_x <= 180.0 && bbox.min_y >= -90.0 && bbox.max_y <= 90.0;
    let (equirect, projection_text) = match options.projection {
        Projection::Planar => (
            false,
            "coordinates drawn as given (planar, north up)".to_string(),
        ),
        Projection::Equirectangular | Projection::Auto
            if options.projection == Projection::Equirectangular || lonlat =>
        {
            let phi0 = (bbox.min_y + bbox.max_y) / 2.0;
            (
                true,
                format!(
                    "equirectangular projection of longitude/latitude, x scaled by cos({phi0:.4}°) (the middle latitude)"
                ),
            )
        }
        _ => (
            false,
            "coordinates drawn as given (planar, north up)".to_string(),
        ),
    };
    let kx = if equirect {
        ((bbox.min_y + bbox.max_y) / 2.0).to_radians().cos()
    } else {
        1.0
    };
    let (w_units, h_units) = (
        (bbox.width() * kx).max(f64::MIN_POSITIVE),
        bbox.height().max(f64::MIN_POSITIVE),
    );
    let margin = 10.0;
    let map_w = options.width.max(50.0);
    let scale = map_w / w_units;
    let map_h = (h_units * scale).clamp(50.0, 4.0 * map_w);
    let scale = scale.min(map_h / h_units);
    let legend_w = 220.0;
    let total_w = map_w + legend_w + 3.0 * margin;
    let title_h = 30.0;
    let total_h = (map_h + title_h + 2.0 * margin)
        .max(title_h + 60.0 + 22.0 * (options.classes as f64 + 2.0));
    let tx = |x: f64| margin + (x - bbox.min_x) * kx * scale;
    let ty = |y: f64| title_h + margin + (bbox.max_y - y) * scale;

    let finite: Vec<f64> = values
        .iter()
        .flatten()
        .copied()
        .filter(|v| v.is_finite())
        .collect();
    let (lo, hi) = finite
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &v| {
            (a.min(v), b.max(v))
        });
    let k = options.classes;
    let palette: Vec<&str> = (0..k).map(|i| VIRIDIS9[i * 8 / (k - 1)]).collect();
    let class_of = |v: f64| -> usize {
        if hi > lo {
            (((v - lo) / (hi - lo) * k as f64) as usize).min(k - 1)
        } else {
            0
        }
    };
    let d = options.decimals;
    let missing = values
        .iter()
        .filter(|v| !v.is_some_and(f64::is_finite))
        .count();

    let mut s = String::new();
    let desc = format!(
        "{} Areas: {}; {} without a value (hatched grey). Colours: {} equal-interval classes of {} from {} to {}, viridis palette (dark = low, yellow = high). Projection: {}.",
        options.description,
        areas.len(),
        missing,
        k,
        options.value_label,
        if finite.is_empty() {
            "-".to_string()
        } else {
            (options.number)(lo, d)
        },
        if finite.is_empty() {
            "-".to_string()
        } else {
            (options.number)(hi, d)
        },
        projection_text
    );
    let (width, height) = (format!("{total_w:.0}"), format!("{total_h:.0}"));
    let view_box = format!("0 0 {width} {height}");
    open_svg(
        &mut s,
        &SvgRoot {
            attributes: &[
                ("role", "img"),
                ("aria-labelledby", "map-title map-desc"),
                ("width", &width),
                ("height", &height),
                ("viewBox", &view_box),
                ("font-family", "sans-serif"),
                ("font-size", "12"),
            ],
            title: ("map-title", &options.title),
            desc: ("map-desc", desc.trim()),
            separator: "\n",
        },
    );
    let _ = write!(
        s,
        r##"
<defs><pattern id="no-value" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#e0e0e0"/><line x1="0" y1="0" x2="0" y2="6" stroke="#7f7f7f" stroke-width="2"/></pattern></defs>
<text x="{margin}" y="20" font-size="16" font-weight="bold">{}</text>
<g stroke="#ffffff" stroke-width="0.5" fill-rule="evenodd">
"##,
        escape(&options.title),
    );
    for ((area, name), value) in areas.iter().zip(names).zip(values) {
        if area.is_empty() {
            continue;
        }
        let (fill, label) = match value {
            Some(v) if v.is_finite() => (palette[class_of(*v)], (options.number)(*v, d)),
            _ => (NO_VALUE_FILL, "no value".to_string()),
        };
        s.push_str("<path d=\"");
        for ring in area.rings() {
            for (i, p) in ring.points().iter().enumerate() {
                let _ = write!(
                    s,
                    "{}{:.2},{:.2}",
                    if i == 0 { "M" } else { "L" },
                    tx(p.x),
                    ty(p.y)
                );
            }
            s.push('Z');
        }
        let _ = writeln!(
            s,
            "\" fill=\"{fill}\"><title>{}: {}</title></path>",
            escape(name),
            escape(&label)
        );
    }
    s.push_str("</g>\n");
    // Legend.
    let lx = map_w + 2.0 * margin;
    let mut ly = title_h + margin;
    let _ = writeln!(
        s,
        r#"<g aria-label="Legend"><text x="{lx}" y="{:.0}" font-weight="bold">{}</text>"#,
        ly + 12.0,
        escape(&options.value_label)
    );
    ly += 22.0;
    if !finite.is_empty() {
        for (c, colour) in palette.iter().enumerate() {
            let a = lo + (hi - lo) * c as f64 / k as f64;
            let b = lo + (hi - lo) * (c + 1) as f64 / k as f64;
            let _ = writeln!(
                s,
                r#"<rect x="{lx}" y="{ly:.0}" width="18" height="14" fill="{colour}"/><text x="{:.0}" y="{:.0}">{} – {}</text>"#,
                lx + 24.0,
                ly + 11.0,
                (options.number)(a, d),
                (options.number)(b, d)
            );
            ly += 20.0;
        }
    }
    if missing > 0 {
        let _ = writeln!(
            s,
            r##"<rect x="{lx}" y="{ly:.0}" width="18" height="14" fill="{NO_VALUE_FILL}" stroke="#7f7f7f"/><text x="{:.0}" y="{:.0}">no value ({missing} {})</text>"##,
            lx + 24.0,
            ly + 11.0,
            if missing == 1 { "area" } else { "areas" }
        );
    }
    s.push_str("</g>\n</svg>\n");
    Ok(s)
}
