"""Samples column by column: the same figures as the samples, bytes that round-trip exactly,
and a tracker's state that carries on where it stopped."""

from __future__ import annotations

import copy
import dataclasses
import marshal
import math
from datetime import timedelta

import pytest

from models.stats import IntervalTracker, summarise
from models.stats.columns import SampleColumns
from tests.models.stats.handmade import T0, Log
from tests.models.stats.test_day_cache import _later, _week


def _tracker(log: Log) -> IntervalTracker:
    tracker = IntervalTracker()
    for event in log.stored():
        tracker.apply(event)
    return tracker


def _both() -> Log:
    log = _week()
    log.events += _later().events
    log.offer(30, "Cé☎").abandon(31, "Cé☎")  # ids of any text; an abandoned call (excluded)
    return log


def test_columns_round_trip_every_field_exactly() -> None:
    samples = list(_tracker(_both()).samples())
    assert any(s.value is None for s in samples) and any(s.value == math.inf for s in samples)
    cols = SampleColumns.from_samples(samples)
    assert [cols.sample(i) for i in range(len(cols))] == samples
    days = cols.by_day()
    parts = [SampleColumns.from_blob(cols.take(rows).to_blob(), cols.names)
             for rows in days.values()]  # fmt: skip
    joined = SampleColumns.concat(parts, cols.names)
    by_day = sorted(samples, key=lambda s: math.floor(s.start / 86_400))  # stable
    assert [joined.sample(i) for i in range(len(joined))] == by_day
    assert SampleColumns.from_blob(SampleColumns.empty().to_blob(), cols.names).start.size == 0


def test_summary_of_columns_is_the_summary_of_samples() -> None:
    samples = list(_tracker(_both()).samples())
    for days in ((0, 1), (1, 2), (4, 6), (-1, 30)):
        start, end = T0 + timedelta(days=days[0]), T0 + timedelta(days=days[1])
        whole = summarise(samples, start, end, supervisor=True).to_dict()
        cols = SampleColumns.from_samples(samples)
        parts = [cols.take(rows) for rows in cols.by_day().values()]
        assert summarise(SampleColumns.concat(parts, cols.names), start, end,
                         supervisor=True).to_dict() == whole  # fmt: skip


@pytest.mark.parametrize(
    "blob",
    [b"", b"SCv1", b"XXXX\x01\x00\x00\x00" + bytes(100), b"SCv1\x05\x00\x00\x00" + bytes(7)],
)
def test_malformed_blob_is_a_value_error(blob: bytes) -> None:
    names = SampleColumns.from_samples(_tracker(_week()).samples()).names
    with pytest.raises(ValueError):
        SampleColumns.from_blob(blob, names)


def test_a_code_outside_the_names_is_refused() -> None:
    cols = SampleColumns.from_samples(_tracker(_week()).samples())
    small = {k: v[:1] for k, v in cols.names.items()}
    with pytest.raises(ValueError, match="outside"):
        SampleColumns.from_blob(cols.to_blob(), small)


def test_tracker_state_carries_on_where_it_stopped() -> None:
    events = _both().stored()
    whole = IntervalTracker()
    for event in events:
        whole.apply(event)
    for cut in (0, 7, len(events) // 2, len(events)):
        first = IntervalTracker()
        for event in events[:cut]:
            first.apply(event)
        carried = IntervalTracker()
        carried.restore_state(marshal.loads(marshal.dumps(first.export_state(), 2)))
        for event in events[cut:]:
            carried.apply(event)
        assert list(carried.samples()) == list(whole.samples())
        assert carried.export_state() == whole.export_state()
    with pytest.raises(ValueError):
        IntervalTracker().restore_state((99, 0, [], [], [], [], []))
    with pytest.raises(ValueError):
        IntervalTracker().restore_state(("nonsense",))


def test_outliers_do_not_depend_on_the_order_the_samples_come_in() -> None:
    import random

    from models.stats import Sample

    t0 = T0.timestamp()
    samples = [Sample("turnout", t0 + (k % 3), 500.0 + (k % 2), None, None, f"2026-{k:06d}",
                      f"HE{k}", "structure-fire", 1, None) for k in range(30)]  # fmt: skip
    samples += [Sample("turnout", t0, math.inf, None, None, "2026-000099", "HE99",
                       "structure-fire", 1, None)]  # fmt: skip
    period = (T0, T0 + timedelta(hours=1))
    first = summarise(samples, *period).to_dict()
    assert [o["incident"] for o in first["outliers"]["turnout"]][:3] == [
        "2026-000099", "2026-000003", "2026-000009"]  # fmt: skip
    rng = random.Random(5)
    for _ in range(5):
        rng.shuffle(samples)
        assert summarise(samples, *period).to_dict() == first


def test_recoded_rows_read_the_same_through_extended_names() -> None:
    every = list(_tracker(_both()).samples())
    old = SampleColumns.from_samples(every[: len(every) // 3])
    new = SampleColumns.from_samples(every[len(every) // 3 :])
    names = {f: list(table) for f, table in old.names.items()}
    before = {f: list(table) for f, table in names.items()}
    recoded = new.recoded(names)
    assert recoded.names is names
    for f, table in names.items():  # labels only added, at the end: old codes stay valid
        assert table[: len(before[f])] == before[f] and len(set(map(repr, table))) == len(table)
    assert any(len(names[f]) > len(before[f]) for f in names)  # some label was new
    joined = SampleColumns.concat([old.recoded(names), recoded], names)
    assert [joined.sample(i) for i in range(len(joined))] == every


def test_samples_of_given_records_are_theirs_as_samples_makes_them() -> None:
    tracker = _tracker(_both())
    every = list(tracker.samples())
    calls = [c for c in tracker.calls.values() if c.incident_id == "2026-000002"]
    incidents = [tracker.incidents["2026-000002"]]
    responses = [r for r in tracker.responses.values() if r.incident_id == "2026-000002"]
    alerts = list(tracker.alerts.values())[:1]
    some = list(tracker.samples_of(calls, incidents, responses, alerts))
    assert some and all(s in every for s in some)
    assert {s.call_id for s in some if s.key in ("answering", "processing")} == {
        c.call_id for c in calls
    }
    assert [s for s in every if s.key in ("turnout", "travel")
            and s.incident_id == "2026-000002"] == [
        s for s in some if s.key in ("turnout", "travel")
    ]  # fmt: skip


def test_a_restored_tracker_fed_on_leaves_the_state_it_was_given_as_it_was() -> None:
    log = _week()
    tracker = _tracker(log)
    state = marshal.loads(marshal.dumps(tracker.export_state()))
    given = copy.deepcopy(state)
    again = IntervalTracker()
    again.restore_state(state)
    later = Log()
    later.offer(4 * 86_400.0 + 900, "C91").answer(4 * 86_400.0 + 905, "C91")
    later.attach(4 * 86_400.0 + 920, "C91", "2026-000005")  # appends to an incident's calls
    for event in later.stored():
        again.apply(dataclasses.replace(event, seq=event.seq + tracker.last_seq))
    assert "C91" in again.incidents["2026-000005"].calls
    assert state == given  # the state given is not the tracker's to change
