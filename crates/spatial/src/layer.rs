//! A layer: the areas of one file with their attribute table.

use crate::error::SpatialError;
use crate::geometry::MultiPolygon;

/// One attribute value of one area.
#[derive(Debug, Clone, PartialEq)]
pub enum AttributeValue {
    /// A number (dBASE N/F fields, JSON numbers).
    Number(f64),
    /// Text (dBASE C and D fields, JSON strings).
    Text(String),
    /// A logical value.
    Bool(bool),
    /// Missing (blank dBASE field, JSON null or absent property).
    Null,
}

impl AttributeValue {
    /// The value as a number, if it is one.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            AttributeValue::Number(v) => Some(*v),
            _ => None,
        }
    }

    /// The value as text for display (numbers without trailing zeros, null as empty).
    pub fn to_display(&self) -> String {
        match self {
            AttributeValue::Number(v) => format!("{v}"),
            AttributeValue::Text(s) => s.clone(),
            AttributeValue::Bool(b) => b.to_string(),
            AttributeValue::Null => String::new(),
        }
    }
}

/// The areas of one source, in file order, with one attribute row per area.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layer {
    /// Where the layer came from (file name), used in error messages.
    pub source: String,
    /// One geometry per record (possibly empty for null shapes).
    pub areas: Vec<MultiPolygon>,
    /// Attribute column names, in file order.
    pub columns: Vec<String>,
    /// `rows[i][j]` is column `j` of area `i`.
    pub rows: Vec<Vec<AttributeValue>>,
}

impl Layer {
    /// Number of areas.
    pub fn len(&self) -> usize {
        self.areas.len()
    }

    /// Whether the layer has no area.
    pub fn is_empty(&self) -> bool {
        self.areas.is_empty()
    }

    /// Position of a column, if present (exact name).
    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }

    /// A whole column as numbers; fails naming the first record that is not a number.
    pub fn numeric_column(&self, name: &str) -> Result<Vec<f64>, SpatialError> {
        let j = self
            .column_index(name)
            .ok_or_else(|| SpatialError::Attribute {
                column: name.to_string(),
                record: 0,
                expected: format!("a column of that name among {:?}", self.columns),
            })?;
        self.rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                row.get(j)
                    .and_then(AttributeValue::as_f64)
                    .ok_or_else(|| SpatialError::Attribute {
                        column: name.to_string(),
                        record: i + 1,
                        expected: "a number".to_string(),
                    })
            })
            .collect()
    }

    /// A whole column as display text (numbers formatted, null as empty).
    pub fn text_column(&self, name: &str) -> Result<Vec<String>, SpatialError> {
        let j = self
            .column_index(name)
            .ok_or_else(|| SpatialError::Attribute {
                column: name.to_string(),
                record: 0,
                expected: format!("a column of that name among {:?}", self.columns),
            })?;
        Ok(self
            .rows
            .iter()
            .map(|row| {
                row.get(j)
                    .map(AttributeValue::to_display)
                    .unwrap_or_default()
            })
            .collect())
    }
}
