//! Files written whole or not at all: written beside the target under `NAME.partial` and
//! renamed over it, so that an interrupted or refused write never leaves a half-written
//! file under the requested name (and an older file stays as it was). Every command and
//! library that writes a file for a user goes through here.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

fn partial(path: &Path) -> PathBuf {
    path.with_extension("partial")
}

/// Writes `bytes` to `path` whole, or leaves `path` as it was.
pub fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_whole_with(path, |out| out.write_all(bytes))
}

/// Streams into `path` through `write`, whole or not at all: the file appears under its
/// name only when `write` succeeded and everything was flushed. Returns what `write` did.
pub fn write_whole_with<T, E: From<io::Error>>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<T, E>,
) -> Result<T, E> {
    let tmp = partial(path);
    let file = std::fs::File::create(&tmp)?;
    let mut out = io::BufWriter::new(file);
    let result = write(&mut out).and_then(|n| out.flush().map(|_| n).map_err(E::from));
    drop(out);
    let done = result.and_then(|n| std::fs::rename(&tmp, path).map(|_| n).map_err(E::from));
    if done.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    done
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_partial_one() {
        let dir = std::env::temp_dir().join(format!("model-files-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_default();
        let path = dir.join("out.csv");
        write_whole(&path, b"old").unwrap_or_default();
        let r: io::Result<()> = write_whole_with(&path, |out| {
            out.write_all(b"half")?;
            Err(io::Error::other("refused"))
        });
        assert_eq!(r.map_err(|e| e.to_string()), Err("refused".to_string()));
        assert_eq!(std::fs::read(&path).unwrap_or_default(), b"old");
        assert!(!partial(&path).exists());
        write_whole(&path, b"new").unwrap_or_default();
        assert_eq!(std::fs::read(&path).unwrap_or_default(), b"new");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
