-- Mentoring between cities (issue 15): a newcomer city asks an experienced city to mentor
-- it on one focal point of a comprehensive approach (catalogue/mentoring/topics.toml);
-- the mentor city accepts or declines, the asking city may withdraw while it waits, and
-- either ends an accepted pair. Who may take which step is the `mentoring` crate's rule;
-- this table keeps what happened, by whom and when, and refuses what can never be right.
CREATE TABLE mentoring_requests (
    id           INTEGER PRIMARY KEY,
    -- Urban Audit city codes (HR004C): the city asking, and the city asked.
    mentee       TEXT NOT NULL,
    mentor       TEXT NOT NULL,
    -- A focal point id (fp1 … fp10), and optionally a thematic area of the practice
    -- library's vocabulary that narrows it ('' for none).
    topic        TEXT NOT NULL,
    area         TEXT NOT NULL DEFAULT '',
    message      TEXT NOT NULL,
    status       TEXT NOT NULL
                 CHECK (status IN ('requested', 'accepted', 'declined', 'withdrawn', 'ended')),
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    -- The answer: accepted or declined by the mentor city, or withdrawn by the mentee city.
    answered_by  TEXT,
    answered_at  TEXT,
    answer       TEXT NOT NULL DEFAULT '',
    -- The end of an accepted pair, by either city.
    ended_by     TEXT,
    ended_at     TEXT,
    ended_note   TEXT NOT NULL DEFAULT '',
    CHECK (mentee <> mentor)
);

-- At most one open request (waiting or accepted) per mentee, mentor and topic: asking
-- twice is a mistake, and a declined, withdrawn or ended one may be asked again.
CREATE UNIQUE INDEX mentoring_open_once ON mentoring_requests(mentee, mentor, topic)
    WHERE status IN ('requested', 'accepted');
CREATE INDEX mentoring_by_mentee ON mentoring_requests(mentee, status);
CREATE INDEX mentoring_by_mentor ON mentoring_requests(mentor, status);
