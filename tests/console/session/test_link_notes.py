"""The Links dock's notes: what a link's state does not say (console.session.link_notes)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any


def test_link_notes_tell_the_systems_drops_from_the_stores(qapp: Any, tmp_path: Path) -> None:
    from console.config.site import DEFAULT_SITE_DIR, load_site
    from console.session.link_notes import link_notes
    from widgets.i18n import install_language

    install_language(qapp, "en", cache_dir=tmp_path)  # English plural forms, as the console
    site = load_site(DEFAULT_SITE_DIR)
    runtime: Any = SimpleNamespace(
        spec=SimpleNamespace(name="avl-udp"), link=SimpleNamespace(paused=False), dropped=10
    )
    notes = link_notes(runtime, {"kernel_dropped": 4}, None, site)
    assert notes == (
        "6 datagrams dropped while the store was not keeping up",
        "4 datagrams dropped by the system: they came faster than the console could read",
    )
    # All of them the system's (its count is read before the once-a-second tally).
    notes = link_notes(runtime, {"kernel_dropped": 12}, None, site)
    assert notes == (
        "12 datagrams dropped by the system: they came faster than the console could read",
    )
    assert link_notes(runtime, {}, None, site) == (
        "10 datagrams dropped while the store was not keeping up",
    )
    runtime.link.paused = True
    assert link_notes(runtime, {"refused": 1, "idle_cut": 2}, None, site)[0] == (
        "paused: the store is not keeping up"
    )
