//! Small-area geometry of the observatory.
//!
//! What it is for: reading the boundaries of a city's small areas (ESRI shapefile with its
//! `.dbf` attributes, or GeoJSON), measuring them (area, perimeter, centroid), finding which
//! areas touch (queen and rook contiguity, shared boundary lengths), finding nearest
//! neighbours, and drawing an accessible choropleth map as SVG.
//!
//! What it must not do: compute statistics (segregation indices live in `stats`, which takes
//! plain numbers that this crate derives from the geometries), touch the store, or know about
//! HTTP. Geometry is planar: coordinates are used as given, exactly as PySAL/GEOS do for a
//! layer without a projection; only the SVG renderer projects, and it says how in the SVG.
//!
//! Readers are split into a pure parser over bytes/text (`parse_*`) and a thin file wrapper
//! (`read_*`) so the parsers can be tested without files.

mod contiguity;
mod error;
mod geojson;
mod geometry;
mod knn;
mod layer;
mod shapefile;
mod svg;
mod xml;

pub use contiguity::{Contiguity, ContiguityRule, DEFAULT_PRECISION, contiguity};
pub use error::SpatialError;
pub use geojson::{
    feature, feature_collection, geometry_value, parse_geojson, parse_geojson_value, read_geojson,
};
pub use geometry::{BoundingBox, MultiPolygon, Point, Polygon, Ring};
pub use knn::{KernelWeights, PointIndex, k_nearest, triangular_kernel};
pub use layer::{AttributeValue, Layer};
pub use shapefile::{parse_dbf, parse_shp, read_shapefile, shapefile_from_bytes};
pub use svg::{ChoroplethOptions, Projection, choropleth_svg, plain_number};
pub use xml::{SvgRoot, escape_xml, open_svg};
