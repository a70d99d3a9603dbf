//! Logging in and out. The login form is protected by a double-submit CSRF cookie (there
//! is no session yet); failed logins are rate-limited per account, and per address against
//! spraying ([`auth::login`]); the page shows only the error messages the server chose.

use crate::auth::{
    self, LOGIN_CSRF_COOKIE, Principal, SESSION_COOKIE, SESSION_TTL_SECONDS, check_csrf, cookie,
    same_secret, set_cookie,
};
use crate::{AppError, AppState, ErrorCode};
use axum::Router;
use axum::extract::{Form, Query, State};
use axum::http::{HeaderMap, Request, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::html;
use serde::Deserialize;
use std::collections::HashMap;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/login", get(login_page).post(login))
        .route("/logout", post(logout))
}

#[derive(Debug, Deserialize)]
struct Next {
    next: Option<String>,
    error: Option<String>,
}

/// The messages the login page shows (their keys), by the code in its `?error=`. Only
/// these: the page never prints text from the URL, which anyone can write into a link
/// ("your account is locked, call …").
const LOGIN_MESSAGES: &[(&str, &str)] = &[
    ("credentials", "account-error-credentials"),
    ("locked", "account-error-locked"),
];

/// The command that creates accounts (the same in every language).
const ADD_USER: &str = "observatory add-user";

/// The fixed text of a login error code, in the reader's language; `None` (nothing shown)
/// for any other text.
fn login_message(code: &str) -> Option<String> {
    LOGIN_MESSAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, key)| t!(key))
}

/// The login error code of a failed login.
fn login_code(code: ErrorCode) -> &'static str {
    if code == ErrorCode::TooManyAttempts {
        "locked"
    } else {
        "credentials"
    }
}

/// Only local paths: an open redirect would let a link send a user elsewhere after login.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
        _ => "/data".into(),
    }
}

async fn login_page(
    State(state): State<AppState>,
    who: Principal,
    Query(q): Query<Next>,
) -> Response {
    let token = auth::random_token();
    let next = safe_next(q.next.as_deref());
    let body = html! {
        h1 { (t!("account-log-in-title")) }
        @if let Some(u) = who.user() { p.notice { (t!("account-logged-in-as", email = &u.email)) } }
        @if let Some(e) = q.error.as_deref().and_then(login_message) { p.error role="alert" { (e) } }
        p.lead { (t!("account-log-in-lead")) }
        form method="post" action="/login" {
            input type="hidden" name="csrf" value=(token);
            input type="hidden" name="next" value=(next);
            label for="email" { (t!("account-email")) }
            input #email type="email" name="email" autocomplete="username" required;
            label for="password" { (t!("account-password")) }
            input #password type="password" name="password" autocomplete="current-password" required;
            p { button type="submit" { (t!("account-log-in-button")) } }
        }
        p.small.muted { (t!("account-created-by-admin-before")) code { (ADD_USER) } (t!("account-created-by-admin-after")) }
    };
    let mut resp = Html(crate::layout::page(&t!("account-log-in-title"), &who, body).into_string())
        .into_response();
    if let Ok(v) = set_cookie(LOGIN_CSRF_COOKIE, &token, 3600, state.config.secure_cookies).parse()
    {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        "no-store".parse().expect("static header"),
    );
    resp
}

async fn login(
    State(state): State<AppState>,
    headers: HeaderMap,
    req: Request<axum::body::Body>,
) -> Result<Response, AppError> {
    let ip = auth::client_ip(req.extensions());
    let bytes = axum::body::to_bytes(req.into_body(), 64 * 1024)
        .await
        .map_err(|e| AppError::bad(t!("account-error-form", message = e.to_string())))?;
    let form: HashMap<String, String> =
        super::compare::form_pairs(&String::from_utf8_lossy(&bytes))
            .into_iter()
            .collect();
    let given = form.get("csrf").map(String::as_str).unwrap_or("");
    let expected = cookie(&headers, LOGIN_CSRF_COOKIE).unwrap_or("");
    if expected.is_empty() || !same_secret(given, expected) {
        return Err(AppError::new(
            ErrorCode::CsrfMismatch,
            t!("account-error-csrf"),
        ));
    }
    let next = safe_next(form.get("next").map(String::as_str));
    let email = form.get("email").cloned().unwrap_or_default();
    let password = form.get("password").cloned().unwrap_or_default();
    // Argon2 verification takes tens of milliseconds by design, and the session is a
    // store write: both on the blocking pool.
    let checked = {
        let state = state.clone();
        let email = email.clone();
        crate::blocking::run(move || {
            Ok(auth::login(&state, &email, &password, &ip)
                .and_then(|user| Ok((auth::start_session(&state, user.id)?, user))))
        })
        .await?
    };
    match checked {
        Ok((token, user)) => {
            tracing::info!(user = %user.email, "login");
            let mut resp = Redirect::to(&next).into_response();
            let secure = state.config.secure_cookies;
            for c in [
                set_cookie(SESSION_COOKIE, &token, SESSION_TTL_SECONDS, secure),
                set_cookie(LOGIN_CSRF_COOKIE, "", 0, secure),
            ] {
                if let Ok(v) = c.parse() {
                    resp.headers_mut().append(header::SET_COOKIE, v);
                }
            }
            Ok(resp)
        }
        Err(e)
            if e.code == ErrorCode::InvalidCredentials || e.code == ErrorCode::TooManyAttempts =>
        {
            let status = e.code.status();
            let url = format!(
                "/login?next={}&error={}",
                urlencode(&next),
                login_code(e.code)
            );
            let mut resp = Redirect::to(&url).into_response();
            // Scripts see the failure in the status; browsers follow the redirect… but a 303
            // is what forms need, so the status is carried in a header for tests and logs.
            resp.headers_mut().insert(
                "x-login-status",
                status.as_u16().to_string().parse().expect("digits"),
            );
            Ok(resp)
        }
        Err(e) => Err(e),
    }
}

pub fn urlencode(s: &str) -> String {
    let mut o = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                o.push(b as char)
            }
            _ => o.push_str(&format!("%{b:02X}")),
        }
    }
    o
}

async fn logout(
    State(state): State<AppState>,
    who: Principal,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    check_csrf(&who, form.get("csrf").map(String::as_str))?;
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        let hash = auth::sha256_hex(token);
        state.db.write(|s| Ok(s.delete_session(&hash)?))?;
    }
    let mut resp = Redirect::to("/").into_response();
    if let Ok(v) = set_cookie(SESSION_COOKIE, "", 0, state.config.secure_cookies).parse() {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(resp)
}
