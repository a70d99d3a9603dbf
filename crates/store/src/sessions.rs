//! Login sessions and API tokens. Only the SHA-256 of a token is stored (the caller
//! hashes): a copy of the database lets nobody log in.

use crate::audit::record;
use crate::{Result, Store, now_utc};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

/// A live session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub user_id: i64,
    /// The synchronizer token every form of this session must carry.
    pub csrf: String,
    pub expires_at: i64,
}

/// An API token as listed (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiToken {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub created_at: String,
    /// Unix seconds after which it is refused; `None`: never.
    pub expires_at: Option<i64>,
}

impl ApiToken {
    /// Whether the token is past its end (and so refused).
    pub fn expired(&self) -> bool {
        self.expires_at.is_some_and(|t| t <= unix_now())
    }
}

pub(crate) fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

impl Store {
    /// Starts a session valid for `ttl_seconds`. Expired sessions are swept at the same time.
    pub fn create_session(
        &mut self,
        token_hash: &str,
        user_id: i64,
        csrf: &str,
        ttl_seconds: i64,
    ) -> Result<()> {
        let now = unix_now();
        self.conn()
            .execute("DELETE FROM sessions WHERE expires_at <= ?1", [now])
            .map_err(|e| self.err(e))?;
        self.conn()
            .execute(
                "INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![token_hash, user_id, csrf, now_utc(), now + ttl_seconds],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// The session of a token hash, if it exists and has not expired.
    pub fn session(&self, token_hash: &str) -> Result<Option<Session>> {
        self.conn()
            .prepare_cached(
                "SELECT s.user_id, s.csrf, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
                  WHERE s.token_hash = ?1 AND s.expires_at > ?2 AND u.disabled = 0",
            )
            .and_then(|mut st| {
                st.query_row(params![token_hash, unix_now()], |r| {
                    Ok(Session {
                        user_id: r.get(0)?,
                        csrf: r.get(1)?,
                        expires_at: r.get(2)?,
                    })
                })
                .optional()
            })
            .map_err(|e| self.err(e))
    }

    pub fn delete_session(&mut self, token_hash: &str) -> Result<()> {
        self.conn()
            .execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Stores a new API token (its hash) for a user that never expires; audited.
    pub fn create_api_token(
        &mut self,
        actor: &str,
        user_id: i64,
        name: &str,
        token_hash: &str,
    ) -> Result<i64> {
        self.create_api_token_until(actor, user_id, name, token_hash, None)
    }

    /// Stores a new API token (its hash) for a user, refused after `expires_at` (Unix
    /// seconds; `None`: never); audited.
    pub fn create_api_token_until(
        &mut self,
        actor: &str,
        user_id: i64,
        name: &str,
        token_hash: &str,
        expires_at: Option<i64>,
    ) -> Result<i64> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        tx.execute(
            "INSERT INTO api_tokens (token_hash, user_id, name, created_at, expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![token_hash, user_id, name, now_utc(), expires_at],
        )
        .map_err(wrap)?;
        let id = tx.last_insert_rowid();
        let new = serde_json::json!({"token": id, "user": user_id, "name": name, "expires_at": expires_at})
            .to_string();
        record(
            &tx,
            actor,
            "token.create",
            &format!("user:{user_id}"),
            None,
            Some(&new),
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
        Ok(id)
    }

    /// Revokes (deletes) an API token; audited with what it was. Requests with it are
    /// refused from now on.
    pub fn revoke_api_token(&mut self, actor: &str, token_id: i64) -> Result<()> {
        let token = self
            .api_token(token_id)?
            .ok_or_else(|| crate::StoreError::NotFound(format!("API token {token_id}")))?;
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        tx.execute("DELETE FROM api_tokens WHERE id = ?1", [token_id])
            .map_err(wrap)?;
        let old = serde_json::json!({"token": token.id, "name": token.name, "created_at": token.created_at, "expires_at": token.expires_at})
            .to_string();
        record(
            &tx,
            actor,
            "token.revoke",
            &format!("user:{}", token.user_id),
            Some(&old),
            None,
        )
        .map_err(wrap)?;
        tx.commit().map_err(wrap)
    }

    /// The user an API token hash belongs to (enabled users and tokens not expired only).
    pub fn api_token_user(&self, token_hash: &str) -> Result<Option<i64>> {
        self.conn()
            .prepare_cached(
                "SELECT t.user_id FROM api_tokens t JOIN users u ON u.id = t.user_id
                  WHERE t.token_hash = ?1 AND u.disabled = 0
                    AND (t.expires_at IS NULL OR t.expires_at > ?2)",
            )
            .and_then(|mut st| {
                st.query_row(params![token_hash, unix_now()], |r| r.get(0))
                    .optional()
            })
            .map_err(|e| self.err(e))
    }

    /// A user's API tokens (never the tokens themselves), expired ones included.
    pub fn api_tokens(&self, user_id: i64) -> Result<Vec<ApiToken>> {
        self.api_tokens_where("user_id = ?1", user_id)
    }

    pub fn api_token(&self, token_id: i64) -> Result<Option<ApiToken>> {
        Ok(self.api_tokens_where("id = ?1", token_id)?.pop())
    }

    fn api_tokens_where(&self, cond: &str, key: i64) -> Result<Vec<ApiToken>> {
        let mut stmt = self
            .conn()
            .prepare(&format!(
                "SELECT id, user_id, name, created_at, expires_at FROM api_tokens WHERE {cond} ORDER BY id"
            ))
            .map_err(|e| self.err(e))?;
        stmt.query_map([key], |r| {
            Ok(ApiToken {
                id: r.get(0)?,
                user_id: r.get(1)?,
                name: r.get(2)?,
                created_at: r.get(3)?,
                expires_at: r.get(4)?,
            })
        })
        .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
        .map_err(|e| self.err(e))
    }
}
