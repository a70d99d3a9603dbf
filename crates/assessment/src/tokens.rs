//! One-time invitation tokens and receipts: random, typeable from paper, stored hashed.
//!
//! 20 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U) — 30 symbols, so
//! 20·log₂30 ≈ 98 bits: not guessable, and short enough to type from a printed list.
//! Shown in groups of four (`K7Q2-M9XD-…`); dashes, spaces and case do not matter when
//! typed. Invitations and receipts are hashed under different prefixes, so a receipt typed
//! where an invitation is expected (or the reverse) matches nothing.

use rand::Rng;

const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTVWXYZ23456789";
const LENGTH: usize = 20;

/// What a secret opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Invitation,
    Receipt,
}

/// A new random secret, in its normalised form (no dashes).
pub fn generate() -> String {
    let mut rng = rand::rng();
    (0..LENGTH)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

/// The secret as typed, normalised: letters and digits only, upper case.
pub fn normalise(typed: &str) -> String {
    typed
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Whether a typed text can be a secret at all (before any lookup).
pub fn plausible(normalised: &str) -> bool {
    normalised.len() == LENGTH && normalised.bytes().all(|b| ALPHABET.contains(&b))
}

/// How the store keeps a secret: the SHA-256 of its purpose and normalised text.
pub fn hash(purpose: Purpose, typed: &str) -> String {
    let prefix = match purpose {
        Purpose::Invitation => "invitation:",
        Purpose::Receipt => "receipt:",
    };
    model::checksum::sha256_hex(format!("{prefix}{}", normalise(typed)).as_bytes())
}

/// For printing: groups of four joined by dashes.
pub fn grouped(normalised: &str) -> String {
    normalised
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_variants_hash_alike_and_purposes_differ() {
        let t = generate();
        assert!(plausible(&t));
        let typed = grouped(&t).to_lowercase().replace('-', " - ");
        assert_eq!(
            hash(Purpose::Invitation, &typed),
            hash(Purpose::Invitation, &t)
        );
        assert_ne!(hash(Purpose::Invitation, &t), hash(Purpose::Receipt, &t));
        assert_ne!(generate(), t);
        assert!(!plausible("ABCD"));
        assert!(!plausible(&"O".repeat(20)));
    }
}
