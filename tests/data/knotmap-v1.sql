-- A KnotMap database as schema version 1 wrote it (before spots had keys), with a little data.
-- MigrationTest builds a file from this and checks that opening it brings it to the current schema
-- without losing a row. Statements are separated by lines holding only ";".
PRAGMA application_id = 1263422800
;
CREATE TABLE spots (
    id INTEGER PRIMARY KEY,
    x REAL NOT NULL CHECK (x BETWEEN 0 AND 1),
    y REAL NOT NULL CHECK (y BETWEEN 0 AND 1),
    region TEXT NOT NULL CHECK (length(region) BETWEEN 1 AND 80),
    label TEXT NOT NULL DEFAULT '',
    created_utc INTEGER NOT NULL CHECK (typeof(created_utc) = 'integer'),
    archived_utc INTEGER CHECK (archived_utc IS NULL OR typeof(archived_utc) = 'integer'))
;
CREATE TABLE ratings (
    id INTEGER PRIMARY KEY,
    spot_id INTEGER NOT NULL REFERENCES spots (id) ON DELETE CASCADE,
    recorded_utc INTEGER NOT NULL CHECK (typeof(recorded_utc) = 'integer'),
    utc_offset_min INTEGER NOT NULL CHECK (utc_offset_min BETWEEN -840 AND 840),
    intensity INTEGER NOT NULL CHECK (typeof(intensity) = 'integer' AND intensity BETWEEN 0 AND 10),
    quality TEXT NOT NULL DEFAULT ''
        CHECK (quality IN ('', 'aching', 'sharp', 'burning', 'tingling', 'numb', 'stiff')),
    note TEXT NOT NULL DEFAULT '')
;
CREATE INDEX ratings_by_time ON ratings (recorded_utc)
;
CREATE INDEX ratings_by_spot_time ON ratings (spot_id, recorded_utc)
;
INSERT INTO spots (id, x, y, region, label, created_utc) VALUES
    (1, 0.3093, 0.2916, 'upper-trapezius-left', '', 1772350000),
    (4, 0.62, 0.60, 'quadratus-lumborum-right', 'desk knot', 1772360000)
;
INSERT INTO ratings (id, spot_id, recorded_utc, utc_offset_min, intensity, quality, note) VALUES
    (10, 1, 1772350200, 60, 6, 'aching', 'first, with a comma'),
    (11, 1, 1772436600, 60, 4, '', ''),
    (12, 4, 1772360100, -300, 7, 'sharp', 'lifting')
;
PRAGMA user_version = 1
