//! Places: countries, NUTS regions, Urban Audit cities and their districts.
//!
//! Codes follow Eurostat: countries are two letters (`EL` Greece, `UK` United Kingdom),
//! NUTS regions add one to three characters (`DE3`, `DE30`, `DE300`), Urban Audit codes
//! are country + three digits + a letter for the kind of area (`DE001C` city, `DE001K`
//! greater city, `DE001F` functional urban area). Districts and neighbourhoods have ids
//! that only mean something inside their city, so their code is `CITY:scheme:id`
//! (`DE001C:PLR:01011101`, a Berlin planning area).

use serde::{Deserialize, Serialize};
use std::fmt;

/// The level of a geography in the hierarchy, coarsest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GeoLevel {
    /// Groups of countries (`EU27_2020`, `EA20`).
    Aggregate,
    Country,
    Nuts1,
    Nuts2,
    Nuts3,
    /// Urban Audit functional urban area (`…F`).
    FunctionalUrbanArea,
    /// Urban Audit greater city (`…K`).
    GreaterCity,
    /// Urban Audit city (`…C`).
    City,
    /// A municipality outside the Urban Audit (a local administrative unit, LAU), by
    /// GISCO's LAU id: country, underscore, national code (`IT_` and ISTAT's six digits).
    Municipality,
    /// A district within a city (free id within the city).
    District,
    /// A neighbourhood or planning area within a city (free id within the city).
    Neighbourhood,
}

impl GeoLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            GeoLevel::Aggregate => "aggregate",
            GeoLevel::Country => "country",
            GeoLevel::Nuts1 => "nuts1",
            GeoLevel::Nuts2 => "nuts2",
            GeoLevel::Nuts3 => "nuts3",
            GeoLevel::FunctionalUrbanArea => "functional_urban_area",
            GeoLevel::GreaterCity => "greater_city",
            GeoLevel::City => "city",
            GeoLevel::Municipality => "municipality",
            GeoLevel::District => "district",
            GeoLevel::Neighbourhood => "neighbourhood",
        }
    }

    pub fn parse(text: &str) -> Option<GeoLevel> {
        [
            GeoLevel::Aggregate,
            GeoLevel::Country,
            GeoLevel::Nuts1,
            GeoLevel::Nuts2,
            GeoLevel::Nuts3,
            GeoLevel::FunctionalUrbanArea,
            GeoLevel::GreaterCity,
            GeoLevel::City,
            GeoLevel::Municipality,
            GeoLevel::District,
            GeoLevel::Neighbourhood,
        ]
        .into_iter()
        .find(|l| l.as_str() == text)
    }
}

impl fmt::Display for GeoLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A geography code, as written by its source (`DE001C`, `AT`, `DE001C:PLR:01011101`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct GeoCode(pub String);

impl GeoCode {
    pub fn new(code: impl Into<String>) -> GeoCode {
        GeoCode(code.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A sub-city area: `city:scheme:id`, e.g. `DE001C:PLR:01011101`.
    pub fn within(city: &GeoCode, scheme: &str, id: &str) -> GeoCode {
        GeoCode(format!("{}:{scheme}:{id}", city.0))
    }

    /// The level a code implies by its shape, where it does.
    pub fn level(&self) -> GeoLevel {
        let c = self.0.as_str();
        if let Some((city, _)) = c.split_once(':') {
            // City-internal ids: the scheme decides; districts use the `DIS`/`BEZ` schemes.
            let scheme = c[city.len() + 1..].split(':').next().unwrap_or("");
            return if matches!(scheme, "DIS" | "BEZ" | "DISTRICT") {
                GeoLevel::District
            } else {
                GeoLevel::Neighbourhood
            };
        }
        let b = c.as_bytes();
        let alpha2 = b.len() >= 2 && b[0].is_ascii_uppercase() && b[1].is_ascii_uppercase();
        // Eurostat's EU and euro-area aggregates (EU, EU28, EA, EA19, EA20 …) look like a
        // country or a NUTS 2 code by their shape; no country has these letters.
        if (c.starts_with("EU") || c.starts_with("EA")) && b[2..].iter().all(u8::is_ascii_digit) {
            return GeoLevel::Aggregate;
        }
        if b.len() == 2 && alpha2 {
            return GeoLevel::Country;
        }
        // GISCO's LAU ids: the country, an underscore, the national code (`IT_028…`).
        if alpha2
            && b.len() >= 4
            && b[2] == b'_'
            && b[3..].iter().all(u8::is_ascii_alphanumeric)
            && !c.starts_with("EU")
            && !c.starts_with("EA")
        {
            return GeoLevel::Municipality;
        }
        if b.len() == 6
            && alpha2
            && b[2..5].iter().all(u8::is_ascii_digit)
            && matches!(b[5], b'C' | b'K' | b'F')
        {
            return match b[5] {
                b'C' => GeoLevel::City,
                b'K' => GeoLevel::GreaterCity,
                _ => GeoLevel::FunctionalUrbanArea,
            };
        }
        if alpha2 && (3..=5).contains(&b.len()) && b[2..].iter().all(u8::is_ascii_alphanumeric) {
            return match b.len() {
                3 => GeoLevel::Nuts1,
                4 => GeoLevel::Nuts2,
                _ => GeoLevel::Nuts3,
            };
        }
        GeoLevel::Aggregate
    }

    /// The country a code belongs to (its first two letters), if it has one.
    pub fn country(&self) -> Option<GeoCode> {
        // The first two characters, when they are two capital letters: a malformed code
        // (`:`, `€:1`) has no country rather than a panic.
        let two = self
            .0
            .get(..2)
            .filter(|t| t.bytes().all(|b| b.is_ascii_uppercase()))?;
        match self.level() {
            GeoLevel::Aggregate => None,
            _ => Some(GeoCode(two.to_string())),
        }
    }

    /// The parent implied by the code alone: a NUTS region's parent region, a city's
    /// country, a sub-city area's city. Links that a code does not show (city → NUTS 3,
    /// city → functional urban area) come from boundary files such as GISCO's.
    pub fn implied_parent(&self) -> Option<GeoCode> {
        match self.level() {
            GeoLevel::Aggregate | GeoLevel::Country => None,
            GeoLevel::Nuts1
            | GeoLevel::Nuts2
            | GeoLevel::Nuts3
            | GeoLevel::City
            | GeoLevel::GreaterCity
            | GeoLevel::FunctionalUrbanArea
                if self.0.len() == 6 =>
            {
                Some(GeoCode(self.0[..2].to_string()))
            }
            // Its NUTS 3 region comes from GISCO's LAU list or the administrator.
            GeoLevel::Municipality => Some(GeoCode(self.0[..2].to_string())),
            GeoLevel::Nuts1 | GeoLevel::Nuts2 | GeoLevel::Nuts3 => {
                Some(GeoCode(self.0[..self.0.len() - 1].to_string()))
            }
            GeoLevel::District | GeoLevel::Neighbourhood => {
                self.0.split_once(':').map(|(c, _)| GeoCode(c.to_string()))
            }
            _ => Some(GeoCode(self.0[..2].to_string())),
        }
    }
}

impl fmt::Display for GeoCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A named place in the hierarchy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Geography {
    pub code: GeoCode,
    pub name: String,
    pub level: GeoLevel,
    pub country: Option<GeoCode>,
    pub parent: Option<GeoCode>,
}

impl Geography {
    /// A geography whose level, country and parent follow from its code.
    pub fn from_code(code: GeoCode, name: impl Into<String>) -> Geography {
        Geography {
            level: code.level(),
            country: code.country(),
            parent: code.implied_parent(),
            name: name.into(),
            code,
        }
    }

    /// Who a place is, in one line: "Košice (SK004C) — city, country SK, in SK042". The
    /// parent is left out when it is the country ("in SK" after "country SK" says nothing).
    pub fn describe(&self) -> String {
        let mut s = format!("{} ({}) — {}", self.name, self.code, self.level);
        if let Some(c) = &self.country {
            s.push_str(&format!(", country {c}"));
        }
        if let Some(p) = self
            .parent
            .as_ref()
            .filter(|p| Some(*p) != self.country.as_ref())
        {
            s.push_str(&format!(", in {p}"));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 11, finding 15: `GeoCode::country()` sliced bytes and panicked on `:` and `€:1`;
    /// EU28 and EA19 were NUTS 2 regions and EU and EA countries.
    #[test]
    fn malformed_codes_have_no_country_and_eu_aggregates_are_aggregates() {
        for code in [":", "€:1", "é", "x", "", "a:b"] {
            assert_eq!(GeoCode::new(code).country(), None, "{code:?}");
        }
        for code in ["EU", "EA", "EU28", "EA18", "EA19", "EA20", "EU27_2020"] {
            assert_eq!(GeoCode::new(code).level(), GeoLevel::Aggregate, "{code}");
            assert_eq!(GeoCode::new(code).country(), None, "{code}");
        }
        assert_eq!(GeoCode::new("EL").level(), GeoLevel::Country);
        assert_eq!(GeoCode::new("ES51").level(), GeoLevel::Nuts2);
        assert_eq!(
            GeoCode::new("HR004C:DIS:01").country(),
            Some(GeoCode::new("HR"))
        );
    }

    proptest::proptest! {
        /// No text makes a code panic.
        #[test]
        fn any_text_is_a_code_without_panic(text in ".{0,12}") {
            let g = GeoCode::new(text);
            let _ = (g.level(), g.country(), g.implied_parent());
        }
    }

    #[test]
    fn a_place_describes_itself_without_repeating_its_country() {
        let g = |code: &str, parent: Option<&str>| Geography {
            code: GeoCode::new(code),
            name: "X".into(),
            level: GeoLevel::City,
            country: Some(GeoCode::new("SK")),
            parent: parent.map(GeoCode::new),
        };
        assert_eq!(
            g("SK004C", Some("SK042")).describe(),
            "X (SK004C) — city, country SK, in SK042"
        );
        assert_eq!(
            g("SK004C", Some("SK")).describe(),
            "X (SK004C) — city, country SK"
        );
    }

    #[test]
    fn levels_follow_eurostat_code_shapes() {
        let l = |c: &str| GeoCode::new(c).level();
        assert_eq!(l("EL"), GeoLevel::Country);
        assert_eq!(l("DE3"), GeoLevel::Nuts1);
        assert_eq!(l("DE30"), GeoLevel::Nuts2);
        assert_eq!(l("DE300"), GeoLevel::Nuts3);
        assert_eq!(l("DE001C"), GeoLevel::City);
        assert_eq!(l("DE001K"), GeoLevel::GreaterCity);
        assert_eq!(l("DE001F"), GeoLevel::FunctionalUrbanArea);
        assert_eq!(l("EU27_2020"), GeoLevel::Aggregate);
        assert_eq!(l("DE001C:PLR:01011101"), GeoLevel::Neighbourhood);
        assert_eq!(l("DE001C:BEZ:01"), GeoLevel::District);
        // GISCO's LAU ids (a comune of the province of Padova), not EU aggregates.
        assert_eq!(l("IT_028075"), GeoLevel::Municipality);
        assert_eq!(l("EU_28"), GeoLevel::Aggregate);
        assert_eq!(l("IT_"), GeoLevel::Aggregate);
        assert_eq!(GeoCode::new("IT_028075").implied_parent().unwrap().0, "IT");
        assert_eq!(GeoCode::new("IT_028075").country().unwrap().0, "IT");
    }

    #[test]
    fn hierarchy_from_codes() {
        let p = |c: &str| GeoCode::new(c).implied_parent().map(|g| g.0);
        assert_eq!(p("DE300").as_deref(), Some("DE30"));
        assert_eq!(p("DE30").as_deref(), Some("DE3"));
        assert_eq!(p("DE3").as_deref(), Some("DE"));
        assert_eq!(p("DE001C").as_deref(), Some("DE"));
        assert_eq!(p("DE001C:PLR:01011101").as_deref(), Some("DE001C"));
        assert_eq!(p("DE"), None);
        assert_eq!(GeoCode::new("SK006C").country().unwrap().0, "SK");
    }
}
