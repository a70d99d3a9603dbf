//! Who is asking, and what they may do.
//!
//! - Passwords: Argon2id (PHC strings in the store).
//! - Sessions: a random 256-bit token in an HttpOnly, SameSite=Lax cookie (`Secure` unless
//!   configured off for plain http on loopback); the store keeps only its SHA-256.
//! - CSRF: a synchronizer token per session, carried by every form (`csrf` field) or the
//!   `X-CSRF-Token` header; the login form uses a double-submit cookie.
//! - API tokens `obs_…` with `Authorization: Bearer`, hashed at rest; no CSRF needed (no
//!   ambient credential).
//! - [`authorize`]: the one check every write handler calls; deny by default.
//! - [`RateLimiter`]: failed logins, counted per account and per address (see [`login`]).

use crate::{AppError, AppState, ErrorCode};
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::{HeaderMap, header, request::Parts};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use store::users::{Role, User};

pub const SESSION_COOKIE: &str = "obs_session";
pub const LOGIN_CSRF_COOKIE: &str = "obs_login_csrf";
pub const SESSION_TTL_SECONDS: i64 = 8 * 3600;

pub use accounts::{hash_password, new_api_token, random_token, verify_password};

/// How a token is kept: its SHA-256, never the token (see [`accounts::token_hash`]).
pub fn sha256_hex(text: &str) -> String {
    accounts::token_hash(text)
}

/// A hash to verify against when the account does not exist, so that a login with an
/// unknown e-mail takes as long as one with a wrong password.
fn dummy_hash() -> &'static str {
    static H: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    H.get_or_init(|| hash_password("not a password").unwrap_or_default())
}

/// Compares two secrets in time independent of where they first differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The value of a cookie in the request headers.
pub fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A `Set-Cookie` value with the flags every cookie of ours carries.
pub fn set_cookie(name: &str, value: &str, max_age: i64, secure: bool) -> String {
    format!(
        "{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{}",
        if secure { "; Secure" } else { "" }
    )
}

/// Who is asking.
#[derive(Debug, Clone)]
pub enum Principal {
    Public,
    User {
        user: User,
        /// The session's CSRF token; `None` for API tokens (no ambient credential).
        csrf: Option<String>,
    },
}

impl Principal {
    pub fn user(&self) -> Option<&User> {
        match self {
            Principal::Public => None,
            Principal::User { user, .. } => Some(user),
        }
    }

    pub fn actor(&self) -> String {
        self.user()
            .map(|u| u.email.clone())
            .unwrap_or_else(|| "public".into())
    }

    pub fn csrf(&self) -> Option<&str> {
        match self {
            Principal::User { csrf, .. } => csrf.as_deref(),
            Principal::Public => None,
        }
    }

    pub fn is_public(&self) -> bool {
        matches!(self, Principal::Public)
    }

    /// Whether the user holds `role` for `city` (global roles hold everywhere).
    pub fn has(&self, role: Role, city: Option<&str>) -> bool {
        self.user().is_some_and(|u| {
            u.grants
                .iter()
                .any(|g| g.role == role && (role.is_global() || city.is_some_and(|c| c == g.city)))
        })
    }

    /// Cities this user edits or approves (for the upload form's choice).
    pub fn cities(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .user()
            .map(|u| {
                u.grants
                    .iter()
                    .filter(|g| !g.role.is_global())
                    .map(|g| g.city.clone())
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v.dedup();
        v
    }

    pub fn is_admin(&self) -> bool {
        self.has(Role::Admin, None)
    }
}

/// A role as a reader sees it (a badge on the administration page), in the reader's
/// language; English: the role's name.
pub fn role_label(role: Role) -> String {
    t!(match role {
        Role::Admin => "account-role-admin",
        Role::Viewer => "account-role-viewer",
        Role::Editor => "account-role-editor",
        Role::Approver => "account-role-approver",
    })
}

/// What someone wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// See a place's unpublished values: a city's submissions and draft estimates. Checked
    /// for the place the draft is about, so a draft estimate of a country (a national
    /// figure) is read only by the global roles (administrators, network/national viewers),
    /// never by the editors and approvers of its cities; with no place (`None`), e.g. the
    /// import rows of engine runs, likewise only by the global roles.
    ReadDrafts,
    /// Upload figures for a city (creates a draft submission).
    Upload,
    /// Submit a draft for approval.
    Submit,
    /// Publish a submitted submission.
    Publish,
    /// Send a submission back with a comment.
    Return,
    /// Create users, grant roles, create tokens for others.
    ManageUsers,
    /// Read the audit log.
    ReadAudit,
    /// Add a place the bundled files lack (a town outside the Urban Audit).
    ManagePlaces,
    /// Open and close a city's audit rounds, issue their invitations, send their results
    /// for approval.
    RunAudits,
    /// See a city's unpublished audit results, with the respondents' comments, and its
    /// raw responses: the city's own account only (not network viewers), since they are
    /// what respondents wrote.
    ReadAudits,
    /// Draft the city's integration agenda.
    DraftAgenda,
    /// Keep a city's questionnaires, field its surveys, issue invitations, close, weight.
    RunSurveys,
    /// See a city's surveys, their raw responses and results: the city's own account only,
    /// as for audits, since responses are what respondents wrote.
    ReadSurveys,
}

/// The one authorisation check. Deny by default: an action is allowed only by a rule here.
pub fn allowed(p: &Principal, action: Action, city: Option<&str>) -> bool {
    if p.is_admin() {
        return true;
    }
    match action {
        Action::ReadDrafts => {
            p.has(Role::Viewer, None) || p.has(Role::Editor, city) || p.has(Role::Approver, city)
        }
        Action::Upload | Action::Submit => p.has(Role::Editor, city),
        Action::Publish | Action::Return => p.has(Role::Approver, city),
        Action::RunAudits | Action::DraftAgenda | Action::RunSurveys => p.has(Role::Editor, city),
        Action::ReadAudits | Action::ReadSurveys => {
            p.has(Role::Editor, city) || p.has(Role::Approver, city)
        }
        Action::ManageUsers | Action::ReadAudit | Action::ManagePlaces => false,
    }
}

/// [`allowed`], as an error for handlers: 401 for the public, 403 for others.
pub fn authorize(p: &Principal, action: Action, city: Option<&str>) -> Result<(), AppError> {
    if allowed(p, action, city) {
        return Ok(());
    }
    if p.is_public() {
        return Err(AppError::new(
            ErrorCode::Unauthenticated,
            t!("errors-log-in"),
        ));
    }
    Err(AppError::forbidden())
}

/// Checks a form's or header's CSRF token against the session's. API tokens need none.
pub fn check_csrf(p: &Principal, given: Option<&str>) -> Result<(), AppError> {
    match p {
        Principal::User {
            csrf: Some(expected),
            ..
        } => match given {
            Some(g) if same_secret(g, expected) => Ok(()),
            _ => Err(AppError::new(ErrorCode::CsrfMismatch, t!("errors-csrf"))),
        },
        _ => Ok(()),
    }
}

impl FromRequestParts<AppState> for Principal {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        // Looking up a token or session reads the store: on the blocking pool.
        let headers = parts.headers.clone();
        let state = state.clone();
        crate::blocking::run(move || principal(&headers, &state)).await
    }
}

/// The principal of a request: a bearer API token, else a session cookie, else the public.
pub fn principal(headers: &HeaderMap, state: &AppState) -> Result<Principal, AppError> {
    if let Some(auth) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        let token = auth
            .strip_prefix("Bearer ")
            .map(str::trim)
            .filter(|t| t.starts_with("obs_"))
            .ok_or_else(|| {
                AppError::new(ErrorCode::Unauthenticated, t!("errors-bearer-expected")).api()
            })?;
        let hash = sha256_hex(token);
        let user = state.db.read(|s| {
            Ok(match s.api_token_user(&hash)? {
                Some(id) => s.user(id)?,
                None => None,
            })
        })?;
        return match user {
            Some(user) if !user.disabled => Ok(Principal::User { user, csrf: None }),
            _ => Err(AppError::new(ErrorCode::Unauthenticated, t!("errors-unknown-token")).api()),
        };
    }
    if let Some(token) = cookie(headers, SESSION_COOKIE) {
        let hash = sha256_hex(token);
        let found = state.db.read(|s| {
            Ok(match s.session(&hash)? {
                Some(sess) => s.user(sess.user_id)?.map(|u| (u, sess.csrf)),
                None => None,
            })
        })?;
        if let Some((user, csrf)) = found {
            return Ok(Principal::User {
                user,
                csrf: Some(csrf),
            });
        }
    }
    Ok(Principal::Public)
}

/// The client's address as seen by the server (for the login rate limit).
pub fn client_ip(parts_ext: &axum::http::Extensions) -> String {
    parts_ext
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "local".into())
}

/// Failed logins per key (account or address), in memory.
#[derive(Debug, Default)]
pub struct RateLimiter {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

impl RateLimiter {
    /// Failed logins of one account in [`Self::WINDOW`] before it is locked: guessing one
    /// person's password is what this stops.
    pub const MAX_ACCOUNT_FAILURES: usize = 5;
    /// Failed logins from one address in [`Self::WINDOW`], whatever the accounts, before the
    /// address is refused: password spraying (one guess for each of many accounts) passes
    /// under every account's limit. High, because a city office's colleagues share one
    /// address behind NAT, and this lock — unlike an account's — holds them all.
    pub const MAX_ADDRESS_FAILURES: usize = 50;
    pub const WINDOW: Duration = Duration::from_secs(15 * 60);

    /// Whether `key` has reached `max` failures in the window.
    pub fn blocked(&self, key: &str, max: usize) -> bool {
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        map.get_mut(key).is_some_and(|v| {
            v.retain(|t| now.duration_since(*t) < Self::WINDOW);
            v.len() >= max
        })
    }

    pub fn fail(&self, keys: &[&str]) {
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        if map.len() > 100_000 {
            // Bounded memory under a flood of distinct keys.
            map.retain(|_, v| v.iter().any(|t| now.duration_since(*t) < Self::WINDOW));
        }
        for k in keys {
            map.entry(k.to_string()).or_default().push(now);
        }
    }

    pub fn clear(&self, key: &str) {
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        map.remove(key);
    }
}

/// Checks an e-mail and password; rate-limited. Returns the user on success.
///
/// The lock is per account: five failures for one account lock that account for 15
/// minutes, and nobody else (another user at the same address logs in as usual). An
/// address is refused only after [`RateLimiter::MAX_ADDRESS_FAILURES`] failures, against
/// spraying. A success clears its account's count, not the address's. The price of a
/// per-account lock: anyone who knows an e-mail can lock that account for 15 minutes (an
/// administrator can still reset its password). Behind a reverse proxy every client has
/// the proxy's address, so the address limit then holds for all of them together.
pub fn login(state: &AppState, email: &str, password: &str, ip: &str) -> Result<User, AppError> {
    let account_key = format!("account:{}", email.trim().to_lowercase());
    let ip_key = format!("ip:{ip}");
    let limiter = &state.limiter;
    if limiter.blocked(&account_key, RateLimiter::MAX_ACCOUNT_FAILURES)
        || limiter.blocked(&ip_key, RateLimiter::MAX_ADDRESS_FAILURES)
    {
        return Err(AppError::new(
            ErrorCode::TooManyAttempts,
            t!("errors-too-many-logins"),
        ));
    }
    let user = state.db.read(|s| Ok(s.user_by_email(email)?))?;
    let ok = match &user {
        Some(u) if !u.disabled => verify_password(password, &u.password_hash),
        _ => {
            let _ = verify_password(password, dummy_hash());
            false
        }
    };
    match user {
        Some(u) if ok => {
            limiter.clear(&account_key);
            Ok(u)
        }
        _ => {
            limiter.fail(&[&account_key, &ip_key]);
            tracing::warn!(email = %email, ip = %ip, "failed login");
            Err(AppError::new(
                ErrorCode::InvalidCredentials,
                t!("errors-wrong-credentials"),
            ))
        }
    }
}

/// Starts a session for `user`; returns the cookie token.
pub fn start_session(state: &AppState, user_id: i64) -> Result<String, AppError> {
    let token = random_token();
    let csrf = random_token();
    let hash = sha256_hex(&token);
    state
        .db
        .write(|s| Ok(s.create_session(&hash, user_id, &csrf, SESSION_TTL_SECONDS)?))?;
    Ok(token)
}
