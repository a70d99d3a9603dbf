//! Every text of the funding rules a reader sees (the categories of intervention, the
//! residents euros are counted over) has a translation in each of the observatory's other
//! languages (`catalogue/i18n/<lang>/catalogue-funding.ftl`).
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use funding::Rules;
use i18n::{Lang, Messages};

#[test]
fn every_funding_text_is_translated_in_every_language() {
    let rules = Rules::builtin().unwrap();
    let texts = rules.texts();
    assert_eq!(
        texts.len(),
        rules.categories.category.len() + rules.population.len(),
        "one text per category and per population rule"
    );
    assert!(
        texts
            .iter()
            .all(|(k, en)| k.starts_with("catalogue-funding-") && !en.is_empty())
    );
    let messages = Messages::embedded().unwrap();
    let mut missing = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for (key, english) in &texts {
            if !messages.has(lang, key) {
                missing.push(format!(
                    "catalogue/i18n/{lang}/catalogue-funding.ftl: no '{key}' ({english})"
                ));
            } else if messages.catalogue_text(lang, key, english) == *english {
                missing.push(format!(
                    "catalogue/i18n/{lang}/catalogue-funding.ftl: '{key}' is the English text"
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} texts untranslated:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
