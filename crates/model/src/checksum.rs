//! SHA-256 fingerprints as lower-case hex: what makes an import idempotent (the same bytes
//! twice change nothing), what identifies the catalogue an estimate was computed with,
//! and how API tokens are kept without keeping the tokens. The one definition in the tree.

use sha2::{Digest, Sha256};
use std::io::Read;

/// A fingerprint built from several parts (a shapefile's .shp, .dbf and .prj together).
#[derive(Debug, Default, Clone)]
pub struct Checksum(Sha256);

impl Checksum {
    pub fn new() -> Checksum {
        Checksum(Sha256::new())
    }

    pub fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    /// Adds everything `reader` yields, in 64 KiB pieces (memory stays flat for any size).
    pub fn update_reader(&mut self, mut reader: impl Read) -> std::io::Result<()> {
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let n = reader.read(&mut buf)?;
            if n == 0 {
                return Ok(());
            }
            self.0.update(&buf[..n]);
        }
    }

    /// The fingerprint as 64 lower-case hex digits.
    pub fn hex(self) -> String {
        to_hex(&self.0.finalize())
    }
}

/// The SHA-256 of `bytes` as 64 lower-case hex digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    to_hex(&Sha256::digest(bytes))
}

/// Bytes as lower-case hex digits (fingerprints, random tokens).
pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_digests() {
        // FIPS 180-2, appendix B.1, and the digest of the empty string.
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn parts_and_streams_agree_with_the_whole() {
        let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        let mut parts = Checksum::new();
        parts.update(&data[..1000]);
        parts.update(&data[1000..]);
        let mut stream = Checksum::new();
        stream.update_reader(&data[..]).unwrap();
        assert_eq!(parts.hex(), sha256_hex(&data));
        assert_eq!(stream.hex(), sha256_hex(&data));
    }
}
