"""Re-decoding stored frames with today's codecs, to audit what changed.

Contract (Qt-free; runs SQL, so off the GUI thread):
- ``redecode(store, protocols=None, resolve=None, chunk=1000) -> RedecodeReport``
  reads every ``frame.decoded`` / ``frame.rejected`` event with raw bytes in
  seq order, ``chunk`` events at a time, decodes the raw bytes again with the
  codec of its ``payload["protocol"]`` and lists every difference from what
  was stored (``FrameDifference``): ``decoded->rejected``,
  ``rejected->decoded``, ``payload`` (today's ``to_payload()`` against the
  stored ``payload["message"]``, with the differing top-level keys) and
  ``reason`` (both rejected, for another reason). ``protocols`` limits the
  audit to those protocol names. Counts per protocol in
  ``RedecodeReport.per_protocol``. Frames that no codec saw (the HTTP
  endpoint refused the request: payload ``rejection``), frames without raw
  bytes and frames of a protocol the registry does not know are counted in
  ``skipped``, never guessed at.
- ``resolve(event, protocol_name) -> Protocol`` picks the codec; the default
  is the registry (``get_protocol``); ``site_resolver(site)`` uses the site's
  own ALI layouts and alarm grammars for frames from links that have them.
- ``redecode_event(event, resolve=None) -> (message_dict_or_error,
  differences)`` does the same for one stored frame, for the GUI: the dict is
  today's ``to_payload()`` or ``DecodeError.to_dict()``. ``ValueError`` for
  an event that is not a re-decodable frame.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Collection
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from models.store.events import canonical_json
from radio.messages import DecodeError
from radio.protocols import Protocol, ali_protocol, get_protocol, zone_alarm_protocol

if TYPE_CHECKING:
    from console.config.site import Site
    from models.store import Store, StoredEvent

_LOGGER = logging.getLogger(__name__)

FRAME_KINDS = ("frame.decoded", "frame.rejected")
DECODED_TO_REJECTED = "decoded->rejected"
REJECTED_TO_DECODED = "rejected->decoded"
PAYLOAD = "payload"
REASON = "reason"

Resolver = Callable[["StoredEvent", str], Protocol]


@dataclass(frozen=True, slots=True)
class FrameDifference:
    seq: int
    source: str
    protocol: str
    change: str  # DECODED_TO_REJECTED | REJECTED_TO_DECODED | PAYLOAD | REASON
    keys: tuple[str, ...] = ()  # PAYLOAD: the message keys that differ
    stored_reason: str | None = None  # the stored rejection reason, if rejected then
    reason: str | None = None  # today's rejection reason, if rejected now

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["keys"] = list(self.keys)
        return out

    def text(self) -> str:
        head = f"#{self.seq} {self.source} {self.protocol}: {self.change}"
        if self.change == PAYLOAD:
            return f"{head} ({', '.join(self.keys)})"
        if self.change == DECODED_TO_REJECTED:
            return f"{head}: {self.reason}"
        if self.change == REJECTED_TO_DECODED:
            return f"{head} (was: {self.stored_reason})"
        return f"{head}: {self.stored_reason!r} -> {self.reason!r}"


@dataclass(slots=True)
class ProtocolCounts:
    frames: int = 0
    decoded_before: int = 0
    decoded_now: int = 0
    unchanged: int = 0
    decoded_to_rejected: int = 0
    rejected_to_decoded: int = 0
    payload: int = 0
    reason: int = 0

    def add(self, change: str | None) -> None:
        if change is None:
            self.unchanged += 1
        elif change == DECODED_TO_REJECTED:
            self.decoded_to_rejected += 1
        elif change == REJECTED_TO_DECODED:
            self.rejected_to_decoded += 1
        elif change == PAYLOAD:
            self.payload += 1
        else:
            self.reason += 1


@dataclass(slots=True)
class RedecodeReport:
    frames: int = 0  # frames re-decoded
    skipped: dict[str, int] = field(default_factory=dict)  # why -> count
    differences: list[FrameDifference] = field(default_factory=list)
    per_protocol: dict[str, ProtocolCounts] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "frames": self.frames,
            "skipped": dict(self.skipped),
            "per_protocol": {k: asdict(v) for k, v in sorted(self.per_protocol.items())},
            "differences": [d.to_dict() for d in self.differences],
        }


def _plain(value: Any) -> Any:
    """The JSON form a payload has once stored (tuples -> lists, sorted keys)."""
    return json.loads(canonical_json(value))


def differing_keys(stored: dict[str, Any] | None, now: dict[str, Any]) -> tuple[str, ...]:
    """Top-level keys whose values differ, including keys only one side has."""
    stored = stored or {}
    keys = set(stored) | set(now)
    return tuple(sorted(k for k in keys if k not in stored or k not in now or stored[k] != now[k]))


def default_resolver(event: StoredEvent, name: str) -> Protocol:
    return get_protocol(name)


def site_resolver(site: Site) -> Resolver:
    """A resolver that uses the site's ALI layout or alarm grammar for a link that has one."""
    specs = {spec.name: spec for spec in site.links}

    def resolve(event: StoredEvent, name: str) -> Protocol:
        spec = specs.get(event.source.removeprefix("link:"))
        if spec is not None and spec.profile and spec.protocol == name:
            if name.startswith("ali") and spec.profile in site.ali_profiles:
                return ali_protocol(site.ali_profiles[spec.profile])
            if name == "zone-alarm" and spec.profile in site.alarm_grammars:
                return zone_alarm_protocol(site.alarm_grammars[spec.profile])
        return get_protocol(name)

    return resolve


def _skip_reason(event: StoredEvent) -> str | None:
    payload = event.payload or {}
    if event.raw is None:
        return "no raw bytes"
    if "rejection" in payload:
        return "refused before decoding"
    if not isinstance(payload.get("protocol"), str):
        return "no protocol"
    return None


def _compare(
    event: StoredEvent, protocol: str, decoded: Any
) -> tuple[dict[str, Any], FrameDifference | None]:
    """Today's result as a dict, and how it differs from what was stored."""
    was_decoded = event.kind == "frame.decoded"
    if isinstance(decoded, DecodeError):
        result = decoded.to_dict()
        if was_decoded:
            change = FrameDifference(
                event.seq, event.source, protocol, DECODED_TO_REJECTED, reason=decoded.reason
            )
            return result, change
        if decoded.reason != event.error:
            change = FrameDifference(
                event.seq,
                event.source,
                protocol,
                REASON,
                stored_reason=event.error,
                reason=decoded.reason,
            )
            return result, change
        return result, None
    result = _plain(decoded.to_payload())
    if not was_decoded:
        change = FrameDifference(
            event.seq, event.source, protocol, REJECTED_TO_DECODED, stored_reason=event.error
        )
        return result, change
    keys = differing_keys((event.payload or {}).get("message"), result)
    if keys:
        return result, FrameDifference(event.seq, event.source, protocol, PAYLOAD, keys=keys)
    return result, None


def _decode(protocol: Protocol, raw: bytes, name: str) -> Any:
    """The codec's answer; a codec that raises (a bug) counts as a rejection."""
    try:
        return protocol.decode(raw)
    except Exception as exc:  # an audit must get through a log of any age
        _LOGGER.exception("codec %s raised on a stored frame", name)
        return DecodeError(name, f"codec raised {type(exc).__name__}: {exc}", raw)


def redecode_event(
    event: StoredEvent, resolve: Resolver | None = None
) -> tuple[dict[str, Any], tuple[FrameDifference, ...]]:
    """Decode one stored frame again; see the module docstring."""
    if event.kind not in FRAME_KINDS:
        raise ValueError(f"event #{event.seq} is {event.kind}, not a stored frame")
    why = _skip_reason(event)
    if why is not None:
        raise ValueError(f"frame #{event.seq} cannot be decoded again: {why}")
    name = (event.payload or {})["protocol"]
    try:
        protocol = (resolve or default_resolver)(event, name)
    except KeyError as exc:
        raise ValueError(f"frame #{event.seq}: {exc.args[0]}") from None
    assert event.raw is not None
    result, change = _compare(event, name, _decode(protocol, event.raw, name))
    return result, (change,) if change else ()


def redecode(
    store: Store,
    protocols: Collection[str] | None = None,
    resolve: Resolver | None = None,
    chunk: int = 1000,
) -> RedecodeReport:
    """Decode every stored frame again and list the differences; see the module docstring."""
    wanted = set(protocols) if protocols is not None else None
    resolver = resolve or default_resolver
    report = RedecodeReport()
    cache: dict[tuple[str, str], Protocol | None] = {}
    after = 0
    while True:
        events = store.events_since(after, limit=chunk)
        if not events:
            return report
        after = events[-1].seq
        for event in events:
            if event.kind in FRAME_KINDS:
                _redecode_one(event, wanted, resolver, cache, report)


def _redecode_one(
    event: StoredEvent,
    wanted: set[str] | None,
    resolver: Resolver,
    cache: dict[tuple[str, str], Protocol | None],
    report: RedecodeReport,
) -> None:
    name = (event.payload or {}).get("protocol")
    if wanted is not None and name not in wanted:
        return
    why = _skip_reason(event)
    protocol = None
    if why is None:
        assert isinstance(name, str)
        key = (event.source, name)
        if key not in cache:
            try:
                cache[key] = resolver(event, name)
            except KeyError:
                cache[key] = None
        protocol = cache[key]
        if protocol is None:
            why = f"unknown protocol {name}"
    if why is not None or protocol is None or event.raw is None:
        reason = why or "unknown"
        report.skipped[reason] = report.skipped.get(reason, 0) + 1
        return
    decoded = _decode(protocol, event.raw, str(name))
    _, change = _compare(event, str(name), decoded)
    counts = report.per_protocol.setdefault(str(name), ProtocolCounts())
    counts.frames += 1
    counts.decoded_before += event.kind == "frame.decoded"
    counts.decoded_now += not isinstance(decoded, DecodeError)
    counts.add(change.change if change else None)
    report.frames += 1
    if change is not None:
        report.differences.append(change)
