"""The sensor service per commit: one batch gives the picture and the events of one-by-one.

Real frames (ASTERIX CAT048 and CAT034 from the encoder, NMEA TTM/TLL/OSD, a
zone alarm) decoded by the real protocols, handed over as committed events
of the demo site's harbour radar; the alert engine raises zone-entry alerts
for the demo berth zone into a real group-commit writer on a SQLite store.
Fed as one commit and fed one event at a time, the track store, the radars'
health and the stored events must be the same.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from console.config.site import load_site
from console.services.sensors import SensorService
from models.alerts.engine import AlertEngine
from models.alerts.state import AlertState
from models.sensors.geometry import polar_to_latlon
from models.store import GroupCommitWriter, open_store
from models.store.events import stored_event
from radio.codecs.asterix import encode_block
from radio.codecs.nmea_encode import encode_osd, encode_tll, encode_ttm
from radio.codecs.zone_alarm import encode_zone_alarm
from radio.protocols import get_protocol

RADAR = "HE-RADAR-1"  # the demo site's harbour radar, SAC 246 / SIC 1 (copied below)
BERTH = (60.1658, 24.9547)  # inside the demo site's berth zone (alert on entry)
T0 = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
SENSORS = """
[[sensors]]
id = "HE-RADAR-1"
name = "Katajanokka harbour surveillance radar (demo)"
kind = "asterix"
lat = 60.167050
lon = 24.959200
heading_deg = 0.0
range_m = 6000
sac = 246
sic = 1

[[sensors]]
id = "HE-FENCE-1"
name = "Eteläranta terminal fence panel (demo)"
kind = "perimeter"
lat = 60.164600
lon = 24.953300

[[zones]]
id = "HE-ZONE-BERTH"
name = "Eteläranta guest berth, water side (demo)"
polygon = [[60.16480, 24.95380], [60.16680, 24.95400], [60.16680, 24.95560], [60.16480, 24.95540]]
alert_on_entry = true
suggested_type = "burglary-in-progress"
severity = "moderate"
"""


@pytest.fixture
def demo_site(make_site: Any) -> Any:
    return load_site(make_site([
        {"name": "radar", "transport": "udp", "protocol": "asterix", "port": 0,
         "sensor": RADAR},
        {"name": "arpa", "transport": "udp", "protocol": "nmea", "port": 0, "sensor": RADAR},
        {"name": "fence", "transport": "udp", "protocol": "zone-alarm", "port": 0},
    ], extra=SENSORS))  # fmt: skip


def _berth_polar(site: Any) -> tuple[float, float]:
    """Range (m) and true bearing from the radar to the middle of the berth zone."""
    from pyproj import Geod

    radar = next(s for s in site.sensors if s.sensor_id == RADAR)
    azimuth, _back, dist = Geod(ellps="WGS84").inv(radar.lon, radar.lat, BERTH[1], BERTH[0])
    return float(dist), float(azimuth) % 360.0


def _cat048(track: int, rho_nm: float, theta: float) -> dict:
    return {
        "010": {"SAC": 246, "SIC": 1},
        "140": {"ToD": 43200.5},
        "020": {"TYP": 5, "SIM": 0, "RDP": 0, "SPI": 0, "RAB": 0},
        "040": {"RHO": rho_nm, "THETA": theta},
        "161": {"TRN": track},
    }


def _events(site: Any) -> list[Any]:
    """A commit's worth of radar traffic, in order, as committed events."""
    dist, bearing = _berth_polar(site)
    nm = dist / 1852.0
    frames: list[tuple[str, str, bytes]] = []
    for step in range(12):
        # Track 7 sails into the berth zone; tracks 1..5 circle; two plots in one block.
        rho = nm * (0.6 + 0.04 * step)
        frames.append(("radar", "asterix", encode_block(48, [
            _cat048(7, rho, bearing), _cat048(1 + step % 5, 0.5 + 0.1 * step, 30.0 * step),
        ])))  # fmt: skip
        if step == 4:
            frames.append(("arpa", "nmea", encode_osd(90.0, 90.0, 2.0)))
        if step % 3 == 0:
            frames.append(("arpa", "nmea", encode_ttm(
                20 + step, 800.0 + 10 * step, 15.0 * step, 3.0, 120.0, bearing_ref="R",
                course_ref="R", name=f"T{step}",
            )))  # fmt: skip
            frames.append(("arpa", "nmea", encode_tll(40, 60.1655 + 0.0001 * step, 24.96)))
        if step == 6:
            frames.append(("fence", "zone-alarm", encode_zone_alarm("HE-FENCE-1", "HE-ZONE-BERTH",
                                                                    "T7")))  # fmt: skip
            frames.append(("radar", "asterix", b"\x30\x00\x03"))  # an empty block, still stored
    events = []
    for seq, (link, protocol, frame) in enumerate(frames, start=1):
        message = get_protocol(protocol).decode(frame.rstrip(b"\r\n"))
        payload: dict[str, Any] = {"protocol": protocol, "peer": "127.0.0.1:9"}
        if hasattr(message, "to_payload"):
            payload["message"] = message.to_payload()
            kind = "frame.decoded"
        else:
            kind = "frame.rejected"
        rx_time = T0 + timedelta(milliseconds=40 * seq)
        events.append(
            stored_event(f"link:{link}", kind, rx_time, payload, frame, None, seq, f"h{seq}")
        )
    return events


def _run(site: Any, store_path: Path, feed: Any) -> tuple[SensorService, list[tuple[Any, ...]]]:
    store = open_store(f"sqlite:///{store_path}")
    try:
        with GroupCommitWriter(store, window_s=0) as writer:
            state = AlertState()
            engine = AlertEngine(state, site.sensors, site.zones)
            service = SensorService(site, writer, engine, clock=lambda: 100.0)
            feed(service)
            assert writer.flush(30)
        stored = [(e.kind, e.source, e.rx_time, e.payload) for e in store.events_since(0)]
    finally:
        store.close()
    return service, stored


def test_one_batch_gives_the_picture_and_events_of_one_at_a_time(
    demo_site: Any, tmp_path: Path
) -> None:
    events = _events(demo_site)
    assert sum(e.kind == "frame.decoded" for e in events) >= 20

    def one_by_one(service: SensorService) -> None:
        for event in events:
            service.on_committed([event])

    def batched(service: SensorService) -> None:
        service.on_committed(events)

    single, stored_single = _run(demo_site, tmp_path / "single.sqlite", one_by_one)
    batch, stored_batch = _run(demo_site, tmp_path / "batch.sqlite", batched)

    a, b = single.tracks.snapshot(), batch.tracks.snapshot()
    assert list(a.ids) == list(b.ids)
    assert f"{RADAR}/7" in list(a.ids) and f"{RADAR}/40" in list(a.ids)
    for name in ("lat", "lon", "speed", "course", "time", "trail_lat", "trail_lon"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name), err_msg=name)
    assert list(a.labels) == list(b.labels)
    assert single.frames_used == batch.frames_used
    # The zone-entry alert of track 7 and the fence's alarm, in the same order.
    kinds = [k for k, *_rest in stored_batch]
    assert kinds.count("alert.raised") >= 2
    assert stored_batch == stored_single


def test_batched_polar_reports_match_the_geodesic(demo_site: Any, tmp_path: Path) -> None:
    """Each report of the batch sits where its own range and bearing put it."""
    events = _events(demo_site)[:1]
    service, _stored = _run(demo_site, tmp_path / "one.sqlite", lambda s: s.on_committed(events))
    radar = next(s for s in demo_site.sensors if s.sensor_id == RADAR)
    records = events[0].payload["message"]["records"]
    for record in records:
        lat, lon = polar_to_latlon(
            radar.lat, radar.lon, record["rho_nm"] * 1852.0, record["theta_deg"]
        )
        got = service.tracks.positions_of([f"{RADAR}/{record['track_number']}"])
        assert (float(got[0][0]), float(got[1][0])) == pytest.approx((lat, lon), abs=1e-9)


def test_a_bad_frame_in_a_batch_is_skipped_alone(demo_site: Any, tmp_path: Path) -> None:
    events = [e for e in _events(demo_site) if e.source == "link:radar"][:3]
    bad = events[1]
    broken = dict(bad.payload)
    broken["message"] = dict(broken["message"])
    broken["message"]["records"] = [
        {"kind": "cat048", "track_number": "x", "sac": 246, "sic": 1, "rho_nm": 1.0,
         "theta_deg": 3.0},
    ]  # fmt: skip
    events[1] = stored_event(bad.source, bad.kind, bad.rx_time, broken, bad.raw, None, bad.seq,
                             bad.hash)  # fmt: skip
    service, _stored = _run(demo_site, tmp_path / "bad.sqlite", lambda s: s.on_committed(events))
    assert service.frames_used == 2
    assert all(math.isfinite(v) for v in service.tracks.snapshot().lat)


def test_a_run_of_frames_naming_distinct_tracks_raises_the_same_alerts(
    demo_site: Any, tmp_path: Path
) -> None:
    """Thirty one-plot frames of thirty tracks (one engine call in a batch): the two that
    are in the berth zone raise their alerts with their own frames' times and numbers."""
    dist, bearing = _berth_polar(demo_site)
    events = []
    for n in range(30):
        rho = dist / 1852.0 if n in (5, 20) else 0.3 + 0.02 * n
        frame = encode_block(48, [_cat048(100 + n, rho, bearing if n in (5, 20) else 200.0)])
        message = get_protocol("asterix").decode(frame)
        payload = {"protocol": "asterix", "peer": "127.0.0.1:9", "message": message.to_payload()}
        rx_time = T0 + timedelta(milliseconds=10 * n)
        events.append(
            stored_event("link:radar", "frame.decoded", rx_time, payload, frame, None, n + 1, "h")
        )

    def one_by_one(service: SensorService) -> None:
        for event in events:
            service.on_committed([event])

    _single, stored_single = _run(demo_site, tmp_path / "single.sqlite", one_by_one)
    _batch, stored_batch = _run(
        demo_site, tmp_path / "batch.sqlite", lambda s: s.on_committed(events)
    )
    raised = [(rx, payload["track"]) for kind, _src, rx, payload in stored_batch
              if kind == "alert.raised"]  # fmt: skip
    assert raised == [(T0 + timedelta(milliseconds=50), f"{RADAR}/105"),
                      (T0 + timedelta(milliseconds=200), f"{RADAR}/120")]  # fmt: skip
    assert stored_batch == stored_single
