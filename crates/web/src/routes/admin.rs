//! Administration: users and their roles, their API tokens, the places the bundled files
//! lack (towns outside the Urban Audit) and the audit log (administrators only).
//!
//! Every change is a POST form carrying the session's CSRF token, checked with
//! [`authorize`] (`ManageUsers`) first; the store writes the change and its audit row in
//! one transaction. Operations on an account: disable or enable, delete, reset the
//! password, change the role, create an API token (which expires) and revoke one.

use crate::auth::{Action, Principal, authorize, check_csrf, role_label};
use crate::layout::render;
use crate::{AppError, AppState};
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::{Markup, html};
use std::collections::HashMap;
use store::sessions::ApiToken;
use store::users::User;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin", get(page_handler))
        .route("/admin/users", post(create_user))
        .route("/admin/users/{id}/{op}", post(user_action))
        .route("/admin/tokens/{id}/revoke", post(revoke_token))
        .route("/admin/places", post(add_place))
}

/// Days an API token made on the admin page lives by default, and at most (the rules of
/// the `accounts` crate, the same as on the command line).
pub use accounts::{MAX_TOKEN_DAYS, TOKEN_DAYS};

/// The change a form posted to `/admin/users/{id}/{op}` asks for, checked (the role's
/// city resolved, a password against the policy) and, for a password, hashed — slow by
/// design, so callers run it on the blocking pool.
fn form_op(
    state: &AppState,
    op: &str,
    f: &HashMap<String, String>,
) -> Result<accounts::UserOp, AppError> {
    let g = |k: &str| f.get(k).map(String::as_str).unwrap_or_default();
    Ok(match op {
        "disable" => accounts::UserOp::Disable,
        "enable" => accounts::UserOp::Enable,
        "delete" => accounts::UserOp::Delete,
        "password" => accounts::UserOp::Password(accounts::PasswordHash::new(g("password"))?),
        "role" => {
            let grant = state
                .db
                .read(|s| Ok(accounts::grant(s, g("role"), Some(g("city")))?))?;
            accounts::UserOp::Role(grant)
        }
        other => {
            return Err(AppError::not_found(t!(
                "admin-error-no-operation",
                op = other
            )));
        }
    })
}

/// Applies `op` to user `id`; shared by the forms (and any API that wants it).
pub fn change_user(
    state: &AppState,
    who: &Principal,
    id: i64,
    op: &accounts::UserOp,
) -> Result<(), AppError> {
    authorize(who, Action::ManageUsers, None)?;
    let actor = who.actor();
    state.db.write(|s| Ok(accounts::change(s, &actor, id, op)?))
}

/// Creates an API token for user `id` that expires after `days`; returns the token, which
/// is shown once and stored only hashed.
pub fn issue_token(
    state: &AppState,
    who: &Principal,
    id: i64,
    name: &str,
    days: i64,
) -> Result<String, AppError> {
    authorize(who, Action::ManageUsers, None)?;
    let actor = who.actor();
    let name = if name.trim().is_empty() { "web" } else { name };
    state
        .db
        .write(|s| Ok(accounts::issue_token(s, &actor, id, name, days)?))
}

/// Revokes API token `id` (of any user).
pub fn revoke(state: &AppState, who: &Principal, id: i64) -> Result<(), AppError> {
    authorize(who, Action::ManageUsers, None)?;
    let actor = who.actor();
    state.db.write(|s| Ok(accounts::revoke(s, &actor, id)?))
}

/// Creates a user with one grant; shared by the form and the API. The password is hashed
/// before the store is locked for the write.
pub fn add_user(
    state: &AppState,
    who: &Principal,
    email: &str,
    name: &str,
    password: &str,
    role: &str,
    city: &str,
) -> Result<i64, AppError> {
    authorize(who, Action::ManageUsers, None)?;
    accounts::check_email(email)?;
    let grant = state
        .db
        .read(|s| Ok(accounts::grant(s, role, Some(city))?))?;
    let account =
        accounts::NewAccount::new(email, name, accounts::PasswordHash::new(password)?, grant)?;
    let actor = who.actor();
    state.db.write(|s| Ok(account.create(s, &actor)?))
}

async fn page_handler(State(state): State<AppState>, who: Principal) -> Result<Response, AppError> {
    authorize(&who, Action::ReadAudit, None)?;
    let (users, log, towns, regions) = state.db.read(|s| {
        let mut users = Vec::new();
        for u in s.users()? {
            let tokens = s.api_tokens(u.id)?;
            users.push((u, tokens));
        }
        let towns = s.geographies(Some(model::GeoLevel::Municipality), None)?;
        let regions = importer::places::known_regions(s).map_err(place_error)?;
        Ok((users, s.audit_log(200, None)?, towns, regions))
    })?;
    let csrf = who.csrf().unwrap_or("").to_string();
    let body = html! {
        h1 { (t!("admin-title")) }
        h2 { (t!("admin-users")) }
        table {
            thead { tr { th { (t!("admin-email")) } th { (t!("admin-name")) } th { (t!("admin-roles")) } th { (t!("admin-account")) } th { (t!("admin-api-tokens")) } th { (t!("admin-since")) } } }
            tbody { @for (u, tokens) in &users { tr { td { (u.email) } td { (u.name) }
                td { @for g in &u.grants { span.badge { (role_label(g.role)) @if !g.city.is_empty() { " · " (g.city) } } " " } }
                td { @if u.disabled { span.badge.returned { (t!("admin-disabled")) } } @else { (t!("admin-active")) } }
                td.small { (token_list(tokens, &csrf)) }
                td.small { (u.created_at) } } } }
        }
        @for (u, _) in &users { (user_forms(u, &csrf)) }
        h3 { (t!("admin-add-user")) }
        form method="post" action="/admin/users" {
            input type="hidden" name="csrf" value=(csrf);
            label for="email" { (t!("admin-email")) } input #email type="email" name="email" required;
            label for="name" { (t!("admin-name")) } input #name type="text" name="name";
            label for="password" { (t!("admin-initial-password")) } input #password type="password" name="password" required minlength="12";
            label for="role" { (t!("admin-role")) }
            (role_select("role"))
            label for="city" { (t!("admin-city-code")) } input #city type="text" name="city" placeholder="HR004C";
            p { button type="submit" { (t!("admin-add-user-button")) } }
        }
        (places_section(&towns, &regions, &csrf))
        h2 { (t!("admin-audit-log")) }
        p.muted.small { (t!("admin-audit-log-note")) }
        table {
            thead { tr { th { (t!("admin-when")) } th { (t!("admin-who")) } th { (t!("admin-what")) } th { (t!("admin-target")) } th { (t!("admin-old")) } th { (t!("admin-new")) } } }
            tbody {
                @for e in &log {
                    tr { td.small { (e.at) } td { (e.actor) } td { (e.action) } td { (e.target) }
                         td.small { (truncate(e.old_value.as_deref().unwrap_or(""))) } td.small { (truncate(e.new_value.as_deref().unwrap_or(""))) } }
                }
            }
        }
    };
    Ok(render(crate::layout::page(&t!("admin-title"), &who, body)))
}

/// The towns added so far, and the form that adds one: a town outside the Urban Audit
/// gets its page, its search entry and its uploads once it is a place of the store.
fn places_section(towns: &[model::Geography], regions: &[model::GeoCode], csrf: &str) -> Markup {
    html! {
        h2 id="places" { (t!("admin-places")) }
        p { (t!("admin-places-lead")) }
        @if towns.is_empty() { p.muted { (t!("admin-places-none")) } }
        @else {
            ul { @for g in towns { li { a href={ "/cities/" (g.code) } { (g.name) } " (" (g.code)
                @if let Some(p) = g.parent.as_ref().filter(|p| Some(*p) != g.country.as_ref()) { ", " (p) } ")" } } }
        }
        form method="post" action="/admin/places" {
            input type="hidden" name="csrf" value=(csrf);
            label for="place-code" { (t!("admin-place-code")) }
            input #place-code type="text" name="code" required pattern="[A-Za-z]{2}_[A-Za-z0-9]+" placeholder="IT_028…" aria-describedby="place-code-hint";
            p.small.muted #place-code-hint { (t!("admin-place-code-hint")) " " a href="https://ec.europa.eu/eurostat/web/nuts/local-administrative-units" { (t!("admin-place-lau-list")) } }
            label for="place-name" { (t!("admin-place-name")) }
            input #place-name type="text" name="name" required maxlength="120";
            label for="place-region" { (t!("admin-place-region")) }
            input #place-region type="text" name="region" list="nuts3-regions" placeholder="ITH36" aria-describedby="place-region-hint";
            p.small.muted #place-region-hint { (t!("admin-place-region-hint")) }
            datalist #nuts3-regions { @for r in regions { option value=(r) {} } }
            p { button type="submit" { (t!("admin-add-place")) } }
        }
    }
}

fn role_select(id: &str) -> Markup {
    html! {
        select id=(id) name="role" {
            option value="editor" { (t!("admin-role-editor")) }
            option value="approver" { (t!("admin-role-approver")) }
            option value="viewer" { (t!("admin-role-viewer")) }
            option value="admin" { (t!("admin-role-admin")) }
        }
    }
}

/// A user's tokens, each with its end and a button to revoke it.
fn token_list(tokens: &[ApiToken], csrf: &str) -> Markup {
    html! {
        @if tokens.is_empty() { span.muted { (t!("admin-tokens-none")) } }
        @for t in tokens {
            form.inline method="post" action={ "/admin/tokens/" (t.id) "/revoke" } {
                input type="hidden" name="csrf" value=(csrf);
                (t.name) " · " (t.created_at.get(..10).unwrap_or(&t.created_at))
                @match t.expires_at {
                    Some(e) => { " · " @if t.expired() { (t!("admin-token-expired", day = accounts::day(e))) } @else { (t!("admin-token-until", day = accounts::day(e))) } },
                    None => { " · " (t!("admin-token-never-expires")) }
                }
                " " button.secondary type="submit" { (t!("admin-revoke")) }
            }
        }
    }
}

/// The forms that change one account, folded away under its e-mail.
fn user_forms(u: &User, csrf: &str) -> Markup {
    let action = |op: &str| format!("/admin/users/{}/{op}", u.id);
    let toggle = if u.disabled { "enable" } else { "disable" };
    html! {
        details {
            summary { (t!("admin-change-user", email = &u.email)) }
            form method="post" action=(action(toggle)) {
                input type="hidden" name="csrf" value=(csrf);
                button.secondary type="submit" { @if u.disabled { (t!("admin-enable")) } @else { (t!("admin-disable")) } }
            }
            form method="post" action=(action("role")) {
                input type="hidden" name="csrf" value=(csrf);
                label for={ "role-" (u.id) } { (t!("admin-new-role")) }
                (role_select(&format!("role-{}", u.id)))
                label for={ "city-" (u.id) } { (t!("admin-city-code")) }
                input id={ "city-" (u.id) } type="text" name="city" placeholder="HR004C";
                p { button type="submit" { (t!("admin-change-role")) } }
            }
            form method="post" action=(action("password")) {
                input type="hidden" name="csrf" value=(csrf);
                label for={ "password-" (u.id) } { (t!("admin-new-password")) }
                input id={ "password-" (u.id) } type="password" name="password" required minlength="12" autocomplete="new-password";
                p { button type="submit" { (t!("admin-reset-password")) } }
            }
            form method="post" action=(action("tokens")) {
                input type="hidden" name="csrf" value=(csrf);
                label for={ "token-name-" (u.id) } { (t!("admin-token-name")) }
                input id={ "token-name-" (u.id) } type="text" name="name" placeholder=(t!("admin-token-name-placeholder"));
                label for={ "token-days-" (u.id) } { (t!("admin-token-days", max = MAX_TOKEN_DAYS.to_string())) }
                input id={ "token-days-" (u.id) } type="number" name="days" min="1" max=(MAX_TOKEN_DAYS) value=(TOKEN_DAYS);
                p { button type="submit" { (t!("admin-create-token")) } }
            }
            form method="post" action=(action("delete")) {
                input type="hidden" name="csrf" value=(csrf);
                label { input type="checkbox" name="confirm" value="yes" required; " " (t!("admin-delete-confirm", email = &u.email)) }
                p { button.secondary type="submit" { (t!("admin-delete")) } }
            }
        }
    }
}

fn truncate(s: &str) -> String {
    if s.chars().count() > 300 {
        let mut t: String = s.chars().take(300).collect();
        t.push('…');
        t
    } else {
        s.to_string()
    }
}

async fn create_user(
    State(state): State<AppState>,
    who: Principal,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    authorize(&who, Action::ManageUsers, None)?;
    check_csrf(&who, f.get("csrf").map(String::as_str))?;
    let g = |k: &str| f.get(k).cloned().unwrap_or_default();
    let (email, name, password, role, city) =
        (g("email"), g("name"), g("password"), g("role"), g("city"));
    // Argon2 hashing takes tens of milliseconds by design: on the blocking pool.
    crate::blocking::run(move || add_user(&state, &who, &email, &name, &password, &role, &city))
        .await?;
    Ok(Redirect::to("/admin").into_response())
}

async fn user_action(
    State(state): State<AppState>,
    who: Principal,
    Path((id, op)): Path<(i64, String)>,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    authorize(&who, Action::ManageUsers, None)?;
    check_csrf(&who, f.get("csrf").map(String::as_str))?;
    if op == "tokens" {
        let name = f.get("name").cloned().unwrap_or_default();
        let days = match f.get("days").map(|d| d.trim()).filter(|d| !d.is_empty()) {
            Some(d) => d
                .parse()
                .map_err(|_| AppError::bad(t!("admin-error-days-number")))?,
            None => TOKEN_DAYS,
        };
        let shown = who.clone();
        let token =
            crate::blocking::run(move || issue_token(&state, &who, id, &name, days)).await?;
        return Ok(token_page(&shown, &token, days));
    }
    if op == "delete" && f.get("confirm").map(String::as_str) != Some("yes") {
        return Err(AppError::bad(t!("admin-error-confirm-delete")));
    }
    // A password is hashed with Argon2 (tens of milliseconds by design): on the blocking pool.
    crate::blocking::run(move || change_user(&state, &who, id, &form_op(&state, &op, &f)?)).await?;
    Ok(Redirect::to("/admin").into_response())
}

async fn revoke_token(
    State(state): State<AppState>,
    who: Principal,
    Path(id): Path<i64>,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    authorize(&who, Action::ManageUsers, None)?;
    check_csrf(&who, f.get("csrf").map(String::as_str))?;
    crate::blocking::run(move || revoke(&state, &who, id)).await?;
    Ok(Redirect::to("/admin").into_response())
}

async fn add_place(
    State(state): State<AppState>,
    who: Principal,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    authorize(&who, Action::ManagePlaces, None)?;
    check_csrf(&who, f.get("csrf").map(String::as_str))?;
    let g = |k: &str| f.get(k).cloned().unwrap_or_default();
    let town = importer::places::NewMunicipality {
        code: g("code"),
        name: g("name"),
        region: g("region"),
    };
    let actor = who.actor();
    let added = state
        .db
        .write(|s| importer::places::add_municipality(s, &actor, &town).map_err(place_error))?;
    Ok(Redirect::to(&format!("/cities/{}", added.code)).into_response())
}

/// A refused place: the library's message (what was entered, what to enter) inside the
/// reader's sentence.
fn place_error(e: importer::ImportError) -> AppError {
    match e {
        importer::ImportError::Store(e) => AppError::from(e),
        other => AppError::bad(t!("admin-error-place", message = other.to_string())),
    }
}

/// The new token, shown once; never cached.
fn token_page(who: &Principal, token: &str, days: i64) -> Response {
    let body = html! {
        h1 { (t!("admin-token-created")) }
        p { (t!("admin-token-copy-now", days = days)) }
        p { code.token { (token) } }
        p { a href="/admin" { (t!("admin-back")) } }
    };
    let mut resp = render(crate::layout::page(
        &t!("admin-token-page-title"),
        who,
        body,
    ));
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    resp
}
