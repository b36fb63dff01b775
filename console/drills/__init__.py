"""Drills: the runner side (Qt-free, asyncio).

A drill runs the console's own services on a drill store and feeds them
through the real links: ``feeds`` owns the far ends of those links (a pty
for serial ALI, loopback UDP/TCP, HTTP POSTs), ``encode`` turns scenario
injections into wire bytes with radio's encoders, ``crews`` drives the
dispatched units along the roads, ``responder`` is the scripted dispatcher
of headless drills, ``runner`` plays the timeline and ``headless`` is the
``drill run --headless`` command body. Scenarios and scoring live in
``models.drills``.
"""

from __future__ import annotations
