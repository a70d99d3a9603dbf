//! Random secrets: session and API tokens, and how they are kept (their SHA-256).

use rand::RngCore;

/// Days an API token lives by default, and at most: a forgotten script's token dies.
pub const TOKEN_DAYS: i64 = 90;
pub const MAX_TOKEN_DAYS: i64 = 365;

/// 32 random bytes as 64 hex digits.
pub fn random_token() -> String {
    let mut b = [0u8; 32];
    rand::rng().fill_bytes(&mut b);
    model::checksum::to_hex(&b)
}

/// A new API token, `obs_` + 64 hex digits (the prefix lets secret scanners find leaks).
pub fn new_api_token() -> String {
    format!("obs_{}", random_token())
}

/// How a token is kept: its SHA-256, never the token.
pub fn token_hash(token: &str) -> String {
    model::checksum::sha256_hex(token.as_bytes())
}
