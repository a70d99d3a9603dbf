//! `places/names.toml`: other names of places (English, and the observatory's languages)
//! by code, so that "Prague", "Vienna" or "Beč" finds the city the statistics call "Praha"
//! or "Wien".

use crate::SourceFile;
use crate::error::{CatalogueError, Result, line_of_key, parse};
use std::collections::BTreeMap;

/// The languages a name may be given in, and `local`: the place's own name where the
/// statistics give none (only a code) or spell it wrongly ("Inowroc?aw", "Gyõr"); the
/// importer stores it in their place.
pub const LANGUAGES: [&str; 8] = ["en", "de", "bg", "hr", "it", "sk", "cs", "local"];

/// Place code → language → name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlaceNames(BTreeMap<String, BTreeMap<String, String>>);

impl PlaceNames {
    /// Every (name, code) pair, for search.
    pub fn aliases(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .flat_map(|(code, names)| names.values().map(move |n| (n.as_str(), code.as_str())))
    }

    /// The name of `code` in `language`, if the file gives one.
    pub fn name(&self, code: &str, language: &str) -> Option<&str> {
        self.0.get(code)?.get(language).map(String::as_str)
    }

    /// The place's own name where the statistics lack it or misspell it: the importer
    /// stores this name instead of theirs.
    pub fn local(&self, code: &str) -> Option<&str> {
        self.name(code, "local")
    }
}

/// Parses and checks the file: known languages only, no empty name.
pub(crate) fn parse_names(file: &SourceFile) -> Result<PlaceNames> {
    let parsed: BTreeMap<String, BTreeMap<String, String>> = parse(&file.text, &file.location)?;
    for (code, names) in &parsed {
        for (language, name) in names {
            if !LANGUAGES.contains(&language.as_str()) || name.trim().is_empty() {
                return Err(CatalogueError::Invalid {
                    file: file.location.clone(),
                    line: line_of_key(&file.text, language),
                    message: format!(
                        "[{code}] {language} = '{name}': give a name in one of {}",
                        LANGUAGES.join(", ")
                    ),
                });
            }
        }
    }
    Ok(PlaceNames(parsed))
}
