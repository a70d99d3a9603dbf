//! Every text of the built-in topics file a reader sees has a translation in each of the
//! observatory's other languages (`catalogue/i18n/<lang>/catalogue-mentoring.ftl`), so a
//! reader of the mentoring pages never meets a focal point in English by accident.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use i18n::{Lang, Messages};
use mentoring::Topics;

#[test]
fn every_topic_text_is_translated_in_every_language() {
    let topics = Topics::builtin().unwrap();
    let texts = topics.texts();
    assert_eq!(texts.len(), topics.all().len(), "one text per focal point");
    assert!(
        texts
            .iter()
            .all(|(k, en)| k.starts_with("catalogue-mentoring-topic-") && !en.is_empty())
    );
    let messages = Messages::embedded().unwrap();
    let mut missing = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for (key, english) in &texts {
            if !messages.has(lang, key) {
                missing.push(format!(
                    "catalogue/i18n/{lang}/catalogue-mentoring.ftl: no '{key}' ({english})"
                ));
            } else if messages.catalogue_text(lang, key, english) == *english {
                missing.push(format!(
                    "catalogue/i18n/{lang}/catalogue-mentoring.ftl: '{key}' is the English text"
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
