//! ESRI shapefile reader: polygons from the `.shp`, attributes from the `.dbf`.
//!
//! Formats (ESRI Shapefile Technical Description, 1998; dBASE III/IV table layout):
//! - `.shp`: a 100-byte header (file code 9994 big-endian, length in 16-bit words big-endian,
//!   version 1000 and shape type little-endian, bounding box), then records of an 8-byte
//!   big-endian header (number, content length in 16-bit words) and a little-endian content.
//!   Polygon content (types 5, 15 = PolygonZ, 25 = PolygonM; Z and M are ignored): shape type,
//!   bounding box (4 doubles), number of parts, number of points, part start indices, points.
//!   Outer rings run clockwise, holes counter-clockwise.
//! - `.dbf`: a 32-byte header (record count u32, header size u16, record size u16 at bytes
//!   4, 8, 10), 32-byte field descriptors (name, type, length) ended by 0x0D, then fixed-width
//!   records each starting with a deletion flag byte.

use std::path::Path;

use crate::error::SpatialError;
use crate::geometry::{MultiPolygon, Point, Ring};
use crate::layer::{AttributeValue, Layer};

/// Reads `<name>.shp` and its sibling `<name>.dbf` (the `.shp` path is given; a missing
/// `.dbf` gives a layer without attributes).
pub fn read_shapefile(shp_path: impl AsRef<Path>) -> Result<Layer, SpatialError> {
    let shp_path = shp_path.as_ref();
    let label = shp_path.display().to_string();
    let shp = std::fs::read(shp_path).map_err(|source| SpatialError::Io {
        path: shp_path.to_path_buf(),
        source,
    })?;
    let dbf_path = shp_path.with_extension("dbf");
    let dbf = match std::fs::read(&dbf_path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(source) => {
            return Err(SpatialError::Io {
                path: dbf_path,
                source,
            });
        }
    };
    shapefile_from_bytes(
        &shp,
        dbf.as_deref(),
        &label,
        &dbf_path.display().to_string(),
    )
}

/// A shapefile from its parts' bytes (a binary's built-in data has no folder): the `.shp`,
/// and the `.dbf` with the attributes when there is one. `label` and `dbf_label` name the
/// parts in messages.
pub fn shapefile_from_bytes(
    shp: &[u8],
    dbf: Option<&[u8]>,
    label: &str,
    dbf_label: &str,
) -> Result<Layer, SpatialError> {
    let areas = parse_shp(shp, label)?;
    let (columns, rows) = match dbf {
        Some(bytes) => parse_dbf(bytes, dbf_label)?,
        None => (Vec::new(), vec![Vec::new(); areas.len()]),
    };
    if rows.len() != areas.len() {
        return Err(SpatialError::RecordCountMismatch {
            file: label.to_string(),
            shapes: areas.len(),
            rows: rows.len(),
        });
    }
    Ok(Layer {
        source: label.to_string(),
        areas,
        columns,
        rows,
    })
}

struct Cursor<'a> {
    bytes: &'a [u8],
    file: &'a str,
}

impl Cursor<'_> {
    fn slice(
        &self,
        at: usize,
        len: usize,
        record: usize,
        what: &str,
    ) -> Result<&[u8], SpatialError> {
        self.bytes
            .get(at..at.saturating_add(len))
            .ok_or_else(|| SpatialError::Shp {
                file: self.file.to_string(),
                record,
                expected: format!("{what} ({len} bytes at offset {at})"),
                found: format!("end of file at {} bytes", self.bytes.len()),
            })
    }
    fn i32_be(&self, at: usize, record: usize, what: &str) -> Result<i32, SpatialError> {
        let b = self.slice(at, 4, record, what)?;
        Ok(i32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn i32_le(&self, at: usize, record: usize, what: &str) -> Result<i32, SpatialError> {
        let b = self.slice(at, 4, record, what)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn f64_le(&self, at: usize, record: usize, what: &str) -> Result<f64, SpatialError> {
        let b = self.slice(at, 8, record, what)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_le_bytes(a))
    }
}

/// Parses the bytes of a `.shp` holding polygons into one multipolygon per record
/// (an empty one for null shapes). `file` names the source in errors.
pub fn parse_shp(bytes: &[u8], file: &str) -> Result<Vec<MultiPolygon>, SpatialError> {
    let c = Cursor { bytes, file };
    let shp_err = |record: usize, expected: &str, found: String| SpatialError::Shp {
        file: file.to_string(),
        record,
        expected: expected.to_string(),
        found,
    };
    let code = c.i32_be(0, 0, "file code")?;
    if code != 9994 {
        return Err(shp_err(
            0,
            "file code 9994 (an ESRI shapefile)",
            code.to_string(),
        ));
    }
    let file_type = c.i32_le(32, 0, "shape type")?;
    if !matches!(file_type, 0 | 5 | 15 | 25) {
        return Err(shp_err(
            0,
            "polygon shapes (type 5, 15 or 25)",
            format!("shape type {file_type}"),
        ));
    }
    let declared = usize::try_from(c.i32_be(24, 0, "file length")?).unwrap_or(0) * 2;
    let end = declared.min(bytes.len());
    let mut at = 100;
    let mut out = Vec::new();
    while at + 8 <= end {
        let record = out.len() + 1;
        let content_len =
            usize::try_from(c.i32_be(at + 4, record, "record length")?).map_err(|_| {
                shp_err(
                    record,
                    "a non-negative record length",
                    "a negative one".into(),
                )
            })? * 2;
        let start = at + 8;
        c.slice(start, content_len, record, "record content")?;
        let shape_type = c.i32_le(start, record, "record shape type")?;
        let geom = match shape_type {
            0 => MultiPolygon::default(),
            5 | 15 | 25 => {
                let nparts = c.i32_le(start + 36, record, "number of parts")?;
                let npoints = c.i32_le(start + 40, record, "number of points")?;
                let (nparts, npoints) = match (usize::try_from(nparts), usize::try_from(npoints)) {
                    (Ok(a), Ok(b)) => (a, b),
                    _ => {
                        return Err(shp_err(
                            record,
                            "non-negative part and point counts",
                            format!("{nparts} parts, {npoints} points"),
                        ));
                    }
                };
                let parts_at = start + 44;
                let points_at = parts_at + 4 * nparts;
                if points_at + 16 * npoints > start + content_len {
                    return Err(shp_err(
                        record,
                        &format!("{nparts} parts and {npoints} points within the record"),
                        format!("a record of {content_len} bytes"),
                    ));
                }
                let mut starts = Vec::with_capacity(nparts + 1);
                for p in 0..nparts {
                    let s = c.i32_le(parts_at + 4 * p, record, "part index")?;
                    match usize::try_from(s) {
                        Ok(s) if s <= npoints && starts.last().is_none_or(|&l| l <= s) => {
                            starts.push(s)
                        }
                        _ => {
                            return Err(shp_err(
                                record,
                                &format!("increasing part starts within 0..{npoints}"),
                                format!("part {p} starting at {s}"),
                            ));
                        }
                    }
                }
                starts.push(npoints);
                let mut rings = Vec::with_capacity(nparts);
                for w in starts.windows(2) {
                    let mut pts = Vec::with_capacity(w[1] - w[0]);
                    for k in w[0]..w[1] {
                        let x = c.f64_le(points_at + 16 * k, record, "x")?;
                        let y = c.f64_le(points_at + 16 * k + 8, record, "y")?;
                        pts.push(Point::new(x, y));
                    }
                    if !pts.is_empty() {
                        rings.push(Ring::new(pts));
                    }
                }
                MultiPolygon::from_rings(rings)
            }
            other => {
                return Err(shp_err(
                    record,
                    "a polygon or null shape",
                    format!("shape type {other}"),
                ));
            }
        };
        out.push(geom);
        at = start + content_len;
    }
    Ok(out)
}

/// Parses a dBASE table into column names and rows. Numeric fields (N, F) become numbers
/// (blank ones null), logical fields booleans, everything else text (UTF-8, or Latin-1 when
/// the bytes are not UTF-8). `file` names the source in errors.
#[allow(clippy::type_complexity)]
pub fn parse_dbf(
    bytes: &[u8],
    file: &str,
) -> Result<(Vec<String>, Vec<Vec<AttributeValue>>), SpatialError> {
    let err = |record: usize, field: &str, expected: &str, found: String| SpatialError::Dbf {
        file: file.to_string(),
        record,
        field: field.to_string(),
        expected: expected.to_string(),
        found,
    };
    if bytes.len() < 32 {
        return Err(err(
            0,
            "",
            "a 32-byte header",
            format!("{} bytes", bytes.len()),
        ));
    }
    let nrec = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
    let header_len = u16::from_le_bytes([bytes[8], bytes[9]]) as usize;
    let record_len = u16::from_le_bytes([bytes[10], bytes[11]]) as usize;
    struct Field {
        name: String,
        kind: u8,
        offset: usize,
        len: usize,
    }
    let mut fields = Vec::new();
    let mut at = 32;
    let mut offset = 1; // the deletion flag
    while at < header_len.min(bytes.len()) && bytes[at] != 0x0D {
        let d = bytes
            .get(at..at + 32)
            .ok_or_else(|| err(0, "", "a 32-byte field descriptor", "end of file".into()))?;
        let name_end = d[..11].iter().position(|&b| b == 0).unwrap_or(11);
        let name = decode_text(&d[..name_end]).trim().to_string();
        let len = d[16] as usize;
        fields.push(Field {
            name,
            kind: d[11],
            offset,
            len,
        });
        offset += len;
        at += 32;
    }
    if offset > record_len {
        return Err(err(
            0,
            "",
            &format!("field widths summing to at most the record size {record_len}"),
            format!("{} bytes", offset - 1),
        ));
    }
    // The header's record count is checked against the bytes before anything is allocated:
    // a damaged header (4 billion records, or records of no bytes) would otherwise ask for
    // memory without bound (found by fuzzing).
    let fits = nrec
        .checked_mul(record_len)
        .and_then(|n| n.checked_add(header_len))
        .is_some_and(|end| end <= bytes.len());
    if nrec > 0 && (record_len == 0 || !fits) {
        return Err(err(
            0,
            "",
            &format!("{nrec} records of {record_len} bytes after a {header_len}-byte header"),
            format!("{} bytes", bytes.len()),
        ));
    }
    let mut rows = Vec::with_capacity(nrec);
    for r in 0..nrec {
        let start = header_len + r * record_len;
        let rec = bytes.get(start..start + record_len).ok_or_else(|| {
            err(
                r + 1,
                "",
                &format!("{nrec} records of {record_len} bytes"),
                format!("end of file at {} bytes", bytes.len()),
            )
        })?;
        let mut row = Vec::with_capacity(fields.len());
        for f in &fields {
            let raw = &rec[f.offset..f.offset + f.len];
            let text = decode_text(raw);
            let t = text.trim();
            let value = match f.kind {
                b'N' | b'F' => {
                    if t.is_empty() || t.chars().all(|ch| ch == '*' || ch == '?') {
                        AttributeValue::Null
                    } else {
                        AttributeValue::Number(
                            t.parse::<f64>()
                                .map_err(|_| err(r + 1, &f.name, "a number", format!("{t:?}")))?,
                        )
                    }
                }
                b'L' => match t {
                    "T" | "t" | "Y" | "y" => AttributeValue::Bool(true),
                    "F" | "f" | "N" | "n" => AttributeValue::Bool(false),
                    _ => AttributeValue::Null,
                },
                _ => {
                    if t.is_empty() {
                        AttributeValue::Null
                    } else {
                        AttributeValue::Text(t.to_string())
                    }
                }
            };
            row.push(value);
        }
        rows.push(row);
    }
    Ok((fields.into_iter().map(|f| f.name).collect(), rows))
}

fn decode_text(raw: &[u8]) -> String {
    match std::str::from_utf8(raw) {
        Ok(s) => s.trim_end_matches('\0').to_string(),
        Err(_) => raw
            .iter()
            .take_while(|&&b| b != 0)
            .map(|&b| b as char)
            .collect(),
    }
}
