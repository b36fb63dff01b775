"""Build a places file from an OpenStreetMap extract.

Contract: ``build_places(osm_path, out_path, progress=None, site_places=())
-> BuildSummary`` reads the extract (``models.places.extract``) and its locality
polygons (``models.places.areas``), groups
streets and finds corners (``models.places.streets``), attaches addresses
and interpolates numbers (``models.places.addresses``), and writes the
SQLite file ``models.places.schema`` describes, with every name variant
folded (``models.places.normalise``) into the FTS5 table. The file is
written beside ``out_path`` and moved into place when complete, so a
reader never sees half a file. ``progress(fraction)`` rises 0.0 -> 1.0.
An extract without any addresses still builds (streets and landmarks) and
says so in ``BuildSummary.notes``; one without a single named street,
address or landmark raises ``PlacesIndexError``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from models.places import schema
from models.places.addresses import attach, interpolate
from models.places.areas import locality_areas
from models.places.extract import AddressRecord, extract
from models.places.geometry import Frame
from models.places.normalise import expand_abbreviation, fold, split_type_suffix
from models.places.site_places import SitePlace
from models.places.streets import Localities, Street, group_streets, intersections
from models.places.types import PlacesIndexError

_LOGGER = logging.getLogger(__name__)


# Landmarks a dispatcher may ask for by what they are ("hospital", "בית חולים", "болница"), not
# by their name, in the languages of the sites: English, Hebrew, Arabic, French, Czech, Serbian
# (Cyrillic and Latin). Each is indexed as a name of every landmark of that kind.
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "hospital": ("hospital", "בית חולים", "مستشفى", "hôpital", "nemocnice", "болница",
                 "bolnica"),
    "fire_station": (
        "fire station", "תחנת כיבוי אש", "כבאות", "مركز إطفاء", "إطفائية", "دفاع مدني",
        "caserne de pompiers", "pompiers", "hasičská stanice", "hasiči", "ватрогасна станица",
        "ватрогасци", "vatrogasna stanica", "vatrogasci",
    ),
    "police": (
        "police", "police station", "משטרה", "תחנת משטרה", "شرطة", "مركز شرطة", "commissariat",
        "gendarmerie", "policie", "полиција", "полицијска станица", "policija",
        "policijska stanica",
    ),
    "school": ("school", "בית ספר", "مدرسة", "école", "škola", "школа"),
    "clinic": ("clinic", "מרפאה", "عيادة", "clinique", "klinika", "poliklinika", "клиника",
               "дом здравља", "dom zdravlja"),
    "pharmacy": ("pharmacy", "בית מרקחת", "صيدلية", "pharmacie", "lékárna", "апотека",
                 "apoteka"),
    "doctors": ("doctors", "doctor", "רופא", "طبيب", "médecin", "lékař", "лекар", "lekar"),
    "kindergarten": ("kindergarten", "גן ילדים", "روضة", "école maternelle", "crèche",
                     "mateřská škola", "školka", "вртић", "vrtić"),
    "university": ("university", "אוניברסיטה", "جامعة", "université", "univerzita",
                   "универзитет", "univerzitet"),
    "ambulance_station": ("ambulance", "מד״א", "אמבולנס", "إسعاف", "samu", "záchranka",
                          "záchranná služba", "хитна помоћ", "hitna pomoć"),
}  # fmt: skip


@dataclass(slots=True)
class BuildSummary:
    path: Path
    build_id: str
    streets: int = 0
    addresses: int = 0
    interpolated: int = 0
    attached_to_nearest: int = 0
    dropped: int = 0
    intersections: int = 0
    landmarks: int = 0
    hydrants: int = 0
    names: int = 0
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.path}: {self.streets} streets, {self.addresses} addresses "
            f"({self.interpolated} interpolated, {self.attached_to_nearest} attached to the "
            f"nearest street), {self.intersections} corners, {self.landmarks} landmarks "
            f"({self.hydrants} hydrants)"
        )


def index_forms(name: str) -> list[str]:
    """The folded forms a name is indexed under: itself, and compounds split at a type word."""
    base = [expand_abbreviation(w) for w in fold(name).split()]
    if not base:
        return []
    forms = [" ".join(base)]
    split = []
    changed = False
    for word in base:
        parts = split_type_suffix(word)
        if parts is None:
            split.append(word)
        else:
            split.extend(parts)
            changed = True
    if changed:
        forms.append(" ".join(split))
    return forms


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()[:12]


def build_places(
    osm_path: str | Path,
    out_path: str | Path,
    progress: Callable[[float], None] | None = None,
    site_places: Sequence[SitePlace] = (),
) -> BuildSummary:
    osm_path, out_path = Path(osm_path), Path(out_path)
    report = progress or (lambda _fraction: None)
    data = extract(osm_path, lambda f: report(0.6 * f))
    if not data.ways and not data.addresses and not data.landmarks:
        raise PlacesIndexError(f"{osm_path}: no named streets, addresses or landmarks found")
    box = data.bbox if data.bbox[0] <= data.bbox[2] else [0.0, 0.0, 0.0, 0.0]
    frame = Frame((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
    localities = Localities(data.localities, frame, locality_areas(osm_path))
    streets = group_streets(data.ways, frame, localities)
    report(0.7)
    interpolated = interpolate(data)
    attached = attach([*data.addresses, *interpolated], streets, frame, localities)
    corners = intersections([s for s in streets if s.has_ways], frame)
    report(0.8)
    imported_at = datetime.now(UTC).isoformat(timespec="seconds")
    build_id = f"{osm_path.name}@{imported_at}#{_file_hash(osm_path)}"
    summary = BuildSummary(
        path=out_path,
        build_id=build_id,
        streets=len(streets),
        addresses=len(attached.rows),
        interpolated=len(interpolated),
        attached_to_nearest=attached.by_nearest,
        dropped=attached.dropped,
        intersections=len(corners),
        landmarks=len(data.landmarks),
        hydrants=sum(1 for _, c, _, _ in data.landmarks if c == "fire_hydrant"),
    )
    if not data.addresses:
        summary.notes.append("the extract holds no addresses: streets and landmarks only")
    if attached.dropped:
        summary.notes.append(
            f"{attached.dropped} house numbers without a street lie farther than 300 m "
            f"from any named street and were left out"
        )
    tmp = out_path.with_name(out_path.name + ".building")
    tmp.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(tmp)
        try:
            _write(conn, data, streets, attached.rows, interpolated, corners, frame, localities,
                   site_places, summary, box, osm_path.name, imported_at)  # fmt: skip
            conn.commit()
        finally:
            conn.close()
        report(0.98)
        os.replace(tmp, out_path)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise PlacesIndexError(f"{out_path}: cannot write the places index ({exc})") from exc
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    report(1.0)
    _LOGGER.info("%s", summary.line())
    return summary


def _write(
    conn: sqlite3.Connection,
    data,
    streets: list[Street],
    rows: list[tuple[int, AddressRecord]],
    interpolated: list[AddressRecord],
    corners: list[tuple[int, int, float, float]],
    frame: Frame,
    localities: Localities,
    site_places: Sequence[SitePlace],
    summary: BuildSummary,
    box: list[float],
    source: str,
    imported_at: str,
) -> None:
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    schema.create(conn)
    conn.executemany(
        "INSERT INTO streets VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ((s.street_id, s.name, s.locality, s.lat, s.lon, s.road_class, int(s.has_ways), s.town)
         for s in streets),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO street_names VALUES (?, ?, ?)",
        ((s.street_id, key, value) for s in streets for key, value in s.names),
    )
    way_rows = []
    rt_rows = []
    for s in streets:
        for way in s.ways:
            way_rows.append(
                (way.way_id, s.street_id, way.road_class,
                 np.column_stack([way.lat, way.lon]).astype(np.float64).tobytes())
            )  # fmt: skip
            rt_rows.append(
                (way.way_id, float(way.lat.min()), float(way.lat.max()),
                 float(way.lon.min()), float(way.lon.max()))
            )  # fmt: skip
    conn.executemany("INSERT OR IGNORE INTO street_ways VALUES (?, ?, ?, ?)", way_rows)
    conn.executemany("INSERT OR IGNORE INTO street_ways_rt VALUES (?, ?, ?, ?, ?)", rt_rows)
    interpolated_ids = {id(a) for a in interpolated}
    conn.executemany(
        "INSERT INTO addresses VALUES (?, ?, ?, ?, ?, ?)",
        ((i + 1, sid, a.housenumber, a.lat, a.lon, int(id(a) in interpolated_ids))
         for i, (sid, a) in enumerate(rows)),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO addresses_rt VALUES (?, ?, ?, ?, ?)",
        ((i + 1, a.lat, a.lat, a.lon, a.lon) for i, (_, a) in enumerate(rows)),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO addr_keys VALUES (?, ?, ?, ?)",
        (
            (sid, key, i + 1, loose)
            for i, (sid, a) in enumerate(rows)
            for loose, keys in ((0, a.keys), (1, a.loose_keys))
            for key in keys
        ),
    )
    conn.executemany(
        "INSERT INTO intersections (street_a, street_b, lat, lon) VALUES (?, ?, ?, ?)", corners
    )
    xs, ys = frame.xy(
        np.array([lm[2] for lm in data.landmarks], dtype=np.float64),
        np.array([lm[3] for lm in data.landmarks], dtype=np.float64),
    )
    landmark_localities = localities.of_xy(xs, ys) if data.landmarks else []
    landmark_towns = localities.towns_xy(xs, ys) if data.landmarks else []
    conn.executemany(
        "INSERT INTO landmarks VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((i + 1, names.primary if names else None, category, lat, lon, landmark_localities[i],
          landmark_towns[i])
         for i, (names, category, lat, lon) in enumerate(data.landmarks)),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO landmarks_rt VALUES (?, ?, ?, ?, ?)",
        ((i + 1, lat, lat, lon, lon) for i, (_, _, lat, lon) in enumerate(data.landmarks)),
    )
    address_count: dict[int, int] = {}
    for street_id, _address in rows:
        address_count[street_id] = address_count.get(street_id, 0) + 1
    name_rows = list(_name_rows(streets, data.landmarks, address_count))
    conn.executemany(
        "INSERT INTO names (norm, display, kind, target, key, literal) VALUES (?, ?, ?, ?, ?, ?)",
        name_rows,
    )
    conn.execute("INSERT INTO names_fts (rowid, norm) SELECT id, norm FROM names")
    conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'names_fts', 'row')")
    conn.execute("INSERT INTO vocab SELECT term, doc FROM temp.v")
    conn.execute("DROP TABLE temp.v")
    conn.execute("INSERT INTO names_fts (names_fts) VALUES ('optimize')")
    conn.executemany(
        "INSERT INTO site_places (alias, kind, lat, lon, address) VALUES (?, ?, ?, ?, ?)",
        ((p.alias, p.kind, p.lat if p.lat is not None else 0.0,
          p.lon if p.lon is not None else 0.0, p.address) for p in site_places),
    )  # fmt: skip
    summary.names = len(name_rows)
    meta = {
        "schema_version": schema.SCHEMA_VERSION,
        "build_id": summary.build_id,
        "source": source,
        "imported_at": imported_at,
        "bbox": ",".join(f"{v:.7f}" for v in box),
        "has_addresses": "1" if data.addresses else "0",
        "streets": str(summary.streets),
        "addresses": str(summary.addresses),
        "intersections": str(summary.intersections),
        "landmarks": str(summary.landmarks),
    }
    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    conn.execute("ANALYZE")


def _name_rows(
    streets: list[Street], landmarks: list, address_count: dict[int, int]
) -> Iterable[tuple[str, str, str, int, str, int]]:
    """Names in order of importance (row order is what a capped FTS query sees first):
    streets by class and by how many addresses they hold, then landmarks. The last field
    says whether the row is the name as written (1) or a compound split or kind word (0)."""
    ordered = sorted(streets, key=lambda s: (s.road_class, -address_count.get(s.street_id, 0)))
    for s in ordered:
        seen: set[str] = set()
        for key, value in s.names:
            for n, norm in enumerate(index_forms(value)):
                if norm not in seen:
                    seen.add(norm)
                    yield norm, value, "street", s.street_id, key, int(n == 0)
    for i, (names, category, _lat, _lon) in enumerate(landmarks):
        if names is None:
            continue
        seen = set()
        for word in CATEGORY_WORDS.get(category, ()):  # "hospital" finds every hospital
            norm = " ".join(index_forms(word)[:1])
            if norm and norm not in seen:
                seen.add(norm)
                yield norm, names.primary, "landmark", i + 1, "category", 0
        for key, value in names.variants:
            for n, norm in enumerate(index_forms(value)):
                if norm not in seen:
                    seen.add(norm)
                    yield norm, value, "landmark", i + 1, key, int(n == 0)
