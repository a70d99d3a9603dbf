-- Accounts, roles scoped to cities, sessions, API tokens, the audit log and the
-- publication workflow (draft → submitted → published | returned).

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name          TEXT NOT NULL,
    -- Argon2id PHC string; never a plain password.
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0
);

-- A user holds one or more (role, city) grants. Global roles (administrator, viewer)
-- have city = ''. Deny by default: no grant, no access beyond the public.
CREATE TABLE grants (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('admin', 'viewer', 'editor', 'approver')),
    city    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (user_id, role, city)
);

-- Only the SHA-256 of a session token is stored: a copy of the database does not let
-- anyone log in.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    -- Unix seconds, compared as integers.
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE api_tokens (
    id         INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Every write (login aside): who, what, when, old and new value (JSON text).
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    target    TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);

-- A city's own figures waiting for approval. Their values live in draft_observations
-- until an approver publishes them through the normal import path (so replaced published
-- values land in observation_history).
CREATE TABLE submissions (
    id          INTEGER PRIMARY KEY,
    city        TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'published', 'returned')),
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    format      TEXT NOT NULL,
    source      TEXT NOT NULL,
    licence     TEXT NOT NULL,
    report      TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    comment     TEXT NOT NULL DEFAULT '',
    import_id   INTEGER
);
CREATE INDEX submissions_city ON submissions(city, status);

CREATE TABLE draft_observations (
    submission INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    dataset    TEXT NOT NULL,
    variable   TEXT NOT NULL,
    geo        TEXT NOT NULL,
    grp        TEXT NOT NULL,
    breakdown  TEXT NOT NULL,
    unit       TEXT NOT NULL,
    period     TEXT NOT NULL,
    value      REAL NOT NULL,
    flags      TEXT NOT NULL
);
CREATE INDEX draft_observations_submission ON draft_observations(submission);
CREATE INDEX draft_observations_geo ON draft_observations(geo);

-- The history of each submission: every change of status, by whom, with the comment.
CREATE TABLE submission_events (
    id          INTEGER PRIMARY KEY,
    submission  INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    comment     TEXT NOT NULL
);
