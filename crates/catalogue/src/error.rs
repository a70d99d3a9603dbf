//! What can be wrong with a catalogue: always the file, the line when there is one, what is
//! wrong and what to do.

/// `:LINE` after a file name, when the line is known.
fn at(line: &Option<usize>) -> String {
    line.map(|l| format!(":{l}")).unwrap_or_default()
}

#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    /// A file of the catalogue is not what its section expects.
    #[error("{file}{}: {message}", at(.line))]
    Invalid {
        file: String,
        line: Option<usize>,
        message: String,
    },
    /// A file or folder could not be read.
    #[error("{path}: {message}")]
    Read { path: String, message: String },
    /// A file every catalogue needs is not in the folder.
    #[error(
        "{folder}: the catalogue has no {file}; copy it from the repository's catalogue/ folder, or leave out --catalogue (and OBSERVATORY_CATALOGUE) to use the catalogue built into the program"
    )]
    Missing { folder: String, file: String },
    /// A mapping name that is neither a mapping of the catalogue nor a `.toml` file.
    #[error(
        "no mapping '{name}' in the catalogue ({origin}); known mappings: {known}. Give one of them, or the path of a mapping .toml file"
    )]
    UnknownMapping {
        name: String,
        origin: String,
        known: String,
    },
    /// [`crate::install`] was called a second time with another catalogue.
    #[error(
        "the catalogue was already chosen ({first}) before {second} was loaded: choose it once, at start-up"
    )]
    AlreadyInstalled { first: String, second: String },
}

pub type Result<T> = std::result::Result<T, CatalogueError>;

/// The line (1-based) of byte `offset` of `text`.
pub(crate) fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// The line where `key = …` is written (the first one), for checks made after parsing.
pub(crate) fn line_of_key(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|l| {
            let l = l.trim_start();
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|i| i + 1)
}

/// Parses `text` as `T`, reporting a syntax or type error with the file and line.
pub(crate) fn parse<T: serde::de::DeserializeOwned>(text: &str, file: &str) -> Result<T> {
    toml::from_str(text).map_err(|e| CatalogueError::Invalid {
        file: file.to_string(),
        line: e.span().map(|s| line_at(text, s.start)),
        message: e.message().trim().to_string(),
    })
}
