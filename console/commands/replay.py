"""``dispatch-console replay STORE --at TIME [--json]``: what the console showed at a past moment.

Contract: ``replay_command(store, at, as_json, stdout, stderr, site_dir=None)
-> int`` opens the store (a path or a URL: ``console.config.store_argument``)
as evidence, read-only and immutable (``open_store_readonly(...,
immutable=True)``: nothing is written, no ``-wal``/``-shm`` file appears
beside an SQLite file; one with a non-empty ``-wal`` beside it is read
without ``immutable`` and the output says so), rebuilds the picture at
``at`` (ISO 8601; a time without an offset is taken as UTC) with
``ReplayProjector`` — unit positions with the console's ``position_update``,
radar tracks with the console's ``SensorService`` on the site (``None``:
the embedded default site) — and prints it: with ``as_json`` one JSON object
(``models.replay.state_to_dict``: time, seq, note, units, incidents, alerts,
calls, links, tracks, plus ``store``: ``where`` and ``access``, how it was
opened), otherwise a readable summary that says the same on its second line.
A time before the first event gives the empty picture with a note (exit 0).
Exit 2: a malformed time, or a store or site that cannot be opened (message
on stderr). Exit 1, before anything is read beyond the operators: the
runner lacks the right (``console.commands.rights``: the live store's
replay needs the supervisor role, a drill store's the trainer or
supervisor role or the drill's own trainer; an OS user who is no operator
of the store acts with what they hold). ``os_user``: who runs it (default:
the process's user).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TextIO

from console.commands.rights import refusal
from console.config.site import DEFAULT_SITE_DIR, SiteError, load_site
from console.config.store_argument import StoreArgumentError, store_url_from_argument
from console.reports.event_text import position_update
from console.services.sensor_replay import SensorReplayFeed
from models.replay import ReplayProjector, ReplayState, open_store_readonly, state_to_dict
from models.store import StoreError

PROG = "dispatch-console replay"


def parse_time(text: str) -> datetime:
    """ISO 8601 -> aware UTC datetime; ``ValueError`` with a readable message."""
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not an ISO 8601 time (e.g. 2024-05-01T12:30:00Z)") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def replay_command(
    store: str,
    at: str,
    as_json: bool,
    stdout: TextIO,
    stderr: TextIO,
    site_dir: str | None = None,
    os_user: str | None = None,
) -> int:
    try:
        when = parse_time(at)
    except ValueError as exc:
        print(f"{PROG}: --at {exc}", file=stderr)
        return 2
    try:
        url = store_url_from_argument(store, must_exist=True)
    except StoreArgumentError as exc:
        print(f"{PROG}: {exc}", file=stderr)
        return 2
    try:
        site = load_site(site_dir or DEFAULT_SITE_DIR)
    except SiteError as exc:
        print(f"{PROG}: {exc}", file=stderr)
        return 2
    try:
        opened = open_store_readonly(url, immutable=True)  # evidence: never written
    except StoreError as exc:
        print(f"{PROG}: {exc}", file=stderr)
        return 2
    try:
        refused = refusal(opened, "store.replay", "drill.replay", os_user)
        if refused is not None:
            print(f"{PROG}: refused: {refused}", file=stderr)
            return 1
        projector = ReplayProjector(
            opened, position_of=position_update, radar=lambda: SensorReplayFeed(site)
        )
        state = projector.state_at(when)
    finally:
        opened.close()
    if as_json:
        doc = {**state_to_dict(state), "store": {"where": opened.where, "access": opened.access}}
        json.dump(doc, stdout, ensure_ascii=False)
        stdout.write("\n")
    else:
        stdout.write(format_summary(state, opened.where, opened.access))
    return 0


def _clock(when: datetime | None) -> str:
    return "-" if when is None else when.astimezone(UTC).strftime("%H:%M:%S")


def format_summary(state: ReplayState, where: str, access: str | None = None) -> str:
    """The readable form of ``state`` (times in UTC); ``access``: how the store was opened."""
    lines = [f"Replay of {where} at {state.time.isoformat()} (after event seq {state.seq})"]
    if access:
        lines.append(f"Store opened {access}")
    if state.note:
        lines.append(f"Note: {state.note}")
    lines.append(f"Units ({len(state.units)}):")
    for u in state.units:
        where_text = "no position" if u.lat is None else f"{u.lat:.5f}, {u.lon:.5f}"
        job = f" -> {u.incident_id}" if u.incident_id else ""
        lines.append(
            f"  {u.call_sign:<10} {u.status:<18}{job}  {where_text} (fix {_clock(u.fix_time)})"
        )
    lines.append(f"Open incidents ({len(state.incidents)}):")
    for i in state.incidents:
        place = i.location or f"{i.lat:.5f}, {i.lon:.5f}"
        units = ", ".join(state.committed.get(i.incident_id, [])) or "none"
        lines.append(f"  {i.incident_id} {i.type_code} P{i.priority} at {place}; units: {units}")
    lines.append(f"Active alerts ({len(state.alerts)}):")
    for a in state.alerts:
        lines.append(f"  {a.alert_id} {a.state} {a.origin} {a.severity}: {a.title}")
    lines.append(f"Active calls ({len(state.calls)}):")
    for c in state.calls:
        if c.lat is None:
            place = "no location"
        else:
            radius = "" if c.radius_m is None else f" ± {c.radius_m:.0f} m"
            place = f"{c.lat:.5f}, {c.lon:.5f}{radius} ({c.location_source})"
        attached = f" -> {c.incident_id}" if c.incident_id else ""
        lines.append(f"  {c.call_id} {c.state} from {c.number or 'unknown'} at {place}{attached}")
    lines.append(f"Links ({len(state.links)}):")
    for link in state.links:
        error = f": {link.error}" if link.error and link.state != "up" else ""
        lines.append(f"  {link.link} {link.state} since {_clock(link.time)}{error}")
    lines.append(f"Radar tracks: {len(state.tracks)}")
    return "\n".join(lines) + "\n"
