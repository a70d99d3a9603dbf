-- Assessing policy together (issue 13): participatory audit rounds, their one-time
-- invitations and responses, and the City Integration Agenda that follows from them.
--
-- Anonymous rounds: once a response is submitted, nothing in the database links it to the
-- invitation it came from. The invitation keeps only that it was used (no time of use);
-- the response has a random id (16 random bytes in hex: no order of arrival), no time and
-- no token hash; the tables are WITHOUT ROWID, so no hidden rowid keeps the order of
-- inserts either. A draft is keyed by the invitation's hash and deleted in the transaction
-- that writes the response; the store runs with secure_delete (deleted content is zeroed,
-- not left in free pages) and empties the write-ahead log after each anonymous submission
-- (its frames would show which invitation changed in the same commit as which response).

CREATE TABLE audit_rounds (
    id             INTEGER PRIMARY KEY,
    city           TEXT NOT NULL,
    title          TEXT NOT NULL,
    framework      TEXT NOT NULL,
    version        TEXT NOT NULL,
    -- The framework file as it was when the round opened: results are always computed
    -- with the questions the respondents saw, whatever the catalogue holds later.
    framework_text TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('audit', 'priorities')),
    mode           TEXT NOT NULL CHECK (mode IN ('anonymous', 'named')),
    opens          TEXT NOT NULL,
    closes         TEXT NOT NULL,
    min_group      INTEGER NOT NULL CHECK (min_group >= 3),
    status         TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    created_by     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    closed_at      TEXT,
    -- The results' way through the publication workflow: the submission of their scores.
    -- The round is published when that submission is; `results` is what was submitted
    -- (the public form, JSON), frozen then.
    submission     INTEGER REFERENCES submissions(id),
    results        TEXT,
    CHECK (opens <= closes)
);
CREATE INDEX audit_rounds_city ON audit_rounds(city, framework, version);

-- Only the SHA-256 of an invitation's token is stored.
CREATE TABLE audit_invitations (
    token_hash TEXT PRIMARY KEY,
    round      INTEGER NOT NULL REFERENCES audit_rounds(id),
    grp        TEXT NOT NULL,
    -- A named round: whom the invitation is for. Empty in an anonymous round.
    label      TEXT NOT NULL DEFAULT '',
    used       INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX audit_invitations_round ON audit_invitations(round, grp);

-- Answers saved before submission (JSON), resumable with the token.
CREATE TABLE audit_drafts (
    token_hash TEXT PRIMARY KEY REFERENCES audit_invitations(token_hash),
    answers    TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE audit_responses (
    id           TEXT PRIMARY KEY,
    round        INTEGER NOT NULL REFERENCES audit_rounds(id),
    grp          TEXT NOT NULL,
    -- Named rounds only: the respondent's invitation (its hash). NULL when anonymous.
    respondent   TEXT UNIQUE REFERENCES audit_invitations(token_hash),
    -- Anonymous rounds only: the SHA-256 of the receipt handed to the respondent, with
    -- which they may amend their answers until the round closes. It is not derived from
    -- the token, so it cannot be joined to the invitation.
    receipt_hash TEXT UNIQUE,
    CHECK ((respondent IS NULL) <> (receipt_hash IS NULL))
) WITHOUT ROWID;
CREATE INDEX audit_responses_round ON audit_responses(round);

CREATE TABLE audit_answers (
    response  TEXT NOT NULL REFERENCES audit_responses(id) ON DELETE CASCADE,
    question  TEXT NOT NULL,
    -- The option chosen, by position (0 = the first); in a priorities round, the position
    -- on the scale. NULL: "don't know", or a comment without an answer.
    choice    INTEGER CHECK (choice >= 0),
    dont_know INTEGER NOT NULL DEFAULT 0 CHECK (dont_know IN (0, 1)),
    comment   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (response, question),
    CHECK (NOT (choice IS NOT NULL AND dont_know = 1))
) WITHOUT ROWID;

-- The City Integration Agenda: goals per focal point, actions and targets. Versions: an
-- editor drafts one (empty, or a copy of the latest), its approver publishes it through
-- the workflow (the agenda is published when its submission is); a version that has been
-- submitted is not changed again, the next change is a new version.
CREATE TABLE agendas (
    id          INTEGER PRIMARY KEY,
    city        TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    title       TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    -- The framework whose focal points the goals are set for, and the audit round the
    -- agenda follows from, if any.
    framework   TEXT NOT NULL,
    round       INTEGER REFERENCES audit_rounds(id),
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    submission  INTEGER REFERENCES submissions(id),
    UNIQUE (city, version)
);

CREATE TABLE agenda_goals (
    id          INTEGER PRIMARY KEY,
    agenda      INTEGER NOT NULL REFERENCES agendas(id) ON DELETE CASCADE,
    focal_point TEXT NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX agenda_goals_agenda ON agenda_goals(agenda);

CREATE TABLE agenda_actions (
    id             INTEGER PRIMARY KEY,
    goal           INTEGER NOT NULL REFERENCES agenda_goals(id) ON DELETE CASCADE,
    title          TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    department     TEXT NOT NULL DEFAULT '',
    partners       TEXT NOT NULL DEFAULT '',
    -- YYYY-MM-DD, YYYY-MM or YYYY; empty when not known.
    starts         TEXT NOT NULL DEFAULT '',
    ends           TEXT NOT NULL DEFAULT '',
    budget         REAL CHECK (budget IS NULL OR budget >= 0),
    currency       TEXT NOT NULL DEFAULT 'EUR',
    fund           TEXT NOT NULL CHECK (fund IN ('esf+', 'amif', 'national', 'municipal', 'other', 'none')),
    -- The programme, call or budget line.
    funding_source TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('planned', 'ongoing', 'completed', 'cancelled'))
);
CREATE INDEX agenda_actions_goal ON agenda_actions(goal);

-- A target on a series the observatory holds: the city's own (or its country's, for
-- outcomes measured nationally), for one population group.
CREATE TABLE agenda_targets (
    id             INTEGER PRIMARY KEY,
    goal           INTEGER NOT NULL REFERENCES agenda_goals(id) ON DELETE CASCADE,
    dataset        TEXT NOT NULL,
    variable       TEXT NOT NULL,
    geo            TEXT NOT NULL,
    grp            TEXT NOT NULL DEFAULT '',
    breakdown      TEXT NOT NULL DEFAULT '',
    baseline_value REAL NOT NULL,
    baseline_year  INTEGER NOT NULL,
    target_value   REAL NOT NULL,
    target_year    INTEGER NOT NULL,
    CHECK (target_year > baseline_year)
);
CREATE INDEX agenda_targets_goal ON agenda_targets(goal);
