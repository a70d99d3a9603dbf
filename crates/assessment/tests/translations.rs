//! The framework is read in seven languages: every text of the bundled framework
//! (`Framework::texts`) has a translation in each of the six other languages
//! (`catalogue/i18n/<lang>/catalogue-framework.ftl`), and those files hold no key the
//! framework does not have (a renamed question would leave its old translation behind).
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use assessment::framework;
use i18n::{Lang, Messages};
use std::collections::BTreeSet;

const FILE: &str = "catalogue-framework.ftl";

fn texts() -> Vec<(String, String)> {
    framework::all(&catalogue::Catalogue::embedded().unwrap())
        .unwrap()
        .iter()
        .flat_map(|f| f.texts())
        .collect()
}

fn others() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|l| *l != Lang::En)
}

/// The message ids of a Fluent file: entries start at the beginning of a line; comments
/// start with `#`, continuation lines with a space.
fn ids(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| !l.starts_with([' ', '#', '\t']) && !l.trim().is_empty())
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
        .collect()
}

#[test]
fn every_text_of_the_framework_is_translated_into_every_language() {
    let messages = Messages::embedded().unwrap();
    let texts = texts();
    assert!(texts.len() > 250, "{} texts", texts.len());
    let mut missing = Vec::new();
    for lang in others() {
        for (key, _) in &texts {
            if !messages.has(lang, key) {
                missing.push(format!("{}: {key}", lang.tag()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} texts have no translation in catalogue/i18n/<lang>/{FILE}:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn the_translations_hold_no_key_the_framework_does_not_have_and_each_key_once() {
    let known: BTreeSet<String> = texts().into_iter().map(|(k, _)| k).collect();
    let messages = Messages::embedded().unwrap();
    for lang in others() {
        let file = messages
            .files()
            .iter()
            .find(|f| f.lang == lang && f.name == FILE)
            .unwrap_or_else(|| panic!("catalogue/i18n/{}/{FILE} is missing", lang.tag()));
        let ids = ids(&file.text);
        let unknown: Vec<&String> = ids.iter().filter(|k| !known.contains(*k)).collect();
        assert!(
            unknown.is_empty(),
            "{}: keys that no text of the framework has (renamed or removed?): {unknown:?}",
            file.location
        );
        let unique: BTreeSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{}: a key twice", file.location);
    }
}

#[test]
fn a_translation_is_not_the_english_left_in_place() {
    let messages = Messages::embedded().unwrap();
    for lang in others() {
        for (key, english) in texts() {
            // Short labels may coincide ("Partly" is never one, but a name could be).
            if english.len() > 20 {
                let text = messages.catalogue_text(lang, &key, &english);
                assert_ne!(text, english, "{}: {key} is still English", lang.tag());
            }
        }
    }
}

#[test]
fn the_keys_follow_the_scheme_the_web_uses() {
    let texts = texts();
    let keys: BTreeSet<&str> = texts.iter().map(|(k, _)| k.as_str()).collect();
    for key in [
        "catalogue-framework-comprehensive-approach-title",
        "catalogue-framework-comprehensive-approach-authorship",
        "catalogue-framework-comprehensive-approach-principle-broadly-based-description",
        "catalogue-framework-comprehensive-approach-group-civil-society",
        "catalogue-framework-comprehensive-approach-focal-fp10-key_question",
        "catalogue-framework-comprehensive-approach-question-fp1_one-stop-text",
        "catalogue-framework-comprehensive-approach-question-fp1_one-stop-evidence",
        "catalogue-framework-comprehensive-approach-question-fp1_one-stop-option-2",
        "catalogue-framework-comprehensive-approach-priorities-question",
        "catalogue-framework-comprehensive-approach-priorities-scale-5",
    ] {
        assert!(keys.contains(key), "no text has the key {key}");
    }
    assert_eq!(
        texts[0].0,
        i18n::catalogue_key(&["framework", "comprehensive-approach", "title"])
    );
    // The citation stays as published.
    assert!(!texts.iter().any(|(_, t)| t.starts_with("Wolffhardt")));
}
