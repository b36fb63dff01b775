"""Incident report: gathered content of a full incident story, and its PDF."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from console.config.site import DEFAULT_SITE_DIR, Site, load_site
from console.reports.incident import MISSING, UnknownIncidentError, gather_report, write_report
from models.store import GroupCommitWriter, NewEvent, Store, open_store

T0 = datetime(2026, 3, 1, 21, 0, 0, tzinfo=UTC)  # 23:00:00 in Helsinki
IID = "2026-000007"


def _ev(s: int, kind: str, source: str = "operator:anna", **payload: Any) -> NewEvent:
    return NewEvent(source=source, kind=kind, rx_time=T0 + timedelta(seconds=s), payload=payload)


def _loc(source: str, lat: float, lon: float, radius: float | None) -> dict[str, Any]:
    return {
        "source": source,
        "lat": lat,
        "lon": lon,
        "radius_m": radius,
        "confidence": 90,
        "shape": "circle",
        "time": None,
        "civic": {},
        "class_of_service": "WRLS",
        "method": None,
        "number": "0401234567",
    }


def _status(s: int, unit: str, new: str, previous: str, iid: str | None) -> NewEvent:
    return _ev(s, "unit.status", unit=unit, status=new, previous=previous, incident_id=iid)


def story() -> list[NewEvent]:
    frame = {"link": "ali1", "peer": "x"}
    other = "2026-000008"
    return [
        _ev(
            0,
            "call.offered",
            "system",
            call_id="C000001",
            number="0401234567",
            via="ali",
            class_of_service="WRLS",
            location=_loc("ali", 60.1690, 24.9400, 150.0),
            frame=frame,
        ),
        _ev(9, "call.answered", call_id="C000001"),
        _ev(
            20,
            "call.location",
            "system",
            call_id="C000001",
            location=_loc("aml", 60.1695, 24.9440, 12.0),
            rebid=True,
            frame=frame,
        ),
        _ev(
            25,
            "call.offered",
            "system",
            call_id="C000002",
            number="0409999999",
            via="aml",
            class_of_service=None,
            location=None,
            frame=frame,
        ),  # another call, not attached
        _ev(
            60,
            "incident.created",
            incident_id=IID,
            type="structure-fire",
            priority=1,
            lat=60.1695,
            lon=24.944,
            location="Aleksanterinkatu 5",
            call_id="C000001",
        ),
        _ev(61, "call.attached", call_id="C000001", incident_id=IID),
        _ev(
            62,
            "alert.raised",
            "system",
            alert_id="A000003",
            origin="zone-entry",
            exercise=False,
            severity="severe",
            title="Smoke sensor",
            lat=60.17,
            lon=24.94,
            area=None,
            sensor=None,
            zone=None,
            track=None,
            cap=None,
            suggested_type=None,
            frame=frame,
        ),
        _ev(63, "alert.linked", "operator:ben", alert_id="A000003", incident_id=IID),
        _ev(
            70,
            "incident.created",
            incident_id=other,
            type="cardiac-arrest",
            priority=1,
            lat=60.18,
            lon=24.95,
            location=None,
            call_id=None,
        ),
        _ev(80, "incident.note", incident_id=IID, text="smoke from 3rd floor"),
        _ev(
            100,
            "unit.assigned",
            unit="HE11",
            incident_id=IID,
            eta_s=240.0,
            route_m=1800.0,
            recommended=True,
            reason=None,
        ),
        _status(100, "HE11", "dispatched", "available", IID),
        _ev(
            101,
            "unit.assigned",
            unit="HE12",
            incident_id=IID,
            eta_s=None,
            route_m=None,
            recommended=False,
            reason="closer",
        ),
        _status(101, "HE12", "dispatched", "available", IID),
        _ev(
            102,
            "unit.assigned",
            unit="HE121",
            incident_id=other,
            eta_s=100.0,
            route_m=900.0,
            recommended=True,
            reason=None,
        ),
        _status(102, "HE121", "dispatched", "available", other),  # other incident: left out
        _status(130, "HE11", "en route", "dispatched", IID),
        NewEvent(
            source="link:avl",
            kind="frame.decoded",
            rx_time=T0 + timedelta(seconds=200),
            payload={
                "protocol": "nmea",
                "peer": "p",
                "unit": "HE11",
                "message": {"lat": 60.1700, "lon": 24.9450},
            },
        ),
        _status(400, "HE11", "on scene", "en route", IID),
        _status(410, "HE12", "available", "dispatched", None),  # released: still listed
        _status(500, "HE12", "dispatched", "available", other),  # now elsewhere: left out
        _ev(1800, "incident.closed", "operator:ben", incident_id=IID, disposition="fire out"),
        _status(1810, "HE11", "available", "on scene", None),  # the release after closing
        _status(1900, "HE11", "dispatched", "available", other),  # later job: left out
    ]


@pytest.fixture
def site() -> Site:
    return load_site(DEFAULT_SITE_DIR)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    events = story()
    with GroupCommitWriter(opened, max_batch=len(events), window_s=60) as writer:
        for event in events:
            writer.submit(event)
        assert writer.flush(60)
    yield opened
    opened.close()


def test_gather_reads_the_incident_and_its_whole_timeline(store: Store, site: Site) -> None:
    data = gather_report(store, IID, site)
    assert (data.type_code, data.type_name, data.priority) == (
        "structure-fire",
        "Structure fire",
        1,
    )
    assert (data.lat, data.lon, data.location) == (60.1695, 24.944, "Aleksanterinkatu 5")
    assert data.created == T0 + timedelta(seconds=60)
    assert data.closed == T0 + timedelta(seconds=1800)
    assert data.disposition == "fire out"
    assert data.created_by == "anna"
    assert data.calls == ("C000001",) and data.alerts == ("A000003",)
    assert data.local(data.created) == "2026-03-01 23:01:00"
    # Caller locations are named from the site's places index as it is now; compared apart.
    rows = [(e.local_time, e.who, e.text.split(", near ")[0]) for e in data.timeline]
    named = [e.text.split(", near ")[1] for e in data.timeline if ", near " in e.text]
    assert len(named) == 2 and all(name.endswith(" m") for name in named)
    assert data.names_build is not None and data.names_build.startswith("Helsinki")
    assert data.place is None and data.places_build is None  # created before places
    # The event log's own sentences (one implementation), with the catalogue's type name.
    assert rows == [
        ("2026-03-01 23:00:00", "system",
         "call C000001 from 0401234567 (ALI WRLS) at 60.16900, 24.94000 ± 150 m (90 %)"),
        ("2026-03-01 23:00:09", "anna", "call C000001 answered"),
        ("2026-03-01 23:00:20", "system",
         "call C000001 rebid: AML 60.16950, 24.94400 ± 12 m (90 %)"),
        ("2026-03-01 23:01:00", "anna",
         f"new incident {IID} Structure fire (P1) at Aleksanterinkatu 5 from call C000001"),
        ("2026-03-01 23:01:01", "anna", f"call C000001 attached to {IID}"),
        ("2026-03-01 23:01:02", "system", "alert A000003 (zone-entry, severe): Smoke sensor"),
        ("2026-03-01 23:01:03", "ben", f"alert A000003 linked to {IID}"),
        ("2026-03-01 23:01:20", "anna", f"note on {IID}: smoke from 3rd floor"),
        ("2026-03-01 23:01:40", "anna", f"HE11 assigned to {IID}, ETA 4:00, as recommended"),
        ("2026-03-01 23:01:40", "anna", f"HE11 dispatched (was available) — {IID}"),
        ("2026-03-01 23:01:41", "anna", f"HE12 assigned to {IID}, dispatcher's choice: closer"),
        ("2026-03-01 23:01:41", "anna", f"HE12 dispatched (was available) — {IID}"),
        ("2026-03-01 23:02:10", "anna", f"HE11 en route (was dispatched) — {IID}"),
        ("2026-03-01 23:06:40", "anna", f"HE11 on scene (was en route) — {IID}"),
        ("2026-03-01 23:06:50", "anna", "HE12 available (was dispatched)"),
        ("2026-03-01 23:30:00", "ben", f"{IID} closed: fire out"),
        ("2026-03-01 23:30:10", "anna", "HE11 available (was on scene)"),
    ]  # fmt: skip
    assert [e.seq for e in data.timeline] == sorted(e.seq for e in data.timeline)
    # The shared definitions (models.stats): the incident came in on an ALI call, which
    # gives no ring start, so answering, alarm handling and total response are not timed.
    intervals = {i.label: i.text for i in data.intervals}
    assert intervals == {
        "Call answering (C000001) (ALI: no ring start, not timed)": MISSING,
        "Call processing (C000001)": "1 min 31 s",  # answered -> first dispatch
        "Alarm handling (ALI: no ring start, not timed)": MISSING,
        "Turnout HE11": "30 s",
        "Travel HE11": "4 min 30 s",
        "Turnout HE12 (stood down before it got there)": MISSING,
        "Travel HE12 (stood down before it got there)": MISSING,
        "Total response (ALI: no ring start, not timed)": MISSING,
    }
    units = {u.call_sign: u for u in data.units}
    assert set(units) == {"HE11", "HE12"}
    assert (units["HE11"].lat, units["HE11"].lon, units["HE11"].unit_type) == (
        60.17,
        24.945,
        "engine",
    )
    assert units["HE11"].status == "available" and units["HE12"].lat is None


def test_missing_intervals_show_a_dash(store: Store, site: Site) -> None:
    data = gather_report(store, "2026-000008", site)  # no call, nobody on scene
    intervals = {i.label: i.text for i in data.intervals}
    assert "Call answering" not in " ".join(intervals)  # no call
    assert intervals["Alarm handling"] == "32 s"  # from its creation: no call, no alert
    assert intervals["Total response"] == MISSING and intervals["Turnout HE11"] == MISSING
    assert data.closed is None and data.disposition is None and data.calls == ()
    assert [e.text for e in data.timeline][-1] == "HE11 dispatched (was available) — 2026-000008"


def test_unknown_incident_raises(store: Store, site: Site) -> None:
    with pytest.raises(UnknownIncidentError, match="2026-999999"):
        gather_report(store, "2026-999999", site)


def test_pdf_has_pages_map_and_text(qapp: Any, store: Store, site: Site, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    data = write_report(store, IID, site, out)
    blob = out.read_bytes()
    assert blob.startswith(b"%PDF-") and blob.rstrip().endswith(b"%%EOF")
    assert len(blob) > 20_000  # the map image alone is well over this
    assert b"/Image" in blob
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(blob))
    assert len(reader.pages) >= 1
    raw_text = " ".join(page.extract_text() for page in reader.pages)
    # Qt lays words out as separate runs and uses ligatures ("ﬁ"): normalise both.
    text = " ".join(unicodedata.normalize("NFKC", raw_text).split())
    for needle in (
        f"Incident report {IID}",
        "Structure fire",
        "fire out",
        "smoke from 3rd floor",
        "HE11 en route",
        "Response intervals",
        "4 min 30 s",
        "23:06:40",
    ):
        assert needle in text, needle
    assert len(data.timeline) == 17


def test_map_snapshot_shows_the_site(qapp: Any, store: Store, site: Site) -> None:
    from console.reports.incident_pdf import render_map_snapshot

    image = render_map_snapshot(gather_report(store, IID, site), site)
    assert not image.isNull() and image.width() >= 1000
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)
    }
    assert len(colours) > 5  # roads, stations, units: not a blank canvas


def _pdf_pages(blob: bytes) -> list[str]:
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(blob))
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in reader.pages
    ]


def _drill_store(path: Path, notes: int) -> Store:
    """The story in a drill store, with enough notes to run over several pages."""
    from models.drills.events import DRILL_STARTED, started_payload

    opened = open_store(f"sqlite:///{path}", purpose="drill")
    start = started_payload("structure-fire", "Fire in Kamppi", ["anna"], 1.0, T0.isoformat())
    events = [NewEvent("drill:runner", DRILL_STARTED, T0, start), *story()]
    events += [
        _ev(1900 + i, "incident.note", incident_id=IID, text=f"note {i} " + "smoke " * 20)
        for i in range(notes)
    ]
    with GroupCommitWriter(opened, max_batch=len(events), window_s=60) as writer:
        for event in events:
            writer.submit(event)
        assert writer.flush(60)
    return opened


def test_exercise_title_tells_a_drill_store_from_a_live_one(store: Store, tmp_path: Path) -> None:
    from console.reports.incident import exercise_title

    assert exercise_title(store) is None
    drill = _drill_store(tmp_path / "drill.sqlite", notes=0)
    try:
        assert exercise_title(drill) == "Fire in Kamppi"
    finally:
        drill.close()
    empty = open_store(f"sqlite:///{tmp_path / 'empty-drill.sqlite'}", purpose="drill")
    try:
        assert exercise_title(empty) == ""  # a drill store whose drill never started
    finally:
        empty.close()


def test_a_drill_report_says_exercise_on_every_page(qapp: Any, site: Site, tmp_path: Path) -> None:
    drill = _drill_store(tmp_path / "drill.sqlite", notes=80)
    out = tmp_path / "drill.pdf"
    try:
        write_report(drill, IID, site, out)
    finally:
        drill.close()
    pages = _pdf_pages(out.read_bytes())
    assert len(pages) >= 3
    for number, text in enumerate(pages, 1):
        assert "EXERCISE" in text, f"page {number} is not marked EXERCISE"
        assert f"page {number} of {len(pages)}" in text
    assert "Fire in Kamppi" in pages[0]
    pypdf = pytest.importorskip("pypdf")
    assert "EXERCISE" in pypdf.PdfReader(out).metadata.title


def test_a_live_report_never_says_exercise(
    qapp: Any, store: Store, site: Site, tmp_path: Path
) -> None:
    out = tmp_path / "live.pdf"
    write_report(store, IID, site, out)
    pages = _pdf_pages(out.read_bytes())
    assert pages and not any("EXERCISE" in text for text in pages)
    assert all(f"Incident report {IID}" in text for text in pages)  # the running head


def test_report_tables_have_header_rows_on_every_page(
    qapp: Any, site: Site, tmp_path: Path
) -> None:
    drill = _drill_store(tmp_path / "drill.sqlite", notes=80)
    out = tmp_path / "drill.pdf"
    try:
        write_report(drill, IID, site, out)
    finally:
        drill.close()
    pages = _pdf_pages(out.read_bytes())
    text = " ".join(pages)
    # The intervals table's header row comes before its first row.
    header = text.index("Interval Duration From To")
    assert header < text.index("Call processing (C000001) 1 min 31 s")
    # The timeline's header row opens it and repeats on every page it runs onto.
    with_rows = [t for t in pages if f"note on {IID}: note" in t]
    assert len(with_rows) >= 2
    for page in with_rows:
        assert "Time Who Event" in page
        assert page.index("Time Who Event") < page.index(f"note on {IID}: note")


def test_the_map_fits_the_text_column_and_credits_its_data(
    qapp: Any, store: Store, site: Site
) -> None:
    from console.reports.incident_pdf import (
        COLUMN_PX,
        MAP_DPR,
        MAP_ENLARGE,
        MAP_SIZE,
        render_map_snapshot,
        report_html,
    )

    data = gather_report(store, IID, site)
    image = render_map_snapshot(data, site)
    assert image.width() == round(MAP_SIZE.width() * MAP_DPR)
    assert image.devicePixelRatio() == MAP_DPR
    html_text = report_html(data, with_map=True)
    # Printed exactly as wide as the text column (A4 less 15 mm margins, in CSS px)...
    assert f'width="{COLUMN_PX}"' in html_text
    assert COLUMN_PX == round(180 / 25.4 * 96)
    # ...enlarged from the widget's size, so the map's labels print no smaller than on screen.
    assert MAP_SIZE.width() * MAP_ENLARGE == pytest.approx(COLUMN_PX, abs=1)
    assert "Map data © OpenStreetMap contributors" in html_text


def test_the_report_names_the_place_in_force_with_its_build(tmp_path: Path, site: Site) -> None:
    place = {
        "label": "Kaivokatu 8",
        "kind": "address",
        "lat": 60.1707,
        "lon": 24.9432,
        "distance_m": 0.0,
        "match": "exact",
        "score": 1.0,
        "locality": "Keskusta",
        "place_id": "a:1",
        "build_id": "Helsinki.osm.pbf@x#1",
    }
    reverse = {"label": "Mikonkatu near Yliopistonkatu, 30 m", "kind": "reverse", "lat": 60.17,
               "lon": 24.9453, "distance_m": 20.6, "build_id": "Helsinki.osm.pbf@x#1"}  # fmt: skip
    events = [
        _ev(0, "incident.created", incident_id=IID, type="structure-fire", priority=1,
            lat=60.170013, lon=24.945371, location=None, call_id=None, place=None,
            verified=False, override=True, reverse=reverse),
        _ev(30, "incident.location", incident_id=IID, lat=60.1707, lon=24.9432,
            location="kaivokatu 8", place=place, verified=True, override=False, reverse=None,
            previous={"lat": 60.170013, "lon": 24.945371, "location": None}),
    ]  # fmt: skip
    opened = open_store(f"sqlite:///{tmp_path / 'places.sqlite'}")
    try:
        with GroupCommitWriter(opened, max_batch=2, window_s=60) as writer:
            for event in events:
                writer.submit(event)
            assert writer.flush(60)
        data = gather_report(opened, IID, site)
    finally:
        opened.close()
    assert (data.lat, data.lon, data.location) == (60.1707, 24.9432, "kaivokatu 8")
    assert data.place == "verified to Kaivokatu 8 (address, 0 m) [places Helsinki.osm.pbf@x#1]"
    assert data.places_build == "Helsinki.osm.pbf@x#1"
    texts = [e.text for e in data.timeline]
    assert texts[0].endswith(
        ", UNVERIFIED forced point, near Mikonkatu near Yliopistonkatu, 30 m "
        "[places Helsinki.osm.pbf@x#1]"
    )
    assert texts[1].startswith(f"{IID} moved from 60.17001, 24.94537 to kaivokatu 8, verified")


def test_the_timeline_says_what_the_event_log_says(store: Store, site: Site) -> None:
    """One implementation: each timeline line is the event log's sentence for that event,
    given the incident type's catalogue name and the caller positions' nearest streets."""
    from console.reports.event_text import summarize

    data = gather_report(store, IID, site)
    events = {e.seq: e for e in store.latest_events(1000)}
    for entry in data.timeline:
        logged = summarize(events[entry.seq])  # what the event log shows
        if entry.kind == "incident.created":
            assert entry.text == logged.replace("structure-fire", "Structure fire")
        elif ", near " in entry.text:  # a caller position named by its nearest street
            assert entry.text.startswith(logged + ", near ")
        else:
            assert entry.text == logged


def test_the_timeline_follows_the_console_language(
    qapp: Any, store: Store, site: Site, tmp_path: Path
) -> None:
    from console.reports.event_text import summarize
    from widgets.i18n import install_language

    install_language(qapp, "he", cache_dir=tmp_path)
    try:
        data = gather_report(store, IID, site)
        events = {e.seq: e for e in store.latest_events(1000)}
        texts = {entry.kind: entry.text for entry in data.timeline}
        assert texts["incident.closed"] == summarize(events[data.timeline[-2].seq])
        for kind in ("incident.created", "incident.closed", "unit.status", "call.answered"):
            assert any("\u0590" <= ch <= "\u05ff" for ch in texts[kind]), (kind, texts[kind])
    finally:
        install_language(qapp, "en", cache_dir=tmp_path)
