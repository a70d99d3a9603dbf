-- The funding register: operations (projects) of the managing authorities' published lists
-- of operations and of cities' own registers, as their sources state them. Fields of action,
-- target groups, places and euros are derived when read (crate `funding`, from the data
-- files in catalogue/funding/), so that a better mapping needs no re-import.
-- Lists of funds, fields and groups are ';'-separated text.
CREATE TABLE funding_operations (
    rowid            INTEGER PRIMARY KEY,
    import_id        INTEGER NOT NULL REFERENCES imports(id),
    line             INTEGER NOT NULL,
    list             TEXT NOT NULL,
    record_id        TEXT NOT NULL,
    country          TEXT NOT NULL,
    funds            TEXT NOT NULL,
    programme_cci    TEXT NOT NULL,
    programme        TEXT NOT NULL,
    priority         TEXT NOT NULL,
    name             TEXT NOT NULL,
    summary          TEXT NOT NULL,
    beneficiary      TEXT NOT NULL,
    beneficiary_id   TEXT NOT NULL,
    location         TEXT NOT NULL,
    postcode         TEXT NOT NULL,
    nuts             TEXT NOT NULL,
    total            REAL,
    eu               REAL,
    currency         TEXT NOT NULL,
    start_date       TEXT,
    end_date         TEXT,
    category         TEXT NOT NULL,
    rows_for_project INTEGER NOT NULL CHECK (rows_for_project >= 1),
    fields           TEXT NOT NULL,
    target_groups    TEXT NOT NULL,
    migrant_terms    TEXT NOT NULL,
    source_url       TEXT NOT NULL,
    CHECK (total IS NULL OR total >= 0),
    CHECK (eu IS NULL OR eu >= 0),
    CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
);
CREATE INDEX funding_operations_country ON funding_operations(country);
CREATE INDEX funding_operations_import ON funding_operations(import_id);

-- Beneficiaries' totals by region, as the Commission's Kohesio portal publishes them (all of a
-- beneficiary's projects in a region summed, no project names, funds or dates): a layer of
-- who receives money where, kept apart from the operations so that nothing adds them up.
CREATE TABLE funding_beneficiary_totals (
    rowid          INTEGER PRIMARY KEY,
    import_id      INTEGER NOT NULL REFERENCES imports(id),
    line           INTEGER NOT NULL,
    country        TEXT NOT NULL,
    region         TEXT NOT NULL,
    beneficiary    TEXT NOT NULL,
    transliterated TEXT NOT NULL,
    total_eur      REAL CHECK (total_eur IS NULL OR total_eur >= 0),
    eu_eur         REAL CHECK (eu_eur IS NULL OR eu_eur >= 0),
    projects       INTEGER NOT NULL CHECK (projects >= 0)
);
CREATE INDEX funding_beneficiary_totals_region ON funding_beneficiary_totals(region);

-- A city's practice file or funding register as a draft: the file itself, checked on upload
-- and imported whole (practices, operations) when an approver publishes it.
CREATE TABLE submission_files (
    submission INTEGER PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
    bytes      BLOB NOT NULL
);
