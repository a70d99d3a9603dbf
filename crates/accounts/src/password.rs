//! The password policy and Argon2id hashing.

use crate::{AccountError, Result};
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, SaltString};
use rand::RngCore;

/// The shortest password accepted. Length is what makes a password strong; no rules on
/// character classes (NIST SP 800-63B, 5.1.1.2).
pub const MIN_PASSWORD_CHARS: usize = 12;

/// A password that met the policy, as its Argon2id PHC string: the only form in which a
/// password travels past the point where it was typed.
#[derive(Clone, PartialEq, Eq)]
pub struct PasswordHash(String);

impl std::fmt::Debug for PasswordHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHash(…)")
    }
}

impl PasswordHash {
    /// Checks `password` against the policy and hashes it.
    pub fn new(password: &str) -> Result<PasswordHash> {
        if password.chars().count() < MIN_PASSWORD_CHARS {
            return Err(AccountError::ShortPassword);
        }
        hash_password(password)
            .map(PasswordHash)
            .map_err(AccountError::Hash)
    }

    pub fn phc(&self) -> &str {
        &self.0
    }
}

/// An Argon2id hash (PHC string) of `password` with a fresh random salt.
pub fn hash_password(password: &str) -> std::result::Result<String, String> {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|e| e.to_string())?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

/// Whether `password` matches the PHC string `phc` (false for a malformed one).
pub fn verify_password(password: &str, phc: &str) -> bool {
    argon2::password_hash::PasswordHash::new(phc)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}
