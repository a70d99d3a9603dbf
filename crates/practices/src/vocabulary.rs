//! The vocabulary (`catalogue/practices/vocabulary.toml`): the words that place a record's
//! free text in the observatory's thematic areas and target groups, the city contexts of
//! size classes, the places the files name, evidence levels and the search weights. Data,
//! so that a city network extends it without a new program.

use crate::{PracticesError, Result};
use model::names::fold;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A value of a facet and the words that place a record in it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub name: String,
    pub words: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchWeights {
    pub title: f64,
    pub body: f64,
    pub terms: f64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub levels: Vec<String>,
    pub with_outcomes: String,
    pub without_outcomes: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    pub search: SearchWeights,
    pub evidence: Evidence,
    /// Size class (`SizeClass::short`) → city context.
    pub context: BTreeMap<String, String>,
    /// Place name of the files → Urban Audit code.
    pub places: BTreeMap<String, String>,
    pub thematic_area: Vec<Term>,
    pub target_group: Vec<Term>,
}

impl Vocabulary {
    /// The vocabulary's values a reader sees (the facets' values), as (key, English): each
    /// under `catalogue-practices-<facet>-<value>` ([`i18n::catalogue_key`]) for the facets
    /// `thematic_area`, `target_group`, `city_context` and `evidence_level`. A value is its
    /// own English text; the other languages have them in
    /// `catalogue/i18n/<lang>/catalogue-practices.ftl`.
    pub fn texts(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let mut add = |facet: &str, value: &str| {
            let key = i18n::catalogue_key(&["practices", facet, value]);
            if !out.iter().any(|(k, _)| *k == key) {
                out.push((key, value.to_string()));
            }
        };
        for t in &self.thematic_area {
            add("thematic_area", &t.name);
        }
        for t in &self.target_group {
            add("target_group", &t.name);
        }
        for c in self.context.values() {
            add("city_context", c);
        }
        // Places outside the Urban Audit, named so in a file.
        add("city_context", "rural");
        for l in &self.evidence.levels {
            add("evidence_level", l);
        }
        out
    }

    /// Parses and checks the vocabulary; `location` names the file in messages.
    pub fn parse(text: &str, location: &str) -> Result<Vocabulary> {
        let v: Vocabulary = toml::from_str(text).map_err(|e| PracticesError::Rules {
            file: location.to_string(),
            message: e.to_string(),
        })?;
        let bad = |message: String| PracticesError::Rules {
            file: location.to_string(),
            message,
        };
        for level in [&v.evidence.with_outcomes, &v.evidence.without_outcomes] {
            if !v.evidence.levels.contains(level) {
                return Err(bad(format!(
                    "[evidence]: '{level}' is not one of levels = {:?}",
                    v.evidence.levels
                )));
            }
        }
        for (kind, terms) in [
            ("thematic_area", &v.thematic_area),
            ("target_group", &v.target_group),
        ] {
            for (i, t) in terms.iter().enumerate() {
                if terms[..i].iter().any(|u| u.name == t.name) {
                    return Err(bad(format!("[[{kind}]] '{}' is defined twice", t.name)));
                }
                if t.words.iter().any(|w| fold(w).is_empty()) || t.words.is_empty() {
                    return Err(bad(format!(
                        "[[{kind}]] '{}': every word must have letters, and there must be one",
                        t.name
                    )));
                }
            }
        }
        Ok(v)
    }

    /// The thematic areas the record's text places it in, in the vocabulary's order.
    pub fn areas_of(&self, text: &str) -> Vec<&Term> {
        matching(&self.thematic_area, text)
    }

    /// The target groups the record's text places it in, in the vocabulary's order.
    pub fn groups_of(&self, text: &str) -> Vec<&Term> {
        matching(&self.target_group, text)
    }

    /// The Urban Audit code of a place name of a file, if the vocabulary knows it.
    pub fn place(&self, name: &str) -> Option<&str> {
        let folded = fold(name);
        self.places
            .iter()
            .find(|(n, _)| fold(n) == folded)
            .map(|(_, code)| code.as_str())
    }

    /// The city context of a size class (`SizeClass::short`: `S`, `XXL`, `<50k`).
    pub fn context_of(&self, size_class: &str) -> Option<&str> {
        self.context.get(size_class).map(String::as_str)
    }

    /// The evidence level of a record: its own, else what its outcomes say.
    pub fn evidence_of(&self, stated: &str, outcomes: &str) -> String {
        if !stated.trim().is_empty() {
            return stated.trim().to_string();
        }
        if outcomes.trim().is_empty() {
            self.evidence.without_outcomes.clone()
        } else {
            self.evidence.with_outcomes.clone()
        }
    }
}

/// Terms with a word at the start of a word of `text` (both folded: case and accents).
pub fn matching<'v>(terms: &'v [Term], text: &str) -> Vec<&'v Term> {
    let hay = format!(" {}", fold(text));
    terms
        .iter()
        .filter(|t| {
            t.words
                .iter()
                .chain([&t.name])
                .any(|w| hay.contains(&format!(" {}", fold(w))))
        })
        .collect()
}

/// The place names of a `city` field: `;`-separated, each without its bracketed detail
/// ("Prague (district Prague 14)" → "Prague"); empty names ("(all regions)") are dropped.
pub fn place_names(city: &str) -> Vec<String> {
    city.split(';')
        .map(|part| part.split('(').next().unwrap_or("").trim().to_string())
        .filter(|n| !n.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> Vocabulary {
        Vocabulary::parse(
            include_str!("../../../catalogue/practices/vocabulary.toml"),
            "vocabulary.toml",
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn words_place_records_at_the_start_of_a_word_ignoring_accents() {
        let v = builtin();
        let names = |t: Vec<&Term>| t.into_iter().map(|t| t.name.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(v.groups_of("refugees / asylum seekers")),
            ["refugees and asylum seekers"]
        );
        assert_eq!(
            names(v.areas_of("reception; housing; labour-market entry")),
            ["employment", "housing", "reception"]
        );
        // "multilingual" does not start with "language"
        assert!(names(v.areas_of("multilingual district media")).is_empty());
        assert_eq!(names(v.areas_of("Mama lernt DEUTSCH")), ["language"]);
    }

    #[test]
    fn place_names_drop_brackets_and_split_cities() {
        assert_eq!(place_names("Prague (district Prague 14)"), ["Prague"]);
        assert_eq!(place_names("Prague; Zagreb"), ["Prague", "Zagreb"]);
        assert!(place_names("(all regions)").is_empty());
        assert_eq!(builtin().place("KOSICE"), Some("SK002C"));
    }
}
