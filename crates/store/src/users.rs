//! Accounts and their roles, scoped to cities.
//!
//! A user holds one or more grants (role, city). Administrators and network/national
//! viewers are global (city `""`); editors and approvers act on one city each. Password
//! hashing is the caller's job (the store keeps only the Argon2id PHC string it is given).

use crate::audit::record;
use crate::{Result, Store, StoreError, now_utc};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

/// What a user may do, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Everything, everywhere, including accounts and the audit log.
    Admin,
    /// Network or national viewer: reads every city, drafts included; writes nothing.
    Viewer,
    /// Uploads and submits figures for one city.
    Editor,
    /// Publishes or returns the submissions of one city.
    Approver,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Viewer, Role::Editor, Role::Approver];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Viewer => "viewer",
            Role::Editor => "editor",
            Role::Approver => "approver",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text.trim().to_ascii_lowercase().as_str() {
            "admin" | "administrator" => Some(Role::Admin),
            "viewer" | "network-viewer" | "national-viewer" => Some(Role::Viewer),
            "editor" | "city-editor" => Some(Role::Editor),
            "approver" | "city-approver" => Some(Role::Approver),
            _ => None,
        }
    }

    /// Whether the role holds for every city (no city in its grant).
    pub fn is_global(self) -> bool {
        matches!(self, Role::Admin | Role::Viewer)
    }
}

/// One role, for one city (`""` for the global roles).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Grant {
    pub role: Role,
    pub city: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    #[serde(skip)]
    pub password_hash: String,
    pub created_at: String,
    pub disabled: bool,
    pub grants: Vec<Grant>,
}

impl Store {
    /// Creates a user with its grants; `actor` is recorded in the audit log.
    pub fn create_user(
        &mut self,
        actor: &str,
        email: &str,
        name: &str,
        password_hash: &str,
        grants: &[Grant],
    ) -> Result<i64> {
        let email = email.trim();
        if self.user_by_email(email)?.is_some() {
            return Err(StoreError::Conflict(format!(
                "a user with the e-mail {email} already exists"
            )));
        }
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        tx.execute(
            "INSERT INTO users (email, name, password_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![email, name, password_hash, now_utc()],
        )
        .map_err(wrap)?;
        let id = tx.last_insert_rowid();
        for g in grants {
            tx.execute(
                "INSERT OR IGNORE INTO grants (user_id, role, city) VALUES (?1, ?2, ?3)",
                params![id, g.role.as_str(), g.city],
            )
            .map_err(wrap)?;
        }
        let new = serde_json::json!({"email": email, "name": name, "grants": grants}).to_string();
        record(
            &tx,
            actor,
            "user.create",
            &format!("user:{id}"),
            None,
            Some(&new),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        Ok(id)
    }

    /// Adds a grant to an existing user.
    pub fn add_grant(&mut self, actor: &str, user_id: i64, grant: &Grant) -> Result<()> {
        let old = self
            .user(user_id)?
            .map(|u| serde_json::to_string(&u.grants).unwrap_or_default());
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        tx.execute(
            "INSERT OR IGNORE INTO grants (user_id, role, city) VALUES (?1, ?2, ?3)",
            params![user_id, grant.role.as_str(), grant.city],
        )
        .map_err(wrap)?;
        let new = serde_json::to_string(grant).unwrap_or_default();
        record(
            &tx,
            actor,
            "user.grant",
            &format!("user:{user_id}"),
            old.as_deref(),
            Some(&new),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)
    }

    /// Replaces a user's password hash and ends their sessions.
    pub fn set_password(&mut self, actor: &str, user_id: i64, password_hash: &str) -> Result<()> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        tx.execute(
            "UPDATE users SET password_hash = ?2 WHERE id = ?1",
            params![user_id, password_hash],
        )
        .map_err(wrap)?;
        tx.execute("DELETE FROM sessions WHERE user_id = ?1", [user_id])
            .map_err(wrap)?;
        // The hashes themselves stay out of the log.
        record(
            &tx,
            actor,
            "user.password",
            &format!("user:{user_id}"),
            Some("(previous password)"),
            Some("(new password)"),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)
    }

    /// Disables (or enables again) an account. A disabled user cannot log in, their
    /// sessions end now and their API tokens are refused; nothing of theirs is deleted.
    /// The last enabled administrator cannot be disabled (nobody could manage accounts).
    pub fn set_disabled(&mut self, actor: &str, user_id: i64, disabled: bool) -> Result<()> {
        let user = self.existing_user(user_id)?;
        if disabled {
            self.keep_an_administrator(&user, "disabled")?;
        }
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        tx.execute(
            "UPDATE users SET disabled = ?2 WHERE id = ?1",
            params![user_id, i64::from(disabled)],
        )
        .map_err(wrap)?;
        if disabled {
            tx.execute("DELETE FROM sessions WHERE user_id = ?1", [user_id])
                .map_err(wrap)?;
        }
        let state = |d: bool| serde_json::json!({ "disabled": d }).to_string();
        record(
            &tx,
            actor,
            if disabled {
                "user.disable"
            } else {
                "user.enable"
            },
            &format!("user:{user_id}"),
            Some(&state(user.disabled)),
            Some(&state(disabled)),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)
    }

    /// Deletes an account with its grants, sessions and API tokens. What they did stays in
    /// the audit log and the submissions' history (by e-mail). The last enabled
    /// administrator cannot be deleted.
    pub fn delete_user(&mut self, actor: &str, user_id: i64) -> Result<()> {
        let user = self.existing_user(user_id)?;
        self.keep_an_administrator(&user, "deleted")?;
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        // Grants, sessions and tokens go with the user (ON DELETE CASCADE).
        tx.execute("DELETE FROM users WHERE id = ?1", [user_id])
            .map_err(wrap)?;
        let old =
            serde_json::json!({"email": user.email, "name": user.name, "grants": user.grants})
                .to_string();
        record(
            &tx,
            actor,
            "user.delete",
            &format!("user:{user_id}"),
            Some(&old),
            None,
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)
    }

    /// Replaces a user's grants (a change of role); the new ones hold from the next
    /// request. The last enabled administrator cannot lose the role.
    pub fn set_grants(&mut self, actor: &str, user_id: i64, grants: &[Grant]) -> Result<()> {
        let user = self.existing_user(user_id)?;
        if !grants.iter().any(|g| g.role == Role::Admin) {
            self.keep_an_administrator(&user, "given another role")?;
        }
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        tx.execute("DELETE FROM grants WHERE user_id = ?1", [user_id])
            .map_err(wrap)?;
        for g in grants {
            tx.execute(
                "INSERT OR IGNORE INTO grants (user_id, role, city) VALUES (?1, ?2, ?3)",
                params![user_id, g.role.as_str(), g.city],
            )
            .map_err(wrap)?;
        }
        record(
            &tx,
            actor,
            "user.role",
            &format!("user:{user_id}"),
            Some(&serde_json::to_string(&user.grants).unwrap_or_default()),
            Some(&serde_json::to_string(grants).unwrap_or_default()),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)
    }

    fn existing_user(&self, user_id: i64) -> Result<User> {
        self.user(user_id)?
            .ok_or_else(|| StoreError::NotFound(format!("user {user_id}")))
    }

    /// Refuses a change that would leave no enabled administrator: without one, nobody
    /// can manage accounts from the web (only the command line on the server could).
    fn keep_an_administrator(&self, user: &User, change: &str) -> Result<()> {
        let is_admin = !user.disabled && user.grants.iter().any(|g| g.role == Role::Admin);
        if !is_admin {
            return Ok(());
        }
        let others: i64 = self
            .conn()
            .query_row(
                "SELECT count(DISTINCT u.id) FROM users u JOIN grants g ON g.user_id = u.id
                  WHERE g.role = 'admin' AND u.disabled = 0 AND u.id != ?1",
                [user.id],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        if others == 0 {
            return Err(StoreError::Conflict(format!(
                "{} is the last administrator and cannot be {change}: make another administrator first",
                user.email
            )));
        }
        Ok(())
    }

    pub fn user(&self, id: i64) -> Result<Option<User>> {
        self.user_where("id = ?1", rusqlite::types::Value::Integer(id))
    }

    pub fn user_by_email(&self, email: &str) -> Result<Option<User>> {
        self.user_where(
            "email = ?1",
            rusqlite::types::Value::Text(email.trim().to_string()),
        )
    }

    fn user_where(&self, cond: &str, key: rusqlite::types::Value) -> Result<Option<User>> {
        let user = self
            .conn()
            .query_row(
                &format!(
                    "SELECT id, email, name, password_hash, created_at, disabled FROM users WHERE {cond}"
                ),
                [key],
                |r| {
                    Ok(User {
                        id: r.get(0)?,
                        email: r.get(1)?,
                        name: r.get(2)?,
                        password_hash: r.get(3)?,
                        created_at: r.get(4)?,
                        disabled: r.get::<_, i64>(5)? != 0,
                        grants: Vec::new(),
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))?;
        match user {
            Some(mut u) => {
                u.grants = self.grants(u.id)?;
                Ok(Some(u))
            }
            None => Ok(None),
        }
    }

    pub fn grants(&self, user_id: i64) -> Result<Vec<Grant>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT role, city FROM grants WHERE user_id = ?1 ORDER BY role, city")
            .map_err(|e| self.err(e))?;
        stmt.query_map([user_id], |r| {
            let role: String = r.get(0)?;
            Ok(Grant {
                role: Role::parse(&role).unwrap_or(Role::Viewer),
                city: r.get(1)?,
            })
        })
        .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
        .map_err(|e| self.err(e))
    }

    /// Every user, by id.
    pub fn users(&self) -> Result<Vec<User>> {
        let ids: Vec<i64> = {
            let mut stmt = self
                .conn()
                .prepare("SELECT id FROM users ORDER BY id")
                .map_err(|e| self.err(e))?;
            stmt.query_map([], |r| r.get(0))
                .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
                .map_err(|e| self.err(e))?
        };
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(u) = self.user(id)? {
                out.push(u);
            }
        }
        Ok(out)
    }
}
