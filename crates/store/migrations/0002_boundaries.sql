-- Boundaries of a city's small areas, one boundary set per (city, scheme): the planning
-- areas of Berlin are `DE001C` + `PLR`, and each area's geometry is keyed by the same
-- geography code as its observations (`DE001C:PLR:01011101`). The store keeps geometries
-- as they were read and computes nothing with them.
CREATE TABLE boundary_sets (
    city      TEXT NOT NULL,
    scheme    TEXT NOT NULL,
    -- What the areas are, for people ("Berlin planning areas (LOR 2006)").
    label     TEXT NOT NULL,
    -- Coordinate reference system of the coordinates, as the file states it
    -- (GeoJSON: its "crs" member, else EPSG:4326 per RFC 7946; shapefile: the .prj text).
    crs       TEXT NOT NULL,
    -- The import that wrote the set: file, SHA-256, source, licence, time.
    import_id INTEGER NOT NULL REFERENCES imports(id),
    PRIMARY KEY (city, scheme)
);

CREATE TABLE boundaries (
    geo       TEXT PRIMARY KEY,
    city      TEXT NOT NULL,
    scheme    TEXT NOT NULL,
    -- The area's own name in the boundary file (e.g. "Stülerstraße"), if it has one.
    name      TEXT,
    -- A GeoJSON geometry object (Polygon or MultiPolygon) in the set's CRS.
    geometry  TEXT NOT NULL,
    import_id INTEGER NOT NULL REFERENCES imports(id),
    FOREIGN KEY (city, scheme) REFERENCES boundary_sets(city, scheme)
);
CREATE INDEX boundaries_set ON boundaries(city, scheme);
