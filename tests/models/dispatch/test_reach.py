"""The notification chains rebuilt from reach.* events: stages, alarms, re-sends, voice,
crews' messages; a picture holding them survives a snapshot; a store without them loads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from models.dispatch import events as ev
from models.dispatch.reach import KEEP_CREW_MESSAGES, ReachBook
from models.dispatch.state import DispatchState
from models.log_snapshot import decode_state, encode_state
from models.store import StoredEvent

T0 = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
INCIDENT = "2026-000001"


def _event(seq: int, kind: str, payload: dict[str, Any], source: str = "reach:radio") -> Any:
    return StoredEvent(
        source=source,
        kind=kind,
        rx_time=T0 + timedelta(seconds=seq),
        payload=payload,
        raw=None,
        error=None,
        seq=seq,
        hash="",
    )


def _queued(seq: int, n: int, link: str = "radio", resend_of: str | None = None) -> Any:
    two_way = link == "radio"
    return _event(
        seq,
        ev.REACH_QUEUED,
        {
            "notice_id": f"{INCIDENT}/HE11/{n}",
            "unit": "HE11",
            "incident_id": INCIDENT,
            "link": link,
            "kind": "tetra" if two_way else "espa",
            "address": "2011" if two_way else "1011",
            "text": "Structure fire Mannerheimintie 5",
            "truncated": False,
            "two_way": two_way,
            "resend_of": resend_of,
            "link_limit_s": 30.0,
            "crew_limit_s": 60.0 if two_way else None,
        },
    )


def _step(seq: int, kind: str, n: int = 1, **extra: Any) -> Any:
    return _event(seq, kind, {"notice_id": f"{INCIDENT}/HE11/{n}", **extra})


def test_a_two_way_chain_runs_to_accepted_and_ends() -> None:
    state = DispatchState.initial(["HE11"])
    first = f"{INCIDENT}/HE11/1"
    state.apply_all([_queued(1, 1), _step(2, ev.REACH_SENT, attempt=1)])
    assert state.reach.notices[first].stage == "sent"
    assert state.reach.notices[first].describe() == "radio 2011: sent"
    state.apply_all([_step(3, ev.REACH_LINK_ACK), _step(4, ev.REACH_DELIVERED, detail="x")])
    notice = state.reach.notices[first]
    assert (notice.stage, notice.detail, notice.ended) == ("delivered", "x", False)
    state.apply_all([_step(5, ev.REACH_ACCEPTED, by="status 3"), _step(6, ev.REACH_READ)])
    notice = state.reach.notices[first]
    assert notice.stage == "accepted" and notice.ended  # a late "read" does not go back
    assert notice.stage_time == T0 + timedelta(seconds=5)
    assert state.reach.latest(INCIDENT) == {"HE11": notice}


def test_a_one_way_page_ends_at_its_link_acknowledgement() -> None:
    state = DispatchState.initial(["HE11"])
    state.apply_all([_queued(1, 1, "pager"), _step(2, ev.REACH_SENT, attempt=1)])
    assert not state.reach.notices[f"{INCIDENT}/HE11/1"].ended
    state.apply(_step(3, ev.REACH_LINK_ACK))
    assert state.reach.notices[f"{INCIDENT}/HE11/1"].ended


def test_an_alarm_stands_until_the_crew_answers_or_the_dispatcher_acts() -> None:
    state = DispatchState.initial(["HE11"])
    first, second = f"{INCIDENT}/HE11/1", f"{INCIDENT}/HE11/2"
    state.apply_all([_queued(1, 1), _step(2, ev.REACH_LINK_ACK)])
    state.apply(_step(3, ev.REACH_TIMED_OUT, stage="crew", limit_s=60.0))
    (alarm,) = state.reach.open_alarms()
    assert alarm.notice_id == first and alarm.alarm_time == T0 + timedelta(seconds=3)
    assert alarm.describe() == "radio 2011: link acknowledged — NO CREW ACKNOWLEDGEMENT"
    state.apply(_step(4, ev.REACH_READ))
    assert state.reach.open_alarms() == []

    state.apply(_step(5, ev.REACH_TIMED_OUT, stage="crew", limit_s=60.0))
    state.apply(_queued(6, 2, "pager", resend_of=first))  # re-sent on another path
    assert state.reach.notices[first].replaced_by == second
    assert state.reach.open_alarms() == []
    assert state.reach.latest(INCIDENT)["HE11"].notice_id == second
    state.apply(_step(7, ev.REACH_TIMED_OUT, n=2, stage="link", limit_s=30.0))
    assert [n.notice_id for n in state.reach.open_alarms()] == [second]
    state.apply(_step(8, ev.REACH_VOICE, n=2))
    assert state.reach.open_alarms() == []
    assert state.reach.notices[second].describe() == "pager 1011: reached by voice"


def test_failures_unknown_notices_and_crew_messages() -> None:
    state = DispatchState.initial(["HE11"])
    state.apply_all([_queued(1, 1), _step(2, ev.REACH_FAILED, reason="+CME ERROR: 35")])
    assert state.reach.notices[f"{INCIDENT}/HE11/1"].describe() == (
        "radio 2011: FAILED: +CME ERROR: 35"
    )
    state.apply(_step(3, ev.REACH_LINK_ACK, n=9))  # a notice the picture does not hold
    assert f"{INCIDENT}/HE11/9" not in state.reach.notices
    talk = {"unit": "HE11", "link": "radio", "address": "2011", "code": "5", "label": "talk"}
    state.apply(_event(4, ev.REACH_TALK_REQUEST, talk, "radio:radio:2011"))
    assert state.reach.talk_requests[-1].what == "talk"
    for seq in range(5, 5 + KEEP_CREW_MESSAGES + 3):
        refused = {"link": "radio", "address": "2999", "unit": None, "reason": f"r{seq}"}
        state.apply(_event(seq, ev.REACH_REFUSED, refused, "radio:radio:2999"))
    assert len(state.reach.refused) == KEEP_CREW_MESSAGES
    assert state.reach.refused[-1].what == f"r{4 + KEEP_CREW_MESSAGES + 3}"


def test_chains_survive_a_snapshot_and_old_stores_have_none() -> None:
    state = DispatchState.initial(["HE11"])
    state.apply_all([_queued(1, 1), _step(2, ev.REACH_LINK_ACK)])
    state.apply(_step(3, ev.REACH_TIMED_OUT, stage="crew", limit_s=60.0))
    back = decode_state(encode_state(state), DispatchState)
    assert back.reach.notices == state.reach.notices
    assert back.reach.open_alarms() == state.reach.open_alarms()
    assert DispatchState().reach == ReachBook()
    assert ev.REACH_QUEUED in ev.DISPATCH_KINDS  # the dispatch picture reads them


def test_forget_incidents_drops_chains_of_incidents_let_go() -> None:
    book = ReachBook()
    book.apply(ev.REACH_QUEUED, _queued(1, 1).payload, T0)
    assert book.forget_incidents({INCIDENT}) == 0
    assert book.forget_incidents(set()) == 1 and book.notices == {}


def test_a_partner_handover_reads_completed_when_the_partner_says_so() -> None:
    """A handover (kind ``eido``): accepted, then the partner's ``completed`` (a delivered
    step with that detail) shows as completed; a standing alarm ends with it. A unit's
    delivered step with a detail stays what it was."""
    book = ReachBook()
    handover = f"{INCIDENT}/police-east/1"
    book.apply(ev.REACH_QUEUED, {
        "notice_id": handover, "unit": "police-east", "incident_id": INCIDENT,
        "link": "police-east", "kind": "eido", "address": "https://police.example/eido",
        "text": "handed over to police-east", "two_way": True,
    }, T0)  # fmt: skip
    book.apply(ev.REACH_LINK_ACK, {"notice_id": handover, "status": 200}, T0)
    book.apply(ev.REACH_TIMED_OUT, {"notice_id": handover, "stage": "crew"}, T0)
    assert [n.notice_id for n in book.open_alarms()] == [handover]
    book.apply(ev.REACH_DELIVERED, {"notice_id": handover, "detail": "completed",
                                    "by": "partner"}, T0)  # fmt: skip
    notice = book.notices[handover]
    assert notice.completed and notice.ended and not book.open_alarms()
    assert notice.describe() == "police-east https://police.example/eido: completed"

    accepted_first = ReachBook()
    queued = {"unit": "police-east", "incident_id": INCIDENT, "link": "police-east",
              "kind": "eido", "address": "u", "two_way": True}  # fmt: skip
    steps = [
        (ev.REACH_QUEUED, queued),
        (ev.REACH_ACCEPTED, {"by": "partner"}),
        (ev.REACH_DELIVERED, {"detail": "completed", "by": "partner"}),
    ]
    for kind, extra in steps:
        accepted_first.apply(kind, {"notice_id": handover, **extra}, T0)
    assert accepted_first.notices[handover].describe() == "police-east u: completed"

    radio = ReachBook()
    for event in (_queued(1, 1), _step(2, ev.REACH_DELIVERED, detail="completed")):
        radio.apply(event.kind, event.payload, event.rx_time)
    unit = radio.notices[f"{INCIDENT}/HE11/1"]
    assert not unit.completed and unit.describe() == "radio 2011: delivered"


def test_notice_ids_carry_a_process_token_and_old_ids_still_read() -> None:
    from models.dispatch.reach import make_notice_id, notice_base, split_notice_id

    new = make_notice_id(INCIDENT, "HE11", 2, "a1b2c3d4")
    assert new == f"{INCIDENT}/HE11/2@a1b2c3d4"
    assert notice_base(new) == f"{INCIDENT}/HE11/2"
    assert split_notice_id(new) == (INCIDENT, "HE11", "2")
    assert split_notice_id(f"{INCIDENT}/HE11/1") == (INCIDENT, "HE11", "1")
    assert notice_base(f"{INCIDENT}/HE11/1") == f"{INCIDENT}/HE11/1"
    assert split_notice_id("something else") is None
