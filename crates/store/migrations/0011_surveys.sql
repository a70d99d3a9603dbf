-- The city's own surveys (issue 14): questionnaires and their frozen versions, surveys in
-- the field, one-time invitations, drafts, responses and weights.
--
-- A questionnaire version is never changed: a change is a new version (the canonical JSON
-- of the questionnaire, with its fingerprint). A survey fields one version.
--
-- Anonymous surveys keep responses apart from invitations exactly as audit rounds do
-- (0008): a response has a random id, no time and no token; the invitation keeps only that
-- it was used; the draft is deleted in the same transaction; tables are WITHOUT ROWID; the
-- store zeroes deleted content and empties the write-ahead log after each submission.
-- Open-link surveys mint an invitation for each respondent who starts, so that saving and
-- resuming work the same way; the address that asked is never stored.

CREATE TABLE survey_questionnaires (
    id          INTEGER PRIMARY KEY,
    city        TEXT NOT NULL,
    form_id     TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    title       TEXT NOT NULL,
    -- The questionnaire as the canonical JSON of the surveys crate.
    definition  TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (city, form_id, version)
);

CREATE TABLE surveys (
    id            INTEGER PRIMARY KEY,
    questionnaire INTEGER NOT NULL REFERENCES survey_questionnaires(id),
    city          TEXT NOT NULL,
    title         TEXT NOT NULL,
    mode          TEXT NOT NULL CHECK (mode IN ('anonymous', 'named')),
    access        TEXT NOT NULL CHECK (access IN ('invitation', 'open')),
    opens         TEXT NOT NULL,
    closes        TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    -- The weighting (JSON of surveys::weighting::WeightingSpec), or NULL: unweighted.
    weighting     TEXT,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    closed_at     TEXT,
    -- The results' way through the publication workflow, as for audit rounds.
    submission    INTEGER REFERENCES submissions(id),
    results       TEXT,
    CHECK (opens <= closes)
);
CREATE INDEX surveys_city ON surveys(city);

CREATE TABLE survey_invitations (
    token_hash TEXT PRIMARY KEY,
    survey     INTEGER NOT NULL REFERENCES surveys(id),
    used       INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX survey_invitations_survey ON survey_invitations(survey);

CREATE TABLE survey_drafts (
    token_hash TEXT PRIMARY KEY REFERENCES survey_invitations(token_hash),
    answers    TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE survey_responses (
    id         TEXT PRIMARY KEY,
    survey     INTEGER NOT NULL REFERENCES surveys(id),
    -- Named surveys only: the invitation's hash. NULL when anonymous.
    respondent TEXT UNIQUE REFERENCES survey_invitations(token_hash),
    -- The answers (JSON of surveys::answer::Answers), checked against the questionnaire.
    answers    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX survey_responses_survey ON survey_responses(survey);

-- The weights of the last weighting run: before calibration and calibrated (NULL: the
-- respondent could not be placed in a margin's classes).
CREATE TABLE survey_weights (
    survey     INTEGER NOT NULL REFERENCES surveys(id),
    response   TEXT NOT NULL REFERENCES survey_responses(id) ON DELETE CASCADE,
    base       REAL,
    calibrated REAL,
    PRIMARY KEY (survey, response)
) WITHOUT ROWID;
