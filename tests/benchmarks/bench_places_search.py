"""Benchmark: places search per keystroke, reverse geocoding, and import, against plain baselines.

Two places files: the shipped Helsinki site, and a synthetic region of
1,000,000 addresses on 50,000 streets (``places_region.write_region``:
how it is made is described there) imported by ``build_places`` in this
run, whose time and file size are printed.

- keystroke latency: queries typed one character at a time ("D", "Di",
  "Dil", ... "Dilaka Street 14"), every prefix searched as the console's
  completer does; addresses, one-typo addresses and corners; p50/p95/p99
  (targets p95 <= 20 ms, p99 <= 50 ms). Baseline, same prefixes, same run:
  a plain ``LIKE '%prefix%'`` scan of the same ``names`` table (what a
  naive completer does, without typos, numbers or corners);
- keystroke latency on the shipped Jerusalem site: Hebrew addresses said
  with prefix letters ("ברחוב בצלאל 10", "בבצלאל 10", "מהנביאים 5") and
  Arabic ones with the article prefixed or dropped, every prefix searched
  (each such word is also looked up without its prefix letters);
- reverse: random positions inside the region (target p95 <= 5 ms).
  Baseline: the nearest address by a full scan of ``addresses``.

The machine's load average is printed too: the figures are wall-clock on a
shared machine. Never asserts on time.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from console.config.site import DEFAULT_SITE_DIR
from models.places.build import build_places
from models.places.index import PlacesIndex
from models.places.normalise import fold
from models.places.types import PLACES_FILE
from tests.benchmarks.places_region import Region, write_region

_QUERIES = 150
_REVERSES = 2000
_BASELINE_REVERSES = 20


def _pcts(times_ms: list[float]) -> tuple[float, float, float]:
    ordered = sorted(times_ms)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    return at(0.5), at(0.95), at(0.99)


def _timed(fn: Callable[[str], object], texts: Iterable[str]) -> list[float]:
    out = []
    for text in texts:
        start = time.perf_counter()
        fn(text)
        out.append((time.perf_counter() - start) * 1000.0)
    return out


def _keystrokes(queries: list[str]) -> list[str]:
    return [q[:i] for q in queries for i in range(1, len(q) + 1)]


def _like(conn: sqlite3.Connection) -> Callable[[str], object]:
    def search(text: str) -> object:
        pattern = "%" + fold(text).replace("%", "").replace("_", "") + "%"
        return conn.execute(
            "SELECT id, display, kind, target FROM names WHERE norm LIKE ? LIMIT 10", (pattern,)
        ).fetchall()

    return search


def _typo(text: str, rng: random.Random) -> str:
    i = rng.randrange(1, max(2, len(text) - 4))
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _report(label: str, engine: list[float], baseline: list[float]) -> None:
    e50, e95, e99 = _pcts(engine)
    b50, b95, b99 = _pcts(baseline)
    print(
        f"places {label}: {len(engine)} keystrokes, p50 {e50:.2f} ms, p95 {e95:.2f} ms, "
        f"p99 {e99:.2f} ms (targets p95 <= 20, p99 <= 50); LIKE scan p50 {b50:.2f}, "
        f"p95 {b95:.2f}, p99 {b99:.2f} ms; LIKE/engine at p95 {b95 / max(e95, 1e-9):.1f}x"
    )


def _region_queries(region: Region, rng: random.Random) -> list[str]:
    picked = rng.sample(region.addresses, _QUERIES)
    queries = [f"{name} {number}" for name, number, _, _ in picked[: _QUERIES * 2 // 3]]
    queries += [
        _typo(f"{name} {number}", rng) for name, number, _, _ in picked[_QUERIES * 2 // 3 :]
    ]
    queries += [f"{a} & {b}" for a, b, _, _ in rng.sample(region.corners, _QUERIES // 5)]
    return queries


@pytest.mark.benchmark
def test_bench_places_helsinki_keystrokes() -> None:
    path = DEFAULT_SITE_DIR / PLACES_FILE
    rng = random.Random(3)
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT s.name, a.housenumber, n.name FROM addresses a JOIN streets s ON s.id = "
        "a.street_id LEFT JOIN street_names n ON n.street_id = s.id AND n.key = 'name:sv'"
    ).fetchall()
    picked = rng.sample(rows, min(_QUERIES, len(rows)))
    queries = [f"{(sv if i % 2 and sv else fi)} {hn}" for i, (fi, hn, sv) in enumerate(picked)]
    texts = _keystrokes(queries)
    with PlacesIndex.open(path) as index:
        index.search("warm up")
        engine = _timed(index.search, texts)
    baseline = _timed(_like(conn), texts)
    conn.close()
    print()
    _report("Helsinki (Finnish and Swedish addresses)", engine, baseline)
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


_HE_SAID = ("ב", "ברחוב ", "מ", "ל", "וב", "מה")


def _said(name: str, rng: random.Random) -> str:
    """A Hebrew or Arabic street name as a caller says it, with a prefix or the article off."""
    prefix = rng.choice(_HE_SAID)
    if "\u05d0" <= name[:1] <= "\u05ea":
        if name.startswith("ה") and prefix[-1:] in "בל" and len(name.split()[0]) >= 5:
            name = name[1:]
        return (prefix if not name.startswith("ה") or prefix != "מה" else "מ") + name
    if name.startswith("ال"):
        return rng.choice(("بال", "لل", "وال", "")) + name[2:]
    return "شارع " + name


@pytest.mark.benchmark
def test_bench_places_jerusalem_prefixed_keystrokes() -> None:
    path = DEFAULT_SITE_DIR.parent / "jerusalem" / PLACES_FILE
    rng = random.Random(7)
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT n.name, a.housenumber FROM addresses a JOIN street_names n ON n.street_id = "
        "a.street_id WHERE n.key IN ('name', 'name:ar') AND a.housenumber GLOB '[0-9]*'"
    ).fetchall()
    picked = rng.sample(rows, min(_QUERIES, len(rows)))
    queries = [f"{_said(name, rng)} {number}" for name, number in picked]
    texts = _keystrokes(queries)
    with PlacesIndex.open(path) as index:
        index.search("warm up")
        cpu = time.thread_time()
        engine = _timed(index.search, texts)
        cpu = time.thread_time() - cpu
    baseline = _timed(_like(conn), texts)
    conn.close()
    print()
    _report("Jerusalem (Hebrew and Arabic, as said)", engine, baseline)
    print(f"places Jerusalem: {cpu * 1000 / len(texts):.2f} ms CPU per keystroke; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")  # fmt: skip


@pytest.mark.benchmark
@pytest.mark.timeout(3600)
def test_bench_places_synthetic_region(tmp_path: Path) -> None:
    print()
    pbf = tmp_path / "region.osm.pbf"
    start = time.perf_counter()
    region = write_region(pbf)
    made_s = time.perf_counter() - start
    out = tmp_path / "places.sqlite"
    start = time.perf_counter()
    summary = build_places(pbf, out)
    build_s = time.perf_counter() - start
    size_mb = out.stat().st_size / 1e6
    print(
        f"places synthetic region: {len(region.streets):,} streets, {len(region.addresses):,} "
        f"addresses written in {made_s:.1f} s ({pbf.stat().st_size / 1e6:.1f} MB .osm.pbf); "
        f"import {build_s:.1f} s, index {size_mb:.1f} MB ({summary.line()})"
    )
    rng = random.Random(11)
    texts = _keystrokes(_region_queries(region, rng))
    start = time.perf_counter()
    index = PlacesIndex.open(out)
    open_ms = (time.perf_counter() - start) * 1000.0
    with index:
        index.search("warm up")
        engine = _timed(index.search, texts)
        min_lat, min_lon, max_lat, max_lon = region.bbox
        points = [
            (rng.uniform(min_lat, max_lat), rng.uniform(min_lon, max_lon)) for _ in range(_REVERSES)
        ]
        reverse = []
        for lat, lon in points:
            begin = time.perf_counter()
            index.reverse(lat, lon)
            reverse.append((time.perf_counter() - begin) * 1000.0)
    conn = sqlite3.connect(out)
    baseline = _timed(_like(conn), texts)

    def scan(point: tuple[float, float]) -> object:
        lat, lon = point
        return conn.execute(
            "SELECT id FROM addresses ORDER BY (lat - ?) * (lat - ?) + (lon - ?) * (lon - ?) "
            "LIMIT 1",
            (lat, lat, lon, lon),
        ).fetchone()

    scans = [_timed(lambda _t, p=p: scan(p), [""])[0] for p in points[:_BASELINE_REVERSES]]
    conn.close()
    print(f"places synthetic region: open {open_ms:.0f} ms")
    _report("synthetic region (1M addresses)", engine, baseline)
    r50, r95, r99 = _pcts(reverse)
    s50 = statistics.median(scans)
    print(
        f"places reverse, synthetic region: {len(reverse)} positions, p50 {r50:.2f} ms, "
        f"p95 {r95:.2f} ms, p99 {r99:.2f} ms (target p95 <= 5); full scan of addresses "
        f"p50 {s50:.1f} ms, {s50 / max(r50, 1e-9):.0f}x the R*Tree"
    )
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
