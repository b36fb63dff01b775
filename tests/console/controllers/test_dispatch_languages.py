"""The incident card's reach line (``DispatchController.describe_notice``) in the
console's language: built from the Notice's fields (``models.dispatch.reach`` stays
Qt-free and English), the step and the standing alarm translated, the link and
address isolated left to right in a right-to-left console, and exactly
``Notice.describe()`` in English."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject

from console.controllers.dispatch import DispatchController
from models.dispatch.reach import Notice
from widgets.i18n import install_language

LRI, PDI = "\u2066", "\u2069"
T = datetime(2026, 12, 6, 18, 0, tzinfo=UTC)


def _notice(**fields: object) -> Notice:
    values: dict[str, object] = {
        "notice_id": "2026-000001/HE11/1", "unit": "HE11", "incident_id": "2026-000001",
        "link": "radio", "kind": "text", "address": "2041", "text": "structure fire",
        "two_way": True, "queued": T,
    }  # fmt: skip
    values.update(fields)
    return Notice(**values)  # type: ignore[arg-type]


NOTICES = [
    _notice(),
    _notice(stage="link_ack", alarm="crew"),
    _notice(stage="sent", alarm="link"),
    _notice(stage="delivered"),
    _notice(stage="read"),
    _notice(stage="accepted"),
    _notice(voice=True),
    _notice(rejected=True),
    _notice(failed="no route to the pager", stage="queued"),
    _notice(kind="eido", detail="completed", stage="delivered"),
]


@pytest.fixture
def controller(qapp, tmp_path):  # type: ignore[no-untyped-def]
    """The controller's translation, without its services (``describe_notice`` reads
    only the Notice)."""
    made = DispatchController.__new__(DispatchController)
    QObject.__init__(made)
    yield made
    install_language(qapp, "en", cache_dir=tmp_path)


def test_english_is_the_notice_own_line(controller, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    install_language(qapp, "en", cache_dir=tmp_path)
    for notice in NOTICES:
        assert controller.describe_notice(notice) == notice.describe()


@pytest.mark.parametrize(("code", "script"), [("he", "\u0590-\u05ff"), ("ar", "\u0600-\u06ff")])
def test_the_reach_line_reads_in_the_language(controller, qapp, tmp_path, code, script) -> None:  # type: ignore[no-untyped-def]
    import re

    install_language(qapp, code, cache_dir=tmp_path)
    lines = [controller.describe_notice(notice) for notice in NOTICES]
    assert len(set(lines)) == len(lines)  # every step reads differently
    for line in lines:
        assert line.startswith(f"\u200f{LRI}radio{PDI} {LRI}2041{PDI}: "), line
        own = re.sub(f"[\u2066\u2068][^{PDI}]*{PDI}", " ", line)
        assert re.search(f"[{script}]", own), line
        assert not re.search(r"[A-Za-z]{3,}", own), line
