"""The tables of a places file (SQLite with FTS5 and R*Tree), and its format version.

Contract: ``create(conn)`` creates every table of an empty places file;
``SCHEMA_VERSION`` is stored in ``meta`` and ``PlacesIndex.open`` refuses
any other. Tables:

- ``meta(key, value)``: schema_version, build_id, source, imported_at,
  bbox, counts, ``has_addresses`` ("1"/"0");
- ``streets``: one named street per name and locality (ways of one name
  close together): display name, locality (suburb, else town) and town,
  the point on it (middle of its longest way), best road class;
  ``street_names(street_id, key, name)`` every name variant by tag key (``name``, ``name:sv``, ...);
- ``street_ways`` (polyline as float64 lat,lon pairs) with the R*Tree
  ``street_ways_rt``;
- ``addresses`` (with the R*Tree ``addresses_rt``) and ``addr_keys``, the
  numbers an address is found by on its street (``670/31``, ``31``, ``670``;
  ``loose`` 1 for a near miss: ``14`` for ``14 A``);
- ``intersections`` of two differently named streets (``street_a <
  street_b``), one row per corner;
- ``landmarks`` (with ``landmarks_rt``), localities among them;
- ``names``: every searchable name (folded ``norm`` and display form) of a
  street, landmark or site place, by tag key (``category`` for a landmark's
  kind words), ``literal`` 1 when ``norm`` is the name as written (0 for a
  compound split at its type word and for kind words), indexed by the FTS5
  table ``names_fts`` (and by target, to name a result in another language);
  ``vocab`` the distinct indexed words, for typo-tolerant lookup;
- ``site_places``: the site's own ``[[places]]`` as of the import.
"""

from __future__ import annotations

import sqlite3

SCHEMA_VERSION = "4"

_DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE streets (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, locality TEXT,
    lat REAL NOT NULL, lon REAL NOT NULL, road_class INTEGER NOT NULL, has_ways INTEGER NOT NULL,
    town TEXT
);
CREATE TABLE street_names (street_id INTEGER NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL);
CREATE INDEX street_names_street ON street_names (street_id);
CREATE TABLE street_ways (
    id INTEGER PRIMARY KEY, street_id INTEGER NOT NULL, road_class INTEGER NOT NULL,
    coords BLOB NOT NULL
);
CREATE INDEX street_ways_street ON street_ways (street_id);
CREATE VIRTUAL TABLE street_ways_rt USING rtree (id, min_lat, max_lat, min_lon, max_lon);
CREATE TABLE addresses (
    id INTEGER PRIMARY KEY, street_id INTEGER, housenumber TEXT NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL, interpolated INTEGER NOT NULL DEFAULT 0
);
CREATE VIRTUAL TABLE addresses_rt USING rtree (id, min_lat, max_lat, min_lon, max_lon);
CREATE TABLE addr_keys (
    street_id INTEGER NOT NULL, key TEXT NOT NULL, address_id INTEGER NOT NULL,
    loose INTEGER NOT NULL, PRIMARY KEY (street_id, key, address_id)
) WITHOUT ROWID;
CREATE TABLE intersections (
    id INTEGER PRIMARY KEY, street_a INTEGER NOT NULL, street_b INTEGER NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL
);
CREATE INDEX intersections_a ON intersections (street_a);
CREATE INDEX intersections_b ON intersections (street_b);
CREATE TABLE landmarks (
    id INTEGER PRIMARY KEY, name TEXT, category TEXT NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL, locality TEXT, town TEXT
);
CREATE VIRTUAL TABLE landmarks_rt USING rtree (id, min_lat, max_lat, min_lon, max_lon);
CREATE TABLE names (
    id INTEGER PRIMARY KEY, norm TEXT NOT NULL, display TEXT NOT NULL,
    kind TEXT NOT NULL, target INTEGER NOT NULL, key TEXT NOT NULL, literal INTEGER NOT NULL
);
CREATE INDEX names_target ON names (target, kind);
CREATE VIRTUAL TABLE names_fts USING fts5 (
    norm, content='names', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'", prefix='1 2 3'
);
CREATE TABLE vocab (word TEXT PRIMARY KEY, names INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE site_places (
    id INTEGER PRIMARY KEY, alias TEXT NOT NULL, kind TEXT NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL, address TEXT
);
"""


def create(conn: sqlite3.Connection) -> None:
    conn.executescript(_DDL)
