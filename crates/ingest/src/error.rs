use std::fmt;
use std::path::{Path, PathBuf};

/// Where in a file something was found. Lines and columns count from 1, as editors do.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    pub file: PathBuf,
    pub line: Option<u64>,
    /// Column number and, where the file has a header, its name.
    pub column: Option<(usize, String)>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(l) = self.line {
            write!(f, ", line {l}")?;
        }
        if let Some((c, name)) = &self.column {
            if name.is_empty() {
                write!(f, ", column {c}")?;
            } else {
                write!(f, ", column {c} ({name})")?;
            }
        }
        Ok(())
    }
}

/// Why a file cannot be imported. Always says where, what was found, what was
/// expected and what to do.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{location}: cannot read the file: {source}")]
    Io {
        location: Location,
        #[source]
        source: std::io::Error,
    },
    #[error("{location}: the file is empty: export the table again, with its header row")]
    Empty { location: Location },
    #[error(
        "{location}: the text is not UTF-8 (byte {byte} of the file): {}save the file as UTF-8 (in Excel: \"CSV UTF-8\"; in LibreOffice: character set \"Unicode (UTF-8)\")",
        if suggestion.is_empty() { String::new() } else { format!("{suggestion} ") }
    )]
    Encoding {
        location: Location,
        byte: u64,
        /// Which encoding the file most likely is and how to import it so, when known.
        suggestion: String,
    },
    #[error("{location}: found {found}, expected {expected}{}", hint_text(.hint))]
    Invalid {
        location: Location,
        found: String,
        expected: String,
        hint: Option<String>,
    },
    #[error("{location}: {message}")]
    Sink { location: Location, message: String },
}

fn hint_text(h: &Option<String>) -> String {
    h.as_ref().map(|h| format!(": {h}")).unwrap_or_default()
}

impl IngestError {
    pub fn location(&self) -> &Location {
        match self {
            IngestError::Io { location, .. }
            | IngestError::Empty { location }
            | IngestError::Encoding { location, .. }
            | IngestError::Invalid { location, .. }
            | IngestError::Sink { location, .. } => location,
        }
    }

    pub(crate) fn io(path: &Path, source: std::io::Error) -> IngestError {
        IngestError::Io {
            location: Location {
                file: path.to_path_buf(),
                ..Location::default()
            },
            source,
        }
    }

    pub(crate) fn invalid(
        location: Location,
        found: impl Into<String>,
        expected: impl Into<String>,
    ) -> IngestError {
        IngestError::Invalid {
            location,
            found: found.into(),
            expected: expected.into(),
            hint: None,
        }
    }

    pub(crate) fn with_hint(mut self, text: impl Into<String>) -> IngestError {
        if let IngestError::Invalid { hint, .. } = &mut self {
            *hint = Some(text.into());
        }
        self
    }

    pub(crate) fn unsupported(path: &Path, format: crate::Format) -> IngestError {
        IngestError::invalid(
            Location {
                file: path.to_path_buf(),
                ..Location::default()
            },
            format!("a {} file", format.name()),
            "observations in a statistical format",
        )
        .with_hint(if format == crate::Format::BOUNDARIES {
            "boundaries are loaded with `observatory import-boundaries`"
        } else {
            "this format is not read by this command"
        })
    }

    /// Turns a `csv` crate error into one that names line and column.
    pub(crate) fn from_csv(
        input: &crate::Input,
        headers: Option<&csv::StringRecord>,
        err: csv::Error,
    ) -> IngestError {
        let file = input.path().to_path_buf();
        let line = err.position().map(|p| p.line());
        match err.kind() {
            csv::ErrorKind::Utf8 { pos, err: utf8 } => {
                let column = utf8.field() + 1;
                IngestError::Encoding {
                    location: Location {
                        file,
                        line,
                        column: Some((column, header_name(headers, column))),
                    },
                    byte: pos.as_ref().map(|p| p.byte()).unwrap_or(0) + utf8.valid_up_to() as u64,
                    suggestion: String::new(),
                }
            }
            csv::ErrorKind::UnequalLengths { expected_len, len, .. } => IngestError::invalid(
                Location {
                    file,
                    line,
                    column: None,
                },
                format!("{len} fields"),
                format!("{expected_len} fields, as in the header"),
            )
            .with_hint("the line may be cut short (a truncated file) or contain an extra separator; check quoting"),
            csv::ErrorKind::Io(e) => IngestError::Io {
                location: Location {
                    file,
                    line,
                    column: None,
                },
                source: std::io::Error::new(e.kind(), e.to_string()),
            },
            _ => IngestError::invalid(
                Location {
                    file,
                    line,
                    column: None,
                },
                err.to_string(),
                "well-formed CSV",
            ),
        }
    }
}

pub(crate) fn header_name(headers: Option<&csv::StringRecord>, column: usize) -> String {
    headers
        .and_then(|h| h.get(column - 1))
        .unwrap_or("")
        .to_string()
}

/// The fields of a CSV record as text, or an encoding error that names the record's
/// line and the column (the `csv` crate's own UTF-8 check reports the wrong line).
pub(crate) fn record_text<'r>(
    input: &crate::Input,
    headers: &[String],
    rec: &'r csv::ByteRecord,
) -> Result<Vec<&'r str>, IngestError> {
    let mut out = Vec::with_capacity(rec.len());
    record_text_into(input, headers, rec, &mut out)?;
    Ok(out)
}

/// [`record_text`] into a vector the caller reuses from row to row. The whole record is
/// checked as UTF-8 at once (one call instead of one per field); only a record that
/// fails is looked at field by field, to say which field and byte.
pub(crate) fn record_text_into<'r>(
    input: &crate::Input,
    headers: &[String],
    rec: &'r csv::ByteRecord,
    out: &mut Vec<&'r str>,
) -> Result<(), IngestError> {
    out.clear();
    if let Ok(all) = std::str::from_utf8(rec.as_slice()) {
        // Every field is valid on its own unless a character straddles two fields.
        let mut fields_ok = true;
        for i in 0..rec.len() {
            match rec.range(i) {
                Some(r) if all.is_char_boundary(r.start) && all.is_char_boundary(r.end) => {
                    out.push(&all[r]);
                }
                _ => {
                    fields_ok = false;
                    break;
                }
            }
        }
        if fields_ok {
            return Ok(());
        }
        out.clear();
    }
    for (i, field) in rec.iter().enumerate() {
        match std::str::from_utf8(field) {
            Ok(s) => out.push(s),
            Err(e) => {
                let pos = rec.position();
                // Byte offset of the bad byte: record start + earlier fields and separators.
                let before: usize = rec.iter().take(i).map(|f| f.len() + 1).sum();
                let byte = pos.map(|p| p.byte()).unwrap_or(0) + (before + e.valid_up_to()) as u64;
                return Err(IngestError::Encoding {
                    location: Location {
                        file: input.path().to_path_buf(),
                        line: line_at(input, byte).or(pos.map(|p| p.line())),
                        column: Some((i + 1, headers.get(i).cloned().unwrap_or_default())),
                    },
                    byte,
                    suggestion: String::new(),
                });
            }
        }
    }
    Ok(())
}

/// The header of a CSV file as text.
pub(crate) fn csv_headers<R: std::io::Read>(
    input: &crate::Input,
    rdr: &mut csv::Reader<R>,
) -> Result<Vec<String>, IngestError> {
    let rec = rdr
        .byte_headers()
        .map_err(|e| IngestError::from_csv(input, None, e))?
        .clone();
    let mut rec = rec;
    rec.set_position(Some(csv::Position::new().set_line(1).clone()));
    let texts = record_text(input, &[], &rec)?;
    Ok(texts
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            if i == 0 {
                t.trim_start_matches('\u{feff}').to_string()
            } else {
                t.to_string()
            }
        })
        .collect())
}

/// The line (from 1) on which byte `offset` of the file lies. Counted from the file
/// itself on the (rare) error path: the `csv` crate's own line numbers can be one short.
pub(crate) fn line_at(input: &crate::Input, offset: u64) -> Option<u64> {
    use std::io::Read;
    let f = input.open().ok()?;
    let mut lines = 1u64;
    let mut buf = vec![0u8; 1 << 16];
    let mut left = offset;
    let mut r = std::io::BufReader::new(f);
    while left > 0 {
        let want = buf.len().min(left as usize);
        let n = r.read(&mut buf[..want]).ok()?;
        if n == 0 {
            break;
        }
        lines += buf[..n].iter().filter(|&&b| b == b'\n').count() as u64;
        left -= n as u64;
    }
    Some(lines)
}
