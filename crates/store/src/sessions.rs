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
}

fn unix_now() -> i64 {
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

    /// Stores a new API token (its hash) for a user; audited.
    pub fn create_api_token(
        &mut self,
        actor: &str,
        user_id: i64,
        name: &str,
        token_hash: &str,
    ) -> Result<i64> {
        let path = self.path().to_path_buf();
        let wrap = crate::sqlite_err(&path);
        let tx = self.conn_mut().transaction().map_err(wrap)?;
        tx.execute(
            "INSERT INTO api_tokens (token_hash, user_id, name, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![token_hash, user_id, name, now_utc()],
        )
        .map_err(wrap)?;
        let id = tx.last_insert_rowid();
        let new = serde_json::json!({"token": id, "user": user_id, "name": name}).to_string();
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

    /// The user an API token hash belongs to (enabled users only).
    pub fn api_token_user(&self, token_hash: &str) -> Result<Option<i64>> {
        self.conn()
            .prepare_cached(
                "SELECT t.user_id FROM api_tokens t JOIN users u ON u.id = t.user_id
                  WHERE t.token_hash = ?1 AND u.disabled = 0",
            )
            .and_then(|mut st| st.query_row([token_hash], |r| r.get(0)).optional())
            .map_err(|e| self.err(e))
    }

    pub fn api_tokens(&self, user_id: i64) -> Result<Vec<ApiToken>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT id, user_id, name, created_at FROM api_tokens WHERE user_id = ?1 ORDER BY id")
            .map_err(|e| self.err(e))?;
        stmt.query_map([user_id], |r| {
            Ok(ApiToken {
                id: r.get(0)?,
                user_id: r.get(1)?,
                name: r.get(2)?,
                created_at: r.get(3)?,
            })
        })
        .and_then(|r| r.collect::<std::result::Result<Vec<_>, _>>())
        .map_err(|e| self.err(e))
    }
}
