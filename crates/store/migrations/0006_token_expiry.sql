-- API tokens expire: Unix seconds after which the token is refused. NULL: never (the
-- tokens made before this migration, and those made deliberately without an end).
-- Revoking a token deletes its row; the audit log keeps what it was.
ALTER TABLE api_tokens ADD COLUMN expires_at INTEGER;
