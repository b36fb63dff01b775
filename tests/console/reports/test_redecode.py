"""Re-decoding stored frames: a log written by an "old codec" against today's codecs."""

from __future__ import annotations

import functools
import io
import json
import operator
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from console.commands.redecode import redecode_command
from console.reports.redecode import (
    DECODED_TO_REJECTED,
    PAYLOAD,
    REASON,
    REJECTED_TO_DECODED,
    FrameDifference,
    redecode,
    redecode_event,
)
from models.store import GroupCommitWriter, NewEvent, Store, StoredEvent, open_store
from radio.protocols import get_protocol

T0 = datetime(2026, 3, 1, 21, 0, 0, tzinfo=UTC)


def nmea(body: str, checksum: str | None = None) -> bytes:
    computed = f"{functools.reduce(operator.xor, body.encode(), 0):02X}"
    return f"${body}*{checksum or computed}".encode()


GGA = nmea("GPGGA,123519,6010.170,N,02456.640,E,1,08,0.9,545.4,M,46.9,M,,")
GGA2 = nmea("GPGGA,123520,6010.200,N,02456.700,E,1,07,1.1,540.0,M,46.9,M,,")
BAD_SUM = nmea("GPGGA,123519,6010.170,N,02456.640,E,1,08,0.9,545.4,M,46.9,M,,", "00")
ALI_HALF = b"\x02xx\x03"


def today(raw: bytes, protocol: str = "nmea") -> Any:
    return get_protocol(protocol).decode(raw)


def decoded(i: int, raw: bytes, message: dict[str, Any], protocol: str = "nmea") -> NewEvent:
    return NewEvent(
        source="link:avl",
        kind="frame.decoded",
        rx_time=T0 + timedelta(seconds=i),
        payload={"protocol": protocol, "peer": "p", "message": message},
        raw=raw,
    )


def rejected(
    i: int, raw: bytes | None, reason: str, protocol: str = "nmea", **extra: Any
) -> NewEvent:
    return NewEvent(
        source="link:avl",
        kind="frame.rejected",
        rx_time=T0 + timedelta(seconds=i),
        payload={"protocol": protocol, "peer": "p", **extra},
        raw=raw,
        error=reason,
    )


def old_log() -> list[NewEvent]:
    now = today(GGA).to_payload()
    # The old codec rounded lat differently, had no hdop and a key since renamed.
    old = dict(today(GGA2).to_payload(), lat=60.1694, legacy_field=1)
    del old["hdop"]
    return [
        decoded(1, GGA, now),  # 1 same
        decoded(2, GGA2, old),  # 2 payload: hdop, lat, legacy_field
        NewEvent("operator:anna", "incident.note", T0, {"incident_id": "x", "text": "t"}),
        decoded(4, BAD_SUM, now),  # 4 the old codec ignored checksums
        rejected(5, GGA, "unsupported sentence GGA"),  # 5 today decodes it
        rejected(6, BAD_SUM, "bad checksum"),  # 6 rejected for another reason now
        rejected(7, b"garbage", today(b"garbage").reason),  # 7 same rejection
        rejected(8, ALI_HALF, today(ALI_HALF, "ali").reason, "ali"),  # 8 same
        rejected(9, b"{}", "unauthorised", "aml-http", rejection="auth", status=401),
        rejected(10, b"...", "no codec", "morse"),  # 10 unknown protocol
        rejected(11, None, "link closed mid-frame"),  # 11 no raw bytes
    ]


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite"
    store = open_store(f"sqlite:///{path}")
    events = old_log()
    with GroupCommitWriter(store, max_batch=len(events), window_s=60) as writer:
        for event in events:
            writer.submit(event)
        assert writer.flush(60)
    store.close()
    return path


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{store_path}")
    yield opened
    opened.close()


EXPECTED = [
    FrameDifference(2, "link:avl", "nmea", PAYLOAD, keys=("hdop", "lat", "legacy_field")),
    FrameDifference(4, "link:avl", "nmea", DECODED_TO_REJECTED, reason=today(BAD_SUM).reason),
    FrameDifference(
        5, "link:avl", "nmea", REJECTED_TO_DECODED, stored_reason="unsupported sentence GGA"
    ),
    FrameDifference(
        6, "link:avl", "nmea", REASON, stored_reason="bad checksum", reason=today(BAD_SUM).reason
    ),
]


@pytest.mark.parametrize("chunk", [1, 3, 1000])
def test_every_difference_is_reported_exactly(store: Store, chunk: int) -> None:
    report = redecode(store, chunk=chunk)
    assert report.differences == EXPECTED
    assert report.frames == 7
    assert report.skipped == {
        "refused before decoding": 1,
        "unknown protocol morse": 1,
        "no raw bytes": 1,
    }
    nmea_counts = report.per_protocol["nmea"]
    assert (nmea_counts.frames, nmea_counts.decoded_before, nmea_counts.decoded_now) == (6, 3, 3)
    assert (nmea_counts.unchanged, nmea_counts.payload, nmea_counts.reason) == (2, 1, 1)
    assert (nmea_counts.decoded_to_rejected, nmea_counts.rejected_to_decoded) == (1, 1)
    ali = report.per_protocol["ali"]
    assert (ali.frames, ali.unchanged, ali.decoded_now) == (1, 1, 0)


def test_protocol_filter(store: Store) -> None:
    report = redecode(store, protocols=["ali"])
    assert report.differences == [] and report.frames == 1
    assert set(report.per_protocol) == {"ali"}


def _event(store: Store, seq: int) -> StoredEvent:
    (event,) = [e for e in store.events_since(seq - 1, limit=1)]
    return event


def test_redecode_event_for_one_frame(store: Store) -> None:
    result, diffs = redecode_event(_event(store, 2))
    assert result == today(GGA2).to_payload() and diffs == (EXPECTED[0],)
    result, diffs = redecode_event(_event(store, 1))
    assert result["lat"] == 60.1695 and diffs == ()
    result, diffs = redecode_event(_event(store, 4))
    assert result["ok"] is False and result["error"].startswith("checksum mismatch")
    assert diffs == (EXPECTED[1],)
    with pytest.raises(ValueError, match="not a stored frame"):
        redecode_event(_event(store, 3))
    with pytest.raises(ValueError, match="refused before decoding"):
        redecode_event(_event(store, 9))
    with pytest.raises(ValueError, match="unknown protocol 'morse'"):
        redecode_event(_event(store, 10))


def run(*args: Any) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = redecode_command(args[0], args[1], args[2], out, err, *args[3:])
    return code, out.getvalue(), err.getvalue()


def test_command_table_and_exit_1_on_differences(store_path: Path) -> None:
    code, out, err = run(str(store_path), None, False)
    assert (code, err) == (1, "")
    assert out.startswith("7 frames decoded again\n")
    assert "1 skipped: no raw bytes\n" in out
    assert "4 differences:\n" in out
    assert "  #2 link:avl nmea: payload (hdop, lat, legacy_field)\n" in out
    assert "  #5 link:avl nmea: rejected->decoded (was: unsupported sentence GGA)\n" in out
    (nmea_row,) = [line for line in out.splitlines() if line.startswith("nmea ")]
    assert nmea_row.split() == ["nmea", "6", "3", "3", "2", "1", "1", "1", "1"]


def test_command_json_and_exit_0_without_differences(store_path: Path) -> None:
    code, out, err = run(f"sqlite:///{store_path}", ["ali"], True)
    assert (code, err) == (0, "")
    doc = json.loads(out)
    assert doc["differences"] == [] and doc["frames"] == 1
    assert doc["per_protocol"]["ali"]["unchanged"] == 1
    code, out, _ = run(str(store_path), ["nmea"], True)
    assert code == 1
    assert json.loads(out)["differences"][0] == {
        "seq": 2,
        "source": "link:avl",
        "protocol": "nmea",
        "change": "payload",
        "keys": ["hdop", "lat", "legacy_field"],
        "stored_reason": None,
        "reason": None,
    }


def test_command_store_and_protocol_errors(tmp_path: Path) -> None:
    code, out, err = run(str(tmp_path / "missing.sqlite"), None, False)
    assert (code, out) == (2, "") and "no store at" in err
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    code, out, err = run(str(broken), None, False)
    assert (code, out) == (2, "") and err.startswith("audit redecode: ")
    code, _, err = run(str(broken), ["morse"], False)
    assert code == 2 and "unknown protocol 'morse'" in err
