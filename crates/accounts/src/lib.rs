//! Accounts: who may sign in, with which roles, and the API tokens scripts use.
//!
//! The rules live here once; the command line (`observatory users …`, see [`cli`]) and
//! the admin page call the same functions, and the store writes every change together
//! with its row in the audit log. Secrets are never stored: passwords as Argon2id PHC
//! strings, tokens as their SHA-256.

pub mod cli;
mod password;
mod tokens;

pub use password::{MIN_PASSWORD_CHARS, PasswordHash, hash_password, verify_password};
pub use tokens::{MAX_TOKEN_DAYS, TOKEN_DAYS, new_api_token, random_token, token_hash};

use store::Store;
use store::users::{Grant, Role, User};

/// Why an account operation was refused. The messages are English for the command line;
/// the web shows each variant in the reader's language.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("'{0}' is not an e-mail address")]
    Email(String),
    #[error("the password needs at least {MIN_PASSWORD_CHARS} characters")]
    ShortPassword,
    #[error("'{0}' is not a role: choose admin, viewer, editor or approver")]
    Role(String),
    #[error("an {} acts for one city: give its name or code", .0.as_str())]
    NeedsCity(Role),
    #[error("city: {message}")]
    Place { query: String, message: String },
    #[error("no user {0}")]
    NoUser(String),
    #[error("days: from 1 to {MAX_TOKEN_DAYS}")]
    Days(i64),
    #[error("{0} is deleted only with --yes (the deletion cannot be undone)")]
    Confirm(String),
    #[error("cannot read the password: {0}")]
    Input(String),
    #[error("cannot hash the password: {0}")]
    Hash(String),
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

pub type Result<T> = std::result::Result<T, AccountError>;

/// A change to an existing account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserOp {
    Disable,
    Enable,
    Delete,
    /// A new password (already checked and hashed); the user's sessions end.
    Password(PasswordHash),
    /// One grant in place of the current ones.
    Role(Grant),
}

/// A grant from a role and, for editors and approvers, a city by code or name (the
/// place rules of [`importer::places::resolve`], the same on every shell).
pub fn grant(store: &Store, role: &str, city: Option<&str>) -> Result<Grant> {
    let role = Role::parse(role).ok_or_else(|| AccountError::Role(role.trim().to_string()))?;
    if role.is_global() {
        return Ok(Grant {
            role,
            city: String::new(),
        });
    }
    let city = city
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .ok_or(AccountError::NeedsCity(role))?;
    let place = importer::places::resolve(store, city).map_err(|e| AccountError::Place {
        query: city.to_string(),
        message: e.to_string(),
    })?;
    Ok(Grant {
        role,
        city: place.code.to_string(),
    })
}

/// A new account before it is stored: the e-mail checked, the password hashed (slow on
/// purpose, so it is done before the store is locked for the write).
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: String,
    pub name: String,
    pub password: PasswordHash,
    pub grant: Grant,
}

impl NewAccount {
    pub fn new(email: &str, name: &str, password: PasswordHash, grant: Grant) -> Result<Self> {
        Ok(NewAccount {
            email: check_email(email)?,
            name: name.trim().to_string(),
            password,
            grant,
        })
    }

    /// Stores the account with its one grant; returns its id.
    pub fn create(&self, store: &mut Store, actor: &str) -> Result<i64> {
        Ok(store.create_user(
            actor,
            &self.email,
            &self.name,
            self.password.phc(),
            std::slice::from_ref(&self.grant),
        )?)
    }
}

/// The login is the e-mail: one '@' with something on both sides; returned trimmed.
pub fn check_email(email: &str) -> Result<String> {
    let email = email.trim();
    match email.split_once('@') {
        Some((local, domain)) if !local.is_empty() && !domain.is_empty() => Ok(email.into()),
        _ => Err(AccountError::Email(email.to_string())),
    }
}

/// Applies `op` to user `id`.
/// The store refuses to disable, delete or demote the last enabled administrator.
pub fn change(store: &mut Store, actor: &str, id: i64, op: &UserOp) -> Result<()> {
    match op {
        UserOp::Disable => store.set_disabled(actor, id, true)?,
        UserOp::Enable => store.set_disabled(actor, id, false)?,
        UserOp::Delete => store.delete_user(actor, id)?,
        UserOp::Password(hash) => store.set_password(actor, id, hash.phc())?,
        UserOp::Role(grant) => store.set_grants(actor, id, std::slice::from_ref(grant))?,
    }
    Ok(())
}

/// Creates an API token for user `id` that expires after `days` (1 to
/// [`MAX_TOKEN_DAYS`]); returns the token, which is shown once and stored only hashed.
pub fn issue_token(
    store: &mut Store,
    actor: &str,
    id: i64,
    name: &str,
    days: i64,
) -> Result<String> {
    if !(1..=MAX_TOKEN_DAYS).contains(&days) {
        return Err(AccountError::Days(days));
    }
    existing(store, id)?;
    let name = match name.trim() {
        "" => "script",
        n => n,
    };
    let token = new_api_token();
    let until = time::OffsetDateTime::now_utc().unix_timestamp() + days * 86_400;
    store.create_api_token_until(actor, id, name, &token_hash(&token), Some(until))?;
    Ok(token)
}

/// Revokes API token `id` (of any user): requests with it are refused from now on.
pub fn revoke(store: &mut Store, actor: &str, token_id: i64) -> Result<()> {
    Ok(store.revoke_api_token(actor, token_id)?)
}

/// A Unix time as its UTC day (`2027-03-01`): when a token ends, on every shell.
pub fn day(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| t.date().to_string())
        .unwrap_or_else(|_| unix.to_string())
}

/// The user a command names: by e-mail, or by `#id` / id as the listing shows it.
pub fn find(store: &Store, who: &str) -> Result<User> {
    let who = who.trim();
    let by_id = who
        .strip_prefix('#')
        .unwrap_or(who)
        .parse::<i64>()
        .ok()
        .map(|id| store.user(id))
        .transpose()?
        .flatten();
    match by_id {
        Some(u) => Ok(u),
        None => store
            .user_by_email(who)?
            .ok_or_else(|| AccountError::NoUser(who.to_string())),
    }
}

fn existing(store: &Store, id: i64) -> Result<User> {
    store
        .user(id)?
        .ok_or_else(|| AccountError::NoUser(format!("#{id}")))
}
