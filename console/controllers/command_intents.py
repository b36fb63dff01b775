"""What a command line asks for: the intents ``command_grammar.parse`` returns (Qt-free).

Contract: every intent is a frozen dataclass the console carries out (the
parser knows nothing of unit statuses' rules or of the store). ``Intent`` is
their union; ``CALL_INTENTS`` and ``ALERT_INTENTS`` are the intents the call
and alert controllers handle. ``console.controllers.command_grammar``
re-exports them all.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.dispatch.status import UnitStatus

__all__ = [
    "ALERT_INTENTS",
    "CALL_INTENTS",
    "AbandonCall",
    "AcknowledgeAlert",
    "AddNote",
    "AlertIntent",
    "AnswerCall",
    "AttachCall",
    "CallIntent",
    "ChangeStatus",
    "CloseIncident",
    "DismissAlert",
    "DispatchUnits",
    "HandOver",
    "Help",
    "IncidentFromCall",
    "Intent",
    "LinkAlert",
    "NamePosition",
    "NewIncident",
    "OpenIncident",
    "PartnerAnswer",
    "PromoteAlert",
    "ReachedByVoice",
    "ReleaseCall",
    "Relocate",
    "RelocateCall",
    "ReopenIncident",
    "ResendPage",
    "Select",
    "ShowRecommendation",
]


@dataclass(frozen=True, slots=True)
class DispatchUnits:
    incident: str
    units: tuple[str, ...] | None  # None: take the console's recommendation


@dataclass(frozen=True, slots=True)
class ResendPage:
    unit: str
    link: str | None = None  # None: the path it was paged on; else that link's path


@dataclass(frozen=True, slots=True)
class ReachedByVoice:
    unit: str


@dataclass(frozen=True, slots=True)
class ChangeStatus:
    units: tuple[str, ...]
    status: UnitStatus
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class NewIncident:
    type_code: str
    lat: float | None
    lon: float | None
    at_selected: bool
    location: str | None  # what the dispatcher typed as the place (kept, never replaced)
    place_query: str | None = None  # a place to resolve (``@ mariankatu 12``)
    place: object | None = None  # the result picked from the completion list


@dataclass(frozen=True, slots=True)
class Relocate:
    """Verify or replace an incident's location."""

    incident: str
    lat: float | None
    lon: float | None
    at_selected: bool
    location: str | None
    place_query: str | None = None
    place: object | None = None


@dataclass(frozen=True, slots=True)
class NamePosition:
    """Name where a unit or incident is (reverse geocoding)."""

    kind: str  # "unit" or "incident"
    target: str


@dataclass(frozen=True, slots=True)
class ShowRecommendation:
    incident: str


@dataclass(frozen=True, slots=True)
class AddNote:
    incident: str
    text: str


@dataclass(frozen=True, slots=True)
class CloseIncident:
    incident: str
    disposition: str


@dataclass(frozen=True, slots=True)
class ReopenIncident:
    """Reopen a closed incident (the supervisor's action)."""

    incident: str
    reason: str


@dataclass(frozen=True, slots=True)
class HandOver:
    """Hand the incident over to a partner control room (CAD-to-CAD)."""

    incident: str
    partner: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Select:
    kind: str  # "unit" or "incident"
    target: str


@dataclass(frozen=True, slots=True)
class Help:
    verb: str | None  # canonical verb, None: the whole table


@dataclass(frozen=True, slots=True)
class OpenIncident:
    """Select the incident and bring its card forward."""

    incident: str


# -- calls (the call controller carries these out) --


@dataclass(frozen=True, slots=True)
class AnswerCall:
    call: str


@dataclass(frozen=True, slots=True)
class IncidentFromCall:
    """Create an incident at the call's place (its civic address or fix) and attach it."""

    call: str
    type_code: str | None  # None: ask for it (the line comes back prefilled)


@dataclass(frozen=True, slots=True)
class AttachCall:
    call: str
    incident: str


@dataclass(frozen=True, slots=True)
class ReleaseCall:
    call: str


@dataclass(frozen=True, slots=True)
class AbandonCall:
    call: str
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class RelocateCall:
    """Verify a call's location (no place given) or replace it (verified)."""

    call: str
    lat: float | None = None
    lon: float | None = None
    location: str | None = None  # what was typed (an address kept with the point)
    place_query: str | None = None
    place: object | None = None
    offered: bool = False  # take the newer automatic fix that is held back

    @property
    def verify_only(self) -> bool:
        return not self.offered and self.lat is None and self.place_query is None


@dataclass(frozen=True, slots=True)
class PartnerAnswer:
    """Answer the partner whose handover made the call: accepted, rejected, completed."""

    call: str
    answer: str
    reason: str | None = None


# -- alerts (the alert controller carries these out) --


@dataclass(frozen=True, slots=True)
class AcknowledgeAlert:
    alert: str


@dataclass(frozen=True, slots=True)
class PromoteAlert:
    alert: str
    type_code: str | None = None  # None: the alert's suggested type


@dataclass(frozen=True, slots=True)
class LinkAlert:
    alert: str
    target: str  # an incident id or a call id


@dataclass(frozen=True, slots=True)
class DismissAlert:
    alert: str
    reason: str


CallIntent = AnswerCall | IncidentFromCall | AttachCall | ReleaseCall | AbandonCall | RelocateCall
AlertIntent = AcknowledgeAlert | PromoteAlert | LinkAlert | DismissAlert
CALL_INTENTS = (AnswerCall, IncidentFromCall, AttachCall, ReleaseCall, AbandonCall, RelocateCall)
ALERT_INTENTS = (AcknowledgeAlert, PromoteAlert, LinkAlert, DismissAlert)

Intent = (
    DispatchUnits
    | ChangeStatus
    | NewIncident
    | ShowRecommendation
    | AddNote
    | CloseIncident
    | ReopenIncident
    | HandOver
    | PartnerAnswer
    | Select
    | Help
    | Relocate
    | NamePosition
    | OpenIncident
    | ResendPage
    | ReachedByVoice
    | CallIntent
    | AlertIntent
)
