//! Administration: users and their roles, and the audit log (administrators only).

use crate::auth::{Action, Principal, authorize, check_csrf, hash_password};
use crate::layout::render;
use crate::{AppError, AppState};
use axum::Router;
use axum::extract::{Form, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::html;
use std::collections::HashMap;
use store::users::{Grant, Role};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin", get(page_handler))
        .route("/admin/users", post(create_user))
}

/// Creates a user with one grant; shared by the form and the API.
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
    let role = Role::parse(role)
        .ok_or_else(|| AppError::bad("role: admin, viewer, editor or approver"))?;
    if !email.contains('@') {
        return Err(AppError::bad("email: expected an e-mail address"));
    }
    if password.chars().count() < 12 {
        return Err(AppError::bad("password: at least 12 characters"));
    }
    let city = if role.is_global() {
        String::new()
    } else {
        city.trim().to_string()
    };
    if !role.is_global() && state.db.read(|s| Ok(s.geography(&city)?))?.is_none() {
        return Err(AppError::bad(format!(
            "city: no place with the code '{city}'"
        )));
    }
    let hash = hash_password(password).map_err(AppError::internal)?;
    let actor = who.actor();
    state.db.write(|s| {
        Ok(s.create_user(
            &actor,
            email,
            name,
            &hash,
            &[Grant {
                role,
                city: city.clone(),
            }],
        )?)
    })
}

async fn page_handler(State(state): State<AppState>, who: Principal) -> Result<Response, AppError> {
    authorize(&who, Action::ReadAudit, None)?;
    let (users, log) = state
        .db
        .read(|s| Ok((s.users()?, s.audit_log(200, None)?)))?;
    let body = html! {
        h1 { "Administration" }
        h2 { "Users" }
        table {
            thead { tr { th { "E-mail" } th { "Name" } th { "Roles" } th { "Since" } } }
            tbody { @for u in &users { tr { td { (u.email) } td { (u.name) }
                td { @for g in &u.grants { span.badge { (g.role.as_str()) @if !g.city.is_empty() { " · " (g.city) } } " " } }
                td.small { (u.created_at) } } } }
        }
        h3 { "Add a user" }
        form method="post" action="/admin/users" {
            input type="hidden" name="csrf" value=(who.csrf().unwrap_or(""));
            label for="email" { "E-mail" } input #email type="email" name="email" required;
            label for="name" { "Name" } input #name type="text" name="name";
            label for="password" { "Initial password (12 characters or more)" } input #password type="password" name="password" required minlength="12";
            label for="role" { "Role" }
            select #role name="role" { option value="editor" { "city editor" } option value="approver" { "city approver" } option value="viewer" { "network/national viewer" } option value="admin" { "administrator" } }
            label for="city" { "City code (editors and approvers)" } input #city type="text" name="city" placeholder="HR004C";
            p { button type="submit" { "Add user" } }
        }
        h2 { "Audit log" }
        p.muted.small { "Every change: who, what, when, the old and the new value. Latest first." }
        table {
            thead { tr { th { "When" } th { "Who" } th { "What" } th { "Target" } th { "Old" } th { "New" } } }
            tbody {
                @for e in &log {
                    tr { td.small { (e.at) } td { (e.actor) } td { (e.action) } td { (e.target) }
                         td.small { (truncate(e.old_value.as_deref().unwrap_or(""))) } td.small { (truncate(e.new_value.as_deref().unwrap_or(""))) } }
                }
            }
        }
    };
    Ok(render(crate::layout::page("Administration", &who, body)))
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
