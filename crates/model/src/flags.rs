//! Status flags of a statistical value, as Eurostat disseminates them.
//!
//! Eurostat writes them after the value (`70.4 b`, `: u`) or in an `OBS_FLAG` column
//! (`bep`). A flag is part of the figure: a break in series or low reliability must
//! travel with the value into every table and export.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One status flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Flag {
    /// `b` break in time series
    Break,
    /// `c` confidential
    Confidential,
    /// `d` definition differs
    DefinitionDiffers,
    /// `e` estimated
    Estimated,
    /// `f` forecast
    Forecast,
    /// `m` missing value, data cannot exist
    Missing,
    /// `n` not significant
    NotSignificant,
    /// `p` provisional
    Provisional,
    /// `r` revised
    Revised,
    /// `s` Eurostat estimate
    EurostatEstimate,
    /// `u` low reliability
    LowReliability,
    /// `z` not applicable
    NotApplicable,
}

impl Flag {
    pub const ALL: [Flag; 12] = [
        Flag::Break,
        Flag::Confidential,
        Flag::DefinitionDiffers,
        Flag::Estimated,
        Flag::Forecast,
        Flag::Missing,
        Flag::NotSignificant,
        Flag::Provisional,
        Flag::Revised,
        Flag::EurostatEstimate,
        Flag::LowReliability,
        Flag::NotApplicable,
    ];

    pub fn from_letter(c: char) -> Option<Flag> {
        Flag::ALL
            .into_iter()
            .find(|f| f.letter() == c.to_ascii_lowercase())
    }

    pub fn letter(self) -> char {
        match self {
            Flag::Break => 'b',
            Flag::Confidential => 'c',
            Flag::DefinitionDiffers => 'd',
            Flag::Estimated => 'e',
            Flag::Forecast => 'f',
            Flag::Missing => 'm',
            Flag::NotSignificant => 'n',
            Flag::Provisional => 'p',
            Flag::Revised => 'r',
            Flag::EurostatEstimate => 's',
            Flag::LowReliability => 'u',
            Flag::NotApplicable => 'z',
        }
    }

    /// Plain-language meaning, for legends and tooltips.
    pub fn meaning(self) -> &'static str {
        match self {
            Flag::Break => "break in time series",
            Flag::Confidential => "confidential",
            Flag::DefinitionDiffers => "definition differs",
            Flag::Estimated => "estimated",
            Flag::Forecast => "forecast",
            Flag::Missing => "missing: data cannot exist",
            Flag::NotSignificant => "not significant",
            Flag::Provisional => "provisional",
            Flag::Revised => "revised",
            Flag::EurostatEstimate => "Eurostat estimate",
            Flag::LowReliability => "low reliability",
            Flag::NotApplicable => "not applicable",
        }
    }
}

/// A set of flags, kept as a bit set so it costs nothing per observation.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Flags(u16);

/// A letter that is not one of Eurostat's flags.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown flag '{found}': expected letters among b c d e f m n p r s u z")]
pub struct UnknownFlag {
    pub found: String,
}

impl From<Flag> for Flags {
    fn from(flag: Flag) -> Self {
        let mut flags = Flags::NONE;
        flags.insert(flag);
        flags
    }
}

impl Flags {
    pub const NONE: Flags = Flags(0);

    pub fn contains(self, flag: Flag) -> bool {
        self.0 & (1 << flag as u16) != 0
    }

    pub fn insert(&mut self, flag: Flag) {
        self.0 |= 1 << flag as u16;
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Flag> {
        Flag::ALL.into_iter().filter(move |f| self.contains(*f))
    }

    /// What the flags mean, for a legend under a table: "b break in time series; e estimated".
    pub fn legend(self) -> String {
        self.iter()
            .map(|f| format!("{} {}", f.letter(), f.meaning()))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Parses letters such as `bep` or `b u` (spaces ignored). An empty string is no flag.
    pub fn parse(text: &str) -> Result<Flags, UnknownFlag> {
        let mut flags = Flags::NONE;
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            match Flag::from_letter(c) {
                Some(f) => flags.insert(f),
                None => {
                    return Err(UnknownFlag {
                        found: text.trim().to_string(),
                    });
                }
            }
        }
        Ok(flags)
    }
}

impl fmt::Display for Flags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for flag in self.iter() {
            write!(f, "{}", flag.letter())?;
        }
        Ok(())
    }
}

impl fmt::Debug for Flags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Flags({self})")
    }
}

impl Serialize for Flags {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Flags {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Flags::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_legend_names_each_flag_once_in_canonical_order() {
        let f = Flags::parse("pb").unwrap();
        assert_eq!(
            f.legend(),
            format!(
                "b {}; p {}",
                Flag::Break.meaning(),
                Flag::Provisional.meaning()
            )
        );
        assert_eq!(Flags::NONE.legend(), "");
    }

    #[test]
    fn parses_combined_flags_in_canonical_order() {
        let f = Flags::parse("pbe").unwrap();
        assert_eq!(f.to_string(), "bep");
        assert!(f.contains(Flag::Break) && f.contains(Flag::Provisional));
        assert!(!f.contains(Flag::LowReliability));
    }

    #[test]
    fn rejects_unknown_letters() {
        assert_eq!(Flags::parse("bx").unwrap_err().found, "bx");
        assert!(Flags::parse("").unwrap().is_empty());
    }
}
