-- Estimates computed from microdata by the indicator engine (`observatory compute`).
-- The point estimate of a published cell is also an ordinary observation (dataset
-- 'computed:<mapping>', variable = indicator id, grp = the cell's population group), so every
-- reader, export and chart sees it; this table carries what a survey estimate needs besides
-- the value. A withheld cell (suppressed for confidentiality or reliability) has no
-- observation and value NULL here: only its status and reason are kept.
CREATE TABLE estimates (
    series             INTEGER NOT NULL REFERENCES series(id),
    period             TEXT NOT NULL,
    value              REAL,
    std_error          REAL,
    ci_lower           REAL,
    ci_upper           REAL,
    cv                 REAL,
    n                  INTEGER,        -- NULL when the cell's size would disclose
    reliability        TEXT NOT NULL,  -- '' or 'u' (low reliability)
    suppression        TEXT NOT NULL
        CHECK (suppression IN ('published', 'primary', 'secondary', 'unreliable', 'empty')),
    suppression_reason TEXT NOT NULL,
    gap                REAL,           -- to the reference group, in gap_kind units
    gap_std_error      REAL,
    gap_kind           TEXT NOT NULL,  -- 'percentage_points', 'ratio' or ''
    catalogue_version  TEXT NOT NULL,
    indicator_version  INTEGER NOT NULL,
    method             TEXT NOT NULL,  -- 'taylor', 'replicate:sdr(4/R)', …
    design_note        TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'approved', 'published')),
    import_id          INTEGER NOT NULL REFERENCES imports(id),
    PRIMARY KEY (series, period)
) WITHOUT ROWID;
CREATE INDEX estimates_import ON estimates(import_id);
