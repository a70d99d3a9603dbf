//! Plain-language comparisons of two cities' feature values ("167k vs 155k inhabitants").

use crate::catalogue::Feature;
use crate::profile::FeatureValue;
use serde::Serialize;

/// A number with thousands separators and `decimals` decimals.
pub fn grouped(v: f64, decimals: usize) -> String {
    let s = format!("{:.*}", decimals, v.abs());
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s, None),
    };
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(&f);
    }
    if v < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.insert(0, '−');
    }
    out
}

/// An inhabitant count as people say it: 8,512 · 95k · 1.22M.
pub fn people(v: f64) -> String {
    if v >= 1e6 {
        format!("{:.2}M", v / 1e6)
    } else if v >= 1e4 {
        format!("{:.0}k", v / 1e3)
    } else {
        grouped(v, 0)
    }
}

/// A signed number: +2.0, −0.3.
pub fn signed(v: f64, decimals: usize) -> String {
    let s = grouped(v, decimals);
    if s.starts_with('−')
        || s.chars()
            .all(|c| !c.is_ascii_digit() || c == '0' || c == '.')
    {
        s
    } else {
        format!("+{s}")
    }
}

/// A feature's value alone, with its unit: "95k inhabitants", "14.7%", "+2.0 points".
pub fn value(f: Feature, v: f64) -> String {
    match f {
        Feature::Population => format!("{} inhabitants", people(v)),
        Feature::PopulationGrowth => format!("{}% a year", signed(v, 1)),
        Feature::ForeignBornShare | Feature::UnemploymentProxy | Feature::QolGoodForImmigrants => {
            format!("{}%", grouped(v, 1))
        }
        Feature::ForeignBornChange5y | Feature::ForeignBornChange10y => {
            format!("{} points", signed(v, 1))
        }
        Feature::StudentsPer1000 => format!("{} per 1,000", grouped(v, 0)),
        Feature::EmployedPer100 => format!("{} per 100", grouped(v, 1)),
        Feature::Density => format!("{} per km²", grouped(v, 0)),
    }
}

/// A short name for lists ("not compared: …").
pub fn short(f: Feature) -> &'static str {
    match f {
        Feature::Population => "population",
        Feature::PopulationGrowth => "population growth",
        Feature::ForeignBornShare => "foreign-born share",
        Feature::ForeignBornChange5y => "foreign-born change over ~5 years",
        Feature::ForeignBornChange10y => "foreign-born change over ~10 years",
        Feature::UnemploymentProxy => "unemployment proxy",
        Feature::StudentsPer1000 => "students",
        Feature::EmployedPer100 => "employment",
        Feature::Density => "density",
        Feature::QolGoodForImmigrants => "QoL opinion on immigrants",
    }
}

/// "a vs b" for one feature: the first value is the peer's, the second the city's (the
/// city asked about).
pub fn pair(c: &Comparison) -> String {
    let f = c.feature;
    let (a, b) = (c.peer, c.city);
    match f {
        Feature::Population => format!("{} vs {} inhabitants", people(a), people(b)),
        Feature::PopulationGrowth => {
            format!("population {}% vs {}% a year", signed(a, 1), signed(b, 1))
        }
        Feature::ForeignBornShare => {
            format!("foreign-born {}% vs {}%", grouped(a, 1), grouped(b, 1))
        }
        Feature::ForeignBornChange5y | Feature::ForeignBornChange10y => {
            let (ya, yb) = (c.peer_since, c.city_since);
            let since = |y: Option<i32>| y.map(|y| format!(" since {y}")).unwrap_or_default();
            let what = if f == Feature::ForeignBornChange5y {
                "the share changed"
            } else {
                "over the longer run, the share changed"
            };
            if ya == yb {
                format!(
                    "{what} {} vs {} points{}",
                    signed(a, 1),
                    signed(b, 1),
                    since(ya)
                )
            } else {
                format!(
                    "{what} {} points{} vs {}{}",
                    signed(a, 1),
                    since(ya),
                    signed(b, 1),
                    since(yb)
                )
            }
        }
        Feature::UnemploymentProxy => format!(
            "unemployment proxy {}% vs {}%",
            grouped(a, 1),
            grouped(b, 1)
        ),
        Feature::StudentsPer1000 => format!(
            "{} vs {} students per 1,000 inhabitants",
            grouped(a, 0),
            grouped(b, 0)
        ),
        Feature::EmployedPer100 => format!(
            "{} vs {} employed 20-64 per 100 inhabitants",
            grouped(a, 1),
            grouped(b, 1)
        ),
        Feature::Density => format!("{} vs {} inhabitants per km²", grouped(a, 0), grouped(b, 0)),
        Feature::QolGoodForImmigrants => format!(
            "{}% vs {}% say it is a good place for immigrants",
            grouped(a, 0),
            grouped(b, 0)
        ),
    }
}

/// What was not compared, in words: "students, density (no figure for Osijek)".
pub fn missing(n: &NotCompared, peer: &str, city: &str) -> String {
    let who = match n.lacking {
        Lacking::Both => format!("{peer} or {city}"),
        Lacking::Peer => peer.to_string(),
        Lacking::City => city.to_string(),
    };
    let fs: Vec<&str> = n.features.iter().map(|f| short(*f)).collect();
    format!("{} (no figure for {who})", fs.join(", "))
}

/// One feature on which a peer and the city were compared: the parts of one "peer vs
/// city" text, for whoever words it in another language. Values are as the profile holds
/// them (sizes not on their logarithm).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    pub feature: Feature,
    /// The peer's value.
    pub peer: f64,
    /// The city's value.
    pub city: f64,
    /// For the changes of the foreign-born share: the year each change is counted from.
    pub peer_since: Option<i32>,
    pub city_since: Option<i32>,
}

impl Comparison {
    /// `first` (a peer) against `second` (the city asked about), on `first`'s feature.
    pub fn of(first: &FeatureValue, second: &FeatureValue) -> Comparison {
        Comparison {
            feature: first.feature,
            peer: first.value.unwrap_or(f64::NAN),
            city: second.value.unwrap_or(f64::NAN),
            peer_since: first.base_year(),
            city_since: second.base_year(),
        }
    }

    /// The English text ("95k vs 102k inhabitants"), as in `Peer::similar` and `differs`.
    pub fn text(&self) -> String {
        pair(self)
    }

    /// Whether both changes are counted from the same year (then said once: "+1.0 vs
    /// +2.0 points since 2015"), else each with its own year.
    pub fn same_base_year(&self) -> bool {
        self.peer_since == self.city_since
    }
}

/// Who lacks the figures of features that were therefore not compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Lacking {
    Peer,
    City,
    Both,
}

/// Features of the distance that were not compared, and who lacks them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NotCompared {
    pub features: Vec<Feature>,
    pub lacking: Lacking,
}

/// Why a peer is a peer, as data: the parts of its `similar`, `differs` and
/// `not_compared` texts, in the same order.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Reasons {
    pub similar: Vec<Comparison>,
    pub differs: Vec<Comparison>,
    pub not_compared: Vec<NotCompared>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_people_write_them() {
        assert_eq!(grouped(1234567.891, 1), "1,234,567.9");
        assert_eq!(grouped(-0.04, 1), "0.0");
        assert_eq!(grouped(-1.25, 1), "−1.2");
        assert_eq!(people(94_974.0), "95k");
        assert_eq!(people(1_221_172.0), "1.22M");
        assert_eq!(people(8_512.0), "8,512");
        assert_eq!(signed(2.0, 1), "+2.0");
        assert_eq!(signed(-0.31, 1), "−0.3");
        assert_eq!(signed(0.0, 1), "0.0");
    }
}
