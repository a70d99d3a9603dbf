-- The practice library: documented city integration practices, searchable in full text.
-- A practice keeps the source's own text of every field (thematic area and target group
-- included); what the observatory's vocabulary made of it is in practice_facets, and
-- which Urban Audit cities it names in practice_places.
CREATE TABLE practices (
    rowid             INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    import_id         INTEGER NOT NULL REFERENCES imports(id),
    title             TEXT NOT NULL,
    city              TEXT NOT NULL,
    country           TEXT NOT NULL,
    level             TEXT NOT NULL,
    thematic_area     TEXT NOT NULL,
    target_group      TEXT NOT NULL,
    period_start      TEXT NOT NULL,
    period_end        TEXT NOT NULL,
    lead_organisation TEXT NOT NULL,
    partners          TEXT NOT NULL,
    funding           TEXT NOT NULL,
    description       TEXT NOT NULL,
    outcomes          TEXT NOT NULL,
    evidence_level    TEXT NOT NULL,
    source_url        TEXT NOT NULL,
    source_url_2      TEXT NOT NULL,
    source_kind       TEXT NOT NULL,
    source_repo       TEXT NOT NULL,
    source_path       TEXT NOT NULL,
    source_commit     TEXT NOT NULL,
    notes             TEXT NOT NULL
);

-- One row per facet value of a practice (thematic_area, target_group, country,
-- city_context, evidence_level): facets are counted from here for any set of practices.
CREATE TABLE practice_facets (
    practice INTEGER NOT NULL REFERENCES practices(rowid) ON DELETE CASCADE,
    facet    TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (practice, facet, value)
) WITHOUT ROWID;
CREATE INDEX practice_facets_value ON practice_facets(facet, value, practice);

-- The places a practice names, with the Urban Audit code where the vocabulary knows it.
CREATE TABLE practice_places (
    practice INTEGER NOT NULL REFERENCES practices(rowid) ON DELETE CASCADE,
    name     TEXT NOT NULL,
    geo      TEXT,
    PRIMARY KEY (practice, name)
) WITHOUT ROWID;
CREATE INDEX practice_places_geo ON practice_places(geo);

-- Full text: the title apart so that BM25 can weigh it above the rest; `terms` holds the
-- vocabulary's words (in the records' languages) of the practice's areas and groups, so
-- that "Sprachkurs" finds an English record about German courses. unicode61 with
-- remove_diacritics 2 folds case and accents in the index and in queries alike.
CREATE VIRTUAL TABLE practices_fts USING fts5(
    title, body, terms,
    tokenize = 'unicode61 remove_diacritics 2'
);
