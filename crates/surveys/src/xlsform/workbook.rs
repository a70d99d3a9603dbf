//! Spreadsheets as grids of texts: read with calamine (.xlsx, .xls, .xlsb, .ods), written as
//! a minimal SpreadsheetML package (.xlsx) on the `zip` crate calamine already brings.
//!
//! The writer makes what XLSForm tools read: one worksheet per sheet with inline strings
//! (every cell is text, so choice names such as `1` stay `1`), the header row bold and
//! frozen, columns sized to their texts. Timestamps inside the zip are fixed, so the same
//! workbook always gives the same bytes.

use std::io::{Cursor, Write};

/// A workbook: sheets in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

/// A sheet: `rows[0]` is Excel's row 1, `rows[r][0]` column A. Rows may be of different
/// lengths; a missing cell is empty.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
    /// Cells holding an Excel error (`#N/A`, `#REF!`…): row and column (0-based) and the
    /// error; their text in `rows` is empty.
    pub errors: Vec<(usize, usize, String)>,
}

impl Sheet {
    pub fn new(name: &str, rows: Vec<Vec<String>>) -> Sheet {
        Sheet {
            name: name.to_string(),
            rows,
            errors: Vec::new(),
        }
    }

    pub fn cell(&self, row: usize, col: usize) -> &str {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .map_or("", String::as_str)
    }
}

impl Workbook {
    /// The sheet of this name, compared without case (`Survey` is `survey`).
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets
            .iter()
            .find(|s| s.name.trim().eq_ignore_ascii_case(name))
    }

    /// Reads any workbook calamine knows.
    pub fn read(bytes: &[u8]) -> Result<Workbook, String> {
        use calamine::Reader;
        let mut sheets = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| {
            format!("the file is not a workbook Excel or LibreOffice can save ({e})")
        })?;
        let mut out = Workbook::default();
        for (name, range) in sheets.worksheets() {
            let mut sheet = Sheet::new(&name, Vec::new());
            let (r0, c0) = range.start().unwrap_or((0, 0));
            for (r, c, data) in range.used_cells() {
                let (r, c) = (r0 as usize + r, c0 as usize + c);
                let text = match cell_text(data) {
                    Ok(t) => t,
                    Err(e) => {
                        sheet.errors.push((r, c, e));
                        continue;
                    }
                };
                if text.is_empty() {
                    continue;
                }
                if sheet.rows.len() <= r {
                    sheet.rows.resize(r + 1, Vec::new());
                }
                let row = &mut sheet.rows[r];
                if row.len() <= c {
                    row.resize(c + 1, String::new());
                }
                row[c] = text;
            }
            out.sheets.push(sheet);
        }
        Ok(out)
    }

    /// The workbook as .xlsx bytes.
    pub fn to_xlsx(&self) -> Vec<u8> {
        // Every part is written into memory: a failure would be a bug in the zip crate.
        write_xlsx(self).expect("an .xlsx is written into memory")
    }
}

/// A cell as XLSForm tools read it: numbers without a needless `.0`, booleans as `true` /
/// `false`, dates as ISO 8601.
fn cell_text(data: &calamine::Data) -> Result<String, String> {
    use calamine::Data;
    Ok(match data {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => crate::expr::number_text(*f),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => excel_date(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => return Err(e.to_string()),
    })
}

/// An Excel serial date (days since 1899-12-30) as `YYYY-MM-DD`, with the time when it has
/// one.
fn excel_date(serial: f64) -> String {
    let days = serial.floor() as i64;
    let (y, m, d) = civil_from_days(days - 25569); // 1970-01-01 is serial 25569
    let seconds = ((serial - serial.floor()) * 86_400.0).round() as i64;
    if seconds == 0 {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        )
    }
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The column's letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_letters(mut col: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Text for an XML element: the five markup characters escaped, and the control characters
/// XML 1.0 cannot hold written as SpreadsheetML's `_xHHHH_` (which Excel and calamine read
/// back).
fn xml_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                out.push_str(&format!("_x{:04X}_", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECL: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

fn worksheet_xml(sheet: &Sheet) -> String {
    let mut x = String::new();
    x.push_str(XML_DECL);
    x.push_str(&format!(r#"<worksheet xmlns="{MAIN_NS}">"#));
    x.push_str(r#"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#);
    let width = sheet.rows.iter().map(Vec::len).max().unwrap_or(0);
    if width > 0 {
        x.push_str("<cols>");
        for c in 0..width {
            let longest = sheet
                .rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|t| t.chars().count())
                .max()
                .unwrap_or(0);
            let w = (longest + 2).clamp(8, 60);
            x.push_str(&format!(
                r#"<col min="{n}" max="{n}" width="{w}" customWidth="1"/>"#,
                n = c + 1
            ));
        }
        x.push_str("</cols>");
    }
    x.push_str("<sheetData>");
    for (r, row) in sheet.rows.iter().enumerate() {
        x.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, text) in row.iter().enumerate() {
            if text.is_empty() {
                continue;
            }
            let style = if r == 0 { r#" s="1""# } else { "" };
            x.push_str(&format!(
                r#"<c r="{}{}"{style} t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
                column_letters(c),
                r + 1,
                xml_text(text)
            ));
        }
        x.push_str("</row>");
    }
    x.push_str("</sheetData></worksheet>");
    x
}

const STYLES: &str = r#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#;

fn write_xlsx(book: &Workbook) -> zip::result::ZipResult<Vec<u8>> {
    use zip::write::SimpleFileOptions;
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let n = book.sheets.len();

    let mut types = format!(
        r#"{XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
    );
    for i in 1..=n {
        types.push_str(&format!(
            r#"<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        ));
    }
    types.push_str("</Types>");
    zip.start_file("[Content_Types].xml", options)?;
    zip.write_all(types.as_bytes())?;

    zip.start_file("_rels/.rels", options)?;
    zip.write_all(
        format!(
            r#"{XML_DECL}<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
        )
        .as_bytes(),
    )?;

    let mut workbook =
        format!(r#"{XML_DECL}<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets>"#);
    let mut rels = format!(r#"{XML_DECL}<Relationships xmlns="{PKG_REL_NS}">"#);
    for (i, sheet) in book.sheets.iter().enumerate() {
        let id = i + 1;
        workbook.push_str(&format!(
            r#"<sheet name="{}" sheetId="{id}" r:id="rId{id}"/>"#,
            xml_text(&sheet.name)
        ));
        rels.push_str(&format!(
            r#"<Relationship Id="rId{id}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{id}.xml"/>"#
        ));
    }
    workbook.push_str("</sheets></workbook>");
    rels.push_str(&format!(
        r#"<Relationship Id="rId{}" Type="{REL_NS}/styles" Target="styles.xml"/></Relationships>"#,
        n + 1
    ));
    zip.start_file("xl/workbook.xml", options)?;
    zip.write_all(workbook.as_bytes())?;
    zip.start_file("xl/_rels/workbook.xml.rels", options)?;
    zip.write_all(rels.as_bytes())?;
    zip.start_file("xl/styles.xml", options)?;
    zip.write_all(format!("{XML_DECL}{STYLES}").as_bytes())?;
    for (i, sheet) in book.sheets.iter().enumerate() {
        zip.start_file(format!("xl/worksheets/sheet{}.xml", i + 1), options)?;
        zip.write_all(worksheet_xml(sheet).as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_are_excel_s() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn serial_dates_are_iso() {
        assert_eq!(excel_date(45292.0), "2024-01-01");
        assert_eq!(excel_date(36526.5), "2000-01-01T12:00:00");
        assert_eq!(excel_date(60.0), "1900-02-28"); // Excel's phantom 29 Feb 1900 aside
    }

    #[test]
    fn what_is_written_reads_back_cell_for_cell() {
        let rows = vec![
            vec![
                "type".to_string(),
                "name".into(),
                "label::Hrvatski (hr)".into(),
            ],
            vec![
                "integer".into(),
                "age".into(),
                "Koliko imate godina? <18 & \"više\"".into(),
            ],
            vec![],
            vec!["".into(), "1".into(), "tab\tand\nnewline 'quoted'".into()],
        ];
        let book = Workbook {
            sheets: vec![
                Sheet::new("survey", rows.clone()),
                Sheet::new("choices", vec![]),
            ],
        };
        let bytes = book.to_xlsx();
        assert_eq!(
            bytes,
            book.to_xlsx(),
            "the same workbook gives the same bytes"
        );
        let back = Workbook::read(&bytes).unwrap();
        assert_eq!(back.sheets.len(), 2);
        assert_eq!(back.sheets[0].name, "survey");
        for (r, row) in rows.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                assert_eq!(back.sheets[0].cell(r, c), text, "row {r} column {c}");
            }
        }
        assert!(Workbook::read(b"type,name\ntext,a\n").is_err());
        // XML cannot hold a bell: it is written as Excel writes it (calamine keeps the
        // escape as text; no form read from a workbook holds one).
        assert_eq!(xml_text("a\u{7}b<"), "a_x0007_b&lt;");
    }
}
