//! What a reader reads: a file on disk, or bytes already in memory (an upload, a file
//! embedded in the binary), with the name that messages and format detection use.
//!
//! Readers never open paths themselves: they ask their [`Input`] for a stream, so that an
//! upload is parsed from memory and never copied to a temporary file for a reader's sake.

use crate::error::IngestError;
use std::borrow::Cow;
use std::io::{Cursor, Read, Seek};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A stream a workbook reader can jump around in (`.xlsx` files are zip archives).
pub trait ReadSeek: Read + Seek {}
impl<T: Read + Seek> ReadSeek for T {}

/// One input of an import.
#[derive(Debug, Clone)]
pub struct Input {
    /// Shown in messages (`file:line:column`) and used for detection by extension.
    name: PathBuf,
    /// `None`: the bytes are in the file at `name`.
    bytes: Option<Bytes>,
}

/// Bytes in memory: shared (an upload) or part of the program (an embedded file).
#[derive(Debug, Clone)]
enum Bytes {
    Shared(Arc<[u8]>),
    Static(&'static [u8]),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Shared(b) => b,
            Bytes::Static(b) => b,
        }
    }
}

impl Input {
    /// A file on disk, read as a stream.
    pub fn file(path: impl Into<PathBuf>) -> Input {
        Input {
            name: path.into(),
            bytes: None,
        }
    }

    /// Bytes in memory, named as the user knows them (an upload's file name).
    pub fn memory(name: impl Into<PathBuf>, bytes: impl Into<Arc<[u8]>>) -> Input {
        Input {
            name: name.into(),
            bytes: Some(Bytes::Shared(bytes.into())),
        }
    }

    /// Bytes that are part of the program (the bundled data), read without a copy.
    pub fn embedded(name: impl Into<PathBuf>, bytes: &'static [u8]) -> Input {
        Input {
            name: name.into(),
            bytes: Some(Bytes::Static(bytes)),
        }
    }

    /// True when the bytes are in memory rather than in the file at [`Input::path`].
    pub fn in_memory(&self) -> bool {
        self.bytes.is_some()
    }

    /// The name in messages: the path of a file, the given name of bytes in memory.
    pub fn path(&self) -> &Path {
        &self.name
    }

    /// The last component of the name (`lfsa_ergan.tsv`).
    pub fn file_name(&self) -> String {
        self.name
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// The size in bytes, when it can be known without reading (for progress bars).
    pub fn len(&self) -> Option<u64> {
        match &self.bytes {
            Some(b) => Some(b.len() as u64),
            None => std::fs::metadata(&self.name).ok().map(|m| m.len()),
        }
    }

    /// True when the input is known to hold no bytes at all.
    pub fn is_empty(&self) -> bool {
        self.len() == Some(0)
    }

    /// A stream over the bytes, from the start.
    pub fn open(&self) -> Result<Box<dyn Read + '_>, IngestError> {
        Ok(match &self.bytes {
            Some(b) => Box::new(Cursor::new(&b[..])),
            None => Box::new(
                std::fs::File::open(&self.name).map_err(|e| IngestError::io(&self.name, e))?,
            ),
        })
    }

    /// A stream that can seek (zip archives).
    pub fn open_seekable(&self) -> Result<Box<dyn ReadSeek + '_>, IngestError> {
        Ok(match &self.bytes {
            Some(b) => Box::new(Cursor::new(&b[..])),
            None => Box::new(std::io::BufReader::new(
                std::fs::File::open(&self.name).map_err(|e| IngestError::io(&self.name, e))?,
            )),
        })
    }

    /// All the bytes at once, for formats that are parsed whole (JSON).
    pub fn bytes(&self) -> Result<Cow<'_, [u8]>, IngestError> {
        Ok(match &self.bytes {
            Some(b) => Cow::Borrowed(&b[..]),
            None => {
                Cow::Owned(std::fs::read(&self.name).map_err(|e| IngestError::io(&self.name, e))?)
            }
        })
    }

    /// Up to `n` bytes from the start, for format detection.
    pub fn head(&self, n: usize) -> Result<Vec<u8>, IngestError> {
        let mut head = Vec::with_capacity(n);
        self.open()?
            .take(n as u64)
            .read_to_end(&mut head)
            .map_err(|e| IngestError::io(&self.name, e))?;
        Ok(head)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_and_file_give_the_same_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.csv");
        std::fs::write(&path, b"Year,Value\n2020,1\n").unwrap();
        let file = Input::file(&path);
        let memory = Input::memory("x.csv", b"Year,Value\n2020,1\n".to_vec());
        assert_eq!(file.bytes().unwrap(), memory.bytes().unwrap());
        assert_eq!(file.len(), memory.len());
        assert_eq!(memory.head(4).unwrap(), b"Year");
        assert_eq!(memory.file_name(), "x.csv");
        let mut s = String::new();
        file.open().unwrap().read_to_string(&mut s).unwrap();
        assert_eq!(s.as_bytes(), &memory.bytes().unwrap()[..]);
    }

    #[test]
    fn a_missing_file_names_its_path() {
        let err = Input::file("/nonexistent/x.tsv").open().err().unwrap();
        assert!(err.to_string().contains("/nonexistent/x.tsv"), "{err}");
    }
}
