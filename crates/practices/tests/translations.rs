//! Every value of the practice vocabulary a reader sees as a facet (thematic areas, target
//! groups, city contexts, evidence levels) has a translation in each of the observatory's
//! other languages (`catalogue/i18n/<lang>/catalogue-practices.ftl`).
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use i18n::{Lang, Messages};
use practices::Library;

#[test]
fn every_vocabulary_value_is_translated_in_every_language() {
    let library = Library::builtin().unwrap();
    let texts = library.vocabulary.texts();
    assert!(
        texts.len()
            > library.vocabulary.thematic_area.len() + library.vocabulary.target_group.len(),
        "the areas, the groups, the contexts and the evidence levels"
    );
    assert!(
        texts
            .iter()
            .all(|(k, en)| k.starts_with("catalogue-practices-") && !en.is_empty())
    );
    let mut texts = texts;
    let rules = library.rules.texts();
    assert_eq!(
        rules.len(),
        6,
        "two gap rules, each with its label and two groups"
    );
    texts.extend(rules);
    let messages = Messages::embedded().unwrap();
    let mut missing = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for (key, english) in &texts {
            if !messages.has(lang, key) {
                missing.push(format!(
                    "catalogue/i18n/{lang}/catalogue-practices.ftl: no '{key}' ({english})"
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
