//! Every text a reader sees from the built-in catalogue is translated into every language
//! of the observatory (`catalogue/i18n/<lang>/catalogue.ftl`), and those files hold no
//! text the catalogue does not have.

use catalogue::Catalogue;
use i18n::Lang;

#[test]
fn every_catalogue_text_is_translated_and_nothing_else() {
    let cat = Catalogue::embedded().expect("the built-in catalogue is valid");
    let texts = cat.texts();
    assert!(
        texts.len() > 100,
        "only {} texts: is a part of the catalogue missing from texts()?",
        texts.len()
    );
    let problems = i18n::missing_catalogue_texts(&texts, "catalogue.ftl");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_keys_are_the_ones_the_web_asks_for() {
    let cat = Catalogue::embedded().expect("valid");
    let texts = cat.texts();
    let has = |key: &str| texts.iter().any(|(k, _)| k == key);
    assert!(has("catalogue-indicator-activity_rate-name"));
    assert!(has("catalogue-area-employment"));
    assert!(has("catalogue-variable-urb_cpopcb-DE2003V"));
    assert!(has("catalogue-label-population"));
    assert!(has("catalogue-unit-thousand_persons"));
    assert!(!texts.iter().any(|(k, _)| k == "catalogue-unit-EUR"));
    // The two series of one table and group differ by their gap.
    let outlook: Vec<_> = cat
        .outlook
        .iter()
        .map(|s| i18n::catalogue_key(&s.key_parts()))
        .collect();
    assert!(outlook.contains(
        &"catalogue-outlook-lfsa_ergan-lfsa_ergan-age_Y20-64_citizen_NEU27_2020_FOR-gap-citizen_NAT"
            .to_string()
    ));
    let messages = i18n::Messages::embedded().expect("parses");
    assert_eq!(
        messages.catalogue_text(Lang::En, "catalogue-area-employment", "Employment"),
        "Employment"
    );
}

#[test]
fn the_check_finds_a_missing_and_a_leftover_text() {
    let texts = vec![
        (
            "catalogue-indicator-no_such_indicator-name".to_string(),
            "No such indicator".to_string(),
        ),
        // Its translations exist but say nothing of the placeholder.
        (
            "catalogue-area-health".to_string(),
            "Health, question {code}".to_string(),
        ),
    ];
    let problems = i18n::missing_catalogue_texts(&texts, "catalogue.ftl");
    assert!(
        problems.iter().any(|p| p.contains(
            "catalogue/i18n/de/catalogue.ftl: no 'catalogue-indicator-no_such_indicator-name'"
        )),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("'catalogue-area-employment' is no text of the catalogue")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p
                .contains("catalogue/i18n/cs/catalogue.ftl: 'catalogue-area-health' lacks {code}")),
        "{problems:?}"
    );
}
