"""A refusal keeps its English sentence (logs, stored reasons, tests) and carries its
template and values for the console to translate; the status machine's, the role
check's and the catalogue's refusals are such refusals and read as before."""

from __future__ import annotations

import pytest

from models.dispatch.catalogue import UnknownCodeError
from models.dispatch.status import StatusChangeError, UnitStatus, check_change, parse_status
from models.operators.roles import Refused, require
from models.refusal import Listed, Refusal, Text, reason, refusal_of


class DispatchError(Refusal):
    """A service's refusal type (as ``console.services.dispatch.DispatchError``)."""


class CallError(Refusal):
    pass


def test_str_is_the_english_sentence() -> None:
    refusal = DispatchError(
        "{unit} is {status} to {incident}: not available",
        unit="E11",
        status=UnitStatus.ON_SCENE,
        incident="2026-000001",
    )
    assert str(refusal) == "E11 is on scene to 2026-000001: not available"
    assert refusal.args == ("E11 is on scene to 2026-000001: not available",)
    assert refusal.template == "{unit} is {status} to {incident}: not available"
    assert refusal.values["status"] is UnitStatus.ON_SCENE


def test_a_template_without_values_is_a_plain_sentence() -> None:
    assert str(Refusal("no units to dispatch")) == "no units to dispatch"
    assert str(Refusal("mark {braces} stay")) == "mark {braces} stay"


def test_values_of_every_kind_read_english() -> None:
    phrase = Refusal("the {role} role", role=Refusal("dispatcher"))
    refusal = Refusal(
        "{what} needs {roles}; known: {known}; why: {why}",
        what=Refusal("dispatching units"),
        roles=phrase,
        known=Listed([UnitStatus.AVAILABLE, "x"]),
        why=Text("שבור"),
    )
    assert (
        str(refusal)
        == "dispatching units needs the dispatcher role; known: available, x; why: שבור"
    )


def test_of_keeps_a_refusal_and_reads_anything_else() -> None:
    inner = StatusChangeError("{unit} is already {status}", unit="E11", status=UnitStatus.AVAILABLE)
    outer = DispatchError.of(inner)
    assert isinstance(outer, DispatchError)
    assert (outer.template, outer.values) == (inner.template, inner.values)
    assert str(outer) == "E11 is already available"
    plain = CallError.of(KeyError("unknown code 'x'"))
    assert str(plain) == "unknown code 'x'" and plain.values == {}


def test_the_models_refusals_read_as_before() -> None:
    with pytest.raises(StatusChangeError) as caught:
        check_change("E11", UnitStatus.AVAILABLE, UnitStatus.ON_SCENE)
    assert str(caught.value) == (
        "E11 cannot go from available to on scene; from available it may go to: "
        "available on radio, dispatched, out of service"
    )
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, Refusal)
    with pytest.raises(StatusChangeError, match="unknown status 'flying'; known statuses: avail"):
        parse_status("flying")
    with pytest.raises(Refused) as refused:
        require("call-taker", "incident.close")
    assert str(refused.value) == (
        "closing an incident needs the dispatcher or supervisor role; you are call-taker"
    )
    with pytest.raises(Refused, match="needs a signed-in operator with the call-taker, dispatcher"):
        require(None, "call.answer")
    assert issubclass(UnknownCodeError, LookupError) and issubclass(UnknownCodeError, Refusal)


def test_a_reason_is_a_str_that_keeps_its_refusal() -> None:
    from models.store.receipt import GuardRefused

    why = reason("{unit} is now {status} ({set})", unit="E11", status=UnitStatus.ON_SCENE,
                 set=Refusal("set"))  # fmt: skip
    assert isinstance(why, str) and why == "E11 is now on scene (set)"
    assert why + " — x" == "E11 is now on scene (set) — x"  # stored, joined as text
    refused = DispatchError.of(GuardRefused(why))
    assert refused.template == "{unit} is now {status} ({set})"
    assert refused.values["status"] is UnitStatus.ON_SCENE
    assert str(refused) == why
    assert refusal_of(GuardRefused(why)) is why.refusal
    assert refusal_of(GuardRefused("plain")) is None
