use std::path::PathBuf;

/// Why an import did not happen. Every message says where, what was found and what to do;
/// after any of them the store is as it was.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Read(#[from] ingest::IngestError),
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An export that could not be written (a full disk, a closed pipe, or a selection the
    /// format cannot hold, as several datasets in one JSON-stat file).
    #[error("the export was not written: {0}")]
    Export(#[source] std::io::Error),
    /// A boundary file, a bundle manifest or a place that cannot be used, with the whole
    /// message (file and feature, what was found, what was expected).
    #[error("{0}")]
    Invalid(String),
    /// A place name or code that matches no place, or several.
    #[error("{0}")]
    UnknownPlace(String),
}

impl ImportError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> ImportError {
        ImportError::Io {
            path: path.into(),
            source,
        }
    }
}
