//! The funding map's data files (`catalogue/funding/`): categories of intervention →
//! fields of action, the places of the map, currencies, needs, populations and the
//! duplication rule. Read and checked once; every message names the file.

use crate::{FundingError, Result};
use serde::Deserialize;
use std::collections::BTreeMap;

/// One category of intervention.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub label: String,
    #[serde(default)]
    pub fields: Vec<String>,
    #[serde(default)]
    pub groups: Vec<String>,
    /// Outside the fields of integration policy: counted in totals, not in the matrix.
    #[serde(default)]
    pub outside: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Categories {
    #[serde(default)]
    pub not_categories: Vec<String>,
    pub category: BTreeMap<String, Category>,
}

/// A place of the funding map (see `places.toml`).
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub country: String,
    /// The Urban Audit city the place belongs to (its profile links the map).
    #[serde(default)]
    pub city: Option<String>,
    /// The city and the place are the same territory: the city's residents divide euros.
    #[serde(default)]
    pub same_area: bool,
    #[serde(default)]
    pub nuts: Vec<String>,
    #[serde(default)]
    pub locations: Vec<String>,
    #[serde(default)]
    pub location_contains: Vec<String>,
    /// The region's label in Kohesio's beneficiary export, for the layer of who receives
    /// money there.
    #[serde(default)]
    pub kohesio_region: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Places {
    #[serde(default)]
    statistics_country: BTreeMap<String, String>,
    place: Vec<Place>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Currency {
    pub per_euro: f64,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedRules {
    pub min_gap_points: f64,
    /// Citizenship code of a gap → target group.
    pub group: BTreeMap<String, String>,
    /// Target group of a need → the groups whose operations meet it.
    pub met_by: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Population {
    pub group: String,
    pub label: String,
    pub dataset: String,
    pub variable: String,
    /// The target groups whose operations are for these residents (default: the group).
    #[serde(default)]
    pub counts: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duplication {
    pub min_name_similarity: f64,
    pub legal_forms: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Settings {
    currency: BTreeMap<String, Currency>,
    need: NeedRules,
    population: Vec<Population>,
    duplication: Duplication,
    #[serde(default)]
    words: Words,
}

/// Words of funding texts, beyond the practice vocabulary's, that name a target group.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Words {
    #[serde(default)]
    pub groups: BTreeMap<String, Vec<String>>,
}

/// All of the funding map's rules, with the practice vocabulary (fields and target groups).
#[derive(Debug, Clone)]
pub struct Rules {
    pub categories: Categories,
    pub places: Vec<Place>,
    /// ISO code of the lists → Eurostat's code, where they differ (GR → EL).
    pub statistics_country: BTreeMap<String, String>,
    pub currency: BTreeMap<String, Currency>,
    pub need: NeedRules,
    pub population: Vec<Population>,
    pub duplication: Duplication,
    /// Extra words per target group, as vocabulary terms.
    pub group_words: Vec<practices::vocabulary::Term>,
    pub vocabulary: practices::Vocabulary,
    pub gap_rules: practices::Rules,
}

pub(crate) const CATEGORIES: &str = "funding/categories.toml";
pub(crate) const PLACES: &str = "funding/places.toml";
pub(crate) const SETTINGS: &str = "funding/funding.toml";

fn parse<T: serde::de::DeserializeOwned>(text: &str, location: &str) -> Result<T> {
    toml::from_str(text).map_err(|e| FundingError::Rules {
        file: location.to_string(),
        message: e.to_string(),
    })
}

impl Rules {
    /// The rules of a catalogue (built in, or a folder that overrides it).
    pub fn from_catalogue(cat: &catalogue::Catalogue) -> Result<Rules> {
        let file = |path: &str| {
            cat.files()
                .iter()
                .find(|f| f.path == path)
                .ok_or_else(|| FundingError::Rules {
                    file: format!("{path} ({})", cat.origin),
                    message: "missing: the funding map needs it".into(),
                })
        };
        let library = practices::Library::from_catalogue(cat)?;
        let (c, p, s) = (file(CATEGORIES)?, file(PLACES)?, file(SETTINGS)?);
        let categories: Categories = parse(&c.text, &c.location)?;
        let places: Places = parse(&p.text, &p.location)?;
        let settings: Settings = parse(&s.text, &s.location)?;
        let rules = Rules {
            categories,
            places: places.place,
            statistics_country: places.statistics_country,
            currency: settings.currency,
            need: settings.need,
            population: settings.population,
            duplication: settings.duplication,
            group_words: settings
                .words
                .groups
                .into_iter()
                .map(|(name, words)| practices::vocabulary::Term { name, words })
                .collect(),
            vocabulary: library.vocabulary,
            gap_rules: library.rules,
        };
        rules.check(&c.location, &p.location, &s.location)?;
        Ok(rules)
    }

    /// The rules of the catalogue built into the program.
    pub fn builtin() -> Result<Rules> {
        let cat = catalogue::Catalogue::embedded().map_err(|e| FundingError::Rules {
            file: "catalogue (built in)".into(),
            message: e.to_string(),
        })?;
        Rules::from_catalogue(&cat)
    }

    /// Every field and group the files name must be one of the vocabulary's, so that a
    /// typo is not an empty row of the matrix.
    fn check(&self, categories: &str, places: &str, settings: &str) -> Result<()> {
        let bad = |file: &str, message: String| FundingError::Rules {
            file: file.to_string(),
            message,
        };
        for (code, c) in &self.categories.category {
            if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad(
                    categories,
                    format!("'{code}': a category is a three-digit code"),
                ));
            }
            if c.outside != c.fields.is_empty() {
                return Err(bad(
                    categories,
                    format!("'{code}': give fields, or outside = true, not both and not neither"),
                ));
            }
            if let Some(f) = c.fields.iter().find(|f| !self.is_field(f)) {
                return Err(bad(
                    categories,
                    format!(
                        "'{code}': '{f}' is not a field of action; the fields are {}",
                        self.fields().join(", ")
                    ),
                ));
            }
            if let Some(g) = c.groups.iter().find(|g| !self.is_group(g)) {
                return Err(bad(
                    categories,
                    format!("'{code}': '{g}' is not a target group of the vocabulary"),
                ));
            }
        }
        for (i, p) in self.places.iter().enumerate() {
            if self.places[..i].iter().any(|q| q.id == p.id) {
                return Err(bad(places, format!("place '{}' is defined twice", p.id)));
            }
            if p.is_country() && p.kohesio_region.is_none() {
                return Err(bad(
                    places,
                    format!(
                        "place '{}' matches nothing: give nuts, locations, location_contains or kohesio_region",
                        p.id
                    ),
                ));
            }
        }
        let groups = self
            .need
            .group
            .values()
            .chain(self.need.met_by.keys())
            .chain(self.need.met_by.values().flatten())
            .chain(self.population.iter().map(|p| &p.group))
            .chain(self.population.iter().flat_map(|p| &p.counts))
            .chain(self.group_words.iter().map(|t| &t.name));
        for g in groups {
            if !self.is_group(g) {
                return Err(bad(
                    settings,
                    format!("'{g}' is not a target group of the vocabulary"),
                ));
            }
        }
        if let Some((code, _)) = self.currency.iter().find(|(_, c)| c.per_euro <= 0.0) {
            return Err(bad(
                settings,
                format!("currency {code}: per_euro must be above zero"),
            ));
        }
        Ok(())
    }

    /// The texts of the funding rules a reader sees, as (key, English): each category of
    /// intervention's label under `catalogue-funding-category-<code>` and each population
    /// rule's label (the residents euros are counted over) under
    /// `catalogue-funding-population-<group>` ([`i18n::catalogue_key`]). The other languages
    /// have them in `catalogue/i18n/<lang>/catalogue-funding.ftl`; the fields of action and
    /// target groups are the practice vocabulary's, translated with it.
    pub fn texts(&self) -> Vec<(String, String)> {
        let categories = self.categories.category.iter().map(|(code, c)| {
            (
                i18n::catalogue_key(&["funding", "category", code]),
                c.label.clone(),
            )
        });
        let population = self.population.iter().map(|p| {
            (
                i18n::catalogue_key(&["funding", "population", &p.group]),
                p.label.clone(),
            )
        });
        categories.chain(population).collect()
    }

    /// The fields of action: the practice vocabulary's thematic areas, in its order.
    pub fn fields(&self) -> Vec<&str> {
        self.vocabulary
            .thematic_area
            .iter()
            .map(|t| t.name.as_str())
            .collect()
    }

    pub fn is_field(&self, name: &str) -> bool {
        self.vocabulary.thematic_area.iter().any(|t| t.name == name)
    }

    pub fn is_group(&self, name: &str) -> bool {
        self.vocabulary.target_group.iter().any(|t| t.name == name)
    }

    /// The category of a list's text ("109 - Aktive Inklusion…" → code `109`), `None` for
    /// an empty cell or a value that is not a category; an unknown code is an error.
    pub fn category_of(
        &self,
        text: &str,
    ) -> std::result::Result<Option<(&str, &Category)>, String> {
        let text = text.trim();
        if text.is_empty()
            || self
                .categories
                .not_categories
                .iter()
                .any(|n| n.eq_ignore_ascii_case(text))
        {
            return Ok(None);
        }
        let code: String = text.chars().take_while(|c| c.is_ascii_digit()).collect();
        let code = format!("{code:0>3}");
        match self.categories.category.get_key_value(&code) {
            Some((k, c)) if text.chars().take_while(|c| c.is_ascii_digit()).count() > 0 => {
                Ok(Some((k.as_str(), c)))
            }
            _ => Err(code),
        }
    }

    /// The country code of the statistics for a list's country code.
    pub fn statistics_country<'a>(&'a self, iso: &'a str) -> &'a str {
        self.statistics_country
            .get(iso)
            .map(String::as_str)
            .unwrap_or(iso)
    }

    /// The rate of a currency (units per euro), if `funding.toml` has it.
    pub fn per_euro(&self, currency: &str) -> Option<f64> {
        self.currency.get(currency).map(|c| c.per_euro)
    }

    /// A place of the map by its id (case ignored), or a country by its ISO code.
    pub fn place(&self, id: &str) -> Option<Place> {
        if let Some(p) = self.places.iter().find(|p| p.id.eq_ignore_ascii_case(id)) {
            return Some(p.clone());
        }
        (id.len() == 2 && id.chars().all(|c| c.is_ascii_alphabetic())).then(|| Place {
            id: id.to_ascii_uppercase(),
            name: id.to_ascii_uppercase(),
            country: id.to_ascii_uppercase(),
            city: None,
            same_area: false,
            nuts: Vec::new(),
            locations: Vec::new(),
            location_contains: Vec::new(),
            kohesio_region: None,
        })
    }

    /// The places of the map that belong to a city.
    pub fn places_of_city(&self, code: &str) -> Vec<&Place> {
        self.places
            .iter()
            .filter(|p| p.city.as_deref() == Some(code))
            .collect()
    }
}

impl Place {
    /// No rule places an operation in it: a whole country (or a Kohesio region only).
    fn is_country(&self) -> bool {
        self.nuts.is_empty() && self.locations.is_empty() && self.location_contains.is_empty()
    }

    /// Whether an operation lies in the place.
    pub fn holds(&self, op: &model::FundedOperation) -> bool {
        if !op.country.eq_ignore_ascii_case(&self.country) {
            return false;
        }
        if self.is_country() {
            // A country holds all its operations; a place known only to Kohesio holds none.
            return self.kohesio_region.is_none();
        }
        self.nuts
            .iter()
            .any(|n| !op.nuts.is_empty() && op.nuts.starts_with(n.as_str()))
            || self.locations.iter().any(|l| l == &op.location)
            || self
                .location_contains
                .iter()
                .any(|l| op.location.contains(l.as_str()))
    }
}
