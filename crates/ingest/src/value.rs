//! Numbers and flags as statistical offices write them.

use model::Flags;

/// What one value cell holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Cell {
    Value(f64, Flags),
    /// `:` (with optional flags such as `: c` confidential): no value.
    Missing(Flags),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CellError {
    Number(String),
    Flag(String),
}

/// Parses a number: `70.4`, `-3`, `1e6`. Thousands separators and decimal commas are
/// refused rather than guessed: `1,234` could be either.
pub(crate) fn parse_number(text: &str) -> Result<f64, CellError> {
    let t = text.trim();
    // `inf`, `infinity` and `nan` (any case, any sign) are the only words Rust parses,
    // and they are exactly the texts that parse to a value that is not finite: checking
    // the value refuses them without lower-casing every number (an allocation per value).
    match t.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(CellError::Number(t.to_string())),
    }
}

/// A Eurostat bulk TSV cell: `70.4 b`, `: u`, `:`, `11258434 `.
pub(crate) fn parse_tsv_cell(text: &str) -> Result<Cell, CellError> {
    let t = text.trim();
    let (num, flags) = match t.split_once(' ') {
        Some((n, f)) => (n, f),
        None => (t, ""),
    };
    let flags = Flags::parse(flags).map_err(|e| CellError::Flag(e.found))?;
    if num == ":" || num.is_empty() {
        return Ok(Cell::Missing(flags));
    }
    Ok(Cell::Value(parse_number(num)?, flags))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_cells() {
        assert_eq!(
            parse_tsv_cell("70.4 b").unwrap(),
            Cell::Value(70.4, Flags::parse("b").unwrap())
        );
        assert_eq!(
            parse_tsv_cell(": u").unwrap(),
            Cell::Missing(Flags::parse("u").unwrap())
        );
        assert_eq!(parse_tsv_cell(":").unwrap(), Cell::Missing(Flags::NONE));
        assert_eq!(
            parse_tsv_cell("11258434 ").unwrap(),
            Cell::Value(11258434.0, Flags::NONE)
        );
        assert!(matches!(parse_tsv_cell("7O.4"), Err(CellError::Number(_))));
        assert!(matches!(parse_tsv_cell("70.4 x"), Err(CellError::Flag(_))));
        assert!(parse_number("1,5").is_err());
        for word in [
            "NaN",
            "nan",
            "-nan",
            "inf",
            "-Inf",
            "+INFINITY",
            "infinity",
            "1e400",
        ] {
            assert!(parse_number(word).is_err(), "{word}");
        }
        assert_eq!(parse_number(" -1.5e3 ").unwrap(), -1500.0);
    }
}
