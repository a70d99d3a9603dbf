-- Observations keyed like DHIS2 data values: a series (dataset, variable, place,
-- population group, other breakdown, unit) has one value per period. Series are interned so
-- that the large table is keyed by integers.
CREATE TABLE geographies (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    level       TEXT NOT NULL,
    country     TEXT,
    parent      TEXT
);
CREATE INDEX geographies_level ON geographies(level, country);

CREATE TABLE imports (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    format       TEXT NOT NULL,
    source       TEXT NOT NULL,
    licence      TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    rows_read    INTEGER NOT NULL,
    observations INTEGER NOT NULL,
    inserted     INTEGER NOT NULL,
    replaced     INTEGER NOT NULL,
    unchanged    INTEGER NOT NULL,
    skipped      INTEGER NOT NULL,
    report       TEXT NOT NULL
);
CREATE INDEX imports_sha ON imports(sha256);

CREATE TABLE series (
    id        INTEGER PRIMARY KEY,
    dataset   TEXT NOT NULL,
    variable  TEXT NOT NULL,
    geo       TEXT NOT NULL,
    grp       TEXT NOT NULL,
    breakdown TEXT NOT NULL,
    unit      TEXT NOT NULL, -- '' when the source gives none
    UNIQUE (dataset, variable, geo, grp, breakdown, unit)
);
CREATE INDEX series_geo ON series(geo, dataset, variable);

-- No REFERENCES clauses here on purpose: series ids come from the series upsert and
-- import ids from the import's own row, in the same transaction, and two foreign-key
-- look-ups per value cost a third of the import time.
CREATE TABLE observations (
    series    INTEGER NOT NULL,
    period    TEXT NOT NULL,
    value     REAL NOT NULL,
    flags     TEXT NOT NULL,
    import_id INTEGER NOT NULL,
    PRIMARY KEY (series, period)
) WITHOUT ROWID;

-- Every replaced value is kept: who changed a published figure, from what, when.
CREATE TABLE observation_history (
    series     INTEGER NOT NULL,
    period     TEXT NOT NULL,
    old_value  REAL NOT NULL,
    old_flags  TEXT NOT NULL,
    old_import INTEGER NOT NULL,
    new_value  REAL NOT NULL,
    new_flags  TEXT NOT NULL,
    new_import INTEGER NOT NULL
);
CREATE INDEX observation_history_import ON observation_history(new_import);

CREATE TRIGGER observation_replaced AFTER UPDATE ON observations
BEGIN
    INSERT INTO observation_history
    VALUES (old.series, old.period, old.value, old.flags, old.import_id,
            new.value, new.flags, new.import_id);
END;
