"""EventLogModel order, cap, burst inserts, local time, rejects and filtering."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from widgets.event_log import EventColumn, EventLogDock, EventLogModel
from widgets.views import EventView

T0 = datetime(2024, 1, 15, 14, 3, 22, tzinfo=UTC)


def _event(seq: int, **fields: object) -> EventView:
    values: dict[str, object] = {
        "seq": seq,
        "rx_time": T0 + timedelta(seconds=seq),
        "source": "avl-udp",
        "kind": "unit_position",
        "summary": f"E{seq} position 60.17N 24.94E",
        "error": None,
    }
    values.update(fields)
    return EventView(**values)  # type: ignore[arg-type]


def _text(model, row: int, column: EventColumn) -> str:
    return model.index(row, column).data(Qt.ItemDataRole.DisplayRole)


@pytest.fixture
def dock(qtbot) -> EventLogDock:
    dock = EventLogDock(timezone=ZoneInfo("Europe/Helsinki"))
    qtbot.addWidget(dock)
    return dock


def test_newest_at_top_with_local_time(dock: EventLogDock) -> None:
    model = dock.model()
    dock.append_events([_event(1), _event(2)])
    dock.append_events([_event(3, source="ali-serial", kind="caller_location", summary="911 call")])
    assert model.rowCount() == 3
    assert [model.event_at(r).seq for r in range(3)] == [3, 2, 1]
    assert _text(model, 0, EventColumn.TIME) == "16:03:25"  # Helsinki is UTC+2 in January
    assert _text(model, 0, EventColumn.SOURCE) == "ali-serial"
    assert _text(model, 0, EventColumn.KIND) == "caller_location"
    assert _text(model, 0, EventColumn.SUMMARY) == "911 call"
    assert _text(model, 0, EventColumn.ERROR) == ""
    assert model.index(0, EventColumn.SUMMARY).data(Qt.ItemDataRole.ForegroundRole) is None
    dock.set_timezone(ZoneInfo("UTC"))
    assert _text(model, 0, EventColumn.TIME) == "14:03:25"
    assert "2024-01-15 14:03:25" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_rejected_frames_are_marked(dock: EventLogDock) -> None:
    model = dock.model()
    bad = _event(7, kind="nmea", summary="$GPRMC,garbage", error="checksum mismatch: 2A != 3F")
    dock.append_events([_event(6), bad])
    assert _text(model, 0, EventColumn.ERROR) == "checksum mismatch: 2A != 3F"
    assert "rejected" in _text(model, 0, EventColumn.KIND)
    colour = model.index(0, EventColumn.SUMMARY).data(Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.red() > colour.green()
    tooltip = model.index(0, EventColumn.SUMMARY).data(Qt.ItemDataRole.ToolTipRole)
    assert "Rejected: checksum mismatch" in tooltip
    assert model.index(1, EventColumn.SUMMARY).data(Qt.ItemDataRole.ForegroundRole) is None


def test_burst_of_10k_stays_capped_with_one_insert_per_batch(qtbot) -> None:
    model = EventLogModel(capacity=5000)
    inserts: list[tuple[int, int]] = []
    removes: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: removes.append((first, last)))
    model.append_events(_event(i) for i in range(10_000))
    assert model.rowCount() == 5000
    assert inserts == [(0, 4999)]
    assert removes == []
    assert model.event_at(0).seq == 9999
    assert model.event_at(4999).seq == 5000
    # A further burst of 3k pushes out the 3k oldest rows at the bottom, in one go.
    model.append_events([_event(i) for i in range(10_000, 13_000)])
    assert model.rowCount() == 5000
    assert inserts[-1] == (0, 2999)
    assert removes == [(2000, 4999)]
    assert model.event_at(0).seq == 12_999
    assert model.event_at(4999).seq == 8000
    model.append_events([])
    assert len(inserts) == 2


def test_burst_through_the_dock_view_stays_capped(qtbot) -> None:
    dock = EventLogDock(capacity=5000)
    qtbot.addWidget(dock)
    dock.show()
    for start in range(0, 10_000, 1000):
        dock.append_events([_event(i) for i in range(start, start + 1000)])
    assert dock.model().rowCount() == 5000
    assert dock.proxy().rowCount() == 5000
    assert dock.proxy().index(0, 0).data(Qt.ItemDataRole.DisplayRole) == _text(
        dock.model(), 0, EventColumn.TIME
    )


def test_filter_text_and_errors_only(qtbot, dock: EventLogDock) -> None:
    dock.append_events(
        [
            _event(1),
            _event(2, source="ali-serial", kind="caller_location", summary="911 call Main St"),
            _event(3, source="radar", kind="asterix", summary="track 12", error="bad FSPEC"),
            _event(4, source="avl-udp", kind="nmea", summary="$GPGGA...", error="checksum"),
        ]
    )
    proxy = dock.proxy()

    def seqs() -> list[int]:
        return [
            dock.model().event_at(proxy.mapToSource(proxy.index(r, 0)).row()).seq
            for r in range(proxy.rowCount())
        ]

    assert seqs() == [4, 3, 2, 1]
    dock.filter_edit().setText("ALI")  # source, case-insensitive
    assert seqs() == [2]
    dock.filter_edit().setText("main st")  # summary
    assert seqs() == [2]
    dock.filter_edit().setText("fspec")  # error text
    assert seqs() == [3]
    dock.filter_edit().setText("nmea")  # kind
    assert seqs() == [4]
    dock.filter_edit().setText("")
    dock.errors_only_check().setChecked(True)
    assert seqs() == [4, 3]
    dock.filter_edit().setText("radar")
    assert seqs() == [3]
    # New rows are filtered as they arrive.
    dock.append_events([_event(5, source="radar", summary="track 13")])
    assert seqs() == [3]
    dock.append_events([_event(6, source="radar", summary="track 14", error="short frame")])
    assert seqs() == [6, 3]
    dock.errors_only_check().setChecked(False)
    assert seqs() == [6, 5, 3]


def test_capacity_must_be_positive() -> None:
    with pytest.raises(ValueError):
        EventLogModel(capacity=0)


def test_model_reads_do_not_corrupt_none_refcount(qtbot) -> None:
    """Guards against a binding regression seen with PySide6 6.12.0 on Python 3.11.

    There, every Python ``data()`` override returning ``None`` dropped a
    reference to ``None`` until the interpreter aborted ("deallocating None")
    a few thousand reads later. Python >= 3.12 makes ``None`` immortal, where
    the count does not move at all.
    """
    dock = EventLogDock()
    qtbot.addWidget(dock)
    dock.append_events([_event(1), _event(2, error="bad")])
    proxy = dock.proxy()
    before = sys.getrefcount(None)
    for _ in range(500):
        for column in EventColumn:
            proxy.index(1, column).data(Qt.ItemDataRole.DecorationRole)
            proxy.index(0, column).data(Qt.ItemDataRole.CheckStateRole)
    # A few references may come and go with caches; thousands vanishing cannot.
    assert sys.getrefcount(None) - before > -100


def test_a_storm_burst_costs_no_filter_call_per_row_until_a_filter_is_set(qtbot) -> None:
    """Unfiltered, the view shows the model itself: a burst of 1,250 events (a quarter
    second of a 5,000 events/s storm) runs no Python filter per row; a filter still
    sees every kept event, and clearing it goes back to the model."""
    from widgets.event_log import EventLogFilterModel

    calls = []
    original = EventLogFilterModel.filterAcceptsRow

    def counted(self, row, parent):  # type: ignore[no-untyped-def]
        calls.append(row)
        return original(self, row, parent)

    EventLogFilterModel.filterAcceptsRow = counted  # type: ignore[method-assign]
    try:
        dock = EventLogDock(capacity=5000)
        qtbot.addWidget(dock)
        dock.show()
        activated = []
        dock.sigEventActivated.connect(activated.append)
        for start in range(0, 10_000, 1250):
            dock.append_events([_event(i) for i in range(start, start + 1250)])
        assert calls == []
        assert dock.view().model() is dock.model()
        assert dock.view().model().rowCount() == 5000
        dock.view().activated.emit(dock.view().model().index(2, 0))
        assert activated == [9997]

        dock.filter_edit().setText("99")
        view_model = dock.view().model()
        assert view_model is dock.proxy() and calls
        shown = [view_model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) is not None
                 for r in range(view_model.rowCount())]  # fmt: skip
        assert all(shown) and 0 < view_model.rowCount() < 5000
        dock.view().activated.emit(view_model.index(0, 0))
        assert (
            activated[-1]
            == dock.model().event_at(dock.proxy().mapToSource(view_model.index(0, 0)).row()).seq
        )

        dock.filter_edit().setText("")
        assert dock.view().model() is dock.model()
        calls.clear()
        dock.append_events([_event(i) for i in range(10_000, 11_250)])
        assert calls == []
        assert dock.model().event_at(0).seq == 11_249
    finally:
        EventLogFilterModel.filterAcceptsRow = original  # type: ignore[method-assign]
