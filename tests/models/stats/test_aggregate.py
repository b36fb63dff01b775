"""Period figures: nearest-rank percentiles, shares within target, breakdowns, outliers."""

from __future__ import annotations

import math
from datetime import timedelta

from models.stats import IntervalTracker, StatsContext, StatsTargets, summarise, summary_of
from models.stats.aggregate import BREAKDOWNS, percentile_value
from tests.models.stats.handmade import T0, Log

I1, I2, I3 = "2026-000001", "2026-000002", "2026-000003"


def test_summary_nearest_rank_and_share() -> None:
    s = summary_of([float(v) for v in range(1, 11)], 8.0, 90.0)
    assert (s.count, s.within, s.median_s, s.pct_s) == (10, 8, 5.5, 9.0)
    assert s.share == 0.8 and s.passed is False
    assert summary_of([5.0, math.inf], 15.0, 90.0).pct_s is None  # lands on one never answered
    assert summary_of([5.0, math.inf], 15.0, 90.0).unfinished == 1
    assert summary_of([], 15.0, 90.0).share is None
    assert percentile_value([3.0, 1.0, 2.0], 50.0) == 2.0


def _log() -> Log:
    log = Log()
    # Three PIDF calls answered in 5, 12 and 30 s by two call-takers.
    log.offer(0, "C1").answer(5, "C1", "ann").create(20, I1, "C1")
    log.offer(100, "C2").answer(112, "C2", "ben").create(150, I2, "C2", "medical-emergency", 2)
    log.offer(200, "C3").answer(230, "C3", "ben").create(260, I3, "C3", "fall-injury", 3)
    log.offer(300, "C4", via="ali").answer(302, "C4")  # counted, not timed
    log.dispatch(40, "HE11", I1).status(100, "HE11", "en route", I1)  # fire turnout 60 s
    log.dispatch(170, "HE221", I2).status(225, "HE221", "en route", I2)  # medical turnout 55 s
    log.status(400, "HE11", "on scene", I1).status(500, "HE221", "on scene", I2)
    log.offer(-4000, "C0").answer(-3990, "C0")  # before the period
    return log


CONTEXT = StatsContext(
    targets=StatsTargets(),
    type_discipline={"structure-fire": "fire", "medical-emergency": "medical",
                     "fall-injury": "medical"},
    unit_station={"HE11": "HE-PE-1", "HE221": "HE-EH-1"},
    unit_discipline={"HE11": "fire", "HE221": "medical"},
)  # fmt: skip


def _stats(supervisor: bool = False):
    tracker = IntervalTracker()
    for event in _log().stored():
        tracker.apply(event)
    return summarise(tracker.samples(), T0, T0 + timedelta(hours=1), CONTEXT, supervisor)


def test_overall_rows_and_exclusions() -> None:
    stats = _stats()
    answering = stats.intervals["answering"]
    assert (answering.count, answering.within, answering.pct_s) == (3, 2, 30.0)
    assert (
        stats.intervals["answering_95"].within == 2
        and stats.intervals["answering_95"].target_s == 20.0
    )
    assert stats.excluded_by_interval["answering"] == {"no_ring_start": 1}
    assert stats.counts["calls"] == 4  # C0 rang before the period
    # Processing: C1 5 -> 40, C2 112 -> 170, C3 never dispatched: over the target.
    processing = stats.intervals["processing"]
    assert (processing.count, processing.within, processing.unfinished) == (3, 2, 1)
    # High priority (1..2 by default): C1 and C2 only.
    assert stats.intervals["processing_high"].count == 2
    # Turnout targets by discipline: fire 80 s, medical 60 s: both within.
    assert stats.intervals["turnout"].within == 2


def test_high_priority_is_the_sites() -> None:
    tracker = IntervalTracker()
    for event in _log().stored():
        tracker.apply(event)
    context = StatsContext(targets=StatsTargets(high_priority=1))
    stats = summarise(tracker.samples(), T0, T0 + timedelta(hours=1), context)
    assert stats.intervals["processing_high"].count == 1


def test_breakdowns_outliers_and_days() -> None:
    stats = _stats()
    assert set(stats.breakdowns) == set(BREAKDOWNS)
    assert stats.breakdowns["type"]["structure-fire"]["answering"].count == 1
    assert stats.breakdowns["priority"]["3"]["answering"].pct_s == 30.0
    assert stats.breakdowns["discipline"]["medical"]["turnout"].target_s == 60.0
    assert stats.breakdowns["discipline"]["fire"]["turnout"].target_s == 80.0
    assert stats.breakdowns["station"]["HE-PE-1"]["travel"].median_s == 300.0
    assert stats.breakdowns["hour"]["08"]["answering"].count == 3  # UTC by default
    assert [o.call_id for o in stats.outliers["answering"]] == ["C3"]
    assert [o.incident_id for o in stats.outliers["processing"]] == ["2026-000003"]
    assert stats.outliers["processing"][0].value_s is None  # never dispatched
    assert list(stats.by_day) == ["2026-03-02"]


def test_operators_only_for_supervisors() -> None:
    assert _stats().operators is None
    assert "operators" not in _stats().to_dict()
    ops = _stats(supervisor=True).operators
    assert ops is not None and ops["ben"]["answering"].count == 2
    assert ops["ann"]["answering"].within == 1


def test_targets_from_a_site_table() -> None:
    t = StatsTargets.from_mapping({"high_priority": 1, "answer_s": 10, "turnout_s": {"fire": 90}})
    assert (t.high_priority, t.answer_s, t.target_s("turnout", "fire")) == (1, 10.0, 90.0)
    import pytest

    from models.stats import StatsConfigError

    for bad in ({"high_priority": 9}, {"answer_s": -1}, {"anwser_s": 10}, {"turnout_s": 3}):
        with pytest.raises(StatsConfigError, match="stats"):
            StatsTargets.from_mapping(bad)
