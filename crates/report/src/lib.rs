//! Reports as people read them. [`Table`]: a header and rows of text cells, rendered as a
//! plain-text table with numbers right-aligned (so that digits line up) or written as CSV.
//! The command line prints its tables with it; the libraries write their text reports
//! (a segregation report, a funding map) with it, so that one layout serves both.

/// A table: a header and rows of text cells.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new<S: Into<String>>(header: Vec<S>) -> Table {
        Table {
            header: header.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// Renders the table; numbers are right-aligned so that digits line up.
    pub fn render(&self) -> String {
        let n = self.header.len();
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for r in &self.rows {
            for (i, c) in r.iter().enumerate().take(n) {
                widths[i] = widths[i].max(c.chars().count());
            }
        }
        let numeric: Vec<bool> = (0..n)
            .map(|i| {
                !self.rows.is_empty()
                    && self.rows.iter().all(|r| {
                        r.get(i).is_none_or(|c| {
                            c.is_empty() || c.replace([',', ' '], "").parse::<f64>().is_ok()
                        })
                    })
            })
            .collect();
        let line = |cells: Vec<&str>| {
            let mut s = String::new();
            for (i, c) in cells.iter().enumerate() {
                let pad = widths[i].saturating_sub(c.chars().count());
                if i > 0 {
                    s.push_str("  ");
                }
                if numeric[i] {
                    s.push_str(&" ".repeat(pad));
                    s.push_str(c);
                } else {
                    s.push_str(c);
                    if i + 1 < cells.len() {
                        s.push_str(&" ".repeat(pad));
                    }
                }
            }
            s.push('\n');
            s
        };
        let mut out = line(self.header.iter().map(String::as_str).collect());
        out.push_str(&line(
            widths
                .iter()
                .map(|w| "─".repeat(*w))
                .collect::<Vec<_>>()
                .iter()
                .map(String::as_str)
                .collect(),
        ));
        for r in &self.rows {
            out.push_str(&line(r.iter().map(String::as_str).collect()));
        }
        out
    }

    pub fn to_csv(&self) -> Result<String, String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(&self.header).map_err(|e| e.to_string())?;
        for r in &self.rows {
            w.write_record(r).map_err(|e| e.to_string())?;
        }
        String::from_utf8(w.into_inner().map_err(|e| e.to_string())?).map_err(|e| e.to_string())
    }
}

/// A value as people read it in a table: whole numbers without decimals, others with at
/// most four, no trailing zeros, thousands kept plain (so that CSV stays numeric).
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A table of `rows` with the columns of `spec` — `heading=field` or just `field`,
/// separated by commas — from each row's JSON form (`a.b` for a nested field), numbers as
/// [`number`] writes them, nothing for null.
pub fn table_of<T: serde::Serialize>(rows: &[T], spec: &str) -> Table {
    let columns: Vec<(&str, &str)> = spec
        .split(',')
        .map(str::trim)
        .map(|c| c.split_once('=').unwrap_or((c, c)))
        .collect();
    let mut t = Table::new(columns.iter().map(|(h, _)| *h).collect());
    for r in rows {
        let v = serde_json::to_value(r).unwrap_or_default();
        let cell = |field: &str| match field.split('.').fold(&v, |v, k| &v[k]) {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.as_f64().map(number).unwrap_or_default(),
            serde_json::Value::Null => String::new(),
            other => other.to_string(),
        };
        t.push(columns.iter().map(|(_, f)| cell(f)).collect());
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_right_aligned_and_text_left() {
        let mut t = Table::new(vec!["place", "value"]);
        t.push(vec!["Osijek".into(), "9.5".into()]);
        t.push(vec!["Košice".into(), "12,345".into()]);
        assert_eq!(
            t.render(),
            "place    value\n──────  ──────\nOsijek     9.5\nKošice  12,345\n"
        );
        assert_eq!(
            t.to_csv().unwrap(),
            "place,value\nOsijek,9.5\nKošice,\"12,345\"\n"
        );
    }

    #[test]
    fn rows_become_a_table_by_the_column_spec() {
        #[derive(serde::Serialize)]
        struct Row {
            code: &'static str,
            share: f64,
            counts: Counts,
            parent: Option<&'static str>,
        }
        #[derive(serde::Serialize)]
        struct Counts {
            new: u64,
        }
        let rows = [Row {
            code: "HR004C",
            share: 14.700_000_4,
            counts: Counts { new: 3 },
            parent: None,
        }];
        let t = table_of(&rows, "code, share %=share, new=counts.new, parent");
        assert_eq!(t.header, ["code", "share %", "new", "parent"]);
        assert_eq!(t.rows, [["HR004C", "14.7", "3", ""]]);
        assert_eq!(number(102_542.0), "102542");
        assert_eq!(number(0.123_456), "0.1235");
    }
}
