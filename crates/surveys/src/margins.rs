//! Margins from the store: a city that has no register extract of its own can still weight
//! its survey to what the observatory holds — the city's population born in the country and
//! born abroad (Eurostat `urb_cpop1` `DE1001V` less `urb_cpopcb` `DE2009V`, and
//! `DE2009V`), the same populations the service-use rates divide by
//! ([`services::Populations`]).
//!
//! The questionnaire's question named [`BIRTH_QUESTION`] places a respondent: its choice
//! `NAT` is the native-born, and its choices for the born abroad (`FOR`, or
//! `EU27_2020_FOR` and `NEU27_2020_FOR` as in the template) form one class together,
//! since the city tables count the foreign-born in one figure. Any other choice has no
//! population and is refused by name. Eurostat's city tables give no population by sex and
//! age band, so those margins still come from a file (`observatory survey weight
//! --margins`); and they count residents of every age, so a survey of adults is weighted to
//! the whole population's split between the native-born and the foreign-born.

use crate::form::{Kind, Questionnaire};
use crate::weighting::{MarginSpec, WeightingSpec};
use model::{Dimension, PopulationGroup};
use services::Populations;
use std::collections::BTreeMap;
use store::Store;

/// The question whose answers are the country-of-birth groups.
pub const BIRTH_QUESTION: &str = "birth_group";

/// The margin the store gives, with the year of its populations.
#[derive(Debug, Clone, PartialEq)]
pub struct StoreMargins {
    pub spec: WeightingSpec,
    pub year: i32,
}

/// Why the store gives no margin for this survey; each says what to do instead.
#[derive(Debug, thiserror::Error)]
pub enum MarginsError {
    #[error(
        "the questionnaire has no single-choice question '{BIRTH_QUESTION}' (born in the country: NAT; abroad: EU27_2020_FOR, NEU27_2020_FOR or FOR) to weight by; weight with a margins file instead"
    )]
    NoQuestion,
    #[error(
        "question '{BIRTH_QUESTION}': the choice '{0}' is no country-of-birth group the store has a population for (NAT, FOR, EU27_2020_FOR, NEU27_2020_FOR); weight with a margins file instead"
    )]
    UnknownChoice(String),
    #[error(
        "question '{BIRTH_QUESTION}' needs the choice NAT and at least one choice for the born abroad"
    )]
    Incomplete,
    #[error(
        "the store holds no population born in the country and abroad for {city} (Eurostat urb_cpop1 and urb_cpopcb of the same year); weight with a margins file instead"
    )]
    NoPopulation { city: String },
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

/// The codes of the born abroad a choice may have.
const ABROAD: [&str; 3] = ["FOR", "EU27_2020_FOR", "NEU27_2020_FOR"];

/// The native-born and foreign-born margin of `city` for the questionnaire, from the
/// latest year the store holds both populations for (or the latest up to `year`).
pub fn from_store(
    store: &Store,
    city: &str,
    q: &Questionnaire,
    year: Option<i32>,
) -> Result<StoreMargins, MarginsError> {
    let list = q
        .question(BIRTH_QUESTION)
        .and_then(|x| match &x.kind {
            Kind::SelectOne(l) => q.choice_list(l),
            _ => None,
        })
        .ok_or(MarginsError::NoQuestion)?;
    let mut abroad = Vec::new();
    let mut native = false;
    for c in &list.choices {
        match c.name.as_str() {
            "NAT" => native = true,
            x if ABROAD.contains(&x) => abroad.push(x),
            other => return Err(MarginsError::UnknownChoice(other.to_string())),
        }
    }
    if !native || abroad.is_empty() {
        return Err(MarginsError::Incomplete);
    }
    let populations = Populations::load(store, city)?;
    let group = |code: &str| PopulationGroup::total().with(Dimension::CountryOfBirth, code);
    let no_population = || MarginsError::NoPopulation {
        city: city.to_string(),
    };
    // The native-born are the difference of two populations of one year: that year decides.
    let nat = populations
        .of(&group("NAT"), year.unwrap_or(i32::MAX))
        .ok_or_else(no_population)?;
    let born_abroad = populations
        .of(&group("FOR"), nat.year)
        .filter(|d| d.year == nat.year)
        .ok_or_else(no_population)?;
    if !(nat.population > 0.0 && born_abroad.population > 0.0) {
        return Err(no_population());
    }
    let totals = BTreeMap::from([
        ("NAT".to_string(), nat.population),
        (abroad.join(" + "), born_abroad.population),
    ]);
    Ok(StoreMargins {
        spec: WeightingSpec {
            margins: vec![MarginSpec {
                question: BIRTH_QUESTION.to_string(),
                source: format!(
                    "{city}, 1 January {}: {} (born in the country), {} (born abroad)",
                    nat.year, nat.source, born_abroad.source
                ),
                totals,
            }],
            bounds: None,
            trim_above_mean: None,
        },
        year: nat.year,
    })
}
