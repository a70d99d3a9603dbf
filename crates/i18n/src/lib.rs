//! The observatory in its users' languages.
//!
//! * [`Lang`]: the seven languages the observatory speaks (English, German, Bulgarian,
//!   Croatian, Italian, Slovak, Czech), chosen from what a reader asked for
//!   ([`Lang::negotiate`] on an `Accept-Language` header, [`Lang::from_env`] on `LANG`).
//! * [`Messages`]: every text a person reads, as Project Fluent messages, one file per
//!   language and area (`catalogue/i18n/<lang>/<area>.ftl`), embedded in the program and
//!   overridable by a folder of the same shape. English is the source; another language
//!   falls back to it only for a text that is missing there, and in strict mode
//!   (`OBSERVATORY_STRICT_TRANSLATIONS=1`, used by the tests) a missing text shows as
//!   `⟦key⟧` so that a test can fail on it.
//! * [`Lang::number`]: numbers in the reader's locale, from CLDR's data through ICU4X
//!   (1 234,5 in Prague, 1,234.5 in Dublin, 1.234,5 in Zagreb).
//!
//! What it must not do: know what a page shows. Callers hand in keys and arguments.

mod lang;
mod messages;
mod numbers;

pub use lang::Lang;
pub use messages::{
    Arg, I18nError, MISSING_CLOSE, MISSING_OPEN, MessageFile, Messages, active, install,
};

/// The message key of a catalogue text, from the parts that name it:
/// `catalogue_key(&["indicator", "activity_rate", "name"])` is
/// `catalogue-indicator-activity_rate-name`. Characters a Fluent identifier cannot hold
/// (the dot of a question id `fp1.one-stop`) become `_`. Translations of catalogue texts
/// live in `catalogue/i18n/<lang>/catalogue*.ftl` under these keys; English is the
/// catalogue file itself.
pub fn catalogue_key(parts: &[&str]) -> String {
    let mut key = String::from("catalogue");
    for p in parts {
        key.push('-');
        key.extend(p.chars().map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        }));
    }
    key
}

/// The completeness check of a crate's catalogue texts, for its tests: what is wrong with
/// the translations of `texts` (the crate's (key, English text) pairs, keys made by
/// [`catalogue_key`]) in the built-in messages, where `file` is the message file that
/// holds them in every language but English (`catalogue.ftl`, `catalogue-framework.ftl`).
/// Empty when all is well. See [`Messages::missing_catalogue_texts`] for what it checks.
///
/// ```no_run
/// # let texts: Vec<(String, String)> = Vec::new();
/// let problems = i18n::missing_catalogue_texts(&texts, "catalogue-framework.ftl");
/// assert!(problems.is_empty(), "{}", problems.join("\n"));
/// ```
pub fn missing_catalogue_texts(texts: &[(String, String)], file: &str) -> Vec<String> {
    match Messages::embedded() {
        Ok(m) => m.missing_catalogue_texts(texts, file),
        Err(e) => vec![e.to_string()],
    }
}

#[cfg(test)]
mod key_tests {
    #[test]
    fn a_catalogue_key_is_a_fluent_identifier() {
        assert_eq!(
            super::catalogue_key(&[
                "framework",
                "comprehensive-approach",
                "question",
                "fp1.one-stop"
            ]),
            "catalogue-framework-comprehensive-approach-question-fp1_one-stop"
        );
    }
}
