//! Reference periods: year, half-year, quarter, month.
//!
//! Written the SDMX way (`2020`, `2020-S2`, `2020-Q1`, `2020-03`); the parser also takes
//! Eurostat's older forms (`2020S2`, `2020Q1`, `2020M03`) and `2020-H2`.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Year(i32),
    HalfYear(i32, u8),
    Quarter(i32, u8),
    Month(i32, u8),
}

/// A period that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "'{found}' is not a period: expected a year (2020), half-year (2020-S1), quarter (2020-Q3) or month (2020-07)"
)]
pub struct BadPeriod {
    pub found: String,
}

impl Period {
    pub fn parse(text: &str) -> Result<Period, BadPeriod> {
        let t = text.trim();
        let bad = || BadPeriod {
            found: text.to_string(),
        };
        if t.len() < 4 || !t.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
            return Err(bad());
        }
        let year: i32 = t[..4].parse().map_err(|_| bad())?;
        if !(1000..=2999).contains(&year) {
            return Err(bad());
        }
        let rest = t[4..].strip_prefix('-').unwrap_or(&t[4..]);
        if rest.is_empty() {
            // A year written as a float by spreadsheets ("2020.0") is not accepted on
            // purpose: t[4..] would be ".0" and fall through to the error below.
            return Ok(Period::Year(year));
        }
        let (kind, num) = match rest.as_bytes()[0] {
            b'S' | b'H' | b's' | b'h' => ('S', &rest[1..]),
            b'Q' | b'q' => ('Q', &rest[1..]),
            b'M' | b'm' => ('M', &rest[1..]),
            b'0'..=b'9' => ('M', rest),
            _ => return Err(bad()),
        };
        if num.is_empty() || num.len() > 2 || !num.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let n: u8 = num.parse().map_err(|_| bad())?;
        match kind {
            'S' if (1..=2).contains(&n) => Ok(Period::HalfYear(year, n)),
            'Q' if (1..=4).contains(&n) => Ok(Period::Quarter(year, n)),
            'M' if (1..=12).contains(&n) => Ok(Period::Month(year, n)),
            _ => Err(bad()),
        }
    }

    pub fn year(self) -> i32 {
        match self {
            Period::Year(y)
            | Period::HalfYear(y, _)
            | Period::Quarter(y, _)
            | Period::Month(y, _) => y,
        }
    }

    /// Eurostat's frequency code for this kind of period.
    pub fn frequency(self) -> char {
        match self {
            Period::Year(_) => 'A',
            Period::HalfYear(..) => 'S',
            Period::Quarter(..) => 'Q',
            Period::Month(..) => 'M',
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Year(y) => write!(f, "{y}"),
            Period::HalfYear(y, h) => write!(f, "{y}-S{h}"),
            Period::Quarter(y, q) => write!(f, "{y}-Q{q}"),
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Period::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_sdmx_and_eurostat_forms() {
        assert_eq!(Period::parse("2020").unwrap(), Period::Year(2020));
        assert_eq!(Period::parse("2020-S2").unwrap(), Period::HalfYear(2020, 2));
        assert_eq!(Period::parse("2020H1").unwrap(), Period::HalfYear(2020, 1));
        assert_eq!(Period::parse("2020Q3").unwrap(), Period::Quarter(2020, 3));
        assert_eq!(Period::parse("2020M07").unwrap(), Period::Month(2020, 7));
        assert_eq!(Period::parse("2020-07").unwrap(), Period::Month(2020, 7));
        for bad in ["20", "2020-Q5", "2020-13", "abcd", "2020.0", "2020-S", ""] {
            assert!(Period::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn order_is_chronological_within_a_kind() {
        assert!(Period::HalfYear(2019, 2) < Period::HalfYear(2020, 1));
        assert!(Period::Year(2015) < Period::Year(2016));
    }

    proptest! {
        #[test]
        fn display_round_trips(y in 1900i32..2100, k in 0u8..4, n in 1u8..13) {
            let p = match k {
                0 => Period::Year(y),
                1 => Period::HalfYear(y, 1 + n % 2),
                2 => Period::Quarter(y, 1 + n % 4),
                _ => Period::Month(y, n),
            };
            prop_assert_eq!(Period::parse(&p.to_string()).unwrap(), p);
        }
    }
}
