-- A KnotMap database as schema version 5 wrote it (atlas 1, before issue 10 redrew the back view), made by
-- hand. MigrationTest opens it and checks which spots moved to another region. The points, in the drawing's
-- centimetres (make_back_view.py; x from the spine, y down the canvas), and the regions they lie in now:
--   1 lower-trapezius-left       (-5.0, 46.2) rib angle at T8    -> thoracic-erector-spinae-left
--   2 lumbar-erector-spinae-right (1.3, 64.8) beside L3          -> multifidus-right
--   3 gluteus-medius-left       (-15.8, 77.5) upper outer buttock -> gluteus-minimus-left
--   4 occipitalis-right           (3.0, 6.0)  high on the head    -> upper-back-of-head-right (archived)
--   5 upper-trapezius-left        its label point                 -> unchanged
--   6 rhomboids-left            (-3.9, 37.4)  by the scapula      -> unchanged
-- Statements are separated by lines holding only ";".
PRAGMA application_id = 1263422800
;
CREATE TABLE spots (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
                 key TEXT NOT NULL UNIQUE CHECK (key <> ''),
                 x REAL NOT NULL CHECK (x BETWEEN 0 AND 1),
                 y REAL NOT NULL CHECK (y BETWEEN 0 AND 1),
                 region TEXT NOT NULL CHECK (length(region) BETWEEN 1 AND 80),
                 label TEXT NOT NULL DEFAULT '',
                 created_utc INTEGER NOT NULL CHECK (typeof(created_utc) = 'integer'),
                 archived_utc INTEGER CHECK (archived_utc IS NULL OR typeof(archived_utc) = 'integer'))
;
CREATE TABLE ratings (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 spot_id INTEGER NOT NULL REFERENCES spots (id) ON DELETE CASCADE,
                 recorded_utc INTEGER NOT NULL CHECK (typeof(recorded_utc) = 'integer'),
                 utc_offset_min INTEGER NOT NULL CHECK (utc_offset_min BETWEEN -840 AND 840),
                 intensity INTEGER NOT NULL CHECK (typeof(intensity) = 'integer' AND intensity BETWEEN 0 AND 10),
                 quality TEXT NOT NULL DEFAULT ''
                     CHECK (quality IN ('', 'aching', 'sharp', 'burning', 'tingling', 'numb', 'stiff')),
                 note TEXT NOT NULL DEFAULT '')
;
CREATE TABLE routine_log (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 done_utc INTEGER NOT NULL CHECK (typeof(done_utc) = 'integer'),
                 utc_offset_min INTEGER NOT NULL CHECK (utc_offset_min BETWEEN -840 AND 840),
                 spot_id INTEGER REFERENCES spots (id) ON DELETE SET NULL,
                 region TEXT NOT NULL CHECK (length(region) BETWEEN 1 AND 80),
                 technique TEXT NOT NULL CHECK (length(technique) BETWEEN 1 AND 60),
                 planned_s INTEGER NOT NULL CHECK (typeof(planned_s) = 'integer' AND planned_s >= 0),
                 done_s INTEGER NOT NULL CHECK (typeof(done_s) = 'integer' AND done_s >= 0),
                 before_intensity INTEGER CHECK (before_intensity IS NULL OR
                     (typeof(before_intensity) = 'integer' AND before_intensity BETWEEN 0 AND 10)),
                 after_intensity INTEGER CHECK (after_intensity IS NULL OR
                     (typeof(after_intensity) = 'integer' AND after_intensity BETWEEN 0 AND 10)))
;
CREATE INDEX ratings_by_time ON ratings (recorded_utc)
;
CREATE INDEX ratings_by_spot_time ON ratings (spot_id, recorded_utc)
;
CREATE INDEX ratings_by_local_day ON ratings ((recorded_utc + utc_offset_min * 60 + 86400000000) / 86400 - 1000000, spot_id, intensity, recorded_utc, utc_offset_min)
;
CREATE INDEX ratings_by_spot_local_day ON ratings (spot_id, (recorded_utc + utc_offset_min * 60 + 86400000000) / 86400 - 1000000, intensity, recorded_utc, utc_offset_min)
;
CREATE INDEX routine_log_by_time ON routine_log (done_utc)
;
CREATE INDEX routine_log_by_spot ON routine_log (spot_id, done_utc)
;
INSERT INTO spots (id, uuid, key, x, y, region, label, created_utc, archived_utc) VALUES
    (1, '0b6f3c1e-6a0e-4f7b-9d2a-1c3e5f7a9b01', 'lower-trapezius-left-1', 0.4205, 0.4552, 'lower-trapezius-left', 'rib knot', 1772350000, NULL),
    (2, '0b6f3c1e-6a0e-4f7b-9d2a-1c3e5f7a9b02', 'lumbar-erector-spinae-right-1', 0.5207, 0.6384, 'lumbar-erector-spinae-right', '', 1772350100, NULL),
    (3, '0b6f3c1e-6a0e-4f7b-9d2a-1c3e5f7a9b03', 'gluteus-medius-left-1', 0.2489, 0.7635, 'gluteus-medius-left', '', 1772350200, NULL),
    (4, '0b6f3c1e-6a0e-4f7b-9d2a-1c3e5f7a9b04', 'occipitalis-right-1', 0.5477, 0.0591, 'occipitalis-right', '', 1772350300, 1772450000),
    (5, '0b6f3c1e-6a0e-4f7b-9d2a-1c3e5f7a9b05', 'upper-trapezius-left-1', 0.3093, 0.2916, 'upper-trapezius-left', '', 1772350400, NULL),
    (6, '0b6f3c1e-6a0e-4f7b-9d2a-1c3e5f7a9b06', 'rhomboids-left-1', 0.438, 0.3685, 'rhomboids-left', '', 1772350500, NULL)
;
INSERT INTO ratings (id, spot_id, recorded_utc, utc_offset_min, intensity, quality, note) VALUES
    (10, 1, 1772350000, 60, 6, 'aching', 'under the shoulder blade'),
    (11, 2, 1772350100, 60, 5, '', ''),
    (12, 3, 1772350200, 60, 4, 'stiff', ''),
    (13, 4, 1772350300, 60, 3, '', ''),
    (14, 5, 1772350400, 60, 6, '', ''),
    (15, 6, 1772350500, 60, 2, '', '')
;
INSERT INTO routine_log (id, done_utc, utc_offset_min, spot_id, region, technique, planned_s, done_s,
                         before_intensity, after_intensity) VALUES
    (20, 1772360000, 60, 1, 'lower-trapezius-left', 'ball-pressure', 60, 60, 6, 4),
    (21, 1772360100, 60, 2, 'lumbar-erector-spinae-right', 'ball-pressure', 60, 45, 5, 5)
;
PRAGMA user_version = 5
