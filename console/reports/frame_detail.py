"""Show one stored event's raw bytes beside its decode, then and now.

Contract: ``show_event(window, store, site, seq)`` (a coroutine on the GUI
loop) reads the event on a worker thread, decodes a stored frame again with
today's codecs (``console.reports.redecode.redecode_event``, with the site's ALI
layouts and alarm grammars) and opens the frame-detail dialog: raw bytes as a
hex dump, the payload decoded when it arrived, today's decode, and the
differences in words. Other events show their stored payload. Used by the
live console and by replay, both on the event log's activation.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from console.reports.redecode import FRAME_KINDS, redecode_event, site_resolver
from widgets.dialogs import open_frame_detail_dialog

_LOGGER = logging.getLogger(__name__)


def _fetch(store: Any, site: Any, seq: int) -> tuple[Any, str, str]:
    events = store.events_since(seq - 1, 1)
    if not events or events[0].seq != seq:
        raise LookupError(f"event {seq} is not in the store")
    event = events[0]
    if event.kind not in FRAME_KINDS:
        return event, "", "not a frame: nothing to decode again"
    try:
        today, differences = redecode_event(event, site_resolver(site))
    except ValueError as exc:
        return event, "", str(exc)
    if not differences:
        verdict = "today's codecs decode it exactly as when it was stored"
    else:
        parts = []
        for d in differences:
            text = d.change
            if d.keys:
                text += f" ({', '.join(d.keys)})"
            if d.reason or d.stored_reason:
                text += f": then {d.stored_reason or '-'}, now {d.reason or '-'}"
            parts.append(text)
        verdict = "differs from the stored decode: " + "; ".join(parts)
    return event, json.dumps(today, indent=2, ensure_ascii=False), verdict


async def show_event(window: Any, store: Any, site: Any, seq: int) -> None:
    loop = asyncio.get_running_loop()
    try:
        event, today, verdict = await loop.run_in_executor(None, _fetch, store, site, seq)
    except LookupError as exc:
        window.statusBar().showMessage(str(exc), 10_000)
        return
    stored = json.dumps(event.payload, indent=2, ensure_ascii=False) if event.payload else ""
    if event.error:
        stored = f"rejected: {event.error}\n\n{stored}"
    title = f"Event {event.seq} · {event.kind} · {event.source} · {event.rx_time.isoformat()}"
    open_frame_detail_dialog(window, title, event.raw or b"", stored, today, verdict)
