"""The Links dock's rows for the links this process runs: state, counts and notes.

Contract: ``link_view(runtime, sensors, site)`` is one ``LinkView`` of a running
link (``console.services.ingest.LinkRuntime``) as the Links dock shows it;
``link_notes(runtime, counters, sensors, site)`` what its state does not say,
in the console's language: paused or shedding while the store is not keeping
up (what the store shed apart from what the system dropped before the
console could read), its radars' health (``SensorService.health``, DOWN or
degraded with the reason), requests refused and their bytes, slow or idle
connections cut, connections refused at the cap. Plural forms are the
language's. The texts keep the session's translation context
(``ConsoleSession``): they were the session's before this module.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale

from widgets.views import LinkView

if TYPE_CHECKING:
    from console.config.site import Site
    from console.services.ingest import LinkRuntime
    from console.services.sensors import SensorService


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsoleSession", text)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate("ConsoleSession", text, "", n)


def link_view(runtime: LinkRuntime, sensors: SensorService | None, site: Site) -> LinkView:
    health = runtime.link.health
    return LinkView(
        name=runtime.spec.name,
        endpoint=runtime.link.describe(),
        protocol=runtime.spec.protocol,
        state=health.state.value,
        bytes_in=health.bytes_in,
        frames=health.frames,
        errors=health.errors,
        last_error=health.last_error,
        last_frame_age_s=health.frame_age_s(),
        notes=link_notes(runtime, health.counters(), sensors, site),
    )


def link_notes(
    runtime: LinkRuntime,
    counters: Mapping[str, int],
    sensors: SensorService | None,
    site: Site,
) -> tuple[str, ...]:
    """What the link's state does not say (see the module's contract)."""
    link = runtime.spec.name
    notes = []
    if runtime.link.paused:
        notes.append(_tr("paused: the store is not keeping up"))
    kernel = counters.get("kernel_dropped", 0)
    store_dropped = max(0, runtime.dropped - kernel)
    if store_dropped:
        notes.append(
            _trn("%n datagram(s) dropped while the store was not keeping up", store_dropped)
        )
    if kernel > 0:
        notes.append(
            _trn(
                "%n datagram(s) dropped by the system: they came faster than the console "
                "could read",
                kernel,
            )
        )
    if sensors is not None:
        notes.extend(_radar_notes(sensors, site, link))
    if counters.get("refused"):
        notes.append(
            _trn("%n request(s) refused ({size} not stored)", counters["refused"]).format(
                size=QLocale().formattedDataSize(counters.get("refused_bytes_dropped", 0)),
            )
        )
    cut = counters.get("slow_clients_cut", 0) + counters.get("idle_cut", 0)
    if cut:
        notes.append(_trn("%n slow or idle connection(s) cut", cut))
    if counters.get("connections_refused"):
        notes.append(_trn("%n connection(s) refused at the cap", counters["connections_refused"]))
    return tuple(notes)


def _radar_notes(sensors: Any, site: Site, link: str) -> list[str]:
    names = {s.sensor_id: s.name for s in site.sensors}
    notes = []
    for sensor_id, judged in sensors.health.on_link(link).items():
        if judged.state == "down":
            text = _tr("{radar} DOWN: {reason}")
        elif judged.state == "degraded":
            text = _tr("{radar} degraded: {reason}")
        else:
            continue
        notes.append(text.format(radar=names.get(sensor_id, sensor_id), reason=judged.reason))
    return notes
