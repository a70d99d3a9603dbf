//! Planar polygon geometry: rings, polygons with holes, multipolygons, bounding boxes.
//!
//! Measures follow the algorithms of JTS/GEOS (which geopandas and PySAL use), so that
//! areas, perimeters and centroids agree with PySAL's to the last few bits:
//! - ring area by the shoelace formula with the first x subtracted (`Area.ofRing`);
//! - polygon area = |shell| − Σ|holes|;
//! - centroid as the area-weighted sum of triangle centroids fanned from the first vertex of
//!   the first shell (`Centroid`), holes counted negatively.

/// A point in the layer's coordinate system (x = easting or longitude, y = northing or latitude).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Easting or longitude.
    pub x: f64,
    /// Northing or latitude.
    pub y: f64,
}

impl Point {
    /// A point from its coordinates.
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    /// Euclidean distance to another point.
    pub fn distance(self, other: Point) -> f64 {
        let dx = self.x - other.x;
        let dy = self.y - other.y;
        (dx * dx + dy * dy).sqrt()
    }
}

/// An axis-aligned bounding box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoundingBox {
    /// Smallest x.
    pub min_x: f64,
    /// Smallest y.
    pub min_y: f64,
    /// Largest x.
    pub max_x: f64,
    /// Largest y.
    pub max_y: f64,
}

impl BoundingBox {
    /// The box of a set of points; `None` when there are none.
    pub fn of_points<'a>(points: impl IntoIterator<Item = &'a Point>) -> Option<Self> {
        let mut it = points.into_iter();
        let first = it.next()?;
        let mut b = BoundingBox {
            min_x: first.x,
            min_y: first.y,
            max_x: first.x,
            max_y: first.y,
        };
        for p in it {
            b.min_x = b.min_x.min(p.x);
            b.min_y = b.min_y.min(p.y);
            b.max_x = b.max_x.max(p.x);
            b.max_y = b.max_y.max(p.y);
        }
        Some(b)
    }

    /// The smallest box holding both.
    pub fn union(self, other: BoundingBox) -> Self {
        BoundingBox {
            min_x: self.min_x.min(other.min_x),
            min_y: self.min_y.min(other.min_y),
            max_x: self.max_x.max(other.max_x),
            max_y: self.max_y.max(other.max_y),
        }
    }

    /// Width (x extent).
    pub fn width(&self) -> f64 {
        self.max_x - self.min_x
    }

    /// Height (y extent).
    pub fn height(&self) -> f64 {
        self.max_y - self.min_y
    }

    /// Whether the point lies inside or on the border.
    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.min_x && p.x <= self.max_x && p.y >= self.min_y && p.y <= self.max_y
    }
}

/// A closed ring of points; the constructor closes it (last point = first point) if needed.
#[derive(Debug, Clone, PartialEq)]
pub struct Ring {
    points: Vec<Point>,
}

impl Ring {
    /// A ring from its vertices, closed if the last vertex differs from the first.
    pub fn new(mut points: Vec<Point>) -> Self {
        if let (Some(&first), Some(&last)) = (points.first(), points.last())
            && first != last
        {
            points.push(first);
        }
        Self { points }
    }

    /// The vertices, first repeated at the end.
    pub fn points(&self) -> &[Point] {
        &self.points
    }

    /// Consecutive vertex pairs (the edges).
    pub fn edges(&self) -> impl Iterator<Item = (Point, Point)> + '_ {
        self.points.windows(2).map(|w| (w[0], w[1]))
    }

    /// Signed area by the shoelace formula: positive when counter-clockwise (y up).
    /// Computed like GEOS `Area::ofRingSigned` (x shifted by the first vertex for precision),
    /// with the sign flipped so counter-clockwise is positive.
    pub fn signed_area(&self) -> f64 {
        let pts = &self.points;
        if pts.len() < 3 {
            return 0.0;
        }
        let x0 = pts[0].x;
        let mut sum = 0.0;
        for i in 1..pts.len() - 1 {
            let x = pts[i].x - x0;
            let y1 = pts[i + 1].y;
            let y2 = pts[i - 1].y;
            sum += x * (y2 - y1);
        }
        -sum / 2.0
    }

    /// Absolute area.
    pub fn area(&self) -> f64 {
        self.signed_area().abs()
    }

    /// Whether the ring runs clockwise (the shapefile convention for outer rings).
    pub fn is_clockwise(&self) -> bool {
        self.signed_area() < 0.0
    }

    /// Length of the ring (sum of edge lengths).
    pub fn length(&self) -> f64 {
        self.edges().map(|(a, b)| a.distance(b)).sum()
    }

    /// Point-in-ring test by ray casting (points on the border may go either way).
    pub fn contains(&self, p: Point) -> bool {
        let mut inside = false;
        for (a, b) in self.edges() {
            if (a.y > p.y) != (b.y > p.y) {
                let x_cross = a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x);
                if p.x < x_cross {
                    inside = !inside;
                }
            }
        }
        inside
    }

    /// Bounding box; `None` for an empty ring.
    pub fn bbox(&self) -> Option<BoundingBox> {
        BoundingBox::of_points(&self.points)
    }
}

/// A polygon: one exterior ring and any number of holes.
#[derive(Debug, Clone, PartialEq)]
pub struct Polygon {
    /// The outer boundary.
    pub exterior: Ring,
    /// Holes (inner boundaries).
    pub holes: Vec<Ring>,
}

impl Polygon {
    /// A polygon from its rings.
    pub fn new(exterior: Ring, holes: Vec<Ring>) -> Self {
        Self { exterior, holes }
    }

    /// Area = |exterior| − Σ|holes|.
    pub fn area(&self) -> f64 {
        self.exterior.area() - self.holes.iter().map(Ring::area).sum::<f64>()
    }

    /// Perimeter: length of all rings, holes included (as GEOS `length`).
    pub fn perimeter(&self) -> f64 {
        self.exterior.length() + self.holes.iter().map(Ring::length).sum::<f64>()
    }

    /// All rings, exterior first.
    pub fn rings(&self) -> impl Iterator<Item = &Ring> {
        std::iter::once(&self.exterior).chain(self.holes.iter())
    }
}

/// One small area's geometry: one or more polygons.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultiPolygon {
    /// The parts.
    pub polygons: Vec<Polygon>,
}

impl MultiPolygon {
    /// A multipolygon from its parts.
    pub fn new(polygons: Vec<Polygon>) -> Self {
        Self { polygons }
    }

    /// Whether there is no part at all (a null shape).
    pub fn is_empty(&self) -> bool {
        self.polygons.is_empty()
    }

    /// Total area.
    pub fn area(&self) -> f64 {
        self.polygons.iter().map(Polygon::area).sum()
    }

    /// Total perimeter (all rings).
    pub fn perimeter(&self) -> f64 {
        self.polygons.iter().map(Polygon::perimeter).sum()
    }

    /// All rings of all parts.
    pub fn rings(&self) -> impl Iterator<Item = &Ring> {
        self.polygons.iter().flat_map(Polygon::rings)
    }

    /// Bounding box; `None` when empty.
    pub fn bbox(&self) -> Option<BoundingBox> {
        self.rings()
            .filter_map(Ring::bbox)
            .reduce(BoundingBox::union)
    }

    /// Area centroid (the JTS/GEOS `Centroid` algorithm): triangles fanned from the first
    /// vertex of the first shell, weighted by signed doubled area, holes negative. Falls back
    /// to the mean of the vertices when the area is zero; `None` when empty.
    pub fn centroid(&self) -> Option<Point> {
        let base = self.polygons.first()?.exterior.points().first().copied()?;
        let (mut cx3, mut cy3, mut area2) = (0.0, 0.0, 0.0);
        let mut add_ring = |ring: &Ring, hole: bool| {
            let pts = ring.points();
            // GEOS: shells count positive when clockwise, holes when counter-clockwise; the
            // effect is that every ring contributes with the sign of shell-minus-hole.
            let positive = if hole {
                !ring.is_clockwise()
            } else {
                ring.is_clockwise()
            };
            let sign = if positive { 1.0 } else { -1.0 };
            for w in pts.windows(2) {
                let (p1, p2) = (w[0], w[1]);
                let a2 = (p1.x - base.x) * (p2.y - base.y) - (p2.x - base.x) * (p1.y - base.y);
                cx3 += sign * a2 * (base.x + p1.x + p2.x);
                cy3 += sign * a2 * (base.y + p1.y + p2.y);
                area2 += sign * a2;
            }
        };
        for poly in &self.polygons {
            add_ring(&poly.exterior, false);
            for h in &poly.holes {
                add_ring(h, true);
            }
        }
        if area2 != 0.0 {
            return Some(Point::new(cx3 / 3.0 / area2, cy3 / 3.0 / area2));
        }
        let (mut sx, mut sy, mut n) = (0.0, 0.0, 0usize);
        for r in self.rings() {
            for p in r.points() {
                sx += p.x;
                sy += p.y;
                n += 1;
            }
        }
        (n > 0).then(|| Point::new(sx / n as f64, sy / n as f64))
    }

    /// Builds a multipolygon from loose rings the way the shapefile specification defines them:
    /// clockwise rings are exterior rings, counter-clockwise rings are holes of the smallest
    /// exterior ring that contains them. A hole that no exterior contains becomes an exterior
    /// itself (GDAL does the same), so no area is ever lost.
    pub fn from_rings(rings: Vec<Ring>) -> Self {
        let (mut outers, inners): (Vec<Ring>, Vec<Ring>) = rings
            .into_iter()
            .filter(|r| r.points().len() >= 4)
            .partition(Ring::is_clockwise);
        if outers.is_empty() {
            // Wrongly wound file: treat every ring as an exterior.
            return Self::new(
                inners
                    .into_iter()
                    .map(|r| Polygon::new(r, vec![]))
                    .collect(),
            );
        }
        let mut holes_of: Vec<Vec<Ring>> = vec![Vec::new(); outers.len()];
        let mut orphans = Vec::new();
        for hole in inners {
            // A hole may touch its shell, so one vertex can sit on the border: choose the
            // exterior holding most of the hole's vertices (ties: the smaller exterior).
            let hb = hole.bbox();
            let owner = outers
                .iter()
                .enumerate()
                .filter(|(_, o)| match (o.bbox(), hb) {
                    (Some(ob), Some(hb)) => {
                        ob.min_x <= hb.min_x
                            && ob.min_y <= hb.min_y
                            && ob.max_x >= hb.max_x
                            && ob.max_y >= hb.max_y
                    }
                    _ => false,
                })
                .map(|(i, o)| {
                    let pts = hole.points();
                    let inside = pts[..pts.len() - 1]
                        .iter()
                        .filter(|&&p| o.contains(p))
                        .count();
                    (i, inside, o.area())
                })
                .filter(|&(_, inside, _)| inside > 0)
                .max_by(|a, b| a.1.cmp(&b.1).then(b.2.total_cmp(&a.2)))
                .map(|(i, _, _)| i);
            match owner {
                Some(i) => holes_of[i].push(hole),
                None => orphans.push(hole),
            }
        }
        outers.extend(orphans);
        holes_of.resize(outers.len(), Vec::new());
        Self::new(
            outers
                .into_iter()
                .zip(holes_of)
                .map(|(o, h)| Polygon::new(o, h))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x0: f64, y0: f64, s: f64, clockwise: bool) -> Ring {
        let mut pts = vec![
            Point::new(x0, y0),
            Point::new(x0 + s, y0),
            Point::new(x0 + s, y0 + s),
            Point::new(x0, y0 + s),
        ];
        if clockwise {
            pts.reverse();
        }
        Ring::new(pts)
    }

    #[test]
    fn square_with_hole() {
        let mp = MultiPolygon::from_rings(vec![
            square(0.0, 0.0, 4.0, true),
            square(1.0, 1.0, 1.0, false),
        ]);
        assert_eq!(mp.polygons.len(), 1);
        assert_eq!(mp.area(), 15.0);
        assert_eq!(mp.perimeter(), 20.0);
        let c = mp.centroid().unwrap();
        // (16*(2,2) - 1*(1.5,1.5)) / 15
        assert!((c.x - (32.0 - 1.5) / 15.0).abs() < 1e-12);
        assert!((c.y - (32.0 - 1.5) / 15.0).abs() < 1e-12);
    }

    #[test]
    fn two_parts_centroid_is_area_weighted() {
        let mp = MultiPolygon::from_rings(vec![
            square(0.0, 0.0, 1.0, true),
            square(10.0, 0.0, 2.0, true),
        ]);
        assert_eq!(mp.polygons.len(), 2);
        let c = mp.centroid().unwrap();
        assert!((c.x - (0.5 + 4.0 * 11.0) / 5.0).abs() < 1e-12);
        assert!((c.y - (0.5 + 4.0 * 1.0) / 5.0).abs() < 1e-12);
    }
}
